//! One test per entity rule and per linking behaviour, on sentences written
//! for these tests. Names are invented or generic so that the rules, not the
//! gazetteers, are what is tested.

use std::sync::OnceLock;
use whosaid::{Config, Document, Pipeline};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Config::default()).expect("bundled data loads"))
}

/// (text, type, source, canonical name) of every mention.
fn mentions(text: &str) -> Vec<(String, &'static str, String, String)> {
    let a = pipeline().process(&Document::new("t", text));
    a.mentions
        .iter()
        .map(|m| {
            let e = &a.entities[m.entity];
            (text[m.start..m.end].to_string(), e.etype.as_str(), m.source.label().to_string(), e.name.to_string())
        })
        .collect()
}

fn find(text: &str, surface: &str) -> Option<(&'static str, String, String)> {
    mentions(text).into_iter().find(|m| m.0 == surface).map(|m| (m.1, m.2, m.3))
}

#[test]
fn given_name_and_surname() {
    let (t, src, _) = find("Hier, Gaspard Tremblay-Vasseur a ouvert la séance.", "Gaspard Tremblay-Vasseur").unwrap();
    assert_eq!((t, src.as_str()), ("PER", "rule:given_name"));
}

#[test]
fn surname_particles() {
    assert_eq!(find("La commissaire Margot van der Wielen est arrivée.", "Margot van der Wielen").unwrap().0, "PER");
    assert_eq!(find("Le ministre Jean-Yves Le Bihan a parlé.", "Jean-Yves Le Bihan").unwrap().0, "PER");
}

#[test]
fn title_then_name() {
    let (t, src, _) = find("Selon le porte-parole Kwame Osei, la réunion est reportée.", "Kwame Osei").unwrap();
    assert_eq!(t, "PER");
    assert!(src.starts_with("rule:"));
    assert_eq!(find("M. Vasseur a démissionné.", "Vasseur").unwrap().0, "PER");
}

#[test]
fn apposition_with_role() {
    assert_eq!(find("Tarek Benali, conseiller du maire, a démenti.", "Tarek Benali").unwrap().0, "PER");
}

#[test]
fn unlisted_names_of_two_unknown_words() {
    // No list knows either word: a person's name.
    let (t, src, _) = find("Hier, Xaviro Plumtek a ouvert la séance.", "Xaviro Plumtek").unwrap();
    assert_eq!((t, src.as_str()), ("PER", "rule:unlisted_name"));
    assert_eq!(find("Xaviro Plumtek dos Quarvel conserve ses droits.", "Xaviro Plumtek dos Quarvel").unwrap().0, "PER");
    // A name given to the noun before it, a quoted title, and a place's
    // complement are no person.
    let m = mentions("Le volcan Xaviro Plumtek gronde. Il a chanté « Xaviro Plumtek » à Lima.");
    assert!(!m.iter().any(|m| m.1 == "PER"), "{m:?}");
    let m = mentions("She told the Plumtek Courier it was over.");
    assert!(!m.iter().any(|m| m.1 == "PER"), "{m:?}");
    let m = mentions("Il vit à Zorvak de Lima.");
    assert!(!m.iter().any(|m| m.1 == "PER"), "{m:?}");
    // A description before a listed given name is no part of the name.
    let m = mentions("Elle a battu la Quarvelienne Anna Plumtek.");
    assert!(m.iter().any(|m| m.0 == "Anna Plumtek" && m.1 == "PER"), "{m:?}");
    // A given name ending the run is the surname (« X Karim »).
    assert_eq!(find("Le général Bavro remplace Xaviro Karim à ce poste.", "Xaviro Karim").unwrap().0, "PER");
}

