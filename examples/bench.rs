//! End-to-end benchmark: whosaid vs a raw Aho-Corasick scan of the same text.
//!
//! ```text
//! cargo run --release --example bench -- [--size-mb 500] [--threads N] [--runs 1]
//!                                         [--stream-mb 100] [--keep] [--no-build]
//!                                         [--corpus DIR] [--bin PATH] [--data DIR]
//! ```
//!
//! 1. Builds the release binary (`cargo build --release --bin whosaid`) unless
//!    `--no-build`, then copies it and the data folder (`gazetteers/`, or
//!    `--data DIR`) into a temporary folder: a rebuild or a data edit in the
//!    work tree during the benchmark cannot mix versions.
//! 2. Times start-up: `whosaid extract` on one tiny sample file (this also
//!    checks that the binary runs with the data before the long runs).
//! 3. Writes a JSONL corpus of at least `--size-mb` MB of document text into
//!    the temporary folder, made of many distinct documents: each one joins runs
//!    of paragraphs from 2–3 real articles (the development articles in
//!    `../shared/corpus` when present, otherwise the bundled `samples/`, or
//!    `--corpus DIR`) and ends with a sentence holding a unique id. A prefix of
//!    `--stream-mb` MB is also written to a second file (streaming check).
//! 4. Times, on one core, a raw leftmost-longest Aho-Corasick scan of the same
//!    text bytes with the same gazetteer patterns (rebuilt from
//!    `entities/*.tsv` the way `whosaid::gazetteer` builds them), as a DFA
//!    (fastest, but hundreds of MB) and as the crate's default kind (a
//!    contiguous NFA, a few MB). The pipeline/scan ratio uses the faster one.
//!    A third row times a design alternative: anchored searches at word starts
//!    only (see `scan_word_starts`).
//! 5. Runs the copied `whosaid extract --quiet` on the corpus at 1 thread and
//!    at N threads (default: all cores), reading wall time, CPU time
//!    (user + system, from `wait4`), the CPU split between the main thread
//!    (start-up, writing) and the others (reading, analysis), and peak RSS
//!    (`VmHWM`, polled), then on the prefix file (peak RSS should not grow
//!    with the input).
//!
//! MB are 10^6 bytes of document text (UTF-8), the same bytes for the scan and
//! the pipeline. With `--runs R` every timing is the median of R runs. `MB/CPU-s`
//! (MB per second of CPU time used) does not depend on other load on the machine;
//! wall-clock MB/s do: the report probes how many cores it can get (N threads
//! spinning for 1 s, before and after), warns when that is short, and projects
//! the N-thread speed-up from the CPU split as a load-free estimate.
//! See BENCHMARKS.md for results and how to read them.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashSet;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Args {
    size_mb: f64,
    stream_mb: f64,
    threads: usize,
    runs: usize,
    keep: bool,
    build: bool,
    corpus: Option<PathBuf>,
    bin: Option<PathBuf>,
    data: Option<PathBuf>,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo run --release --example bench -- [--size-mb 500] [--threads N] [--runs 1] \
         [--stream-mb 100] [--keep] [--no-build] [--corpus DIR] [--bin PATH] [--data DIR]"
    );
    std::process::exit(2)
}

fn parse_args() -> Args {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut a = Args {
        size_mb: 500.0,
        stream_mb: 100.0,
        threads: cores,
        runs: 1,
        keep: false,
        build: true,
        corpus: None,
        bin: None,
        data: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut val = |name: &str| {
            it.next().unwrap_or_else(|| {
                eprintln!("bench: {name} needs a value");
                usage()
            })
        };
        match arg.as_str() {
            "--size-mb" => a.size_mb = val("--size-mb").parse().unwrap_or_else(|_| usage()),
            "--stream-mb" => a.stream_mb = val("--stream-mb").parse().unwrap_or_else(|_| usage()),
            "--threads" => a.threads = val("--threads").parse().unwrap_or_else(|_| usage()),
            "--runs" => a.runs = val("--runs").parse().unwrap_or_else(|_| usage()),
            "--corpus" => a.corpus = Some(PathBuf::from(val("--corpus"))),
            "--bin" => a.bin = Some(PathBuf::from(val("--bin"))),
            "--data" => a.data = Some(PathBuf::from(val("--data"))),
            "--keep" => a.keep = true,
            "--no-build" => a.build = false,
            "-h" | "--help" => usage(),
            other => {
                eprintln!("bench: unknown argument `{other}`");
                usage()
            }
        }
    }
    a.threads = a.threads.max(1);
    a.runs = a.runs.max(1);
    a.stream_mb = a.stream_mb.min(a.size_mb);
    a
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for e in std::fs::read_dir(from).unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display())).flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy data file");
        }
    }
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

