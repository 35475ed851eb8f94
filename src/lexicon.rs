//! Word lists the rules use, loaded from `gazetteers/lexicons/`:
//! given names, common words, function words, person titles, organisation
//! head nouns and demonyms. Each is a TSV file a user can edit.

use crate::error::Result;
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::tsv::Table;
use std::path::Path;

/// Grammatical gender of a given name, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// Closed-class word categories (from `function_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    Determiner,
    Preposition,
    Pronoun,
    Conjunction,
    Adverb,
    Auxiliary,
    Relative,
    /// Name particles: de, van, von, al, bin…
    Particle,
    /// Words that are never names even capitalised (days, months…).
    NotName,
}

impl WordClass {
    /// The class names `function_words.tsv` uses.
    const NAMES: &'static [(&'static str, WordClass)] = &[
        ("det", WordClass::Determiner),
        ("prep", WordClass::Preposition),
        ("pron", WordClass::Pronoun),
        ("conj", WordClass::Conjunction),
        ("adv", WordClass::Adverb),
        ("aux", WordClass::Auxiliary),
        ("rel", WordClass::Relative),
        ("particle", WordClass::Particle),
        ("notname", WordClass::NotName),
    ];
}

/// What the attribution rules ask of a word (from `attribution_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrRole {
    /// An object pronoun before a verb (« y », « lui », « l’ »).
    Clitic,
    /// A participle that names what follows (« baptisé », "dubbed").
    Naming,
    /// A word of criminal procedure (« examen », « condamné »).
    Charge,
    /// A head after « selon » that is no source (« jour », « film »).
    NonSource,
    /// A noun for someone's words (« dires », « propos »).
    SpeechNoun,
    /// A noun whose « de « X » » is a title or label (« auteur », « statut »).
    Label,
    /// A participle opening a segment that is not the subject (« interrogé »).
    Participial,
    /// An English cue form that may take a clause without "that" ("said").
    ClauseCue,
    /// A word that makes a following « que » a conjunction (« alors », « parce »).
    CompoundQue,
    /// A count or an estimate after « selon »: its issuer, if named, is the
    /// source (« selon un bilan des autorités »), else there is none.
    Evidence,
    /// A noun for a person that news uses to refer back to the person it
    /// just named (« l’élu », « l’intéressé », « le quinquagénaire »).
    Anaphor,
    /// A noun for where or how words were published (« dans un
    /// communiqué », « sur son compte »): an adjunct between an inverted
    /// cue and its subject.
    Medium,
    /// An adverbial phrase of one to four words (« par ailleurs », « une
    /// nouvelle fois », « quant à lui »): it may stand between an auxiliary
    /// and its participle, or between a cue and what it reports.
    Adverbial,
    /// A verb of intent or manner before an infinitive cue (« a tenu à
    /// préciser », « a voulu rappeler », « s’est contenté de dire »): the
    /// words were said, by the intent verb's subject.
    Intent,
}

impl AttrRole {
    /// The role names `attribution_words.tsv` uses.
    const NAMES: &'static [(&'static str, AttrRole)] = &[
        ("clitic", AttrRole::Clitic),
        ("naming", AttrRole::Naming),
        ("charge", AttrRole::Charge),
        ("nonsource", AttrRole::NonSource),
        ("speech_noun", AttrRole::SpeechNoun),
        ("label", AttrRole::Label),
        ("participial", AttrRole::Participial),
        ("clause_cue", AttrRole::ClauseCue),
        ("compound_que", AttrRole::CompoundQue),
        ("evidence", AttrRole::Evidence),
        ("anaphor", AttrRole::Anaphor),
        ("medium", AttrRole::Medium),
        ("adverbial", AttrRole::Adverbial),
        ("intent", AttrRole::Intent),
    ];
    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// The value named `s` in `names`, or an error listing the names a `what`
/// may be (« class `x` is not one of det, prep, … »).
fn named<T: Copy>(names: &[(&str, T)], what: &str, s: &str) -> std::result::Result<T, String> {
    names.iter().find(|(n, _)| *n == s).map(|&(_, v)| v).ok_or_else(|| {
        let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
        format!("{what} `{s}` is not one of {}", all.join(", "))
    })
}

