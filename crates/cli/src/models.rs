//! The entity models, embedded in the binary and parsed on first use.

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::Language;
use std::cell::OnceCell;

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
    loaded: [OnceCell<Option<Model>>; Language::ALL.len()],
    lexicon: OnceCell<Lexicon>,
}

impl Models {
    /// The place lexicon, parsed the first time it is asked for.
    pub fn lexicon(&self) -> Result<&Lexicon, String> {
        if self.lexicon.get().is_none() {
            let bytes = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/lexicon.glx"));
            let lexicon = Lexicon::from_bytes(bytes).map_err(|e| format!("place lexicon: {e}"))?;
            let _ = self.lexicon.set(lexicon);
        }
        Ok(self.lexicon.get().expect("set above"))
    }

    /// The model for `language`, parsed the first time it is asked for.
    pub fn get(&self, language: Language) -> Result<Option<&Model>, String> {
        let index = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
        let cell = &self.loaded[index];
        if cell.get().is_none() {
            let model = match model_bytes(language) {
                Some(bytes) => Some(Model::from_bytes(bytes).map_err(|e| format!("{} model: {e}", language.name()))?),
                None => None,
            };
            let _ = cell.set(model);
        }
        Ok(cell.get().and_then(Option::as_ref))
    }
}
