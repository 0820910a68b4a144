//! Shared by the integration tests: the shipped models and place lexicon
//! (committed under models/, so these tests need no ../shared), read once.

#![allow(dead_code)]

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::{Document, Language};
use std::sync::OnceLock;

fn models_dir() -> String {
    format!("{}/../../models", env!("CARGO_MANIFEST_DIR"))
}

pub fn model(code: &str) -> &'static Model {
    static MODELS: OnceLock<Vec<(String, Model)>> = OnceLock::new();
    let models = MODELS.get_or_init(|| {
        ["en", "de", "es", "nl", "pt"]
            .iter()
            .map(|c| {
                let path = format!("{}/ner-{c}.glm", models_dir());
                let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
                (c.to_string(), Model::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}")))
            })
            .collect()
    });
    &models.iter().find(|(c, _)| c == code).expect("known model").1
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let path = format!("{}/lexicon.glx", models_dir());
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Lexicon::from_bytes(&bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
    })
}

pub fn tag(doc: &mut Document) {
    doc.tag(|language| match language {
        Language::Fr | Language::It => None,
        l => Some(model(l.code())),
    });
}

/// Tagged only.
pub fn tagged(text: &str) -> Document {
    let mut doc = Document::analyze(text);
    tag(&mut doc);
    doc
}

/// The whole pipeline: tagged and resolved.
pub fn analyzed(text: &str) -> Document {
    let mut doc = tagged(text);
    doc.resolve(lexicon());
    doc
}
