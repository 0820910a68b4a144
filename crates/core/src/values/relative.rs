//! Dates that need the article's own date to land on the calendar, in the
//! TimeML style: yesterday → 2019-09-25, Wednesday → the Wednesday on or
//! before the reference, last January → 2019-01, el año pasado → 2018, vor
//! zwei Wochen → 2019-W37; and dates without a year (28. Juli, in March),
//! which take the reference's year unless that puts them over eight months away.

use super::calendar::CalendarDate;
use super::words::{Period, Shift};

/// How far a resolved date may lie from its reference: beyond this ("in 300
/// Jahren") the expression stays relative, with no value.
const MAX_YEARS_AWAY: i32 = 200;

/// The tense of the verb a date goes with: a bare month or day of the past
/// lies on or before the article's date, one of the future on or after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Days a day-and-month may lie on the wrong side of the article's date for its tense.
const TENSE_MARGIN_DAYS: i64 = 7;

/// TimeML's seasons, in the order they come from March on.
const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The season a month is in (0 = spring, from March).
fn season_of(month: u8) -> usize {
    usize::from((month + 9) % 12 / 3)
}

/// The year of the unit numbered `wanted` (a month, a season) when the
/// reference is in unit `now` of its year: which way comes from the shift and tense.
fn year_of(reference_year: i32, wanted: usize, now: usize, shift: Shift, tense: Option<Tense>) -> Option<i32> {
    Some(match (shift, tense) {
        (Shift::Before, _) if wanted < now => reference_year,
        (Shift::Before, _) => reference_year - 1,
        (Shift::After, _) if wanted > now => reference_year,
        (Shift::After, _) => reference_year + 1,
        (Shift::This, Some(Tense::Past)) if wanted <= now => reference_year,
        (Shift::This, Some(Tense::Past)) => reference_year - 1,
        (Shift::This, Some(Tense::Future)) if wanted >= now => reference_year,
        (Shift::This, Some(Tense::Future)) => reference_year + 1,
        (Shift::This, None) => reference_year,
        (Shift::Same, _) => return None,
    })
}

/// What a date expression says about its place on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// A count of units away: yesterday (−1 day), vor zwei Wochen (−2 weeks), el año pasado (−1 year).
    Offset { unit: Period, count: i32 },
    /// A weekday (0 = Monday), before, on or after the reference.
    Weekday { day: u8, shift: Shift },
    /// A month of an unnamed year: last January, next March, in March; the
    /// tense of its verb says which way a bare one lies (were suspended in October).
    Month { month: u8, shift: Shift, tense: Option<Tense> },
    /// A day and month without a year: 28. Juli, July 28.
    MonthDay { month: u8, day: u8, tense: Option<Tense> },
    /// A month of a year counted from the reference's: January this year (0), June last year (−1).
    MonthOfYear { month: u8, years: i32 },
    /// A quarter or a half of the reference's year: the third quarter → 2019-Q3 (letter Q or H).
    YearPart { letter: char, number: u8 },
    /// A season: the summer → 2019-SU, last winter, el verano.
    Season { code: &'static str, shift: Shift, tense: Option<Tense> },
    /// A quarter counted back from the reference's: the latest quarter (1), the current (0), the year-ago (5).
    QuarterBefore { quarters: i32 },
    /// "this century", "este siglo": the reference's, as TimeML writes it (19 for 1999).
    Century,
    /// "the weekend" alone: the last one, or the coming one when its verb speaks of the future.
    Weekend { tense: Option<Tense> },
    /// A time or a part of a day on a day named with it, or on the article's own:
    /// 10 p.m. Wednesday, Friday evening, this morning, last night (−1 day, NI), las 8.15, 08:30 UTC.
    At { day: Day, time: TimeOfDay },
}

/// The day a time falls on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Day {
    /// Some days from the reference: 0 for a bare time, −1 for "yesterday".
    Offset(i32),
    /// A weekday: "Friday evening", "noon Thursday".
    Weekday { day: u8, shift: Shift },
}

