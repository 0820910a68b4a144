//! TimeML's DURATION and SET: how long something lasts ("three days" → P3D,
//! "nearly an hour" → PT1H, "the past three months" → P3M, "los próximos
//! años" → PXY, "a 10-year bond" → P10Y) and how often it recurs ("every
//! week" → P1W, "cada seis meses" → P6M, "each Thursday" → XXXX-WXX-4,
//! "daily" → P1D). Tried after the dates, so "two years ago" and "in two
//! weeks" stay dates; a preposition ("for", "während") stays outside.

use super::numbers::parse_integer;
use super::sentence::{Found, Sentence, Timex};
use super::words::{Period, ValueWords};
use crate::label::Label;
use crate::Language;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The words of durations and sets in one language.
struct DurationWords {
    /// Approximations kept inside the span, as TimeML does: about, nearly, more than; casi, más de.
    approximately: &'static [&'static str],
    /// Words for one of a unit: a, an; un, una; ein, eine.
    one: &'static [&'static str],
    /// An unspecified count (TimeML's X): several, a few; varios; mehrere.
    some: &'static [&'static str],
    /// Two of a unit: a couple of; un par de; ein paar is "a few", not two.
    couple: &'static [&'static str],
    /// Between a determiner and a count: the past three months, los últimos dos años, die letzten drei Jahre.
    modifiers: &'static [&'static str],
    /// Units of a clock, with their TimeML letter (after PT): hour H, minute M, second S.
    clock_units: &'static [(&'static str, char)],
    /// Quarters, counted as Q.
    quarters: &'static [&'static str],
    /// Before a unit, a weekday or a month, a recurrence: every, each; cada, todos los; jede, alle.
    every: &'static [&'static str],
    /// A recurrence in one word, with its TimeML value: daily P1D, jährlich P1Y, anualmente P1Y.
    adverbs: &'static [(&'static str, &'static str)],
    /// Plural units: a modifier without a count makes them a duration ("the past years", "die
    /// letzten Jahre", "los últimos meses"); the singular after a modifier is a date ("last year").
    plurals: &'static [&'static str],
    /// The words a duration or a set can start with, built on first use.
    starters: OnceLock<HashSet<&'static str>>,
}

/// Whether a duration or a set can start at token `i`: a count (a number, "three", "a"), a
/// determiner ("the past three months"), or one of this module's words; most tokens are none.
pub(crate) fn can_start(s: &Sentence, i: usize) -> bool {
    let lower = s.lower(i);
    if lower.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let v = s.vocabulary;
    let w = words_for(v.language);
    let starters = w.starters.get_or_init(|| {
        let lists = [w.approximately, w.one, w.some, w.couple, w.every, w.modifiers, v.determiners];
        let words = lists.into_iter().flatten().chain(w.adverbs.iter().map(|a| &a.0));
        let phrases = words.chain(v.numbers.iter().map(|n| &n.0));
        phrases.filter_map(|phrase| phrase.split(' ').next()).collect()
    });
    starters.contains(lower) || lower.split_once('-').is_some_and(|(first, _)| starters.contains(first))
}

/// The approximation at `k` ("nearly", "more than", "casi"): tokens covered.
pub(crate) fn approximation(s: &Sentence, k: usize) -> Option<usize> {
    s.phrase(k, words_for(s.vocabulary.language).approximately)
}

/// Whether the token at `k` is a unit in the plural (years, Jahre, años).
pub(crate) fn is_plural_unit(s: &Sentence, k: usize) -> bool {
    words_for(s.vocabulary.language).plurals.contains(&s.lower(k))
}

fn words_for(language: Language) -> &'static DurationWords {
    match language {
        Language::En => &EN,
        Language::De => &DE,
        Language::Es => &ES,
        Language::Fr => &FR,
        Language::It => &IT,
        Language::Pt => &PT,
        Language::Nl => &NL,
    }
}

/// A duration or a set starting at token `i`.
pub(crate) fn duration_or_set(s: &Sentence, i: usize) -> Option<Found> {
    let w = words_for(s.vocabulary.language);
    set(s, w, i).or_else(|| duration(s, w, i))
}

