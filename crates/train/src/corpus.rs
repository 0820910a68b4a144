//! CoNLL-style corpora: `token<TAB>tag` lines, blank lines between sentences,
//! `-DOCSTART-` document marks (skipped).

use std::path::Path;

#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
    /// Index of its document, where the corpus marks documents; else each sentence is its own.
    pub doc: usize,
}

pub fn read_conll(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let marks_documents = text.lines().any(|l| l.starts_with("-DOCSTART-"));
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    let mut doc = 0;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !current.words.is_empty() {
                current.doc = doc;
                sentences.push(std::mem::take(&mut current));
                if !marks_documents {
                    doc += 1;
                }
            }
            if line.starts_with("-DOCSTART-") {
                doc += 1;
            }
            continue;
        }
        // Split on the tab, not on whitespace: a few tokens contain a space.
        let (word, tag) = line.rsplit_once('\t').ok_or_else(|| format!("{}:{}: no tab", path.display(), n + 1))?;
        current.words.push(word.to_string());
        current.tags.push(tag.trim().to_string());
    }
    if !current.words.is_empty() {
        current.doc = doc;
        sentences.push(current);
    }
    Ok(sentences)
}
