//! Input discovery and readers: `.txt` (one article), `.jsonl`/`.ndjson`
//! (one per line, optionally `.gz`), `.csv` (a `text` column), and `-` (JSONL
//! on standard input). Readers stream: each yields one [`Item`] at a time, and
//! a bad document becomes an [`Item::Rejected`] that the batch writes as a
//! `status=error` row before going on.

use crate::document::Document;
use crate::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input document, or the reason it could not be read.
#[derive(Debug)]
pub enum Item {
    Doc(Document),
    Rejected { doc_id: String, source: String, message: String },
}

/// A place documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Text(PathBuf),
    Jsonl(PathBuf),
    Csv(PathBuf),
    Stdin,
    /// A path named on the command line that cannot be read.
    Missing(PathBuf, String),
}

impl Source {
    /// Bytes on disk (for progress), 0 when unknown.
    pub fn size(&self) -> u64 {
        match self {
            Source::Text(p) | Source::Jsonl(p) | Source::Csv(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            _ => 0,
        }
    }
}

fn kind_of(path: &Path) -> Option<fn(PathBuf) -> Source> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".txt") {
        Some(Source::Text)
    } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        Some(Source::Jsonl)
    } else if name.ends_with(".csv") {
        Some(Source::Csv)
    } else {
        None
    }
}

/// Expand command-line inputs into sources, folders walked recursively in
/// sorted order. Symbolic links to folders are not followed (no loops).
pub fn discover(inputs: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out),
            Ok(_) => match kind_of(p) {
                Some(k) => out.push(k(p.clone())),
                // A file named explicitly is read as text whatever its name.
                None => out.push(Source::Text(p.clone())),
            },
            Err(e) => out.push(Source::Missing(p.clone(), e.to_string())),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Source>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        out.push(Source::Missing(dir.to_path_buf(), "cannot list folder".into()));
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, out);
        } else if meta.file_type().is_symlink() {
            if std::fs::metadata(&p).is_ok_and(|m| m.is_file()) {
                if let Some(k) = kind_of(&p) {
                    out.push(k(p));
                }
            }
        } else if let Some(k) = kind_of(&p) {
            out.push(k(p));
        }
    }
}

fn stem(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name).to_string();
    match name.rfind('.') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name,
    }
}

fn open(path: &Path) -> std::io::Result<Box<dyn Read + Send>> {
    let f = File::open(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok(Box::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Ok(Box::new(f))
    }
}

/// Decode a text file the way Python's `open(encoding="utf-8-sig")` reads it:
/// strip a BOM and turn CRLF / CR into LF, so offsets agree with it.
pub fn decode_text_file(bytes: Vec<u8>) -> std::result::Result<String, String> {
    let s = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not valid UTF-8 (first bad byte at offset {at}); convert the file to UTF-8")
    })?;
    let s = s.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(s);
    if s.contains('\r') {
        Ok(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Ok(s)
    }
}

/// Stream the items of `source`, calling `emit` for each, in order.
pub fn read_source(source: &Source, max_doc_bytes: usize, emit: &mut dyn FnMut(Item)) {
    match source {
        Source::Missing(p, why) => emit(Item::Rejected {
            doc_id: stem(p),
            source: p.display().to_string(),
            message: format!("cannot read input: {why}"),
        }),
        Source::Text(p) => emit(read_text(p, max_doc_bytes)),
        Source::Jsonl(p) => match open(p) {
            Ok(r) => read_jsonl(BufReader::new(r), &stem(p), &p.display().to_string(), max_doc_bytes, emit),
            Err(e) => emit(Item::Rejected {
                doc_id: stem(p),
                source: p.display().to_string(),
                message: format!("cannot read input: {e}"),
            }),
        },
        Source::Csv(p) => match open(p) {
            Ok(r) => read_csv(r, &stem(p), &p.display().to_string(), max_doc_bytes, emit),
            Err(e) => emit(Item::Rejected {
                doc_id: stem(p),
                source: p.display().to_string(),
                message: format!("cannot read input: {e}"),
            }),
        },
        Source::Stdin => read_jsonl(BufReader::new(std::io::stdin().lock()), "stdin", "-", max_doc_bytes, emit),
    }
}

fn read_text(p: &Path, max: usize) -> Item {
    let id = stem(p);
    let src = p.display().to_string();
    let reject = |m: String| Item::Rejected { doc_id: id.clone(), source: src.clone(), message: m };
    let size = std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    if size as usize > max {
        return reject(format!("document of {size} bytes exceeds the limit of {max} bytes (--max-doc-size)"));
    }
    let bytes = match open(p).and_then(|mut r| {
        let mut v = Vec::new();
        r.by_ref().take(max as u64 + 1).read_to_end(&mut v)?;
        Ok(v)
    }) {
        Ok(b) => b,
        Err(e) => return reject(format!("cannot read input: {e}")),
    };
    if bytes.len() > max {
        return reject(format!("document exceeds the limit of {max} bytes (--max-doc-size)"));
    }
    match decode_text_file(bytes) {
        Ok(text) if text.trim().is_empty() => reject("empty document".into()),
        Ok(text) => {
            let mut d = Document::new(id, text);
            d.source = src;
            Item::Doc(d)
        }
        Err(m) => reject(m),
    }
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
}