/// "every week", "every two years", "each Thursday", "cada año", "todos los días", "alle zwei Jahre", "daily".
fn set(s: &Sentence, w: &DurationWords, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    if let Some(&(_, value)) = w.adverbs.iter().find(|(word, _)| *word == s.lower(i)) {
        return Some(timex(i, i + 1, Label::DATE, value.to_string(), Timex::Set));
    }
    let k = i + s.phrase(i, w.every)?;
    if let Some((n, day)) = s.entry(k, v.weekdays()) {
        return Some(timex(i, k + n, Label::DATE, format!("XXXX-WXX-{}", day + 1), Timex::Set));
    }
    if let Some(month) = v.month(s.lower(k)).filter(|_| !s.lower(k).ends_with('.')) {
        return Some(timex(i, k + 1, Label::DATE, format!("XXXX-{month:02}"), Timex::Set));
    }
    let (count, c) = match count(s, w, k) {
        Some((Some(n), c)) => (n, c),
        _ => (1, 0),
    };
    let (n, letter, clock) = unit(s, w, k + c)?;
    Some(period(i, k + c + n, count.to_string(), letter, clock, Timex::Set))
}

/// "three days", "nearly an hour", "the past three months", "los próximos años",
/// "die letzten zwei Wochen", "several quarters", "10-year", "a 24-hour strike".
fn duration(s: &Sentence, w: &DurationWords, i: usize) -> Option<Found> {
    let v = s.vocabulary;
    // "10-year", "two-week", "several-year", "8-month-old": one token.
    if let Some((number, unit_word)) = s.lower(i).split_once('-') {
        let unit_word = unit_word.strip_suffix("-old").or_else(|| unit_word.strip_suffix("-long")).unwrap_or(unit_word);
        let count = match parse_integer(number).or_else(|| number_word(s, number)) {
            Some(n) => n.to_string(),
            None if w.some.contains(&number) => "X".to_string(),
            None => return None,
        };
        let (letter, clock) = unit_letter(s, w, unit_word)?;
        return Some(period(i, i + 1, count, letter, clock, Timex::Duration));
    }
    let mut k = i;
    if s.is(k, v.determiners) {
        k += 1;
    }
    let modifier = s.phrase(k, w.modifiers);
    k += modifier.unwrap_or(0);
    // "nearly an hour", "más de un año": an approximation right before the count ("over the past year" is no duration of its own).
    if modifier.is_none() && k == i {
        k += s.phrase(k, w.approximately).filter(|&a| count(s, w, k + a).is_some()).unwrap_or(0);
    }
    // "the past months" counts none: a bare plural after a determiner and modifier is still a duration (PXM).
    let (count, c) = match count(s, w, k) {
        Some(found) => found,
        None if modifier.is_some() => (None, 0),
        None => return None,
    };
    k += c;
    // "los dos últimos años": the modifier after the count.
    if modifier.is_none() {
        k += s.phrase(k, w.modifiers).unwrap_or(0);
    }
    let (n, letter, clock) = unit(s, w, k)?;
    // Without a count, only a plural: "the past months" lasts; "the following day" is a date's business.
    if c == 0 && !(n == 1 && w.plurals.contains(&s.lower(k))) {
        return None;
    }
    // "a year ago" is a date, one this rule cannot place (a year ago measured as one
    // on TimeBank en is the year-ago quarter of an earnings report, not the year).
    if s.phrase(k + n, v.ago_after).is_some() {
        return None;
    }
    let count = count.map_or_else(|| "X".to_string(), |n| n.to_string());
    Some(period(i, k + n, count, letter, clock, Timex::Duration))
}

/// A count at `k`: (the number, or `None` for an unspecified one; tokens covered).
fn count(s: &Sentence, w: &DurationWords, k: usize) -> Option<(Option<u32>, usize)> {
    if let Some(n) = parse_integer(s.lower(k)).filter(|&n| n > 0) {
        return Some((Some(n), 1));
    }
    // "hundreds of years" is no count of this rule's.
    let number =
        s.entry(k, s.vocabulary.numbers).filter(|&(_, n)| (1.0..100.0).contains(&n)).map(|(c, n)| (Some(n as u32), c));
    // The longest words win: "a few" and "un par de" over "a" and "un".
    let counts = [(w.couple, Some(2)), (w.some, None), (w.one, Some(1))];
    let words = counts.into_iter().filter_map(|(list, n)| Some((n, s.phrase(k, list)?)));
    words.chain(number).max_by_key(|&(_, c)| c)
}

/// A number word written inside a hyphenated token ("two" of "two-week").
fn number_word(s: &Sentence, word: &str) -> Option<u32> {
    ValueWords::lookup(s.vocabulary.numbers, word).map(|n| n as u32).filter(|&n| n > 0 && n < 100)
}

/// The unit at `k`: (tokens covered, TimeML letter, whether it is a clock unit).
fn unit(s: &Sentence, w: &DurationWords, k: usize) -> Option<(usize, char, bool)> {
    if let Some((n, period)) = s.entry(k, s.vocabulary.periods) {
        return Some((n, period_letter(period)?, false));
    }
    unit_letter(s, w, s.lower(k)).map(|(letter, clock)| (1, letter, clock))
}

