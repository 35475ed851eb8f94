//! Entity recognition: gazetteer matches, rules for names no list holds, and
//! in-document linking, merged into one set of non-overlapping mentions.
//!
//! Stages (each a file): [`crate::gazetteer`] finds listed names,
//! [`rules`] proposes unlisted people, organisations and places from context,
//! `acronyms` finds names defined with their short form in brackets,
//! [`linking`] gives later short mentions (a surname) the entity of the full one.

mod acronyms;
pub mod linking;
mod roster;
pub mod rules;

use crate::fxhash::FxHashMap as HashMap;
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicons;
use crate::segment::{positions, Lowered, Sentence, Token, TokenKind};
use crate::vocab::{Vocabulary, WordInfo};
use std::borrow::Cow;

/// Entity types written to the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Per,
    Loc,
    Org,
}

impl EntityType {
    /// Parse `PER`, `LOC`, `ORG`.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s {
            "PER" => Some(EntityType::Per),
            "LOC" => Some(EntityType::Loc),
            "ORG" => Some(EntityType::Org),
            _ => None,
        }
    }

    /// The table spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
        }
    }

    fn slug_prefix(self) -> &'static str {
        match self {
            EntityType::Per => "per",
            EntityType::Loc => "loc",
            EntityType::Org => "org",
        }
    }
}

/// What found a mention (the `source` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Gazetteer,
    /// A rule, with its label (`rule:given_name`, `rule:title`, `rule:org_head`…).
    Rule(&'static str),
    /// A short form linked to an earlier full mention.
    Alias,
}

impl Source {
    /// The table spelling: `gazetteer`, `rule:<name>`, `alias`.
    pub fn label(self) -> &'static str {
        match self {
            Source::Gazetteer => "gazetteer",
            Source::Alias => "alias",
            Source::Rule(label) => label,
        }
    }
}

/// A distinct entity of one document.
///
/// A listed entity borrows its strings from the gazetteer (`'g`): most
/// mentions are of listed entities, and neither the analysis nor the
/// records copy their id, name and knowledge-base id.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity<'g> {
    /// Stable id: the gazetteer id, or `per:nikol-pashinyan` from type and name.
    pub id: Cow<'g, str>,
    pub name: Cow<'g, str>,
    pub etype: EntityType,
    pub kb_id: Cow<'g, str>,
}

/// One mention: byte span in the document text, and the entity it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Index into the document's entity list.
    pub entity: usize,
    pub source: Source,
}

/// A candidate before conflicts are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub etype: EntityType,
    /// Gazetteer entry, if any.
    pub entry: Option<u32>,
    pub source: Source,
    /// Higher wins among equally long candidates.
    pub priority: u8,
    /// An event's name (« Tour de France »): it wins over what it contains
    /// like any longer candidate, then is dropped, being no PER, LOC or ORG.
    pub event: bool,
}

/// Tags entities of one document.
pub struct EntityTagger<'a> {
    pub gazetteer: &'a Gazetteer,
    pub lexicons: &'a Lexicons,
    /// The lexicons merged for lookups (of tokens and of name parts).
    pub vocabulary: &'a Vocabulary,
}

/// Per-document view shared by the rules.
pub(crate) struct Ctx<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
    /// Token index → index of the sentence holding it.
    pub sentence_of: Vec<u32>,
    /// The word tokens a rule can start from, in order: capitalised words
    /// and those whose [`WordInfo::marks_names`] (a fifth of the tokens).
    pub name_tokens: Vec<u32>,
    pub sentences: &'t [Sentence],
    pub lowered: &'t Lowered,
    /// What the lexicons know of each token.
    pub words: &'t [WordInfo],
    pub vocabulary: &'t Vocabulary,
}

