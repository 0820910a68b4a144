//! Builds the place lexicon (`models/lexicon.glx`) that resolution reads:
//! country, region and city names in the seven languages, and demonyms, each
//! pointing at a stable id. Licenses as for the tagger's name lists: no
//! ODbL-only world-countries rows; GeoNames (CC-BY-4.0) cities attributed.

use crate::lexicons::{city_alternate_names, odbl_country_kind, odbl_only_sources, rows};
use gleaner_core::resolve::keys::compact;
use gleaner_core::resolve::lexicon::{key, Gender, Namespace, ABBREVIATION_LETTERS};
use gleaner_core::resolve::{Lexicon, Place, PlaceKind};
use gleaner_core::Language;
use std::collections::HashMap;

/// Cities below this population keep only their main name (no translations),
/// which keeps the file small; the translated names that matter in news
/// (Moskau, Moscú; Caracas needs none) belong to large cities.
pub const ALTERNATE_NAMES_FROM: u64 = 250_000;

pub const SOURCES: &[(&str, &str)] = &[
    ("trimmed/countries.tsv", "Unicode-3.0 (CLDR), MIT (i18n-iso-countries), LGPL-2.1 (iso-codes English names); ODbL world-countries rows excluded"),
    ("trimmed/regions.tsv", "Unicode-3.0 (CLDR)"),
    ("us_states.tsv", "CC-BY-4.0: contains data from GeoNames (geonames.org)"),
    ("trimmed/cities50000.tsv", "CC-BY-4.0: contains data from GeoNames (geonames.org)"),
    ("demonyms.tsv", "MIT (i18n-nationality), handwritten, generated; ODbL-only rows excluded"),
    ("person_names_faker.tsv", "MIT (faker, @faker-js/faker): given names in Latin script with the gender their locales agree on"),
];

/// States that no longer exist but fill the news of their time and its retellings, under
/// their ISO 3166-3 codes, with their names and short forms in the seven languages
/// (hand-written): so that "USSR" and "Soviet Union", "URSS" and "Unión Soviética" are one.
const FORMER_STATES: &[(&str, &[&str])] = &[
    (
        "SU",
        &[
            "Soviet Union",
            "USSR",
            "U.S.S.R.",
            "Sowjetunion",
            "UdSSR",
            "Unión Soviética",
            "URSS",
            "Union soviétique",
            "Unione Sovietica",
            "União Soviética",
            "Sovjet-Unie",
            "Sovjetunie",
        ],
    ),
    (
        "DD",
        &[
            "East Germany",
            "GDR",
            "German Democratic Republic",
            "DDR",
            "Deutsche Demokratische Republik",
            "Alemania Oriental",
            "Alemania del Este",
            "República Democrática Alemana",
            "Allemagne de l'Est",
            "Germania Est",
            "Germania dell'Est",
            "Alemanha Oriental",
            "Oost-Duitsland",
        ],
    ),
    ("YU", &["Yugoslavia", "Jugoslawien", "Yougoslavie", "Jugoslavia", "Jugoslávia", "Joegoslavië"]),
    (
        "CS",
        &[
            "Czechoslovakia",
            "Tschechoslowakei",
            "Checoslovaquia",
            "Tchécoslovaquie",
            "Cecoslovacchia",
            "Checoslováquia",
            "Tsjecho-Slowakije",
        ],
    ),
];

/// A given name takes a gender when its locales list it so at least this many times more often than the other.
const GENDER_AGREEMENT: u32 = 3;

#[derive(Default)]
struct Builder {
    places: Vec<Place>,
    index: HashMap<(PlaceKind, String), usize>,
    entries: Vec<(u32, usize)>,
}

impl Builder {
    fn place(&mut self, kind: PlaceKind, code: &str, country: &str) -> usize {
        let places = &mut self.places;
        *self.index.entry((kind, code.to_string())).or_insert_with(|| {
            places.push(Place { kind, code: code.to_string(), country: country.to_string() });
            places.len() - 1
        })
    }

    /// A name: matched as written when it is a short form in capitals (US,
    /// EE. UU., UE), else folded.
    fn name(&mut self, name: &str, place: usize) {
        let letters = compact(name);
        if letters.is_empty() {
            return;
        }
        let short_form =
            letters.chars().count() <= 5 && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
        let namespace = if short_form { Namespace::ShortForm } else { Namespace::Name };
        self.entries.push((key(namespace, name), place));
        // Short capitals are looked up as a short form only (ABBREVIATION_LETTERS): a
        // short name without accents is also one in capitals, for all-caps datelines ("ULM, Germany").
        let short = letters.chars().count() <= ABBREVIATION_LETTERS;
        if !short_form && short && letters.chars().all(|c| c.is_ascii_alphabetic()) {
            self.entries.push((key(Namespace::ShortForm, &name.to_uppercase()), place));
        }
    }
}

