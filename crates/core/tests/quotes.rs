//! Golden tests for quotes and who said them, through the whole pipeline
//! (shipped models): `tests/golden/quotes/<language>.txt` (see its README),
//! one case a structure of attribution, in English, German and Spanish.

mod common;

use common::{analyzed, run_golden};
use gleaner_core::Document;

/// What a case expects of one quote: its source as written and its speaker's name (or why none).
fn describe(doc: &Document) -> Vec<String> {
    doc.quotes
        .iter()
        .map(|q| {
            let source = q.source.map_or("-", |s| s.text(&doc.text));
            let speaker = match q.speaker.and_then(|id| doc.entity(id)) {
                Some(entity) => entity.name.clone(),
                None => format!("({})", q.no_speaker.map_or("?", |r| r.as_str())),
            };
            format!("{source} | {speaker}")
        })
        .collect()
}

fn run(language: &str) {
    run_golden("quotes", language, 8, |case| {
        let (found, expected) = (describe(&case.analyzed()), case.lines("= "));
        (found != expected).then(|| case.failure(&format!("  expected: {expected:#?}\n  found:    {found:#?}")))
    });
}

#[test]
fn english() {
    run("en");
}

#[test]
fn german() {
    run("de");
}

#[test]
fn spanish() {
    run("es");
}

/// A paragraph of 10,000 quote marks that never close, and thousands of short
/// quotes with cues, stay linear in time through detection and attribution.
#[test]
fn many_quote_marks_stay_linear() {
    let attribute = |doc: Document| {
        let quotes = gleaner_core::quotes::find_quotes(
            &doc.text,
            &doc.paragraph_spans(),
            &doc.sentences,
            &doc.tokens,
            &doc.mentions,
            common::lexicon(),
            |_| Some(gleaner_core::Language::En),
        );
        assert!(quotes.iter().all(|q| q.speaker.is_some() || q.no_speaker.is_some()));
    };
    common::assert_near_linear("10,000 unclosed marks", 1_000, |n| analyzed(&"“He said ".repeat(n)), attribute);
    common::assert_near_linear(
        "quotes with cues",
        300,
        |n| analyzed(&"“We will stay here,” Maduro said. ".repeat(n)),
        attribute,
    );
}

/// The HTML report shows the speaker's name with the words the text used when they differ.
#[test]
fn the_report_shows_who_said_it() {
    let doc = analyzed(
        "Nicolás Maduro arrived in Moscow on Wednesday. “Young people can spend their vacations in Russia,” he told Tass. \
         “The deal is dead and everyone knows it,” a senior diplomat said.",
    );
    let report = gleaner_core::export::html_report(&doc, "Maduro");
    assert!(report.contains("in Russia,” — Nicolás Maduro (“he”)</blockquote>"), "{report}");
    assert!(report.contains("knows it,” — a senior diplomat</blockquote>"), "{report}");
}
