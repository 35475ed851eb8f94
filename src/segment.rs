//! Segmentation: words and punctuation tokens, then sentences.
//!
//! Tokens keep byte offsets into the document text. French elision is split
//! off (`l’OSCE` → `l’` + `OSCE`); hyphenated words stay whole (`Haut-Karabakh`,
//! `a-t-il`). Sentences never end inside a quotation, so a multi-sentence quote
//! stays in the sentence that introduces or attributes it.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// A token: byte span and a few cheap features.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// First character is upper case.
    pub cap: bool,
    /// Paragraph break (a newline) lies between the previous token and this one.
    pub newline_before: bool,
    /// A word joined over an apostrophe or a non-ASCII hyphen (« O'Brien »,
    /// « aujourd’hui »): a name may start inside it, after the joiner.
    pub joined: bool,
    /// A word joined over an ASCII hyphen (« Haut-Karabakh », « a-t-il »).
    pub hyphenated: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Elided prefixes, split off with their apostrophe.
const ELISIONS: &[&str] =
    &["l", "d", "qu", "s", "n", "j", "m", "c", "t", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

/// Whether `word` is an elided prefix (« l », « qu », any case), which the
/// tokenizer keeps in one token with its apostrophe (« l’ »).
pub fn is_elision(word: &str) -> bool {
    ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e))
}

/// « al-Karama », « el-Amir », « ez-Zahra »: a name after a lower-case Arabic
/// article reads as capitalised.
fn particle_name(w: &[u8]) -> bool {
    let after = match w {
        [b'a' | b'e', b'l' | b'd' | b's' | b'z' | b't' | b'n' | b'r', b'-', rest @ ..] => rest,
        [b'a' | b'e', b's' | b'c', b'h', b'-', rest @ ..] => rest,
        _ => return false,
    };
    match after.first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => std::str::from_utf8(after).ok().and_then(|s| s.chars().next()).is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Is `c` an apostrophe (typographic or straight)?
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

pub(crate) fn is_word_char(c: char) -> bool {
    match c as u32 {
        // Latin-1 and Latin Extended-A/B letters (é, ç, ğ, ș…) are the common
        // case in French and English news: all are letters except × and ÷.
        0xC0..=0x24F => c != '×' && c != '÷',
        // Latin-1 symbols (« » ° §…): only ª ² ³ µ ¹ º ¼ ½ ¾ are letters or digits.
        0x80..=0xBF => LATIN1_WORD >> (c as u32 - 0x80) & 1 != 0,
        // General punctuation (’ “ ” – — … •): none is.
        0x2000..=0x206F => false,
        _ => c.is_alphanumeric(),
    }
}

/// The letters and digits of U+0080–U+00BF, one bit each from U+0080.
const LATIN1_WORD: u64 = 1 << (0xAA - 0x80)
    | 1 << (0xB2 - 0x80)
    | 1 << (0xB3 - 0x80)
    | 1 << (0xB5 - 0x80)
    | 1 << (0xB9 - 0x80)
    | 1 << (0xBA - 0x80)
    | 1 << (0xBC - 0x80)
    | 1 << (0xBD - 0x80)
    | 1 << (0xBE - 0x80);

use crate::bytescan::{word_at, HIGHS, ONES};

/// Byte classes for the ASCII fast path of [`tokenize`].
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const ALNUM: u8 = 3;
const PUNCT: u8 = 4;
/// Non-ASCII lead byte: decode the character.
const WIDE: u8 = 0;

const fn byte_classes() -> [u8; 256] {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\n' => NEWLINE,
            b'\t' | 0x0B | 0x0C | b'\r' | b' ' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => ALNUM,
            _ => PUNCT,
        };
        b += 1;
    }
    t
}
static CLASS: [u8; 256] = byte_classes();

/// The character at byte `i` of `s` (a char boundary) and its length.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
    (c, c.len_utf8())
}