impl Ctx<'_> {
    pub fn word(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }
    pub fn lower(&self, i: usize) -> &str {
        self.lowered.get(i)
    }
    pub fn info(&self, i: usize) -> &WordInfo {
        &self.words[i]
    }
    /// First token of its sentence, ignoring opening quotes and dashes.
    pub fn sentence_initial(&self, i: usize) -> bool {
        let s = &self.sentences[self.sentence_of[i] as usize];
        let opening =
            |j: usize| matches!(self.word(j), "«" | "“" | "\"" | "—" | "–" | "-" | "(" | "[" | "„" | "‹" | "•" | "*");
        let mut j = i;
        while j > s.first_token && opening(j - 1) {
            j -= 1;
        }
        // A sentence inside a quotation (« … 2019. Sur les quarante … »)
        // starts after its period, though the quotation's sentence goes on.
        // Not after an abbreviation (« M. Sur », « Dr. Mon »).
        let abbreviation = |p: usize| {
            p > s.first_token
                && self.tokens[p - 1].end == self.tokens[p].start
                && self.tokens[p - 1].cap
                && self.tokens[p - 1].end - self.tokens[p - 1].start <= 3
        };
        j == s.first_token
            || matches!(self.word(j - 1), "!" | "?" | "…")
            || self.word(j - 1) == "." && !abbreviation(j - 1)
    }
    /// Token index whose span starts at byte `b`, if any.
    pub fn token_at(&self, b: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&b, |t| t.start).ok()
    }
}

impl<'a> EntityTagger<'a> {
    /// Find the entities of `text[body_start..]`, given its tokens and sentences,
    /// their lower case and what the tagger's vocabulary knows of them
    /// (`words`, from [`Vocabulary::annotate`]).
    pub fn tag(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        lowered: &Lowered,
        words: &[WordInfo],
        body_start: usize,
    ) -> (Vec<Entity<'a>>, Vec<Mention>) {
        let mut sentence_of = vec![0u32; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            for slot in &mut sentence_of[s.first_token..s.end_token] {
                *slot = si as u32;
            }
        }
        let name_tokens =
            positions(tokens.iter().zip(words).map(|(t, w)| t.kind == TokenKind::Word && (t.cap || w.marks_names())));
        let ctx =
            Ctx { text, tokens, sentence_of, name_tokens, sentences, lowered, words, vocabulary: self.vocabulary };

        let mut cands: Vec<Candidate> = Vec::new();
        for m in self.gazetteer.find_in_tokens(&text[body_start..], body_start, tokens, Some(words)) {
            let (mut start, end) = (m.start + body_start, m.end + body_start);
            let e = self.gazetteer.entry(m.entry);
            // A listed form may open with a role in lower case (« pape
            // François », « reine Elizabeth II »): the role is not part of
            // the name, as the title rule has it (« le président Macron »).
            if e.etype == EntityType::Per {
                if let Some(mut i) = ctx.token_at(start) {
                    while !tokens[i].cap && words[i].title.is_some() && tokens[i].end < end {
                        i += 1;
                    }
                    start = tokens[i].start;
                }
            }
            if e.ambiguous {
                // A form that is also a common word needs a non-initial position.
                match ctx.token_at(start) {
                    Some(i) if !ctx.sentence_initial(i) => {}
                    _ => continue,
                }
            }
            cands.push(Candidate {
                start,
                end,
                etype: e.etype,
                entry: Some(m.entry),
                source: Source::Gazetteer,
                priority: 3,
                event: false,
            });
        }
        let listed = cands.clone();
        rules::propose(&ctx, self.lexicons, self.gazetteer, &listed, &mut cands);
        roster::propose(&ctx, &listed, &mut cands);
        let mut defined = Vec::new();
        let definitions = acronyms::define(&ctx, self.lexicons, self.gazetteer, &cands, &mut defined);
        cands.extend(defined);
        let (events, chosen): (Vec<Candidate>, Vec<Candidate>) = resolve(cands).into_iter().partition(|c| c.event);
        let (entities, mut mentions) = linking::link(&ctx, self.gazetteer, chosen, &definitions);
        if !events.is_empty() {
            // Nor is a surname that linking finds in an event's name.
            mentions.retain(|m| !events.iter().any(|e| e.start < m.end && m.start < e.end));
        }
        (entities, mentions)
    }
}

