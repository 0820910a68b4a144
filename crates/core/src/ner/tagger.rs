//! Decoding: Viterbi for the best IOB2 tag sequence, forward-backward for each
//! tag's marginal probability (a mention's confidence). Both are linear in
//! sentence length, so very long sentences cost time in proportion.

use super::features::{DocumentContext, SentenceView};
use super::labels::{EntityType, Labels, Tag};
use super::model::Model;

/// A mention over tokens `start..end` of a sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: EntityType,
    /// Mean marginal probability of the mention's tags, 0..1.
    pub confidence: f32,
}

pub struct Tagger<'m> {
    model: &'m Model,
    features: Vec<u64>,
    emissions: Vec<f32>,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Self {
        Tagger { model, features: Vec::with_capacity(64), emissions: Vec::new() }
    }

    /// The mentions in one sentence, given its token texts, read alone.
    pub fn tag<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) -> Vec<Mention> {
        let words: Vec<&str> = words.into_iter().collect();
        let document = DocumentContext::new([words.iter().copied()]);
        self.tag_in(words, &document)
    }

    /// The mentions in one sentence of a document (`document`: how the
    /// document writes its words elsewhere).
    pub fn tag_in<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, document: &DocumentContext) -> Vec<Mention> {
        let model = self.model;
        let sentence = SentenceView::new(words, &model.gazetteer, &model.clusters, document);
        let n = sentence.len();
        let l = self.model.labels.len();
        if n == 0 {
            return Vec::new();
        }
        self.emissions.clear();
        self.emissions.resize(n * l, 0.0);
        for i in 0..n {
            self.features.clear();
            sentence.features(i, &mut self.features);
            self.model.add_emissions(&self.features, &mut self.emissions[i * l..(i + 1) * l]);
        }
        let tags = viterbi(&self.model.labels, &self.emissions, &self.model.transitions);
        let marginals = marginals(&self.model.labels, &self.emissions, &self.model.transitions, self.model.temperature);
        let mut mentions: Vec<Mention> = spans(&self.model.labels, &tags)
            .into_iter()
            .map(|(start, end, label)| {
                let confidence = (start..end).map(|i| marginals[i * l + tags[i]]).sum::<f32>() / (end - start) as f32;
                Mention { start, end, label, confidence }
            })
            .collect();
        super::cleanup::tidy(sentence.words(), &mut mentions, &sentence);
        mentions
    }
}

/// The best tag sequence under IOB2 constraints. `emissions` is n × L,
/// `transitions` is (L + 1) × L with row 0 for the sentence start.
pub fn viterbi(labels: &Labels, emissions: &[f32], transitions: &[f32]) -> Vec<usize> {
    let l = labels.len();
    let n = emissions.len() / l;
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![f32::NEG_INFINITY; n * l];
    let mut back = vec![0usize; n * l];
    for j in 0..l {
        if labels.allowed(None, j) {
            score[j] = transitions[j] + emissions[j];
        }
    }
    for i in 1..n {
        for j in 0..l {
            let mut best = (f32::NEG_INFINITY, 0);
            for k in 0..l {
                if labels.allowed(Some(k), j) {
                    let s = score[(i - 1) * l + k] + transitions[(1 + k) * l + j];
                    if s > best.0 {
                        best = (s, k);
                    }
                }
            }
            score[i * l + j] = best.0 + emissions[i * l + j];
            back[i * l + j] = best.1;
        }
    }
    let last = &score[(n - 1) * l..];
    let mut tag = (0..l).max_by(|&a, &b| last[a].total_cmp(&last[b])).unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = tag;
        tag = back[i * l + tag];
    }
    tags
}

/// Marginal probability of each tag at each position (n × L), by scaled
/// forward-backward over scores divided by `temperature` (fitted on dev data
/// so that confidences are calibrated). Working in probabilities with a
/// per-position scale needs L exponentials per token instead of L².
fn marginals(labels: &Labels, emissions: &[f32], transitions: &[f32], temperature: f32) -> Vec<f32> {
    let l = labels.len();
    let n = emissions.len() / l;
    let t = f64::from(temperature.max(1e-3));
    // exp(transition / t), 0 where IOB2 forbids the move; row 0 is the sentence start.
    let trans: Vec<f64> = (0..(l + 1) * l)
        .map(|i| {
            let (from, to) = (i / l, i % l);
            let from = from.checked_sub(1);
            if labels.allowed(from, to) {
                (f64::from(transitions[i]) / t).exp()
            } else {
                0.0
            }
        })
        .collect();
    // exp((emission − max) / t) per position: the max keeps it in range.
    let mut emit = vec![0.0f64; n * l];
    for i in 0..n {
        let row = &emissions[i * l..(i + 1) * l];
        let max = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        for j in 0..l {
            emit[i * l + j] = (f64::from(row[j] - max) / t).exp();
        }
    }
    let mut alpha = vec![0.0f64; n * l];
    let mut beta = vec![1.0f64; n * l];
    let normalize = |v: &mut [f64]| {
        let sum: f64 = v.iter().sum();
        if sum > 0.0 && sum.is_finite() {
            v.iter_mut().for_each(|x| *x /= sum);
        }
    };
    for j in 0..l {
        alpha[j] = trans[j] * emit[j];
    }
    normalize(&mut alpha[..l]);
    for i in 1..n {
        for j in 0..l {
            let mut sum = 0.0;
            for k in 0..l {
                sum += alpha[(i - 1) * l + k] * trans[(1 + k) * l + j];
            }
            alpha[i * l + j] = sum * emit[i * l + j];
        }
        normalize(&mut alpha[i * l..(i + 1) * l]);
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for k in 0..l {
            let mut sum = 0.0;
            for j in 0..l {
                sum += trans[(1 + k) * l + j] * emit[(i + 1) * l + j] * beta[(i + 1) * l + j];
            }
            beta[i * l + k] = sum;
        }
        normalize(&mut beta[i * l..(i + 1) * l]);
    }
    let mut out = vec![0.0f32; n * l];
    for i in 0..n {
        let mut cell: Vec<f64> = (0..l).map(|j| alpha[i * l + j] * beta[i * l + j]).collect();
        normalize(&mut cell);
        for j in 0..l {
            out[i * l + j] = (cell[j] as f32).clamp(0.0, 1.0);
        }
    }
    out
}

/// Token ranges and types of the entities in an IOB2 tag sequence.
pub fn spans(labels: &Labels, tags: &[usize]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        match labels.tag(tag) {
            Tag::Inside(t) if open.is_some_and(|(_, u)| u == t) => {}
            tag => {
                if let Some((start, t)) = open.take() {
                    out.push((start, i, t));
                }
                if let Tag::Begin(t) | Tag::Inside(t) = tag {
                    open = Some((i, t));
                }
            }
        }
    }
    if let Some((start, t)) = open {
        out.push((start, tags.len(), t));
    }
    out
}
