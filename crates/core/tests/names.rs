//! Golden tests for names, through the whole pipeline (shipped models):
//! `tests/golden/names/<language>.txt` (see its README), one case a kind of
//! name: particles, media, ships and crises, short and long forms, headlines.

mod common;

use common::run_golden;
use gleaner_core::Document;

/// An entity as a case writes it: `LABEL | name | mention, mention`.
fn entities(doc: &Document) -> Vec<String> {
    doc.entities
        .iter()
        .map(|e| {
            let mentions: Vec<&str> = e.mentions.iter().map(|&i| doc.mentions[i].span.text(&doc.text)).collect();
            format!("{} | {} | {}", e.label.as_str(), e.name, mentions.join(", "))
        })
        .collect()
}

fn run(language: &str) {
    run_golden("names", language, 4, |case| {
        let doc = case.analyzed();
        let found = entities(&doc);
        let mut wrong: Vec<String> = case
            .lines("= ")
            .into_iter()
            .filter(|e| !found.iter().any(|f| f == e))
            .map(|e| format!("expected {e}"))
            .collect();
        for never in case.lines("! ") {
            if doc.mentions.iter().any(|m| m.span.text(&doc.text) == never) {
                wrong.push(format!("no mention should read {never:?}"));
            }
        }
        (!wrong.is_empty()).then(|| case.failure(&format!("  {}\n  found: {found:#?}", wrong.join("\n  "))))
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
