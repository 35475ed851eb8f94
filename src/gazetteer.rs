//! Gazetteers: curated name lists matched with one Aho-Corasick automaton.
//!
//! File format (TSV, header required, `#` comments):
//!
//! ```text
//! id<TAB>type<TAB>name<TAB>aliases<TAB>kb_id<TAB>flags
//! iso:AM<TAB>LOC<TAB>Arménie<TAB>Armenia<TAB>Q399<TAB>
//! ```
//!
//! `aliases` is `|`-separated; `flags` is comma-separated (`ambiguous`: the form
//! is also a common word, so a match needs context). Matching is case-sensitive,
//! treats ’ and ' alike, accepts a capitalised form of a lower-case name
//! (`groupe de Minsk` → `Groupe de Minsk`), and only keeps word-bounded matches.

use crate::entities::EntityType;
use crate::error::{Error, Result};
use crate::tsv::Table;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, MatchKind, StartKind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One gazetteer entity.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub etype: EntityType,
    pub name: String,
    pub kb_id: String,
    /// The form is also a common word: needs context (not sentence-initial).
    pub ambiguous: bool,
}

/// A match of a gazetteer form in a text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazMatch {
    pub start: usize,
    pub end: usize,
    pub entry: u32,
}

/// All gazetteer entries and the automaton over their forms.
///
/// ```
/// use whosaid::gazetteer::Gazetteer;
/// let g = Gazetteer::from_tsv("id\ttype\tname\taliases\tkb_id\tflags\n\
///                              org:osce\tORG\tOSCE\tOrganisation pour la sécurité et la coopération en Europe\t\t\n").unwrap();
/// let text = "l’OSCE et la CUEILLETTE";
/// let m = g.find(text);
/// assert_eq!(m.len(), 1);
/// assert_eq!(&text[m[0].start..m[0].end], "OSCE");
/// ```
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    ac: Option<AhoCorasick>,
    /// Pattern index → entry index.
    pattern_entry: Vec<u32>,
    /// Non-fatal problems found on load (duplicate ids, shared aliases).
    pub warnings: Vec<String>,
    /// Surface form (apostrophes folded) → entry.
    forms: crate::fxhash::FxHashMap<String, u32>,
    /// The automaton's patterns, in pattern order.
    patterns: Vec<String>,
}

struct Builder {
    entries: Vec<Entry>,
    by_id: HashMap<String, u32>,
    forms: HashMap<String, u32>,
    patterns: Vec<String>,
    pattern_entry: Vec<u32>,
    warnings: Vec<String>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            entries: Vec::new(),
            by_id: HashMap::new(),
            forms: HashMap::new(),
            patterns: Vec::new(),
            pattern_entry: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn add_table(&mut self, table: &Table) -> Result<()> {
        for row in &table.rows {
            let id = table.get(row, "id");
            let name = table.get(row, "name");
            let ty = table.get(row, "type");
            if id.is_empty() {
                return Err(table.error(row, "empty `id`"));
            }
            if name.is_empty() {
                return Err(table.error(row, "empty `name`"));
            }
            let etype = EntityType::parse(ty)
                .ok_or_else(|| table.error(row, format!("type `{ty}` is not one of PER, LOC, ORG")))?;
            let mut ambiguous = false;
            for flag in table.get(row, "flags").split(',').map(str::trim).filter(|f| !f.is_empty()) {
                match flag {
                    "ambiguous" => ambiguous = true,
                    other => return Err(table.error(row, format!("unknown flag `{other}` (known: ambiguous)"))),
                }
            }
            let where_ = format!("{}:{}", table.path.display(), row.line);
            let idx = match self.by_id.get(id) {
                Some(&i) => {
                    self.warnings
                        .push(format!("{where_}: duplicate id `{id}`: its aliases are added to the first entry"));
                    i
                }
                None => {
                    let i = self.entries.len() as u32;
                    self.entries.push(Entry {
                        id: id.to_string(),
                        etype,
                        name: name.to_string(),
                        kb_id: table.get(row, "kb_id").to_string(),
                        ambiguous,
                    });
                    self.by_id.insert(id.to_string(), i);
                    i
                }
            };
            let aliases = table.get(row, "aliases");
            for form in std::iter::once(name).chain(aliases.split('|')).map(str::trim).filter(|f| !f.is_empty()) {
                self.add_form(form, idx, &where_);
            }
        }
        Ok(())
    }

