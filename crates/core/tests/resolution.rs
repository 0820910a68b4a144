//! Golden tests for resolution and enrichment, through the whole pipeline
//! (shipped models and place lexicon): one sentence group per rule and
//! language, with the entities, quotes and links a reader should get.

mod common;

use common::{analyzed, lexicon, tag};
use gleaner_core::corpus::resolve_corpus;
use gleaner_core::label::Label;
use gleaner_core::{Document, Mention, Source};

/// The entity whose name or aliases include `name`, with its names sorted.
fn entity_of<'d>(doc: &'d Document, name: &str) -> &'d gleaner_core::resolve::Entity {
    doc.entities.iter().find(|e| e.name == name || e.aliases.iter().any(|a| a == name)).unwrap_or_else(|| {
        let all: Vec<(&str, &Vec<String>, Label)> =
            doc.entities.iter().map(|e| (e.name.as_str(), &e.aliases, e.label)).collect();
        panic!("no entity named {name:?} in {:?}\nentities: {all:?}", doc.text)
    })
}

fn assert_same(doc: &Document, names: &[&str]) {
    let first = entity_of(doc, names[0]);
    for name in &names[1..] {
        let other = entity_of(doc, name);
        assert_eq!(
            first.id, other.id,
            "{:?} and {name:?} should be one entity in {:?}: {:?} vs {:?}",
            names[0], doc.text, first, other
        );
    }
}

fn assert_apart(doc: &Document, a: &str, b: &str) {
    assert_ne!(entity_of(doc, a).id, entity_of(doc, b).id, "{a:?} and {b:?} must stay apart in {:?}", doc.text);
}

#[test]
fn english_aliases() {
    let doc = analyzed(
        "Nicolás Maduro met Vladimir Putin in Moscow on Wednesday. Maduro's visit was his third. \
         Nicolas Maduro thanked Putin. Opposition leader Juan Guaidó called it a farce, and Guaido's allies agreed.",
    );
    assert_same(&doc, &["Nicolás Maduro", "Maduro", "Nicolas Maduro"]);
    assert_same(&doc, &["Vladimir Putin", "Putin"]);
    assert_same(&doc, &["Juan Guaidó", "Guaido"]);
    assert_apart(&doc, "Maduro", "Putin");
    // Every entity of the text, exactly: name, label, aliases and how often it is named.
    let entities: Vec<(&str, Label, Vec<&str>, usize)> = doc
        .entities
        .iter()
        .map(|e| (e.name.as_str(), e.label, e.aliases.iter().map(String::as_str).collect(), e.mentions.len()))
        .collect();
    assert_eq!(
        entities,
        [
            ("Nicolás Maduro", Label::PER, vec!["Maduro", "Nicolas Maduro"], 3),
            ("Vladimir Putin", Label::PER, vec!["Putin"], 2),
            ("Moscow", Label::LOC, vec![], 1),
            ("Juan Guaidó", Label::PER, vec!["Guaido"], 2),
        ]
    );
    let maduro = entity_of(&doc, "Maduro");
    assert_eq!(maduro.label, Label::PER);
    assert_eq!(maduro.mentions.len(), 3, "{maduro:?}");
    for &m in &maduro.mentions {
        assert_eq!(doc.mentions[m].entity, Some(maduro.id), "each mention carries its entity id");
    }
}

#[test]
fn transliterations_capitals_and_acronyms() {
    let doc = analyzed(
        "Foreign Minister Sergei Lavrov spoke to TASS. Sergey Lavrov repeated it later, Tass reported. \
         The Organization of American States met in Washington. The OAS condemned the vote.",
    );
    assert_same(&doc, &["Sergei Lavrov", "Sergey Lavrov"]);
    assert_same(&doc, &["TASS", "Tass"]);
    assert_same(&doc, &["Organization of American States", "OAS"]);
}

#[test]
fn two_people_who_share_a_surname_stay_apart() {
    let doc = analyzed(
        "Raúl Castro met Fidel Castro in Havana. Later Raúl Castro spoke to reporters. Castro said the talks went well.",
    );
    assert_apart(&doc, "Raúl Castro", "Fidel Castro");
    let castro = doc.mentions.iter().rev().find(|m| m.span.text(&doc.text) == "Castro").expect("Castro tagged");
    assert_eq!(
        castro.entity,
        Some(entity_of(&doc, "Raúl Castro").id),
        "the surname goes to the last one named before it"
    );
}

