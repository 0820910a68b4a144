//! DATE and TIME: absolute dates (28. Juli 2023, July 28, 28 de julio de 2023,
//! 12.05.2019, 2019-05-12), months and years with a cue (in March, seit 2014),
//! weekdays and relative dates (yesterday, last January, el año pasado, vor
//! zwei Jahren), and clock times (15:30 Uhr, 3 p.m.).

mod eras;
mod pieces;
mod tense;
mod times;

use super::calendar::valid_day;
use super::durations;
use super::numbers::parse_integer;
use super::relative::{Anchor, Day, Tense, TimeOfDay};
use super::sentence::{Found, Sentence};
use super::words::{Period, Shift, ValueWords};
use crate::label::Label;
use crate::segment::token::TokenKind;
use eras::{decade_or_century, fiscal_year, CENTURIES};
use pieces::{day, found, four_digit_year, month_any, month_word, past_joiner, relative};
use tense::tense;
use times::time;

pub(crate) fn date_or_time(s: &Sentence, i: usize) -> Option<Found> {
    time(s, i).or_else(|| date(s, i))
}

/// How many units a modifier moves: last −1, this 0, next +1; "same" names no reference.
fn steps(shift: Shift) -> Option<i32> {
    match shift {
        Shift::Before => Some(-1),
        Shift::This => Some(0),
        Shift::After => Some(1),
        Shift::Same => None,
    }
}

