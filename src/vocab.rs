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

use crate::bytescan::word_at;
use crate::fxhash::FxHashMap as HashMap;
use crate::gazetteer::Gazetteer;
use crate::lexicon::{Gender, Head, Lexicons, TitleKind, WordClass};
use crate::quotes::cues::{CueForm, CueLexicon};
use crate::segment::{is_elision, to_lower, tokenize, Lowered, Token, TokenKind};

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
/// A gazetteer form may start at a token with this lower case (see
/// [`WordInfo::may_start_name`]).
const NAME_START: u16 = 1 << 9;
/// ... and one whose first letter is not a capital does (« la Réunion »):
/// see [`WordInfo::may_start_name_here`].
const NAME_START_LOWER: u16 = 1 << 10;
/// [`WordInfo::marks_names`], worked out once per form when the table is
/// built: the entity tagger asks it of every token.
const MARKS_NAMES: u16 = 1 << 11;
/// The first word of an `adverbial` phrase (« par » of « par ailleurs »).
const ADVERBIAL_START: u16 = 1 << 12;

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
    /// Starts an adverbial phrase of `attribution_words.tsv` (« par », « une »,
    /// « quant »): the phrase itself is looked up only after such a word.
    #[inline]
    pub fn starts_adverbial(&self) -> bool {
        self.flag(ADVERBIAL_START)
    }
    /// Whether a gazetteer form can match from a word token of this lower
    /// case: the form's first token lower-cases to it (or, for a form that
    /// is an elision stem, « l », the form and its apostrophe do). For a
    /// form missing from the table this comes from a bit filter, and may
    /// be wrongly true (about one time in fifteen), never wrongly false.
    /// [`crate::gazetteer::Gazetteer::find_in_tokens`] asks the narrower
    /// [`WordInfo::may_start_name_here`].
    #[inline]
    pub fn may_start_name(&self) -> bool {
        self.flag(NAME_START)
    }
    /// [`WordInfo::may_start_name`] for a token whose first letter is a
    /// capital (`cap`) or not. The automaton compares bytes, so a form can
    /// only match from a token that agrees with its first letter's case:
    /// the lower-case « la », « le », « de » before most words start none of
    /// the forms that « La », « Le », « De » start. Forms that start with a
    /// small letter are few (« la Réunion », « ministère de … »), and are
    /// all in the table, never only in a filter.
    #[inline]
    pub fn may_start_name_here(&self, cap: bool) -> bool {
        self.flag(if cap { NAME_START } else { NAME_START_LOWER })
    }
    /// Whether a lower-case word can matter to the entity rules: a head
    /// noun (in any spelling), a person title or a name particle. With the
    /// capitalised words, these are the only tokens the rules start from.
    #[inline]
    pub fn marks_names(&self) -> bool {
        self.flag(MARKS_NAMES)
    }
    /// Gender of a given name, for a token spelt `word` (given names are
    /// case-sensitive: the lexicon is asked only when an entry can match).
    #[inline]
    pub fn given_name(&self, lx: &Lexicons, word: &str) -> Option<Gender> {
        if self.flag(GIVEN) {
            lx.given_name(word)
        } else if word.contains('-') {
            // Not listed whole (its lower case would carry the flag): a
            // compound (Jean-Yves) is looked up by its parts.
            lx.compound_given_name(word)
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
/// of `u32` slots (an 8-bit hash tag and an entry number) over one entry
/// per form, holding the form's bytes inline and its [`WordInfo`]. Forms of
/// at most eight bytes, three tokens in four, have their own index and
/// 32-byte entries (half a cache line); longer ones have 64-byte entries.
/// Entries are ordered by frequency, so the common words of every document
/// share a few hundred hot lines. A lookup touches the index slot and, on
/// a tag hit, one entry; a `HashMap<Box<str>, _>` touched the control
/// bytes, the bucket, the heap-allocated key and the info array
/// (BENCHMARKS.md has the figures).
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Forms of at most eight bytes.
    short: Table<ShortEntry>,
    /// Forms of 9 to [`KEY_MAX`] bytes.
    wide: Table<Entry>,
    /// Forms longer than [`KEY_MAX`] bytes (rare).
    long: HashMap<Box<str>, WordInfo>,
    /// Some form is a punctuation or number token (then every token is
    /// looked up; otherwise only words are).
    nonword_forms: bool,
    /// Bit filters of the forms that only carry a flag and are in no list
    /// (the lower case of given names, the first tokens of gazetteer
    /// forms): a form missing from the table that passes one gets its flag,
    /// and the rule that tests the flag checks exactly (the exact-case
    /// given-name list, the gazetteer's automaton).
    outside: FormFilters,
}

/// Bit filters of one hash function over form hashes, one per flag, about
/// eight bits per form: one test in fifteen passes wrongly, and then costs
/// the exact check the flag leads to. The filters share their bit
/// positions and are interleaved word by word, so that one test of all of
/// them reads one cache line.
#[derive(Debug, Default)]
struct FormFilters {
    /// Word `w` of filter `f` is `words[w * flags.len() + f]`.
    words: Vec<u64>,
    /// `64 - log2(bits per filter)`.
    shift: u32,
    /// What passing each filter gives.
    flags: Vec<u16>,
}

impl FormFilters {
    /// `sets`: the flag of each filter and its forms.
    fn new(sets: &[(u16, Vec<&str>)]) -> FormFilters {
        let most = sets.iter().map(|(_, forms)| forms.len()).max().unwrap_or(0);
        if most == 0 {
            return FormFilters::default();
        }
        let log = (most * 8).next_power_of_two().max(64).trailing_zeros();
        let stride = sets.len();
        let mut f = FormFilters {
            words: vec![0; (1 << (log - 6)) * stride],
            shift: 64 - log,
            flags: sets.iter().map(|&(flag, _)| flag).collect(),
        };
        for (i, (_, forms)) in sets.iter().enumerate() {
            for w in forms {
                let k = f.bit(Chunks::new(w.as_bytes()).hash());
                f.words[(k >> 6) * stride + i] |= 1 << (k & 63);
            }
        }
        f
    }

    /// The bit of a hash: remixed, as the table uses its high bits.
    #[inline]
    fn bit(&self, h: u64) -> usize {
        ((h ^ 0x9E37_79B9_7F4A_7C15).wrapping_mul(SEED) >> self.shift) as usize
    }

    /// The flags of the filters that `h` passes.
    #[inline]
    fn flags_of(&self, h: u64) -> u16 {
        if self.words.is_empty() {
            return 0;
        }
        let k = self.bit(h);
        let base = (k >> 6) * self.flags.len();
        let cell = &self.words[base..base + self.flags.len()];
        cell.iter().zip(&self.flags).fold(0, |acc, (w, &flag)| if w >> (k & 63) & 1 != 0 { acc | flag } else { acc })
    }
}

/// Longest form kept inline in an [`Entry`].
const KEY_MAX: usize = 32;

/// One form of nine bytes or more: its bytes, zero-padded, and what is
/// known of it. One cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
struct Entry {
    /// The form's bytes, zero-padded.
    key: [u64; KEY_MAX / 8],
    info: WordInfo,
    len: u8,
}

/// One form of at most eight bytes. Half a cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct ShortEntry {
    /// The form's bytes, zero-padded.
    key: u64,
    info: WordInfo,
    len: u8,
}

