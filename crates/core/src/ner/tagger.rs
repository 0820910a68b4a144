//! Decoding: Viterbi for the best IOB2 tag sequence, forward-backward for each
//! tag's marginal probability (a mention's confidence). Both are linear in
//! sentence length, so very long sentences cost time in proportion.

use super::features::SentenceView;
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

    /// The mentions in one sentence, given its token texts.
    pub fn tag<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) -> Vec<Mention> {
        let sentence = SentenceView::new(words, &self.model.gazetteer);
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
        spans(&self.model.labels, &tags)
            .into_iter()
            .map(|(start, end, label)| {
                let confidence = (start..end).map(|i| marginals[i * l + tags[i]]).sum::<f32>() / (end - start) as f32;
                Mention { start, end, label, confidence }
            })
            .collect()
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

/// Marginal probability of each tag at each position (n × L), by forward-backward
/// in log space over scores divided by `temperature` (fitted on dev data so that
/// confidences are calibrated).
fn marginals(labels: &Labels, emissions: &[f32], transitions: &[f32], temperature: f32) -> Vec<f32> {
    let l = labels.len();
    let n = emissions.len() / l;
    let t = f64::from(temperature.max(1e-3));
    let emissions: Vec<f64> = emissions.iter().map(|&e| f64::from(e) / t).collect();
    let trans = |from: Option<usize>, to: usize| {
        if labels.allowed(from, to) {
            f64::from(transitions[from.map_or(0, |k| 1 + k) * l + to]) / t
        } else {
            f64::NEG_INFINITY
        }
    };
    let mut alpha = vec![f64::NEG_INFINITY; n * l];
    let mut beta = vec![0.0f64; n * l];
    for j in 0..l {
        alpha[j] = trans(None, j) + emissions[j];
    }
    let mut terms = vec![0.0f64; l];
    for i in 1..n {
        for j in 0..l {
            for k in 0..l {
                terms[k] = alpha[(i - 1) * l + k] + trans(Some(k), j);
            }
            alpha[i * l + j] = log_sum_exp(&terms) + emissions[i * l + j];
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        for k in 0..l {
            for j in 0..l {
                terms[j] = trans(Some(k), j) + emissions[(i + 1) * l + j] + beta[(i + 1) * l + j];
            }
            beta[i * l + k] = log_sum_exp(&terms);
        }
    }
    let z = log_sum_exp(&alpha[(n - 1) * l..]);
    alpha
        .iter()
        .zip(&beta)
        .map(|(a, b)| if z.is_finite() { ((a + b - z).exp() as f32).clamp(0.0, 1.0) } else { 0.0 })
        .collect()
}

fn log_sum_exp(values: &[f64]) -> f64 {
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        return max;
    }
    max + values.iter().map(|v| (v - max).exp()).sum::<f64>().ln()
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
