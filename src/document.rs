//! Documents as read, their metadata header, and byte → code point offsets.
//!
//! All analysis works on byte offsets into the UTF-8 text; only the writers
//! convert to Unicode code point offsets (what Python's `str` indexing uses),
//! through [`CharOffsets`].

/// One article: its text exactly as read (after decoding) and its metadata.
///
/// ```
/// use whosaid::Document;
/// let d = Document::new("a1", " date 2023-10 Bonjour.");
/// assert_eq!(d.date.as_deref(), Some("2023-10"));
/// assert_eq!(&d.text[d.body_start..], "Bonjour.");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// Identifier: file stem, JSONL `id`, or `<stem>:<line>`.
    pub id: String,
    /// Where it came from (file path, with line for JSONL/CSV).
    pub source: String,
    /// The full text; offsets count from its first character.
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Byte offset where the article body starts (after a metadata header).
    pub body_start: usize,
}

impl Document {
    /// A document whose metadata header (if any) is parsed from the text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let (meta, body_start) = parse_header(&text);
        Document { id: id.into(), text, date: meta.date, url: meta.url, source: String::new(), title: None, body_start }
    }
}

#[derive(Default)]
struct Header {
    date: Option<String>,
    url: Option<String>,
}

/// Recognise a leading metadata header such as ` date 2023-10 ` (scraper
/// output): `key value` pairs for a few known keys, before the body.
fn parse_header(text: &str) -> (Header, usize) {
    let mut h = Header::default();
    let mut pos = 0;
    loop {
        let rest = &text[pos..];
        let trimmed = rest.trim_start_matches([' ', '\t', '\u{a0}']);
        let lead = rest.len() - trimmed.len();
        let Some((key, after_key)) =
            ["date ", "url "].iter().find_map(|k| trimmed.strip_prefix(k).map(|r| (k.trim_end(), r)))
        else {
            break;
        };
        let value_len = after_key.find(char::is_whitespace).unwrap_or(after_key.len());
        let value = &after_key[..value_len];
        let valid = match key {
            "date" => is_date(value),
            _ => value.starts_with("http"),
        };
        if !valid {
            break;
        }
        match key {
            "date" => h.date = Some(value.to_string()),
            _ => h.url = Some(value.to_string()),
        }
        pos += lead + key.len() + 1 + value_len;
        let ws = text[pos..].len() - text[pos..].trim_start().len();
        pos += ws;
    }
    (h, pos)
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_date(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// Maps byte offsets of a text to Unicode code point offsets in O(1) amortised.
///
/// ```
/// use whosaid::document::CharOffsets;
/// let t = "Erevan, « où »";
/// let m = CharOffsets::new(t);
/// let b = t.find('o').unwrap();
/// assert_eq!(m.char_offset(b), t[..b].chars().count());
/// ```
pub struct CharOffsets<'a> {
    text: &'a [u8],
    /// Code points before each 64-byte block; empty when the text is ASCII.
    checkpoints: Vec<u32>,
    /// The last offset asked and its answer: offsets are mostly asked in
    /// order (a mention's start, then its end), and counting on from the
    /// last one reads fewer bytes than counting from the block start.
    last: std::cell::Cell<(usize, usize)>,
}

const BLOCK: usize = 64;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return CharOffsets { text: bytes, checkpoints: Vec::new(), last: Default::default() };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0u32;
        for chunk in bytes.chunks(BLOCK) {
            checkpoints.push(count);
            count += crate::bytescan::count_chars(chunk) as u32;
        }
        checkpoints.push(count);
        CharOffsets { text: bytes, checkpoints, last: Default::default() }
    }

    /// Code point offset of byte offset `byte` (which must be a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let (last_byte, last_chars) = self.last.get();
        let (from, base) = if block * BLOCK < last_byte && last_byte <= byte {
            (last_byte, last_chars)
        } else {
            (block * BLOCK, self.checkpoints[block] as usize)
        };
        let chars = base + crate::bytescan::count_chars(&self.text[from..byte]);
        self.last.set((byte, chars));
        chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_recognised_and_skipped() {
        let d = Document::new("x", " date 2023-09 L’Azerbaïdjan a annoncé");
        assert_eq!(d.date.as_deref(), Some("2023-09"));
        assert!(d.text[d.body_start..].starts_with("L’Azerbaïdjan"));
    }

    #[test]
    fn no_header_means_body_at_zero() {
        let d = Document::new("x", "date limite dépassée");
        assert_eq!(d.body_start, 0);
        assert_eq!(d.date, None);
    }

    #[test]
    fn char_offsets_match_chars_count() {
        let t = "é".repeat(100) + "abc « d » ’x’" + &"z".repeat(70);
        let m = CharOffsets::new(&t);
        for (b, _) in t.char_indices() {
            assert_eq!(m.char_offset(b), t[..b].chars().count());
        }
        // Out of order too: backwards, and jumping back and forth (the
        // answer never depends on the previous question).
        let bounds: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
        for &b in bounds.iter().rev().chain(bounds.iter().step_by(7)).chain(bounds.iter().rev().step_by(3)) {
            assert_eq!(m.char_offset(b), t[..b].chars().count());
        }
        assert_eq!(m.char_offset(t.len()), t.chars().count());
    }
}
