//! Per-language segmentation rules: one module per language, one shape for all
//! (the idea of charabia's segmenters, as data rather than code, since the
//! languages differ in word lists, not in algorithm).

mod de;
mod en;
mod es;
mod fr;
mod generic;
mod it;
mod nl;
mod pt;
mod rules;

pub use rules::LanguageRules;

use serde::{Deserialize, Serialize};

/// The languages Gleaner segments with their own rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    De,
    Es,
    Fr,
    It,
    Pt,
    Nl,
}

impl Language {
    pub const ALL: [Language; 7] =
        [Language::En, Language::De, Language::Es, Language::Fr, Language::It, Language::Pt, Language::Nl];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::It => "it",
            Language::Pt => "pt",
            Language::Nl => "nl",
        }
    }

    /// English name, for people.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::De => "German",
            Language::Es => "Spanish",
            Language::Fr => "French",
            Language::It => "Italian",
            Language::Pt => "Portuguese",
            Language::Nl => "Dutch",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    pub fn rules(self) -> &'static LanguageRules {
        match self {
            Language::En => &en::RULES,
            Language::De => &de::RULES,
            Language::Es => &es::RULES,
            Language::Fr => &fr::RULES,
            Language::It => &it::RULES,
            Language::Pt => &pt::RULES,
            Language::Nl => &nl::RULES,
        }
    }
}

/// Rules for text whose language is unknown: only what holds everywhere.
pub fn generic_rules() -> &'static LanguageRules {
    &generic::RULES
}
