//! Rules for names no gazetteer holds. Each rule is named; the name goes to
//! the `source` column as `rule:<name>`.
//!
//! - `given_name`: a known given name followed by capitalised surname words
//!   (`Gegham Stepanyan`, `Jean-Yves Le Drian`, `Ursula von der Leyen`).
//! - `title`: an honorific or role noun followed by a capitalised name
//!   (`M. Dupont`, `le porte-parole Kirby`, `le président russe X`).
//! - `unlisted_name`: two or three capitalised words no lexicon knows
//!   (`Xaviro Plumtek`), where no list holds the given name.
//! - `apposition`: two capitalised words followed by `, <role>`
//!   (`Hikmet Hajiyev, conseiller…`).
//! - `org_head`: an organisation head noun with its complements
//!   (`ministère azerbaïdjanais de la Défense`, `Conseil européen`).
//! - `place_head`: the capitalised complement of a place noun (`ville de X`).
//! - `name_head`: capitalised words before a capitalised head, the English
//!   order (`National Weather Service`, `Harlan County`).
//! - `event`: an event head with a capitalised complement (`Tour de France`):
//!   no entity, but the place in it is no mention either.
//! - `place_cue`: an unknown capitalised word after `à`, `en`, `au`, `aux`, `in`.
//! - `acronym`: an unknown all-capitals word of 2–6 letters (an organisation).
//! - `caps_form`: a word in capitals whose title-case form is a gazetteer
//!   name (« KYIV » in a dateline).

use super::{Candidate, Ctx, EntityType, Source};
use crate::gazetteer::Gazetteer;
use crate::lexicon::{Head, HeadKind, Lexicons, LowerHead, TitleKind, WordClass};
use crate::quotes::cues::CueForm;
use crate::segment::TokenKind;
use crate::vocab::WordInfo;

/// Is the lower-case word at token `k`, after « de » at `j`, an infinitive
/// rather than a noun complement: « il revient au Conseil de la valider »
/// (a clitic « la », and a verb: feminine nouns rarely end in -er),
/// « a demandé à l’Église de tenter une médiation » (an object follows)?
fn infinitive_after(ctx: &Ctx, j: usize, k: usize) -> bool {
    let w = ctx.lower(k);
    let verb_like = w.chars().count() > 4 && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"));
    let clitic = k > j + 1 && matches!(ctx.lower(k - 1), "la" | "l’" | "l'");
    let object = k + 1 < ctx.tokens.len() && ctx.info(k + 1).is(WordClass::Determiner);
    verb_like && (clitic && w.ends_with("er") || k == j + 1 && object)
}

/// An organisation starting at byte `start` whose name ends with the
/// listed place `place` at token `k`: one word, one space after the
/// organisation's part, and no capitalised word after it (`org_branch`).
fn branch(ctx: &Ctx, start: usize, k: usize, place: &Candidate) -> Option<Candidate> {
    let n = ctx.tokens.len();
    let one_word = ctx.tokens[k].end == place.end;
    let spaced = k > 0 && &ctx.text[ctx.tokens[k - 1].end..place.start] == " ";
    let last = k + 1 >= n || !(ctx.tokens[k + 1].cap && ctx.tokens[k + 1].kind == TokenKind::Word);
    (one_word && spaced && last)
        .then(|| Candidate { start, ..cand(ctx, k, k + 1, EntityType::Org, "rule:org_branch", 3) })
}

/// Append rule candidates for `ctx` to `out`; `gaz` are the gazetteer candidates.
pub(crate) fn propose(ctx: &Ctx, lx: &Lexicons, gazetteer: &Gazetteer, gaz: &[Candidate], out: &mut Vec<Candidate>) {
    let before = out.len();
    propose_by_token(ctx, lx, gazetteer, gaz, out);
    // « le XV de France »: no person's name opens with a Roman numeral.
    let proposed = out.split_off(before);
    out.extend(proposed.into_iter().filter(|c| {
        c.etype != EntityType::Per || !ctx.token_at(c.start).is_some_and(|i| is_roman_numeral(ctx.word(i)))
    }));
}

