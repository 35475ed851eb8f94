//! File outputs: the CSV tables (`entities.csv`, `quotes.csv`,
//! `documents.csv`, `entity_index.csv`) and JSON Lines (`documents.jsonl`).
//!
//! Files are written to hidden temporary names in the output folder and
//! renamed into place only when complete, so an interrupted run never leaves a
//! half table.
//!
//! Spreadsheet safety: a CSV cell starting with `=`, `+`, `-`, `@`, tab or
//! carriage return gets a leading `'`, so that a spreadsheet does not run it as
//! a formula (`raw` turns that off). Cells with offsets (entity and quote
//! `text`) never start with those characters, so the guard never breaks the
//! offset round trip. JSON Lines is never guarded.

use crate::bytescan::{byte_mask, word_at};
use crate::error::{Error, Result};
use crate::fxhash::FxHashMap;
use crate::record::DocRecord;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufWriter, Write};
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
    "about",
];
pub const DOCUMENT_HEADER: &[&str] =
    &["doc_id", "source", "title", "date", "lang", "chars", "entities", "quotes", "status", "message"];
pub const INDEX_HEADER: &[&str] =
    &["entity_id", "name", "type", "kb_id", "documents", "mentions", "quotes_as_speaker", "quotes_about", "aliases"];

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

/// A file written under a temporary name, renamed by [`Staged::commit`].
struct Staged {
    tmp: PathBuf,
    dest: PathBuf,
}

impl Staged {
    fn create(dir: &Path, name: &str) -> Result<(Staged, BufWriter<File>)> {
        let dest = dir.join(name);
        let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let f = File::create(&tmp)
            .map_err(|e| Error::io(format!("cannot create {} (is the output folder writable?)", tmp.display()), e))?;
        Ok((Staged { tmp, dest }, BufWriter::with_capacity(1 << 20, f)))
    }

    fn sync(&self, w: BufWriter<File>) -> Result<()> {
        let f =
            w.into_inner().map_err(|e| Error::io(format!("cannot write {}", self.tmp.display()), e.into_error()))?;
        f.sync_all().map_err(|e| Error::io(format!("cannot flush {}", self.tmp.display()), e))
    }

    fn commit(&self) -> Result<()> {
        std::fs::rename(&self.tmp, &self.dest)
            .map_err(|e| Error::io(format!("cannot move {} to {}", self.tmp.display(), self.dest.display()), e))
    }
}

/// A CSV file receiving rows already encoded by [`Rows`].
struct Table {
    staged: Staged,
    w: BufWriter<File>,
}

impl Table {
    fn create(dir: &Path, name: &str, header: &[&str]) -> Result<Table> {
        let (staged, w) = Staged::create(dir, name)?;
        let mut t = Table { staged, w };
        let mut rows = Rows::new();
        rows.row(header);
        t.append(&rows.into_bytes())?;
        Ok(t)
    }

    fn append(&mut self, bytes: &[u8]) -> Result<()> {
        self.w.write_all(bytes).map_err(|e| {
            Error::io(format!("cannot write {} (disk full or folder not writable?)", self.staged.tmp.display()), e)
        })
    }

    fn finish(self) -> Result<Staged> {
        self.staged.sync(self.w)?;
        Ok(self.staged)
    }
}

/// CSV rows encoded in memory, so that worker threads can format a
/// document's rows in parallel and the writer only appends bytes.
///
/// The encoding is the `csv` crate's default (RFC 4180): fields joined by
/// `,`, rows ended by `\n`, a field quoted only when it holds `,`, `"`, `\r`
/// or `\n`, with `"` doubled inside; a row of one empty field is `""`.
/// Written here eight bytes at a time, field by field (the document id
/// encoded once per document), because formatting rows is a large share of
/// a run (`tests/extract.rs` reads every table back with the `csv` crate).
struct Rows {
    buf: Vec<u8>,
}

/// A decimal number formatted on the stack: offsets are two cells of every
/// row, and `to_string` would allocate for each.
#[derive(Default)]
struct Digits([u8; 20]);

impl Digits {
    /// `n` in decimal, as ASCII bytes.
    fn format(&mut self, n: usize) -> &[u8] {
        let i = self.digits_before(self.0.len(), n);
        &self.0[i..]
    }

