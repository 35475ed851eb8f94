//! Attribution: find reporting units (a cue verb with its subject and its
//! content) in each sentence, then give every quotation and reported clause a
//! speaker. Each rule has a name, written to the `rule` column:
//!
//! - `quote_cue_speaker`: « … », a déclaré X / a-t-il déclaré / said X / X said
//! - `speaker_cue_colon`: X a déclaré : « … »
//! - `speaker_cue_quote`: X said “…” (quote right after the cue)
//! - `speaker_cue_que`: X a déclaré que … (indirect; a quote filling the clause is direct)
//! - `speaker_cue_inf`: X a affirmé avoir … (indirect infinitive)
//! - `speaker_cue_clause`: X said the meeting … (English clause without *that*)
//! - `cue_speaker_after`: …, a déclaré Tass (the clause before an inverted cue)
//! - `selon`: selon X / d'après X / according to X, before or after the claim
//! - `comme_le_dit`: comme le rapporte X, …
//! - `incise`: « A, a-t-il dit, B » (one quote split in two, same speaker)
//! - `partial_in_clause`: a quoted fragment in a sentence with a unit
//! - `aux_quote`: X a « souligné … » (the quote is the predicate)
//! - `colon_subject`: X est catégorique : « … » (a colon, no cue: the clause's subject)
//! - `signature`: a block quotation signed on the next line (« — X »)
//! - `continuation`: a quote with no cue continues the previous speaker's turn
//! - `unattributed`: a long quote nobody is said to have said

use super::cues::{Cue, CueForm, CueKind, CueLexicon};
use super::marks::QuoteSpan;
use super::{Quote, QuoteKind, Span, SpeakerType};
use crate::entities::rules::is_plain_adjective;
use crate::entities::{Entity, EntityType, Mention};
use crate::lexicon::{AttrRole, Gender, HeadKind, Lexicons, TitleKind, WordClass};
use crate::segment::{positions, Lowered, Sentence, Token, TokenKind};
use crate::vocab::WordInfo;

/// Pairs statements with speakers.
pub struct Attributor<'a> {
    pub cues: &'a CueLexicon,
    pub lexicons: &'a Lexicons,
}

/// The inputs attribution needs about one document.
pub struct DocView<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
    pub sentences: &'t [Sentence],
    /// Outermost quotation spans, sorted.
    pub quotes: &'t [QuoteSpan],
    pub entities: &'t [Entity<'t>],
    /// Mentions sorted by start.
    pub mentions: &'t [Mention],
    /// Lower-case tokens.
    pub lowered: &'t Lowered,
    /// What the lexicons know of each token.
    pub words: &'t [WordInfo],
}

/// What a unit's claim may extend over, from the other units of its sentence.
struct Scope<'r> {
    /// The token where the next unit with content starts.
    next_left: usize,
    /// Quotations that a later unit's verb introduces: not this unit's.
    reserved: &'r [usize],
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Content {
    None,
    /// que-clause starting at token.
    Que(usize),
    /// After a colon at token.
    Colon(usize),
    /// A quote right after the cue.
    Quote(usize),
    /// Infinitive clause starting at token.
    Inf(usize),
    /// English clause without "that", from token.
    Clause(usize),
    /// « X se dit optimiste pour … »: the stance claimed, from token.
    Stance(usize),
    /// The claim is the rest of the sentence after token (selon X, …).
    After(usize),
    /// The claim is tokens [L, token) before the unit.
    Before(usize),
    /// « Le bilan, selon la police, fait état … »: the claim is the clause
    /// around the unit, resuming at token.
    Around(usize),
    /// « … . C’est ce qu’a annoncé X. »: the claim is the sentence before,
    /// tokens [a, b).
    Previous(usize, usize),
}

/// What a « C’est ce qu’a dit X » frame refers back to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum BackRef {
    /// The sentence before.
    Previous,
    /// The quotation opening the frame's sentence.
    Quote(usize),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Subject {
    /// Token range of a noun phrase.
    Np(usize, usize),
    /// Byte span of a pronoun (possibly inside a token: a-t-il).
    Pronoun(usize, usize),
    /// Same speaker as the previous unit of the sentence.
    Inherit,
    /// The latest speaker of the sentences before (« Et d’ajouter : … »).
    Previous,
}

#[derive(Debug, Clone, Copy)]
struct Unit {
    /// First token of the unit (subject or verb group), for clause ends.
    left: usize,
    cue: Span,
    vg_end: usize,
    subject: Subject,
    content: Content,
    kind: CueKind,
    rule: &'static str,
    /// The speaker is a passive's agent (« qualifié de « … » par X »): a
    /// gerund after it shares the sentence's subject, not the agent.
    passive: bool,
}

struct Speaker {
    span: Option<Span>,
    entity: Option<usize>,
    stype: SpeakerType,
}

impl Attributor<'_> {
    /// Extract attributed quotes and claims, sorted by start.
    pub fn extract(&self, d: &DocView) -> Vec<Quote> {
        let w = Work::new(self, d);
        w.run()
    }
}

struct Work<'a, 't> {
    a: &'a Attributor<'a>,
    d: &'a DocView<'t>,
    /// Token → index of the outer quote containing it (marks included).
    tok_quote: Vec<Option<usize>>,
    /// Token → its sentence reads as English.
    english: Vec<bool>,
    /// The tokens a unit can start at, in order: words outside quotes that
    /// are source words, reporting cues or hyphenated (« dit-il »).
    unit_starts: Vec<u32>,
    /// Latest person who spoke: (sentence index, entity).
    last_person: std::cell::Cell<Option<(usize, usize)>>,
}

const PRONOUNS: &[&str] = &["il", "elle", "ils", "elles", "he", "she", "they", "lui", "eux"];

/// Stressed pronouns (« lui », « eux »): a subject of their own (« Eux
/// d’ajouter », « Pour lui, ») or a repetition of the subject between
/// commas (« Le rectorat, lui, assure », « ont, eux, prévenu »).
const STRESSED: &[&str] = &["lui", "elle", "eux", "elles"];

impl<'a, 't> Work<'a, 't> {
    fn new(a: &'a Attributor<'a>, d: &'a DocView<'t>) -> Self {
        // The tokens of each quote are a run: fill runs rather than test
        // every token. Later quotes first, so that the first quote holding
        // a token names it.
        let mut tok_quote = vec![None; d.tokens.len()];
        for (q, span) in d.quotes.iter().enumerate().rev() {
            let from = d.tokens.partition_point(|t| t.start < span.open);
            let to = d.tokens.partition_point(|t| t.start < span.close);
            if from < to {
                tok_quote[from..to].fill(Some(q));
            }
        }
        let mut english = vec![false; d.tokens.len()];
        for s in d.sentences {
            let (mut en, mut fr) = (0, 0);
            for w in &d.words[s.first_token..s.end_token] {
                en += w.sentence_en() as u32;
                fr += w.sentence_fr() as u32;
            }
            if en > fr {
                english[s.first_token..s.end_token].fill(true);
            }
        }
        let unit_starts = positions(d.tokens.iter().zip(d.words).zip(&tok_quote).map(|((t, w), q)| {
            let starts = w.is_source_word() | w.cue.is_some() | t.hyphenated;
            q.is_none() & (t.kind == TokenKind::Word) & starts
        }));
        Work { a, d, tok_quote, english, unit_starts, last_person: std::cell::Cell::new(None) }
    }

    fn w(&self, i: usize) -> &str {
        self.d.lowered.get(i)
    }
    fn tok(&self, i: usize) -> Token {
        self.d.tokens[i]
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tok(i).kind == TokenKind::Punct && self.w(i) == p
    }
    fn is(&self, i: usize, c: WordClass) -> bool {
        self.d.words[i].is(c)
    }
    /// The reporting cue token `i` is, if any.
    fn cue(&self, i: usize) -> Option<(&'a Cue, CueForm)> {
        self.d.words[i].cue.map(|(c, f)| (&self.a.cues.cues[c as usize], f))
    }
    /// Token `i` has attribution role `role` (`attribution_words.tsv`).
    fn has(&self, i: usize, role: AttrRole) -> bool {
        self.a.lexicons.is_attr(self.w(i), role)
    }
    fn is_aux(&self, i: usize) -> bool {
        let t = self.tok(i);
        if t.kind != TokenKind::Word {
            return false;
        }
        if self.w(i) == "a" {
            // French "a" (has) or English "a" (article): never capitalised, and
            // not in an English sentence.
            return !t.cap && !self.english[i];
        }
        self.is(i, WordClass::Auxiliary) || inverted_aux(self.w(i)).is_some()
    }
    /// Token opens quote q (its first token is the mark).
    fn opens_quote(&self, i: usize) -> Option<usize> {
        self.tok_quote[i].filter(|&q| self.d.quotes[q].open == self.tok(i).start)
    }
    fn closes_quote(&self, i: usize) -> Option<usize> {
        self.tok_quote[i].filter(|&q| self.d.quotes[q].close == self.tok(i).end)
    }
    fn span(&self, a: usize, b: usize) -> Span {
        (self.tok(a).start, self.tok(b - 1).end)
    }

    fn run(&self) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        let mut claimed = vec![false; self.d.quotes.len()];
        // Last attributed speaker: (sentence index, speaker) for continuations and pronouns.
        let mut last: Option<(usize, Speaker)> = None;
        for (si, s) in self.d.sentences.iter().enumerate() {
            let units = self.units(s);
            // « Selon X, Y aurait crié « … » »: a quotation that a later
            // unit's verb introduces is that unit's, not part of an earlier
            // unit's claim.
            let reserved: Vec<usize> = units
                .iter()
                .filter_map(|u| match u.content {
                    Content::Quote(q) if self.tok(u.left).start < self.d.quotes[q].open => Some(q),
                    _ => None,
                })
                .collect();
            let mut speakers: Vec<Speaker> = Vec::with_capacity(units.len());
            // Which units said something (content, or a quote of the
            // sentence): only those are a later continuation's speaker, not
            // « le public réagit aux matchs ».
            let mut spoke: Vec<bool> = units.iter().map(|u| u.content != Content::None).collect();
            // « X a réagi vivement à l’annonce : » ending a paragraph: the
            // quote that opens the next is X's.
            if s.end_token > s.first_token && self.w(s.end_token - 1) == ":" {
                if let Some(last_unit) = spoke.last_mut() {
                    *last_unit = true;
                }
            }
            for (ui, u) in units.iter().enumerate() {
                let sp = match u.subject {
                    // Not from a passive's agent past the main verb:
                    // « Qualifié de « … » par X, le directeur a répondu en
                    // précisant que … » (but « lancée par X, déclarant que »).
                    Subject::Inherit => match speakers.last().filter(|_| {
                        let p = &units[ui - 1];
                        !p.passive || !(p.vg_end..u.left).any(|k| self.is_aux(k) || self.is_se(k))
                    }) {
                        Some(p) => Speaker { span: p.span, entity: p.entity, stype: p.stype },
                        None => match self.sentence_subject(s) {
                            Some((a, b)) => self.resolve_subject(a, b, si, &last),
                            None => Speaker { span: None, entity: None, stype: SpeakerType::Desc },
                        },
                    },
                    Subject::Np(a, b) => self.resolve_np(a, b),
                    Subject::Pronoun(a, b) => self.resolve_pronoun(a, b, si, &last),
                    // The latest speaker of the two sentences before, else
                    // the subject of the sentence before, if someone.
                    Subject::Previous => match &last {
                        Some((lsi, p)) if si - lsi <= 2 => Speaker { span: p.span, entity: p.entity, stype: p.stype },
                        _ => si
                            .checked_sub(1)
                            .and_then(|p| {
                                let (a, b) = self.sentence_subject(&self.d.sentences[p])?;
                                let sp = self.resolve_subject(a, b, p, &last);
                                (sp.entity.is_some() || self.is_someone(&sp, a, b)).then_some(sp)
                            })
                            .unwrap_or(Speaker { span: None, entity: None, stype: SpeakerType::Desc }),
                    },
                };
                let next_left =
                    units[ui + 1..].iter().find(|n| n.content != Content::None).map(|n| n.left).unwrap_or(s.end_token);
                // « X a déclaré que …, selon Tass »: an earlier unit already claims the clause.
                let claimed_earlier = units[..ui].iter().any(|p| p.content != Content::None && p.rule != "selon");
                let sourced_before = matches!(u.rule, "selon" | "comme_le_dit")
                    && matches!(u.content, Content::Before(_) | Content::Around(_));
                if sourced_before && claimed_earlier || !self.take_previous(u, &mut claimed, &mut out) {
                    // Said nothing of its own: no later continuation is its.
                    spoke[ui] = false;
                } else if let Content::After(_) = u.content {
                    // « D’après le journal, il aurait confié qu’il « … » »:
                    // a quotation inside a later unit's clause is that
                    // unit's speaker's, not the source's.
                    let mut mine = reserved.clone();
                    let in_sentence = self.sentence_quotes(s);
                    for (n, u2) in units.iter().enumerate().skip(ui + 1) {
                        let (Content::Que(c) | Content::Inf(c) | Content::Clause(c)) = u2.content else { continue };
                        // (« … a affirmé que » may end the text.)
                        if c >= s.end_token {
                            continue;
                        }
                        let to = units[n + 1..]
                            .iter()
                            .find(|x| x.content != Content::None)
                            .map_or(s.end, |x| self.tok(x.left).start);
                        let from = self.tok(c).start;
                        mine.extend(in_sentence.iter().filter(|&&q| (from..to).contains(&self.d.quotes[q].open)));
                    }
                    let scope = Scope { next_left, reserved: &mine };
                    self.emit_unit(s, u, &sp, &scope, &mut claimed, &mut out);
                } else {
                    let scope = Scope { next_left, reserved: &reserved };
                    self.emit_unit(s, u, &sp, &scope, &mut claimed, &mut out);
                }
                speakers.push(sp);
            }
            // Quotes of this sentence not yet claimed.
            let qs: Vec<usize> = self.quotes_ending_in(s);
            for q in qs {
                if claimed[q] {
                    continue;
                }
                let qs_ = self.d.quotes[q];
                let first_tok = self.first_token_at(qs_.open);
                let parts = self.split_incise(q);
                if parts.len() == 2 {
                    claimed[q] = true;
                    if let Some(sp) = &parts[1].2 {
                        for (a, b, _, cue) in &parts {
                            out.push(self.quote(*a, *b, QuoteKind::Direct, sp, *cue, 0.8, "incise"));
                        }
                    }
                    continue;
                }
                // « le groupe baptisé « X » », « mis en examen pour « vol » »:
                // a name or a charge, no one's words.
                if self.names_something(q) {
                    claimed[q] = true;
                    continue;
                }
                // Nearest unit before, else after.
                let pick = units
                    .iter()
                    .enumerate()
                    .rev()
                    .find(|(_, u)| {
                        self.tok(u.left).start <= qs_.open
                            && (u.kind != CueKind::Request || self.requested(u.vg_end, first_tok))
                    })
                    .or_else(|| units.iter().enumerate().next().filter(|(_, u)| u.kind != CueKind::Request));
                if let Some((ui, u)) = pick {
                    spoke[ui] = true;
                    let sp = &speakers[ui];
                    // "“A,” she added, “B.”": right after the incise of a
                    // quotation, its second half, whatever its first letter.
                    let second_half = matches!(u.content, Content::Quote(_))
                        && first_tok > 0
                        && self.is_punct(first_tok - 1, ",")
                        && u.vg_end + 1 == first_tok;
                    let kind = if second_half || self.starts_clause(s, first_tok) {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    };
                    claimed[q] = true;
                    let rule = if second_half { "quote_cue_speaker" } else { "partial_in_clause" };
                    out.push(self.quote(qs_.start, qs_.end, kind, sp, Some(u.cue), 0.75, rule));
                    continue;
                }
                let avoir = |k: usize| {
                    self.is_aux(k) && matches!(self.w(k), "a" | "ont" | "avait" | "avaient" | "has" | "have" | "had")
                };
                // « X est « effaré » »: after « être », only a person or body
                // (or a role) owns the quoted attribute, not « le bilan ».
                let etre = |k: usize| self.is_aux(k) && matches!(self.w(k), "est" | "sont" | "était" | "étaient");
                let aux = first_tok.checked_sub(1).filter(|&k| k >= s.first_token && (avoir(k) || etre(k)));
                // « Le pape « s’associe à la douleur » »: a quotation opening
                // with a clitic or a negation is the predicate of the subject
                // right before it.
                let inner = first_tok + 1;
                let predicate = aux.is_none()
                    && first_tok > s.first_token
                    && inner < s.end_token
                    && !self.tok(inner).cap
                    && matches!(self.w(inner), "se" | "s’" | "s'" | "ne" | "n’" | "n'");
                // « Le ministère a décidé de « fermer les frontières » »: the
                // quoted infinitive completing the subject's act is its wording,
                // if the subject is a person or body.
                let control = (aux.is_none() && !predicate && first_tok >= s.first_token + 3)
                    .then(|| first_tok - 3)
                    .filter(|&k| {
                        avoir(k)
                            && self.past_participle(k + 1)
                            && matches!(self.w(k + 2), "de" | "d’" | "d'" | "à")
                            && self.tok_quote[k].is_none()
                    });
                let verb_at = if predicate { Some(first_tok) } else { aux.or(control) };
                let subject = verb_at.and_then(|v| Some((v, self.subject_before(s.first_token, v)?)));
                if let Some((v, (a, b))) = subject {
                    let sp = self.resolve_np(a, b);
                    if !predicate && control.is_none() && avoir(v) || self.is_someone(&sp, a, b) {
                        // Every quote of the sentence goes to this subject.
                        for q2 in self.sentence_quotes(s) {
                            if !claimed[q2] {
                                claimed[q2] = true;
                                let sq = self.d.quotes[q2];
                                out.push(self.quote(sq.start, sq.end, QuoteKind::Partial, &sp, None, 0.6, "aux_quote"));
                            }
                        }
                        last = Some((si, sp));
                        continue;
                    }
                }
                let words = self.d.text[qs_.start..qs_.end].split_whitespace().count();
                // « … », peut-on lire dans le communiqué / « … », tranche-t-il:
                // an inverted verb after the quote names a source of its own,
                // though not one the cue lexicon knows. Not the previous
                // speaker's, then, and kept even if short.
                let mut k = self.first_token_at(qs_.close);
                if k < s.end_token && self.is_punct(k, ",") {
                    k += 1;
                }
                let own_incise = k < s.end_token && split_inversion(self.w(k)).is_some();
                // « Le ministre est plus explicite : « … » »: a quotation after
                // a colon is the words of the clause's subject, if a person or
                // body, though no cue introduces it.
                if let Some((sp, cue)) = self.colon_subject(first_tok, si, &last) {
                    claimed[q] = true;
                    out.push(self.quote(qs_.start, qs_.end, QuoteKind::Direct, &sp, cue, 0.6, "colon_subject"));
                    last = Some((si, sp));
                    continue;
                }
                // A block quotation signed on the line below (« — Association X »).
                if let Some((a, b)) = self.signature_after(q) {
                    claimed[q] = true;
                    let sp = self.resolve_np(a, b);
                    out.push(self.quote(qs_.start, qs_.end, QuoteKind::Direct, &sp, None, 0.85, "signature"));
                    last = Some((si, sp));
                    continue;
                }
                if !own_incise && self.starts_clause(s, first_tok) {
                    if let Some((lsi, sp)) = &last {
                        if si - lsi <= 2 && sp.span.is_some() {
                            claimed[q] = true;
                            let sp2 = Speaker { span: sp.span, entity: sp.entity, stype: sp.stype };
                            out.push(self.quote(
                                qs_.start,
                                qs_.end,
                                QuoteKind::Direct,
                                &sp2,
                                None,
                                0.5,
                                "continuation",
                            ));
                            continue;
                        }
                    }
                }
                if own_incise || words >= 6 && !self.headline(q) {
                    claimed[q] = true;
                    let none = Speaker { span: None, entity: None, stype: SpeakerType::Desc };
                    let kind = if self.starts_clause(s, first_tok) { QuoteKind::Direct } else { QuoteKind::Partial };
                    out.push(self.quote(qs_.start, qs_.end, kind, &none, None, 0.3, "unattributed"));
                }
            }
            if let Some(e) = speakers.iter().rev().find_map(|sp| sp.entity.filter(|_| sp.stype == SpeakerType::Per)) {
                self.last_person.set(Some((si, e)));
            }
            if let Some((sp, _)) = speakers.into_iter().zip(spoke).rev().find(|(sp, spoke)| *spoke && sp.span.is_some())
            {
                last = Some((si, sp));
            }
        }
        out.sort_by_key(|q| (q.start, q.end));
        out.dedup_by(|b, a| a.start == b.start && a.end == b.end);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn quote(
        &self,
        start: usize,
        end: usize,
        kind: QuoteKind,
        sp: &Speaker,
        cue: Option<Span>,
        conf: f32,
        rule: &'static str,
    ) -> Quote {
        let conf = if sp.span.is_none() { conf.min(0.3) } else { conf };
        let (start, end) = trim_stray_marks(self.d.text, start, end);
        Quote {
            start,
            end,
            kind,
            speaker: sp.span,
            speaker_entity: sp.entity,
            speaker_name: String::new(),
            speaker_type: sp.stype,
            cue,
            confidence: conf,
            rule,
        }
    }

    fn first_token_at(&self, byte: usize) -> usize {
        self.d.tokens.partition_point(|t| t.start < byte)
    }

    /// The quotes that end in sentence `s`: a quote running over
    /// paragraphs (« … ¶ « … », a poursuivi X) waits for the sentence of
    /// its closing mark, where its cue is.
    fn quotes_ending_in(&self, s: &Sentence) -> Vec<usize> {
        let mut v: Vec<usize> = (s.first_token..s.end_token).filter_map(|i| self.closes_quote(i)).collect();
        v.dedup();
        v
    }

    fn sentence_quotes(&self, s: &Sentence) -> Vec<usize> {
        let mut v: Vec<usize> = (s.first_token..s.end_token).filter_map(|i| self.opens_quote(i)).collect();
        v.dedup();
        v
    }

    /// The speaker of a quotation opening at token `first` right after a
    /// colon, when no cue introduces it: the subject of the colon's
    /// sentence, if it names a person or body, has a role word, or is a
    /// personal pronoun (« Paul Girard a vivement réagi : », « Elle est
    /// catégorique : »). Sentence `si` holds the quotation; `last` is the
    /// latest speaker (a colon sentence that spoke already is not asked).
    fn colon_subject(
        &self,
        first: usize,
        si: usize,
        last: &Option<(usize, Speaker)>,
    ) -> Option<(Speaker, Option<Span>)> {
        if first == 0 || self.w(first - 1) != ":" {
            return None;
        }
        let ci = self.d.sentences.partition_point(|s| s.end_token < first);
        let cs = self.d.sentences.get(ci)?;
        if last.as_ref().is_some_and(|(lsi, _)| *lsi == ci) {
            return None;
        }
        let sp = self.colon_speaker(first, cs, si, last)?;
        // A cue verb of the clause, too far from the colon to take it as
        // content (« s’est de son côté étonné d’une telle demande ponctuant
        // sa réponse : »), is the cue.
        let after = sp.span.map_or(cs.first_token, |(_, e)| self.first_token_at(e));
        let cue = (after..first - 1)
            .find(|&k| {
                self.tok_quote[k].is_none()
                    && self.cue(k).is_some_and(|(_, f)| f != CueForm::Infinitive)
                    && !self.cue_is_noun(after, k)
            })
            .map(|k| self.span(k, k + 1));
        Some((sp, cue))
    }

