//! Errors that stop a run, as opposed to per-document problems, which become
//! `status=error` rows in `documents.csv` and never stop the batch.

use std::fmt;
use std::path::PathBuf;

/// A fatal error: bad configuration or data files, or output that cannot be written.
///
/// ```
/// use whosaid::Error;
/// let e = Error::data("gazetteers/x.tsv", 3, "missing column `type`");
/// assert_eq!(e.to_string(), "gazetteers/x.tsv:3: missing column `type`");
/// ```
#[derive(Debug)]
pub enum Error {
    /// A data file (gazetteer, lexicon) is malformed: file, line and what is wrong.
    Data { path: PathBuf, line: usize, message: String },
    /// An I/O failure with what we were doing at the time.
    Io { context: String, source: std::io::Error },
    /// Anything else the user must fix (no input found, bad option...).
    Usage(String),
}

impl Error {
    /// A data-file error at `path:line`.
    pub fn data(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        Error::Data { path: path.into(), line, message: message.into() }
    }

    /// An I/O error with a sentence of context ("cannot create output/entities.csv").
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io { context: context.into(), source }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Data { path, line, message } => write!(f, "{}:{}: {}", path.display(), line, message),
            Error::Io { context, source } => write!(f, "{context}: {source}"),
            Error::Usage(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Result alias for fallible whosaid operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;