/// A one-word unit's TimeML letter and whether it is a clock unit.
fn unit_letter(s: &Sentence, w: &DurationWords, word: &str) -> Option<(char, bool)> {
    if let Some(period) = ValueWords::lookup(s.vocabulary.periods, word) {
        return Some((period_letter(period)?, false));
    }
    if let Some(letter) = ValueWords::lookup(w.clock_units, word) {
        return Some((letter, true));
    }
    w.quarters.contains(&word).then_some(('Q', false))
}

fn period_letter(period: Period) -> Option<char> {
    match period {
        Period::Day => Some('D'),
        Period::Week => Some('W'),
        Period::Month => Some('M'),
        Period::Year => Some('Y'),
        // TimeML writes a decade as E (P1E), and has no unit for a weekend.
        Period::Decade => Some('E'),
        Period::Weekend => None,
    }
}

/// A duration or a set of `count` units: P3D, PT2H, PXY; a TIME for clock units, else a DATE.
fn period(start: usize, end: usize, count: String, letter: char, clock: bool, kind: Timex) -> Found {
    let (label, t) = if clock { (Label::TIME, "T") } else { (Label::DATE, "") };
    timex(start, end, label, format!("P{t}{count}{letter}"), kind)
}

fn timex(start: usize, end: usize, label: Label, value: String, kind: Timex) -> Found {
    Found {
        start,
        end,
        label,
        value: Some(value),
        relative: false,
        amount: None,
        unit: None,
        anchor: None,
        timex: Some(kind),
    }
}

static EN: DurationWords = DurationWords {
    approximately: &[
        "about",
        "nearly",
        "almost",
        "roughly",
        "around",
        "some",
        "more than",
        "less than",
        "fewer than",
        "at least",
        "up to",
        "no more than",
        "no less than",
    ],
    one: &["a", "an", "one"],
    some: &["several", "a few", "few", "many", "some"],
    couple: &["a couple of", "couple of"],
    modifiers: &["past", "last", "next", "first", "latest", "coming", "previous", "final", "recent", "following"],
    clock_units: &[("hour", 'H'), ("hours", 'H'), ("minute", 'M'), ("minutes", 'M'), ("seconds", 'S')],
    quarters: &["quarters"],
    every: &["every", "each"],
    adverbs: &[
        ("daily", "P1D"),
        ("weekly", "P1W"),
        ("monthly", "P1M"),
        ("annually", "P1Y"),
        ("yearly", "P1Y"),
        ("hourly", "PT1H"),
    ],
    plurals: &["days", "weeks", "months", "years", "decades", "hours", "minutes", "seconds", "quarters"],
    starters: OnceLock::new(),
};

static DE: DurationWords = DurationWords {
    approximately: &[
        "etwa",
        "rund",
        "fast",
        "knapp",
        "fast",
        "gut",
        "über",
        "mehr als",
        "weniger als",
        "mindestens",
        "bis zu",
    ],
    one: &["ein", "eine", "einen", "einem", "einer", "eines"],
    some: &["mehrere", "mehreren", "einige", "einigen", "ein paar", "wenige", "wenigen", "viele", "vielen"],
    couple: &[],
    modifiers: &["letzten", "vergangenen", "nächsten", "kommenden", "ersten", "folgenden", "vorigen"],
    clock_units: &[
        ("stunde", 'H'),
        ("stunden", 'H'),
        ("minute", 'M'),
        ("minuten", 'M'),
        ("sekunde", 'S'),
        ("sekunden", 'S'),
    ],
    quarters: &["quartale", "quartalen"],
    every: &["jeden", "jede", "jedes", "jedem", "alle"],
    adverbs: &[
        ("täglich", "P1D"),
        ("wöchentlich", "P1W"),
        ("monatlich", "P1M"),
        ("jährlich", "P1Y"),
        ("stündlich", "PT1H"),
    ],
    plurals: &[
        "tage",
        "tagen",
        "wochen",
        "monate",
        "monaten",
        "jahre",
        "jahren",
        "stunden",
        "minuten",
        "sekunden",
        "quartale",
        "quartalen",
    ],
    starters: OnceLock::new(),
};

