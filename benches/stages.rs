//! Per-stage micro-benchmarks on the bundled sample articles.
//!
//! ```text
//! cargo bench --bench stages                 # all stages
//! cargo bench --bench stages -- gazetteer    # one group (a name filter)
//! cargo bench --no-run                       # just check that it compiles
//! ```
//!
//! Inputs: each `samples/*.txt` article as its own document, `all5` (the five
//! articles joined, ~30 KB) and `all5x8` (that joined 8 times, ~240 KB: shows
//! whether a stage grows faster than the text). Throughput is in bytes of
//! document text. Times are the benchmark thread's CPU time on Linux (robust
//! on a shared machine); `WHOSAID_BENCH_CLOCK=wall` measures wall-clock time.
//! Stages follow `Pipeline::process`: tokenize + sentences,
//! quote marks, lower-cased tokens, gazetteer, entity tagging (gazetteer +
//! rules + linking), attribution, language detection, the whole pipeline,
//! output records and CSV writing (`whosaid::output::Writer`), and pipeline
//! loading (the start-up cost).

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use whosaid::entities::{Entity, EntityTagger, Mention};
use whosaid::output::{Format, Writer};
use whosaid::quotes::attribution::{Attributor, DocView};
use whosaid::quotes::marks::{find_quotes, QuoteSpan};
use whosaid::record::DocRecord;
use whosaid::segment::{sentences, tokenize, Lowered, Sentence, Token};
use whosaid::vocab::WordInfo;
use whosaid::{Analysis, Config, Document, Pipeline};

/// The clock the benchmarks read: the benchmark thread's CPU time (Linux,
/// default), which other work on a shared machine barely disturbs, or wall-clock
/// time with `WHOSAID_BENCH_CLOCK=wall`. Every stage runs on the calling thread,
/// so on an idle machine the two agree.
#[derive(Clone, Copy)]
struct Clock {
    cpu: bool,
}

impl Clock {
    fn from_env() -> Clock {
        let wall = std::env::var("WHOSAID_BENCH_CLOCK").is_ok_and(|v| v == "wall");
        Clock { cpu: cfg!(all(target_os = "linux", target_pointer_width = "64")) && !wall }
    }

    fn now(&self) -> Duration {
        if self.cpu {
            thread_cpu()
        } else {
            static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
            START.get_or_init(Instant::now).elapsed()
        }
    }
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn thread_cpu() -> Duration {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec into `ts`.
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
        Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
    } else {
        Duration::ZERO
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn thread_cpu() -> Duration {
    Duration::ZERO
}

static WALL: WallTime = WallTime;

impl Measurement for Clock {
    type Intermediate = Duration;
    type Value = Duration;
    fn start(&self) -> Duration {
        self.now()
    }
    fn end(&self, i: Duration) -> Duration {
        self.now().saturating_sub(i)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, v: &Duration) -> f64 {
        v.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn config() -> Config {
    Config { data_dir: root().join("gazetteers"), ..Config::default() }
}

/// (name, document) pairs: each sample, all five joined, and that ×8.
fn docs() -> Vec<(String, Document)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("samples"))
        .expect("samples/ folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    let mut bodies = Vec::new();
    for p in &paths {
        let text = whosaid::input::decode_text_file(std::fs::read(p).expect("read sample")).expect("UTF-8 sample");
        let name = p.file_stem().unwrap().to_string_lossy();
        let name = name.split('_').next().unwrap_or(&name).to_string();
        let d = Document::new(name.clone(), text);
        bodies.push(d.text[d.body_start..].to_string());
        out.push((name, d));
    }
    let all = bodies.join("\n\n");
    out.push(("all5".into(), Document::new("all5", all.clone())));
    let big = vec![all; 8].join("\n\n");
    out.push(("all5x8".into(), Document::new("all5x8", big)));
    out
}

/// What `Pipeline::process` computes before attribution.
struct Prepared<'p> {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    outer: Vec<QuoteSpan>,
    lowered: Lowered,
    words: Vec<WordInfo>,
    entities: Vec<Entity<'p>>,
    mentions: Vec<Mention>,
}

fn prepare<'p>(p: &'p Pipeline, d: &Document) -> Prepared<'p> {
    let text = d.text.as_str();
    let body = d.body_start;
    let tokens = tokenize(text, body, text.len());
    let outer: Vec<QuoteSpan> = find_quotes(text, body, text.len()).into_iter().filter(|q| q.depth == 0).collect();
    let sents = sentences(text, &tokens, |b| inside(&outer, b));
    let lowered = Lowered::new(text, &tokens);
    let words = p.vocabulary.annotate(&tokens, &lowered);
    let (entities, mentions) =
        EntityTagger { gazetteer: &p.gazetteer, lexicons: &p.lexicons, vocabulary: &p.vocabulary }
            .tag(text, &tokens, &sents, &lowered, &words, body);
    Prepared { tokens, sentences: sents, outer, lowered, words, entities, mentions }
}

fn inside(outer: &[QuoteSpan], b: usize) -> bool {
    let k = outer.partition_point(|q| q.close <= b);
    k < outer.len() && outer[k].open <= b
}

