//! Arbitrary bytes written to a temporary `.csv` file, read with
//! `input::read_source`, accepted documents sent through the pipeline.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;
use whosaid::input::{read_source, Item, Source};

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &DIR.get_or_init(|| {
        let d = tempfile::tempdir().expect("temp dir");
        let p = d.path().join("fuzz.csv");
        (d, p)
    })
    .1
}

fuzz_target!(|data: &[u8]| {
    let Some((&sel, body)) = data.split_first() else { return };
    let max = if sel & 1 == 0 { 1 << 20 } else { 32 };
    let path = scratch();
    std::fs::write(path, body).expect("write scratch csv");
    let mut items = Vec::new();
    read_source(&Source::Csv(path.clone()), max, &mut |it| items.push(it));
    for it in &items {
        match it {
            Item::Doc(d) => {
                assert!(!d.id.is_empty());
                assert!(d.text.len() <= max);
                whosaid_fuzz::process_and_check(d);
            }
            Item::Rejected { doc_id, message, .. } => {
                assert!(!doc_id.is_empty());
                assert!(!message.is_empty());
            }
        }
    }
});
