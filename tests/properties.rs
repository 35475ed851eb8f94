//! Property tests (issue 6): for arbitrary texts — French words, capitalised
//! names, every kind of quote mark, reporting cues, newlines, emoji and
//! combining characters — every mention and quote span lies on char
//! boundaries inside the text, code-point offsets (what the CSV holds) slice
//! the same text as the byte offsets, mentions and quotes come sorted, and a
//! batch run writes byte-identical tables with 1 and with 2 threads.
//!
//! Case counts are kept small so the file runs in a few seconds; raise them
//! locally with `PROPTEST_CASES=2000 cargo test --release --test properties`.

use proptest::prelude::*;
use proptest::test_runner::{Config as PtConfig, FileFailurePersistence};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use whosaid::document::CharOffsets;
use whosaid::{Analysis, Config, Document, Pipeline};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
        Pipeline::new(Config { data_dir: data, ..Config::default() }).expect("bundled gazetteers load")
    })
}

/// `cases` unless PROPTEST_CASES overrides; no regression files written.
fn cfg(cases: u32) -> PtConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(cases);
    PtConfig { cases, failure_persistence: Some(Box::new(FileFailurePersistence::Off)), ..PtConfig::default() }
}

const PIECES: &[&str] = &[
    // French and English words
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "l’",
    "d’",
    "l'",
    "que",
    "qu’il",
    "et",
    "a",
    "est",
    "il",
    "elle",
    "ministre",
    "président",
    "porte-parole",
    "gouvernement",
    "Parlement",
    "selon",
    "d’après",
    "pour",
    "the",
    "said",
    "told",
    "according",
    "to",
    "minister",
    "he",
    "she",
    "that",
    // capitalised names, places, organisations
    "Jean Dupont",
    "Nikol Pachinian",
    "Ilham Aliev",
    "Emmanuel Macron",
    "Vladimir Poutine",
    "Dmitri Peskov",
    "Marie-Claire",
    "Erevan",
    "Bakou",
    "Moscou",
    "Haut-Karabakh",
    "Arménie",
    "Azerbaïdjan",
    "l’OSCE",
    "OTAN",
    "Union européenne",
    "Kremlin",
    "M.",
    "Mme",
    "Dr",
    "John Smith",
    "Zoë",
    "Ñúñez",
    "ÉTATS-UNIS",
    // quote marks
    "«",
    "»",
    "« ",
    " »",
    "«\u{a0}",
    "\u{a0}»",
    "“",
    "”",
    "\"",
    "„",
    "‘",
    "’",
    "‹",
    "›",
    "'",
    // reporting cues
    "a déclaré",
    ", a déclaré",
    "a-t-il dit",
    "a affirmé que",
    "a-t-elle ajouté",
    "dit-il",
    "estime",
    "selon lui",
    "a indiqué",
    "a souligné",
    "has said",
    "said that",
    // punctuation and spacing
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "…",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{202f}",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    // numbers and header-like tokens
    "2023",
    "12",
    "3,5",
    " date 2023-10 ",
    "url http://x.y ",
    // emoji, flags, ZWJ sequences, combining characters, odd code points
    "😀",
    "👍🏽",
    "🇫🇷",
    "👩‍👩‍👧",
    "e\u{301}",
    "E\u{301}mile",
    "a\u{308}\u{323}",
    "\u{200b}",
    "\u{feff}",
    "\u{0}",
    "\u{fffd}",
    "𝔄𝔟𝔠",
    "中文",
    "Ελλάδα",
    "مرحبا",
    "\u{10ffff}",
    "İ",
    "ß",
    "ﬁ",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// Texts built from the pieces, joined by a space or nothing.
fn text() -> impl Strategy<Value = String> {
    (prop::collection::vec((piece(), any::<bool>()), 0..80))
        .prop_map(|v| v.into_iter().map(|(p, sp)| if sp { p + " " } else { p }).collect())
}

/// A sentence shaped like an attributed quote, with noise around it.
fn quote_sentence() -> impl Strategy<Value = String> {
    let open = prop::sample::select(&["« ", "«\u{a0}", "“", "\"", "„", "‹", ""][..]);
    let close = prop::sample::select(&[" »", "\u{a0}»", "”", "\"", "“", "›", ""][..]);
    let cue = prop::sample::select(&[", a déclaré ", ", a-t-il dit", " a affirmé ", ", said ", " selon ", " "][..]);
    (text(), open, text(), close, cue, piece(), text())
        .prop_map(|(a, o, q, c, cue, who, z)| format!("{a} {o}{q}{c}{cue}{who}. {z}"))
}

/// A quote split by an incise (« A, a-t-il dit, B »), parts possibly empty.
fn incise() -> impl Strategy<Value = String> {
    let open = prop::sample::select(&["« ", "«", "“", "„", "\""][..]);
    let close = prop::sample::select(&[" »", "»", "”", "“", "\""][..]);
    let inv =
        prop::sample::select(&["a-t-il dit", "dit-il", "a-t-elle ajouté", "poursuit-il", "estime-t-il", "said he"][..]);
    let part = prop_oneof![Just(String::new()), Just(" ".to_string()), text()];
    let comma = prop::sample::select(&[",", ", ", " ,", " , "][..]);
    (text(), open, part.clone(), comma.clone(), inv, comma, part, close)
        .prop_map(|(pre, o, a, c1, inv, c2, b, c)| format!("{pre}{o}{a}{c1}{inv}{c2}{b}{c}"))
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => text(),
        3 => prop::collection::vec(quote_sentence(), 1..4).prop_map(|v| v.join("\n")),
        2 => prop::collection::vec(incise(), 1..3).prop_map(|v| v.join(" ")),
        1 => prop::collection::vec(any::<char>(), 0..200).prop_map(|v| v.into_iter().collect()),
    ]
}