    /// The speaker of a quotation after the colon before token `first`, in
    /// the sentence `cs` (see `colon_subject`).
    fn colon_speaker(
        &self,
        first: usize,
        cs: &Sentence,
        si: usize,
        last: &Option<(usize, Speaker)>,
    ) -> Option<Speaker> {
        // « Ce n’est pas l’avis de X : « … » », « Réaction du ministre : »:
        // someone's words named right before the colon.
        let colon = first - 1;
        let owner = (cs.first_token..colon.saturating_sub(1)).rev().take(8).find_map(|k| {
            if !self.has(k, AttrRole::SpeechNoun) || !matches!(self.w(k + 1), "de" | "du" | "des" | "d’" | "d'") {
                return None;
            }
            // « Les paroles de X sont : »: the owner ends at the verb.
            let a = k + 2;
            let b = (a..colon).find(|&t| self.is_aux(t)).unwrap_or(colon);
            let sp = (a < b && (a..b).all(|t| self.tok_quote[t].is_none())).then(|| self.resolve_np(a, b))?;
            self.is_someone(&sp, a, b).then_some(sp)
        });
        if owner.is_some() {
            return owner;
        }
        let (a, b) = self.sentence_subject(cs)?;
        if b >= first || self.tok_quote[a].is_some() {
            return None;
        }
        if b == a + 1 && PRONOUNS.contains(&self.w(a)) {
            // Not the impersonal « il » (« Il est clair : », « Il faut … : »).
            // « Il est allé consoler X : »: « être » as an auxiliary is personal.
            let compound = matches!(self.w(b), "est" | "était")
                && b + 1 < first
                && (self.past_participle(b + 1)
                    || matches!(self.w(b + 1), "venu" | "parti" | "arrivé" | "allé" | "revenu" | "descendu" | "monté"));
            let personal = matches!(self.w(a), "elle" | "elles" | "he" | "she" | "they")
                || compound
                || !matches!(self.w(b), "y" | "faut" | "s’agit" | "s'agit" | "semble" | "paraît" | "est" | "était");
            return personal.then(|| self.resolve_subject(a, b, si, last));
        }
        let sp = self.resolve_np(a, b);
        self.is_someone(&sp, a, b).then_some(sp)
    }

    /// The phrase [a, b) resolved as `sp` names a person or body, or holds a
    /// role word (« le porte-parole ») or a noun for a person (« une
    /// élue »): someone who can speak, not « le bilan » nor « le slogan ».
    fn is_someone(&self, sp: &Speaker, a: usize, b: usize) -> bool {
        sp.entity.is_some() && matches!(sp.stype, SpeakerType::Per | SpeakerType::Org)
            || (a..b).any(|k| {
                let w = &self.d.words[k];
                w.title.is_some() || w.head.is_some_and(|h| h.kind == HeadKind::Org) || self.has(k, AttrRole::Anaphor)
            })
    }

    /// The speaker a subject [a, b) names: a lone pronoun resolved to its
    /// referent (sentence `si`, latest speaker `last`), else the noun phrase.
    fn resolve_subject(&self, a: usize, b: usize, si: usize, last: &Option<(usize, Speaker)>) -> Speaker {
        if b == a + 1 && PRONOUNS.contains(&self.w(a)) {
            self.resolve_pronoun(self.tok(a).start, self.tok(a).end, si, last)
        } else {
            self.resolve_np(a, b)
        }
    }

    /// The signature of a block quotation: the quote fills its paragraph and
    /// the next line is a dash and a name or description (« — Société X »,
    /// « — Jean Dupont, maire de Lyon »). Returns its token range.
    fn signature_after(&self, q: usize) -> Option<(usize, usize)> {
        let x = self.d.quotes[q];
        let first = self.first_token_at(x.open);
        let toks = self.d.tokens;
        if first > 0 && !toks[first].newline_before {
            return None;
        }
        // Past the closing mark and any final punctuation on its line.
        let mut k = self.first_token_at(x.close);
        while k < toks.len() && !toks[k].newline_before && toks[k].kind == TokenKind::Punct {
            k += 1;
        }
        if k >= toks.len() || !toks[k].newline_before || !matches!(self.w(k), "—" | "–" | "-") {
            return None;
        }
        let a = k + 1;
        let mut b = a;
        while b < toks.len() && !toks[b].newline_before && b - a < 64 {
            b += 1;
        }
        if b < toks.len() && !toks[b].newline_before {
            return None; // no line of its own
        }
        // A long signature keeps its first comma segment (the name).
        if b - a > 14 {
            b = (a..b).find(|&j| self.w(j) == ",").unwrap_or(b);
        }
        while b > a && matches!(self.w(b - 1), "." | "," | ";" | ":") {
            b -= 1;
        }
        let ok = b > a
            && b - a <= 14
            && toks[a].cap
            && toks[a].kind == TokenKind::Word
            && (a..b).all(|j| self.tok_quote[j].is_none());
        ok.then_some((a, b))
    }

    /// Quote `q` names something rather than reporting words: it is exactly
    /// an entity mention, or it follows a naming participle (« baptisé « X » »,
    /// "dubbed “X”"), or « pour » after a word of criminal procedure (« mis en
    /// examen pour « vol » »).
    fn names_something(&self, q: usize) -> bool {
        let x = self.d.quotes[q];
        let first = self.first_token_at(x.open);
        // « le groupe « État islamique » », « le « Conseil militaire de X » »:
        // the quotation is exactly a name the tagger found.
        let ms = self.mentions_in(x.start, x.end);
        if ms.len() == 1 && ms[0].start == x.start && ms[0].end == x.end {
            return true;
        }
        // « l’équipe « Vitoria » »: one capitalised word no lexicon knows is
        // a name too (« Non » is a word, and an answer).
        let inner = self.first_token_at(x.start);
        if inner + 1 < self.d.tokens.len()
            && self.tok(inner).start == x.start
            && self.tok(inner).end == x.end
            && self.tok(inner).cap
            && self.tok(inner).kind == TokenKind::Word
            && self.d.words[inner].zipf < 3.0
        {
            return true;
        }
        if first == 0 {
            return false;
        }
        // « la « Belle alliance populaire » », « les « Gilets verts » »: a
        // short capitalised phrase right after an article is a name.
        let end = self.first_token_at(x.end);
        let article =
            |k: usize| matches!(self.w(k), "le" | "la" | "les" | "l’" | "l'" | "du" | "des" | "au" | "aux" | "the");
        // « l’opération « Bouclier du Nord » », « le plan « Grand Paris » »:
        // or after an article and a common noun.
        let noun = |k: usize| {
            k >= 1
                && article(k - 1)
                && self.tok(k).kind == TokenKind::Word
                && !self.tok(k).cap
                && !self.d.words[k].is_function_word()
                && self.cue(k).is_none()
        };
        if (article(first - 1) || noun(first - 1))
            && self.tok(inner).start == x.start
            && self.tok(inner).cap
            && !self.d.words[inner].is_function_word()
            && (1..=5).contains(&(end - inner))
            && (inner..end).all(|k| self.tok(k).kind == TokenKind::Word)
        {
            return true;
        }
        // « pour « vol » et « recel » »: a quotation coordinated with one
        // that names something names something too. The chain is walked
        // back to its first quotation (a loop: chains may be long).
        let (mut q, mut first) = (q, first);
        while first >= 2 && q > 0 && matches!(self.w(first - 1), "et" | "ou" | ",") {
            let prev = self.d.quotes[q - 1];
            let prev_first = self.first_token_at(prev.open);
            // `close` is past the closing mark: the token there is the connective.
            if self.first_token_at(prev.close) != first - 1 || prev_first == 0 {
                break;
            }
            (q, first) = (q - 1, prev_first);
        }
        self.names_something_before(first)
    }

    /// The words before a quotation's opening token `first` (> 0) make it a
    /// name, a title or a charge.
    /// Is quotation `q` a headline (« Pays : un séisme fait 3 morts »):
    /// a short topic of capitalised words, a colon, then the title? An
    /// article's title cited with no cue is no one's words.
    fn headline(&self, q: usize) -> bool {
        let qs = self.d.quotes[q];
        let first = self.first_token_at(qs.open) + 1;
        let Some(colon) = (first..(first + 5).min(self.d.tokens.len())).find(|&k| self.is_punct(k, ":")) else {
            return false;
        };
        colon > first
            && self.tok(colon).end < qs.close
            && self.tok(first).cap
            && (first..colon).all(|k| {
                self.tok(k).kind == TokenKind::Word
                    && !self.is(k, WordClass::Pronoun)
                    && !self.is_aux(k)
                    && self.cue(k).is_none()
            })
    }

    fn names_something_before(&self, first: usize) -> bool {
        self.has(first - 1, AttrRole::Naming)
            // « auteur de « X » », « le statut d’« X » »
            || first >= 2 && matches!(self.w(first - 1), "de" | "d’" | "d'") && self.has(first - 2, AttrRole::Label)
            || self.w(first - 1) == "pour"
                && (first.saturating_sub(5)..first - 1).any(|k| self.has(k, AttrRole::Charge))
    }

    /// Token i begins an utterance: sentence start, or after a colon or dash.
    fn starts_clause(&self, s: &Sentence, i: usize) -> bool {
        i <= s.first_token || matches!(self.w(i - 1), ":" | "—" | "–")
    }

    // ---------------------------------------------------------------- units

    fn units(&self, s: &Sentence) -> Vec<Unit> {
        let mut units: Vec<Unit> = Vec::new();
        // Only source words and cue verbs (or an inverted « dit-il ») outside
        // quotes can start a unit (`unit_starts`); `i` is the first token a
        // unit may still start at.
        let mut i = s.first_token;
        let from = self.unit_starts.partition_point(|&k| (k as usize) < s.first_token);
        for &k in &self.unit_starts[from..] {
            let k = k as usize;
            if k >= s.end_token {
                break;
            }
            if k < i {
                continue;
            }
            i = k;
            let info = &self.d.words[i];
            if info.is_source_word() {
                if let Some(u) = self.selon_unit(s, i) {
                    i = u.vg_end;
                    units.push(u);
                    continue;
                }
            }
            if info.cue.is_none() && !self.tok(i).hyphenated {
                i += 1;
                continue;
            }
            if let Some(u) = self.cue_unit(s, i, units.last()) {
                i = u.vg_end.max(i + 1);
                units.push(u);
                continue;
            }
            i += 1;
        }
        units
    }

    /// `selon X`, `d'après X`, `according to X`.
    fn selon_unit(&self, s: &Sentence, i: usize) -> Option<Unit> {
        let w = self.w(i);
        if w == "pour" && (i == s.first_token || self.after_connective(s, i)) {
            return self.pour_unit(s, i);
        }
        // « À en croire X, … »: « selon X ».
        let en_croire = w == "croire" && i >= s.first_token + 2 && self.w(i - 1) == "en" && self.w(i - 2) == "à";
        let i = if en_croire { i - 2 } else { i };
        let np_start = match w {
            "croire" if en_croire => i + 3,
            "selon" => i + 1,
            "d’" | "d'" if i + 1 < s.end_token && self.w(i + 1) == "après" => i + 2,
            "according" if i + 1 < s.end_token && self.w(i + 1) == "to" => i + 2,
            _ => return None,
        };
        if np_start >= s.end_token {
            return None;
        }
        let mut np_start = np_start;
        // « selon ce qui ne constitue qu’un bilan provisoire »: a relative
        // on « ce » names no source, but for the subject inverted after its
        // cue verb (« selon ce qu’a déclaré le ministre », « selon ce que
        // rapporte X »).
        if self.w(np_start) == "ce" && np_start + 1 < s.end_token {
            match self.w(np_start + 1) {
                "qui" => return None,
                "que" | "qu’" | "qu'" => {
                    let mut k = np_start + 2;
                    if k < s.end_token && self.is_aux(k) {
                        k += 1;
                    }
                    if k + 1 < s.end_token && self.cue(k).is_some() && self.tok(k + 1).kind == TokenKind::Word {
                        np_start = k + 1;
                    } else {
                        return None;
                    }
                }
                _ => {}
            }
        }
        // « selon le jour », « d’après le film de … »: no source.
        let head = (np_start..s.end_token.min(np_start + 3)).find(|&k| !self.is(k, WordClass::Determiner));
        if head.is_some_and(|h| self.has(h, AttrRole::NonSource)) {
            return None;
        }
        // « selon les dires du témoin », « d’après les informations de l’AFP »,
        // « selon un bilan provisoire des autorités »: someone's words, a count
        // or an estimate are their owner's claim; a count without one is no one's.
        let owned = |h: usize| self.has(h, AttrRole::SpeechNoun) || self.has(h, AttrRole::Evidence);
        // The noun may follow an adjective (« les dernières informations »).
        let owner_noun = (np_start..s.end_token.min(np_start + 3))
            .take_while(|&k| self.tok(k).kind == TokenKind::Word && !self.tok(k).cap)
            .find(|&k| owned(k));
        if let Some(h) = owner_noun {
            let of = (h + 1..s.end_token.min(h + 4))
                .take_while(|&k| self.tok(k).kind == TokenKind::Word && !self.tok(k).cap)
                // « les chiffres publiés par l’institut »: an agent owns them too.
                .find(|&k| matches!(self.w(k), "de" | "du" | "des" | "d’" | "d'" | "par" | "from" | "by"));
            match of {
                Some(k) if k + 1 < s.end_token && self.tok(k + 1).kind == TokenKind::Word => np_start = k + 1,
                _ if self.has(h, AttrRole::Evidence) => return None,
                _ => {}
            }
        }
        // « selon un « mode sans échec » »: « selon » as « in accordance
        // with », before an indefinite and a quoted term.
        if np_start + 1 < s.end_token
            && matches!(self.w(np_start), "un" | "une" | "a" | "an")
            && self.opens_quote(np_start + 1).is_some()
        {
            return None;
        }
        if matches!(
            self.w(np_start),
            "lequel" | "laquelle" | "lesquels" | "lesquelles" | "que" | "qu’" | "qu'" | "moi" | "nous"
        ) {
            return None;
        }
        // Sentence- or clause-initial: the claim follows the comma.
        let initial =
            i == s.first_token || self.is_punct(i - 1, ",") && i - 1 == s.first_token + 1 || self.lead_only(s, i);
        // « … a rappelé que selon lui « … » », « … et, d’après un policier,
        // … »: the claim follows the source.
        let after_que = i > s.first_token && matches!(self.w(i - 1), "que" | "qu’" | "qu'")
            || i >= s.first_token + 2
                && self.is_punct(i - 1, ",")
                && matches!(self.w(i - 2), "et" | "mais" | "and" | "but")
            // « …, mais selon le ministre, X, les engins … », « … jeudi et
            // selon le centre, « … » »: a coordinated clause opens with
            // its source.
            || i >= s.first_token + 2 && matches!(self.w(i - 1), "et" | "mais" | "and" | "but");
        let initial = initial || self.after_connective(s, i);
        let comma =
            (np_start..s.end_token.min(np_start + 14)).find(|&k| self.is_punct(k, ",") || self.tok_quote[k].is_some());
        let mut relative_at = None;
        let np_end = match comma {
            // « D'après un sondage publié dimanche, … »: the source runs to
            // the comma, or to the end of its apposition.
            Some(c) if (initial || after_que) && c > np_start && self.is_punct(c, ",") => {
                let mut e = self.apposition_end(np_start, c, s.end_token).unwrap_or(c);
                // « Selon des experts, dont X, directeur de Y, … »: the
                // sources named among them are part of the source.
                // « …, surveillant les milieux X, »: so is a participial
                // phrase describing them.
                let among = |k: usize| matches!(self.w(k), "dont" | "notamment" | "including");
                // « Selon le quotidien X, qui cite des diplomates, … »: a
                // relative on the source describes it, and is no part of it.
                if e + 2 < s.end_token && matches!(self.w(e + 1), "qui" | "who") {
                    relative_at = Some(e);
                }
                while e + 2 < s.end_token
                    && (among(e + 1) || e > c && self.participial(e + 1) || relative_at == Some(e))
                {
                    let from = e + 1 + among(e + 1) as usize;
                    let Some(c2) = (from + 1..s.end_token.min(from + 14)).find(|&k| self.is_punct(k, ",")) else {
                        break;
                    };
                    e = self.apposition_end(from, c2, s.end_token).unwrap_or(c2);
                }
                e
            }
            // « … à en croire les calculs d’astronomes publiés mercredi »:
            // a participle that ends the source describes its words.
            _ => {
                let mut e = self.np_after(s, np_start, false)?;
                // Only where a word (« mercredi », « par ») cut the phrase:
                // before punctuation, « -té » is a noun (« la santé »).
                let cut_by_word = e < s.end_token && self.tok(e).kind == TokenKind::Word;
                while cut_by_word && e > np_start + 1 && self.past_participle(e - 1) && !self.tok(e - 1).cap {
                    e -= 1;
                }
                e
            }
        };
        // « Selon un porte-parole de la police à l’AFP, … »: the addressee
        // is no part of the source.
        // Nor is an editor's note in brackets (« ( NDLR : … ) »); a short
        // form in brackets (« (OMS) ») is kept.
        let source_end = (np_start + 1..np_end)
            .find(|&k| {
                self.w(k) == "à" && self.press_addressee(k + 1, np_end)
                    || self.w(k) == "(" && (k + 2..np_end).find(|&c| self.w(c) == ")").is_some_and(|c| c > k + 2)
            })
            .unwrap_or(np_end)
            .min(relative_at.unwrap_or(np_end));
        // « Selon d’autres sources cependant, … »: a connective adverb
        // ending the phrase is no part of the source.
        let mut source_end = source_end;
        while source_end > np_start + 1 && is_connective(self.w(source_end - 1)) {
            source_end -= 1;
        }
        // « selon ses propos », « d’après ses déclarations »: words whose
        // owner is named only by a possessive are the owner's, as a pronoun.
        let possessed = owner_noun.is_some_and(|h| {
            h + 1 == source_end && h > np_start && matches!(self.w(h - 1), "son" | "sa" | "ses" | "his" | "her")
        });
        let subject = if source_end == np_start + 1 && PRONOUNS.contains(&self.w(np_start)) {
            Subject::Pronoun(self.tok(np_start).start, self.tok(np_start).end)
        } else if possessed {
            Subject::Pronoun(self.tok(np_start).start, self.tok(source_end - 1).end)
        } else {
            Subject::Np(np_start, source_end)
        };
        let comma_after = np_end + 1 < s.end_token && self.is_punct(np_end, ",");
        let content = if initial {
            if comma_after {
                Content::After(np_end + 1)
            } else {
                Content::None
            }
        } else if after_que && np_end < s.end_token {
            let c = np_end + comma_after as usize;
            // A quotation right after the source is its words.
            if let Some(q) = self.opens_quote(c) {
                Content::Quote(q)
            } else {
                Content::After(c)
            }
        } else if self.is_punct(i - 1, ",")
            && comma_after
            && !matches!(
                self.w(np_end + 1),
                "qui" | "que" | "qu’" | "qu'" | "dont" | "où" | "which" | "who" | "et" | "mais" | "and" | "but"
            )
            // « qui aurait, selon X, zigzagué »: a past participle resumes the clause.
            && (!self.participial(np_end + 1) || self.past_participle(np_end + 1))
            && self.cue(np_end + 1).is_none()
            && (np_end + 1..s.end_token).any(|k| self.tok(k).kind == TokenKind::Word)
        {
            // An incise between commas: the sentence around it is the claim.
            Content::Around(np_end + 1)
        } else if let Some(c) = self.incomplete_before(s, i, np_end) {
            // « La navette aurait, selon des experts et la revue X, subi une panne »:
            // the clause before stops at its auxiliary, so it resumes after
            // the source.
            Content::Around(c)
        } else {
            Content::Before(i)
        };
        Some(Unit {
            left: i,
            cue: self.span(i, np_start),
            vg_end: np_end,
            subject,
            content,
            kind: CueKind::Speech,
            rule: "selon",
            passive: false,
        })
    }

    /// A source « , selon X » at token `i` cut into a clause that stops at its
    /// auxiliary (« La navette aurait, selon … , subi »): the token after the
    /// comma that closes the source (searched from `from`), where the clause
    /// resumes.
    fn incomplete_before(&self, s: &Sentence, i: usize, from: usize) -> Option<usize> {
        // « La hausse est selon X une mesure … »: no commas; the clause
        // resumes right after the source.
        if i > s.first_token && self.is_aux(i - 1) {
            return (from < s.end_token && self.tok(from).kind == TokenKind::Word).then_some(from);
        }
        if !(i >= s.first_token + 2 && self.is_punct(i - 1, ",") && self.is_aux(i - 2)) {
            return None;
        }
        let c = (from..s.end_token.min(from + 24))
            .find(|&k| self.is_punct(k, ",") || self.tok_quote[k].is_some())
            .filter(|&k| self.is_punct(k, ","))?;
        (c + 1 < s.end_token && self.tok(c + 1).kind == TokenKind::Word).then_some(c + 1)
    }

    /// « Pour le syndicat, cette réforme est injuste »: an opinion attributed to
    /// a person or body named right after a sentence-initial « Pour ».
    fn pour_unit(&self, s: &Sentence, i: usize) -> Option<Unit> {
        let comma = (i + 1..s.end_token.min(i + 10)).find(|&k| self.is_punct(k, ","))?;
        let comma = self.apposition_end(i + 1, comma, s.end_token).unwrap_or(comma);
        let (a, b) = (i + 1, comma);
        // « Mais impossible, pour X, d’utiliser … »: the infinitive
        // completes the adjective before; no opinion follows.
        if b <= a || comma + 3 > s.end_token || matches!(self.w(comma + 1), "de" | "d’" | "d'") {
            return None;
        }
        let pronoun = b == a + 1 && STRESSED.contains(&self.w(a));
        let (sa, sb) = self.span(a, b);
        let named = self.mentions_in(sa, sb).iter().any(|m| self.d.entities[m.entity].etype != EntityType::Loc);
        let speakerish = (a..b).any(|k| {
            let info = &self.d.words[k];
            info.title.is_some() || info.head.map(|h| h.kind) == Some(HeadKind::Org)
        });
        // « Pour le plaignant, « … » »: a short noun phrase whose opinion is
        // then quoted (not « Pour le moment, … »).
        let quoted_opinion = self.opens_quote(comma + 1).is_some()
            && b - a <= 4
            && self.is(a, WordClass::Determiner)
            && (a..b).all(|k| self.tok(k).kind == TokenKind::Word && !self.has(k, AttrRole::NonSource));
        if !(pronoun || named || speakerish || quoted_opinion) || (a..b).any(|k| self.is_aux(k)) {
            return None;
        }
        let subject = if pronoun { Subject::Pronoun(sa, sb) } else { Subject::Np(a, b) };
        Some(Unit {
            left: i,
            cue: self.span(i, i + 1),
            vg_end: comma,
            subject,
            content: Content::After(comma + 1),
            kind: CueKind::Opinion,
            rule: "pour_x",
            passive: false,
        })
    }

    /// « En effet, selon X, … », « Cela dit, pour X, … »: a short
    /// connective phrase (no determiner, no verb, no name) and a comma
    /// before the source at token `i`, which opens the sentence's claim.
    fn after_connective(&self, s: &Sentence, i: usize) -> bool {
        i > s.first_token + 1
            && i - s.first_token <= 4
            && self.is_punct(i - 1, ",")
            && !self.is(s.first_token, WordClass::Determiner)
            && (s.first_token..i - 1).all(|k| {
                self.tok(k).kind == TokenKind::Word && !self.is_aux(k) && !self.tok(k).cap || k == s.first_token
            })
            && (s.first_token..i - 1).all(|k| self.mentions_in(self.tok(k).start, self.tok(k).end).is_empty())
    }

    /// Only connectives or adverbs before token i in the sentence
    /// (« Toujours selon X, … »).
    fn lead_only(&self, s: &Sentence, i: usize) -> bool {
        (s.first_token..i).all(|k| {
            matches!(
                self.w(k),
                "mais" | "et" | "or" | "but" | "and" | "," | "«" | "—" | "cependant" | "toutefois" | "however"
            ) || self.is(k, WordClass::Adverb)
        })
    }