#[test]
fn organisation_head_noun() {
    let (t, src, _) =
        find("Le ministère bolivien de la Santé a publié un bilan.", "ministère bolivien de la Santé").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:org_head"));
    assert_eq!(
        find("La Banque centrale de Bolivie a relevé ses taux.", "Banque centrale de Bolivie").unwrap().0,
        "ORG"
    );
    assert_eq!(find("Le Parti socialiste a tenu son congrès.", "Parti socialiste").unwrap().0, "ORG");
    assert_eq!(find("L'armée péruvienne a été déployée.", "armée péruvienne").unwrap().0, "ORG");
    // An irregular feminine demonym (the `feminine` column).
    assert_eq!(find("L'armée turque a été déployée.", "armée turque").unwrap().0, "ORG");
    // A name after the head's adjectives, and adjectives after a lower-case complement.
    assert_eq!(find("Il expose au Centre culturel Zorvak cet été.", "Centre culturel Zorvak").unwrap().0, "ORG");
    assert_eq!(
        find("Il dirige l'Institut du monde lointain depuis mai.", "Institut du monde lointain").unwrap().0,
        "ORG"
    );
    // An elided « d’ » and its noun after a capitalised complement.
    assert_eq!(
        find(
            "Le ministère bolivien des Situations d'urgence a publié un bilan.",
            "ministère bolivien des Situations d'urgence"
        )
        .unwrap()
        .0,
        "ORG"
    );
}

#[test]
fn english_names_before_and_complements_after_a_head() {
    let m = mentions("The Verania Weather Service said rain would hit Harlan County and the Supreme Court of Verania.");
    let got: Vec<_> = m.iter().map(|m| (m.0.as_str(), m.1)).collect();
    assert!(got.contains(&("Verania Weather Service", "ORG")), "{got:?}");
    assert!(got.contains(&("Harlan County", "LOC")), "{got:?}");
    assert!(got.contains(&("Supreme Court of Verania", "ORG")), "{got:?}");
    assert_eq!(find("The Department of Parks closed the trail.", "Department of Parks").unwrap().0, "ORG");
    assert_eq!(find("Un avion de Quillac Airlines s'est écrasé.", "Quillac Airlines").unwrap().0, "ORG");
}

#[test]
fn organisation_head_followed_by_a_name() {
    // A capitalised head, then a name (an Arabic article keeps it a name).
    assert_eq!(find("Les combattants du Front al-Karama ont reculé.", "Front al-Karama").unwrap().0, "ORG");
    assert_eq!(find("Elle dirige la Fondation Lumière depuis 2010.", "Fondation Lumière").unwrap().0, "ORG");
    // Not a person's name: the head is a body named after its leader.
    let m = mentions("La Commission Jean-Marc Duval a rendu son rapport.");
    assert!(m.iter().any(|m| m.0 == "Jean-Marc Duval" && m.1 == "PER"), "{m:?}");
    // Not at a sentence start, where any word is capitalised.
    assert!(find("Conseil Lumière a ouvert.", "Conseil Lumière").is_none());
}

#[test]
fn organisation_head_stops_before_a_verb() {
    let m = mentions("La Banque centrale européenne devait annoncer sa décision.");
    assert!(m.iter().any(|m| m.0 == "Banque centrale européenne" && m.1 == "ORG"), "{m:?}");
}

#[test]
fn lower_case_descriptions_are_not_organisations() {
    let m = mentions("Il a été transporté à l'hôpital de Valparaiso.");
    assert!(!m.iter().any(|m| m.0.starts_with("hôpital")), "{m:?}");
}

#[test]
fn acronym_is_an_organisation_but_not_common_ones() {
    assert_eq!(find("Le FRPK a revendiqué l'attaque.", "FRPK").unwrap().0, "ORG");
    assert!(find("Le PIB a reculé de 2 %.", "PIB").is_none());
}

#[test]
fn place_cue_and_place_head() {
    assert_eq!(find("Les manifestants se sont réunis à Quillabamba mardi.", "Quillabamba").unwrap().0, "LOC");
    assert_eq!(find("La ville de Quillabamba est inondée.", "Quillabamba").unwrap().0, "LOC");
}