#[test]
fn german_genitive_and_demonyms() {
    let doc = analyzed(
        "Der venezolanische Präsident Nicolás Maduro reiste nach Moskau. Maduros Regierung hofft auf russische Hilfe. \
         Die kubanische Regierung schwieg, und Russland sagte nichts.",
    );
    let maduros = doc
        .mentions
        .iter()
        .find(|m| m.span.text(&doc.text) == "Maduros")
        .expect("the genitive is recovered as a mention");
    assert_eq!(maduros.entity, Some(entity_of(&doc, "Nicolás Maduro").id));
    assert_eq!(maduros.label, Label::PER);
    for (word, country) in [("venezolanische", "VE"), ("russische", "RU"), ("kubanische", "CU")] {
        let m = doc
            .mentions
            .iter()
            .find(|m| m.span.text(&doc.text) == word)
            .unwrap_or_else(|| panic!("{word} should be a mention"));
        assert_eq!(m.label, Label::NORP, "{word}");
        let entity = doc.entity(m.entity.expect("resolved")).expect("entity");
        assert_eq!(entity.link.as_ref().map(|l| l.country.as_str()), Some(country), "{word}");
    }
    assert_eq!(entity_of(&doc, "Russland").link.as_ref().map(|l| l.id.as_str()), Some("iso3166:RU"));
}

/// Each mention as (text, label), in text order.
fn mention_list(doc: &Document) -> Vec<(&str, Label)> {
    doc.mentions.iter().map(|m| (m.span.text(&doc.text), m.label)).collect()
}

#[test]
fn names_inside_hyphenated_compounds_are_mentions_of_their_own() {
    let doc = analyzed(
        "Die US-Sanktionen belasten die Russland-Venezuela-Beziehungen, sagte Wladimir Putin. Der Putin-Besuch endete.",
    );
    let found = mention_list(&doc);
    for expected in [("US", Label::LOC), ("Russland", Label::LOC), ("Venezuela", Label::LOC)] {
        assert!(found.contains(&expected), "{expected:?} should be a mention: {found:?}");
    }
    assert!(!found.iter().any(|(t, _)| t.contains('-')), "no compound is a mention whole: {found:?}");
    // A part the article names elsewhere joins that entity.
    let putin = doc.mentions.iter().find(|m| m.span.text(&doc.text) == "Putin").expect("Putin inside Putin-Besuch");
    assert_eq!(putin.entity, Some(entity_of(&doc, "Wladimir Putin").id));
    // The compound stays one token, shown whole; the mention spans its part, in both units.
    let token = doc.tokens.iter().find(|t| t.text(&doc.text) == "US-Sanktionen").expect("one token");
    let us = doc.mentions.iter().find(|m| m.span.text(&doc.text) == "US").expect("US");
    assert_eq!((us.span.start, us.span.end16 - us.span.start16), (token.span.start, 2));

    let doc = analyzed("US-Russian relations worsened after the Russia-Venezuela deal, said the Pentagon.");
    let found = mention_list(&doc);
    for expected in [("US", Label::LOC), ("Russian", Label::NORP), ("Russia", Label::LOC), ("Venezuela", Label::LOC)] {
        assert!(found.contains(&expected), "{expected:?} should be a mention: {found:?}");
    }

    // Compounds that are names themselves stay whole.
    let doc = analyzed("In Guinea-Bissau und Sachsen-Anhalt trafen sich Vertreter von Coca-Cola mit Jean-Michel Dupont aus Nord-Korea.");
    let found = mention_list(&doc);
    for part in ["Guinea", "Bissau", "Sachsen", "Anhalt", "Coca", "Jean", "Korea"] {
        assert!(!found.iter().any(|(t, _)| *t == part), "{part} must not be split out of its name: {found:?}");
    }
}

#[test]
fn spanish_short_forms_and_nationalities() {
    let doc = analyzed(
        "Los rusos llegaron a Caracas. Estados Unidos criticó el acuerdo y EE. UU. pidió sanciones. \
         La Unión Europea y la UE guardaron silencio.",
    );
    assert_same(&doc, &["Estados Unidos", "EE. UU."]);
    assert_same(&doc, &["Unión Europea", "UE"]);
    let rusos = doc.mentions.iter().find(|m| m.span.text(&doc.text) == "rusos").expect("rusos is a mention");
    assert_eq!(rusos.label, Label::NORP);
    assert_eq!(entity_of(&doc, "Estados Unidos").link.as_ref().map(|l| l.id.as_str()), Some("iso3166:US"));
}