    /// Write `n` so that it ends before byte `end`; where it starts.
    fn digits_before(&mut self, end: usize, mut n: usize) -> usize {
        let mut i = end;
        loop {
            i -= 1;
            self.0[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                return i;
            }
        }
    }

    /// `x` with two decimals, as `format!("{:.2}", x)` writes it, for the
    /// finite non-negative values below 10^9 (confidences are 0 to 1);
    /// `None` for the others. The standard formatting rounds the exact
    /// value half to even: `x · 100` is exact in an `f64` (a 24-bit
    /// mantissa times a 7-bit factor), so rounding it the same way gives
    /// the same digits without the formatting machinery.
    fn hundredths(&mut self, x: f32) -> Option<&[u8]> {
        if !(0.0..1e9).contains(&x) || x.is_sign_negative() {
            return None;
        }
        let n = ((x as f64) * 100.0).round_ties_even() as usize;
        let end = self.0.len();
        self.digits_before(end, 100 + n % 100);
        self.0[end - 3] = b'.';
        let i = self.digits_before(end - 3, n / 100);
        Some(&self.0[i..])
    }
}

/// Whether a field holds `,`, `"`, `\r` or `\n`: eight bytes at a time,
/// the last few loaded zero-padded (a zero byte is none of them).
#[inline]
fn needs_quotes(b: &[u8]) -> bool {
    let special = |w: u64| byte_mask(w, b',') | byte_mask(w, b'"') | byte_mask(w, b'\r') | byte_mask(w, b'\n') != 0;
    let mut i = 0;
    while let Some(w) = word_at(b, i) {
        if special(w) {
            return true;
        }
        i += 8;
    }
    let rest = &b[i..];
    let mut padded = [0u8; 8];
    padded[..rest.len()].copy_from_slice(rest);
    special(u64::from_le_bytes(padded))
}

impl Rows {
    fn new() -> Rows {
        Rows::with_capacity(512)
    }

    /// Rows expected to take about `bytes` bytes (no regrowth on the way).
    fn with_capacity(bytes: usize) -> Rows {
        Rows { buf: Vec::with_capacity(bytes) }
    }

    fn row(&mut self, fields: &[&str]) {
        if let [only] = fields {
            if only.is_empty() {
                // An empty line would read back as no record at all.
                self.buf.extend_from_slice(b"\"\"\n");
                return;
            }
        }
        for (k, f) in fields.iter().enumerate() {
            if k > 0 {
                self.buf.push(b',');
            }
            self.cell(f.as_bytes());
        }
        self.buf.push(b'\n');
    }

    /// Append one field, quoted if it must be.
    #[inline]
    fn cell(&mut self, b: &[u8]) {
        if needs_quotes(b) {
            self.buf.push(b'"');
            // Copy the runs between inner quotes whole, doubling each quote.
            let mut rest = b;
            while let Some(k) = memchr::memchr(b'"', rest) {
                self.buf.extend_from_slice(&rest[..=k]);
                self.buf.push(b'"');
                rest = &rest[k + 1..];
            }
            self.buf.extend_from_slice(rest);
            self.buf.push(b'"');
        } else {
            self.buf.extend_from_slice(b);
        }
    }

    /// Append a field that [`Rows::cell`] has encoded already, then a comma.
    #[inline]
    fn encoded(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        self.buf.push(b',');
    }

    /// Append a guarded field (see [`guard`]), then `end` (a comma, or the
    /// row's newline).
    #[inline]
    fn guarded(&mut self, cell: &str, raw: bool, end: u8) {
        // `guard` borrows the cell unless it must prefix it (rare).
        self.cell(guard(cell, raw).as_bytes());
        self.buf.push(end);
    }

    /// Append an unguarded field, then `end`.
    #[inline]
    fn plain(&mut self, cell: &[u8], end: u8) {
        self.cell(cell);
        self.buf.push(end);
    }

    /// Append a field of digits (and a decimal point), which never needs
    /// quotes, then `end`.
    #[inline]
    fn bare(&mut self, cell: &[u8], end: u8) {
        debug_assert!(!needs_quotes(cell), "{cell:?} needs quotes");
        self.buf.extend_from_slice(cell);
        self.buf.push(end);
    }

    fn len(&self) -> usize {
        self.buf.len()
    }

    fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Remove `.<table>.tmp-<pid>` files left by runs that were killed (their
/// process is gone), so that they do not pile up in the output folder.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for entry in rd.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(pid) = name.strip_prefix('.').and_then(|n| n.rsplit_once(".tmp-")).map(|(_, pid)| pid) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        let alive = pid == std::process::id()
            || Path::new(&format!("/proc/{pid}")).exists()
            || !Path::new("/proc/self").exists();
        if !alive {
            let _ = std::fs::remove_file(entry.path());
        }
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
    /// Documents the database already held unchanged.
    pub unchanged: usize,
}

/// Which files a run writes into its output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Jsonl,
    Both,
    /// No files (a `--db` run only).
    None,
}

impl Format {
    fn csv(self) -> bool {
        matches!(self, Format::Csv | Format::Both)
    }
    fn jsonl(self) -> bool {
        matches!(self, Format::Jsonl | Format::Both)
    }
}

/// Per-entity totals across a run, for `entity_index.csv`.
#[derive(Debug, Default)]
pub struct EntityIndex {
    /// Hashed while counting (one lookup per mention); sorted by id when written.
    rows: FxHashMap<String, IndexRow>,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct IndexRow {
    pub name: String,
    pub etype: String,
    pub kb_id: String,
    pub documents: usize,
    pub mentions: usize,
    pub quotes_as_speaker: usize,
    pub quotes_about: usize,
    pub aliases: BTreeSet<String>,
    last_doc: String,
}

impl EntityIndex {
    /// Count one document's mentions and quotes.
    pub fn add(&mut self, r: &DocRecord) {
        for m in &r.entities {
            // Look up before inserting (most mentions are of entities already
            // seen): one hash, and no key to build.
            let row = match self.rows.get_mut(m.entity_id.as_ref()) {
                Some(row) => row,
                None => self.rows.entry(m.entity_id.to_string()).or_insert_with(|| IndexRow {
                    name: m.name.to_string(),
                    etype: m.etype.to_string(),
                    kb_id: m.kb_id.to_string(),
                    ..Default::default()
                }),
            };
            row.mentions += 1;
            if !row.aliases.contains(&m.text) {
                row.aliases.insert(m.text.clone());
            }
            if row.last_doc != r.doc_id {
                row.documents += 1;
                row.last_doc.clone_from(&r.doc_id);
            }
        }
        for q in &r.quotes {
            if let Some(row) = self.rows.get_mut(q.speaker_entity_id.as_ref()) {
                row.quotes_as_speaker += 1;
            }
            for e in &q.about {
                if let Some(row) = self.rows.get_mut(e.as_ref()) {
                    row.quotes_about += 1;
                }
            }
        }
    }

    /// The row of an entity.
    pub fn get(&self, entity_id: &str) -> Option<&IndexRow> {
        self.rows.get(entity_id)
    }

    /// Number of distinct entities.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// No entity yet.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// One document's rows, encoded and ready to append to the files.
#[derive(Debug, Default)]
pub struct EncodedDoc {
    entities: Vec<u8>,
    quotes: Vec<u8>,
    documents: Vec<u8>,
    jsonl: Vec<u8>,
}

/// Formats records into file bytes. `Copy` and free of I/O, so every worker
/// thread can encode its own documents ([`Writer::encoder`]).
#[derive(Debug, Clone, Copy)]
pub struct Encoder {
    raw: bool,
    csv: bool,
    jsonl: bool,
}

impl Encoder {
    /// Encode one document's CSV rows and JSON line (for the files this run writes).
    pub fn encode(&self, r: &DocRecord) -> Result<EncodedDoc> {
        let mut out = EncodedDoc::default();
        if self.csv {
            self.encode_csv(r, &mut out)?;
        }
        if self.jsonl {
            serde_json::to_writer(&mut out.jsonl, r)
                .map_err(|e| Error::Usage(format!("cannot encode {}: {e}", r.doc_id)))?;
            out.jsonl.push(b'\n');
        }
        Ok(out)
    }