#[test]
fn the_place_in_a_fixed_event_name_is_no_mention() {
    // The race is no entity, and its name holds no place.
    let m = mentions("Il a remporté la troisième étape du Tour de Bolivie mardi.");
    assert!(!m.iter().any(|m| m.0.contains("Bolivie")), "{m:?}");
    // The same place elsewhere, and a lower-case « tour », stay places.
    let m = mentions("Il a fait le tour de Bolivie avant de rentrer en Bolivie.");
    assert_eq!(m.iter().filter(|m| m.0 == "Bolivie" && m.1 == "LOC").count(), 2, "{m:?}");
}

#[test]
fn place_cue_skips_opponents_and_titles() {
    // « face à X »: an opponent; « au Dr X »: a person.
    assert!(find("Ils ont gagné face à Zorvakia mardi.", "Zorvakia").is_none());
    assert_eq!(find("Ils ont gagné à Zorvakia mardi.", "Zorvakia").unwrap().0, "LOC");
    let m = mentions("Il a écrit au Dr Xaviro Plumtek.");
    assert!(!m.iter().any(|m| m.1 == "LOC"), "{m:?}");
    assert!(m.iter().any(|m| m.0 == "Xaviro Plumtek" && m.1 == "PER"), "{m:?}");
    // A run of unknown capitalised words after « à » is no town: a person
    // (« permet à X Y ») or a venue.
    let m = mentions("Cette victoire permet à Xaviro Plumtek de rêver.");
    assert!(!m.iter().any(|m| m.1 == "LOC"), "{m:?}");
}

#[test]
fn place_cue_skips_demonym_nouns() {
    assert!(find("Le prix a été remis aux Chiliennes.", "Chiliennes").is_none());
}

#[test]
fn gazetteer_word_boundaries_and_elision() {
    let m = mentions("L’Iranienne parle de l’Iran et d’Arménie.");
    let texts: Vec<&str> = m.iter().map(|m| m.0.as_str()).collect();
    assert!(texts.contains(&"Iran") && texts.contains(&"Arménie"), "{texts:?}");
    assert!(!texts.contains(&"Iranienne"));
}

#[test]
fn later_surname_links_to_the_full_name() {
    let m = mentions("Gaspard Tremblay a parlé. Plus tard, Tremblay a quitté la salle.");
    let alias = m.iter().find(|m| m.0 == "Tremblay").expect("surname tagged");
    assert_eq!((alias.1, alias.2.as_str(), alias.3.as_str()), ("PER", "alias", "Gaspard Tremblay"));
    // A full name the given-name rule does not find (« Jo » is no listed
    // given name) is linked whole where it recurs, not as its surname (after
    // « le cousin », no rule takes it for a name).
    let m = mentions("La députée Jo Vantrel a parlé. Plus tard, le cousin Jo Vantrel a quitté la salle.");
    let texts: Vec<_> = m.iter().map(|m| (m.0.as_str(), m.3.as_str())).collect();
    assert_eq!(texts, [("Jo Vantrel", "Jo Vantrel"), ("Jo Vantrel", "Jo Vantrel")]);
    assert_eq!(m[1].2, "alias");
}

#[test]
fn given_name_beats_a_homonymous_town() {
    // « Antony » is a French town; followed by a surname it is a first name.
    let m = mentions("Antony Marchetti a été élu.");
    assert!(m.iter().any(|m| m.0 == "Antony Marchetti" && m.1 == "PER"), "{m:?}");
}

#[test]
fn a_given_name_alone_before_an_age_is_a_person() {
    let (t, src, _) = find("Sandrine, 42 ans, infirmière, a pris sa voiture.", "Sandrine").unwrap();
    assert_eq!((t, src.as_str()), ("PER", "rule:given_name"));
    // Even where a list holds a town of that name.
    assert_eq!(find("Antony, 19 ans, étudiant, attend son train.", "Antony").unwrap().0, "PER");
    // Without an age, a lone given name is not tagged by this rule.
    assert!(find("Sandrine a pris sa voiture.", "Sandrine").is_none());
}

