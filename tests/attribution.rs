//! One test per attribution pattern and hard case, on sentences written for
//! these tests (French and English). Each checks kind, text, speaker as
//! written and resolved speaker name.

use std::sync::OnceLock;
use whosaid::quotes::Quote;
use whosaid::{Analysis, Config, Document, Pipeline};

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new(Config::default()).expect("bundled data loads"))
}

#[derive(Debug)]
struct Row {
    kind: &'static str,
    text: String,
    speaker: String,
    name: String,
    rule: &'static str,
    cue: String,
}

fn quotes(text: &str) -> Vec<Row> {
    let doc = Document::new("t", text);
    let a: Analysis = pipeline().process(&doc);
    a.quotes
        .iter()
        .map(|q: &Quote| Row {
            kind: q.kind.as_str(),
            text: text[q.start..q.end].to_string(),
            speaker: q.speaker.map(|(s, e)| text[s..e].to_string()).unwrap_or_default(),
            name: q.speaker_entity.map(|i| a.entities[i].name.to_string()).unwrap_or_default(),
            rule: q.rule,
            cue: q.cue.map(|(s, e)| text[s..e].to_string()).unwrap_or_default(),
        })
        .collect()
}

fn only(text: &str) -> Row {
    let mut q = quotes(text);
    assert_eq!(q.len(), 1, "expected one quote in {text:?}, got {:?}", q.iter().map(|r| &r.text).collect::<Vec<_>>());
    q.remove(0)
}

#[test]
fn quote_cue_speaker_with_apposition() {
    let r = only("« Nous ne céderons pas », a déclaré le ministre de l'Intérieur, Jean Dupont.");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "Nous ne céderons pas"));
    assert_eq!(r.speaker, "le ministre de l'Intérieur, Jean Dupont");
    assert_eq!(r.name, "Jean Dupont");
    assert_eq!(r.rule, "quote_cue_speaker");
}

#[test]
fn inverted_pronoun_resolves_to_previous_person() {
    let q = quotes("Le maire de Lyon, Paul Martin, est arrivé en retard. « C'est inacceptable », a-t-il déclaré.");
    let r = q.iter().find(|r| r.text == "C'est inacceptable").expect("quote found");
    assert_eq!(r.kind, "direct");
    assert_eq!(r.speaker, "il");
    assert_eq!(r.name, "Paul Martin");
}

#[test]
fn speaker_cue_colon_quote() {
    let r = only("La porte-parole Anne Leroy a déclaré : « Le dossier est clos. »");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "Le dossier est clos"));
    assert_eq!(r.speaker, "La porte-parole Anne Leroy");
    assert_eq!(r.name, "Anne Leroy");
    assert_eq!(r.rule, "speaker_cue_colon");
}

#[test]
fn que_clause_is_indirect_with_organisation_speaker() {
    let r = only("Le ministère espagnol de la Santé a annoncé que trois cents nouveaux cas avaient été recensés.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "trois cents nouveaux cas avaient été recensés"));
    assert_eq!(r.speaker, "Le ministère espagnol de la Santé");
    assert_eq!(r.rule, "speaker_cue_que");
}

#[test]
fn que_clause_with_partial_quote_gives_two_rows() {
    let q = quotes("Le sénateur Marc Blanc a estimé que la réforme était « un désastre annoncé » pour les retraités.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].kind, "indirect");
    assert_eq!(q[0].text, "la réforme était « un désastre annoncé » pour les retraités");
    assert_eq!(q[1].kind, "partial");
    assert_eq!(q[1].text, "un désastre annoncé");
    assert_eq!(q[1].name, "Marc Blanc");
}

#[test]
fn frame_verb_partial_quote() {
    let r = only("La députée Sophie Garnier a qualifié le projet de « honteux ».");
    assert_eq!((r.kind, r.text.as_str()), ("partial", "honteux"));
    assert_eq!(r.name, "Sophie Garnier");
}

#[test]
fn selon_before_and_after() {
    let r = only("Selon la police, trois personnes ont été arrêtées dans la nuit.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "trois personnes ont été arrêtées dans la nuit"));
    assert_eq!(r.speaker, "la police");
    assert_eq!(r.rule, "selon");
    let r = only("Le pont restera fermé jusqu'à lundi, selon la mairie de Nantes.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "Le pont restera fermé jusqu'à lundi"));
    assert_eq!(r.speaker, "la mairie de Nantes");
}

#[test]
fn selon_source_stops_before_a_press_addressee() {
    let r = only("Selon un porte-parole de la police à Reuters, le suspect a été arrêté.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("un porte-parole de la police", "le suspect a été arrêté"));
    // A place after « à » belongs to the description.
    let r = only("Selon le consul de France à Marseille, le navire est reparti.");
    assert_eq!(r.speaker, "le consul de France à Marseille");
}

#[test]
fn selon_laquelle_is_not_a_cue() {
    assert!(quotes("Une rumeur selon laquelle le club serait vendu circule depuis hier.").is_empty());
}

#[test]
fn infinitive_clause() {
    let r = only("L'entreprise a affirmé avoir respecté toutes les règles en vigueur.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "avoir respecté toutes les règles en vigueur"));
    assert_eq!(r.rule, "speaker_cue_inf");
}

#[test]
fn incise_splits_one_quote_in_two() {
    let q = quotes("La présidente Claire Dubois est arrivée. « Nous voulons la paix, a-t-elle dit, mais pas à n'importe quel prix. »");
    let texts: Vec<&str> = q.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Nous voulons la paix", "mais pas à n'importe quel prix"]);
    for r in &q {
        assert_eq!(r.kind, "direct");
        assert_eq!(r.name, "Claire Dubois");
    }
}

#[test]
fn continuation_of_previous_speaker() {
    let q = quotes("« Le travail commence aujourd'hui », a déclaré Paul Martin. « Nous avons besoin de tout le monde pour réussir. »");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].rule, "continuation");
    assert_eq!(q[1].name, "Paul Martin");
    assert_eq!(q[1].kind, "direct");
}

#[test]
fn gerund_takes_the_sentence_subject() {
    let r = only("Le président Marc Lenoir a quitté la salle, affirmant que la séance était levée.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "la séance était levée"));
    assert_eq!(r.name, "Marc Lenoir");
}

#[test]
fn description_speaker_is_kept_unnamed() {
    let r = only("Un haut responsable européen a déclaré que l'accord était proche.");
    assert_eq!(r.speaker, "Un haut responsable européen");
    assert_eq!(r.name, "");
}

#[test]
fn relative_clause_is_skipped_in_subject() {
    let r = only("Le syndicat, qui représente les cheminots, a annoncé que la grève continuerait.");
    assert_eq!(r.speaker, "Le syndicat");
}

#[test]
fn aux_quote_predicate() {
    let r = only("Le Premier ministre Jean Castel a « pris acte » de la décision.");
    assert_eq!((r.kind, r.text.as_str()), ("partial", "pris acte"));
    assert_eq!(r.name, "Jean Castel");
}

#[test]
fn title_in_quotes_is_not_a_statement() {
    assert!(quotes("Le film « Les Visiteurs » est sorti en 1993 dans toute la France.").is_empty());
}

#[test]
fn unbalanced_marks_do_not_swallow_the_article() {
    let text = "Il a dit » oui.\nPuis « rien de plus\nLe ministre Paul Roux a déclaré : « Tout va bien. »";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "Tout va bien");
}

#[test]
fn multi_paragraph_quote() {
    let text = "Le ministre Paul Roux a déclaré : « Nous avons tout essayé.\n« Il faut maintenant avancer. »";
    let r = only(text);
    assert_eq!(r.text, "Nous avons tout essayé.\n« Il faut maintenant avancer");
    assert_eq!(r.name, "Paul Roux");
}

#[test]
fn english_said_after_quote() {
    let r = only("“We will not give up,” said Governor Ann Smith.");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "We will not give up"));
    assert_eq!(r.speaker, "Governor Ann Smith");
    assert_eq!(r.name, "Ann Smith");
}

#[test]
fn english_subject_then_said_after_quote() {
    let r = only("“It is over,” the minister said.");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "It is over"));
    assert_eq!(r.speaker, "the minister");
}

#[test]
fn english_colon_quote_and_told() {
    let r = only("John Carter said: “The plan works.”");
    assert_eq!((r.kind, r.text.as_str(), r.name.as_str()), ("direct", "The plan works", "John Carter"));
    let r = only("“This is a test,” John Carter told Reuters.");
    assert_eq!((r.kind, r.text.as_str(), r.name.as_str()), ("direct", "This is a test", "John Carter"));
}

#[test]
fn definite_role_description_refers_back_to_the_named_person() {
    let q = quotes(
        "Paul Verrand, le ministre bolivien des Mines, est arrivé lundi. Le sommet s'est ouvert. \
         « Nous voulons un accord », a déclaré le ministre bolivien.",
    );
    let r = q.last().expect("one quote");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le ministre bolivien", "Paul Verrand"));
    // Another nationality is someone else; an indefinite description is someone new.
    for text in [
        "Paul Verrand, le ministre bolivien des Mines, est arrivé. « Non », a déclaré le ministre péruvien.",
        "Paul Verrand, le ministre bolivien des Mines, est arrivé. « Non », a déclaré un ministre.",
    ] {
        let q = quotes(text);
        assert_eq!(q.last().expect("one quote").name, "", "{text}");
    }
}

#[test]
fn avant_de_takes_the_subject_of_its_own_clause() {
    let q = quotes("Les témoins racontent qu'un homme a tiré dans le dos avant de déclarer qu'il vengeait la ville.");
    let got: Vec<_> = q.iter().map(|r| (r.text.as_str(), r.speaker.as_str())).collect();
    assert_eq!(got, [("un homme a tiré dans le dos", "Les témoins"), ("il vengeait la ville", "un homme")], "{got:?}");
    // A shout is a speech act too (« crier », « lancer », « scander »).
    let q = quotes("Les témoins racontent qu'un homme a tiré avant de crier « Vive la révolution ».");
    let r = q.last().expect("two quotes");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("direct", "Vive la révolution", "un homme"));
    // With no clause of its own, it continues the speaker before it.
    let q = quotes("« Nous partons », a-t-il ajouté, avant de préciser que le vol était annulé.");
    assert!(q.iter().all(|r| r.speaker == "il"), "{:?}", q.iter().map(|r| &r.speaker).collect::<Vec<_>>());
}

#[test]
fn framing_cue_with_par_before_a_quote() {
    let r = only("Le ministre a conclu par « Nous tiendrons bon ».");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("direct", "Nous tiendrons bon", "Le ministre"));
    // Not a passive's agent.
    assert!(quotes("Le film a été critiqué par « Le Quotidien ».").iter().all(|r| r.speaker.is_empty()));
}

#[test]
fn nationality_noun_before_a_name_resolves_it() {
    let r = only("« Le moment est venu », a déclaré le Belge Marc Verrand.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le Belge Marc Verrand", "Marc Verrand"));
}

#[test]
fn focus_word_is_no_part_of_the_subject() {
    let r = only("Seul le maire de Quillac, Paul Verrand, a refusé, considérant que le moment n'est pas le bon.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le maire de Quillac, Paul Verrand", "Paul Verrand"));
}

#[test]
fn quoted_predicate_after_its_subject() {
    // A quotation opening with a clitic or a negation is the subject's words.
    let r = only("Le syndicat « se réjouit de cette victoire ».");
    assert_eq!((r.kind, r.speaker.as_str(), r.rule), ("partial", "Le syndicat", "aux_quote"));
    // Not after a thing.
    let q = quotes("Le bilan « ne cesse de s'alourdir ».");
    assert!(q.iter().all(|r| r.speaker.is_empty()), "{:?}", q.iter().map(|r| &r.speaker).collect::<Vec<_>>());
}

#[test]
fn coordinated_charges_are_no_quotes() {
    let q =
        quotes("Bien qu'il ait été écroué pour « vol » et « recel », ses parents affirment qu'« il est innocent ».");
    let texts: Vec<&str> = q.iter().map(|r| r.text.as_str()).collect();
    assert!(!texts.contains(&"vol") && !texts.contains(&"recel"), "{texts:?}");
    assert!(texts.contains(&"il est innocent"), "{texts:?}");
}

