//! Golden tests for names, through the whole pipeline (shipped models):
//! `tests/golden/names/<language>.txt` (see its README), one case a kind of
//! name: particles, media, ships and crises, short and long forms, headlines.

mod common;

use common::analyzed;
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
    let path = format!("{}/tests/golden/names/{language}.txt", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut failures = Vec::new();
    let mut cases = 0;
    for case in file.split("\n\n").filter(|c| !c.trim().is_empty()) {
        let heading = case.lines().find(|l| l.starts_with('#')).unwrap_or("(no heading)");
        let text: Vec<&str> =
            case.lines().filter(|l| !l.starts_with('#') && !l.starts_with("= ") && !l.starts_with("! ")).collect();
        let doc = analyzed(&text.join("\n\n"));
        let found = entities(&doc);
        let mut wrong = Vec::new();
        for expected in case.lines().filter_map(|l| l.strip_prefix("= ")) {
            if !found.iter().any(|f| f == expected) {
                wrong.push(format!("expected {expected}"));
            }
        }
        for never in case.lines().filter_map(|l| l.strip_prefix("! ")) {
            if doc.mentions.iter().any(|m| m.span.text(&doc.text) == never) {
                wrong.push(format!("no mention should read {never:?}"));
            }
        }
        cases += 1;
        if !wrong.is_empty() {
            failures.push(format!(
                "{heading}\n  text:  {:?}\n  {}\n  found: {found:#?}",
                text.join(" ¶ "),
                wrong.join("\n  ")
            ));
        }
    }
    assert!(cases >= 2, "{path}: only {cases} cases");
    assert!(failures.is_empty(), "{path}: {} of {cases} cases differ:\n\n{}", failures.len(), failures.join("\n\n"));
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