/// An open-addressed index of `u32` slots over entries in frequency order.
#[derive(Debug)]
struct Table<E> {
    /// `tag << 24 | (entry + 1)`; 0 is an empty slot. Linear probing.
    slots: Vec<u32>,
    /// Bits of the index (`slots.len() == 1 << bits`).
    bits: u32,
    entries: Vec<E>,
}

impl<E> Default for Table<E> {
    fn default() -> Self {
        Table { slots: Vec::new(), bits: 0, entries: Vec::new() }
    }
}

impl<E> Table<E> {
    /// An empty table for `n` forms, at most half full: short probe runs.
    fn for_forms(n: usize) -> Table<E> {
        let bits = (n * 2).next_power_of_two().max(2).trailing_zeros();
        Table { slots: vec![0; 1 << bits], bits, entries: Vec::with_capacity(n) }
    }

    /// Home slot and tag of a hash (`None` for an empty table).
    #[inline]
    fn place(&self, h: u64) -> Option<(usize, u32)> {
        if self.slots.is_empty() {
            return None;
        }
        Some(((h >> (64 - self.bits)) as usize, (h >> (56 - self.bits)) as u32 & 0xFF))
    }

    /// Add an entry of hash `h` (the table has room: see `for_forms`).
    fn insert(&mut self, h: u64, e: E) {
        let Some((mut slot, tag)) = self.place(h) else { return };
        while self.slots[slot] != 0 {
            slot = (slot + 1) & (self.slots.len() - 1);
        }
        self.entries.push(e);
        self.slots[slot] = tag << 24 | self.entries.len() as u32;
    }

