//! Entity models and the place lexicon, fetched by the worker the first time a
//! language needs one, and kept for the visit (the page's service worker keeps
//! them for offline use). The page's analyses ask with a callback and answer
//! again when a file arrives; the embed API awaits the files it needs.

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

/// Where the worker finds the files by default: relative to its own script.
pub const DEFAULT_ASSETS: &str = "models/";

/// How a file that could not be fetched at all (no network) says so, after its URL.
pub const UNREACHABLE: &str = "could not be downloaded: this device seems to be offline";

#[derive(Clone)]
pub enum Slot {
    Loading,
    Ready(Rc<Model>),
    Failed(String),
}

/// The place lexicon: one file for every language, fetched with the first analysis.
#[derive(Clone)]
pub enum LexiconSlot {
    Loading,
    Ready(Rc<Lexicon>),
    Failed(String),
}

#[derive(Clone)]
pub struct ModelCache {
    /// The folder URL the files are fetched from, ending in `/`.
    assets: Rc<str>,
    models: Rc<RefCell<HashMap<Language, Slot>>>,
    /// `None` until the first analysis asks for it.
    lexicon: Rc<RefCell<Option<LexiconSlot>>>,
    /// Woken whenever any file settles (loaded or failed); each re-checks what it waits for.
    waiters: Rc<RefCell<Vec<js_sys::Function>>>,
}

impl Default for ModelCache {
    fn default() -> Self {
        ModelCache::new(DEFAULT_ASSETS)
    }
}

impl ModelCache {
    pub fn new(assets: &str) -> Self {
        let assets = if assets.ends_with('/') { assets.to_string() } else { format!("{assets}/") };
        ModelCache { assets: Rc::from(assets), models: Rc::default(), lexicon: Rc::default(), waiters: Rc::default() }
    }

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
            let url = format!("{}lexicon.glx", cache.assets);
            let slot = match fetch_bytes(&url).await {
                Ok(bytes) => match Lexicon::from_bytes(&bytes) {
                    Ok(lexicon) => LexiconSlot::Ready(Rc::new(lexicon)),
                    Err(e) => LexiconSlot::Failed(format!("{url}: {e}")),
                },
                Err(reason) => LexiconSlot::Failed(reason),
            };
            *cache.lexicon.borrow_mut() = Some(slot);
            done();
            cache.wake();
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
            let url = format!("{}ner-{}.glm", cache.assets, language.code());
            let slot = match fetch_bytes(&url).await {
                Ok(bytes) => match Model::from_bytes(&bytes) {
                    Ok(model) => Slot::Ready(Rc::new(model)),
                    Err(e) => Slot::Failed(format!("{url}: {e}")),
                },
                Err(reason) => Slot::Failed(reason),
            };
            cache.models.borrow_mut().insert(language, slot);
            done();
            cache.wake();
        });
    }

    /// Forgets the files that could not be fetched for want of a network, so the next
    /// request tries again (called for each new request, never from a file's own callback,
    /// which would retry in a loop while offline).
    pub fn forget_unreachable(&self) {
        // Still offline: trying again would only fail again, and answer twice.
        let online =
            js_sys::global().dyn_into::<web_sys::WorkerGlobalScope>().map_or(true, |s| s.navigator().on_line());
        if !online {
            return;
        }
        self.models
            .borrow_mut()
            .retain(|_, slot| !matches!(slot, Slot::Failed(reason) if reason.ends_with(UNREACHABLE)));
        let mut lexicon = self.lexicon.borrow_mut();
        if matches!(&*lexicon, Some(LexiconSlot::Failed(reason)) if reason.ends_with(UNREACHABLE)) {
            *lexicon = None;
        }
    }

    /// `language`'s model once it has loaded; `Ok(None)` for a language without one.
    pub async fn model(&self, language: Language) -> Result<Option<Rc<Model>>, String> {
        if !MODEL_LANGUAGES.contains(&language) {
            return Ok(None);
        }
        loop {
            match self.slot(language) {
                Some(Slot::Ready(model)) => return Ok(Some(model)),
                Some(Slot::Failed(reason)) => return Err(reason),
                None => self.request(language, || {}),
                Some(Slot::Loading) => self.settled().await,
            }
        }
    }

    /// The place lexicon once it has loaded.
    pub async fn loaded_lexicon(&self) -> Result<Rc<Lexicon>, String> {
        loop {
            match self.lexicon() {
                Some(LexiconSlot::Ready(lexicon)) => return Ok(lexicon),
                Some(LexiconSlot::Failed(reason)) => return Err(reason),
                None => self.request_lexicon(|| {}),
                Some(LexiconSlot::Loading) => self.settled().await,
            }
        }
    }

    /// Resolves when the next file settles.
    async fn settled(&self) {
        let waiters = self.waiters.clone();
        let promise = js_sys::Promise::new(&mut |resolve, _reject| waiters.borrow_mut().push(resolve));
        let _ = JsFuture::from(promise).await;
    }

    fn wake(&self) {
        let waiters = std::mem::take(&mut *self.waiters.borrow_mut());
        for resolve in waiters {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}

/// Fetches with the worker's global `fetch`; a relative URL is relative to the
/// worker script, so the site works from any folder.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let scope = js_sys::global()
        .dyn_into::<web_sys::WorkerGlobalScope>()
        .map_err(|_| "models load in the worker".to_string())?;
    let promise = scope.fetch_with_str(url);
    let response = JsFuture::from(promise).await.map_err(|_| format!("{url} {UNREACHABLE}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{url}: download failed"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
