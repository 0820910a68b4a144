//! The real articles in ../shared/samples: language identification must be
//! right on every one, and segmentation must keep their tricky spots whole.
//! Skips (with a message) where ../shared is absent, as in a user's clone.

use gleaner_core::{Document, Language};
use std::path::PathBuf;

fn samples_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/samples is not beside the project");
        None
    }
}

fn sample(name: &str) -> Option<Document> {
    let dir = samples_dir()?;
    let bytes = std::fs::read(dir.join(name)).expect("sample readable");
    Some(Document::from_bytes(&bytes).expect("samples are text"))
}

#[test]
fn language_identification_is_right_on_every_sample() {
    let expected = [
        ("000_b838f5c71a6b560b.txt", Language::De),
        ("001_caa15115ffd8591b.txt", Language::En),
        ("002_dbbca65a028e65da.txt", Language::Es),
        ("003_fa6bc86936f29db5.txt", Language::En),
        ("004_2acaabfb3eb7d239.txt", Language::En),
    ];
    for (name, language) in expected {
        let Some(doc) = sample(name) else { return };
        assert_eq!(doc.language.language, Some(language), "{name}: {:?}", doc.language);
        assert!(doc.language.confidence > 0.5, "{name}: confidence {}", doc.language.confidence);
    }
}

#[test]
fn sample_tokens_keep_names_numbers_and_clitics() {
    let Some(doc) = sample("000_b838f5c71a6b560b.txt") else { return };
    let tokens: Vec<&str> = doc.tokens.iter().map(|t| t.text(&doc.text)).collect();
    for expected in ["Díaz-Canel", "28.", "zivil-militärische", "Twitter-Account"] {
        assert!(tokens.contains(&expected), "000 (de): {expected:?} should be one token");
    }
    let Some(doc) = sample("003_fa6bc86936f29db5.txt") else { return };
    let text = &doc.text;
    let pairs: Vec<(&str, &str)> = doc.tokens.windows(2).map(|w| (w[0].text(text), w[1].text(text))).collect();
    assert!(pairs.contains(&("Maduro", "’s")), "003 (en): Maduro’s should split into Maduro + ’s");
}

#[test]
fn sample_sentences_are_not_cut_at_ordinals_or_glued_across_lines() {
    let Some(doc) = sample("000_b838f5c71a6b560b.txt") else { return };
    let sentences: Vec<&str> = doc.sentences.iter().map(|s| s.text(&doc.text)).collect();
    assert!(
        sentences.iter().any(|s| s.contains("sie finden am 28. Juli statt")),
        "the ordinal date must not end a sentence"
    );
    assert!(sentences.iter().all(|s| !s.contains('\n')), "each line of 000 is a paragraph");
    let Some(doc) = sample("003_fa6bc86936f29db5.txt") else { return };
    let first = doc.sentences[0].text(&doc.text);
    assert_eq!(first, "Putin to Receive Maduro as Pressure Mounts for Venezuelan Ruler to Quit");
}