fn date(s: &Sentence, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    // "mañana" is tomorrow alone, the morning after a determiner or modifier ("por la mañana", "esta mañana").
    let part_of_day = i > 0 && (s.is(i - 1, v.determiners) || s.entry(i - 1, v.relative_modifiers).is_some());
    if let Some((n, days)) = s.entry(i, v.relative_days).filter(|_| !part_of_day) {
        // "hoy, jueves", "ayer miércoles": the weekday names the same day.
        let comma = usize::from(s.lower(i + n) == ",");
        let end = match s.entry(i + n + comma, v.weekdays()) {
            Some((w, _)) if v.language != crate::Language::En => i + n + comma + w,
            _ => i + n,
        };
        // "yesterday afternoon", "gestern Abend": the part of that day.
        if let Some((p, part)) = s.entry(end, v.day_parts).filter(|_| end == i + n) {
            let at = Anchor::At { day: Day::Offset(days), time: TimeOfDay::Part(part) };
            return Some(relative(i, end + p, Some(at)));
        }
        return Some(relative(i, end, Some(Anchor::Offset { unit: Period::Day, count: days })));
    }
    // "now", "recently": the present or the past as a whole, with no day of its own.
    if let Some((n, value)) = s.entry(i, v.deictic) {
        return Some(Found { value: Some(value.to_string()), ..relative(i, i + n, None) });
    }
    if let Some(&(_, days, part)) = v.day_parts_alone.iter().find(|d| d.0 == s.lower(i)) {
        return Some(relative(i, i + 1, Some(Anchor::At { day: Day::Offset(days), time: TimeOfDay::Part(part) })));
    }
    if let Some(year) = year_alone(s, i) {
        return Some(found(i, i + 1, Label::DATE, Some(format!("{year:04}")), false));
    }
    if let Some((end, unit, count)) = counted_ago(s, i) {
        return Some(relative(i, end, Some(Anchor::Offset { unit, count: -count })));
    }
    if let Some((start, end, unit, count)) = counted_ahead(s, i) {
        return Some(relative(start, end, Some(Anchor::Offset { unit, count })));
    }
    // A determiner is kept only in front of a date ("el miércoles", "the 28th of July", "el 2000").
    let j = if s.is(i, v.determiners) { i + 1 } else { i };
    if let Some((end, value)) = decade_or_century(s, j) {
        return Some(found(i, end, Label::DATE, Some(value), false));
    }
    // "fiscal 1989", "FY2007", "fiscal year 1990": the year, as TimeBank values it.
    if let Some(year) = fiscal_year(s, j) {
        return Some(found(i, year.0, Label::DATE, Some(format!("{:04}", year.1)), false));
    }
    // "el mes de septiembre [del 2001]": the month's words are the date's.
    if let Some((at, _)) = month_after_month_word(s, j) {
        let month = date(s, at)?;
        return Some(Found { start: i, ..month });
    }
    // "the weekend", "el fin de semana": the nearest one, which way by its verb.
    if let Some((p, Period::Weekend)) = s.entry(j, v.periods).filter(|_| j > i) {
        return Some(relative(i, j + p, Some(Anchor::Weekend { tense: tense(s, i) })));
    }
    // In English "the 2008 elections" the determiner is the noun's.
    if j > i && v.language != crate::Language::En {
        if let Some(year) = year_alone(s, j) {
            return Some(found(i, j + 1, Label::DATE, Some(format!("{year:04}")), false));
        }
    }
    // "last week", "next Monday", "last January".
    if let Some((m, shift)) = s.entry(j, v.relative_modifiers) {
        let k = j + m;
        // "el próximo mes de septiembre", "el pasado mes de mayo": that month.
        if let Some((at, month)) = month_after_month_word(s, k) {
            return Some(relative(i, at + 1, Some(Anchor::Month { month, shift, tense: None })));
        }
        // "the past years", "die letzten Jahre": a plural lasts (a duration), it is no date.
        if let Some((p, unit)) = s.entry(k, v.periods).filter(|_| !durations::is_plural_unit(s, k)) {
            let anchor = steps(shift).map(|count| Anchor::Offset { unit, count });
            return Some(relative(i, k + p, anchor));
        }
        if let Some((p, day)) = s.entry(k, v.weekdays()) {
            // "este domingo", "this Sunday": the coming one, unless its verb is past.
            let shift = match shift {
                Shift::This if tense(s, i) != Some(Tense::Past) => Shift::After,
                other => other,
            };
            return Some(relative(i, k + p, Some(Anchor::Weekday { day, shift })));
        }
        // "este siglo", "this century": the reference's (TimeML's first two digits).
        if shift == Shift::This && s.is(k, CENTURIES) {
            return Some(relative(i, k + 1, Some(Anchor::Century)));
        }
        if let Some((p, part)) = s.entry(k, v.day_parts) {
            let anchor = steps(shift).map(|days| Anchor::At { day: Day::Offset(days), time: TimeOfDay::Part(part) });
            return Some(relative(i, k + p, anchor));
        }
        if let Some(month) = month_word(s, k) {
            return Some(relative(i, k + 1, Some(Anchor::Month { month, shift, tense: None })));
        }
        // "el próximo 2 de mayo", "el pasado 2 de marzo": the modifier says which way the date lies.
        if let Some((end, value, anchor)) = absolute(s, k) {
            let tense = match shift {
                Shift::Before => Some(Tense::Past),
                Shift::After => Some(Tense::Future),
                _ => None,
            };
            return Some(Found {
                anchor: anchor.map(|a| a.with_tense(tense)),
                ..found(i, end, Label::DATE, Some(value), false)
            });
        }
    }
    // "el año pasado", "la semana que viene".
    if let Some((p, unit)) = s.entry(j, v.periods) {
        if let Some((m, shift)) = s.entry(j + p, v.relative_modifiers) {
            let anchor = steps(shift).map(|count| Anchor::Offset { unit, count });
            return Some(relative(i, j + p + m, anchor));
        }
    }
    if let Some((w, day)) = s.entry(j, v.weekdays()) {
        let k = if s.lower(j + w) == "," { j + w + 1 } else { j + w };
        return Some(match absolute(s, k) {
            // "Saturday, April 25": the date, placed on the calendar like one without its weekday.
            Some((end, value, anchor)) => Found {
                anchor: anchor.map(|a| a.with_tense(tense(s, i))),
                ..found(i, end, Label::DATE, Some(value), false)
            },
            // "el lunes pasado", "el jueves próximo": a modifier after it says which one.
            // ("Monday next week" is Monday and next week.)
            None => match s
                .entry(j + w, v.relative_modifiers)
                .filter(|&(m, shift)| shift != Shift::Same && s.entry(j + w + m, v.periods).is_none())
            {
                Some((m, shift)) => relative(i, j + w + m, Some(Anchor::Weekday { day, shift })),
                // A bare weekday is the last one, or the next one when its verb speaks of the future.
                None => {
                    let shift = if tense(s, j) == Some(Tense::Future) { Shift::After } else { Shift::This };
                    // "Friday evening", "Saturday night": the part of that day.
                    match s.entry(j + w, v.day_parts) {
                        Some((p, part)) => {
                            let at = Anchor::At { day: Day::Weekday { day, shift }, time: TimeOfDay::Part(part) };
                            relative(i, j + w + p, Some(at))
                        }
                        None => relative(i, j + w, Some(Anchor::Weekday { day, shift })),
                    }
                }
            },
        });
    }
    if let Some(quarter) = reported_quarter(s, i, j) {
        return Some(quarter);
    }
    if let Some(part) = year_part(s, i, j) {
        return Some(part);
    }
    if let Some(season) = season(s, i, j) {
        return Some(season);
    }
    // "early October", "Anfang März", "finales de 2019": the part keeps the date's value.
    let (j, part) = match s.phrase(j, v.date_parts) {
        Some(n) if absolute(s, j + n).is_some() => (j + n, true),
        // "late yesterday", "early Tuesday", "earlier Sunday": that day.
        Some(n) if s.entry(j + n, v.relative_days).is_some() || s.entry(j + n, v.weekdays()).is_some() => {
            let day = date(s, j + n)?;
            return Some(Found { start: i, ..day });
        }
        Some(n) => {
            // "principios de año", "Anfang des Jahres": the part of the current period.
            if let Some((p, unit)) = s.entry(j + n, v.periods).or_else(|| {
                let det = s.phrase(j + n, v.determiners)?;
                s.entry(j + n + det, v.periods).map(|(p, unit)| (det + p, unit))
            }) {
                return Some(relative(i, j + n + p, Some(Anchor::Offset { unit, count: 0 })));
            }
            // "early next year", "earlier this month": the part of a relative period.
            if let Some((m, shift)) = s.entry(j + n, v.relative_modifiers) {
                if let Some((p, unit)) = s.entry(j + n + m, v.periods) {
                    let anchor = steps(shift).map(|count| Anchor::Offset { unit, count });
                    return Some(relative(i, j + n + m + p, anchor));
                }
            }
            if let Some((end, value)) = decade_or_century(s, j + n) {
                return Some(found(i, end, Label::DATE, Some(value), false));
            }
            let year = four_digit_year(s, j + n)?;
            return Some(found(i, j + n + 1, Label::DATE, Some(format!("{year:04}")), false));
        }
        None => (j, false),
    };
    let (end, value, anchor) = absolute(s, j)?;
    // "January this year", "June last year": the month of a year counted from the reference.
    if let Some(Anchor::Month { month, shift: Shift::This, .. }) = anchor {
        // "noviembre de este año": the joiner belongs to it.
        let after = past_joiner(s, end);
        if let Some((m, shift)) = s.entry(after, v.relative_modifiers) {
            if let (Some((p, Period::Year)), Some(years)) = (s.entry(after + m, v.periods), steps(shift)) {
                return Some(relative(i, after + m + p, Some(Anchor::MonthOfYear { month, years })));
            }
        }
    }
    let month_alone = end == j + 1 && month_word(s, j).is_some();
    let cued = part || j > i || s.is(i.wrapping_sub(1), v.year_cues);
    if month_alone && !cued && !v.months_stand_alone {
        return None; // English "May", "March": only with a cue ("in March")
    }
    if month_alone && i > 0 && s.kind(i - 1) == Some(TokenKind::Number) {
        return None; // the month of an impossible day ("31. Februar") stays text
    }
    // "the Nov. 1 deadline", "the November 1995 issue": the determiner is the noun's, not the date's.
    let i = if j > i && !part && modifies_noun(s, end) { j } else { i };
    // "junio pasado", "el 25 de abril pasado", "septiembre próximo": a modifier after says which way.
    if let Some((m, shift @ (Shift::Before | Shift::After))) = s.entry(end, v.relative_modifiers) {
        if anchor.is_some() && s.entry(end + m, v.periods).is_none() {
            let tense = if shift == Shift::Before { Tense::Past } else { Tense::Future };
            let anchor = match anchor {
                Some(Anchor::Month { month, .. }) => Anchor::Month { month, shift: Shift::This, tense: Some(tense) },
                Some(other) => other.with_tense(Some(tense)),
                None => return None,
            };
            return Some(Found { anchor: Some(anchor), ..found(i, end + m, Label::DATE, Some(value), false) });
        }
    }
    let anchor = anchor.map(|a| a.with_tense(tense(s, i)));
    Some(Found { anchor, ..found(i, end, Label::DATE, Some(value), false) })
}

