//! The reporting-cue lexicon: verb lemmas from `cues_fr.tsv` / `cues_en.tsv`,
//! inflected here (present, passé simple, imperfect, future, conditional,
//! participles; English -s/-ed/-ing), looked up one token at a time.

use crate::error::Result;
use crate::fxhash::FxHashMap as HashMap;
use crate::tsv::Table;
use std::path::Path;

/// How a cue verb may introduce content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// que-clauses, colons, quotes, infinitives.
    Speech,
    /// Only attributes quotes in its clause (« qualifier X de « … » »).
    Frame,
    /// A request (« demander à X de « … » », « réclamer « … » »): attributes
    /// only a quotation that is its object or opens its infinitive, whose
    /// words the request repeats; a quotation elsewhere in the clause is
    /// more often someone else's.
    Request,
    /// que-clauses and quotes, lower confidence (estimer, juger).
    Opinion,
    /// Speech only in an incise after a quote (« … », a lancé X).
    Incise,
    /// A verb of learning (« a-t-on appris auprès de la préfecture »,
    /// « a appris l’AFP de source diplomatique »): its subject heard the
    /// claim, and its speaker is the source it names; without one it
    /// reports nothing.
    Source,
}

/// Grammatical form of a cue token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForm {
    /// Conjugated: déclare, déclara, déclarait, says, said.
    Finite,
    /// Past participle (after an auxiliary): déclaré, said.
    Participle,
    /// Present participle / gerund: déclarant, saying.
    Gerund,
    /// Infinitive: déclarer, say.
    Infinitive,
    /// The infinitive of a light-verb cue (« savoir » in « a fait savoir
    /// que »): a cue only right after a form of its verb ([`Cue::light`]).
    Light,
}

/// A cue verb: its lemma and kind.
#[derive(Debug, Clone)]
pub struct Cue {
    pub lemma: String,
    pub kind: CueKind,
    pub reflexive: bool,
    /// For a light-verb cue (lemma « faire savoir »): the forms of its verb
    /// (« fait », « font », « faisant »…), of which the infinitive must
    /// follow one. Empty for a one-word cue.
    pub light: Vec<(String, CueForm)>,
}

impl Cue {
    /// The form of the light verb spelt `word` (lower case), if it is one
    /// of this cue's.
    pub fn light_form(&self, word: &str) -> Option<CueForm> {
        self.light.iter().find(|(w, _)| w == word).map(|&(_, f)| f)
    }
}

/// Word form → (cue index, form).
#[derive(Debug, Default)]
pub struct CueLexicon {
    pub cues: Vec<Cue>,
    pub(crate) forms: HashMap<String, (u32, CueForm)>,
}

impl CueLexicon {
    /// Load `cues_fr.tsv` and `cues_en.tsv` from `dir` (each optional).
    pub fn load(dir: &Path) -> Result<CueLexicon> {
        let mut lx = CueLexicon::default();
        for (file, lang) in [("cues_fr.tsv", Lang::Fr), ("cues_en.tsv", Lang::En)] {
            let path = dir.join(file);
            if path.exists() {
                lx.add_table(&Table::read(&path, &["lemma", "conj"])?, lang)?;
            }
        }
        Ok(lx)
    }

    /// Build from French TSV text (tests).
    pub fn from_tsv_fr(text: &str) -> Result<CueLexicon> {
        let mut lx = CueLexicon::default();
        lx.add_table(&Table::parse("<inline>", text, &["lemma", "conj"])?, Lang::Fr)?;
        Ok(lx)
    }

