//! CoNLL-style corpora: `token<TAB>tag` lines, blank lines between sentences,
//! `-DOCSTART-` document marks (skipped). Corpora without document marks are
//! read as documents of [`UNMARKED_DOCUMENT_SENTENCES`] consecutive sentences.

use std::path::Path;

/// Sentences per document where the corpus marks none (CoNLL-2002 es keeps its
/// articles in order, so neighbours mostly share one; WikiANN is a list of fragments).
pub const UNMARKED_DOCUMENT_SENTENCES: usize = 20;

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
    let mut in_document = 0;
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if !current.words.is_empty() {
                current.doc = doc;
                sentences.push(std::mem::take(&mut current));
                in_document += 1;
                if !marks_documents && in_document == UNMARKED_DOCUMENT_SENTENCES {
                    doc += 1;
                    in_document = 0;
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

/// Sentences grouped by document, in order.
pub fn documents(sentences: &[Sentence]) -> Vec<&[Sentence]> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < sentences.len() {
        let end = start + sentences[start..].iter().take_while(|s| s.doc == sentences[start].doc).count();
        out.push(&sentences[start..end]);
        start = end;
    }
    out
}

/// Every `every`-th document of a training split (by document, so that the
/// document features see whole documents): the slice on which the epoch is
/// chosen and the confidence temperature fitted, leaving the dev split for
/// reporting only. Returns (the rest for training, the held-out slice).
pub fn hold_out(sentences: Vec<Sentence>, every: usize) -> (Vec<Sentence>, Vec<Sentence>) {
    let every = every.max(2);
    let mut ordinal = 0usize;
    let mut previous = None;
    sentences.into_iter().partition(|s| {
        if previous != Some(s.doc) {
            previous = Some(s.doc);
            ordinal += 1;
        }
        !ordinal.is_multiple_of(every)
    })
}

/// Our convention: a country is a place even where it acts ("Rusia ha dicho…").
/// CoNLL-2002 tags such countries ORG; mentions whose whole text is a country
/// name in `countries` (lower case) are retagged LOC. Returns how many.
pub fn countries_as_places(sentences: &mut [Sentence], countries: &std::collections::HashSet<String>) -> usize {
    let mut changed = 0;
    for sentence in sentences {
        let mut i = 0;
        while i < sentence.tags.len() {
            if sentence.tags[i] != "B-ORG" {
                i += 1;
                continue;
            }
            let end = i + 1 + sentence.tags[i + 1..].iter().take_while(|t| *t == "I-ORG").count();
            let name = sentence.words[i..end].join(" ").to_lowercase();
            if countries.contains(&name) {
                sentence.tags[i] = "B-LOC".into();
                sentence.tags[i + 1..end].iter_mut().for_each(|t| *t = "I-LOC".into());
                changed += 1;
            }
            i = end;
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tenth_document_is_held_out_whole() {
        let sentences: Vec<Sentence> =
            (0..100).map(|i| Sentence { words: vec![i.to_string()], tags: vec!["O".into()], doc: i / 4 }).collect();
        let (train, held) = hold_out(sentences, 10);
        let held_docs: Vec<usize> = held.iter().map(|s| s.doc).collect();
        assert_eq!(held_docs, [9, 9, 9, 9, 19, 19, 19, 19], "documents 10 and 20 of 25, each whole");
        assert_eq!(train.len(), 92);
        assert!(train.iter().all(|s| s.doc % 10 != 9));
    }
}
