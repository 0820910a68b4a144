//! Tokenization speed next to plain UAX #29 word bounds on the same text in the
//! same run, and time against input size (10 KB → 10 MB). Prints figures; it
//! asserts nothing about speed. Run: `cargo bench -p gleaner-core --bench tokenize`.

use gleaner_core::segment::tokenize::tokenize;
use gleaner_core::{Document, Language};
use std::time::Duration;

mod support;
use support::{best_of, news_text};
use unicode_segmentation::UnicodeSegmentation;

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

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn main() {
    let rules = Language::En.rules();
    let base = news_text();
    let text = repeat_to(&base, 1_000_000);
    let budget = Duration::from_millis(1500);

    let (uax, uax_count) =
        best_of(budget, || text.split_word_bound_indices().filter(|(_, w)| !w.trim().is_empty()).count());
    let (ours, our_count) = best_of(budget, || tokenize(&text, rules).len());
    let (full, _) = best_of(budget, || Document::analyze(text.as_str()).tokens.len());
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
        let (d, _) = best_of(Duration::from_millis(800), || tokenize(&text, rules).len());
        println!(
            "{:>10} {:>12.3?} {:>12.1} {:>14.1}",
            size,
            d,
            mb_per_s(size, d),
            d.as_secs_f64() * 1e6 / (size as f64 / 10_000.0)
        );
    }
}