/// Modifiers of a quarter named without its number, with how many quarters before the
/// reference's it lies: the latest quarter is the last one ended (1), the current one is the
/// reference's (0), the year-ago quarter the one a year before the last ended (5).
const QUARTER_MODIFIERS: &[(&str, i32)] = &[
    ("latest", 1),
    ("last", 1),
    ("recent", 1),
    ("most recent", 1),
    ("just-ended", 1),
    ("current", 0),
    ("year-ago", 5),
    ("year-earlier", 5),
    ("comparable year-ago", 5),
    ("último", 1),
    ("letzten", 1),
    ("abgelaufenen", 1),
    ("laufenden", 0),
];
/// A quarter's word, singular.
const QUARTER_WORDS: &[&str] = &["quarter", "trimestre", "quartal"];

/// "the quarter", "the latest quarter", "the current quarter", "the year-ago quarter", "el
/// último trimestre", "im laufenden Quartal": a quarter named without its number, which news
/// of results means as the last one ended (2019-Q3 in an article of October), as TimeBank
/// and MEANTIME both value it. Not "a quarter of the vote".
fn reported_quarter(s: &Sentence, i: usize, j: usize) -> Option<Found> {
    if j == i && !s.is(i, &["its"]) || !(j..j + 3).any(|k| s.is(k, QUARTER_WORDS)) {
        return None;
    }
    let (m, back) = s.entry(j, QUARTER_MODIFIERS).unwrap_or((0, 1));
    let at = j + m;
    if !s.is(at, QUARTER_WORDS) || s.is(at + 1, &["of", "de", "des"]) || s.is(at + 1, &["century"]) {
        return None;
    }
    Some(relative(i, at + 1, Some(Anchor::QuarterBefore { quarters: back })))
}

