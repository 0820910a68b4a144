//! Golden values per language: each rule of the value finder on a sentence
//! written for it, with the span and the normalized value expected.

use gleaner_core::label::Label;
use gleaner_core::values::Timex;
use gleaner_core::{Document, Language};

fn values(text: &str, language: Language) -> Vec<(String, &'static str, Option<String>, bool)> {
    // Values need no model and no lexicon: resolution finds them on the untagged text.
    let mut doc = Document::analyze_in(text, Some(language));
    doc.resolve(&gleaner_core::resolve::Lexicon::default());
    doc.values
        .iter()
        .map(|v| (v.span.text(&doc.text).to_string(), v.label.as_str(), v.value.clone(), v.relative))
        .collect()
}

/// A text and the values expected in it: (span text, label, normalized value).
type Case<'a> = (&'a str, &'a [(&'a str, Label, Option<&'a str>)]);

fn check(language: Language, cases: &[Case]) {
    for (text, expected) in cases {
        let got = values(text, language);
        let want: Vec<(String, &str, Option<String>)> =
            expected.iter().map(|(t, l, v)| (t.to_string(), l.as_str(), v.map(String::from))).collect();
        let got_short: Vec<(String, &str, Option<String>)> =
            got.iter().map(|g| (g.0.clone(), g.1, g.2.clone())).collect();
        assert_eq!(got_short, want, "\n{} text: {text}\n  all found: {got:?}", language.code());
    }
}

#[test]
fn german_values() {
    check(
        Language::De,
        &[
            ("Am 28. Juli traf er ihn.", &[("28. Juli", Label::DATE, Some("--07-28"))]),
            ("Das war am 3. Oktober 2023 in Berlin.", &[("3. Oktober 2023", Label::DATE, Some("2023-10-03"))]),
            ("Im Jahr 2023 wurde gewählt.", &[("2023", Label::DATE, Some("2023"))]),
            (
                "Sie liefern 34.000 Barrel pro Tag.",
                &[("34.000 Barrel pro Tag", Label::QUANTITY, Some("34000 barrels per day"))],
            ),
            ("Das kostet 1,5 Millionen Euro.", &[("1,5 Millionen Euro", Label::MONEY, Some("1500000 EUR"))]),
            ("Die Inflation lag bei 5,5 Prozent.", &[("5,5 Prozent", Label::PERCENT, Some("5.5%"))]),
            ("Um 15:30 Uhr begann es.", &[("15:30 Uhr", Label::TIME, Some("T15:30"))]),
            ("Am Mittwoch sprach er.", &[("Mittwoch", Label::DATE, None)]),
            ("Im vergangenen Jahr stieg der Preis.", &[("vergangenen Jahr", Label::DATE, None)]),
            ("Das war vor zwei Jahren.", &[("vor zwei Jahren", Label::DATE, None)]),
            ("Am 12.05.2019 fiel die Entscheidung.", &[("12.05.2019", Label::DATE, Some("2019-05-12"))]),
        ],
    );
}

#[test]
fn english_values() {
    check(
        Language::En,
        &[
            ("Moscow lent 52 million dollars.", &[("52 million dollars", Label::MONEY, Some("52000000 USD"))]),
            ("It was worth $3.5 billion.", &[("$3.5 billion", Label::MONEY, Some("3500000000 USD"))]),
            ("Exports reached 254,000 tons.", &[("254,000 tons", Label::QUANTITY, Some("254000 tons"))]),
            ("They met on September 26, 2019 in Moscow.", &[("September 26, 2019", Label::DATE, Some("2019-09-26"))]),
            ("He arrived last January.", &[("last January", Label::DATE, None)]),
            ("They met on the same day.", &[("the same day", Label::DATE, None)]),
            ("Unemployment fell to 4.2 percent.", &[("4.2 percent", Label::PERCENT, Some("4.2%"))]),
            ("The vote is at 3 p.m.", &[("3 p.m.", Label::TIME, Some("T15:00"))]),
            ("Prices rose 12% in 2022.", &[("12%", Label::PERCENT, Some("12%")), ("2022", Label::DATE, Some("2022"))]),
            ("It happened three years ago.", &[("three years ago", Label::DATE, None)]),
            // "may" is no month here; "now" is the present as TimeML writes it.
            ("You may go now.", &[("now", Label::DATE, Some("PRESENT_REF"))]),
        ],
    );
}

