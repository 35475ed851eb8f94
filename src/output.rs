//! CSV tables: `entities.csv`, `quotes.csv`, `documents.csv`.
//!
//! Offsets are converted to Unicode code points here. Tables are written to
//! hidden temporary files in the output folder and renamed into place only
//! when complete, so an interrupted run never leaves a half table.
//!
//! Spreadsheet safety: a cell starting with `=`, `+`, `-`, `@`, tab or
//! carriage return gets a leading `'`, so that a spreadsheet does not run it as
//! a formula (`raw` turns that off). Cells with offsets (entity and quote
//! `text`) never start with those characters, so the guard never breaks the
//! offset round trip.

use crate::document::{CharOffsets, Document};
use crate::error::{Error, Result};
use crate::pipeline::Analysis;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

pub const ENTITY_HEADER: &[&str] = &["doc_id", "entity_id", "name", "type", "text", "start", "end", "source", "kb_id"];
pub const QUOTE_HEADER: &[&str] = &[
    "doc_id",
    "quote_id",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_name",
    "speaker_entity_id",
    "speaker_type",
    "cue",
    "confidence",
    "rule",
];
pub const DOCUMENT_HEADER: &[&str] =
    &["doc_id", "source", "title", "date", "lang", "chars", "entities", "quotes", "status", "message"];

/// Guard a cell against formula injection.
///
/// ```
/// use whosaid::output::guard;
/// assert_eq!(guard("=HYPERLINK(\"x\")", false), "'=HYPERLINK(\"x\")");
/// assert_eq!(guard("Moscou", false), "Moscou");
/// assert_eq!(guard("=1+1", true), "=1+1");
/// ```
pub fn guard(cell: &str, raw: bool) -> std::borrow::Cow<'_, str> {
    if !raw && cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

struct Table {
    tmp: PathBuf,
    dest: PathBuf,
    w: csv::Writer<BufWriter<File>>,
}

impl Table {
    fn create(dir: &Path, name: &str, header: &[&str]) -> Result<Table> {
        let dest = dir.join(name);
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let f = File::create(&tmp)
            .map_err(|e| Error::io(format!("cannot create {} (is the output folder writable?)", tmp.display()), e))?;
        let mut w = csv::WriterBuilder::new().from_writer(BufWriter::with_capacity(1 << 20, f));
        w.write_record(header).map_err(|e| csv_err(&tmp, e))?;
        Ok(Table { tmp, dest, w })
    }

    fn row(&mut self, fields: &[&str]) -> Result<()> {
        self.w.write_record(fields).map_err(|e| csv_err(&self.tmp, e))
    }

    fn finish(self) -> Result<PathBuf> {
        let inner = self
            .w
            .into_inner()
            .map_err(|e| Error::io(format!("cannot write {}", self.tmp.display()), e.into_error()))?;
        let f = inner
            .into_inner()
            .map_err(|e| Error::io(format!("cannot write {}", self.tmp.display()), e.into_error()))?;
        f.sync_all().map_err(|e| Error::io(format!("cannot flush {}", self.tmp.display()), e))?;
        Ok(self.tmp)
    }
}

fn csv_err(path: &Path, e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => {
            Error::io(format!("cannot write {} (disk full or folder not writable?)", path.display()), io)
        }
        other => Error::Usage(format!("cannot write {}: {other:?}", path.display())),
    }
}

/// Counts written so far.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    pub documents: usize,
    pub errors: usize,
    pub entities: usize,
    pub quotes: usize,
    pub bytes: u64,
}

/// Writes the three tables for one run.
pub struct Writer {
    entities: Table,
    quotes: Table,
    documents: Table,
    raw: bool,
    pub totals: Totals,
}

