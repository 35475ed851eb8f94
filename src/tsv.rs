//! Reading the human-editable data files: UTF-8 TSV with a header line,
//! `#` comments and blank lines ignored, every error reported as `file:line`.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A parsed TSV file. Rows keep their 1-based line number for error messages.
///
/// ```
/// use whosaid::tsv::Table;
/// let t = Table::parse("x.tsv", "# a comment\nform\tlang\ndit\tfr\n", &["form"]).unwrap();
/// assert_eq!(t.rows.len(), 1);
/// assert_eq!(t.get(&t.rows[0], "lang"), "fr");
/// ```
#[derive(Debug)]
pub struct Table {
    pub path: PathBuf,
    columns: HashMap<String, usize>,
    pub rows: Vec<Row>,
}

/// One data line.
#[derive(Debug)]
pub struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

impl Table {
    /// Read and parse `path`, requiring the given columns.
    pub fn read(path: &Path, required: &[&str]) -> Result<Table> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|&&b| b == b'\n').count();
            Error::data(path, line, "not valid UTF-8")
        })?;
        Table::parse(path, &text, required)
    }

    /// Parse TSV text; `path` is only used in messages.
    pub fn parse(path: impl Into<PathBuf>, text: &str, required: &[&str]) -> Result<Table> {
        let path = path.into();
        let mut columns = HashMap::new();
        let mut rows = Vec::new();
        let mut width = 0;
        for (i, raw) in text.trim_start_matches('\u{feff}').lines().enumerate() {
            let line = i + 1;
            let l = raw.trim_end_matches('\r');
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let fields: Vec<String> = l.split('\t').map(|f| f.trim().to_string()).collect();
            if columns.is_empty() {
                for (j, name) in fields.iter().enumerate() {
                    if columns.insert(name.clone(), j).is_some() {
                        return Err(Error::data(&path, line, format!("column `{name}` appears twice in the header")));
                    }
                }
                for r in required {
                    if !columns.contains_key(*r) {
                        return Err(Error::data(
                            &path,
                            line,
                            format!(
                                "header lacks column `{r}` (expected tab-separated columns: {})",
                                required.join(", ")
                            ),
                        ));
                    }
                }
                width = fields.len();
                continue;
            }
            if fields.len() > width {
                return Err(Error::data(
                    &path,
                    line,
                    format!("{} fields but the header has {} columns (a stray tab?)", fields.len(), width),
                ));
            }
            rows.push(Row { line, fields });
        }
        if columns.is_empty() {
            return Err(Error::data(&path, 1, "empty file: expected a header line"));
        }
        Ok(Table { path, columns, rows })
    }

    /// The value of `column` in `row`, or "" when absent or short.
    pub fn get<'r>(&self, row: &'r Row, column: &str) -> &'r str {
        self.columns.get(column).and_then(|&j| row.fields.get(j)).map(String::as_str).unwrap_or("")
    }

    /// Whether the header has `column`.
    pub fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// An error at `row`.
    pub fn error(&self, row: &Row, message: impl Into<String>) -> Error {
        Error::data(&self.path, row.line, message)
    }
}
