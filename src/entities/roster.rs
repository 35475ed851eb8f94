//! Team sheets: a block of lines that each hold one name and, most of them,
//! a statistic in brackets, as match reports list the players:
//!
//! ```text
//! Dupuis (7 arrêts)
//! Karabatic L. (4/4)
//! Ruiz Sanchez (1/6)
//! Morency
//! ```
//!
//! Each name is a person (`rule:roster`), though most are surnames alone
//! that no list holds and many are also common words or towns. The block,
//! not the line, is the evidence: at least four such lines, half of them
//! with a number in brackets, and few names a list types as a place or an
//! organisation (a league table lists clubs).

use super::{Candidate, Ctx, EntityType, Source};
use crate::segment::TokenKind;

/// Fewest lines a block needs.
const MIN_LINES: usize = 4;

/// Longest line of a team sheet, in bytes (a name and its figures).
const MAX_LINE_BYTES: usize = 80;

/// One line of a block: the name's tokens `[first, end)` and whether a
/// bracketed number follows it.
struct Line {
    first: usize,
    end: usize,
    stats: bool,
}

/// Add a person candidate for every name of every team sheet in the
/// document. `gaz` are the gazetteer's candidates, sorted by start.
pub(crate) fn propose(ctx: &Ctx, gaz: &[Candidate], out: &mut Vec<Candidate>) {
    let Some(first) = ctx.tokens.first() else { return };
    let bytes = &ctx.text.as_bytes()[first.start..];
    let mut block: Vec<Line> = Vec::new();
    let mut next_line = usize::MAX;
    // Lines start after the newlines, which are few, and a team sheet's
    // are short: find them in the bytes, and look up the tokens of short
    // lines only.
    let mut line_start = Some(0);
    let mut newlines = memchr::memchr_iter(b'\n', bytes);
    let mut last = usize::MAX;
    while let Some(from) = line_start {
        let to = newlines.next();
        line_start = to.map(|t| t + 1);
        if to.unwrap_or(bytes.len()) - from > MAX_LINE_BYTES {
            continue;
        }
        let k = ctx.tokens.partition_point(|t| t.start < first.start + from);
        if k >= ctx.tokens.len() {
            break;
        }
        // A blank line leads to the next line's first token: parse it once.
        if k == last {
            continue;
        }
        last = k;
        let Some((line, line_end)) = parse_line(ctx, k) else { continue };
        // A line that is not right after the block's last one ends the block.
        if k != next_line {
            flush(ctx, gaz, &mut block, out);
        }
        block.push(line);
        next_line = line_end;
    }
    flush(ctx, gaz, &mut block, out);
}

/// The line starting at token `i`, if it is a name and an optional
/// bracket, and the token after the line. Most lines are prose: the walk
/// gives up at their first word that is no name word, not at their end.
fn parse_line(ctx: &Ctx, i: usize) -> Option<(Line, usize)> {
    let n = ctx.tokens.len();
    let ends_line = |j: usize| j >= n || j > i && ctx.tokens[j].newline_before;
    if ctx.tokens[i].kind != TokenKind::Word {
        return None;
    }
    let mut j = i;
    let mut words = 0;
    while !ends_line(j) && ctx.tokens[j].kind == TokenKind::Word {
        let t = ctx.tokens[j];
        // « M’Tima »: a word glued to the one before it is the same name word.
        let glued = j > i && ctx.tokens[j - 1].end == t.start;
        // « M’ » before it is a prefix of the name, not the pronoun.
        let prefix = j + 1 < n && ctx.tokens[j + 1].start == t.end && ctx.word(j).ends_with(['\'', '’']);
        if !glued {
            words += 1;
            if words > 3 || !t.cap || !(prefix || name_word(ctx, j)) {
                return None;
            }
        }
        j += 1;
        // « Karabatic L. »: an initial keeps its full stop.
        if !ends_line(j) && ctx.word(j) == "." && ctx.word(j - 1).chars().count() == 1 {
            j += 1;
        }
    }
    let name_end = j;
    if ends_line(j) {
        return Some((Line { first: i, end: name_end, stats: false }, j));
    }
    // Only a bracket closing the line may follow, holding a number and no
    // other bracket: « (8/9 dont 4 pen) ».
    if ctx.word(j) != "(" {
        return None;
    }
    let mut number = false;
    j += 1;
    while !ends_line(j) && j - name_end <= 12 {
        match ctx.word(j) {
            ")" => {
                return (number && ends_line(j + 1)).then_some((Line { first: i, end: name_end, stats: true }, j + 1));
            }
            "(" => return None,
            _ => number |= ctx.tokens[j].kind == TokenKind::Number,
        }
        j += 1;
    }
    None
}

/// A word that may be part of a player's name: no function word, title,
/// organisation or place head, and no acronym (a club: « PSG (3) »).
fn name_word(ctx: &Ctx, j: usize) -> bool {
    let info = ctx.info(j);
    let w = ctx.word(j);
    let acronym = w.chars().count() >= 2 && w.chars().all(|c| !c.is_lowercase());
    !info.is_function_word() && info.title.is_none() && info.head.is_none() && !acronym
}

/// Emit the block's names if the block is a team sheet; empty it.
fn flush(ctx: &Ctx, gaz: &[Candidate], block: &mut Vec<Line>, out: &mut Vec<Candidate>) {
    let lines = std::mem::take(block);
    if lines.len() < MIN_LINES || lines.iter().filter(|l| l.stats).count() * 2 < lines.len() {
        return;
    }
    let listed = |l: &Line| {
        let (start, end) = (ctx.tokens[l.first].start, ctx.tokens[l.end - 1].end);
        let g = gaz.partition_point(|c| c.start < start);
        gaz.get(g).filter(|c| c.start == start && c.end == end).map(|c| c.etype)
    };
    // A list of places or bodies (a league table, election results by town)
    // holds more than a few listed ones.
    let elsewhere = lines.iter().filter(|l| matches!(listed(l), Some(EntityType::Loc | EntityType::Org))).count();
    if elsewhere * 4 > lines.len() {
        return;
    }
    for l in &lines {
        // A listed person keeps its entry; a town's name on a team sheet
        // is a player's, so the rule outranks the list there.
        let priority = match listed(l) {
            Some(EntityType::Per) => continue,
            Some(_) => 4,
            None => 2,
        };
        out.push(Candidate {
            start: ctx.tokens[l.first].start,
            end: ctx.tokens[l.end - 1].end,
            etype: EntityType::Per,
            entry: None,
            source: Source::Rule("rule:roster"),
            priority,
            event: false,
        });
    }
}