#[test]
fn sentence_initial_common_words_are_not_names() {
    let m = mentions("Cette réunion a eu lieu. Mais personne n'est venu.");
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn ambiguous_gazetteer_entries_need_context() {
    let g = whosaid::gazetteer::Gazetteer::from_tsv(
        "id\ttype\tname\taliases\tkb_id\tflags\nloc:orange\tLOC\tOrange\t\t\tambiguous\n",
    )
    .unwrap();
    let lx = whosaid::lexicon::Lexicons::default();
    let vocabulary = whosaid::vocab::Vocabulary::build(&lx, &whosaid::quotes::cues::CueLexicon::default(), &g);
    let tagger = whosaid::entities::EntityTagger { gazetteer: &g, lexicons: &lx, vocabulary: &vocabulary };
    let tag = |text: &str| {
        let toks = whosaid::segment::tokenize(text, 0, text.len());
        let sents = whosaid::segment::sentences(text, &toks, |_| false);
        let low = whosaid::segment::Lowered::new(text, &toks);
        let words = vocabulary.annotate(&toks, &low);
        tagger.tag(text, &toks, &sents, &low, &words, 0).1.len()
    };
    assert_eq!(tag("Orange est une couleur."), 0);
    assert_eq!(tag("Il habite à Orange depuis un an."), 1);
}

#[test]
fn party_label_between_role_and_name() {
    let text = "La députée XYZ Ondine Fabre a voté contre.";
    let (t, src, _) = find(text, "Ondine Fabre").expect("the name without the label");
    assert_eq!((t, src.as_str()), ("PER", "rule:title"));
    assert!(find(text, "XYZ Ondine Fabre").is_none());
}

#[test]
fn abbreviation_definition_names_the_long_form_and_links_the_short_one() {
    // No head noun knows « Office … du tourisme »: the brackets fix its ends,
    // and the short form, there and later, is the same entity.
    let text =
        "Selon l'Office européen des contrôles du tourisme (OECT), la saison est bonne. L'OECT publiera ses chiffres.";
    let ms = mentions(text);
    let long = ms.iter().find(|m| m.0 == "Office européen des contrôles du tourisme").expect("long form found");
    assert_eq!((long.1, long.2.as_str()), ("ORG", "rule:acronym_definition"));
    let shorts: Vec<_> = ms.iter().filter(|m| m.0 == "OECT").collect();
    assert_eq!(shorts.len(), 2);
    assert!(shorts.iter().all(|m| m.2 == "alias" && m.3 == long.3), "{shorts:?}");
    // Letters matched inside words (« FIDH » from « ligues des droits de
    // l'homme »), and a hyphenated word's second part.
    let fidh = "La Fédération internationale des cercles des droits de l'homme (FICDH) a protesté.";
    assert_eq!(find(fidh, "Fédération internationale des cercles des droits de l'homme").unwrap().0, "ORG");
    let hyphen = "Le Front uni pour la renaissance de la démocratie-Forces de paix (FURD-FP) a gagné.";
    assert!(find(hyphen, "Front uni pour la renaissance de la démocratie-Forces de paix").is_some());
}

#[test]
fn brackets_that_do_not_define_an_abbreviation() {
    // A person's party, a place, a role, lower-case words.
    let person = "Le député Gaspard Tremblay (GT) a voté.";
    assert_eq!(find(person, "Gaspard Tremblay").unwrap().0, "PER");
    for (text, long) in [
        ("L'avion a atterri à Larnaca (Chypre) mardi.", "atterri à Larnaca"),
        ("Le Premier ministre (PM) a parlé.", "Premier ministre"),
        ("La croissance du produit intérieur brut (PIB) ralentit.", "produit intérieur brut"),
        ("Les séries mondiales de triathlon (WTS) reprennent.", "séries mondiales de triathlon"),
    ] {
        assert!(find(text, long).is_none(), "{text}");
        assert!(mentions(text).iter().all(|m| m.2 != "rule:acronym_definition"), "{text}");
    }
}

/// A pipeline with the bundled data and one user list of `rows` (lines of
/// `id type name aliases kb_id flags`), and its folder, kept while in use.
fn with_list(rows: &str) -> (Pipeline, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("mine.tsv");
    std::fs::write(&gz, format!("id\ttype\tname\taliases\tkb_id\tflags\n{rows}")).unwrap();
    (Pipeline::new(Config { extra_gazetteers: vec![gz], ..Config::default() }).unwrap(), dir)
}

/// (text, entity id, source) of every mention.
fn listed_mentions<'t>(p: &Pipeline, text: &'t str) -> Vec<(&'t str, String, &'static str)> {
    let a = p.process(&Document::new("t", text));
    a.mentions.iter().map(|m| (&text[m.start..m.end], a.entities[m.entity].id.to_string(), m.source.label())).collect()
}

