//! Extract: the text a reader sees in a file, with its title, headings and
//! paragraphs kept as paragraphs and the markup dropped. Markdown and Word
//! (`.docx`) are read here; HTML is read by the browser's own parser in the
//! app; plain text needs nothing.
//!
//! The result is plain text: nothing in it is ever rendered as HTML, so markup
//! or scripts in the source stay inert words.

pub mod docx;
mod extracted;
mod markdown;
pub mod zip;

pub use docx::{docx, DocxError};
pub use extracted::Extracted;
pub use markdown::markdown;