/// Whether the two bytes `lead`, `next` of valid UTF-8 encode a letter of
/// U+00C0–U+027F (Latin-1 letters, Latin Extended-A and B, IPA), which are
/// all letters but × (C3 97) and ÷ (C3 B7).
#[inline]
fn latin_letter(lead: u8, next: Option<u8>) -> bool {
    (0xC3..=0xC9).contains(&lead) && !(lead == 0xC3 && matches!(next, Some(0x97 | 0xB7)))
}

/// The end of the run of ASCII letters and digits from `bytes[end]`, before `to`.
#[inline]
fn alnum_run_end(bytes: &[u8], mut end: usize, to: usize) -> usize {
    while let Some(w) = word_at(&bytes[..to], end) {
        let others = !alnum_bytes(w) & HIGHS;
        if others != 0 {
            return end + (others.trailing_zeros() / 8) as usize;
        }
        end += 8;
    }
    while end < to && CLASS[bytes[end] as usize] == ALNUM {
        end += 1;
    }
    end
}

/// The high bit of each byte of `w` that is an ASCII letter or digit.
///
/// On seven-bit values, `x + (0x80 - lo)` has its high bit set exactly when
/// `x >= lo`, and no byte carries into the next; bytes with the high bit
/// set (UTF-8) are cleared at the end.
#[inline]
fn alnum_bytes(w: u64) -> u64 {
    let x = w & !HIGHS;
    let at_least = |x: u64, lo: u8| x + ONES * (0x80 - lo as u64);
    let at_most = |x: u64, hi: u8| !(x + ONES * (0x7F - hi as u64));
    let digit = at_least(x, b'0') & at_most(x, b'9');
    let folded = x | (ONES * 0x20);
    let letter = at_least(folded, b'a') & at_most(folded, b'z');
    (digit | letter) & !w & HIGHS
}

/// Is the character starting at byte `i` of `s` (`i < s.len()`) a word character?
#[inline]
fn word_char_at(s: &str, i: usize) -> bool {
    match CLASS[s.as_bytes()[i] as usize] {
        ALNUM => true,
        WIDE => is_word_char(char_at(s, i).0),
        _ => false,
    }
}

