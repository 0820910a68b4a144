//! Tokenization speed next to plain UAX #29 word bounds on the same text in the
//! same run, and time against input size (10 KB → 10 MB). Prints figures; it
//! asserts nothing about speed. Run: `cargo bench -p gleaner-core --bench tokenize`.

use gleaner_core::tokenize::tokenize;
use gleaner_core::{Document, Language};
use std::hint::black_box;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;

/// News text: the shared samples when present, else a built-in mix with the same features.
fn news_text() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
            text.push_str("\n\n");
        }
    }
    if text.trim().is_empty() {
        text = "Der kubanische Regierungschef Miguel Díaz-Canel erklärte am 28. Juli, dass Venezuela 34.000 Barrel pro Tag „braucht“. \
                Russian President Vladimir Putin met Maduro's delegation, the U.S. said (https://example.com/a). \
                El Sr. García viajó a EE. UU. con «1,5 millones» de dólares.\n\n"
            .repeat(20);
    }
    text
}

fn repeat_to(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
    }
    let mut cut = bytes;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// Best of several runs lasting at least `budget` in all.
fn time(budget: Duration, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut spent = Duration::ZERO;
    let mut count = 0;
    let mut runs = 0;
    while spent < budget || runs < 3 {
        let started = Instant::now();
        count = black_box(f());
        let elapsed = started.elapsed();
        best = best.min(elapsed);
        spent += elapsed;
        runs += 1;
    }
    (best, count)
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    let rules = Language::En.rules();
    let base = news_text();
    let text = repeat_to(&base, 1_000_000);
    let budget = Duration::from_millis(1500);

    let (uax, uax_count) =
        time(budget, || text.split_word_bound_indices().filter(|(_, w)| !w.trim().is_empty()).count());
    let (ours, our_count) = time(budget, || tokenize(&text, rules).len());
    let (full, _) = time(budget, || Document::analyze(text.as_str()).tokens.len());
    println!("input: 1 MB of news text ({} tokens)", our_count);
    println!(
        "unicode-segmentation word bounds (baseline): {:8.1} MB/s  ({uax_count} segments)",
        mb_per_s(text.len(), uax)
    );
    println!(
        "gleaner tokenize (rules):                    {:8.1} MB/s  ratio to baseline {:.2}",
        mb_per_s(text.len(), ours),
        uax.as_secs_f64() / ours.as_secs_f64()
    );
    println!(
        "gleaner full segmentation (lang id, paragraphs, sentences): {:8.1} MB/s  ratio {:.2}",
        mb_per_s(text.len(), full),
        uax.as_secs_f64() / full.as_secs_f64()
    );
    println!("tokens/s (rules): {:.0}", our_count as f64 / ours.as_secs_f64());

    println!("\nscaling (tokenize):");
    println!("{:>10} {:>12} {:>12} {:>14}", "size", "time", "MB/s", "µs per 10 KB");
    for size in [10_000, 100_000, 1_000_000, 10_000_000] {
        let text = repeat_to(&base, size);
        let (d, _) = time(Duration::from_millis(800), || tokenize(&text, rules).len());
        println!(
            "{:>10} {:>12.3?} {:>12.1} {:>14.1}",
            size,
            d,
            mb_per_s(size, d),
            d.as_secs_f64() * 1e6 / (size as f64 / 10_000.0)
        );
    }
}
