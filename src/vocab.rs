//! One lookup per token: what every lexicon knows about a word form.
//!
//! The rules ask the same questions of each token many times (is it a
//! determiner? a title? a cue verb? a given name?). Asking each lexicon means
//! hashing the same word again for every question. Instead, the lexicons are
//! merged at load time into one table keyed by the lower-case form, and each
//! token of a document is looked up once ([`Vocabulary::annotate`]); the
//! stages then test the flags of its [`WordInfo`].
//!
//! Case-sensitive lists (given names, organisation heads written with a
//! capital, common acronyms) are keyed by their exact spelling. Their lower
//! case form only carries a flag saying "an exact-case entry may match", so
//! the exact lookup is made for the few tokens that need it.

use crate::fxhash::FxHashMap as HashMap;
use crate::lexicon::{Gender, Head, Lexicons, TitleKind, WordClass};
use crate::quotes::cues::{CueForm, CueLexicon};
use crate::segment::{to_lower, Lowered, Token, TokenKind};

const DEMONYM: u16 = 1;
/// Some given name lower-cases to this form.
const GIVEN: u16 = 1 << 1;
/// Some organisation head lower-cases to this form but is spelt otherwise.
const CASED_HEAD: u16 = 1 << 2;
/// Some common acronym lower-cases to this form.
const ACRONYM: u16 = 1 << 3;
/// Language evidence (see [`crate::lang`]).
const LANG_FR: u16 = 1 << 4;
const LANG_EN: u16 = 1 << 5;
const SENTENCE_FR: u16 = 1 << 6;
const SENTENCE_EN: u16 = 1 << 7;
/// Introduces a source: « selon », « d’ » (après), « according », « pour ».
const SOURCE_WORD: u16 = 1 << 8;

/// What the lexicons say about one lower-case word form.
///
/// ```
/// use whosaid::lexicon::WordClass;
/// use whosaid::vocab::Vocabulary;
/// use whosaid::{Config, Pipeline};
/// let p = Pipeline::new(Config::default()).unwrap();
/// let w = p.vocabulary.lookup("le");
/// assert!(w.is(WordClass::Determiner) && w.is_function_word());
/// assert!(p.vocabulary.lookup("déclaré").cue.is_some());
/// assert!(p.vocabulary.lookup("zzzq").is_unknown());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WordInfo {
    /// Closed classes, one bit per [`WordClass`].
    classes: u16,
    flags: u16,
    /// Zipf frequency as a common word (0 if unknown).
    pub zipf: f32,
    /// Person title kind.
    pub title: Option<TitleKind>,
    /// Organisation or place head noun, for this lower-case spelling.
    pub head: Option<Head>,
    /// Reporting cue: index into [`CueLexicon::cues`] and the form.
    pub cue: Option<(u32, CueForm)>,
}

fn class_bit(c: WordClass) -> u16 {
    1 << (c as u16)
}

impl WordInfo {
    #[inline]
    fn flag(&self, f: u16) -> bool {
        self.flags & f != 0
    }
    /// Whether the word has closed class `c`.
    #[inline]
    pub fn is(&self, c: WordClass) -> bool {
        self.classes & class_bit(c) != 0
    }
    /// Whether the word is any closed-class word.
    #[inline]
    pub fn is_function_word(&self) -> bool {
        self.classes != 0
    }
    /// Whether the word is a nationality adjective.
    #[inline]
    pub fn is_demonym(&self) -> bool {
        self.flag(DEMONYM)
    }
    /// Counts as French evidence for language identification.
    #[inline]
    pub fn lang_fr(&self) -> bool {
        self.flag(LANG_FR)
    }
    /// Counts as English evidence for language identification.
    #[inline]
    pub fn lang_en(&self) -> bool {
        self.flag(LANG_EN)
    }
    /// Marks a sentence as French (attribution's per-sentence language).
    #[inline]
    pub fn sentence_fr(&self) -> bool {
        self.flag(SENTENCE_FR)
    }
    /// Marks a sentence as English.
    #[inline]
    pub fn sentence_en(&self) -> bool {
        self.flag(SENTENCE_EN)
    }
    /// Introduces a source (« selon X », « d’après X », « according to X »).
    #[inline]
    pub fn is_source_word(&self) -> bool {
        self.flag(SOURCE_WORD)
    }
    /// Gender of a given name, for a token spelt `word` (given names are
    /// case-sensitive: the lexicon is asked only when an entry can match).
    #[inline]
    pub fn given_name(&self, lx: &Lexicons, word: &str) -> Option<Gender> {
        // Compound names (Jean-Yves) are looked up by their parts.
        if self.flag(GIVEN) || word.contains('-') {
            lx.given_name(word)
        } else {
            None
        }
    }
    /// The organisation or place head for a token spelt `word`
    /// (« Département » is ORG, « département » LOC).
    #[inline]
    pub fn head_written(&self, lx: &Lexicons, word: &str) -> Option<Head> {
        if self.flag(CASED_HEAD) {
            // Rare (a head with a capitalised entry): lower the word again
            // rather than pass its lower case on every call.
            lx.head(word, &to_lower(word))
        } else {
            self.head
        }
    }
    /// Whether a token spelt `word` is a common (non-organisation) acronym.
    #[inline]
    pub fn is_common_acronym(&self, lx: &Lexicons, word: &str) -> bool {
        self.flag(ACRONYM) && lx.is_common_acronym(word)
    }
    /// No lexicon knows this form.
    pub fn is_unknown(&self) -> bool {
        *self == WordInfo::default()
    }
}

