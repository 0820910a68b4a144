//! Structured averaged perceptron over the core's features, decoded with the
//! core's Viterbi, so training and inference agree by construction.

use crate::corpus::{documents, Sentence};
use crate::eval::gold_tags;
use gleaner_core::ner::features::SentenceView;
use gleaner_core::ner::tagger::viterbi;
use gleaner_core::ner::{DocumentContext, Gazetteer, Labels, Model, Weights, WordClusters};

/// A sentence as bucket indices per token and gold tag indices.
pub struct Example {
    features: Vec<Vec<u32>>,
    gold: Vec<usize>,
    /// Partially labelled (WikiANN, UNER: no MISC): an O there may be MISC, so
    /// the target is the best path that agrees with the labels given.
    partial: bool,
    /// How much a mistake on it moves the weights: 1 for gold data, less for silver.
    weight: f32,
}

pub fn prepare(
    sentences: &[Sentence],
    labels: &Labels,
    gazetteer: &Gazetteer,
    clusters: &WordClusters,
    bucket_bits: u32,
    partial: bool,
    weight: f32,
) -> Vec<Example> {
    let mask = (1u64 << bucket_bits) - 1;
    let mut hashes = Vec::new();
    let mut examples = Vec::with_capacity(sentences.len());
    for document in documents(sentences) {
        let context = DocumentContext::new(document.iter().map(|s| s.words.iter().map(String::as_str)));
        for s in document {
            let view = SentenceView::new(s.words.iter().map(String::as_str), gazetteer, clusters, &context);
            let features = (0..view.len())
                .map(|i| {
                    hashes.clear();
                    view.features(i, &mut hashes);
                    hashes.iter().map(|h| (h & mask) as u32).collect()
                })
                .collect();
            examples.push(Example { features, gold: gold_tags(labels, s), partial, weight });
        }
    }
    examples
}

/// Drops features seen fewer than `min_count` times in `examples`: one-off
/// features fit noise and crowd the hash table.
pub fn prune_rare(examples: &mut [Example], bucket_bits: u32, min_count: u32) {
    let mut counts = vec![0u32; 1 << bucket_bits];
    for f in examples.iter().flat_map(|e| e.features.iter().flatten()) {
        counts[*f as usize] = counts[*f as usize].saturating_add(1);
    }
    for features in examples.iter_mut().flat_map(|e| e.features.iter_mut()) {
        features.retain(|f| counts[*f as usize] >= min_count);
    }
}

pub struct Perceptron {
    labels: Labels,
    bucket_bits: u32,
    weights: Vec<f32>,
    /// Sum of step × update, for averaging without touching every weight each step.
    accumulated: Vec<f32>,
    transitions: Vec<f32>,
    accumulated_transitions: Vec<f32>,
    step: f32,
}

impl Perceptron {
    pub fn new(labels: Labels, bucket_bits: u32) -> Self {
        let l = labels.len();
        Perceptron {
            weights: vec![0.0; (1 << bucket_bits) * l],
            accumulated: vec![0.0; (1 << bucket_bits) * l],
            transitions: vec![0.0; (l + 1) * l],
            accumulated_transitions: vec![0.0; (l + 1) * l],
            step: 1.0,
            labels,
            bucket_bits,
        }
    }

    fn emissions(&self, example: &Example) -> Vec<f32> {
        let l = self.labels.len();
        let mut out = vec![0.0; example.features.len() * l];
        for (i, features) in example.features.iter().enumerate() {
            let scores = &mut out[i * l..(i + 1) * l];
            for &f in features {
                let row = &self.weights[f as usize * l..(f as usize + 1) * l];
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        out
    }

    /// One pass over `examples` in the given order; returns the number of sentences with mistakes.
    pub fn epoch(&mut self, examples: &[Example], order: &[usize]) -> usize {
        let l = self.labels.len();
        let mut mistakes = 0;
        for &e in order {
            let example = &examples[e];
            let emissions = self.emissions(example);
            let predicted = viterbi(&self.labels, &emissions, &self.transitions);
            let target = if example.partial { self.latent_target(example, &emissions) } else { example.gold.clone() };
            let (features, weight) = (&example.features, example.weight);
            if predicted != target {
                mistakes += 1;
                let step = self.step * weight;
                for (i, features) in features.iter().enumerate() {
                    let (gold, guess) = (target[i], predicted[i]);
                    if gold != guess {
                        for &f in features {
                            let row = f as usize * l;
                            self.weights[row + gold] += weight;
                            self.accumulated[row + gold] += step;
                            self.weights[row + guess] -= weight;
                            self.accumulated[row + guess] -= step;
                        }
                    }
                    let from = |tags: &[usize]| if i == 0 { 0 } else { 1 + tags[i - 1] };
                    let (gold_from, guess_from) = (from(&target), from(&predicted));
                    if (gold_from, gold) != (guess_from, guess) {
                        self.transitions[gold_from * l + gold] += weight;
                        self.accumulated_transitions[gold_from * l + gold] += step;
                        self.transitions[guess_from * l + guess] -= weight;
                        self.accumulated_transitions[guess_from * l + guess] -= step;
                    }
                }
            }
            self.step += 1.0;
        }
        mistakes
    }

    /// The best path under the current weights among those that keep every
    /// given entity tag and let each O be O or MISC.
    fn latent_target(&self, example: &Example, emissions: &[f32]) -> Vec<usize> {
        let l = self.labels.len();
        let misc = [self.labels.index_of("B-MISC"), self.labels.index_of("I-MISC")];
        let mut constrained = emissions.to_vec();
        for (i, &gold) in example.gold.iter().enumerate() {
            for j in 0..l {
                let allowed = j == gold || (gold == 0 && misc.contains(&Some(j)));
                if !allowed {
                    constrained[i * l + j] = f32::NEG_INFINITY;
                }
            }
        }
        viterbi(&self.labels, &constrained, &self.transitions)
    }

    /// The averaged weights as a runtime model, emission weights quantized to i8.
    pub fn to_model(&self, language: [u8; 2], gazetteer: &Gazetteer, clusters: &WordClusters) -> Model {
        let average =
            |w: &[f32], acc: &[f32]| -> Vec<f32> { w.iter().zip(acc).map(|(w, a)| w - a / self.step).collect() };
        let weights = average(&self.weights, &self.accumulated);
        let transitions = average(&self.transitions, &self.accumulated_transitions);
        // Scale to the 99.99th percentile of magnitudes: the rare larger weights clamp,
        // the many small ones keep their resolution.
        let mut magnitudes: Vec<f32> = weights.iter().map(|w| w.abs()).filter(|w| *w > 0.0).collect();
        let cut = if magnitudes.is_empty() {
            1.0
        } else {
            let k = ((magnitudes.len() as f64) * 0.9999) as usize;
            let k = k.min(magnitudes.len() - 1);
            *magnitudes.select_nth_unstable_by(k, f32::total_cmp).1
        };
        let scale = (cut / 127.0).max(f32::MIN_POSITIVE);
        let quantized: Vec<i8> = weights.iter().map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8).collect();
        Model {
            language,
            labels: self.labels.clone(),
            bucket_bits: self.bucket_bits,
            scale,
            temperature: 1.0,
            weights: Weights::from_dense(&quantized, self.labels.len()),
            transitions,
            gazetteer: gazetteer.clone(),
            clusters: clusters.clone(),
        }
    }
}

/// A deterministic shuffle (xorshift), so training runs repeat exactly.
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed.max(1);
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}