#[test]
fn a_listed_form_opening_with_a_role_is_tagged_without_it() {
    // A user list whose alias carries the role in lower case, as titles are
    // written in French: the mention is the name, the entity the listed one,
    // and the name alone later is the same person.
    let (p, _dir) = with_list(
        "per:aldegonde-iii\tPER\tAldegonde III\treine Aldegonde|reine Aldegonde III|émir Aldegonde III\tQ0\t\n",
    );
    let got = listed_mentions(&p, "La reine Aldegonde a reçu le ministre. Aldegonde a ensuite quitté le palais.");
    let id = "per:aldegonde-iii".to_string();
    assert_eq!(got, [("Aldegonde", id.clone(), "gazetteer"), ("Aldegonde", id.clone(), "alias")]);
    // A role that opens with a letter outside ASCII.
    assert_eq!(listed_mentions(&p, "L'émir Aldegonde III est arrivé."), [("Aldegonde III", id, "gazetteer")]);
}

#[test]
fn a_short_form_defined_for_a_listed_name_takes_its_entity() {
    let (p, _dir) = with_list("org:opsv\tORG\tOffice des ponts suspendus de Valdor\t\tQ0\t\n");
    let got =
        listed_mentions(&p, "L'Office des ponts suspendus de Valdor (OPSV) ferme un pont. L'OPSV rouvrira lundi.");
    let id = "org:opsv".to_string();
    assert_eq!(
        got,
        [
            ("Office des ponts suspendus de Valdor", id.clone(), "gazetteer"),
            ("OPSV", id.clone(), "alias"),
            ("OPSV", id, "alias")
        ]
    );
}

#[test]
fn occupation_nouns_title_a_name() {
    // An occupation is a role noun: the name after it is a person.
    let (t, src, _) = find("Le sismologue Ortwin Quellmar a mesuré la secousse.", "Ortwin Quellmar").unwrap();
    assert_eq!((t, src.as_str()), ("PER", "rule:title"));
    assert_eq!(
        find("Selon l’archéologue belge Idris Vantombe, le site est ancien.", "Idris Vantombe").unwrap().0,
        "PER"
    );
}

#[test]
fn a_description_names_the_organisation_after_it() {
    // « l’opérateur X »: X alone is the organisation, with « de + noun » and
    // adjectives between, and a capitalised article opening the name.
    let (t, src, name) = find("L’opérateur Zentrix a confirmé la panne.", "Zentrix").unwrap();
    assert_eq!((t, src.as_str(), name.as_str()), ("ORG", "rule:described_org", "Zentrix"));
    assert_eq!(find("Selon l’agence de presse officielle Kavrola, le bilan s’alourdit.", "Kavrola").unwrap().0, "ORG");
    assert_eq!(
        find("Le quotidien Les Nouvelles Vorsiennes a publié la lettre.", "Les Nouvelles Vorsiennes").unwrap().0,
        "ORG"
    );
    // « de (la) » before a capitalised word continues the name.
    assert_eq!(
        find("Selon l’association Les Amis de la Vorlane, rien n’est joué.", "Les Amis de la Vorlane").unwrap().0,
        "ORG"
    );
    // Named alone later, the same body.
    let m = mentions("Le fabricant Brolstad a fermé une usine. Brolstad emploie 300 personnes.");
    let brol: Vec<_> = m.iter().filter(|m| m.0 == "Brolstad").collect();
    assert_eq!(brol.len(), 2, "{m:?}");
    assert!(brol.iter().all(|m| m.1 == "ORG" && m.3 == "Brolstad"));
    // Not a person, a letter, or a word that is never a name.
    assert_ne!(find("Le journal Pierre Dumarnet est paru.", "Pierre Dumarnet").map(|m| m.0), Some("ORG"));
    assert!(find("Il est en tête du groupe E des éliminatoires.", "E").is_none());
    // Without a determiner, the noun is no description (« site Internet »).
    assert!(mentions("Consultez site Quarblon.").iter().all(|m| m.0 != "Quarblon" || m.1 != "ORG"));
}

