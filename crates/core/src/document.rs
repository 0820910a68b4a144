//! A `Document`: the original text and what the pipeline found in it.

use crate::decode::{decode, DecodeError};
use crate::enrich::{find_relations, score_salience, Relation};
use crate::lang::{generic_rules, Language, LanguageRules};
use crate::langid::{LanguageGuess, LanguageIdentifier, PARAGRAPH_MIN_CONFIDENCE};
use crate::mention::{Mention, Notice, Source};
use crate::ner::consistency::{settle_document, SentenceMentions};
use crate::ner::{DocumentContext, Model, Tagger};
use crate::quotes::{find_quotes, Quote};
use crate::reader::{Guidance, CORRECTION_LOST, CORRECTION_REFUSED};
use crate::resolve::entities::resolve_entities;
use crate::resolve::entities::Entity;
use crate::resolve::lexicon::Lexicon;
use crate::resolve::norp::find_norp;
use crate::resolve::recover::recover_mentions;
use crate::segment::paragraph::paragraph_spans;
use crate::segment::sentence::{sentence_tokens, split_sentences_into};
use crate::segment::token::Token;
use crate::segment::tokenize::{fill_token_utf16, tokenize_range};
use crate::text::{fill_utf16, Span};
use crate::values::{dateline, find_values, place_on_calendar, ReferenceDate, ReferenceSource, Value};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    /// What this paragraph alone looks like.
    pub language: LanguageGuess,
    /// The language whose rules segmented it: its own if confident, else the document's.
    pub rules_language: Option<Language>,
}

/// How often [`Document::tag_with_progress`] reports, in sentences.
pub const PROGRESS_EVERY: usize = 250;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Document {
    /// The text exactly as given (after decoding); every span points into it.
    pub text: String,
    pub language: LanguageGuess,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    /// Dates, times, amounts (after [`Document::resolve`]).
    pub values: Vec<Value>,
    /// The mentions grouped by what they name (after [`Document::resolve`]).
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub relations: Vec<Relation>,
    pub notices: Vec<Notice>,
    /// The article's own date, which places relative dates on the calendar:
    /// given by the reader before [`Document::resolve`], or found there in a dateline.
    #[serde(default)]
    pub reference: Option<ReferenceDate>,
}

impl Document {
    /// Runs the pipeline over `text`, identifying its language.
    pub fn analyze(text: impl Into<String>) -> Document {
        Document::analyze_in(text, None)
    }

    /// Runs the pipeline over `text`; with `forced`, the reader has said which
    /// language it is: every paragraph is read in it, whatever it looks like.
    pub fn analyze_in(text: impl Into<String>, forced: Option<Language>) -> Document {
        let text = text.into();
        let identifier = LanguageIdentifier::default();
        let language = match forced {
            Some(language) => LanguageGuess { language: Some(language), confidence: 1.0 },
            None => identifier.identify(&text),
        };
        let mut paragraphs = Vec::new();
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        for span in paragraph_spans(&text) {
            let own = identifier.identify(span.text(&text));
            let rules_language =
                if forced.is_some() { forced } else { paragraph_language(span.text(&text), own, language) };
            let rules: &LanguageRules = rules_language.map_or(generic_rules(), Language::rules);
            let first_token = tokens.len();
            tokenize_range(&text, span.start..span.end, rules, &mut tokens);
            split_sentences_into(&text, &tokens[first_token..], rules, &mut sentences);
            paragraphs.push(Paragraph { span, language: own, rules_language });
        }
        fill_token_utf16(&text, &mut tokens);
        fill_utf16(&text, &mut sentences);
        let mut spans: Vec<Span> = paragraphs.iter().map(|p| p.span).collect();
        fill_utf16(&text, &mut spans);
        for (paragraph, span) in paragraphs.iter_mut().zip(spans) {
            paragraph.span = span;
        }
        let notices = notices_for(&text, language);
        Document {
            text,
            language,
            paragraphs,
            sentences,
            tokens,
            mentions: Vec::new(),
            values: Vec::new(),
            entities: Vec::new(),
            quotes: Vec::new(),
            relations: Vec::new(),
            notices,
            reference: None,
        }
    }

