//! The embedded knowledge base: a SQLite database (bundled, nothing to
//! install) that batch runs fill incrementally.
//!
//! Tables: `documents`, `entities`, `mentions`, `quotes`, and `quote_about`
//! (quote → entities it mentions), with foreign keys and indexes on entity and
//! document ids. A document already stored with the same content hash is
//! skipped; a changed one has its rows replaced. Each batch is one
//! transaction, so a run killed midway leaves the database as it was after
//! the last complete batch.

use crate::error::{Error, Result};
use crate::record::DocRecord;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

const SCHEMA: &str = r#"
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
    doc_id       TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    title        TEXT,
    date         TEXT,
    url          TEXT,
    lang         TEXT,
    chars        INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    status       TEXT NOT NULL,
    message      TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    entity_id TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    kb_id     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(entity_id),
    text      TEXT NOT NULL,
    "start"   INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    source    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id          TEXT PRIMARY KEY,
    doc_id            TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    kind              TEXT NOT NULL,
    text              TEXT NOT NULL,
    "start"           INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    speaker           TEXT NOT NULL,
    speaker_name      TEXT NOT NULL,
    speaker_entity_id TEXT REFERENCES entities(entity_id),
    speaker_type      TEXT NOT NULL,
    cue               TEXT NOT NULL,
    confidence        REAL NOT NULL,
    rule              TEXT NOT NULL,
    about             TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id);
CREATE TABLE IF NOT EXISTS quote_about (
    quote_id  TEXT NOT NULL REFERENCES quotes(quote_id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(entity_id),
    PRIMARY KEY (quote_id, entity_id)
);
CREATE INDEX IF NOT EXISTS quote_about_entity ON quote_about(entity_id);
"#;

/// An open knowledge base.
pub struct Store {
    conn: Connection,
}

fn db_err(path: &str, e: rusqlite::Error) -> Error {
    Error::Usage(format!("database {path}: {e}"))
}

impl Store {
    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::io(format!("cannot create the folder of database {p}"), e))?;
        }
        let conn = Connection::open(path).map_err(|e| db_err(&p, e))?;
        conn.execute_batch(SCHEMA).map_err(|e| db_err(&p, e))?;
        crate::ask::register_fold(&conn).map_err(|e| db_err(&p, e))?;
        Ok(Store { conn })
    }

    /// The connection, for queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Whether `doc_id` is stored with this content hash already.
    pub fn unchanged(&self, doc_id: &str, hash: &str) -> Result<bool> {
        let h: Option<String> = self
            .conn
            .query_row("SELECT content_hash FROM documents WHERE doc_id = ?1", [doc_id], |r| r.get(0))
            .optional()
            .map_err(|e| db_err("query", e))?;
        Ok(h.is_some_and(|h| !h.is_empty() && h == hash))
    }

    /// Store a batch of records in one transaction; returns how many were
    /// skipped as unchanged.
    pub fn write_batch(&mut self, records: &[DocRecord]) -> Result<usize> {
        let tx = self.conn.transaction().map_err(|e| db_err("begin", e))?;
        let mut skipped = 0;
        for r in records {
            let old: Option<String> = tx
                .query_row("SELECT content_hash FROM documents WHERE doc_id = ?1", [&r.doc_id], |row| row.get(0))
                .optional()
                .map_err(|e| db_err("query", e))?;
            if old.as_deref().is_some_and(|h| !h.is_empty() && h == r.content_hash) {
                skipped += 1;
                continue;
            }
            insert(&tx, r).map_err(|e| db_err(&r.doc_id, e))?;
        }
        tx.commit().map_err(|e| db_err("commit", e))?;
        Ok(skipped)
    }
}

fn insert(tx: &rusqlite::Transaction, r: &DocRecord) -> rusqlite::Result<()> {
    // Replace: the cascade removes the old mentions, quotes and about links.
    tx.execute("DELETE FROM documents WHERE doc_id = ?1", [&r.doc_id])?;
    tx.execute(
        "INSERT INTO documents (doc_id, source, title, date, url, lang, chars, content_hash, status, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            r.doc_id,
            r.source,
            r.title,
            r.date,
            r.url,
            r.lang,
            r.chars as i64,
            r.content_hash,
            r.status,
            r.message
        ],
    )?;
    let mut ent =
        tx.prepare_cached("INSERT OR IGNORE INTO entities (entity_id, name, type, kb_id) VALUES (?1, ?2, ?3, ?4)")?;
    let mut men = tx.prepare_cached(
        "INSERT INTO mentions (doc_id, entity_id, text, \"start\", \"end\", source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for m in &r.entities {
        ent.execute(params![m.entity_id, m.name, m.etype, m.kb_id])?;
        men.execute(params![r.doc_id, m.entity_id, m.text, m.start as i64, m.end as i64, m.source])?;
    }
    let mut quo = tx.prepare_cached(
        "INSERT INTO quotes (quote_id, doc_id, kind, text, \"start\", \"end\", speaker, speaker_name, speaker_entity_id,
                             speaker_type, cue, confidence, rule, about)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    let mut about = tx.prepare_cached("INSERT OR IGNORE INTO quote_about (quote_id, entity_id) VALUES (?1, ?2)")?;
    for q in &r.quotes {
        let speaker_id = (!q.speaker_entity_id.is_empty()).then_some(&q.speaker_entity_id);
        quo.execute(params![
            q.quote_id,
            r.doc_id,
            q.kind,
            q.text,
            q.start as i64,
            q.end as i64,
            q.speaker,
            q.speaker_name,
            speaker_id,
            q.speaker_type,
            q.cue,
            q.confidence as f64,
            q.rule,
            q.about.join("|")
        ])?;
        for e in &q.about {
            about.execute(params![q.quote_id, e])?;
        }
    }
    Ok(())
}
