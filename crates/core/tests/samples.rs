//! The real articles in ../shared/samples: language identification must be
//! right on every one, and segmentation must keep their tricky spots whole.
//! They need ../shared, so they are `#[ignore]`d: a user's clone reports them as
//! ignored, and scripts/test.sh runs them (`-- --ignored`) wherever ../shared is
//! there, and in CI, where a missing ../shared fails them.

use gleaner_core::{Document, Language};
use std::path::PathBuf;

fn sample(name: &str) -> Document {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    assert!(dir.is_dir(), "{} is missing: these tests need ../shared beside the project", dir.display());
    let bytes = std::fs::read(dir.join(name)).expect("sample readable");
    Document::from_bytes(&bytes).expect("samples are text")
}

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn language_identification_is_right_on_every_sample() {
    let expected = [
        ("000_b838f5c71a6b560b.txt", Language::De),
        ("001_caa15115ffd8591b.txt", Language::En),
        ("002_dbbca65a028e65da.txt", Language::Es),
        ("003_fa6bc86936f29db5.txt", Language::En),
        ("004_2acaabfb3eb7d239.txt", Language::En),
    ];
    for (name, language) in expected {
        let doc = sample(name);
        assert_eq!(doc.language.language, Some(language), "{name}: {:?}", doc.language);
        assert!(doc.language.confidence > 0.5, "{name}: confidence {}", doc.language.confidence);
    }
}

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn sample_tokens_keep_names_numbers_and_clitics() {
    let doc = sample("000_b838f5c71a6b560b.txt");
    let tokens: Vec<&str> = doc.tokens.iter().map(|t| t.text(&doc.text)).collect();
    for expected in ["Díaz-Canel", "28.", "zivil-militärische", "Twitter-Account"] {
        assert!(tokens.contains(&expected), "000 (de): {expected:?} should be one token");
    }
    let doc = sample("003_fa6bc86936f29db5.txt");
    let text = &doc.text;
    let pairs: Vec<(&str, &str)> = doc.tokens.windows(2).map(|w| (w[0].text(text), w[1].text(text))).collect();
    assert!(pairs.contains(&("Maduro", "’s")), "003 (en): Maduro’s should split into Maduro + ’s");
}

#[test]
#[ignore = "needs ../shared beside the project; scripts/test.sh runs it there (cargo test -- --ignored)"]
fn sample_sentences_are_not_cut_at_ordinals_or_glued_across_lines() {
    let doc = sample("000_b838f5c71a6b560b.txt");
    let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.text(&doc.text)).collect();
    assert!(
        sentences.iter().any(|s| s.contains("sie finden am 28. Juli statt")),
        "the ordinal date must not end a sentence"
    );
    assert!(sentences.iter().all(|s| !s.contains('\n')), "each line of 000 is a paragraph");
    let doc = sample("003_fa6bc86936f29db5.txt");
    let first = doc.sentences[0].text(&doc.text);
    assert_eq!(first, "Putin to Receive Maduro as Pressure Mounts for Venezuelan Ruler to Quit");
}
