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

use crate::bytescan::word_at;
use crate::entities::EntityType;
use crate::error::{Error, Result};
use crate::segment::{Token, TokenKind};
use crate::tsv::Table;
use crate::vocab::WordInfo;
use aho_corasick::automaton::Automaton;
use aho_corasick::automaton::StateID;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind, PatternID};
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
    /// The automaton (contiguous NFA) and its anchored start state.
    nfa: Option<(NFA, StateID)>,
    /// Pattern index → entry index.
    pattern_entry: Vec<u32>,
    /// Non-fatal problems found on load (duplicate ids, shared aliases).
    pub warnings: Vec<String>,
    /// Surface form (apostrophes folded) → entry.
    forms: crate::fxhash::FxHashMap<String, u32>,
    /// The automaton's patterns, in pattern order.
    patterns: Vec<String>,
    /// Which texts can start a match (see [`StartFilter`]).
    starts: StartFilter,
}

/// Which byte strings can start a pattern, tested before walking the
/// automaton: most word starts in running text (« le », « des », « mais »)
/// begin no pattern and are rejected with a few bit tests.
///
/// Patterns of one, two and three bytes are kept exactly; patterns of four
/// to seven bytes by their first four bytes, longer ones by their first
/// eight, hashed into bit sets (false positives only cost a walk). The
/// eight-byte level matters: « Pari » opens « Paris » and « Parisiens »
/// alike, and a walk is a chain of cache misses in a large automaton.
#[derive(Clone)]
struct StartFilter {
    single: [bool; 256],
    /// First two bytes of every longer pattern, one bit per byte pair: the
    /// cheap first test.
    prefixes: Vec<u64>,
    /// Two-byte patterns, one bit per byte pair.
    pairs: Vec<u64>,
    /// Hashed first three bytes of three-byte patterns.
    triples: Vec<u64>,
    /// Hashed first four bytes of patterns of four to seven bytes.
    quads: Vec<u64>,
    /// Hashed first eight bytes of longer patterns.
    octets: Vec<u64>,
}

const FILTER_BITS: u32 = 20;

fn filter_slot(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> (32 - FILTER_BITS)) as usize
}

