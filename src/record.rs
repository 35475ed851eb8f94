//! One document's results in output form: code-point offsets, resolved names,
//! `about` lists. Every writer (CSV, JSON Lines, SQLite) consumes these
//! records, so the three outputs hold the same content by construction.

use crate::document::{CharOffsets, Document};
use crate::pipeline::Analysis;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::borrow::Cow;

/// A document row with its mentions and quotes.
///
/// The ids, names and knowledge-base ids of listed entities are borrowed
/// from the pipeline's gazetteer (`'p`), like the [`Analysis`] they come
/// from: a mention of a listed entity copies only its own text.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DocRecord<'p> {
    pub doc_id: String,
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// `fr`, `en`, `und`; empty for rejected documents.
    pub lang: String,
    /// Length in code points.
    pub chars: usize,
    /// `ok` or `error`.
    pub status: &'static str,
    pub message: String,
    /// SHA-256 of the text and metadata (hex), filled when a database is
    /// written ([`DocRecord::with_hash`]); empty otherwise.
    pub content_hash: String,
    pub entities: Vec<MentionRecord<'p>>,
    pub quotes: Vec<QuoteRecord<'p>>,
}

/// One entity mention.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct MentionRecord<'p> {
    pub entity_id: Cow<'p, str>,
    pub name: Cow<'p, str>,
    #[serde(rename = "type")]
    pub etype: &'static str,
    pub kb_id: Cow<'p, str>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `gazetteer`, `alias` or `rule:<name>`.
    pub source: &'static str,
}

/// One quote or claim.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuoteRecord<'p> {
    pub quote_id: String,
    pub kind: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub speaker: String,
    pub speaker_name: Cow<'p, str>,
    pub speaker_entity_id: Cow<'p, str>,
    pub speaker_type: &'static str,
    pub cue: String,
    pub confidence: f32,
    pub rule: &'static str,
    /// Entity ids mentioned inside the quote, in order of first mention.
    pub about: Vec<Cow<'p, str>>,
}

/// `<doc id>:q<n>`, in one allocation (`format!` with the id as an
/// argument cost about 600 instructions a quote).
fn quote_id(doc_id: &str, n: usize) -> String {
    use std::fmt::Write;
    let mut id = String::with_capacity(doc_id.len() + 8);
    id.push_str(doc_id);
    let _ = write!(id, ":q{n}");
    id
}

/// Content hash of a document: what incremental database runs compare.
pub fn content_hash(doc: &Document) -> String {
    let mut h = Sha256::new();
    for part in [
        doc.text.as_str(),
        doc.title.as_deref().unwrap_or(""),
        doc.date.as_deref().unwrap_or(""),
        doc.url.as_deref().unwrap_or(""),
    ] {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

impl<'p> DocRecord<'p> {
    /// Build the record of an analysed document.
    pub fn new(doc: &Document, a: &Analysis<'p>) -> DocRecord<'p> {
        let map = CharOffsets::new(&doc.text);
        let text = doc.text.as_str();
        let entities = a
            .mentions
            .iter()
            .map(|m| {
                let e = &a.entities[m.entity];
                MentionRecord {
                    entity_id: e.id.clone(),
                    name: e.name.clone(),
                    etype: e.etype.as_str(),
                    kb_id: e.kb_id.clone(),
                    text: text[m.start..m.end].to_string(),
                    start: map.char_offset(m.start),
                    end: map.char_offset(m.end),
                    source: m.source.label(),
                }
            })
            .collect();
        let quotes = a
            .quotes
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let (speaker_name, speaker_entity_id) = match q.speaker_entity {
                    Some(i) => (a.entities[i].name.clone(), a.entities[i].id.clone()),
                    None => (Cow::Owned(q.speaker_name.clone()), Cow::Borrowed("")),
                };
                QuoteRecord {
                    quote_id: quote_id(&doc.id, k + 1),
                    kind: q.kind.as_str(),
                    text: text[q.start..q.end].to_string(),
                    start: map.char_offset(q.start),
                    end: map.char_offset(q.end),
                    speaker: q.speaker.map(|(s, e)| text[s..e].to_string()).unwrap_or_default(),
                    speaker_name,
                    speaker_entity_id,
                    speaker_type: if q.speaker.is_some() { q.speaker_type.as_str() } else { "" },
                    cue: q.cue.map(|(s, e)| text[s..e].to_string()).unwrap_or_default(),
                    confidence: q.confidence,
                    rule: q.rule,
                    about: a.about(q).into_iter().map(|i| a.entities[i].id.clone()).collect(),
                }
            })
            .collect();
        DocRecord {
            doc_id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            date: doc.date.clone(),
            url: doc.url.clone(),
            lang: a.lang.to_string(),
            chars: map.char_offset(text.len()),
            status: "ok",
            message: String::new(),
            content_hash: String::new(),
            entities,
            quotes,
        }
    }

    /// Fill the content hash (for the database and JSON Lines).
    pub fn with_hash(mut self, doc: &Document) -> DocRecord<'p> {
        self.content_hash = content_hash(doc);
        self
    }

    /// The record of a document that could not be processed.
    pub fn rejected(doc_id: &str, source: &str, message: &str) -> DocRecord<'p> {
        DocRecord {
            doc_id: doc_id.to_string(),
            source: source.to_string(),
            title: None,
            date: None,
            url: None,
            lang: String::new(),
            chars: 0,
            status: "error",
            message: message.to_string(),
            content_hash: String::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn quote_ids_number_from_one() {
        for n in [1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(super::quote_id("d:7", n), format!("d:7:q{n}"));
        }
    }
}
