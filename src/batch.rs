//! Batch runs: stream documents from the inputs in bounded batches, analyse
//! each batch in parallel, write rows in input order. Memory stays bounded by
//! the batch size whatever the corpus size; output is identical for any
//! number of threads.

use crate::error::Result;
use crate::input::{discover, no_input_error, read_source, Item, Source};
use crate::output::{EncodedDoc, Encoder, EntityIndex, Format, Totals, Writer};
use crate::pipeline::Pipeline;
use crate::record::{content_hash, DocRecord};
use crate::store::Store;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// How a batch run reports progress.
pub trait Progress: Sync {
    /// Called after each batch with documents and bytes done so far.
    fn advance(&self, _docs: usize, _bytes: u64) {}
}

/// No progress reporting.
pub struct Silent;
impl Progress for Silent {}

/// Where a run writes.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Output folder for the files.
    pub out: PathBuf,
    /// No spreadsheet formula guard.
    pub raw: bool,
    pub format: Format,
    /// SQLite knowledge base to fill incrementally.
    pub db: Option<PathBuf>,
}

impl RunOptions {
    /// CSV tables into `out`, no database.
    pub fn csv(out: &Path) -> RunOptions {
        RunOptions { out: out.to_path_buf(), raw: false, format: Format::Csv, db: None }
    }
}

/// Documents per parallel batch, and bytes at most.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 32 << 20;

/// Run the pipeline over `inputs` (CSV tables into `out`).
pub fn run(pipeline: &Pipeline, inputs: &[PathBuf], out: &Path, raw: bool, progress: &dyn Progress) -> Result<Totals> {
    let opts = RunOptions { raw, ..RunOptions::csv(out) };
    run_with(pipeline, inputs, &opts, progress).map(|(t, _)| t)
}

/// Run the pipeline over `inputs` with full options; returns the totals and
/// the run's entity index.
pub fn run_with(
    pipeline: &Pipeline,
    inputs: &[PathBuf],
    opts: &RunOptions,
    progress: &dyn Progress,
) -> Result<(Totals, EntityIndex)> {
    let sources = discover(inputs);
    if sources.iter().all(|s| matches!(s, Source::Missing(..))) {
        return Err(no_input_error(inputs));
    }
    let mut sinks = Sinks {
        writer: Writer::create(&opts.out, opts.raw, opts.format)?,
        store: opts.db.as_deref().map(Store::open).transpose()?,
        files: opts.format != Format::None,
        jsonl: matches!(opts.format, Format::Jsonl | Format::Both),
    };
    // Three stages overlap: a reader thread parses the inputs into batches,
    // the pool analyses one batch, and this thread writes the one before. The
    // channel holds at most two batches, so memory stays bounded; order is
    // preserved.
    let max = pipeline.config.max_doc_bytes;
    let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Item>, u64)>(2);
    let result: Result<(usize, u64)> = std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut batch: Vec<Item> = Vec::with_capacity(BATCH_DOCS);
            let mut batch_bytes = 0usize;
            let mut closed = false;
            for src in &sources {
                read_source(src, max, &mut |item| {
                    if closed {
                        return;
                    }
                    if let Item::Doc(d) = &item {
                        batch_bytes += d.text.len();
                    }
                    batch.push(item);
                    if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_DOCS));
                        // The writer stopped (a fatal error): stop reading.
                        closed = tx.send((full, batch_bytes as u64)).is_err();
                        batch_bytes = 0;
                    }
                });
                if closed {
                    return;
                }
            }
            let _ = tx.send((batch, batch_bytes as u64));
        });
        // Batch k is analysed (on the pool, from a helper thread) while this
        // thread writes batch k-1: with one worker, writing costs no wall
        // time. Rows are still written strictly in input order.
        let (mut docs, mut bytes) = (0usize, 0u64);
        let mut pending: Option<Analysed> = None;
        for (batch, batch_bytes) in rx {
            // A database-only run asks the database which documents it holds
            // unchanged: the previous batch must be in it first.
            if sinks.needs_skip_check() {
                if let Some(done) = pending.take() {
                    sinks.write(done)?;
                }
            }
            let skip = sinks.skip_list(&batch)?;
            let encoder = sinks.writer.encoder();
            let hash = sinks.hash();
            let (done, written) = std::thread::scope(|s| {
                let analysis = s.spawn(|| analyse(pipeline, &batch, skip, encoder, hash));
                let written = pending.take().map_or(Ok(()), |done| sinks.write(done));
                (analysis.join(), written)
            });
            written?;
            pending = Some(done.unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
            docs += batch.len();
            bytes += batch_bytes;
            progress.advance(docs, bytes);
        }
        if let Some(done) = pending.take() {
            sinks.write(done)?;
        }
        Ok((docs, bytes))
    });
    let (_, bytes) = result?;
    let (mut totals, index) = sinks.writer.finish()?;
    totals.bytes = bytes;
    Ok((totals, index))
}

struct Sinks {
    writer: Writer,
    store: Option<Store>,
    /// Files are written (else only the database).
    files: bool,
    /// JSON Lines is written (it carries the content hash).
    jsonl: bool,
}

/// One batch analysed and encoded, in input order (`None`: skipped).
struct Analysed<'p> {
    rows: Vec<Option<Result<(DocRecord<'p>, EncodedDoc)>>>,
    skipped: usize,
}

/// Analyse and encode a batch on the pool. Workers also encode the rows, so
/// that writing only appends bytes: the serial part of a run stays small.
fn analyse<'p>(pipeline: &'p Pipeline, batch: &[Item], skip: Vec<bool>, encoder: Encoder, hash: bool) -> Analysed<'p> {
    let rows = batch
        .par_iter()
        .zip(skip.par_iter())
        .map(|(item, &skip)| {
            let r = match item {
                _ if skip => return None,
                Item::Doc(d) if hash => DocRecord::new(d, &pipeline.process(d)).with_hash(d),
                Item::Doc(d) => DocRecord::new(d, &pipeline.process(d)),
                Item::Rejected { doc_id, source, message } => DocRecord::rejected(doc_id, source, message),
            };
            Some(encoder.encode(&r).map(|e| (r, e)))
        })
        .collect();
    Analysed { rows, skipped: skip.iter().filter(|&&s| s).count() }
}

impl Sinks {
    /// Whether documents stored unchanged are skipped before analysis (a
    /// database-only run).
    fn needs_skip_check(&self) -> bool {
        !self.files && self.store.is_some()
    }

    /// Whether records carry the content hash (JSON Lines and the database).
    fn hash(&self) -> bool {
        self.store.is_some() || self.jsonl
    }

    /// Which documents of `batch` the database holds unchanged.
    fn skip_list(&self, batch: &[Item]) -> Result<Vec<bool>> {
        let mut skip = vec![false; batch.len()];
        if let (true, Some(store)) = (self.needs_skip_check(), &self.store) {
            for (k, item) in batch.iter().enumerate() {
                if let Item::Doc(d) = item {
                    skip[k] = store.unchanged(&d.id, &content_hash(d))?;
                }
            }
        }
        Ok(skip)
    }

    /// Append an analysed batch to the files and the database.
    fn write(&mut self, done: Analysed) -> Result<()> {
        self.writer.totals.unchanged += done.skipped;
        let mut records = Vec::with_capacity(done.rows.len());
        for item in done.rows.into_iter().flatten() {
            let (r, e) = item?;
            self.writer.append(&r, &e)?;
            records.push(r);
        }
        if let Some(store) = &mut self.store {
            self.writer.totals.unchanged += store.write_batch(&records)?;
        }
        Ok(())
    }
}
