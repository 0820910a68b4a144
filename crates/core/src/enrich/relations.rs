//! Co-occurrence of entities within a sentence: one relation per pair, its
//! weight the number of sentences they share, with those sentences as evidence.

use crate::mention::Mention;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    /// Entity ids, the smaller first.
    pub a: u32,
    pub b: u32,
    /// Sentences in which both appear.
    pub weight: u32,
    /// Indices into `Document::sentences`, at most [`MAX_EVIDENCE`].
    pub sentences: Vec<usize>,
}

pub const MAX_EVIDENCE: usize = 20;
/// A sentence naming more entities than this is a list (a table, a lineup):
/// only its first ones are paired, so a huge list cannot cost a square.
const MAX_ENTITIES_PER_SENTENCE: usize = 24;

pub fn find_relations(sentences: &[Span], mentions: &[Mention]) -> Vec<Relation> {
    let mut pairs: HashMap<(u32, u32), Relation> = HashMap::new();
    let mut m = 0;
    for (s, sentence) in sentences.iter().enumerate() {
        let mut present: Vec<u32> = Vec::new();
        while m < mentions.len() && mentions[m].span.start < sentence.end {
            if mentions[m].span.start >= sentence.start {
                if let Some(e) = mentions[m].entity {
                    if !present.contains(&e) && present.len() < MAX_ENTITIES_PER_SENTENCE {
                        present.push(e);
                    }
                }
            }
            m += 1;
        }
        for (i, &x) in present.iter().enumerate() {
            for &y in &present[i + 1..] {
                let (a, b) = (x.min(y), x.max(y));
                let relation =
                    pairs.entry((a, b)).or_insert_with(|| Relation { a, b, weight: 0, sentences: Vec::new() });
                relation.weight += 1;
                if relation.sentences.len() < MAX_EVIDENCE {
                    relation.sentences.push(s);
                }
            }
        }
    }
    let mut relations: Vec<Relation> = pairs.into_values().collect();
    relations.sort_by(|x, y| y.weight.cmp(&x.weight).then(x.a.cmp(&y.a)).then(x.b.cmp(&y.b)));
    relations
}
