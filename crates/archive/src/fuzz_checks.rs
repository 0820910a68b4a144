//! One function per way into Gleaner: each takes any bytes, feeds them in as
//! that way does, and panics with a message if a promise breaks (a panic in
//! Gleaner itself, an invariant of the analysis, an error that is not one
//! line). The fuzz targets (`fuzz/`) and the regression tests
//! (`tests/fuzz-regressions/`, run by `cargo test`) run this same code, so a
//! crash found once is checked forever.

use crate::{json_line, Analyzer, Article};
use gleaner_core::library::export::{export_library, import_library};
use gleaner_core::ner::{Model, Tagger};
use gleaner_core::reader::{EntityList, Guidance};
use gleaner_core::resolve::Lexicon;
use gleaner_core::{AnalysisJson, Document, Language};
use std::sync::OnceLock;

/// A way in: any bytes, fed in as that way does; panics if a promise breaks.
pub type Check = fn(&[u8]);

/// The ways in, by the name their fuzz target and regression files carry.
pub const WAYS_IN: [(&str, Check); 7] = [
    ("analyze", analyze),
    ("decode", decode),
    ("model", model),
    ("lexicon", lexicon),
    ("jsonl", jsonl),
    ("library", library),
    ("list", list),
];

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| {
        let analyzer = Analyzer::new();
        analyzer.load_all().expect("the shipped models load");
        analyzer
    })
}

/// Every promise of the analysis holds, and its JSON is JSON.
fn check(document: &Document) {
    if let Err(broken) = gleaner_core::invariants::check(document) {
        panic!("invariant broken: {broken}\ntext: {:?}", document.text);
    }
    let json = AnalysisJson::new(document, None).to_json();
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "the analysis is not valid JSON");
}

/// A reason given to a reader: one line, and not empty.
fn check_reason(reason: &str) {
    assert!(!reason.trim().is_empty() && !reason.contains('\n'), "a reason must be one line: {reason:?}");
}

/// Any UTF-8 text through the whole pipeline, with every model loaded.
pub fn analyze(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    match analyzer().analyze(Article::new(text)) {
        Ok(document) => check(&document),
        Err(reason) => panic!("a text failed: {reason}"),
    }
}

/// Any bytes read as an uploaded file is: decoded as text, or read as a Word
/// or Markdown file, then segmented.
pub fn decode(bytes: &[u8]) {
    match Document::from_bytes_in(bytes, None) {
        Ok(document) => {
            check(&document);
            check(&Document::analyze(gleaner_core::extract::markdown(&document.text).text));
        }
        Err(reason) => check_reason(&reason.to_string()),
    }
    match gleaner_core::extract::docx(bytes) {
        Ok(extracted) => check(&Document::analyze(extracted.text)),
        Err(reason) => check_reason(&reason.to_string()),
    }
}

/// `bytes` as `shipped` damaged: a cut (the first 4 bytes, little-endian, as
/// a position) and changes (each 5 bytes: position, new byte) — a
/// half-finished download or a stale cache.
fn damaged(shipped: &[u8], bytes: &[u8]) -> Vec<u8> {
    let mut out = shipped.to_vec();
    let (cut, changes) = bytes.split_at(bytes.len().min(4));
    for change in changes.chunks_exact(5) {
        let at = u32::from_le_bytes([change[0], change[1], change[2], change[3]]) as usize % out.len();
        out[at] = change[4];
    }
    if cut.len() == 4 && cut[3] & 0x80 != 0 {
        let at = u32::from_le_bytes([cut[0], cut[1], cut[2], cut[3] & 0x7f]) as usize;
        out.truncate(at % (out.len() + 1));
    }
    out
}

/// Model files: `bytes` as a model, and the shipped Spanish model damaged by
/// `bytes`. Loading refuses what is wrong; what loads tags a sentence.
pub fn model(bytes: &[u8]) {
    static SHIPPED: &[u8] = include_bytes!("../../../models/ner-es.glm");
    for candidate in [bytes.to_vec(), damaged(SHIPPED, bytes)] {
        match Model::from_bytes(&candidate) {
            Ok(model) => {
                let words = "Nicolás Maduro viajó a Moscú con 34.000 barriles .".split(' ');
                let mentions = Tagger::new(&model).tag(words);
                assert!(mentions.iter().all(|m| m.start < m.end && m.end <= 9), "mentions outside the sentence");
            }
            Err(reason) => check_reason(&reason.to_string()),
        }
    }
}