/// Split `text[from..to]` into tokens.
///
/// Bytes are classified through a table; only non-ASCII characters are
/// decoded, so plain ASCII runs cost a table lookup per byte.
///
/// ```
/// use whosaid::segment::{tokenize, TokenKind};
/// let t = "l’OSCE a-t-il dit : 12";
/// let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
/// assert_eq!(toks, ["l’", "OSCE", "a-t-il", "dit", ":", "12"]);
/// ```
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity((to - from) / 5 + 1);
    let s = &text[..to];
    let bytes = s.as_bytes();
    let mut newline = false;
    let mut i = from;
    while i < to {
        let class = CLASS[bytes[i] as usize];
        let (c, len) = match class {
            SPACE => {
                i += 1;
                continue;
            }
            NEWLINE => {
                newline = true;
                i += 1;
                continue;
            }
            ALNUM | PUNCT => (bytes[i] as char, 1),
            _ => {
                let (c, len) = char_at(s, i);
                if c.is_whitespace() {
                    newline |= c == '\u{2029}';
                    i += len;
                    continue;
                }
                (c, len)
            }
        };
        let start = i;
        if class == ALNUM || class == WIDE && is_word_char(c) {
            let mut end = start + len;
            let mut joined = false;
            let mut hyphenated = false;
            loop {
                // ASCII letters and digits: the common case, eight at a time.
                end = alnum_run_end(bytes, end, to);
                if end >= to {
                    break;
                }
                let b = bytes[end];
                let (d, dlen) = match CLASS[b as usize] {
                    PUNCT => (b as char, 1),
                    // Latin letters with diacritics (é, ç, ğ, ș…) are word
                    // characters: no decoding.
                    WIDE if latin_letter(b, bytes.get(end + 1).copied()) => {
                        end += 2;
                        continue;
                    }
                    WIDE => char_at(s, end),
                    _ => break,
                };
                if is_word_char(d) {
                    end += dlen;
                    continue;
                }
                // A joiner (hyphen or apostrophe) followed by a word character.
                if d == '-' || d == '‑' || is_apostrophe(d) {
                    let after = end + dlen;
                    if after >= to || !word_char_at(s, after) {
                        // « l' institut »: a stray space after an elided
                        // article; the apostrophe still belongs to it.
                        // ... and before a quotation (« qu’« il est parti » »,
                        // « qu' « il est parti » »).
                        let opens_quote =
                            |at: usize| at < to && matches!(char_at(s, at).0, '«' | '“' | '"' | '‹' | '„');
                        let stray_space = after + 1 < to
                            && bytes[after] == b' '
                            && (word_char_at(s, after + 1) || opens_quote(after + 1));
                        let quotation = opens_quote(after);
                        if is_apostrophe(d) && (stray_space || quotation) && is_elision(&s[start..end]) {
                            end = after;
                        }
                        break;
                    }
                    if is_apostrophe(d) {
                        // English possessive: « Putin’s » → « Putin » + « ’ » + « s ».
                        if bytes[after] == b's' && (after + 1 >= to || !word_char_at(s, after + 1)) {
                            break;
                        }
                        if is_elision(&s[start..end]) {
                            // Elision: the apostrophe ends this token.
                            end = after;
                            break;
                        }
                    }
                    joined |= d != '-';
                    hyphenated |= d == '-';
                    end = after;
                    continue;
                }
                break;
            }
            // A number is ASCII digits only (« 2016 »; not « 3e » nor « 1-0 »).
            let all_digits = c.is_ascii_digit() && bytes[start..end].iter().all(u8::is_ascii_digit);
            out.push(Token {
                start,
                end,
                kind: if all_digits { TokenKind::Number } else { TokenKind::Word },
                cap: c.is_uppercase() || hyphenated && particle_name(&bytes[start..end]),
                newline_before: newline,
                joined,
                hyphenated,
            });
            // One space after a word (the usual case): step over it here
            // rather than through the class dispatch above.
            i = end + (bytes.get(end) == Some(&b' ')) as usize;
        } else {
            out.push(Token {
                start,
                end: start + len,
                kind: TokenKind::Punct,
                cap: false,
                newline_before: newline,
                joined: false,
                hyphenated: false,
            });
            i += len;
            i += (bytes.get(i) == Some(&b' ')) as usize;
        }
        newline = false;
    }
    out
}

/// The positions of the `true`s of `keep`, in order, gathered without a
/// branch per item: a stage that starts only at a few kinds of token walks
/// this list instead of testing every token.
///
/// ```
/// assert_eq!(whosaid::segment::positions((0..6).map(|i| i % 3 == 0)), [0, 3]);
/// ```
pub fn positions(keep: impl ExactSizeIterator<Item = bool>) -> Vec<u32> {
    let mut out = vec![0u32; keep.len()];
    let mut k = 0;
    for (i, kept) in keep.enumerate() {
        out[k] = i as u32;
        k += kept as usize;
    }
    out.truncate(k);
    out
}

/// Every token in lower case, in one buffer: the stages look words up in the
/// lexicons many times, and lower-casing once per document avoids an
/// allocation per lookup.
///
/// ```
/// use whosaid::segment::{tokenize, Lowered};
/// let t = "Le Kremlin a DIT";
/// let toks = tokenize(t, 0, t.len());
/// let low = Lowered::new(t, &toks);
/// assert_eq!((low.get(0), low.get(1), low.get(3)), ("le", "kremlin", "dit"));
/// ```
#[derive(Debug, Default)]
pub struct Lowered {
    buf: String,
    spans: Vec<(u32, u32)>,
}

