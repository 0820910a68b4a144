//! Values as a reader reads them, for the page and the report: TimeML and
//! normalized amounts in words ("the third quarter of 2019", "28 July (year
//! not given)", "52,000,000 USD"). English, like the page.

use super::{Timex, Value};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A value's normalized form as a reader reads it: "28 July (year not given)",
/// "52,000,000 USD", "relative to when it was written".
pub fn value_in_words(value: &Value) -> String {
    match value.value.as_deref() {
        None if value.relative => "relative to when it was written".to_string(),
        None => "no exact value".to_string(),
        Some(normalized) if value.timex.is_some() => {
            let set = value.timex == Some(Timex::Set);
            recurrence_in_words(normalized, set).unwrap_or_else(|| normalized.to_string())
        }
        // "yesterday" placed from the article's date says which date it was counted from.
        Some(normalized) => match value.reference.filter(|_| value.relative) {
            Some(reference) => {
                format!(
                    "{} (from the article's date, {})",
                    normalized_in_words(normalized),
                    normalized_in_words(&reference.to_string())
                )
            }
            None => normalized_in_words(normalized),
        },
    }
}

/// TimeML's units of a duration: the letter and the unit's name, singular and plural.
const UNITS: [(char, &str, &str); 7] = [
    ('D', "day", "days"),
    ('W', "week", "weeks"),
    ('M', "month", "months"),
    ('Y', "year", "years"),
    ('Q', "quarter", "quarters"),
    ('E', "decade", "decades"),
    ('C', "century", "centuries"),
];
const CLOCK_UNITS: [(char, &str, &str); 3] =
    [('H', "hour", "hours"), ('M', "minute", "minutes"), ('S', "second", "seconds")];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// A duration or a set in words: P3D "3 days", PT1H "1 hour", PXY "several years";
/// as a set, P1W "every week", P6M "every 6 months", XXXX-WXX-4 "every Thursday", XXXX-07 "every July".
fn recurrence_in_words(normalized: &str, set: bool) -> Option<String> {
    if let Some(rest) = normalized.strip_prefix("XXXX-") {
        let name = match rest.strip_prefix("WXX-") {
            Some(day) => WEEKDAYS.get(day.parse::<usize>().ok()?.checked_sub(1)?)?,
            None => MONTHS.get(rest.parse::<usize>().ok()?.checked_sub(1)?)?,
        };
        return Some(format!("every {name}"));
    }
    let period = normalized.strip_prefix('P')?;
    let (units, period) = match period.strip_prefix('T') {
        Some(clock) => (&CLOCK_UNITS[..], clock),
        None => (&UNITS[..], period),
    };
    let letter = period.chars().last()?;
    let count = &period[..period.len() - letter.len_utf8()];
    let &(_, one, many) = units.iter().find(|u| u.0 == letter)?;
    Some(match (count, set) {
        ("X", false) => format!("several {many}"),
        ("X", true) => format!("every few {many}"),
        ("1", false) => format!("1 {one}"),
        ("1", true) => format!("every {one}"),
        (n, false) if n.parse::<u32>().is_ok() => format!("{n} {many}"),
        (n, true) if n.parse::<u32>().is_ok() => format!("every {n} {many}"),
        _ => return None,
    })
}

/// Seasons as TimeML codes them.
const SEASONS: [(&str, &str); 4] = [("SP", "spring"), ("SU", "summer"), ("FA", "fall"), ("WI", "winter")];

/// Parts of a day as TimeML codes them.
const DAY_PARTS: [(&str, &str); 4] = [("MO", "morning"), ("AF", "afternoon"), ("EV", "evening"), ("NI", "night")];