    fn encode_csv(&self, r: &DocRecord, out: &mut EncodedDoc) -> Result<()> {
        let raw = self.raw;
        // A macro, not a closure: each cell borrows for its own lifetime.
        macro_rules! g {
            ($e:expr) => {
                guard($e, raw)
            };
        }
        let id = g!(&r.doc_id);
        // The document id opens every row: encoded once.
        let mut id_cell = Rows::with_capacity(id.len() + 2);
        id_cell.cell(id.as_bytes());
        let id_cell = id_cell.into_bytes();
        // Rows of more than one field, written cell by cell in the order of
        // ENTITY_HEADER and QUOTE_HEADER (`Rows::row` with less copying).
        // A mention row is about 80 bytes past the document id.
        let mut t = Rows::with_capacity(r.entities.len() * (96 + id_cell.len()));
        let mut digits = Digits::default();
        for m in &r.entities {
            t.encoded(&id_cell);
            t.guarded(&m.entity_id, raw, b',');
            t.guarded(&m.name, raw, b',');
            t.plain(m.etype.as_bytes(), b',');
            t.plain(m.text.as_bytes(), b',');
            t.bare(digits.format(m.start), b',');
            t.bare(digits.format(m.end), b',');
            t.plain(m.source.as_bytes(), b',');
            t.guarded(&m.kb_id, raw, b'\n');
        }
        out.entities = t.into_bytes();
        let mut t = Rows::with_capacity(r.quotes.iter().map(|q| q.text.len() + 192 + id_cell.len()).sum());
        for q in &r.quotes {
            t.encoded(&id_cell);
            t.guarded(&q.quote_id, raw, b',');
            t.plain(q.kind.as_bytes(), b',');
            t.plain(q.text.as_bytes(), b',');
            t.bare(digits.format(q.start), b',');
            t.bare(digits.format(q.end), b',');
            t.guarded(&q.speaker, raw, b',');
            t.guarded(&q.speaker_name, raw, b',');
            t.guarded(&q.speaker_entity_id, raw, b',');
            t.plain(q.speaker_type.as_bytes(), b',');
            t.guarded(&q.cue, raw, b',');
            match digits.hundredths(q.confidence) {
                Some(c) => t.bare(c, b','),
                None => t.plain(format!("{:.2}", q.confidence).as_bytes(), b','),
            }
            t.plain(q.rule.as_bytes(), b',');
            t.guarded(&q.about.join("|"), raw, b'\n');
        }
        out.quotes = t.into_bytes();
        let mut t = Rows::new();
        t.row(&[
            &id,
            &g!(&r.source),
            &g!(r.title.as_deref().unwrap_or("")),
            &g!(r.date.as_deref().unwrap_or("")),
            &r.lang,
            &r.chars.to_string(),
            &r.entities.len().to_string(),
            &r.quotes.len().to_string(),
            r.status,
            &g!(&r.message),
        ]);
        out.documents = t.into_bytes();
        Ok(())
    }
}

/// Writes a run's files.
pub struct Writer {
    dir: PathBuf,
    entities: Option<Table>,
    quotes: Option<Table>,
    documents: Option<Table>,
    jsonl: Option<(Staged, BufWriter<File>)>,
    index: EntityIndex,
    /// What the files are made of (also the guard setting of the index).
    encoder: Encoder,
    pub totals: Totals,
}

impl Writer {
    /// Create the output folder and the temporary files.
    pub fn create(dir: &Path, raw: bool, format: Format) -> Result<Writer> {
        if format != Format::None {
            std::fs::create_dir_all(dir).map_err(|e| {
                Error::io(format!("cannot create output folder {} (check the path and permissions)", dir.display()), e)
            })?;
            remove_stale_temporaries(dir);
        }
        let csv = format.csv();
        Ok(Writer {
            dir: dir.to_path_buf(),
            entities: if csv { Some(Table::create(dir, "entities.csv", ENTITY_HEADER)?) } else { None },
            quotes: if csv { Some(Table::create(dir, "quotes.csv", QUOTE_HEADER)?) } else { None },
            documents: if csv { Some(Table::create(dir, "documents.csv", DOCUMENT_HEADER)?) } else { None },
            jsonl: if format.jsonl() { Some(Staged::create(dir, "documents.jsonl")?) } else { None },
            index: EntityIndex::default(),
            encoder: Encoder { raw, csv, jsonl: format.jsonl() },
            totals: Totals::default(),
        })
    }