pub struct Built {
    pub lexicon: Lexicon,
    pub counts: Vec<(&'static str, usize)>,
}

pub fn build() -> Result<Built, String> {
    let languages: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    let mut b = Builder::default();
    let mut counts = Vec::new();
    let mut n = 0;
    for row in rows("trimmed/countries.tsv")? {
        if !languages.contains(&row["lang"].as_str()) || odbl_country_kind(&row["kind"]) {
            continue;
        }
        let code = row["alpha2"].as_str();
        let kind = if matches!(code, "EU" | "EZ" | "UN") { PlaceKind::Supranational } else { PlaceKind::Country };
        let place = b.place(kind, code, if kind == PlaceKind::Country { code } else { "" });
        b.name(&row["name"], place);
        n += 1;
    }
    for (code, names) in FORMER_STATES {
        let place = b.place(PlaceKind::Country, code, code);
        for name in *names {
            b.name(name, place);
            n += 1;
        }
    }
    counts.push(("country names (with former states)", n));
    n = 0;
    for row in rows("trimmed/regions.tsv")? {
        if languages.contains(&row["lang"].as_str()) {
            let place = b.place(PlaceKind::Region, &row["m49"], "");
            b.name(&row["name"], place);
            n += 1;
        }
    }
    counts.push(("region names", n));
    n = 0;
    let mut cities = rows("trimmed/cities50000.tsv")?;
    cities.sort_by_key(|r| std::cmp::Reverse(r["population"].parse::<u64>().unwrap_or(0)));
    for row in &cities {
        let place = b.place(PlaceKind::City, &row["geonameid"], &row["country"]);
        b.name(&row["name"], place);
        n += 1;
        if row["population"].parse::<u64>().unwrap_or(0) < ALTERNATE_NAMES_FROM {
            continue;
        }
        for alternate in city_alternate_names(&row["alternatenames"]) {
            b.name(alternate, place);
            n += 1;
        }
    }
    counts.push(("city names", n));
    // US states after cities: "Washington" in news is the capital.
    n = 0;
    for row in rows("us_states.tsv")? {
        let place = b.place(PlaceKind::Region, &format!("US-{}", row["code"]), "US");
        b.name(&row["name"], place);
        n += 1;
    }
    counts.push(("US state names", n));
    n = 0;
    for row in rows("demonyms.tsv")? {
        let language = row["lang"].as_str();
        if !languages.contains(&language) || odbl_only_sources(&row["sources"]) {
            continue;
        }
        let code = row["alpha2"].as_str();
        let place = b.place(PlaceKind::Country, code, code);
        b.entries.push((key(Namespace::Demonym(language), &row["form"]), place));
        n += 1;
    }
    counts.push(("demonym forms", n));
    counts.push(("places", b.places.len()));
    let given_names = given_names()?;
    counts.push(("given names with a gender", given_names.len()));
    let lexicon = Lexicon::build(b.places, b.entries).with_given_names(given_names);
    counts.push(("distinct keys", lexicon.len()));
    Ok(Built { lexicon, counts })
}

/// Given names in Latin script (the names of the languages Gleaner reads) with
/// the gender faker's locales agree on: listed as one at least
/// [`GENDER_AGREEMENT`] times as often as the other ("Hillary", "Kim", "Jean": none).
fn given_names() -> Result<Vec<(u32, Gender)>, String> {
    let latin = |c: char| !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c);
    // By key, as the lexicon looks names up: spellings that fold alike (Ángel, Angel) vote together.
    let mut votes: HashMap<u32, (u32, u32)> = HashMap::new();
    for row in rows("person_names_faker.tsv")? {
        let name = row["name"].as_str();
        let shaped = name.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | ' '))
            && name.chars().all(latin)
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        if row["type"] != "first" || !shaped {
            continue;
        }
        let v = votes.entry(key(Namespace::GivenName, name)).or_default();
        match row["gender"].as_str() {
            "m" => v.0 += 1,
            "f" => v.1 += 1,
            _ => {}
        }
    }
    let mut names: Vec<(u32, Gender)> = votes
        .into_iter()
        .filter_map(|(key, (m, f))| {
            let gender = if m > 0 && m >= GENDER_AGREEMENT * f {
                Gender::Male
            } else if f > 0 && f >= GENDER_AGREEMENT * m {
                Gender::Female
            } else {
                return None;
            };
            Some((key, gender))
        })
        .collect();
    names.sort_by_key(|&(k, _)| k);
    Ok(names)
}