static ES: DurationWords = DurationWords {
    approximately: &["casi", "unos", "unas", "más de", "menos de", "cerca de", "alrededor de", "al menos", "hasta"],
    one: &["un", "una"],
    some: &["varios", "varias", "algunos", "algunas", "pocos", "pocas", "muchos", "muchas"],
    couple: &["un par de"],
    modifiers: &[
        "últimos",
        "últimas",
        "próximos",
        "próximas",
        "pasados",
        "pasadas",
        "primeros",
        "primeras",
        "siguientes",
    ],
    clock_units: &[("hora", 'H'), ("horas", 'H'), ("minuto", 'M'), ("minutos", 'M'), ("segundos", 'S')],
    quarters: &["trimestres"],
    every: &["cada", "todos los", "todas las"],
    adverbs: &[("diariamente", "P1D"), ("semanalmente", "P1W"), ("mensualmente", "P1M"), ("anualmente", "P1Y")],
    plurals: &["días", "semanas", "meses", "años", "décadas", "horas", "minutos", "segundos", "trimestres"],
    starters: OnceLock::new(),
};

static FR: DurationWords = DurationWords {
    approximately: &["environ", "près de", "presque", "plus de", "moins de", "au moins", "jusqu'à"],
    one: &["un", "une"],
    some: &["plusieurs", "quelques"],
    couple: &[],
    modifiers: &["derniers", "dernières", "prochains", "prochaines", "premiers", "premières"],
    clock_units: &[("heure", 'H'), ("heures", 'H'), ("minute", 'M'), ("minutes", 'M'), ("secondes", 'S')],
    quarters: &["trimestres"],
    every: &["chaque", "tous les", "toutes les"],
    adverbs: &[
        ("quotidiennement", "P1D"),
        ("hebdomadairement", "P1W"),
        ("mensuellement", "P1M"),
        ("annuellement", "P1Y"),
    ],
    plurals: &["jours", "semaines", "mois", "ans", "années", "heures", "minutes", "secondes", "trimestres"],
    starters: OnceLock::new(),
};

static IT: DurationWords = DurationWords {
    approximately: &["circa", "quasi", "oltre", "più di", "meno di", "almeno", "fino a"],
    one: &["un", "uno", "una"],
    some: &["diversi", "diverse", "alcuni", "alcune", "pochi", "poche", "molti", "molte"],
    couple: &["un paio di"],
    modifiers: &["ultimi", "ultime", "prossimi", "prossime", "primi", "prime", "scorsi", "scorse"],
    clock_units: &[("ora", 'H'), ("ore", 'H'), ("minuto", 'M'), ("minuti", 'M'), ("secondi", 'S')],
    quarters: &["trimestri"],
    every: &["ogni", "tutti i", "tutte le"],
    adverbs: &[("quotidianamente", "P1D"), ("settimanalmente", "P1W"), ("mensilmente", "P1M"), ("annualmente", "P1Y")],
    plurals: &["giorni", "settimane", "mesi", "anni", "ore", "minuti", "secondi", "trimestri"],
    starters: OnceLock::new(),
};

static PT: DurationWords = DurationWords {
    approximately: &["cerca de", "quase", "mais de", "menos de", "pelo menos", "até"],
    one: &["um", "uma"],
    some: &["vários", "várias", "alguns", "algumas", "poucos", "poucas", "muitos", "muitas"],
    couple: &[],
    modifiers: &["últimos", "últimas", "próximos", "próximas", "primeiros", "primeiras", "passados", "passadas"],
    clock_units: &[("hora", 'H'), ("horas", 'H'), ("minuto", 'M'), ("minutos", 'M'), ("segundos", 'S')],
    quarters: &["trimestres"],
    every: &["cada", "todos os", "todas as"],
    adverbs: &[("diariamente", "P1D"), ("semanalmente", "P1W"), ("mensalmente", "P1M"), ("anualmente", "P1Y")],
    plurals: &["dias", "semanas", "meses", "anos", "horas", "minutos", "segundos", "trimestres"],
    starters: OnceLock::new(),
};

static NL: DurationWords = DurationWords {
    approximately: &["ongeveer", "bijna", "ruim", "meer dan", "minder dan", "minstens", "tot"],
    one: &["een", "één"],
    some: &["enkele", "meerdere", "een paar", "vele"],
    couple: &[],
    modifiers: &["afgelopen", "komende", "volgende", "laatste", "eerste", "vorige"],
    clock_units: &[("uur", 'H'), ("minuut", 'M'), ("minuten", 'M'), ("seconden", 'S')],
    quarters: &["kwartalen"],
    every: &["elke", "elk", "iedere", "ieder"],
    adverbs: &[("dagelijks", "P1D"), ("wekelijks", "P1W"), ("maandelijks", "P1M"), ("jaarlijks", "P1Y")],
    plurals: &["dagen", "weken", "maanden", "jaren", "uren", "minuten", "seconden", "kwartalen"],
    starters: OnceLock::new(),
};
