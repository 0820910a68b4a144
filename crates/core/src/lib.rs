//! Gleaner's core: the analysis pipeline as plain functions over plain data,
//! with no web dependencies. The browser app and the CLI both call [`analyze`].
//!
//! Inference code never panics on any input: the property tests in
//! `tests/properties.rs` hold it to that.

pub mod analysis;
pub mod conll;
mod container;
pub mod corpus;
pub mod correct;
pub mod decode;
pub mod document;
pub mod enrich;
pub mod export;
pub mod extract;
pub mod invariants;
pub mod label;
pub mod lang;
pub mod langid;
pub mod library;
pub mod mention;
pub mod ner;
pub mod quotes;
pub mod reader;
pub mod resolve;
pub mod search;
pub mod segment;
pub mod text;
pub mod values;

pub use analysis::{AnalysisJson, Fields, FORMAT};
pub use document::Document;
pub use lang::Language;
pub use langid::LanguageGuess;
pub use mention::{Mention, Notice, Source};
pub use segment::token::{Token, TokenKind};
pub use text::Span;

/// Runs the whole pipeline over `text`.
pub fn analyze(text: &str) -> Document {
    Document::analyze(text)
}