#[test]
fn selon_a_count_names_its_issuer_or_no_one() {
    assert!(quotes("Au moins 12 personnes ont été tuées, selon un bilan provisoire.").is_empty());
    let r = only("Selon les chiffres du ministère bolivien de la Santé, le chômage a baissé.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("ministère bolivien de la Santé", "le chômage a baissé"));
}

#[test]
fn selon_source_with_participle_affiliation_or_role_apposition() {
    let r = only("Selon le directeur du club, interrogé par la radio, les tirs ont débuté à 2 heures.");
    assert_eq!(r.text, "les tirs ont débuté à 2 heures");
    assert_eq!(r.speaker, "le directeur du club, interrogé par la radio");
    let r = only("Selon Paul Verrand, de l’Université de Quillac, la crise va durer.");
    assert_eq!((r.text.as_str(), r.name.as_str()), ("la crise va durer", "Paul Verrand"));
    let r = only("D'après un communiqué du groupe, l'agence de presse du mouvement, il aurait fui.");
    assert_eq!(r.text, "il aurait fui");
}

#[test]
fn english_clause_without_that() {
    // A bare noun subject: an auxiliary follows it.
    let r = only("A shop owner said insurance would not cover the losses.");
    assert_eq!(
        (r.kind, r.text.as_str(), r.speaker.as_str()),
        ("indirect", "insurance would not cover the losses", "A shop owner")
    );
    // "told" skips its addressee, a name with its article.
    let r = only("The sheriff told the Harlan Courier the roads would reopen soon.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("the roads would reopen soon", "The sheriff"));
    // A pronoun after an unnamed speaker is that speaker, not an earlier name.
    let q = quotes(
        "“We are safe,” said Tom Vasko, a spokesman. A shop owner said insurance would not pay. “I don't know what we'll do,” he said.",
    );
    let last = q.last().expect("three quotes");
    assert_eq!((last.speaker.as_str(), last.name.as_str()), ("he", ""));
}

#[test]
fn english_indirect_that_and_according_to() {
    let r = only("The company said that profits rose sharply in March.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "profits rose sharply in March"));
    assert_eq!(r.speaker, "The company");
    let r = only("According to the report, prices fell by ten percent.");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("indirect", "prices fell by ten percent", "the report"));
}

#[test]
fn english_said_without_that() {
    let r = only("A senior official told reporters the talks would resume next week.");
    assert_eq!(r.kind, "indirect");
    assert_eq!(r.text, "the talks would resume next week");
    assert_eq!(r.speaker, "A senior official");
}

#[test]
fn surname_resolves_to_full_name() {
    let q = quotes("Le ministre Hugo Vasseur est à Lille. Vasseur a déclaré que le budget serait voté.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker, "Vasseur");
    assert_eq!(q[0].name, "Hugo Vasseur");
}

#[test]
fn english_claim_before_subject_and_verb_skips_the_dateline() {
    let r = only("LIMA, May 3 (Reuters) - The river burst its banks overnight, local officials said on Monday.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "The river burst its banks overnight"));
    assert_eq!(r.speaker, "local officials");
    assert_eq!(r.rule, "cue_speaker_after");
}

#[test]
fn participial_segment_is_not_the_speaker() {
    let r = only("A senior diplomat, speaking on condition of anonymity, said the talks had stalled.");
    assert_eq!(r.speaker, "A senior diplomat");
    assert_eq!(r.text, "the talks had stalled");
}

#[test]
fn capitalised_cue_word_in_a_title_is_not_a_verb() {
    let r = only("“We are ready,” Secretary of State Maria Gonzales told reporters.");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "We are ready"));
    assert_eq!(r.name, "Maria Gonzales");
}

#[test]
fn relative_clause_then_said_is_not_inversion() {
    let r = only("Mary Cole, who has led the firm since 2014, said the company would cut 1,000 jobs.");
    assert_eq!(r.speaker, "Mary Cole");
    assert_eq!(r.text, "the company would cut 1,000 jobs");
}

#[test]
fn apposition_keeps_its_prepositions() {
    let r = only("“This is the third warning,” said Dan Weller, an analyst at Harbor Securities.");
    assert_eq!(r.speaker, "Dan Weller, an analyst at Harbor Securities");
}

#[test]
fn adverbial_between_inverted_verb_and_subject() {
    let r = only("« Il faut écouter la colère », estime pour sa part le député Marc Vidal.");
    assert_eq!((r.kind, r.name.as_str()), ("direct", "Marc Vidal"));
}

#[test]
fn d_apres_source_runs_to_the_comma() {
    let r = only("D'après un sondage publié dimanche, la majorité des électeurs est opposée au projet.");
    assert_eq!(r.speaker, "un sondage publié dimanche");
    assert_eq!(r.text, "la majorité des électeurs est opposée au projet");
}

#[test]
fn pronoun_after_a_description_stays_unnamed() {
    let q = quotes("Paul Martin left the room. “We are shocked,” a spokeswoman for the agency told AFP. The agency has opened an inquiry, she said.");
    let r = q.iter().find(|r| r.text == "The agency has opened an inquiry").expect("claim found");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("she", ""));
}

#[test]
fn noun_after_determiner_is_not_a_cue() {
    let q = quotes("“Demand was soft,” Tim Ward said on a call with analysts. “But we remain confident.”");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker, "Tim Ward");
    assert_eq!(q[1].rule, "continuation");
}

#[test]
fn organisation_after_its_description_is_the_speaker() {
    let r = only("Le quotidien Le Figaro a affirmé que la réforme serait reportée.");
    assert_eq!(r.speaker, "Le quotidien Le Figaro");
    assert_eq!(r.name, "Le Figaro");
    let r = only("Selon l'agence Reuters, la réforme serait reportée.");
    assert_eq!(r.name, "Reuters");
    // A description that names nothing, in capitals (an acronym noun).
    let r = only("« Ce n'est que le début », avertit l'ONG Greenpeace dans un rapport.");
    assert_eq!(r.name, "Greenpeace");
    // A preposition makes the description someone else: the spokesman of
    // the agency speaks, not the agency.
    let r = only("Le porte-parole de l'agence Reuters a affirmé que la réforme serait reportée.");
    assert_eq!(r.speaker, "Le porte-parole de l'agence Reuters");
    assert_eq!(r.name, "");
    // « de » before a common noun is part of the description; an
    // organisation no list holds is found after it.
    let r = only("Selon l'agence de presse Velmoria, la réforme serait reportée.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("l'agence de presse Velmoria", "Velmoria"));
    let r = only("L'opérateur Zentrix a affirmé que le réseau serait rétabli.");
    assert_eq!(r.name, "Zentrix");
}

#[test]
fn occupation_then_name_is_the_person() {
    let r = only("Le vulcanologue Anselm Drovic a déclaré que l'éruption pourrait durer.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Le vulcanologue Anselm Drovic", "Anselm Drovic"));
}

#[test]
fn press_cues_and_opinion_verbs() {
    let r = only("« C'est une honte », a tweeté le sénateur Paul Girard.");
    assert_eq!((r.kind, r.name.as_str()), ("direct", "Paul Girard"));
    let r = only("« Rien ne change », a réagi la maire, Anne Roux.");
    assert_eq!(r.name, "Anne Roux");
    let r = only("Le gouvernement espère que la croissance repartira.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "la croissance repartira"));
    // An opinion verb coordinated with the sentence's subject reports
    // nothing before it; inverted, it does.
    assert!(quotes("En 2012, il avait remporté trois titres, et espère rééditer cet exploit.").is_empty());
    let r = only("La réforme est indispensable, estime le ministre.");
    assert_eq!(r.speaker, "le ministre");
}

#[test]
fn a_gerund_of_opinion_ends_the_clause_only_when_it_opens_one() {
    let r = only("Le maire a affirmé que les habitants avaient fui, craignant pour leur vie.");
    assert_eq!(r.text, "les habitants avaient fui, craignant pour leur vie");
    let q = quotes("Le maire a affirmé que les habitants avaient fui, craignant que le barrage cède.");
    assert_eq!(q[0].text, "les habitants avaient fui");
}

#[test]
fn compound_conjunction_que_is_not_the_content() {
    assert!(quotes("Les secours craignent de nouvelles explosions alors que le feu brûle toujours.").is_empty());
    let r = only("Le ministre a insisté pour que les négociations reprennent.");
    assert_eq!(r.text, "les négociations reprennent");
}

#[test]
fn pronoun_never_takes_a_person_of_the_other_gender() {
    // Éric is a man's name (the dictionary spells it Eric): « elle » stays unnamed.
    let q = quotes("Le ministre Éric Lemoine a quitté la salle. « Nous n'avons rien reçu », a-t-elle expliqué.");
    let r = q.iter().find(|r| r.speaker == "elle").expect("the quote");
    assert_eq!(r.name, "");
}

#[test]
fn light_verb_cues() {
    let r = only("Le ministère a fait savoir que les négociations reprendraient lundi.");
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "les négociations reprendraient lundi"));
    assert_eq!(r.speaker, "Le ministère");
    let r = only("« Nous sommes mobilisés », a fait savoir la ministre Claire Dumont dans un communiqué.");
    assert_eq!((r.kind, r.name.as_str()), ("direct", "Claire Dumont"));
    // « savoir » alone is no cue, nor the light verb's infinitive.
    assert!(quotes("Il veut savoir que la route est ouverte.").is_empty());
    assert!(quotes("Le ministère va faire savoir que les négociations reprendront.").is_empty());
}

#[test]
fn english_cue_after_to_is_an_infinitive() {
    let q = quotes("A spokeswoman declined to comment further on the talks.");
    assert!(q.is_empty(), "{:?}", q.iter().map(|r| &r.text).collect::<Vec<_>>());
}

#[test]
fn quote_with_its_own_inverted_incise_is_not_a_continuation() {
    let q = quotes(
        "Le maire Paul Rivière a déclaré que la séance était levée. « Le projet est abandonné », peut-on lire dans le communiqué.",
    );
    let r = q.iter().find(|r| r.text == "Le projet est abandonné").expect("the quote is kept");
    assert_eq!((r.name.as_str(), r.rule), ("", "unattributed"));
}

#[test]
fn short_lower_case_quote_after_the_cue_is_partial() {
    let r = only("La ministre Rachel Morel s'est dite « très inquiète » de la situation.");
    assert_eq!((r.kind, r.text.as_str(), r.name.as_str()), ("partial", "très inquiète", "Rachel Morel"));
    // A clause is an utterance, whatever its first letter.
    let r = only("An EU official said “we believe it is important to keep talking.”");
    assert_eq!(r.kind, "direct");
}

#[test]
fn english_roles_and_opinion_verbs() {
    let r = only("Central Bank Chair Dana Whitlow warned that rates could stay higher for longer.");
    assert_eq!(r.name, "Dana Whitlow");
    let r = only("Sen. Mara Quill believes the bill will pass.");
    assert_eq!((r.kind, r.text.as_str(), r.name.as_str()), ("indirect", "the bill will pass", "Mara Quill"));
}

#[test]
fn addressee_between_cue_and_inverted_subject() {
    let r = only("« La situation est sous contrôle », a indiqué à l'AFP une source sécuritaire.");
    assert_eq!((r.kind, r.speaker.as_str()), ("direct", "une source sécuritaire"));
    let r = only("« Nous tiendrons », a dit aux journalistes le colonel Ivan Petrenko.");
    assert_eq!(r.name, "Ivan Petrenko");
    // A medium no list holds, before the subject's determiner.
    let r = only("« L'enquête avance », a indiqué au Quotidien Vorlan le premier substitut du procureur.");
    assert_eq!(r.speaker, "le premier substitut du procureur");
}

#[test]
fn uninverted_french_cue_reports_the_clause_before_only_at_its_end() {
    assert!(quotes("Alors que les deux reprises sont perdues, elle a réagi pour remporter la troisième.").is_empty());
    let r = only("« Nous partons », il a ajouté.");
    assert_eq!(r.text, "Nous partons");
    let r = only("The talks have stalled, officials said on Tuesday.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("The talks have stalled", "officials"));
}

#[test]
fn adverbial_segments_and_time_words_around_the_subject() {
    let r = only("Le syndicat, quant à lui, a confirmé que la grève continuerait.");
    assert_eq!(r.speaker, "Le syndicat");
    let r = only("« La grève est finie » mardi, mettant ainsi fin au conflit, a déclaré le maire Paul Roux.");
    assert_eq!((r.kind, r.text.as_str(), r.name.as_str()), ("direct", "La grève est finie", "Paul Roux"));
    let r = only("« Nous sommes prêts », a déclaré mardi soir le ministre Marc Vidal.");
    assert_eq!(r.name, "Marc Vidal");
    assert!(quotes("Rien n'indique que la hausse sera durable.").is_empty());
}

#[test]
fn continuation_needs_a_previous_statement() {
    // « réagit aux matchs » says nothing: the next quote is nobody's.
    let q = quotes(
        "Le public réagit aux matchs en cours avec enthousiasme.\n\n« Nous n'avons jamais vu une ambiance pareille dans cette salle. »",
    );
    assert_eq!((q[0].name.as_str(), q[0].rule), ("", "unattributed"));
    // A paragraph ending with a colon announces the quote that follows.
    let q = quotes("Le maire Paul Roux a réagi vivement à l'annonce :\n\n« C'est un geste inacceptable. »");
    assert_eq!(q[0].name, "Paul Roux");
}

#[test]
fn incise_between_cue_and_que() {
    let r = only("Le ministre a estimé, dans un entretien au journal, que la réforme était nécessaire.");
    assert_eq!(
        (r.kind, r.text.as_str(), r.speaker.as_str()),
        ("indirect", "la réforme était nécessaire", "Le ministre")
    );
}

#[test]
fn quote_over_two_paragraphs_belongs_to_the_cue_after_it() {
    let q = quotes(
        "Le maire Paul Roux a parlé de la crise.\n\n« Nous avons perdu une bataille. Nous reviendrons.\n\n« Les électeurs ont parlé », a poursuivi la cheffe du parti, Anne Rivière.",
    );
    let r = q.iter().find(|r| r.text.starts_with("Nous avons perdu")).expect("the quote");
    assert_eq!((r.kind, r.name.as_str()), ("direct", "Anne Rivière"));
}

#[test]
fn pronoun_in_a_subordinate_clause_is_the_sentence_subject() {
    let q = quotes(
        "« Nous tiendrons », a déclaré le colonel Ivan Petrenko. Le Premier ministre a renouvelé sa confiance au ministre, qu'il juge « compétent ».",
    );
    let r = q.iter().find(|r| r.text == "compétent").expect("the partial quote");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("il", ""));
}

