//! Gleaner's core: the analysis pipeline as plain functions over plain data,
//! with no web dependencies. The browser app and the CLI both call [`analyze`].
//!
//! Inference code never panics on any input: the property tests in
//! `tests/properties.rs` hold it to that.

pub mod analysis;
pub mod decode;
pub mod document;
pub mod lang;
pub mod langid;
pub mod ner;
pub mod segment;
pub mod text;

pub use analysis::{AnalysisJson, FORMAT};
pub use document::{Document, Mention, Notice};
pub use lang::Language;
pub use langid::LanguageGuess;
pub use text::Span;
pub use segment::token::{Token, TokenKind};

/// Runs the whole pipeline over `text`.
pub fn analyze(text: &str) -> Document {
    Document::analyze(text)
}