#[test]
fn a_role_noun_ends_a_name_as_its_surname() {
    let (t, src, _) = find("La course a été gagnée par Lucas Sergent devant ses rivaux.", "Lucas Sergent").unwrap();
    assert_eq!((t, src.as_str()), ("PER", "rule:given_name"));
    // A label after a role, with no name after it, is no person.
    assert_ne!(find("Selon le maire XKZ de Vorlac, rien n’a changé.", "XKZ de Vorlac").map(|m| m.0), Some("PER"));
}

#[test]
fn a_listed_place_that_is_a_persons_surname_is_that_person() {
    let m = mentions("Jeanne Orléans a présenté son budget. Selon Orléans, il est équilibré. Elle vit à Orléans.");
    let kinds: Vec<(&str, &str)> = m.iter().filter(|m| m.0 == "Orléans").map(|m| (m.1, m.3.as_str())).collect();
    assert_eq!(kinds, [("PER", "Jeanne Orléans"), ("LOC", "Orléans")], "{m:?}");
}

#[test]
fn a_ministers_portfolio_names_the_ministry() {
    let (t, src, _) = find("Le ministre de l’Intérieur a parlé.", "Intérieur").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:portfolio"));
    assert_eq!(find("La ministre des Affaires étrangères est arrivée.", "Affaires étrangères").unwrap().0, "ORG");
    // The minister's name after it is a person, not part of the portfolio.
    let m = mentions("Le ministre de l’Intérieur Paul Vernier a parlé.");
    assert!(m.iter().any(|m| m.0 == "Intérieur" && m.1 == "ORG"), "{m:?}");
    assert!(m.iter().any(|m| m.0 == "Paul Vernier" && m.1 == "PER"), "{m:?}");
    // A head of government's place is no portfolio.
    assert_ne!(find("Le Premier ministre de Vorlande a parlé.", "Vorlande").map(|m| m.0), Some("ORG"));
}

#[test]
fn the_bodies_of_the_solar_system_are_places() {
    assert_eq!(find("La sonde s'est posée sur Mars en février.", "Mars").unwrap().0, "LOC");
    assert_eq!(find("Elle tourne autour de la Terre en 90 minutes.", "Terre").unwrap().0, "LOC");
    // The month is written in lower case, and a capitalised one opening a
    // sentence is no planet.
    assert!(find("Le 12 mars, il pleuvait.", "mars").is_none());
    assert!(find("Mars 2016 a été pluvieux.", "Mars").is_none());
}

#[test]
fn a_name_holding_a_place_that_speaks_is_a_body() {
    let (t, src, _) = find("Radio Bolivie a annoncé que le match était reporté.", "Radio Bolivie").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:speaking_name"));
    // A listed body in the run is no part of it.
    let m = mentions("Le secrétaire général de l'ONU Xaviro Plumtek a annoncé que la séance était levée.");
    assert!(!m.iter().any(|m| m.0.starts_with("ONU ")), "{m:?}");
}

