//! The `whosaid` command line: a thin layer over the library.

use clap::{Parser, Subcommand};
use indicatif::{ProgressBar, ProgressStyle};
use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use whosaid::batch::{self, Progress, RunOptions};
use whosaid::output::Format;
use whosaid::{Config, Pipeline};

// The analysis allocates many small, short-lived strings and vectors per
// document: mimalloc's per-thread free lists serve them faster than glibc
// malloc (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

/// mimalloc as the global allocator, through its plain entry points.
///
/// The `mimalloc` crate sends every request through `mi_malloc_aligned`,
/// whose fast path only covers blocks of at most 1 KiB: larger vectors of
/// word-aligned items (token lists, CSV buffers) took an over-allocating
/// slow path. Every mimalloc block is a multiple of the word size in a
/// page that starts aligned, so `mi_malloc` already honours any alignment
/// up to a word; only larger alignments need the aligned calls.
struct MiMalloc;

const WORD: usize = std::mem::size_of::<usize>();

/// Whether mimalloc's plain calls honour the layout's alignment.
fn word_aligned(layout: Layout) -> bool {
    layout.align() <= WORD
}

/// A mimalloc allocation call of the size alone, and its aligned twin.
type Plain = unsafe extern "C" fn(usize) -> *mut c_void;
type Aligned = unsafe extern "C" fn(usize, usize) -> *mut c_void;

/// Allocate `layout` with `plain` when it honours the alignment, else with
/// `aligned` (the pair for fresh or for zeroed memory).
///
/// # Safety
/// `plain` and `aligned` are mimalloc's calls of that contract.
#[inline(always)]
unsafe fn allocate(layout: Layout, plain: Plain, aligned: Aligned) -> *mut u8 {
    let p = if word_aligned(layout) {
        unsafe { plain(layout.size()) }
    } else {
        unsafe { aligned(layout.size(), layout.align()) }
    };
    p as *mut u8
}

// SAFETY: each method forwards to the mimalloc call with the same contract;
// the plain calls are used only where their alignment guarantee (a word)
// covers the layout's.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        unsafe { allocate(layout, mi::mi_malloc, mi::mi_malloc_aligned) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        unsafe { allocate(layout, mi::mi_zalloc, mi::mi_zalloc_aligned) }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let ptr = ptr as *mut c_void;
        let p = if word_aligned(layout) {
            unsafe { mi::mi_realloc(ptr, new_size) }
        } else {
            unsafe { mi::mi_realloc_aligned(ptr, new_size, layout.align()) }
        };
        p as *mut u8
    }
}