#[test]
fn spanish_values() {
    check(
        Language::Es,
        &[
            ("Llegó el miércoles a Moscú.", &[("el miércoles", Label::DATE, None)]),
            ("Fue el 28 de julio de 2023.", &[("el 28 de julio de 2023", Label::DATE, Some("2023-07-28"))]),
            ("Las ventas cayeron el año pasado.", &[("el año pasado", Label::DATE, None)]),
            ("Invirtió 52 millones de dólares.", &[("52 millones de dólares", Label::MONEY, Some("52000000 USD"))]),
            (
                "Exporta 34.000 barriles diarios.",
                &[("34.000 barriles diarios", Label::QUANTITY, Some("34000 barrels per day"))],
            ),
            ("Subió un 7 por ciento.", &[("7 por ciento", Label::PERCENT, Some("7%"))]),
            ("Costó 3.000 millones de euros.", &[("3.000 millones de euros", Label::MONEY, Some("3000000000 EUR"))]),
            ("En 2018 hubo elecciones.", &[("2018", Label::DATE, Some("2018"))]),
        ],
    );
}

#[test]
fn the_other_languages_where_it_is_cheap() {
    check(
        Language::Fr,
        &[("Le 14 juillet 2023, il a parlé.", &[("Le 14 juillet 2023", Label::DATE, Some("2023-07-14"))])],
    );
    check(Language::It, &[("Il 2 giugno la festa.", &[("Il 2 giugno", Label::DATE, Some("--06-02"))])]);
    check(
        Language::Pt,
        &[
            ("Subiu 3,5 por cento.", &[("3,5 por cento", Label::PERCENT, Some("3.5%"))]),
            // "R$" is one token (golden_segmentation.rs), so the real is not read as a dollar.
            ("O lucro foi de R$ 1.234,56 milhões.", &[("R$ 1.234,56 milhões", Label::MONEY, Some("1234560000 BRL"))]),
        ],
    );
    check(
        Language::En,
        &[
            ("It cost US$ 3.5 billion.", &[("US$ 3.5 billion", Label::MONEY, Some("3500000000 USD"))]),
            ("It cost HK$40m.", &[("HK$40m", Label::MONEY, Some("40000000 HKD"))]),
        ],
    );
    check(Language::Nl, &[("Op 5 mei 2020 was het feest.", &[("5 mei 2020", Label::DATE, Some("2020-05-05"))])]);
}

#[test]
fn impossible_dates_and_huge_numbers_stay_text() {
    check(Language::De, &[("Am 31. Februar passierte nichts.", &[])]);
    check(Language::En, &[("On February 30, 2021 nothing happened.", &[])]);
    check(Language::En, &[("It cost 999999999999999999999999 dollars.", &[])]);
    check(Language::En, &[("A 99999999999 billion dollars claim.", &[])]);
    check(Language::De, &[("Am 12.13.2019 nicht.", &[])]);
}

/// Values of `text` read with the article's date given: (span, value, reference, relative).
type Placed = (String, Option<String>, Option<String>, bool);

fn placed(text: &str, language: Language, date: &str) -> Vec<Placed> {
    use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
    let mut doc = Document::analyze_in(text, Some(language));
    let date = CalendarDate::parse(date).expect("a date");
    doc.reference = Some(ReferenceDate { date, source: ReferenceSource::Given });
    doc.resolve(&gleaner_core::resolve::Lexicon::default());
    doc.values
        .iter()
        .filter(|v| v.label == Label::DATE)
        .map(|v| (v.span.text(&doc.text).to_string(), v.value.clone(), v.reference.map(|r| r.to_string()), v.relative))
        .collect()
}

