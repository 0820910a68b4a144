//! Tokenize + tag speed natively, one thread, with the shipped English model,
//! next to tokenizing alone on the same text in the same run; then what
//! resolution and enrichment (entities, values, quotes, relations, salience)
//! add on top of tagging. Prints figures.
//! Run: `cargo bench -p gleaner-core --bench tag`.

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
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
    let lexicon_bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/lexicon.glx")).expect("models/lexicon.glx");
    let started = Instant::now();
    let lexicon = Lexicon::from_bytes(&lexicon_bytes).expect("lexicon loads");
    println!("lexicon load: {:.1?} for {} bytes", started.elapsed(), lexicon_bytes.len());
    let (resolved, entities) = best_of(budget, || {
        let mut doc = Document::analyze(text.as_str());
        doc.tag(|l| (l == Language::En).then_some(&model));
        doc.resolve(&lexicon);
        doc.entities.len()
    });
    let rate = |d: Duration| tokens as f64 / d.as_secs_f64();
    println!("input: {:.1} MB, {tokens} tokens, {mentions} mentions", text.len() as f64 / 1e6);
    println!("segment only (baseline):  {:>10.0} tokens/s", rate(segment));
    println!(
        "segment + tag (en model): {:>10.0} tokens/s  ({:.2}× the baseline's time)",
        rate(full),
        full.as_secs_f64() / segment.as_secs_f64()
    );
    let tagging = full.saturating_sub(segment).as_secs_f64();
    let added = resolved.saturating_sub(full).as_secs_f64();
    println!(
        "+ resolve and enrich:      {:>10.0} tokens/s  ({entities} entities; adds {:.0} ms to {:.0} ms of tagging = {:.0}% of tagging time, limit 30%)",
        rate(resolved),
        added * 1e3,
        tagging * 1e3,
        100.0 * added / tagging.max(1e-9)
    );
}
