//! In-document linking: mentions become entities, and later short forms of a
//! person (`Bono` after `Louis Bono`, `von der Leyen` after `Ursula von der
//! Leyen`) and defined abbreviations (`FFN` after `Fédération française de
//! natation (FFN)`) become mentions of the same entity (`source = alias`).

use super::acronyms::Definition;
use super::{slug_id, Candidate, Ctx, Entity, EntityTable, EntityType, Mention, Source};
use crate::fxhash::FxHashMap as HashMap;
use crate::gazetteer::Gazetteer;
use crate::lexicon::WordClass;
use crate::vocab::Vocabulary;
use std::borrow::Cow;

/// Turn resolved candidates into entities and mentions, adding surname
/// aliases and the mentions of `definitions`' short forms.
pub(crate) fn link<'g>(
    ctx: &Ctx,
    gaz: &'g Gazetteer,
    chosen: Vec<Candidate>,
    definitions: &[Definition],
) -> (Vec<Entity<'g>>, Vec<Mention>) {
    // Sized for the candidates: the maps of a document do not rehash.
    let mut table = EntityTable::with_capacity(chosen.len());
    let mut mentions: Vec<Mention> = Vec::with_capacity(chosen.len());
    // Surname form → entity, from multi-word person mentions.
    let mut surnames: HashMap<String, usize> = HashMap::with_capacity_and_hasher(chosen.len(), Default::default());
    // Person surfaces whose short forms are in `surnames` already.
    let mut expanded: crate::fxhash::FxHashSet<Cow<str>> = Default::default();

    // Full names first, so that a lone surname found by a rule joins them.
    let words: Vec<usize> = chosen.iter().map(|c| word_count(&ctx.text[c.start..c.end])).collect();
    let mut order: Vec<usize> = (0..chosen.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(words[k]));
    let mut assigned = vec![usize::MAX; chosen.len()];
    let mut sources: Vec<Source> = chosen.iter().map(|c| c.source).collect();
    // Defined short form → the entity of its long form. A long form has more
    // words than its short form, so it is linked first.
    let mut short_forms: HashMap<&str, usize> = HashMap::default();
    for k in order {
        let c = &chosen[k];
        if c.entry.is_none() && !short_forms.is_empty() {
            if let Some(&e) = short_forms.get(&ctx.text[c.start..c.end]) {
                assigned[k] = e;
                sources[k] = Source::Alias;
                continue;
            }
        }
        // The surface names a rule-found entity and gives a person's short
        // forms; a listed place or organisation does not need it.
        let surface = if c.entry.is_none() || c.etype == EntityType::Per {
            normalise_space(&ctx.text[c.start..c.end])
        } else {
            Cow::Borrowed("")
        };
        // A listed place of one word that is the surname of a person of the
        // document is that person (« Hopkins » after « Ed Hopkins »), but
        // not where a preposition makes it a place (« à Hopkins »).
        if c.entry.is_some() && c.etype == EntityType::Loc && words[k] == 1 && !surnames.is_empty() {
            if let Some(&i) = surnames.get(&ctx.text[c.start..c.end]) {
                let first = ctx.tokens.partition_point(|t| t.start < c.start);
                let place_cue = first > 0 && super::rules::is_place_cue(ctx, first - 1);
                if table.entities[i].etype == EntityType::Per && !place_cue {
                    assigned[k] = i;
                    sources[k] = Source::Alias;
                    continue;
                }
            }
        }
        let ent = match c.entry {
            Some(e) => {
                let e = gaz.entry(e);
                table.intern(Cow::Borrowed(&e.id), |id| Entity {
                    id,
                    name: Cow::Borrowed(&e.name),
                    etype: e.etype,
                    kb_id: Cow::Borrowed(&e.kb_id),
                })
            }
            None => {
                if c.etype == EntityType::Per {
                    if let Some(&i) = surnames.get(surface.as_ref()) {
                        assigned[k] = i;
                        continue;
                    }
                }
                table.intern(Cow::Owned(slug_id(c.etype, &surface)), |id| Entity {
                    id,
                    name: Cow::Owned(surface.to_string()),
                    etype: c.etype,
                    kb_id: Cow::Borrowed(""),
                })
            }
        };
        assigned[k] = ent;
        // A body a rule found after its description (« l’opérateur X ») is
        // named alone elsewhere (« X a annoncé »); a frequent word is not.
        if matches!(c.source, Source::Rule("rule:described_org"))
            && (surface.contains(' ') || ctx.vocabulary.lookup(&surface.to_lowercase()).zipf < 4.0)
        {
            surnames.entry(surface.to_string()).or_insert(ent);
        }
        for d in definitions.iter().filter(|d| d.long == (c.start, c.end)) {
            short_forms.entry(d.short.as_str()).or_insert(ent);
            // Its mentions no rule found are found with the surnames.
            surnames.entry(d.short.clone()).or_insert(ent);
        }
        // The short forms depend on the surface alone, and the first entity
        // to claim a form keeps it: a surface seen before adds nothing.
        if c.etype == EntityType::Per
            && table.entities[ent].etype == EntityType::Per
            && !expanded.contains(surface.as_ref())
        {
            // The name itself, where it recurs and no rule finds it (« Jo
            // Cox » after « la députée Jo Cox »: « Jo » is no listed given
            // name), and a name of one word (« François » after « le pape »,
            // « Dupont » after « M. »). A listed name of more words is found
            // wherever it recurs. A frequent word (« Bien ») is not used alone.
            let whole = if surface.contains(' ') {
                c.entry.is_none()
            } else {
                ctx.vocabulary.lookup(&surface.to_lowercase()).zipf < 4.0
            };
            if whole && surface.starts_with(char::is_uppercase) {
                surnames.entry(surface.to_string()).or_insert(ent);
            }
            for form in surname_forms(&surface, ctx.vocabulary) {
                surnames.entry(form).or_insert(ent);
            }
            expanded.insert(surface);
        }
    }
    for (k, c) in chosen.iter().enumerate() {
        mentions.push(Mention { start: c.start, end: c.end, entity: assigned[k], source: sources[k] });
    }

    // Lone surnames and defined short forms elsewhere in the document.
    if !surnames.is_empty() {
        let longest = surnames.keys().map(|s| word_count(s)).max().unwrap_or(1);
        // First words of the forms: most tokens are rejected without building a string.
        let firsts: crate::fxhash::FxHashSet<&str> = surnames.keys().filter_map(|s| s.split(' ').next()).collect();
        // Their first bytes, one bit each (low six bits): most tokens fail
        // this before being hashed.
        let first_bytes = firsts.iter().filter_map(|w| w.as_bytes().first()).fold(0u64, |m, &b| m | 1 << (b & 63));
        let may_be_first = |w: &str| w.as_bytes().first().is_some_and(|&b| first_bytes >> (b & 63) & 1 != 0);
        let mut extra = Vec::new();
        let mut m = 0; // cursor into mentions (sorted by start)
        let n = ctx.tokens.len();
        // A form starts with a capitalised word or a particle (see
        // `surname_forms`), which `ctx.name_tokens` holds, among others.
        // `i` is the first token a form may still start at.
        let mut i = 0;
        for &k in &ctx.name_tokens {
            if (k as usize) < i {
                continue;
            }
            i = k as usize;
            let t = ctx.tokens[i];
            if !(t.cap || ctx.info(i).is(WordClass::Particle)) {
                continue;
            }
            while m < mentions.len() && mentions[m].end <= t.start {
                m += 1;
            }
            let covered = m < mentions.len() && mentions[m].start <= t.start;
            if covered || !may_be_first(ctx.word(i)) || !firsts.contains(ctx.word(i)) {
                i += 1;
                continue;
            }
            let mut hit = None;
            for len in (1..=longest.min(n - i)).rev() {
                let end = ctx.tokens[i + len - 1].end;
                if m < mentions.len() && mentions[m].start < end {
                    continue;
                }
                let raw = &ctx.text[t.start..end];
                let form = normalise_space(raw);
                if let Some(&e) = surnames.get(form.as_ref()) {
                    hit = Some((len, end, e));
                    break;
                }
            }
            match hit {
                Some((len, end, e)) => {
                    extra.push(Mention { start: t.start, end, entity: e, source: Source::Alias });
                    i += len;
                }
                None => i += 1,
            }
        }
        mentions.extend(extra);
        mentions.sort_by_key(|m| m.start);
    }

    (table.entities, mentions)
}

