//! CoNLL-style corpora: `token<TAB>tag` lines, blank lines between sentences,
//! `-DOCSTART-` document marks (skipped).

use std::path::Path;

#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

pub fn read_conll(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        // Split on the tab, not on whitespace: a few tokens contain a space.
        let (word, tag) = line.rsplit_once('\t').ok_or_else(|| format!("{}:{}: no tab", path.display(), n + 1))?;
        current.words.push(word.to_string());
        current.tags.push(tag.trim().to_string());
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}