#[derive(Parser)]
#[command(
    name = "whosaid",
    version,
    about = "Who said what, about whom: entities and attributed quotes from news, as CSV tables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Tag entities and quotes in articles and write entities.csv, quotes.csv, documents.csv.
    Extract {
        /// Files (.txt, .jsonl, .ndjson, .csv, optionally .gz) or folders; `-` reads JSONL from stdin.
        /// Default: the bundled samples/ folder.
        inputs: Vec<PathBuf>,
        /// Output folder (created if missing).
        #[arg(long, default_value = "output")]
        out: PathBuf,
        /// Extra gazetteer file or folder (repeatable); its names win over the bundled ones.
        #[arg(long = "gazetteer")]
        gazetteers: Vec<PathBuf>,
        /// Analysis threads (default: all cores); reading and writing run beside them.
        #[arg(long)]
        threads: Option<usize>,
        /// No progress bar and no summary line.
        #[arg(long)]
        quiet: bool,
        /// Write cells as they are, without the spreadsheet formula guard.
        #[arg(long)]
        raw: bool,
        /// Largest document accepted, in bytes (larger ones get a status=error row).
        #[arg(long, default_value_t = 20 << 20)]
        max_doc_size: usize,
        /// Data folder with entities/ and lexicons/ (default: the bundled gazetteers/).
        #[arg(long)]
        data: Option<PathBuf>,
        /// Files to write into --out: csv (the tables), jsonl (documents.jsonl), both, or none.
        #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
        format: FormatArg,
        /// Also fill this SQLite knowledge base (incremental: unchanged documents are skipped).
        #[arg(long)]
        db: Option<PathBuf>,
    },
    /// Ask the knowledge base: the quotes of a speaker, or about an entity.
    Ask {
        /// The SQLite database written by `extract --db`.
        #[arg(long)]
        db: PathBuf,
        /// Quotes said by this entity (name, id or any surface form).
        #[arg(long, conflicts_with = "about", required_unless_present = "about")]
        speaker: Option<String>,
        /// Quotes that mention this entity.
        #[arg(long)]
        about: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum FormatArg {
    Csv,
    Jsonl,
    Both,
    None,
}

struct Bar(ProgressBar);
impl Progress for Bar {
    fn advance(&self, docs: usize, bytes: u64) {
        self.0.set_position(bytes);
        self.0.set_message(format!("{docs} docs"));
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Ask { db, speaker, about } => {
            if !db.exists() {
                eprintln!(
                    "whosaid: no database at {} (create it with `whosaid extract --db {}`)",
                    db.display(),
                    db.display()
                );
                return ExitCode::from(2);
            }
            let store = match whosaid::store::Store::open(&db) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    return ExitCode::from(2);
                }
            };
            let (q, name) = match (speaker, about) {
                (Some(s), _) => (whosaid::ask::Question::Speaker, s),
                (None, Some(a)) => (whosaid::ask::Question::About, a),
                (None, None) => unreachable!("clap requires one"),
            };
            match whosaid::ask::ask(store.connection(), q, &name) {
                Ok(answers) => {
                    let mut out = std::io::stdout().lock();
                    if whosaid::ask::print_table(&answers, &mut out).is_err() {
                        return ExitCode::from(1);
                    }
                    if answers.is_empty() {
                        eprintln!("whosaid: no quote found for {name:?}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    ExitCode::from(2)
                }
            }
        }
        Command::Extract { inputs, out, gazetteers, threads, quiet, raw, max_doc_size, data, format, db } => {
            let inputs = if inputs.is_empty() { vec![default_samples()] } else { inputs };
            if let Some(n) = threads {
                if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global() {
                    eprintln!("whosaid: cannot set {n} threads: {e}");
                    return ExitCode::from(2);
                }
            }
            let mut config = Config { extra_gazetteers: gazetteers, max_doc_bytes: max_doc_size, ..Config::default() };
            if let Some(d) = data {
                config.data_dir = d;
            }
            let start = Instant::now();
            let pipeline = match Pipeline::new(config) {
                Ok(p) => p,
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    return ExitCode::from(2);
                }
            };
            if !quiet {
                for w in pipeline.gazetteer.warnings.iter().take(5) {
                    eprintln!("whosaid: warning: {w}");
                }
                if pipeline.gazetteer.warnings.len() > 5 {
                    eprintln!("whosaid: warning: {} more gazetteer warnings", pipeline.gazetteer.warnings.len() - 5);
                }
            }
            let total: u64 = whosaid::input::discover(&inputs).iter().map(|s| s.size()).sum();
            let bar = if !quiet && std::io::stderr().is_terminal() {
                let pb = ProgressBar::new(total);
                pb.set_style(
                    ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes} {msg} {bytes_per_sec} ETA {eta}")
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                Some(Bar(pb))
            } else {
                None
            };
            let format = match format {
                FormatArg::Csv => Format::Csv,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Both => Format::Both,
                FormatArg::None => Format::None,
            };
            if format == Format::None && db.is_none() {
                eprintln!("whosaid: --format none writes nothing: give --db PATH too");
                return ExitCode::from(2);
            }
            let opts = RunOptions { out: out.clone(), raw, format, db };
            let result = match &bar {
                Some(b) => batch::run_with(&pipeline, &inputs, &opts, b),
                None => batch::run_with(&pipeline, &inputs, &opts, &batch::Silent),
            };
            if let Some(b) = &bar {
                b.0.finish_and_clear();
            }
            match result {
                Ok((t, _)) => {
                    if !quiet {
                        let secs = start.elapsed().as_secs_f64();
                        eprintln!(
                            "whosaid: {} documents ({} errors, {} unchanged in the database), {} entities, {} quotes in {:.2} s ({:.1} MB/s) -> {}",
                            t.documents,
                            t.errors,
                            t.unchanged,
                            t.entities,
                            t.quotes,
                            secs,
                            t.bytes as f64 / 1e6 / secs.max(1e-9),
                            out.display()
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("whosaid: {e}");
                    // Output problems are 1; configuration and usage problems are 2.
                    ExitCode::from(if matches!(e, whosaid::Error::Io { .. }) { 1 } else { 2 })
                }
            }
        }
    }
}

/// The bundled sample articles.
fn default_samples() -> PathBuf {
    let data = whosaid::pipeline::default_data_dir();
    data.parent().map(|p| p.join("samples")).unwrap_or_else(|| PathBuf::from("samples"))
}
