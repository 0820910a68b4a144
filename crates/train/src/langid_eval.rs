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