#[test]
fn dateline_with_a_place_in_capitals_is_not_part_of_the_claim() {
    let r = only("KYIV, Ukraine — Ukrainian forces repelled a major assault, the General Staff said Sunday.");
    assert_eq!(
        (r.text.as_str(), r.speaker.as_str()),
        ("Ukrainian forces repelled a major assault", "the General Staff")
    );
}

/// The row whose text is `quoted`, in the quotes of `text`.
fn row(text: &str, quoted: &str) -> Row {
    quotes(text).into_iter().find(|r| r.text == quoted).unwrap_or_else(|| panic!("no quote {quoted:?} in {text:?}"))
}

#[test]
fn speaker_phrase_stops_at_clitics_relatives_and_conjunctions() {
    // (sentence, quoted or reported text, speaker as written)
    let cases = [
        // An object clitic before the verb is not part of the subject.
        ("Le syndicat y dénonce l'« inaction » du directeur.", "inaction", "Le syndicat"),
        ("Le ministre en appelle à « la raison » de chacun.", "la raison", "Le ministre"),
        // An object relative: the subject is after « à laquelle ».
        (
            "Les essais ont repris en mars, date à laquelle Pékin a annoncé qu'il avait lancé un satellite.",
            "il avait lancé un satellite",
            "Pékin",
        ),
        // A verb after « et » shares the subject of the first verb.
        (
            "Le quotidien Le Courrier estime avoir eu raison et ajoute que le journal ne cédera pas.",
            "le journal ne cédera pas",
            "Le quotidien Le Courrier",
        ),
        // A headline topic, a date and a participial segment are not the subject.
        ("Grippe : l'OMS déclare que l'épidémie est terminée.", "l'épidémie est terminée", "l'OMS"),
        (
            "Le 19 août dernier, Paul Girard avait précisé que la réforme attendrait.",
            "la réforme attendrait",
            "Paul Girard",
        ),
        (
            "Un rapport de l'inspection, publié le 27 juillet, assurait que les effectifs suffisaient.",
            "les effectifs suffisaient",
            "Un rapport de l'inspection",
        ),
        (
            "Par exemple, outre-Atlantique, un chercheur a analysé les données et a constaté que les décès avaient baissé.",
            "les décès avaient baissé",
            "un chercheur",
        ),
        (
            "Face à ces chiffres, le ministre a défendu son bilan, estimant que les promesses étaient tenues.",
            "les promesses étaient tenues",
            "le ministre",
        ),
        // A bracket closing the subject glosses it.
        (
            "La Police provinciale (PPO) a confirmé que le suspect était arrêté.",
            "le suspect était arrêté",
            "La Police provinciale",
        ),
        // An adverb before the verb is not part of the subject.
        ("He also said he would meet business leaders next week.", "he would meet business leaders next week", "He"),
        // « d’autres » and « de nombreux » are partitives, not prepositions.
        ("D'autres policiers ont déclaré que l'homme était armé.", "l'homme était armé", "D'autres policiers"),
    ];
    for (text, quoted, speaker) in cases {
        assert_eq!(row(text, quoted).speaker, speaker, "in {text:?}");
    }
}

#[test]
fn a_coordinated_verb_reports_nothing_before_its_conjunction() {
    let q =
        quotes("Karim Benali, le Premier ministre, a fait part d'une « immense tristesse » et a prévenu de troubles.");
    assert_eq!(q.len(), 1, "{:?}", q.iter().map(|r| &r.text).collect::<Vec<_>>());
    assert_eq!((q[0].kind, q[0].text.as_str(), q[0].name.as_str()), ("partial", "immense tristesse", "Karim Benali"));
    // « mais a annoncé que »: the subject of the first verb.
    let r = row(
        "Le maire n'a pas précisé la date, mais a annoncé que les travaux dureraient un an.",
        "les travaux dureraient un an",
    );
    assert_eq!(r.speaker, "Le maire");
}

#[test]
fn a_participle_after_a_noun_is_no_cue() {
    let r = only("Cette affiche dénonce le prix « scandaleux » des loyers.");
    assert_eq!(r.speaker, "Cette affiche");
    assert!(quotes("Cette annonce fait suite à celle annonçant que le pays quitte le traité.").is_empty());
    // Opening a phrase, it shares the speaker (« Se disant … , le conseil »).
    let r = only("Se disant « confiant », le conseil a validé le budget.");
    assert_eq!(r.speaker, "le conseil");
}

#[test]
fn restrictive_ne_que_reports_nothing() {
    assert!(quotes("Les résultats ne seront annoncés qu'à partir de 21 heures par la commission.").is_empty());
    assert!(quotes("Le ministre n'a annoncé que deux mesures modestes.").is_empty());
    // With a negation word it is a negated report, still a « que » clause.
    let r = only("Le ministre n'a jamais affirmé que la réforme serait abandonnée.");
    assert_eq!(r.text, "la réforme serait abandonnée");
}

#[test]
fn selon_between_commas_reports_the_sentence_around_it() {
    let text = "Le bilan, selon la police, fait état de trois blessés graves.";
    let r = only(text);
    assert_eq!((r.kind, r.speaker.as_str()), ("indirect", "la police"));
    assert_eq!(r.text, "Le bilan, selon la police, fait état de trois blessés graves");
    // A clause stopping at its auxiliary resumes after a long source.
    let r = only("La navette aurait, selon des experts et la revue du lundi 29 août, subi une panne grave.");
    assert_eq!(r.text, "La navette aurait, selon des experts et la revue du lundi 29 août, subi une panne grave");
    // After a connective, the claim follows the source.
    let r = only("En effet, selon le rapport du bureau, il suffit de travailler une heure par semaine.");
    assert_eq!(r.text, "il suffit de travailler une heure par semaine");
    // « que selon lui « … » »: the quote is the source's words.
    let q = quotes("Le président a rappelé que selon lui « le scrutin était régulier ».");
    assert!(q.iter().any(|r| r.kind == "direct" && r.text == "le scrutin était régulier"));
    assert!(!q.iter().any(|r| r.text.starts_with("Le président")));
}

#[test]
fn inverted_subject_with_a_lower_case_role_or_an_addressee() {
    let r = only("« C'est ma première victoire » a déclaré maître Lambert après la finale.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("maître Lambert", "Lambert"));
    let r = only("« Rien n'est décidé » a assuré un proche du ministre au journal.");
    assert_eq!(r.speaker, "un proche du ministre");
}

#[test]
fn block_quotation_signed_on_the_next_line() {
    let text = "Le festival ouvrira en juin.\n\n« Nous sommes heureux de vous annoncer que la programmation est complète. »\n\n— Jean Dupont, directeur du festival\n\nIl accueillera quarante groupes.";
    let r = only(text);
    assert_eq!((r.kind, r.rule), ("direct", "signature"));
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Jean Dupont, directeur du festival", "Jean Dupont"));
    // A long signature keeps the name.
    let text = "« Nous sommes heureux de vous annoncer que la programmation est complète. »\n\n— Jean Dupont, \
                directeur adjoint du festival international de musique de chambre de la ville de Lyon\n\nFin.";
    assert_eq!(only(text).speaker, "Jean Dupont");
}

#[test]
fn a_source_keeps_its_apposition() {
    // (sentence, reported text, speaker as written, resolved name)
    let cases = [
        (
            "Selon le maire de Nantes, Paul Girard, les travaux dureront un an.",
            "les travaux dureront un an",
            "le maire de Nantes, Paul Girard",
            "Paul Girard",
        ),
        (
            "Pour Marc Lenoir, maire de Rennes, la décision est incompréhensible.",
            "la décision est incompréhensible",
            "Marc Lenoir, maire de Rennes",
            "Marc Lenoir",
        ),
        (
            "Le ministre des Finances, Marc Petit, affiche son optimisme, estimant que la croissance repartira.",
            "la croissance repartira",
            "Le ministre des Finances, Marc Petit",
            "Marc Petit",
        ),
    ];
    for (text, reported, speaker, name) in cases {
        let r = row(text, reported);
        assert_eq!((r.speaker.as_str(), r.name.as_str()), (speaker, name), "in {text:?}");
    }
}

#[test]
fn inverted_manner_verbs_and_relative_clauses_after_the_subject() {
    let r = only("« Je me sens comme un enfant », a-t-il plaisanté.");
    assert_eq!((r.rule, r.speaker.as_str()), ("quote_cue_speaker", "il"));
    let r = only("« Nous espérons sauver ceux qui sont enfouis », a déclaré un responsable qui craint le pire.");
    assert_eq!(r.speaker, "un responsable");
    let r = only("« Ils vont créer des emplois », a déclaré Paul Girard devant sa résidence.");
    assert_eq!(r.speaker, "Paul Girard");
}

#[test]
fn quoted_names_and_charges_are_nobody_s_words() {
    let text = "Le ministre a présenté le plan, baptisé « Horizon pour tous les enfants de la République ». \
                Le suspect a été mis en examen pour « association de malfaiteurs en relation avec une entreprise terroriste ».";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text).iter().map(|r| &r.text).collect::<Vec<_>>());
    // One capitalised word no lexicon knows is a name; « Non » is an answer.
    assert!(quotes("L'avion transportait les joueurs de l'équipe « Vitorianense » vers la finale.").is_empty());
    assert_eq!(only("Le ministre a répondu : « Non ».").text, "Non");
    // Criteria are no source.
    assert!(quotes("Selon les critères du bureau, il suffit de travailler une heure par semaine.").is_empty());
    // A quotation that is exactly a name the tagger found.
    assert!(quotes("Les forces kurdes ont annoncé la création du « Conseil militaire de Tell Abiad ».").is_empty());
    // « selon » as « in accordance with » before a quoted term.
    assert!(quotes("La sonde fonctionne selon un « mode sans échec » depuis mardi.").is_empty());
}

#[test]
fn a_reported_clause_never_starts_with_a_comma() {
    let r = only("Le Pentagone a affirmé que, ce mardi, deux avions ont été interceptés.");
    assert_eq!(r.text, "ce mardi, deux avions ont été interceptés");
}

#[test]
fn a_pronoun_prefers_the_previous_sentence_s_subject_to_an_earlier_speaker() {
    let text = "« Le budget est prêt », a déclaré Marc Petit. Paul Girard sait que le sujet est délicat. \
                Il estime que le vote attendra.";
    let r = row(text, "le vote attendra");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Il", "Paul Girard"));
    // Not when another person is named in that sentence: the latest wins.
    let text = "« Le budget est prêt », a déclaré Marc Petit. Paul Girard attaque et Jean Roux recule. \
                « J'ai tout donné », a-t-il déclaré.";
    assert_ne!(row(text, "J'ai tout donné").name, "Paul Girard");
}

#[test]
fn verb_groups_with_clitics_adverbials_and_a_shared_auxiliary() {
    // (sentence, reported text, speaker as written, cue)
    let cases = [
        (
            "Les autorités ont par la suite confirmé qu'il s'agissait d'un accident.",
            "il s'agissait d'un accident",
            "Les autorités",
            "ont par la suite confirmé",
        ),
        (
            "La joueuse en estime que les Suédoises n'iront pas loin.",
            "les Suédoises n'iront pas loin",
            "La joueuse",
            "en estime",
        ),
        (
            "La procureure avait parlé d'un procès historique et rappelé que le tribunal siégeait chaque jour.",
            "le tribunal siégeait chaque jour",
            "La procureure",
            "rappelé",
        ),
        (
            "Les États-Unis ont reculé, indiquant les avoir arrêtées après un avertissement.",
            "les avoir arrêtées après un avertissement",
            "Les États-Unis",
            "indiquant",
        ),
        (
            "Le Premier ministre a lui-même reconnu que la situation était grave.",
            "la situation était grave",
            "Le Premier ministre",
            "a lui-même reconnu",
        ),
        (
            "« Nous avons fait le maximum », a ajouté le maire, avant de préciser que les secours resteraient sur place.",
            "les secours resteraient sur place",
            "le maire",
            "préciser",
        ),
        (
            "La récolte pourrait doubler, comme l'indique Paul Girard, chercheur à l'institut.",
            "La récolte pourrait doubler",
            "Paul Girard, chercheur à l'institut",
            "indique",
        ),
    ];
    for (text, reported, speaker, cue) in cases {
        let r = row(text, reported);
        assert_eq!((r.speaker.as_str(), r.cue.as_str()), (speaker, cue), "in {text:?}");
    }
}

#[test]
fn a_subject_relative_reports_for_its_antecedent() {
    let r = row(
        "Le porte-parole du département d'État, Paul Girard, qui indique qu'il ne voit aucune raison de changer de cap.",
        "il ne voit aucune raison de changer de cap",
    );
    assert_eq!(r.name, "Paul Girard");
    // Not a demonstrative (« celui qui dit que … »).
    assert!(quotes("Celui qui affirme que la terre est plate se trompe.")
        .iter()
        .all(|r| r.speaker.is_empty() || r.speaker != "Celui"));
}

