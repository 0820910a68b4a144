//! Decades, centuries and fiscal years: the 1990s → 199, el siglo XIX → 18,
//! fiscal 1989 → 1989.

use super::super::numbers::parse_integer;
use super::super::sentence::Sentence;
use super::super::words::Period;
use super::pieces::{day, four_digit_year};

/// Words for a century, after its number: the 20th century, el siglo XIX, das 19. Jahrhundert.
pub(super) const CENTURIES: &[&str] =
    &["century", "jahrhundert", "jahrhunderts", "siglo", "siècle", "secolo", "século", "eeuw"];
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
pub(super) fn decade_or_century(s: &Sentence, k: usize) -> Option<(usize, String)> {
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
pub(super) fn fiscal_year(s: &Sentence, k: usize) -> Option<(usize, u32)> {
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