/// The rules, token by token (see [`propose`]).
fn propose_by_token(ctx: &Ctx, lx: &Lexicons, gazetteer: &Gazetteer, gaz: &[Candidate], out: &mut Vec<Candidate>) {
    let n = ctx.tokens.len();
    // Gazetteer candidates are sorted and do not overlap: the only one that can
    // cover a token is the last one starting at or before it. Tokens are
    // asked in order, so a cursor finds it: `g` counts the candidates
    // starting at or before the last token asked.
    let (mut g, mut asked) = (0, 0);
    let mut covered_by_gaz = |i: usize| {
        let t = ctx.tokens[i];
        debug_assert!(t.start >= asked, "tokens asked out of order");
        asked = t.start;
        while g < gaz.len() && gaz[g].start <= t.start {
            g += 1;
        }
        gaz[..g].last().filter(|c| t.end <= c.end)
    };
    // « Sanofi Pasteur », « Zentrix France »: a listed organisation and a
    // listed place right after it, ending the name, is the organisation's
    // branch, not the place.
    for w in gaz.windows(2) {
        let (org, place) = (&w[0], &w[1]);
        if org.etype != EntityType::Org || place.etype != EntityType::Loc {
            continue;
        }
        let Some(k) = ctx.token_at(place.start) else { continue };
        if k > 0 && ctx.tokens[k - 1].end == org.end && ctx.tokens[k].cap {
            out.extend(branch(ctx, org.start, k, place));
        }
    }
    // Only capitalised words, heads, titles and particles start a rule
    // (`ctx.name_tokens`); `i` is the first token a rule may still start at.
    let mut i = 0;
    for &k in &ctx.name_tokens {
        if (k as usize) < i {
            continue;
        }
        i = k as usize;
        let t = ctx.tokens[i];
        let w = ctx.word(i);
        let info = ctx.info(i);

        // Organisation and place heads (lower or upper case).
        if let Some(head) = info.head_written(lx, w) {
            if !t.cap && head.lower == LowerHead::Describes {
                if let Some(c) = described_org(ctx, lx, i) {
                    out.push(c);
                }
            }
            let named = org_head(ctx, lx, gaz, i, head);
            if let Some(c) = name_then_head(ctx, i, head, named.as_ref()) {
                out.push(c);
            }
            out.extend(named);
        }
        // « ministre de l’Intérieur »: the portfolio names the ministry.
        if info.title == Some(TitleKind::Role) && matches!(ctx.lower(i), "ministre" | "ministres") {
            out.extend(portfolio(ctx, lx, i));
        }
        // Role titles and honorifics announce a person.
        if let Some(kind) = info.title {
            if let Some(c) = titled_person(ctx, lx, i, kind) {
                out.push(c);
            }
        }
        // « Radio Zorvak annonce », « SOS Médias Vorlande précise »: a name
        // holding a place or an acronym, speaking.
        if t.cap {
            if let Some(c) = speaking_name(ctx, lx, gaz, i) {
                out.push(c);
            }
        }
        // A given name + surname competes with gazetteer matches by length
        // (« Antony Blinken » beats the town « Antony »).
        if t.cap && info.given_name(lx, w).is_some() && !is_common_initial(ctx, i) {
            // Not before a head ("Harlan County", "Jean Moulin University"):
            // `name_then_head` names that place or body.
            let ends_in_head = |end: usize| {
                let last = end - 1;
                ctx.info(last).head_written(lx, ctx.word(last)).is_some_and(|h| h.kind != HeadKind::Event)
            };
            if let Some(end) = surname_end(ctx, i + 1).filter(|&end| !ends_in_head(end)) {
                out.push(cand(ctx, i, end, EntityType::Per, "rule:given_name", 2));
                i = end;
                continue;
            }
            // « Sandrine, 42 ans, infirmière »: a given name alone before an
            // age is a person, even where a list holds a place of that name.
            let aged = i + 3 < n
                && ctx.word(i + 1) == ","
                && ctx.tokens[i + 2].kind == TokenKind::Number
                && matches!(ctx.lower(i + 3), "ans" | "an");
            if aged {
                // A listed person keeps its entry; a listed place of that
                // one word is outranked; a longer listed name is left alone.
                let priority = match covered_by_gaz(i) {
                    None => Some(2),
                    Some(c) if c.etype != EntityType::Per && (c.start, c.end) == (t.start, t.end) => Some(4),
                    Some(_) => None,
                };
                if let Some(p) = priority {
                    out.push(cand(ctx, i, i + 1, EntityType::Per, "rule:given_name", p));
                }
            }
        }
        if t.cap && covered_by_gaz(i).is_none() {
            // A headline or dateline in capitals: « KYIV », « FRANCE ».
            let caps = |k: usize| {
                let x = ctx.word(k);
                // Most words fail at their second letter: test case before length.
                ctx.tokens[k].kind == TokenKind::Word
                    && x.chars().all(|c| !c.is_lowercase())
                    && x.chars().nth(2).is_some()
            };
            // Only where capitals are layout, not an acronym: a paragraph's first
            // word (dateline) or a run of words in capitals (headline).
            let layout = t.newline_before || i == 0 || (i > 0 && caps(i - 1)) || (i + 1 < n && caps(i + 1));
            if layout && caps(i) && w.chars().any(char::is_alphabetic) {
                let mut title: String = w.chars().take(1).collect();
                title.extend(w.chars().skip(1).flat_map(char::to_lowercase));
                if let Some(e) = gazetteer.lookup(&title) {
                    let etype = gazetteer.entry(e).etype;
                    out.push(Candidate { entry: Some(e), ..cand(ctx, i, i + 1, etype, "rule:caps_form", 2) });
                    i += 1;
                    continue;
                }
            }
            let acronym = is_acronym(w) || is_joined_acronym(w);
            // « KSN 2011a », « IRS 43 »: an acronym and a number name a
            // designation (an object, a model, an edition), not a body.
            let designation =
                || i + 1 < n && ctx.tokens[i + 1].start == t.end + 1 && ctx.word(i + 1).as_bytes()[0].is_ascii_digit();
            if acronym
                && !designation()
                && info.zipf < 3.0
                && !info.is_function_word()
                && !info.is_common_acronym(lx, w)
            {
                out.push(cand(ctx, i, i + 1, EntityType::Org, "rule:acronym", 1));
                // « HBC Nantes », « FC Zorvak »: an acronym and the listed
                // place right after it, ending the name, are a club or a
                // branch, named after its town.
                if let Some(place) = (i + 1 < n)
                    .then(|| gaz.partition_point(|c| c.start < ctx.tokens[i + 1].start))
                    .and_then(|g| gaz.get(g))
                    .filter(|c| c.start == ctx.tokens[i + 1].start && c.etype == EntityType::Loc)
                {
                    // After an article (« le HBC Nantes », « du FC X »): a
                    // bare « WTS Leeds » in a headline may name an event.
                    let article = i > 0 && matches!(ctx.lower(i - 1), "le" | "la" | "l’" | "l'" | "du" | "au");
                    if article {
                        out.extend(branch(ctx, t.start, i + 1, place));
                    }
                }
            }
            if let Some(c) = apposition(ctx, i) {
                out.push(c);
            }
            if i > 0
                && is_place_cue(ctx, i - 1)
                // « face à X »: an opponent, not a place.
                && !(i > 1 && ctx.lower(i - 2) == "face")
                && info.given_name(lx, w).is_none()
                && info.title.is_none()
                && !is_commonish(info)
                && !info.is_demonym()
                && !w.chars().any(|c| c.is_ascii_digit())
                && !is_acronym(w)
                // « en CDI »: no town is written in capitals (not even in
                // Roman numeral letters, which `is_acronym` leaves out).
                && !(w.len() >= 2 && w.chars().all(char::is_uppercase))
            {
                // One unknown word: a run of capitalised words after « à »
                // is more often a person (« permet à X Y ») or a venue
                // (« au X Theatre ») than a town no list holds.
                let end = cap_run_end(ctx, i);
                if end == i + 1 {
                    out.push(cand(ctx, i, end, EntityType::Loc, "rule:place_cue", 1));
                }
            } else if let Some(c) = unlisted_name(ctx, lx, gaz, i) {
                out.push(c);
            } else if let Some(c) = speaking_body(ctx, lx, i).or_else(|| apposed_body(ctx, lx, i)) {
                out.push(c);
            }
        }
        i += 1;
    }
}

