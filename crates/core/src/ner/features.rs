//! Features of a token in its sentence, as 64-bit hashes. The trainer and the
//! runtime share this code, so a model sees the same features it learned from;
//! any change here must bump [`FEATURE_VERSION`] and retrain.

/// Stored in model files; a model built for other features is refused.
pub const FEATURE_VERSION: u16 = 2;

use super::gazetteer::{Gazetteer, CATEGORIES};

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
}

impl TokenView {
    fn new(word: &str) -> TokenView {
        let exact: String = word.chars().map(|c| if c.is_numeric() { '0' } else { c }).collect();
        let lower = exact.to_lowercase();
        let mut shape = String::new();
        let mut short_shape = String::new();
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
            if shape.chars().count() < 6 {
                shape.push(class);
            }
            if !short_shape.ends_with(class) {
                short_shape.push(class);
            }
        }
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        TokenView { lower, exact, short_shape, shape, capitalized }
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
pub struct SentenceView {
    tokens: Vec<TokenView>,
    /// All in capitals (a headline): case says little there.
    shouting: bool,
    /// Per token: name-list categories of entries beginning at it, and continuing through it.
    lists: Vec<(u16, u16)>,
}

impl SentenceView {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>, gazetteer: &Gazetteer) -> SentenceView {
        let words: Vec<&str> = words.into_iter().collect();
        let tokens: Vec<TokenView> = words.iter().map(|w| TokenView::new(w)).collect();
        let letters = |v: &TokenView| v.lower.chars().any(char::is_alphabetic);
        let shouting = tokens.iter().filter(|v| letters(v)).count() > 2
            && tokens.iter().filter(|v| letters(v)).all(|v| !v.exact.chars().any(char::is_lowercase));
        // Lists are matched on the real lower case (digits unfolded).
        let lowered: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let lists = gazetteer.annotate(&lowered.iter().map(String::as_str).collect::<Vec<_>>());
        SentenceView { tokens, shouting, lists }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Appends the feature hashes of token `i` to `out`.
    pub fn features(&self, i: usize, out: &mut Vec<u64>) {
        token_features(&self.tokens, self.shouting, i, out);
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
