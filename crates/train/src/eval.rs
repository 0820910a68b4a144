//! conlleval semantics: a mention counts only with its exact span and type.

use crate::corpus::{documents, Sentence};
use gleaner_core::ner::consistency::{settle_document, SentenceMentions};
use gleaner_core::ner::{DocumentContext, EntityType, Labels, Model, Tagger};
use gleaner_core::{Document, Language};
use std::collections::{BTreeMap, HashMap};

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

/// Tags each sentence in its document, then settles each document as the
/// product does (`Document::tag`).
fn predict(model: &Model, sentences: &[Sentence]) -> Vec<Vec<(usize, usize, EntityType)>> {
    let mut tagger = Tagger::new(model);
    let mut out = Vec::with_capacity(sentences.len());
    for document in documents(sentences) {
        let words: Vec<Vec<&str>> = document.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let context = DocumentContext::new(words.iter().map(|w| w.iter().copied()));
        let mut found: Vec<SentenceMentions> = words
            .iter()
            .map(|w| {
                let mentions = tagger.tag_in(w.iter().copied(), &context);
                mentions.into_iter().map(|m| (m.start, m.end, m.label, m.confidence)).collect()
            })
            .collect();
        settle_document(&words, &mut found);
        out.extend(found.into_iter().map(|ms| ms.into_iter().map(|(a, b, t, _)| (a, b, t)).collect()));
    }
    out
}

