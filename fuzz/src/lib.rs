//! Shared helpers for the whosaid fuzz targets: one pipeline per process and
//! the invariants every analysis must satisfy.

use std::path::PathBuf;
use std::sync::OnceLock;
use whosaid::document::CharOffsets;
use whosaid::{Analysis, Config, Document, Pipeline};

/// The bundled data folder: `$WHOSAID_DATA`, else `<repo>/gazetteers`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("WHOSAID_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../gazetteers")))
}

/// The pipeline, loaded once per fuzzing process.
pub fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::new(Config {
            data_dir: data_dir(),
            ..Config::default()
        })
        .expect("load the bundled gazetteers (set WHOSAID_DATA to <repo>/gazetteers)")
    })
}

/// `start <= end <= text.len()` and both on char boundaries.
pub fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what}: bad span {start}..{end} (text len {})",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} not on char boundaries"
    );
}

/// Every invariant of one analysis: spans on char boundaries inside the text,
/// entity indices valid, mentions and quotes sorted, code-point offsets agree
/// with the byte slices (what the CSV writer relies on).
pub fn check_analysis(doc: &Document, a: &Analysis) {
    let text = doc.text.as_str();
    assert!(matches!(a.lang, "fr" | "en" | "und"), "lang {}", a.lang);
    let map = CharOffsets::new(text);
    let cp = |b: usize| map.char_offset(b);
    let chars: Vec<char> = text.chars().collect();
    let cp_slice = |s: usize, e: usize| chars[cp(s)..cp(e)].iter().collect::<String>();
    for m in &a.mentions {
        check_span(text, m.start, m.end, "mention");
        assert!(m.entity < a.entities.len(), "mention entity index out of range");
        assert_eq!(cp_slice(m.start, m.end), &text[m.start..m.end]);
    }
    for w in a.mentions.windows(2) {
        assert!(w[0].start <= w[1].start, "mentions not sorted");
        assert!(w[0].end <= w[1].start, "mentions overlap: {:?} {:?}", w[0], w[1]);
    }
    for q in &a.quotes {
        check_span(text, q.start, q.end, "quote");
        assert_eq!(cp_slice(q.start, q.end), &text[q.start..q.end]);
        if let Some((s, e)) = q.speaker {
            check_span(text, s, e, "speaker");
        }
        if let Some((s, e)) = q.cue {
            check_span(text, s, e, "cue");
        }
        if let Some(i) = q.speaker_entity {
            assert!(i < a.entities.len(), "speaker entity index out of range");
        }
        assert!(q.confidence.is_finite(), "confidence {}", q.confidence);
    }
    for w in a.quotes.windows(2) {
        assert!(w[0].start <= w[1].start, "quotes not sorted");
    }
    assert_eq!(cp(text.len()), chars.len());
}

/// Process a document and check the result.
pub fn process_and_check(doc: &Document) {
    let a = pipeline().process(doc);
    check_analysis(doc, &a);
}
