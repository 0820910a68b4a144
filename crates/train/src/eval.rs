//! conlleval semantics: a mention counts only with its exact span and type.

use crate::corpus::Sentence;
use gleaner_core::ner::consistency::{settle_document, SentenceMentions};
use gleaner_core::ner::{EntityType, Labels, Model, Tagger};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Default, Debug)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

#[derive(Default, Debug)]
pub struct Scores {
    pub per_type: BTreeMap<EntityType, Counts>,
    pub total: Counts,
}

/// Gold spans of a sentence, with types outside `labels` dropped (e.g. MISC for a 3-type model).
pub fn gold_spans(labels: &Labels, sentence: &Sentence) -> Vec<(usize, usize, EntityType)> {
    gleaner_core::ner::tagger::spans(labels, &gold_tags(labels, sentence))
}

/// A sentence's gold tag indices in `labels`. Types the set lacks (MISC in a
/// 3-type set) become O, and an I- that no longer follows its B- becomes B-,
/// as conlleval reads it.
pub fn gold_tags(labels: &Labels, sentence: &Sentence) -> Vec<usize> {
    let tags: Vec<usize> = sentence.tags.iter().map(|t| labels.index_of(t).unwrap_or(0)).collect();
    (0..tags.len())
        .map(|i| {
            let previous = if i == 0 { None } else { Some(tags[i - 1]) };
            if labels.allowed(previous, tags[i]) {
                tags[i]
            } else {
                tags[i] - 1
            }
        })
        .collect()
}

/// Tags each sentence, then settles each document as the product does
/// (`Document::tag`).
fn predict(model: &Model, sentences: &[Sentence]) -> Vec<Vec<(usize, usize, EntityType)>> {
    let mut tagger = Tagger::new(model);
    let mut found: Vec<SentenceMentions> = sentences
        .iter()
        .map(|s| {
            let mentions = tagger.tag(s.words.iter().map(String::as_str));
            mentions.into_iter().map(|m| (m.start, m.end, m.label, m.confidence)).collect()
        })
        .collect();
    let mut start = 0;
    while start < sentences.len() {
        let end = start + sentences[start..].iter().take_while(|s| s.doc == sentences[start].doc).count();
        let words: Vec<Vec<&str>> =
            sentences[start..end].iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        settle_document(&words, &mut found[start..end]);
        start = end;
    }
    found.into_iter().map(|ms| ms.into_iter().map(|(a, b, t, _)| (a, b, t)).collect()).collect()
}

pub fn evaluate(model: &Model, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for t in &model.labels.types {
        scores.per_type.insert(*t, Counts::default());
    }
    for (sentence, predicted) in sentences.iter().zip(predict(model, sentences)) {
        let gold = gold_spans(&model.labels, sentence);
        for p in &predicted {
            let c = scores.per_type.entry(p.2).or_default();
            if gold.contains(p) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for g in &gold {
            if !predicted.contains(g) {
                scores.per_type.entry(g.2).or_default().fn_ += 1;
            }
        }
    }
    for c in scores.per_type.values() {
        scores.total.tp += c.tp;
        scores.total.fp += c.fp;
        scores.total.fn_ += c.fn_;
    }
    scores
}

pub fn print_scores(split: &str, scores: &Scores) {
    println!("{split}");
    println!("  {:<6} {:>9} {:>9} {:>9} {:>7}", "type", "precision", "recall", "F1", "gold");
    for (t, c) in &scores.per_type {
        println!("  {:<6} {:>9.2} {:>9.2} {:>9.2} {:>7}", t.as_str(), c.precision(), c.recall(), c.f1(), c.tp + c.fn_);
    }
    let c = scores.total;
    println!("  {:<6} {:>9.2} {:>9.2} {:>9.2} {:>7}", "micro", c.precision(), c.recall(), c.f1(), c.tp + c.fn_);
}

/// The temperature whose mention confidences best predict whether a mention
/// is right (lowest log loss on `sentences`).
pub fn fit_temperature(model: &Model, sentences: &[Sentence]) -> (f32, f64) {
    let mut best = (1.0f32, f64::INFINITY);
    for t in [1.0f32, 2.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0] {
        let mut candidate = model.clone();
        candidate.temperature = t;
        let mut tagger = Tagger::new(&candidate);
        let (mut loss, mut n) = (0.0f64, 0usize);
        for sentence in sentences {
            let gold = gold_spans(&candidate.labels, sentence);
            for m in tagger.tag(sentence.words.iter().map(String::as_str)) {
                let p = f64::from(m.confidence).clamp(1e-4, 1.0 - 1e-4);
                let right = gold.contains(&(m.start, m.end, m.label));
                loss -= if right { p.ln() } else { (1.0 - p).ln() };
                n += 1;
            }
        }
        let loss = loss / n.max(1) as f64;
        if loss < best.1 {
            best = (t, loss);
        }
    }
    best
}