impl Writer {
    /// Create the output folder and the temporary tables.
    pub fn create(dir: &Path, raw: bool) -> Result<Writer> {
        std::fs::create_dir_all(dir).map_err(|e| {
            Error::io(format!("cannot create output folder {} (check the path and permissions)", dir.display()), e)
        })?;
        Ok(Writer {
            entities: Table::create(dir, "entities.csv", ENTITY_HEADER)?,
            quotes: Table::create(dir, "quotes.csv", QUOTE_HEADER)?,
            documents: Table::create(dir, "documents.csv", DOCUMENT_HEADER)?,
            raw,
            totals: Totals::default(),
        })
    }

    /// Write the rows of one analysed document.
    pub fn document(&mut self, doc: &Document, a: &Analysis) -> Result<()> {
        let raw = self.raw;
        let g = |s: &str| guard(s, raw).into_owned();
        let map = CharOffsets::new(&doc.text);
        let text = doc.text.as_str();
        let id = g(&doc.id);
        for m in &a.mentions {
            let e = &a.entities[m.entity];
            let (s, en) = (map.char_offset(m.start).to_string(), map.char_offset(m.end).to_string());
            self.entities.row(&[
                &id,
                &g(&e.id),
                &g(&e.name),
                e.etype.as_str(),
                &text[m.start..m.end],
                &s,
                &en,
                &m.source.label(),
                &g(&e.kb_id),
            ])?;
        }
        for (k, q) in a.quotes.iter().enumerate() {
            let qid = format!("{}:q{}", doc.id, k + 1);
            let speaker = q.speaker.map(|(s, e)| text[s..e].to_string()).unwrap_or_default();
            let (sname, sid) = match q.speaker_entity {
                Some(i) => (a.entities[i].name.clone(), a.entities[i].id.clone()),
                None => (q.speaker_name.clone(), String::new()),
            };
            let cue = q.cue.map(|(s, e)| text[s..e].to_string()).unwrap_or_default();
            let (s, e) = (map.char_offset(q.start).to_string(), map.char_offset(q.end).to_string());
            let conf = format!("{:.2}", q.confidence);
            self.quotes.row(&[
                &id,
                &g(&qid),
                q.kind.as_str(),
                &text[q.start..q.end],
                &s,
                &e,
                &g(&speaker),
                &g(&sname),
                &g(&sid),
                if q.speaker.is_some() { q.speaker_type.as_str() } else { "" },
                &g(&cue),
                &conf,
                q.rule,
            ])?;
        }
        let chars = map.char_offset(text.len()).to_string();
        self.documents.row(&[
            &id,
            &g(&doc.source),
            &g(doc.title.as_deref().unwrap_or("")),
            &g(doc.date.as_deref().unwrap_or("")),
            a.lang,
            &chars,
            &a.mentions.len().to_string(),
            &a.quotes.len().to_string(),
            "ok",
            "",
        ])?;
        self.totals.documents += 1;
        self.totals.entities += a.mentions.len();
        self.totals.quotes += a.quotes.len();
        self.totals.bytes += text.len() as u64;
        Ok(())
    }

    /// Write the status row of a document that could not be processed.
    pub fn rejected(&mut self, doc_id: &str, source: &str, message: &str) -> Result<()> {
        let raw = self.raw;
        let g = |s: &str| guard(s, raw).into_owned();
        self.documents.row(&[&g(doc_id), &g(source), "", "", "", "0", "0", "0", "error", &g(message)])?;
        self.totals.documents += 1;
        self.totals.errors += 1;
        Ok(())
    }

    /// Flush, sync and rename the tables into place.
    pub fn finish(self) -> Result<Totals> {
        let totals = self.totals;
        let mut done = Vec::new();
        for t in [self.entities, self.quotes, self.documents] {
            let dest = t.dest.clone();
            done.push((t.finish()?, dest));
        }
        for (tmp, dest) in done {
            std::fs::rename(&tmp, &dest)
                .map_err(|e| Error::io(format!("cannot move {} to {}", tmp.display(), dest.display()), e))?;
        }
        Ok(totals)
    }
}
