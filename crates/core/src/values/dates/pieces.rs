//! The pieces every date rule reads: a month's name, a day of the month, a
//! four-digit year, and the `Found` a rule returns.

use super::super::numbers::parse_integer;
use super::super::relative::Anchor;
use super::super::sentence::{Found, Sentence};
use crate::label::Label;
use crate::segment::token::TokenKind;

pub(super) fn found(start: usize, end: usize, label: Label, value: Option<String>, relative: bool) -> Found {
    Found { start, end, label, value, relative, amount: None, unit: None, anchor: None, timex: None }
}

/// A relative date: no value of its own until a reference date places it.
pub(super) fn relative(start: usize, end: usize, anchor: Option<Anchor>) -> Found {
    Found { anchor, ..found(start, end, Label::DATE, None, true) }
}

/// The token after a joiner at `at` ("de", "of"), or `at` itself where there is none:
/// "28 de julio", "the 28th of July", "noviembre de este año".
pub(super) fn past_joiner(s: &Sentence, at: usize) -> usize {
    at + s.phrase(at, s.vocabulary.date_joiners).unwrap_or(0)
}

/// A month name (not an abbreviation: "Jan." alone is too often something else).
pub(super) fn month_word(s: &Sentence, i: usize) -> Option<u8> {
    let word = s.lower(i);
    if word.ends_with('.') || word.len() < 3 {
        return None;
    }
    s.vocabulary.month(word)
}

pub(super) fn month_any(s: &Sentence, i: usize) -> Option<u8> {
    if i >= s.len() {
        return None;
    }
    s.vocabulary.month(s.lower(i))
}

/// A day of the month: 28, "28." (German), 28th, 1st, 1º.
pub(super) fn day(s: &Sentence, i: usize) -> Option<u32> {
    let word = s.lower(i);
    // "el primero de mayo", "el uno de agosto": the first, in words, before its month.
    if matches!(word, "primero" | "uno" | "premier" | "primo") && month_any(s, past_joiner(s, i + 1)).is_some() {
        return Some(1);
    }
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .or_else(|| word.strip_suffix('º'))
        .or_else(|| word.strip_suffix('°'))
        .unwrap_or(word);
    if digits.len() > 3 {
        return None;
    }
    parse_integer(digits).filter(|d| (1..=31).contains(d))
}

pub(super) fn four_digit_year(s: &Sentence, i: usize) -> Option<u32> {
    let word = s.lower(i);
    (word.len() == 4 && s.kind(i) == Some(TokenKind::Number))
        .then(|| parse_integer(word))
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}