    /// A cue verb at token i, with its verb group, subject and content.
    fn cue_unit(&self, s: &Sentence, i: usize, prev: Option<&Unit>) -> Option<Unit> {
        let lexc = self.a.cues;
        let word = self.w(i);
        let (cue, form, mut pron) = match self.cue(i) {
            Some((c, f)) => (c, f, None),
            None => {
                let (verb, p) = split_inversion(word)?;
                let (c, f) = lexc.lookup(verb)?;
                let tk = self.tok(i);
                (c, f, Some((tk.end - p.len(), tk.end)))
            }
        };
        let first = s.first_token;
        // « a fait savoir que »: the group is built around the light verb,
        // and ends after its infinitive (`head`).
        let head = i;
        let (i, form) = match form {
            CueForm::Light if i > first => (i - 1, cue.light_form(self.w(i - 1))?),
            CueForm::Light => return None,
            _ => (i, form),
        };
        // An infinitive reports nothing (« va déclarer », « va faire savoir »),
        // except after « avant de », where it continues the sentence's
        // report (« a-t-il ajouté, avant de préciser que … »).
        let avant_de = form == CueForm::Infinitive
            && i >= first + 2
            && matches!(self.w(i - 1), "de" | "d’" | "d'")
            && self.w(i - 2) == "avant";
        // « Et le ministre d’ajouter que … », « Eux d’ajouter : … »: the
        // narrative infinitive, whose subject comes right before « de ».
        let narrative =
            (form == CueForm::Infinitive && !avant_de && i >= first + 2 && matches!(self.w(i - 1), "de" | "d’" | "d'"))
                .then(|| self.narrative_subject(first, i - 1))
                .flatten();
        // « a tenu à préciser que », « veut rappeler que », « s’est contenté
        // de dire que »: the verb of intent heads the group, as a finite verb
        // (a participle after its auxiliary, below).
        let intent = (form == CueForm::Infinitive && !avant_de && narrative.is_none())
            .then(|| {
                let m = i.checked_sub(1).filter(|&m| m > first)?;
                let m = if matches!(self.w(m), "à" | "de" | "d’" | "d'") { m - 1 } else { m };
                (m >= first && self.tok(m).kind == TokenKind::Word && self.has(m, AttrRole::Intent)).then_some(m)
            })
            .flatten();
        let (i, form) = match intent {
            Some(m) => (m, CueForm::Finite),
            None => (i, form),
        };
        if form == CueForm::Infinitive && !avant_de && narrative.is_none() {
            return None;
        }
        // "declined to comment", "is expected to announce", "would
        // respond": an infinitive.
        if self.english[i]
            && i > first
            && matches!(self.w(i - 1), "to" | "would" | "will" | "could" | "should" | "may" | "might" | "must" | "can")
        {
            return None;
        }
        if self.tok(i).cap && i > first && !self.is_punct(i - 1, "«") && !self.is_punct(i - 1, "—") {
            return None;
        }
        if self.cue_is_noun(first, i) {
            return None;
        }
        // "dit", "said": finite and participle alike; after an auxiliary it is the participle.
        let mut form = form;
        if form == CueForm::Finite && i > first {
            let mut j = i - 1;
            while j > first && self.adverbial_len(j, j + 1) == 1 {
                j -= 1;
            }
            if self.is_aux(j) {
                form = CueForm::Participle;
            }
        }
        // Verb group start.
        let mut vg = i;
        let mut bare_passive = false;
        match form {
            CueForm::Participle => {
                let mut j = i;
                let mut hops = 0;
                while j > first && hops < 4 {
                    let k = j - 1;
                    // « a par ailleurs assuré », « a une nouvelle fois affirmé »,
                    // « ont par la suite confirmé », « n’a pas dit »
                    let multi = (2..=4).rev().find(|&n| j >= first + n && self.adverbial_len(j - n, j) == n);
                    // « ont, eux, prévenu », « s’est, elle, inquiétée »: a
                    // stressed pronoun between commas repeats the subject.
                    let stressed = j >= first + 3
                        && self.is_punct(j - 1, ",")
                        && self.is_punct(j - 3, ",")
                        && STRESSED.contains(&self.w(j - 2));
                    if let Some(n) = multi {
                        j -= n;
                        hops += 1;
                    } else if stressed {
                        j -= 3;
                        hops += 1;
                    } else if self.adverbial_len(k, j) == 1
                        || WEEKDAYS.contains(&self.w(k))
                        // « a été qualifiée »: the passive's participle.
                        || self.w(k) == "été" && k > first && self.is_aux(k - 1)
                        || matches!(self.w(k), "lui-même" | "elle-même" | "eux-mêmes" | "elles-mêmes")
                    {
                        j = k;
                        hops += 1;
                    } else {
                        break;
                    }
                }
                // « avait parlé du « … » et rappelé que »: a participle
                // sharing the auxiliary of the verb before « et ».
                let shared_aux = j > first
                    && j == i
                    && matches!(self.w(j - 1), "et" | "puis")
                    && (first..j - 1).any(|k| self.is_aux(k) && self.tok_quote[k].is_none());
                if shared_aux {
                    vg = i;
                } else if j > first && self.is_aux(j - 1) {
                    vg = j - 1;
                    if let Some(p) = inverted_aux(self.w(vg)) {
                        let tk = self.tok(vg);
                        pron = Some((tk.end - p.len(), tk.end));
                    }
                } else if j > first && self.tok(j - 1).cap && self.tok(j - 1).kind == TokenKind::Word && j == i {
                    vg = i; // "X exhorté …": a participle used as a finite verb
                } else if j == i
                    && (j == first || self.is_punct(j - 1, ",") || self.closes_quote(j - 1).is_some())
                    && !cue.reflexive
                    && self.passive_agent(s, i + 1).is_some()
                {
                    // « X, qualifié de « … » par ses détracteurs, »,
                    // « la réplique « … » lancée par le député »: a passive
                    // participle with its agent.
                    vg = i;
                    bare_passive = true;
                } else {
                    return None;
                }
            }
            CueForm::Gerund if vg > first && self.w(vg - 1) == "en" => {
                vg -= 1;
                if vg > first && self.w(vg - 1) == "tout" {
                    vg -= 1;
                }
            }
            // « des affiches dénonçant le prix … »: a participle right after
            // a noun describes it; only one opening a phrase (« …, dénonçant »)
            // shares the sentence's speaker.
            CueForm::Gerund
                if vg > first
                    && self.tok(vg - 1).kind == TokenKind::Word
                    && !self.is(vg - 1, WordClass::Adverb)
                    && !matches!(
                        self.w(vg - 1),
                        "et" | "and"
                            | "puis"
                            | "mais"
                            | "but"
                            // « en se félicitant », « en lui répondant »
                            | "se"
                            | "s’"
                            | "s'"
                            | "lui"
                            | "leur"
                            | "nous"
                            | "vous"
                            | "me"
                            | "m’"
                            | "m'"
                            | "y"
                    ) =>
            {
                return None;
            }
            _ => {}
        }
        // Reflexive, object clitics and negation before the group: s’est,
        // se sont, n’a, « en estime », « lui a dit ». (After a determiner
        // the word was a noun and is gone already.)
        while vg > first
            && (self.has(vg - 1, AttrRole::Clitic) || matches!(self.w(vg - 1), "n’" | "n'" | "ne"))
            && !(form == CueForm::Gerund && vg == head && self.w(vg - 1) == "en")
            // « comme l’indique X »: the pronoun of « comme le rapporte » stays out.
            && !(matches!(self.w(vg - 1), "l’" | "l'" | "le" | "la" | "les")
                && vg >= first + 2
                && matches!(self.w(vg - 2), "comme" | "que" | "qu’" | "qu'" | "ainsi"))
        {
            vg -= 1;
        }
        // A pronominal cue needs its pronoun (« s’est engagé », not « engagé »).
        if cue.reflexive && form != CueForm::Gerund && vg >= i {
            return None;
        }
        let cue_span = self.span(vg, head + 1);
        let mut vg_end = head + 1;
        let mut inverted = false;
        // The quote before time words and a participle, when the subject is
        // inverted after them (see `adjunct_quote` below).
        let mut quote_before_adjuncts = None;
        let mut comme = false;
        // « …, comme l’indique X, chercheur à l’institut. »: the claim is before.
        let mut comme_final = false;
        if avant_de {
            vg = i - 2;
        } else if narrative.is_some() {
            vg = i - 1;
        }
        let coordinated =
            avant_de || vg > first && matches!(self.w(vg - 1), "et" | "and" | "puis" | "mais" | "but" | "ou" | "or");
        // Subject.
        // « … qu’un homme lui aurait tiré dessus avant de déclarer que … »:
        // the subject of the clause holding « avant de », whose verb is the
        // nearest auxiliary before it, not the speaker of the unit before.
        let avant_subject = || {
            let v = (first..vg).rev().find(|&k| self.is_aux(k) && self.tok_quote[k].is_none())?;
            let l =
                (first..v).rev().find(|&k| matches!(self.w(k), "que" | "qu’" | "qu'" | ",")).map_or(first, |k| k + 1);
            let (a, b) = self.subject_before(l, v)?;
            Some(if b == a + 1 && PRONOUNS.contains(&self.w(a)) {
                Subject::Pronoun(self.tok(a).start, self.tok(a).end)
            } else {
                Subject::Np(a, b)
            })
        };
        // « La mesure est jugée « X » par les syndicats »: a passive cue's
        // subject is what is said; its speaker is the agent, if named.
        let passive = bare_passive
            || form == CueForm::Participle && !cue.reflexive && !self.english[i] && self.passive_aux(first, vg);
        let mut back = None;
        let mut around = None;
        let subject = if passive {
            let (a, b) = self.passive_agent(s, head + 1)?;
            inverted = true;
            Subject::Np(a, b)
        } else if let Some((a, b)) = pron {
            inverted = true;
            // « …, assure-t-on à la mairie »: « on » speaks for the place
            // or body named after the verb.
            match (&self.d.text[a..b] == "on").then(|| self.on_speaks_for(s, head + 1)).flatten() {
                Some((x, y)) => {
                    vg_end = y;
                    Subject::Np(x, y)
                }
                None => Subject::Pronoun(a, b),
            }
        } else if let Some(sub) = avant_de.then(avant_subject).flatten() {
            sub
        } else if let Some(sub) = narrative {
            sub
        } else if form == CueForm::Gerund || coordinated {
            // « X estime … et ajoute que »: the verb shares the subject of
            // the one before the conjunction; no phrase before « et » is it.
            Subject::Inherit
        } else {
            let before = if vg > first { Some(self.w(vg - 1).to_string()) } else { None };
            // « C’est ce qu’a annoncé mardi le ministre »: the subject is
            // inverted after the verb, and the claim is the sentence before.
            back = self.back_frame(first, vg);
            // Inversion follows a quote, or a comma that ends a clause (not an
            // apposition: « Le président, Charles Michel, a qualifié »).
            let after_comma_or_quote = vg > first
                && (self.closes_quote(vg - 1).is_some()
                    || before.as_deref() == Some(",")
                        && (vg >= first + 2 && self.closes_quote(vg - 2).is_some()
                            || self.clause_before(first, vg - 1)));
            // « comme le rapporte X, … »
            if vg > first + 1
                && matches!(before.as_deref(), Some("le" | "l’" | "l'"))
                && matches!(self.w(vg - 2), "comme" | "que")
            {
                comme = true;
                // « … essentiel comme l’a rappelé X »: the comma is often left out.
                comme_final = self.w(vg - 2) == "comme"
                    && vg >= first + 3
                    && (self.is_punct(vg - 3, ",") || self.tok(vg - 3).kind == TokenKind::Word);
            }
            // « estime pour sa part le député X », « a ajouté, lui aussi, … »
            let mut np = vg_end;
            if after_comma_or_quote || back.is_some() || before.as_deref() == Some(",") {
                np = self.skip_adverbials(np, s.end_token);
                np = self.past_aside_to_person(np, s.end_token);
            }
            // English "said the automaker would cut…": a subject followed by a verb
            // starts a clause; the inverted subject is followed by punctuation or a
            // preposition.
            let np_end = if np < s.end_token && self.np_start_ok(np) {
                self.np_after(s, np, !comme || comme_final)
            } else {
                None
            };
            let inverted_np = np_end.is_some_and(|e| {
                e >= s.end_token
                    || self.tok(e).kind == TokenKind::Punct
                    || self.is(e, WordClass::Preposition)
                    // « a assuré un proche du ministre au journal »: an
                    // addressee; « a déclaré un responsable qui craint … »;
                    // « a affirmé l’ONU lundi ».
                    || matches!(self.w(e), "au" | "aux" | "qui" | "who" | "hier" | "aujourd’hui" | "aujourd'hui" | "demain")
                    || WEEKDAYS.contains(&self.w(e))
            });
            let l = self.clause_left(s, vg);
            // Only asked where it can decide the inversion (the fallback
            // below asks it otherwise).
            let undecided = inverted_np && !(after_comma_or_quote || comme) && before.as_deref() == Some(",");
            let before_subject = if undecided { self.subject_before(l, vg) } else { None };
            // « « … » mardi, mettant fin à la grève, a déclaré le maire X »:
            // nothing but time words before the comma, so the subject follows.
            let adjunct_quote = if undecided && before_subject.is_none_or(|(a, b)| self.skip_adverbials(a, b) >= b) {
                self.quote_before_adjuncts(first, vg)
            } else {
                None
            };
            // Without a verb the lexicons know, a sentence that opens with
            // a noun phrase and ends with the cue and its subject.
            let comma_only = !after_comma_or_quote && before.as_deref() == Some(",");
            // Or its subject is someone and an adjunct follows it (« …, a
            // précisé un porte-parole, pour un début des travaux en 2027 »).
            let opening = comma_only
                && np_end.is_some_and(|e| {
                    (e..s.end_token).all(|k| matches!(self.w(k), "." | "!" | "?" | "…"))
                        || self.is_punct(e, ",") && self.is_someone(&self.resolve_np(np, e), np, e)
                })
                && self.opening_clause(s, vg - 1);
            // « Cette décision, a précisé le ministre, sera appliquée lundi »:
            // between the sentence's subject and its verb, the cue and its
            // subject are an incise; the sentence around is the claim.
            around = comma_only
                .then_some(np_end)
                .flatten()
                .filter(|&e| self.resumes_after_incise(s, e) && self.opening_subject(s, vg - 1));
            if (after_comma_or_quote
                || opening
                || around.is_some()
                || comme
                || back.is_some()
                || adjunct_quote.is_some())
                && inverted_np
            {
                quote_before_adjuncts = adjunct_quote;
                vg_end = np;
                let end = np_end?;
                let sub = Subject::Np(vg_end, end);
                vg_end = end;
                inverted = true;
                sub
            } else if vg > first && self.w(vg - 1) == "on" && !self.english[vg] {
                // « De source judiciaire, on indiquait que … », « on indique
                // de source syndicale que … »: the impersonal « on » speaks
                // for the source named, else for no one.
                let (x, y) = self.on_speaks_for(s, vg_end)?;
                Subject::Np(x, y)
            } else {
                // « Il a vu un militant(,) qui a crié « … » »: a relative on
                // the noun phrase just before it, in a clause of its own.
                let relative = || {
                    (vg > l && matches!(self.w(vg - 1), "qui" | "who"))
                        .then(|| self.np_before_relative(l, vg - 1))
                        .flatten()
                };
                match before_subject.or_else(|| self.subject_before(l, vg)).or_else(relative) {
                    Some((a, b)) => {
                        // « Paul Girard, qui indique que … »: a subject
                        // relative reports for its antecedent.
                        let antecedent = (b == a + 1 && matches!(self.w(a), "qui" | "who") && a > l)
                            .then(|| {
                                let end = if self.is_punct(a - 1, ",") { a - 1 } else { a };
                                self.subject_before(l, end)
                            })
                            .flatten()
                            .and_then(|(x, y)| self.antecedent(x, y));
                        if let Some((x, y)) = antecedent {
                            Subject::Np(x, y)
                        } else if b - a == 1 && PRONOUNS.contains(&self.w(a)) {
                            Subject::Pronoun(self.tok(a).start, self.tok(a).end)
                        } else if matches!(self.w(a), "qui" | "who" | "which" | "que" | "qu’" | "qu'")
                            // « rien n’indique que », « cela montre que »: no one speaks.
                            || b - a == 1
                                && matches!(
                                    self.w(a),
                                    "rien" | "ce" | "c’" | "c'" | "cela" | "ça" | "ceci" | "tout" | "nothing" | "celui" | "celle" | "ceux" | "celles"
                                )
                        {
                            return None;
                        } else {
                            Subject::Np(a, b)
                        }
                    }
                    None => {
                        // "…, a ajouté que": coordinated with the previous unit.
                        if prev.is_some() && vg > first && self.w(vg - 1) == "," {
                            Subject::Inherit
                        } else {
                            return None;
                        }
                    }
                }
            }
        };
        let left = match subject {
            // The subject of « avant de » lies inside the claim before it.
            _ if avant_de => vg,
            Subject::Np(a, _) if !inverted => a.min(vg),
            Subject::Pronoun(a, _) if !inverted => self.first_token_at(a).min(vg),
            _ => {
                // An inverted unit starts at its comma; a coordinated one at « et ».
                if vg > first && (coordinated || self.w(vg - 1) == ",") {
                    vg - 1
                } else if comme && vg >= first + 2 {
                    vg - 2
                } else {
                    vg
                }
            }
        };
        // « …, a-t-on appris auprès de la préfecture »: the source named
        // after a verb of learning speaks, not its subject; from here on
        // the verb reports like one of speech.
        let mut subject = subject;
        // « Le Rwanda a répondu par la voix de son porte-parole, X : »: the
        // voice speaks (for the subject).
        if let Some((a, b)) = self.voice_of(s, vg_end) {
            subject = Subject::Np(a, b);
            // « a annoncé, par la voix de X, que »: past the closing comma.
            let between_commas = a >= 5 && self.is_punct(a - 5, ",") && b + 1 < s.end_token && self.is_punct(b, ",");
            vg_end = b + usize::from(between_commas);
        }
        let kind = if cue.kind == CueKind::Source {
            let (a, b) = self.learned_from(s, head + 1)?;
            subject = Subject::Np(a, b);
            vg_end = vg_end.max(b);
            CueKind::Speech
        } else {
            cue.kind
        };
        let mut content = self.content_after(s, vg_end, kind, inverted);
        // « C’est ce qu’il a affirmé »: the frame before a subject that is
        // not inverted.
        if !inverted {
            back = match subject {
                Subject::Np(a, _) => self.back_frame(first, a),
                Subject::Pronoun(a, _) => self.back_frame(first, self.first_token_at(a)),
                Subject::Inherit | Subject::Previous => None,
            };
        }
        if content == Content::None && matches!(kind, CueKind::Speech | CueKind::Opinion) {
            match back {
                Some(BackRef::Quote(q)) => content = Content::Quote(q),
                Some(BackRef::Previous) => {
                    if let Some((a, b)) = self.previous_claim(s) {
                        content = Content::Previous(a, b);
                    }
                }
                None => {}
            }
        }
        // "The plan, he said, would cost $2 billion": in English the
        // subject stands before the cue, inside the same incise.
        if around.is_none() && !inverted && self.english[vg] && vg_end < s.end_token {
            let sub_start = match subject {
                Subject::Np(a, _) => Some(a),
                Subject::Pronoun(a, _) => Some(self.first_token_at(a)),
                _ => None,
            };
            around = sub_start
                .filter(|&a| a > first && self.is_punct(a - 1, ",") && self.opening_subject(s, a - 1))
                .and(Some(vg_end))
                // The predicate resumes with its verb ("…, would cost"), not
                // an adjunct ("…, officials said, ahead of …").
                .filter(|&e| self.resumes_after_incise(s, e) && (self.is_aux(e + 1) || self.verb_like(e + 1)));
        }
        if let (Content::None, Some(e)) = (content, around) {
            if matches!(kind, CueKind::Speech | CueKind::Opinion) {
                content = Content::Around(e + 1);
            }
        }
        // `comme_final` holds `vg >= first + 3`.
        let comme_end = comme_final.then(|| if self.is_punct(vg - 3, ",") { vg - 3 } else { vg - 2 });
        if let Some(c) = comme_end.filter(|&c| self.clause_before(first, c) || self.claim_segment(first, c)) {
            content = Content::Before(c);
        } else if comme {
            content = if vg_end < s.end_token && self.is_punct(vg_end, ",") {
                Content::After(vg_end + 1)
            } else {
                Content::None
            };
        }
        // « X se dit optimiste », « s’est dite très inquiète de … »: the
        // stance the speaker claims.
        let se_dire = cue.lemma == "dire" && (vg..i).any(|k| self.is_se(k));
        // « Il se dit que … » is « it is said that »: no one speaks.
        if let (true, Subject::Pronoun(a, b), Content::Que(c)) = (se_dire, subject, content) {
            if c == vg_end + 1 && self.d.text[a..b].eq_ignore_ascii_case("il") {
                return None;
            }
        }
        if content == Content::None && se_dire {
            // Past sentence adverbs (« se dit en revanche fermement
            // opposé »: the stance is « fermement opposé »).
            let mut start = vg_end;
            while start < s.end_token {
                let pair = (self.w(start), if start + 1 < s.end_token { self.w(start + 1) } else { "" });
                if matches!(pair, ("en", "revanche" | "outre" | "effet")) {
                    start += 2;
                } else if is_connective(pair.0) {
                    start += 1;
                } else {
                    break;
                }
            }
            let mut a = start;
            while a < s.end_token && self.is(a, WordClass::Adverb) && !self.tok(a).cap {
                a += 1;
            }
            let adjective = a < s.end_token
                && self.tok(a).kind == TokenKind::Word
                && !self.tok(a).cap
                && self.tok_quote[a].is_none()
                && !self.d.words[a].is_function_word()
                && !self.is_aux(a)
                && !is_infinitive(self.w(a));
            if adjective {
                content = Content::Stance(start);
            }
        }
        if let (Content::None, Some(q)) = (content, quote_before_adjuncts) {
            // « « … » mardi, mettant fin à la grève, a déclaré X »
            content = Content::Quote(q);
        }
        // « n’a annoncé que deux mesures », « ne seront proclamés qu’à 20 h »:
        // « ne … que » without a negation word means « only »; nothing is reported.
        // « n’est plus assuré que dans un quartier »: « ne … plus que »
        // before a preposition is « only » too.
        if let Content::Que(c) = content {
            let ne = (vg..c).any(|k| matches!(self.w(k), "ne" | "n’" | "n'"));
            let only_plus = ne
                && c < s.end_token
                && self.is(c, WordClass::Preposition)
                && !self.is(c, WordClass::Determiner)
                && (vg..c).any(|k| self.w(k) == "plus");
            let restrictive = ne
                && !(vg..c).any(|k| {
                    let w = self.w(k);
                    w == "plus" && !only_plus
                        || matches!(
                            w,
                            "pas"
                                | "jamais"
                                | "point"
                                | "guère"
                                | "rien"
                                | "personne"
                                | "aucun"
                                | "aucune"
                                | "nullement"
                        )
                });
            if restrictive {
                return None;
            }
        }
        // A verb after « et » reports nothing before the conjunction, which
        // belongs to the first verb (« X a fait part d’une « tristesse » et a
        // prévenu … »).
        if content == Content::None && !coordinated {
            // A quote or a clause just before the unit: « … », a déclaré X /
            // “…,” X said / …, a déclaré Tass.
            let p = if inverted { vg } else { left };
            let comma = (p > first && self.w(p - 1) == ",").then(|| p - 1);
            let prev = comma.unwrap_or(p);
            if prev > first {
                if let Some(q) = self.closes_quote(prev - 1) {
                    content = Content::Quote(q);
                } else if let Some(c) = comma {
                    // "…, a déclaré Tass" / "…, Ukrainian officials said on Tuesday".
                    // English present tenses are no verb the lexicons know:
                    // there a main clause before "…, officials said." will do.
                    let english_end =
                        self.english[vg] && (vg_end >= s.end_token || self.tok(vg_end).kind == TokenKind::Punct);
                    let clause =
                        inverted || self.clause_before(first, c) || english_end && self.claim_segment(first, c);
                    // An opinion verb reports the clause before it only
                    // inverted (« …, estime le ministre »); « …, et espère
                    // rééditer ce triplé » continues the sentence's subject.
                    let kind_ok = match kind {
                        CueKind::Frame | CueKind::Request | CueKind::Source => false,
                        CueKind::Opinion => inverted,
                        CueKind::Speech | CueKind::Incise => true,
                    };
                    // Not inverted, a French verb reports the clause before
                    // it only where it ends its own (« …, il a ajouté. »),
                    // not in « …, elle a réagi pour remporter la reprise ».
                    let ends = inverted
                        || self.english[vg]
                        || vg_end >= s.end_token
                        || self.tok(vg_end).kind == TokenKind::Punct;
                    if clause && kind_ok && ends {
                        content = Content::Before(c);
                    }
                }
            }
        }
        // An incise verb reports after a quotation (« « … », lance X ») or,
        // not inverted, before a colon and a quotation (« Sa collègue
        // renchérit : « … » »).
        let colon_quote = |c: usize| c < s.end_token && self.opens_quote(c).is_some();
        let incise_ok = match content {
            Content::Quote(_) => inverted,
            Content::Colon(c) => !inverted && colon_quote(c),
            _ => false,
        };
        if kind == CueKind::Incise && !incise_ok {
            return None;
        }
        // A bare passive participle names the quotation before it as its
        // agent's words; the clause around is the journalist's.
        if bare_passive && !matches!(content, Content::Quote(_)) {
            content = Content::None;
        }
        let rule = match content {
            Content::Quote(_) if bare_passive => "passive_quote",
            Content::Que(_) => "speaker_cue_que",
            Content::Colon(_) => "speaker_cue_colon",
            Content::Quote(q) if self.d.quotes[q].open < self.tok(vg).start => "quote_cue_speaker",
            Content::Quote(_) => "speaker_cue_quote",
            Content::Inf(_) => "speaker_cue_inf",
            Content::Clause(_) => "speaker_cue_clause",
            Content::Stance(_) => "speaker_se_dire",
            Content::Before(_) if comme_final => "comme_le_dit",
            Content::Before(_) | Content::Around(_) => "cue_speaker_after",
            Content::After(_) => "comme_le_dit",
            Content::Previous(..) => "ce_que_dit",
            Content::None => "cue",
        };
        Some(Unit { left, cue: cue_span, vg_end, subject, content, kind, rule, passive })
    }

