//! Which corpora train and evaluate each language's model, and their licenses.

use gleaner_core::ner::EntityType;

pub struct Source {
    pub file: &'static str,
    pub license: &'static str,
}

pub struct LanguageConfig {
    pub language: &'static str,
    pub types: &'static [EntityType],
    pub train: &'static [Source],
    /// Partially labelled training data (no MISC): its O tokens may be MISC.
    pub partial: &'static [Source],
    pub dev: Source,
}

const CONLL03: &str = "CoNLL-2003: research use; Reuters / Frankfurter Rundschau text under restricted redistribution";
const CONLL02: &str = "CoNLL-2002: research use only, no commercial use (EFE / De Morgen)";
const GERMEVAL: &str = "GermEval 2014: CC BY 4.0";
const UNER: &str = "Universal NER v1: CC BY-SA 4.0";
const WIKIANN: &str = "WikiANN: no license stated by its creators; derived from Wikipedia (CC BY-SA)";
const FOUR: &[EntityType] = &[EntityType::PER, EntityType::ORG, EntityType::LOC, EntityType::MISC];
const THREE: &[EntityType] = &[EntityType::PER, EntityType::ORG, EntityType::LOC];

pub const LANGUAGES: &[LanguageConfig] = &[
    LanguageConfig {
        language: "en",
        partial: &[Source { file: "wikiann-en-train.conll", license: WIKIANN }],
        types: FOUR,
        train: &[Source { file: "conll2003-en-train.conll", license: CONLL03 }],
        dev: Source { file: "conll2003-en-dev.conll", license: CONLL03 },
    },
    LanguageConfig {
        language: "de",
        partial: &[Source { file: "wikiann-de-train.conll", license: WIKIANN }],
        types: FOUR,
        train: &[
            Source { file: "conll2003-de-train.conll", license: CONLL03 },
            Source { file: "germeval2014-de-dev.conll", license: GERMEVAL },
        ],
        dev: Source { file: "conll2003-de-dev.conll", license: CONLL03 },
    },
    LanguageConfig {
        language: "es",
        partial: &[Source { file: "wikiann-es-train.conll", license: WIKIANN }],
        types: FOUR,
        train: &[Source { file: "conll2002-es-train.conll", license: CONLL02 }],
        dev: Source { file: "conll2002-es-dev.conll", license: CONLL02 },
    },
    LanguageConfig {
        language: "nl",
        partial: &[Source { file: "wikiann-nl-train.conll", license: WIKIANN }],
        types: FOUR,
        train: &[Source { file: "conll2002-nl-train.conll", license: CONLL02 }],
        dev: Source { file: "conll2002-nl-dev.conll", license: CONLL02 },
    },
    LanguageConfig {
        language: "pt",
        partial: &[],
        types: THREE,
        train: &[Source { file: "uner_bosque-pt-train.conll", license: UNER }],
        dev: Source { file: "uner_bosque-pt-dev.conll", license: UNER },
    },
];

pub fn config(language: &str) -> Option<&'static LanguageConfig> {
    LANGUAGES.iter().find(|c| c.language == language)
}