fn cand(ctx: &Ctx, first: usize, end: usize, etype: EntityType, rule: &'static str, priority: u8) -> Candidate {
    Candidate {
        start: ctx.tokens[first].start,
        end: ctx.tokens[end - 1].end,
        etype,
        entry: None,
        source: Source::Rule(rule),
        priority,
        event: false,
    }
}

/// All capitals, 2 to 6 letters (`OSCE`, `PS`), not a Roman numeral.
fn is_acronym(w: &str) -> bool {
    // One pass that stops at the first lower-case letter (most words).
    let mut n = 0;
    for c in w.chars() {
        if !c.is_uppercase() || n == 6 {
            return false;
        }
        n += 1;
    }
    n >= 2 && !is_roman_numeral(w)
}

/// « XV », « XXIII »: two or more Roman numeral letters and nothing else.
fn is_roman_numeral(w: &str) -> bool {
    w.len() >= 2 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// Two or three acronyms joined by hyphens: « CNDD-FDD », « FARC-EP ».
fn is_joined_acronym(w: &str) -> bool {
    w.len() <= 20 && w.as_bytes().contains(&b'-') && {
        let parts = w.split('-').count();
        (2..=3).contains(&parts) && w.split('-').all(is_acronym)
    }
}

/// A frequent common word (or closed-class word) in lower case.
fn is_commonish(info: &WordInfo) -> bool {
    info.is_function_word() || info.zipf >= 4.0
}

/// A capitalised word opening a sentence that is really a common word.
fn is_common_initial(ctx: &Ctx, i: usize) -> bool {
    ctx.sentence_initial(i) && ctx.info(i).is_function_word()
}

/// Could token `i` be part of a surname? (A role noun may end one: see
/// `surname_end`.)
fn surname_word(ctx: &Ctx, i: usize) -> bool {
    surname_shape(ctx, i) && ctx.info(i).title.is_none()
}

/// A capitalised word on the name's line, not a function word unless a particle.
fn surname_shape(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tokens[i];
    if t.kind != TokenKind::Word || !t.cap || t.newline_before {
        return false;
    }
    let info = ctx.info(i);
    !info.is_function_word() || info.is(WordClass::Particle)
}

/// End (exclusive) of a surname starting at `i`, with particles: `Le Drian`,
/// `von der Leyen`, `al-Assad`. None if no capitalised word follows.
fn surname_end(ctx: &Ctx, i: usize) -> Option<usize> {
    let n = ctx.tokens.len();
    let mut j = i;
    let mut end = None;
    let mut words = 0;
    while j < n && words < 3 {
        let t = ctx.tokens[j];
        if t.kind != TokenKind::Word || t.newline_before {
            break;
        }
        if ctx.info(j).is(WordClass::Particle) {
            // Particles (« von der », « de la », « Le ») must lead to a capitalised word.
            let mut k = j + 1;
            while k < n && ctx.tokens[k].kind == TokenKind::Word && ctx.info(k).is(WordClass::Particle) {
                k += 1;
            }
            if k < n && ctx.tokens[k].cap && ctx.tokens[k].kind == TokenKind::Word && !ctx.tokens[k].newline_before {
                // After a particle any capitalised word is a surname (« Le Maire »).
                j = k + 1;
                words += 1;
                end = Some(j);
                continue;
            }
            break;
        }
        // A role noun is a surname where it ends the name (« Robin Pasteur »):
        // the word right after the given name, with no capitalised word after.
        let role_surname = || {
            words == 0
                && ctx.info(j).title == Some(TitleKind::Role)
                && surname_shape(ctx, j)
                && !(j + 1 < n && ctx.tokens[j + 1].cap && ctx.tokens[j + 1].kind == TokenKind::Word)
        };
        if !surname_word(ctx, j) && !role_surname() {
            break;
        }
        j += 1;
        words += 1;
        end = Some(j);
    }
    end
}

/// End of a run of capitalised words from `i` (at least `i + 1`).
fn cap_run_end(ctx: &Ctx, i: usize) -> usize {
    let mut j = i + 1;
    while j < ctx.tokens.len() && j - i < 4 && surname_word(ctx, j) && !ctx.tokens[j].newline_before {
        j += 1;
    }
    j
}

/// `M. Dupont`, `le porte-parole John Kirby`, `le président russe X`.
fn titled_person(ctx: &Ctx, lx: &Lexicons, i: usize, kind: TitleKind) -> Option<Candidate> {
    let n = ctx.tokens.len();
    let mut j = i + 1;
    // Honorifics may carry a period: "M." / "Dr."; after a role noun it
    // ends the sentence (« a reçu le ministre. Dupont … »).
    if kind == TitleKind::Honorific && j < n && ctx.word(j) == "." && ctx.tokens[j].start == ctx.tokens[i].end {
        j += 1;
    }
    if kind == TitleKind::Role {
        // Skip demonyms and a short complement: "président russe", "ministre des Affaires étrangères".
        let mut hops = 0;
        while j < n && hops < 5 {
            let info = ctx.info(j);
            if info.is_demonym() || info.title.is_some() {
                j += 1;
                hops += 1;
                continue;
            }
            break;
        }
        // A party or body label between the role and the name is no part of
        // the name: « la députée LFI Anne X », « le sénateur LR Paul Y ».
        if j + 1 < n
            && ctx.tokens[j].kind == TokenKind::Word
            && is_acronym(ctx.word(j))
            && ctx.tokens[j + 1].cap
            && ctx.tokens[j + 1].kind == TokenKind::Word
        {
            j += 1;
        }
    }
    if j >= n {
        return None;
    }
    let first = ctx.tokens[j];
    if !first.cap || first.kind != TokenKind::Word || first.newline_before {
        return None;
    }
    let info = ctx.info(j);
    if info.is_function_word() || info.title.is_some() || info.head.is_some() {
        return None;
    }
    // A party or body label with no name after it (« le maire UDI de X »).
    if kind == TitleKind::Role && is_acronym(ctx.word(j)) {
        return None;
    }
    // A role noun followed by a frequent common word ("le président Français")
    // is not a name, unless another capitalised word follows ("President Dan
    // Porter": a first name the list does not hold).
    let two_caps = || {
        j + 1 < n
            && ctx.tokens[j + 1].cap
            && ctx.tokens[j + 1].kind == TokenKind::Word
            && !ctx.tokens[j + 1].newline_before
            && !ctx.info(j + 1).is_function_word()
            && ctx.info(j + 1).title.is_none()
            && ctx.info(j + 1).head.is_none()
    };
    if kind == TitleKind::Role && info.zipf >= 4.0 && info.given_name(lx, ctx.word(j)).is_none() && !two_caps() {
        return None;
    }
    let end = surname_end(ctx, j)?;
    Some(cand(ctx, j, end, EntityType::Per, "rule:title", 2))
}

/// « le ministre de l’Intérieur », « la ministre des Affaires étrangères »:
/// the capitalised portfolio after « ministre » (over a demonym or a
/// participle: « ministre délégué aux Transports ») names the ministry, an
/// organisation. At the lowest priority: a listed place there stays a place
/// (« ministre du Japon »).
fn portfolio(ctx: &Ctx, lx: &Lexicons, i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    // « le Premier ministre d’X » heads the government of a place.
    if i > 0 && ctx.lower(i - 1) == "premier" {
        return None;
    }
    let mut j = i + 1;
    while j < n && j - i <= 2 && !ctx.tokens[j].cap && (ctx.info(j).is_demonym() || is_plain_adjective(ctx.lower(j))) {
        j += 1;
    }
    let first = match after_de(ctx, j) {
        k if k > j => k,
        _ if j < n && matches!(ctx.lower(j), "aux" | "au") => j + 1,
        _ if j < n && ctx.lower(j) == "à" => after_article(ctx, j + 1),
        _ => return None,
    };
    // Not the minister's own name after it (« ministre de l’Intérieur Jean X »).
    let name_word = |k: usize| org_name_word(ctx, k) && ctx.info(k).given_name(lx, ctx.word(k)).is_none();
    if first >= n || !name_word(first) {
        return None;
    }
    // « Affaires étrangères »: an adjective of the name, not a nationality
    // (« des Affaires étrangères français ») nor a verb (« des Transports
    // rappelle »).
    const ENDINGS: &[&str] = &["ère", "ères", "al", "ale", "ales", "aux", "ique", "iques", "aire", "aires"];
    let mut end = first + 1;
    while end < n && end - first < 4 {
        let t = ctx.tokens[end];
        let lower = ctx.lower(end);
        let adjective = !t.cap
            && t.kind == TokenKind::Word
            && !ctx.info(end).is_demonym()
            && ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e));
        if name_word(end) || adjective {
            end += 1;
        } else {
            break;
        }
    }
    Some(cand(ctx, first, end, EntityType::Org, "rule:portfolio", 1))
}

