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

/// What the features need to know about one word form, computed once per
/// form (a [`WordTable`] keeps them).
#[derive(Clone)]
struct TokenView {
    /// The real lower case (digits as written): name lists and clusters are matched on it.
    lowered: String,
    /// Its key in the [`DocumentContext`].
    document_key: u64,
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
    fn new(word: &str, clusters: &WordClusters) -> TokenView {
        let lowered = word.to_lowercase();
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
        let cluster = clusters.lookup_lowered(word, &lowered);
        let document_key = document_key(&lower);
        TokenView { lowered, document_key, lower, exact, short_shape, shape, capitalized, cluster }
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

/// The distinct word forms a tagger has seen, each prepared once: news repeats
/// its words, so most tokens skip lower-casing, shapes and the cluster lookup.
#[derive(Clone, Default)]
pub struct WordTable {
    ids: HashMap<Box<str>, u32, rustc_hash::FxBuildHasher>,
    views: Vec<TokenView>,
}

impl WordTable {
    /// The number of distinct forms kept.
    pub fn len(&self) -> usize {
        self.views.len()
    }

    pub fn is_empty(&self) -> bool {
        self.views.is_empty()
    }

    pub fn clear(&mut self) {
        self.ids.clear();
        self.views.clear();
    }

    /// Each word's id, adding the forms not seen yet (their clusters from `clusters`).
    pub fn add(&mut self, words: &[&str], clusters: &WordClusters) -> Vec<u32> {
        words
            .iter()
            .map(|&word| {
                if let Some(&id) = self.ids.get(word) {
                    return id;
                }
                let id = self.views.len() as u32;
                self.views.push(TokenView::new(word, clusters));
                self.ids.insert(word.into(), id);
                id
            })
            .collect()
    }

    /// The features of form `id` wherever it stands (see [`SentenceView::features`]).
    pub fn word_features(&self, id: u32, out: &mut Vec<u64>) {
        if let Some(view) = self.views.get(id as usize) {
            word_features(view, out);
        }
    }

    /// The features form `id` gives the token `offset` away (`None`: the sentence's edge).
    pub fn neighbour_features(&self, id: Option<u32>, offset: isize, out: &mut Vec<u64>) {
        neighbour_features(id.and_then(|id| self.views.get(id as usize)), offset, out);
    }
}

/// Where a neighbour stands, as an offset from the token: the features a word
/// gives the tokens around it depend on the word and this offset alone.
pub const NEIGHBOURS: [isize; 4] = [-1, 1, -2, 2];

/// A sentence prepared for feature extraction.
pub struct SentenceView<'w, 'd, 't> {
    words: Vec<&'w str>,
    /// Per token, its form's id in `table`.
    ids: Vec<u32>,
    table: std::borrow::Cow<'t, WordTable>,
    document: &'d DocumentContext,
    /// All in capitals (a headline): case says little there.
    shouting: bool,
    /// Per token: name-list categories of entries beginning at it, and continuing through it.
    lists: Vec<(u16, u16)>,
}

impl<'w, 'd> SentenceView<'w, 'd, 'static> {
    /// A sentence read alone, its forms prepared for it (the trainer's way in).
    pub fn new(
        words: impl IntoIterator<Item = &'w str>,
        gazetteer: &Gazetteer,
        clusters: &WordClusters,
        document: &'d DocumentContext,
    ) -> SentenceView<'w, 'd, 'static> {
        let words: Vec<&str> = words.into_iter().collect();
        let mut table = WordTable::default();
        let ids = table.add(&words, clusters);
        SentenceView::build(words, ids, std::borrow::Cow::Owned(table), gazetteer, document)
    }
}