    /// « par la voix de X » right after a verb group ending before `from`
    /// (past adverbials, between commas or not): X's noun phrase, without
    /// the article « du » or « des » holds.
    fn voice_of(&self, s: &Sentence, from: usize) -> Option<(usize, usize)> {
        // Rare: a glance for the word before the walk past adverbials.
        if !(from..s.end_token.min(from + 10)).any(|k| self.w(k) == "voix") {
            return None;
        }
        let mut k = self.skip_adverbials(from, s.end_token);
        if k < s.end_token && self.is_punct(k, ",") {
            k += 1;
        }
        let w = |j: usize| if j < s.end_token { self.w(j) } else { "" };
        if [w(k), w(k + 1), w(k + 2)] != ["par", "la", "voix"] || !matches!(w(k + 3), "de" | "d’" | "d'" | "du" | "des")
        {
            return None;
        }
        let a = k + 4;
        if a >= s.end_token || self.tok(a).kind != TokenKind::Word || self.tok_quote[a].is_some() {
            return None;
        }
        let b = self.np_after(s, a, true)?;
        (b > a).then_some((a, b))
    }

    /// The source after a verb of learning, from `from` within its clause:
    /// the noun phrase after « auprès de » (« auprès de la préfecture »,
    /// « auprès du parquet ») or « de source(s) » (« de source
    /// diplomatique », « de sources proches du dossier », « de bonne source »).
    fn learned_from(&self, s: &Sentence, from: usize) -> Option<(usize, usize)> {
        let end = s.end_token.min(from + 12);
        let mut k = from;
        while k < end
            && self.tok_quote[k].is_none()
            && !matches!(self.w(k), "," | ";" | ":" | "." | "que" | "qu’" | "qu'" | "«" | "»")
        {
            let next = |j: usize| if j < s.end_token { self.w(j) } else { "" };
            let start = match (self.w(k), next(k + 1)) {
                // « auprès du parquet »: the noun, without the contracted article.
                ("auprès", "de" | "d’" | "d'" | "du" | "des") => Some(k + 2),
                ("de" | "d’" | "d'", "source" | "sources") => Some(k + 1),
                ("de", "bonne" | "même" | "plusieurs" | "mêmes") if matches!(next(k + 2), "source" | "sources") => {
                    Some(k + 1)
                }
                _ => None,
            };
            if let Some(a) = start.filter(|&a| a < s.end_token && self.tok(a).kind == TokenKind::Word) {
                let b = self.np_after(s, a, true)?;
                return (b > a).then_some((a, b));
            }
            k += 1;
        }
        None
    }

    /// What an impersonal « on » whose verb group ends before token `k`
    /// speaks for, as a token range: a source (« De source judiciaire, on
    /// indiquait », « on indique de source syndicale », « auprès du
    /// parquet », see `learned_from`), or the body or place named right
    /// after the verb (« assure-t-on à la mairie », « au ministère », «
    /// dans l’entourage du ministre », « chez Renault », « du côté de la
    /// préfecture »). None: « on » speaks for no one.
    fn on_speaks_for(&self, s: &Sentence, k: usize) -> Option<(usize, usize)> {
        self.learned_from(s, s.first_token).or_else(|| self.on_place(s, k)).or_else(|| self.learned_from(s, k))
    }

    /// The body or place after « à », « chez », « dans », « du côté de »
    /// at token `k` (see `on_speaks_for`).
    fn on_place(&self, s: &Sentence, k: usize) -> Option<(usize, usize)> {
        let w = |j: usize| if j < s.end_token { self.w(j) } else { "" };
        let a = match (w(k), w(k + 1), w(k + 2)) {
            ("à" | "au" | "aux" | "chez" | "dans", _, _) => k + 1,
            ("du", "côté", "de" | "d’" | "d'") => k + 3,
            _ => return None,
        };
        if a >= s.end_token || self.tok(a).kind != TokenKind::Word {
            return None;
        }
        let b = self.np_after(s, a, false)?;
        (b > a).then_some((a, b))
    }

    /// The auxiliary at `vg` makes its participle passive: a form of
    /// « être » (« est jugée », « a été annoncé »), not after a reflexive
    /// pronoun (« s’est dit »).
    fn passive_aux(&self, first: usize, vg: usize) -> bool {
        let etre = matches!(
            self.w(vg),
            "est"
                | "sont"
                | "était"
                | "étaient"
                | "sera"
                | "seront"
                | "serait"
                | "seraient"
                | "fut"
                | "furent"
                | "soit"
                | "soient"
                | "été"
                | "être"
                | "étant"
        );
        // « a été », « ont été »: a compound tense of « être ».
        let etre = etre || vg + 1 < self.d.tokens.len() && self.w(vg + 1) == "été" && self.is_aux(vg);
        etre && !(vg > first
            && matches!(self.w(vg - 1), "se" | "s’" | "s'" | "me" | "m’" | "m'" | "te" | "t’" | "t'" | "nous" | "vous"))
    }

    /// The agent « par X » of a passive cue whose verb group ends before
    /// `from`: within the clause, past a quotation or a « comme » phrase.
    fn passive_agent(&self, s: &Sentence, from: usize) -> Option<(usize, usize)> {
        let end = s.end_token.min(from + 14);
        let p = (from..end)
            .take_while(|&k| {
                self.tok_quote[k].is_some() || !matches!(self.w(k), "," | ";" | ":" | "que" | "qu’" | "qu'")
            })
            .find(|&k| self.tok_quote[k].is_none() && self.w(k) == "par")?;
        let a = p + 1;
        if a >= s.end_token || !self.np_start_ok(a) {
            return None;
        }
        // « qualifiés par l’entreprise de « partenaires » »: the « de » of
        // the naming verb is no part of the agent.
        let mut b = self.np_after(s, a, true)?;
        while b > a + 1 && matches!(self.w(b - 1), "de" | "d’" | "d'") {
            b -= 1;
        }
        Some((a, b))
    }

    /// Could token i start an inverted subject noun phrase?
    fn np_start_ok(&self, i: usize) -> bool {
        let t = self.tok(i);
        if t.kind != TokenKind::Word || self.tok_quote[i].is_some() {
            return false;
        }
        let w = self.w(i);
        if matches!(w, "que" | "qu’" | "qu'" | "that" | "à" | "to" | "avoir" | "être")
            || self.is(i, WordClass::Preposition)
        {
            return false;
        }
        // « a déclaré maître Lambert »: a role without a determiner, then a name.
        let titled_name = self.d.words[i].title.is_some()
            && self.d.tokens.get(i + 1).is_some_and(|n| n.cap && n.kind == TokenKind::Word);
        t.cap || self.is(i, WordClass::Determiner) || PRONOUNS.contains(&w) || titled_name
    }

    /// End of a noun phrase from i: up to punctuation, a quote, a clause word or
    /// an adjunct preposition; one apposition after a comma is included.
    fn np_after(&self, s: &Sentence, i: usize, apposition: bool) -> Option<usize> {
        let stop = |k: usize| -> bool {
            let t = self.tok(k);
            if self.tok_quote[k].is_some() {
                return true;
            }
            if t.kind == TokenKind::Punct {
                // "U.S. officials": a period after a one-letter capital is not an end.
                let abbrev = self.w(k) == "."
                    && k > i
                    && self.tok(k - 1).end == t.start
                    && self.tok(k - 1).cap
                    && self.tok(k - 1).end - self.tok(k - 1).start <= 2;
                return !abbrev;
            }
            let w = self.w(k);
            k > i
                && (matches!(
                    w,
                    "dans"
                        | "lors"
                        | "en"
                        | "après"
                        | "avant"
                        | "pendant"
                        | "devant"
                        | "sur"
                        | "par"
                        | "in"
                        | "on"
                        | "at"
                        | "during"
                        | "to"
                        | "after"
                        | "before"
                        | "que"
                        | "qu’"
                        | "qu'"
                        | "qui"
                        | "who"
                        | "that"
                        | "et"
                        | "and"
                        | "mais"
                        | "but"
                        | "citant"
                        | "cité"
                        | "citée"
                        | "citing"
                        | "aujourd’hui"
                        | "aujourd'hui"
                        | "demain"
                        | "ce"
                        | "jeudi"
                        | "lundi"
                        | "mardi"
                        | "mercredi"
                        | "vendredi"
                        | "samedi"
                        | "dimanche"
                ) || matches!(w, "au" | "aux") && !self.seat_before_name(k, s.end_token)
                    || self.is_aux(k)
                    // A capitalised cue form after a capitalised word is
                    // part of a name (« le Canard Enchaîné »).
                    || self.cue(k).is_some()
                        && !self.is(k - 1, WordClass::Determiner)
                        && !(self.tok(k).cap && self.tok(k - 1).cap)
                    // « selon un porte-parole de la police à l’AFP »: the
                    // addressee, not the speaker's description (a place
                    // after « à » is: « le consul à X »).
                    || w == "à" && self.press_addressee(k + 1, s.end_token)
                    // « selon la Zortam une mesure … »: a new noun phrase
                    // after a name.
                    || matches!(w, "le" | "la" | "les" | "un" | "une" | "the" | "a" | "an")
                        && !self.tok(k).cap
                        && self.tok(k - 1).cap
                        && self.tok(k - 1).kind == TokenKind::Word)
        };
        let mut k = i;
        loop {
            while k < s.end_token && !stop(k) {
                k += 1;
            }
            // « le député (RN) de la circonscription », « le maire (PS)
            // Paul X »: a short gloss in brackets, then more of the phrase.
            let gloss = (k > i && k < s.end_token && self.w(k) == "(")
                .then(|| self.bracket_gloss_end(k, s.end_token))
                .flatten()
                .filter(|&c| c + 1 < s.end_token && (self.de_word(c + 1) || self.tok(c + 1).cap && !stop(c + 1)));
            match gloss {
                Some(c) => k = c + 1,
                None => break,
            }
        }
        if k == i {
            return None;
        }
        // Apposition: "le porte-parole du Kremlin, Dmitri Peskov" / "Dmitri Peskov, porte-parole du Kremlin".
        if apposition && k + 1 < s.end_token && self.is_punct(k, ",") {
            let first_is_name = self.tok(i).cap && !self.is(i, WordClass::Determiner);
            let n = k + 1;
            let next_is_name =
                self.tok(n).cap && self.tok(n).kind == TokenKind::Word && !self.is(n, WordClass::Determiner);
            let next_is_desc = self.is(n, WordClass::Determiner) || self.d.words[n].title == Some(TitleKind::Role);
            if (!first_is_name && next_is_name) || (first_is_name && next_is_desc) {
                // A description keeps its prepositions ("an analyst at Wedbush").
                // "the company's lawyer": an English possessive goes on.
                let possessive = |e: usize| {
                    matches!(self.w(e), "'" | "’")
                        && e + 1 < s.end_token
                        && self.w(e + 1) == "s"
                        && self.tok(e - 1).end == self.tok(e).start
                        && self.tok(e).end == self.tok(e + 1).start
                };
                let desc_stop = |e: usize| {
                    self.tok(e).kind == TokenKind::Punct
                        && !(self.w(e) == "." && self.tok(e - 1).end - self.tok(e - 1).start <= 2)
                        && !possessive(e)
                        || self.tok_quote[e].is_some()
                        || self.is_aux(e)
                        || matches!(
                            self.w(e),
                            "que" | "qu’" | "qu'" | "qui" | "who" | "that" | "in" | "dans" | "citant" | "citing"
                        )
                };
                let mut e = n;
                while e < s.end_token && !(if first_is_name { desc_stop(e) } else { stop(e) }) {
                    e += 1;
                }
                if e > n && e - n <= 10 {
                    k = e;
                }
            }
        }
        (k - i <= 14).then_some(k)
    }

    /// Skip adverbials from token `k`, before token `end`: « pour sa part »,
    /// « de son côté », « à son tour », « lui aussi », « quant à lui »,
    /// weekdays, an addressee (« à l’AFP »), and single adverbs. After an
    /// inverted verb they stand before its subject; a comma segment made
    /// of them is no subject.
    fn skip_adverbials(&self, k: usize, end: usize) -> usize {
        self.skip_adverbials_in(k, end, true)
    }

    /// « « … », raconte, les larmes aux yeux, Marie X »: from a comma at
    /// `k`, a short aside between commas with no verb or quotation in it,
    /// when a named person follows the second comma: the token after that
    /// comma. Otherwise `k`.
    fn past_aside_to_person(&self, k: usize, end: usize) -> usize {
        if k >= end || !self.is_punct(k, ",") {
            return k;
        }
        let Some(c) = (k + 2..end.min(k + 9)).find(|&j| self.is_punct(j, ",")) else { return k };
        let person =
            c + 1 < end && self.mention_at(c + 1).is_some_and(|m| self.d.entities[m.entity].etype == EntityType::Per);
        if person && self.verbless(k + 1, c) {
            c + 1
        } else {
            k
        }
    }

    /// Tokens [a, b) hold no verb, cue or quotation: an aside, not a clause.
    fn verbless(&self, a: usize, b: usize) -> bool {
        (a..b).all(|j| !self.verb_like(j) && self.cue(j).is_none() && self.tok_quote[j].is_none())
    }

    /// [`Self::skip_adverbials`]; `commas`: also over adjuncts between
    /// commas (not inside one: one level only, whatever the input).
    fn skip_adverbials_in(&self, mut k: usize, end: usize, commas: bool) -> usize {
        loop {
            let w = |j: usize| if j < end { self.w(j) } else { "" };
            let three = [w(k), w(k + 1), w(k + 2)];
            let adverbial = self.adverbial_len(k, end);
            k += match three {
                // Listed phrases first (« pour sa part », « quant à lui »).
                _ if adverbial > 0 => adverbial,
                // « quant à X » before a name.
                ["quant", "à", _] => 2,
                // « a déclaré mardi soir le ministre », « hier »
                [d, "matin" | "soir" | "après-midi", _] if WEEKDAYS.contains(&d) => 2,
                [d, ..] if WEEKDAYS.contains(&d) || matches!(d, "hier" | "aujourd’hui" | "aujourd'hui") => 1,
                // « a déclaré en juin le ministre », « en 2019 », « en
                // novembre 2016 ».
                ["en", ..]
                    if k + 1 < end
                        && (self.is(k + 1, WordClass::NotName) || self.tok(k + 1).kind == TokenKind::Number) =>
                {
                    2 + self.year_after(k + 1, end)
                }
                // A date: « annonce le 3 novembre (2016) avoir … ».
                ["le", ..]
                    if k + 2 < end
                        && self.tok(k + 1).kind == TokenKind::Number
                        && self.is(k + 2, WordClass::NotName) =>
                {
                    3 + self.year_after(k + 2, end)
                }
                // The addressee: « a indiqué à l’AFP une source », « a dit
                // aux journalistes le ministre ».
                ["à" | "au" | "aux", ..] => match self.addressee_end(end, k + 1).or_else(|| self.medium_end(end, k)) {
                    Some(e) => e - k,
                    None => return k,
                },
                // Where the words were published: « a réagi sur Twitter le
                // député », « a indiqué dans un communiqué le ministère ».
                ["sur" | "dans" | "devant" | "lors" | "en", ..] => match self.medium_end(end, k) {
                    Some(e) => e - k,
                    None => return k,
                },
                // The same between commas: « a déclaré, mardi, le maire »,
                // « a confié, à Reuters, le directeur ».
                [",", ..] if commas => {
                    let e = self.skip_adverbials_in(k + 1, end, false);
                    if e > k + 1 && e + 1 < end && self.w(e) == "," {
                        e + 1 - k
                    } else {
                        return k;
                    }
                }
                _ => return k,
            };
        }
    }

    /// Length in tokens of the adverbial that starts at token `k` and ends
    /// by `end`, 0 if none: a listed phrase (`adverbial` in
    /// `attribution_words.tsv`, longest first), a closed-class adverb, or
    /// a lower-case word in « -ment » (« a officiellement annoncé »: no
    /// noun stands bare there).
    fn adverbial_len(&self, k: usize, end: usize) -> usize {
        let word = |j: usize| self.tok(j).kind == TokenKind::Word && self.tok_quote[j].is_none();
        if k >= end || !word(k) {
            return 0;
        }
        let w = self.w(k);
        let single = |w: &str| {
            let ment = !self.tok(k).cap && w.len() > 7 && w.ends_with("ment");
            usize::from(self.is(k, WordClass::Adverb) || ment)
        };
        if !self.d.words[k].starts_adverbial() {
            return single(w);
        }
        // The phrase so far, on the stack: cue units ask this often.
        let mut key = [0u8; 64];
        let mut len = 0;
        let mut best = 0;
        for j in k..end.min(k + 4) {
            if !word(j) {
                break;
            }
            let w = self.w(j);
            if len + 1 + w.len() > key.len() {
                break;
            }
            if j > k {
                key[len] = b' ';
                len += 1;
            }
            for c in w.chars() {
                let c = if c == '’' { '\'' } else { c };
                len += c.encode_utf8(&mut key[len..]).len();
            }
            let Ok(phrase) = std::str::from_utf8(&key[..len]) else { break };
            if j > k && self.a.lexicons.is_attr(phrase, AttrRole::Adverbial) {
                best = j + 1 - k;
            }
            if !self.a.lexicons.is_adverbial_prefix(phrase) {
                break;
            }
        }
        if best > 0 {
            best
        } else {
            single(w)
        }
    }

    /// 1 if a month at token `m` is followed by its year (« novembre
    /// 2016 »), else 0.
    fn year_after(&self, m: usize, end: usize) -> usize {
        let year = m + 1 < end && self.is(m, WordClass::NotName) && self.tok(m + 1).kind == TokenKind::Number;
        year as usize
    }

    /// The quote that closes last before token `vg` of a sentence starting
    /// at `first`, if no verb stands between them (only time words,
    /// participles, adjuncts: « « … » mardi, mettant fin à la grève, »).
    fn quote_before_adjuncts(&self, first: usize, vg: usize) -> Option<usize> {
        let (k, q) = (first..vg).rev().find_map(|k| Some((k, self.closes_quote(k)?)))?;
        let verb_between =
            (k + 1..vg).any(|j| self.is_aux(j) || self.cue(j).is_some_and(|(_, f)| f == CueForm::Finite));
        (!verb_between).then_some(q)
    }

    /// The end of an addressee after « à » starting at token `j` (before
    /// token `end`): a determiner, then a named mention (« l’AFP »,
    /// « Reuters ») or a word for the press (« la presse », « journalistes »).
    fn addressee_end(&self, end: usize, mut j: usize) -> Option<usize> {
        if j < end && self.is(j, WordClass::Determiner) {
            j += 1;
        }
        if j >= end {
            return None;
        }
        if self.press_word(j) {
            return Some(j + 1);
        }
        if let Some(m) = self.mention_at(j) {
            return Some(self.first_token_at(m.end));
        }
        // « explique à franceinfo Marie X »: a brand written in lower case
        // (a word no lexicon knows), then a name.
        if j + 1 < end
            && self.tok(j).kind == TokenKind::Word
            && !self.tok(j).cap
            && self.d.words[j].zipf == 0.0
            && self.d.words[j].cue.is_none()
            && self.tok(j + 1).cap
            && self.tok(j + 1).kind == TokenKind::Word
        {
            return Some(j + 1);
        }
        // « a indiqué au Monde le premier substitut »: capitalised words no
        // list holds, then the subject's determiner.
        let mut k = j;
        while k < end && k - j < 3 && self.tok(k).cap && self.tok(k).kind == TokenKind::Word {
            k += 1;
        }
        (k > j && k < end && self.is(k, WordClass::Determiner)).then_some(k)
    }

    /// The end of a medium adjunct opening at the preposition at token `k`
    /// (« sur Twitter », « dans un communiqué », « lors d’une conférence de
    /// presse », « sur son compte X »), if a subject starts right after it
    /// (a determiner or a capitalised word) before token `end`.
    fn medium_end(&self, end: usize, k: usize) -> Option<usize> {
        let mut j = k + 1;
        if self.w(k) == "lors" {
            if !(j < end && matches!(self.w(j), "de" | "d’" | "d'" | "du")) {
                return None;
            }
            j += 1;
        }
        if j < end && self.is(j, WordClass::Determiner) {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // A medium is named as a body (« Twitter », « France Inter »).
        let body_end = |j: usize| {
            self.mention_at(j)
                .filter(|m| self.d.entities[m.entity].etype == EntityType::Org)
                .map(|m| self.first_token_at(m.end))
        };
        let e = if self.has(j, AttrRole::Medium) {
            let mut e = j + 1;
            // « conférence de presse », « compte Twitter », « entretien au Monde ».
            if e + 1 < end && matches!(self.w(e), "de" | "d’" | "d'") && self.has(e + 1, AttrRole::Medium) {
                e += 2;
            }
            // « sur le réseau social X », « dans un communiqué commun »: one
            // or two adjectives, then perhaps a name before the subject's
            // determiner.
            let plain = |k: usize| {
                k < end
                    && self.tok(k).kind == TokenKind::Word
                    && !self.tok(k).cap
                    && !self.d.words[k].is_function_word()
                    && self.cue(k).is_none()
                    && !self.verb_like(k)
                    && self.tok_quote[k].is_none()
            };
            let mut adj = e;
            while adj < e + 2 && plain(adj) {
                adj += 1;
            }
            let mut named = adj;
            while named < adj + 3 && named < end && self.tok(named).cap && self.tok(named).kind == TokenKind::Word {
                named += 1;
            }
            if named > adj && named < end && self.is(named, WordClass::Determiner) && !self.tok(named).cap {
                e = named;
            } else if adj > e && adj < end && (self.is(adj, WordClass::Determiner) || self.tok(adj).cap) {
                e = adj;
            }
            if e < end {
                let named = match self.w(e) {
                    "à" | "au" | "aux" if e + 1 < end => body_end(e + 1),
                    "à" | "au" | "aux" => None,
                    _ => body_end(e),
                };
                e = named.unwrap_or(e);
            }
            e
        } else {
            body_end(j).filter(|_| self.w(k) != "en")?
        };
        let subject_starts = e < end
            && (self.is(e, WordClass::Determiner) && !self.tok(e).cap || self.tok(e).cap)
            && self.tok(e).kind == TokenKind::Word;
        subject_starts.then_some(e)
    }

    /// « le président du groupe au Sénat, X »: « au » or « aux » at token
    /// `k` opens a capitalised seat (one to three words) that the name
    /// apposed after a comma ends, so it is part of the description, not an
    /// addressee (« a déclaré le ministre au Figaro »).
    fn seat_before_name(&self, k: usize, end: usize) -> bool {
        let word = |j: usize| j < end && self.tok(j).cap && self.tok(j).kind == TokenKind::Word;
        let mut j = k + 1;
        while word(j) && j - k <= 3 {
            j += 1;
        }
        j > k + 1 && j + 1 < end && self.is_punct(j, ",") && word(j + 1) && !self.is(j + 1, WordClass::Determiner)
    }

    /// A word for the press, as an addressee (« à la presse »).
    fn press_word(&self, j: usize) -> bool {
        matches!(self.w(j), "presse" | "journalistes" | "médias" | "agences")
    }

    /// Is the phrase at token `j` (before `end`) a press addressee: a
    /// determiner, then an organisation's mention or a word for the press?
    fn press_addressee(&self, mut j: usize, end: usize) -> bool {
        if j < end && self.is(j, WordClass::Determiner) {
            j += 1;
        }
        if j >= end {
            return false;
        }
        if self.press_word(j) {
            return true;
        }
        self.mention_at(j).is_some_and(|m| self.d.entities[m.entity].etype == EntityType::Org)
    }

    /// The mention that starts at token `k`, if any.
    fn mention_at(&self, k: usize) -> Option<&'t Mention> {
        let at = self.tok(k).start;
        let ms = self.d.mentions;
        ms.get(ms.partition_point(|m| m.start < at)).filter(|m| m.start == at)
    }

