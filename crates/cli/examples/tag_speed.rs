//! Segment + tag speed on one thread over the shared samples (each article its
//! own document, every model loaded), for fixed work, so that two builds can
//! be timed in turns on a noisy machine: `PASSES=60 tag_speed [segment|tag]`.
//! The benchmarks (`cargo bench -p gleaner-cli --bench throughput`) give the
//! figures; this gives a comparison of commits:
//! `cargo build --profile bench -p gleaner-cli --example tag_speed`, copy the
//! binary, check out the other commit, build again, run both in turns.

use gleaner_archive::Models;
use gleaner_core::{Document, Language};
use std::path::Path;
use std::time::Instant;

fn main() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut paths: Vec<_> = std::fs::read_dir(&samples)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_else(|_| panic!("{} is missing", samples.display()));
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let articles: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let models = Models::default();
    let model_for = |l: Language| models.get(l).ok().flatten();
    for l in Language::ALL {
        let _ = model_for(l);
    }
    let tag = std::env::args().nth(1).is_none_or(|mode| mode != "segment");
    let passes: usize = std::env::var("PASSES").ok().and_then(|p| p.parse().ok()).unwrap_or(60);
    let started = Instant::now();
    let mut tokens = 0usize;
    for _ in 0..passes {
        for article in &articles {
            let mut doc = Document::analyze(article.as_str());
            if tag {
                doc.tag(model_for);
            }
            tokens += doc.tokens.len();
        }
    }
    let what = if tag { "segment + tag" } else { "segment only" };
    println!("{what}: {:.0} tokens/s ({tokens} tokens)", tokens as f64 / started.elapsed().as_secs_f64());
}
