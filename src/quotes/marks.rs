//! Quotation spans: pairs of quote marks, nested quotes, quotes running over
//! paragraphs, and unbalanced marks that must not swallow the article.
//!
//! Marks: « », “ ”, „ “, ‹ ›, straight "…" (opening when preceded by space or
//! an opening bracket), and ‘ ’ only inside another quote (’ is an apostrophe).
//! A quote left open at the end of a paragraph continues when the next
//! paragraph opens with « or » (French convention); otherwise the opening
//! mark is dropped, or — when the quote holds a closed inner quote whose
//! closing mark is the last of the paragraph — the two are merged (a stray
//! inner « that the writer never closed).

use crate::bytescan::{byte_mask, word_at};

/// One quotation: byte offsets of the marks and of the trimmed content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark.
    pub close: usize,
    /// Content without marks, surrounding space or trailing `.,;:`.
    pub start: usize,
    pub end: usize,
    /// Nesting depth: 0 for outermost quotes.
    pub depth: u8,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Guillemet,
    Curly,
    Low,
    Single,
    Angle,
    Straight,
}

struct Open {
    family: Family,
    at: usize,
    mark_len: usize,
}

/// The most nested quotes kept open at once (deeper marks are ignored).
const MAX_DEPTH: usize = 8;

/// Bytes that can start a newline or a quote mark: `"`, `\n`, and the lead
/// bytes 0xC2 (« ») and 0xE2 (“ ” „ ‹ › ‘ ’), never found mid-character.
static INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// Marks on the [`INTERESTING`] bytes of `word` (see [`byte_mask`]: the
/// lowest is exact).
#[inline]
fn interesting_mask(word: u64) -> u64 {
    byte_mask(word, b'"') | byte_mask(word, b'\n') | byte_mask(word, 0xC2) | byte_mask(word, 0xE2)
}

/// Find quotation spans in `text[from..to]`, outermost and nested, sorted by start.
///
/// ```
/// use whosaid::quotes::marks::find_quotes;
/// let t = "Il a dit : « C’est “ainsi” ». Puis » rien.";
/// let q = find_quotes(t, 0, t.len());
/// assert_eq!(&t[q[0].start..q[0].end], "C’est “ainsi”");
/// assert_eq!(&t[q[1].start..q[1].end], "ainsi");
/// assert_eq!(q.len(), 2);
/// ```
pub fn find_quotes(text: &str, from: usize, to: usize) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Spans closed in the current paragraph, for merging stray openers.
    let mut para_first_out = out.len();
    let bytes = text.as_bytes();
    let mut at = from;
    // End of the current run of white space, so that a flood of blank lines is
    // scanned once, not once per newline.
    let mut ws_end = 0usize;
    while at < to {
        // Only newlines and quote marks matter: skip other bytes without
        // decoding (0xC2 and 0xE2 lead « » and “ ” „ ‹ › ‘ ’; never mid-character).
        if !INTERESTING[bytes[at] as usize] {
            at += 1;
            // Eight bytes at a time to the next interesting byte; byte by
            // byte in the last seven.
            while let Some(word) = word_at(&bytes[..to], at) {
                let marks = interesting_mask(word);
                if marks != 0 {
                    at += (marks.trailing_zeros() / 8) as usize;
                    break;
                }
                at += 8;
            }
            while at < to && !INTERESTING[bytes[at] as usize] {
                at += 1;
            }
            continue;
        }
        let Some(c) = text[at..to].chars().next() else { break };
        let len = c.len_utf8();
        if c == '\n' {
            // End of paragraph: continue a quote if the next paragraph reopens.
            if ws_end <= at {
                ws_end = at + (text[at..to].len() - text[at..to].trim_start().len());
            }
            let rest = &text[ws_end..to];
            let reopens = rest.starts_with('«') || rest.starts_with('»') || rest.starts_with('“');
            if !stack.is_empty() && !reopens {
                settle_paragraph(text, &mut stack, &mut out, para_first_out);
            }
            para_first_out = out.len();
            if !stack.is_empty() && reopens {
                // Skip the reopening mark: it is not a new quote.
                let skip = at + (text[at..to].len() - rest.len());
                at = skip + rest.chars().next().map_or(1, char::len_utf8);
            } else {
                at += 1;
            }
            continue;
        }
        let top = stack.last().map(|o| o.family);
        let next = text[at + len..to].chars().next();
        match c {
            '«' => push(&mut stack, Family::Guillemet, at, len),
            '»' => close(&mut stack, &mut out, Family::Guillemet, at, len, text),
            '“' => {
                if top == Some(Family::Low) {
                    close(&mut stack, &mut out, Family::Low, at, len, text)
                } else if top == Some(Family::Curly) && !next.is_some_and(|n| n.is_alphanumeric()) {
                    // “…“ used as a closer by some sites.
                    close(&mut stack, &mut out, Family::Curly, at, len, text)
                } else {
                    push(&mut stack, Family::Curly, at, len)
                }
            }
            '”' => close(&mut stack, &mut out, Family::Curly, at, len, text),
            '„' => push(&mut stack, Family::Low, at, len),
            '‹' => push(&mut stack, Family::Angle, at, len),
            '›' => close(&mut stack, &mut out, Family::Angle, at, len, text),
            '‘' if !stack.is_empty() => push(&mut stack, Family::Single, at, len),
            '’' if top == Some(Family::Single) && !next.is_some_and(|n| n.is_alphanumeric()) => {
                close(&mut stack, &mut out, Family::Single, at, len, text)
            }
            '"' => {
                let prev = text[from..at].chars().next_back().unwrap_or('\n');
                let opening = prev.is_whitespace() || matches!(prev, '(' | '[' | '«' | '“' | '—' | '–' | ':' | '\'');
                let is_open = stack.iter().any(|o| o.family == Family::Straight);
                if is_open && !(opening && next.is_some_and(|n| !n.is_whitespace()) && top != Some(Family::Straight)) {
                    close(&mut stack, &mut out, Family::Straight, at, len, text)
                } else if opening || at == from {
                    push(&mut stack, Family::Straight, at, len)
                }
            }
            _ => {}
        }
        at += len;
    }
    settle_paragraph(text, &mut stack, &mut out, para_first_out);
    out.sort_by_key(|q| (q.open, std::cmp::Reverse(q.close)));
    // Depth from containment.
    let mut ends: Vec<usize> = Vec::new();
    for q in &mut out {
        while ends.last().is_some_and(|&e| e <= q.open) {
            ends.pop();
        }
        q.depth = ends.len().min(255) as u8;
        ends.push(q.close);
    }
    out
}