/// Adds one sentence's predicted and gold spans to `scores`.
fn count<T: PartialEq + Copy>(scores: &mut Scores, predicted: &[(T, T, EntityType)], gold: &[(T, T, EntityType)]) {
    for p in predicted {
        let c = scores.per_type.entry(p.2).or_default();
        if gold.contains(p) {
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    for g in gold {
        if !predicted.contains(g) {
            scores.per_type.entry(g.2).or_default().fn_ += 1;
        }
    }
}

/// Recomputes the micro totals from the per-type counts.
pub fn totals(mut scores: Scores) -> Scores {
    scores.total = Counts::default();
    for c in scores.per_type.values() {
        scores.total.tp += c.tp;
        scores.total.fp += c.fp;
        scores.total.fn_ += c.fn_;
    }
    scores
}

/// Gold tokens: the model reads the corpus's own tokens and sentences.
pub fn evaluate(model: &Model, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for t in &model.labels.types {
        scores.per_type.insert(*t, Counts::default());
    }
    for (sentence, predicted) in sentences.iter().zip(predict(model, sentences)) {
        let gold = gold_spans(&model.labels, sentence);
        // With GLEANER_EVAL_ERRORS, the gold-token path's errors too, to set beside the raw text's.
        if std::env::var_os("GLEANER_EVAL_ERRORS").is_some() {
            let text = |a: usize, b: usize| sentence.words[a..b].join(" ");
            each_difference(&predicted, &gold, |what, t, a, b| {
                println!("GOLD-TOKENS {what} {} [{}]", t.as_str(), text(a, b));
            });
        }
        count(&mut scores, &predicted, &gold);
    }
    totals(scores)
}

/// A document's text as a reader would paste it: one line per sentence,
/// tokens joined by spaces except where punctuation attaches. Returns the text
/// and each token's byte range in it.
pub fn rebuild_text(document: &[Sentence]) -> (String, Vec<(usize, usize)>) {
    const NO_SPACE_BEFORE: &[&str] = &[
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "...",
        "”", "’",
    ];
    const NO_SPACE_AFTER: &[&str] = &["(", "[", "{", "¿", "¡", "“", "„", "‘"];
    let mut text = String::new();
    let mut offsets = Vec::new();
    for (n, sentence) in document.iter().enumerate() {
        if n > 0 {
            text.push('\n');
        }
        let mut open_quote = false;
        let mut glue_next = true;
        for word in &sentence.words {
            let closing_quote = word == "\"" && open_quote;
            if !glue_next && !NO_SPACE_BEFORE.contains(&word.as_str()) && !closing_quote {
                text.push(' ');
            }
            offsets.push((text.len(), text.len() + word.len()));
            text.push_str(word);
            glue_next = NO_SPACE_AFTER.contains(&word.as_str()) || (word == "\"" && !open_quote);
            if word == "\"" {
                open_quote = !open_quote;
            }
        }
    }
    (text, offsets)
}

/// The raw-text path, as a reader's text flows: each document rebuilt as text
/// ([`rebuild_text`]) and run through the whole pipeline (language id per
/// document and paragraph, segmentation, tagging with whichever model
/// `model_for` gives the language found, the document pass); the mentions are
/// mapped back to the gold tokens by offsets. Only `types` are scored (a
/// 3-type split ignores MISC); a mention whose edges fall inside a gold token
/// or across sentences is a false positive.
pub fn evaluate_raw<'m>(
    model_for: &dyn Fn(Language) -> Option<&'m Model>,
    sentences: &[Sentence],
    types: &[EntityType],
) -> Scores {
    let labels = Labels::new(types.to_vec());
    let mut scores = Scores::default();
    for t in types {
        scores.per_type.insert(*t, Counts::default());
    }
    for document in documents(sentences) {
        let (text, offsets) = rebuild_text(document);
        let mut analyzed = Document::analyze(text);
        analyzed.tag(model_for);
        // GLEANER_EVAL_NO_RESOLVE: the tagger's own mentions on raw text, for telling
        // what segmentation costs from what the resolve stage's conventions cost.
        if std::env::var_os("GLEANER_EVAL_NO_RESOLVE").is_none() {
            analyzed.resolve(crate::place_lexicon());
        }
        // Token index (within the document) by start and by end offset, and its sentence.
        let mut starts = HashMap::new();
        let mut ends = HashMap::new();
        let mut sentence_of = Vec::new();
        for (s, sentence) in document.iter().enumerate() {
            sentence_of.extend(std::iter::repeat_n(s, sentence.words.len()));
        }
        for (i, &(a, b)) in offsets.iter().enumerate() {
            starts.insert(a, i);
            ends.insert(b, i + 1);
        }
        let mut predicted: Vec<(usize, usize, EntityType)> = Vec::new();
        // Mentions whose edges are not gold-token edges, or that cross sentences: false positives.
        let mut unaligned: Vec<(usize, usize, EntityType)> = Vec::new();
        for m in &analyzed.mentions {
            let Some(label) = m.label.conll().filter(|t| types.contains(t)) else { continue };
            if !annotated_in_gold(&analyzed, m) {
                continue;
            }
            match (starts.get(&m.span.start), ends.get(&m.span.end)) {
                (Some(&a), Some(&b)) if b > a && sentence_of[a] == sentence_of[b - 1] => predicted.push((a, b, label)),
                _ => unaligned.push((m.span.start, m.span.end, label)),
            }
        }
        let mut gold = Vec::new();
        let mut first = 0;
        for sentence in document {
            gold.extend(gold_spans(&labels, sentence).into_iter().map(|(a, b, t)| (first + a, first + b, t)));
            first += sentence.words.len();
        }
        if std::env::var_os("GLEANER_EVAL_ERRORS").is_some() {
            print_errors(&analyzed, &offsets, &predicted, &gold, &unaligned);
        }
        count(&mut scores, &predicted, &gold);
        for (_, _, t) in unaligned {
            scores.per_type.entry(t).or_default().fp += 1;
        }
    }
    totals(scores)
}

/// Lower-case nationality words (rusos, russische) are NORP in Gleaner, but
/// only the German corpus annotates them (as MISC); the Spanish, Dutch and
/// Portuguese corpora leave them out, so there they are not scored.
fn annotated_in_gold(document: &Document, mention: &gleaner_core::Mention) -> bool {
    let lower_case = mention.span.text(&document.text).chars().next().is_some_and(char::is_lowercase);
    !(mention.label == gleaner_core::label::Label::NORP && lower_case)
        || document.language_at(mention.span.start) == Some(Language::De)
}

/// Calls `report("MISSED", type, start, end)` for each gold span that was not
/// predicted, then `report("WRONG ", …)` for each prediction not in the gold
/// (the two words padded alike, for error listings that line up).
fn each_difference(
    predicted: &[(usize, usize, EntityType)],
    gold: &[(usize, usize, EntityType)],
    mut report: impl FnMut(&str, EntityType, usize, usize),
) {
    for g in gold.iter().filter(|g| !predicted.contains(g)) {
        report("MISSED", g.2, g.0, g.1);
    }
    for p in predicted.iter().filter(|p| !gold.contains(p)) {
        report("WRONG ", p.2, p.0, p.1);
    }
}

/// With GLEANER_EVAL_ERRORS set: each missed gold mention and each wrong
/// prediction on the raw-text path, with its text, for error analysis.
fn print_errors(
    analyzed: &Document,
    offsets: &[(usize, usize)],
    predicted: &[(usize, usize, EntityType)],
    gold: &[(usize, usize, EntityType)],
    unaligned: &[(usize, usize, EntityType)],
) {
    let text = |a: usize, b: usize| analyzed.text.get(offsets[a].0..offsets[b - 1].1).unwrap_or("?").to_string();
    each_difference(predicted, gold, |what, t, a, b| {
        println!("{what} {} [{}] ({})", t.as_str(), text(a, b), analyzed.language.name());
    });
    for &(a, b, t) in unaligned {
        println!("SPLIT  {} [{}]", t.as_str(), analyzed.text.get(a..b).unwrap_or("?"));
    }
}

/// Gold-token and raw-text scores in one table: the raw-text figure is what a reader gets.
pub fn print_side_by_side(split: &str, gold: &Scores, raw: &Scores) {
    println!("{split}");
    println!(
        "  {:<6} {:>7} {:>7} {:>7}  | {:>7} {:>7} {:>7} {:>6}",
        "type", "P gold", "R gold", "F1 gold", "P raw", "R raw", "F1 raw", "spans"
    );
    let mut rows: Vec<(String, Counts, Counts)> = raw
        .per_type
        .iter()
        .map(|(t, r)| (t.as_str().to_string(), gold.per_type.get(t).copied().unwrap_or_default(), *r))
        .collect();
    rows.push(("micro".into(), gold.total, raw.total));
    for (name, g, r) in rows {
        println!(
            "  {:<6} {:>7.2} {:>7.2} {:>7.2}  | {:>7.2} {:>7.2} {:>7.2} {:>6}",
            name,
            g.precision(),
            g.recall(),
            g.f1(),
            r.precision(),
            r.recall(),
            r.f1(),
            r.tp + r.fn_
        );
    }
}

/// The temperature whose mention confidences best predict whether a mention
/// is right (lowest log loss on `sentences`).
pub fn fit_temperature(model: &Model, sentences: &[Sentence]) -> (f32, f64) {
    let mut best = (1.0f32, f64::INFINITY);
    let contexts: Vec<DocumentContext> = documents(sentences)
        .iter()
        .map(|d| DocumentContext::new(d.iter().map(|s| s.words.iter().map(String::as_str))))
        .collect();
    for t in [1.0f32, 2.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0, 48.0, 64.0] {
        let mut candidate = model.clone();
        candidate.temperature = t;
        let mut tagger = Tagger::new(&candidate);
        let (mut loss, mut n) = (0.0f64, 0usize);
        let in_documents = documents(sentences).into_iter().zip(&contexts);
        for (sentence, context) in in_documents.flat_map(|(d, c)| d.iter().map(move |s| (s, c))) {
            let gold = gold_spans(&candidate.labels, sentence);
            for m in tagger.tag_in(sentence.words.iter().map(String::as_str), context) {
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