/// « Xiadong Brevik » where no list knows the given name: two or three
/// capitalised words that no lexicon knows (rare words, no function word,
/// title, head, demonym or acronym) are a person's name. Places and bodies
/// are listed or have heads; the longer or listed candidate still wins.
fn unlisted_name(ctx: &Ctx, lx: &Lexicons, gaz: &[Candidate], i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    let unknown = |k: usize| {
        let t = ctx.tokens[k];
        // In a gazetteer match (« X de Lima »: a place's complement).
        let g = gaz.partition_point(|c| c.start <= t.start);
        if g > 0 && gaz[g - 1].end >= t.end {
            return false;
        }
        let info = ctx.info(k);
        let w = ctx.word(k);
        t.kind == TokenKind::Word
            && t.cap
            && info.zipf < 3.0
            && !info.is_function_word()
            && !info.marks_names()
            && !info.is_demonym()
            && !is_acronym(w)
            && !w.bytes().any(|b| b.is_ascii_digit())
    };
    // The run starts here: the word before is no capitalised name word,
    // but may be a function word opening the sentence, a demonym or a role
    // (« la Britannique X Y »). Not after an article ("the Daily Post", « le
    // Racing Club »: rare before a person's name), nor after « determiner +
    // common noun » (« le volcan X Y »: a name given to the noun; a role
    // noun is the title rule's).
    if i > 0 {
        let (p, info) = (ctx.tokens[i - 1], ctx.info(i - 1));
        let describes = info.is_demonym() || info.title.is_some();
        let opener = info.is_function_word() && !info.is(WordClass::Particle);
        let noun = p.kind == TokenKind::Word && !info.is_function_word() && info.title.is_none();
        let blocked = if p.kind == TokenKind::Word && p.cap {
            !describes && !opener
        } else {
            info.is(WordClass::Determiner) || noun && i > 1 && ctx.info(i - 2).is(WordClass::Determiner)
        };
        if blocked {
            return None;
        }
    }
    if !unknown(i) || info_given(ctx, lx, i) {
        return None;
    }
    // More unknown words, or a particle before one (« X da Silva »); a
    // listed given name starts another name (« la Suissesse Anna X »: the
    // word before it is a description).
    let (mut end, mut words) = (i + 1, 1);
    // A given name that ends the run is a surname (« X Hassan », « X Karim »).
    let last_word = |k: usize| k + 1 >= n || !(ctx.tokens[k + 1].cap && ctx.tokens[k + 1].kind == TokenKind::Word);
    while end < n && words < 4 && !ctx.tokens[end].newline_before {
        if unknown(end) && (!info_given(ctx, lx, end) || last_word(end)) {
            end += 1;
        } else if ctx.info(end).is(WordClass::Particle)
            && !ctx.tokens[end].cap
            // « de » is a place's complement as often (« Vallée de X »).
            && !matches!(ctx.lower(end), "de" | "d'" | "d’" | "du" | "des")
            && end + 1 < n
            && unknown(end + 1)
        {
            end += 2;
        } else {
            break;
        }
        words += 1;
    }
    let next_cap = end < n && ctx.tokens[end].cap && ctx.tokens[end].kind == TokenKind::Word;
    if !(2..=3).contains(&words) || next_cap && !ctx.tokens[end].newline_before {
        return None;
    }
    // A quoted phrase is a title or a slogan (« Copa Lumbra »).
    let mark = |k: usize| matches!(ctx.word(k), "«" | "»" | "“" | "”" | "\"");
    if i > 0 && mark(i - 1) && end < n && mark(end) {
        return None;
    }
    Some(cand(ctx, i, end, EntityType::Per, "rule:unlisted_name", 1))
}