    fn add_form(&mut self, form: &str, idx: u32, where_: &str) {
        let key = fold_apostrophes(form);
        if let Some(&other) = self.forms.get(&key) {
            if other != idx {
                self.warnings.push(format!(
                    "{where_}: alias `{form}` of `{}` is already an alias of `{}`: the first is kept",
                    self.entries[idx as usize].id, self.entries[other as usize].id
                ));
            }
            return;
        }
        self.forms.insert(key.clone(), idx);
        let mut variants = vec![key.clone()];
        if key.contains('\'') {
            variants.push(key.replace('\'', "’"));
        }
        // A lower-case name can open a sentence: accept its capitalised form.
        let mut chars = key.chars();
        if let Some(first) = chars.next() {
            if first.is_lowercase() {
                let cap: String = first.to_uppercase().chain(chars).collect();
                if !self.forms.contains_key(&cap) {
                    variants.push(cap.replace('\'', "’"));
                    variants.push(cap);
                }
            }
        }
        variants.sort();
        variants.dedup();
        for v in variants {
            self.patterns.push(v);
            self.pattern_entry.push(idx);
        }
    }

    fn build(self) -> Result<Gazetteer> {
        let ac = if self.patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .start_kind(StartKind::Both)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&self.patterns)
                    .map_err(|e| Error::Usage(format!("cannot build the gazetteer automaton: {e}")))?,
            )
        };
        let forms = self.forms.into_iter().collect();
        Ok(Gazetteer {
            entries: self.entries,
            ac,
            pattern_entry: self.pattern_entry,
            warnings: self.warnings,
            forms,
            patterns: self.patterns,
        })
    }
}

/// Map ’ and ʼ to ' so that both spellings are one form.
pub fn fold_apostrophes(s: &str) -> String {
    s.replace(['’', 'ʼ'], "'")
}

/// Columns every gazetteer file must have.
pub const REQUIRED_COLUMNS: &[&str] = &["id", "type", "name"];

impl Gazetteer {
    /// Load gazetteer files; folders are searched recursively for `*.tsv`
    /// (sorted by path). Earlier files win when two entities share a form.
    pub fn load(paths: &[PathBuf]) -> Result<Gazetteer> {
        let mut b = Builder::new();
        for file in gazetteer_files(paths)? {
            let table = Table::read(&file, REQUIRED_COLUMNS)?;
            b.add_table(&table)?;
        }
        b.build()
    }

    /// Build from TSV text (tests, embedding).
    pub fn from_tsv(text: &str) -> Result<Gazetteer> {
        let mut b = Builder::new();
        b.add_table(&Table::parse("<inline>", text, REQUIRED_COLUMNS)?)?;
        b.build()
    }

    /// The surface patterns of the automaton (every form and its variants), so
    /// that a benchmark can scan the same bytes with the same patterns.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Number of surface patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.pattern_entry.len()
    }

    /// Word-bounded, leftmost-longest, non-overlapping matches in `text`.
    ///
    /// A leftmost-longest match that is glued to a word gives way to a
    /// shorter form at the same start (« France » in « France 2016 », where
    /// « France 2 » is also a name); with none (« Iran » in « Iranien »), the
    /// search resumes one character later.
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        let Some(ac) = &self.ac else { return Vec::new() };
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = ac.find(aho_corasick::Input::new(text).span(pos..text.len())) else { break };
            // Longest first; when glued to a word (« France 2 » in « France 2016 »),
            // shorter forms at the same start (« France »).
            let mut cur = Some(m);
            while let Some(c) = cur {
                if word_bounded(text, c.start(), c.end()) {
                    break;
                }
                let shorter = aho_corasick::Input::new(text).span(c.start()..c.end() - 1).anchored(Anchored::Yes);
                cur = ac.find(shorter);
            }
            match cur {
                Some(c) => {
                    let entry = self.pattern_entry[c.pattern().as_usize()];
                    out.push(GazMatch { start: c.start(), end: c.end(), entry });
                    pos = c.end();
                }
                None => pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// The entry whose form is exactly `form` (’ and ' alike), if any.
    ///
    /// ```
    /// use whosaid::gazetteer::Gazetteer;
    /// let g = Gazetteer::from_tsv("id\ttype\tname\naf:kyiv\tLOC\tKyiv\n").unwrap();
    /// assert!(g.lookup("Kyiv").is_some());
    /// assert!(g.lookup("KYIV").is_none());
    /// ```
    pub fn lookup(&self, form: &str) -> Option<u32> {
        self.forms.get(&fold_apostrophes(form)).copied()
    }

    /// The entry behind a match.
    pub fn entry(&self, idx: u32) -> &Entry {
        &self.entries[idx as usize]
    }
}

