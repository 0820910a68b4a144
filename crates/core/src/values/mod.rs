//! Values: DATE, TIME, MONEY, PERCENT and QUANTITY, found by rules over the
//! tokens of each sentence, each with a normalized value where one can be
//! determined (28. Juli → --07-28; 52 million dollars → 52000000 USD;
//! 34.000 Barrel pro Tag → 34000 barrels per day). Prepositions stay outside
//! the span ("im Jahr 2023" → "2023"); determiners stay inside ("el miércoles").

mod amounts;
pub mod calendar;
mod dates;
mod durations;
pub mod in_words;
pub mod numbers;
pub mod relative;
mod sentence;
pub mod words;

pub use calendar::CalendarDate;
pub use sentence::Timex;

use crate::label::Label;
use crate::segment::sentence::sentence_tokens;
use crate::segment::token::Token;
use crate::text::Span;
use crate::Language;
use sentence::Sentence;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub span: Span,
    pub label: Label,
    /// The tokens it covers, as indices into `Document::tokens`.
    pub tokens: (usize, usize),
    /// ISO 8601 for dates and times (2023-07-28, --07-28, 2023, T15:30);
    /// "AMOUNT UNIT" for money, percentages and quantities (52000000 USD,
    /// 5.5 %, 34000 barrels per day). `None` where it cannot be determined.
    pub value: Option<String>,
    /// Dates that depend on when the text was written: yesterday, last January, el año pasado.
    pub relative: bool,
    /// The date a relative or year-less date was placed from (the article's
    /// reference date), when one was known; `value` is then on the calendar.
    pub reference: Option<CalendarDate>,
    /// The number, for money, percentages and quantities.
    pub amount: Option<f64>,
    /// ISO 4217 currency, "%" or the unit.
    pub unit: Option<String>,
    /// Where a relative or year-less date lands once a reference date is known.
    #[serde(skip)]
    pub anchor: Option<relative::Anchor>,
    /// TimeML's type where it is not the label's own: a DURATION (three days → P3D)
    /// or a SET (every week → P1W); absent for a date or a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timex: Option<Timex>,
}

/// Where a document's reference date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceSource {
    /// The reader gave it (CLI `--date`, a `"date"` on a JSON line, the page's or the embed's `date`).
    Given,
    /// The page's metadata said it (`article:published_time`, `<time datetime>`).
    Metadata,
    /// A dateline or "Posted …" line at the top of the text.
    Dateline,
}

/// The date relative dates are read from: the article's own date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceDate {
    pub date: CalendarDate,
    pub source: ReferenceSource,
}

/// Words that say the date after them is the article's own.
const POSTED: &[&str] = &[
    "posted",
    "published",
    "updated",
    "posted on",
    "published on",
    "veröffentlicht",
    "veröffentlicht am",
    "aktualisiert",
    "aktualisiert am",
    "stand",
    "publicado",
    "publicado el",
    "actualizado",
    "publié",
    "publié le",
    "mis à jour",
    "mis à jour le",
    "pubblicato",
    "pubblicato il",
    "aggiornato",
    "publicado em",
    "atualizado",
    "gepubliceerd",
    "gepubliceerd op",
    "bijgewerkt",
];
/// How far into the text such a line is looked for, in bytes.
const POSTED_WITHIN: usize = 500;

/// A dateline: a date after "Posted", "Veröffentlicht", "Publicado"… near the
/// top of the text; else the first full date (day, month and year) in the first three
/// lines of the text, on a line of at most 100 characters — "Posted September
/// 26, 2019", "March 06, 2008", "Caracas, 26.09.2019". A date in the running
/// text is not the article's own.
pub fn dateline(text: &str, values: &[Value]) -> Option<CalendarDate> {
    let full_date = |v: &Value| {
        (v.label == Label::DATE && !v.relative && v.anchor.is_none())
            .then(|| CalendarDate::parse(v.value.as_deref()?))
            .flatten()
    };
    // "Posted September 26, 2019", "Veröffentlicht am 26.09.2019" near the top, on a line of any length.
    let posted = values.iter().filter(|v| v.span.start < POSTED_WITHIN).find_map(|v| {
        let before = text[..v.span.start].to_lowercase();
        let before = before.trim_end().trim_end_matches([':', ',', '-', '–']).trim_end();
        POSTED.iter().any(|cue| before.ends_with(cue)).then(|| full_date(v)).flatten()
    });
    if posted.is_some() {
        return posted;
    }
    let mut line_start = 0;
    for line in text.split_inclusive('\n').filter(|l| !l.trim().is_empty()).take(3) {
        let start = line_start + text[line_start..].find(line).unwrap_or(0);
        let end = start + line.len();
        line_start = end;
        if line.trim().chars().count() > 100 {
            continue;
        }
        if let Some(date) = values.iter().filter(|v| v.span.start >= start && v.span.end <= end).find_map(full_date) {
            return Some(date);
        }
    }
    None
}

/// Puts relative and year-less dates on the calendar, seen from `reference`;
/// a date it cannot place (in 300 Jahren, the same day) keeps no value.
pub fn place_on_calendar(values: &mut [Value], reference: CalendarDate) {
    for value in values.iter_mut() {
        if let Some(placed) = value.anchor.and_then(|a| a.resolve(reference)) {
            value.value = Some(placed);
            value.reference = Some(reference);
        }
    }
}

/// Every value in the document's sentences, in text order; `language_at`
/// gives the language whose words and number format apply at a byte offset.
pub fn find_values(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    language_at: impl Fn(usize) -> Option<Language>,
) -> Vec<Value> {
    let mut values = Vec::new();
    for (sentence, range) in sentence_tokens(tokens, sentences) {
        let first = range.start;
        let slice = &tokens[range];
        let words: Vec<&str> = slice.iter().map(|t| t.text(text)).collect();
        let s = Sentence {
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
            kinds: slice.iter().map(|t| t.kind).collect(),
            words,
            vocabulary: words::for_language(language_at(sentence.start)),
        };
        let mut i = 0;
        while i < s.len() {
            // Most tokens start nothing; "a", "every", "several" start only a duration or a set.
            let duration_start = durations::can_start(&s, i);
            // ("nearly two weeks ago" is a date starting at a duration's word.)
            let value_start =
                s.vocabulary.can_start(s.lower(i)) || duration_start && durations::approximation(&s, i).is_some();
            if !value_start && !duration_start {
                i += 1;
                continue;
            }
            let found = value_start
                .then(|| dates::date_or_time(&s, i))
                .flatten()
                .or_else(|| duration_start.then(|| durations::duration_or_set(&s, i)).flatten())
                .or_else(|| value_start.then(|| amounts::amount(&s, i)).flatten());
            match found {
                Some(f) if f.end > f.start && f.end <= s.len() => {
                    let (a, b) = (slice[f.start].span, slice[f.end - 1].span);
                    values.push(Value {
                        span: Span { start: a.start, end: b.end, start16: a.start16, end16: b.end16 },
                        label: f.label,
                        tokens: (first + f.start, first + f.end),
                        value: f.value,
                        relative: f.relative,
                        reference: None,
                        amount: f.amount,
                        unit: f.unit,
                        anchor: f.anchor,
                        timex: f.timex,
                    });
                    i = f.end;
                }
                _ => i += 1,
            }
        }
    }
    values
}