/// Keep the longest candidates, then the higher priority, without overlaps.
fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        (b.end - b.start).cmp(&(a.end - a.start)).then(b.priority.cmp(&a.priority)).then(a.start.cmp(&b.start))
    });
    // Taken spans never overlap, so the one starting last before `c.end` is the
    // only one that can overlap `c`. A document has tens of candidates: a
    // sorted vector beats a tree.
    let mut taken: Vec<(usize, usize)> = Vec::with_capacity(cands.len());
    let mut out = Vec::with_capacity(cands.len());
    for c in cands {
        let k = taken.partition_point(|&(s, _)| s < c.end);
        if k > 0 && taken[k - 1].1 > c.start {
            continue;
        }
        taken.insert(k, (c.start, c.end));
        out.push(c);
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Entity ids for names no gazetteer holds: `per:` + a lower-case ASCII slug.
///
/// ```
/// use whosaid::entities::{slug_id, EntityType};
/// assert_eq!(slug_id(EntityType::Per, "Sergueï Ghazaryan"), "per:serguei-ghazaryan");
/// assert_eq!(slug_id(EntityType::Org, "ministère russe de la Défense"), "org:ministere-russe-de-la-defense");
/// ```
pub fn slug_id(t: EntityType, name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 4);
    s.push_str(t.slug_prefix());
    s.push(':');
    let mut dash = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
            dash = false;
            continue;
        }
        let folded = fold_char(c);
        if folded.is_empty() {
            if !dash && !s.ends_with(':') {
                s.push('-');
                dash = true;
            }
        } else {
            for f in folded.chars() {
                s.extend(f.to_lowercase());
            }
            dash = false;
        }
    }
    while s.ends_with('-') {
        s.pop();
    }
    s
}

/// ASCII folding of one non-ASCII character ("" for separators).
fn fold_char(c: char) -> &'static str {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'ć' | 'č' | 'ĉ' => "c",
        'Ç' | 'Ć' | 'Č' => "C",
        'ď' | 'đ' => "d",
        'Ď' | 'Đ' => "D",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "E",
        'ğ' | 'ģ' => "g",
        'Ğ' => "G",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'İ' => "I",
        'ł' | 'ľ' | 'ĺ' => "l",
        'Ł' | 'Ľ' => "L",
        'ñ' | 'ń' | 'ň' => "n",
        'Ñ' | 'Ń' | 'Ň' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "O",
        'œ' => "oe",
        'Œ' => "OE",
        'ř' => "r",
        'Ř' => "R",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'Ś' | 'Š' | 'Ş' | 'Ș' => "S",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'Ť' | 'Ţ' | 'Ț' => "T",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' | 'Ÿ' => "Y",
        'ź' | 'ż' | 'ž' => "z",
        'Ź' | 'Ż' | 'Ž' => "Z",
        _ => "",
    }
}

/// Group helper: entity index by key, creating entities on first sight.
pub(crate) struct EntityTable<'g> {
    pub entities: Vec<Entity<'g>>,
    by_id: HashMap<Cow<'g, str>, usize>,
}

impl<'g> EntityTable<'g> {
    /// A table for about `n` entities (no rehashing on the way).
    pub fn with_capacity(n: usize) -> Self {
        EntityTable { entities: Vec::with_capacity(n), by_id: HashMap::with_capacity_and_hasher(n, Default::default()) }
    }

    /// Index of the entity with id `id`, creating it from `make` if new
    /// (a borrowed id is kept as the key without a copy).
    pub fn intern(&mut self, id: Cow<'g, str>, make: impl FnOnce(Cow<'g, str>) -> Entity<'g>) -> usize {
        if let Some(&i) = self.by_id.get(id.as_ref()) {
            return i;
        }
        let i = self.entities.len();
        self.entities.push(make(id.clone()));
        self.by_id.insert(id, i);
        i
    }
}