// ---------------------------------------------------------------- source articles

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_txt(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

/// The article files to build the corpus from, and a label for them.
fn source_articles(explicit: Option<&Path>) -> (Vec<PathBuf>, String) {
    let mut files = Vec::new();
    if let Some(dir) = explicit {
        collect_txt(dir, &mut files);
        return (files, dir.display().to_string());
    }
    let shared = manifest_dir().join("..").join("shared").join("corpus");
    collect_txt(&shared.join("winer-2016"), &mut files);
    collect_txt(&shared.join("seeds"), &mut files);
    if !files.is_empty() {
        return (files, "../shared/corpus (winer-2016 + seeds)".into());
    }
    collect_txt(&manifest_dir().join("samples"), &mut files);
    (files, "samples/".into())
}

/// Paragraphs (non-blank lines) of each article body.
fn load_paragraphs(files: &[PathBuf]) -> Vec<Vec<String>> {
    let mut arts = Vec::new();
    for f in files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        let Ok(text) = whosaid::input::decode_text_file(bytes) else { continue };
        let doc = whosaid::Document::new("x", text);
        let paras: Vec<String> =
            doc.text[doc.body_start..].lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect();
        if !paras.is_empty() {
            arts.push(paras);
        }
    }
    arts
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One synthetic document: runs of paragraphs from 2–3 articles + a unique id sentence.
fn make_doc(k: usize, arts: &[Vec<String>], rng: &mut Rng) -> String {
    let mut text = String::new();
    let parts = 2 + rng.below(2);
    for _ in 0..parts {
        let a = &arts[rng.below(arts.len())];
        let len = (2 + rng.below(8)).min(a.len());
        let start = rng.below(a.len() - len + 1);
        for p in &a[start..start + len] {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(p);
        }
    }
    text.push_str(&format!("\n\nCe texte porte la référence BENCH-{k:08} du corpus de mesure."));
    text
}

struct Corpus {
    /// All document texts, back to back.
    text: String,
    /// Byte range of each document in `text`.
    docs: Vec<(usize, usize)>,
    full: PathBuf,
    full_docs: usize,
    stream: PathBuf,
    stream_docs: usize,
    stream_bytes: usize,
}

fn build_corpus(dir: &Path, arts: &[Vec<String>], size: usize, stream_size: usize) -> Corpus {
    let full = dir.join("corpus.jsonl");
    let stream = dir.join("corpus-prefix.jsonl");
    let mut wf = BufWriter::with_capacity(1 << 20, std::fs::File::create(&full).expect("create corpus"));
    let mut ws = BufWriter::with_capacity(1 << 20, std::fs::File::create(&stream).expect("create corpus"));
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut c = Corpus {
        text: String::with_capacity(size + (1 << 20)),
        docs: Vec::new(),
        full: full.clone(),
        full_docs: 0,
        stream: stream.clone(),
        stream_docs: 0,
        stream_bytes: 0,
    };
    let mut seen = HashSet::new();
    let mut k = 0;
    while c.text.len() < size {
        let t = make_doc(k, arts, &mut rng);
        assert!(seen.insert(hash(&t)), "duplicate document");
        let line = serde_json::to_string(&serde_json::json!({"id": format!("bench-{k:08}"), "text": t})).expect("json");
        writeln!(wf, "{line}").expect("write corpus");
        if c.stream_bytes < stream_size {
            writeln!(ws, "{line}").expect("write corpus");
            c.stream_bytes += t.len();
            c.stream_docs += 1;
        }
        let s = c.text.len();
        c.text.push_str(&t);
        c.docs.push((s, c.text.len()));
        k += 1;
    }
    wf.flush().expect("write corpus");
    ws.flush().expect("write corpus");
    c.full_docs = k;
    c
}

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

// ---------------------------------------------------------------- raw scan

/// The gazetteer's surface patterns: exactly the automaton's, from the library.
fn gazetteer_patterns(data: &Path) -> Vec<String> {
    let config = whosaid::Config { data_dir: data.to_path_buf(), ..whosaid::Config::default() };
    let pipeline = whosaid::Pipeline::new(config).expect("load the gazetteers");
    pipeline.gazetteer.patterns().to_vec()
}

fn scan(ac: &AhoCorasick, c: &Corpus) -> usize {
    let mut n = 0;
    for &(s, e) in &c.docs {
        n += ac.find_iter(&c.text[s..e]).count();
    }
    n
}

/// A design alternative for the gazetteer: gazetteer matches must be
/// word-bounded, and 99% of the forms start with a capital, so search only at
/// word starts, anchored: forms that start with a capital at capitalised word
/// starts (`cap`), the few lower-case-initial forms (« pape François »,
/// « al-Qaïda ») at the other word starts (`low`, a tiny automaton). The word
/// starts are found first and not timed: the pipeline's tokenizer already
/// knows them. Returns the time spent searching and the number of matches.
fn scan_word_starts(cap: &AhoCorasick, low: &AhoCorasick, c: &Corpus) -> (Duration, usize) {
    use aho_corasick::{Anchored, Input};
    let mut n = 0;
    let mut spent = Duration::ZERO;
    let mut starts: Vec<(usize, bool)> = Vec::new();
    for &(s, e) in &c.docs {
        let doc = &c.text[s..e];
        starts.clear();
        let mut prev_word = false;
        for (i, ch) in doc.char_indices() {
            let w = ch.is_alphanumeric();
            if w && !prev_word {
                starts.push((i, ch.is_uppercase()));
            }
            prev_word = w;
        }
        let t = Instant::now();
        let mut done = 0;
        for &(i, upper) in &starts {
            if i < done {
                continue;
            }
            let ac = if upper { cap } else { low };
            if let Some(m) = ac.find(Input::new(doc).span(i..doc.len()).anchored(Anchored::Yes)) {
                n += 1;
                done = m.end();
            }
        }
        spent += t.elapsed();
    }
    (spent, n)
}

// ---------------------------------------------------------------- child processes

#[derive(Clone, Copy)]
struct RunStats {
    wall: Duration,
    cpu: Duration,
    max_rss_kb: Option<u64>,
    ok: bool,
    /// CPU time of the main thread (start-up, then writing, which overlaps
    /// the analysis) and of the other threads (reader, rayon workers), from
    /// `/proc/<pid>/task/*/stat`, polled; zero where unsupported.
    main_cpu: Duration,
    worker_cpu: Duration,
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod sys {
    #[repr(C)]
    #[derive(Default)]
    pub struct Timeval {
        pub tv_sec: i64,
        pub tv_usec: i64,
    }
    /// `struct rusage` on 64-bit Linux.
    #[repr(C)]
    #[derive(Default)]
    pub struct Rusage {
        pub ru_utime: Timeval,
        pub ru_stime: Timeval,
        pub ru_maxrss: i64,
        pub rest: [i64; 13],
    }
    #[repr(C)]
    #[derive(Default)]
    pub struct Timespec {
        pub tv_sec: i64,
        pub tv_nsec: i64,
    }
    pub const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    extern "C" {
        pub fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
        pub fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
}

/// CPU time of the calling thread (zero where unsupported).
fn thread_cpu() -> Duration {
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    {
        let mut ts = sys::Timespec::default();
        // SAFETY: clock_gettime writes one timespec into `ts`.
        if unsafe { sys::clock_gettime(sys::CLOCK_THREAD_CPUTIME_ID, &mut ts) } == 0 {
            return Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32);
        }
    }
    Duration::ZERO
}

/// How many cores this process gets right now: `n` threads spin for one
/// second; their CPU time over the wall time (n on an idle machine).
fn cores_available(n: usize) -> f64 {
    let t = Instant::now();
    let cpu: Duration = std::thread::scope(|s| {
        let hs: Vec<_> = (0..n)
            .map(|_| {
                s.spawn(|| {
                    let c = thread_cpu();
                    let mut x = 0u64;
                    while t.elapsed() < Duration::from_secs(1) {
                        x = std::hint::black_box(x.wrapping_add(1));
                    }
                    thread_cpu().saturating_sub(c)
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap_or_default()).sum()
    });
    cpu.as_secs_f64() / t.elapsed().as_secs_f64()
}

/// The 1-minute load average, when the system tells it.
fn load1() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg").ok()?.split_whitespace().next()?.parse().ok()
}

/// Peak resident set of a running process (`VmHWM`), in kB.
fn vm_hwm_kb(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) of each thread of a running process, by thread id.
fn thread_cpu_ticks(pid: u32, into: &mut std::collections::HashMap<u32, u64>) {
    let Ok(rd) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return };
    for e in rd.flatten() {
        let Some(tid) = e.file_name().to_str().and_then(|t| t.parse::<u32>().ok()) else { continue };
        let Ok(stat) = std::fs::read_to_string(e.path().join("stat")) else { continue };
        // Fields after the `(comm)`: state is field 3, utime 14, stime 15.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { continue };
        let f: Vec<&str> = rest.split_whitespace().collect();
        let tick = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        into.insert(tid, tick(11) + tick(12));
    }
}

/// Clock ticks (USER_HZ, 100 on Linux) to a duration.
fn ticks(t: u64) -> Duration {
    Duration::from_millis(t * 10)
}

/// Run `cmd` to completion; wall time, CPU time and peak RSS of the child.
///
/// Peak RSS is the child's `VmHWM` from `/proc/<pid>/status`, read every 5 ms
/// until it exits (the high-water mark only grows, so the last reading is the
/// peak but for the last few ms). Not `ru_maxrss`: Linux carries the parent's
/// resident size at fork/vfork over into the child's `ru_maxrss`, and this
/// process holds the whole corpus and a large automaton in memory. CPU time
/// (user + system) comes from `wait4`'s rusage.
fn run_measured(mut cmd: Command) -> RunStats {
    cmd.stdout(Stdio::null()).stderr(Stdio::inherit()).stdin(Stdio::null());
    let t0 = Instant::now();
    let child = cmd.spawn().expect("cannot start whosaid");
    let pid = child.id();
    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    {
        const WNOHANG: i32 = 1;
        let mut status = 0i32;
        let mut ru = sys::Rusage::default();
        let mut hwm: Option<u64> = None;
        let mut per_thread = std::collections::HashMap::new();
        let mut polls = 0u64;
        loop {
            if let Some(k) = vm_hwm_kb(pid) {
                hwm = Some(hwm.map_or(k, |h| h.max(k)));
            }
            if polls.is_multiple_of(10) {
                thread_cpu_ticks(pid, &mut per_thread);
            }
            polls += 1;
            // SAFETY: `pid` is our own unreaped child; wait4 writes into the two
            // out-parameters, which live for the duration of the call.
            let r = unsafe { sys::wait4(pid as i32, &mut status, WNOHANG, &mut ru) };
            if r == pid as i32 {
                break;
            }
            if r < 0 {
                let err = std::io::Error::last_os_error();
                if err.kind() != std::io::ErrorKind::Interrupted {
                    panic!("wait4: {err}");
                }
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let wall = t0.elapsed();
        let tv = |t: &sys::Timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
        // The child is reaped: forget it (dropping a Child never waits).
        drop(child);
        RunStats {
            wall,
            cpu: tv(&ru.ru_utime) + tv(&ru.ru_stime),
            max_rss_kb: hwm,
            ok: status & 0x7f == 0 && (status >> 8) & 0xff == 0,
            main_cpu: ticks(per_thread.get(&pid).copied().unwrap_or(0)),
            worker_cpu: ticks(per_thread.iter().filter(|(t, _)| **t != pid).map(|(_, v)| v).sum()),
        }
    }
    #[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
    {
        let mut child = child;
        let mut hwm: Option<u64> = None;
        let st = loop {
            if let Some(k) = vm_hwm_kb(pid) {
                hwm = Some(hwm.map_or(k, |h| h.max(k)));
            }
            if let Some(st) = child.try_wait().expect("wait") {
                break st;
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        RunStats {
            wall: t0.elapsed(),
            cpu: Duration::ZERO,
            max_rss_kb: hwm,
            ok: st.success(),
            main_cpu: Duration::ZERO,
            worker_cpu: Duration::ZERO,
        }
    }
}

/// The binary and data folder under test (copies, so that a rebuild or a data
/// change in the work tree during the benchmark does not mix versions).
struct Target {
    bin: PathBuf,
    data: PathBuf,
}

fn whosaid_run(t: &Target, input: &Path, out: &Path, threads: usize) -> RunStats {
    let _ = std::fs::remove_dir_all(out);
    let mut cmd = Command::new(&t.bin);
    cmd.current_dir(manifest_dir())
        .arg("extract")
        .arg(input)
        .arg("--data")
        .arg(&t.data)
        .arg("--out")
        .arg(out)
        .arg("--threads")
        .arg(threads.to_string())
        .arg("--quiet");
    let s = run_measured(cmd);
    if !s.ok {
        // A panic (not `exit`) so that the hook set in `main` removes the temporary folder.
        panic!("bench: `whosaid extract {}` failed", input.display());
    }
    s
}

/// Data rows of `documents.csv` (one per document; no cell holds a newline).
fn documents_written(out: &Path) -> usize {
    let b = std::fs::read(out.join("documents.csv")).unwrap_or_default();
    memchr_count(&b).saturating_sub(1)
}

fn memchr_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c == b'\n').count()
}

fn median_by<T: Clone>(mut v: Vec<T>, key: impl Fn(&T) -> f64) -> T {
    v.sort_by(|a, b| key(a).total_cmp(&key(b)));
    v[v.len() / 2].clone()
}

/// R runs; the median wall time's run, and the median peak RSS.
fn repeat(runs: usize, mut f: impl FnMut() -> RunStats) -> RunStats {
    let all: Vec<RunStats> = (0..runs).map(|_| f()).collect();
    let rss = median_by(all.clone(), |s| s.max_rss_kb.unwrap_or(0) as f64).max_rss_kb;
    let mut m = median_by(all, |s| s.wall.as_secs_f64());
    m.max_rss_kb = rss;
    m
}

fn mb(b: usize) -> f64 {
    b as f64 / 1e6
}

fn rss_str(kb: Option<u64>) -> String {
    kb.map(|k| format!("{:.0} MB", k as f64 / 1024.0)).unwrap_or_else(|| "n/a".into())
}

fn main() {
    let args = parse_args();
    let root = manifest_dir();

    // 1. The release binary.
    let bin = match &args.bin {
        Some(b) => b.clone(),
        None => {
            let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"));
            target.join("release").join("whosaid")
        }
    };
    if args.build && args.bin.is_none() {
        eprintln!("bench: cargo build --release --bin whosaid");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let st = Command::new(cargo).current_dir(&root).args(["build", "--release", "--bin", "whosaid"]).status();
        if !st.is_ok_and(|s| s.success()) {
            eprintln!("bench: build failed; run `cargo build --release` and retry with --no-build");
            std::process::exit(1);
        }
    }
    if !bin.is_file() {
        eprintln!("bench: {} not found: run `cargo build --release` first (or pass --bin PATH)", bin.display());
        std::process::exit(1);
    }

    let tmp = tempfile::Builder::new().prefix("whosaid-bench-").tempdir().expect("temp dir");
    let dir = tmp.path().to_path_buf();
    // The release profile aborts on panic, so nothing unwinds to drop `tmp`:
    // a failed step removes the corpus (hundreds of MB) from the panic hook.
    let default_hook = std::panic::take_hook();
    let doomed = dir.clone();
    std::panic::set_hook(Box::new(move |info| {
        default_hook(info);
        let _ = std::fs::remove_dir_all(&doomed);
    }));
    let target = Target { bin: dir.join("whosaid"), data: dir.join("gazetteers") };
    std::fs::copy(&bin, &target.bin).expect("copy the binary");
    let data_src = args.data.clone().unwrap_or_else(whosaid::pipeline::default_data_dir);
    copy_dir(&data_src, &target.data);
    eprintln!("bench: testing a copy of {} with a copy of {}", bin.display(), data_src.display());

    // 2. Start-up, first: it also checks that the binary runs with this data.
    let (files, label) = source_articles(args.corpus.as_deref());
    let tiny = root.join("samples").join("000_1bfc30d82954ac3a.txt");
    let tiny = if tiny.is_file() {
        tiny
    } else {
        match files.first() {
            Some(f) => f.clone(),
            None => {
                eprintln!("bench: no source articles found");
                std::process::exit(1);
            }
        }
    };
    eprintln!("bench: start-up: whosaid extract {}", tiny.display());
    let out = dir.join("out-tiny");
    let startup = repeat(args.runs.max(5), || whosaid_run(&target, &tiny, &out, 1));
    let _ = std::fs::remove_dir_all(&out);

    // 3. The corpus.
    let arts = load_paragraphs(&files);
    if arts.is_empty() {
        eprintln!("bench: no source articles found");
        std::process::exit(1);
    }
    let size = (args.size_mb * 1e6) as usize;
    let stream_size = (args.stream_mb * 1e6) as usize;
    eprintln!(
        "bench: writing a {:.0} MB corpus from {} articles ({label}) into {}",
        args.size_mb,
        arts.len(),
        dir.display()
    );
    let t = Instant::now();
    let corpus = build_corpus(&dir, &arts, size, stream_size);
    let total = corpus.text.len();
    let file_mb = mb(std::fs::metadata(&corpus.full).map(|m| m.len() as usize).unwrap_or(0));
    eprintln!(
        "bench: {} documents, {:.1} MB of text ({file_mb:.1} MB of JSONL) in {:.1} s",
        corpus.full_docs,
        mb(total),
        t.elapsed().as_secs_f64()
    );

    // 4. The raw scan.
    let patterns = gazetteer_patterns(&target.data);
    let t = Instant::now();
    let ac_dfa = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("automaton");
    let dfa_build = t.elapsed();
    let t = Instant::now();
    let ac_nfa = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).expect("automaton");
    let nfa_build = t.elapsed();
    eprintln!(
        "bench: {} patterns; automaton build: DFA {:.2} s, default ({:?}) {:.2} s",
        patterns.len(),
        dfa_build.as_secs_f64(),
        ac_nfa.kind(),
        nfa_build.as_secs_f64()
    );
    let time_scan = |ac: &AhoCorasick| {
        let mut v: Vec<(Duration, Duration, usize)> = (0..args.runs)
            .map(|_| {
                let (t, c) = (Instant::now(), thread_cpu());
                let n = std::hint::black_box(scan(ac, &corpus));
                (t.elapsed(), thread_cpu().saturating_sub(c), n)
            })
            .collect();
        v.sort();
        v[v.len() / 2]
    };
    eprintln!("bench: raw scans");
    let (dfa_mem, nfa_mem) = (ac_dfa.memory_usage(), ac_nfa.memory_usage());
    let load_start = load1();
    let avail_start = cores_available(args.threads);
    let (scan_dfa, scan_dfa_cpu, matches) = time_scan(&ac_dfa);
    let (scan_nfa, scan_nfa_cpu, _) = time_scan(&ac_nfa);
    let anchored = |ps: Vec<&String>| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(ps)
            .expect("automaton")
    };
    let is_low = |p: &&String| p.chars().next().is_some_and(|c| !c.is_uppercase());
    let low_count = patterns.iter().filter(is_low).count();
    let ac_cap = anchored(patterns.iter().filter(|p| !is_low(p)).collect());
    let ac_low = anchored(patterns.iter().filter(is_low).collect());
    let (scan_ws, ws_matches) = {
        let mut v: Vec<(Duration, usize)> =
            (0..args.runs).map(|_| std::hint::black_box(scan_word_starts(&ac_cap, &ac_low, &corpus))).collect();
        v.sort();
        v[v.len() / 2]
    };
    drop((ac_cap, ac_low));
    let best_scan = scan_dfa.min(scan_nfa);
    let best_scan_cpu = scan_dfa_cpu.min(scan_nfa_cpu);
    drop(ac_dfa);
    drop(ac_nfa);

    // 5. whosaid.
    let mut thread_counts = vec![1];
    if args.threads != 1 {
        thread_counts.push(args.threads);
    }
    let mut runs = Vec::new();
    for &th in &thread_counts {
        eprintln!("bench: whosaid extract --threads {th} ({} run(s))", args.runs);
        let out = dir.join(format!("out-{th}"));
        let s = repeat(args.runs, || whosaid_run(&target, &corpus.full, &out, th));
        let written = documents_written(&out);
        if written != corpus.full_docs {
            eprintln!("bench: documents.csv has {written} rows, expected {}", corpus.full_docs);
        }
        if !args.keep {
            let _ = std::fs::remove_dir_all(&out);
        }
        runs.push((th, s));
    }
    eprintln!(
        "bench: streaming check: whosaid extract --threads {} on the {:.0} MB prefix",
        args.threads,
        mb(corpus.stream_bytes)
    );
    let out = dir.join("out-prefix");
    let small = repeat(args.runs, || whosaid_run(&target, &corpus.stream, &out, args.threads));
    let _ = std::fs::remove_dir_all(&out);

    // Report.
    let load_end = load1();
    let avail_end = cores_available(args.threads);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let total_mb = mb(total);
    let per = |d: Duration| {
        if d.is_zero() {
            String::new()
        } else {
            format!("{:.1}", total_mb / d.as_secs_f64())
        }
    };
    println!();
    println!(
        "whosaid benchmark: {} documents, {:.1} MB of text (JSONL {:.1} MB), {} cores, median of {} run(s)",
        corpus.full_docs, total_mb, file_mb, cores, args.runs
    );
    let fmt_load = |l: Option<f64>| l.map(|l| format!("{l:.2}")).unwrap_or_else(|| "?".into());
    println!("load average (1 min) before / after: {} / {}", fmt_load(load_start), fmt_load(load_end));
    println!(
        "cores this benchmark could get ({} spinning threads, 1 s) before / after: {avail_start:.2} / {avail_end:.2}",
        args.threads
    );
    let starved = avail_start.min(avail_end) < 0.9 * args.threads as f64;
    if starved && args.threads > 1 {
        println!(
            "WARNING: fewer than {} cores were available: the {}-thread wall-clock speed-up is not meaningful; \
             see the projected speed-up below.",
            args.threads, args.threads
        );
    }
    // Wall-clock figures are trustworthy only when nothing else ran: the
    // 1-thread run and the raw scans need one free core, and their CPU time then
    // matches their wall time.
    let one_busy = runs.first().is_some_and(|(_, s)| s.cpu.as_secs_f64() < 0.9 * s.wall.as_secs_f64());
    if starved || one_busy {
        println!(
            "WARNING: the machine was busy with other work: wall-clock MB/s are pessimistic; \
             `MB/CPU-s` (text MB per CPU second used) is the contention-robust figure."
        );
    }
    println!();
    println!("| what | threads | wall (s) | MB/s | docs/s | CPU (s) | MB/CPU-s | peak RSS |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let scan_row = |what: String, wall: Duration, cpu: Duration| {
        let secs = wall.as_secs_f64();
        println!(
            "| {what} | 1 | {secs:.2} | {:.1} | {:.0} | {:.2} | {} | |",
            total_mb / secs,
            corpus.full_docs as f64 / secs,
            cpu.as_secs_f64(),
            per(cpu),
        );
    };
    scan_row(
        format!(
            "raw scan, leftmost-longest, DFA ({} patterns, {:.0} MB automaton, {matches} matches)",
            patterns.len(),
            dfa_mem as f64 / 1e6
        ),
        scan_dfa,
        scan_dfa_cpu,
    );
    scan_row(
        format!("raw scan, leftmost-longest, default kind ({:.0} MB automaton)", nfa_mem as f64 / 1e6),
        scan_nfa,
        scan_nfa_cpu,
    );
    println!(
        "| (design alternative) anchored leftmost-longest at word starts only, two contiguous NFAs ({low_count} lower-case-initial forms apart; {ws_matches} matches; search time only) | 1 | {:.2} | {:.1} | {:.0} | | | |",
        scan_ws.as_secs_f64(),
        total_mb / scan_ws.as_secs_f64(),
        corpus.full_docs as f64 / scan_ws.as_secs_f64(),
    );
    for (th, s) in &runs {
        println!(
            "| whosaid extract | {th} | {:.2} | {:.1} | {:.0} | {:.1} | {} | {} |",
            s.wall.as_secs_f64(),
            total_mb / s.wall.as_secs_f64(),
            corpus.full_docs as f64 / s.wall.as_secs_f64(),
            s.cpu.as_secs_f64(),
            per(s.cpu),
            rss_str(s.max_rss_kb)
        );
    }
    println!(
        "| whosaid extract, {:.0} MB prefix ({} docs) | {} | {:.2} | {:.1} | {:.0} | {:.1} | {:.1} | {} |",
        mb(corpus.stream_bytes),
        corpus.stream_docs,
        args.threads,
        small.wall.as_secs_f64(),
        mb(corpus.stream_bytes) / small.wall.as_secs_f64(),
        corpus.stream_docs as f64 / small.wall.as_secs_f64(),
        small.cpu.as_secs_f64(),
        mb(corpus.stream_bytes) / small.cpu.as_secs_f64().max(1e-9),
        rss_str(small.max_rss_kb)
    );
    println!(
        "| start-up: whosaid extract on one {:.1} KB file | 1 | {:.3} | | | {:.2} | | {} |",
        std::fs::metadata(&tiny).map(|m| m.len()).unwrap_or(0) as f64 / 1e3,
        startup.wall.as_secs_f64(),
        startup.cpu.as_secs_f64(),
        rss_str(startup.max_rss_kb)
    );
    println!();
    let one = &runs[0].1;
    let single = total_mb / one.wall.as_secs_f64();
    let single_cpu = total_mb / one.cpu.as_secs_f64().max(1e-9);
    let scan_best = total_mb / best_scan.as_secs_f64();
    let check = |ok: bool| if ok { "ok" } else { "MISSED" };
    println!(
        "single thread: {single:.1} MB/s wall, {single_cpu:.1} MB/CPU-s (target >= 50 MB/s): {}",
        check(single >= 50.0)
    );
    let ratio = single / scan_best;
    let ratio_cpu =
        if best_scan_cpu.is_zero() { f64::NAN } else { single_cpu / (total_mb / best_scan_cpu.as_secs_f64()) };
    println!(
        "pipeline / raw scan (1 thread vs the faster scan): {ratio:.3} wall, {ratio_cpu:.3} CPU (target >= 0.2): {}",
        check(ratio >= 0.2)
    );
    if let Some((th, s)) = runs.get(1) {
        let sp = one.wall.as_secs_f64() / s.wall.as_secs_f64();
        println!(
            "speed-up at {th} threads: {sp:.2}x wall; CPU time {:.2}x the 1-thread run's (target >= 1.7x at 2 threads): {}",
            s.cpu.as_secs_f64() / one.cpu.as_secs_f64().max(1e-9),
            check(sp >= 1.7)
        );
    }
    // Contention-robust projection from the CPU split. Start-up is serial;
    // after it the main thread writes batch k-1 while the workers analyse
    // batch k, so a run lasts as long as the busier side, or as the whole
    // work shared by the cores.
    if one.worker_cpu > Duration::ZERO {
        let start = startup.cpu.as_secs_f64();
        let (m1, w1) = (one.main_cpu.as_secs_f64(), one.worker_cpu.as_secs_f64());
        println!(
            "1-thread CPU split: main thread (start-up {start:.1} s, then writing, overlapped) {m1:.1} s = {:.0}%, \
             other threads (reading, analysis) {w1:.1} s",
            100.0 * m1 / (m1 + w1)
        );
        if let Some((th, s)) = runs.get(1) {
            let (m, w) = (s.main_cpu.as_secs_f64(), s.worker_cpu.as_secs_f64());
            let span = |main: f64, work: f64, threads: f64| {
                let write = (main - start).max(0.0);
                start + write.max(work / threads).max((write + work) / (cores as f64).min(threads + 1.0))
            };
            println!(
                "projected speed-up at {th} threads on idle cores (from the CPU split: main {m:.1} s, other threads {w:.1} s): {:.2}x",
                span(m1, w1, 1.0) / span(m, w, *th as f64)
            );
        }
    }
    if let (Some(big), Some(sm)) = (runs.last().and_then(|r| r.1.max_rss_kb), small.max_rss_kb) {
        let r = big as f64 / sm as f64;
        println!(
            "streaming: peak RSS {:.0} MB on {:.0} MB vs {:.0} MB on {:.0} MB: x{r:.2} (target within 20%): {}",
            big as f64 / 1024.0,
            total_mb,
            sm as f64 / 1024.0,
            mb(corpus.stream_bytes),
            check((1.0 / 1.2..=1.2).contains(&r))
        );
    }
    println!(
        "start-up: {:.3} s wall, {:.3} s CPU (target < 1 s): {}",
        startup.wall.as_secs_f64(),
        startup.cpu.as_secs_f64(),
        check(startup.wall.as_secs_f64() < 1.0)
    );

    if args.keep {
        let kept = tmp.keep();
        eprintln!("bench: corpus and outputs kept in {}", kept.display());
    }
}
