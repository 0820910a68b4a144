//! Training and evaluation of Gleaner's entity models (native only).

pub mod clusters;
pub mod config;
pub mod corpus;
pub mod eval;
pub mod langid_eval;
pub mod lexicons;
pub mod manifest;
pub mod perceptron;

use std::path::PathBuf;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// ../shared/data/ner, or `GLEANER_DATA`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("GLEANER_DATA").map(PathBuf::from).unwrap_or_else(|| repo_root().join("../shared/data/ner"))
}

pub fn model_path(language: &str) -> PathBuf {
    repo_root().join("models").join(format!("ner-{language}.glm"))
}

/// A split of ../shared/data/ner with our conventions applied (countries are
/// places), as training, evaluation and the tests read it.
pub fn read_split(file: &str, language: &str) -> Result<Vec<corpus::Sentence>, String> {
    let mut sentences = corpus::read_conll(&data_dir().join(file))?;
    corpus::countries_as_places(&mut sentences, &lexicons::country_names(language)?);
    Ok(sentences)
}
