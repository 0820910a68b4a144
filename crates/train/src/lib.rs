//! Training and evaluation of Gleaner's entity models (native only).

pub mod clusters;
pub mod config;
pub mod corpus;
pub mod eval;
pub mod langid_eval;
pub mod lexicons;
pub mod manifest;
pub mod names;
pub mod perceptron;
pub mod place_lexicon;
pub mod report;
pub mod resolution_eval;

use std::path::PathBuf;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// ../shared/data/ner, or `GLEANER_DATA`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("GLEANER_DATA").map(PathBuf::from).unwrap_or_else(|| repo_root().join("../shared/data/ner"))
}

/// Fails with a clear message when a corpus folder is missing: the tests that read one are
/// `#[ignore]`d in a user's clone, and where they run (scripts/test.sh, CI) it must be there.
pub fn require_corpus(dir: &std::path::Path) {
    assert!(
        dir.is_dir(),
        "{} is missing: the corpora live in ../shared beside the project (CI always has it)",
        dir.display()
    );
}

/// The committed place lexicon (`models/lexicon.glx`), read once; resolution
/// in the raw-text evaluation uses it as the page does. Empty (no NORP, no
/// place ids) when the file is missing, with a warning.
pub fn place_lexicon() -> &'static gleaner_core::resolve::Lexicon {
    static LEXICON: std::sync::OnceLock<gleaner_core::resolve::Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| {
        let path = repo_root().join("models/lexicon.glx");
        match std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|b| gleaner_core::resolve::Lexicon::from_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(lexicon) => lexicon,
            Err(e) => {
                eprintln!("warning: {}: {e}; resolving without the place lexicon", path.display());
                gleaner_core::resolve::Lexicon::default()
            }
        }
    })
}

/// One training document in this many is held out to choose the epoch.
pub const HELD_OUT_EVERY: usize = 10;

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
