//! Resolution and dates on MEANTIME (../shared/data/resolution), the way a
//! reader's text flows: each document's raw text through the whole pipeline
//! (language id, tagging with the shipped models, resolution) with the
//! document's date given as its reference, then scored against gold:
//! - named-mention detection (exact spans, any type) in the fully annotated part;
//! - B³ over the gold mentions the pipeline found, within documents, across
//!   the documents of one language (`--corpus`), and across all four languages;
//! - wrong merges: system entities that join two gold people;
//! - dates (en, es): span F1 in the annotated part, and the share of gold
//!   dates whose calendar value the pipeline gives.

use crate::eval::Counts;
use gleaner_core::corpus::resolve_corpus;
use gleaner_core::label::Label;
use gleaner_core::ner::Model;
use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::{Document, Language};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

pub const LANGUAGES: [&str; 4] = ["en", "es", "nl", "it"];

/// ../shared/data/resolution, or `GLEANER_RESOLUTION_DATA`.
pub fn data_dir() -> PathBuf {
    std::env::var_os("GLEANER_RESOLUTION_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| crate::repo_root().join("../shared/data/resolution"))
}

#[derive(Deserialize)]
pub struct GoldDocument {
    pub id: String,
    pub lang: String,
    pub dct: Option<String>,
    pub text: String,
    pub annotated_until: usize,
    pub entity_layer: String,
    pub mentions: Vec<GoldMention>,
    pub timexes: Option<Vec<GoldTimex>>,
}

#[derive(Deserialize)]
pub struct GoldMention {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub label: String,
    pub instance: String,
}

#[derive(Deserialize)]
pub struct GoldTimex {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
}

impl GoldTimex {
    fn text_of(&self, chars: &[char]) -> String {
        chars.get(self.start..self.end).map(|c| c.iter().collect()).unwrap_or_default()
    }
}

pub fn read(language: &str) -> Result<Vec<GoldDocument>, String> {
    let path = data_dir().join(format!("meantime-dev-{language}.jsonl"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, line)| serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1)))
        .collect()
}

/// Exact-match counts: `right` of `found` system items, against `gold` items.
fn counts(right: usize, found: usize, gold: usize) -> Counts {
    Counts { tp: right, fp: found.saturating_sub(right), fn_: gold.saturating_sub(right) }
}

fn add(a: Counts, b: Counts) -> Counts {
    Counts { tp: a.tp + b.tp, fp: a.fp + b.fp, fn_: a.fn_ + b.fn_ }
}

/// B³ precision, recall and F1 over items with a system and a gold cluster each.
pub fn b_cubed<S: std::hash::Hash + Eq + Clone, G: std::hash::Hash + Eq + Clone>(items: &[(S, G)]) -> (f64, f64, f64) {
    if items.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    let mut system: HashMap<&S, usize> = HashMap::new();
    let mut gold: HashMap<&G, usize> = HashMap::new();
    let mut both: HashMap<(&S, &G), usize> = HashMap::new();
    for (s, g) in items {
        *system.entry(s).or_default() += 1;
        *gold.entry(g).or_default() += 1;
        *both.entry((s, g)).or_default() += 1;
    }
    let (mut precision, mut recall) = (0.0, 0.0);
    for (s, g) in items {
        let shared = both[&(s, g)] as f64;
        precision += shared / system[s] as f64;
        recall += shared / gold[g] as f64;
    }
    let n = items.len() as f64;
    let (p, r) = (precision / n, recall / n);
    (p, r, if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) })
}

/// A gold mention the pipeline found with the same span: where it sits, and the two ids.
#[derive(Clone, Debug)]
pub struct Matched {
    pub document: String,
    pub language: String,
    pub system: u32,
    pub gold: String,
    pub person: bool,
}

/// Everything measured on one language's file (or on all, for the cross-language run).
#[derive(Clone, Debug, Default)]
pub struct LanguageFigures {
    pub documents: usize,
    pub detection: Counts,
    pub within: (f64, f64, f64),
    pub across: (f64, f64, f64),
    pub wrong_person_merges_within: usize,
    pub wrong_person_merges_across: usize,
    pub date_spans: Option<Counts>,
    /// (gold dates given their value, gold dates).
    pub date_values: Option<(usize, usize)>,
}