    /// Walk the probe run of hash `h` for the entry `is` accepts.
    #[inline(always)]
    fn find(&self, h: u64, is: impl Fn(&E) -> bool) -> Option<&E> {
        let (mut slot, tag) = self.place(h)?;
        let mask = self.slots.len() - 1;
        loop {
            let s = self.slots[slot];
            if s == 0 {
                return None;
            }
            if s >> 24 == tag {
                let e = &self.entries[(s & 0xFF_FFFF) as usize - 1];
                if is(e) {
                    return Some(e);
                }
            }
            slot = (slot + 1) & mask;
        }
    }
}

/// Entry numbers fit in the low 24 bits of a slot.
const MAX_ENTRIES: usize = (1 << 24) - 2;

/// A form as zero-padded little-endian words: what the table hashes and
/// compares, eight bytes at a time (`w.len() <= KEY_MAX`).
#[derive(Clone, Copy)]
struct Chunks {
    words: [u64; KEY_MAX / 8],
    /// Bytes of the form.
    len: usize,
}

impl Chunks {
    #[inline]
    fn new(w: &[u8]) -> Chunks {
        let mut words = [0; KEY_MAX / 8];
        let mut i = 0;
        while i + 8 <= w.len() {
            words[i / 8] = word_at(w, i).unwrap_or(0);
            i += 8;
        }
        if i < w.len() {
            words[i / 8] = tail(&w[i..]);
        }
        Chunks { words, len: w.len() }
    }

    #[inline]
    fn hash(&self) -> u64 {
        form_hash(self.len, &self.words[..self.len.div_ceil(8)])
    }
}

/// Fx-style hash of a form of `len` bytes given as its zero-padded words
/// (the index and the tag take the high bits, which the multiply mixes
/// best).
#[inline(always)]
fn form_hash(len: usize, words: &[u64]) -> u64 {
    let mut h = (len as u64).wrapping_mul(SEED);
    for &w in words {
        h = (h.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
    h
}

/// Give `flag` to the `forms` that `m` holds; the others, sorted and
/// without repeats, are returned with it for a filter.
fn flag_only(m: &mut HashMap<String, WordInfo>, flag: u16, forms: impl Iterator<Item = String>) -> (u16, Vec<String>) {
    let mut only = Vec::new();
    for lower in forms {
        match m.get_mut(&lower) {
            Some(info) => info.flags |= flag,
            None => only.push(lower),
        }
    }
    only.sort_unstable();
    only.dedup();
    (flag, only)
}

/// The lower-case tokens a match of `form` can start from: its first token
/// as the tokenizer cuts it, and for a form that is an elision stem (« l »,
/// « qu »), that stem with its apostrophe, which the tokenizer keeps in one
/// token. A match can also start inside a word joined over an apostrophe
/// or a non-ASCII hyphen (« O'Brien »): the gazetteer tries those always.
fn name_starts(form: &str) -> Vec<String> {
    let tokens = tokenize(form, 0, form.len());
    let Some(first) = tokens.first() else { return Vec::new() };
    let word = first.text(form);
    let mut out = vec![to_lower(word)];
    if tokens.len() == 1 && is_elision(word) {
        out.extend(['\'', '’', 'ʼ'].map(|a| to_lower(&format!("{word}{a}"))));
    }
    out
}

/// The multiplier of the form hash (Fx's).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// One to eight bytes as a zero-padded little-endian word, in at most two
/// (overlapping) loads.
#[inline]
fn tail(b: &[u8]) -> u64 {
    let n = b.len();
    match n {
        0 => 0,
        1 => b[0] as u64,
        2..=3 => {
            let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
            let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]) as u64;
            lo | hi << (8 * (n - 2))
        }
        _ => {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
            lo | hi << (8 * (n - 4))
        }
    }
}