#[test]
fn one_country_across_articles_and_languages() {
    let mut docs: Vec<Document> = [
        "Russland liefert Öl nach Venezuela. Wladimir Putin empfing Nicolás Maduro.",
        "Russia sends oil to Venezuela. Vladimir Putin hosted Nicolas Maduro in Moscow.",
        "Rusia envía petróleo a Venezuela. El presidente Maduro llegó a Moscú y Vladímir Putin lo recibió.",
    ]
    .into_iter()
    .map(analyzed)
    .collect();
    resolve_corpus(&mut docs);
    let russia: Vec<u32> = ["Russland", "Russia", "Rusia"].iter().zip(&docs).map(|(n, d)| entity_of(d, n).id).collect();
    assert!(russia.iter().all(|&id| id == russia[0]), "{russia:?}");
    let presence = entity_of(&docs[0], "Russland").corpus.clone().expect("corpus presence");
    assert_eq!((presence.articles, presence.of, presence.languages.len()), (3, 3, 3));
    let maduro: Vec<u32> =
        ["Nicolás Maduro", "Nicolas Maduro", "Maduro"].iter().zip(&docs).map(|(n, d)| entity_of(d, n).id).collect();
    assert!(maduro.iter().all(|&id| id == maduro[0]), "{maduro:?}");
    assert_ne!(russia[0], maduro[0]);
    for doc in &docs {
        for m in &doc.mentions {
            let id = m.entity.expect("every mention resolved");
            assert!(doc.entity(id).is_some(), "mention ids point at the document's entities");
        }
    }
}

#[test]
fn quotes_with_speakers() {
    let doc = analyzed("“We will never give up our sovereignty,” Maduro said on Wednesday. “It is a farce and a lie,” the opposition replied.");
    assert_eq!(doc.quotes.len(), 2, "{:?}", doc.quotes);
    assert_eq!(doc.quotes[0].speaker, Some(entity_of(&doc, "Maduro").id));
    assert_eq!(doc.quotes[0].content.text(&doc.text), "We will never give up our sovereignty,");
    let doc = analyzed("Außenminister Heiko Maas sagte: „Wir stehen an der Seite der Ukraine.“ Er fügte hinzu: „Das bleibt so, auch im Winter.“");
    let maas = entity_of(&doc, "Heiko Maas").id;
    assert_eq!(doc.quotes.iter().map(|q| q.speaker).collect::<Vec<_>>(), [Some(maas), Some(maas)], "{:?}", doc.quotes);
    let doc = analyzed("«No vamos a permitir ninguna injerencia extranjera», dijo Nicolás Maduro en Caracas.");
    assert_eq!(doc.quotes.first().and_then(|q| q.speaker), Some(entity_of(&doc, "Nicolás Maduro").id));
    let doc = analyzed("All week long, the banner over the square carried the words “No more lies from anyone, ever.”");
    assert_eq!(doc.quotes.len(), 1);
    assert_eq!(doc.quotes[0].speaker, None, "no cue, no speaker");
}

#[test]
fn speakers_are_the_ones_who_speak() {
    // The teller, not the listener; a pronoun goes back to the last person named.
    let doc = analyzed(
        "Nicolás Maduro arrived in Moscow on Wednesday. “Young people can spend their vacations in Russia,” he told Tass.",
    );
    assert_eq!(doc.quotes.len(), 1, "{:?}", doc.quotes);
    assert_eq!(doc.quotes[0].speaker, Some(entity_of(&doc, "Nicolás Maduro").id), "{:?}", doc.quotes);
    // The source named after "according to"; an unnamed source is no one else.
    let doc = analyzed("“The talks will go on without delay,” according to Dmitry Peskov in Moscow.");
    assert_eq!(doc.quotes[0].speaker, Some(entity_of(&doc, "Dmitry Peskov").id), "{:?}", doc.quotes);
    let doc = analyzed(
        "Nicolás Maduro habló el lunes en Caracas con los ministros del gobierno. También discutieron la «urgente reanudación de negociaciones inclusivas en México», según el comunicado.",
    );
    let quote = doc.quotes.last().expect("a quote");
    assert_eq!((quote.speaker, quote.no_speaker), (None, Some(gleaner_core::quotes::NoSpeaker::Unnamed)));
    // No cue at all: the quote says so.
    let doc = analyzed("The minister spoke at length. “This is the end of an era for all of us.” Nobody answered.");
    assert_eq!(doc.quotes[0].no_speaker, Some(gleaner_core::quotes::NoSpeaker::NoCue), "{:?}", doc.quotes);
}

