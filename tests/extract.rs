//! End-to-end tests of `whosaid extract`: input formats, table headers,
//! offsets round trip, determinism across thread counts, the formula guard,
//! rejected inputs and fatal errors.

mod common;
use common::{bin, table};

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("whosaid runs")
}

fn extract(inputs: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let mut c = bin();
    c.arg("extract").args(inputs).arg("--out").arg(out).arg("--quiet").args(extra);
    let o = c.output().expect("whosaid runs");
    assert!(o.status.success(), "whosaid failed: {}", String::from_utf8_lossy(&o.stderr));
    o
}

fn header(path: &Path) -> String {
    fs::read_to_string(path).unwrap().lines().next().unwrap_or("").to_string()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// Python-style slicing by code points.
fn slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

#[test]
fn headers_are_exact() {
    let out = tmp();
    extract(&[&samples()], out.path(), &[]);
    assert_eq!(header(&out.path().join("entities.csv")), "doc_id,entity_id,name,type,text,start,end,source,kb_id");
    assert!(header(&out.path().join("quotes.csv")).starts_with(
        "doc_id,quote_id,kind,text,start,end,speaker,speaker_name,speaker_entity_id,speaker_type,cue,confidence"
    ));
    assert_eq!(
        header(&out.path().join("documents.csv")),
        "doc_id,source,title,date,lang,chars,entities,quotes,status,message"
    );
}

#[test]
fn offsets_round_trip_on_the_samples() {
    let out = tmp();
    extract(&[&samples()], out.path(), &[]);
    let mut checked = 0;
    for name in ["entities.csv", "quotes.csv"] {
        for row in table(&out.path().join(name)) {
            let text = fs::read_to_string(samples().join(format!("{}.txt", row["doc_id"]))).unwrap();
            let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
            assert_eq!(slice(&text, s, e), row["text"], "{name} row {row:?}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} rows");
    // The metadata header is recognised, not tagged.
    let docs = table(&out.path().join("documents.csv"));
    let d = docs.iter().find(|d| d["doc_id"] == "000_1bfc30d82954ac3a").unwrap();
    assert_eq!(d["date"], "2023-10");
    assert_eq!(d["lang"], "fr");
    assert_eq!(d["status"], "ok");
    let ents = table(&out.path().join("entities.csv"));
    assert!(ents.iter().all(|r| r["doc_id"] != "000_1bfc30d82954ac3a" || r["start"].parse::<usize>().unwrap() > 13));
}

#[test]
fn output_is_identical_across_thread_counts() {
    let (a, b) = (tmp(), tmp());
    extract(&[&samples()], a.path(), &["--threads", "1"]);
    extract(&[&samples()], b.path(), &["--threads", "2"]);
    for t in ["entities.csv", "quotes.csv", "documents.csv"] {
        assert_eq!(fs::read(a.path().join(t)).unwrap(), fs::read(b.path().join(t)).unwrap(), "{t} differs");
    }
}

const ARTICLE: &str = "« Nous restons prudents », a déclaré le ministre Paul Roux à Lyon.";

#[test]
fn jsonl_input_with_and_without_id_and_gzip() {
    let dir = tmp();
    let p = dir.path().join("batch.jsonl");
    let lines = [
        serde_json::json!({"id": "a1", "text": ARTICLE, "title": "Titre", "date": "2024-01-02", "url": "http://x"}),
        serde_json::json!({"text": ARTICLE}),
    ];
    fs::write(&p, lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
    let gz = dir.path().join("more.ndjson.gz");
    {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(fs::File::create(&gz).unwrap(), flate2::Compression::fast());
        writeln!(e, "{}", serde_json::json!({"id": "g1", "text": ARTICLE})).unwrap();
        e.finish().unwrap();
    }
    let out = tmp();
    extract(&[&p, &gz], out.path(), &[]);
    let docs = table(&out.path().join("documents.csv"));
    let ids: Vec<&str> = docs.iter().map(|d| d["doc_id"].as_str()).collect();
    assert_eq!(ids, ["a1", "batch:2", "g1"]);
    assert_eq!(docs[0]["title"], "Titre");
    assert_eq!(docs[0]["date"], "2024-01-02");
    let quotes = table(&out.path().join("quotes.csv"));
    assert_eq!(quotes.len(), 3);
    assert!(quotes.iter().all(|q| q["text"] == "Nous restons prudents" && q["speaker_name"] == "Paul Roux"));
}

#[test]
fn csv_input() {
    let dir = tmp();
    let p = dir.path().join("articles.csv");
    let mut w = csv::Writer::from_path(&p).unwrap();
    w.write_record(["id", "title", "text"]).unwrap();
    w.write_record(["c1", "Un titre", ARTICLE]).unwrap();
    w.write_record(["", "", "Selon la police, le calme est revenu."]).unwrap();
    w.flush().unwrap();
    let out = tmp();
    extract(&[&p], out.path(), &[]);
    let docs = table(&out.path().join("documents.csv"));
    assert_eq!(docs.iter().map(|d| d["doc_id"].as_str()).collect::<Vec<_>>(), ["c1", "articles:2"]);
    assert_eq!(table(&out.path().join("quotes.csv")).len(), 2);
}

#[test]
fn stdin_jsonl() {
    let out = tmp();
    let mut child =
        bin().args(["extract", "-", "--quiet", "--out"]).arg(out.path()).stdin(Stdio::piped()).spawn().unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{}", serde_json::json!({"id": "s1", "text": ARTICLE})).unwrap();
    }
    assert!(child.wait().unwrap().success());
    assert_eq!(table(&out.path().join("documents.csv"))[0]["doc_id"], "s1");
}

#[test]
fn formula_guard_and_raw() {
    let dir = tmp();
    let p = dir.path().join("evil.jsonl");
    let hostile = ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "\tx", "-2+3"];
    let body: String =
        hostile.iter().map(|h| serde_json::json!({"id": h, "title": h, "text": ARTICLE}).to_string() + "\n").collect();
    fs::write(&p, body).unwrap();
    let out = tmp();
    extract(&[&p], out.path(), &[]);
    for (d, h) in table(&out.path().join("documents.csv")).iter().zip(hostile) {
        assert_eq!(d["doc_id"], format!("'{h}"));
        assert_eq!(d["title"], format!("'{h}"));
    }
    let raw = tmp();
    extract(&[&p], raw.path(), &["--raw"]);
    for (d, h) in table(&raw.path().join("documents.csv")).iter().zip(hostile) {
        assert_eq!(d["doc_id"], h);
    }
}

#[test]
fn rejected_inputs_get_status_rows_and_the_batch_goes_on() {
    let dir = tmp();
    fs::write(dir.path().join("good.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("latin1.txt"), b"Le pr\xe9sident a d\xe9clar\xe9 que tout va bien.").unwrap();
    fs::write(dir.path().join("empty.txt"), "").unwrap();
    fs::write(
        dir.path().join("mixed.jsonl"),
        format!(
            "{}\n{{not json\n{}\n",
            serde_json::json!({"id": "j1", "text": ARTICLE}),
            serde_json::json!({"id": "j3", "text": ARTICLE})
        ),
    )
    .unwrap();
    let missing = dir.path().join("does-not-exist.txt");
    let out = tmp();
    extract(&[dir.path(), &missing], out.path(), &[]);
    let docs = table(&out.path().join("documents.csv"));
    let status = |id: &str| {
        let d = docs.iter().find(|d| d["doc_id"] == id).unwrap_or_else(|| panic!("no row for {id}: {docs:?}"));
        (d["status"].clone(), d["message"].clone())
    };
    assert_eq!(status("good").0, "ok");
    assert_eq!(status("j1").0, "ok");
    assert_eq!(status("j3").0, "ok");
    let (s, m) = status("latin1");
    assert_eq!(s, "error");
    assert!(m.contains("UTF-8"), "{m}");
    let (s, m) = status("empty");
    assert_eq!((s.as_str(), m.as_str()), ("error", "empty document"));
    let (s, m) = status("mixed:2");
    assert_eq!(s, "error");
    assert!(m.contains("malformed JSON"), "{m}");
    let (s, m) = status("does-not-exist");
    assert_eq!(s, "error");
    assert!(m.contains("cannot read"), "{m}");
    assert_eq!(docs.len(), 7);
    // The good documents' quotes are all there.
    let quotes = table(&out.path().join("quotes.csv"));
    let mut ids: Vec<&str> = quotes.iter().map(|q| q["doc_id"].as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["good", "j1", "j3"]);
}

#[test]
fn fatal_errors_exit_non_zero_with_a_message() {
    let dir = tmp();
    // No input at all.
    let o = run(&["extract", dir.path().join("nothing-here").to_str().unwrap(), "--quiet"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no input found"));
    // Output folder not writable: a file is in the way.
    let blocker = dir.path().join("file");
    fs::write(&blocker, "x").unwrap();
    let o = bin().args(["extract", "--quiet", "--out"]).arg(blocker.join("sub")).arg(samples()).output().unwrap();
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot create output folder"));
    // A gazetteer with an error names file and line.
    let gz = dir.path().join("bad.tsv");
    fs::write(&gz, "id\ttype\tname\nx1\tPERSON\tJean Roux\n").unwrap();
    let o = bin().args(["extract", "--quiet", "--gazetteer"]).arg(&gz).arg(samples()).output().unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("bad.tsv:2: type `PERSON` is not one of PER, LOC, ORG"), "{err}");
}

#[test]
fn user_gazetteer_adds_entities() {
    let dir = tmp();
    let gz = dir.path().join("mine.tsv");
    fs::write(&gz, "id\ttype\tname\taliases\tkb_id\tflags\norg:acme\tORG\tAcme Corporation\tAcme\tQ1\t\n").unwrap();
    let doc = dir.path().join("d.txt");
    fs::write(&doc, "Acme a annoncé des résultats record.").unwrap();
    let out = tmp();
    extract(&[&doc], out.path(), &["--gazetteer", gz.to_str().unwrap()]);
    let ents = table(&out.path().join("entities.csv"));
    let acme = ents.iter().find(|e| e["text"] == "Acme").expect("Acme tagged");
    assert_eq!(
        (acme["entity_id"].as_str(), acme["name"].as_str(), acme["kb_id"].as_str()),
        ("org:acme", "Acme Corporation", "Q1")
    );
    assert_eq!(acme["source"], "gazetteer");
}

#[test]
fn crlf_and_bom_text_offsets_follow_python() {
    let dir = tmp();
    let p = dir.path().join("win.txt");
    fs::write(&p, "\u{feff}Intro.\r\n« Tout va bien », a déclaré Paul Roux.\r\n").unwrap();
    let out = tmp();
    extract(&[&p], out.path(), &[]);
    // Python's open(encoding="utf-8-sig") strips the BOM and turns CRLF into LF.
    let text = "Intro.\n« Tout va bien », a déclaré Paul Roux.\n";
    for row in table(&out.path().join("quotes.csv")).iter().chain(table(&out.path().join("entities.csv")).iter()) {
        let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        assert_eq!(slice(text, s, e), row["text"]);
    }
}
