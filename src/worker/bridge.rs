//! The page's side of the analysis worker: it starts the worker, numbers each
//! request so only the newest answer is shown, reads a long answer a piece at a
//! time, and replaces the worker on cancel. The page sends requests through it
//! and gets answers back as callbacks; nothing else on the page talks to the worker.

use super::protocol::{self, EmbedReply, EmbedRequest, ModelState, ProgressReport, Request, Response, WorkerRequest};
use crate::library::Article;
use crate::SharedDocument;
use gleaner_core::reader::EntityList;
use gleaner_core::{Document, Language};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

/// The worker's loader (www/worker_loader.js, copied next to index.html; relative: the site may live in any folder).
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// Ids of the CoNLL export's requests start here, far from the view across the library's.
const CONLL_REQUESTS: u32 = 1 << 31;

/// The worker's newest answer to the page's article; equal when it is the same answer.
#[derive(Clone)]
pub struct Analysis {
    pub document: SharedDocument,
    /// Its token and word counts (a long article's tokens stay in the worker).
    pub tokens: usize,
    pub words: usize,
    pub models: Rc<Vec<(Language, ModelState)>>,
    pub lexicon_loading: bool,
    /// The languages whose models it used (kept for offline use once it is shown).
    pub models_used: Rc<Vec<Language>>,
    /// The library's article it is of (when the request was sent).
    pub article: Option<String>,
    /// The text it is of, as the page sent it: the analysis is fresh while the input holds this
    /// very text (a pointer compared, not 10 MB at every render).
    pub text: Rc<str>,
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        self.document == other.document && Rc::ptr_eq(&self.text, &other.text)
    }
}

impl Analysis {
    /// Whether it is the analysis of this very text.
    pub fn is_of(&self, text: &Rc<str>) -> bool {
        Rc::ptr_eq(&self.text, text)
    }
}

/// What the newest request to the worker was about.
#[derive(Clone)]
pub struct Sent {
    pub article: Option<String>,
    pub text: Rc<str>,
}

/// Where the worker's answers go.
#[derive(Clone)]
pub struct Replies {
    /// The newest request's analysis.
    pub analysis: Callback<Analysis>,
    /// The newest request's progress: how far (0..1) and in which stage.
    pub progress: Callback<(f64, String)>,
    /// The newest analysis of the whole library, resolved together.
    pub library: Callback<EmbedReply>,
    /// The newest CoNLL export of the corrected articles.
    pub conll: Callback<EmbedReply>,
}

/// The numbers of the newest request of each kind (an answer to an older one is ignored).
#[derive(Default)]
struct Latest {
    page: u32,
    library: u32,
    conll: u32,
}