/// "the third quarter [of 2019]", "third-quarter", "el tercer trimestre de 2019",
/// "im dritten Quartal", "the first half": TimeML's 2019-Q3 and 2019-H1, in the
/// reference's year when none is given.
fn year_part(s: &Sentence, i: usize, j: usize) -> Option<Found> {
    let v = s.vocabulary;
    // "the fiscal first quarter": a company's year, numbered as its own.
    let j = j + usize::from(s.lower(j) == "fiscal");
    // "third-quarter" is one token.
    let (number, letter, end) = match s.lower(j).split_once('-') {
        Some((ordinal, part)) => {
            (ValueWords::lookup(v.ordinals, ordinal)?, ValueWords::lookup(v.year_parts, part)?, j + 1)
        }
        None => {
            let (o, number) = s.entry(j, v.ordinals)?;
            let (p, letter) = s.entry(j + o, v.year_parts)?;
            (number, letter, j + o + p)
        }
    };
    if number > if letter == 'Q' { 4 } else { 2 } {
        return None;
    }
    if let Some((year, end)) = year_after(s, end) {
        return Some(found(i, end, Label::DATE, Some(format!("{year:04}-{letter}{number}")), false));
    }
    Some(relative(i, end, Some(Anchor::YearPart { letter, number })))
}

