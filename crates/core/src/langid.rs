//! Language identification over the supported languages, per document and per
//! paragraph, with a confidence. Trigram profiles come from `whatlang`,
//! restricted to Gleaner's languages; too little text answers "unknown".

use crate::lang::Language;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;
use whatlang::{Detector, Lang};

/// Fewer letters than this cannot be told apart reliably (a headline fragment, a name).
pub const MIN_LETTERS: usize = 20;
/// Below this confidence a paragraph takes the document's language instead.
pub const PARAGRAPH_MIN_CONFIDENCE: f64 = 0.5;
/// Enough text to decide; longer inputs are sampled (the start and the middle).
const SAMPLE_BYTES: usize = 64 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageGuess {
    /// `None` when the text is too short or in no supported language.
    pub language: Option<Language>,
    /// 0..1; 0 when unknown.
    pub confidence: f64,
}

impl LanguageGuess {
    pub const UNKNOWN: LanguageGuess = LanguageGuess { language: None, confidence: 0.0 };

    pub fn name(&self) -> &'static str {
        self.language.map_or("unknown", Language::name)
    }
}

fn to_whatlang(language: Language) -> Lang {
    match language {
        Language::En => Lang::Eng,
        Language::De => Lang::Deu,
        Language::Es => Lang::Spa,
        Language::Fr => Lang::Fra,
        Language::It => Lang::Ita,
        Language::Pt => Lang::Por,
        Language::Nl => Lang::Nld,
    }
}

fn from_whatlang(lang: Lang) -> Option<Language> {
    Language::ALL.into_iter().find(|l| to_whatlang(*l) == lang)
}

pub struct LanguageIdentifier {
    detector: Detector,
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        LanguageIdentifier { detector: Detector::with_allowlist(Language::ALL.into_iter().map(to_whatlang).collect()) }
    }
}

impl LanguageIdentifier {
    pub fn identify(&self, text: &str) -> LanguageGuess {
        let letters = text.chars().filter(|c| c.is_alphabetic()).take(MIN_LETTERS).count();
        if letters < MIN_LETTERS {
            return LanguageGuess::UNKNOWN;
        }
        let sample = sample(text);
        let hits = function_word_hits(&sample);
        // Plenty of one language's function words, and few of any other's,
        // settle it without the trigram profiles, which cost most of the time
        // of segmentation (archives run this on every paragraph).
        if let Some(clear) = clear_function_word_vote(&hits) {
            return clear;
        }
        // Names and numbers are the same in every language and mislead trigram
        // profiles ("Tim Henman (Britain) beat…"): read the rest where enough is left.
        let content = content_words(&sample);
        let trigram_text = if content.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS {
            content.as_str()
        } else {
            &sample
        };
        let trigrams =
            self.detector.detect(trigram_text).and_then(|info| Some((from_whatlang(info.lang())?, info.confidence())));
        let words = stopword_vote(&hits);
        let guess = match (trigrams, words) {
            // Short texts fool trigram profiles; function words settle them.
            (Some((language, confidence)), Some((voted, share)))
                if confidence < TRIGRAMS_TRUSTED && voted != language =>
            {
                LanguageGuess { language: Some(voted), confidence: share }
            }
            (Some((language, confidence)), vote) => {
                let agreeing = vote.filter(|(voted, _)| *voted == language).map_or(0.0, |(_, share)| share);
                LanguageGuess { language: Some(language), confidence: confidence.max(agreeing) }
            }
            (None, Some((voted, share))) => LanguageGuess { language: Some(voted), confidence: share },
            (None, None) => LanguageGuess::UNKNOWN,
        };
        // Weak trigram evidence (names dominate the text): the function words
        // decide, and a tie goes to the language most news is written in.
        match guess {
            g if g.confidence < TRIGRAMS_TRUSTED => most_function_words(&hits, g.language).unwrap_or(g),
            g => g,
        }
    }
}

/// The language with the most function-word `hits`; among equals, the first
/// in [`PRIOR`]. `None` without any function word, or when `current` already
/// has as many as the best.
fn most_function_words(hits: &FunctionWordHits, current: Option<Language>) -> Option<LanguageGuess> {
    let hits_of = |l: Language| Language::ALL.iter().position(|m| *m == l).map_or(0, |i| hits[i]);
    let best = hits.iter().copied().max().unwrap_or(0);
    if best == 0 {
        return None;
    }
    let chosen = PRIOR.into_iter().find(|l| hits_of(*l) == best)?;
    if current.is_some_and(|c| hits_of(c) == best && !PRIOR.iter().take_while(|l| **l != c).any(|l| *l == chosen)) {
        return None;
    }
    let total: usize = hits.iter().sum();
    Some(LanguageGuess { language: Some(chosen), confidence: (best as f64 / total as f64).min(TRIGRAMS_TRUSTED) })
}