impl Vocabulary {
    /// Merge the rule lexicons and the cue lexicon, and mark the words that
    /// can start a gazetteer form.
    pub fn build(lx: &Lexicons, cues: &CueLexicon, gazetteer: &Gazetteer) -> Vocabulary {
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
        for w in &lx.acronyms {
            entry(&mut m, &to_lower(w)).flags |= ACRONYM;
        }
        for (w, &(i, f)) in &cues.forms {
            entry(&mut m, w).cue = Some((i, f));
        }
        for w in lx.adverbial_prefixes.iter().filter(|p| !p.contains(' ')) {
            entry(&mut m, w).flags |= ADVERBIAL_START;
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
        // The first words of the forms that start with a small letter go to
        // the table (a few hundred), so that the filter is only ever asked
        // for capitalised tokens' forms. (Number and punctuation tokens are
        // always tried.)
        for p in gazetteer.patterns() {
            if tokenize(p, 0, p.len()).first().is_some_and(|t| t.kind == TokenKind::Word && !t.cap) {
                for w in name_starts(p) {
                    entry(&mut m, &w).flags |= NAME_START_LOWER;
                }
            }
        }
        // Given names and the first tokens of gazetteer forms last: most are
        // no other list's word, and those only go to a filter (see `outside`).
        let given = flag_only(&mut m, GIVEN, lx.given.keys().map(|w| to_lower(w)));
        let names = flag_only(&mut m, NAME_START, gazetteer.patterns().iter().flat_map(|p| name_starts(p)));
        Vocabulary::freeze(m, &[given, names], nonword_forms)
    }

    /// Lay the merged forms out as the lookup table.
    ///
    /// `outside` are lower-case forms no list holds that only carry a flag:
    /// given names (36 K, which would nearly double the table for a flag
    /// the rules test on capitalised words only) and the first tokens of
    /// gazetteer forms. They go to one bit filter per flag rather than to
    /// the table.
    fn freeze(mut m: HashMap<String, WordInfo>, outside: &[(u16, Vec<String>)], nonword_forms: bool) -> Vocabulary {
        for info in m.values_mut() {
            let marks =
                info.head.is_some() || info.title.is_some() || info.flag(CASED_HEAD) || info.is(WordClass::Particle);
            if marks {
                info.flags |= MARKS_NAMES;
            }
        }
        // Long forms are looked up in the map, which has room for them.
        for (flag, forms) in outside {
            for w in forms.iter().filter(|w| w.len() > KEY_MAX) {
                m.entry(w.clone()).or_default().flags |= flag;
            }
        }
        let (mut inline, mut long): (Vec<_>, Vec<_>) = m.into_iter().partition(|(w, _)| w.len() <= KEY_MAX);
        // Most frequent first (then by form, so that the layout is the same
        // on every run).
        inline.sort_by(|a, b| b.1.zipf.total_cmp(&a.1.zipf).then_with(|| a.0.cmp(&b.0)));
        let (mut short, mut wide): (Vec<_>, Vec<_>) = inline.into_iter().partition(|(w, _)| w.len() <= 8);
        // Past what a slot can number, forms go to the map (no data has come near).
        long.extend(short.split_off(MAX_ENTRIES.min(short.len())));
        long.extend(wide.split_off(MAX_ENTRIES.min(wide.len())));
        let sets: Vec<(u16, Vec<&str>)> = outside
            .iter()
            .map(|(flag, forms)| (*flag, forms.iter().map(String::as_str).filter(|w| w.len() <= KEY_MAX).collect()))
            .collect();
        let mut v = Vocabulary {
            short: Table::for_forms(short.len()),
            wide: Table::for_forms(wide.len()),
            long: long.into_iter().map(|(w, i)| (w.into_boxed_str(), i)).collect(),
            nonword_forms,
            outside: FormFilters::new(&sets),
        };
        for (w, info) in short {
            let key = Chunks::new(w.as_bytes());
            v.short.insert(key.hash(), ShortEntry { key: key.words[0], info, len: w.len() as u8 });
        }
        for (w, info) in wide {
            let key = Chunks::new(w.as_bytes());
            v.wide.insert(key.hash(), Entry { key: key.words, info, len: w.len() as u8 });
        }
        v
    }

    /// What a form missing from the table is: nothing, or the flags of the
    /// filters it passes.
    #[inline]
    fn absent(&self, h: u64) -> WordInfo {
        WordInfo { flags: self.outside.flags_of(h), ..WordInfo::default() }
    }

    /// What is known of a lower-case form (all empty if nothing).
    #[inline]
    pub fn lookup(&self, lower: &str) -> WordInfo {
        self.lookup_inline(lower)
    }

    /// [`Vocabulary::lookup`], inlined into the per-token loop of
    /// [`Vocabulary::annotate`]: a call passed the 20-byte result through
    /// memory and saved registers for every token.
    #[inline(always)]
    fn lookup_inline(&self, lower: &str) -> WordInfo {
        let w = lower.as_bytes();
        if w.len() <= 8 {
            return self.lookup_short(w);
        }
        if w.len() > KEY_MAX {
            return self.long.get(lower).copied().unwrap_or_default();
        }
        let key = Chunks::new(w);
        let h = key.hash();
        // Zero padding makes equal words mean equal forms of equal length.
        match self.wide.find(h, |e| e.len as usize == key.len && e.key == key.words) {
            Some(e) => e.info,
            None => self.absent(h),
        }
    }

    /// [`Vocabulary::lookup`] of a form of at most eight bytes (three tokens
    /// in four): one word to build, hash and compare, in the short table.
    #[inline]
    fn lookup_short(&self, w: &[u8]) -> WordInfo {
        let word = tail(w);
        let h = form_hash(w.len(), &[word][..w.len().min(1)]);
        match self.short.find(h, |e| e.len as usize == w.len() && e.key == word) {
            Some(e) => e.info,
            None => self.absent(h),
        }
    }

    /// One [`WordInfo`] per token of a document.
    pub fn annotate(&self, tokens: &[Token], lowered: &Lowered) -> Vec<WordInfo> {
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if t.kind == TokenKind::Word || self.nonword_forms {
                    self.lookup_inline(lowered.get(i))
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
    fn tails_are_zero_padded_words() {
        let b = b"abcdefgh";
        for n in 0..=8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&b[..n]);
            assert_eq!(tail(&b[..n]), u64::from_le_bytes(padded), "{n}");
        }
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
        let v = Vocabulary::freeze(m.clone(), &[], false);
        assert!(m.keys().any(|w| w.len() > KEY_MAX) && m.keys().any(|w| w.len() < 8));
        for (w, i) in &m {
            assert_eq!(v.lookup(w), *i, "{w}");
        }
        for k in 20_000..40_000u32 {
            assert!(v.lookup(&format!("{k:x}")).is_unknown());
        }
        assert!(v.lookup("").is_unknown());
        assert!(Vocabulary::freeze(HashMap::default(), &[], false).lookup("le").is_unknown());
    }

    #[test]
    fn forms_outside_the_table_pass_their_filter() {
        let mut m: HashMap<String, WordInfo> = HashMap::default();
        m.insert("pierre".into(), info(4.5));
        let given: Vec<String> = (0..5000).map(|k| format!("prénom{k}")).chain(["x".repeat(40)]).collect();
        let names: Vec<String> = (0..3000).map(|k| format!("nom{k}")).chain(["y".repeat(40)]).collect();
        let v = Vocabulary::freeze(m, &[(GIVEN, given.clone()), (NAME_START, names.clone())], false);
        assert_eq!(v.short.entries.len() + v.wide.entries.len(), 1, "flag-only forms stay out of the table");
        for w in &given {
            assert!(v.lookup(w).flag(GIVEN), "{w}");
        }
        for w in &names {
            assert!(v.lookup(w).may_start_name(), "{w}");
        }
        assert_eq!(v.lookup("pierre"), info(4.5));
        // Wrong passes are rare, only ever add a flag, and each filter has
        // its own: a name start seldom passes as a given name.
        let passed = |flag| (0..10_000).filter(|k| v.lookup(&format!("mot{k}")).flag(flag)).count();
        assert!(passed(GIVEN) < 1_500 && passed(NAME_START) < 1_500, "{} {}", passed(GIVEN), passed(NAME_START));
        assert!((0..10_000).all(|k| v.lookup(&format!("mot{k}")).zipf == 0.0));
        let crossed = names.iter().filter(|w| v.lookup(w).flag(GIVEN)).count();
        assert!(crossed < 450, "{crossed}");
    }

    #[test]
    fn frequent_forms_come_first() {
        let m: HashMap<String, WordInfo> = [("rare", 3.1), ("le", 7.5), ("zz", 0.0), ("dit", 5.0)]
            .iter()
            .map(|&(w, z)| (w.to_string(), info(z)))
            .collect();
        let v = Vocabulary::freeze(m, &[], false);
        let order: Vec<usize> = v.short.entries.iter().map(|e| e.len as usize).collect();
        assert_eq!(order, [2, 3, 4, 2]);
        assert_eq!(v.short.entries[0].key, u16::from_le_bytes(*b"le") as u64);
    }
}
