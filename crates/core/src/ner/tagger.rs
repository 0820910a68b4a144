//! Decoding: Viterbi for the best IOB2 tag sequence, forward-backward for each
//! tag's marginal probability (a mention's confidence). Both are linear in
//! sentence length, so very long sentences cost time in proportion.

use super::features::{DocumentContext, SentenceView, WordTable, NEIGHBOURS};
use super::labels::{EntityType, Labels, Mention, Tag};
use super::model::{Model, RowSums, MAX_LABELS};

/// Forms kept before the table starts afresh: memory stays bounded (about
/// 25 MB) however many documents one tagger reads.
const MAX_FORMS: usize = 1 << 16;

/// The weight rows a form's features add up to: its own, and those it gives
/// each of its [`NEIGHBOURS`]. Most of a token's features depend on one word
/// alone, so a repeated word costs a few additions instead of ~30 hashes and
/// table reads.
#[derive(Clone, Copy)]
struct FormRows {
    own: RowSums,
    around: [RowSums; NEIGHBOURS.len()],
}

/// Tags sentences with one model. Keep one for a document or many: it
/// remembers the word forms it has read (see [`FormRows`]).
pub struct Tagger<'m> {
    model: &'m Model,
    features: Vec<u64>,
    emissions: Vec<f32>,
    forms: WordTable,
    /// Per form of `forms`, by id.
    rows: Vec<FormRows>,
    /// What the sentence's edge gives each of its neighbours.
    edge: [RowSums; NEIGHBOURS.len()],
    /// exp(transition / temperature) for the marginals, 0 where IOB2 forbids the move.
    transition_odds: Vec<f64>,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Self {
        let mut features = Vec::with_capacity(64);
        let forms = WordTable::default();
        let edge = neighbour_rows(model, &forms, None, &mut features);
        let transition_odds = transition_odds(&model.labels, &model.transitions, model.temperature);
        Tagger { model, features, emissions: Vec::new(), forms, rows: Vec::new(), edge, transition_odds }
    }

    /// The model this tagger tags with.
    pub fn model(&self) -> &'m Model {
        self.model
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
        let l = model.labels.len();
        let words: Vec<&str> = words.into_iter().collect();
        if words.is_empty() {
            return Vec::new();
        }
        let ids = self.add_forms(&words);
        let sentence = SentenceView::in_table(words, ids, &self.forms, &model.gazetteer, document);
        fill_emissions(model, &sentence, &self.rows, &self.edge, &mut self.features, &mut self.emissions);
        let tags = viterbi(&model.labels, &self.emissions, &model.transitions);
        let spans = spans(&model.labels, &tags);
        if spans.is_empty() {
            return Vec::new(); // no confidence to compute
        }
        let marginals = marginals(&model.labels, &self.emissions, &self.transition_odds, model.temperature);
        let mut mentions: Vec<Mention> = spans
            .into_iter()
            .map(|(start, end, label)| {
                let confidence = (start..end).map(|i| marginals[i * l + tags[i]]).sum::<f32>() / (end - start) as f32;
                Mention { start, end, label, confidence }
            })
            .collect();
        super::cleanup::tidy(sentence.words(), &mut mentions, &sentence);
        mentions
    }

    /// The ids of `words` in `self.forms`, with the rows of forms not seen before summed.
    fn add_forms(&mut self, words: &[&str]) -> Vec<u32> {
        let model = self.model;
        if self.forms.len() > MAX_FORMS {
            self.forms.clear();
            self.rows.clear();
        }
        let ids = self.forms.add(words, &model.clusters);
        while self.rows.len() < self.forms.len() {
            let id = self.rows.len() as u32;
            let mut own = [0; MAX_LABELS];
            self.features.clear();
            self.forms.word_features(id, &mut self.features);
            model.add_rows(&self.features, &mut own);
            let around = neighbour_rows(model, &self.forms, Some(id), &mut self.features);
            self.rows.push(FormRows { own, around });
        }
        ids
    }
}

/// The weight rows form `id` (`None`: the sentence's edge) gives each of its [`NEIGHBOURS`].
fn neighbour_rows(
    model: &Model,
    forms: &WordTable,
    id: Option<u32>,
    features: &mut Vec<u64>,
) -> [RowSums; NEIGHBOURS.len()] {
    let mut rows = [[0; MAX_LABELS]; NEIGHBOURS.len()];
    for (sums, offset) in rows.iter_mut().zip(NEIGHBOURS) {
        features.clear();
        forms.neighbour_features(id, offset, features);
        model.add_rows(features, sums);
    }
    rows
}