fn push(stack: &mut Vec<Open>, family: Family, at: usize, mark_len: usize) {
    if stack.len() < MAX_DEPTH {
        stack.push(Open { family, at, mark_len });
    }
}

/// Close the innermost open quote of `family`; inner quotes of other families
/// left open are dropped (unbalanced).
fn close(stack: &mut Vec<Open>, out: &mut Vec<QuoteSpan>, family: Family, at: usize, len: usize, text: &str) {
    let Some(pos) = stack.iter().rposition(|o| o.family == family) else {
        return;
    };
    let o = &stack[pos];
    if let Some(span) = make_span(text, o.at, o.at + o.mark_len, at, at + len) {
        out.push(span);
    }
    stack.truncate(pos);
}

/// Quotes still open at a paragraph end: merge with a closed inner quote that
/// ends the paragraph's last closed span, else drop.
fn settle_paragraph(text: &str, stack: &mut Vec<Open>, out: &mut Vec<QuoteSpan>, para_first_out: usize) {
    while let Some(o) = stack.pop() {
        if stack.is_empty() {
            // Outermost opener: adopt the closing mark of the last closed quote
            // inside it, and drop that inner span.
            let inner = (para_first_out..out.len()).filter(|&k| out[k].open > o.at).max_by_key(|&k| out[k].close);
            if let Some(k) = inner {
                let last = out[k];
                let is_last_close = out[para_first_out..].iter().all(|q| q.close <= last.close);
                if is_last_close {
                    let content_end = last.end;
                    out.remove(k);
                    let from = o.at + o.mark_len;
                    let inner = &text[from..content_end];
                    let lead = inner.len() - inner.trim_start_matches(TRIM).len();
                    out.push(QuoteSpan {
                        open: o.at,
                        close: last.close,
                        start: from + lead,
                        end: content_end,
                        depth: 0,
                    });
                }
            }
        }
    }
}

const TRIM: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}', '\t', '\n', '\r'];

fn make_span(text: &str, open: usize, content_start: usize, content_end: usize, close: usize) -> Option<QuoteSpan> {
    let inner = &text[content_start..content_end];
    let lead = inner.len() - inner.trim_start_matches(TRIM).len();
    let trimmed = inner.trim_start_matches(TRIM).trim_end_matches(TRIM);
    let trimmed = trimmed.trim_end_matches(['.', ',', ';', ':']).trim_end_matches(TRIM);
    if trimmed.is_empty() {
        return None;
    }
    let start = content_start + lead;
    Some(QuoteSpan { open, close, start, end: start + trimmed.len(), depth: 0 })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(t: &str) -> Vec<&str> {
        find_quotes(t, 0, t.len()).iter().map(|q| &t[q.start..q.end]).collect()
    }

    #[test]
    fn guillemets_with_nbsp_and_trailing_period() {
        assert_eq!(contents("Il a dit\u{a0}: «\u{a0}Nous partons.\u{a0}»"), ["Nous partons"]);
    }

    #[test]
    fn stray_closer_is_ignored() {
        assert_eq!(contents("Texte » puis « vrai » fin."), ["vrai"]);
    }

    #[test]
    fn unclosed_opener_does_not_swallow() {
        assert_eq!(contents("Il dit « rien\nParagraphe suivant « ok »."), ["ok"]);
    }

    #[test]
    fn multi_paragraph_quote() {
        let t = "« Premier paragraphe.\n« Second paragraphe. »";
        assert_eq!(contents(t), ["Premier paragraphe.\n« Second paragraphe"]);
    }

    #[test]
    fn straight_and_english_quotes() {
        assert_eq!(contents("He said \"we go,\" and “they stay.”"), ["we go", "they stay"]);
    }

    #[test]
    fn stray_inner_opener_merges() {
        let t = "« En tant que « Les mesures sont neutralisées », a déclaré X.";
        assert_eq!(contents(t), ["En tant que « Les mesures sont neutralisées"]);
    }

    #[test]
    fn low_quotes_and_single_inside_double() {
        assert_eq!(contents("„Ja“ and “a ‘b’ c” l’été"), ["Ja", "a ‘b’ c", "b"]);
    }
}