impl LanguageFigures {
    /// Mention detection as (precision, recall, F1), each 0..1.
    pub fn mentions(&self) -> (f64, f64, f64) {
        let d = self.detection;
        (d.precision() / 100.0, d.recall() / 100.0, d.f1() / 100.0)
    }

    /// Date span F1, 0..1, where the language has gold dates.
    pub fn date_span_f1(&self) -> Option<f64> {
        self.date_spans.map(|c| c.f1() / 100.0)
    }
}

/// Char index of every byte offset that starts a char (MEANTIME offsets count code points).
fn char_index(text: &str) -> Vec<usize> {
    let mut index = vec![usize::MAX; text.len() + 1];
    for (n, (b, _)) in text.char_indices().enumerate() {
        index[b] = n;
    }
    index[text.len()] = text.chars().count();
    index
}

/// Runs the pipeline over one gold document, with its date as the reference.
pub fn analyze<'m>(gold: &GoldDocument, model_for: &dyn Fn(Language) -> Option<&'m Model>) -> Document {
    let mut document = Document::analyze(gold.text.as_str());
    document.reference = gold
        .dct
        .as_deref()
        .and_then(CalendarDate::parse)
        .map(|date| ReferenceDate { date, source: ReferenceSource::Given });
    document.tag(model_for);
    document.resolve(crate::place_lexicon());
    document
}

/// With GLEANER_EVAL_ERRORS: each gold entity the document splits over several
/// system entities, and each system entity that joins several gold ones.
fn print_clustering_errors(gold: &GoldDocument, document: &Document) {
    let chars = char_index(&document.text);
    let system: HashMap<(usize, usize), (u32, &str)> = document
        .mentions
        .iter()
        .filter_map(|m| Some(((chars[m.span.start], chars[m.span.end]), (m.entity?, m.span.text(&document.text)))))
        .collect();
    let mut by_gold: HashMap<&str, Vec<(u32, &str)>> = HashMap::new();
    let mut by_system: HashMap<u32, HashSet<&str>> = HashMap::new();
    for g in &gold.mentions {
        if let Some(&(id, text)) = system.get(&(g.start, g.end)) {
            by_gold.entry(&g.instance).or_default().push((id, text));
            by_system.entry(id).or_default().insert(&g.instance);
        }
    }
    for (instance, found) in &by_gold {
        let ids: HashSet<u32> = found.iter().map(|f| f.0).collect();
        if ids.len() > 1 {
            println!("SPLIT {} {instance}: {found:?}", gold.id);
        }
    }
    for (id, instances) in &by_system {
        if instances.len() > 1 {
            println!("MERGED {} e{id}: {instances:?}", gold.id);
        }
    }
}

/// The gold mentions `document` found (same span), with their system entity ids.
fn matched(gold: &GoldDocument, document: &Document) -> Vec<Matched> {
    if gold.entity_layer == "missing" {
        return Vec::new();
    }
    if std::env::var_os("GLEANER_EVAL_ERRORS").is_some() {
        print_clustering_errors(gold, document);
    }
    let chars = char_index(&document.text);
    let system: HashMap<(usize, usize), u32> =
        document.mentions.iter().filter_map(|m| Some(((chars[m.span.start], chars[m.span.end]), m.entity?))).collect();
    gold.mentions
        .iter()
        .filter_map(|g| {
            system.get(&(g.start, g.end)).map(|&id| Matched {
                document: gold.id.clone(),
                language: gold.lang.clone(),
                system: id,
                gold: g.instance.clone(),
                person: g.label == "PER",
            })
        })
        .collect()
}