/// The place lexicon: `bytes` as a lexicon, and the shipped one damaged by
/// `bytes`. Loading refuses what is wrong; what loads resolves an article.
pub fn lexicon(bytes: &[u8]) {
    static SHIPPED: &[u8] = include_bytes!("../../../models/lexicon.glx");
    for candidate in [bytes.to_vec(), damaged(SHIPPED, bytes)] {
        match Lexicon::from_bytes(&candidate) {
            Ok(lexicon) => {
                let mut document =
                    Document::analyze("Los rusos llegaron a Caracas. Estados Unidos y la UE criticaron a Rusia.");
                document.tag(|_| None);
                document.resolve(&lexicon);
                check(&document);
            }
            Err(reason) => check_reason(&reason.to_string()),
        }
    }
}

/// Any bytes as one line of a `--jsonl` archive: refused with a one-line
/// reason, or an article through the whole pipeline.
pub fn jsonl(bytes: &[u8]) {
    match json_line(bytes, None, None) {
        Ok((article, _id)) => match analyzer().analyze(article) {
            Ok(document) => check(&document),
            Err(reason) => panic!("a parsed line failed: {reason}"),
        },
        Err(reason) => check_reason(&reason),
    }
}

/// Any bytes as a library export file: refused with a one-line reason, or
/// articles that export and import back to the same.
pub fn library(bytes: &[u8]) {
    let Ok(json) = std::str::from_utf8(bytes) else { return };
    match import_library(json) {
        Ok(articles) => {
            let again = import_library(&export_library(&articles, 0.0)).expect("an export imports back");
            assert_eq!(again, articles, "an import exported and imported again changed");
            // An imported article's corrections (any offsets, any words) are applied on its next analysis.
            for article in articles.iter().filter(|a| !a.corrections.is_empty()) {
                // In one language's rules: identifying it is most of the time, and not what is tested here.
                let mut document = Document::analyze_in(article.text.as_str(), Some(Language::En));
                document.resolve_with(&Lexicon::default(), &Guidance { list: None, corrections: &article.corrections });
                check(&document);
                document.notices.iter().for_each(|n| check_reason(&n.message));
            }
        }
        Err(reason) => check_reason(&reason),
    }
}

/// Any bytes as an entity-list file (JSON or CSV), as the page, the CLI's
/// `--entities` and the embed API read it: bad rows are reported on one line
/// each, and what was kept exports and reads back the same, in both formats.
pub fn list(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    match EntityList::parse(text) {
        Ok((list, problems)) => {
            problems.iter().for_each(|p| check_reason(&p.message));
            for file in [list.to_json(), list.to_csv()] {
                let (again, problems) = EntityList::parse(&file).expect("an exported list reads back");
                assert!(problems.is_empty(), "an exported list reads back with problems: {problems:?}\n{file}");
                assert_eq!(again.entries(), list.entries(), "a list exported and read back changed:\n{file}");
            }
            // Applied to a text made of its own names, it keeps every invariant.
            let text: Vec<&str> = list.entries().iter().flat_map(|e| e.names()).take(50).collect();
            let mut document = Document::analyze_in(text.join(". "), Some(Language::En));
            document.resolve_with(&Lexicon::default(), &Guidance { list: Some(&list), corrections: &[] });
            check(&document);
        }
        Err(reason) => check_reason(&reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "one line")]
    fn a_reason_over_two_lines_is_caught() {
        check_reason("'2019\n09' is not a date");
    }

    #[test]
    fn a_reason_quotes_the_input_on_one_line_and_short() {
        let reason = crate::parse_date(&format!("2019\n{}", "x".repeat(500))).unwrap_err();
        check_reason(&reason);
        assert!(reason.starts_with("'2019\\nxxx") && reason.len() < 160, "{reason}");
    }

    #[test]
    fn damage_cuts_and_changes() {
        let shipped = [1u8, 2, 3, 4, 5, 6];
        assert_eq!(damaged(&shipped, &[]), shipped);
        assert_eq!(damaged(&shipped, &[3, 0, 0, 0x80]), [1, 2, 3]);
        assert_eq!(damaged(&shipped, &[0, 0, 0, 0, 1, 0, 0, 0, 9]), [1, 9, 3, 4, 5, 6]);
    }
}
