//! DATE and TIME: absolute dates (28. Juli 2023, July 28, 28 de julio de 2023,
//! 12.05.2019, 2019-05-12), months and years with a cue (in March, seit 2014),
//! weekdays and relative dates (yesterday, last January, el año pasado, vor
//! zwei Jahren), and clock times (15:30 Uhr, 3 p.m.).

use super::durations;
use super::numbers::parse_integer;
use super::relative::{Anchor, Day, Tense, TimeOfDay};
use super::words::{Period, Shift, ValueWords};
use super::{Found, Sentence};
use crate::label::Label;
use crate::segment::token::TokenKind;

pub(crate) fn date_or_time(s: &Sentence, i: usize) -> Option<Found> {
    time(s, i).or_else(|| date(s, i))
}

fn found(start: usize, end: usize, label: Label, value: Option<String>, relative: bool) -> Found {
    Found { start, end, label, value, relative, amount: None, unit: None, anchor: None, timex: None }
}

/// A relative date: no value of its own until a reference date places it.
fn relative(start: usize, end: usize, anchor: Option<Anchor>) -> Found {
    Found { anchor, ..found(start, end, Label::DATE, None, true) }
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
        return Some(relative(i, i + 1, Some(Anchor::DayPart { days, part })));
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
    if let Some((p, Period::Month)) = s.entry(j, v.periods) {
        let joined = j + p + s.phrase(j + p, v.date_joiners).unwrap_or(0);
        if joined > j + p && month_word(s, joined).is_some() {
            let month = date(s, joined)?;
            return Some(Found { start: i, ..month });
        }
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
        if let Some((p, Period::Month)) = s.entry(k, v.periods) {
            let joined = k + p + s.phrase(k + p, v.date_joiners).unwrap_or(0);
            if let Some(month) = month_word(s, joined).filter(|_| joined > k + p) {
                return Some(relative(i, joined + 1, Some(Anchor::Month { month, shift, tense: None })));
            }
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
            let anchor = steps(shift).map(|days| Anchor::DayPart { days, part });
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
        let after = end + s.phrase(end, v.date_joiners).unwrap_or(0);
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

/// The year that names which quarter or season it is ("of 2019", "de 2021", "2018"), and the end of the date with it.
fn year_after(s: &Sentence, end: usize) -> Option<(u32, usize)> {
    let at = end + s.phrase(end, s.vocabulary.date_joiners).unwrap_or(0);
    four_digit_year(s, at).map(|year| (year, at + 1))
}

/// Words for a century, after its number: the 20th century, el siglo XIX, das 19. Jahrhundert.
const CENTURIES: &[&str] = &["century", "jahrhundert", "jahrhunderts", "siglo", "siècle", "secolo", "século", "eeuw"];
/// Decades in words, with their tens (the nineties; los años noventa; la década de los ochenta).
const DECADE_WORDS: &[(&str, u32)] = &[
    ("twenties", 2),
    ("thirties", 3),
    ("forties", 4),
    ("fifties", 5),
    ("sixties", 6),
    ("seventies", 7),
    ("eighties", 8),
    ("nineties", 9),
    ("veinte", 2),
    ("treinta", 3),
    ("cuarenta", 4),
    ("cincuenta", 5),
    ("sesenta", 6),
    ("setenta", 7),
    ("ochenta", 8),
    ("noventa", 9),
];

/// A decade or a century at `k`, TimeML's first three or two digits: the 1990s, the mid-1990s,
/// the '80s, 1990er, the nineties, los años noventa → 199 (198); the 20th century, el siglo XIX,
/// das 19. Jahrhundert → 19 (18). (end, value).
fn decade_or_century(s: &Sentence, k: usize) -> Option<(usize, String)> {
    let word = s.lower(k);
    let bare = ["mid-", "early-", "late-"].iter().find_map(|p| word.strip_prefix(p)).unwrap_or(word);
    // "1990s", "1990's", "'80s", "1990er", "90er".
    let digits = bare.strip_suffix("'s").or_else(|| bare.strip_suffix('s')).or_else(|| bare.strip_suffix("er"));
    if let Some(digits) = digits {
        let digits = digits.trim_start_matches(['\'', '’']);
        let year = match digits.len() {
            4 => parse_integer(digits).filter(|y| (1000..=2999).contains(y) && y % 10 == 0),
            2 => parse_integer(digits).filter(|y| y % 10 == 0).map(|y| 1900 + y),
            _ => None,
        };
        if let Some(year) = year {
            // "die 90er Jahre": the word for years is the decade's.
            let end = k + 1 + usize::from(s.entry(k + 1, s.vocabulary.periods).is_some_and(|(_, p)| p == Period::Year));
            return Some((end, format!("{:03}", year / 10)));
        }
    }
    // ("mid-1996" is left alone: TimeBank values it 1996, MEANTIME 1996-06.)
    let century_after = s.is(k + 1, CENTURIES);
    if !word.ends_with("ies") && !matches!(word, "años" | "década" | "decada") && !s.is(k, CENTURIES) && !century_after
    {
        return None;
    }
    // "the nineties", "los años noventa", "la década de los noventa".
    let lead = ["años", "década de los", "decada de los"].iter().filter_map(|p| s.phrase_len(k, p.split(' '))).max();
    // "los años 30": the tens in digits after the word for years.
    if let Some(lead) = lead {
        if let Some(tens) =
            parse_integer(s.lower(k + lead)).filter(|&n| n % 10 == 0 && n < 100 && s.lower(k + lead).len() == 2)
        {
            return Some((k + lead + 1, format!("19{}", tens / 10)));
        }
    }
    if let Some(&(_, tens)) = DECADE_WORDS.iter().find(|(w, _)| *w == s.lower(k + lead.unwrap_or(0))) {
        let english = s.lower(k + lead.unwrap_or(0)).ends_with("ies");
        if english || lead.is_some() {
            return Some((k + lead.unwrap_or(0) + 1, format!("19{tens}")));
        }
    }
    // "the 20th century", "el siglo XIX", "das 19. Jahrhundert".
    if s.is(k, CENTURIES) {
        let number = roman(s.words.get(k + 1)?)?;
        return Some((k + 2, format!("{:02}", number.checked_sub(1)?)));
    }
    let number = day(s, k).filter(|_| century_after)?;
    Some((k + 2, format!("{:02}", number - 1)))
}

/// A fiscal year at `k`: "fiscal 1989", "fiscal year 1990", "FY2007", "FY 2007": (end, year).
fn fiscal_year(s: &Sentence, k: usize) -> Option<(usize, u32)> {
    let word = s.lower(k);
    if let Some(digits) = word.strip_prefix("fy").filter(|d| d.len() == 4) {
        return parse_integer(digits).filter(|y| (1000..=2999).contains(y)).map(|y| (k + 1, y));
    }
    if !matches!(word, "fiscal" | "fy") {
        return None;
    }
    let at = k + 1 + usize::from(s.lower(k + 1) == "year");
    four_digit_year(s, at).map(|year| (at + 1, year))
}

/// A Roman numeral up to XXX, written in capitals (siglo XIX).
fn roman(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 6 || !word.bytes().all(|b| matches!(b, b'X' | b'V' | b'I')) {
        return None;
    }
    let value = |b: u8| match b {
        b'X' => 10,
        b'V' => 5,
        _ => 1,
    };
    let bytes = word.as_bytes();
    let mut total = 0i32;
    for (n, &b) in bytes.iter().enumerate() {
        let v = value(b);
        total += if bytes.get(n + 1).is_some_and(|&next| value(next) > v) { -v } else { v };
    }
    u32::try_from(total).ok().filter(|&t| (1..=30).contains(&t))
}

/// Words around a date looked at for its verb's tense.
const TENSE_WINDOW: usize = 12;

/// The tense of the verb a date at token `at` goes with: the nearest tense
/// word before it in its clause ("will meet with his counterpart … on
/// Wednesday", "were suspended in October", "se suspendieron en octubre",
/// "wird am Mittwoch"), else the nearest after it ("In October the talks were
/// suspended"). In "announced Friday that it will…" the past before wins.
fn tense(s: &Sentence, at: usize) -> Option<Tense> {
    // "extended to Nov. 16", "bis zum 3. März", "hasta el 20": a deadline lies either way of its verb.
    if at > 0 && s.is(at - 1, DEADLINE_WORDS) {
        return None;
    }
    let before = (at.saturating_sub(TENSE_WINDOW)..at).rev().take_while(|&k| !ends_clause(s, k));
    let after = (at + 1..(at + TENSE_WINDOW).min(s.len())).take_while(|&k| !ends_clause(s, k));
    for k in before.chain(after) {
        if is_present(s, k) {
            return None;
        }
        if let Some(tense) = tense_of(s, k) {
            return Some(tense);
        }
    }
    None
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

/// Prepositions of a deadline, before a date.
const DEADLINE_WORDS: &[&str] = &["until", "till", "through", "to", "bis", "hasta"];

/// English words in -ed that are no past tense: "will succeed Daniel Davison Feb. 1".
const NOT_PAST: &[&str] = &["succeed", "proceed", "exceed", "need", "indeed", "speed", "hundred"];

/// A clause ends at a comma too: in "declared a dividend, payable Dec. 15" the past is not the date's.
fn ends_clause(s: &Sentence, k: usize) -> bool {
    matches!(s.lower(k), ";" | ":" | "." | "?" | "!" | ",") || s.kind(k) == Some(TokenKind::Quote)
}

/// The tense a word at `k` marks, if any: will, wird, va (a); said, was, war, fue,
/// "suspended", "firmó"; "expected to", "scheduled to" and "would" look ahead.
fn tense_of(s: &Sentence, k: usize) -> Option<Tense> {
    let v = s.vocabulary;
    let word = s.lower(k);
    let long = word.chars().count() > 4 && word.chars().all(char::is_alphabetic);
    // "will", "wird"; "set to begin", "to be held": what is planned — unless it was ("had been due to").
    let was = k > 0 && v.past_words.contains(&s.lower(k - 1)) || k > 1 && s.lower(k - 1) == "been";
    let planned = v.plan_words.contains(&word) && s.lower(k + 1) == "to" && !was;
    let english = v.language == crate::Language::En;
    let past_form = long && v.past_endings.iter().any(|e| word.ends_with(e)) && !(english && NOT_PAST.contains(&word));
    // "will be paid", "is expected in December", "was extended": the auxiliary before the participle says when.
    let auxiliary_before =
        k > 0 && matches!(s.lower(k - 1), "be" | "is" | "are" | "am" | "was" | "were" | "been" | "being");
    if english && auxiliary_before && (past_form || v.past_words.contains(&word)) {
        return None;
    }
    if v.future_words.contains(&word) || word == "would" && v.language == crate::Language::En || planned {
        return Some(Tense::Future);
    }
    if long && v.future_endings.iter().any(|e| word.ends_with(e)) {
        return Some(Tense::Future);
    }
    if v.past_words.contains(&word) || past_form {
        return Some(Tense::Past);
    }
    None
}

/// Whether the word at `k` is a verb of the present ("is calling", "is payable"):
/// the date's verb then says nothing of past or future, and the search stops.
fn is_present(s: &Sentence, k: usize) -> bool {
    s.vocabulary.present_words.contains(&s.lower(k))
}

/// A month name (not an abbreviation: "Jan." alone is too often something else).
fn month_word(s: &Sentence, i: usize) -> Option<u8> {
    let word = s.lower(i);
    if word.ends_with('.') || word.len() < 3 {
        return None;
    }
    s.vocabulary.month(word)
}

fn month_any(s: &Sentence, i: usize) -> Option<u8> {
    if i >= s.len() {
        return None;
    }
    s.vocabulary.month(s.lower(i))
}

/// A day of the month: 28, "28." (German), 28th, 1st, 1º.
fn day(s: &Sentence, i: usize) -> Option<u32> {
    let word = s.lower(i);
    // "el primero de mayo", "el uno de agosto": the first, in words, before its month.
    if matches!(word, "primero" | "uno" | "premier" | "primo")
        && month_any(s, i + 1 + s.phrase(i + 1, s.vocabulary.date_joiners).unwrap_or(0)).is_some()
    {
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

fn four_digit_year(s: &Sentence, i: usize) -> Option<u32> {
    let word = s.lower(i);
    (word.len() == 4 && s.kind(i) == Some(TokenKind::Number))
        .then(|| parse_integer(word))
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
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
    let v = s.vocabulary;
    // Day first: 28. Juli [2023], 28 de julio de 2023, the 28th of July, 28 July 2023.
    if let Some(d) = day(s, i) {
        let mut k = i + 1;
        k += s.phrase(k, v.date_joiners).unwrap_or(0);
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
    let v = s.vocabulary;
    let mut after = k;
    if s.lower(after) == "," {
        after += 1;
    }
    after += s.phrase(after, v.date_joiners).unwrap_or(0);
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

pub fn valid_day(year: Option<u32>, month: u8, day: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    };
    (1..=days).contains(&day)
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

/// "local time" after a clock time, part of it (TimeBank es spans "las 08.00 hora local").
const LOCAL_TIME: &[&str] =
    &["local time", "hora local", "horas locales", "ortszeit", "heure locale", "ora locale", "lokale tijd"];

/// Words between a time and the day it is on: "10 p.m. on Wednesday", "las seis de ayer".
const TIME_DAY_JOINERS: &[&str] = &["on", "de", "del", "am"];

/// A clock time: 15:30, 3 p.m., 15 Uhr, "las 8.15" and "las 11 de la mañana" (es: the
/// article is the time's), 08:30 UTC; on the day named right after it (10 p.m. Wednesday,
/// las seis de la mañana de ayer), else on the article's own day once that is known.
fn time(s: &Sentence, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    let after_article = v.language != crate::Language::En && s.is(i, v.determiners);
    let k = if after_article { i + 1 } else { i };
    let word = s.lower(k);
    let hour_word_after = s.is(k + 1, v.hour_words);
    let (hour, minute) = match word.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 && s.kind(k) == Some(TokenKind::Number) => {
            // "8.15" is a time only with its article or an hour word ("las 8.15", "13.00 GMT"), else a number.
            if word.contains('.') && !(after_article || hour_word_after || s.is(k + 1, &["gmt", "utc"])) {
                return None;
            }
            (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
        }
        None if hour_word_after || after_article && s.phrase(k + 1, v.date_joiners).is_some() => {
            let hour = parse_integer(word).or_else(|| s.entry(k, v.numbers).map(|(_, n)| n as u32))?;
            (hour, 0)
        }
        _ => return None,
    };
    if hour > 24 || minute > 59 {
        return None;
    }
    let mut end = k + 1;
    let mut hour = hour;
    let mut utc = false;
    while let Some(n) = s.phrase(end, v.hour_words).or_else(|| s.phrase(end, &["gmt", "utc"])) {
        let pm = matches!(s.lower(end), "p.m." | "pm");
        if pm && hour < 12 {
            hour += 12;
        } else if pm && hour > 12 {
            return None;
        }
        utc |= matches!(s.lower(end), "gmt" | "utc");
        end += n;
    }
    // "las 12:00 horas locales", "08.00 hora local".
    if end > k + 1 && s.is(end, &["local", "locales"]) {
        end += 1;
    } else {
        end += s.phrase(end, LOCAL_TIME).unwrap_or(0);
    }
    // "las 11 de la mañana", "las seis de la tarde": the part of the day says morning or afternoon.
    let joiner = s.phrase(end, v.date_joiners).unwrap_or(0);
    let det = s.phrase(end + joiner, v.determiners).unwrap_or(0);
    if joiner > 0 {
        if let Some((p, part)) = s.entry(end + joiner + det, v.day_parts) {
            if part != "MO" && hour < 12 {
                hour += 12;
            }
            end += joiner + det + p;
        } else if !hour_word_after && !word.contains([':', '.']) {
            return None; // "las 11 de" something else: no time
        }
    } else if after_article && !hour_word_after && !word.contains([':', '.']) {
        return None; // "las 11" alone is a count of something
    }
    let time = TimeOfDay::Clock { hour: (hour % 24) as u8, minute: minute as u8, utc };
    // The day it is on: "10 p.m. Wednesday", "de ayer"; else the article's own.
    let joined = s.phrase(end, TIME_DAY_JOINERS).unwrap_or(0);
    let day = if let Some((n, days)) = s.entry(end + joined, v.relative_days) {
        Some((n, Day::Offset(days)))
    } else {
        s.entry(end + joined, v.weekdays()).map(|(n, day)| (n, Day::Weekday { day, shift: Shift::This }))
    };
    let (end, day) = match day {
        Some((n, day)) => (end + joined + n, day),
        None => (end, Day::Offset(0)),
    };
    Some(Found { anchor: Some(Anchor::At { day, time }), ..found(i, end, Label::TIME, Some(time.timeml()), false) })
}