/// `Ursula von der Leyen` → `von der Leyen`, `Leyen`; `Jean-Yves Le Drian` →
/// `Le Drian`, `Drian`. A short form must be capitalised or a particle phrase.
fn surname_forms(full: &str, vocabulary: &Vocabulary) -> Vec<String> {
    let words: Vec<&str> = full.split(' ').collect();
    let mut out = Vec::new();
    for k in 1..words.len() {
        let tail = words[k..].join(" ");
        let first = words[k];
        let is_particle = vocabulary.lookup(&first.to_lowercase()).is(WordClass::Particle);
        if is_particle && first.chars().next().is_some_and(char::is_lowercase) && k + 1 < words.len() {
            out.push(tail);
            continue;
        }
        if first.chars().next().is_some_and(char::is_uppercase) && (k == words.len() - 1 || k == 1 || is_particle) {
            out.push(tail);
        }
    }
    // « al-Joulani » in « Abou Mohammed al-Joulani »: a last word that opens
    // with a particle and a hyphen.
    if let Some(last) = words.last().filter(|w| words.len() > 1 && w.starts_with(char::is_lowercase)) {
        let prefix = last.split('-').next().unwrap_or("");
        if prefix.len() < last.len() && vocabulary.lookup(prefix).is(WordClass::Particle) {
            out.push(last.to_string());
        }
    }
    // A surname is capitalised at a sentence start: « Al-Joulani a dit »,
    // « Von der Leyen a dit ».
    for k in 0..out.len() {
        let f = &out[k];
        if f.starts_with(char::is_lowercase) {
            let mut c = f.chars();
            let upper: String = c.next().into_iter().flat_map(char::to_uppercase).chain(c).collect();
            out.push(upper);
        }
    }
    // A surname that is a frequent common word ("Michel"? no; "Bien") is not used alone.
    out.retain(|f| f.contains(' ') || vocabulary.lookup(&f.to_lowercase()).zipf < 4.0);
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Collapse runs of white space (a name broken over a line) to one space;
/// borrowed when there is nothing to collapse (the usual case).
fn normalise_space(s: &str) -> Cow<'_, str> {
    let mut prev_space = true; // a leading space is not plain
    let mut plain = true;
    for c in s.chars() {
        let space = c.is_whitespace();
        if space && (c != ' ' || prev_space) {
            plain = false;
            break;
        }
        prev_space = space;
    }
    if plain && !prev_space {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (k, w) in s.split_whitespace().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    Cow::Owned(out)
}