/// "the summer", "last winter", "el verano", "im Herbst": a season, with a
/// determiner, a modifier or a cue (in, during) before it.
fn season(s: &Sentence, i: usize, j: usize) -> Option<Found> {
    let v = s.vocabulary;
    let (m, shift) = s.entry(j, v.relative_modifiers).unwrap_or((0, Shift::This));
    let (n, code) = s.entry(j + m, v.seasons)?;
    let cued = j > i || m > 0 || i > 0 && s.is(i - 1, v.year_cues);
    if !cued {
        return None;
    }
    let end = j + m + n;
    if let Some((year, end)) = year_after(s, end) {
        return Some(found(i, end, Label::DATE, Some(format!("{year:04}-{code}")), false));
    }
    let tense = if m == 0 { tense(s, i) } else { None };
    Some(relative(i, end, Some(Anchor::Season { code, shift, tense })))
}

/// "mes de septiembre", "Monat März": the word for a month at `k`, a joiner, and the month it
/// names: (the month's token, its number).
fn month_after_month_word(s: &Sentence, k: usize) -> Option<(usize, u8)> {
    let (p, Period::Month) = s.entry(k, s.vocabulary.periods)? else { return None };
    let at = past_joiner(s, k + p);
    month_word(s, at).filter(|_| at > k + p).map(|month| (at, month))
}

/// The year that names which quarter or season it is ("of 2019", "de 2021", "2018"), and the end of the date with it.
fn year_after(s: &Sentence, end: usize) -> Option<(u32, usize)> {
    let at = past_joiner(s, end);
    four_digit_year(s, at).map(|year| (year, at + 1))
}

/// Words that may follow a date that heads its phrase ("the Nov. 1 of that year", "the 28th
/// when"); another lower-case word after an English date is a noun the date modifies.
const AFTER_A_HEAD: &[&str] = &[
    "of", "in", "and", "or", "to", "for", "on", "at", "was", "is", "were", "will", "when", "that", "with", "as",
    "before", "after", "from", "until", "by", "through", "but", "had", "has", "would", "could", "the", "a",
];

/// Whether an English date ending before `end` modifies the noun after it: "the Nov. 1 deadline".
fn modifies_noun(s: &Sentence, end: usize) -> bool {
    let next = s.lower(end);
    s.vocabulary.language == crate::Language::En
        && s.kind(end) == Some(TokenKind::Word)
        && s.words.get(end).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
        && !AFTER_A_HEAD.contains(&next)
}

/// A bare year with a cue before it (in 2023, seit 2014, en 2019) or nothing
/// after it but punctuation; the cue stays outside the span.
fn year_alone(s: &Sentence, i: usize) -> Option<u32> {
    let year = four_digit_year(s, i).filter(|y| (1800..=2100).contains(y))?;
    let cue = i > 0 && (s.is(i - 1, s.vocabulary.year_cues) || s.is(i - 1, s.vocabulary.determiners));
    let closes = i + 1 >= s.len() || matches!(s.kind(i + 1), Some(TokenKind::Punct | TokenKind::Quote));
    // "a 1962 standoff", "its 1990 invasion": a year before the noun it dates.
    let modifies = i > 0 && s.is(i - 1, s.vocabulary.year_determiners) && s.kind(i + 1) == Some(TokenKind::Word);
    (cue || closes || modifies).then_some(year)
}

/// A count of periods at `k` (2, zwei, dos): (count, unit, end).
fn counted_periods(s: &Sentence, k: usize) -> Option<(i32, Period, usize)> {
    // "nearly two weeks ago", "hace más de 30 años": the approximation is part of the date.
    let k = k + durations::approximation(s, k).unwrap_or(0);
    let count = parse_integer(s.lower(k))
        .and_then(|n| i32::try_from(n).ok())
        .or_else(|| s.entry(k, s.vocabulary.numbers).map(|(_, n)| n as i32))?;
    let (p, unit) = s.entry(k + 1, s.vocabulary.periods)?;
    Some((count, unit, k + 1 + p))
}