/// A text and its dates once placed: (span text, calendar value).
type PlacedCase<'a> = (&'a str, &'a [(&'a str, Option<&'a str>)]);

fn check_placed(language: Language, date: &str, cases: &[PlacedCase]) {
    for (text, expected) in cases {
        let got = placed(text, language, date);
        let want: Vec<(String, Option<String>)> =
            expected.iter().map(|(t, v)| (t.to_string(), v.map(String::from))).collect();
        let got_short: Vec<(String, Option<String>)> = got.iter().map(|g| (g.0.clone(), g.1.clone())).collect();
        assert_eq!(got_short, want, "\n{} text: {text}, article of {date}\n  all found: {got:?}", language.code());
        for (span, value, reference, relative) in &got {
            if *relative {
                // A relative date stays marked relative; once placed, it says from which date.
                let expected = value.as_ref().map(|_| date.to_string());
                assert_eq!(reference, &expected, "{span}: the reference it was placed from");
            }
        }
    }
}

/// Issue 28: the tense of the verb says which way a bare month, day or weekday
/// lies from the article's date, in every language with rules; quarters and seasons.
#[test]
fn tense_decides_which_way_a_bare_date_lies() {
    // 2019-09-24 is a Tuesday.
    check_placed(
        Language::En,
        "2019-09-24",
        &[
            ("The talks were suspended in October.", &[("October", Some("2018-10"))]),
            ("The talks will resume in October.", &[("October", Some("2019-10"))]),
            ("The plant will open in March.", &[("March", Some("2020-03"))]),
            (
                "Russian President Vladimir Putin will meet with his Venezuelan counterpart Nicolas Maduro on Wednesday.",
                &[("Wednesday", Some("2019-09-25"))],
            ),
            ("The summit is set to begin on Wednesday.", &[("Wednesday", Some("2019-09-25"))]),
            ("Maduro met Putin on Wednesday.", &[("Wednesday", Some("2019-09-18"))]),
            ("Profits rose in the third quarter.", &[("the third quarter", Some("2019-Q3"))]),
            ("Third-quarter profits rose.", &[("Third-quarter", Some("2019-Q3"))]),
            ("Sales fell in the first half of 2018.", &[("the first half of 2018", Some("2018-H1"))]),
            ("The deal was signed last winter.", &[("last winter", Some("2018-WI"))]),
            ("They met during the summer.", &[("the summer", Some("2019-SU"))]),
            ("It recalled the tension during a 1962 standoff.", &[("1962", Some("1962"))]),
            ("Its 1990 invasion of Kuwait ended badly.", &[("1990", Some("1990"))]),
            ("Route 66 was closed for a while.", &[]),
            ("Sales rose in January this year and fell in June last year.", &[("January this year", Some("2019-01")), ("June last year", Some("2018-06"))]),
            ("Talks resume early next year; they began earlier this month.", &[("early next year", Some("2020")), ("earlier this month", Some("2019-09"))]),
        ],
    );
    check_placed(
        Language::De,
        "2019-09-24",
        &[
            ("Die Gespräche wurden im Oktober ausgesetzt.", &[("Oktober", Some("2018-10"))]),
            ("Die Gespräche werden im Oktober fortgesetzt.", &[("Oktober", Some("2019-10"))]),
            ("Putin wird Maduro am Mittwoch treffen.", &[("Mittwoch", Some("2019-09-25"))]),
            ("Im dritten Quartal stieg der Umsatz.", &[("dritten Quartal", Some("2019-Q3"))]),
        ],
    );
    check_placed(
        Language::Es,
        "2022-02-17",
        &[
            ("Las conversaciones se suspendieron en octubre.", &[("octubre", Some("2021-10"))]),
            ("Las conversaciones se reanudarán en octubre.", &[("octubre", Some("2022-10"))]),
            ("Putin se reunirá con Maduro el miércoles.", &[("el miércoles", Some("2022-02-23"))]),
            (
                "Las ventas crecieron en el tercer trimestre de 2021.",
                &[("el tercer trimestre de 2021", Some("2021-Q3"))],
            ),
            (
                "Llegó el lunes pasado y se irá el jueves próximo.",
                &[("el lunes pasado", Some("2022-02-14")), ("el jueves próximo", Some("2022-02-24"))],
            ),
            ("Volverá el próximo 2 de mayo.", &[("el próximo 2 de mayo", Some("2022-05-02"))]),
            ("Se firmó el pasado 2 de marzo.", &[("el pasado 2 de marzo", Some("2021-03-02"))]),
            ("Mañana se reúnen; hablaron por la mañana.", &[("Mañana", Some("2022-02-18"))]),
        ],
    );
    // The other languages with rules: a past and a future verb each (2019-09-24 is a Tuesday).
    check_placed(
        Language::Fr,
        "2019-09-24",
        &[
            ("Les négociations étaient suspendues en octobre.", &[("octobre", Some("2018-10"))]),
            ("Les négociations reprendront en octobre.", &[("octobre", Some("2019-10"))]),
            ("Poutine rencontrera Maduro mercredi.", &[("mercredi", Some("2019-09-25"))]),
        ],
    );
    check_placed(
        Language::It,
        "2019-09-24",
        &[
            ("I colloqui furono sospesi in ottobre.", &[("ottobre", Some("2018-10"))]),
            ("I colloqui riprenderanno in ottobre.", &[("ottobre", Some("2019-10"))]),
        ],
    );
    check_placed(
        Language::Pt,
        "2019-09-24",
        &[
            ("As negociações foram suspensas em outubro.", &[("outubro", Some("2018-10"))]),
            ("As negociações serão retomadas em outubro.", &[("outubro", Some("2019-10"))]),
        ],
    );
    check_placed(
        Language::Nl,
        "2019-09-24",
        &[
            ("De gesprekken werden in oktober opgeschort.", &[("oktober", Some("2018-10"))]),
            ("De gesprekken zullen in oktober hervat worden.", &[("oktober", Some("2019-10"))]),
        ],
    );
}

