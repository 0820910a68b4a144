//! Language identification on dev sentences of five or more words, each read
//! alone, must get exactly as many right as models/MANIFEST.json records
//! (`gleaner-train langid` measured and wrote it; the README shows it):
//! identification is deterministic, so a change either way is deliberate.
//! The dev splits need ../shared/data (`#[ignore]`d: scripts/test.sh runs them where ../shared is there); fr and it use the
//! hand-written sentences in tests/fixtures/langid and always run.

use gleaner_train::langid_eval::{accuracy, sets};
use gleaner_train::{data_dir, manifest};

fn check(with_dev_splits: bool) {
    let manifest = manifest::read_all();
    let recorded = &manifest["langid"]["languages"];
    for (language, source, sentences) in sets(with_dev_splits).expect("sentences") {
        let (n, right, wrong) = accuracy(language, &sentences);
        let code = language.code();
        println!("{code}: {right} of {n} ({:.2}%) — {source}", 100.0 * right as f64 / n as f64);
        assert_eq!(
            (recorded[code]["right"].as_u64(), recorded[code]["of"].as_u64()),
            (Some(right as u64), Some(n as u64)),
            "{code}: {right} of {n} right, but the manifest records {} of {}; first misses: {:?}\nIf the change is meant: cargo run --release -p gleaner-train -- langid && cargo run -p gleaner-train -- report",
            recorded[code]["right"],
            recorded[code]["of"],
            &wrong[..wrong.len().min(5)]
        );
    }
}

#[test]
fn hand_written_french_and_italian_sentences() {
    check(false);
}

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn dev_sentences_of_five_words_or_more() {
    gleaner_train::require_corpus(&data_dir());
    check(true);
}
