//! The reader's library: the articles they pasted or opened, as the page
//! keeps them (in the browser's IndexedDB) and as one JSON file exports and
//! imports them (`export`). The format lives in the core so that native tools
//! and the fuzzers read it exactly as the page does.

pub mod export;

use crate::reader::Correction;
use crate::values::ReferenceDate;
use crate::{Language, Notice};
use serde::{Deserialize, Serialize};

/// One article of the library, as stored and exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Unique within the library; kept by export and import.
    pub id: String,
    pub title: String,
    /// Where it came from: "pasted", or the file's name.
    pub source: String,
    /// When it was added, in milliseconds since 1970 (JavaScript's `Date.now()`).
    pub added: f64,
    pub text: String,
    /// The reader's choice of language; `None`: identified from the text.
    #[serde(default)]
    pub lang: Option<Language>,
    /// The language found the last time it was analyzed (ISO 639-1, "und"), for the list.
    #[serde(default)]
    pub language: Option<String>,
    /// What reading the file had to say (invalid bytes replaced, …).
    #[serde(default)]
    pub notices: Vec<Notice>,
    /// The article's own date, from the reader or the page's metadata: relative dates are placed from it.
    #[serde(default)]
    pub reference: Option<ReferenceDate>,
    /// The reader's corrections of its mentions, in the order made; applied on every analysis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
}

/// Where an article came from when it was pasted or typed.
pub const PASTED: &str = "pasted";

/// Longest title taken from an article's first line.
const TITLE_CHARS: usize = 80;

impl Article {
    /// A title for a text without one: its first non-empty line, shortened at a word.
    pub fn title_from_text(text: &str) -> String {
        let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
        if line.chars().count() <= TITLE_CHARS {
            return if line.is_empty() { "Untitled".to_string() } else { line.to_string() };
        }
        let cut: String = line.chars().take(TITLE_CHARS).collect();
        let at_word = cut.rfind(' ').filter(|&at| at > TITLE_CHARS / 2).map_or(cut.as_str(), |at| &cut[..at]);
        format!("{}…", at_word.trim_end_matches([',', ';', ':', '-', '—']))
    }

    /// The article's size in bytes of UTF-8, for the list.
    pub fn size(&self) -> usize {
        self.text.len()
    }
}

/// Adds `changed` to `articles`, replacing those with the same id; keeps them oldest first.
pub fn upsert(articles: &mut Vec<Article>, changed: &[Article]) {
    for article in changed {
        match articles.iter_mut().find(|a| a.id == article.id) {
            Some(existing) => existing.clone_from(article),
            None => articles.push(article.clone()),
        }
    }
    articles.sort_by(|a, b| a.added.total_cmp(&b.added));
}

/// "2.8 KB", "1.2 MB": sizes as a reader reads them.
pub fn human_size(bytes: usize) -> String {
    match bytes {
        0..=999 => format!("{bytes} B"),
        1_000..=999_999 => format!("{:.1} KB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_line_cut_at_a_word() {
        assert_eq!(Article::title_from_text("\n\n  Maduro in Moscow  \nText."), "Maduro in Moscow");
        assert_eq!(Article::title_from_text("   \n"), "Untitled");
        let long = "Putin to Receive Maduro as Pressure Mounts for Venezuelan Ruler to Quit, While the Opposition Leader Waits";
        let title = Article::title_from_text(long);
        assert!(title.ends_with('…') && title.chars().count() <= TITLE_CHARS + 1, "{title}");
        assert!(long.starts_with(title.trim_end_matches('…')));
    }

    #[test]
    fn upsert_replaces_by_id_and_keeps_the_order_of_adding() {
        let article = |id: &str, added: f64| Article {
            id: id.into(),
            title: id.into(),
            source: PASTED.into(),
            added,
            text: String::new(),
            lang: None,
            language: None,
            notices: vec![],
            reference: None,
            corrections: vec![],
        };
        let mut articles = vec![article("a", 1.0), article("b", 2.0)];
        upsert(&mut articles, &[Article { title: "renamed".into(), ..article("a", 1.0) }, article("c", 0.5)]);
        let seen: Vec<(&str, &str)> = articles.iter().map(|a| (a.id.as_str(), a.title.as_str())).collect();
        assert_eq!(seen, [("c", "c"), ("a", "renamed"), ("b", "b")]);
    }

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_size(812), "812 B");
        assert_eq!(human_size(2_812), "2.8 KB");
        assert_eq!(human_size(1_250_000), "1.2 MB");
    }
}