#[test]
fn relative_dates_are_placed_from_the_articles_date() {
    check_placed(
        Language::En,
        "2019-09-26",
        &[
            ("Maduro met Putin on Wednesday.", &[("Wednesday", Some("2019-09-25"))]),
            ("He had not travelled since last January.", &[("last January", Some("2019-01"))]),
            (
                "The tanker left yesterday and returns next week.",
                &[("yesterday", Some("2019-09-25")), ("next week", Some("2019-W40"))],
            ),
            (
                "Talks began in early October and end on July 28.",
                &[("early October", Some("2018-10")), ("July 28", Some("2019-07-28"))],
            ),
            ("It happened three years ago.", &[("three years ago", Some("2016"))]),
            ("The crisis of 1962 was recalled.", &[("1962", Some("1962"))]),
            ("They met on the same day.", &[("the same day", None)]),
        ],
    );
    check_placed(
        Language::De,
        "2019-09-26",
        &[
            ("Die Manöver finden am 28. Juli statt.", &[("28. Juli", Some("2019-07-28"))]),
            ("Das war vor zwei Wochen.", &[("vor zwei Wochen", Some("2019-W37"))]),
            ("Die Gespräche begannen Anfang März.", &[("Anfang März", Some("2019-03"))]),
            ("Im März kam er zurück.", &[("März", Some("2019-03"))]),
            ("In 300 Jahren wird es anders sein.", &[("300 Jahren", None)]),
        ],
    );
    check_placed(
        Language::Es,
        "2019-09-26",
        &[
            ("El año pasado viajó a Moscú.", &[("El año pasado", Some("2018"))]),
            ("Llegó el miércoles a Caracas.", &[("el miércoles", Some("2019-09-25"))]),
            ("Las sanciones comenzaron en marzo.", &[("marzo", Some("2019-03"))]),
            ("Volverá a finales de 2020.", &[("finales de 2020", Some("2020"))]),
        ],
    );
}

