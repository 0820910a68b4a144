//! The place lexicon: country, region and city names in many languages, and
//! demonyms, each pointing at a stable id (ISO 3166 alpha-2, UN M.49, GeoNames).
//! It is what makes "Russia", "Rusia" and "Russland" one entity, and
//! "venezolanischen" a nationality linked to VE. It also holds common given
//! names with the gender name lists agree they have (Donald: male, Angela:
//! female), so that a quote's "she said" can look past "Donald Trump".
//!
//! Compiled offline by `gleaner-train lexicon` into `models/lexicon.glx`:
//! `GLEX`, u16 version, the payload as one deflated section (u32 raw length,
//! u32 packed length, packed bytes), CRC-32 of everything before it.
//! Payload: u32 place count; per place u8 kind, u8 code length, code, 2-byte
//! country; u32 key count; sorted 32-bit key hashes as LEB128 deltas; per key
//! a u16 place index; (version 2) u32 given-name count, their sorted key
//! hashes as LEB128 deltas, and one bit a name, set for female.

use super::keys::{compact, fold};
use crate::container::{crc32, write_section};
use crate::ner::gazetteer::{entry_key, first_per_key, read_key_deltas, write_key_deltas};
use crate::Language;

const MAGIC: &[u8; 4] = b"GLEX";
const VERSION: u16 = 2;
/// No lexicon we build comes near this; a larger claim is a corrupt file.
const MAX_PAYLOAD: usize = 64 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Country,
    /// EU, UN: named like countries, not countries.
    Supranational,
    /// UN M.49 regions (Europe, Latin America) and US states.
    Region,
    City,
}

impl PlaceKind {
    const ALL: [PlaceKind; 4] = [PlaceKind::Country, PlaceKind::Supranational, PlaceKind::Region, PlaceKind::City];

    /// The id scheme of the codes of this kind.
    pub fn scheme(self) -> &'static str {
        match self {
            PlaceKind::Country | PlaceKind::Supranational => "iso3166",
            PlaceKind::Region => "m49",
            PlaceKind::City => "geonames",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    pub kind: PlaceKind,
    /// "RU", "EU", "419" (M.49), "US-CA", "524901" (GeoNames).
    pub code: String,
    /// The ISO alpha-2 code of the country it lies in (its own for a country; empty for regions).
    pub country: String,
}

impl Place {
    /// A stable id across articles and languages: "iso3166:RU", "geonames:524901".
    pub fn id(&self) -> String {
        format!("{}:{}", self.kind.scheme(), self.code)
    }
}

/// Capitals up to this many are an abbreviation, looked up as a short form
/// only, never as a name with its accents folded away: "IRA" is not "Irã"
/// (Iran in Portuguese). The builder also files each short name without
/// accents as a short form in capitals, so "ULM" still finds Ulm.
pub const ABBREVIATION_LETTERS: usize = 3;

/// Which table a key belongs to.
#[derive(Clone, Copy)]
pub enum Namespace<'a> {
    /// A place name, folded ([`fold`]).
    Name,
    /// A short form matched as written (letters and digits only): US, EEUU, UE.
    ShortForm,
    /// A nationality word of one language, folded.
    Demonym(&'a str),
    /// A given name, folded.
    GivenName,
}

/// A person's gender as a given name, an honorific or a pronoun tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

pub fn key(namespace: Namespace, text: &str) -> u32 {
    match namespace {
        Namespace::Name => entry_key(["N", &fold(text)]),
        Namespace::ShortForm => entry_key(["S", &compact(text)]),
        Namespace::Demonym(language) => entry_key(["D", language, &fold(text)]),
        Namespace::GivenName => entry_key(["G", &fold(text)]),
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    places: Vec<Place>,
    keys: Vec<u32>,
    targets: Vec<u16>,
    index: crate::ner::key_index::KeyIndex,
    given_names: Vec<u32>,
    /// One bit a given name (in `given_names` order): set for female.
    female: Vec<u8>,
    given_index: crate::ner::key_index::KeyIndex,
}

#[derive(Debug, PartialEq, Eq)]
pub enum LexiconError {
    NotALexicon,
    UnsupportedVersion(u16),
    ChecksumMismatch,
    Corrupt(&'static str),
}

impl std::fmt::Display for LexiconError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LexiconError::NotALexicon => write!(f, "not a Gleaner place lexicon"),
            LexiconError::UnsupportedVersion(v) if *v > VERSION => {
                write!(f, "lexicon version {v} is newer than this Gleaner reads ({VERSION}): update Gleaner")
            }
            LexiconError::UnsupportedVersion(v) => write!(
                f,
                "lexicon version {v} is older than this Gleaner reads ({VERSION}): \
                 rebuild it with this version's gleaner-train, or reload to fetch the current one"
            ),
            LexiconError::ChecksumMismatch => write!(f, "the lexicon file is damaged (checksum mismatch)"),
            LexiconError::Corrupt(what) => write!(f, "the lexicon file is damaged ({what})"),
        }
    }
}