#[test]
fn sources_that_are_not_sources_and_words_of_a_source() {
    assert!(quotes("Les véhicules peuvent circuler, selon le jour, sur la voie de gauche.").is_empty());
    assert!(quotes("La troupe jouera Les Damnés, d'après le film de Paul Girard.").is_empty());
    let r = only("Selon les dires du témoin, le casting aurait eu lieu dans les locaux de la radio.");
    assert_eq!(r.speaker, "témoin");
    // A dash incise between the subject and its verb.
    let r = only("Paul Girard — par ailleurs ancien directeur du port — a annoncé que les quais fermeraient.");
    assert_eq!(r.speaker, "Paul Girard");
}

#[test]
fn english_modals_and_gerunds_after_a_titled_subject() {
    // "would respond" is an infinitive; the gerund keeps the spokesman.
    let text = "\"These sanctions are illegal,\" Kremlin spokesman Pavel Orlov told reporters, adding that Russia would respond.";
    let r = row(text, "Russia would respond");
    assert_eq!((r.name.as_str(), r.rule), ("Pavel Orlov", "speaker_cue_que"));
    assert_eq!(quotes(text).len(), 2);
    // "State" in a title is no cue; a past tense ends the subject.
    let r = only(
        "U.S. Secretary of State John Carter welcomed the decision, saying in a statement that it showed resolve.",
    );
    assert_eq!(r.speaker, "U.S. Secretary of State John Carter");
}

#[test]
fn english_affiliations_adjuncts_and_short_first_names() {
    let r = row("Sen. Laura Mills, R-Texas, said the measure was reckless.", "the measure was reckless");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Sen. Laura Mills", "Laura Mills"));
    let r = only("The company said in a statement it was disappointed by the ruling.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("it was disappointed by the ruling", "The company"));
    // A first name the list lacks, after a role, with a surname after it.
    let r = only("\"We will sign it,\" said President Dan Porter.");
    assert_eq!(r.name, "Dan Porter");
}

#[test]
fn a_quotation_after_a_colon_is_the_clause_subject_s() {
    let r = only("Le ministre Paul Girard est plus explicite : « Cinq associations ont continué à fonctionner. »");
    assert_eq!((r.rule, r.name.as_str()), ("colon_subject", "Paul Girard"));
    // Not a thing, nor the impersonal « il ».
    assert_ne!(only("Le slogan est simple : « Nous ne lâcherons rien, jamais, nulle part. »").rule, "colon_subject");
    assert_ne!(only("Il est clair : « Nous ne lâcherons rien, jamais, nulle part. »").rule, "colon_subject");
}

#[test]
fn opinions_labels_and_participial_clauses() {
    let r = only("Pour le plaignant, « l'organisation des primaires relève de décisions arbitraires ».");
    assert_eq!((r.rule, r.speaker.as_str()), ("pour_x", "le plaignant"));
    assert!(quotes("Il est l'auteur de « Vendredi ou les Limbes du Pacifique », paru en 1967.").is_empty());
    let r = only("Cinq hôpitaux ont été bombardés dans le nord du pays, tuant 50 civils, a affirmé l'ONU lundi.");
    assert_eq!(r.text, "Cinq hôpitaux ont été bombardés dans le nord du pays, tuant 50 civils");
}

#[test]
fn a_quoted_attribute_after_etre_and_a_sentence_ending_inside_marks() {
    let text = "L'imam de la ville, Paul Girard, est « effaré par le décès de son ami. » Il ajoute que « c'est un choc pour tous ».";
    let r = row(text, "effaré par le décès de son ami");
    assert_eq!((r.rule, r.name.as_str()), ("aux_quote", "Paul Girard"));
    assert_eq!(row(text, "c'est un choc pour tous").name, "Paul Girard");
    // Not a thing's attribute.
    assert!(quotes("Le bilan est « lourd ».").is_empty());
}

#[test]
fn narrative_infinitive_takes_the_subject_before_de() {
    // « Et X d’ajouter que … »: the phrase before « de » speaks.
    let q = quotes("Le maire a présenté le budget. Et le ministre d’ajouter que la réforme serait reportée.");
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].cue.as_str()), ("le ministre", "ajouter"));
    let r = only("Paul Vernier a parlé longtemps. Et lui d'affirmer que tout allait bien.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("lui", "Paul Vernier"));
    let r = only("Les syndicats ont manifesté. Eux d'ajouter : « Nous ne céderons pas. »");
    assert_eq!((r.kind, r.speaker.as_str()), ("direct", "Eux"));
    // An infinitive governed by a verb or a noun reports nothing.
    assert!(quotes("Le droit de dire que tout va bien est garanti.").is_empty());
    assert!(quotes("Il a refusé d'annoncer que la réforme serait reportée.").is_empty());
    assert!(quotes("L'autorité avait demandé à l'association de préciser que les chiffres étaient faux.").is_empty());
}

#[test]
fn names_inside_speaker_phrases() {
    // A hyphenated title whose last part is a role.
    let r = only("Selon le vice-procureur Anselm Drovic, l'enquête avance.");
    assert_eq!(r.name, "Anselm Drovic");
    // A possessive and a common noun before the person.
    let r = only("Son compère Anselm Drovic a déclaré que le film serait restauré.");
    assert_eq!(r.name, "Anselm Drovic");
    // Not a body named after a person.
    let r = only("Le comité Drovic a déclaré que le film serait restauré.");
    assert_eq!(r.name, "");
    // A surname after an Arabic article, capitalised at the sentence start.
    let q = quotes("Karim al-Zawadi est arrivé mardi. Al-Zawadi a affirmé que la trêve tiendrait.");
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("Al-Zawadi", "Karim al-Zawadi"));
    // A name that holds its article.
    let q = quotes(
        "Le quotidien Les Nouvelles Vorsiennes a paru. Les Nouvelles Vorsiennes estiment que la réforme est urgente.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].name, "Les Nouvelles Vorsiennes");
}

#[test]
fn ne_plus_que_before_a_preposition_means_only() {
    assert!(quotes("Le ramassage n'est plus assuré que dans un quartier sur deux.").is_empty());
    // A negated report keeps its clause.
    assert_eq!(only("Il n'a plus affirmé que la réforme était urgente.").kind, "indirect");
}

#[test]
fn selon_claims_leave_out_topics_and_hedges() {
    // A headline topic and its colon are no part of the claim.
    let r = only("Vorlande : le chômage remonte au troisième trimestre, selon l'institut.");
    assert_eq!(r.text, "le chômage remonte au troisième trimestre");
    // « Selon les dernières informations » names no one; the source at the
    // end claims the sentence without it.
    let r = only("Selon les dernières informations, un homme aurait pris la fuite, selon des témoins.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("un homme aurait pris la fuite", "des témoins"));
    // Information owned by an agent is the agent's.
    let r = only("Selon les informations publiées par la presse locale, le maire démissionnera.");
    assert_eq!(r.speaker, "la presse locale");
}

#[test]
fn a_short_capitalised_quotation_after_an_article_is_a_name() {
    let q = quotes("L'ancien ministre a rejoint la « Grande alliance civique » en mai.");
    assert!(q.is_empty(), "{:?}", q.iter().map(|r| &r.text).collect::<Vec<_>>());
}

#[test]
fn someones_words_named_before_a_colon_are_theirs() {
    let q = quotes(
        "« Le débat aura lieu », a déclaré Paul Vernier. Ce n'est pas l'avis de Marc Tissandier : « Rien n'est prévu. »",
    );
    assert_eq!(q.len(), 2);
    assert_eq!((q[1].rule, q[1].name.as_str()), ("colon_subject", "Marc Tissandier"));
}

#[test]
fn an_adverb_opening_the_sentence_is_no_part_of_the_subject() {
    let q = quotes("Paul Vernier a quitté le parti. Récemment il a affirmé que la réforme était urgente.");
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("il", "Paul Vernier"));
    let r = only("Finalement le ministre a affirmé que la réforme était urgente.");
    assert_eq!(r.speaker, "le ministre");
}

#[test]
fn a_quotation_after_a_colon_ends_the_clause_before_it() {
    let q = quotes(
        "Paul Vernier a annoncé qu'il était trop tôt pour conclure : « Nous aurons des informations demain », a-t-il déclaré.",
    );
    assert_eq!(q.len(), 2);
    assert_eq!((q[0].kind, q[0].text.as_str()), ("indirect", "il était trop tôt pour conclure"));
    assert_eq!((q[1].kind, q[1].cue.as_str(), q[1].name.as_str()), ("direct", "a-t-il déclaré", "Paul Vernier"));
}

#[test]
fn a_colon_quotation_takes_the_cue_of_its_clause() {
    let r = only("Le ministre s'est de son côté étonné d'une telle demande ponctuant sa réponse d'une question : « Pourquoi maintenant ? »");
    assert_eq!((r.kind, r.speaker.as_str(), r.cue.as_str()), ("direct", "Le ministre", "s'est de son côté étonné"));
    let r = only(
        "Le ministre s'est étonné d'une telle demande ponctuant sa réponse d'une question : « Pourquoi maintenant ? »",
    );
    assert_eq!((r.kind, r.cue.as_str()), ("direct", "s'est étonné"));
}

#[test]
fn parler_de_frames_a_quoted_term() {
    let q = quotes("La Vorlande parle d'un « montage » et exige que les essais cessent.");
    let term = q.iter().find(|r| r.text == "montage").unwrap();
    assert_eq!((term.speaker.as_str(), term.cue.as_str()), ("La Vorlande", "parle"));
    assert!(q.iter().all(|r| r.speaker == "La Vorlande"));
}

#[test]
fn a_cue_word_after_an_intensified_adjective_is_a_noun() {
    // « avance » is « avancer », but here a noun.
    let q = quotes("Il a battu son rival d'une si courte avance : « Je pense à lui. Ça doit être dur pour lui. »");
    assert!(q.iter().all(|r| r.cue != "avance" && r.speaker != "courte"));
}

#[test]
fn a_subordinator_opening_an_apposed_subject_is_left_out() {
    let r = only("Si Anselm Drovic, porte-parole de la mairie, annonce que le marché rouvrira, rien n'est signé.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Anselm Drovic, porte-parole de la mairie", "Anselm Drovic"));
}

#[test]
fn a_definite_body_refers_back_to_the_organisation_it_describes() {
    let q = quotes("L’opérateur Zentrix a subi une panne mardi. Selon l’opérateur, le réseau sera rétabli jeudi.");
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("l’opérateur", "Zentrix"));
    // No organisation named with that head before: unnamed.
    let r = only("Selon la compagnie, le vol a été annulé.");
    assert_eq!(r.name, "");
}

#[test]
fn an_enumerated_portfolio_stays_in_the_subject() {
    let r = only(
        "Le ministre des Routes, des Technologies de l'information, de la Pêche et des Forêts Paul Trembard — par ailleurs ancien maire de Nantes — a annoncé que le réseau est installé à plus de 90 %.",
    );
    assert_eq!(r.text, "le réseau est installé à plus de 90 %");
    assert_eq!(r.name, "Paul Trembard");
    assert!(r.speaker.starts_with("Le ministre des Routes, des Technologies"));
}

#[test]
fn a_circumstance_between_commas_is_not_the_subject() {
    let r = only("Le président de la Vorlande, de retour de voyage, a déclaré que la visite était un succès.");
    assert_eq!(r.speaker, "Le président de la Vorlande");
    // Nor an irregular participle opening an apposition.
    let r = only("Le gardien lyonnais, élu meilleur joueur, se dit fier : « Nous avons bien joué. »");
    assert_eq!(r.speaker, "Le gardien lyonnais");
}

#[test]
fn the_sources_named_after_selon_dont_are_part_of_the_source() {
    let r = only(
        "Selon plusieurs experts, dont Marc Lavoisin, directeur d'un centre d'études, surveillant la région, la mort de ce chef affaiblit le groupe.",
    );
    assert_eq!(r.text, "la mort de ce chef affaiblit le groupe");
    assert!(r.speaker.starts_with("plusieurs experts, dont Marc Lavoisin"));
}