/// The gazetteer files named by `paths` (files as given, folders walked).
pub fn gazetteer_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(format!("cannot read gazetteer {}", p.display()), e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk_tsv(p, &mut found, 0)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk_tsv(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) -> Result<()> {
    if depth > 16 {
        return Ok(());
    }
    let rd = std::fs::read_dir(dir).map_err(|e| Error::io(format!("cannot list {}", dir.display()), e))?;
    for entry in rd.flatten() {
        let path = entry.path();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            walk_tsv(&path, out, depth + 1)?;
        } else if path.extension().is_some_and(|e| e == "tsv") {
            out.push(path);
        }
    }
    Ok(())
}

/// A word character for boundary purposes.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when `text[start..end]` is not glued to a word on either side.
/// A hyphen between letters is part of a word (`Haut-Karabakh`), an
/// apostrophe is not (`l’OSCE`).
pub fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>, beyond: Option<char>| match c {
        Some(c) if is_word(c) => true,
        Some('-') => beyond.is_some_and(is_word),
        _ => false,
    };
    let before2 = before.and_then(|b| text[..start - b.len_utf8()].chars().next_back());
    let after2 = after.and_then(|a| text[end + a.len_utf8()..].chars().next());
    !glued(before, before2) && !glued(after, after2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: &str = "id\ttype\tname\taliases\tkb_id\tflags\n\
        iso:IR\tLOC\tIran\t\t\t\n\
        org:eu\tORG\tUE\tUnion européenne|EU\t\t\n\
        loc:nk\tLOC\tHaut-Karabakh\tKarabakh|Nagorno-Karabakh\t\t\n\
        org:minsk\tORG\tgroupe de Minsk\t\t\t\n\
        org:dos\tORG\tDépartement d’État\t\t\t\n";

    fn found(text: &str) -> Vec<&str> {
        let g = Gazetteer::from_tsv(G).unwrap();
        g.find(text).iter().map(|m| &text[m.start..m.end]).collect()
    }

    #[test]
    fn word_boundaries() {
        assert_eq!(found("Irane, CUEILLIR, Iran."), ["Iran"]);
    }

    #[test]
    fn longest_wins_and_hyphen_is_internal() {
        assert_eq!(found("le Haut-Karabakh et le Karabakh"), ["Haut-Karabakh", "Karabakh"]);
    }

    #[test]
    fn apostrophes_and_capitalisation() {
        assert_eq!(found("Le Département d'État. Groupe de Minsk"), ["Département d'État", "Groupe de Minsk"]);
    }

    #[test]
    fn bad_type_is_a_line_numbered_error() {
        let e = Gazetteer::from_tsv("id\ttype\tname\n# c\nx\tPERSON\tX\n").err().unwrap();
        assert_eq!(e.to_string(), "<inline>:3: type `PERSON` is not one of PER, LOC, ORG");
    }

    #[test]
    fn shared_alias_warns() {
        let g = Gazetteer::from_tsv("id\ttype\tname\taliases\na\tLOC\tGeorgia\t\nb\tLOC\tGéorgie\tGeorgia\n").unwrap();
        assert_eq!(g.warnings.len(), 1);
    }
}