/// « le », « la », « l’ » at token `k`.
fn definite_article(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.lower(k), "le" | "la" | "l'" | "l’")
}

/// A word no lexicon knows as anything but rare: not a function word, a
/// head, title or particle, a demonym, a given name, nor holding a digit.
fn rare_name_word(ctx: &Ctx, lx: &Lexicons, k: usize) -> bool {
    let info = ctx.info(k);
    let w = ctx.word(k);
    ctx.tokens[k].kind == TokenKind::Word
        && info.zipf < 3.0
        && !info.is_function_word()
        && !info.marks_names()
        && !info.is_demonym()
        && info.given_name(lx, w).is_none()
        && !w.bytes().any(|b| b.is_ascii_digit())
}

/// « La Fravex annonce », « le Zortam a indiqué », « selon la Fravex »: one
/// unknown capitalised word after a definite article, as the subject of a
/// reporting verb or a source, is a body that speaks (people take no
/// article in French).
fn speaking_body(ctx: &Ctx, lx: &Lexicons, i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    if i == 0 || !definite_article(ctx, i - 1) || i + 2 >= n {
        return None;
    }
    if !rare_name_word(ctx, lx, i) || ctx.tokens[i + 1].cap {
        return None;
    }
    // The verb right after (« annonce », « annonçant »), or an auxiliary
    // and its participle (« a annoncé »), past an aside without a verb
    // between commas (« Le X, quant à lui, a annoncé »).
    let verbless = |k: usize| ctx.info(k).cue.is_none() && !ctx.info(k).is(WordClass::Auxiliary);
    let mut v = i + 1;
    if ctx.word(v) == "," {
        if let Some(c) = (v + 1..n.min(v + 7)).take_while(|&k| verbless(k)).find(|&k| ctx.word(k) == ",") {
            v = c + 1;
        }
    }
    let reports = v + 1 < n && reports_at(ctx, v);
    // Or the source of « selon la X, », « d’après le X », « Pour l’X, … ».
    let source = i >= 2
        && (matches!(ctx.lower(i - 2), "selon" | "après")
            || ctx.lower(i - 2) == "pour" && ctx.sentence_initial(i - 2) && ctx.word(i + 1) == ",");
    (reports || source).then(|| cand(ctx, i, i + 1, EntityType::Org, "rule:speaking_body", 1))
}

/// « Zortam, la Confédération de football de la région, … »: unknown
/// capitalised words (up to three) followed by an apposition that names a
/// kind of organisation (a determiner and an organisation head) are that
/// organisation.
fn apposed_body(ctx: &Ctx, lx: &Lexicons, i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    if i > 0 && ctx.tokens[i - 1].cap && ctx.tokens[i - 1].kind == TokenKind::Word {
        return None;
    }
    // The shape first (words, comma, article, head), then the words' flags.
    let mut end = i + 1;
    while end < n && end - i < 3 && ctx.tokens[end].cap && ctx.tokens[end].kind == TokenKind::Word {
        end += 1;
    }
    if end + 2 >= n || ctx.word(end) != "," || !definite_article(ctx, end + 1) {
        return None;
    }
    let head = end + 2;
    let org = ctx.info(head).head_written(lx, ctx.word(head)).is_some_and(|h| h.kind == HeadKind::Org);
    let unknown = (i..end).all(|k| !(k > i && ctx.tokens[k].newline_before) && rare_name_word(ctx, lx, k));
    (org && unknown).then(|| cand(ctx, i, end, EntityType::Org, "rule:apposed_body", 1))
}

/// A reporting verb starts at token `k` (`k + 1` is a token): a finite form
/// or a gerund (« annonce », « annonçant »), or an auxiliary and a
/// participle (« a annoncé »).
fn reports_at(ctx: &Ctx, k: usize) -> bool {
    let cue = |k: usize| ctx.info(k).cue.map(|(_, f)| f);
    match cue(k) {
        Some(f) => matches!(f, CueForm::Finite | CueForm::Gerund),
        None => ctx.info(k).is(WordClass::Auxiliary) && cue(k + 1) == Some(CueForm::Participle),
    }
}