/// Every span invariant of one analysis.
fn check(doc: &Document, a: &Analysis) -> Result<(), TestCaseError> {
    let text = doc.text.as_str();
    let map = CharOffsets::new(text);
    let chars: Vec<char> = text.chars().collect();
    let span_ok =
        |s: usize, e: usize| s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e);
    let cp_slice = |s: usize, e: usize| -> String { chars[map.char_offset(s)..map.char_offset(e)].iter().collect() };
    for m in &a.mentions {
        prop_assert!(
            span_ok(m.start, m.end),
            "mention {}..{} invalid (start > end, past the end or off a char boundary) in {:?}",
            m.start,
            m.end,
            text
        );
        prop_assert!(m.entity < a.entities.len());
        prop_assert_eq!(cp_slice(m.start, m.end), &text[m.start..m.end]);
    }
    for w in a.mentions.windows(2) {
        prop_assert!(w[0].start <= w[1].start, "mentions not sorted in {:?}", text);
    }
    for q in &a.quotes {
        prop_assert!(
            span_ok(q.start, q.end),
            "quote {}..{} invalid (start > end, past the end or off a char boundary) in {:?}",
            q.start,
            q.end,
            text
        );
        prop_assert_eq!(cp_slice(q.start, q.end), &text[q.start..q.end]);
        for (s, e) in q.speaker.into_iter().chain(q.cue) {
            prop_assert!(
                span_ok(s, e),
                "speaker/cue {}..{} invalid (start > end, past the end or off a char boundary) in {:?}",
                s,
                e,
                text
            );
        }
        if let Some(i) = q.speaker_entity {
            prop_assert!(i < a.entities.len());
        }
    }
    for w in a.quotes.windows(2) {
        prop_assert!(w[0].start <= w[1].start, "quotes not sorted in {:?}", text);
    }
    prop_assert_eq!(map.char_offset(text.len()), chars.len());
    Ok(())
}