/// Supported languages by how much news is written in them, for ties.
const PRIOR: [Language; 7] =
    [Language::En, Language::Es, Language::De, Language::Fr, Language::Pt, Language::It, Language::Nl];

/// The words of `text` that are not name-like: capitalized words inside a
/// sentence, words in capitals and tokens without letters are left out.
fn content_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut sentence_start = true;
    for word in text.split_whitespace() {
        let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        let first = letters.chars().next();
        let capitals = letters.chars().filter(|c| c.is_uppercase()).count();
        let name_like = first.is_none()
            || (capitals > 1 && capitals * 2 > letters.chars().count())
            || (!sentence_start && first.is_some_and(char::is_uppercase));
        if !name_like {
            out.push_str(&letters);
            out.push(' ');
        }
        sentence_start =
            word.ends_with(['.', '!', '?', ':', '"', '“', '»']) || word.starts_with(['"', '„', '«', '¿', '¡']);
    }
    out
}

/// Below this whatlang confidence, function words decide (see `identify`).
const TRIGRAMS_TRUSTED: f64 = 0.6;

/// Function words of each language (in `Language::ALL` order) found in a text.
type FunctionWordHits = [usize; Language::ALL.len()];

/// Counts each language's function words in `text` (first 2,000 words).
fn function_word_hits(text: &str) -> FunctionWordHits {
    let mut hits = [0usize; Language::ALL.len()];
    let words = text.split(|c: char| !c.is_alphabetic() && c != '\'' && c != '-').map(|w| w.trim_matches(['-', '\'']));
    let index = function_word_index();
    for word in words.filter(|w| !w.is_empty()).take(2000) {
        let Some(&languages) = index.get(word.to_lowercase().as_str()) else { continue };
        for (i, hit) in hits.iter_mut().enumerate() {
            *hit += usize::from(languages & (1 << i) != 0);
        }
    }
    hits
}

/// Every language's function words, each with the languages that have it as
/// bits in `Language::ALL` order: one hash lookup per word instead of a scan
/// of seven lists (language id runs on every paragraph).
fn function_word_index() -> &'static HashMap<&'static str, u8> {
    static INDEX: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        for (i, language) in Language::ALL.iter().enumerate() {
            let rules = language.rules();
            for word in rules.stopwords.iter().chain(rules.weekdays) {
                *index.entry(*word).or_insert(0u8) |= 1 << i;
            }
        }
        index
    })
}

/// A vote that needs no trigrams: this many function words…
const CLEAR_STOPWORDS: usize = 6;
/// …and this many times as many as any other language has.
const CLEAR_MARGIN: usize = 4;

/// The language of `hits` when its function words leave no doubt.
fn clear_function_word_vote(hits: &FunctionWordHits) -> Option<LanguageGuess> {
    let (best, language) = hits.iter().copied().zip(Language::ALL).max_by_key(|(n, _)| *n)?;
    let runner_up = hits.iter().copied().zip(Language::ALL).filter(|(_, l)| *l != language).map(|(n, _)| n).max()?;
    (best >= CLEAR_STOPWORDS && best >= CLEAR_MARGIN * runner_up).then(|| {
        let total: usize = hits.iter().sum();
        LanguageGuess { language: Some(language), confidence: best as f64 / total as f64 }
    })
}

/// A vote needs this many function words, and twice as many as the runner-up.
const MIN_STOPWORDS: usize = 2;

/// The language with the most function-word `hits`, with its share of them,
/// if the vote is clear.
fn stopword_vote(hits: &FunctionWordHits) -> Option<(Language, f64)> {
    let mut ranked: Vec<(usize, Language)> = hits.iter().copied().zip(Language::ALL).collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (best, language) = ranked[0];
    let runner_up = ranked[1].0;
    let total: usize = hits.iter().sum();
    (best >= MIN_STOPWORDS && best >= 2 * runner_up).then(|| (language, best as f64 / total.max(1) as f64))
}

/// The whole text if short, else its first and middle 32 KB (on char boundaries).
fn sample(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= SAMPLE_BYTES {
        return text.into();
    }
    let half = SAMPLE_BYTES / 2;
    let cut = |from: usize, to: usize| {
        let mut a = from;
        while !text.is_char_boundary(a) {
            a += 1;
        }
        let mut b = to.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        &text[a..b.max(a)]
    };
    let middle = text.len() / 2;
    format!("{}\n{}", cut(0, half), cut(middle, middle + half)).into()
}