/// « France Zorvak précise que », « SOS Médias Vorlande précise : »: a run
/// of two to four capitalised words that holds a listed place or an acronym
/// and no given name or role, as the subject of a reporting verb, is a body
/// named after the place (a radio, a newspaper, an agency).
fn speaking_name(ctx: &Ctx, lx: &Lexicons, gaz: &[Candidate], i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    let word = |k: usize| ctx.tokens[k].kind == TokenKind::Word && ctx.tokens[k].cap;
    if i > 0 && word(i - 1) {
        return None;
    }
    // Cheap tests first: most capitalised words start no run of two
    // followed by a reporting verb.
    let mut end = i + 1;
    while end < n && end - i < 4 && word(end) && !ctx.tokens[end].newline_before {
        end += 1;
    }
    if end - i < 2 || end + 1 >= n || ctx.tokens[end].cap {
        return None;
    }
    if !reports_at(ctx, end)
        || (i..end).any(|k| {
            let info = ctx.info(k);
            info.title.is_some() || info.given_name(lx, ctx.word(k)).is_some() || info.is_function_word()
        })
    {
        return None;
    }
    let (start, stop) = (ctx.tokens[i].start, ctx.tokens[end - 1].end);
    // The gazetteer candidates (sorted, not overlapping) that meet the run.
    let lo = gaz.partition_point(|c| c.end <= start);
    let near = &gaz[lo..lo.max(gaz.partition_point(|c| c.start < stop))];
    let place = near.iter().any(|c| c.etype == EntityType::Loc && c.start >= start && c.end <= stop);
    let acronym = (i..end).any(|k| is_acronym(ctx.word(k)));
    // A listed name for the whole run is the gazetteer's, and a listed
    // person or body in it is no part of a name (« l’ONU Ban Ki-moon »).
    let listed = near.iter().any(|c| c.start <= start && c.end >= stop || c.etype != EntityType::Loc);
    if !(place || acronym) || listed {
        return None;
    }
    Some(cand(ctx, i, end, EntityType::Org, "rule:speaking_name", 2))
}

fn info_given(ctx: &Ctx, lx: &Lexicons, i: usize) -> bool {
    ctx.info(i).given_name(lx, ctx.word(i)).is_some()
}

/// `Hikmet Hajiyev, conseiller …`: two or three capitalised words then `, <role>`.
fn apposition(ctx: &Ctx, i: usize) -> Option<Candidate> {
    if i > 0 && ctx.tokens[i - 1].cap && ctx.tokens[i - 1].kind == TokenKind::Word {
        return None;
    }
    let end = surname_end(ctx, i)?;
    if end - i < 2 || ctx.sentence_initial(i) && ctx.info(i).zipf >= 4.0 {
        return None;
    }
    if end + 1 < ctx.tokens.len() && ctx.word(end) == "," {
        let mut k = end + 1;
        // "le/la/l’" may precede the role.
        if ctx.info(k).is(WordClass::Determiner) && k + 1 < ctx.tokens.len() {
            k += 1;
        }
        if ctx.info(k).title == Some(TitleKind::Role) {
            return Some(cand(ctx, i, end, EntityType::Per, "rule:apposition", 2));
        }
    }
    None
}