/// Each value with its TimeML type where it is not a point on the calendar.
fn timexes(text: &str, language: Language) -> Vec<(String, Option<String>, Option<Timex>)> {
    let mut doc = Document::analyze_in(text, Some(language));
    doc.resolve(&gleaner_core::resolve::Lexicon::default());
    doc.values.iter().map(|v| (v.span.text(&doc.text).to_string(), v.value.clone(), v.timex)).collect()
}

/// A language, a text, and each value expected in it: (span, TimeML value or "" for none, type).
type TimexCase<'a> = (Language, &'a str, &'a [(&'a str, &'a str, Option<Timex>)]);
/// A language, a text, and each time expected in it: (span, TimeML value).
type TimeCase<'a> = (Language, &'a str, &'a [(&'a str, &'a str)]);

#[test]
fn durations_and_sets_in_timeml_form() {
    use Timex::{Duration, Set};
    let cases: &[TimexCase] = &[
        (Language::En, "The talks lasted three days.", &[("three days", "P3D", Some(Duration))]),
        (Language::En, "He waited nearly an hour.", &[("nearly an hour", "PT1H", Some(Duration))]),
        (Language::En, "Prices rose over the past three months.", &[("the past three months", "P3M", Some(Duration))]),
        (Language::En, "It sold a 10-year bond.", &[("10-year", "P10Y", Some(Duration))]),
        (Language::En, "It took a few minutes.", &[("a few minutes", "PTXM", Some(Duration))]),
        (Language::En, "Prices rose in recent years.", &[("recent years", "PXY", Some(Duration))]),
        (Language::En, "They meet every week.", &[("every week", "P1W", Some(Set))]),
        (Language::En, "They meet each Thursday.", &[("each Thursday", "XXXX-WXX-4", Some(Set))]),
        (Language::En, "The index is published daily.", &[("daily", "P1D", Some(Set))]),
        (Language::En, "The war has lasted twenty years.", &[("twenty years", "P20Y", Some(Duration))]),
        // A date stays a date: "two years ago" and "in two weeks" (its preposition outside).
        (Language::En, "He left two years ago.", &[("two years ago", "", None)]),
        (Language::En, "He leaves in two weeks.", &[("two weeks", "", None)]),
        (Language::De, "Die Verhandlungen dauerten drei Tage.", &[("drei Tage", "P3D", Some(Duration))]),
        (
            Language::De,
            "In den letzten zwei Jahren stieg der Preis.",
            &[("den letzten zwei Jahren", "P2Y", Some(Duration))],
        ),
        (Language::De, "Die Wahl findet alle vier Jahre statt.", &[("alle vier Jahre", "P4Y", Some(Set))]),
        (Language::De, "Der Bericht erscheint jährlich.", &[("jährlich", "P1Y", Some(Set))]),
        (Language::Es, "La retirada no tardará dos años.", &[("dos años", "P2Y", Some(Duration))]),
        (Language::Es, "Lo harán en los próximos meses.", &[("los próximos meses", "PXM", Some(Duration))]),
        (Language::Es, "Subió más de un año seguido.", &[("más de un año", "P1Y", Some(Duration))]),
        (Language::Es, "Se reúnen cada seis meses.", &[("cada seis meses", "P6M", Some(Set))]),
        (Language::Es, "Los bancos abren todos los días.", &[("todos los días", "P1D", Some(Set))]),
        (Language::Es, "Esperaron un par de horas.", &[("un par de horas", "PT2H", Some(Duration))]),
        // Decades and centuries: TimeML's first three or two digits.
        (Language::En, "Prices fell in the late 1970s.", &[("the late 1970s", "197", None)]),
        (Language::En, "It began in the mid-1990s.", &[("the mid-1990s", "199", None)]),
        (Language::En, "It was built in the 11th century.", &[("the 11th century", "10", None)]),
        (Language::En, "Growth slowed in the nineties.", &[("the nineties", "199", None)]),
        (Language::Es, "Ocurrió en el siglo XIX.", &[("el siglo XIX", "18", None)]),
        (Language::Es, "Fue en la década de los noventa.", &[("la década de los noventa", "199", None)]),
        (Language::De, "In den 90er Jahren wuchs die Stadt.", &[("den 90er Jahren", "199", None)]),
        (Language::De, "Das geschah im 19. Jahrhundert.", &[("19. Jahrhundert", "18", None)]),
    ];
    for (language, text, expected) in cases {
        let got = timexes(text, *language);
        let want: Vec<(String, Option<String>, Option<Timex>)> =
            expected.iter().map(|(t, v, k)| (t.to_string(), (!v.is_empty()).then(|| v.to_string()), *k)).collect();
        assert_eq!(got, want, "\n{} text: {text}", language.code());
    }
}

