//! Language identification by function-word counts (French vs English; other
//! languages fall back to the closer of the two, or `und` with no evidence).

const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "il",
    "elle", "ont", "été", "selon", "mais", "cette", "aux", "par",
];
const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "on", "said", "it", "by", "from", "as", "are",
    "has", "have", "this", "an", "which", "were", "their", "its",
];

/// `fr`, `en` or `und`, from lower-cased words (the pipeline passes its tokens).
pub fn detect_words<'a>(words: impl Iterator<Item = &'a str>) -> &'static str {
    let (mut fr, mut en) = (0u32, 0u32);
    for w in words.take(3000) {
        fr += FR.contains(&w) as u32;
        en += EN.contains(&w) as u32;
    }
    match (fr, en) {
        (0, 0) => "und",
        (f, e) if f >= e => "fr",
        _ => "en",
    }
}

/// `fr`, `en` or `und`, from the first few thousand words of `text`.
///
/// ```
/// assert_eq!(whosaid::lang::detect("Le président a déclaré que la guerre est finie."), "fr");
/// assert_eq!(whosaid::lang::detect("The president said that the war is over."), "en");
/// assert_eq!(whosaid::lang::detect("12 34"), "und");
/// ```
pub fn detect(text: &str) -> &'static str {
    let (mut fr, mut en) = (0u32, 0u32);
    let mut buf = String::new();
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(3000) {
        if w.len() > 6 {
            continue; // function words are short
        }
        buf.clear();
        buf.extend(w.chars().flat_map(char::to_lowercase));
        if FR.contains(&buf.as_str()) {
            fr += 1;
        }
        if EN.contains(&buf.as_str()) {
            en += 1;
        }
    }
    match (fr, en) {
        (0, 0) => "und",
        (f, e) if f >= e => "fr",
        _ => "en",
    }
}