impl Lexicon {
    /// From places and (key, place index) pairs; the first pair of a key wins,
    /// so callers list the likelier reading first (countries before cities,
    /// larger cities before smaller ones).
    pub fn build(places: Vec<Place>, entries: impl IntoIterator<Item = (u32, usize)>) -> Lexicon {
        let pairs: Vec<(u32, u16)> = entries
            .into_iter()
            .filter(|&(_, place)| place < places.len() && place <= usize::from(u16::MAX))
            .map(|(key, place)| (key, place as u16))
            .collect();
        let (keys, targets) = first_per_key(pairs);
        let index = crate::ner::key_index::KeyIndex::new(&keys);
        Lexicon { places, keys, targets, index, ..Lexicon::default() }
    }

    /// With given names and their gender (key from [`Namespace::GivenName`]);
    /// a name listed twice keeps its first gender.
    pub fn with_given_names(mut self, names: impl IntoIterator<Item = (u32, Gender)>) -> Lexicon {
        let mut names: Vec<(u32, Gender)> = names.into_iter().collect();
        names.sort_by_key(|&(key, _)| key);
        names.dedup_by_key(|&mut (key, _)| key);
        self.female = vec![0; names.len().div_ceil(8)];
        for (i, &(_, gender)) in names.iter().enumerate() {
            if gender == Gender::Female {
                self.female[i / 8] |= 1 << (i % 8);
            }
        }
        self.given_names = names.into_iter().map(|(key, _)| key).collect();
        self.given_index = crate::ner::key_index::KeyIndex::new(&self.given_names);
        self
    }

    /// The gender name lists give `name` (a given name), if they agree on one.
    pub fn given_name_gender(&self, name: &str) -> Option<Gender> {
        let i = self.given_index.position(&self.given_names, key(Namespace::GivenName, name))?;
        Some(if self.female.get(i / 8)? & (1 << (i % 8)) != 0 { Gender::Female } else { Gender::Male })
    }

