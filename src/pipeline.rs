//! The pipeline: one document in, one [`Analysis`] out.
//!
//! normalise (header) → segment (tokens, quotes, sentences) → gazetteer →
//! entity rules → linking → attribution. Loading builds every automaton and
//! lexicon once; [`Pipeline::process`] is then pure and thread-safe.

use crate::document::Document;
use crate::entities::{Entity, EntityTagger, Mention};
use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::lexicon::Lexicons;
use crate::quotes::attribution::{Attributor, DocView};
use crate::quotes::cues::CueLexicon;
use crate::quotes::marks::find_quotes;
use crate::quotes::Quote;
use crate::segment::{sentences, tokenize, Lowered};
use crate::vocab::Vocabulary;
use std::path::{Path, PathBuf};

/// Where data files live and what to load.
#[derive(Debug, Clone)]
pub struct Config {
    /// The data folder holding `entities/` and `lexicons/` (the bundled `gazetteers/`).
    pub data_dir: PathBuf,
    /// Extra gazetteer files or folders, loaded before the bundled ones so
    /// that their forms win.
    pub extra_gazetteers: Vec<PathBuf>,
    /// Documents larger than this (bytes) are rejected with a status row.
    pub max_doc_bytes: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { data_dir: default_data_dir(), extra_gazetteers: Vec::new(), max_doc_bytes: 20 << 20 }
    }
}

/// The bundled data folder: `$WHOSAID_DATA`, `./gazetteers`, next to the
/// executable's project, or the source tree this binary was built from.
pub fn default_data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WHOSAID_DATA") {
        return PathBuf::from(d);
    }
    let here = PathBuf::from("gazetteers");
    if here.join("lexicons").is_dir() {
        return here;
    }
    if let Ok(exe) = std::env::current_exe() {
        for anc in exe.ancestors().skip(1).take(4) {
            let d = anc.join("gazetteers");
            if d.join("lexicons").is_dir() {
                return d;
            }
        }
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers")
}

/// Everything found in one document. Offsets are bytes into `doc.text`;
/// listed entities borrow their strings from the pipeline's gazetteer (`'p`).
#[derive(Debug, Clone, Default)]
pub struct Analysis<'p> {
    /// Detected language: `fr`, `en` or `und`.
    pub lang: &'static str,
    pub entities: Vec<Entity<'p>>,
    /// Sorted by start.
    pub mentions: Vec<Mention>,
    /// Sorted by start.
    pub quotes: Vec<Quote>,
}

impl Analysis<'_> {
    /// Entities mentioned inside a quote's span (indices into `entities`), in
    /// order of first mention, without repeats.
    pub fn about(&self, q: &Quote) -> Vec<usize> {
        let lo = self.mentions.partition_point(|m| m.start < q.start);
        let mut out: Vec<usize> = Vec::new();
        for m in self.mentions[lo..].iter().take_while(|m| m.start < q.end) {
            if m.end <= q.end && !out.contains(&m.entity) {
                out.push(m.entity);
            }
        }
        out
    }
}

/// A loaded pipeline.
///
/// ```no_run
/// use whosaid::{Config, Document, Pipeline};
/// let p = Pipeline::new(Config::default()).unwrap();
/// let a = p.process(&Document::new("d1", "« Nous partons », a déclaré Louis Bono."));
/// assert_eq!(a.quotes.len(), 1);
/// ```
pub struct Pipeline {
    pub config: Config,
    pub gazetteer: Gazetteer,
    pub lexicons: Lexicons,
    pub cues: CueLexicon,
    /// The lexicons merged for one lookup per token.
    pub vocabulary: Vocabulary,
}

impl Pipeline {
    /// Load gazetteers and lexicons; errors name the file and line.
    pub fn new(config: Config) -> Result<Pipeline> {
        let lexdir = config.data_dir.join("lexicons");
        let entdir = config.data_dir.join("entities");
        if !lexdir.is_dir() || !entdir.is_dir() {
            return Err(Error::Usage(format!(
                "data folder {} lacks entities/ or lexicons/: set WHOSAID_DATA to the project's gazetteers/ folder",
                config.data_dir.display()
            )));
        }
        let mut gaz_paths = config.extra_gazetteers.clone();
        gaz_paths.push(entdir);
        let gazetteer = Gazetteer::load(&gaz_paths)?;
        let lexicons = Lexicons::load(&lexdir)?;
        let cues = CueLexicon::load(&lexdir)?;
        let vocabulary = Vocabulary::build(&lexicons, &cues, &gazetteer);
        Ok(Pipeline { config, gazetteer, lexicons, cues, vocabulary })
    }

    /// Analyse one document. Never panics on any text.
    pub fn process(&self, doc: &Document) -> Analysis<'_> {
        let text = doc.text.as_str();
        let body = doc.body_start.min(text.len());
        let tokens = tokenize(text, body, text.len());
        let quotes_all = find_quotes(text, body, text.len());
        let outer: Vec<_> = quotes_all.iter().copied().filter(|q| q.depth == 0).collect();
        let inside = |b: usize| {
            let k = outer.partition_point(|q| q.close <= b);
            k < outer.len() && outer[k].open <= b
        };
        let sents = sentences(text, &tokens, inside);
        let lowered = Lowered::new(text, &tokens);
        let words = self.vocabulary.annotate(&tokens, &lowered);
        let tagger =
            EntityTagger { gazetteer: &self.gazetteer, lexicons: &self.lexicons, vocabulary: &self.vocabulary };
        let (entities, mentions) = tagger.tag(text, &tokens, &sents, &lowered, &words, body);
        let view = DocView {
            text,
            tokens: &tokens,
            sentences: &sents,
            quotes: &outer,
            entities: &entities,
            mentions: &mentions,
            lowered: &lowered,
            words: &words,
        };
        let quotes = Attributor { cues: &self.cues, lexicons: &self.lexicons }.extract(&view);
        let head = &words[..words.len().min(crate::lang::DETECT_WORDS)];
        let fr = head.iter().filter(|w| w.lang_fr()).count() as u32;
        let en = head.iter().filter(|w| w.lang_en()).count() as u32;
        let lang = crate::lang::decide(fr, en);
        Analysis { lang, entities, mentions, quotes }
    }
}