    /// Decodes file bytes (see [`decode`]) and analyzes the text, with a notice
    /// when invalid bytes had to be replaced.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, DecodeError> {
        Document::from_bytes_in(bytes, None)
    }

    /// [`Document::from_bytes`] in a language the reader chose (`None`: identify it).
    pub fn from_bytes_in(bytes: &[u8], forced: Option<Language>) -> Result<Document, DecodeError> {
        let decoded = decode(bytes)?;
        let notice = decoded.notice();
        let mut document = Document::analyze_in(decoded.text, forced);
        document.notices.extend(notice);
        Ok(document)
    }

    /// Tags entities in every paragraph whose language has a model (`model_for`),
    /// replacing earlier mentions, then settles types and missed occurrences
    /// across the document; paragraphs without a model get a notice.
    pub fn tag<'m>(&mut self, model_for: impl Fn(Language) -> Option<&'m Model>) {
        self.tag_with_progress(model_for, &mut |_, _| {});
    }

    /// [`Document::tag`], telling `progress(sentences done, sentences in all)` as it goes
    /// (every [`PROGRESS_EVERY`] sentences), for a page that shows a long article's progress.
    pub fn tag_with_progress<'m>(
        &mut self,
        model_for: impl Fn(Language) -> Option<&'m Model>,
        progress: &mut dyn FnMut(usize, usize),
    ) {
        self.notices.retain(|n| n.code != "no_model");
        let mut missing: Vec<Language> = Vec::new();
        // Token ranges of the tagged sentences, their words and models.
        let mut tagged: Vec<(usize, usize)> = Vec::new();
        let mut words: Vec<Vec<&str>> = Vec::new();
        let mut models: Vec<&Model> = Vec::new();
        for (sentence, range) in sentence_tokens(&self.tokens, &self.sentences) {
            let Some(language) = self.language_at(sentence.start) else { continue };
            let Some(model) = model_for(language) else {
                if !missing.contains(&language) {
                    missing.push(language);
                }
                continue;
            };
            words.push(self.tokens[range.clone()].iter().map(|t| t.text(&self.text)).collect());
            models.push(model);
            tagged.push((range.start, range.end));
        }
        let context = DocumentContext::new(words.iter().map(|w| w.iter().copied()));
        let total = words.len();
        // One tagger a model, kept for the whole document: it reads each word form once.
        let mut taggers: Vec<Tagger> = Vec::new();
        let mut found: Vec<SentenceMentions> = words
            .iter()
            .zip(&models)
            .enumerate()
            .map(|(done, (sentence_words, model))| {
                if done % PROGRESS_EVERY == 0 {
                    progress(done, total);
                }
                let at = taggers.iter().position(|t| std::ptr::eq(t.model(), *model)).unwrap_or_else(|| {
                    taggers.push(Tagger::new(model));
                    taggers.len() - 1
                });
                let mentions = taggers[at].tag_in(sentence_words.iter().copied(), &context);
                mentions.into_iter().map(|m| (m.start, m.end, m.label, m.confidence)).collect()
            })
            .collect();
        progress(total, total);
        settle_document(&words, &mut found);
        self.mentions = tagged
            .iter()
            .zip(found)
            .flat_map(|(&(first, _), sentence)| {
                let tokens = &self.tokens;
                sentence.into_iter().map(move |(start, end, label, confidence)| {
                    let (a, b) = (tokens[first + start].span, tokens[first + end - 1].span);
                    Mention {
                        span: Span { start: a.start, end: b.end, start16: a.start16, end16: b.end16 },
                        label: label.into(),
                        confidence,
                        tokens: (first + start, first + end),
                        entity: None,
                        source: Source::Model,
                    }
                })
            })
            .collect();
        for language in missing {
            self.notices.push(Notice {
                code: "no_model".into(),
                message: format!(
                    "There is no entity model for {} yet: that text is segmented but its entities are not tagged.",
                    language.name()
                ),
            });
        }
    }

    /// Resolution and enrichment after tagging: names the tagger missed that
    /// the article vouches for, nationalities (NORP), mentions
    /// grouped into entities, quotes and their speakers, relations, salience.
    /// Values that overlap a name give way to it ("2023 World Cup" is a name).
    /// Running it again starts from the tagger's labels only if `tag` ran again.
    pub fn resolve(&mut self, lexicon: &Lexicon) {
        self.resolve_with(lexicon, &Guidance::default());
    }

    /// [`Document::resolve`] with the reader's say: their entity list and
    /// their corrections of this article, which beat the model. A correction
    /// that cannot be applied any more is reported in a notice.
    pub fn resolve_with(&mut self, lexicon: &Lexicon, guidance: &Guidance) {
        // Borrows only the paragraphs and the document language, so the other fields can be filled meanwhile.
        let (by_paragraph, fallback) = (&self.paragraphs, self.language.language);
        let language_at = &|at: usize| language_in(by_paragraph, fallback, at);
        let paragraphs = self.paragraph_spans();
        let mut mentions = std::mem::take(&mut self.mentions);
        // A "mention" with no letter or digit names nothing (a stray quote mark tagged in noise).
        mentions.retain(|m| m.span.text(&self.text).chars().any(char::is_alphanumeric));
        crate::resolve::headlines::settle(&self.text, &self.tokens, &mut mentions);
        crate::resolve::particles::join_particles(&self.text, &self.tokens, &mut mentions, lexicon);
        recover_mentions(&self.text, &self.tokens, &mut mentions, lexicon);
        crate::resolve::particles::particles_before_names(&self.text, &self.tokens, &mut mentions, lexicon);
        crate::resolve::conventions::apply(&self.text, &self.tokens, &mut mentions, lexicon);
        crate::resolve::kinds::settle_kinds(&self.text, &self.tokens, &mut mentions, lexicon, language_at);
        crate::resolve::compounds::split_compounds(&self.text, &self.tokens, &mut mentions, lexicon, language_at);
        find_norp(&self.text, &self.tokens, &mut mentions, lexicon, language_at);
        let (grouping, notices) =
            crate::reader::apply(&self.text, &self.tokens, &self.sentences, &mut mentions, guidance);
        self.notices.retain(|n| n.code != CORRECTION_LOST && n.code != CORRECTION_REFUSED);
        self.notices.extend(notices);
        self.entities = resolve_entities(&self.text, &mut mentions, lexicon, language_at, &grouping);
        let mut values = find_values(&self.text, &self.tokens, &self.sentences, language_at);
        if self.reference.is_none() {
            self.reference =
                dateline(&self.text, &values).map(|date| ReferenceDate { date, source: ReferenceSource::Dateline });
        }
        if let Some(reference) = self.reference {
            place_on_calendar(&mut values, reference.date);
        }
        // Both lists are in text order: one sweep drops the values a name overlaps.
        let mut m = 0;
        values.retain(|v| {
            while m < mentions.len() && mentions[m].span.end <= v.span.start {
                m += 1;
            }
            mentions.get(m).is_none_or(|n| n.span.start >= v.span.end)
        });
        self.values = values;
        self.quotes =
            find_quotes(&self.text, &paragraphs, &self.sentences, &self.tokens, &mentions, lexicon, language_at);
        self.relations = find_relations(&self.sentences, &mentions);
        score_salience(&mut self.entities, &mentions, &paragraphs, self.text.len());
        self.mentions = mentions;
    }

    pub fn paragraph_spans(&self) -> Vec<Span> {
        self.paragraphs.iter().map(|p| p.span).collect()
    }

    /// The entity with this id.
    pub fn entity(&self, id: u32) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The language whose rules (and model) apply at byte `at`.
    pub fn language_at(&self, at: usize) -> Option<Language> {
        language_in(&self.paragraphs, self.language.language, at)
    }

    /// Tokens made of letters or digits (what a reader counts as words).
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.is_wordlike()).count()
    }
}