/// Each token's emission scores (n × labels, into `emissions`): its form's
/// rows, its neighbours' (or the edge's), and its place's features.
fn fill_emissions(
    model: &Model,
    sentence: &SentenceView,
    rows: &[FormRows],
    edge: &[RowSums; NEIGHBOURS.len()],
    features: &mut Vec<u64>,
    emissions: &mut Vec<f32>,
) {
    let l = model.labels.len();
    emissions.clear();
    emissions.resize(sentence.len() * l, 0.0);
    for i in 0..sentence.len() {
        let mut sums = rows[sentence.id(i) as usize].own;
        for (k, offset) in NEIGHBOURS.into_iter().enumerate() {
            let part = match sentence.neighbour_id(i, offset) {
                Some(id) => &rows[id as usize].around[k],
                None => &edge[k],
            };
            sums.iter_mut().zip(part).for_each(|(s, p)| *s += p);
        }
        features.clear();
        sentence.place_features(i, features);
        model.add_rows(features, &mut sums);
        model.add_scores(&sums, &mut emissions[i * l..(i + 1) * l]);
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

/// exp(transition / temperature), 0 where IOB2 forbids the move; row 0 is the
/// sentence start. A model's are computed once, by its [`Tagger`].
fn transition_odds(labels: &Labels, transitions: &[f32], temperature: f32) -> Vec<f64> {
    let l = labels.len();
    let t = f64::from(temperature.max(1e-3));
    (0..(l + 1) * l)
        .map(|i| {
            let (from, to) = (i / l, i % l);
            let from = from.checked_sub(1);
            if labels.allowed(from, to) {
                (f64::from(transitions[i]) / t).exp()
            } else {
                0.0
            }
        })
        .collect()
}

/// Marginal probability of each tag at each position (n × L), by scaled
/// forward-backward over scores divided by `temperature` (fitted on dev data
/// so that confidences are calibrated); `trans` from [`transition_odds`].
/// Working in probabilities with a per-position scale needs L exponentials per
/// token instead of L².
fn marginals(labels: &Labels, emissions: &[f32], trans: &[f64], temperature: f32) -> Vec<f32> {
    let l = labels.len();
    let n = emissions.len() / l;
    let t = f64::from(temperature.max(1e-3));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::{Gazetteer, Weights, WordClusters};

    /// A model with weights that vary from row to row, a name list and clusters.
    fn model() -> Model {
        let labels = Labels::new(EntityType::ALL.to_vec());
        let n = labels.len();
        Model {
            language: *b"en",
            bucket_bits: 10,
            scale: 0.25,
            temperature: 3.0,
            weights: Weights::from_dense(&(0..(1024 * n)).map(|i| ((i * 7919) % 255) as i8).collect::<Vec<_>>(), n),
            transitions: (0..(n + 1) * n).map(|i| (i % 5) as f32 - 2.0).collect(),
            gazetteer: Gazetteer::build([("Caracas", 3), ("Nicolás", 0), ("New York", 3), ("Maduro", 1)]),
            clusters: WordClusters::build([("caracas", "0110"), ("said", "10"), ("maduro", "0111011")], true),
            labels,
        }
    }

    /// The tagger sums each form's own and neighbour features once and reuses
    /// the sums; that must give exactly the scores of every feature summed per token.
    #[test]
    fn emissions_from_form_sums_equal_those_from_every_feature() {
        let model = model();
        let sentences: Vec<Vec<&str>> = vec![
            vec!["Nicolás", "Maduro", "said", "in", "Caracas", "on", "Monday", "."],
            vec!["Maduro"],
            vec!["In", "New", "York", ",", "Maduro", "said", "1,000", "times", "said", "."],
            vec!["MADURO", "SAID", "IN", "CARACAS"],
            vec!["", "¿", "Díaz-Canel", "?", "🙂"],
        ];
        let document = DocumentContext::new(sentences.iter().map(|s| s.iter().copied()));
        let mut tagger = Tagger::new(&model);
        let l = model.labels.len();
        for words in &sentences {
            let ids = tagger.add_forms(words);
            let sentence = SentenceView::in_table(words.clone(), ids, &tagger.forms, &model.gazetteer, &document);
            fill_emissions(&model, &sentence, &tagger.rows, &tagger.edge, &mut tagger.features, &mut tagger.emissions);
            let alone = SentenceView::new(words.iter().copied(), &model.gazetteer, &model.clusters, &document);
            for i in 0..words.len() {
                let mut features = Vec::new();
                alone.features(i, &mut features);
                let mut expected = vec![0.0; l];
                model.add_emissions(&features, &mut expected);
                assert_eq!(tagger.emissions[i * l..(i + 1) * l], expected, "token {i} of {words:?}");
            }
        }
        assert!(tagger.forms.len() < sentences.iter().map(Vec::len).sum::<usize>(), "repeated forms are kept once");
    }
}