proptest! {
    #![proptest_config(cfg(128))]

    #[test]
    fn spans_are_on_char_boundaries_and_round_trip(t in any_text()) {
        let doc = Document::new("p", t);
        let a = pipeline().process(&doc);
        check(&doc, &a)?;
    }

    #[test]
    fn char_offsets_agree_with_chars_count(t in any_text()) {
        let map = CharOffsets::new(&t);
        for (b, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            prop_assert_eq!(map.char_offset(b), t[..b].chars().count());
        }
    }

    #[test]
    fn quote_marks_are_well_formed(t in any_text()) {
        let spans = whosaid::quotes::marks::find_quotes(&t, 0, t.len());
        for q in &spans {
            prop_assert!(q.open <= q.start && q.start <= q.end && q.end <= q.close && q.close <= t.len());
            for b in [q.open, q.start, q.end, q.close] {
                prop_assert!(t.is_char_boundary(b));
            }
        }
        for w in spans.windows(2) {
            prop_assert!(w[0].open <= w[1].open);
        }
    }
}

// ---------------------------------------------------------------------------
// End to end: 1 thread and 2 threads write byte-identical tables.

fn write_jsonl(dir: &Path, docs: &[(String, String)]) -> PathBuf {
    let p = dir.join("docs.jsonl");
    let mut s = String::new();
    for (i, (title, text)) in docs.iter().enumerate() {
        let line = serde_json::json!({"id": format!("d{i}"), "title": title, "text": text});
        s.push_str(&line.to_string());
        s.push('\n');
    }
    std::fs::write(&p, s).unwrap();
    p
}

fn run_with_threads(n: usize, input: &Path, out: &Path) -> whosaid::output::Totals {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().unwrap();
    pool.install(|| whosaid::batch::run(pipeline(), &[input.to_path_buf()], out, false, &whosaid::batch::Silent))
        .expect("batch run")
}

const TABLES: &[&str] = &["entities.csv", "quotes.csv", "documents.csv"];

proptest! {
    #![proptest_config(cfg(8))]

    #[test]
    fn batch_output_is_identical_for_1_and_2_threads(
        docs in prop::collection::vec((text(), any_text()), 1..7)
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let input = write_jsonl(tmp.path(), &docs);
        let (o1, o2) = (tmp.path().join("t1"), tmp.path().join("t2"));
        let t1 = run_with_threads(1, &input, &o1);
        let t2 = run_with_threads(2, &input, &o2);
        prop_assert_eq!(t1.documents, docs.len());
        prop_assert_eq!(t1.documents, t2.documents);
        for t in TABLES {
            let a = std::fs::read(o1.join(t)).unwrap();
            let b = std::fs::read(o2.join(t)).unwrap();
            prop_assert!(a == b, "{} differs between 1 and 2 threads", t);
        }
        // documents.csv: exactly one row per input line.
        let mut r = csv::Reader::from_path(o1.join("documents.csv")).unwrap();
        prop_assert_eq!(r.records().count(), docs.len());
    }
}

/// The parallel path for real: enough documents for several rayon tasks, run
/// once (not a property: the inputs are fixed, the scheduling varies).
#[test]
fn many_documents_identical_for_1_and_2_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let base = [
        "« Nous partons », a déclaré le ministre Jean Dupont à Erevan.",
        "Selon l’OSCE, le Haut-Karabakh « reste une priorité », a affirmé Nikol Pachinian.",
        "“We will not leave,” said John Smith, the minister. 😀 e\u{301}",
        "Le porte-parole du Kremlin, Dmitri Peskov, a estimé que « rien n’est décidé ».\n« Suite », dit-il.",
    ];
    let docs: Vec<(String, String)> =
        (0..1200).map(|i| (format!("=T{i}"), format!("{} {}", base[i % base.len()], "mot ".repeat(i % 17)))).collect();
    let input = write_jsonl(tmp.path(), &docs);
    let (o1, o2) = (tmp.path().join("t1"), tmp.path().join("t2"));
    run_with_threads(1, &input, &o1);
    run_with_threads(2, &input, &o2);
    for t in TABLES {
        assert!(std::fs::read(o1.join(t)).unwrap() == std::fs::read(o2.join(t)).unwrap(), "{t} differs");
    }
}