#[test]
fn spanish_dates_as_timeml_spans_them() {
    check_placed(
        Language::Es,
        "2000-06-01",
        &[
            // The article and the preposition of "del"/"al" are the date's: TimeBank and MEANTIME es both.
            ("La reunión del 7 de marzo fue breve.", &[("del 7 de marzo", Some("2000-03-07"))]),
            ("Crecerá en el 2002.", &[("el 2002", Some("2002"))]),
            // "hoy, jueves": one day, named twice.
            ("Lo anunció hoy, jueves, el ministro.", &[("hoy, jueves", Some("2000-06-01"))]),
            ("Llegará mañana, viernes.", &[("mañana, viernes", Some("2000-06-02"))]),
            // A modifier after the date says which way it lies.
            ("Lo firmaron en agosto pasado.", &[("agosto pasado", Some("1999-08"))]),
            ("Votarán en septiembre próximo.", &[("septiembre próximo", Some("2000-09"))]),
            ("Lo firmaron el 25 de abril pasado.", &[("el 25 de abril pasado", Some("2000-04-25"))]),
            // 2000-06-01 is a Thursday: "este domingo" is the coming one, unless the verb is past.
            ("Votarán este domingo.", &[("este domingo", Some("2000-06-04"))]),
            ("Se reunieron este lunes.", &[("este lunes", Some("2000-05-29"))]),
            ("Se celebra el primero de mayo.", &[("el primero de mayo", Some("2000-05-01"))]),
            ("Empezará el próximo mes de septiembre.", &[("el próximo mes de septiembre", Some("2000-09"))]),
            ("Terminará en noviembre de este año.", &[("noviembre de este año", Some("2000-11"))]),
            ("Es el reto de este siglo.", &[("este siglo", Some("20"))]),
            ("Fue fundada hace 150 años.", &[("hace 150 años", Some("1850"))]),
        ],
    );
    // The preposition stays outside.
    check(Language::Es, &[("Ocurre en la actualidad.", &[("la actualidad", Label::DATE, Some("PRESENT_REF"))])]);
}

