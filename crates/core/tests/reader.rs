//! The reader's say beats the model: their entity list and their corrections,
//! applied to the whole pipeline's output, in every language.

mod common;

use common::{lexicon, tagged};
use gleaner_core::label::Label;
use gleaner_core::reader::{Correction, EntityList, Guidance, Kind, ListEntry, Target};
use gleaner_core::{Document, Source};

fn with(text: &str, guidance: Guidance) -> Document {
    let mut doc = tagged(text);
    doc.resolve_with(lexicon(), &guidance);
    doc
}

/// (text, label, source) of every mention.
fn mentions(doc: &Document) -> Vec<(&str, Label, Source)> {
    doc.mentions.iter().map(|m| (m.span.text(&doc.text), m.label, m.source)).collect()
}

fn target(doc_text: &str, words: &str) -> Target {
    let start = doc_text.find(words).unwrap_or_else(|| panic!("{words:?} is not in {doc_text:?}"));
    Target::new(doc_text, start, start + words.len()).unwrap()
}

#[test]
fn a_list_entry_beats_the_model_both_ways() {
    let text = "Reuters Staff\n\nTwo white swan bombers landed on Monday, and Maduro would travel to Moscow.";
    let plain = with(text, Guidance::default());
    let seen = mentions(&plain);
    assert!(
        !seen.iter().any(|m| m.0 == "white swan"),
        "the model should miss the plane written in lower case: {seen:?}"
    );
    assert!(seen.iter().any(|m| m.0.contains("Reuters")), "the model should tag the byline: {seen:?}");

    let (list, problems) =
        EntityList::new(vec![ListEntry::tag("white swan", Label::MISC), ListEntry::never("Reuters Staff")]);
    assert!(problems.is_empty());
    let doc = with(text, Guidance { list: Some(&list), corrections: &[] });
    let seen = mentions(&doc);
    assert!(seen.contains(&("white swan", Label::MISC, Source::List)), "{seen:?}");
    assert!(!seen.iter().any(|m| m.0.contains("Reuters")), "a never-name stays untagged: {seen:?}");
    assert!(seen.iter().any(|m| m.0 == "Maduro"), "the rest is the model's: {seen:?}");
}

#[test]
fn the_list_applies_in_every_language_and_aliases_join_the_entity() {
    let mut entry = ListEntry::tag("Juan Guaidó", Label::PER);
    entry.aliases = vec!["der Interimspräsident".into()];
    let (list, _) = EntityList::new(vec![entry, ListEntry::tag("Zorblatt", Label::ORG)]);
    for text in [
        "Juan Guaidó traf Zorblatt in Caracas. Der Interimspräsident sagte nichts.",
        "Juan Guaido se reunió con Zorblatt en Caracas.",
        "Juan Guaidó met Zorblatt in Caracas on Monday.",
    ] {
        let doc = with(text, Guidance { list: Some(&list), corrections: &[] });
        let zorblatt = doc.mentions.iter().find(|m| m.span.text(&doc.text) == "Zorblatt");
        assert_eq!(zorblatt.map(|m| (m.label, m.source)), Some((Label::ORG, Source::List)), "{text}");
        let guaido = doc
            .entities
            .iter()
            .find(|e| e.name == "Juan Guaidó")
            .unwrap_or_else(|| panic!("{text}: {:?}", doc.entities));
        assert_eq!(guaido.label, Label::PER);
        if text.contains("Interimspräsident") {
            assert_eq!(guaido.mentions.len(), 2, "the alias joins its entity: {:?}", mentions(&doc));
        }
    }
}

