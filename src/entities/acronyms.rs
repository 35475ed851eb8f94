//! Abbreviation definitions: a name followed by its short form in brackets
//! (« la Fédération française de natation (FFN) », « the World Health
//! Organization (WHO) »).
//!
//! The brackets fix both ends of the name, which no head-noun rule knows
//! (« Bureau international du travail », « Conseil national pour la défense
//! de la démocratie-Forces de défense de la démocratie »), and tell linking
//! that the short form, there and elsewhere in the document, names the same
//! entity. The long form is found as Schwartz and Hearst do (« A simple
//! algorithm for identifying abbreviation definitions in biomedical text »,
//! 2003): the short form's letters are matched right to left in the words
//! before the bracket, the first one at the start of a word, and the
//! shortest such run of words is the long form.

use super::{fold_char, Candidate, Ctx, EntityType, Source};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{HeadKind, Lexicons};
use crate::segment::TokenKind;

/// A short form defined in the document: `short` names the entity of the
/// candidate spanning `long` (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Definition {
    pub long: (usize, usize),
    /// The short form as written (« FFN »).
    pub short: String,
}

/// The rule label of a long form found from its short form.
const LABEL: &str = "rule:acronym_definition";

/// Letters a short form may hold, at most.
const MAX_LETTERS: usize = 10;

/// Find the definitions of `ctx`, push a candidate for each long form and
/// for its short form to `out`, and return them for linking. `found` are the
/// candidates of the other rules and the gazetteer: a long form that one of
/// them takes for a person or an event is not a definition (« Paul Smith (PS) »).
pub(crate) fn define(
    ctx: &Ctx,
    lx: &Lexicons,
    gazetteer: &Gazetteer,
    found: &[Candidate],
    out: &mut Vec<Candidate>,
) -> Vec<Definition> {
    let mut defs = Vec::new();
    let n = ctx.tokens.len();
    let bytes = ctx.text.as_bytes();
    let is = |k: usize, b: u8| ctx.tokens[k].kind == TokenKind::Punct && bytes[ctx.tokens[k].start] == b;
    // Brackets are rare: find them in the bytes, not by visiting every token.
    let body = ctx.tokens.first().map_or(0, |t| t.start);
    for at in memchr::memchr_iter(b'(', &bytes[body..]) {
        let Some(i) = ctx.token_at(body + at) else { continue };
        if i == 0 || i + 2 >= n || !is(i + 2, b')') || ctx.tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let short = ctx.word(i + 1);
        let Some(letters) = short_form_letters(short) else { continue };
        let Some(first) = long_form_start(ctx, lx, i, &letters) else { continue };
        let (start, end) = (ctx.tokens[first].start, ctx.tokens[i - 1].end);
        // An event's short form names the event, no organisation.
        if found.iter().any(|c| (c.etype == EntityType::Per || c.event) && c.start < end && start < c.end) {
            continue;
        }
        // A listed form gives its entity to the other: the long form is
        // often missing from the lists where the short one is not.
        let listed_long = found.iter().find(|c| c.start == start && c.end == end).and_then(|c| c.entry);
        let listed_short = gazetteer.lookup(short);
        let entry = listed_short.or(listed_long);
        let etype = entry.map_or(EntityType::Org, |e| gazetteer.entry(e).etype);
        let short_span = (ctx.tokens[i + 1].start, ctx.tokens[i + 1].end);
        out.push(Candidate { start, end, etype, entry, source: Source::Rule(LABEL), priority: 2, event: false });
        out.push(Candidate {
            start: short_span.0,
            end: short_span.1,
            etype,
            entry,
            // An alias of a listed long form; linking makes it one of a
            // long form a rule found.
            source: if listed_short.is_none() && listed_long.is_some() {
                Source::Alias
            } else {
                Source::Rule("rule:acronym")
            },
            priority: 2,
            event: false,
        });
        defs.push(Definition { long: (start, end), short: short.to_string() });
    }
    defs
}