pub struct Bridge {
    worker: RefCell<Option<Worker>>,
    latest: Rc<RefCell<Latest>>,
    sent: Rc<RefCell<Option<Sent>>>,
    replies: Replies,
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Bridge {
    pub fn new(replies: Replies) -> Bridge {
        let latest = Rc::new(RefCell::new(Latest { conll: CONLL_REQUESTS, ..Latest::default() }));
        let bridge = Bridge { worker: RefCell::new(None), latest, sent: Rc::default(), replies };
        *bridge.worker.borrow_mut() = bridge.start();
        bridge
    }

    /// Starts the analysis worker; its answers to the newest requests go to the replies.
    fn start(&self) -> Option<Worker> {
        let worker = match Worker::new(WORKER_SCRIPT) {
            Ok(worker) => worker,
            Err(_) => {
                web_sys::console::error_1(&"Gleaner: the analysis worker could not be started".into());
                return None;
            }
        };
        let (latest, sent, replies) = (self.latest.clone(), self.sent.clone(), self.replies.clone());
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            // www/worker_loader.js says {type: "fatal", message} when the engine could not load.
            let has = |key: &str| js_sys::Reflect::has(&event.data(), &key.into()).unwrap_or(false);
            let fatal = js_sys::Reflect::get(&event.data(), &"message".into()).ok().and_then(|m| m.as_string());
            if let Some(message) = fatal {
                web_sys::console::error_1(&format!("Gleaner: {message}").into());
            } else if has("compact") {
                match serde_wasm_bindgen::from_value::<EmbedReply>(event.data()) {
                    Ok(reply) if reply.id == latest.borrow().conll => replies.conll.emit(reply),
                    Ok(reply) if reply.id == latest.borrow().library => replies.library.emit(reply),
                    Ok(_) => {} // an answer to an older request
                    Err(e) => web_sys::console::error_1(&format!("Gleaner: unreadable library analysis: {e}").into()),
                }
            } else if has("progress") {
                match serde_wasm_bindgen::from_value::<ProgressReport>(event.data()) {
                    Ok(report) if report.id == latest.borrow().page => {
                        replies.progress.emit((report.progress, report.stage))
                    }
                    _ => {}
                }
            } else {
                match serde_wasm_bindgen::from_value::<Response>(event.data()) {
                    Ok(response) if response.id == latest.borrow().page => {
                        if let Some(sent) = sent.borrow().clone() {
                            let reply = (latest.clone(), replies.analysis.clone());
                            wasm_bindgen_futures::spawn_local(read_answer(response, sent, reply.0, reply.1));
                        }
                    }
                    Ok(_) => {} // an answer to an older edit
                    Err(e) => web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into()),
                }
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget(); // as long-lived as the page
        Some(worker)
    }

    fn post(&self, request: &WorkerRequest) {
        match (&*self.worker.borrow(), serde_wasm_bindgen::to_value(request)) {
            (Some(worker), Ok(message)) => {
                if worker.post_message(&message).is_err() {
                    web_sys::console::error_1(&"Gleaner: could not reach the analysis worker".into());
                }
            }
            _ => web_sys::console::error_1(&"Gleaner: no analysis worker".into()),
        }
    }

    /// A new request of the page's is coming: answers to older ones are for nobody.
    /// Its number, for [`Bridge::analyze`].
    pub fn forget_older(&self) -> u32 {
        let mut latest = self.latest.borrow_mut();
        latest.page = latest.page.wrapping_add(1);
        latest.page
    }

    /// Asks for the analysis of the article's text (`request.id` from [`Bridge::forget_older`]).
    pub fn analyze(&self, request: Request, sent: Sent) {
        *self.sent.borrow_mut() = Some(sent);
        self.post(&WorkerRequest::Page(request));
    }

    /// Asks for every article analyzed and resolved together (the view across the library).
    pub fn analyze_library(&self, articles: Vec<Article>, list: &EntityList) {
        let id = next(&mut self.latest.borrow_mut().library);
        let request =
            EmbedRequest { corpus: true, compact: true, only_compact: true, ..library_request(id, articles, list) };
        self.post(&WorkerRequest::Embed(request));
    }

    /// Asks for the corrected articles written as CoNLL, for the trainer.
    pub fn export_conll(&self, articles: Vec<Article>, list: &EntityList) {
        let id = next(&mut self.latest.borrow_mut().conll);
        self.post(&WorkerRequest::Embed(EmbedRequest { conll: true, ..library_request(id, articles, list) }));
    }

    /// Tells the worker the reader's entity list (it applies it to every later analysis).
    pub fn send_list(&self, list: &EntityList) {
        self.post(&WorkerRequest::List { file: list.to_json() });
    }

    /// The worker is busy inside one call and cannot be interrupted, so it is replaced;
    /// its models come back from the browser's cache. An answer still on its way is for nobody.
    pub fn cancel(&self, list: &EntityList) {
        if let Some(busy) = self.worker.borrow_mut().take() {
            busy.terminate();
        }
        *self.worker.borrow_mut() = self.start();
        self.send_list(list);
        self.forget_older();
    }
}

fn next(latest: &mut u32) -> u32 {
    *latest = latest.wrapping_add(1);
    *latest
}

/// Articles of the library sent to the worker as the embed API's request, each with its
/// language, its corrections and the reader's list (each article's own dateline still applies).
fn library_request(id: u32, articles: Vec<Article>, list: &EntityList) -> EmbedRequest {
    EmbedRequest {
        id,
        langs: articles.iter().map(|a| a.lang.map(|l| l.code().to_string())).collect(),
        corrections: articles.iter().map(|a| serde_json::to_string(&a.corrections).unwrap_or_default()).collect(),
        entities: (!list.is_empty()).then(|| list.to_json()),
        texts: articles.into_iter().map(|a| a.text).collect(),
        lang: None,
        corpus: false,
        assets: None,
        compact: false,
        only_compact: false,
        date: None,
        conll: false,
    }
}

/// Reads the worker's answer a piece at a time, each in a task of its own (a 10 MB article's
/// analysis read at once held the page for 1.6 s), and gives it on unless a newer request came.
async fn read_answer(response: Response, sent: Sent, latest: Rc<RefCell<Latest>>, analyzed: Callback<Analysis>) {
    let next_task = || gloo_timers::future::TimeoutFuture::new(0);
    let current = || latest.borrow().page == response.id;
    let mut document = match serde_json::from_str::<Document>(&response.document) {
        Ok(document) => document,
        Err(e) => return web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into()),
    };
    next_task().await;
    document.text = response.text.as_string().unwrap_or_default();
    for pair in response.parts.iter() {
        next_task().await;
        if !current() {
            return;
        }
        let pair = js_sys::Array::from(&pair);
        let part = pair.get(0).as_f64().and_then(|n| protocol::Part::from_number(n as u32));
        let (Some(part), Some(json)) = (part, pair.get(1).as_string()) else { continue };
        if let Err(e) = protocol::add_part(&mut document, part, &json) {
            return web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into());
        }
    }
    // Shown in a task of its own: drawing it is the next long step.
    next_task().await;
    if current() {
        analyzed.emit(Analysis {
            document: SharedDocument(Rc::new(document)),
            tokens: response.tokens,
            words: response.words,
            models: Rc::new(response.models),
            lexicon_loading: response.lexicon_loading,
            models_used: Rc::new(response.models_used),
            article: sent.article,
            text: sent.text,
        });
    }
}