#[test]
fn an_unclosed_quote_stops_at_its_paragraph() {
    let doc =
        analyzed("Maduro said: “We will stay here and we will fight\n\nThe next paragraph is the reporter's own text.");
    assert_eq!(doc.quotes.len(), 1);
    let quote = &doc.quotes[0];
    assert!(!quote.closed);
    assert_eq!(quote.content.text(&doc.text), "We will stay here and we will fight");
}

#[test]
fn relations_and_salience() {
    let doc = analyzed(
        "Putin hosts Maduro in Moscow\n\nVladimir Putin received Nicolás Maduro in Moscow on Wednesday. \
         Maduro thanked Putin.\n\nLater, Maduro flew to Havana.",
    );
    let (maduro, putin) = (entity_of(&doc, "Maduro").id, entity_of(&doc, "Putin").id);
    let pair = doc
        .relations
        .iter()
        .find(|r| (r.a, r.b) == (maduro.min(putin), maduro.max(putin)))
        .expect("Maduro–Putin relation");
    assert_eq!(pair.weight, 3, "three sentences name both: {pair:?}");
    let havana = entity_of(&doc, "Havana");
    assert!(entity_of(&doc, "Maduro").salience > havana.salience, "{:?}", doc.entities);
    assert!(doc.entities.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
}

/// Many mentions of one name must not cost a square: 20,000 mentions resolve
/// in well under a second, and 10× the mentions take at most 15× the time.
#[test]
fn thousands_of_mentions_resolve_in_linear_time() {
    let sentence = "Maduro met Castro in Caracas and Nicolás Maduro thanked Raúl Castro. ";
    // The document with its mentions laid by hand (no model), longest names
    // first, so "Nicolás Maduro" is one mention, not two.
    let prepare = |repeats: usize| {
        let mut doc = Document::analyze(sentence.repeat(repeats));
        let names = [
            ("Nicolás Maduro", Label::PER),
            ("Raúl Castro", Label::PER),
            ("Maduro", Label::PER),
            ("Castro", Label::PER),
            ("Caracas", Label::LOC),
        ];
        let text = doc.text.clone();
        let mut mentions = Vec::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            let found = names.iter().find_map(|(name, label)| {
                let end = i + name.split(' ').count();
                let span = (doc.tokens[i].span.start, doc.tokens.get(end - 1)?.span.end);
                (text[span.0..span.1] == **name).then_some((end, span, *label))
            });
            match found {
                Some((end, (start, stop), label)) => {
                    let span = gleaner_core::Span { start, end: stop, start16: 0, end16: 0 };
                    mentions.push(Mention {
                        span,
                        label,
                        confidence: 1.0,
                        tokens: (i, end),
                        entity: None,
                        source: Source::Model,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        doc.mentions = mentions;
        doc
    };
    let mut doc = prepare(4_000);
    assert_eq!(doc.mentions.len(), 20_000);
    let started = std::time::Instant::now();
    doc.resolve(lexicon());
    assert!(started.elapsed().as_secs_f64() < 5.0, "{:?}", started.elapsed());
    let entities: Vec<(&str, usize)> = doc.entities.iter().map(|e| (e.name.as_str(), e.mentions.len())).collect();
    assert_eq!(entities, [("Nicolás Maduro", 8_000), ("Raúl Castro", 8_000), ("Caracas", 4_000)]);
    common::assert_near_linear("resolving repeated mentions", 1_000, prepare, |mut doc| doc.resolve(lexicon()));
}

#[test]
fn resolving_twice_gives_the_same_entities() {
    let mut doc = Document::analyze("Nicolás Maduro met Vladimir Putin. Maduro thanked Putin.");
    tag(&mut doc);
    doc.resolve(lexicon());
    let (entities, mentions, relations) = (doc.entities.clone(), doc.mentions.clone(), doc.relations.clone());
    doc.resolve(lexicon());
    assert_eq!(doc.entities, entities, "names, labels, aliases, mentions, links and salience");
    assert_eq!(doc.mentions, mentions, "each mention's span, label and entity");
    assert_eq!(doc.relations, relations);
}

fn fragments() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pieces = prop::sample::select(vec![
        "Maduro",
        "Nicolás Maduro",
        "Maduros",
        "MADURO",
        "Putin's",
        "TASS",
        "Tass",
        "OAS",
        "Organization of American States",
        "EE. UU.",
        "Rusia",
        "Russland",
        "rusos",
        "venezolanischen",
        "said",
        "sagte",
        "dijo",
        "según",
        "„",
        "“",
        "”",
        "«",
        "»",
        "\"",
        "'",
        "’",
        ":",
        ",",
        ".",
        "\n\n",
        " ",
        "34.000",
        "1,5",
        "52",
        "million",
        "Millionen",
        "dólares",
        "%",
        "Barrel",
        "pro Tag",
        "28.",
        "Juli",
        "31. Februar",
        "2023",
        "15:30",
        "Uhr",
        "el",
        "miércoles",
        "last",
        "January",
        "$",
        "99999999999999999999",
        "é",
        "\u{301}",
        "👍🏽",
        "-",
        "–",
        "Ursula",
        "von der",
        "Leyen",
        "de",
        "la",
        "Luis",
        "Guindos",
        "warship",
        "Admiral",
        "channel",
        "24",
        "(",
        ")",
        "USAID",
        "Agency for International Development",
        "dpa",
        "Crisis",
        "Soviet Union",
    ]);
    proptest::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 128, .. proptest::prelude::ProptestConfig::default() })]

    /// Never panics; every span resolution and enrichment make is on char
    /// boundaries with matching UTF-16 offsets; every id points somewhere.
    #[test]
    fn resolution_never_panics_and_everything_points_somewhere(text in fragments()) {
        let doc = analyzed(&text);
        // The shared checker (the fuzz targets run it too), then the same promises counted here independently.
        proptest::prop_assert_eq!(gleaner_core::invariants::check(&doc), Ok(()));
        let utf16 = |at: usize| text[..at].encode_utf16().count();
        let mut spans: Vec<gleaner_core::Span> = doc.mentions.iter().map(|m| m.span).collect();
        spans.extend(doc.values.iter().map(|v| v.span));
        spans.extend(doc.quotes.iter().flat_map(|q| [q.span, q.content]));
        for s in spans {
            proptest::prop_assert!(s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
            proptest::prop_assert_eq!((s.start16, s.end16), (utf16(s.start), utf16(s.end)));
        }
        for m in &doc.mentions {
            let id = m.entity.expect("every mention resolved");
            let entity = doc.entity(id).expect("the id exists");
            proptest::prop_assert!(entity.mentions.iter().any(|&i| std::ptr::eq(&doc.mentions[i], m)));
        }
        for q in &doc.quotes {
            proptest::prop_assert!(q.speaker.is_none_or(|id| doc.entity(id).is_some()));
        }
        for r in &doc.relations {
            proptest::prop_assert!(r.a < r.b && doc.entity(r.a).is_some() && doc.entity(r.b).is_some());
        }
        let _ = gleaner_core::AnalysisJson::new(&doc, None).to_json();
    }
}

/// Mentions laid by hand on `text` (no model): each (name, label) at its first occurrence after the previous one.
fn hand_tagged(text: &str, names: &[(&str, Label)]) -> Document {
    let mut doc = Document::analyze(text);
    let mut from = 0;
    for (name, label) in names {
        let start = from + doc.text[from..].find(name).expect("name in text");
        let end = start + name.len();
        from = end;
        let first = doc.tokens.iter().position(|t| t.span.start == start).expect("starts a token");
        let last = doc.tokens.iter().position(|t| t.span.end == end).expect("ends a token");
        let span = gleaner_core::Span { start, end, start16: 0, end16: 0 };
        doc.mentions.push(Mention {
            span,
            label: *label,
            confidence: 0.9,
            tokens: (first, last + 1),
            entity: None,
            source: Source::Model,
        });
    }
    doc.resolve(lexicon());
    doc
}

#[test]
fn a_mistyped_one_word_name_joins_the_organization_it_names() {
    // The tagger read "Apple" as a person once; no person of the article is called Apple.
    let doc = hand_tagged(
        "Apple released a phone. Apple said sales grew. Tim Cook spoke for Apple Computer.",
        &[("Apple", Label::ORG), ("Apple", Label::PER), ("Tim Cook", Label::PER), ("Apple Computer", Label::ORG)],
    );
    let apple: Vec<Option<u32>> =
        doc.mentions.iter().filter(|m| m.span.text(&doc.text).starts_with("Apple")).map(|m| m.entity).collect();
    assert_eq!(apple.len(), 3);
    assert!(apple.iter().all(|e| *e == apple[0]), "{:?}", doc.entities);
    assert_eq!(entity_of(&doc, "Apple").label, Label::ORG, "one entity, one label");
    assert_apart(&doc, "Apple", "Tim Cook");
}

#[test]
fn across_articles_a_one_word_name_keeps_the_type_most_articles_give_it() {
    let mut docs = vec![
        hand_tagged("Apple released a phone. Apple said sales grew.", &[("Apple", Label::ORG), ("Apple", Label::ORG)]),
        hand_tagged("Shares of Apple rose on Monday.", &[("Apple", Label::ORG)]),
        // Tagged as a person here, with no person of that name anywhere.
        hand_tagged("Apple announced a new laptop in Cupertino.", &[("Apple", Label::PER)]),
    ];
    resolve_corpus(&mut docs);
    let ids: Vec<u32> = docs.iter().map(|d| entity_of(d, "Apple").id).collect();
    assert!(ids.iter().all(|&id| id == ids[0]), "one corpus entity: {ids:?}");
    assert!(docs.iter().all(|d| entity_of(d, "Apple").label == Label::ORG), "one label, the corpus's");
}

#[test]
fn a_club_named_after_its_city_is_not_the_city_nor_a_person_a_country() {
    let doc = hand_tagged(
        "Milan beat Roma in Milan on Sunday. Michael Jordan scored twice for Jordan, and the IRA said nothing. Jordan left.",
        &[
            ("Milan", Label::ORG),
            ("Roma", Label::ORG),
            ("Milan", Label::LOC),
            ("Michael Jordan", Label::PER),
            ("Jordan", Label::ORG),
            ("IRA", Label::ORG),
            ("Jordan", Label::PER),
        ],
    );
    let found: Vec<(&str, Label, Option<&str>)> = doc
        .mentions
        .iter()
        .map(|m| {
            let entity = m.entity.and_then(|id| doc.entity(id));
            (m.span.text(&doc.text), m.label, entity.and_then(|e| e.link.as_ref()).map(|l| l.id.as_str()))
        })
        .collect();
    assert_eq!(found[0], ("Milan", Label::ORG, None), "the club: {found:?}");
    assert_eq!(found[2].1, Label::LOC, "the city: {found:?}");
    assert!(found[2].2.is_some_and(|id| id.starts_with("geonames:")), "the city is linked: {found:?}");
    assert_eq!(found[3], ("Michael Jordan", Label::PER, None), "a person named like a country: {found:?}");
    assert_eq!(found[4], ("Jordan", Label::LOC, Some("iso3166:JO")), "a country acting: {found:?}");
    assert_eq!(found[5], ("IRA", Label::ORG, None), "not Irã (Iran): {found:?}");
    assert_eq!(found[6].1, Label::PER, "the surname of a person named in full: {found:?}");
}

#[test]
fn a_club_named_after_its_city_does_not_join_a_player_of_that_name() {
    let doc = hand_tagged(
        "Allan Houston scored 25 points. Houston beat Orlando 98-95 on Sunday.",
        &[("Allan Houston", Label::PER), ("Houston", Label::ORG), ("Orlando", Label::ORG)],
    );
    assert_apart(&doc, "Allan Houston", "Houston");
    assert_eq!(entity_of(&doc, "Allan Houston").label, Label::PER);
    assert_eq!(entity_of(&doc, "Houston").label, Label::ORG);
}

#[test]
fn a_short_city_name_in_capitals_is_found_but_an_abbreviation_is_not_a_folded_name() {
    let doc =
        hand_tagged("ULM, Germany 1996-08-31\nThe IRA said nothing.", &[("ULM", Label::LOC), ("IRA", Label::ORG)]);
    let link = |name: &str| entity_of(&doc, name).link.as_ref().map(|l| l.id.clone());
    assert!(link("ULM").is_some_and(|id| id.starts_with("geonames:")), "{:?}", doc.entities);
    assert_eq!(link("IRA"), None, "not Irã (Iran): {:?}", doc.entities);
}

#[test]
fn a_legal_form_makes_a_company_however_often_a_lone_name_reads_as_a_person() {
    let doc = hand_tagged(
        "Pirelli SpA said on Monday that Pirelli would sell cables. Pirelli expects growth, Pirelli added.",
        &[("Pirelli SpA", Label::ORG), ("Pirelli", Label::PER), ("Pirelli", Label::PER), ("Pirelli", Label::PER)],
    );
    assert_eq!(entity_of(&doc, "Pirelli SpA").label, Label::ORG, "{:?}", doc.entities);
    assert!(doc.mentions.iter().all(|m| m.label == Label::ORG), "{:?}", doc.mentions);
}

/// Page chrome is found by whole lines, never cut out of names in running text:
/// "Post" and "Report" are words of newspaper names, and ® follows real brands.
#[test]
fn page_chrome_never_cuts_names_in_running_text() {
    let doc = analyzed("The Washington Post reported on Monday that the talks in Geneva had failed.");
    let found = mention_list(&doc);
    assert!(found.iter().any(|(t, l)| t.ends_with("Washington Post") && *l == Label::ORG), "{found:?}");
    let doc = analyzed("Reporters at the Jerusalem Post said the ministers had met in Haifa.");
    let found = mention_list(&doc);
    assert!(found.iter().any(|(t, l)| *t == "Jerusalem Post" && *l == Label::ORG), "{found:?}");
    let doc = analyzed("Sales of Nike® shoes rose in Germany last year, the company said.");
    let found = mention_list(&doc);
    assert!(found.iter().any(|(t, _)| *t == "Nike"), "{found:?}");
}

/// The forum header of a pasted post (sample 001 opens with one): the poster's name
/// and "Recommended Posts" are chrome, the story's names after them are not.
#[test]
fn a_forum_header_is_page_chrome() {
    let doc = analyzed(
        "KEPY™ Posted September 26, 2019 Posted September 26, 2019 Nicolás Maduro wants to remind the world that he still has powerful allies. The Chavista leader met on Wednesday in Moscow with Russian President Vladimir Putin.\nRecommended Posts\n",
    );
    let found = mention_list(&doc);
    assert!(
        !found.iter().any(|(t, _)| t.contains("KEPY") || t.contains("Posted") || t.contains("Recommended")),
        "{found:?}"
    );
    for name in ["Nicolás Maduro", "Moscow", "Vladimir Putin"] {
        assert!(found.iter().any(|(t, _)| *t == name), "{name} in {found:?}");
    }
}

/// A cue closing the paragraph before, with a colon, introduces a quote that opens its own
/// paragraph ("Caddell said:"), in English, German and Spanish; and news verbs such as
/// "tweets" and "warns" are cues.
#[test]
fn a_speaker_introduced_in_the_paragraph_before() {
    for (text, name) in [
        (
            "Pat Caddell spoke to the radio host on Monday. Caddell said:\n\n“The health issue is a partisan issue.”",
            "Pat Caddell",
        ),
        ("Markus Söder trat am Montag in München auf. Söder sagte:\n\n„Wir lassen niemanden allein.“", "Markus Söder"),
        (
            "Nicolás Maduro habló el lunes en Caracas. Maduro afirmó:\n\n«No vamos a permitir ninguna injerencia.»",
            "Nicolás Maduro",
        ),
    ] {
        let doc = analyzed(text);
        assert_eq!(doc.quotes.len(), 1, "{text}: {:?}", doc.quotes);
        assert_eq!(doc.quotes[0].speaker, Some(entity_of(&doc, name).id), "{text}: {:?}", doc.quotes);
    }
    // Without the colon the paragraph before says nothing about the quote.
    let doc = analyzed(
        "Pat Caddell spoke to the radio host on Monday. Caddell left.\n\n“The health issue is a partisan issue.”",
    );
    assert!(doc.quotes.iter().all(|q| q.speaker.is_none()), "{:?}", doc.quotes);
    let doc = analyzed("“We will not be silenced,” Hillary Clinton tweets on Monday.");
    assert_eq!(doc.quotes[0].speaker, Some(entity_of(&doc, "Hillary Clinton").id), "{:?}", doc.quotes);
}