/// When a lower-case organisation head starts a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LowerHead {
    /// Only the capitalised head does (« Université de Lyon », not « université de Lyon »).
    No,
    /// With a capitalised complement (« ministère de la Défense »).
    Complement,
    /// With a demonym too (« armée syrienne », « gouvernement ukrainien »).
    Demonym,
    /// Never starts a name, but describes the capitalised name after it, which
    /// alone is the organisation (« l’opérateur X », « l’agence de presse X »).
    Describes,
}

impl LowerHead {
    /// The values of the `lower` column of `org_heads.tsv` (empty is `no`).
    const NAMES: &'static [(&'static str, LowerHead)] = &[
        ("no", LowerHead::No),
        ("complement", LowerHead::Complement),
        ("demonym", LowerHead::Demonym),
        ("describes", LowerHead::Describes),
    ];
}

/// What the name a head noun opens is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadKind {
    /// An organisation: the name includes the head (« ministère de la Défense »).
    Org,
    /// A place: only the capitalised complement is the place (« ville de X »).
    Loc,
    /// A named site: the name includes the head (« place de la République »,
    /// « rue de la Loi », « mont Ventoux », « désert syrien »), a place.
    Site,
    /// An event whose name holds a place as a fixed part (the race « Tour de
    /// France »): no entity, and the place is no mention of its own.
    Event,
}

impl HeadKind {
    /// The values of the `type` column of `org_heads.tsv`.
    const NAMES: &'static [(&'static str, HeadKind)] =
        &[("ORG", HeadKind::Org), ("LOC", HeadKind::Loc), ("SITE", HeadKind::Site), ("EVENT", HeadKind::Event)];
}

/// An organisation, place or event head noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub kind: HeadKind,
    pub lower: LowerHead,
}

/// What a title word announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TitleKind {
    /// M., Mme, Dr, Mr: always followed by a name.
    Honorific,
    /// président, ministre, porte-parole: a role noun.
    Role,
}

/// All rule lexicons.
#[derive(Debug, Default)]
pub struct Lexicons {
    pub(crate) given: HashMap<String, Gender>,
    pub(crate) common: HashMap<String, f32>,
    pub(crate) function: HashMap<String, Vec<WordClass>>,
    pub(crate) titles: HashMap<String, TitleKind>,
    pub(crate) org_heads: HashMap<String, Head>,
    pub(crate) acronyms: HashSet<String>,
    pub(crate) demonyms: HashSet<String>,
    /// Lower-case word → its [`AttrRole`] bits.
    pub(crate) attribution: HashMap<String, u16>,
    /// Every proper prefix of an `adverbial` phrase (« par », « une
    /// nouvelle »): a phrase lookup stops at the first word that starts none.
    pub(crate) adverbial_prefixes: HashSet<String>,
}

