//! Knowledge-base outputs: `about`, `entity_index.csv`, JSON Lines against the
//! CSVs, and the SQLite store (idempotent, incremental, crash-consistent).

mod common;
use common::{bin, table};

use rusqlite::Connection;
use std::fs;
use std::path::Path;

fn extract(args: &[&str]) {
    let o = bin().arg("extract").arg("--quiet").args(args).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// A small hand-checked corpus: two documents, two quotes.
fn corpus(dir: &Path) -> std::path::PathBuf {
    let p = dir.join("kb.jsonl");
    let docs = [
        serde_json::json!({"id": "d1", "date": "2024-03-01", "text":
            "Le ministre Paul Roux est arrivé à Lyon. « Lyon et Marseille doivent coopérer », a déclaré Paul Roux."}),
        serde_json::json!({"id": "d2", "date": "2024-03-02", "text":
            "La maire Anne Leroy a estimé que Paul Roux se trompait sur Marseille."}),
    ];
    fs::write(&p, docs.iter().map(|d| d.to_string() + "\n").collect::<String>()).unwrap();
    p
}

#[test]
fn about_lists_the_entities_inside_the_quote() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let out = dir.path().join("out");
    extract(&[input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let q = table(&out.join("quotes.csv"));
    let d1 = q.iter().find(|r| r["doc_id"] == "d1").unwrap();
    assert_eq!(d1["text"], "Lyon et Marseille doivent coopérer");
    let about: Vec<&str> = d1["about"].split('|').collect();
    assert_eq!(about.len(), 2, "{about:?}");
    let ents = table(&out.join("entities.csv"));
    let id_of = |name: &str| ents.iter().find(|e| e["text"] == name).unwrap()["entity_id"].clone();
    assert_eq!(about, [id_of("Lyon"), id_of("Marseille")]);
    assert_eq!(d1["speaker_entity_id"], id_of("Paul Roux"));
    let d2 = q.iter().find(|r| r["doc_id"] == "d2").unwrap();
    assert_eq!(d2["about"].split('|').collect::<Vec<_>>(), [id_of("Paul Roux"), id_of("Marseille")]);
}

#[test]
fn entity_index_counts() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let out = dir.path().join("out");
    extract(&[input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let idx = table(&out.join("entity_index.csv"));
    let ids: Vec<&str> = idx.iter().map(|r| r["entity_id"].as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "sorted by entity_id");
    let row = |name: &str| idx.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("{name} in {idx:?}"));
    // Paul Roux: 2 mentions in d1, 1 in d2; speaker of the d1 quote; named inside the d2 claim.
    let roux = row("Paul Roux");
    assert_eq!((&roux["documents"][..], &roux["mentions"][..]), ("2", "3"));
    assert_eq!((&roux["quotes_as_speaker"][..], &roux["quotes_about"][..]), ("1", "1"));
    assert_eq!(roux["aliases"], "Paul Roux");
    let lyon = row("Lyon");
    assert_eq!((&lyon["documents"][..], &lyon["mentions"][..], &lyon["quotes_about"][..]), ("1", "2", "1"));
    let marseille = row("Marseille");
    assert_eq!((&marseille["documents"][..], &marseille["quotes_about"][..]), ("2", "2"));
    assert_eq!(row("Anne Leroy")["quotes_as_speaker"], "1");
}

#[test]
fn jsonl_holds_the_same_content_as_the_csvs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    extract(&[samples.to_str().unwrap(), "--out", out.to_str().unwrap(), "--format", "both"]);
    let ents = table(&out.join("entities.csv"));
    let quotes = table(&out.join("quotes.csv"));
    let docs = table(&out.join("documents.csv"));
    let lines: Vec<serde_json::Value> = fs::read_to_string(out.join("documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), docs.len());
    let (mut e, mut q) = (0, 0);
    for (rec, d) in lines.iter().zip(&docs) {
        assert_eq!(rec["doc_id"], d["doc_id"].as_str());
        assert_eq!(rec["status"], d["status"].as_str());
        for m in rec["entities"].as_array().unwrap() {
            let row = &ents[e];
            e += 1;
            for k in ["entity_id", "name", "type", "text", "source", "kb_id"] {
                assert_eq!(m[k], row[k].as_str(), "{k}");
            }
            assert_eq!(m["start"].to_string(), row["start"]);
            assert_eq!(m["end"].to_string(), row["end"]);
        }
        for x in rec["quotes"].as_array().unwrap() {
            let row = &quotes[q];
            q += 1;
            for k in [
                "quote_id",
                "kind",
                "text",
                "speaker",
                "speaker_name",
                "speaker_entity_id",
                "speaker_type",
                "cue",
                "rule",
            ] {
                assert_eq!(x[k], row[k].as_str(), "{k}");
            }
            let about: Vec<&str> = x["about"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            assert_eq!(about.join("|"), row["about"]);
        }
    }
    assert_eq!((e, q), (ents.len(), quotes.len()));
}

/// Every table, rows sorted, as text: what "the same database" means.
fn dump(db: &Path) -> Vec<String> {
    let c = Connection::open(db).unwrap();
    let mut out = Vec::new();
    for t in ["documents", "entities", "mentions", "quotes", "quote_about"] {
        let mut st = c.prepare(&format!("SELECT * FROM {t}")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                Ok((0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect::<Vec<_>>().join("\t"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.push(format!("{t}: {} rows", rows.len()));
        out.extend(rows);
    }
    out
}

fn consistent(db: &Path) {
    let c = Connection::open(db).unwrap();
    let ok: String = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");
    let fk: i64 = c.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(fk, 0, "foreign keys broken");
}

#[test]
fn database_rerun_is_idempotent_and_changed_documents_are_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(dir.path());
    let db = dir.path().join("kb.db");
    let (i, d) = (input.to_str().unwrap(), db.to_str().unwrap());
    extract(&[i, "--format", "none", "--db", d]);
    let first = dump(&db);
    assert!(first.iter().any(|l| l.starts_with("quotes: 2 rows")), "{first:?}");
    extract(&[i, "--format", "none", "--db", d]);
    assert_eq!(dump(&db), first, "a second run changes nothing");
    // Change d2: its rows are replaced, d1's stay.
    let changed = fs::read_to_string(&input).unwrap().replace("se trompait sur Marseille", "avait raison sur Toulouse");
    fs::write(&input, changed).unwrap();
    extract(&[i, "--format", "none", "--db", d]);
    consistent(&db);
    let c = Connection::open(&db).unwrap();
    let text: String = c.query_row("SELECT text FROM quotes WHERE doc_id = 'd2'", [], |r| r.get(0)).unwrap();
    assert_eq!(text, "Paul Roux avait raison sur Toulouse");
    let n: i64 = c.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 2);
    let old: i64 = c
        .query_row("SELECT count(*) FROM mentions WHERE doc_id = 'd2' AND text = 'Marseille'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(old, 0, "old rows of the changed document are gone");
}

#[test]
fn killed_run_leaves_the_database_consistent() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("big.jsonl");
    let sample =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/003_1c197e62a4ef85a6.txt")).unwrap();
    let mut body = String::new();
    for k in 0..2500 {
        body.push_str(
            &serde_json::json!({"id": format!("doc{k}"), "text": format!("{sample}\nNuméro {k}.")}).to_string(),
        );
        body.push('\n');
    }
    fs::write(&input, body).unwrap();
    let db = dir.path().join("kb.db");
    let mut child =
        bin().args(["extract", "--quiet", "--format", "none", "--db"]).arg(&db).arg(&input).spawn().unwrap();
    // Kill once the first batches are committed.
    let start = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let done = child.try_wait().unwrap().is_some();
        let rows = Connection::open(&db)
            .ok()
            .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)).ok())
            .unwrap_or(0);
        if done || rows > 0 || start.elapsed().as_secs() > 120 {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    consistent(&db);
    let c = Connection::open(&db).unwrap();
    // Whole batches only: every stored document has its quotes.
    let without: i64 = c
        .query_row(
            "SELECT count(*) FROM documents d WHERE status = 'ok' AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.doc_id = d.doc_id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(without, 0);
    drop(c);
    // Finishing the run gives the same database as one clean run.
    extract(&["--format", "none", "--db", db.to_str().unwrap(), input.to_str().unwrap()]);
    let clean = dir.path().join("clean.db");
    extract(&["--format", "none", "--db", clean.to_str().unwrap(), input.to_str().unwrap()]);
    assert_eq!(dump(&db), dump(&clean));
}

#[test]
fn ask_about_and_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kb.db");
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    extract(&["--format", "none", "--db", db.to_str().unwrap(), samples.to_str().unwrap()]);
    let o = bin().args(["ask", "--db"]).arg(&db).args(["--about", "Haut-Karabakh"]).output().unwrap();
    assert!(o.status.success());
    let table = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<&str> = table.lines().skip(1).collect();
    assert!(rows.len() >= 5, "{table}");
    assert!(
        rows.iter().all(|r| r.contains("Haut-Karabakh") || r.contains("Haut-Karabagh") || r.contains("Karabakh")),
        "{table}"
    );
    let o = bin().args(["ask", "--db"]).arg(&db).args(["--speaker", "lavrov"]).output().unwrap();
    let table = String::from_utf8(o.stdout).unwrap();
    assert!(table.lines().skip(1).count() >= 3, "{table}");
    assert!(table.lines().skip(1).all(|l| l.starts_with("Sergueï Lavrov")), "{table}");
}