/// A paragraph's language: its own where identified with confidence, else the
/// document's. A short line ("Gezielte Morde an Contras ?", a German headline
/// that reads as English) must be surer of itself to differ from the document.
fn paragraph_language(paragraph: &str, own: LanguageGuess, document: LanguageGuess) -> Option<Language> {
    const SHORT_LETTERS: usize = 60;
    const SHORT_MIN_CONFIDENCE: f64 = 0.9;
    let differs = document.language.is_some() && own.language != document.language;
    let short = paragraph.chars().filter(|c| c.is_alphabetic()).count() < SHORT_LETTERS;
    let needed = if differs && short { SHORT_MIN_CONFIDENCE } else { PARAGRAPH_MIN_CONFIDENCE };
    if own.language.is_some() && own.confidence >= needed {
        own.language
    } else {
        document.language
    }
}

/// The rules language of the paragraph holding byte `at`, else `fallback` (the document's).
fn language_in(paragraphs: &[Paragraph], fallback: Option<Language>, at: usize) -> Option<Language> {
    let i = paragraphs.partition_point(|p| p.span.end <= at);
    paragraphs.get(i).and_then(|p| p.rules_language).or(fallback)
}

fn notices_for(text: &str, language: LanguageGuess) -> Vec<Notice> {
    let mut notices = Vec::new();
    if text.trim().is_empty() {
        notices.push(Notice {
            code: "empty".into(),
            message: "There is no text to analyze: paste an article or open a .txt file.".into(),
        });
    } else if language.language.is_none() {
        let supported: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        notices.push(Notice {
            code: "language_unknown".into(),
            message: format!(
                "The language could not be identified (too short, or not one of {}): the text is segmented with language-neutral rules.",
                supported.join(", ")
            ),
        });
    }
    notices
}

#[cfg(test)]
mod paragraph_language_tests {
    use super::*;

    fn guess(language: Language, confidence: f64) -> LanguageGuess {
        LanguageGuess { language: Some(language), confidence }
    }

    #[test]
    fn a_short_paragraph_needs_more_confidence_to_differ_from_the_document() {
        let german = guess(Language::De, 0.8);
        let short = "x".repeat(59);
        let long = "x".repeat(60);
        assert_eq!(paragraph_language(&short, guess(Language::En, 0.89), german), Some(Language::De));
        assert_eq!(paragraph_language(&short, guess(Language::En, 0.9), german), Some(Language::En));
        assert_eq!(paragraph_language(&long, guess(Language::En, 0.5), german), Some(Language::En));
        assert_eq!(paragraph_language(&long, guess(Language::En, 0.49), german), Some(Language::De));
        assert_eq!(paragraph_language(&short, guess(Language::De, 0.5), german), Some(Language::De), "agreeing");
        let unknown = LanguageGuess { language: None, confidence: 0.0 };
        assert_eq!(paragraph_language(&short, guess(Language::En, 0.5), unknown), Some(Language::En));
        assert_eq!(paragraph_language(&short, unknown, german), Some(Language::De));
    }
}