    fn add_table(&mut self, t: &Table, lang: Lang) -> Result<()> {
        for r in &t.rows {
            let raw = t.get(r, "lemma");
            let (lemma, reflexive) = match raw.strip_prefix("se ").or_else(|| raw.strip_prefix("s'")) {
                Some(l) => (l, true),
                None => (raw, false),
            };
            let kind = match t.get(r, "kind") {
                "" | "speech" => CueKind::Speech,
                "frame" => CueKind::Frame,
                "request" => CueKind::Request,
                "opinion" => CueKind::Opinion,
                "incise" => CueKind::Incise,
                "source" => CueKind::Source,
                k => {
                    return Err(
                        t.error(r, format!("kind `{k}` is not speech, frame, request, opinion, incise or source"))
                    )
                }
            };
            let mut over: HashMap<&str, &str> = HashMap::default();
            for kv in t.get(r, "forms").split(';').map(str::trim).filter(|s| !s.is_empty()) {
                let (k, v) = kv.split_once('=').ok_or_else(|| t.error(r, format!("`{kv}` is not key=value")))?;
                over.insert(k.trim(), v.trim());
            }
            // « faire savoir »: the verb is inflected, the infinitive is the
            // cue word.
            let (verb, complement) = match lemma.split_once(' ') {
                Some((v, c)) if !c.is_empty() && !c.contains(' ') => (v, Some(c)),
                Some(_) => return Err(t.error(r, format!("`{lemma}`: a cue is one verb or a verb and one infinitive"))),
                None => (lemma, None),
            };
            let conj = t.get(r, "conj");
            let forms = match (lang, conj) {
                (Lang::Fr, "er") => french_er(verb, &over),
                (Lang::Fr, "ir") => french_ir(verb, &over),
                (Lang::Fr, "irr") => french_irregular(verb, &over),
                (Lang::En, "reg") | (Lang::En, "irr") => english(verb, &over),
                _ => {
                    return Err(
                        t.error(r, format!("conj `{conj}` is not one of er, ir, irr (French) or reg, irr (English)"))
                    )
                }
            };
            let idx = self.cues.len() as u32;
            match complement {
                Some(c) => {
                    self.cues.push(Cue { lemma: raw.to_string(), kind, reflexive, light: forms });
                    self.forms.entry(c.to_string()).or_insert((idx, CueForm::Light));
                }
                None => {
                    self.cues.push(Cue { lemma: raw.to_string(), kind, reflexive, light: Vec::new() });
                    for (form, f) in forms {
                        self.forms.entry(form).or_insert((idx, f));
                    }
                }
            }
        }
        Ok(())
    }

    /// Look up a lower-cased word form.
    ///
    /// ```
    /// use whosaid::quotes::cues::{CueLexicon, CueForm};
    /// let lx = CueLexicon::from_tsv_fr("lemma\tconj\tforms\tkind\nannoncer\ter\t\tspeech\n").unwrap();
    /// assert_eq!(lx.lookup("annonçait").unwrap().1, CueForm::Finite);
    /// assert_eq!(lx.lookup("annoncées").unwrap().1, CueForm::Participle);
    /// assert_eq!(lx.lookup("annonçant").unwrap().1, CueForm::Gerund);
    /// ```
    pub fn lookup(&self, lower: &str) -> Option<(&Cue, CueForm)> {
        self.forms.get(lower).map(|&(i, f)| (&self.cues[i as usize], f))
    }

    /// Number of inflected forms known.
    pub fn form_count(&self) -> usize {
        self.forms.len()
    }
}

#[derive(Clone, Copy)]
enum Lang {
    Fr,
    En,
}

type Forms = Vec<(String, CueForm)>;

fn participles(out: &mut Forms, pp: &str) {
    for f in [pp.to_string(), format!("{pp}e"), format!("{pp}es")] {
        out.push((f, CueForm::Participle));
    }
    if !pp.ends_with('s') {
        out.push((format!("{pp}s"), CueForm::Participle));
    }
}

fn finite(out: &mut Forms, forms: &[String]) {
    for f in forms {
        out.push((f.clone(), CueForm::Finite));
    }
}

/// Stem before a/o: annonc → annonç, jug → juge.
fn soft_stem(stem: &str) -> String {
    if let Some(s) = stem.strip_suffix('c') {
        format!("{s}ç")
    } else if stem.ends_with('g') {
        format!("{stem}e")
    } else {
        stem.to_string()
    }
}

fn french_er(lemma: &str, over: &HashMap<&str, &str>) -> Forms {
    let stem = lemma.strip_suffix("er").unwrap_or(lemma);
    let soft = soft_stem(stem);
    let get = |k: &str, d: String| over.get(k).map(|s| s.to_string()).unwrap_or(d);
    let fut = get("fut", lemma.to_string());
    let mut out = Vec::new();
    finite(
        &mut out,
        &[
            get("p3s", format!("{stem}e")),
            get("p3p", format!("{stem}ent")),
            get("ps3s", format!("{soft}a")),
            get("ps3p", format!("{stem}èrent")),
            format!("{soft}ait"),
            format!("{soft}aient"),
            format!("{fut}a"),
            format!("{fut}ont"),
            format!("{fut}ait"),
            format!("{fut}aient"),
        ],
    );
    participles(&mut out, &get("pp", format!("{stem}é")));
    out.push((get("ppr", format!("{soft}ant")), CueForm::Gerund));
    out.push((lemma.to_string(), CueForm::Infinitive));
    out
}