/// The letters and digits of a short form, folded to lower-case ASCII where
/// they have a folding (« FFTri » → `fftri`), when `w` looks like one: two
/// to ten of them, at least two capitals and more capitals than small
/// letters, hyphens allowed (« CNDD-FDD »). A bracketed place (« (Savoie) »)
/// or ordinary word is not.
fn short_form_letters(w: &str) -> Option<Vec<char>> {
    let mut letters = Vec::with_capacity(w.len());
    let (mut upper, mut lower) = (0, 0);
    for c in w.chars() {
        if c == '-' {
            continue;
        }
        if !c.is_alphanumeric() || letters.len() == MAX_LETTERS {
            return None;
        }
        upper += c.is_uppercase() as usize;
        lower += c.is_lowercase() as usize;
        letters.push(fold(c));
    }
    (letters.len() >= 2 && upper >= 2 && upper > lower && w.chars().next().is_some_and(char::is_uppercase))
        .then_some(letters)
}

/// `c` in lower case without its accent (« É » → `e`).
fn fold(c: char) -> char {
    let f = fold_char(c).chars().next().unwrap_or(c);
    f.to_lowercase().next().unwrap_or(f)
}

/// The first token of the long form ending before the bracket at token
/// `open`, if `letters` spell it.
///
/// The letters are matched right to left in the words of the same sentence
/// before the bracket, up to a punctuation mark; the first letter must start
/// a word (or a part of a hyphenated word: « démocratie-Forces »), and that
/// word must be a capitalised content word, neither a role nor a given
/// name, or an organisation's head noun in lower case (« cour pénale
/// internationale (CPI) »). At most half the letters may be
/// matched inside words (« FIDH » from « Fédération internationale des
/// ligues des droits de l'homme »), and the long form holds at most
/// `letters + 6` words: a person's name seldom spells a party's initials.
fn long_form_start(ctx: &Ctx, lx: &Lexicons, open: usize, letters: &[char]) -> Option<usize> {
    let max_words = letters.len() + 6;
    // The window: word tokens before the bracket, nearest first.
    let mut lo = open;
    while lo > 0 && open - lo < max_words {
        let t = ctx.tokens[lo - 1];
        if t.kind == TokenKind::Punct || t.kind == TokenKind::Number {
            break;
        }
        lo -= 1;
        if t.newline_before {
            break;
        }
    }
    if lo == open {
        return None;
    }
    // Characters of the window, each with its token and whether it starts a word.
    let mut chars: Vec<(char, usize, bool)> = Vec::new();
    for k in lo..open {
        let mut prev = None;
        for c in ctx.word(k).chars() {
            let starts = prev.is_none_or(|p: char| !p.is_alphanumeric());
            if c.is_alphanumeric() {
                chars.push((fold(c), k, starts));
            }
            prev = Some(c);
        }
    }
    let mut at = chars.len();
    let mut inside = 0;
    for (li, &l) in letters.iter().enumerate().rev() {
        loop {
            if at == 0 {
                return None;
            }
            at -= 1;
            let (c, _, starts) = chars[at];
            if c == l && (li > 0 || starts) {
                inside += !starts as usize;
                break;
            }
        }
    }
    let first = chars[at].1;
    let t = ctx.tokens[first];
    // A role (« Premier ministre (PM) ») or a given name is not an organisation.
    let info = ctx.info(first);
    let content_first =
        t.cap && !info.is_function_word() && info.title.is_none() && info.given_name(lx, ctx.word(first)).is_none();
    // « cour pénale internationale (CPI) », « institut géologique
    // américain (USGS) »: a long form written in lower case opens with an
    // organisation's head noun.
    let org_head = !t.cap && info.head_written(lx, ctx.word(first)).is_some_and(|h| h.kind == HeadKind::Org);
    let content_first = content_first || org_head;
    (content_first && open - first >= 2 && 2 * inside <= letters.len()).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::short_form_letters;

    #[test]
    fn short_forms_are_mostly_capitals() {
        let letters = |w: &str| short_form_letters(w).map(|l| l.into_iter().collect::<String>());
        assert_eq!(letters("FFN").as_deref(), Some("ffn"));
        assert_eq!(letters("CNDD-FDD").as_deref(), Some("cnddfdd"));
        assert_eq!(letters("FFTri").as_deref(), Some("fftri"));
        assert_eq!(letters("ÉI").as_deref(), Some("ei"));
        for not in ["Savoie", "Daech", "A", "x", "2016", "ABCDEFGHIJK"] {
            assert_eq!(letters(not), None, "{not}");
        }
    }
}