fn detection(gold: &GoldDocument, document: &Document) -> Counts {
    if gold.entity_layer == "missing" {
        return Counts::default();
    }
    let chars = char_index(&document.text);
    let limit = gold.annotated_until;
    let system: HashSet<(usize, usize)> = document
        .mentions
        .iter()
        .map(|m| (chars[m.span.start], chars[m.span.end]))
        .filter(|&(_, end)| end <= limit)
        .collect();
    let expected: HashSet<(usize, usize)> =
        gold.mentions.iter().filter(|g| g.end <= limit).map(|g| (g.start, g.end)).collect();
    if std::env::var_os("GLEANER_EVAL_ERRORS").is_some() {
        let text: Vec<char> = document.text.chars().collect();
        let show = |&(a, b): &(usize, usize)| text[a..b].iter().collect::<String>();
        let mut lines: Vec<String> =
            expected.difference(&system).map(|s| format!("MENTION MISSED {} [{}]", gold.id, show(s))).collect();
        lines.extend(system.difference(&expected).map(|s| format!("MENTION WRONG  {} [{}]", gold.id, show(s))));
        lines.sort();
        println!("{}", lines.join("\n"));
    }
    counts(system.intersection(&expected).count(), system.len(), expected.len())
}

/// TimeML values compared as TimeML reads them: case does not matter
/// (present_ref = PRESENT_REF) and unspecified trailing parts add nothing
/// (2006-XX-XX = 2006).
pub fn same_value(system: &str, gold: &str) -> bool {
    let normal = |v: &str| {
        let mut v = v.to_uppercase();
        while let Some(stripped) = v.strip_suffix("-XX") {
            v = stripped.to_string();
        }
        v
    };
    normal(system) == normal(gold)
}

/// Dates in the annotated part: exact spans, and gold dates whose value the pipeline gives
/// (a system date overlapping the gold one with the same value).
fn dates(gold: &GoldDocument, document: &Document) -> Option<(Counts, (usize, usize))> {
    let timexes = gold.timexes.as_ref()?;
    let chars = char_index(&document.text);
    let limit = gold.annotated_until;
    let system: Vec<(usize, usize, Option<&str>)> = document
        .values
        .iter()
        // Durations and sets (three days, every week) are scored against gold DURATION and SET, not here.
        .filter(|v| v.label == Label::DATE && v.timex.is_none())
        .map(|v| (chars[v.span.start], chars[v.span.end], v.value.as_deref()))
        .filter(|&(_, end, _)| end <= limit)
        .collect();
    let expected: Vec<&GoldTimex> = timexes.iter().filter(|t| t.kind == "DATE" && t.end <= limit).collect();
    let spans_right = expected.iter().filter(|t| system.iter().any(|s| (s.0, s.1) == (t.start, t.end))).count();
    let values_right = expected
        .iter()
        .filter(|t| system.iter().any(|s| s.0 < t.end && t.start < s.1 && s.2.is_some_and(|v| same_value(v, &t.value))))
        .count();
    if std::env::var_os("GLEANER_EVAL_ERRORS").is_some() {
        let chars: Vec<char> = gold.text.chars().collect();
        let show = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
        for t in &expected {
            if !system.iter().any(|s| s.0 < t.end && t.start < s.1 && s.2.is_some_and(|v| same_value(v, &t.value))) {
                let near: Vec<String> = system
                    .iter()
                    .filter(|s| s.0 < t.end && t.start < s.1)
                    .map(|s| format!("{:?}={:?}", show(s.0, s.1), s.2))
                    .collect();
                println!(
                    "DATE {} [{}] {:?} gold {} got {near:?}",
                    gold.id,
                    gold.dct.as_deref().unwrap_or("?"),
                    t.text_of(&chars),
                    t.value
                );
            }
        }
    }
    Some((counts(spans_right, system.len(), expected.len()), (values_right, expected.len())))
}

/// System entities (keyed by `key`) whose found gold mentions name two different people.
fn wrong_person_merges<K: std::hash::Hash + Eq>(items: &[Matched], key: impl Fn(&Matched) -> K) -> usize {
    let mut people: HashMap<K, HashSet<&str>> = HashMap::new();
    for m in items.iter().filter(|m| m.person) {
        people.entry(key(m)).or_default().insert(&m.gold);
    }
    people.values().filter(|p| p.len() > 1).count()
}