/// Organisation head noun with complements, a place noun's complement, or
/// an event's name (which hides the place in it).
fn org_head(ctx: &Ctx, lx: &Lexicons, gaz: &[Candidate], i: usize, head: Head) -> Option<Candidate> {
    let n = ctx.tokens.len();
    let head_cap = ctx.tokens[i].cap;
    let kind = head.kind;
    if !head_cap && matches!(head.lower, LowerHead::No | LowerHead::Describes) && kind != HeadKind::Loc {
        return None;
    }
    let mut j = i + 1;
    let mut has_adj = false;
    let mut has_cap_complement = false;
    let mut has_complement = false;
    // Adjectives right after the head: demonyms, or any lower-case content word
    // when the head is capitalised ("Conseil européen", "Parti socialiste").
    while j < n && j - i <= 3 {
        let t = ctx.tokens[j];
        if t.kind != TokenKind::Word || t.cap || t.newline_before {
            break;
        }
        let lower = ctx.lower(j);
        let adjective_like =
            (ctx.info(j).is_demonym() || head_cap && is_plain_adjective(lower)) && !before_agent(ctx, j);
        if !adjective_like {
            break;
        }
        has_adj = true;
        j += 1;
    }
    // A name right after a capitalised head: « Front al-Karama », « Fondation
    // Abbé Pierre » (up to three capitalised words), not a person's
    // (« Commission Jean-Marc Duval »).
    // After its adjectives too: « Centre culturel X », « Laboratoire national X Y ».
    // A site's name too, after a head in lower case: « mont Ventoux ».
    if (head_cap && kind == HeadKind::Org && !ctx.sentence_initial(i) || kind == HeadKind::Site)
        && (j == i + 1 || has_adj)
        && j < n
        && ctx.tokens[j].cap
        && ctx.info(j).given_name(lx, ctx.word(j)).is_none()
    {
        let mut k = j;
        while k < n
            && k - j < 3
            && ctx.tokens[k].kind == TokenKind::Word
            && ctx.tokens[k].cap
            && !ctx.tokens[k].newline_before
            && !ctx.info(k).is_function_word()
            // « Central Bank Chair Dana Whitlow »: a role or a given name
            // starts a person.
            && ctx.info(k).title.is_none()
            && ctx.info(k).given_name(lx, ctx.word(k)).is_none()
        {
            k += 1;
        }
        if k > j {
            has_cap_complement = true;
            j = k;
        }
    }
    // Complements: "de la Défense", "des Affaires étrangères", "de sécurité de l’ONU".
    let mut end = j;
    let mut complements = 0;
    while j < n && complements < 3 {
        let lower = ctx.lower(j);
        let mut k = j;
        if matches!(lower, "de" | "du" | "des" | "d’" | "d'" | "of") {
            k += 1;
            if k < n && matches!(ctx.lower(k), "la" | "l’" | "l'" | "the") {
                k += 1;
            }
        } else {
            break;
        }
        if k >= n || ctx.tokens[k].kind != TokenKind::Word || ctx.tokens[k].newline_before {
            break;
        }
        let t = ctx.tokens[k];
        let lower_k = ctx.lower(k);
        if t.cap {
            if ctx.info(k).is_function_word() {
                break;
            }
            k += 1;
            // Capitalised run plus trailing adjectives: "Affaires étrangères".
            while k < n && ctx.tokens[k].kind == TokenKind::Word && !ctx.tokens[k].newline_before {
                let tk = ctx.tokens[k];
                let lk = ctx.lower(k);
                let name_word = tk.cap && !ctx.info(k).is_function_word();
                let adjective =
                    !tk.cap && (ctx.info(k).is_demonym() || is_plain_adjective(lk)) && !before_agent(ctx, k);
                if name_word || adjective {
                    k += 1;
                } else {
                    break;
                }
            }
            has_cap_complement = true;
        } else if (head_cap && complements == 0 || has_cap_complement && matches!(lower, "d’" | "d'"))
            && kind != HeadKind::Loc
            && !ctx.info(k).is_function_word()
            && !lower_k.ends_with("ait")
            && !infinitive_after(ctx, j, k)
        {
            // "Conseil de sécurité", "Cour de cassation": one lower-case noun,
            // and its adjectives (« Institut du monde arabe »); after a
            // capitalised complement, one elided « d’ » and its noun
            // (« ministère des Situations d’urgence »).
            k += 1;
            while k < n
                && k - j < 6
                && ctx.tokens[k].kind == TokenKind::Word
                && !ctx.tokens[k].cap
                && !ctx.tokens[k].newline_before
                && (ctx.info(k).is_demonym() || is_plain_adjective(ctx.lower(k)))
                && !before_agent(ctx, k)
            {
                k += 1;
            }
        } else {
            break;
        }
        has_complement = true;
        complements += 1;
        end = k;
        j = k;
    }
    if kind == HeadKind::Event {
        // « Tour de France »: only worth a candidate when it hides a name.
        // The type is unused: an event candidate is dropped once resolved.
        return has_cap_complement
            .then(|| Candidate { event: true, ..cand(ctx, i, end, EntityType::Org, "rule:event", 2) });
    }
    if kind == HeadKind::Site {
        // A named site: the head, its adjectives (« désert syrien ») and its
        // complements. In lower case, not when the complement is a listed
        // name (« la place de la France dans le monde »).
        let k = (i + 1..end).find(|&k| ctx.tokens[k].cap);
        let listed = k.is_some_and(|k| {
            let at = ctx.tokens[k].start;
            let g = gaz.partition_point(|c| c.start <= at);
            g > 0 && gaz[g - 1].end > at
        });
        // Nor « à la place de Jean X »: a person's name.
        let person = k.is_some_and(|k| info_given(ctx, lx, k) || ctx.info(k).title.is_some());
        let named = (has_cap_complement && !person) || has_adj && head.lower == LowerHead::Demonym;
        return (named && (head_cap || !listed) && end > i + 1)
            .then(|| cand(ctx, i, end, EntityType::Loc, "rule:site_head", 2));
    }
    if kind == HeadKind::Loc {
        // Place nouns: only the capitalised complement is the place.
        if !has_cap_complement || has_adj {
            return None;
        }
        let mut k = i + 1;
        while k < end && !ctx.tokens[k].cap {
            k += 1;
        }
        return (k < end).then(|| cand(ctx, k, end, EntityType::Loc, "rule:place_head", 1));
    }
    // « le Parlement », « l’Assemblée »: a capitalised head alone after a
    // definite article, inside a sentence, names the institution.
    let alone = head_cap
        && end == i + 1
        && kind == HeadKind::Org
        && head.lower != LowerHead::Describes
        && i > 0
        && matches!(ctx.lower(i - 1), "le" | "la" | "l'" | "l’" | "du" | "au")
        && !ctx.sentence_initial(i - 1)
        && !ctx.sentence_initial(i)
        // Not the complement of another name (« Coupe de la Ligue »), nor
        // before a word that may continue the name (« Armée rouge »).
        && !(i >= 2 && matches!(ctx.lower(i - 2), "de" | "d'" | "d’"))
        && (i + 1 >= n || {
            let next = ctx.tokens[i + 1];
            next.kind == TokenKind::Punct
                || !next.cap && (ctx.info(i + 1).is_function_word() || ctx.info(i + 1).cue.is_some())
        });
    if alone {
        return Some(cand(ctx, i, end, EntityType::Org, "rule:org_head", 1));
    }
    let ok = if head_cap {
        has_adj || has_complement || has_cap_complement
    } else {
        has_cap_complement || head.lower == LowerHead::Demonym && has_adj
    };
    if !ok || end <= i + 1 {
        return None;
    }
    // A capitalised head opening a sentence with only lower-case complements is weak.
    if head_cap && ctx.sentence_initial(i) && !has_cap_complement && !has_adj {
        return None;
    }
    Some(cand(ctx, i, end, EntityType::Org, "rule:org_head", 2))
}

