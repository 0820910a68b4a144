//! Shared by the benchmarks: the text they measure on, and best-of timing.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// News text: the shared samples when present, else the project's own fixtures.
pub fn news_text() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read_all = |dir: std::path::PathBuf| {
        let mut paths: Vec<_> =
            std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        paths.sort();
        paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_default() + "\n\n").collect::<String>()
    };
    let text = read_all(root.join("../../../shared/samples"));
    if text.trim().is_empty() {
        read_all(root.join("../../tests/fixtures"))
    } else {
        text
    }
}

/// The best of at least three runs lasting `budget` in all, and the last run's result.
pub fn best_of(budget: Duration, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let (mut best, mut spent, mut runs, mut out) = (Duration::MAX, Duration::ZERO, 0, 0);
    while spent < budget || runs < 3 {
        let started = Instant::now();
        out = black_box(f());
        let elapsed = started.elapsed();
        best = best.min(elapsed);
        spent += elapsed;
        runs += 1;
    }
    (best, out)
}
