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
    // Tagging and resolution each timed alone, on copies of one document, so
    // the ratio is not the difference of two noisy whole-pipeline timings.
    let segmented = Document::analyze(text.as_str());
    let (tag_only, _) = best_of(budget, || {
        let mut doc = segmented.clone();
        doc.tag(|l| (l == Language::En).then_some(&model));
        doc.mentions.len()
    });
    let mut tagged = segmented.clone();
    tagged.tag(|l| (l == Language::En).then_some(&model));
    let (resolve_only, entities) = best_of(budget, || {
        let mut doc = tagged.clone();
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
    println!(
        "resolve and enrich:        {:.0} ms beside {:.0} ms of tagging (each on a copy of the document) = {:.0}% of tagging time, limit 30%; {entities} entities",
        resolve_only.as_secs_f64() * 1e3,
        tag_only.as_secs_f64() * 1e3,
        100.0 * resolve_only.as_secs_f64() / tag_only.as_secs_f64().max(1e-9)
    );
}
