//! MONEY, PERCENT and QUANTITY: a number (digits, a number word, "52m") with
//! its scale words (million, Mio., mil millones), and a currency, a percent
//! word or a unit before or after it (US$ 3.5 billion, 52 millones de
//! dólares, 5,5 %, 34.000 Barrel pro Tag).

use super::numbers::{format_amount, parse_number, MAX_AMOUNT};
use super::sentence::{Found, Sentence};
use super::words::{ValueWords, CURRENCY_SIGNS};
use crate::label::Label;
use crate::segment::token::TokenKind;

pub(crate) fn amount(s: &Sentence, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    // A currency sign before the number: $52m, € 1,5 Mrd., US$ 3.5 billion, USD 40.
    let (currency_before, j) = match currency_sign(s, i) {
        Some((n, code)) => (Some(code), i + n),
        None => (None, i),
    };
    let (number, mut k) = number(s, j, v)?;
    let mut amount = number;
    while let Some((n, scale)) = s.entry(k, v.scales) {
        amount *= scale;
        k += n;
    }
    if !amount.is_finite() || amount > MAX_AMOUNT {
        return None;
    }
    if let Some(code) = currency_before {
        return Some(money(i, k, amount, code));
    }
    if s.lower(k) == "%" || s.lower(k) == "‰" {
        let per_mille = s.lower(k) == "‰";
        return Some(percent(i, k + 1, if per_mille { amount / 10.0 } else { amount }));
    }
    if let Some(n) = s.phrase(k, v.percent) {
        return Some(percent(i, k + n, amount));
    }
    // The currency or unit after it, possibly after "of"/"de" (millones de dólares).
    let after_of = s.phrase(k, v.of).map(|n| k + n);
    for at in std::iter::once(k).chain(after_of) {
        if let Some((n, code)) = s.entry(at, v.currencies).or_else(|| currency_sign(s, at)) {
            return Some(money(i, at + n, amount, code));
        }
        if let Some((n, unit)) = s.entry(at, v.units) {
            let mut end = at + n;
            let mut unit = unit.to_string();
            if let Some(per) = v.per_day.iter().filter_map(|p| s.phrase_len(end, p.iter().copied())).max() {
                end += per;
                unit.push_str(" per day");
            }
            return Some(Found {
                start: i,
                end,
                label: Label::QUANTITY,
                value: Some(format!("{} {unit}", format_amount(amount))),
                relative: false,
                amount: Some(amount),
                unit: Some(unit),
                anchor: None,
                timex: None,
            });
        }
    }
    None
}

fn money(start: usize, end: usize, amount: f64, code: &str) -> Found {
    Found {
        start,
        end,
        label: Label::MONEY,
        value: Some(format!("{} {code}", format_amount(amount))),
        relative: false,
        amount: Some(amount),
        unit: Some(code.to_string()),
        anchor: None,
        timex: None,
    }
}

fn percent(start: usize, end: usize, amount: f64) -> Found {
    Found {
        start,
        end,
        label: Label::PERCENT,
        value: Some(format!("{}%", format_amount(amount))),
        relative: false,
        amount: Some(amount),
        unit: Some("%".into()),
        anchor: None,
        timex: None,
    }
}

/// $, €, R$ (one token, see the tokenizer), USD.
fn currency_sign(s: &Sentence, i: usize) -> Option<(usize, &'static str)> {
    let word = s.words.get(i)?;
    let is_code = word.len() == 3 && word.chars().all(|c| c.is_ascii_uppercase());
    if s.kind(i) == Some(TokenKind::Symbol) || is_code {
        return ValueWords::lookup(CURRENCY_SIGNS, word).map(|code| (1, code));
    }
    None
}

/// A number at `i`: digits in the locale's format, a number word, or digits
/// with a scale suffix written on ("52m", "1.5bn"). Returns (value, next token).
fn number(s: &Sentence, i: usize, v: &ValueWords) -> Option<(f64, usize)> {
    let word = s.lower(i);
    if s.kind(i) == Some(TokenKind::Number) {
        return parse_number(word, v.decimal_comma).map(|n| (n, i + 1));
    }
    if let Some((n, value)) = s.entry(i, v.numbers) {
        // "two million dollars": a number word counts only with a scale, currency or unit after it.
        return Some((value, i + n));
    }
    let split = word.find(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')?;
    let (digits, suffix) = word.split_at(split);
    let scale = ValueWords::lookup(v.scales, suffix).filter(|_| !digits.is_empty())?;
    Some((parse_number(digits, v.decimal_comma)? * scale, i + 1))
}