    /// Does the comma segment ending before token `c` hold a verb (a clause)?
    /// The first token of the comma segment (or the stretch after a
    /// quotation) that ends before token `c`, from `first` at the earliest.
    fn segment_start(&self, first: usize, c: usize) -> usize {
        (first..c).rev().find(|&k| self.w(k) == "," || self.tok_quote[k].is_some()).map_or(first, |k| k + 1)
    }

    /// Before « comme l’a rappelé X », whose « comme » marks the clause
    /// before as the claim: is the segment ending before token `c` a main
    /// clause of three words or more (no relative, subordinate or
    /// participial opening) even without a verb the lexicons know?
    fn claim_segment(&self, first: usize, c: usize) -> bool {
        let start = self.segment_start(first, c);
        c >= start + 3
            && !matches!(self.w(start), "qui" | "who" | "which" | "dont" | "que")
            && !self.opens_adverbial_at(start)
            && !self.participial(start)
            && !self.is(start, WordClass::Preposition)
    }

    /// The sentence goes on after the comma at `e` that closes an incise:
    /// words follow, and they open no relative, coordinate or new report.
    fn resumes_after_incise(&self, s: &Sentence, e: usize) -> bool {
        e + 1 < s.end_token
            && self.is_punct(e, ",")
            && self.tok(e + 1).kind == TokenKind::Word
            && self.tok_quote[e + 1].is_none()
            && !matches!(
                self.w(e + 1),
                "qui" | "que" | "qu’" | "qu'" | "dont" | "où" | "et" | "mais" | "ou" | "puis" | "selon"
            )
            && self.cue(e + 1).is_none()
            && !self.participial(e + 1)
    }

    /// The segment ending at the comma `c` is the sentence's opening noun
    /// phrase (from its start, a determiner or a capitalised word first,
    /// no verb): a subject awaiting its verb.
    fn opening_subject(&self, s: &Sentence, c: usize) -> bool {
        self.opening_np(s, c).is_some_and(|start| {
            c <= start + 8
                && !self.opens_adverbial_at(start)
                && !(start..c).any(|k| self.verb_like(k) || self.tok_quote[k].is_some())
        })
    }

    /// « Les enquêteurs privilégient la piste, précise une source »: the
    /// whole sentence up to the comma at `c`, opening with a noun phrase,
    /// is a main clause even when its verb is none the lexicons know: a
    /// subject is not cut from its verb by a comma.
    fn opening_clause(&self, s: &Sentence, c: usize) -> bool {
        self.opening_np(s, c).is_some_and(|start| c >= start + 4 && self.claim_segment(start, c))
    }

    /// The sentence's first token (past a dateline), when no comma comes
    /// between it and the comma `c` and it opens a noun phrase: a
    /// determiner or a capitalised word that is no preposition.
    fn opening_np(&self, s: &Sentence, c: usize) -> Option<usize> {
        let start = self.after_dateline(s);
        (start < c
            && self.segment_start(s.first_token, c) <= start
            && (self.is(start, WordClass::Determiner)
                || self.tok(start).cap && !self.is(start, WordClass::Preposition)))
        .then_some(start)
    }

    fn clause_before(&self, first: usize, c: usize) -> bool {
        let start = self.segment_start(first, c);
        // « X, qui a …, a déclaré »: a relative clause is not the claim.
        // Nor a subordinate clause (« Lorsque X a affirmé …, les marchés ont
        // réagi »).
        if start < c
            && (matches!(self.w(start), "qui" | "who" | "which" | "dont" | "que") || self.opens_adverbial_at(start))
        {
            return false;
        }
        // « …ont été bombardés, tuant 50 civils, a affirmé l’ONU »: a
        // participial phrase belongs to the segment before it.
        if start < c && self.participial(start) {
            return start >= first + 2 && self.is_punct(start - 1, ",") && self.clause_before(first, start - 1);
        }
        (start..c).any(|k| self.verb_like(k))
    }

    /// Token `k` reads as a finite verb: an auxiliary, a finite cue, an
    /// imperfect or conditional (« -ait », « -aient »), an English past tense.
    fn verb_like(&self, k: usize) -> bool {
        let w = self.w(k);
        self.is_aux(k)
            || self.cue(k).is_some_and(|(_, f)| f == CueForm::Finite)
            || w.ends_with("ait")
            || w.ends_with("aient")
            // English past tense: "Russia launched …, officials said".
            || self.english[k] && !self.tok(k).cap && w.len() > 4 && w.ends_with("ed")
    }

    /// First token after a dateline (« KYIV, Oct 10 (Reuters) - »), else the
    /// sentence start: a dateline is not part of any claim.
    fn after_dateline(&self, s: &Sentence) -> usize {
        let limit = s.end_token.min(s.first_token + 12);
        // « PARIS (AFP) - », "KYIV, Ukraine — ": a bracket, or a place in
        // capitals first.
        let caps_first = s.first_token < s.end_token && {
            let t = self.tok(s.first_token);
            let w = &self.d.text[t.start..t.end];
            t.kind == TokenKind::Word && w.chars().count() >= 3 && w.chars().all(|c| !c.is_lowercase())
        };
        match (s.first_token..limit).find(|&k| matches!(self.w(k), "-" | "—" | "–")) {
            Some(d) if caps_first || (s.first_token..d).any(|k| self.w(k) == ")") => d + 1,
            _ => self.after_topic(s),
        }
    }

    /// « France : le chômage remonte, selon X »: a headline topic of a few
    /// capitalised words (with particles) and a colon opens no claim.
    fn after_topic(&self, s: &Sentence) -> usize {
        let f = s.first_token;
        let limit = s.end_token.min(f + 5);
        let Some(c) = (f + 1..limit).find(|&k| self.w(k) == ":") else {
            return f;
        };
        let topic = self.tok(f).cap
            && c + 1 < s.end_token
            && (f..c).all(|k| {
                let w = &self.d.words[k];
                self.tok(k).kind == TokenKind::Word
                    && !self.is_aux(k)
                    && self.cue(k).is_none()
                    && !self.is(k, WordClass::Pronoun)
                    && (self.tok(k).cap || w.is(WordClass::Particle) || self.is(k, WordClass::Determiner))
            });
        if topic {
            c + 1
        } else {
            f
        }
    }

    /// Start of the clause that holds token v: after the last quote that
    /// closes before v (« …, » X said), else the sentence start.
    fn clause_left(&self, s: &Sentence, v: usize) -> usize {
        self.clause_left_over(s, v, false)
    }

    /// [`Work::clause_left`] for the claim ending in a quotation before its
    /// cue, where a quotation the clause goes on after (« X irait « bien »
    /// et « … », déclare Y ») is part of it, not a statement before it
    /// (`embedded`).
    fn clause_left_over(&self, s: &Sentence, v: usize, embedded: bool) -> usize {
        let mut l = self.after_dateline(s);
        for k in s.first_token..v {
            let goes_on = embedded
                && k + 1 < v
                && self.tok(k + 1).kind == TokenKind::Word
                && !self.tok(k + 1).cap
                && !self.is_aux(k + 1)
                && self.cue(k + 1).is_none()
                && split_inversion(self.w(k + 1)).is_none();
            if self.closes_quote(k).is_some() && k + 1 < v && !goes_on {
                let mut n = k + 1;
                if self.w(n) == "," {
                    n += 1;
                }
                l = n;
            }
        }
        l
    }

    /// The cue word at `i` (sentence from `first`) is a noun: after a
    /// determiner ("a call with analysts", « le rapport »; not « comme le
    /// rapporte X »), or after a determiner, an adverb and an adjective
    /// (« d’une si courte avance »).
    fn cue_is_noun(&self, first: usize, i: usize) -> bool {
        let clitic = i >= first + 2 && matches!(self.w(i - 2), "comme" | "que");
        // « Marc X, critique gastronomique, … »: a finite form right after a
        // name opening the sentence and a comma is an apposed noun; no comma
        // parts a subject from its verb (« Le maire, Marc X, critique » closes
        // an apposition).
        let name_opens = |end: usize| {
            let mut k = end;
            while k > first && self.tok(k - 1).cap && self.tok(k - 1).kind == TokenKind::Word {
                k -= 1;
            }
            k == first && k < end && self.tok_quote[first].is_none()
        };
        // In a list of appositions too: « X, animateur de radio, critique
        // gastronomique, écrivain, … » (a noun, an adjective, a comma).
        let listed = || {
            i + 2 < self.d.tokens.len()
                && self.tok(i + 1).kind == TokenKind::Word
                && !self.tok(i + 1).cap
                && is_plain_adjective(self.w(i + 1))
                && self.is_punct(i + 2, ",")
        };
        let apposed = i >= first + 2
            && self.is_punct(i - 1, ",")
            && self.cue(i).is_some_and(|(_, f)| f == CueForm::Finite)
            && (name_opens(i - 1) || listed());
        apposed
            || i > first && self.is(i - 1, WordClass::Determiner) && !self.is_aux(i - 1) && !clitic
            || i >= first + 3
                && self.is(i - 3, WordClass::Determiner)
                && !self.is_aux(i - 3)
                && (self.is(i - 2, WordClass::Adverb) || self.w(i - 2) == "si")
                && self.tok(i - 1).kind == TokenKind::Word
                && !self.tok(i - 1).cap
                && !self.d.words[i - 1].is_function_word()
    }

    /// The subject of a narrative infinitive ending before « de » at `de`
    /// (« Et le ministre d’ajouter », « Eux d’ajouter »): the phrase from the
    /// sentence start or an « et » opening it (after a comma or a quotation
    /// too). A stressed pronoun, a name, or a description of someone (a role
    /// or a body), so that « Le droit de dire … » is no report.
    fn narrative_subject(&self, first: usize, de: usize) -> Option<Subject> {
        let mut l = de;
        while l > first && de - l < 8 && self.tok(l - 1).kind == TokenKind::Word && self.tok_quote[l - 1].is_none() {
            if self.w(l - 1) == "et" {
                break;
            }
            l -= 1;
        }
        // « Et d’ajouter : « … » » opening a sentence: the speaker is the
        // one of the sentences before.
        if l == de && l == first + 1 && self.w(first) == "et" {
            return Some(Subject::Previous);
        }
        let opens = l == first
            || self.w(l - 1) == "et"
                && (l - 1 == first || matches!(self.w(l - 2), "," | ";") || self.closes_quote(l - 2).is_some());
        // No verb in it (« L’autorité avait demandé à X de préciser »).
        if l >= de || !opens || (l..de).any(|k| self.is_aux(k) || self.cue(k).is_some()) {
            return None;
        }
        // (Words are compared in lower case.)
        if de == l + 1 && STRESSED.contains(&self.w(l)) {
            return Some(Subject::Pronoun(self.tok(l).start, self.tok(l).end));
        }
        // The phrase is a name, or a determiner and someone.
        let sp = self.resolve_np(l, de);
        let described = self.is(l, WordClass::Determiner) && self.is_someone(&sp, l, de);
        let named = sp.entity.is_some() && self.tok(l).cap;
        (described || named).then_some(Subject::Np(l, de))
    }

    /// The subject noun phrase in tokens [l, v): last comma segment, skipping
    /// relative clauses, cut after subordinators, with a name/description
    /// apposition joined.
    fn subject_before(&self, l: usize, v: usize) -> Option<(usize, usize)> {
        if v <= l {
            return None;
        }
        // « La Police provinciale (PPO) a confirmé », « Jan Novak
        // (SDX) a dit », « X — par ailleurs ancien directeur — a
        // annoncé »: a bracket or dash incise closing the subject glosses it.
        let mut v = v;
        let closing = if v > l + 2 { self.w(v - 1) } else { "" };
        let opening = match closing {
            ")" => Some("("),
            "—" | "–" => Some(closing),
            _ => None,
        };
        if let Some(open) = opening {
            if let Some(o) = (l + 1..v - 1).rev().find(|&k| self.w(k) == open) {
                v = o;
            }
        }
        let mut segs: Vec<(usize, usize)> = Vec::new();
        let mut a = l;
        let mut k = l;
        while k < v {
            // « L’agence régionale de santé (ARS) de Bretagne »: a short
            // gloss in brackets inside the noun phrase, which goes on with
            // its complement, splits nothing.
            // So does a gloss that ends a segment (« Cécile X (divers
            // gauche), maire de Y »): it is dropped from the segment below.
            if self.w(k) == "(" {
                if let Some(c) = self.bracket_gloss_end(k, v) {
                    if c + 1 == v || self.w(c + 1) == "," || c + 1 < v && self.de_word(c + 1) {
                        k = c + 1;
                        continue;
                    }
                }
            }
            // Commas separate segments; a dash or closing bracket ends a dateline
            // (« WASHINGTON (Reuters) - President X »).
            // A colon ends a headline topic (« Grippe : l’OMS déclare … »).
            if self.tok_quote[k].is_none() && matches!(self.w(k), "," | "-" | "—" | "–" | ")" | "(" | ":") {
                segs.push((a, k));
                a = k + 1;
            }
            k += 1;
        }
        segs.push((a, v));
        // Drop empty segments, lone connectives (« , cependant, »), adverbial
        // ones (« Le syndicat, quant à lui, a confirmé ») and a US party and
        // state ("Sen. Laura Mills, R-Texas, said").
        let affiliation = |a: usize, b: usize| {
            b == a + 1 && self.tok(a).cap && {
                let w = self.tok(a).text(self.d.text).as_bytes();
                w.len() > 3 && matches!(w[0], b'R' | b'D' | b'I') && w[1] == b'-' && w[2].is_ascii_uppercase()
            }
        };
        let adverbial = |a: usize, b: usize| self.skip_adverbials(a, b) >= b || affiliation(a, b);
        // « Le rectorat, lui, assure »: a stressed pronoun repeats the subject
        // before it.
        // (Between commas: « Suite au jugement, elle déclarait » has its
        // subject last.)
        let stressed = |a: usize, b: usize| b == a + 1 && b < v && self.w(b) == "," && STRESSED.contains(&self.w(a));
        while segs.last().is_some_and(|&(a, b)| {
            a >= b
                || adverbial(a, b)
                || stressed(a, b) && segs.len() > 1
                || (a..b).all(|k| {
                    self.is(k, WordClass::Adverb)
                        || self.is(k, WordClass::Conjunction)
                        || self.tok(k).kind == TokenKind::Number
                })
        }) {
            segs.pop();
        }
        let (mut sa, sb) = segs.pop()?;
        let mut sb = self.without_gloss(sa, sb);
        // « X, qui …, a dit », "X, speaking on condition of anonymity, said":
        // a relative or participial segment is not the subject.
        // Nor is a circumstance between commas (« X, de retour de Chine, a
        // déclaré »), unless it continues an enumeration (below).
        let circumstance = |sa: usize, sb: usize| {
            self.is(sa, WordClass::Preposition) && !self.is(sa, WordClass::Determiner) && !self.complement_item(sa, sb)
        };
        while sb < v
            && (matches!(self.w(sa), "qui" | "who" | "which" | "dont") || self.participial(sa) || circumstance(sa, sb))
        {
            let (pa, pb) = segs.pop()?;
            sa = pa;
            sb = pb;
        }
        // « le ministre des Routes, de la Pêche et des Forêts Paul X »: a
        // complement enumerated after commas belongs to the noun before.
        let mut enumerated = false;
        while let Some(&(pa, pb)) = segs.last() {
            if pb + 1 != sa || !self.complement_item(sa, sb) || !(pa + 1..pb).any(|k| self.de_word(k)) {
                break;
            }
            segs.pop();
            sa = pa;
            enumerated = true;
        }
        // Cut after the last subordinator or object relative (« date à
        // laquelle Pékin a annoncé »), before a subject relative pronoun.
        for k in (sa..sb).rev() {
            let w = self.w(k);
            if matches!(
                w,
                "que"
                    | "qu’"
                    | "qu'"
                    | "laquelle"
                    | "lequel"
                    | "lesquels"
                    | "lesquelles"
                    | "auquel"
                    | "auxquels"
                    | "auxquelles"
                    | "duquel"
                    | "où"
                    | "where"
                    | "whom"
                    | "si"
                    | "lorsque"
                    | "quand"
                    | "puisque"
                    | "car"
                    | "mais"
                    | "tandis"
                    | "alors"
                    | "when"
                    | "while"
                    | "but"
                    | "because"
                    | "if"
                    | "although"
            ) {
                sa = k + 1;
                if sa < sb && self.w(sa) == "que" {
                    sa += 1;
                }
                break;
            }
        }
        // « Une analyse dont les résultats ont été publiés … révèle »: the
        // antecedent of a relative.
        if let Some(k) = (sa + 1..sb).find(|&k| matches!(self.w(k), "qui" | "who" | "which" | "dont")) {
            sb = k;
        }
        // « La réforme est injuste et le ministre estime »: a clause before
        // « et » (it holds a verb: an auxiliary, a reflexive verb, an
        // imperfect, « 66 personnes se trouvaient à bord et la compagnie
        // annonce ») is no part of the subject after it.
        if let Some(e) = (sa + 1..sb).rev().find(|&k| self.w(k) == "et") {
            let verb = |k: usize| self.verb_like(k) || self.is_se(k) && k + 1 < e;
            if (sa..e).any(|k| verb(k) && self.tok_quote[k].is_none()) {
                sa = e + 1;
            }
        }
        // « … et a ajouté »: a coordinating conjunction is not a subject, nor
        // an adverb before a pronoun or a determiner (« Récemment il a dit »).
        loop {
            let w = self.w(sa);
            // A listed adverb only before a pronoun: in « Même son de
            // cloche », « son » is a noun.
            let ment = w.len() > 6 && w.ends_with("ment");
            let adverb = sa + 1 < sb
                && (self.is(sa, WordClass::Adverb) || ment)
                && (PRONOUNS.contains(&self.w(sa + 1)) || ment && self.is(sa + 1, WordClass::Determiner));
            if sa < sb && (matches!(w, "et" | "and" | "puis" | "or" | "ou" | "mais" | "but") || adverb) {
                sa += 1;
            } else {
                break;
            }
        }
        sb = self.trim_subject_end(sa, sb);
        // "X on Tuesday said", "X mardi a déclaré": a trailing time phrase is not the subject.
        while sb > sa + 1 && self.is(sb - 1, WordClass::NotName) {
            sb -= 1;
            if sb > sa + 1 && matches!(self.w(sb - 1), "on" | "in" | "at" | "last" | "this" | "ce" | "le") {
                sb -= 1;
            }
        }
        // « C’est le ministre qui a annoncé »: the focus of a cleft.
        if sb > sa + 2 && self.cleft(sa) {
            sa += 2;
        }
        if sa >= sb {
            return None;
        }
        let longest = if enumerated { 28 } else { 16 };
        if (sa..sb).any(|k| self.is_aux(k) || self.tok_quote[k].is_some()) {
            return None;
        }
        if sb - sa > longest {
            // « X, journaliste en exil depuis … et par ailleurs
            // correspondant pour …, a rappelé »: the name before a long
            // role apposition is the subject.
            let role = self.d.words[sa].title == Some(TitleKind::Role);
            return segs
                .last()
                .filter(|&&(pa, pb)| role && pb + 1 == sa && self.w(pb) == "," && self.name_segment(pa, pb))
                .copied();
        }
        // A subject never starts with a preposition, but « d’autres
        // policiers », « de nombreux experts » start with a partitive.
        let partitive = sa + 1 < sb
            && matches!(self.w(sa), "d’" | "d'" | "de")
            && matches!(self.w(sa + 1), "autres" | "nombreux" | "nombreuses");
        if self.is(sa, WordClass::Preposition) && !self.is(sa, WordClass::Determiner) && !partitive {
            // « Dans son communiqué le champion avoue », « En 2015 Paul X
            // a dit »: a fronted adjunct without its comma; the subject
            // opens with the determiner or name after its last noun.
            let content = |k: usize| {
                self.tok(k).kind == TokenKind::Number
                    || self.tok(k).kind == TokenKind::Word && !self.d.words[k].is_function_word()
            };
            let named = |k: usize| {
                self.mention_at(k)
                    .is_some_and(|m| matches!(self.d.entities[m.entity].etype, EntityType::Per | EntityType::Org))
            };
            let opens = |k: usize| {
                self.is(k, WordClass::Determiner) && !self.tok(k).cap
                    || self.tok(k).cap && self.tok(k).kind == TokenKind::Word && (!self.tok(k - 1).cap || named(k))
            };
            sa = (sa + 2..sb).find(|&k| content(k - 1) && opens(k))?;
        }
        // Apposition with the previous segment, less a subordinator or a
        // conjunction opening it (« Si X, porte-parole de Y, annonce »).
        if let Some(&(pa, pb)) = segs.last() {
            let pa = pa + self.opens_with_subordinator(pa, pb) as usize;
            if pb + 1 == sa && pb > pa && self.w(pb) == "," {
                let cur_name = self.name_segment(sa, sb);
                let prev_name = self.name_segment(pa, pb);
                // « Le 19 août dernier, Paul Girard »: a date is no description.
                let prev_desc = self.is(pa, WordClass::Determiner)
                    && !(pa..pb).any(|k| self.tok(k).kind == TokenKind::Number || self.is(k, WordClass::NotName));
                let cur_desc = self.is(sa, WordClass::Determiner) || self.d.words[sa].title.is_some();
                let prev_clean =
                    !(pa..pb).any(|k| self.is_aux(k) || self.cue(k).is_some_and(|(_, f)| f == CueForm::Gerund));
                // Not the end of a source phrase (« Selon la présidente de
                // X, Y, l’autorité a fait part »: Y is the source's name).
                let in_source = segs.len() >= 2 && {
                    let (qa, _) = segs[segs.len() - 2];
                    matches!(self.w(qa), "selon" | "d’" | "d'" | "according")
                };
                if prev_clean && !in_source && pb - pa <= 12 && ((cur_name && prev_desc) || (cur_desc && prev_name)) {
                    return Some((pa, sb));
                }
            }
        }
        // « Marie X, 45 ans, mère de trois enfants, témoigne »: an age and
        // bare noun phrases apposed to a person's name describe the person;
        // the subject runs from the name.
        let (mut ca, mut cb) = (sa, sb);
        for &(pa, pb) in segs.iter().rev().take(3) {
            if pb + 1 != ca || self.w(pb) != "," || !self.bare_apposition(ca, cb) {
                break;
            }
            let pa = pa + self.opens_with_subordinator(pa, pb) as usize;
            let person = self.mention_at(pa).is_some_and(|m| {
                self.d.entities[m.entity].etype == EntityType::Per
                    && m.end == self.tok(self.without_gloss(pa, pb) - 1).end
            });
            if person {
                return Some((pa, sb));
            }
            (ca, cb) = (pa, pb);
        }
        Some((sa, sb))
    }

    /// The closing bracket of a short gloss opening at the bracket at token
    /// `k` (« (ARS) », « (RN) », « (divers gauche) »): one to four words,
    /// no quotation, closed before token `end`.
    fn bracket_gloss_end(&self, k: usize, end: usize) -> Option<usize> {
        let c = (k + 2..end.min(k + 6)).find(|&c| self.w(c) == ")")?;
        let words = (k + 1..c).all(|j| self.tok(j).kind != TokenKind::Punct && self.tok_quote[j].is_none());
        (words && self.tok_quote[k].is_none()).then_some(c)
    }

    /// The end of segment [a, b) less a bracket gloss that closes it
    /// (« Cécile X (divers gauche) » → « Cécile X »).
    fn without_gloss(&self, a: usize, b: usize) -> usize {
        if b < a + 4 || self.w(b - 1) != ")" {
            return b;
        }
        (b.saturating_sub(6).max(a + 1)..b - 2)
            .rev()
            .find(|&o| self.w(o) == "(")
            .filter(|&o| self.bracket_gloss_end(o, b) == Some(b - 1))
            .unwrap_or(b)
    }

