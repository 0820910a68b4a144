//! The library as one JSON file, `gleaner-library/1`: what "Export library"
//! writes and "Import library" reads back. An import is checked whole before
//! anything is stored, so a wrong or truncated file changes nothing.

use super::Article;
use serde::{Deserialize, Serialize};

pub const LIBRARY_FORMAT: &str = "gleaner-library/1";

/// The last time a JavaScript Date can hold, in milliseconds since 1970.
const LATEST_TIME: f64 = 8.64e15;

#[derive(Serialize, Deserialize)]
pub struct LibraryFile {
    pub format: String,
    /// When it was exported, in milliseconds since 1970.
    pub exported: f64,
    pub articles: Vec<Article>,
}

/// The library as the JSON of an export file.
pub fn export_library(articles: &[Article], now: f64) -> String {
    let file = LibraryFile { format: LIBRARY_FORMAT.to_string(), exported: now, articles: articles.to_vec() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// The articles of an export file, or a one-line reason the file is refused.
pub fn import_library(json: &str) -> Result<Vec<Article>, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| {
        if e.is_eof() {
            "the file ends too early (was it cut off while saving?)".to_string()
        } else {
            format!("it is not JSON ({})", crate::text::one_line(&e.to_string()))
        }
    })?;
    match value.get("format").and_then(|f| f.as_str()) {
        Some(LIBRARY_FORMAT) => {}
        Some(other) if other.starts_with("gleaner/") => {
            return Err(format!("it is one article's analysis ({other}), not a library export"))
        }
        Some(other) => return Err(format!("its format is {}, not {LIBRARY_FORMAT}", crate::text::quoted(other))),
        None => return Err("it is not a Gleaner library export (no \"format\": \"gleaner-library/1\")".to_string()),
    }
    let mut file: LibraryFile = serde_json::from_value(value).map_err(|e| {
        format!("an article in it is incomplete or damaged ({})", crate::text::one_line(&e.to_string()))
    })?;
    for article in &mut file.articles {
        // When it was added: whole milliseconds within JavaScript's dates, as
        // Date.now() gives them (so an export imports back to the same value).
        if !(0.0..=LATEST_TIME).contains(&article.added) {
            return Err(format!("the article {} has no valid time added", crate::text::quoted(&article.id)));
        }
        article.added = article.added.round();
    }
    let mut seen = std::collections::HashSet::new();
    for article in &file.articles {
        if article.id.trim().is_empty() {
            return Err("an article in it has no id".to_string());
        }
        if !seen.insert(article.id.as_str()) {
            return Err(format!("two articles in it share the id {}", crate::text::quoted(&article.id)));
        }
    }
    Ok(file.articles)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            title: Article::title_from_text(text),
            source: "pasted".into(),
            added: 1_764_000_000_000.0,
            text: text.into(),
            lang: Some(crate::Language::Es),
            language: Some("es".into()),
            notices: vec![],
            reference: None,
            corrections: vec![],
        }
    }

    #[test]
    fn an_export_imports_back_the_same() {
        let articles = vec![article("a1", "Maduro llegó a Moscú."), article("a2", "Putin <script>x</script>")];
        let json = export_library(&articles, 1.0);
        assert_eq!(import_library(&json).unwrap(), articles);
    }

    #[test]
    fn wrong_or_damaged_files_are_refused_with_a_reason() {
        let json = export_library(&[article("a1", "Text.")], 1.0);
        assert!(import_library(&json[..json.len() / 2]).unwrap_err().contains("ends too early"));
        assert!(import_library("not json").unwrap_err().contains("not JSON"));
        assert!(import_library(r#"{"format":"gleaner/2","mentions":[]}"#)
            .unwrap_err()
            .contains("one article's analysis"));
        assert!(import_library(r#"{"articles":[]}"#).unwrap_err().contains("not a Gleaner library export"));
        let missing_text =
            r#"{"format":"gleaner-library/1","exported":1,"articles":[{"id":"x","title":"t","source":"s","added":1}]}"#;
        assert!(import_library(missing_text).unwrap_err().contains("incomplete"));
        let far = export_library(&[Article { added: 1e21, ..article("a", "One.") }], 1.0);
        assert!(import_library(&far).unwrap_err().contains("no valid time added"));
        let fraction = export_library(&[Article { added: 1_764_000_000_000.4, ..article("a", "One.") }], 1.0);
        assert_eq!(import_library(&fraction).unwrap()[0].added, 1_764_000_000_000.0);
        let twice = export_library(&[article("a", "One."), article("a", "Two.")], 1.0);
        assert!(import_library(&twice).unwrap_err().contains("share the id"));
    }
}