impl Lowered {
    /// Lower-case the tokens of `text`.
    ///
    /// The text they cover is lower-cased once, as a whole: ASCII in place,
    /// and every other character whose lower case has the same length
    /// (É → é) in its place too, so that a token's lower-case form sits at
    /// the token's own offsets. The rare token holding a character whose
    /// lower case is longer or shorter (İ → i̇) is lowered apart and appended.
    pub fn new(text: &str, tokens: &[Token]) -> Lowered {
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return Lowered::default() };
        let (from, to) = (first.start, last.end);
        let body = &text[from..to];
        let bytes = body.as_bytes();
        let mut buf = String::with_capacity(body.len() + 16);
        let mut copied = 0;
        let mut resized = false;
        let mut i = 0;
        while i < bytes.len() {
            // Skip ASCII eight bytes at a time, and straight to the first
            // non-ASCII byte of a word that holds one (a lead byte: what
            // precedes it is ASCII or a whole character).
            if let Some(w) = word_at(bytes, i) {
                let high = w & HIGHS;
                if high == 0 {
                    i += 8;
                    continue;
                }
                i += (high.trailing_zeros() / 8) as usize;
            } else if bytes[i] < 0x80 {
                i += 1;
                continue;
            }
            let (c, n) = char_at(body, i);
            match lower_in_place(c) {
                Some(l) if l != c => {
                    buf.push_str(&body[copied..i]);
                    buf.push(l);
                    copied = i + n;
                }
                Some(_) => {}
                None => resized = true,
            }
            i += n;
        }
        buf.push_str(&body[copied..]);
        buf.make_ascii_lowercase();
        let mut spans = Vec::with_capacity(tokens.len());
        for t in tokens {
            if resized {
                let w = &text[t.start..t.end];
                if !w.chars().all(|c| c.is_ascii() || lower_in_place(c).is_some()) {
                    // Same mapping, character by character, out of line.
                    let start = buf.len() as u32;
                    push_lower(&mut buf, w);
                    spans.push((start, buf.len() as u32));
                    continue;
                }
            }
            spans.push(((t.start - from) as u32, (t.end - from) as u32));
        }
        Lowered { buf, spans }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The lower-case form of token `i`.
    #[inline]
    pub fn get(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.buf[a as usize..b as usize]
    }
}

/// Append the lower-case form of `w` to `buf`, character by character (the
/// same mapping everywhere: lexicon keys are lowered with [`to_lower`]).
fn push_lower(buf: &mut String, w: &str) {
    for c in w.chars() {
        buf.extend(c.to_lowercase());
    }
}

/// The lower case of `c` when it is one character of the same UTF-8 length
/// (so that it can replace `c` in place); `c` itself when it has no other.
#[inline]
fn lower_in_place(c: char) -> Option<char> {
    // Latin-1 symbols and lower-case letters, general punctuation: no lookup.
    if matches!(c, '\u{80}'..='\u{BF}' | '\u{DF}'..='\u{FF}' | '\u{2000}'..='\u{206F}') {
        return Some(c);
    }
    let mut lower = c.to_lowercase();
    match (lower.len(), lower.next()) {
        (1, Some(l)) if l.len_utf8() == c.len_utf8() => Some(l),
        _ => None,
    }
}

/// The lower-case form of a word, as [`Lowered`] gives it for a token.
///
/// ```
/// assert_eq!(whosaid::segment::to_lower("Ministère"), "ministère");
/// ```
pub fn to_lower(w: &str) -> String {
    let mut s = String::with_capacity(w.len());
    push_lower(&mut s, w);
    s
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "Mr", "Mrs", "Ms", "Prof", "Gen", "Gén",
    "Col", "Lt", "Sgt", "Sen", "Rep", "Gov", "Jr", "Sr", "No", "n°", "cf", "etc", "av", "env", "art", "vol", "p",
    "Inc", "Ltd", "Co", "Corp", "vs", "St", "Mt", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
];

/// Longest entry of [`ABBREVIATIONS`], in bytes.
const ABBREVIATION_MAX: usize = 4;