    /// Token `k` opens a subordinate clause (« si », « lorsque »…); an
    /// elided « s’ » only before « il(s) » (« s’il »), not the reflexive
    /// pronoun (« s’est propagé »).
    fn opens_adverbial_at(&self, k: usize) -> bool {
        let w = self.w(k);
        opens_adverbial(w)
            && (!matches!(w, "s’" | "s'")
                || self.d.tokens.get(k + 1).is_some() && matches!(self.w(k + 1), "il" | "ils"))
    }

    /// Segment [a, b) opens with a subordinator or conjunction that is no
    /// part of a subject after it (« Si X, porte-parole de Y, annonce »).
    fn opens_with_subordinator(&self, a: usize, b: usize) -> bool {
        a + 1 < b
            && matches!(
                self.w(a),
                "si" | "et" | "mais" | "car" | "quand" | "lorsque" | "puisque" | "and" | "but" | "if" | "when"
            )
    }

    /// [a, b) is an apposition that needs no determiner: an age (« 45
    /// ans ») or a noun phrase opening with a common noun or adjective
    /// (« mère de trois enfants », « agriculteur à Lyon »), not a verb,
    /// participle, adverb or function word.
    fn bare_apposition(&self, a: usize, b: usize) -> bool {
        if b == a + 2 && self.tok(a).kind == TokenKind::Number && matches!(self.w(a + 1), "ans" | "an") {
            return true;
        }
        b > a
            && b - a <= 8
            && self.tok(a).kind == TokenKind::Word
            && !self.tok(a).cap
            && !self.d.words[a].is_function_word()
            && !self.is(a, WordClass::Adverb)
            && !self.verb_like(a)
            && !self.participial(a)
            && self.cue(a).is_none()
            && (a..b).all(|k| self.tok_quote[k].is_none() && !self.is_aux(k))
    }

    /// The reflexive pronoun « se » / « s’ ».
    fn is_se(&self, k: usize) -> bool {
        matches!(self.w(k), "se" | "s’" | "s'")
    }

    /// « de », « du », « des », « d’ »: the word that opens a complement.
    fn de_word(&self, k: usize) -> bool {
        matches!(self.w(k), "de" | "du" | "des" | "d’" | "d'")
    }

    /// [a, b) is one item of an enumerated complement: « de la Pêche et
    /// des Forêts », « des Technologies de l’information »; « de » and an
    /// article, then a capitalised word (« de retour » is no item).
    fn complement_item(&self, a: usize, b: usize) -> bool {
        if b < a + 2 || !self.de_word(a) {
            return false;
        }
        let mut k = a + 1;
        if k + 1 < b && matches!(self.w(k), "la" | "l’" | "l'") {
            k += 1;
        }
        self.tok(k).cap && self.tok(k).kind == TokenKind::Word
    }

    /// « Le syndicat y dénonce », « il lui a rendu », "He also said": object
    /// clitics and adverbs before the verb are not part of the subject
    /// [sa, sb). Returns the subject's new end.
    fn trim_subject_end(&self, sa: usize, mut sb: usize) -> usize {
        // « Le pape au cours de son enseignement a exhorté », « le maire
        // lors de la séance a dit »: an adverbial phrase before the verb.
        if let Some(k) = (sa + 1..sb).find(|&k| {
            self.tok_quote[k].is_none()
                && (matches!(self.w(k), "lors" | "pendant" | "durant")
                    || self.w(k) == "au" && k + 1 < sb && self.w(k + 1) == "cours")
        }) {
            sb = k;
        }
        while sb > sa + 1 && !self.tok(sb - 1).cap && self.is(sb - 1, WordClass::Adverb) {
            sb -= 1;
        }
        while sb > sa + 1 && !self.tok(sb - 1).cap && self.has(sb - 1, AttrRole::Clitic) {
            sb -= 1;
        }
        sb
    }

    /// Token `k` opens a participial phrase (« interrogé par », "speaking on").
    fn participial(&self, k: usize) -> bool {
        let t = self.tok(k);
        let w = self.w(k);
        !t.cap
            && t.kind == TokenKind::Word
            && (w.ends_with("ing") && w.len() > 5
                || w.ends_with("ant")
                    && w.len() >= 5
                    && !matches!(w, "avant" | "devant" | "durant" | "néant" | "géant")
                || self.past_participle(k))
            // « interrogé par », « cité par », "asked about"
            || self.has(k, AttrRole::Participial)
    }

    /// « le maire de Nantes, Paul Girard, … », « Marc Lenoir, maire de
    /// Rennes, … »: the noun phrase [a, c) followed at comma `c` by its
    /// apposition (a name after a description, or a description after a
    /// name) and another comma. Returns that second comma.
    fn apposition_end(&self, a: usize, c: usize, end: usize) -> Option<usize> {
        let c2 = (c + 1..end.min(c + 12)).find(|&k| matches!(self.w(k), "," | ";") || self.tok_quote[k].is_some())?;
        if !matches!(self.w(c2), "," | ";") || c2 == c + 1 {
            return None;
        }
        let desc = |k: usize| self.is(k, WordClass::Determiner) || self.d.words[k].title.is_some();
        // « …, l’agence de presse du groupe, »: a role or a body, whatever
        // the source before it.
        let role_np = self.is(c + 1, WordClass::Determiner)
            && (c + 2..c2.min(c + 4)).any(|k| self.d.words[k].title.is_some() || self.d.words[k].head.is_some());
        // « …, interrogé par la radio, », « …, de l’université de X, »
        let participle = self.past_participle(c + 1) || self.has(c + 1, AttrRole::Participial);
        let affiliation =
            matches!(self.w(c + 1), "de" | "du" | "des" | "d’" | "d'") && (c + 2..c2).any(|k| self.tok(k).cap);
        let fits = self.name_segment(a, c) && desc(c + 1)
            || desc(a) && self.name_segment(c + 1, c2)
            || role_np
            || participle
            || affiliation;
        // The participle itself may be a cue's (« interrogé »).
        let verbless = (c + 1 + participle as usize..c2).all(|k| !self.is_aux(k) && self.cue(k).is_none());
        (fits && verbless).then_some(c2)
    }

    /// The antecedent of a subject « qui » in the phrase [x, y) before it: a
    /// person or organisation named at its end (« … avec le chef de
    /// l’organisation, Ayman X, qui déclare »), else the whole phrase when
    /// it is a short noun phrase or a name (« le ministre, qui a dit »).
    /// The noun phrase, opening with a determiner, that ends right before
    /// the relative pronoun at `q` (or its comma) and starts after `l`,
    /// when it can be an antecedent (see `antecedent`).
    fn np_before_relative(&self, l: usize, q: usize) -> Option<(usize, usize)> {
        let end = if q > l && self.is_punct(q - 1, ",") { q - 1 } else { q };
        // The outermost determiner of the run of words before it (« un
        // militant opposé à la loi »).
        let det = (end.saturating_sub(8).max(l)..end)
            .rev()
            .take_while(|&k| self.tok(k).kind == TokenKind::Word && !self.is_aux(k) && self.tok_quote[k].is_none())
            .filter(|&k| self.is(k, WordClass::Determiner))
            .last()?;
        // Only in a clause of its own: the subject before it is not this phrase.
        (det > l && end > det + 1).then_some((det, end))
    }

    fn antecedent(&self, x: usize, y: usize) -> Option<(usize, usize)> {
        let (sx, sy) = self.span(x, y);
        let named = self
            .mentions_in(sx, sy)
            .iter()
            .rev()
            .find(|m| m.end == sy && matches!(self.d.entities[m.entity].etype, EntityType::Per | EntityType::Org));
        if let Some(m) = named {
            return Some((self.first_token_at(m.start), y));
        }
        let short_np = y - x <= 6
            && (self.is(x, WordClass::Determiner) && !(x + 1..y).any(|k| self.is_aux(k)) || self.name_segment(x, y));
        let demonstrative = y == x + 1 && matches!(self.w(x), "ce" | "c’" | "c'" | "cela" | "celui" | "celle");
        (short_np && !demonstrative).then_some((x, y))
    }

    /// Tokens [a, b) read as an adverbial, not a subject: a preposition or a
    /// date first (« Face à ces chiffres », « Le 19 août », « En 2015 »), or
    /// only adverbials (« De son côté »).
    fn adverbial_segment(&self, a: usize, b: usize) -> bool {
        let w = self.w(a);
        self.is(a, WordClass::Preposition) && !self.is(a, WordClass::Determiner)
            || matches!(w, "face" | "grâce" | "suite" | "faute" | "lors")
            // « Publiée en janvier, la vidéo … »: a participle (not a
            // name: « Désirée Dupont, »).
            || self.past_participle(a) && a + 1 < b && !self.tok(a + 1).cap
            || self.tok(a).kind == TokenKind::Number
            || a + 1 < b && self.is(a, WordClass::Determiner) && self.tok(a + 1).kind == TokenKind::Number
            || self.skip_adverbials(a, b) >= b
            // « outre-Atlantique, », « ici, »: one lower-case word alone.
            || b == a + 1
                && !self.tok(a).cap
                && self.tok(a).kind == TokenKind::Word
                && !self.is(a, WordClass::Determiner)
                && !PRONOUNS.contains(&w)
    }

    /// « publiée le 27 juillet »: token `k` looks like a French past
    /// participle, and is no role (« député »).
    fn past_participle(&self, k: usize) -> bool {
        let w = self.w(k);
        ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
            && w.chars().count() > 4
            && self.d.words[k].title.is_none()
    }

    /// A segment made only of capitalised words and name particles (« Hikmet Hajiyev »).
    /// Does a cleft open at token `a` (« c’est », « c’était », « ce fut »)?
    fn cleft(&self, a: usize) -> bool {
        a + 1 < self.d.tokens.len()
            && matches!(self.w(a), "c’" | "c'" | "ce")
            && matches!(self.w(a + 1), "est" | "était" | "fut" | "sera" | "serait")
    }

    fn name_segment(&self, a: usize, b: usize) -> bool {
        let b = self.without_gloss(a, b);
        b > a
            && b - a <= 5
            && self.tok(a).cap
            // « Pourtant, la brigade annonce », « Mardi, le ministre a dit »:
            // a capitalised adverb or day opens no name; an honorific does
            // (« Me Laurent X », though « me » is a pronoun).
            && (self.is(a, WordClass::Particle)
                || !self.d.words[a].is_function_word()
                || self.d.words[a].title == Some(TitleKind::Honorific))
            && !is_connective(self.w(a))
            && (a..b).all(|k| {
                let t = self.tok(k);
                t.kind == TokenKind::Word && (t.cap || self.is(k, WordClass::Particle)) || self.w(k) == "."
            })
    }

    /// The sentence subject: from the start (after a gerund phrase or a
    /// leading adverbial) up to the first auxiliary or verb.
    fn sentence_subject(&self, s: &Sentence) -> Option<(usize, usize)> {
        let mut a = s.first_token;
        // « Se disant confiant, … », « En annonçant …, »: past the pronoun.
        let g = if a + 1 < s.end_token && matches!(self.w(a), "se" | "s’" | "s'" | "en") { a + 1 } else { a };
        let first_is_gerund =
            self.cue(g).is_some_and(|(_, f)| f == CueForm::Gerund) || self.w(a).ends_with("ant") && self.tok(a).cap;
        // « A l’annonce de …, X a réagi »: « À » written without its accent.
        let accentless_a = self.w(a) == "a"
            && self.tok(a).cap
            && !self.english[a]
            && a + 1 < s.end_token
            && matches!(
                self.w(a + 1),
                "l’" | "l'" | "la" | "le" | "les" | "cette" | "ce" | "son" | "sa" | "ses" | "leur"
            );
        // « Qualifié de « menteur » par X, le directeur … »: a fronted
        // participle phrase.
        let participle = self.tok(a).cap
            && self.past_participle(a)
            && a + 1 < s.end_token
            && !self.tok(a + 1).cap
            && self.tok(a + 1).kind == TokenKind::Word;
        let fronted = first_is_gerund || self.is(a, WordClass::Preposition) || accentless_a || participle;
        if fronted {
            // Skip to after the first comma.
            let c = (a..s.end_token).find(|&k| self.is_punct(k, ",") && self.tok_quote[k].is_none())?;
            a = c + 1;
            // « Qualifié de « … » par le directeur, X, le journal a … »:
            // the agent's apposition goes with the participle phrase.
            if participle {
                let next = (a..s.end_token.min(a + 6)).find(|&k| self.is_punct(k, ",") && self.tok_quote[k].is_none());
                if let Some(c2) = next.filter(|&c2| (a..c2).all(|k| !self.is_aux(k) && self.cue(k).is_none())) {
                    if self.name_segment(a, c2) {
                        a = c2 + 1;
                    }
                }
            }
        }
        let find_end = |a: usize| {
            (a..s.end_token).find(|&k| {
                self.is_aux(k)
                    || self.is_punct(k, ",")
                    // Not a capitalised one: "Secretary of State".
                    || !self.tok(k).cap
                        && self.cue(k).is_some_and(|(_, f)| matches!(f, CueForm::Finite | CueForm::Gerund))
                    // "John Carter welcomed the decision": a past tense after a name.
                    || self.english[k]
                        && k > a
                        && !self.tok(k).cap
                        && self.tok(k - 1).cap
                        && self.w(k).len() > 4
                        && self.w(k).ends_with("ed")
                    || self.tok_quote[k].is_some()
            })
        };
        // « Alors que la star a été émue en affirmant … »: the subordinate
        // clause's own subject, past its conjunction.
        if a + 2 < s.end_token
            && matches!(self.w(a), "alors" | "tandis" | "bien")
            && matches!(self.w(a + 1), "que" | "qu’" | "qu'")
        {
            a += 2;
        } else if a + 1 < s.end_token && matches!(self.w(a), "lorsque" | "lorsqu’" | "lorsqu'" | "quand" | "puisque")
        {
            a += 1;
        }
        // « Seul le ministre X », « Même le syndicat »: a focus word is no
        // part of the subject.
        if a + 1 < s.end_token
            && matches!(self.w(a), "seul" | "seule" | "seuls" | "seules" | "même" | "only" | "even")
            && self.is(a + 1, WordClass::Determiner)
        {
            a += 1;
        }
        // « C’est lui qui a poussé …, en indiquant »: the focus of a cleft
        // is the subject.
        if self.cleft(a) {
            let qui = (a + 3..s.end_token.min(a + 12)).find(|&k| self.w(k) == "qui")?;
            return Some((a + 2, qui));
        }
        let mut b = find_end(a)?;
        // « Face à ces chiffres, …, le président devrait … »: leading
        // adverbial segments (a preposition, a date) are not the subject.
        let mut hops = 0;
        // A relative clause on the adverbial's noun goes with it (« À la
        // veille de la fête, qui commémore …, le mouvement a … »).
        while hops < 3
            && b > a
            && self.is_punct(b, ",")
            && (self.adverbial_segment(a, b) || (hops > 0 || fronted) && matches!(self.w(a), "qui" | "dont" | "où"))
        {
            a = b + 1;
            b = find_end(a)?;
            hops += 1;
        }
        // First conjunct when it is a pronoun: "elle et le président X ont signé".
        if b > a + 2 && PRONOUNS.contains(&self.w(a)) && self.w(a + 1) == "et" {
            return Some((a, a + 1));
        }
        // « Le ministre des Finances, Marc Petit, affiche … »
        let b = if self.w(b) == "," { self.apposition_end(a, b, s.end_token).unwrap_or(b) } else { b };
        let b = if b > a { self.trim_subject_end(a, b) } else { b };
        (b > a && b - a <= 12).then_some((a, b))
    }

    /// Whether the quotation opening at token `q` is what a request verb
    /// group ending at `vg_end` asks for: its object (« réclame « justice » »)
    /// or the start of its clause or infinitive (« demande à l’État de
    /// « … » », « a exigé que « … » »), with nothing but its addressee between.
    fn requested(&self, vg_end: usize, q: usize) -> bool {
        if q == vg_end {
            return true;
        }
        q > vg_end
            && q - vg_end <= 8
            && matches!(self.w(q - 1), "de" | "d’" | "d'" | "que" | "qu’" | "qu'")
            && (vg_end..q - 1).all(|k| self.tok(k).kind == TokenKind::Word && self.tok_quote[k].is_none())
    }

    /// What the cue introduces, looking right of the verb group.
    fn content_after(&self, s: &Sentence, from: usize, kind: CueKind, inverted: bool) -> Content {
        // First: a complementiser, colon or quote within a few filler words
        // (« a déclaré à POLITICO que », « said in a statement that »).
        let mut k = from;
        while k < s.end_token && k - from <= 8 {
            let w = self.w(k);
            if let Some(q) = self.opens_quote(k) {
                // « conclut par « … » », « poursuivant par « … » », but not
                // the passive « a été critiqué par « … » ».
                let passive = from >= 2 && matches!(self.w(from - 2), "été" | "est" | "sont" | "était" | "fut");
                let adjacent =
                    (from..k).all(|j| self.is(j, WordClass::Adverb) || j == from && self.w(j) == "par" && !passive);
                if adjacent && !matches!(kind, CueKind::Frame | CueKind::Request) {
                    return Content::Quote(q);
                }
                break;
            }
            if matches!(kind, CueKind::Frame | CueKind::Request) {
                return Content::None;
            }
            match w {
                // « craignant de nouvelles explosions alors que … »: part of
                // a compound conjunction, not the complementiser.
                "que" | "qu’" | "qu'" if k > from && self.has(k - 1, AttrRole::CompoundQue) => break,
                // « … ne s’attendait pas à de nouvelles grèves et que … »,
                // "did not expect more strikes and that …": a clause
                // coordinated with an earlier report, past this verb's object.
                "que" | "qu’" | "qu'" | "that" if k > from + 1 && matches!(self.w(k - 1), "et" | "and") => break,
                // « avec ce scrutin qu’il a convoqué »: a relative on a
                // demonstrative phrase; not a time (« ce mercredi », « cette
                // semaine ») or a topic (« à ce propos ») before the clause.
                "que" | "qu’" | "qu'"
                    if k >= from + 2
                        && matches!(self.w(k - 2), "ce" | "cet" | "cette" | "ces")
                        && !self.is(k - 1, WordClass::NotName)
                        && !matches!(
                            self.w(k - 1),
                            "matin"
                                | "soir"
                                | "midi"
                                | "week-end"
                                | "semaine"
                                | "mois"
                                | "année"
                                | "jour"
                                | "propos"
                                | "sujet"
                                | "égard"
                                | "sens"
                                | "point"
                                | "titre"
                                | "stade"
                                | "moment"
                        ) =>
                {
                    break
                }
                "que" | "qu’" | "qu'" => return Content::Que(k + 1),
                "that" if !inverted => return Content::Que(k + 1),
                ":" => return Content::Colon(k + 1),
                _ => {}
            }
            // « a estimé, dans un entretien au Figaro, que … »: an incise
            // without a verb between the cue and its « que ».
            if w == "," && !inverted {
                if let Some(c) = (k + 1..s.end_token.min(k + 12)).find(|&j| self.is_punct(j, ",")) {
                    if self.verbless(k + 1, c) && c + 1 < s.end_token && matches!(self.w(c + 1), "que" | "qu’" | "qu'")
                    {
                        return Content::Que(c + 2);
                    }
                }
            }
            // « a déclaré dans le Marca (journal espagnol) que »: a
            // bracketed gloss is filler too.
            if w == "(" {
                if let Some(c) = (k + 1..s.end_token.min(k + 8)).find(|&j| self.w(j) == ")") {
                    k = c + 1;
                    continue;
                }
            }
            // A cue form after a determiner is a noun (« estime dans sa
            // note que »).
            let verb = self.is_aux(k) || self.cue(k).is_some() && !self.is(k - 1, WordClass::Determiner);
            if self.tok(k).kind == TokenKind::Punct || k > from && verb {
                break;
            }
            k += 1;
        }
        if from >= s.end_token || !matches!(kind, CueKind::Speech | CueKind::Opinion) {
            return Content::None;
        }
        // Then: an infinitive right after the verb (« a affirmé avoir … »),
        // in French (English "further", "never" end like one).
        // « a annoncé de son côté cesser », « dit pourtant assumer »:
        // adverbials may stand between.
        // A negation is part of the claim (« ne pas renoncer »), and so is
        // a reflexive (« a annoncé se rendre à … »).
        let mut inf = self.skip_adverbials_in(from, s.end_token, false);
        // « affirme ne rien regretter », « dit n’avoir jamais … »: the
        // pronoun of a negation before its infinitive.
        if inf + 1 < s.end_token
            && inf > from
            && matches!(self.w(inf - 1), "ne" | "n’" | "n'")
            && matches!(self.w(inf), "rien" | "personne")
        {
            inf += 1;
        }
        // An opinion verb reports a compound or modal infinitive (« estime
        // avoir bien fait », « pense pouvoir gagner »), not a plan.
        // Not inside a clause of « que » (« a déclaré que son équipe croit
        // avoir … », « alors que X pensait avoir … »): the outer report or
        // the narrative holds it.
        let opinion_inf = kind == CueKind::Opinion
            && inf < s.end_token
            && matches!(self.w(inf), "avoir" | "être" | "pouvoir" | "devoir")
            && !(s.first_token..from)
                .any(|k| matches!(self.w(k), "que" | "qu’" | "qu'") && self.tok_quote[k].is_none());
        // After « se », a verb of any group (« se rendre », « se battre »).
        let reflexive = inf + 1 < s.end_token && self.is_se(inf) && {
            let v = self.w(inf + 1);
            is_infinitive(v) || ["ir", "re", "oir"].iter().any(|e| v.ends_with(e)) && v.chars().count() > 3
        };
        if (kind == CueKind::Speech || opinion_inf)
            && inf < s.end_token
            && !self.english[inf]
            && !self.tok(inf).cap
            && (reflexive || is_infinitive(self.w(inf)))
        {
            let negated = (from..inf).find(|&k| matches!(self.w(k), "ne" | "n’" | "n'"));
            return Content::Inf(negated.unwrap_or(inf));
        }
        // « indiquant les avoir arrêtées »: an object clitic first.
        if kind == CueKind::Speech
            && !self.english[from]
            && from + 1 < s.end_token
            && self.has(from, AttrRole::Clitic)
            && matches!(self.w(from + 1), "avoir" | "être")
        {
            return Content::Inf(from);
        }
        // English: "insisted the exchange…", "told POLITICO the meeting…",
        // "believes the bill will pass".
        if !inverted && self.is_english_cue_at(from) {
            let mut c = from;
            if self.w(from - 1) == "told" || self.w(from - 1) == "tells" {
                // Skip the addressee: a name ("the Daily Post"), a pronoun or
                // one noun ("reporters", "the court").
                if c + 1 < s.end_token && matches!(self.w(c), "the" | "a" | "an") {
                    c += 1;
                }
                let name = c;
                while c < s.end_token && self.tok(c).cap && self.tok(c).kind == TokenKind::Word {
                    c += 1;
                }
                if c == name && c < s.end_token && self.tok(c).kind == TokenKind::Word {
                    c += 1;
                }
            }
            // "said in a statement it was …", "said on Tuesday the talks …":
            // one short adjunct before the clause.
            if c + 2 < s.end_token && matches!(self.w(c), "in" | "on") {
                if matches!(self.w(c + 1), "a" | "an" | "the") && self.tok(c + 2).kind == TokenKind::Word {
                    c += 3;
                } else if self.tok(c + 1).cap && self.tok(c + 1).kind == TokenKind::Word {
                    c += 2;
                }
            }
            if c < s.end_token {
                let w = self.w(c);
                let t = self.tok(c);
                // "said insurance would not …": a bare noun phrase is a
                // subject when an auxiliary follows within three words.
                let bare_subject = || {
                    t.kind == TokenKind::Word
                        && !self.d.words[c].is_function_word()
                        && (c + 1..(c + 4).min(s.end_token))
                            .take_while(|&k| self.tok(k).kind == TokenKind::Word)
                            // (Not the article "a", which is the French « a ».)
                            .any(|k| self.is_aux(k))
                };
                let starts_clause = self.is(c, WordClass::Determiner)
                    || matches!(w, "it" | "he" | "she" | "they" | "we" | "there" | "i")
                    || t.cap && t.kind == TokenKind::Word
                    || bare_subject();
                if starts_clause && s.end_token - c >= 4 {
                    return Content::Clause(c);
                }
            }
        }
        Content::None
    }