    pub fn given_name_count(&self) -> usize {
        self.given_names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    fn get(&self, key: u32) -> Option<&Place> {
        let i = self.index.position(&self.keys, key)?;
        self.places.get(usize::from(self.targets[i]))
    }

    /// The place `name` names: a short form as written (US, EE. UU., UE), else the folded name.
    pub fn place(&self, name: &str) -> Option<&Place> {
        if name.trim().is_empty() {
            return None;
        }
        let short_form = self.get(key(Namespace::ShortForm, name));
        let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() <= ABBREVIATION_LETTERS && letters.iter().all(char::is_ascii_uppercase) {
            return short_form;
        }
        short_form.or_else(|| self.get(key(Namespace::Name, name)))
    }

    /// The country whose people `word` names in `language` (rusos → RU).
    pub fn demonym(&self, language: Language, word: &str) -> Option<&Place> {
        self.get(key(Namespace::Demonym(language.code()), word))
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut raw = Vec::new();
        raw.extend_from_slice(&(self.places.len() as u32).to_le_bytes());
        for place in &self.places {
            raw.push(PlaceKind::ALL.iter().position(|k| *k == place.kind).unwrap_or(0) as u8);
            let code = &place.code.as_bytes()[..place.code.len().min(255)];
            raw.push(code.len() as u8);
            raw.extend_from_slice(code);
            let country = place.country.as_bytes();
            raw.extend_from_slice(&[country.first().copied().unwrap_or(b' '), country.get(1).copied().unwrap_or(b' ')]);
        }
        raw.extend_from_slice(&(self.keys.len() as u32).to_le_bytes());
        write_key_deltas(&self.keys, &mut raw);
        for target in &self.targets {
            raw.extend_from_slice(&target.to_le_bytes());
        }
        raw.extend_from_slice(&(self.given_names.len() as u32).to_le_bytes());
        write_key_deltas(&self.given_names, &mut raw);
        raw.extend_from_slice(&self.female);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        write_section(&mut out, &raw);
        let crc = crc32(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Lexicon, LexiconError> {
        if bytes.get(..4) != Some(MAGIC.as_slice()) {
            return Err(LexiconError::NotALexicon);
        }
        let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let version =
            bytes.get(4..6).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or(LexiconError::Corrupt("header"))?;
        if version != VERSION {
            return Err(LexiconError::UnsupportedVersion(version));
        }
        if bytes.len() < 18 {
            return Err(LexiconError::Corrupt("truncated"));
        }
        let (body, crc) = bytes.split_at(bytes.len() - 4);
        if crc32(body) != u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]) {
            return Err(LexiconError::ChecksumMismatch);
        }
        let raw_len = u32_at(6).ok_or(LexiconError::Corrupt("header"))? as usize;
        let packed_len = u32_at(10).ok_or(LexiconError::Corrupt("header"))? as usize;
        if raw_len > MAX_PAYLOAD || 14 + packed_len != body.len() {
            return Err(LexiconError::Corrupt("sizes"));
        }
        let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(&body[14..], raw_len)
            .map_err(|_| LexiconError::Corrupt("compressed payload"))?;
        Lexicon::parse_payload(&raw).ok_or(LexiconError::Corrupt("payload"))
    }

    fn parse_payload(raw: &[u8]) -> Option<Lexicon> {
        let u32_at = |at: usize| raw.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let n_places = u32_at(0)? as usize;
        if n_places > raw.len() {
            return None;
        }
        let mut at = 4;
        let mut places = Vec::with_capacity(n_places);
        for _ in 0..n_places {
            let kind = *PlaceKind::ALL.get(usize::from(*raw.get(at)?))?;
            let len = usize::from(*raw.get(at + 1)?);
            let code = std::str::from_utf8(raw.get(at + 2..at + 2 + len)?).ok()?.to_string();
            let country = std::str::from_utf8(raw.get(at + 2 + len..at + 4 + len)?).ok()?.trim().to_string();
            places.push(Place { kind, code, country });
            at += 4 + len;
        }
        let n_keys = u32_at(at)? as usize;
        // Every key takes a byte at least: a larger count is a damaged file, not an allocation to make.
        if n_keys > raw.len().saturating_sub(at + 4) {
            return None;
        }
        let (keys, at) = read_key_deltas(raw, at + 4, n_keys)?;
        let targets: Vec<u16> =
            raw.get(at..at + 2 * n_keys)?.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
        let at = at + 2 * n_keys;
        let n_names = u32_at(at)? as usize;
        if n_names > raw.len().saturating_sub(at + 4) {
            return None;
        }
        let (given_names, at) = read_key_deltas(raw, at + 4, n_names)?;
        let female = raw.get(at..at + n_names.div_ceil(8))?.to_vec();
        // The last byte's bits past the last name are zero in a sound file.
        let padding_clear = n_names.is_multiple_of(8) || female.last().is_some_and(|&b| b >> (n_names % 8) == 0);
        let valid = at + n_names.div_ceil(8) == raw.len()
            && padding_clear
            && targets.iter().all(|&t| usize::from(t) < places.len());
        let index = crate::ner::key_index::KeyIndex::new(&keys);
        let given_index = crate::ner::key_index::KeyIndex::new(&given_names);
        valid.then_some(Lexicon { places, keys, targets, index, given_names, female, given_index })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Lexicon {
        let places = vec![
            Place { kind: PlaceKind::Country, code: "RU".into(), country: "RU".into() },
            Place { kind: PlaceKind::Country, code: "US".into(), country: "US".into() },
            Place { kind: PlaceKind::City, code: "524901".into(), country: "RU".into() },
            Place { kind: PlaceKind::Country, code: "IR".into(), country: "IR".into() },
        ];
        let entries = [
            (key(Namespace::Name, "Russland"), 0),
            (key(Namespace::Name, "Rusia"), 0),
            (key(Namespace::ShortForm, "EE. UU."), 1),
            (key(Namespace::ShortForm, "US"), 1),
            (key(Namespace::Demonym("es"), "rusos"), 0),
            (key(Namespace::Name, "Moskau"), 2),
            (key(Namespace::Name, "Rusia"), 2),
            (key(Namespace::Name, "Irã"), 3),
        ];
        Lexicon::build(places, entries).with_given_names([
            (key(Namespace::GivenName, "Donald"), Gender::Male),
            (key(Namespace::GivenName, "Melanie"), Gender::Female),
        ])
    }

    #[test]
    fn finds_names_short_forms_and_demonyms() {
        let lexicon = tiny();
        assert_eq!(lexicon.place("RUSSLAND").map(|p| p.id()), Some("iso3166:RU".into()));
        assert_eq!(lexicon.place("Rusia").map(|p| p.code.as_str()), Some("RU"), "the first reading wins");
        assert_eq!(lexicon.place("EE.UU.").map(|p| p.code.as_str()), Some("US"));
        assert_eq!(lexicon.place("us"), None, "short forms match as written only");
        assert_eq!(lexicon.demonym(Language::Es, "Rusos").map(|p| p.code.as_str()), Some("RU"));
        assert_eq!(lexicon.demonym(Language::De, "rusos"), None, "demonyms are per language");
        assert_eq!(
            lexicon.place("Moskau").map(|p| (p.id(), p.country.as_str())),
            Some(("geonames:524901".into(), "RU"))
        );
        assert_eq!(lexicon.place(""), None);
        assert_eq!(lexicon.place("Irã").map(|p| p.code.as_str()), Some("IR"));
        assert_eq!(lexicon.place("IRÃ").map(|p| p.code.as_str()), Some("IR"), "a headline's capitals");
        assert_eq!(lexicon.place("Ira").map(|p| p.code.as_str()), Some("IR"), "accents may be left out");
        assert_eq!(lexicon.place("IRA"), None, "an abbreviation is not a name with its accents folded away");
        assert_eq!(lexicon.given_name_gender("Donald"), Some(Gender::Male));
        assert_eq!(lexicon.given_name_gender("MELANIE"), Some(Gender::Female));
        assert_eq!(lexicon.given_name_gender("Hillary"), None);
    }

    #[test]
    fn round_trips_and_rejects_damage() {
        let lexicon = tiny();
        let bytes = lexicon.to_bytes();
        assert_eq!(Lexicon::from_bytes(&bytes), Ok(lexicon));
        assert_eq!(Lexicon::from_bytes(b"GLM1...."), Err(LexiconError::NotALexicon));
        let mut damaged = bytes.clone();
        damaged[16] ^= 0xff;
        assert_eq!(Lexicon::from_bytes(&damaged), Err(LexiconError::ChecksumMismatch));
        assert!(Lexicon::from_bytes(&bytes[..bytes.len() - 5]).is_err());
        assert_eq!(Lexicon::from_bytes(&Lexicon::default().to_bytes()), Ok(Lexicon::default()));
    }
}
