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
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<Box<str>, u32>,
    infos: Vec<WordInfo>,
    /// Some form is a punctuation or number token (then every token is
    /// looked up; otherwise only words are).
    nonword_forms: bool,
}

impl Vocabulary {
    /// Merge the rule lexicons and the cue lexicon.
    pub fn build(lx: &Lexicons, cues: &CueLexicon) -> Vocabulary {
        let mut v = Vocabulary::default();
        for (w, &zipf) in &lx.common {
            v.entry(w).zipf = zipf;
        }
        for (w, classes) in &lx.function {
            let e = v.entry(w);
            for &c in classes {
                e.classes |= class_bit(c);
            }
        }
        for (w, &kind) in &lx.titles {
            v.entry(w).title = Some(kind);
        }
        for (w, &head) in &lx.org_heads {
            let lower = to_lower(w);
            if lower == *w {
                v.entry(w).head = Some(head);
            } else {
                v.entry(&lower).flags |= CASED_HEAD;
            }
        }
        for w in &lx.demonyms {
            v.entry(w).flags |= DEMONYM;
        }
        for w in lx.given.keys() {
            v.entry(&to_lower(w)).flags |= GIVEN;
        }
        for w in &lx.acronyms {
            v.entry(&to_lower(w)).flags |= ACRONYM;
        }
        for (w, &(i, f)) in &cues.forms {
            v.entry(w).cue = Some((i, f));
        }
        for (words, flag) in [
            (crate::lang::FR, LANG_FR),
            (crate::lang::EN, LANG_EN),
            (crate::lang::SENTENCE_FR, SENTENCE_FR),
            (crate::lang::SENTENCE_EN, SENTENCE_EN),
            (crate::quotes::attribution::SOURCE_WORDS, SOURCE_WORD),
        ] {
            for w in words {
                v.entry(w).flags |= flag;
            }
        }
        v.nonword_forms = v.ids.keys().any(|w| {
            let mut cs = w.chars();
            let single_punct = matches!((cs.next(), cs.next()), (Some(c), None) if !crate::segment::is_word_char(c));
            single_punct || w.bytes().all(|b| b.is_ascii_digit())
        });
        v
    }

    fn entry(&mut self, w: &str) -> &mut WordInfo {
        let i = match self.ids.get(w) {
            Some(&i) => i,
            None => {
                let i = self.infos.len() as u32;
                self.ids.insert(w.into(), i);
                self.infos.push(WordInfo::default());
                i
            }
        };
        &mut self.infos[i as usize]
    }

    /// What is known of a lower-case form (all empty if nothing).
    pub fn lookup(&self, lower: &str) -> WordInfo {
        self.ids.get(lower).map(|&i| self.infos[i as usize]).unwrap_or_default()
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