    /// The encoder for this writer's files (hand it to worker threads).
    pub fn encoder(&self) -> Encoder {
        self.encoder
    }

    /// Write one document's record (encoding it here; see [`Writer::append`]).
    pub fn write(&mut self, r: &DocRecord) -> Result<()> {
        let e = self.encoder().encode(r)?;
        self.append(r, &e)
    }

    /// Append a record encoded by [`Writer::encoder`], and count it.
    pub fn append(&mut self, r: &DocRecord, e: &EncodedDoc) -> Result<()> {
        if let Some(t) = &mut self.entities {
            t.append(&e.entities)?;
        }
        if let Some(t) = &mut self.quotes {
            t.append(&e.quotes)?;
        }
        if let Some(t) = &mut self.documents {
            t.append(&e.documents)?;
        }
        if let Some((staged, w)) = &mut self.jsonl {
            w.write_all(&e.jsonl).map_err(|err| Error::io(format!("cannot write {}", staged.tmp.display()), err))?;
        }
        self.index.add(r);
        self.totals.documents += 1;
        if r.status == "ok" {
            self.totals.entities += r.entities.len();
            self.totals.quotes += r.quotes.len();
        } else {
            self.totals.errors += 1;
        }
        Ok(())
    }

    /// Flush, sync and rename every file into place (the entity index too).
    pub fn finish(self) -> Result<(Totals, EntityIndex)> {
        let mut staged = Vec::new();
        for t in [self.entities, self.quotes, self.documents].into_iter().flatten() {
            staged.push(t.finish()?);
        }
        if let Some((s, w)) = self.jsonl {
            s.sync(w)?;
            staged.push(s);
        }
        if !staged.is_empty() {
            let mut t = Table::create(&self.dir, "entity_index.csv", INDEX_HEADER)?;
            let g = |s: &str| guard(s, self.encoder.raw).into_owned();
            let mut rows = Rows::new();
            let mut ids: Vec<&String> = self.index.rows.keys().collect();
            ids.sort_unstable();
            for id in ids {
                let r = &self.index.rows[id];
                let aliases = r.aliases.iter().cloned().collect::<Vec<_>>().join("|");
                rows.row(&[
                    &g(id),
                    &g(&r.name),
                    &r.etype,
                    &g(&r.kb_id),
                    &r.documents.to_string(),
                    &r.mentions.to_string(),
                    &r.quotes_as_speaker.to_string(),
                    &r.quotes_about.to_string(),
                    &g(&aliases),
                ]);
                if rows.len() >= 1 << 20 {
                    t.append(&std::mem::replace(&mut rows, Rows::new()).into_bytes())?;
                }
            }
            t.append(&rows.into_bytes())?;
            staged.push(t.finish()?);
        }
        for s in &staged {
            s.commit()?;
        }
        Ok((self.totals, self.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hundredths_are_written_as_the_standard_formatting_writes_them() {
        let mut d = Digits::default();
        // Ties (odd eighths), small and large values, and a stride over
        // the bit patterns of the range it accepts.
        let stride = (0..0x4E6E_6B28u32).step_by(9973).map(f32::from_bits);
        let named = [0.0, 0.125, 0.375, 0.625, 0.875, 1.125, 0.005, 0.015, 0.3, 0.9, 1.0, 12.345, 999_999_936.0];
        for x in named.into_iter().chain(stride) {
            assert_eq!(d.hundredths(x), Some(format!("{x:.2}").as_bytes()), "{x:e}");
        }
        for x in [-0.0, -1.0, f32::NAN, f32::INFINITY, 1e9, 3e38] {
            assert_eq!(d.hundredths(x), None, "{x}");
        }
    }

    fn with_csv_crate(rows: &[Vec<String>]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for r in rows {
            w.write_record(r).unwrap();
        }
        w.into_inner().unwrap()
    }

    proptest::proptest! {
        #[test]
        fn rows_encode_as_the_csv_crate_does(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a,\"\r\n é'=]{0,24}", 1..5),
                0..6,
            )
        ) {
            let mut ours = Rows::new();
            for r in &rows {
                let fields: Vec<&str> = r.iter().map(String::as_str).collect();
                ours.row(&fields);
            }
            proptest::prop_assert_eq!(ours.into_bytes(), with_csv_crate(&rows));
        }
    }
}