fn filter_slot8(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

fn set_bit(bits: &mut [u64], k: usize) {
    bits[k >> 6] |= 1 << (k & 63);
}

fn bit(bits: &[u64], k: usize) -> bool {
    bits[k >> 6] & (1 << (k & 63)) != 0
}

impl StartFilter {
    fn new<'p>(patterns: impl Iterator<Item = &'p [u8]>) -> StartFilter {
        let words = 1 << (FILTER_BITS - 6);
        let mut f = StartFilter {
            single: [false; 256],
            prefixes: vec![0; 1024],
            pairs: vec![0; 1024],
            triples: vec![0; words],
            quads: vec![0; words],
            octets: vec![0; words],
        };
        for p in patterns {
            if let [a, b, ..] = *p {
                set_bit(&mut f.prefixes, (a as usize) << 8 | b as usize);
            }
            match *p {
                [] => {}
                [a] => f.single[a as usize] = true,
                [a, b] => set_bit(&mut f.pairs, (a as usize) << 8 | b as usize),
                [a, b, c] => set_bit(&mut f.triples, filter_slot(u32::from_le_bytes([a, b, c, 0]))),
                [a, b, c, d, ..] => match word_at(p, 0) {
                    Some(first8) => set_bit(&mut f.octets, filter_slot8(first8)),
                    None => set_bit(&mut f.quads, filter_slot(u32::from_le_bytes([a, b, c, d]))),
                },
            }
        }
        f
    }

    /// Can a pattern start at byte `i` of `b` (`i < b.len()`)?
    #[inline(always)]
    fn may_start(&self, b: &[u8], i: usize) -> bool {
        let a = b[i];
        if self.single[a as usize] {
            return true;
        }
        let Some(&b2) = b.get(i + 1) else { return false };
        let pair = (a as usize) << 8 | b2 as usize;
        if !bit(&self.prefixes, pair) {
            return false;
        }
        if bit(&self.pairs, pair) {
            return true;
        }
        let Some(&c) = b.get(i + 2) else { return false };
        if bit(&self.triples, filter_slot(u32::from_le_bytes([a, b2, c, 0]))) {
            return true;
        }
        let Some(&d) = b.get(i + 3) else { return false };
        if bit(&self.quads, filter_slot(u32::from_le_bytes([a, b2, c, d]))) {
            return true;
        }
        word_at(b, i).is_some_and(|first8| bit(&self.octets, filter_slot8(first8)))
    }
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
        let nfa = if self.patterns.is_empty() {
            None
        } else {
            let nfa = NFA::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&self.patterns)
                .map_err(|e| Error::Usage(format!("cannot build the gazetteer automaton: {e}")))?;
            let start = nfa
                .start_state(Anchored::Yes)
                .map_err(|e| Error::Usage(format!("cannot build the gazetteer automaton: {e}")))?;
            Some((nfa, start))
        };
        let forms = self.forms.into_iter().collect();
        let starts = StartFilter::new(self.patterns.iter().map(|p| p.as_bytes()));
        Ok(Gazetteer {
            starts,
            entries: self.entries,
            nfa,
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
    ///
    /// This tokenizes `text`; the pipeline, which has the tokens already,
    /// calls [`Gazetteer::find_in_tokens`].
    pub fn find(&self, text: &str) -> Vec<GazMatch> {
        self.find_in_tokens(text, 0, &crate::segment::tokenize(text, 0, text.len()), None)
    }

    /// The matches of [`Gazetteer::find`] in `text`, found from its tokens
    /// (offsets of `tokens` are `base` + offsets into `text`).
    ///
    /// `words`, when given, is what a vocabulary built with this gazetteer
    /// knows of each token ([`crate::vocab::Vocabulary::annotate`]): a word
    /// that is the first token of no form is then skipped without a walk
    /// (most words, and most capitalised ones).
    ///
    /// An accepted match is not glued to a word on its left, and no pattern
    /// starts with white space (forms are trimmed), so it can only start at a
    /// token start or after a joiner inside a word (« O'Brien »): the
    /// automaton is walked anchored from those positions only, behind a start
    /// filter. The same matches as an unanchored leftmost-longest scan (kept
    /// as the test oracle below), at a fraction of the cost.
    ///
    /// ```
    /// use whosaid::gazetteer::Gazetteer;
    /// use whosaid::segment::tokenize;
    /// let g = Gazetteer::from_tsv("id\ttype\tname\nper:ob\tPER\tBrien\n").unwrap();
    /// let t = "Conan O'Brien, Brien-Nord";
    /// let m = g.find_in_tokens(t, 0, &tokenize(t, 0, t.len()), None);
    /// assert_eq!(m.len(), 1);
    /// assert_eq!(&t[m[0].start..m[0].end], "Brien");
    /// ```
    pub fn find_in_tokens(
        &self,
        text: &str,
        base: usize,
        tokens: &[Token],
        words: Option<&[WordInfo]>,
    ) -> Vec<GazMatch> {
        let Some((nfa, start)) = &self.nfa else { return Vec::new() };
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // No match may start before the end of the previous one.
        let mut free = 0;
        // The cheap tests of a start, inlined in the token loop: past the
        // previous match, and through the filter of the patterns' first
        // bytes. Most positions fail them, and a call of `try_at` per
        // position cost more than the tests.
        let worth_trying = |at: usize, free: usize| at >= free && self.starts.may_start(bytes, at);
        // The walk, where `worth_trying` passed.
        let try_at = |at: usize, out: &mut Vec<GazMatch>, free: &mut usize| {
            if glued_before(text, at) {
                return;
            }
            if let Some((end, pattern)) = longest_bounded_at(nfa, *start, text, at) {
                out.push(GazMatch { start: at, end, entry: self.pattern_entry[pattern.as_usize()] });
                *free = end;
            }
        };
        for (i, t) in tokens.iter().enumerate() {
            let (s, e) = (t.start - base, t.end - base);
            // A word starts a match only as the first token of a form (a
            // joined word may also hold one after its joiner).
            let skip =
                words.is_some_and(|w| t.kind == TokenKind::Word && !t.joined && !w[i].may_start_name_here(t.cap));
            if !skip && worth_trying(s, free) {
                try_at(s, &mut out, &mut free);
            }
            if t.joined {
                // Positions after an apostrophe or a non-ASCII hyphen.
                let mut k = s;
                for c in text[s..e].chars() {
                    k += c.len_utf8();
                    if k < e && c != '-' && !is_word(c) && worth_trying(k, free) {
                        try_at(k, &mut out, &mut free);
                    }
                }
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
    crate::segment::is_word_char(c)
}

/// True when `text[start..end]` is not glued to a word on either side.
/// A hyphen between letters is part of a word (`Haut-Karabakh`), an
/// apostrophe is not (`l’OSCE`).
pub fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    !glued_before(text, start) && !glued_after(text, end)
}

/// Whether the text before `at` ends in a word character, or in a hyphen
/// that follows one (« Haut-|Karabakh »).
#[inline(always)]
fn glued_before(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // ASCII before, and before the hyphen: no decoding.
    match at.checked_sub(1).map(|k| bytes[k]) {
        None => return false,
        Some(b'-') if at >= 2 && bytes[at - 2] < 0x80 => return bytes[at - 2].is_ascii_alphanumeric(),
        Some(b) if b < 0x80 && b != b'-' => return b.is_ascii_alphanumeric(),
        _ => {}
    }
    let mut back = text[..at].chars().rev();
    glued(back.next(), back.next())
}

/// Whether the text from `at` starts with a word character, or with a hyphen
/// followed by one (« Karabakh|-Nord »).
fn glued_after(text: &str, at: usize) -> bool {
    let mut ahead = text[at..].chars();
    glued(ahead.next(), ahead.next())
}

/// A character next to a span glues it to a word: a word character, or a
/// hyphen with a word character beyond it.
fn glued(next: Option<char>, beyond: Option<char>) -> bool {
    match next {
        Some('-') => beyond.is_some_and(is_word),
        Some(c) => is_word(c),
        None => false,
    }
}

/// The longest match anchored at `at` that is not glued to a word on its
/// right, trying shorter forms when the longest is (« France » in
/// « France 2016 », where « France 2 » is also a name): (end, pattern).
fn longest_bounded_at(nfa: &NFA, start: StateID, text: &str, at: usize) -> Option<(usize, PatternID)> {
    let mut limit = text.len();
    loop {
        let (end, pattern) = deepest_match(nfa, start, &text.as_bytes()[..limit], at)?;
        if word_bounded(text, at, end) {
            return Some((end, pattern));
        }
        limit = end.checked_sub(1)?;
    }
}

/// Walk the automaton from `at` without failure transitions (an anchored
/// search) and keep the last match state seen: the longest pattern starting
/// at `at` and ending within `bytes`.
fn deepest_match(nfa: &NFA, start: StateID, bytes: &[u8], at: usize) -> Option<(usize, PatternID)> {
    let mut found = None;
    let mut sid = start;
    if nfa.is_match(sid) {
        found = Some((at, nfa.match_pattern(sid, 0)));
    }
    for (k, &b) in bytes.get(at..)?.iter().enumerate() {
        sid = nfa.next_state(Anchored::Yes, sid, b);
        if nfa.is_special(sid) {
            if nfa.is_dead(sid) {
                break;
            }
            if nfa.is_match(sid) {
                // Match states also carry the matches of their suffixes (for
                // unanchored scans: « France » in the state of « La France »):
                // keep only a pattern that starts at `at`.
                let pattern = nfa.match_pattern(sid, 0);
                if nfa.pattern_len(pattern) == k + 1 {
                    found = Some((at + k + 1, pattern));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The unanchored leftmost-longest scan `find` must agree with.
    fn find_unanchored(g: &Gazetteer, text: &str) -> Vec<(usize, usize, u32)> {
        use aho_corasick::{AhoCorasick, AhoCorasickKind, StartKind};
        if g.patterns.is_empty() {
            return Vec::new();
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&g.patterns)
            .unwrap();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = ac.find(aho_corasick::Input::new(text).span(pos..text.len())) else { break };
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
                    out.push((c.start(), c.end(), g.pattern_entry[c.pattern().as_usize()]));
                    pos = c.end();
                }
                None => pos = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    #[test]
    fn word_start_search_agrees_with_unanchored_scan() {
        let g = Gazetteer::from_tsv(
            "id\ttype\tname\taliases\tkb_id\tflags\n\
             loc:fr\tLOC\tFrance\t\t\t\n\
             org:f2\tORG\tFrance 2\t\t\t\n\
             loc:nk\tLOC\tHaut-Karabakh\tKarabakh\t\t\n\
             per:ob\tPER\tBrien\t\t\t\n\
             org:lfi\tORG\tLa France insoumise\t\t\t\n\
             loc:x\tLOC\tX\t‘Amran|-Ville|Ville-\t\t\n",
        )
        .unwrap();
        let texts = [
            "France 2016, France 2 et la France. Haut-Karabakh, Karabakh-Nord, pro-Karabakh, O'Brien",
            "X-Y X ‘Amran l’X -Ville Ville- Ville-X a-X 2-X é-X «France» FranceX xFrance",
            "",
            "-",
            "X",
            "France",
            "é",
            "--X",
            "Haut--Karabakh",
            "La France est là, La France insoumise aussi",
        ];
        for t in texts {
            let got: Vec<_> = g.find(t).iter().map(|m| (m.start, m.end, m.entry)).collect();
            assert_eq!(got, find_unanchored(&g, t), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn word_start_search_agrees_on_random_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "France", " 2", "2", " ", "-", "Haut", "Karabakh", "X", "‘", "Amran", "Ville", "é", "'", "’",
                    "O", "Brien", ",", "\n", "a", "La ", "insoumise", "\u{2011}", "ʼ", "’s", "«",
                ]),
                0..24,
            )
        ) {
            let g = Gazetteer::from_tsv(
                "id\ttype\tname\taliases\tkb_id\tflags\n\
                 loc:fr\tLOC\tFrance\t\t\t\n\
                 org:f2\tORG\tFrance 2\t\t\t\n\
                 loc:nk\tLOC\tHaut-Karabakh\tKarabakh\t\t\n\
                 per:ob\tPER\tBrien\tO'Brien\t\t\n\
                 org:lfi\tORG\tLa France insoumise\tFrance insoumise\t\t\n\
                 loc:x\tLOC\tX\t‘Amran|-Ville|Ville-|é\t\t\n",
            )
            .unwrap();
            let t: String = parts.concat();
            let got: Vec<_> = g.find(&t).iter().map(|m| (m.start, m.end, m.entry)).collect();
            proptest::prop_assert_eq!(&got, &find_unanchored(&g, &t));
            // The same from the tokens, also on a suffix (a body after a header).
            for base in [0, t.len() / 2] {
                let Some(body) = t.get(base..) else { continue };
                let tokens = crate::segment::tokenize(&t, base, t.len());
                let from_tokens: Vec<_> =
                    g.find_in_tokens(body, base, &tokens, None).iter().map(|m| (m.start, m.end, m.entry)).collect();
                let direct: Vec<_> = g.find(body).iter().map(|m| (m.start, m.end, m.entry)).collect();
                proptest::prop_assert_eq!(from_tokens, direct);
            }
        }
    }

    proptest::proptest! {
        /// Skipping the words the vocabulary rules out finds the same
        /// matches: forms of one or more tokens, in any case, ending before
        /// an apostrophe, an elision or a possessive, or holding one; words
        /// that start forms in one case only (« paris », « La », « la »).
        #[test]
        fn vocabulary_guided_search_agrees(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "el", "el-Sissi", "Sissi", "la ", "l", "l’", "l'", "L’", "’", "qu", "qu’", "ministère", " de ",
                    "Minsk", "groupe", " ", "-", "aujourd", "hui", "ʼ", "Groupe", "é", "éq", "\u{2011}", ",", "iPhone",
                    "i", "s", "Paris", "Saint", "Germain", "Oréal", "O", "Brien", "Putin", "’s", "AT", "&", "T",
                    "Jean", "Haut", "Karabakh", ".", "saint", "paris", "la", "La",
                ]),
                0..24,
            )
        ) {
            let g = Gazetteer::from_tsv(
                "id\ttype\tname\taliases\tkb_id\tflags\n\
                 per:s\tPER\tel-Sissi\tSissi\t\t\n\
                 org:m\tORG\tgroupe de Minsk\tl\t\t\n\
                 org:a\tORG\taujourd\tqu|éq\t\t\n\
                 org:i\tORG\tiPhone\t\t\t\n\
                 loc:p\tLOC\tParis\tParis Saint-Germain|Saint\t\t\n\
                 org:o\tORG\tL’Oréal\tO|Putin’s|AT&T|Jean-\t\t\n\
                 loc:k\tLOC\tHaut-Karabakh\tKarabakh\t\t\n\
                 loc:l\tLOC\tLa Paris\tla Saint\t\t\n",
            )
            .unwrap();
            // Some forms are common words (in the table), the others only
            // pass the filter.
            let mut lx = crate::lexicon::Lexicons::default();
            for w in ["paris", "saint", "l’", "l", "groupe", "el", "o", "qu’", "de", "jean"] {
                lx.common.insert(w.to_string(), 4.0);
            }
            let v = crate::vocab::Vocabulary::build(&lx, &crate::quotes::cues::CueLexicon::default(), &g);
            let t: String = parts.concat();
            let tokens = crate::segment::tokenize(&t, 0, t.len());
            let words = v.annotate(&tokens, &crate::segment::Lowered::new(&t, &tokens));
            let key = |m: &GazMatch| (m.start, m.end, m.entry);
            let guided: Vec<_> = g.find_in_tokens(&t, 0, &tokens, Some(&words)).iter().map(key).collect();
            let all: Vec<_> = g.find_in_tokens(&t, 0, &tokens, None).iter().map(key).collect();
            proptest::prop_assert_eq!(guided, all);
        }
    }

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
