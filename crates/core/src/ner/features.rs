//! Features of a token in its sentence, as 64-bit hashes. The trainer and the
//! runtime share this code, so a model sees the same features it learned from;
//! any change here must bump [`FEATURE_VERSION`] and retrain.

/// Stored in model files; a model built for other features is refused.
pub const FEATURE_VERSION: u16 = 3;

use super::clusters::{ClusterPath, WordClusters};
use super::gazetteer::{Gazetteer, CATEGORIES};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The document's word keys are FNV hashes already: a hasher that passes them
/// through instead of hashing them again with SipHash.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// What the features need to know about one token, computed once per sentence.
struct TokenView {
    /// Lower case, digits folded to 0 (so 1996 and 2019 share features).
    lower: String,
    /// The word as written, digits folded.
    exact: String,
    /// Xxxx → "Xx", "DD" → "d": character classes, runs collapsed.
    short_shape: String,
    /// Up to 6 chars of shape, runs not collapsed ("Xxxxx", "dd.dd").
    shape: String,
    capitalized: bool,
    cluster: Option<ClusterPath>,
}

impl TokenView {
    /// `lowered`: the word in lower case, digits as written.
    fn new(word: &str, lowered: &str, clusters: &WordClusters) -> TokenView {
        let exact: String = word.chars().map(|c| if c.is_numeric() { '0' } else { c }).collect();
        let lower = exact.to_lowercase();
        let mut shape = String::with_capacity(6);
        let mut short_shape = String::with_capacity(word.len());
        let mut shape_chars = 0;
        for c in word.chars() {
            let class = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else if c.is_alphabetic() {
                'a'
            } else {
                c
            };
            if shape_chars < 6 {
                shape.push(class);
                shape_chars += 1;
            }
            if !short_shape.ends_with(class) {
                short_shape.push(class);
            }
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        TokenView { lower, exact, short_shape, shape, capitalized, cluster: clusters.lookup_lowered(word, lowered) }
    }
}

/// FNV-1a over a template id and parts: stable across platforms and builds.
fn hash(template: u8, parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x0100_0000_01b3);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in part.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// FNV-1a over a template id and a number (cluster paths).
fn hash_number(template: u8, value: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x0100_0000_01b3);
    for b in value.to_le_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let end = s.char_indices().nth(n).map(|(i, _)| i)?;
    Some(&s[..end])
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let start = s.char_indices().nth(count - n).map(|(i, _)| i)?;
    Some(&s[start..])
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

/// A sentence prepared for feature extraction.
pub struct SentenceView<'w, 'd> {
    words: Vec<&'w str>,
    tokens: Vec<TokenView>,
    document: &'d DocumentContext,
    /// All in capitals (a headline): case says little there.
    shouting: bool,
    /// Per token: name-list categories of entries beginning at it, and continuing through it.
    lists: Vec<(u16, u16)>,
}

impl<'w, 'd> SentenceView<'w, 'd> {
    pub fn new(
        words: impl IntoIterator<Item = &'w str>,
        gazetteer: &Gazetteer,
        clusters: &WordClusters,
        document: &'d DocumentContext,
    ) -> SentenceView<'w, 'd> {
        let words: Vec<&str> = words.into_iter().collect();
        // Lists and clusters are matched on the real lower case (digits unfolded).
        let lowered: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let tokens: Vec<TokenView> =
            words.iter().zip(&lowered).map(|(w, lower)| TokenView::new(w, lower, clusters)).collect();
        let letters = |v: &TokenView| v.lower.chars().any(char::is_alphabetic);
        let shouting = tokens.iter().filter(|v| letters(v)).count() > 2
            && tokens.iter().filter(|v| letters(v)).all(|v| !v.exact.chars().any(char::is_lowercase));
        let lists = gazetteer.annotate(&lowered.iter().map(String::as_str).collect::<Vec<_>>());
        SentenceView { words, tokens, document, shouting, lists }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn words(&self) -> &[&'w str] {
        &self.words
    }

    /// Whether an entry of the name list `category` begins at token `i`.
    fn list_begins(&self, category: &str, i: usize) -> bool {
        let bit = CATEGORIES.iter().position(|c| *c == category).map_or(0, |b| 1u16 << b);
        self.lists.get(i).is_some_and(|l| l.0 & bit != 0)
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Appends the feature hashes of token `i` to `out`.
    pub fn features(&self, i: usize, out: &mut Vec<u64>) {
        token_features(&self.tokens, self.shouting, i, out);
        cluster_features(&self.tokens, i, out);
        self.document_features(i, out);
        let cap = if self.tokens[i].capitalized { "cap" } else { "low" };
        let (begins, continues) = self.lists[i];
        for (bit, name) in CATEGORIES.iter().enumerate() {
            let bit = 1u16 << bit;
            if begins & bit != 0 {
                out.push(hash(30, &[name, cap]));
            }
            if continues & bit != 0 {
                out.push(hash(31, &[name, cap]));
            }
            if i > 0 && self.lists[i - 1].0 & bit != 0 {
                out.push(hash(32, &[name, cap]));
            }
            if self.lists.get(i + 1).is_some_and(|l| l.0 & bit != 0) {
                out.push(hash(33, &[name, cap]));
            }
        }
    }
}

impl super::cleanup::TokenLists for SentenceView<'_, '_> {
    fn begins_title(&self, i: usize) -> bool {
        self.list_begins("title", i)
    }
    fn is_date_word(&self, i: usize) -> bool {
        self.list_begins("month", i)
    }
}

impl SentenceView<'_, '_> {
    /// How the same word is written elsewhere in the document: a capital at a
    /// sentence start or in a headline says little, but the same word in lower
    /// case elsewhere ("The", "Monday"…) or capitalized mid-sentence does.
    fn document_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = &self.tokens[i];
        if !t.capitalized {
            return;
        }
        let position = match (i, self.shouting) {
            (_, true) => "headline",
            (0, false) => "first",
            _ => "later",
        };
        let key = document_key(&t.lower);
        if self.document.lower_case.contains_key(&key) {
            out.push(hash(26, &[position]));
        }
        // Mid-sentence capitals elsewhere: this token's own occurrence does not count.
        let own = u32::from(i > 0 && !self.shouting);
        if self.document.capitalized_inside.get(&key).is_some_and(|n| *n > own) {
            out.push(hash(27, &[position]));
        }
    }
}

/// Where a document writes its words, for features that look beyond the sentence.
#[derive(Default)]
pub struct DocumentContext {
    /// Words seen in lower case (by their lower-cased key), with counts.
    lower_case: HashKeyed<u32>,
    /// Words seen capitalized inside a sentence (not first, not in a headline).
    capitalized_inside: HashKeyed<u32>,
}

fn document_key(lower: &str) -> u64 {
    hash(255, &[lower])
}

impl DocumentContext {
    /// From the document's sentences, each as its words.
    pub fn new<'w, S: IntoIterator<Item = &'w str>>(sentences: impl IntoIterator<Item = S>) -> DocumentContext {
        let mut context = DocumentContext::default();
        for sentence in sentences {
            let words: Vec<&str> = sentence.into_iter().collect();
            let shouting = words.iter().filter(|w| w.chars().any(char::is_alphabetic)).count() > 2
                && !words.iter().any(|w| w.chars().any(char::is_lowercase));
            for (i, word) in words.iter().enumerate() {
                let Some(first) = word.chars().next() else { continue };
                if first.is_lowercase() {
                    *context.lower_case.entry(document_key(word)).or_default() += 1;
                } else if first.is_uppercase() && i > 0 && !shouting {
                    *context.capitalized_inside.entry(document_key(&word.to_lowercase())).or_default() += 1;
                }
            }
        }
        context
    }
}

/// Cluster path prefixes of the word (coarse to fine) and of its neighbours.
fn cluster_features(sentence: &[TokenView], i: usize, out: &mut Vec<u64>) {
    let number = |(bits, depth): (u32, u32)| u64::from(depth) << 32 | u64::from(bits);
    match sentence[i].cluster {
        Some(path) => {
            for (template, n) in [(40, 4), (41, 6), (42, 10), (43, 32)] {
                out.push(hash_number(template, number(path.prefix(n))));
            }
        }
        None => out.push(hash(44, &[if sentence[i].capitalized { "cap" } else { "low" }])),
    }
    for (offset, templates) in [(-1isize, (45, 46)), (1, (47, 48))] {
        let j = i as isize + offset;
        let neighbour = (j >= 0).then(|| sentence.get(j as usize)).flatten();
        if let Some(path) = neighbour.and_then(|v| v.cluster) {
            out.push(hash_number(templates.0, number(path.prefix(6))));
            out.push(hash_number(templates.1, number(path.prefix(32))));
        }
    }
}

fn token_features(sentence: &[TokenView], shouting: bool, i: usize, out: &mut Vec<u64>) {
    let t = &sentence[i];
    let at = |offset: isize| -> Option<&TokenView> {
        let j = i as isize + offset;
        (j >= 0).then(|| sentence.get(j as usize)).flatten()
    };
    let lower_at = |offset: isize| at(offset).map_or(if offset < 0 { BOS } else { EOS }, |v| v.lower.as_str());
    let shape_at = |offset: isize| at(offset).map_or(if offset < 0 { BOS } else { EOS }, |v| v.short_shape.as_str());

    out.push(hash(0, &[]));
    out.push(hash(1, &[&t.lower]));
    out.push(hash(2, &[&t.exact]));
    for n in 1..=4 {
        if let Some(p) = prefix(&t.lower, n) {
            out.push(hash(2 + n as u8, &[p]));
        }
        if let Some(s) = suffix(&t.lower, n) {
            out.push(hash(6 + n as u8, &[s]));
        }
    }
    out.push(hash(11, &[&t.shape]));
    out.push(hash(12, &[&t.short_shape]));
    out.push(hash(13, &[lower_at(-1)]));
    out.push(hash(14, &[lower_at(1)]));
    out.push(hash(15, &[lower_at(-2)]));
    out.push(hash(16, &[lower_at(2)]));
    out.push(hash(17, &[shape_at(-1), &t.short_shape, shape_at(1)]));
    out.push(hash(18, &[lower_at(-1), &t.lower]));
    out.push(hash(19, &[&t.lower, lower_at(1)]));
    out.push(hash(20, &[if i == 0 { "first" } else { "later" }, if t.capitalized { "cap" } else { "low" }]));
    out.push(hash(21, &[shape_at(-1), &t.short_shape]));
    out.push(hash(22, &[&t.short_shape, shape_at(1)]));
    if let Some(s) = at(-1).and_then(|v| suffix(&v.lower, 3)) {
        out.push(hash(23, &[s]));
    }
    if let Some(s) = at(1).and_then(|v| suffix(&v.lower, 3)) {
        out.push(hash(24, &[s]));
    }
    if shouting {
        out.push(hash(25, &[&t.lower]));
    }
}
