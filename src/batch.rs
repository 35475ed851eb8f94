//! Batch runs: stream documents from the inputs in bounded batches, analyse
//! each batch in parallel, write rows in input order. Memory stays bounded by
//! the batch size whatever the corpus size; output is identical for any
//! number of threads.

use crate::error::Result;
use crate::input::{discover, no_input_error, read_source, Item, Source};
use crate::output::{Totals, Writer};
use crate::pipeline::Pipeline;
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

/// Documents per parallel batch, and bytes at most.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 32 << 20;

/// Run the pipeline over `inputs`, writing tables into `out`.
pub fn run(pipeline: &Pipeline, inputs: &[PathBuf], out: &Path, raw: bool, progress: &dyn Progress) -> Result<Totals> {
    let sources = discover(inputs);
    if sources.iter().all(|s| matches!(s, Source::Missing(..))) {
        return Err(no_input_error(inputs));
    }
    let mut writer = Writer::create(out, raw)?;
    let mut batch: Vec<Item> = Vec::with_capacity(BATCH_DOCS);
    let mut batch_bytes = 0usize;
    let mut fatal: Option<crate::Error> = None;
    let (mut docs, mut bytes) = (0usize, 0u64);
    let max = pipeline.config.max_doc_bytes;
    for src in &sources {
        read_source(src, max, &mut |item| {
            if fatal.is_some() {
                return;
            }
            if let Item::Doc(d) = &item {
                batch_bytes += d.text.len();
            }
            batch.push(item);
            if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                docs += batch.len();
                bytes += batch_bytes as u64;
                if let Err(e) = flush(pipeline, &mut batch, &mut writer) {
                    fatal = Some(e);
                }
                batch_bytes = 0;
                progress.advance(docs, bytes);
            }
        });
        if let Some(e) = fatal {
            return Err(e);
        }
    }
    docs += batch.len();
    bytes += batch_bytes as u64;
    flush(pipeline, &mut batch, &mut writer)?;
    progress.advance(docs, bytes);
    writer.finish()
}

fn flush(pipeline: &Pipeline, batch: &mut Vec<Item>, writer: &mut Writer) -> Result<()> {
    let analyses: Vec<Option<crate::Analysis>> = batch
        .par_iter()
        .map(|item| match item {
            Item::Doc(d) => Some(pipeline.process(d)),
            Item::Rejected { .. } => None,
        })
        .collect();
    for (item, a) in batch.drain(..).zip(analyses) {
        match (item, a) {
            (Item::Doc(d), Some(a)) => writer.document(&d, &a)?,
            (Item::Rejected { doc_id, source, message }, _) => writer.rejected(&doc_id, &source, &message)?,
            (Item::Doc(d), None) => writer.rejected(&d.id, &d.source, "internal error: no analysis")?,
        }
    }
    Ok(())
}