/// The merged lexicons. Built once by [`crate::Pipeline::new`].
///
/// Every token of every document is looked up here, so the table is laid
/// out for the cache rather than as a general map: an open-addressed index
/// of `u32` slots (an 8-bit hash tag and an entry number; 1 MB for the
/// bundled 80 K forms) over one 64-byte line per form, holding the form's
/// bytes inline and its [`WordInfo`]. Entries are ordered by frequency, so
/// the common words of every document share a few hundred hot lines. A
/// lookup touches the index slot and, on a tag hit, one entry line; a
/// `HashMap<Box<str>, _>` touched the control bytes, the bucket, the
/// heap-allocated key and the info array (BENCHMARKS.md has the figures).
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// `tag << 24 | (entry + 1)`; 0 is an empty slot. Linear probing.
    slots: Vec<u32>,
    /// Bits of the index (`slots.len() == 1 << bits`).
    bits: u32,
    entries: Vec<Entry>,
    /// Forms longer than [`KEY_MAX`] bytes (rare).
    long: HashMap<Box<str>, WordInfo>,
    /// Some form is a punctuation or number token (then every token is
    /// looked up; otherwise only words are).
    nonword_forms: bool,
}

/// Longest form kept inline in an [`Entry`].
const KEY_MAX: usize = 32;

/// One form: its bytes, zero-padded, and what is known of it. One cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Entry {
    key: [u8; KEY_MAX],
    info: WordInfo,
    len: u8,
}

/// Entry numbers fit in the low 24 bits of a slot.
const MAX_ENTRIES: usize = (1 << 24) - 2;

#[inline]
fn hash(b: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::fxhash::FxHasher::default();
    h.write(b);
    // Fx leaves the low bits weak; the index and tag take the high ones.
    h.finish()
}

/// Whether the zero-padded `key` holds exactly `word` (`word.len() <= KEY_MAX`,
/// lengths already equal): eight bytes at a time, no call to `memcmp`.
#[inline]
fn same_key(key: &[u8; KEY_MAX], word: &[u8]) -> bool {
    let mut i = 0;
    while i + 8 <= word.len() {
        if key[i..i + 8] != word[i..i + 8] {
            return false;
        }
        i += 8;
    }
    key[i..word.len()] == word[i..]
}