impl Lexicons {
    /// Load every lexicon present in `dir` (missing optional files are empty).
    pub fn load(dir: &Path) -> Result<Lexicons> {
        let mut lx = Lexicons::default();
        let file = |name: &str| dir.join(name);
        if let Some(t) = read_opt(&file("given_names.tsv"), &["name"])? {
            for r in &t.rows {
                let g = match t.get(r, "gender") {
                    "m" | "M" => Gender::Male,
                    "f" | "F" => Gender::Female,
                    _ => Gender::Unknown,
                };
                lx.given.insert(t.get(r, "name").to_string(), g);
            }
        }
        if let Some(t) = read_opt(&file("common_words.tsv"), &["word"])? {
            for r in &t.rows {
                let z = |c: &str| t.get(r, c).parse::<f32>().unwrap_or(0.0);
                let zipf = z("zipf_fr").max(z("zipf_en"));
                lx.common.insert(t.get(r, "word").to_lowercase(), zipf);
            }
        }
        if let Some(t) = read_opt(&file("function_words.tsv"), &["word", "class"])? {
            for r in &t.rows {
                let class = named(WordClass::NAMES, "class", t.get(r, "class")).map_err(|m| t.error(r, m))?;
                lx.function.entry(t.get(r, "word").to_lowercase()).or_default().push(class);
            }
        }
        if let Some(t) = read_opt(&file("titles.tsv"), &["form", "kind"])? {
            for r in &t.rows {
                let kind = match t.get(r, "kind") {
                    "honorific" => TitleKind::Honorific,
                    "role" => TitleKind::Role,
                    k => return Err(t.error(r, format!("kind `{k}` is not honorific or role"))),
                };
                lx.titles.insert(t.get(r, "form").to_lowercase(), kind);
            }
        }
        if let Some(t) = read_opt(&file("org_heads.tsv"), &["form", "type"])? {
            for r in &t.rows {
                let kind = named(HeadKind::NAMES, "type", t.get(r, "type")).map_err(|m| t.error(r, m))?;
                let lower = match t.get(r, "lower") {
                    "" => LowerHead::No,
                    v => named(LowerHead::NAMES, "lower", v).map_err(|m| t.error(r, m))?,
                };
                // The form's case matters: « Département » (ORG) vs « département » (LOC).
                lx.org_heads.insert(t.get(r, "form").to_string(), Head { kind, lower });
            }
        }
        if let Some(t) = read_opt(&file("common_acronyms.tsv"), &["acronym"])? {
            for r in &t.rows {
                lx.acronyms.insert(t.get(r, "acronym").to_string());
            }
        }
        if let Some(t) = read_opt(&file("attribution_words.tsv"), &["word", "role"])? {
            for r in &t.rows {
                let role = named(AttrRole::NAMES, "role", t.get(r, "role")).map_err(|m| t.error(r, m))?;
                // Phrases are looked up with straight apostrophes, words as written.
                let word = t.get(r, "word").to_lowercase();
                let word = if word.contains(' ') { word.replace('’', "'") } else { word };
                if role == AttrRole::Adverbial {
                    // A single word is an adverb like the closed-class ones:
                    // the vocabulary flags it, no lookup asks for it.
                    if !word.contains(' ') {
                        let classes = lx.function.entry(word.clone()).or_default();
                        if !classes.contains(&WordClass::Adverb) {
                            classes.push(WordClass::Adverb);
                        }
                    }
                    for (i, _) in word.match_indices(' ') {
                        lx.adverbial_prefixes.insert(word[..i].to_string());
                    }
                    // The first word with either apostrophe (« d’ »): the
                    // vocabulary flags the tokens a phrase may start at.
                    if let Some((first, _)) = word.split_once(' ') {
                        lx.adverbial_prefixes.insert(first.replace('\'', "’"));
                    }
                }
                *lx.attribution.entry(word).or_default() |= role.bit();
            }
        }
        if let Some(t) = read_opt(&file("demonyms.tsv"), &["adjective"])? {
            for r in &t.rows {
                let mut forms = inflect_adjective(&t.get(r, "adjective").to_lowercase());
                // An irregular feminine (« turc », « turque ») and its plural.
                let fem = t.get(r, "feminine").to_lowercase();
                if !fem.is_empty() {
                    forms[3] = format!("{fem}s");
                    forms[1] = fem;
                }
                for form in forms {
                    lx.demonyms.insert(form);
                }
            }
        }
        Ok(lx)
    }

    /// Gender of a given name (exact case), if it is one.
    pub fn given_name(&self, w: &str) -> Option<Gender> {
        self.given.get(w).copied().or_else(|| self.compound_given_name(w))
    }

    /// A compound given name not listed whole (Jean-Yves, Marie-Claire):
    /// both parts are given names; the gender is the first's.
    pub(crate) fn compound_given_name(&self, w: &str) -> Option<Gender> {
        let (a, b) = w.split_once('-')?;
        let ga = self.given.get(a)?;
        self.given.get(b).map(|_| *ga)
    }

    /// Title kind of a lower-cased word.
    pub fn title(&self, lower: &str) -> Option<TitleKind> {
        self.titles.get(lower).copied()
    }

    /// The head noun as written: its exact case first (« Département »), then
    /// its lower-case form with the capitalised spelling allowed.
    pub fn head(&self, word: &str, lower: &str) -> Option<Head> {
        self.org_heads.get(word).or_else(|| self.org_heads.get(lower)).copied()
    }

