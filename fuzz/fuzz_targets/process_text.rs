//! Arbitrary bytes → lossy UTF-8 → `Pipeline::process`; every offset must be
//! a char boundary inside the text, and code-point offsets must round-trip.
#![no_main]
use libfuzzer_sys::fuzz_target;
use whosaid::Document;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let doc = Document::new("fuzz", text);
    assert!(doc.body_start <= doc.text.len() && doc.text.is_char_boundary(doc.body_start));
    whosaid_fuzz::process_and_check(&doc);
});