#[test]
fn a_passive_cue_is_said_by_its_agent() {
    let r = only("La mesure est jugée « inacceptable » par les syndicats.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("inacceptable", "les syndicats"));
    let r = only("Marie Lenoir est qualifiée de « traître » par l'opposition.");
    assert_eq!(r.speaker, "l'opposition");
    // No agent: the subject is what is said, not its speaker.
    assert!(quotes("Paul Trembard était considéré comme le « ministre de la guerre » du groupe.")
        .iter()
        .all(|r| r.speaker.is_empty()));
    // A pronominal cue is no passive.
    assert_eq!(only("Paul Trembard s'est dit « très heureux » de sa victoire.").name, "Paul Trembard");
}

#[test]
fn a_cue_word_apposed_to_a_name_is_a_noun() {
    let q = quotes("Marcel Duroc, critique gastronomique, connu pour ses « coups de sang », est mort jeudi.");
    assert!(q.iter().all(|r| r.cue != "critique"), "{:?}", q.iter().map(|r| &r.cue).collect::<Vec<_>>());
    // Nor in a list of appositions.
    let q = quotes("Marcel Duroc, animateur de radio, critique gastronomique, écrivain, connu pour ses « coups de sang », est mort.");
    assert!(q.iter().all(|r| r.cue != "critique"), "{:?}", q.iter().map(|r| &r.cue).collect::<Vec<_>>());
    // After an apposition closed by its comma, the verb is a verb.
    let r = only("Le maire, Paul Trembard, critique le projet et affirme qu'il coûte trop cher.");
    assert_eq!(r.name, "Paul Trembard");
}

#[test]
fn a_capitalised_quotation_after_a_noun_is_its_name() {
    let q = quotes("L'armée, avec ses alliés, a lancé l'opération « Bouclier du Nord » avant l'aube.");
    assert!(q.is_empty(), "{:?}", q.iter().map(|r| &r.text).collect::<Vec<_>>());
}

#[test]
fn a_pronoun_prefers_the_subject_over_names_in_its_relative_clause() {
    let q = quotes(
        "Marc Dutilleul, qui courait entre Paul Vernier et Luc Arnaud, a terminé troisième. « J'ai vu Vernier partir », a-t-il confié.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("il", "Marc Dutilleul"));
}

#[test]
fn each_quotation_takes_the_cue_that_governs_it() {
    let q =
        quotes("Le ministre Paul Vernier a condamné « un acte lâche » et dénonce « une provocation inacceptable ».");
    assert_eq!(q.len(), 2);
    assert_eq!((q[0].text.as_str(), q[0].cue.as_str()), ("un acte lâche", "a condamné"));
    assert_eq!((q[1].text.as_str(), q[1].cue.as_str()), ("une provocation inacceptable", "dénonce"));
    assert!(q.iter().all(|r| r.name == "Paul Vernier"));
}

#[test]
fn a_body_speaking_through_someone_is_the_speaker() {
    let r = only("L'Union européenne au travers de sa délégation dénonce « une attaque inadmissible ».");
    assert_eq!(
        (r.speaker.as_str(), r.name.as_str()),
        ("L'Union européenne au travers de sa délégation", "Union européenne")
    );
    // An unlisted body named with its article, speaking.
    let r = only("La Fravex annonce que les courses reprendront lundi.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("La Fravex", "Fravex"));
}

#[test]
fn a_que_after_a_demonstrative_phrase_is_a_relative() {
    assert!(quotes("Il espérait se relancer avec ce scrutin qu'il a convoqué pour éviter une crise.").is_empty());
    // A time or a topic before the clause is no antecedent.
    let r = only("Le bureau annonce ce mercredi qu'une collision a été évitée.");
    assert_eq!(r.text, "une collision a été évitée");
    let q = quotes("Paul Vernier, qui déclare à ce propos que « tout est prêt », est parti.");
    assert!(q.iter().any(|r| r.text == "tout est prêt" && r.name == "Paul Vernier"));
}

#[test]
fn selon_after_mais_reports_what_follows() {
    let r = only(
        "Les causes restent inconnues, mais selon le ministre des transports, Paul Vernier, les trains étaient équipés de freins.",
    );
    assert_eq!(r.text, "les trains étaient équipés de freins");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le ministre des transports, Paul Vernier", "Paul Vernier"));
}

#[test]
fn se_dire_claims_a_stance() {
    let r = only("Le secrétaire général Paul Vernier se dit optimiste pour l'entrée en vigueur de l'accord.");
    assert_eq!(
        (r.kind, r.text.as_str(), r.cue.as_str()),
        ("indirect", "optimiste pour l'entrée en vigueur de l'accord", "se dit")
    );
    assert_eq!(r.name, "Paul Vernier");
    let r = only("Marie Lenoir s'est dite très inquiète de la situation.");
    assert_eq!(r.text, "très inquiète de la situation");
    // « Il se dit que … » is « it is said »: no one's words.
    assert!(quotes("Paul Vernier est arrivé. Il se dit que le ministre va partir.").is_empty());
    assert!(quotes("Ce qui se dit dans les couloirs reste secret.").is_empty());
}

#[test]
fn a_role_refers_back_to_the_name_its_long_title_ends_at() {
    let q = quotes(
        "Le ministre des Routes, des Ports, de la Pêche et des Forêts Paul Trembard a visité le chantier. Selon le ministre, le pont sera prêt en mai.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("le ministre", "Paul Trembard"));
}

#[test]
fn an_inverted_subject_after_an_adjunct_between_commas() {
    let r = only("« Nous allons rouvrir », a déclaré, mardi, le directeur Paul Vernier.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le directeur Paul Vernier", "Paul Vernier"));
    let r = only("« Nous allons rouvrir », a confié, à Reuters, le directeur de l'usine, Paul Vernier.");
    assert_eq!(r.name, "Paul Vernier");
}

#[test]
fn selon_without_commas_inside_a_clause() {
    let r = only("La hausse est selon la Zortam une mesure de rétorsion contre la Vorlande.");
    assert_eq!(r.text, "La hausse est selon la Zortam une mesure de rétorsion contre la Vorlande");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("la Zortam", "Zortam"));
    // A capitalised article is part of a name.
    let r = only("Selon Jean-Luc Le Bihan, le pont sera prêt en mai.");
    assert_eq!(r.speaker, "Jean-Luc Le Bihan");
}

#[test]
fn an_unknown_body_with_its_article_as_a_source() {
    let r = only("Le Fravex, quant à lui, a annoncé que l'usine fermerait.");
    assert_eq!(r.name, "Fravex");
    let r = only("Pour l'Unédoc, le chômage devrait baisser.");
    assert_eq!((r.rule, r.name.as_str()), ("pour_x", "Unédoc"));
}

#[test]
fn subordinate_clauses_bound_and_are_no_claims() {
    // A report inside an opening « si » clause ends at its comma.
    let r = only("Si Paul Vernier annonce que l'usine rouvrira, rien n'est signé pour autant.");
    assert_eq!(r.text, "l'usine rouvrira");
    // A subordinate clause before a verb is not what the verb reports.
    let r = only("Lorsque le ministre a affirmé que la crise était finie, les marchés ont réagi.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("la crise était finie", "le ministre"));
    // A relative on the subject is left out of it.
    let r = only("Une analyse dont les résultats ont été publiés dans la revue Zorka révèle que le virus est ancien.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("le virus est ancien", "Une analyse"));
}

#[test]
fn a_short_form_in_brackets_does_not_hide_the_speaker() {
    let r = only("Selon le Bureau géologique de Vorlande (BGV), l'épicentre se trouvait en mer.");
    assert_eq!(r.name, "Bureau géologique de Vorlande");
}

#[test]
fn ce_dernier_is_the_person_named_last() {
    let r = only("Paul Vernier a reçu Luc Arnaud mardi. Ce dernier a déclaré que la réunion était utile.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Ce dernier", "Luc Arnaud"));
    // « cette dernière »: the last woman named.
    let r = only("Paul Vernier a reçu Marie Lenoir mardi. Cette dernière a déclaré que la réunion était utile.");
    assert_eq!(r.name, "Marie Lenoir");
}

#[test]
fn an_incise_inside_a_quotation_is_its_speakers() {
    let q = quotes(
        "Paul Vernier a battu Luc Arnaud en finale. « Je voulais partir doucement, a-t-il raconté, mais ça n'a pas marché », a expliqué le nageur Marc Dutilleul.",
    );
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|r| r.name == "Marc Dutilleul"), "{:?}", q.iter().map(|r| &r.name).collect::<Vec<_>>());
}

#[test]
fn a_name_holding_a_place_or_an_acronym_speaks_as_a_body() {
    let r = only("Radio Bolivie a annoncé que le match était reporté.");
    assert_eq!(r.name, "Radio Bolivie");
    let r = only("SOS Médias Bolivie précise : « La fouille a duré deux heures. »");
    assert_eq!(r.name, "SOS Médias Bolivie");
}

#[test]
fn a_claim_ends_before_a_comment_on_it_or_the_speakers_next_act() {
    let r = only("Les rebelles ont affirmé qu'ils étaient encore 120 000, une information impossible à vérifier, les chiffres n'ayant pas été publiés.");
    assert_eq!(r.text, "ils étaient encore 120 000");
    let r = only("Les forces de la Vorlande annoncent avoir repris une centaine de villages et s'emparent le lendemain de la citadelle.");
    assert_eq!(r.text, "avoir repris une centaine de villages");
    // A que-clause has a subject of its own: the verb after « et » is its.
    let r = only("Le ministre a dit que les prix avaient augmenté et se sont stabilisés depuis.");
    assert_eq!(r.text, "les prix avaient augmenté et se sont stabilisés depuis");
}

#[test]
fn selon_after_adverbs_or_a_bare_conjunction_governs_the_clause_after() {
    let r = only("Toujours selon les chercheurs, la molécule pourrait servir de marqueur.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("les chercheurs", "la molécule pourrait servir de marqueur"));
    let r = only("La tempête a faibli jeudi et selon le service météo, la pluie cessera demain.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le service météo", "la pluie cessera demain"));
}

#[test]
fn pour_source_after_a_connective_but_not_an_adjective_complement() {
    let r = only("Cela dit, pour le procureur, cette somme pourrait être bien plus élevée.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le procureur", "cette somme pourrait être bien plus élevée"));
    assert!(quotes("Mais impossible, pour le procureur, d'utiliser ces pièces au procès.").is_empty());
}

#[test]
fn a_quoted_headline_with_no_cue_is_no_quote() {
    assert!(quotes("Page mise à jour le 3 mai — « Vantonie : un glissement de terrain fait trois morts »").is_empty());
}

#[test]
fn infinitive_claim_past_adverbials_keeps_its_negation() {
    let r = only("Le gouvernement a annoncé de son côté cesser toute coopération avec la mission.");
    assert_eq!(r.text, "cesser toute coopération avec la mission");
    let r = only("Le coureur affirme aussi ne pas renoncer à ses objectifs.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Le coureur", "ne pas renoncer à ses objectifs"));
}

#[test]
fn subject_after_a_fronted_adjunct_without_comma() {
    let r = only("Dans son communiqué le coureur avoue que la saison est finie.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le coureur", "la saison est finie"));
    let r = only("Lors de la conférence de presse le maire a déclaré que le marché rouvrira.");
    assert_eq!(r.speaker, "le maire");
}

#[test]
fn a_capitalised_cue_form_inside_a_name_is_no_cue() {
    let r = only("Le maire démissionnera, selon le Courrier Enchaîné.");
    assert_eq!(r.speaker, "le Courrier Enchaîné");
}

#[test]
fn passive_naming_participle_gives_the_quotation_to_its_agent() {
    let r = only("La réforme a été qualifiée de « recul historique » par les syndicats.");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("partial", "recul historique", "les syndicats"));
    let r = only("Le référendum, qualifié de « coup de force » par ses détracteurs, aura lieu dimanche.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("coup de force", "ses détracteurs"));
    let r = only("Les coursiers, qualifiés par la plateforme de « partenaires », ont manifesté.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("partenaires", "la plateforme"));
    // The quotation is the agent's; the clause around it is not.
    let r = only("Il a ri de la réplique « Ce n'est pas votre faute » lancée par le député pendant la séance.");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("partial", "Ce n'est pas votre faute", "le député"));
}

#[test]
fn pronoun_of_the_other_gender_than_the_subject_head_is_the_person_in_its_complement() {
    let text = "Le ministre Paul Verrand a répondu : « Nous verrons. » \
                Publiée en janvier, la chanson de Marc Dubreuil est restée peu écoutée. \
                « J'ai reçu beaucoup de messages », dit-il.";
    let q = quotes(text);
    let r = q.iter().find(|r| r.text.starts_with("J'ai reçu")).expect("the quote");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("il", "Marc Dubreuil"));
}

#[test]
fn the_focus_of_a_cleft_is_the_subject() {
    let r = only("C'est le ministre qui a annoncé que le pont rouvrira.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le ministre", "le pont rouvrira"));
    let r = only("C'est la police qui a poussé le maire à démissionner, en affirmant qu'il avait menti.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("la police", "il avait menti"));
}

#[test]
fn a_final_selon_vouches_for_what_follows_the_colon() {
    let r = only("La vidéo a beaucoup circulé : 5 millions de vues en un mois selon le Courrier du Soir.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("5 millions de vues en un mois", "le Courrier du Soir"));
}

#[test]
fn an_editors_note_in_brackets_is_no_part_of_the_source() {
    let r = only("D'après le site Vantor ( NDLR : un média proche du pouvoir ), les soldats n'ont pas été payés.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le site Vantor", "les soldats n'ont pas été payés"));
}

#[test]
fn comme_l_a_rappele_x_reports_the_clause_before_even_without_comma() {
    let r = only("La radio joue un rôle essentiel comme l'a rappelé Paul Verrand.");
    assert_eq!(
        (r.text.as_str(), r.name.as_str(), r.rule),
        ("La radio joue un rôle essentiel", "Paul Verrand", "comme_le_dit")
    );
}

#[test]
fn a_name_before_a_long_role_apposition_is_the_subject() {
    let r = only(
        "Paul Verrand, journaliste en exil depuis la crise de 2015 et par ailleurs correspondant pour plusieurs radios \
         et journaux étrangers, a rappelé qu'il ne pourrait pas rentrer.",
    );
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Paul Verrand", "il ne pourrait pas rentrer"));
}

