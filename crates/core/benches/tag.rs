//! Tokenize + tag speed natively, one thread, with the shipped English model,
//! next to tokenizing alone on the same text in the same run. Prints figures.
//! Run: `cargo bench -p gleaner-core --bench tag`.

use gleaner_core::ner::Model;
use gleaner_core::{Document, Language};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn news_text() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut text = String::new();
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    paths.sort();
    for path in paths {
        text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        text.push_str("\n\n");
    }
    if text.trim().is_empty() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/en-article.txt");
        text = std::fs::read_to_string(fixtures).unwrap_or_default();
    }
    text
}

fn best_of(budget: Duration, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let (mut best, mut spent, mut runs, mut out) = (Duration::MAX, Duration::ZERO, 0, 0);
    while spent < budget || runs < 3 {
        let started = Instant::now();
        out = black_box(f());
        let d = started.elapsed();
        best = best.min(d);
        spent += d;
        runs += 1;
    }
    (best, out)
}

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner-en.glm");
    let bytes = std::fs::read(path).expect("models/ner-en.glm");
    let started = Instant::now();
    let model = Model::from_bytes(&bytes).expect("model loads");
    println!("model load: {:.1?} for {} bytes", started.elapsed(), bytes.len());

    let mut text = news_text();
    while text.len() < 1_000_000 {
        text = text.repeat(2);
    }
    let budget = Duration::from_secs(3);
    let (segment, tokens) = best_of(budget, || Document::analyze(text.as_str()).tokens.len());
    let (full, mentions) = best_of(budget, || {
        let mut doc = Document::analyze(text.as_str());
        doc.tag(|l| (l == Language::En).then_some(&model));
        doc.mentions.len()
    });
    let rate = |d: Duration| tokens as f64 / d.as_secs_f64();
    println!("input: {:.1} MB, {tokens} tokens, {mentions} mentions", text.len() as f64 / 1e6);
    println!("segment only (baseline):  {:>10.0} tokens/s", rate(segment));
    println!(
        "segment + tag (en model): {:>10.0} tokens/s  ({:.2}× the baseline's time)",
        rate(full),
        full.as_secs_f64() / segment.as_secs_f64()
    );
}