/// Whether `w` is an abbreviation (most words before a period are longer
/// than any: they are rejected without a scan of the list).
fn is_abbreviation(w: &str) -> bool {
    w.len() <= ABBREVIATION_MAX && ABBREVIATIONS.contains(&w)
}

/// Longest sentence, in tokens, before a forced break.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// A sentence: byte span and the range of its tokens in the token vector.
#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub first_token: usize,
    pub end_token: usize,
}

/// Split tokens into sentences. `inside_quote(byte)` tells whether a byte lies
/// inside a quotation, where terminal punctuation does not end the sentence.
pub fn sentences(text: &str, tokens: &[Token], inside_quote: impl Fn(usize) -> bool) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = tokens[i];
        // A paragraph break always ends the sentence before it; so does a
        // runaway length (text with no punctuation), which keeps every
        // per-sentence rule linear in the document size.
        if i > first && (t.newline_before || i - first >= MAX_SENTENCE_TOKENS) {
            push(&mut out, tokens, first, i);
            first = i;
        }
        if t.kind == TokenKind::Punct {
            // Compared as bytes: no char-boundary checks for the many
            // punctuation tokens that are no terminal mark (… is E2 80 A6).
            let c = &text.as_bytes()[t.start..t.end];
            if matches!(c, b"." | b"!" | b"?" | b"\xE2\x80\xA6")
                && (!inside_quote(t.start) || closes_embedded_quote(text, tokens, first, i))
                && ends_sentence(text, tokens, i)
            {
                // Take following closing marks and terminal punctuation along.
                let mut j = i + 1;
                while j < n
                    && tokens[j].kind == TokenKind::Punct
                    && !tokens[j].newline_before
                    && (matches!(tokens[j].text(text), "." | "!" | "?" | "…" | "»" | "”" | ")")
                        // A straight quote or ’ closes only when it touches the period.
                        || matches!(tokens[j].text(text), "\"" | "’") && tokens[j].start == tokens[j - 1].end)
                {
                    j += 1;
                }
                push(&mut out, tokens, first, j);
                first = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if first < n {
        push(&mut out, tokens, first, n);
    }
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    if first < end {
        out.push(Sentence { start: tokens[first].start, end: tokens[end - 1].end, first_token: first, end_token: end });
    }
}

/// `the plan was "dead on arrival." According to …`: a terminal mark
/// inside a quotation that opened within the sentence and closes right
/// after the mark, followed by a capital, ends the sentence too. A quotation
/// that opens the sentence does not (« « C'est fini. » Dupont l'a dit »).
fn closes_embedded_quote(text: &str, tokens: &[Token], first: usize, i: usize) -> bool {
    let closing = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text(text), "»" | "”" | "\""));
    let opening = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.text(text), "«" | "“" | "\"" | "—" | "–" | "-"));
    // « … ami. » Il ajoute »: French sets a space before the closing mark.
    closing(i + 1)
        && !tokens[i + 1].newline_before
        && !opening(first)
        && tokens.get(i + 2).is_some_and(|n| n.newline_before || n.kind == TokenKind::Word && n.cap)
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let punct = &text[t.start..t.end];
    if punct == "." && i > 0 {
        let prev = tokens[i - 1];
        // "M. Dupont", "U.S. officials": an abbreviation or a lone capital.
        if prev.end == t.start && prev.kind == TokenKind::Word {
            let w = prev.text(text);
            // « etc. », « art. 49 », « p. 12 »: a lower-case abbreviation
            // before a number or a lower-case word; before a capitalised
            // word it is also the sentence's last word (« une galerie
            // d’art. Les … »), save those that introduce a name.
            let last_word = !prev.cap
                && !matches!(w, "cf" | "vs" | "av")
                && tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && n.cap);
            if is_abbreviation(w) && !last_word || (w.chars().count() == 1 && prev.cap) {
                return false;
            }
        }
        // "120.668", "3.5": a decimal point between digits, touching both.
        if prev.end == t.start
            && prev.kind == TokenKind::Number
            && tokens.get(i + 1).is_some_and(|n| n.start == t.end && n.kind == TokenKind::Number)
        {
            return false;
        }
        // "1. " in lists does end a sentence: keep it.
    }
    // The next token must start a sentence: upper case, digit, quote or dash, or nothing.
    match tokens.get(i + 1) {
        None => true,
        Some(next) => {
            if next.newline_before {
                return true;
            }
            match next.kind {
                TokenKind::Word => next.cap,
                TokenKind::Number => true,
                TokenKind::Punct => {
                    matches!(
                        next.text(text),
                        "«" | "“" | "\"" | "—" | "–" | "-" | "(" | "[" | "‹" | "„" | "." | "!" | "?" | "»" | "”"
                    )
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_chars_are_letters_and_digits() {
        for c in (0..=0x3000u32).chain(0x1_0000..0x1_0100).filter_map(char::from_u32) {
            let want = if ('\u{C0}'..='\u{24F}').contains(&c) { c != '×' && c != '÷' } else { c.is_alphanumeric() };
            assert_eq!(is_word_char(c), want, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn abbreviations_fit_the_length_test() {
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= ABBREVIATION_MAX));
        assert!(is_abbreviation("Mme") && is_abbreviation("Gén") && !is_abbreviation("dit"));
    }

    #[test]
    fn two_byte_latin_letters_are_word_characters() {
        for c in '\u{80}'..='\u{7FF}' {
            let mut b = [0; 4];
            let e = c.encode_utf8(&mut b).as_bytes();
            if latin_letter(e[0], e.get(1).copied()) {
                assert!(is_word_char(c), "{c:?}");
            }
            if ('\u{C0}'..='\u{27F}').contains(&c) && c != '×' && c != '÷' {
                assert!(latin_letter(e[0], e.get(1).copied()), "{c:?}");
            }
        }
    }

    #[test]
    fn word_at_a_time_alnum_test_agrees_with_the_byte_classes() {
        // Every byte value in every lane, among neighbours of every class.
        for fill in [b'a', b' ', 0xC3, b'9', b'Z', 0x80] {
            for lane in 0..8 {
                for b in 0..=255u8 {
                    let mut w = [fill; 8];
                    w[lane] = b;
                    let got = alnum_bytes(u64::from_le_bytes(w));
                    for (k, &x) in w.iter().enumerate() {
                        let want = CLASS[x as usize] == ALNUM;
                        assert_eq!(got >> (8 * k + 7) & 1 == 1, want, "{w:?} lane {k}");
                    }
                }
            }
        }
        let t = b"Karabakh2016, et";
        assert_eq!(alnum_run_end(t, 0, t.len()), 12);
        assert_eq!(alnum_run_end(t, 0, 5), 5);
        assert_eq!(alnum_run_end(t, 13, t.len()), 13);
    }

    fn sents(t: &str) -> Vec<&str> {
        let toks = tokenize(t, 0, t.len());
        sentences(t, &toks, |_| false).iter().map(|s| &t[s.start..s.end]).collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(sents("Il pleut. Elle dort ! Bon"), ["Il pleut.", "Elle dort !", "Bon"]);
    }

    #[test]
    fn keeps_abbreviations() {
        assert_eq!(
            sents("M. Dupont a parlé aux U.S. officials. Fin."),
            ["M. Dupont a parlé aux U.S. officials.", "Fin."]
        );
        // A lower-case abbreviation before a number, or as the last word.
        assert_eq!(sents("Voir l'art. 49 du texte."), ["Voir l'art. 49 du texte."]);
        assert_eq!(
            sents("Il a visité une galerie d'art. Les gardiens dormaient."),
            ["Il a visité une galerie d'art.", "Les gardiens dormaient."]
        );
        assert_eq!(
            sents("Des chats, des chiens, etc. Le reste a fui."),
            ["Des chats, des chiens, etc.", "Le reste a fui."]
        );
        assert_eq!(sents("Rendez-vous av. Foch demain."), ["Rendez-vous av. Foch demain."]);
    }

    #[test]
    fn a_quotation_closing_after_its_period_ends_an_embedded_sentence() {
        let t = "He said it was \"dead.\" According to aides, it was. \"Done.\" Smith said.";
        let toks = tokenize(t, 0, t.len());
        // Inside a quotation: an odd number of straight quotes before.
        let inside = |at: usize| t[..at].matches('"').count() % 2 == 1;
        let got: Vec<&str> = sentences(t, &toks, inside).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, ["He said it was \"dead.\"", "According to aides, it was.", "\"Done.\" Smith said."]);
    }

    #[test]
    fn decimal_point_between_digits_is_no_sentence_end() {
        assert_eq!(sents("Il mesure 120.668 m. Fin 1. Deux."), ["Il mesure 120.668 m.", "Fin 1.", "Deux."]);
    }

    #[test]
    fn paragraph_break_ends_sentence() {
        assert_eq!(sents("Titre sans point\nCorps du texte."), ["Titre sans point", "Corps du texte."]);
    }

    #[test]
    fn lowering_fast_path_agrees_with_unicode() {
        for c in ('\u{80}'..='\u{BF}').chain('\u{DF}'..='\u{FF}').chain('\u{2000}'..='\u{206F}') {
            assert_eq!(c.to_lowercase().to_string(), c.to_string(), "{c:?}");
        }
        assert_eq!(to_lower("États-Unis À Ωmega ǅ"), "états-unis à ωmega ǆ");
        // Whole-text lowering gives each token what lowering it alone gives.
        let t = "L’ÉTAT Ωmega İstanbul ẞTRASSE ǅemal, KYIV «Été» Ⅻ";
        let toks = tokenize(t, 0, t.len());
        let low = Lowered::new(t, &toks);
        for (i, tok) in toks.iter().enumerate() {
            assert_eq!(low.get(i), to_lower(tok.text(t)), "{}", tok.text(t));
        }
    }

    #[test]
    fn latin_fast_path_agrees_with_unicode() {
        for c in '\u{C0}'..='\u{24F}' {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn elision_and_hyphens() {
        let t = "qu’il d'Arménie aujourd'hui O'Brien Jean-Yves";
        let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(toks, ["qu’", "il", "d'", "Arménie", "aujourd'hui", "O'Brien", "Jean-Yves"]);
        let t = "Putin’s war, Biden's plan";
        let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(toks, ["Putin", "’", "s", "war", ",", "Biden", "'", "s", "plan"]);
        // « al-Karama »: a name after an Arabic article reads as capitalised.
        let t = "al-Karama el-Émir al-qaida Jean-Yves";
        let caps: Vec<bool> = tokenize(t, 0, t.len()).iter().map(|k| k.cap).collect();
        assert_eq!(caps, [true, true, false, true]);
        // A stray space after an elided article: the apostrophe stays with it.
        let t = "de l' institut d’ Évry O' Neil";
        let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(toks, ["de", "l'", "institut", "d’", "Évry", "O", "'", "Neil"]);
        // Elided before a quotation mark.
        let t = "qu’« il » l'“x” O'«";
        let toks: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|k| k.text(t)).collect();
        assert_eq!(toks, ["qu’", "«", "il", "»", "l'", "“", "x", "”", "O", "'", "«"]);
    }

    #[test]
    fn joiner_flags() {
        let t = "aujourd’hui Jean-Yves a-t-il O'Brien-Smith l’OSCE - x";
        let flags: Vec<(&str, bool, bool)> =
            tokenize(t, 0, t.len()).iter().map(|k| (k.text(t), k.joined, k.hyphenated)).collect();
        assert_eq!(
            flags,
            [
                ("aujourd’hui", true, false),
                ("Jean-Yves", false, true),
                ("a-t-il", false, true),
                ("O'Brien-Smith", true, true),
                ("l’", false, false),
                ("OSCE", false, false),
                ("-", false, false),
                ("x", false, false),
            ]
        );
    }
}
