//! The analysis format, `gleaner/1`: one JSON document per article, the same
//! for the CLI, the page's export and the embed API. See docs/FORMAT.md.

use crate::document::{Document, Notice};
use crate::langid::LanguageGuess;
use crate::text::{utf16_len, Span};
use crate::segment::token::TokenKind;
use serde::Serialize;

pub const FORMAT: &str = "gleaner/1";

#[derive(Serialize)]
pub struct AnalysisJson<'d> {
    pub format: &'static str,
    /// The caller's identifier (from `--jsonl` input), passed through untouched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'d serde_json::Value>,
    pub language: LanguageJson,
    pub stats: Stats,
    pub paragraphs: Vec<ParagraphJson>,
    pub sentences: &'d [Span],
    pub tokens: Vec<TokenJson<'d>>,
    pub mentions: Vec<MentionJson<'d>>,
    pub notices: &'d [Notice],
}

#[derive(Serialize)]
pub struct MentionJson<'d> {
    pub text: &'d str,
    pub label: &'static str,
    pub confidence: f64,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Serialize)]
pub struct LanguageJson {
    pub code: &'static str,
    pub name: &'static str,
    pub confidence: f64,
}

impl From<LanguageGuess> for LanguageJson {
    fn from(guess: LanguageGuess) -> Self {
        LanguageJson {
            code: guess.language.map_or("und", |l| l.code()),
            name: guess.name(),
            confidence: (guess.confidence * 1000.0).round() / 1000.0,
        }
    }
}

#[derive(Serialize)]
pub struct Stats {
    pub bytes: usize,
    pub utf16: usize,
    pub chars: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub words: usize,
    pub mentions: usize,
}

#[derive(Serialize)]
pub struct ParagraphJson {
    #[serde(flatten)]
    pub span: Span,
    pub language: LanguageJson,
}

#[derive(Serialize)]
pub struct TokenJson<'d> {
    pub text: &'d str,
    pub kind: TokenKind,
    #[serde(flatten)]
    pub span: Span,
    /// For hyphenated compounds: the parts between the hyphens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<Span>>,
}

impl<'d> AnalysisJson<'d> {
    pub fn new(document: &'d Document, id: Option<&'d serde_json::Value>) -> Self {
        let text = document.text.as_str();
        AnalysisJson {
            format: FORMAT,
            id,
            language: document.language.into(),
            stats: Stats {
                bytes: text.len(),
                utf16: utf16_len(text),
                chars: text.chars().count(),
                paragraphs: document.paragraphs.len(),
                sentences: document.sentences.len(),
                tokens: document.tokens.len(),
                words: document.word_count(),
                mentions: document.mentions.len(),
            },
            paragraphs: document
                .paragraphs
                .iter()
                .map(|p| ParagraphJson { span: p.span, language: p.language.into() })
                .collect(),
            sentences: &document.sentences,
            tokens: document
                .tokens
                .iter()
                .map(|t| TokenJson {
                    text: t.text(text),
                    kind: t.kind,
                    span: t.span,
                    parts: t.compound.then(|| {
                        t.parts(text)
                            .into_iter()
                            .map(|(start, end)| {
                                let start16 = t.span.start16 + utf16_len(&text[t.span.start..start]);
                                Span { start, end, start16, end16: start16 + utf16_len(&text[start..end]) }
                            })
                            .collect()
                    }),
                })
                .collect(),
            mentions: document
                .mentions
                .iter()
                .map(|m| MentionJson {
                    text: m.span.text(text),
                    label: m.label.as_str(),
                    confidence: (f64::from(m.confidence) * 1000.0).round() / 1000.0,
                    span: m.span,
                })
                .collect(),
            notices: &document.notices,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