impl<'w, 'd, 't> SentenceView<'w, 'd, 't> {
    /// A sentence whose forms are in `table` already (`ids` from [`WordTable::add`]).
    pub fn in_table(
        words: Vec<&'w str>,
        ids: Vec<u32>,
        table: &'t WordTable,
        gazetteer: &Gazetteer,
        document: &'d DocumentContext,
    ) -> SentenceView<'w, 'd, 't> {
        SentenceView::build(words, ids, std::borrow::Cow::Borrowed(table), gazetteer, document)
    }

    fn build(
        words: Vec<&'w str>,
        ids: Vec<u32>,
        table: std::borrow::Cow<'t, WordTable>,
        gazetteer: &Gazetteer,
        document: &'d DocumentContext,
    ) -> SentenceView<'w, 'd, 't> {
        let tokens: Vec<&TokenView> = ids.iter().map(|&id| &table.views[id as usize]).collect();
        let letters = |v: &&&TokenView| v.lower.chars().any(char::is_alphabetic);
        let shouting = tokens.iter().filter(letters).count() > 2
            && tokens.iter().filter(letters).all(|v| !v.exact.chars().any(char::is_lowercase));
        // Lists are matched on the real lower case (digits unfolded).
        let lists = gazetteer.annotate(&tokens.iter().map(|v| v.lowered.as_str()).collect::<Vec<_>>());
        SentenceView { words, ids, table, document, shouting, lists }
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn words(&self) -> &[&'w str] {
        &self.words
    }

    /// Token `i`'s form id.
    pub fn id(&self, i: usize) -> u32 {
        self.ids[i]
    }

    /// The form id of the token `offset` away from token `i` (`None` past an edge).
    pub fn neighbour_id(&self, i: usize, offset: isize) -> Option<u32> {
        let j = i as isize + offset;
        (j >= 0).then(|| self.ids.get(j as usize).copied()).flatten()
    }

    fn token(&self, i: usize) -> &TokenView {
        &self.table.views[self.ids[i] as usize]
    }

    fn at(&self, i: usize, offset: isize) -> Option<&TokenView> {
        self.neighbour_id(i, offset).map(|id| &self.table.views[id as usize])
    }

    /// Whether an entry of the name list `category` begins at token `i`.
    fn list_begins(&self, category: &str, i: usize) -> bool {
        let bit = CATEGORIES.iter().position(|c| *c == category).map_or(0, |b| 1u16 << b);
        self.lists.get(i).is_some_and(|l| l.0 & bit != 0)
    }

    /// Appends the feature hashes of token `i` to `out`: those of its form, those
    /// its neighbours give it, and those of its place. The tagger sums the first
    /// two kinds once per form ([`WordTable`]), so the three must add up to all.
    pub fn features(&self, i: usize, out: &mut Vec<u64>) {
        word_features(self.token(i), out);
        for offset in NEIGHBOURS {
            neighbour_features(self.at(i, offset), offset, out);
        }
        self.place_features(i, out);
    }

    /// The features of token `i` that depend on more than one word: shapes and
    /// word pairs around it, its position, the document and the name lists.
    pub fn place_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = self.token(i);
        let lower_at = |offset: isize| self.at(i, offset).map_or(edge(offset), |v| v.lower.as_str());
        let shape_at = |offset: isize| self.at(i, offset).map_or(edge(offset), |v| v.short_shape.as_str());
        let cap = if t.capitalized { "cap" } else { "low" };
        out.push(hash(17, &[shape_at(-1), &t.short_shape, shape_at(1)]));
        out.push(hash(18, &[lower_at(-1), &t.lower]));
        out.push(hash(19, &[&t.lower, lower_at(1)]));
        out.push(hash(20, &[if i == 0 { "first" } else { "later" }, cap]));
        out.push(hash(21, &[shape_at(-1), &t.short_shape]));
        out.push(hash(22, &[&t.short_shape, shape_at(1)]));
        if self.shouting {
            out.push(hash(25, &[&t.lower]));
        }
        self.document_features(i, out);
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

    /// How the same word is written elsewhere in the document: a capital at a
    /// sentence start or in a headline says little, but the same word in lower
    /// case elsewhere ("The", "Monday"…) or capitalized mid-sentence does.
    fn document_features(&self, i: usize, out: &mut Vec<u64>) {
        let t = self.token(i);
        if !t.capitalized {
            return;
        }
        let position = match (i, self.shouting) {
            (_, true) => "headline",
            (0, false) => "first",
            _ => "later",
        };
        if self.document.lower_case.contains_key(&t.document_key) {
            out.push(hash(26, &[position]));
        }
        // Mid-sentence capitals elsewhere: this token's own occurrence does not count.
        let own = u32::from(i > 0 && !self.shouting);
        if self.document.capitalized_inside.get(&t.document_key).is_some_and(|n| *n > own) {
            out.push(hash(27, &[position]));
        }
    }
}

impl super::cleanup::TokenLists for SentenceView<'_, '_, '_> {
    fn begins_title(&self, i: usize) -> bool {
        self.list_begins("title", i)
    }
    fn is_date_word(&self, i: usize) -> bool {
        self.list_begins("month", i)
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

/// What stands past the sentence's edge on the side of `offset`.
fn edge(offset: isize) -> &'static str {
    if offset < 0 {
        BOS
    } else {
        EOS
    }
}

fn cluster_number((bits, depth): (u32, u32)) -> u64 {
    u64::from(depth) << 32 | u64::from(bits)
}

/// The features of a word form wherever it stands: the form, its affixes and
/// shapes, and its cluster path prefixes (coarse to fine).
fn word_features(t: &TokenView, out: &mut Vec<u64>) {
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
    match t.cluster {
        Some(path) => {
            for (template, n) in [(40, 4), (41, 6), (42, 10), (43, 32)] {
                out.push(hash_number(template, cluster_number(path.prefix(n))));
            }
        }
        None => out.push(hash(44, &[if t.capitalized { "cap" } else { "low" }])),
    }
}

/// The features the word `neighbour` gives the token `offset` (one of
/// [`NEIGHBOURS`]) before or after it; `None`: the sentence ends there.
fn neighbour_features(neighbour: Option<&TokenView>, offset: isize, out: &mut Vec<u64>) {
    let lower = neighbour.map_or(edge(offset), |v| v.lower.as_str());
    let (word, suffix_template, clusters) = match offset {
        -1 => (13, Some(23), Some((45, 46))),
        1 => (14, Some(24), Some((47, 48))),
        -2 => (15, None, None),
        _ => (16, None, None),
    };
    out.push(hash(word, &[lower]));
    let Some(v) = neighbour else { return };
    if let Some(s) = suffix_template.and_then(|template| suffix(&v.lower, 3).map(|s| (template, s))) {
        out.push(hash(s.0, &[s.1]));
    }
    if let (Some((coarse, fine)), Some(path)) = (clusters, v.cluster) {
        out.push(hash_number(coarse, cluster_number(path.prefix(6))));
        out.push(hash_number(fine, cluster_number(path.prefix(32))));
    }
}