#[test]
fn every_kind_of_correction_applies_and_survives_reanalysis() {
    let text = "Nicolás Maduro met Vladimir Putin in Moscow. Apple said Maduro and the Kremlin agreed.";
    let plain = with(text, Guidance::default());
    let seen = mentions(&plain);
    assert!(seen.iter().any(|m| m.0 == "Nicolás Maduro"), "{seen:?}");
    let at = 1.0;
    let corrections = vec![
        Correction::new(Kind::Label, target(text, "Apple"), at).with_label(Label::ORG),
        Correction::new(Kind::Delete, target(text, "Moscow"), at),
        Correction::new(Kind::Add, target(text, "Kremlin"), at).with_label(Label::ORG),
        Correction::new(Kind::Resize, target(text, "Vladimir Putin"), at)
            .with_label(Label::PER)
            .with_to(target(text, "Putin")),
        Correction::new(Kind::Merge, target(text, "Apple"), at).with_to(target(text, "Kremlin")),
        Correction::new(Kind::Split, target(text, "Maduro and"), at).with_to(target(text, "Maduro")),
    ];
    // The split names the later "Maduro" by its own span.
    let second_maduro = text.rfind("Maduro").unwrap();
    let mut corrections = corrections;
    corrections[5] = Correction::new(Kind::Split, Target::new(text, second_maduro, second_maduro + 6).unwrap(), at);
    for round in 0..2 {
        // A second round is a re-analysis: the same text, the same corrections.
        let doc = with(text, Guidance { list: None, corrections: &corrections });
        let seen = mentions(&doc);
        assert!(seen.contains(&("Apple", Label::ORG, Source::Reader)), "round {round}: {seen:?}");
        assert!(!seen.iter().any(|m| m.0 == "Moscow"), "{seen:?}");
        assert!(seen.contains(&("Kremlin", Label::ORG, Source::Reader)), "{seen:?}");
        assert!(seen.contains(&("Putin", Label::PER, Source::Reader)), "{seen:?}");
        let entity_of = |words: &str, from: usize| {
            doc.mentions.iter().find(|m| m.span.start >= from && m.span.text(&doc.text) == words).and_then(|m| m.entity)
        };
        assert_eq!(entity_of("Apple", 0), entity_of("Kremlin", 0), "merged: {seen:?}");
        assert_ne!(entity_of("Nicolás Maduro", 0), entity_of("Maduro", second_maduro), "split off");
        assert!(doc.notices.iter().all(|n| !n.code.starts_with("correction")), "{:?}", doc.notices);
    }
}

#[test]
fn a_correction_whose_words_are_gone_is_reported() {
    let correction =
        Correction::new(Kind::Label, Target { start: 0, end: 6, text: "Zapata".into() }, 0.0).with_label(Label::PER);
    let doc = with("Maduro met Putin.", Guidance { list: None, corrections: std::slice::from_ref(&correction) });
    let lost: Vec<_> = doc.notices.iter().filter(|n| n.code == "correction_lost").collect();
    assert_eq!(lost.len(), 1, "{:?}", doc.notices);
    assert!(lost[0].message.contains("Zapata"), "{}", lost[0].message);
    let blank = Correction::new(Kind::Add, Target { start: 6, end: 7, text: " ".into() }, 0.0).with_label(Label::PER);
    let doc = with("Maduro met Putin.", Guidance { list: None, corrections: std::slice::from_ref(&blank) });
    assert!(doc.notices.iter().any(|n| n.code == "correction_refused"), "{:?}", doc.notices);
    // A span over two sentences (from a file: the page never makes one) is refused, not drawn nowhere.
    let text = "Maduro met Putin. Lavrov left.";
    let across = Correction::new(Kind::Add, target(text, "Putin. Lavrov"), 0.0).with_label(Label::PER);
    let doc = with(text, Guidance { list: None, corrections: std::slice::from_ref(&across) });
    assert!(doc.notices.iter().any(|n| n.message.contains("within one sentence")), "{:?}", doc.notices);
}