#[test]
fn times_fall_on_the_day_named_with_them_or_the_articles() {
    let times = |text: &str, language: Language| -> Vec<(String, Option<String>)> {
        use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
        let mut doc = Document::analyze_in(text, Some(language));
        let date = CalendarDate::parse("2000-06-01").expect("a date");
        doc.reference = Some(ReferenceDate { date, source: ReferenceSource::Given });
        doc.resolve(&gleaner_core::resolve::Lexicon::default());
        doc.values.iter().map(|v| (v.span.text(&doc.text).to_string(), v.value.clone())).collect()
    };
    let cases: &[TimeCase] = &[
        // 2000-06-01 is a Thursday.
        (Language::En, "The polls closed at 22:00 Wednesday.", &[("22:00 Wednesday", "2000-05-31T22:00")]),
        (
            Language::De,
            "Die Wahllokale schlossen um 20 Uhr am Mittwoch.",
            &[("20 Uhr am Mittwoch", "2000-05-31T20:00")],
        ),
        (Language::En, "It landed at 08:30 UTC.", &[("08:30 UTC", "2000-06-01T08:30Z")]),
        (Language::En, "They met Friday evening.", &[("Friday evening", "2000-05-26TEV")]),
        (Language::En, "They met yesterday afternoon.", &[("yesterday afternoon", "2000-05-31TAF")]),
        (Language::Es, "El tren salió a las 8.15 hacia Madrid.", &[("las 8.15", "2000-06-01T08:15")]),
        (Language::Es, "Llegó a las 08.00 hora local.", &[("las 08.00 hora local", "2000-06-01T08:00")]),
        (
            Language::Es,
            "Ocurrió a las seis de la tarde de ayer.",
            &[("las seis de la tarde de ayer", "2000-05-31T18:00")],
        ),
        (Language::De, "Um 15:30 Uhr begann die Sitzung.", &[("15:30 Uhr", "2000-06-01T15:30")]),
        // Not times: a count after an article, a decimal.
        (Language::Es, "Ganaron las 11 de las 12 carreras.", &[]),
        (Language::Es, "El índice cerró en 8.15 puntos.", &[]),
    ];
    for (language, text, expected) in cases {
        let want: Vec<(String, Option<String>)> =
            expected.iter().map(|(t, v)| (t.to_string(), Some(v.to_string()))).collect();
        assert_eq!(times(text, *language), want, "\n{} text: {text}", language.code());
    }
}

/// The auxiliary before a participle says when ("will be paid"), a deadline lies either way of
/// its verb ("extended to Nov. 16"), and a date that modifies a noun leaves "the" to the noun.
#[test]
fn english_dates_read_past_their_participles() {
    check_placed(
        Language::En,
        "1989-10-26",
        &[
            ("The dividend will be paid Dec. 14.", &[("Dec. 14", Some("1989-12-14"))]),
            ("Closing is expected in December.", &[("December", Some("1989-12"))]),
            ("The offer was extended to Nov. 16.", &[("Nov. 16", Some("1989-11-16"))]),
            ("Mr. Schwarz will succeed him Feb. 1.", &[("Feb. 1", Some("1990-02-01"))]),
            ("The Nov. 1 deadline passed.", &[("Nov. 1", Some("1989-11-01"))]),
            ("It was signed on the 3rd of October.", &[("the 3rd of October", Some("1989-10-03"))]),
            // 1989-10-26 is a Thursday; 1989-10-21/22 the weekend before.
            ("Talks resumed over the weekend.", &[("the weekend", Some("1989-W42-WE"))]),
            ("Shares fell late yesterday.", &[("late yesterday", Some("1989-10-25"))]),
            ("Prices rose this past spring.", &[("this past spring", Some("1989-SP"))]),
            // A quarter without its number is the last one ended; the current one is the reference's.
            ("Profit rose 5% in the quarter.", &[("the quarter", Some("1989-Q3"))]),
            ("Sales fell from the year-ago quarter.", &[("the year-ago quarter", Some("1988-Q3"))]),
            ("It expects a loss in the current quarter.", &[("the current quarter", Some("1989-Q4"))]),
            ("It holds a quarter of the shares.", &[]),
            ("Net income rose in fiscal 1989.", &[("fiscal 1989", Some("1989"))]),
            ("Sales rose in the fiscal first quarter.", &[("the fiscal first quarter", Some("1989-Q1"))]),
            ("The plan runs through FY2007.", &[("FY2007", Some("2007"))]),
        ],
    );
}
