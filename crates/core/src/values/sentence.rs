//! The tokens of one sentence as the value rules see them, what a rule found
//! there, and the kinds of time expression that are not points on the calendar.

use super::relative;
use super::words::ValueWords;
use crate::label::Label;
use crate::segment::token::TokenKind;
use serde::{Deserialize, Serialize};

/// How long or how often, where a DATE or TIME value is not a point on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Timex {
    /// How long: "three days" (P3D), "nearly an hour" (PT1H), "los próximos años" (PXY).
    Duration,
    /// How often: "every week" (P1W), "cada seis meses" (P6M), "each Thursday" (XXXX-WXX-4).
    Set,
}

/// What a rule found, in sentence-token indices.
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub value: Option<String>,
    pub relative: bool,
    pub amount: Option<f64>,
    pub unit: Option<String>,
    /// Where a relative or year-less date lands once a reference date is known.
    pub anchor: Option<relative::Anchor>,
    pub timex: Option<Timex>,
}

/// The tokens of one sentence as the rules see them.
pub(crate) struct Sentence<'a> {
    pub words: Vec<&'a str>,
    pub lower: Vec<String>,
    pub kinds: Vec<TokenKind>,
    pub vocabulary: &'static ValueWords,
}

impl Sentence<'_> {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    pub fn is(&self, i: usize, list: &[&str]) -> bool {
        i < self.len() && list.contains(&self.lower(i))
    }

    /// Tokens a phrase from `list` covers at `i` ("por ciento" is two), longest first.
    pub fn phrase(&self, i: usize, list: &[&str]) -> Option<usize> {
        list.iter().filter_map(|p| self.phrase_len(i, p.split(' '))).max()
    }

    pub fn phrase_len<'p>(&self, i: usize, words: impl IntoIterator<Item = &'p str>) -> Option<usize> {
        let mut n = 0;
        for word in words {
            if self.lower(i + n) != word {
                return None;
            }
            n += 1;
        }
        (n > 0).then_some(n)
    }

    /// Like [`Sentence::phrase`] for a table: tokens covered and the entry's value.
    pub fn entry<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<(usize, T)> {
        table.iter().filter_map(|(p, v)| Some((self.phrase_len(i, p.split(' '))?, *v))).max_by_key(|e| e.0)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.kinds.get(i).copied()
    }
}