#[test]
fn a_named_site_includes_its_head() {
    let (t, src, _) = find("Ils se sont réunis place de la Vorlandie mardi.", "place de la Vorlandie").unwrap();
    assert_eq!((t, src.as_str()), ("LOC", "rule:site_head"));
    assert_eq!(find("La montée du mont Zorvak est raide.", "mont Zorvak").unwrap().0, "LOC");
    assert_eq!(find("Ils avancent dans le désert syrien depuis mai.", "désert syrien").unwrap().0, "LOC");
    // Not a listed name after a lower-case head, nor a person.
    let m = mentions("Il a pris la place de la France dans le classement, à la place de Jean Plumtek.");
    assert!(!m.iter().any(|m| m.0.starts_with("place")), "{m:?}");
}

#[test]
fn a_listed_organisation_and_a_place_after_it_name_its_branch() {
    let (t, src, _) = find("Le vaccin de Renault Bolivie est prêt.", "Renault Bolivie").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:org_branch"));
    // Not across punctuation, nor before another capitalised word.
    let m = mentions("Renault, Bolivie : les ventes montent. Renault Bolivie Sud recrute.");
    assert!(!m.iter().any(|m| m.0 == "Renault Bolivie"), "{m:?}");
    // An unknown acronym before a listed town: a club named after it.
    let (t, src, _) = find("Le KSC Lyon a battu ses rivaux.", "KSC Lyon").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:org_branch"));
}

#[test]
fn a_listed_name_is_found_with_a_capital_after_its_hyphen() {
    let m = mentions("Le dirigeant Kim Jong-Un a inspecté le site.");
    assert!(m.iter().any(|m| m.0 == "Kim Jong-Un" && m.3 == "Kim Jong-un"), "{m:?}");
}

#[test]
fn an_unknown_name_apposed_to_a_kind_of_organisation_is_one() {
    let (t, src, _) =
        find("« Tout est suspendu », a déclaré Zortam, la Confédération de football de la région.", "Zortam").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:apposed_body"));
    // Not before a description of a person.
    assert!(find("Il a croisé Zortam, le porte-parole du club.", "Zortam").is_none_or(|m| m.0 != "ORG"));
}

#[test]
fn acronyms_joined_by_a_hyphen() {
    let (t, src, _) = find("Les élus du ZRDD-FKL ont voté contre.", "ZRDD-FKL").unwrap();
    assert_eq!((t, src.as_str()), ("ORG", "rule:acronym"));
}

#[test]
fn a_capitalised_institution_alone_after_its_article() {
    let (t, _, _) = find("Le texte a été adopté par le Parlement mardi.", "Parlement").unwrap();
    assert_eq!(t, "ORG");
    // Not a complement of another name, nor before a word that may continue it.
    let m = mentions("Il a gagné la Coupe de la Ligue. Il a rejoint la Ligue rouge.");
    assert!(!m.iter().any(|m| m.0 == "Ligue"), "{m:?}");
}

#[test]
fn an_organisation_head_takes_no_infinitive_as_its_complement() {
    let m = mentions("Il revient au Conseil européen de la valider avant lundi.");
    assert!(m.iter().any(|m| m.0 == "Conseil européen"), "{m:?}");
    let m = mentions("Il a demandé à l'Église vorlandaise de tenter une médiation.");
    assert!(!m.iter().any(|m| m.0.contains("tenter")), "{m:?}");
}

#[test]
fn a_team_sheet_lists_players() {
    let text = "Le club local a gagné la finale samedi.\n\nBravolek (7 arrêts)\nKarvinen L. (4/4)\nRuiz Talavera (1/6)\nMorency\n\
                M'Baloum (0/1)\nPorte (2/3)\n\nLa saison reprend en mai.";
    for name in ["Bravolek", "Karvinen L.", "Ruiz Talavera", "Morency", "M'Baloum", "Porte"] {
        let (t, src, _) = find(text, name).unwrap_or_else(|| panic!("{name} not tagged"));
        assert_eq!((t, src.as_str()), ("PER", "rule:roster"), "{name}");
    }
    // Three lines are no block; nor are lines without figures in brackets.
    let short = "Bravolek (7 arrêts)\nKarvinen (4/4)\nMorency (1/6)\n";
    assert!(find(short, "Bravolek").is_none());
    let headings = "Introduction\nMéthodes\nRésultats\nDiscussion\nConclusion\n";
    assert!(mentions(headings).iter().all(|m| m.2 != "rule:roster"));
    // A league table lists clubs: listed places and acronyms are no players.
    let table = "Lyon (45 pts)\nMarseille (42 pts)\nNantes (40 pts)\nBordeaux (38 pts)\nZorvak (35 pts)\n";
    assert!(mentions(table).iter().all(|m| m.2 != "rule:roster"), "{:?}", mentions(table));
}

