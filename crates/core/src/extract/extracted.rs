//! What an extractor gives: the text a reader sees, and the title if the file has one.

/// A document's title (its first heading, front-matter or document-property title) and text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    pub title: Option<String>,
    pub text: String,
}