/// A time of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeOfDay {
    /// On the clock; `utc` when written so (GMT, UTC), which TimeML marks with Z.
    Clock { hour: u8, minute: u8, utc: bool },
    /// A part of the day, as TimeML codes it: MO, AF, EV, NI.
    Part(&'static str),
}

impl TimeOfDay {
    /// TimeML's form after the date: T08:15, T08:30Z, TEV.
    pub fn timeml(self) -> String {
        match self {
            TimeOfDay::Clock { hour, minute, utc } => format!("T{hour:02}:{minute:02}{}", if utc { "Z" } else { "" }),
            TimeOfDay::Part(part) => format!("T{part}"),
        }
    }
}

impl Anchor {
    /// The same anchor with its verb's tense where the tense decides: a bare
    /// month ("in October") or a day and month without a year.
    pub fn with_tense(self, tense: Option<Tense>) -> Anchor {
        match self {
            Anchor::Month { month, shift: Shift::This, .. } => Anchor::Month { month, shift: Shift::This, tense },
            Anchor::MonthDay { month, day, .. } => Anchor::MonthDay { month, day, tense },
            other => other,
        }
    }

    /// The TimeML value of this date seen from `reference`, or `None` when it cannot be placed.
    pub fn resolve(self, reference: CalendarDate) -> Option<String> {
        let value = match self {
            Anchor::Offset { unit, count } => match unit {
                Period::Day => reference.plus_days(i64::from(count))?.to_string(),
                Period::Week => {
                    let (year, week) = reference.plus_days(7 * i64::from(count))?.iso_week();
                    format!("{year:04}-W{week:02}")
                }
                Period::Month => {
                    let (year, month) = reference.plus_months(count);
                    format!("{year:04}-{month:02}")
                }
                Period::Year => format!("{:04}", reference.year.checked_add(count)?),
                Period::Weekend => {
                    let (year, week) = reference.plus_days(7 * i64::from(count))?.iso_week();
                    format!("{year:04}-W{week:02}-WE")
                }
                // TimeML writes a decade as its first three digits: the 2000s are "200".
                Period::Decade => format!("{:03}", reference.year.div_euclid(10).checked_add(count)?),
            },
            Anchor::QuarterBefore { quarters } => {
                let index = reference.year.checked_mul(4)? + i32::from(reference.month - 1) / 3 - quarters;
                format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1)
            }
            Anchor::Century => return Some(format!("{:02}", reference.year.div_euclid(100))),
            Anchor::Weekend { tense } => {
                let weekday = i64::from(reference.weekday());
                // On a Saturday or Sunday it is this one; on a weekday the last one, or the next for the future.
                let days = match tense {
                    _ if weekday >= 5 => 0,
                    Some(Tense::Future) => 5 - weekday,
                    _ => -(weekday + 1),
                };
                let (year, week) = reference.plus_days(days)?.iso_week();
                format!("{year:04}-W{week:02}-WE")
            }
            Anchor::At { day, time } => {
                let date = match day {
                    Day::Offset(days) => Anchor::Offset { unit: Period::Day, count: days },
                    Day::Weekday { day, shift } => Anchor::Weekday { day, shift },
                };
                format!("{}{}", date.resolve(reference)?, time.timeml())
            }
            Anchor::Weekday { day, shift } => {
                let back = i64::from((reference.weekday() + 7 - day) % 7);
                let offset = match shift {
                    // News reports the past: a bare weekday is the last one on or before the article's day.
                    Shift::This => -back,
                    Shift::Before if back == 0 => -7,
                    Shift::Before => -back,
                    Shift::After => 7 - back,
                    Shift::Same => return None,
                };
                reference.plus_days(offset)?.to_string()
            }
            Anchor::Month { month, shift: Shift::This, tense: None } => {
                format!("{:04}-{month:02}", plain_year(reference, month, 15)?)
            }
            Anchor::Month { month, shift, tense } => {
                let year = year_of(reference.year, usize::from(month), usize::from(reference.month), shift, tense)?;
                format!("{year:04}-{month:02}")
            }
            Anchor::MonthDay { month, day, tense } => {
                let plain = plain_year(reference, month, day)?;
                let away = CalendarDate::new(plain, month, day.min(28))?.days() - reference.days();
                // The tense turns a day around only when the nearest reading is over a week on
                // the wrong side: an editorial "said on Saturday, April 25" of an April 24 article is the next day.
                let year = match tense {
                    Some(Tense::Past) if away > TENSE_MARGIN_DAYS => plain - 1,
                    Some(Tense::Future) if away < -TENSE_MARGIN_DAYS => plain + 1,
                    _ => plain,
                };
                CalendarDate::new(year, month, day)?.to_string()
            }
            Anchor::MonthOfYear { month, years } => format!("{:04}-{month:02}", reference.year.checked_add(years)?),
            Anchor::YearPart { letter, number } => format!("{:04}-{letter}{number}", reference.year),
            Anchor::Season { code, shift, tense } => {
                let wanted = SEASONS.iter().position(|s| *s == code)?;
                // Winter runs over the new year: January's winter is the one that began in December.
                let now = season_of(reference.month);
                let year = year_of(reference.year, wanted, now, shift, tense)?;
                let year = if wanted == 3 && now == 3 && reference.month <= 2 && shift == Shift::This {
                    year - 1
                } else {
                    year
                };
                format!("{year:04}-{code}")
            }
        };
        let year: i32 = match value.get(..4).and_then(|y| y.parse().ok()) {
            Some(year) => year,
            None => value.get(..3)?.parse::<i32>().ok()? * 10, // a decade
        };
        ((year - reference.year).abs() <= MAX_YEARS_AWAY && (1000..=2999).contains(&year)).then_some(value)
    }
}

