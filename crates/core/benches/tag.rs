//! Tokenize + tag speed natively, one thread, with the shipped English model,
//! next to tokenizing alone on the same text in the same run. Prints figures.
//! Run: `cargo bench -p gleaner-core --bench tag`.

use gleaner_core::ner::Model;
use gleaner_core::{Document, Language};
use std::time::{Duration, Instant};

mod support;
use support::{best_of, news_text};

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
