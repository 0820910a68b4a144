//! One name, one type, within a document: a sentence-by-sentence tagger may call
//! "Maduro" a person in one sentence and a place in the next. Each mention's
//! type becomes the confidence-weighted majority over the mentions that share
//! its words, and a lone surname follows the full name it belongs to
//! ("Nicolás Maduro" … "Maduro").

use super::labels::EntityType;
use rustc_hash::FxHashMap as HashMap;

/// Mentions of one document, in order: their words and tagger output.
pub struct Candidate<'w> {
    pub words: Vec<&'w str>,
    pub label: EntityType,
    pub confidence: f32,
}

/// The harmonized type of each candidate.
pub fn harmonize(candidates: &[Candidate]) -> Vec<EntityType> {
    let key = |words: &[&str]| words.join(" ");
    let mut votes: HashMap<String, [f32; 4]> = HashMap::default();
    for c in candidates {
        let slot = EntityType::ALL.iter().position(|t| *t == c.label).unwrap_or(0);
        votes.entry(key(&c.words)).or_default()[slot] += c.confidence.max(0.01);
    }
    // Last words of multi-word person names: a lone mention of one is that person.
    let mut surnames: HashMap<&str, f32> = HashMap::default();
    for c in candidates.iter().filter(|c| c.label == EntityType::PER && c.words.len() > 1) {
        if let Some(last) = c.words.last() {
            *surnames.entry(last).or_default() += c.confidence;
        }
    }
    candidates
        .iter()
        .map(|c| {
            if c.words.len() == 1 && surnames.get(c.words[0]).is_some_and(|w| *w >= 0.5) {
                return EntityType::PER;
            }
            let tally = votes.get(&key(&c.words)).copied().unwrap_or_default();
            let best = (0..4).max_by(|&a, &b| tally[a].total_cmp(&tally[b])).unwrap_or(0);
            if tally[best] > 0.0 {
                EntityType::ALL[best]
            } else {
                c.label
            }
        })
        .collect()
}

/// Occurrences the tagger missed of names it found elsewhere in the document:
/// for each sentence (its words and its mentions as token ranges with types),
/// the new mentions `(sentence, start, end, type, confidence)`. Only names
/// written with capitals and found with some confidence are spread.
pub fn propagate(
    sentences: &[Vec<&str>],
    mentions: &[Vec<(usize, usize, EntityType, f32)>],
) -> Vec<(usize, usize, usize, EntityType, f32)> {
    const MIN_CONFIDENCE: f32 = 0.6;
    let mut known: HashMap<Vec<&str>, (EntityType, f32)> = HashMap::default();
    let mut longest = 0;
    for (words, found) in sentences.iter().zip(mentions) {
        for &(start, end, label, confidence) in found {
            let name = &words[start..end];
            let capitalized = name.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()));
            if confidence >= MIN_CONFIDENCE && capitalized && name.iter().any(|w| w.chars().any(char::is_lowercase)) {
                let entry = known.entry(name.to_vec()).or_insert((label, 0.0));
                if entry.0 == label {
                    entry.1 = entry.1.max(confidence);
                }
                longest = longest.max(end - start);
            }
        }
    }
    let mut added = Vec::new();
    for (s, (words, found)) in sentences.iter().zip(mentions).enumerate() {
        let mut covered = vec![false; words.len()];
        for &(start, end, ..) in found {
            covered[start..end].iter_mut().for_each(|c| *c = true);
        }
        let mut i = 0;
        while i < words.len() {
            // Every known name starts with a capital or a digit.
            if !words[i].chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()) {
                i += 1;
                continue;
            }
            let hit = (1..=longest.min(words.len() - i)).rev().find_map(|len| {
                let free = !covered[i..i + len].iter().any(|c| *c);
                let bounded = i + len == words.len() || !covered[i + len];
                free.then(|| known.get(&words[i..i + len]).map(|k| (len, *k))).flatten().filter(|_| bounded)
            });
            match hit {
                Some((len, (label, confidence))) => {
                    added.push((s, i, i + len, label, confidence));
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    added
}

/// A sentence's mentions: token range within the sentence, type, confidence.
pub type SentenceMentions = Vec<(usize, usize, EntityType, f32)>;

/// The document-level pass the page, the CLI and the evaluation share: types
/// harmonized across the document, then missed occurrences added. `mentions`
/// has one list per sentence of `sentences`; each stays sorted by position.
pub fn settle_document(sentences: &[Vec<&str>], mentions: &mut [SentenceMentions]) {
    let candidates: Vec<Candidate> = sentences
        .iter()
        .zip(mentions.iter())
        .flat_map(|(words, found)| {
            found.iter().map(|&(start, end, label, confidence)| Candidate {
                words: words[start..end].to_vec(),
                label,
                confidence,
            })
        })
        .collect();
    let mut labels = harmonize(&candidates).into_iter();
    for mention in mentions.iter_mut().flatten() {
        mention.2 = labels.next().unwrap_or(mention.2);
    }
    for (s, start, end, label, confidence) in propagate(sentences, mentions) {
        mentions[s].push((start, end, label, confidence));
    }
    for found in mentions.iter_mut() {
        found.sort_by_key(|m| m.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missed_occurrences_of_found_names_are_added() {
        // Already tagged everywhere: nothing to add.
        let sentences = vec![vec!["Nicolás", "Maduro", "spoke", "."], vec!["Maduro", "left", "."]];
        let mentions = vec![vec![(0, 2, EntityType::PER, 0.9)], vec![(0, 1, EntityType::PER, 0.8)]];
        assert!(propagate(&sentences, &mentions).is_empty());
        // A low-confidence find is not spread.
        let sentences = vec![vec!["Caracas", "is", "hot", "."], vec!["In", "Caracas", "too", "."]];
        assert!(propagate(&sentences, &[vec![(0, 1, EntityType::LOC, 0.3)], vec![]]).is_empty());
        let sentences = vec![vec!["Caracas", "is", "hot", "."], vec!["In", "Caracas", "too", "."]];
        let mentions = vec![vec![(0, 1, EntityType::LOC, 0.9)], vec![]];
        assert_eq!(propagate(&sentences, &mentions), [(1, 1, 2, EntityType::LOC, 0.9)]);
    }

    fn c(words: &[&'static str], label: EntityType, confidence: f32) -> Candidate<'static> {
        Candidate { words: words.to_vec(), label, confidence }
    }

    #[test]
    fn surnames_follow_full_names_and_majorities_win() {
        let labels = harmonize(&[
            c(&["Nicolás", "Maduro"], EntityType::PER, 0.9),
            c(&["Maduro"], EntityType::LOC, 0.6),
            c(&["Kremlin"], EntityType::LOC, 0.5),
            c(&["Kremlin"], EntityType::ORG, 0.9),
            c(&["Kremlin"], EntityType::ORG, 0.8),
        ]);
        assert_eq!(labels, [EntityType::PER, EntityType::PER, EntityType::ORG, EntityType::ORG, EntityType::ORG]);
    }
}
