//! Language identification by function-word counts (French vs English; other
//! languages fall back to the closer of the two, or `und` with no evidence).

/// Frequent French function words: evidence for French.
pub const FR: &[&str] = &[
    "le", "la", "les", "des", "du", "et", "est", "une", "dans", "que", "qui", "pour", "pas", "sur", "au", "avec", "il",
    "elle", "ont", "été", "selon", "mais", "cette", "aux", "par",
];
/// Frequent English function words: evidence for English.
pub const EN: &[&str] = &[
    "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "on", "said", "it", "by", "from", "as", "are",
    "has", "have", "this", "an", "which", "were", "their", "its",
];

/// Words that mark one sentence as French, for the attribution rules (which
/// read English wire copy quoted in French articles differently).
pub const SENTENCE_FR: &[&str] = &["le", "la", "les", "de", "des", "et", "est", "que", "du", "une", "un"];
/// Words that mark one sentence as English.
pub const SENTENCE_EN: &[&str] = &["the", "of", "and", "to", "is", "was", "that", "said", "with", "for", "an"];

/// How many words the detection reads (the pipeline: word tokens).
pub const DETECT_WORDS: usize = 3000;

/// The language from counts of French and English evidence words.
pub fn decide(fr: u32, en: u32) -> &'static str {
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
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(DETECT_WORDS) {
        let w = w.to_lowercase();
        fr += FR.contains(&w.as_str()) as u32;
        en += EN.contains(&w.as_str()) as u32;
    }
    decide(fr, en)
}