    /// Whether the lower-case word `w` has attribution role `role`.
    ///
    /// ```
    /// use whosaid::lexicon::AttrRole;
    /// use whosaid::{Config, Pipeline};
    /// let p = Pipeline::new(Config::default()).unwrap();
    /// assert!(p.lexicons.is_attr("baptisé", AttrRole::Naming));
    /// assert!(!p.lexicons.is_attr("ministre", AttrRole::Clitic));
    /// ```
    pub fn is_attr(&self, w: &str, role: AttrRole) -> bool {
        self.attribution.get(w).is_some_and(|b| b & role.bit() != 0)
    }

    /// Whether `words` (lower case, one space between words, straight
    /// apostrophes) begins a longer `adverbial` phrase.
    pub(crate) fn is_adverbial_prefix(&self, words: &str) -> bool {
        self.adverbial_prefixes.contains(words)
    }

    /// An acronym that names a thing, not an organisation (PIB, ADN, GPS).
    pub fn is_common_acronym(&self, w: &str) -> bool {
        self.acronyms.contains(w)
    }
}

fn read_opt(path: &Path, required: &[&str]) -> Result<Option<Table>> {
    if path.exists() {
        Table::read(path, required).map(Some)
    } else {
        Ok(None)
    }
}

/// French adjective inflection: masculine singular → m.sg, f.sg, m.pl, f.pl.
///
/// ```
/// use whosaid::lexicon::inflect_adjective;
/// assert_eq!(inflect_adjective("arménien"), ["arménien", "arménienne", "arméniens", "arméniennes"]);
/// assert_eq!(inflect_adjective("russe"), ["russe", "russe", "russes", "russes"]);
/// ```
pub fn inflect_adjective(m: &str) -> [String; 4] {
    let fem = if m.ends_with('e') {
        m.to_string()
    } else if m.ends_with("en") || m.ends_with("on") {
        format!("{m}ne")
    } else if let Some(stem) = m.strip_suffix("eux") {
        format!("{stem}euse")
    } else if let Some(stem) = m.strip_suffix("al") {
        format!("{stem}ale")
    } else {
        format!("{m}e")
    };
    let plural = |w: &str| {
        if w.ends_with('s') || w.ends_with('x') {
            w.to_string()
        } else if let Some(stem) = w.strip_suffix("al") {
            format!("{stem}aux")
        } else {
            format!("{w}s")
        }
    };
    let mpl = plural(m);
    let fpl = plural(&fem);
    [m.to_string(), fem, mpl, fpl]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attribution_role_has_its_own_bit() {
        let mut seen = 0u16;
        for &(name, r) in AttrRole::NAMES {
            assert_eq!(seen & r.bit(), 0, "{name} shares a bit");
            seen |= r.bit();
        }
        let lx =
            Lexicons::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/gazetteers/lexicons"))).unwrap();
        assert!(lx.is_attr("parce", AttrRole::CompoundQue) && !lx.is_attr("parce", AttrRole::Clitic));
    }

    #[test]
    fn bad_head_type_is_a_line_numbered_error() {
        let dir = std::env::temp_dir().join(format!("whosaid-lexicon-head-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("org_heads.tsv"), "form\ttype\tlower\nTour\tEVENT\tno\nfoire\tFAIR\tno\n").unwrap();
        let e = Lexicons::load(&dir).err().unwrap().to_string();
        std::fs::remove_dir_all(&dir).ok();
        assert!(e.ends_with(":3: type `FAIR` is not one of ORG, LOC, SITE, EVENT"), "{e}");
    }

    #[test]
    fn bad_attribution_role_is_a_line_numbered_error() {
        let dir = std::env::temp_dir().join(format!("whosaid-lexicon-test-{}-1", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("attribution_words.tsv"), "# c\nword\trole\ny\tclitic\ndires\tquote\n").unwrap();
        let e = Lexicons::load(&dir).err().unwrap().to_string();
        std::fs::remove_dir_all(&dir).ok();
        assert!(
            e.ends_with(":4: role `quote` is not one of clitic, naming, charge, nonsource, speech_noun, label, participial, clause_cue, compound_que, evidence, anaphor, medium, adverbial, intent"),
            "{e}"
        );
    }
}
