//! Days on the Gregorian calendar, and the arithmetic relative dates need:
//! days since the epoch (Howard Hinnant's civil-date algorithms), weekdays,
//! ISO weeks, and months counted from a month.

use core::fmt;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Whether `day` is a day of `month` (of `year`, if known: 29 February needs a leap year).
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

/// A calendar day; years 1000–2999, as the date finder reads them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CalendarDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CalendarDate {
    /// The day, if it exists (no 31 February) and its year is in 1000–2999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid_year = (1000..=2999).contains(&year);
        (valid_year && valid_day(Some(year as u32), month, u32::from(day))).then_some(CalendarDate { year, month, day })
    }

    /// `YYYY-MM-DD`, exactly; anything else (2019-13-45, 19-09-26, a time) is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(r)?;
            part.bytes().all(|b| b.is_ascii_digit()).then(|| part.parse().ok()).flatten()
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        CalendarDate::new(year as i32, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = i64::from(self.month);
        let day_of_year = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The day `days` after 1970-01-01 (`None` outside years 1000–2999).
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        CalendarDate::new(i32::try_from(year).ok()?, month as u8, day as u8)
    }

    pub fn plus_days(self, n: i64) -> Option<Self> {
        CalendarDate::from_days(self.days().checked_add(n)?)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// The ISO 8601 week: (week-numbering year, week 1–53).
    pub fn iso_week(self) -> (i32, u8) {
        // The week's Thursday decides its year.
        let thursday = self.days() - i64::from(self.weekday()) + 3;
        let year = CalendarDate::from_days(thursday).map_or(self.year, |d| d.year);
        let first = CalendarDate { year, month: 1, day: 1 }.days();
        (year, ((thursday - first) / 7 + 1) as u8)
    }

    /// The month `n` months after this one: (year, month).
    pub fn plus_months(self, n: i32) -> (i32, u8) {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        CalendarDate::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD): {text}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> CalendarDate {
        CalendarDate::parse(text).unwrap()
    }

    #[test]
    fn days_weekdays_and_weeks() {
        assert_eq!(date("1970-01-01").days(), 0);
        assert_eq!(date("2019-09-26").weekday(), 3, "a Thursday");
        assert_eq!(date("2000-02-29").plus_days(1), Some(date("2000-03-01")));
        assert_eq!(date("2019-01-01").plus_days(-1), Some(date("2018-12-31")));
        for n in [-800_000, -1, 0, 1, 59, 365, 10_000, 300_000] {
            if let Some(d) = CalendarDate::from_days(n) {
                assert_eq!(d.days(), n);
            }
        }
        assert_eq!(date("2019-09-12").iso_week(), (2019, 37));
        assert_eq!(date("2021-01-03").iso_week(), (2020, 53), "a Sunday in the last week of 2020");
        assert_eq!(date("2019-12-30").iso_week(), (2020, 1));
        assert_eq!(date("2019-01-15").plus_months(-1), (2018, 12));
        assert_eq!(date("2019-11-15").plus_months(2), (2020, 1));
    }

    #[test]
    fn only_real_dates_parse() {
        for bad in
            ["2019-13-45", "2019-02-29", "19-09-26", "2019-9-26", "2019-09-26T10:00", "", "2019/09/26", "0999-01-01"]
        {
            assert_eq!(CalendarDate::parse(bad), None, "{bad}");
        }
        assert_eq!(date("2020-02-29").to_string(), "2020-02-29");
    }
}