#[test]
fn a_en_croire_x_and_reflexive_infinitive_claims() {
    let r = only("À en croire le ministre, la réforme sera votée lundi.");
    assert_eq!((r.speaker.as_str(), r.text.as_str(), r.rule), ("le ministre", "la réforme sera votée lundi", "selon"));
    let r = only("Le président a annoncé se rendre à Vorlande mardi.");
    assert_eq!((r.text.as_str(), r.rule), ("se rendre à Vorlande mardi", "speaker_cue_inf"));
}

#[test]
fn a_later_verb_introducing_a_quotation_inside_a_selon_claim_owns_it() {
    let q = quotes("Selon les policiers, le suspect aurait crié « Vive la révolution » avant de fuir.");
    let r = q.iter().find(|r| r.text == "Vive la révolution").expect("the quotation");
    assert_eq!(r.speaker, "le suspect");
    assert!(q.iter().any(|r| r.kind == "indirect" && r.speaker == "les policiers"));
}

#[test]
fn source_and_subject_boundaries() {
    // A speech noun's owner before a colon ends at the verb.
    let r = only("Les paroles de l'écrivain sont : « Le monde change. »");
    assert_eq!(r.speaker, "l'écrivain");
    // An adverbial phrase between the subject and its verb.
    let r = only("Le maire au cours de la séance a exhorté les élus à « tenir bon ».");
    assert_eq!(r.speaker, "Le maire");
    // A participle cut by a weekday ends no source.
    let r = only("Le virus a muté, selon des chercheurs cités mercredi par la presse.");
    assert_eq!(r.speaker, "des chercheurs");
}

#[test]
fn colon_subject_past_fronted_phrases_and_compound_tenses() {
    // « être » as the auxiliary of a compound tense is a personal « il ».
    let q = quotes("Paul Verrand a perdu la finale. Il est allé consoler son rival : « Je pense à sa douleur. »");
    let r = q.iter().find(|r| r.text == "Je pense à sa douleur").expect("the quote");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Il", "Paul Verrand"));
    // « A » for « À » at a sentence start.
    let r = only("A l'annonce du verdict, son entraîneur Marc Dubreuil a réagi : « C'est une honte absolue. »");
    assert_eq!(r.name, "Marc Dubreuil");
    // A fronted phrase with a relative clause of its own.
    let r = only(
        "À la veille de la fête, qui commémore l'arrivée des colons, le Mouvement zorvakien a proposé ceci : « Nous pensons que le moment est venu. »",
    );
    assert_eq!(r.speaker, "le Mouvement zorvakien");
}

#[test]
fn a_time_adverb_after_an_inverted_subject_is_no_part_of_it() {
    let r = only("« Trois suspects ont été arrêtés », a précisé le porte-parole de la police aujourd'hui.");
    assert_eq!(r.speaker, "le porte-parole de la police");
}

#[test]
fn a_fronted_passive_participle_gives_its_quotation_to_the_agent_and_the_gerund_to_the_subject() {
    let q = quotes(
        "Qualifié de « menteur » par le syndicat, le directeur s'est défendu en précisant que les comptes étaient justes.",
    );
    let r = q.iter().find(|r| r.text == "menteur").expect("the quotation");
    assert_eq!(r.speaker, "le syndicat");
    let r = q.iter().find(|r| r.text == "les comptes étaient justes").expect("the claim");
    assert_eq!(r.speaker, "le directeur");
    // Right after the agent, a participle is the agent's.
    let r = only("Une alerte a été lancée par un individu, déclarant que trois hommes étaient entrés.");
    assert_eq!(r.speaker, "un individu");
}

#[test]
fn a_clause_coordinated_after_a_pour_opinion_has_its_own_speaker() {
    let q = quotes("Pour le syndicat, la réforme est injuste et le ministre estime que le débat est clos.");
    assert!(q.iter().any(|r| r.speaker == "le syndicat" && r.text == "la réforme est injuste"));
    assert!(q.iter().any(|r| r.speaker == "le ministre" && r.text == "le débat est clos"));
}

#[test]
fn a_cue_form_after_a_determiner_is_a_noun_between_verb_and_que() {
    let r = only("Le ministre estime dans sa note au gouvernement que le débat est clos.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Le ministre", "le débat est clos"));
}

#[test]
fn stance_past_sentence_adverbs_bracketed_glosses_and_faire_part() {
    let r = only("Il se dit en revanche fermement opposé à la fusion des régions.");
    assert_eq!((r.text.as_str(), r.rule), ("fermement opposé à la fusion des régions", "speaker_se_dire"));
    let q = quotes("Il avait déclaré dans le Courrier (journal suisse) que le club était « mal géré ».");
    assert!(q.iter().any(|r| r.kind == "indirect" && r.text == "le club était « mal géré »"), "{:?}", q.len());
    let r = only("Le maire a fait part de sa « vive émotion » après le drame.");
    assert_eq!((r.kind, r.text.as_str(), r.speaker.as_str()), ("partial", "vive émotion", "Le maire"));
}

#[test]
fn a_name_ending_a_selon_source_is_not_apposed_to_the_next_subject() {
    let q = quotes("Selon la présidente de l'association, Marie Verrand, l'autorité a également fait part « des risques de recours ».");
    let r = q.iter().find(|r| r.text == "des risques de recours").expect("the quotation");
    assert_eq!(r.speaker, "l'autorité");
}

#[test]
fn clause_ends_subordinates_and_opinion_infinitives() {
    // « , sans + infinitive » is the verb's adjunct.
    let r = only("Il a annoncé que les agriculteurs seraient aidés, sans préciser de montant.");
    assert_eq!(r.text, "les agriculteurs seraient aidés");
    // A report inside an opening « Alors que » clause ends at its comma,
    // and its subject is the clause's own.
    let r = only("Alors que la star a été émue en affirmant que le match était truqué, le public a applaudi.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("la star", "le match était truqué"));
    // « telle que prévu » is a comparison.
    assert!(quotes("La mission s'est conclue telle que prévu, avec un impact contrôlé.").is_empty());
    // An opinion verb reports a compound infinitive, not inside a « que » clause.
    let r = only("Le journal estime avoir bien fait de refuser la publication.");
    assert_eq!((r.text.as_str(), r.rule), ("avoir bien fait de refuser la publication", "speaker_cue_inf"));
    let r = only("Paul Verrand a déclaré que son équipe croit avoir découvert des fossiles.");
    assert_eq!(r.text, "son équipe croit avoir découvert des fossiles");
}

#[test]
fn elided_que_then_space_then_quotation_opens_a_report() {
    // « qu' « … » »: a space between the elision and the quotation mark.
    let q = quotes(
        "Pour le journal Le Quotidien , ce blocage est « intolérable » et Paul Durand, président du directoire, \
         estime qu' « en d'autres temps, on aurait appelé ça de la censure » .",
    );
    let pour = q.iter().find(|r| r.rule == "pour_x" && r.kind == "indirect").expect("the newspaper's claim");
    assert_eq!(pour.text, "ce blocage est « intolérable »");
    let r = q.iter().find(|r| r.text.starts_with("en d'autres temps")).expect("the director's words");
    assert_eq!((r.kind, r.name.as_str(), r.cue.as_str()), ("direct", "Paul Durand", "estime"));
}

#[test]
fn report_in_opening_si_clause_with_apposed_subject_ends_at_its_comma() {
    let r = only(
        "Si Paul Durand, porte-parole du secrétariat général, annonce que l'organisation maintient sa confiance \
         à Marc Dinet, un remplacement serait à rapprocher de celui de Jean Benoît.",
    );
    assert_eq!(r.text, "l'organisation maintient sa confiance à Marc Dinet");
    assert_eq!(r.name, "Paul Durand");
    // A verb before the second comma closes the subordinate clause first.
    let r = only(
        "Si la situation se dégrade, Paul Durand, porte-parole de l'agence, annonce que le plan tient, \
         et que les fonds restent disponibles.",
    );
    assert_eq!(r.text, "le plan tient, et que les fonds restent disponibles");
}

#[test]
fn selon_a_relative_on_ce_names_the_inverted_subject_or_no_one() {
    assert!(quotes("Cinq soldats ont été tués selon ce qui ne constitue qu'un bilan provisoire.").is_empty());
    let r = only("Selon ce qu'a déclaré le ministre de la Défense Paul Durand, cinq soldats ont été tués.");
    assert_eq!((r.text.as_str(), r.name.as_str()), ("cinq soldats ont été tués", "Paul Durand"));
}

#[test]
fn a_name_announced_after_a_colon_is_no_statement() {
    assert!(quotes("Le 26 novembre, le Premier ministre Paul Durand a annoncé son choix : Marc Dinet.").is_empty());
    let r = only("Le ministre Paul Durand a déclaré : Marc Dinet était un grand serviteur de l'État.");
    assert_eq!(r.text, "Marc Dinet était un grand serviteur de l'État");
}

#[test]
fn an_unpaired_straight_quote_inside_the_marks_is_left_out() {
    let q = quotes(
        "Des chercheurs ont publié leurs travaux.\n\n« Le niveau des mers s'est accéléré ces vingt dernières années\" »\n\n\
         — Paul Durand, de l'université de Lyon",
    );
    let r = q.iter().find(|r| r.rule == "signature").expect("signed quotation");
    assert_eq!(r.text, "Le niveau des mers s'est accéléré ces vingt dernières années");
}

#[test]
fn a_claim_before_its_cue_goes_on_over_an_embedded_quotation() {
    let q = quotes(
        "Le nouveau-né irait « bien » et « ses fonctions vitales sont normales et stables », déclare Paul Durand, \
         médecin à Lyon.",
    );
    let r = q.iter().find(|r| r.kind == "indirect").expect("the clause is the claim");
    assert_eq!(r.text, "Le nouveau-né irait « bien » et « ses fonctions vitales sont normales et stables »");
    assert_eq!((r.name.as_str(), r.rule), ("Paul Durand", "cue_speaker_after"));
}

#[test]
fn a_connective_adverb_ending_a_selon_source_is_left_out() {
    let r = only("Selon d'autres sources cependant, le motif du vol serait purement crapuleux.");
    assert_eq!(
        (r.speaker.as_str(), r.text.as_str()),
        ("d'autres sources", "le motif du vol serait purement crapuleux")
    );
    let r = only("Selon le ministre Paul Durand toutefois, le motif du vol serait purement crapuleux.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le ministre Paul Durand", "Paul Durand"));
}

#[test]
fn a_clause_with_a_reflexive_or_imperfect_verb_before_et_is_no_subject() {
    let r = only("Cent personnes se trouvaient à bord et la compagnie aérienne annonce avoir lancé des recherches.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("la compagnie aérienne", "avoir lancé des recherches"));
    // Two subjects joined by « et » stay one.
    let r = only("Le ministre et le porte-parole du gouvernement ont déclaré que la situation était grave.");
    assert_eq!(r.speaker, "Le ministre et le porte-parole du gouvernement");
}

#[test]
fn a_quoted_infinitive_after_a_decision_is_the_deciding_body_s_wording() {
    let r =
        only("Le syndicat des pilotes a décidé de « suspendre provisoirement toute négociation avec la direction ».");
    assert_eq!((r.kind, r.rule), ("partial", "aux_quote"));
    assert_eq!(
        (r.speaker.as_str(), r.text.as_str()),
        ("Le syndicat des pilotes", "suspendre provisoirement toute négociation avec la direction")
    );
    // Not a subject that cannot speak.
    assert!(quotes("Le bilan a continué de « s'alourdir ».").is_empty());
}

#[test]
fn a_restrictive_relative_reports_for_the_noun_phrase_before_it() {
    let r = only(
        "Le ministre a été enfariné jeudi à Lyon par un militant opposé à la réforme qui a crié « on n'oublie pas, \
         on ne pardonne pas ».",
    );
    assert_eq!((r.kind, r.rule), ("direct", "speaker_cue_quote"));
    assert_eq!(r.speaker, "un militant opposé à la réforme");
    let r = only("Le ministre a lu une lettre qui affirme que la guerre est finie.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("une lettre", "la guerre est finie"));
}

#[test]
fn a_request_attributes_the_quotation_it_asks_for_and_no_other() {
    let r = only(
        "La maire Claire Dutoit a demandé au gouvernement de « prendre enfin ses responsabilités » face à la crise.",
    );
    assert_eq!((r.kind, r.rule, r.cue.as_str()), ("partial", "partial_in_clause", "a demandé"));
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("La maire Claire Dutoit", "Claire Dutoit"));
    let r = only("Les manifestants réclament « justice et vérité » pour la victime.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Les manifestants", "justice et vérité"));
    // The object's quoted words are someone else's: the request is no source.
    for q in quotes("L'autorité avait demandé à l'association de préciser les « études scientifiques » citées.")
    {
        assert_ne!(q.speaker, "L'autorité", "{}", q.text);
    }
    // A request is no claim: « demander que » reports nothing.
    assert!(quotes("Le syndicat demande que les salaires soient augmentés de cinq pour cent.").is_empty());
}