/// The plain reading of a month and day without a year: the reference's year,
/// unless that puts it more than eight months away ("28 December" read on 3
/// January is last December's; "5 January" read on 28 December is next January's).
fn plain_year(reference: CalendarDate, month: u8, day: u8) -> Option<i32> {
    // 29 February in a year without it: measure from the 28th.
    let date = CalendarDate::new(reference.year, month, day)
        .or_else(|| CalendarDate::new(reference.year, month, day.min(28)))?;
    Some(match date.days() - reference.days() {
        away if away > 245 => reference.year - 1,
        away if away < -245 => reference.year + 1,
        _ => reference.year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(anchor: Anchor) -> Option<String> {
        anchor.resolve(CalendarDate::parse("2019-09-26").unwrap()) // a Thursday
    }

    #[test]
    fn the_issue_examples_from_posted_september_26_2019() {
        assert_eq!(at(Anchor::Weekday { day: 2, shift: Shift::This }).as_deref(), Some("2019-09-25"), "Wednesday");
        assert_eq!(
            at(Anchor::Month { month: 1, shift: Shift::Before, tense: None }).as_deref(),
            Some("2019-01"),
            "last January"
        );
        assert_eq!(at(Anchor::Offset { unit: Period::Year, count: -1 }).as_deref(), Some("2018"), "el año pasado");
        assert_eq!(
            at(Anchor::Offset { unit: Period::Week, count: -2 }).as_deref(),
            Some("2019-W37"),
            "vor zwei Wochen"
        );
        assert_eq!(at(Anchor::Offset { unit: Period::Day, count: -1 }).as_deref(), Some("2019-09-25"), "yesterday");
        assert_eq!(at(Anchor::MonthDay { month: 7, day: 28, tense: None }).as_deref(), Some("2019-07-28"), "28. Juli");
    }

    #[test]
    fn tense_says_which_way_a_bare_month_or_day_lies() {
        // 2019-09-26: "were suspended in October" is last October; "will open in March" next March.
        let month = |month, tense| at(Anchor::Month { month, shift: Shift::This, tense: Some(tense) });
        assert_eq!(month(10, Tense::Past).as_deref(), Some("2018-10"));
        assert_eq!(month(9, Tense::Past).as_deref(), Some("2019-09"));
        assert_eq!(month(3, Tense::Future).as_deref(), Some("2020-03"));
        assert_eq!(month(9, Tense::Future).as_deref(), Some("2019-09"));
        let day = |month, day, tense| at(Anchor::MonthDay { month, day, tense: Some(tense) });
        assert_eq!(day(10, 30, Tense::Past).as_deref(), Some("2018-10-30"));
        assert_eq!(day(8, 20, Tense::Future).as_deref(), Some("2020-08-20"));
        // Within a week of the article's date the nearest reading stands, whatever the tense.
        assert_eq!(day(9, 30, Tense::Past).as_deref(), Some("2019-09-30"));
        assert_eq!(day(9, 20, Tense::Future).as_deref(), Some("2019-09-20"));
        assert_eq!(at(Anchor::YearPart { letter: 'Q', number: 3 }).as_deref(), Some("2019-Q3"));
        assert_eq!(at(Anchor::Season { code: "SU", shift: Shift::This, tense: None }).as_deref(), Some("2019-SU"));
        assert_eq!(at(Anchor::Season { code: "SP", shift: Shift::Before, tense: None }).as_deref(), Some("2019-SP"));
        assert_eq!(at(Anchor::Season { code: "WI", shift: Shift::After, tense: None }).as_deref(), Some("2019-WI"));
        assert_eq!(
            at(Anchor::Season { code: "FA", shift: Shift::This, tense: Some(Tense::Future) }).as_deref(),
            Some("2019-FA")
        );
    }

    #[test]
    fn weekdays_months_and_the_far_future() {
        assert_eq!(
            at(Anchor::Weekday { day: 3, shift: Shift::This }).as_deref(),
            Some("2019-09-26"),
            "Thursday: today"
        );
        assert_eq!(
            at(Anchor::Weekday { day: 3, shift: Shift::Before }).as_deref(),
            Some("2019-09-19"),
            "last Thursday"
        );
        assert_eq!(at(Anchor::Weekday { day: 4, shift: Shift::After }).as_deref(), Some("2019-09-27"), "next Friday");
        assert_eq!(
            at(Anchor::Weekday { day: 4, shift: Shift::This }).as_deref(),
            Some("2019-09-20"),
            "Friday: last week's"
        );
        assert_eq!(at(Anchor::Month { month: 10, shift: Shift::After, tense: None }).as_deref(), Some("2019-10"));
        assert_eq!(at(Anchor::Month { month: 9, shift: Shift::Before, tense: None }).as_deref(), Some("2018-09"));
        assert_eq!(
            at(Anchor::Month { month: 3, shift: Shift::This, tense: None }).as_deref(),
            Some("2019-03"),
            "in March"
        );
        assert_eq!(at(Anchor::Month { month: 2, shift: Shift::This, tense: None }).as_deref(), Some("2019-02"));
        assert_eq!(at(Anchor::Offset { unit: Period::Month, count: -1 }).as_deref(), Some("2019-08"));
        assert_eq!(at(Anchor::Offset { unit: Period::Year, count: 300 }), None, "in 300 Jahren stays relative");
        assert_eq!(at(Anchor::Offset { unit: Period::Decade, count: -1 }).as_deref(), Some("200"), "the past decade");
        assert_eq!(at(Anchor::Offset { unit: Period::Weekend, count: 0 }).as_deref(), Some("2019-W39-WE"));
        assert_eq!(
            at(Anchor::At { day: Day::Offset(-1), time: TimeOfDay::Part("NI") }).as_deref(),
            Some("2019-09-25TNI"),
            "last night"
        );
        assert_eq!(at(Anchor::Weekday { day: 1, shift: Shift::Same }), None);
        let new_year = CalendarDate::parse("2019-01-03").unwrap();
        assert_eq!(
            Anchor::MonthDay { month: 12, day: 28, tense: None }.resolve(new_year).as_deref(),
            Some("2018-12-28")
        );
        assert_eq!(
            Anchor::MonthDay { month: 2, day: 29, tense: None }.resolve(new_year),
            None,
            "no 29 February in 2019"
        );
        let late = CalendarDate::parse("2019-12-28").unwrap();
        assert_eq!(Anchor::MonthDay { month: 1, day: 5, tense: None }.resolve(late).as_deref(), Some("2020-01-05"));
    }
}