/// Every figure, per language and for all four languages resolved together.
pub fn evaluate<'m>(
    model_for: &dyn Fn(Language) -> Option<&'m Model>,
) -> Result<(Vec<(String, LanguageFigures)>, LanguageFigures), String> {
    let mut per_language = Vec::new();
    let mut everything: Vec<(GoldDocument, Document)> = Vec::new();
    for language in LANGUAGES {
        let golds = read(language)?;
        let mut documents: Vec<Document> = golds.iter().map(|g| analyze(g, model_for)).collect();
        let mut figures = LanguageFigures { documents: golds.len(), ..LanguageFigures::default() };
        let mut within = Vec::new();
        let mut spans = Counts::default();
        let mut values = (0, 0);
        let mut has_dates = false;
        for (gold, document) in golds.iter().zip(&documents) {
            figures.detection = add(figures.detection, detection(gold, document));
            within.extend(matched(gold, document));
            if let Some((s, v)) = dates(gold, document) {
                has_dates = true;
                spans = add(spans, s);
                values = (values.0 + v.0, values.1 + v.1);
            }
        }
        // Within documents both sides are per document: the same gold instance in two articles is two clusters here.
        let keyed: Vec<((String, u32), (String, String))> =
            within.iter().map(|m| ((m.document.clone(), m.system), (m.document.clone(), m.gold.clone()))).collect();
        figures.within = b_cubed(&keyed);
        figures.wrong_person_merges_within = wrong_person_merges(&within, |m| (m.document.clone(), m.system));
        if has_dates {
            figures.date_spans = Some(spans);
            figures.date_values = Some(values);
        }
        let alone = documents.clone();
        resolve_corpus(&mut documents);
        let across: Vec<Matched> = golds.iter().zip(&documents).flat_map(|(g, d)| matched(g, d)).collect();
        let keyed: Vec<(u32, String)> = across.iter().map(|m| (m.system, m.gold.clone())).collect();
        figures.across = b_cubed(&keyed);
        figures.wrong_person_merges_across = wrong_person_merges(&across, |m| m.system);
        per_language.push((language.to_string(), figures));
        // The run across languages starts from each document resolved alone.
        everything.extend(golds.into_iter().zip(alone));
    }
    let (golds, mut documents): (Vec<GoldDocument>, Vec<Document>) = everything.into_iter().unzip();
    resolve_corpus(&mut documents);
    let all: Vec<Matched> = golds.iter().zip(&documents).flat_map(|(g, d)| matched(g, d)).collect();
    let keyed: Vec<(u32, String)> = all.iter().map(|m| (m.system, m.gold.clone())).collect();
    let together = LanguageFigures {
        documents: golds.len(),
        across: b_cubed(&keyed),
        wrong_person_merges_across: wrong_person_merges(&all, |m| m.system),
        ..LanguageFigures::default()
    };
    Ok((per_language, together))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn b_cubed_on_the_textbook_cases() {
        // One system cluster for everything: precision falls, recall is whole.
        let items = [(0, "a"), (0, "a"), (0, "b")];
        let (p, r, _) = b_cubed(&items);
        assert!((p - (2.0 / 3.0 * 2.0 + 1.0 / 3.0) / 3.0).abs() < 1e-9, "{p}");
        assert!((r - 1.0).abs() < 1e-9);
        // A perfect clustering.
        assert_eq!(b_cubed(&[(1, "a"), (1, "a"), (2, "b")]), (1.0, 1.0, 1.0));
        // Every mention alone: precision whole, recall falls.
        let (p, r, _) = b_cubed(&[(1, "a"), (2, "a"), (3, "b")]);
        assert!((p - 1.0).abs() < 1e-9 && (r - (0.5 + 0.5 + 1.0) / 3.0).abs() < 1e-9);
    }

    #[test]
    fn timeml_values_compare_as_timeml_reads_them() {
        assert!(same_value("PRESENT_REF", "present_ref"));
        assert!(same_value("2006", "2006-xx-xx"));
        assert!(!same_value("2006-03", "2006"));
    }

    #[test]
    fn code_point_offsets() {
        let index = char_index("Díaz met");
        assert_eq!((index[0], index[3], index[9]), (0, 2, 8));
    }
}
