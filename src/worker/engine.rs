//! The analysis worker: runs the pipeline off the page's thread and loads each
//! language's model the first time it is needed. When a model is still on its
//! way it answers at once without entities, then again once it has arrived.

use crate::embed::EmbedCaches;
use crate::worker::models::{LexiconSlot, ModelCache, Slot, MODEL_LANGUAGES, UNREACHABLE};
use crate::worker::protocol::{ModelState, Request, Response, WorkerRequest};
use gleaner_core::reader::{EntityList, Guidance};
use gleaner_core::resolve::Lexicon;
use gleaner_core::{Document, Language, Notice};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

struct State {
    models: ModelCache,
    /// The reader's entity list, as the page last sent it.
    list: Rc<EntityList>,
    /// The newest request, answered again when a model arrives.
    latest: Option<Request>,
}

/// Installs the message handler; called once by the worker binary.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let state = Rc::new(RefCell::new(State { models: ModelCache::default(), list: Rc::default(), latest: None }));
    let embed_caches = EmbedCaches::sharing(&state.borrow().models);
    let handler = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        match serde_wasm_bindgen::from_value::<WorkerRequest>(event.data()) {
            Ok(WorkerRequest::Page(request)) => {
                // Back online, a model that could not be fetched before is fetched now.
                state.borrow().models.forget_unreachable();
                state.borrow_mut().latest = Some(request);
                answer(&state);
            }
            Ok(WorkerRequest::List { file }) => {
                // The page checked the entries when they were added or imported.
                state.borrow_mut().list = Rc::new(EntityList::parse(&file).map(|(list, _)| list).unwrap_or_default());
            }
            Ok(WorkerRequest::Embed(request)) => {
                let caches = embed_caches.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let reply = crate::embed::answer(request, &caches).await;
                    post(&reply);
                });
            }
            Err(e) => web_sys::console::error_1(&format!("gleaner worker: bad request: {e}").into()),
        }
    });
    scope.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget(); // lives as long as the worker
}

fn answer(state: &Rc<RefCell<State>>) {
    let (request_id, text, lang, notices, reference, models) = {
        let s = state.borrow();
        let Some(request) = &s.latest else { return };
        (request.id, request.text.clone(), request.lang, request.notices.clone(), request.reference, s.models.clone())
    };
    let (list, corrections) = {
        let s = state.borrow();
        let corrections = s.latest.as_ref().map_or("", |r| r.corrections.as_str());
        (s.list.clone(), crate::worker::protocol::corrections_of(corrections))
    };
    let guidance = Guidance { list: Some(&*list), corrections: &corrections };
    let started = js_sys::Date::now();
    // A long article reports how far it is, so the page can show a progress bar.
    let mut progress = Progress::new(request_id, text.len());
    progress.report(0.02, "Reading");
    let mut document = Document::analyze_in(text, lang);
    document.reference = reference;
    progress.report(0.2, "Finding names");
    let mut needed: Vec<Language> = document.paragraphs.iter().filter_map(|p| p.rules_language).collect();
    needed.sort();
    needed.dedup();
    for &language in &needed {
        let state = state.clone();
        // Answer the newest request again, now with this model.
        models.request(language, move || answer(&state));
    }
    {
        let state = state.clone();
        models.request_lexicon(move || answer(&state));
    }
    let ready: Vec<_> = MODEL_LANGUAGES.iter().filter_map(|l| models.ready(*l).map(|m| (*l, m))).collect();
    document.tag_with_progress(
        |language| ready.iter().find(|(l, _)| *l == language).map(|(_, m)| &**m),
        &mut |done, total| progress.report(0.2 + 0.65 * done as f64 / total.max(1) as f64, "Finding names"),
    );
    progress.report(0.85, "Linking names to entities");
    // The core says "there is no entity model for X" for any language it tagged without one;
    // for a language that has a model still loading or unreachable, the page says that instead, once.
    let unavailable: Vec<&str> = needed.iter().filter(|l| MODEL_LANGUAGES.contains(l)).map(|l| l.name()).collect();
    document.notices.retain(|n| n.code != "no_model" || !unavailable.iter().any(|name| n.message.contains(name)));
    // Without the lexicon (still loading, or offline) entities still form; they lack place ids and NORP.
    let lexicon_slot = models.lexicon();
    let lexicon_loading = matches!(lexicon_slot, None | Some(LexiconSlot::Loading));
    match lexicon_slot {
        Some(LexiconSlot::Ready(lexicon)) => document.resolve_with(&lexicon, &guidance),
        Some(LexiconSlot::Failed(reason)) => {
            document.resolve_with(&Lexicon::default(), &guidance);
            document.notices.push(Notice {
                code: "no_lexicon".into(),
                message: format!("Place names could not be loaded ({reason}): entities are merged without country and city ids, and nationalities are not marked."),
            });
        }
        _ => document.resolve_with(&Lexicon::default(), &guidance),
    }
    document.notices.extend(notices);
    let states = needed
        .iter()
        .filter_map(|l| match models.slot(*l) {
            Some(Slot::Loading) => Some((*l, ModelState::Loading)),
            Some(Slot::Failed(reason)) if reason.ends_with(UNREACHABLE) => Some((*l, ModelState::Offline)),
            Some(Slot::Failed(reason)) => Some((*l, ModelState::Failed(reason))),
            _ => None,
        })
        .collect();
    progress.report(0.97, "Showing");
    // The page reads the document from one JSON string (fast to parse, one copy to send);
    // a long article's tokens stay here: the page only counts them.
    let (tokens, words) = (document.tokens.len(), document.word_count());
    if tokens > crate::worker::protocol::MAX_TOKENS_SENT {
        document.tokens = Vec::new();
    }
    let parts = js_sys::Array::new();
    for (part, json) in crate::worker::protocol::split_document(&mut document) {
        parts.push(&js_sys::Array::of2(&JsValue::from(part.number()), &JsValue::from_str(&json)));
    }
    let text = JsValue::from_str(&std::mem::take(&mut document.text));
    let response = Response {
        id: request_id,
        document: serde_json::to_string(&document).unwrap_or_default(),
        text,
        parts,
        tokens,
        words,
        models: states,
        models_used: ready.iter().map(|(l, _)| *l).filter(|l| needed.contains(l)).collect(),
        lexicon_loading,
        millis: js_sys::Date::now() - started,
    };
    post(&response);
}

/// Progress messages for a long article, at most one every 50 ms.
struct Progress {
    id: u32,
    enabled: bool,
    last: f64,
}

impl Progress {
    /// Articles shorter than this are done before a bar would be seen.
    const FROM_BYTES: usize = 50_000;

    fn new(id: u32, bytes: usize) -> Self {
        Progress { id, enabled: bytes >= Self::FROM_BYTES, last: 0.0 }
    }

    fn report(&mut self, done: f64, stage: &str) {
        let now = js_sys::Date::now();
        if !self.enabled || now - self.last < 50.0 {
            return;
        }
        self.last = now;
        post(&crate::worker::protocol::ProgressReport { progress: done, id: self.id, stage: stage.to_string() });
    }
}

/// Sends an answer to whoever asked: the page or an embed.
fn post(message: &impl serde::Serialize) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    match serde_wasm_bindgen::to_value(message) {
        Ok(message) => {
            if scope.post_message(&message).is_err() {
                web_sys::console::error_1(&"gleaner worker: could not post the analysis".into());
            }
        }
        Err(e) => web_sys::console::error_1(&format!("gleaner worker: {e}").into()),
    }
}
