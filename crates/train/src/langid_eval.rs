//! Language identification on dev sentences: each sentence of five or more
//! words, rebuilt as text, identified alone, as a reader's short paste would be.

use crate::corpus::read_conll;
use crate::eval::rebuild_text;
use gleaner_core::langid::LanguageIdentifier;
use gleaner_core::Language;

/// Dev sentences per language (the NER dev splits; fr and it have none there,
/// so they use the hand-written fixtures in tests/fixtures/langid).
pub const SPLITS: &[(Language, &str)] = &[
    (Language::En, "conll2003-en-dev.conll"),
    (Language::De, "conll2003-de-dev.conll"),
    (Language::Es, "conll2002-es-dev.conll"),
    (Language::Nl, "conll2002-nl-dev.conll"),
    (Language::Pt, "uner_bosque-pt-dev.conll"),
];

pub const MIN_WORDS: usize = 5;

/// (sentences scored, sentences right, the wrong ones with their guesses).
pub fn accuracy(language: Language, sentences: &[String]) -> (usize, usize, Vec<(String, Option<Language>)>) {
    let identifier = LanguageIdentifier::default();
    let mut right = 0;
    let mut wrong = Vec::new();
    for text in sentences {
        let guess = identifier.identify(text).language;
        if guess == Some(language) {
            right += 1;
        } else {
            wrong.push((text.clone(), guess));
        }
    }
    (sentences.len(), right, wrong)
}

/// Sentences of at least [`MIN_WORDS`] words (tokens with a letter) in a split, as text.
pub fn dev_sentences(file: &str) -> Result<Vec<String>, String> {
    let sentences = read_conll(&crate::data_dir().join(file))?;
    Ok(sentences
        .iter()
        .filter(|s| s.words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count() >= MIN_WORDS)
        .map(|s| rebuild_text(std::slice::from_ref(s)).0)
        .collect())
}

/// The hand-written sentences of `tests/fixtures/langid/LANG.txt` (fr, it), one a line.
pub fn fixture_sentences(language: Language) -> Result<(String, Vec<String>), String> {
    let source = format!("tests/fixtures/langid/{}.txt", language.code());
    let path = crate::repo_root().join(&source);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((source, text.lines().filter(|l| !l.trim().is_empty()).map(String::from).collect()))
}

/// Every language's sentences: (language, where they come from, sentences).
/// The dev splits need ../shared/data; `with_dev_splits: false` gives fr and it only.
pub fn sets(with_dev_splits: bool) -> Result<Vec<(Language, String, Vec<String>)>, String> {
    let mut sets = Vec::new();
    if with_dev_splits {
        for (language, file) in SPLITS {
            sets.push((*language, file.to_string(), dev_sentences(file)?));
        }
    }
    for language in [Language::Fr, Language::It] {
        let (source, sentences) = fixture_sentences(language)?;
        sets.push((language, source, sentences));
    }
    Ok(sets)
}