#[test]
fn words_owned_by_a_possessive_are_the_owner_s() {
    let q = quotes("Le ministre Paul Garnier a parlé hier. Selon ses propos, la réforme sera votée en mars.");
    let r = q.iter().find(|r| r.rule == "selon").expect("a selon claim");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("ses propos", "Paul Garnier"));
    assert_eq!(r.text, "la réforme sera votée en mars");
    // A plural owner is no one person.
    let q = quotes("Paul Garnier et Claire Dutoit sont partis. Selon leurs propos, rien ne change.");
    assert!(q.iter().all(|r| r.name.is_empty()), "{:?}", q.iter().map(|r| &r.name).collect::<Vec<_>>());
}

#[test]
fn an_age_and_bare_appositions_after_a_name_belong_to_the_subject() {
    let r = only("Marie Dubois, 45 ans, mère de trois enfants, a déclaré que la peur était partout.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Marie Dubois, 45 ans, mère de trois enfants", "Marie Dubois"));
    let r = only("Karim Benali, syndicaliste chevronné, affirme que rien n'est prêt.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Karim Benali, syndicaliste chevronné", "Karim Benali"));
    // A place before the comma is no name the apposition describes.
    let r = only("À Lyon, agriculteurs et éleveurs ont dénoncé une « trahison ».");
    assert_eq!(r.speaker, "agriculteurs et éleveurs");
}

#[test]
fn a_generic_description_refers_back_to_the_person_just_named() {
    let text = "Le président de la région, Hervé Morin, a rencontré les agriculteurs. \
                « Nous allons débloquer une aide », a promis l'élu.";
    let r = only(text);
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("l'élu", "Hervé Morin"));
    // The article's gender must fit the name's.
    let r = only("Marie Durand a été entendue. « Je suis innocent », a répété le quinquagénaire.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le quinquagénaire", ""));
    // Not a person named three sentences before.
    let r = only(
        "Marie Durand est partie. Le temps passe. Il pleut. Rien ne change. « Tout va bien », dit la quinquagénaire.",
    );
    assert_eq!(r.name, "");
}

#[test]
fn where_the_words_were_published_stands_between_an_inverted_cue_and_its_subject() {
    let r = only("« C'est une honte », a réagi sur Twitter le député Paul Morel.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le député Paul Morel", "Paul Morel"));
    let r = only("« Nous restons mobilisés », a indiqué lors d'une conférence de presse le préfet.");
    assert_eq!(r.speaker, "le préfet");
    let r = only("« Rien n'est décidé », a expliqué dans un entretien au Monde la ministre Claire Dutoit.");
    assert_eq!(r.name, "Claire Dutoit");
    // So does a month or a year after « en ».
    let r = only("« Il faut agir vite », a déclaré en juin le ministre de la Santé.");
    assert_eq!(r.speaker, "le ministre de la Santé");
    // A medium is no subject where nothing follows it.
    let r = only("Le ministre a déclaré dans un communiqué que la réforme serait votée.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Le ministre", "la réforme serait votée"));
}

#[test]
fn a_date_between_the_cue_and_its_subject_or_infinitive_is_skipped() {
    let r = only("« Nous partons », a déclaré le 3 mai le ministre de la Santé.");
    assert_eq!(r.speaker, "le ministre de la Santé");
    let r = only("« Nous partons », a déclaré en mai 2016 le préfet.");
    assert_eq!(r.speaker, "le préfet");
    let r = only("La brigade annonce en novembre 2016 avoir été exclue de l'offensive.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("La brigade", "avoir été exclue de l'offensive"));
    let r = only("La brigade a annoncé le 3 novembre avoir été exclue de l'offensive.");
    assert_eq!(r.text, "avoir été exclue de l'offensive");
}

#[test]
fn a_capitalised_connective_or_day_before_a_comma_is_no_apposed_name() {
    let r = only("Pourtant, la brigade annonce qu'elle a été exclue de l'offensive.");
    assert_eq!(r.speaker, "la brigade");
    let r = only("Mardi, le ministre a déclaré que la réforme serait votée.");
    assert_eq!(r.speaker, "le ministre");
    // A name apposed to a description still joins it.
    let r = only("Paul Girard, le ministre de la Santé, a déclaré que la réforme serait votée.");
    assert_eq!(r.speaker, "Paul Girard, le ministre de la Santé");
}

#[test]
fn a_finite_verb_after_et_ends_an_infinitive_claim() {
    let r = only("La brigade annonce avoir été exclue de l'offensive et dénonce la main mise des milices.");
    assert_eq!(r.text, "avoir été exclue de l'offensive");
    // Infinitives after « et » stay in the claim.
    let r = only("Il a affirmé ne pas être socialiste et souhaiter mener une politique libérale.");
    assert_eq!(r.text, "ne pas être socialiste et souhaiter mener une politique libérale");
}

#[test]
fn a_title_with_a_complement_in_lower_case_heads_the_name_after_it() {
    let r = only("Le chef de la diplomatie russe Paul Morel a déclaré que la ville était sûre.");
    assert_eq!(r.name, "Paul Morel");
    // The name after a second title goes with that title: the speaker is
    // the spokesman, not the president.
    let r = only("Le porte-parole du président Paul Morel a déclaré que la ville était sûre.");
    assert_eq!(r.name, "");
}

#[test]
fn a_noun_phrase_before_a_verb_is_no_apposition_of_the_name_before_it() {
    // « le chef … » is the subject of its own clause, not a description of
    // the president named before it.
    let r = only(
        "Après une réunion avec le président Paul Morel, le chef de la diplomatie russe a souligné que la paix était proche.",
    );
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le chef de la diplomatie russe", ""));
    // An apposition closed by a relative still describes the name.
    let doc =
        "« Rien n'est réglé », a ajouté Paul Morel, le chef de mission de l'ONG qui considère que la paix est loin.";
    let rows = quotes(doc);
    assert!(!rows.is_empty() && rows.iter().all(|r| r.name == "Paul Morel"), "{rows:?}");
}

#[test]
fn a_pronoun_after_a_sentence_opened_by_a_body_of_its_gender_is_that_body() {
    let doc = "« Nous ne céderons pas », a déclaré la ministre Claire Vasseur. La direction de la compagnie conteste \
               ces chiffres. Dans un communiqué, elle assure que le taux de grévistes ne dépasse pas 35 %.";
    let rows = quotes(doc);
    let r = rows.iter().find(|r| r.speaker == "elle").expect("the claim after « elle assure »");
    assert_eq!(r.name, "", "the body, not the minister");
    // A person named in that sentence may be meant instead: no body then.
    let doc = "« Nous ne céderons pas », a déclaré le ministre Paul Girard. Le tribunal a condamné Marc Dubois. \
               Il a déclaré qu'il ferait appel.";
    let rows = quotes(doc);
    let r = rows.iter().find(|r| r.speaker == "Il").expect("the claim after « Il a déclaré »");
    assert_ne!(r.name, "");
}

#[test]
fn a_given_name_alone_before_an_age_names_the_speaker() {
    let r = only("« Je prends ma voiture », témoigne Sandrine, 42 ans, infirmière à Lyon.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Sandrine", "Sandrine"));
}

#[test]
fn a_verbless_aside_between_commas_may_stand_before_an_inverted_name() {
    let r = only("« On a tout perdu », raconte, les larmes aux yeux, Josiane Barral, une habitante du hameau.");
    assert_eq!(r.name, "Josiane Barral");
    // Not before a description: the aside could be the subject.
    let rows = quotes("« On a tout perdu », raconte, les larmes aux yeux, une habitante.");
    assert!(rows.iter().all(|r| r.name.is_empty()), "{rows:?}");
}

#[test]
fn a_relative_on_a_selon_source_is_neither_source_nor_claim() {
    let r = only("Selon le quotidien Le Monde, qui cite des sources diplomatiques, l'accord serait signé lundi.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le quotidien Le Monde", "l'accord serait signé lundi"));
}

#[test]
fn a_seat_after_au_belongs_to_a_description_that_a_name_ends() {
    let r = only("« C'est une honte », a réagi le président du groupe LR au Sénat, Paul Morel.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le président du groupe LR au Sénat, Paul Morel", "Paul Morel"));
    // Without a name after it, « au » opens the addressee.
    let r = only("« C'est une honte », a déclaré le ministre au Figaro.");
    assert_eq!(r.speaker, "le ministre");
}

#[test]
fn cest_ce_que_reports_the_sentence_before() {
    let text =
        "La mairie fermera ses trois piscines cet été. C'est ce qu'a annoncé mardi le maire de Lyon, Paul Girard.";
    let r = only(text);
    assert_eq!((r.kind, r.text.as_str()), ("indirect", "La mairie fermera ses trois piscines cet été"));
    assert_eq!(r.speaker, "le maire de Lyon, Paul Girard");
    assert_eq!(r.name, "Paul Girard");
    assert_eq!((r.rule, r.cue.as_str()), ("ce_que_dit", "a annoncé"));
    // A subject before the verb, an adverbial in the frame.
    let q = quotes("Marie Lenoir a parlé aux élus. Le budget baissera. C'est en tout cas ce qu'elle a affirmé.");
    let r = q.iter().find(|r| r.rule == "ce_que_dit").expect("claim found");
    assert_eq!((r.text.as_str(), r.speaker.as_str(), r.name.as_str()), ("Le budget baissera", "elle", "Marie Lenoir"));
}