/// "two years ago", "hace dos años", "vor zwei Jahren": (end, unit, count).
fn counted_ago(s: &Sentence, i: usize) -> Option<(usize, Period, i32)> {
    let v = s.vocabulary;
    if let Some(b) = s.phrase(i, v.ago_before) {
        let (n, unit, end) = counted_periods(s, i + b)?;
        return Some((end, unit, n));
    }
    let (n, unit, end) = counted_periods(s, i)?;
    s.phrase(end, v.ago_after).map(|a| (end + a, unit, n))
}

/// "in two weeks", "in zwei Wochen", "dentro de dos años": (start, end, unit, count); the
/// preposition stays outside, as TimeML has it. ("within two weeks" lasts: a duration.)
fn counted_ahead(s: &Sentence, i: usize) -> Option<(usize, usize, Period, i32)> {
    let b = s.phrase(i, s.vocabulary.ahead_before)?;
    let (n, unit, end) = counted_periods(s, i + b)?;
    Some((i + b, end, unit, n))
}

/// An absolute date starting at `i`: (end, ISO value, and what places it on
/// the calendar when it has no year: 28. Juli → --07-28).
fn absolute(s: &Sentence, i: usize) -> Option<(usize, String, Option<Anchor>)> {
    if i >= s.len() {
        return None;
    }
    if let Some(value) = numeric_date(s.lower(i), s.vocabulary.decimal_comma) {
        return Some((i + 1, value, None));
    }
    // Day first: 28. Juli [2023], 28 de julio de 2023, the 28th of July, 28 July 2023.
    if let Some(d) = day(s, i) {
        let k = past_joiner(s, i + 1);
        if let Some(m) = month_any(s, k) {
            return with_year(s, k + 1, Some(d), m); // "31. Februar" stays text
        }
    }
    // Month first: July 28[, 2023]; July 2023; julio de 2023; March.
    let m = month_any(s, i)?;
    let k = i + 1;
    if let Some(d) = day(s, k).filter(|_| four_digit_year(s, k).is_none()) {
        return with_year(s, k + 1, Some(d), m);
    }
    if month_word(s, i).is_some() {
        return with_year(s, k, None, m);
    }
    None
}

/// Reads an optional year after a day and month: (end, value, anchor when
/// the year is missing); `None` when the day cannot be in that month.
fn with_year(s: &Sentence, mut k: usize, day: Option<u32>, month: u8) -> Option<(usize, String, Option<Anchor>)> {
    let mut after = k;
    if s.lower(after) == "," {
        after += 1;
    }
    after = past_joiner(s, after);
    let year = four_digit_year(s, after);
    if year.is_some() {
        k = after + 1;
    }
    let (value, anchor) = match (year, day) {
        (Some(y), Some(d)) if valid_day(Some(y), month, d) => (format!("{y:04}-{month:02}-{d:02}"), None),
        (None, Some(d)) if valid_day(None, month, d) => {
            (format!("--{month:02}-{d:02}"), Some(Anchor::MonthDay { month, day: d as u8, tense: None }))
        }
        (Some(y), None) => (format!("{y:04}-{month:02}"), None),
        (None, None) => (format!("--{month:02}"), Some(Anchor::Month { month, shift: Shift::This, tense: None })),
        _ => return None,
    };
    Some((k, value, anchor))
}

/// 2019-05-12, 12.05.2019, 12/05/2019 (month first in English when the day
/// cannot be first: 05/28/2019).
pub(crate) fn numeric_date(word: &str, decimal_comma: bool) -> Option<String> {
    let parts: Vec<&str> = word.split(['-', '.', '/']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let separator = word.bytes().find(|b| !b.is_ascii_digit())?;
    let (y, m, d) = match separator {
        b'-' if parts[0].len() == 4 => (n[0], n[1], n[2]),
        b'.' | b'/' if parts[2].len() == 4 => {
            let day_first = decimal_comma || separator == b'.' || n[1] > 12;
            if day_first {
                (n[2], n[1], n[0])
            } else {
                (n[2], n[0], n[1])
            }
        }
        _ => return None,
    };
    let month = u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
    ((1000..=2999).contains(&y) && valid_day(Some(y), month, d)).then(|| format!("{y:04}-{month:02}-{d:02}"))
}
