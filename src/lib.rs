//! # whosaid
//!
//! Who said what, about whom: rule-based entity tagging and quote attribution
//! for French and English news, written to CSV tables.
//!
//! A document flows through small stages, each in its own module:
//! [`document`] (metadata header, offsets) → [`segment`] (tokens, sentences) →
//! [`vocab`] (one lexicon lookup per token) → [`gazetteer`] →
//! [`entities`] (rules, linking) → [`quotes`] (marks, cues,
//! attribution) → [`record`] → [`output`] (CSV, JSON Lines) and [`store`]
//! (SQLite). [`Pipeline`] ties the stages together; [`batch`] runs it over
//! files in parallel; [`ask`] queries the knowledge base. See `DESIGN.md`.
//!
//! ```no_run
//! use whosaid::{Config, Document, Pipeline};
//! let pipeline = Pipeline::new(Config::default())?;
//! let doc = Document::new("d1", "« Nous partons », a déclaré le ministre Jean Dupont.");
//! for q in pipeline.process(&doc).quotes {
//!     println!("{} ({})", &doc.text[q.start..q.end], q.kind.as_str());
//! }
//! # Ok::<(), whosaid::Error>(())
//! ```

pub mod ask;
pub mod batch;
pub mod bytescan;
pub mod document;
pub mod entities;
pub mod error;
pub mod fxhash;
pub mod gazetteer;
pub mod input;
pub mod lang;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod quotes;
pub mod record;
pub mod segment;
pub mod store;
pub mod tsv;
pub mod vocab;

pub use document::Document;
pub use error::{Error, Result};
pub use pipeline::{Analysis, Config, Pipeline};
