//! Arbitrary bytes → `Gazetteer::from_tsv`. Input is `TSV \0 TEXT`: when the
//! table loads, its matches in TEXT must be word-bounded char-boundary spans,
//! sorted and non-overlapping.
#![no_main]
use libfuzzer_sys::fuzz_target;
use whosaid::gazetteer::{word_bounded, Gazetteer};

fuzz_target!(|data: &[u8]| {
    let (tsv, text) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b"Le ministre Jean Dupont a parl\xc3\xa9 \xc3\xa0 Erevan."[..]),
    };
    let tsv = String::from_utf8_lossy(tsv);
    let text = String::from_utf8_lossy(text);
    let Ok(g) = Gazetteer::from_tsv(&tsv) else { return };
    for e in &g.entries {
        assert!(!e.id.is_empty() && !e.name.is_empty());
    }
    let found = g.find(&text);
    let mut last = 0;
    for m in &found {
        whosaid_fuzz::check_span(&text, m.start, m.end, "gazetteer match");
        assert!(m.start < m.end, "empty match");
        assert!(m.start >= last, "matches overlap or unsorted");
        assert!(word_bounded(&text, m.start, m.end));
        assert!((m.entry as usize) < g.entries.len());
        last = m.end;
    }
});
