//! Segmentation: paragraphs, tokens (with language rules for abbreviations,
//! elisions and number formats) and sentences, all as offsets into the text.

pub mod paragraph;
pub mod sentence;
pub(crate) mod special;
pub mod token;
pub mod tokenize;