#[test]
fn cest_ce_que_after_a_quotation_names_its_speaker() {
    let r = only("« Nous ne céderons pas. » C'est ce qu'a déclaré le ministre de l'Intérieur, Paul Girard.");
    assert_eq!((r.kind, r.text.as_str()), ("direct", "Nous ne céderons pas"));
    assert_eq!(r.name, "Paul Girard");
    let r = only("« Nous ne céderons pas », c'est ce qu'a déclaré le ministre.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("Nous ne céderons pas", "le ministre"));
}

#[test]
fn cest_ce_que_keeps_a_speaker_the_sentence_before_has() {
    // The sentence before has its own speaker: the frame confirms, it does not take over.
    let r = only("Le ministre a déclaré que les écoles resteront fermées. C'est ce qu'a confirmé le préfet.");
    assert_eq!((r.speaker.as_str(), r.rule), ("Le ministre", "speaker_cue_que"));
    // A negated frame reports nothing.
    assert!(quotes("Les écoles resteront fermées. Ce n'est pas ce qu'a dit le ministre.").is_empty());
}

#[test]
fn infinitive_claims_of_every_verb_group() {
    for (text, claim) in [
        ("Le maire a annoncé interdire la circulation en ville.", "interdire la circulation en ville"),
        ("La ministre a affirmé connaître le suspect.", "connaître le suspect"),
        ("Le syndicat a dit attendre une réponse du patronat.", "attendre une réponse du patronat"),
        ("Le club a annoncé suspendre son entraîneur.", "suspendre son entraîneur"),
        ("L'ONG a déclaré agir pour les réfugiés.", "agir pour les réfugiés"),
    ] {
        let r = only(text);
        assert_eq!((r.rule, r.text.as_str()), ("speaker_cue_inf", claim), "{text}");
    }
    // A negation's pronoun before the infinitive.
    let r = only("Paul Girard affirme ne rien regretter.");
    assert_eq!((r.rule, r.text.as_str()), ("speaker_cue_inf", "ne rien regretter"));
    // A noun that ends like an infinitive is no claim, nor is a name.
    assert!(quotes("Le ministre a évoqué lettre après lettre les griefs.").iter().all(|r| r.rule != "speaker_cue_inf"));
    assert!(quotes("Le parti a déclaré Roger Martin candidat.").iter().all(|r| r.rule != "speaker_cue_inf"));
}

#[test]
fn a_verb_of_learning_names_its_source_as_the_speaker() {
    let r = only("Le tournoi sera reporté, a-t-on appris de source diplomatique.");
    assert_eq!(
        (r.text.as_str(), r.speaker.as_str(), r.cue.as_str()),
        ("Le tournoi sera reporté", "source diplomatique", "a-t-on appris")
    );
    // The agency that learned it is not the speaker.
    let r = only("Le président est malade, a appris l'AFP auprès de son entourage.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("Le président est malade", "son entourage"));
    let r = only("Le journal a appris auprès du parquet que le suspect avait été libéré.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("le suspect avait été libéré", "parquet"));
    // No source, no speaker: learning is not saying.
    assert!(quotes("Le maire est mort, a appris l'AFP.").is_empty());
    assert!(quotes("Il a appris que sa femme était partie.").is_empty());
}

#[test]
fn an_inverted_cue_after_a_clause_of_unknown_verbs() {
    // « privilégient » is in no lexicon: the sentence's shape says it is a clause.
    let r = only("Les enquêteurs privilégient la piste accidentelle, précise une source policière.");
    assert_eq!(
        (r.text.as_str(), r.speaker.as_str()),
        ("Les enquêteurs privilégient la piste accidentelle", "une source policière")
    );
    // Three words and no verb are no claim.
    assert!(quotes("Un troisième mandat, juge le ministre.").is_empty());
}

#[test]
fn an_inverted_cue_between_subject_and_verb_is_an_incise() {
    let text = "Cette décision, a précisé le ministre, sera appliquée dès lundi.";
    let r = only(text);
    assert_eq!(
        (r.kind, r.text.as_str()),
        ("indirect", "Cette décision, a précisé le ministre, sera appliquée dès lundi")
    );
    assert_eq!((r.speaker.as_str(), r.cue.as_str()), ("le ministre", "a précisé"));
    let r = only("Le chantier, estime le maire, prendra deux ans.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("le maire", "Le chantier, estime le maire, prendra deux ans"));
    // An apposition is no incise.
    assert!(quotes("Le président, Charles Michel, a qualifié la situation de grave.").is_empty());
}

#[test]
fn adverbials_inside_the_verb_group() {
    for group in [
        "a par ailleurs assuré",
        "a une nouvelle fois affirmé",
        "a quant à lui affirmé",
        "a d'ailleurs affirmé",
        "a d’ailleurs affirmé",
        "a officiellement annoncé",
        "a encore une fois affirmé",
    ] {
        let text = format!("Paul Girard {group} que les salaires seraient versés.");
        let r = only(&text);
        assert_eq!(
            (r.speaker.as_str(), r.cue.as_str(), r.text.as_str()),
            ("Paul Girard", group, "les salaires seraient versés"),
            "{text}"
        );
    }
    // After the cue too.
    let r = only("Paul Girard affirme par ailleurs que les salaires seraient versés.");
    assert_eq!(r.text, "les salaires seraient versés");
}

#[test]
fn par_la_voix_de_names_who_speaks() {
    let r = only("Le gouvernement a annoncé, par la voix de son porte-parole, que les écoles resteraient fermées.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("son porte-parole", "les écoles resteraient fermées"));
    let r = only("Le club a répondu par la voix de son président Paul Girard : « Nous ferons appel. »");
    assert_eq!((r.kind, r.name.as_str()), ("direct", "Paul Girard"));
}

#[test]
fn a_stressed_pronoun_between_commas_repeats_the_subject() {
    let r = only("Le rectorat, lui, assure que des renforts arriveront.");
    assert_eq!(r.speaker, "Le rectorat");
    // Last before the verb, the pronoun is the subject.
    let q = quotes("Marie Dubois est partie. Suite au jugement, elle déclarait que tout allait bien.");
    assert_eq!((q[0].speaker.as_str(), q[0].name.as_str()), ("elle", "Marie Dubois"));
}

#[test]
fn an_incise_may_close_with_a_period_and_name_its_speaker() {
    // A pronoun incise closed by a period.
    let q = quotes(
        "Claire Dubois est arrivée. « Les familles sont épuisées, poursuit-elle. Nous faisons ce que nous pouvons. »",
    );
    let got: Vec<(&str, &str)> = q.iter().map(|r| (r.text.as_str(), r.name.as_str())).collect();
    assert_eq!(
        got,
        [("Les familles sont épuisées", "Claire Dubois"), ("Nous faisons ce que nous pouvons", "Claire Dubois")]
    );
    // A noun-phrase subject, with an apposed name.
    let q = quotes(
        "« Mon frère a tenu ce garage trente ans, a raconté mardi sa sœur, Lucie Marchal. Il aimait son métier. »",
    );
    assert_eq!(q.len(), 2);
    for r in &q {
        assert_eq!((r.kind, r.name.as_str(), r.cue.as_str()), ("direct", "Lucie Marchal", "a raconté"));
    }
    let q = quotes("« Nous avons décidé, explique le directeur, de fermer l'atelier. »");
    let got: Vec<(&str, &str)> = q.iter().map(|r| (r.text.as_str(), r.speaker.as_str())).collect();
    assert_eq!(got, [("Nous avons décidé", "le directeur"), ("de fermer l'atelier", "le directeur")]);
    // A comma after a plain verb inside a quotation is no incise.
    let r = only("« Nous avons voté, puis nous sommes rentrés chez nous après la réunion », a déclaré Paul Girard.");
    assert_eq!(r.name, "Paul Girard");
}

#[test]
fn a_short_gloss_in_brackets_stays_inside_the_speaker() {
    let r = only("L’agence régionale de santé (ARS) de Normandie assure que la situation reste sous contrôle.");
    assert_eq!(r.speaker, "L’agence régionale de santé (ARS) de Normandie");
    let r = only("La maire de Dijon, Claire Dubois (divers gauche), a estimé que la ville était prête.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("La maire de Dijon, Claire Dubois", "Claire Dubois"));
    // After an inverted cue.
    let r = only("« Nous resterons mobilisés », a assuré le député (RN) de la circonscription, Paul Girard.");
    assert_eq!(
        (r.speaker.as_str(), r.name.as_str()),
        ("le député (RN) de la circonscription, Paul Girard", "Paul Girard")
    );
    // A dateline's bracket still ends it.
    let r = only("WASHINGTON (Reuters) - Senator Laura Mills said the bill would pass.");
    assert_eq!(r.speaker, "Senator Laura Mills");
}

#[test]
fn a_verb_of_intent_before_an_infinitive_cue_reports() {
    for (text, cue) in [
        ("Le maire a tenu à préciser que la piscine rouvrirait.", "a tenu à préciser"),
        ("Le maire s'est contenté de dire que la piscine rouvrirait.", "s'est contenté de dire"),
        ("Le maire n'a pas manqué de rappeler que la piscine rouvrirait.", "n'a pas manqué de rappeler"),
        ("Le maire veut rappeler que la piscine rouvrirait.", "veut rappeler"),
    ] {
        let r = only(text);
        assert_eq!(
            (r.speaker.as_str(), r.cue.as_str(), r.text.as_str()),
            ("Le maire", cue, "la piscine rouvrirait"),
            "{text}"
        );
    }
    // A future or a possibility reports nothing yet.
    assert!(quotes("Le maire va préciser que la piscine rouvrirait.").is_empty());
}

#[test]
fn an_inverted_cue_after_a_clause_steps_over_adjuncts_to_its_subject() {
    for text in [
        "L'enquête doit s'ouvrir à l'automne, a précisé mardi un porte-parole de la métropole.",
        "L'enquête doit s'ouvrir à l'automne, a précisé à l'AFP un porte-parole de la métropole.",
    ] {
        let r = only(text);
        assert_eq!(
            (r.text.as_str(), r.speaker.as_str()),
            ("L'enquête doit s'ouvrir à l'automne", "un porte-parole de la métropole"),
            "{text}"
        );
    }
    // An adjunct after a subject that names someone.
    let q = quotes("Le chantier reste serré : la consultation doit s'ouvrir à l'automne, a précisé un porte-parole de la région, pour un début des travaux en 2027.");
    assert_eq!(q[0].text, "Le chantier reste serré : la consultation doit s'ouvrir à l'automne");
    assert_eq!(q[0].speaker, "un porte-parole de la région");
    // « s’est » opens a clause, not « s’il ».
    let r = only("Le feu, parti du sous-sol, s’est propagé par l’escalier, a précisé le commandant Paul Girard.");
    assert_eq!(
        (r.text.as_str(), r.name.as_str()),
        ("Le feu, parti du sous-sol, s’est propagé par l’escalier", "Paul Girard")
    );
}

#[test]
fn a_medium_with_adjectives_or_a_name_or_the_bar_stands_before_an_inverted_subject() {
    for text in [
        "« Nous resterons mobilisés », a assuré sur le réseau social X le député Paul Girard.",
        "« Nous resterons mobilisés », a assuré dans un communiqué commun le député Paul Girard.",
        "« Nous resterons mobilisés », a témoigné à la barre le député Paul Girard.",
    ] {
        let r = only(text);
        assert_eq!((r.speaker.as_str(), r.name.as_str()), ("le député Paul Girard", "Paul Girard"), "{text}");
    }
}

#[test]
fn an_incise_verb_or_a_person_noun_before_a_colon_speaks() {
    let r = only("Sa voisine Claire renchérit : « Ici, tout le monde travaille deux fois. »");
    assert_eq!((r.kind, r.speaker.as_str(), r.cue.as_str()), ("direct", "Sa voisine Claire", "renchérit"));
    let r = only("Une élue de l’opposition va plus loin : « Ce dossier a été bouclé bien avant la séance. »");
    assert_eq!(r.speaker, "Une élue de l’opposition");
    // Not a thing.
    let r = only("Le bilan va plus loin : « Ce dossier a été bouclé bien avant la séance. »");
    assert_eq!(r.speaker, "");
}

#[test]
fn reprocher_frames_a_quoted_fragment() {
    let r = only("Le maire a reproché à la majorité d'avoir « décidé seule ».");
    assert_eq!((r.kind, r.speaker.as_str(), r.cue.as_str()), ("partial", "Le maire", "a reproché"));
}

#[test]
fn english_reports_after_a_present_tense_clause_and_past_coordinated_that() {
    let r = only("The fee includes add-ons, a source familiar with the talks said.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("The fee includes add-ons", "a source familiar with the talks"));
    let r = only("The party takes a third of the vote, officials said, ahead of the Green Party.");
    assert_eq!((r.text.as_str(), r.speaker.as_str()), ("The party takes a third of the vote", "officials"));
    // "and that" coordinates with the first report, not with "expect".
    let r = only("Rasmussen said he did not expect more strikes and that the volumes would be harvested.");
    assert_eq!((r.speaker.as_str(), r.cue.as_str()), ("Rasmussen", "said"));
    // The article "a" is no auxiliary: no clause after "told" here.
    let r = only("\"People are tired of it,\" Mills told cheering supporters at a concert hall.");
    assert_eq!((r.kind, r.speaker.as_str()), ("direct", "Mills"));
}

#[test]
fn a_quotation_inside_a_later_report_is_its_speakers_not_the_sources() {
    let q = quotes("Selon la police, le suspect a déclaré qu'il « regrettait tout ».");
    let partial = q.iter().find(|r| r.kind == "partial").expect("the fragment");
    assert_eq!((partial.text.as_str(), partial.speaker.as_str()), ("regrettait tout", "le suspect"));
    // With no report inside, the source vouches for it.
    let q = quotes("Selon la police, le suspect était « très calme ».");
    let partial = q.iter().find(|r| r.kind == "partial").expect("the fragment");
    assert_eq!(partial.speaker, "la police");
}

#[test]
fn a_stressed_pronoun_between_auxiliary_and_participle() {
    let r = only("Les syndicats ont, eux, prévenu que de nouvelles grèves suivraient.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Les syndicats", "de nouvelles grèves suivraient"));
}

#[test]
fn an_impersonal_on_speaks_for_the_source_it_names() {
    let r = only("De source judiciaire, on indiquait jeudi soir que le verdict était attendu vendredi.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("source judiciaire", "le verdict était attendu vendredi"));
    let r = only("On indique de source syndicale que la grève continuera.");
    assert_eq!(r.speaker, "source syndicale");
    // No source named: no one speaks.
    assert!(quotes("On indiquait jeudi soir que le verdict était attendu vendredi.").is_empty());
}

#[test]
fn ne_pas_cacher_que_reports() {
    let r = only("Le président du club ne cache pas que plusieurs adhérents sont partis.");
    assert_eq!((r.speaker.as_str(), r.text.as_str()), ("Le président du club", "plusieurs adhérents sont partis"));
    assert!(quotes("La police a découvert une cache d'armes que les enquêteurs surveillaient.").is_empty());
}

#[test]
fn et_d_ajouter_opening_a_sentence_is_the_previous_speakers() {
    let q = quotes(
        "La présidente Hélène Marlot a reconnu une année difficile. Et d'ajouter : « Nous ne voyons pas de reprise. »",
    );
    assert_eq!((q[0].kind, q[0].name.as_str()), ("direct", "Hélène Marlot"));
    let q = quotes("« C'est dur », a dit Paul Girard. Et d'ajouter : « Nous tiendrons. »");
    assert_eq!(q[1].name, "Paul Girard");
}

#[test]
fn an_inverted_on_speaks_for_the_body_named_after_it() {
    let r = only("Des solutions sont à l'étude, assure-t-on à la mairie.");
    assert_eq!(r.speaker, "la mairie");
    let r = only("Des solutions sont à l'étude, assure-t-on dans l'entourage du ministre.");
    assert_eq!(r.speaker, "l'entourage du ministre");
}

#[test]
fn pour_x_with_an_apposed_honorific_name() {
    let r = only("Pour son avocat, Me Laurent Vasseur, « le dossier a été instruit à charge ».");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("son avocat, Me Laurent Vasseur", "Laurent Vasseur"));
}

#[test]
fn the_second_half_of_a_quotation_split_by_its_cue_is_direct() {
    let q = quotes("“What we do not need,” she added, “is another consultation.”");
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|r| r.kind == "direct" && r.speaker == "she"), "{q:?}");
    let r = only("“We will appeal,” said Mark Lee, the company's lawyer, in a statement.");
    assert_eq!(r.speaker, "Mark Lee, the company's lawyer");
}

#[test]
fn an_addressee_written_in_lower_case_before_a_name() {
    let r = only("« L'eau est buvable », explique à zorvinfo Aurélie Marchal.");
    assert_eq!((r.speaker.as_str(), r.name.as_str()), ("Aurélie Marchal", "Aurélie Marchal"));
}

#[test]
fn an_english_incise_between_subject_and_verb_reports_the_sentence() {
    let r = only("The new plant, the company said, will open in May.");
    assert_eq!(
        (r.text.as_str(), r.speaker.as_str()),
        ("The new plant, the company said, will open in May", "the company")
    );
    // A fronted adjunct is no subject awaiting its verb.
    assert!(quotes("In Paris, he said, prices were rising.").iter().all(|r| r.text != "In Paris"));
}
