//! A `Document`: the original text and what the pipeline found in it.

use crate::decode::{decode, DecodeError};
use crate::lang::{generic_rules, Language, LanguageRules};
use crate::langid::{LanguageGuess, LanguageIdentifier, PARAGRAPH_MIN_CONFIDENCE};
use crate::paragraph::paragraph_spans;
use crate::sentence::split_sentences_into;
use crate::text::{fill_utf16, Span};
use crate::token::Token;
use crate::tokenize::{fill_token_utf16, tokenize_range};
use serde::Serialize;

#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub span: Span,
    /// What this paragraph alone looks like.
    pub language: LanguageGuess,
    /// The language whose rules segmented it: its own if confident, else the document's.
    pub rules_language: Option<Language>,
}

/// Something the reader should know about the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    pub code: &'static str,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Document {
    /// The text exactly as given (after decoding); every span points into it.
    pub text: String,
    pub language: LanguageGuess,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Token>,
    pub notices: Vec<Notice>,
}

impl Document {
    /// Runs the pipeline over `text`.
    pub fn analyze(text: impl Into<String>) -> Document {
        let text = text.into();
        let identifier = LanguageIdentifier::default();
        let language = identifier.identify(&text);
        let mut paragraphs = Vec::new();
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        for span in paragraph_spans(&text) {
            let own = identifier.identify(span.text(&text));
            let rules_language = if own.language.is_some() && own.confidence >= PARAGRAPH_MIN_CONFIDENCE {
                own.language
            } else {
                language.language
            };
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
        Document { text, language, paragraphs, sentences, tokens, notices }
    }

    /// Decodes file bytes (see [`decode`]) and analyzes the text, with a notice
    /// when invalid bytes had to be replaced.
    pub fn from_bytes(bytes: &[u8]) -> Result<Document, DecodeError> {
        let decoded = decode(bytes)?;
        let mut document = Document::analyze(decoded.text);
        if decoded.replaced > 0 {
            document.notices.push(Notice {
                code: "invalid_utf8",
                message: format!(
                    "{} invalid byte sequence{} replaced with \u{FFFD}: the file is not valid UTF-8 (saved in another encoding?)",
                    decoded.replaced,
                    if decoded.replaced == 1 { " was" } else { "s were" }
                ),
            });
        }
        Ok(document)
    }

    /// Tokens made of letters or digits (what a reader counts as words).
    pub fn word_count(&self) -> usize {
        self.tokens.iter().filter(|t| t.is_wordlike()).count()
    }
}

fn notices_for(text: &str, language: LanguageGuess) -> Vec<Notice> {
    let mut notices = Vec::new();
    if text.trim().is_empty() {
        notices.push(Notice {
            code: "empty",
            message: "There is no text to analyze: paste an article or open a .txt file.".into(),
        });
    } else if language.language.is_none() {
        let supported: Vec<&str> = Language::ALL.iter().map(|l| l.name()).collect();
        notices.push(Notice {
            code: "language_unknown",
            message: format!(
                "The language could not be identified (too short, or not one of {}): the text is segmented with language-neutral rules.",
                supported.join(", ")
            ),
        });
    }
    notices
}