pub fn normalized_in_words(normalized: &str) -> String {
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied();
    let day = |d: &str| d.parse::<u32>().ok();
    match normalized {
        "PRESENT_REF" => return "the present".to_string(),
        "PAST_REF" => return "the past".to_string(),
        "FUTURE_REF" => return "the future".to_string(),
        _ => {}
    }
    // "2019-09-25TNI": a part of a day.
    if let Some((date, part)) = normalized.split_once('T').filter(|(d, _)| d.len() == 10) {
        if let Some((_, words)) = DAY_PARTS.iter().find(|(code, _)| *code == part) {
            return format!("{}, {words}", normalized_in_words(date));
        }
        // "2000-06-01T08:15", "…T13:30Z": a time on a day.
        if part.len() >= 5 && part.as_bytes()[2] == b':' {
            let utc = if part.ends_with('Z') { " UTC" } else { "" };
            return format!("{}, {}{utc}", normalized_in_words(date), part.trim_end_matches('Z'));
        }
    }
    // "200": a decade.
    if normalized.len() == 3 && normalized.bytes().all(|b| b.is_ascii_digit()) {
        return format!("the {normalized}0s");
    }
    // "19": a century, the 20th.
    if normalized.len() == 2 && normalized.bytes().all(|b| b.is_ascii_digit()) {
        let n = normalized.parse::<u32>().unwrap_or(0) + 1;
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        return format!("the {n}{suffix} century");
    }
    let parts: Vec<&str> = normalized.split('-').collect();
    match parts.as_slice() {
        // "2019-Q3", "2019-H1", "2019-SU": parts of a year.
        [y, part] if y.len() == 4 && (part.starts_with(['Q', 'H']) || SEASONS.iter().any(|(code, _)| code == part)) => {
            let number = part[1..].parse::<usize>().ok();
            let ordinal = number.and_then(|n| ["first", "second", "third", "fourth"].get(n.wrapping_sub(1))).copied();
            match (&part[..1], ordinal) {
                ("Q", Some(ordinal)) => return format!("the {ordinal} quarter of {y}"),
                ("H", Some(ordinal)) if number <= Some(2) => return format!("the {ordinal} half of {y}"),
                _ => {}
            }
            if let Some((_, season)) = SEASONS.iter().find(|(code, _)| code == part) {
                return format!("{season} {y}");
            }
        }
        ["", "", m] => {
            if let Some(m) = month(m) {
                return format!("{m} (year not given)");
            }
        }
        [y, w] | [y, w, "WE"] if y.len() == 4 && w.starts_with('W') => {
            let weekend = if parts.len() == 3 { "the weekend of " } else { "" };
            return format!("{weekend}week {} of {y}", w.trim_start_matches('W').trim_start_matches('0'));
        }
        ["", "", m, d] => {
            if let (Some(m), Some(d)) = (month(m), day(d)) {
                return format!("{d} {m} (year not given)");
            }
        }
        [y, m, d] if y.len() == 4 => {
            if let (Some(m), Some(d)) = (month(m), day(d)) {
                return format!("{d} {m} {y}");
            }
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            if let Some(m) = month(m) {
                return format!("{m} {y}");
            }
        }
        _ => {}
    }
    if let Some(time) = normalized.strip_prefix('T') {
        return time.to_string();
    }
    // "52000000 USD", "34000 barrels per day": the number with thousands separated.
    if let Some((number, unit)) = normalized.split_once(' ') {
        if let Ok(n) = number.parse::<f64>() {
            return format!("{} {unit}", group_thousands(n));
        }
    }
    normalized.to_string()
}

fn group_thousands(n: f64) -> String {
    let whole = format!("{:.0}", n.trunc().abs());
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let fraction = n.fract().abs();
    let sign = if n < 0.0 { "-" } else { "" };
    if fraction > 0.0 {
        format!("{sign}{grouped}{}", format!("{fraction:.2}").trim_start_matches('0').trim_end_matches('0'))
    } else {
        format!("{sign}{grouped}")
    }
}

#[cfg(test)]
mod tests {
    use super::normalized_in_words;

    #[test]
    fn durations_and_sets_read_as_words() {
        use super::recurrence_in_words as words;
        assert_eq!(words("P3D", false).as_deref(), Some("3 days"));
        assert_eq!(words("PT1H", false).as_deref(), Some("1 hour"));
        assert_eq!(words("PTXM", false).as_deref(), Some("several minutes"));
        assert_eq!(words("PXY", false).as_deref(), Some("several years"));
        assert_eq!(words("P1E", false).as_deref(), Some("1 decade"));
        assert_eq!(words("P1W", true).as_deref(), Some("every week"));
        assert_eq!(words("P6M", true).as_deref(), Some("every 6 months"));
        assert_eq!(words("XXXX-WXX-4", true).as_deref(), Some("every Thursday"));
        assert_eq!(words("XXXX-07", true).as_deref(), Some("every July"));
        assert_eq!(words("P3Z", false), None);
        assert_eq!(words("XXXX-WXX-9", true), None);
    }

    #[test]
    fn values_read_as_words() {
        assert_eq!(normalized_in_words("2019-W37"), "week 37 of 2019");
        assert_eq!(normalized_in_words("2019-W39-WE"), "the weekend of week 39 of 2019");
        assert_eq!(normalized_in_words("2019-09-25TNI"), "25 September 2019, night");
        assert_eq!(normalized_in_words("PRESENT_REF"), "the present");
        assert_eq!(normalized_in_words("200"), "the 2000s");
        assert_eq!(normalized_in_words("19"), "the 20th century");
        assert_eq!(normalized_in_words("20"), "the 21st century");
        assert_eq!(normalized_in_words("--07-28"), "28 July (year not given)");
        assert_eq!(normalized_in_words("2023-07-28"), "28 July 2023");
        assert_eq!(normalized_in_words("2019-09"), "September 2019");
        assert_eq!(normalized_in_words("2023"), "2023");
        assert_eq!(normalized_in_words("T15:30"), "15:30");
        assert_eq!(normalized_in_words("2000-06-01T08:15"), "1 June 2000, 08:15");
        assert_eq!(normalized_in_words("2000-06-01T13:30Z"), "1 June 2000, 13:30 UTC");
        assert_eq!(normalized_in_words("52000000 USD"), "52,000,000 USD");
        assert_eq!(normalized_in_words("34000 barrels per day"), "34,000 barrels per day");
        assert_eq!(normalized_in_words("1.5 EUR"), "1.5 EUR");
        assert_eq!(normalized_in_words("5.5%"), "5.5%");
        assert_eq!(normalized_in_words("2019-Q3"), "the third quarter of 2019");
        assert_eq!(normalized_in_words("2018-H1"), "the first half of 2018");
        assert_eq!(normalized_in_words("2019-SU"), "summer 2019");
        assert_eq!(normalized_in_words("--10"), "October (year not given)");
        assert_eq!(normalized_in_words("PAST_REF"), "the past");
    }
}
