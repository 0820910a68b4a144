//! The shipped models through the whole pipeline: a news sentence per
//! language, arbitrary input that must never panic, and a very long sentence
//! that must be tagged in linear time.

mod common;

use common::tagged;
use gleaner_core::label::Label;
use gleaner_core::Document;
use proptest::prelude::*;

fn mentions(doc: &Document) -> Vec<(&str, Label)> {
    doc.mentions.iter().map(|m| (m.span.text(&doc.text), m.label)).collect()
}

/// One news sentence per language, tagged by its shipped model: every mention
/// with its exact span and label, as the CoNLL conventions the models learn
/// from annotate them (nationality adjectives are MISC there; resolution
/// relabels them NORP later, tested in resolution.rs).
#[test]
fn a_news_sentence_per_language() {
    let cases: [(&str, &[(&str, Label)]); 5] = [
        (
            "Russian President Vladimir Putin met Venezuela's leader Nicolás Maduro in Moscow on Wednesday.",
            &[
                ("Russian", Label::MISC),
                ("Vladimir Putin", Label::PER),
                ("Venezuela", Label::LOC),
                ("Nicolás Maduro", Label::PER),
                ("Moscow", Label::LOC),
            ],
        ),
        (
            "Der russische Präsident Wladimir Putin traf am Mittwoch in Moskau den venezolanischen Staatschef.",
            // CoNLL-2003 German annotates lower-case nationality adjectives too.
            &[
                ("russische", Label::MISC),
                ("Wladimir Putin", Label::PER),
                ("Moskau", Label::LOC),
                ("venezolanischen", Label::MISC),
            ],
        ),
        (
            "El presidente ruso, Vladimir Putin, se reunió el miércoles en Moscú con Nicolás Maduro.",
            &[("Vladimir Putin", Label::PER), ("Moscú", Label::LOC), ("Nicolás Maduro", Label::PER)],
        ),
        (
            "De Russische president Vladimir Poetin ontmoette woensdag in Moskou de Venezolaanse leider.",
            &[
                ("Russische", Label::MISC),
                ("Vladimir Poetin", Label::PER),
                ("Moskou", Label::LOC),
                ("Venezolaanse", Label::MISC),
            ],
        ),
        (
            "O presidente russo, Vladimir Putin, reuniu-se na quarta-feira em Moscovo com Nicolás Maduro.",
            &[("Vladimir Putin", Label::PER), ("Moscovo", Label::LOC), ("Nicolás Maduro", Label::PER)],
        ),
    ];
    for (text, expected) in cases {
        let doc = tagged(text);
        assert_eq!(mentions(&doc), *expected, "the mentions of {text:?}");
        for m in &doc.mentions {
            assert!(m.confidence > 0.0 && m.confidence <= 1.0 + 1e-6, "confidence {} of {m:?}", m.confidence);
        }
    }
}

#[test]
fn text_without_a_model_is_segmented_with_a_notice() {
    let doc = tagged("Le président a parlé mercredi à Paris des nouvelles sanctions contre le pays.");
    assert!(doc.mentions.is_empty());
    assert!(doc.notices.iter().any(|n| n.code == "no_model"));
    assert!(doc.tokens.len() > 10);
}

#[test]
fn a_very_long_sentence_is_tagged_in_linear_time() {
    let unit = "Maduro met Putin in Moscow and ";
    let prepare = |n: usize| {
        let doc = Document::analyze(unit.repeat(n));
        assert_eq!(doc.sentences.len(), 1, "one sentence");
        doc
    };
    common::assert_near_linear("tagging one long sentence", 2_000, prepare, |mut doc| common::tag(&mut doc));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn tagging_never_panics_and_mentions_are_well_formed(text in "\\PC{0,200}") {
        let doc = tagged(&text);
        let mut previous_end = 0;
        for m in &doc.mentions {
            prop_assert!(m.span.start < m.span.end && m.span.start >= previous_end);
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            prop_assert_eq!(m.span.start, doc.tokens[m.tokens.0].span.start);
            prop_assert_eq!(m.span.end, doc.tokens[m.tokens.1 - 1].span.end);
            previous_end = m.span.end;
        }
    }
}