/// « l’opérateur X », « le quotidien économique X », « l’agence de presse
/// X »: after a determiner, a lower-case head that describes the capitalised
/// name after it (`lower` = `describes`); the name alone is the organisation.
/// Between them, adjectives and one « de + noun » (« de presse »).
fn described_org(ctx: &Ctx, lx: &Lexicons, i: usize) -> Option<Candidate> {
    let n = ctx.tokens.len();
    if i == 0 || !(ctx.info(i - 1).is(WordClass::Determiner) || matches!(ctx.lower(i - 1), "du" | "au" | "aux")) {
        return None;
    }
    let plain = |k: usize| {
        let t = ctx.tokens[k];
        t.kind == TokenKind::Word && !t.cap && !t.newline_before && !ctx.info(k).is_function_word()
    };
    let mut j = i + 1;
    let mut of_noun = false;
    while j < n && j - i <= 4 {
        if plain(j) && (ctx.info(j).is_demonym() || is_plain_adjective(ctx.lower(j))) {
            j += 1;
        } else if !of_noun && matches!(ctx.lower(j), "de" | "d’" | "d'") && j + 1 < n && plain(j + 1) {
            of_noun = true;
            j += 2;
        } else {
            break;
        }
    }
    // The name: capitalised words (a capitalised article opens it: « Les
    // Échos »), then numbers (« Canal 3 »); not a person (a title or a listed
    // given name) and not a word that is never a name.
    let name_word = |k: usize| org_name_word(ctx, k);
    let first = j;
    if j + 1 < n && ctx.tokens[j].cap && ctx.info(j).is(WordClass::Determiner) && name_word(j + 1) {
        j += 1;
    }
    // A letter names a pool or a list (« le groupe E »), not a body.
    if j >= n
        || !name_word(j)
        || ctx.word(j).chars().nth(1).is_none()
        || ctx.info(j).given_name(lx, ctx.word(j)).is_some()
    {
        return None;
    }
    // Capitalised words, and « de (la) » before another (« Les Amis de la Terre »).
    loop {
        if j < n && j - first < 6 && name_word(j) {
            j += 1;
            continue;
        }
        let k = after_de(ctx, j);
        if k > j && k < n && j > first && name_word(k) {
            j = k;
            continue;
        }
        break;
    }
    while j < n && j - first < 8 && ctx.tokens[j].kind == TokenKind::Number && !ctx.tokens[j].newline_before {
        j += 1;
    }
    Some(cand(ctx, first, j, EntityType::Org, "rule:described_org", 2))
}

/// A capitalised word that may belong to an organisation's name: not a
/// function word, a title or a word that is never a name.
fn org_name_word(ctx: &Ctx, k: usize) -> bool {
    let t = ctx.tokens[k];
    let info = ctx.info(k);
    t.kind == TokenKind::Word
        && t.cap
        && !t.newline_before
        && !info.is_function_word()
        && info.title.is_none()
        && !info.is(WordClass::NotName)
}

/// The token after « de », « du », « des » or « d’ » at `j` and an article
/// « la » or « l’ » after it; `j` itself if no such word is there.
fn after_de(ctx: &Ctx, j: usize) -> usize {
    let n = ctx.tokens.len();
    if j >= n || !matches!(ctx.lower(j), "de" | "du" | "des" | "d’" | "d'") {
        return j;
    }
    after_article(ctx, j + 1)
}

/// The token after an article « la » or « l’ » at `j`; `j` if there is none.
fn after_article(ctx: &Ctx, j: usize) -> usize {
    if j < ctx.tokens.len() && matches!(ctx.lower(j), "la" | "l’" | "l'") {
        j + 1
    } else {
        j
    }
}

/// "National Weather Service", "Harlan County": capitalised words before a
/// capitalised head (the English order) name an organisation or a place,
/// with the head's complements ("Supreme Court of Verania"). Above the
/// person rules: the head says what the name is ("Harlan" is a given name).
fn name_then_head(ctx: &Ctx, i: usize, head: Head, named: Option<&Candidate>) -> Option<Candidate> {
    let etype = match head.kind {
        HeadKind::Org => EntityType::Org,
        HeadKind::Loc | HeadKind::Site => EntityType::Loc,
        HeadKind::Event => return None,
    };
    let t = ctx.tokens[i];
    if !t.cap || t.newline_before || is_acronym(ctx.word(i)) {
        return None;
    }
    let first_of_sentence = ctx.sentences[ctx.sentence_of[i] as usize].first_token;
    let mut j = i;
    while j > first_of_sentence && i - j < 4 {
        let (p, info) = (ctx.tokens[j - 1], ctx.info(j - 1));
        let name_word = p.kind == TokenKind::Word && p.cap && !info.is_function_word() && info.title.is_none();
        if !name_word || ctx.tokens[j].newline_before {
            break;
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    // `named`: the head's own candidate (`org_head`), with its complements.
    let end = named.filter(|c| etype == EntityType::Org && c.start == t.start).map_or(t.end, |c| c.end);
    Some(Candidate { end, ..cand(ctx, j, i + 1, etype, "rule:name_head", 3) })
}

/// Lower-case adjectives that follow a capitalised complement ("Affaires étrangères").
pub(crate) fn is_plain_adjective(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ère", "ères", "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ique", "iques", "iste", "istes",
        "aire", "aires", "if", "ive", "ives", "ifs", "ien", "ienne", "iennes", "iens", "éen", "éenne", "éens",
        "éennes", "ain", "aine", "ains", "aines", "ais", "aise", "aises", "eur", "eure", "eures", "eurs", "rice", "ée",
        "ées", "é", "és",
    ];
    const WORDS: &[&str] =
        &["uni", "unie", "unis", "unies", "libre", "libres", "suprême", "arabe", "arabes", "islamique"];
    WORDS.contains(&lower) || ENDINGS.iter().any(|e| lower.len() > e.len() + 2 && lower.ends_with(e))
}

/// Token `k` is a participle before its agent (« dirigée par », "led
/// by"): a passive that describes the name, no adjective of it.
fn before_agent(ctx: &Ctx, k: usize) -> bool {
    k + 1 < ctx.tokens.len() && matches!(ctx.lower(k + 1), "par" | "by")
}

/// `à`, `en`, `au`, `aux`, `in` directly before token `i + 1`.
pub(crate) fn is_place_cue(ctx: &Ctx, i: usize) -> bool {
    ctx.tokens[i].kind == TokenKind::Word && matches!(ctx.word(i), "à" | "en" | "au" | "aux" | "À" | "in")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_two_to_six_capitals_not_roman_numerals() {
        let definition = |w: &str| {
            let n = w.chars().count();
            (2..=6).contains(&n)
                && w.chars().all(char::is_uppercase)
                && !w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        };
        for w in ["OSCE", "PS", "A", "", "XIV", "ONUDI", "ABCDEF", "ABCDEFG", "Otan", "ÉÉ", "UE2", "É", "İSTANBUL"]
        {
            assert_eq!(is_acronym(w), definition(w), "{w}");
        }
    }
}