fn stages(c: &mut Criterion<Clock>) {
    let p = Pipeline::new(config()).expect("load pipeline");
    let docs = docs();
    let prepared: Vec<Prepared> = docs.iter().map(|(_, d)| prepare(&p, d)).collect();

    let mut g = c.benchmark_group("gazetteer_find");
    for (name, d) in &docs {
        let body = &d.text[d.body_start..];
        g.throughput(Throughput::Bytes(body.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), body, |b, t| {
            b.iter(|| black_box(p.gazetteer.find(black_box(t))))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("tokenize_sentences");
    for (name, d) in &docs {
        let text = d.text.as_str();
        g.throughput(Throughput::Bytes((text.len() - d.body_start) as u64));
        let outer = prepare_outer(d);
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                let toks = tokenize(black_box(text), d.body_start, text.len());
                let s = sentences(text, &toks, |x| inside(&outer, x));
                black_box((toks, s))
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("quote_marks");
    for (name, d) in &docs {
        let text = d.text.as_str();
        g.throughput(Throughput::Bytes((text.len() - d.body_start) as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(find_quotes(black_box(text), d.body_start, text.len())))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("entity_tagging");
    for ((name, d), pr) in docs.iter().zip(&prepared) {
        let text = d.text.as_str();
        g.throughput(Throughput::Bytes((text.len() - d.body_start) as u64));
        let tagger = EntityTagger { gazetteer: &p.gazetteer, lexicons: &p.lexicons, vocabulary: &p.vocabulary };
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                black_box(tagger.tag(black_box(text), &pr.tokens, &pr.sentences, &pr.lowered, &pr.words, d.body_start))
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("attribution");
    for ((name, d), pr) in docs.iter().zip(&prepared) {
        let text = d.text.as_str();
        g.throughput(Throughput::Bytes((text.len() - d.body_start) as u64));
        let view = DocView {
            text,
            tokens: &pr.tokens,
            sentences: &pr.sentences,
            quotes: &pr.outer,
            entities: &pr.entities,
            mentions: &pr.mentions,
            lowered: &pr.lowered,
            words: &pr.words,
        };
        let att = Attributor { cues: &p.cues, lexicons: &p.lexicons };
        g.bench_function(BenchmarkId::from_parameter(name), |b| b.iter(|| black_box(att.extract(black_box(&view)))));
    }
    g.finish();

    let mut g = c.benchmark_group("lowercase_tokens");
    for ((name, d), pr) in docs.iter().zip(&prepared) {
        let text = d.text.as_str();
        g.throughput(Throughput::Bytes((text.len() - d.body_start) as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(Lowered::new(black_box(text), &pr.tokens)))
        });
    }
    g.finish();

    // One vocabulary lookup per token (every lexicon at once).
    let mut g = c.benchmark_group("vocabulary_lookup");
    for ((name, d), pr) in docs.iter().zip(&prepared) {
        g.throughput(Throughput::Bytes((d.text.len() - d.body_start) as u64));
        g.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(p.vocabulary.annotate(&pr.tokens, black_box(&pr.lowered))))
        });
    }
    g.finish();

    let mut g = c.benchmark_group("pipeline_process");
    for (name, d) in &docs {
        g.throughput(Throughput::Bytes((d.text.len() - d.body_start) as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), d, |b, d| b.iter(|| black_box(p.process(black_box(d)))));
    }
    g.finish();

    // Output: building the records (code-point offsets, names) and writing
    // them as CSV, for the five sample documents. Each timing batch writes into
    // a fresh temporary folder; creating the files and the final sync/rename
    // are not timed.
    let samples: Vec<(&Document, Analysis)> = docs[..docs.len() - 2].iter().map(|(_, d)| (d, p.process(d))).collect();
    let bytes: usize = samples.iter().map(|(d, _)| d.text.len()).sum();
    let records: Vec<DocRecord> = samples.iter().map(|(d, a)| DocRecord::new(d, a)).collect();
    let mut g = c.benchmark_group("output");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("records_samples5", |b| {
        b.iter(|| {
            for (d, a) in &samples {
                black_box(DocRecord::new(black_box(d), a));
            }
        })
    });
    g.bench_function("csv_write_samples5", |b| {
        b.iter_custom(|iters| {
            let dir = tempfile::tempdir().expect("temp dir");
            let mut w = Writer::create(dir.path(), false, Format::Csv).expect("writer");
            let clock = Clock::from_env();
            let t = clock.now();
            for _ in 0..iters {
                for r in &records {
                    w.write(black_box(r)).expect("write");
                }
            }
            let el = clock.now().saturating_sub(t);
            drop(w);
            el
        })
    });
    g.finish();
}

fn prepare_outer(d: &Document) -> Vec<QuoteSpan> {
    find_quotes(&d.text, d.body_start, d.text.len()).into_iter().filter(|q| q.depth == 0).collect()
}

/// Loading the gazetteers, lexicons and automata: the start-up cost.
fn load(c: &mut Criterion<Clock>) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).warm_up_time(Duration::from_secs(1));
    g.bench_function("pipeline_new", |b| b.iter(|| black_box(Pipeline::new(config()).expect("load"))));
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(Clock::from_env());
    targets = stages, load
}
criterion_main!(benches);
