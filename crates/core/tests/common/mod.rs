//! Shared by the integration tests: the shipped models and place lexicon
//! (committed under models/, so these tests need no ../shared), read once.

#![allow(dead_code)]

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::{Document, Language};
use std::sync::OnceLock;

fn models_dir() -> String {
    format!("{}/../../models", env!("CARGO_MANIFEST_DIR"))
}

pub fn model(code: &str) -> &'static Model {
    static MODELS: OnceLock<Vec<(String, Model)>> = OnceLock::new();
    let models = MODELS.get_or_init(|| {
        ["en", "de", "es", "nl", "pt"]
            .iter()
            .map(|c| {
                let path = format!("{}/ner-{c}.glm", models_dir());
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                (c.to_string(), Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}")))
            })
            .collect()
    });
    &models.iter().find(|(c, _)| c == code).expect("known model").1
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let path = format!("{}/lexicon.glx", models_dir());
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Lexicon::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
    })
}

pub fn tag(doc: &mut Document) {
    doc.tag(|language| match language {
        Language::Fr | Language::It => None,
        l => Some(model(l.code())),
    });
}

/// Tagged only.
pub fn tagged(text: &str) -> Document {
    let mut doc = Document::analyze(text);
    tag(&mut doc);
    doc
}

/// The whole pipeline: tagged and resolved.
pub fn analyzed(text: &str) -> Document {
    let mut doc = tagged(text);
    doc.resolve(lexicon());
    doc
}

/// Asserts that `work` grows near-linearly: on 10× the input (`prepare(10 * n)`)
/// it may take at most 15× the time it takes on `prepare(n)`. Inputs are
/// prepared outside the clock, and each size is timed at its best of five
/// runs after a warm-up, so model loading and first-touch costs stay out.
/// Tests run side by side on a shared machine, so a ratio over the limit is
/// measured once more before it fails: a quadratic stage fails both times.
pub fn assert_near_linear<I>(what: &str, n: usize, prepare: impl Fn(usize) -> I, work: impl Fn(I)) {
    let best_of_five = |size: usize| {
        (0..5)
            .map(|_| {
                let input = prepare(size);
                let started = std::time::Instant::now();
                work(input);
                started.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    work(prepare(n)); // warm-up
    let measure = || {
        let (small, large) = (best_of_five(n), best_of_five(10 * n));
        let ratio = large / small.max(1e-9);
        eprintln!("{what}: {n} → {small:.4} s, {} → {large:.4} s (×{ratio:.1})", 10 * n);
        (small, large, ratio)
    };
    let (mut small, mut large, mut ratio) = measure();
    if ratio > 15.0 {
        (small, large, ratio) = measure();
    }
    assert!(
        ratio <= 15.0,
        "{what}: 10× the input took {ratio:.1}× the time ({small:.4} s → {large:.4} s); at most 15× is near-linear"
    );
}

/// One case of a golden file (`tests/golden/<kind>/<language>.txt`): a `# heading`, the text
/// (each line a paragraph), and the lines that say what must hold (`= …`, `! …`).
pub struct GoldenCase<'a> {
    pub heading: &'a str,
    pub paragraphs: Vec<&'a str>,
    pub expected: Vec<&'a str>,
}

impl GoldenCase<'_> {
    /// The whole pipeline on the case's text.
    pub fn analyzed(&self) -> Document {
        analyzed(&self.paragraphs.join("\n\n"))
    }

    /// The expectation lines with this prefix, without it.
    pub fn lines(&self, prefix: &str) -> Vec<&str> {
        self.expected.iter().filter_map(|l| l.strip_prefix(prefix)).collect()
    }

    /// A failure of this case, with its heading and text, to print.
    pub fn failure(&self, what: &str) -> String {
        format!("{}\n  text:     {:?}\n{what}", self.heading, self.paragraphs.join(" ¶ "))
    }
}

/// Runs `check` on every case of a golden file (it returns a failure or `None`), and
/// fails with every failure when any case differs or the file has fewer than `min_cases`.
pub fn run_golden(kind: &str, language: &str, min_cases: usize, check: impl Fn(&GoldenCase) -> Option<String>) {
    let path = format!("{}/tests/golden/{kind}/{language}.txt", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let is_expectation = |l: &str| l.starts_with("= ") || l.starts_with("! ");
    let cases: Vec<GoldenCase> = file
        .split("\n\n")
        .filter(|c| !c.trim().is_empty())
        .map(|case| GoldenCase {
            heading: case.lines().find(|l| l.starts_with('#')).unwrap_or("(no heading)"),
            paragraphs: case.lines().filter(|l| !l.starts_with('#') && !is_expectation(l)).collect(),
            expected: case.lines().filter(|l| is_expectation(l)).collect(),
        })
        .collect();
    let failures: Vec<String> = cases.iter().filter_map(&check).collect();
    assert!(cases.len() >= min_cases, "{path}: only {} cases", cases.len());
    assert!(
        failures.is_empty(),
        "{path}: {} of {} cases differ:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}
