//! Clock times: 15:30, 3 p.m., 15 Uhr, "las 8.15", 08:30 UTC, each on the day
//! named with it or on the article's own.

use super::super::numbers::parse_integer;
use super::super::relative::{Anchor, Day, TimeOfDay};
use super::super::sentence::{Found, Sentence};
use super::super::words::Shift;
use super::pieces::found;
use crate::label::Label;
use crate::segment::token::TokenKind;

/// "local time" after a clock time, part of it (TimeBank es spans "las 08.00 hora local").
const LOCAL_TIME: &[&str] =
    &["local time", "hora local", "horas locales", "ortszeit", "heure locale", "ora locale", "lokale tijd"];

/// Words after a time that say it is universal time, TimeML's Z.
const UTC: &[&str] = &["gmt", "utc"];

/// Words between a time and the day it is on: "10 p.m. on Wednesday", "las seis de ayer".
const TIME_DAY_JOINERS: &[&str] = &["on", "de", "del", "am"];

/// A clock time: 15:30, 3 p.m., 15 Uhr, "las 8.15" and "las 11 de la mañana" (es: the
/// article is the time's), 08:30 UTC; on the day named right after it (10 p.m. Wednesday,
/// las seis de la mañana de ayer), else on the article's own day once that is known.
pub(super) fn time(s: &Sentence, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    let after_article = v.language != crate::Language::En && s.is(i, v.determiners);
    let k = if after_article { i + 1 } else { i };
    let word = s.lower(k);
    let hour_word_after = s.is(k + 1, v.hour_words);
    let (hour, minute) = match word.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 && s.kind(k) == Some(TokenKind::Number) => {
            // "8.15" is a time only with its article or an hour word ("las 8.15", "13.00 GMT"), else a number.
            if word.contains('.') && !(after_article || hour_word_after || s.is(k + 1, UTC)) {
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
    while let Some(n) = s.phrase(end, v.hour_words).or_else(|| s.phrase(end, UTC)) {
        let pm = matches!(s.lower(end), "p.m." | "pm");
        if pm && hour < 12 {
            hour += 12;
        } else if pm && hour > 12 {
            return None;
        }
        utc |= s.is(end, UTC);
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