    /// The token before `from` is an English cue that may take a clause
    /// without "that" ("said the talks …").
    fn is_english_cue_at(&self, from: usize) -> bool {
        from > 0 && self.has(from - 1, AttrRole::ClauseCue)
    }

    /// End (exclusive token) of a claim clause starting at `c`.
    fn clause_end(&self, s: &Sentence, c: usize, limit: usize) -> usize {
        // « Si X annonce que …, rien n'est signé »: a report inside an
        // opening subordinate clause ends at its comma.
        let first = self.after_dateline(s);
        let two_word = first + 1 < s.end_token
            && matches!(self.w(first), "alors" | "tandis" | "bien")
            && matches!(self.w(first + 1), "que" | "qu’" | "qu'");
        // Its subject may carry an apposition between commas (« Si X,
        // porte-parole de Y, annonce que …, »): two commas before the cue
        // and no verb before the second. One comma, or a verb before the
        // second, closes the subordinate clause before the report (« Si la
        // situation se dégrade, X, porte-parole, annonce que … »).
        let subordinate = first < c && (self.opens_adverbial_at(first) || two_word) && {
            let mut commas = (first..c).filter(|&k| self.is_punct(k, ",") && self.tok_quote[k].is_none());
            match (commas.next(), commas.next(), commas.next()) {
                (None, _, _) => true,
                (Some(_), Some(second), None) => !(first + 1..second).any(|k| self.verb_like(k) || self.is_se(k)),
                _ => false,
            }
        };
        let mut k = c;
        while k < limit {
            let w = self.w(k);
            if self.tok_quote[k].is_some() {
                k += 1;
                continue;
            }
            if subordinate && w == "," {
                break;
            }
            // « … qu’il était trop tôt : « Nous aurons … », a-t-il dit »: a
            // quotation after a colon is a statement of its own.
            if w == ";" || w == ":" && k + 1 < s.end_token && self.opens_quote(k + 1).is_some() {
                break;
            }
            if w == "," && k + 1 < s.end_token {
                let n = self.w(k + 1);
                // « …, sans préciser de montant »: the verb's adjunct.
                if matches!(n, "mais" | "selon" | "tandis" | "alors" | "sans" | "but" | "according" | "while") {
                    break;
                }
                // « …, une information impossible à vérifier », « …, ce que
                // certains ont interprété comme … »: a comment on the claim.
                let n2 = if k + 2 < s.end_token { self.w(k + 2) } else { "" };
                // (« , ce qui expliquerait … » may still be the speaker's
                // reasoning: only « ce que » is someone else's reading.)
                let comment = n == "ce" && matches!(n2, "que" | "qu’" | "qu'")
                    || matches!(n, "une" | "un")
                        && k + 2 < s.end_token
                        && (self.has(k + 2, AttrRole::Evidence) || self.has(k + 2, AttrRole::SpeechNoun));
                if comment {
                    break;
                }
                // « …, ajoutant que … »: a new statement. A gerund of
                // opinion or frame (« craignant pour leur vie », « saluant
                // l’accord ») only ends the clause when it opens one.
                if let Some((cue, CueForm::Gerund)) = self.cue(k + 1) {
                    let opens = k + 2 < s.end_token && matches!(self.w(k + 2), "que" | "qu’" | "qu'" | ":" | "that");
                    if matches!(cue.kind, CueKind::Speech | CueKind::Incise) || opens {
                        break;
                    }
                }
            }
            k += 1;
        }
        self.trim_punct_end(c, k)
    }

    /// `k` moved back over trailing punctuation to `c` at most, but not over
    /// a closing quote or a unit (« à plus de 90 % »).
    fn trim_punct_end(&self, c: usize, mut k: usize) -> usize {
        while k > c
            && self.tok(k - 1).kind == TokenKind::Punct
            && self.closes_quote(k - 1).is_none()
            && !matches!(self.w(k - 1), ")" | "]" | "%" | "‰" | "€" | "$" | "£" | "¥" | "°")
        {
            k -= 1;
        }
        k
    }

    /// Tokens [first, upto) are the frame « C’est ce que » (« c’était ce
    /// qu’ », « C’est en tout cas ce que », « Et c’est aussi ce qu’ »), which
    /// makes the verb after it report the sentence before, or the
    /// quotation opening the sentence.
    fn back_frame(&self, first: usize, upto: usize) -> Option<BackRef> {
        let mut k = first;
        let mut found = BackRef::Previous;
        // « « Nous partons. » C’est ce qu’a déclaré X »: a quotation that is
        // a sentence of its own, though no sentence ends at its mark
        if let Some(q) = self.opens_quote(k) {
            // The token after the closing mark, and the one before that mark.
            // (« « … », c’est ce qu’a déclaré X »: or a comma after it.)
            k = self.first_token_at(self.d.quotes[q].close);
            if k < upto && self.is_punct(k, ",") {
                k += 1;
            } else if !(k >= first + 3 && matches!(self.w(k - 2), "." | "!" | "?" | "…")) {
                return None;
            }
            found = BackRef::Quote(q);
        }
        while k < upto && matches!(self.w(k), "et" | "mais" | "or" | ",") {
            k += 1;
        }
        if !(k + 4 <= upto
            && matches!(self.w(k), "c’" | "c'" | "ce")
            && matches!(self.w(k + 1), "est" | "était" | "sera" | "serait" | "fut"))
        {
            return None;
        }
        k += 2;
        // « en tout cas », « du moins », « en substance », « aussi »
        let mut hops = 0;
        while k < upto
            && hops < 4
            && self.w(k) != "ce"
            && (self.is(k, WordClass::Adverb)
                || matches!(self.w(k), "en" | "tout" | "cas" | "du" | "moins" | "substance" | "effet" | "reste" | ","))
        {
            k += 1;
            hops += 1;
        }
        (k + 2 == upto && self.w(k) == "ce" && matches!(self.w(k + 1), "que" | "qu’" | "qu'")).then_some(found)
    }

    /// The claim a « C’est ce qu’a dit X » sentence refers back to: the
    /// sentence before it, less a dateline and its closing punctuation.
    fn previous_claim(&self, s: &Sentence) -> Option<(usize, usize)> {
        let i = self.d.sentences.partition_point(|x| x.first_token < s.first_token);
        let p = self.d.sentences.get(i.checked_sub(1)?)?;
        let a = self.after_dateline(p);
        let b = self.trim_punct_end(a, p.end_token);
        (a < b).then_some((a, b))
    }

    /// A unit reporting the sentence before (`Content::Previous`) takes it
    /// over only if no rule gave it a speaker: the rows that guessed one
    /// (`unattributed`, `continuation`) are withdrawn and their quotations
    /// freed. False when the sentence has a speaker of its own.
    fn take_previous(&self, u: &Unit, claimed: &mut [bool], out: &mut Vec<Quote>) -> bool {
        let Content::Previous(a, b) = u.content else {
            return true;
        };
        let (sa, sb) = self.span(a, b);
        let inside = |q: &Quote| q.start >= sa && q.end <= sb;
        if out.iter().any(|q| inside(q) && !matches!(q.rule, "unattributed" | "continuation")) {
            return false;
        }
        out.retain(|q| !inside(q));
        for k in a..b {
            if let Some(q) = self.opens_quote(k) {
                claimed[q] = false;
            }
        }
        true
    }

