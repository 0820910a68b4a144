//! The entity models and the place lexicon, embedded in the binary and
//! parsed on first use; shared by every thread.

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::Language;
use std::sync::OnceLock;

macro_rules! model_file {
    ($code:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner-", $code, ".glm"))
    };
}

fn model_bytes(language: Language) -> Option<&'static [u8]> {
    match language {
        Language::En => Some(model_file!("en")),
        Language::De => Some(model_file!("de")),
        Language::Es => Some(model_file!("es")),
        Language::Nl => Some(model_file!("nl")),
        Language::Pt => Some(model_file!("pt")),
        Language::Fr | Language::It => None,
    }
}

#[derive(Default)]
pub struct Models {
    loaded: [OnceLock<Result<Option<Model>, String>>; Language::ALL.len()],
    lexicon: OnceLock<Result<Lexicon, String>>,
}

impl Models {
    /// The place lexicon, parsed the first time it is asked for.
    pub fn lexicon(&self) -> Result<&Lexicon, String> {
        let loaded = self.lexicon.get_or_init(|| {
            let bytes = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/lexicon.glx"));
            Lexicon::from_bytes(bytes).map_err(|e| format!("place lexicon: {e}"))
        });
        loaded.as_ref().map_err(Clone::clone)
    }

    /// The model for `language`, parsed the first time it is asked for.
    pub fn get(&self, language: Language) -> Result<Option<&Model>, String> {
        let index = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
        let loaded = self.loaded[index].get_or_init(|| {
            model_bytes(language)
                .map(|bytes| Model::from_bytes(bytes).map_err(|e| format!("{} model: {e}", language.name())))
                .transpose()
        });
        loaded.as_ref().map(Option::as_ref).map_err(Clone::clone)
    }
}