/// Read JSON Lines from `r`; `stem` names documents without an `id`.
pub fn read_jsonl(mut r: impl BufRead, stem: &str, src: &str, max: usize, emit: &mut dyn FnMut(Item)) {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        line_no += 1;
        // Read at most max+1 bytes of the line; skip the rest of an oversized one.
        let mut too_long = false;
        loop {
            let avail = match r.fill_buf() {
                Ok(a) => a,
                Err(e) => {
                    emit(Item::Rejected {
                        doc_id: format!("{stem}:{line_no}"),
                        source: format!("{src}:{line_no}"),
                        message: format!("read error: {e}"),
                    });
                    return;
                }
            };
            if avail.is_empty() {
                break;
            }
            let (chunk, done) = match memchr::memchr(b'\n', avail) {
                Some(i) => (&avail[..=i], true),
                None => (avail, false),
            };
            let n = chunk.len();
            if !too_long {
                if buf.len() + n > max + 1 {
                    too_long = true;
                    buf.clear();
                } else {
                    buf.extend_from_slice(chunk);
                }
            }
            r.consume(n);
            if done {
                break;
            }
        }
        if buf.is_empty() && !too_long {
            // End of input (a blank line still holds "\n").
            if r.fill_buf().map(|b| b.is_empty()).unwrap_or(true) {
                return;
            }
            continue;
        }
        let id_default = format!("{stem}:{line_no}");
        let src_line = format!("{src}:{line_no}");
        if too_long {
            emit(Item::Rejected {
                doc_id: id_default,
                source: src_line,
                message: format!("line exceeds the limit of {max} bytes (--max-doc-size)"),
            });
            continue;
        }
        let raw = trim_newline(&buf);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let parsed: std::result::Result<JsonDoc, String> =
            std::str::from_utf8(raw).map_err(|e| format!("not valid UTF-8 at byte {}", e.valid_up_to())).and_then(
                |s| serde_json::from_str(s.trim_start_matches('\u{feff}')).map_err(|e| format!("malformed JSON: {e}")),
            );
        match parsed {
            Err(m) => emit(Item::Rejected { doc_id: id_default, source: src_line, message: m }),
            Ok(j) => {
                let id = match &j.id {
                    Some(serde_json::Value::String(s)) if !s.is_empty() => s.clone(),
                    Some(serde_json::Value::Number(n)) => n.to_string(),
                    _ => id_default,
                };
                match j.text {
                    None => emit(Item::Rejected { doc_id: id, source: src_line, message: "no `text` field".into() }),
                    Some(t) if t.trim().is_empty() => {
                        emit(Item::Rejected { doc_id: id, source: src_line, message: "empty document".into() })
                    }
                    Some(t) => {
                        let mut d = Document::new(id, t);
                        d.source = j.source.unwrap_or(src_line);
                        d.title = j.title;
                        d.date = j.date.or(d.date);
                        d.url = j.url.or(d.url);
                        emit(Item::Doc(d));
                    }
                }
            }
        }
    }
}

fn trim_newline(b: &[u8]) -> &[u8] {
    let b = b.strip_suffix(b"\n").unwrap_or(b);
    b.strip_suffix(b"\r").unwrap_or(b)
}

fn read_csv(r: impl Read, stem: &str, src: &str, max: usize, emit: &mut dyn FnMut(Item)) {
    let mut rd = csv::ReaderBuilder::new().flexible(true).from_reader(r);
    let headers = match rd.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            emit(Item::Rejected {
                doc_id: stem.to_string(),
                source: src.to_string(),
                message: format!("malformed CSV header: {e}"),
            });
            return;
        }
    };
    let col = |name: &str| headers.iter().position(|h| h == name.as_bytes());
    let Some(text_col) = col("text") else {
        emit(Item::Rejected {
            doc_id: stem.to_string(),
            source: src.to_string(),
            message: "CSV has no `text` column".into(),
        });
        return;
    };
    let (id_col, title_col, date_col, url_col) = (col("id"), col("title"), col("date"), col("url"));
    let mut rec = csv::ByteRecord::new();
    let mut row = 0usize;
    loop {
        row += 1;
        let id_default = format!("{stem}:{row}");
        let src_row = format!("{src}:{row}");
        match rd.read_byte_record(&mut rec) {
            Ok(false) => return,
            Err(e) => {
                emit(Item::Rejected {
                    doc_id: id_default,
                    source: src_row,
                    message: format!("malformed CSV record: {e}"),
                });
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return;
                }
                continue;
            }
            Ok(true) => {}
        }
        let field = |c: Option<usize>| -> Option<std::result::Result<String, String>> {
            let b = rec.get(c?)?;
            Some(String::from_utf8(b.to_vec()).map_err(|_| "not valid UTF-8".to_string()))
        };
        let id = match field(id_col) {
            Some(Ok(s)) if !s.is_empty() => s,
            _ => id_default,
        };
        let text = match field(Some(text_col)) {
            Some(Ok(t)) => t,
            Some(Err(m)) => {
                emit(Item::Rejected { doc_id: id, source: src_row, message: m });
                continue;
            }
            None => {
                emit(Item::Rejected { doc_id: id, source: src_row, message: "record has no `text` field".into() });
                continue;
            }
        };
        if text.len() > max {
            emit(Item::Rejected {
                doc_id: id,
                source: src_row,
                message: format!("document exceeds the limit of {max} bytes (--max-doc-size)"),
            });
            continue;
        }
        if text.trim().is_empty() {
            emit(Item::Rejected { doc_id: id, source: src_row, message: "empty document".into() });
            continue;
        }
        let mut d = Document::new(id, text);
        d.source = src_row;
        d.title = field(title_col).and_then(|r| r.ok()).filter(|s| !s.is_empty());
        d.date = field(date_col).and_then(|r| r.ok()).filter(|s| !s.is_empty()).or(d.date);
        d.url = field(url_col).and_then(|r| r.ok()).filter(|s| !s.is_empty()).or(d.url);
        emit(Item::Doc(d));
    }
}

/// Error for "nothing to read".
pub fn no_input_error(inputs: &[PathBuf]) -> Error {
    Error::Usage(format!(
        "no input found in {}: give .txt, .jsonl, .ndjson or .csv files, or folders holding them",
        inputs.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    ))
}