fn french_ir(lemma: &str, over: &HashMap<&str, &str>) -> Forms {
    let stem = lemma.strip_suffix("ir").unwrap_or(lemma);
    let get = |k: &str, d: String| over.get(k).map(|s| s.to_string()).unwrap_or(d);
    let mut out = Vec::new();
    finite(
        &mut out,
        &[
            get("p3s", format!("{stem}it")),
            get("p3p", format!("{stem}issent")),
            get("ps3p", format!("{stem}irent")),
            format!("{stem}issait"),
            format!("{stem}issaient"),
            format!("{lemma}a"),
            format!("{lemma}ont"),
            format!("{lemma}ait"),
            format!("{lemma}aient"),
        ],
    );
    participles(&mut out, &get("pp", format!("{stem}i")));
    out.push((get("ppr", format!("{stem}issant")), CueForm::Gerund));
    out.push((lemma.to_string(), CueForm::Infinitive));
    out
}

fn french_irregular(lemma: &str, over: &HashMap<&str, &str>) -> Forms {
    let g = |k: &str| over.get(k).copied().unwrap_or("");
    let mut out = Vec::new();
    let mut fin: Vec<String> = ["p3s", "p3p", "ps3s", "ps3p"].iter().map(|k| g(k).to_string()).collect();
    if !g("impf").is_empty() {
        fin.push(format!("{}ait", g("impf")));
        fin.push(format!("{}aient", g("impf")));
    }
    if !g("fut").is_empty() {
        for e in ["a", "ont", "ait", "aient"] {
            fin.push(format!("{}{e}", g("fut")));
        }
    }
    fin.retain(|f| !f.is_empty());
    finite(&mut out, &fin);
    if !g("pp").is_empty() {
        participles(&mut out, g("pp"));
    }
    if !g("ppr").is_empty() {
        out.push((g("ppr").to_string(), CueForm::Gerund));
    }
    out.push((lemma.to_string(), CueForm::Infinitive));
    out
}

fn english(lemma: &str, over: &HashMap<&str, &str>) -> Forms {
    let get = |k: &str, d: String| over.get(k).map(|s| s.to_string()).unwrap_or(d);
    let (s3, ed, ing) = if let Some(st) = lemma.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        (format!("{st}ies"), format!("{st}ied"), format!("{lemma}ing"))
    } else if let Some(st) = lemma.strip_suffix('e') {
        (format!("{lemma}s"), format!("{lemma}d"), format!("{st}ing"))
    } else if lemma.ends_with("ss") || lemma.ends_with("sh") || lemma.ends_with("ch") || lemma.ends_with('x') {
        (format!("{lemma}es"), format!("{lemma}ed"), format!("{lemma}ing"))
    } else {
        (format!("{lemma}s"), format!("{lemma}ed"), format!("{lemma}ing"))
    };
    let past = get("past", ed.clone());
    let pp = get("pp", ed);
    vec![
        (lemma.to_string(), CueForm::Finite),
        (get("p3s", s3), CueForm::Finite),
        (past, CueForm::Finite),
        (pp, CueForm::Participle),
        (get("ppr", ing), CueForm::Gerund),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn light_verb_cue() {
        let lx = CueLexicon::from_tsv_fr(
            "lemma\tconj\tforms\tkind\nfaire savoir\tirr\tp3s=fait;p3p=font;pp=fait;ppr=faisant\tspeech\n",
        )
        .unwrap();
        let (cue, form) = lx.lookup("savoir").unwrap();
        assert_eq!(form, CueForm::Light);
        assert_eq!(cue.light_form("font"), Some(CueForm::Finite));
        assert_eq!(cue.light_form("faisant"), Some(CueForm::Gerund));
        assert_eq!(cue.light_form("dit"), None);
        // The verb's own forms are no cue by themselves.
        assert!(lx.lookup("fait").is_none());
        let err = CueLexicon::from_tsv_fr("lemma\tconj\tforms\tkind\nfaire tout savoir\tirr\t\tspeech\n");
        assert!(err.unwrap_err().to_string().contains(":2"), "errors name the line");
    }

    #[test]
    fn french_inflections() {
        let lx = CueLexicon::from_tsv_fr(
            "lemma\tconj\tforms\tkind\ndéclarer\ter\t\tspeech\nreconnaître\tirr\tp3s=reconnaît;pp=reconnu;ppr=reconnaissant\tspeech\navertir\tir\t\tspeech\n",
        )
        .unwrap();
        for f in [
            "déclare",
            "déclarent",
            "déclaré",
            "déclarée",
            "déclarés",
            "déclara",
            "déclarait",
            "déclarera",
            "déclarant",
        ] {
            assert!(lx.lookup(f).is_some(), "{f}");
        }
        assert_eq!(lx.lookup("reconnue").unwrap().1, CueForm::Participle);
        assert_eq!(lx.lookup("avertissant").unwrap().1, CueForm::Gerund);
        assert_eq!(lx.lookup("avertit").unwrap().1, CueForm::Finite);
    }
}