#[test]
fn a_lower_case_long_form_opening_with_an_organisation_head_is_defined() {
    let text = "Le dossier a été transmis à l'office régional des eaux vives (OREV). L'OREV a confirmé.";
    let (t, src, name) = find(text, "office régional des eaux vives").expect("long form");
    assert_eq!((t, src.as_str(), name.as_str()), ("ORG", "rule:acronym_definition", "office régional des eaux vives"));
    assert_eq!(find(text, "OREV").unwrap().2, "office régional des eaux vives");
    // Not any lower-case words that spell the letters.
    assert!(find("Il a parlé de la reprise économique rapide (REP) hier.", "reprise économique rapide").is_none());
}

#[test]
fn an_acronym_before_a_number_is_a_designation() {
    assert!(find("La supernova KRZ 2011a a été observée par le télescope.", "KRZ").is_none());
    assert_eq!(find("Le KRZ a été fondé en 1990.", "KRZ").unwrap().0, "ORG");
}

#[test]
fn an_institution_in_lower_case_with_a_named_complement_is_an_organisation() {
    let text = "L'enquête a été confiée à la gendarmerie de Valbrune et à l'université de Castelmoran.";
    assert_eq!(find(text, "gendarmerie de Valbrune").map(|m| m.0), Some("ORG"));
    assert_eq!(find(text, "université de Castelmoran").map(|m| m.0), Some("ORG"));
    // Not without a name: « un comité de quartier ».
    assert!(mentions("Ils ont fondé un comité de quartier.").is_empty());
    // A passive participle before its agent is no adjective of the name.
    let text = "Une étude de l'université d'État de Pennsylvanie dirigée par un chercheur le confirme.";
    assert_eq!(find(text, "université d'État de Pennsylvanie").map(|m| m.0), Some("ORG"));
}

#[test]
fn a_factory_or_a_subcontractor_names_a_company() {
    for (text, name) in [
        ("Les soupçons visent l'usine Zorvalp, installée en 1987.", "Zorvalp"),
        ("Grève chez le sous-traitant Varlex depuis lundi.", "Varlex"),
    ] {
        let (t, src, _) = find(text, name).expect(text);
        assert_eq!((t, src.as_str()), ("ORG", "rule:described_org"), "{text}");
    }
}

#[test]
fn a_sentence_inside_a_quotation_starts_after_its_period() {
    // « Sur » and « Mon » are also listed places; a capitalised function
    // word opening a sentence is no mention, inside a quotation too.
    let m = mentions("« Ils ont menti. Sur les quarante postes promis, aucun n'a abouti. Mon frère le sait. »");
    assert!(m.is_empty(), "{m:?}");
}

#[test]
fn a_word_in_capitals_after_en_is_no_town() {
    assert!(find("Elle a été embauchée en CDI l'an dernier.", "CDI").is_none_or(|(t, _, _)| t != "LOC"));
}

#[test]
fn no_person_name_opens_with_a_roman_numeral() {
    let m = mentions("Privés de leurs internationaux, retenus avec le XV de France, les joueurs ont perdu.");
    assert!(m.iter().all(|m| m.1 != "PER"), "{m:?}");
    // A regnal number after the name is part of it.
    assert_eq!(find("Le roi Louis XIV a signé.", "Louis XIV").map(|f| f.0), Some("PER"));
}
