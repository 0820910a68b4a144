//! Entity models, fetched from `models/` by the worker the first time a
//! language needs one, and kept for the visit (the service worker keeps
//! them for offline use).

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::Language;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Languages with a trained entity model in `models/`.
pub const MODEL_LANGUAGES: [Language; 5] = [Language::En, Language::De, Language::Es, Language::Nl, Language::Pt];

#[derive(Clone)]
pub enum Slot {
    Loading,
    Ready(Rc<Model>),
    Failed(String),
}

#[derive(Clone, Default)]
pub struct ModelCache {
    models: Rc<RefCell<HashMap<Language, Slot>>>,
    /// `None` until the first analysis asks for it.
    lexicon: Rc<RefCell<Option<LexiconSlot>>>,
}

/// The place lexicon: one file for every language, fetched with the first analysis.
#[derive(Clone)]
pub enum LexiconSlot {
    Loading,
    Ready(Rc<Lexicon>),
    Failed(String),
}

impl ModelCache {
    pub fn ready(&self, language: Language) -> Option<Rc<Model>> {
        match self.models.borrow().get(&language) {
            Some(Slot::Ready(model)) => Some(model.clone()),
            _ => None,
        }
    }

    pub fn slot(&self, language: Language) -> Option<Slot> {
        self.models.borrow().get(&language).cloned()
    }

    pub fn lexicon(&self) -> Option<LexiconSlot> {
        self.lexicon.borrow().clone()
    }

    /// Starts fetching the place lexicon unless it is loaded or loading; `done` runs when it settles.
    pub fn request_lexicon(&self, done: impl FnOnce() + 'static) {
        if self.lexicon.borrow().is_some() {
            return;
        }
        *self.lexicon.borrow_mut() = Some(LexiconSlot::Loading);
        let cache = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let slot = match fetch_bytes("models/lexicon.glx").await {
                Ok(bytes) => match Lexicon::from_bytes(&bytes) {
                    Ok(lexicon) => LexiconSlot::Ready(Rc::new(lexicon)),
                    Err(e) => LexiconSlot::Failed(format!("models/lexicon.glx: {e}")),
                },
                Err(reason) => LexiconSlot::Failed(reason),
            };
            *cache.lexicon.borrow_mut() = Some(slot);
            done();
        });
    }

    /// Starts fetching `language`'s model unless it is loaded, loading or has
    /// no model; `done` runs when it settles.
    pub fn request(&self, language: Language, done: impl FnOnce() + 'static) {
        if !MODEL_LANGUAGES.contains(&language) || self.models.borrow().contains_key(&language) {
            return;
        }
        self.models.borrow_mut().insert(language, Slot::Loading);
        let cache = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let slot = match fetch_model(language).await {
                Ok(model) => Slot::Ready(Rc::new(model)),
                Err(reason) => Slot::Failed(reason),
            };
            cache.models.borrow_mut().insert(language, slot);
            done();
        });
    }
}

/// Fetches with the worker's global `fetch`; the URL is relative to the
/// worker script, so the site works from any folder.
async fn fetch_model(language: Language) -> Result<Model, String> {
    let url = format!("models/ner-{}.glm", language.code());
    let bytes = fetch_bytes(&url).await?;
    Model::from_bytes(&bytes).map_err(|e| format!("{url}: {e}"))
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let scope = js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .map_err(|_| "models load in the worker".to_string())?;
    let promise = scope.fetch_with_str(url);
    let response = JsFuture::from(promise).await.map_err(|_| format!("{url} could not be fetched (offline?)"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{url}: download failed"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