    fn emit_unit(
        &self,
        s: &Sentence,
        u: &Unit,
        sp: &Speaker,
        scope: &Scope,
        claimed: &mut [bool],
        out: &mut Vec<Quote>,
    ) {
        let conf_base: f32 = match (u.kind, sp.stype, sp.span.is_some()) {
            (_, _, false) => 0.3,
            (CueKind::Opinion, _, _) => 0.7,
            (_, SpeakerType::Desc, _) => 0.8,
            _ => 0.9,
        };
        let claim = |a: usize, b: usize, rule: &'static str, out: &mut Vec<Quote>, claimed: &mut [bool]| {
            // « a affirmé que, ce mardi, … »: no clause starts with a comma,
            // nor with a dateline's dash.
            let mut a = a;
            while a < b && (self.is_punct(a, ",") || matches!(self.w(a), "–" | "—")) {
                a += 1;
            }
            if b <= a {
                return;
            }
            // A clause that is exactly one quote is that (direct) quote.
            if let Some(q) = self.opens_quote(a) {
                let qs = self.d.quotes[q];
                if self.closes_quote(b - 1) == Some(q) {
                    claimed[q] = true;
                    out.push(self.quote(qs.start, qs.end, QuoteKind::Direct, sp, Some(u.cue), conf_base, rule));
                    return;
                }
            }
            let (sa, sb) = self.span(a, b);
            out.push(self.quote(sa, sb, QuoteKind::Indirect, sp, Some(u.cue), conf_base - 0.05, rule));
            for k in a..b {
                if let Some(q) = self.opens_quote(k) {
                    if self.names_something(q) {
                        claimed[q] = true;
                    }
                    if !claimed[q] && !scope.reserved.contains(&q) {
                        claimed[q] = true;
                        let qs = self.d.quotes[q];
                        out.push(self.quote(
                            qs.start,
                            qs.end,
                            QuoteKind::Partial,
                            sp,
                            Some(u.cue),
                            conf_base - 0.05,
                            rule,
                        ));
                    }
                }
            }
        };
        let limit = scope.next_left.max(u.vg_end).min(s.end_token);
        match u.content {
            Content::Que(c) | Content::Inf(c) | Content::Clause(c) | Content::Stance(c) | Content::After(c) => {
                // After « selon X, » the claim runs over later units (« Selon
                // la police, le suspect a déclaré que … »), but not over a
                // clause coordinated after it (« Pour X, P et Y estime que Q »).
                let coordinated = scope.next_left < s.end_token
                    && scope.next_left > c
                    && matches!(self.w(scope.next_left - 1), "et" | "mais");
                let lim = match u.content {
                    Content::After(_) if coordinated => scope.next_left - 1,
                    Content::After(_) => s.end_token,
                    _ => limit,
                };
                let mut e = self.clause_end(s, c, lim);
                // « annoncent avoir repris X et s’emparent de Y », « annonce
                // avoir été exclue et dénonce Y »: an infinitive has no
                // subject of its own, so a finite verb after « et » is the
                // speaker's next act, not the claim.
                if let Content::Inf(_) = u.content {
                    if let Some(k) = (c + 1..e.saturating_sub(1)).find(|&k| {
                        self.w(k) == "et"
                            && self.tok_quote[k].is_none()
                            && (self.is_se(k + 1) || self.verb_like(k + 1) && self.tok(k + 1).kind == TokenKind::Word)
                    }) {
                        e = k;
                    }
                }
                claim(c, e, u.rule, out, claimed);
            }
            Content::Colon(c) => {
                let qs: Vec<usize> = (c..limit).filter_map(|k| self.opens_quote(k)).collect();
                if qs.is_empty() {
                    let e = self.clause_end(s, c, limit);
                    // « a annoncé son choix : X », « a dévoilé le nom du
                    // lauréat : X, professeur à Y »: a name and no verb after
                    // the colon is what was announced, not a statement.
                    let named = c < e
                        && self.mention_at(c).is_some_and(|m| {
                            matches!(self.d.entities[m.entity].etype, EntityType::Per | EntityType::Org)
                        });
                    if !named || (c..e).any(|k| self.tok_quote[k].is_none() && self.verb_like(k)) {
                        claim(c, e, u.rule, out, claimed);
                    }
                } else {
                    for q in qs {
                        if !claimed[q] {
                            claimed[q] = true;
                            let x = self.d.quotes[q];
                            out.push(self.quote(x.start, x.end, QuoteKind::Direct, sp, Some(u.cue), conf_base, u.rule));
                        }
                    }
                }
            }
            Content::Quote(q) => {
                if !claimed[q] {
                    claimed[q] = true;
                    let x = self.d.quotes[q];
                    let first = self.first_token_at(x.open);
                    // After the cue, a few words opening in lower case are a
                    // fragment (« s’est dite « très inquiète » », « dénonce
                    // « une attaque inadmissible » »); a longer quote is an
                    // utterance even so ("said “we believe it is …”").
                    let content = &self.d.text[x.start..x.end];
                    let fragment = u.rule == "passive_quote"
                        || u.rule == "speaker_cue_quote"
                            && content.chars().next().is_some_and(char::is_lowercase)
                            && content.split_whitespace().count() <= 4;
                    let direct = matches!(u.rule, "speaker_cue_quote" | "selon")
                        || self.starts_clause(s, first)
                        || first == self.clause_left_over(s, first, true);
                    if fragment {
                        out.push(self.quote(x.start, x.end, QuoteKind::Partial, sp, Some(u.cue), conf_base, u.rule));
                    } else if direct {
                        for (a, b, spk, _) in self.split_incise(q) {
                            // « « A, a-t-il raconté, B » a expliqué X »: the
                            // incise's pronoun is the unit's named speaker.
                            let sp2 = if sp.entity.is_some() { sp } else { spk.as_ref().unwrap_or(sp) };
                            out.push(self.quote(a, b, QuoteKind::Direct, sp2, Some(u.cue), conf_base, u.rule));
                        }
                    } else {
                        // A fragment ending the journalist's clause: the clause is the claim.
                        let l = self.clause_left_over(s, first, true);
                        claim(l, first + self.quote_len_tokens(first), "cue_speaker_after", out, claimed);
                        claimed[q] = true;
                        out.push(self.quote(
                            x.start,
                            x.end,
                            QuoteKind::Partial,
                            sp,
                            Some(u.cue),
                            conf_base - 0.05,
                            u.rule,
                        ));
                    }
                }
            }
            Content::Before(k) => {
                // « Selon les dernières informations, …, selon des témoins »:
                // a sentence-initial « selon » phrase that named no one is
                // no part of the claim.
                let mut l = self.after_dateline(s);
                if l < k && matches!(self.w(l), "selon" | "according") {
                    if let Some(c) = (l + 1..k.min(l + 8)).find(|&c| self.is_punct(c, ",")) {
                        l = c + 1;
                    }
                }
                // « … : 5,5 millions de vues selon le journal »: a final
                // source vouches for what follows the last colon or
                // semicolon, not for the sentence's lead.
                if u.rule == "selon" {
                    // Not the colon of an hour (« 4:00 »), glued to both sides.
                    let glued = |c: usize| {
                        c > 0 && self.tok(c - 1).end == self.tok(c).start && self.tok(c + 1).start == self.tok(c).end
                    };
                    if let Some(c) = (l..k).rev().find(|&c| {
                        (self.is_punct(c, ":") || self.is_punct(c, ";")) && self.tok_quote[c].is_none() && !glued(c)
                    }) {
                        l = c + 1;
                    }
                }
                let e = self.clause_end(s, l, k);
                claim(l, e, u.rule, out, claimed);
            }
            Content::Around(k) => {
                let l = self.after_dateline(s);
                let e = self.clause_end(s, k, limit.max(k));
                claim(l, e, u.rule, out, claimed);
            }
            Content::Previous(a, b) => claim(a, b, u.rule, out, claimed),
            Content::None => {}
        }
    }

    fn quote_len_tokens(&self, first: usize) -> usize {
        let q = self.opens_quote(first).map(|q| self.d.quotes[q]);
        match q {
            Some(q) => self.d.tokens[first..].iter().take_while(|t| t.start < q.close).count(),
            None => 1,
        }
    }

    /// « A, a-t-il dit, B »: split a quote around an inverted cue inside it.
    /// The incise may close with a period (« A, poursuit-elle. B ») and its
    /// subject may be a noun phrase (« A, a témoigné mercredi sa fille,
    /// Sarah X. B »).
    /// Each part: its byte span, and for a split quote the incise's speaker
    /// and cue.
    fn split_incise(&self, q: usize) -> Vec<(usize, usize, Option<Speaker>, Option<Span>)> {
        let x = self.d.quotes[q];
        let first = self.first_token_at(x.start);
        let last = self.first_token_at(x.end);
        // What closes an incise: a comma, or a period before more words.
        let closes = |e: usize| e + 1 < last && matches!(self.w(e), "," | ".");
        for k in first + 2..last.saturating_sub(1) {
            if self.w(k - 1) != "," {
                continue;
            }
            let w = self.w(k);
            let inv = split_inversion(w).and_then(|(v, p)| self.a.cues.lookup(v).map(|_| p)).or_else(|| {
                inverted_aux(w).filter(|_| {
                    k + 1 < last
                        && self.cue(k + 1).is_some_and(|(_, f)| matches!(f, CueForm::Participle | CueForm::Finite))
                })
            });
            let a_end = self.tok(k - 2).end;
            if let Some(p) = inv {
                let mut e = k + 1;
                if inverted_aux(w).is_some() {
                    e += 1;
                }
                // Both parts must hold a word: « , a-t-il dit, » alone is no incise.
                if closes(e) {
                    let tk = self.tok(k);
                    let sp = self.resolve_pronoun(tk.end - p.len(), tk.end, usize::MAX, &None);
                    let b_start = self.tok(e + 1).start;
                    let cue = Some(self.span(k, e));
                    return vec![(x.start, a_end, None, cue), (b_start, x.end, Some(sp), cue)];
                }
                continue;
            }
            if let Some((cue_end, np, np_end)) = self.noun_incise(k, last) {
                let sp = self.resolve_np(np, np_end);
                let b_start = self.tok(np_end + 1).start;
                let cue = Some(self.span(k, cue_end));
                return vec![(x.start, a_end, None, cue), (b_start, x.end, Some(sp), cue)];
            }
        }
        vec![(x.start, x.end, None, None)]
    }

    /// An incise with a noun-phrase subject at token `k` of a quotation
    /// whose closing mark is at token `last`: a finite cue (« raconte ») or
    /// an auxiliary and a participle cue (« a témoigné »), adverbials, then
    /// a noun phrase (with one apposition: « sa fille, Sarah X ») that a
    /// comma or a period closes before more quoted words. Returns the end
    /// of the cue and the noun phrase's token range. (Inside a quotation
    /// the clause rules, which stop at quoted tokens, do not apply.)
    fn noun_incise(&self, k: usize, last: usize) -> Option<(usize, usize, usize)> {
        let mut v = k;
        if self.is_aux(v) && inverted_aux(self.w(v)).is_none() && v + 1 < last {
            v += 1;
            if !self.cue(v).is_some_and(|(_, f)| f == CueForm::Participle) {
                return None;
            }
        } else if !self.cue(k).is_some_and(|(_, f)| f == CueForm::Finite) || self.tok(k).cap {
            return None;
        }
        let np = self.skip_adverbials(v + 1, last);
        let word = |j: usize| self.tok(j).kind == TokenKind::Word;
        let opens = |j: usize| {
            j < last
                && word(j)
                && (self.tok(j).cap
                    || self.is(j, WordClass::Determiner) && !self.de_word(j)
                    || self.d.words[j].title.is_some())
                && !PRONOUNS.contains(&self.w(j))
        };
        // A run of words, no verb among them, up to a punctuation token.
        let phrase_end = |a: usize| {
            let e = (a..last).find(|&j| !word(j))?;
            let clean = e > a && e - a <= 8 && (a..e).all(|j| !self.is_aux(j) && !self.verb_like(j));
            clean.then_some(e)
        };
        if !opens(np) {
            return None;
        }
        let mut end = phrase_end(np)?;
        if self.w(end) == "," && end + 1 < last && self.tok(end + 1).cap && opens(end + 1) {
            if let Some(e2) = phrase_end(end + 1).filter(|&e2| matches!(self.w(e2), "," | ".") && e2 + 1 < last) {
                end = e2;
            }
        }
        (end + 1 < last && matches!(self.w(end), "," | ".")).then_some((v + 1, np, end))
    }

    // ------------------------------------------------------------ speakers

    fn mentions_in(&self, a: usize, b: usize) -> &'t [Mention] {
        let ms = self.d.mentions;
        let lo = ms.partition_point(|m| m.start < a);
        let hi = ms.partition_point(|m| m.start < b);
        let mut hi2 = lo;
        while hi2 < hi && ms[hi2].end <= b {
            hi2 += 1;
        }
        &ms[lo..hi2]
    }

    fn resolve_np(&self, a: usize, b: usize) -> Speaker {
        let (sa, sb) = self.span(a, b);
        // « le United States Geological Survey (USGS) »: a short form in
        // brackets after the name adds nothing to resolve.
        let o = self.without_gloss(a, b);
        if o < b {
            let inner = self.resolve_np(a, o);
            return Speaker { span: Some((sa, sb)), ..inner };
        }
        // « ce dernier », « cette dernière »: the person named last before.
        if b == a + 2 && matches!((self.w(a), self.w(a + 1)), ("ce", "dernier") | ("cette", "dernière")) {
            if let Some(e) = self.latest_person_before(sa, self.w(a) == "cette") {
                return Speaker { span: Some((sa, sb)), entity: Some(e), stype: SpeakerType::Per };
            }
        }
        let ms = self.mentions_in(sa, sb);
        let seg_start = |pos: usize| -> usize {
            let mut k = a;
            for t in a..b {
                if self.tok(t).start >= pos {
                    break;
                }
                // « le ministre des Routes, de la Pêche … X »: an enumerated
                // complement does not open a segment.
                if self.w(t) == "," && !self.complement_item(t + 1, b) {
                    k = t + 1;
                }
            }
            k
        };
        // A person at the head of the phrase or of a comma segment.
        for m in ms {
            if self.d.entities[m.entity].etype != EntityType::Per {
                continue;
            }
            let ss = seg_start(m.start);
            let first_word = (ss..b).find(|&k| !self.is(k, WordClass::Determiner)).unwrap_or(ss);
            let head = self.tok(ss).start == m.start
                || self.tok(first_word).start == m.start
                || self.titled_head(ss, m.start)
                    && !self
                        .mentions_in(self.tok(ss).start, m.start)
                        .iter()
                        .any(|o| self.d.entities[o.entity].etype == EntityType::Per);
            if head {
                return Speaker { span: Some((sa, sb)), entity: Some(m.entity), stype: SpeakerType::Per };
            }
        }
        // The whole phrase (less a determiner) is an organisation or place.
        let mut k = a;
        while k < b && self.is(k, WordClass::Determiner) {
            k += 1;
        }
        if k < b {
            let start = self.tok(k).start;
            // « Le Figaro »: a name may hold its article.
            // « L’Union européenne au travers de sa délégation », « l’ONU
            // par la voix de X »: a body at the head, then how it spoke.
            let through = |m: &Mention| {
                let e = self.first_token_at(m.end);
                m.end < sb
                    && e < b
                    && (self.is(e, WordClass::Preposition) || matches!(self.w(e), "au" | "aux"))
                    && !self.de_word(e)
                    && self.d.entities[m.entity].etype == EntityType::Org
            };
            if let Some(m) = ms.iter().find(|m| (m.start == start || m.start == sa) && (m.end == sb || through(m))) {
                let stype = match self.d.entities[m.entity].etype {
                    EntityType::Org => SpeakerType::Org,
                    EntityType::Loc => SpeakerType::Loc,
                    EntityType::Per => SpeakerType::Per,
                };
                return Speaker { span: Some((sa, sb)), entity: Some(m.entity), stype };
            }
            // An organisation after a description of it (« le quotidien Le
            // Monde », « l’ONG X », « le groupe pétrolier X »): a determiner,
            // words that name nothing and no preposition, then the
            // organisation, which ends the phrase. (« le porte-parole du
            // Kremlin » is the spokesman, not the Kremlin.)
            if k > a {
                let org_at_end = ms.iter().find(|m| m.end == sb && m.start > start);
                if let Some(m) = org_at_end.filter(|m| self.d.entities[m.entity].etype == EntityType::Org) {
                    // `ms` are the mentions in the phrase: none may lie in the description.
                    // « de » only before a common noun: « l’agence de presse X ».
                    let plain = |t: usize| self.tok(t).kind == TokenKind::Word && !self.d.words[t].is_function_word();
                    let described = ms.iter().all(|o| o.start >= m.start)
                        && (k..b).take_while(|&t| self.tok(t).start < m.start).all(|t| {
                            plain(t)
                                || matches!(self.w(t), "de" | "d’" | "d'")
                                    && t > k
                                    && t + 1 < b
                                    && plain(t + 1)
                                    && !self.tok(t + 1).cap
                        });
                    if described {
                        return Speaker { span: Some((sa, sb)), entity: Some(m.entity), stype: SpeakerType::Org };
                    }
                }
            }
        }
        // « son compère X », « le jeune X »: a determiner and common nouns
        // or adjectives before the person who ends the phrase; not a body
        // named after a person (« le gouvernement X », « le comité X »).
        if k > a && k < b {
            if let Some(m) = ms.last().filter(|m| m.end == sb && self.d.entities[m.entity].etype == EntityType::Per) {
                let plain = (k..b).take_while(|&t| self.tok(t).start < m.start).all(|t| {
                    let w = &self.d.words[t];
                    self.tok(t).kind == TokenKind::Word && !self.tok(t).cap && !w.is_function_word() && w.head.is_none()
                });
                if plain && ms.iter().all(|o| o.start >= m.start) {
                    return Speaker { span: Some((sa, sb)), entity: Some(m.entity), stype: SpeakerType::Per };
                }
            }
        }
        if let Some(e) = self.described_person(a, b).or_else(|| self.anaphoric_person(a, b)) {
            return Speaker { span: Some((sa, sb)), entity: Some(e), stype: SpeakerType::Per };
        }
        if let Some(e) = self.described_body(a, b) {
            return Speaker { span: Some((sa, sb)), entity: Some(e), stype: SpeakerType::Org };
        }
        Speaker { span: Some((sa, sb)), entity: None, stype: SpeakerType::Desc }
    }

    /// « a déclaré le Premier ministre », after « X, le Premier ministre
    /// irakien, … »: a definite description by a role refers back to the
    /// latest person named beside that role word (and beside its
    /// nationality, if it gives one).
    fn described_person(&self, a: usize, b: usize) -> Option<usize> {
        if b <= a + 1 || !matches!(self.w(a), "le" | "la" | "l’" | "l'" | "the") {
            return None;
        }
        let role = (a + 1..b.min(a + 4)).find(|&k| self.d.words[k].title == Some(TitleKind::Role))?;
        let role_word = self.w(role);
        let nationality = (a + 1..b).find(|&k| self.d.words[k].is_demonym()).map(|k| self.w(k));
        self.mentions_before(self.tok(a).start).iter().rev().take(100).find_map(|m| {
            if self.d.entities[m.entity].etype != EntityType::Per {
                return None;
            }
            // The words around the name, in its sentence: four before it, or
            // an apposition of up to six after « , ».
            let first = self.first_token_at(m.start);
            let last = self.first_token_at(m.end);
            let si = self.d.sentences.partition_point(|s| s.end_token <= first).min(self.d.sentences.len() - 1);
            let sent = &self.d.sentences[si];
            let before = first.saturating_sub(4).max(sent.first_token)..first;
            // It ends at a comma; one that runs into a verb is the subject
            // of a clause (« avec le président X, le chef de la diplomatie
            // russe a souligné »), which describes no one named before.
            let apposition = if last < sent.end_token && self.w(last) == "," {
                let limit = (last + 7).min(sent.end_token);
                let stop = (last + 1..(last + 12).min(sent.end_token))
                    .find(|&k| matches!(self.w(k), "," | ";" | ")" | "qui" | "dont") || self.verb_like(k));
                match stop {
                    Some(k) if self.verb_like(k) => 0..0,
                    Some(k) => last + 1..k.min(limit),
                    None => last + 1..limit,
                }
            } else {
                0..0
            };
            let has = |w: &str| before.clone().chain(apposition.clone()).any(|k| self.w(k) == w);
            // « le ministre des Postes, des Technologies … et des Médias X »:
            // or heading the long title that ends at the name.
            let titled = || {
                (first.saturating_sub(24).max(sent.first_token)..first.saturating_sub(4))
                    .any(|k| self.w(k) == role_word && self.titled_head(k, m.start))
            };
            ((has(role_word) || titled()) && nationality.is_none_or(has)).then_some(m.entity)
        })
    }

    /// « « … », a promis l’élu », « Le quinquagénaire affirme »: a definite
    /// article, perhaps an adjective, and a noun that refers back to a
    /// person (`anaphor` in `attribution_words.tsv`), with adjectives at
    /// most after it, is the latest person named outside quotations in
    /// this sentence or the two before, if the article's gender fits.
    fn anaphoric_person(&self, a: usize, b: usize) -> Option<usize> {
        if b <= a + 1 || b > a + 4 {
            return None;
        }
        let female = match self.w(a) {
            "le" => Some(false),
            "la" => Some(true),
            "l’" | "l'" => None,
            _ => return None,
        };
        let head = (a + 1..b.min(a + 3)).find(|&k| self.has(k, AttrRole::Anaphor))?;
        let plain = |k: usize| {
            let t = self.tok(k);
            t.kind == TokenKind::Word && !t.cap && !self.d.words[k].is_function_word()
        };
        if !(a + 1..b).all(|k| k == head || plain(k)) {
            return None;
        }
        let si = self.d.sentences.partition_point(|s| s.end_token <= a);
        let from = self.d.sentences.get(si.saturating_sub(2)).map_or(0, |s| s.start);
        let m = self
            .mentions_before(self.tok(a).start)
            .iter()
            .rev()
            .take(200)
            .find(|m| !self.in_quote(m.start) && self.d.entities[m.entity].etype == EntityType::Per)?;
        (m.start >= from && self.person_fits(m.entity, female)).then_some(m.entity)
    }

    /// « la compagnie aérienne », « l’armée »: a definite article, an
    /// organisation head and adjectives refer back to the latest
    /// organisation named with that head (« l’armée turque ») or described
    /// by it (« la compagnie X »), within the last fifty mentions.
    fn described_body(&self, a: usize, b: usize) -> Option<usize> {
        if b <= a + 1 || b > a + 4 || !matches!(self.w(a), "le" | "la" | "l’" | "l'" | "the") {
            return None;
        }
        let head = a + 1;
        if !self.d.words[head].head.is_some_and(|h| h.kind == HeadKind::Org) || self.tok(head).cap {
            return None;
        }
        let adjectives = (head + 1..b).all(|k| {
            let t = self.tok(k);
            t.kind == TokenKind::Word && !t.cap && !self.d.words[k].is_function_word()
        });
        if !adjectives {
            return None;
        }
        let hw = self.w(head);
        self.mentions_before(self.tok(a).start).iter().rev().take(50).find_map(|m| {
            if self.d.entities[m.entity].etype != EntityType::Org {
                return None;
            }
            let first = self.first_token_at(m.start);
            let named = self.w(first) == hw;
            let described = (first.saturating_sub(3)..first).any(|k| self.w(k) == hw);
            (named || described).then_some(m.entity)
        })
    }

    /// Tokens from `ss` up to byte `at` form a title (« le président russe »,
    /// « Police spokesman », « le ministre des Affaires étrangères »): a role
    /// word, and prepositions only before capitalised words.
    fn titled_head(&self, ss: usize, at: usize) -> bool {
        let mut has_title = false;
        // A complement in lower case was read (« le chef de la diplomatie
        // russe X »): a title after it (« le porte-parole du président X »)
        // is the one the name goes with.
        let mut lower_complement = false;
        let mut k = ss;
        while k < self.d.tokens.len() && self.tok(k).start < at {
            let w = self.w(k);
            // « vice-président »: a hyphenated word whose first part is a title.
            // « vice-procureur »: or whose last part is.
            let hyphen_title = || {
                [w.split('-').next(), w.rsplit('-').next()]
                    .into_iter()
                    .flatten()
                    .any(|h| self.a.lexicons.title(h).is_some())
            };
            // « la Française X », « le Belge X »: a nationality noun titles too.
            let demonym = self.tok(k).cap && self.d.words[k].is_demonym();
            if self.d.words[k].title.is_some() || self.tok(k).hyphenated && hyphen_title() || demonym {
                if lower_complement {
                    return false;
                }
                has_title = true;
            } else if self.is(k, WordClass::Preposition) || self.de_word(k) {
                let next_cap = k + 1 < self.d.tokens.len() && self.tok(k + 1).start < at && self.tok(k + 1).cap;
                let next_det_cap =
                    k + 2 < self.d.tokens.len() && self.is(k + 1, WordClass::Determiner) && self.tok(k + 2).cap;
                // « des Technologies de l’information »: a complement of a
                // portfolio's name.
                let in_name = has_title && k > ss && self.tok(k - 1).cap;
                // « le chef de la diplomatie russe X »: a common noun after
                // the title's preposition (and its article).
                let noun = |j: usize| {
                    j < self.d.tokens.len()
                        && self.tok(j).start < at
                        && self.tok(j).kind == TokenKind::Word
                        && !self.tok(j).cap
                        && !self.d.words[j].is_function_word()
                };
                let lower = has_title && (noun(k + 1) || self.is(k + 1, WordClass::Determiner) && noun(k + 2));
                if !(next_cap || next_det_cap || in_name || lower) {
                    return false;
                }
                lower_complement |= lower && !(next_cap || next_det_cap || in_name);
            } else if w == "," && self.complement_item(k + 1, self.d.tokens.len()) {
                // « le ministre des Routes, de la Pêche … »: an enumeration.
            } else if self.tok(k).kind == TokenKind::Punct && !matches!(w, "’" | "'" | ".") {
                return false;
            }
            k += 1;
        }
        has_title
    }

    /// The entity of the latest person mention before byte `at`, of the
    /// gender asked where the given-name list knows it.
    fn latest_person_before(&self, at: usize, female: bool) -> Option<usize> {
        self.mentions_before(at)
            .iter()
            .rev()
            .take(30)
            .find(|m| m.end <= at && self.person_fits(m.entity, Some(female)))
            .map(|m| m.entity)
    }

    /// Entity `e` is a person who may be of the gender asked (`None`:
    /// either): its given name's, where the given-name list knows it.
    fn person_fits(&self, e: usize, female: Option<bool>) -> bool {
        let ent = &self.d.entities[e];
        if ent.etype != EntityType::Per {
            return false;
        }
        let Some(female) = female else { return true };
        let first = ent.name.split(' ').next().unwrap_or("");
        match self.a.lexicons.given_name(first) {
            Some(Gender::Female) => female,
            Some(Gender::Male) => !female,
            _ => true,
        }
    }

    /// Byte `at` lies inside a quotation.
    fn in_quote(&self, at: usize) -> bool {
        let q = self.d.quotes.partition_point(|q| q.close <= at);
        q < self.d.quotes.len() && self.d.quotes[q].open <= at
    }

    /// The mentions starting before byte `at`, in document order.
    fn mentions_before(&self, at: usize) -> &'t [Mention] {
        let ms = self.d.mentions;
        &ms[..ms.partition_point(|m| m.start < at)]
    }

    /// « La direction de X conteste ces chiffres. Dans un communiqué, elle
    /// assure que … »: the subject [x, y) of sentence `prev`, resolved as
    /// `sp`, is the referent of a pronoun of gender `want_female` when it
    /// is a body (an organisation, or a lower-case organisation head after
    /// its determiner) of that gender and `prev` names no person who could
    /// be meant instead (« Le tribunal a condamné X. Il a dit … »).
    fn body_referent(
        &self,
        prev: &Sentence,
        x: usize,
        y: usize,
        sp: &Speaker,
        want_female: Option<bool>,
    ) -> Option<Speaker> {
        let female = want_female?;
        let body = sp.stype == SpeakerType::Org
            || sp.entity.is_none()
                && x + 1 < y
                && self.is(x, WordClass::Determiner)
                && self.d.words[x + 1].head.is_some()
                && !self.tok(x + 1).cap
                && self.tok(x + 1).kind == TokenKind::Word;
        // An elided article does not tell the gender.
        let gender_fits = match article_female(self.w(x)) {
            Some(f) => f == female,
            None => matches!(self.w(x), "l’" | "l'") || sp.stype == SpeakerType::Org,
        };
        let person_named = self
            .mentions_in(prev.start, prev.end)
            .iter()
            .any(|m| self.d.entities[m.entity].etype == EntityType::Per && self.person_fits(m.entity, want_female));
        if !body || !gender_fits || person_named {
            return None;
        }
        let entity = sp.entity.filter(|_| sp.stype == SpeakerType::Org);
        let stype = if entity.is_some() { SpeakerType::Org } else { SpeakerType::Desc };
        Some(Speaker { span: None, entity, stype })
    }

    /// il/elle/he/she → the latest compatible person speaker or mention.
    fn resolve_pronoun(&self, a: usize, b: usize, si: usize, last: &Option<(usize, Speaker)>) -> Speaker {
        // The first word decides: « selon ses propos » is resolved as its
        // possessive, which in French does not tell the owner's gender.
        let p = self.d.text[a..b].split_whitespace().next().unwrap_or("").to_lowercase();
        let unresolved = Speaker { span: Some((a, b)), entity: None, stype: SpeakerType::Desc };
        let want_female = match p.as_str() {
            "elle" | "she" | "her" => Some(true),
            "il" | "he" | "lui" | "his" => Some(false),
            "son" | "sa" | "ses" => None,
            _ => return unresolved,
        };
        let compatible = |e: usize| self.person_fits(e, want_female);
        // « Le Premier ministre a réaffirmé sa confiance au ministre, qu’il
        // juge « compétent » »: a pronoun inside a sentence whose subject
        // stands before it is that subject.
        let pk = self.first_token_at(a);
        let subordinate = pk > 0
            && matches!(
                self.w(pk - 1),
                "qu’" | "qu'" | "que" | "lorsqu’" | "lorsqu'" | "puisqu’" | "puisqu'" | "quand" | "car" | "that"
            );
        if let Some(s) = self.d.sentences.get(si).filter(|s| subordinate && pk > s.first_token) {
            if let Some((x, y)) = self.sentence_subject(s) {
                if self.tok(y - 1).end <= a && !(y - x == 1 && PRONOUNS.contains(&self.w(x))) {
                    let sp = self.resolve_np(x, y);
                    return match (sp.entity, sp.stype) {
                        (Some(e), SpeakerType::Per) if compatible(e) => {
                            Speaker { span: Some((a, b)), entity: Some(e), stype: SpeakerType::Per }
                        }
                        (Some(e), SpeakerType::Org) => Speaker { span: Some((a, b)), entity: Some(e), stype: sp.stype },
                        _ => unresolved,
                    };
                }
            }
        }
        // « Paul Girard sait que … . Il estime que … »: a person who is
        // the subject of the previous sentence, when no one spoke there and
        // no other such person is named in it but in a relative clause on
        // the subject, is the referent before any earlier speaker.
        let spoke_recently = last.as_ref().is_some_and(|(lsi, _)| si != usize::MAX && si - lsi <= 1);
        if si != usize::MAX && si > 0 && !spoke_recently {
            let prev = &self.d.sentences[si - 1];
            let subject = self.sentence_subject(prev);
            // No verb found: a body may still open the sentence.
            if subject.is_none() && prev.end_token > prev.first_token + 1 {
                let (x, y) = (prev.first_token, prev.first_token + 2);
                let sp = Speaker { span: None, entity: None, stype: SpeakerType::Desc };
                if let Some(sp) = self.body_referent(prev, x, y, &sp, want_female) {
                    return Speaker { span: Some((a, b)), ..sp };
                }
            }
            if let Some((x, y)) = subject {
                let sp = self.resolve_np(x, y);
                if let (Some(e), SpeakerType::Per) = (sp.entity, sp.stype) {
                    // Other persons may only be named in a relative clause
                    // on the subject (« X, qui courait entre Y et Z, … »).
                    let r = if self.is_punct(y, ",") { y + 1 } else { y };
                    let relative_end = (r < prev.end_token && matches!(self.w(r), "qui" | "dont"))
                        .then(|| (r..prev.end_token).find(|&k| self.is_punct(k, ",")))
                        .flatten()
                        .map_or(0, |k| self.tok(k).start);
                    let alone = self
                        .mentions_in(prev.start, prev.end)
                        .iter()
                        .all(|m| m.entity == e || !compatible(m.entity) || m.end <= relative_end);
                    if compatible(e) && alone {
                        return Speaker { span: Some((a, b)), entity: Some(e), stype: SpeakerType::Per };
                    }
                }
                // « La vidéo de X a peu circulé. « … », dit-il »: a head
                // of the other gender cannot be the referent; the one
                // person named in the sentence, in its complement, is.
                let head_female = article_female(self.w(x));
                if let Some(sp) = self.body_referent(prev, x, y, &sp, want_female) {
                    return Speaker { span: Some((a, b)), ..sp };
                }
                if sp.stype != SpeakerType::Per && want_female.is_some_and(|f| head_female == Some(!f)) {
                    let (sa, sb) = self.span(x, y);
                    let mut persons = self.mentions_in(prev.start, prev.end).iter().filter(|m| compatible(m.entity));
                    if let (Some(m), None) = (persons.next(), persons.next()) {
                        if m.start >= sa && m.end <= sb {
                            return Speaker { span: Some((a, b)), entity: Some(m.entity), stype: SpeakerType::Per };
                        }
                    }
                }
            }
        }
        if let Some((lsi, sp)) = last {
            if let Some(e) = sp.entity {
                if (si == usize::MAX || si - lsi <= 4) && compatible(e) {
                    return Speaker { span: Some((a, b)), entity: Some(e), stype: SpeakerType::Per };
                }
            }
        }
        // A description that spoke in the previous sentence ("a spokeswoman …
        // told AFP. …, she said") is the referent: leave the pronoun unnamed.
        // Only an indefinite description introduces someone new (« un porte-parole »,
        // "a spokeswoman"); a definite one (« le haut diplomate russe ») usually
        // refers back to a named person.
        if let Some((lsi, sp)) = last {
            let indefinite = sp.span.is_some_and(|(x, y)| {
                let first = self.d.text[x..y].split_whitespace().next().unwrap_or("").to_lowercase();
                matches!(first.as_str(), "un" | "une" | "des" | "a" | "an" | "some" | "one")
            });
            if sp.entity.is_none() && indefinite && si != usize::MAX && si - lsi <= 1 {
                return unresolved;
            }
        }
        // The latest person who spoke, if recent: news keeps its speaker as topic.
        if let Some((lsi, e)) = self.last_person.get() {
            if (si == usize::MAX || si - lsi <= 8) && compatible(e) {
                return Speaker { span: Some((a, b)), entity: Some(e), stype: SpeakerType::Per };
            }
        }
        // Latest person mention before the pronoun, outside quotes.
        // Bounded look-back: a pronoun refers to someone mentioned recently.
        for m in self.mentions_before(a).iter().rev().take(200) {
            if !self.in_quote(m.start) && compatible(m.entity) {
                return Speaker { span: Some((a, b)), entity: Some(m.entity), stype: SpeakerType::Per };
            }
        }
        unresolved
    }
}

/// `text[start..end]` without a straight double quote left unpaired at
/// either edge (« « … ces 20 dernières années" » », a typing slip inside
/// the real marks), nor the spaces it leaves; never emptied.
fn trim_stray_marks(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    if end <= start || b[start..end].iter().filter(|&&c| c == b'"').count() % 2 == 0 {
        return (start, end);
    }
    let (s, e) = match (b[start], b[end - 1]) {
        (_, b'"') => (start, end - 1),
        (b'"', _) => (start + 1, end),
        _ => return (start, end),
    };
    let inner = &text[s..e];
    let t = inner.trim();
    if t.is_empty() {
        return (start, end);
    }
    let s = s + (inner.len() - inner.trim_start().len());
    (s, s + t.len())
}

/// The gender an article gives its noun: `Some(true)` for « la », « une »,
/// « cette »; `Some(false)` for « le », « un », « ce », « cet »; else none.
fn article_female(w: &str) -> Option<bool> {
    match w {
        "la" | "une" | "cette" => Some(true),
        "le" | "un" | "ce" | "cet" => Some(false),
        _ => None,
    }
}

/// A connective adverb (« cependant », « toutefois », "however"): it links
/// a sentence to the one before, and is part of no phrase around it.
fn is_connective(w: &str) -> bool {
    matches!(w, "cependant" | "toutefois" | "pourtant" | "néanmoins" | "donc" | "ainsi" | "however" | "though")
}

/// A conjunction opening an adverbial clause of condition, time or cause
/// (« si », « lorsque », « quand », « puisque »): such a clause is no claim,
/// and a report inside it ends with it.
fn opens_adverbial(w: &str) -> bool {
    matches!(
        w,
        "si" | "s’"
            | "s'"
            | "lorsque"
            | "lorsqu’"
            | "lorsqu'"
            | "quand"
            | "puisque"
            | "puisqu’"
            | "puisqu'"
            | "when"
            | "if"
    )
}

/// French days of the week, lower case: a time adverbial between a cue and
/// its subject (« a déclaré mardi le ministre »).
const WEEKDAYS: &[&str] = &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

/// `a-t-il` → `il`: an auxiliary with an inverted subject pronoun.
fn inverted_aux(w: &str) -> Option<&str> {
    let (verb, p) = split_inversion(w)?;
    matches!(verb, "a" | "ont" | "avait" | "avaient" | "aurait" | "est" | "sont").then_some(p)
}

/// `déclare-t-il` → (`déclare`, `il`); `dit-elle` → (`dit`, `elle`).
fn split_inversion(w: &str) -> Option<(&str, &str)> {
    if !w.contains('-') {
        return None;
    }
    for p in ["-t-il", "-t-elle", "-t-ils", "-t-elles", "-t-on", "-il", "-elle", "-ils", "-elles", "-on"] {
        if let Some(verb) = w.strip_suffix(p) {
            if !verb.is_empty() {
                let pron = p.rsplit('-').next().unwrap_or("");
                return Some((verb, pron));
            }
        }
    }
    None
}

/// Words that introduce a source (see [`Work::selon_unit`]): « selon X »,
/// « d’après X », « according to X », sentence-initial « Pour X ».
pub(crate) const SOURCE_WORDS: &[&str] = &["selon", "d’", "d'", "according", "pour", "croire"];

/// Infinitives that start a reported clause (« a déclaré avoir lancé »,
/// « a annoncé interdire », « dit vouloir »): the first group by its ending,
/// the other groups by the endings only verbs have, minus the nouns and
/// adjectives that share them (« avenir », « ordre », « lettre », « maître »).
fn is_infinitive(w: &str) -> bool {
    if matches!(w, "avoir" | "être" | "faire" | "ne") {
        return true;
    }
    let long = w.chars().count() > 4;
    if w.ends_with("er") {
        return long
            && !matches!(w, "premier" | "dernier" | "entier" | "léger" | "étranger" | "hiver" | "leader" | "super");
    }
    if w.ends_with("oir") {
        return (w.ends_with("voir") && !matches!(w, "réservoir" | "lavoir" | "abreuvoir"))
            || matches!(w, "vouloir" | "valoir" | "falloir" | "prévaloir" | "asseoir" | "surseoir" | "déchoir");
    }
    if w.ends_with("ir") {
        return w.chars().count() >= 4
            && !matches!(
                w,
                "avenir"
                    | "plaisir"
                    | "désir"
                    | "loisir"
                    | "soupir"
                    | "émir"
                    | "vizir"
                    | "fakir"
                    | "saphir"
                    | "élixir"
                    | "menhir"
                    | "tapir"
                    | "nadir"
                    | "zéphir"
                    | "kéfir"
            );
    }
    if w.ends_with("ire") {
        return w.ends_with("uire")
            || w.ends_with("crire")
            || w.ends_with("dire")
            || matches!(
                w,
                "lire" | "élire" | "réélire" | "relire" | "rire" | "sourire" | "suffire" | "boire" | "croire"
            );
    }
    if w.ends_with("dre") {
        return (w.ends_with("endre") && !matches!(w, "cendre" | "gendre" | "calendre"))
            || w.ends_with("ondre")
            || (w.ends_with("indre") && w != "moindre")
            || matches!(
                w,
                "perdre" | "mordre" | "tordre" | "résoudre" | "dissoudre" | "absoudre" | "coudre" | "moudre"
            );
    }
    if w.ends_with("tre") {
        return (w.ends_with("ttre") && w != "lettre")
            || ((w.ends_with("aître") || w.ends_with("aitre") || w.ends_with("oître"))
                && !matches!(w, "maître" | "maitre" | "traître" | "traitre" | "cloître" | "contremaître"));
    }
    w.ends_with("ivre") && !matches!(w, "livre" | "cuivre" | "givre" | "ivre")
        || w.ends_with("clure")
        || w.ends_with("ompre")
        || w.ends_with("aincre")
}