#[test]
fn the_analysis_marks_what_the_reader_put_there() {
    let text = "Maduro met the Zorblatt board.";
    let correction = Correction::new(Kind::Add, target(text, "Zorblatt"), 0.0).with_label(Label::ORG);
    let doc = with(text, Guidance { list: None, corrections: std::slice::from_ref(&correction) });
    let json = gleaner_core::AnalysisJson::new(&doc, None).to_json();
    assert!(
        json.contains(r#""text":"Zorblatt","label":"ORG","confidence":1.0,"entity":"e1","source":"reader""#),
        "{json}"
    );
    assert!(!json.contains(r#""source":"model""#), "{json}");
}

#[test]
fn merges_and_splits_replay_in_order() {
    // Three Maduros, one entity: split off the last two, then merge them: {first}, {second, third}.
    let text = "Nicolás Maduro spoke. Maduro left. Maduro came back.";
    let at = |nth: usize| {
        let start = text.match_indices("Maduro").nth(nth).unwrap().0;
        Target::new(text, start, start + 6).unwrap()
    };
    let first = Target::new(text, 0, "Nicolás Maduro".len()).unwrap();
    let plain = with(text, Guidance::default());
    assert_eq!(plain.entities.len(), 1, "{:?}", plain.entities);
    let corrections = [
        Correction::new(Kind::Split, at(1), 0.0),
        Correction::new(Kind::Split, at(2), 0.0),
        Correction::new(Kind::Merge, at(2), 0.0).with_to(at(1)),
    ];
    let doc = with(text, Guidance { list: None, corrections: &corrections });
    let entity = |t: &Target| doc.mentions.iter().find(|m| m.span.start == t.start).and_then(|m| m.entity);
    assert_ne!(entity(&first), entity(&at(1)));
    assert_eq!(entity(&at(1)), entity(&at(2)));
    // A merge whose name is gone is reported.
    let gone = [Correction::new(Kind::Delete, at(1), 0.0), Correction::new(Kind::Merge, at(2), 0.0).with_to(at(1))];
    let doc = with(text, Guidance { list: None, corrections: &gone });
    assert!(
        doc.notices.iter().any(|n| n.code == "correction_lost" && n.message.contains("no longer tagged")),
        "{:?}",
        doc.notices
    );
}

#[test]
fn two_entries_of_the_list_stay_two_entities() {
    let mut donald = ListEntry::tag("Donald Trump", Label::PER);
    donald.aliases = vec!["Trump".into()];
    let (list, _) = EntityList::new(vec![donald, ListEntry::tag("Ivanka Trump", Label::PER)]);
    let text = "Ivanka Trump arrived on Monday. Trump said the talks went well.";
    let doc = with(text, Guidance { list: Some(&list), corrections: &[] });
    let entity = |words: &str| doc.mentions.iter().find(|m| m.span.text(&doc.text) == words).and_then(|m| m.entity);
    assert_ne!(entity("Trump"), entity("Ivanka Trump"), "{:?}", doc.entities);
    assert!(doc.entities.iter().any(|e| e.name == "Donald Trump"), "{:?}", doc.entities);
    // A list name never runs on past its sentence.
    let (list, _) = EntityList::new(vec![ListEntry::tag("Jordan Peterson", Label::PER)]);
    let doc = with("They flew to Jordan. Peterson said nothing.", Guidance { list: Some(&list), corrections: &[] });
    assert!(doc.mentions.iter().all(|m| !m.span.text(&doc.text).contains('.')), "{:?}", mentions(&doc));
}

#[test]
fn only_the_latest_corrections_apply_when_a_file_holds_too_many() {
    let text = "Maduro met Putin in Moscow.";
    let relabel = Correction::new(Kind::Label, target(text, "Moscow"), 0.0).with_label(Label::ORG);
    let mut corrections = vec![relabel; gleaner_core::reader::MAX_CORRECTIONS + 5];
    corrections.push(Correction::new(Kind::Delete, target(text, "Putin"), 0.0));
    let doc = with(text, Guidance { list: None, corrections: &corrections });
    assert!(doc.notices.iter().any(|n| n.message.contains("6 older ones are not")), "{:?}", doc.notices);
    assert!(!doc.mentions.iter().any(|m| m.span.text(&doc.text) == "Putin"), "the latest applies");
}
