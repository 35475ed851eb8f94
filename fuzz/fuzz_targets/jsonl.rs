//! Arbitrary bytes → `input::read_jsonl`; one item per non-blank line, and
//! every accepted document goes through the pipeline.
//! The first byte picks the size limit so the oversized-line path is hit.
#![no_main]
use libfuzzer_sys::fuzz_target;
use whosaid::input::{read_jsonl, Item};

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else { return };
    let max = match sel % 4 {
        0 => 1 << 20,
        1 => 64,
        2 => 16,
        _ => 1,
    };
    let mut items = Vec::new();
    read_jsonl(std::io::Cursor::new(body), "stem", "src", max, &mut |it| items.push(it));
    let lines: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
    let total_lines = lines.iter().enumerate()
        .filter(|(i, l)| !l.is_empty() || *i + 1 < lines.len())
        .count();
    let nonblank = lines.iter().filter(|l| !l.iter().all(u8::is_ascii_whitespace)).count();
    assert!(items.len() <= total_lines, "{} items from {} lines", items.len(), total_lines);
    if max >= body.len() {
        assert_eq!(items.len(), nonblank, "a non-blank line lost or duplicated");
    } else {
        assert!(items.len() >= nonblank, "a non-blank line was lost");
    }
    for it in &items {
        match it {
            Item::Doc(d) => {
                assert!(!d.id.is_empty());
                assert!(!d.text.trim().is_empty());
                whosaid_fuzz::process_and_check(d);
            }
            Item::Rejected { doc_id, message, .. } => {
                assert!(!doc_id.is_empty());
                assert!(!message.is_empty());
            }
        }
    }
});
