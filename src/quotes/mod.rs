//! Quotes and reported claims: quote marks ([`marks`]), the reporting-cue
//! lexicon ([`cues`]) and the attribution rules ([`attribution`]) that pair
//! content with a speaker.

pub mod attribution;
pub mod cues;
pub mod marks;

/// Kind of statement, as in the evaluation guidelines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// A whole utterance in quote marks.
    Direct,
    /// A quoted fragment inside the journalist's sentence.
    Partial,
    /// Reported speech without quote marks (que-clause, infinitive, selon X).
    Indirect,
}

impl QuoteKind {
    /// Table spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerType {
    Per,
    Org,
    Loc,
    /// A description nobody named (« un haut diplomate »), or unresolved.
    Desc,
}

impl SpeakerType {
    /// Table spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerType::Per => "PER",
            SpeakerType::Org => "ORG",
            SpeakerType::Loc => "LOC",
            SpeakerType::Desc => "DESC",
        }
    }
}

/// A byte span of the document.
pub type Span = (usize, usize);

/// One statement and its attribution. Spans are byte offsets into the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// The speaker as written at that point (« il », « le porte-parole du Kremlin, Dmitri Peskov »).
    pub speaker: Option<Span>,
    /// Resolved entity (index into the document's entities), if any.
    pub speaker_entity: Option<usize>,
    /// Resolved name when no entity row exists (rare), else empty.
    pub speaker_name: String,
    pub speaker_type: SpeakerType,
    /// The reporting expression as written (« a déclaré », « selon », « said »).
    pub cue: Option<Span>,
    pub confidence: f32,
    /// Name of the rule that fired.
    pub rule: &'static str,
}