impl Vocabulary {
    /// Merge the rule lexicons and the cue lexicon.
    pub fn build(lx: &Lexicons, cues: &CueLexicon) -> Vocabulary {
        let mut m: HashMap<String, WordInfo> = HashMap::default();
        fn entry<'m>(m: &'m mut HashMap<String, WordInfo>, w: &str) -> &'m mut WordInfo {
            m.entry(w.to_string()).or_default()
        }
        for (w, &zipf) in &lx.common {
            entry(&mut m, w).zipf = zipf;
        }
        for (w, classes) in &lx.function {
            let e = entry(&mut m, w);
            for &c in classes {
                e.classes |= class_bit(c);
            }
        }
        for (w, &kind) in &lx.titles {
            entry(&mut m, w).title = Some(kind);
        }
        for (w, &head) in &lx.org_heads {
            let lower = to_lower(w);
            if lower == *w {
                entry(&mut m, w).head = Some(head);
            } else {
                entry(&mut m, &lower).flags |= CASED_HEAD;
            }
        }
        for w in &lx.demonyms {
            entry(&mut m, w).flags |= DEMONYM;
        }
        for w in lx.given.keys() {
            entry(&mut m, &to_lower(w)).flags |= GIVEN;
        }
        for w in &lx.acronyms {
            entry(&mut m, &to_lower(w)).flags |= ACRONYM;
        }
        for (w, &(i, f)) in &cues.forms {
            entry(&mut m, w).cue = Some((i, f));
        }
        for (words, flag) in [
            (crate::lang::FR, LANG_FR),
            (crate::lang::EN, LANG_EN),
            (crate::lang::SENTENCE_FR, SENTENCE_FR),
            (crate::lang::SENTENCE_EN, SENTENCE_EN),
            (crate::quotes::attribution::SOURCE_WORDS, SOURCE_WORD),
        ] {
            for w in words {
                entry(&mut m, w).flags |= flag;
            }
        }
        let nonword_forms = m.keys().any(|w| {
            let mut cs = w.chars();
            let single_punct = matches!((cs.next(), cs.next()), (Some(c), None) if !crate::segment::is_word_char(c));
            single_punct || w.bytes().all(|b| b.is_ascii_digit())
        });
        Vocabulary::freeze(m, nonword_forms)
    }

    /// Lay the merged forms out as the lookup table.
    fn freeze(m: HashMap<String, WordInfo>, nonword_forms: bool) -> Vocabulary {
        let (mut short, long): (Vec<_>, Vec<_>) = m.into_iter().partition(|(w, _)| w.len() <= KEY_MAX);
        short.truncate(MAX_ENTRIES);
        // Most frequent first (then by form, so that the layout is the same
        // on every run).
        short.sort_by(|a, b| b.1.zipf.total_cmp(&a.1.zipf).then_with(|| a.0.cmp(&b.0)));
        // Load factor at most 1/2: short probe runs.
        let bits = (short.len() * 2).next_power_of_two().max(2).trailing_zeros();
        let mut v = Vocabulary {
            slots: vec![0; 1 << bits],
            bits,
            entries: Vec::with_capacity(short.len()),
            long: long.into_iter().map(|(w, i)| (w.into_boxed_str(), i)).collect(),
            nonword_forms,
        };
        for (w, info) in short {
            let mut key = [0; KEY_MAX];
            key[..w.len()].copy_from_slice(w.as_bytes());
            let Some((mut slot, tag)) = v.place(hash(w.as_bytes())) else { break };
            while v.slots[slot] != 0 {
                slot = (slot + 1) & (v.slots.len() - 1);
            }
            v.entries.push(Entry { key, info, len: w.len() as u8 });
            v.slots[slot] = tag << 24 | v.entries.len() as u32;
        }
        v
    }

    /// What is known of a lower-case form (all empty if nothing).
    #[inline]
    pub fn lookup(&self, lower: &str) -> WordInfo {
        if lower.len() > KEY_MAX {
            return self.long.get(lower).copied().unwrap_or_default();
        }
        match self.place(hash(lower.as_bytes())) {
            Some(home) => self.probe(home, lower.as_bytes()),
            None => WordInfo::default(),
        }
    }

    /// Home slot and tag of a hash (`None` for an empty table).
    #[inline]
    fn place(&self, h: u64) -> Option<(usize, u32)> {
        if self.slots.is_empty() {
            return None;
        }
        Some(((h >> (64 - self.bits)) as usize, (h >> (56 - self.bits)) as u32 & 0xFF))
    }

    /// Linear probing from `home` for the form `w` (at most [`KEY_MAX`] bytes).
    #[inline]
    fn probe(&self, (mut slot, tag): (usize, u32), w: &[u8]) -> WordInfo {
        let mask = self.slots.len() - 1;
        loop {
            let s = self.slots[slot];
            if s == 0 {
                return WordInfo::default();
            }
            if s >> 24 == tag {
                let e = &self.entries[(s & 0xFF_FFFF) as usize - 1];
                if e.len as usize == w.len() && same_key(&e.key, w) {
                    return e.info;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// One [`WordInfo`] per token of a document.
    pub fn annotate(&self, tokens: &[Token], lowered: &Lowered) -> Vec<WordInfo> {
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if t.kind == TokenKind::Word || self.nonword_forms {
                    self.lookup(lowered.get(i))
                } else {
                    WordInfo::default()
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(zipf: f32) -> WordInfo {
        WordInfo { zipf, ..WordInfo::default() }
    }

    #[test]
    fn every_form_is_found_and_no_other() {
        // Enough forms for long probe runs and tag collisions, of every
        // length around the inline limit.
        let mut m: HashMap<String, WordInfo> = HashMap::default();
        for k in 0..20_000u32 {
            let w = format!("{k:x}{}", "é".repeat((k % 20) as usize));
            m.insert(w, info(k as f32));
        }
        let v = Vocabulary::freeze(m.clone(), false);
        assert!(m.keys().any(|w| w.len() > KEY_MAX) && m.keys().any(|w| w.len() < 8));
        for (w, i) in &m {
            assert_eq!(v.lookup(w), *i, "{w}");
        }
        for k in 20_000..40_000u32 {
            assert!(v.lookup(&format!("{k:x}")).is_unknown());
        }
        assert!(v.lookup("").is_unknown());
        assert!(Vocabulary::freeze(HashMap::default(), false).lookup("le").is_unknown());
    }

    #[test]
    fn frequent_forms_come_first() {
        let m: HashMap<String, WordInfo> = [("rare", 3.1), ("le", 7.5), ("zz", 0.0), ("dit", 5.0)]
            .iter()
            .map(|&(w, z)| (w.to_string(), info(z)))
            .collect();
        let v = Vocabulary::freeze(m, false);
        let order: Vec<&[u8]> = v.entries.iter().map(|e| &e.key[..e.len as usize]).collect();
        assert_eq!(order, [&b"le"[..], b"dit", b"rare", b"zz"]);
    }
}
