//! Numbers as written in each locale: "34.000" is 34000 in German and
//! Spanish, 34.0 in English; "1,5" is 1.5 in German; "254,000" is 254000 in English.

/// Amounts above this are refused: no news figure is this large, and f64
/// stops being exact long before.
pub const MAX_AMOUNT: f64 = 1e15;

/// The value of a number token (`34.000`, `1,5`, `3.5`, `28.`), or `None` for
/// anything else, including numbers too large to be meant.
pub fn parse_number(text: &str, decimal_comma: bool) -> Option<f64> {
    let text = text.strip_suffix('.').unwrap_or(text);
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    if !text.as_bytes()[0].is_ascii_digit() || !text.as_bytes()[text.len() - 1].is_ascii_digit() {
        return None;
    }
    let (group, decimal) = if decimal_comma { ('.', ',') } else { (',', '.') };
    let (whole, fraction) = match text.rsplit_once(decimal) {
        Some((w, f)) if !f.contains(group) => (w, Some(f)),
        Some(_) => return None,
        None => (text, None),
    };
    if whole.contains(decimal) {
        return None;
    }
    let mut groups = whole.split(group);
    let first = groups.next()?;
    let rest: Vec<&str> = groups.collect();
    if first.is_empty() || first.len() > 3 && !rest.is_empty() || rest.iter().any(|g| g.len() != 3) {
        return None;
    }
    let digits: String = std::iter::once(first).chain(rest).collect();
    let number: String = match fraction {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    let value: f64 = number.parse().ok()?;
    (value.is_finite() && value <= MAX_AMOUNT).then_some(value)
}

/// A plain integer token ("2023", "28", "28."), for days, months and years.
pub fn parse_integer(text: &str) -> Option<u32> {
    let text = text.strip_suffix('.').unwrap_or(text);
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// An amount as a reader writes it in a normalized value: no exponent, no
/// trailing zeros (52000000, 1.5, 0.25).
pub fn format_amount(amount: f64) -> String {
    if amount.fract() == 0.0 && amount.abs() < MAX_AMOUNT * 10.0 {
        format!("{amount:.0}")
    } else {
        let s = format!("{amount:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_locale_number_formats() {
        assert_eq!(parse_number("34.000", true), Some(34000.0));
        assert_eq!(parse_number("1,5", true), Some(1.5));
        assert_eq!(parse_number("1.234,56", true), Some(1234.56));
        assert_eq!(parse_number("254,000", false), Some(254000.0));
        assert_eq!(parse_number("3.5", false), Some(3.5));
        assert_eq!(parse_number("34.000", false), Some(34.0));
        assert_eq!(parse_number("28.", true), Some(28.0));
        assert_eq!(parse_number("1.23.4", true), None, "groups of three only");
        assert_eq!(parse_number("12:30", true), None);
        assert_eq!(parse_number("99999999999999999999999", false), None, "too large to be meant");
        assert_eq!(format_amount(52_000_000.0), "52000000");
        assert_eq!(format_amount(1.5), "1.5");
    }
}
