//! Builds a language's name lists from ../shared/data/lexicons, keeping only
//! sources whose licenses allow shipping a derived list (no GFDL nam_dict, no
//! ODbL-only world-countries rows).

use gleaner_core::ner::Gazetteer;
use std::path::PathBuf;

pub struct LexiconSource {
    pub file: &'static str,
    pub license: &'static str,
}

pub const SOURCES: &[LexiconSource] = &[
    LexiconSource { file: "person_names_faker.tsv", license: "MIT (faker, @faker-js/faker)" },
    LexiconSource { file: "trimmed/countries.tsv", license: "Unicode-3.0 (CLDR), MIT (i18n-iso-countries), LGPL-2.1 (iso-codes English names); ODbL world-countries rows excluded" },
    LexiconSource { file: "trimmed/cities50000.tsv", license: "CC-BY-4.0: contains data from GeoNames (geonames.org)" },
    LexiconSource { file: "trimmed/regions.tsv", license: "Unicode-3.0 (CLDR)" },
    LexiconSource { file: "demonyms.tsv", license: "MIT (i18n-nationality), handwritten, generated; ODbL-only rows excluded" },
    LexiconSource { file: "org_headwords.tsv", license: "handwritten" },
    LexiconSource { file: "trimmed/org_legal_forms.tsv", license: "GLEIF ELF (CC0), MIT (cleanco, faker)" },
    LexiconSource { file: "trimmed/companies.tsv", license: "MIT (pytickersymbols)" },
    LexiconSource { file: "titles_roles.tsv", license: "handwritten" },
    LexiconSource { file: "trimmed/months_weekdays.tsv", license: "Unicode-3.0 (CLDR)" },
];

pub fn lexicon_dir() -> PathBuf {
    crate::data_dir().join("../lexicons")
}

/// Rows of a TSV file as column maps (header row names the columns).
pub fn rows(file: &str) -> Result<Vec<std::collections::HashMap<String, String>>, String> {
    let path = lexicon_dir().join(file);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    Ok(lines.map(|l| header.iter().zip(l.split('\t')).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect())
}

fn plausible_name(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && s.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '&'))
}

/// A country-name row from world-countries alone (ODbL, share-alike): its
/// `kind` has only world-countries kinds. Such rows are not shipped.
pub fn odbl_country_kind(kind: &str) -> bool {
    kind.split(',').all(|k| matches!(k, "common" | "official" | "native-common" | "native-official" | "alt-spelling"))
}

/// A demonym row whose only source is world-countries (ODbL): not shipped.
pub fn odbl_only_sources(sources: &str) -> bool {
    sources.split(['|', ',', ';']).all(|s| s.trim().starts_with("world-countries"))
}

/// A city's alternate names worth matching: no airport codes (MUC), at least
/// three characters, shaped like a name.
pub fn city_alternate_names(alternates: &str) -> impl Iterator<Item = &str> {
    alternates.split('|').filter(|alternate| {
        let airport_code = alternate.len() <= 3 && alternate.chars().all(|c| c.is_ascii_uppercase());
        !airport_code && alternate.chars().count() >= 3 && plausible_name(alternate)
    })
}

/// Category indices follow `gazetteer::CATEGORIES`; `names`: typed names to
/// add ([`crate::names::typed_names`]).
pub fn build(language: &str, names: Vec<(String, usize)>) -> Result<Gazetteer, String> {
    let lang_ok = |l: &str| l == language || l == "en";
    let mut entries: Vec<(String, usize)> = names;
    for row in rows("person_names_faker.tsv")? {
        let category = match row["type"].as_str() {
            "first" => 0,
            "last" => 1,
            _ => continue,
        };
        if plausible_name(&row["name"]) {
            entries.push((row["name"].clone(), category));
        }
    }
    for row in rows("trimmed/countries.tsv")? {
        if !odbl_country_kind(&row["kind"]) && lang_ok(&row["lang"]) {
            entries.push((row["name"].clone(), 2));
        }
    }
    for row in rows("trimmed/cities50000.tsv")? {
        entries.push((row["name"].clone(), 3));
        for alternate in city_alternate_names(&row["alternatenames"]) {
            entries.push((alternate.to_string(), 3));
        }
    }
    for row in rows("trimmed/regions.tsv")? {
        if lang_ok(&row["lang"]) {
            entries.push((row["name"].clone(), 4));
        }
    }
    for row in rows("demonyms.tsv")? {
        if lang_ok(&row["lang"]) && !odbl_only_sources(&row["sources"]) {
            entries.push((row["form"].clone(), 5));
        }
    }
    for row in rows("org_headwords.tsv")? {
        if lang_ok(&row["lang"]) {
            entries.push((row["form"].clone(), 6));
        }
    }
    for row in rows("trimmed/org_legal_forms.tsv")? {
        entries.push((row["form"].clone(), 7));
    }
    for row in rows("trimmed/companies.tsv")? {
        entries.push((row["name"].clone(), 8));
    }
    for row in rows("titles_roles.tsv")? {
        if lang_ok(&row["lang"]) {
            entries.push((row["form"].clone(), 9));
        }
    }
    for row in rows("trimmed/months_weekdays.tsv")? {
        if row["lang"] == language {
            entries.push((row["form"].clone(), 10));
        }
    }
    entries.retain(|(e, _)| !e.trim().is_empty());
    Ok(Gazetteer::build(entries.iter().map(|(e, c)| (e.as_str(), *c))))
}

/// Country names (lower case) in `language` and English, for the convention
/// that countries are places. Supranational codes (EU, UN, EZ) are not countries.
pub fn country_names(language: &str) -> Result<std::collections::HashSet<String>, String> {
    let mut names = std::collections::HashSet::new();
    for row in rows("trimmed/countries.tsv")? {
        let supranational = matches!(row["alpha2"].as_str(), "EU" | "EZ" | "UN");
        if !supranational && (row["lang"] == language || row["lang"] == "en") {
            names.insert(row["name"].to_lowercase());
            // Corpora write "EE.UU." where the lexicon has "EE. UU.": also the form without the spaces.
            names.insert(row["name"].to_lowercase().replace(". ", "."));
        }
    }
    Ok(names)
}
