//! Questions to the knowledge base: the quotes of a speaker, or the quotes
//! about an entity. Names match an entity's name, id or any surface form,
//! ignoring case and accents.

use crate::error::{Error, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;

/// One answer row.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub speaker: String,
    pub date: String,
    pub kind: String,
    pub text: String,
    pub doc_id: String,
}

/// What to ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Quotes whose speaker is the entity.
    Speaker,
    /// Quotes that mention the entity.
    About,
}

/// Lower-case and strip accents, for name matching.
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ÿ' | 'ý' => 'y',
            '’' | 'ʼ' => '\'',
            c => c,
        })
        .collect()
}

/// Register `fold(text)` as an SQL function.
pub fn register_fold(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function("fold", 1, FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC, |ctx| {
        let s: String = ctx.get(0)?;
        Ok(fold(&s))
    })
}

/// Entity ids whose name, id or a surface form matches `name`.
/// A whole-word part of the name counts too (« Lavrov » finds « Sergueï Lavrov »).
const MATCHING: &str = "SELECT entity_id FROM entities
                          WHERE fold(name) = fold(?1) OR entity_id = ?1
                             OR ' ' || fold(name) || ' ' LIKE '% ' || fold(?1) || ' %'
                        UNION SELECT entity_id FROM mentions WHERE fold(text) = fold(?1)";

/// The quotes of, or about, the entity called `name`, in document order.
pub fn ask(conn: &Connection, q: Question, name: &str) -> Result<Vec<Answer>> {
    let sql = match q {
        Question::Speaker => format!(
            "SELECT CASE WHEN q.speaker_name != '' THEN q.speaker_name ELSE q.speaker END, COALESCE(d.date, ''), q.kind, q.text, q.doc_id
             FROM quotes q JOIN documents d ON d.doc_id = q.doc_id
             WHERE q.speaker_entity_id IN ({MATCHING})
             ORDER BY q.doc_id, q.\"start\""
        ),
        Question::About => format!(
            "SELECT CASE WHEN q.speaker_name != '' THEN q.speaker_name ELSE q.speaker END, COALESCE(d.date, ''), q.kind, q.text, q.doc_id
             FROM quotes q JOIN documents d ON d.doc_id = q.doc_id
             WHERE q.quote_id IN (SELECT quote_id FROM quote_about WHERE entity_id IN ({MATCHING}))
             ORDER BY q.doc_id, q.\"start\""
        ),
    };
    let err = |e: rusqlite::Error| Error::Usage(format!("query failed: {e}"));
    let mut stmt = conn.prepare(&sql).map_err(err)?;
    let rows = stmt
        .query_map([name], |r| {
            Ok(Answer { speaker: r.get(0)?, date: r.get(1)?, kind: r.get(2)?, text: r.get(3)?, doc_id: r.get(4)? })
        })
        .map_err(err)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(err)
}

/// Print answers as an aligned text table.
pub fn print_table(answers: &[Answer], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let w_speaker = answers.iter().map(|a| a.speaker.chars().count()).max().unwrap_or(7).clamp(7, 40);
    let w_date = answers.iter().map(|a| a.date.chars().count()).max().unwrap_or(4).max(4);
    writeln!(out, "{:<w_speaker$}  {:<w_date$}  {:<8}  {:<24}  text", "speaker", "date", "kind", "document")?;
    for a in answers {
        let speaker: String = a.speaker.chars().take(w_speaker).collect();
        let text = a.text.replace('\n', " ");
        writeln!(out, "{:<w_speaker$}  {:<w_date$}  {:<8}  {:<24}  {}", speaker, a.date, a.kind, a.doc_id, text)?;
    }
    Ok(())
}
