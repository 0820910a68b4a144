//! The workspace: the library (sidebar), the article with its text box and
//! highlighted text (main view), and its entities, quotes and values (side
//! panel). Every article the reader pastes or opens is kept in the browser.

use crate::library::download::download;
use crate::library::files::open_file;
use crate::library::{export, Article, PASTED};
use crate::views::about::AboutModels;
use crate::views::across::{AcrossLibrary, CompactAnalysis};
use crate::views::corrections::{key_action, CorrectionPanel, KeyAction};
use crate::views::entities::EntityPanel;
use crate::views::entity_list::EntityListPanel;
use crate::views::export_menu::ExportMenu;
use crate::views::relations::Relations;
use crate::views::sidebar::Sidebar;
use crate::views::summary::Summary;
use crate::views::text_view::TextView;
use crate::worker::protocol::{EmbedReply, EmbedRequest, ModelState, ProgressReport, Request, Response, WorkerRequest};
use crate::SharedDocument;
use gleaner_core::correct::{byte_offset, correction_for, tag_words, Action};
use gleaner_core::label::Label;
use gleaner_core::reader::{Correction, EntityList, ListEntry};
use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::{Document, Language, Notice};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlSelectElement, HtmlTextAreaElement, MessageEvent, Worker};
use yew::prelude::*;

pub(crate) mod offline;

/// The worker's loader (www/worker_loader.js, copied next to index.html; relative: the site may live in any folder).
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// Ids of the CoNLL export's requests start here, far from the view across the library's.
const CONLL_REQUESTS: u32 = 1 << 31;

/// The text box is read once typing pauses (reading a long text at every key would be slow).
const TYPING_PAUSE_MS: u32 = 150;

/// Above this many bytes an article's text is not kept in the text box: a browser lays out
/// a text box of a megabyte again at every change of the page, which freezes it. The text
/// is shown highlighted below, and the text box comes back on request.
const LONG_TEXT_BYTES: usize = 100_000;

#[derive(Clone)]
struct Input {
    text: Rc<str>,
    /// Set when the text came from a file: its name and what decoding had to say.
    file: Option<(String, Vec<Notice>)>,
    /// The language the reader chose instead of the detected one.
    lang: Option<Language>,
    /// The article's own date (the reader's, or the page's metadata).
    reference: Option<ReferenceDate>,
    /// The reader's corrections of this article, applied on every analysis.
    corrections: Rc<Vec<Correction>>,
}

/// Equal when it is the same text (the same `Rc`: every new text is a new one). `Rc<str>`
/// compares its contents, and a 10 MB article compared at every render held the page.
impl PartialEq for Input {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && self.file == other.file
            && self.lang == other.lang
            && self.reference == other.reference
            && Rc::ptr_eq(&self.corrections, &other.corrections)
    }
}

impl Input {
    fn empty() -> Input {
        Input { text: Rc::from(""), file: None, lang: None, reference: None, corrections: Rc::default() }
    }
}

/// The worker's newest answer; equal when it is the same answer.
#[derive(Clone)]
struct Analysis {
    document: SharedDocument,
    /// Its token and word counts (a long article's tokens stay in the worker).
    tokens: usize,
    words: usize,
    models: Rc<Vec<(Language, ModelState)>>,
    lexicon_loading: bool,
    /// The library's article it is of (when the request was sent).
    article: Option<String>,
    /// The text it is of, as the page sent it: the analysis is fresh while the input holds this
    /// very text (a pointer compared, not 10 MB at every render).
    text: Rc<str>,
}

impl PartialEq for Analysis {
    fn eq(&self, other: &Self) -> bool {
        self.document == other.document && Rc::ptr_eq(&self.text, &other.text)
    }
}

impl Analysis {
    fn is_of(&self, input: &Input) -> bool {
        Rc::ptr_eq(&self.text, &input.text)
    }
}

/// What the newest request to the worker was about.
#[derive(Clone)]
struct Sent {
    article: Option<String>,
    text: Rc<str>,
}

/// The page's side of the worker: the worker itself, which a cancel replaces.
type WorkerSlot = RefCell<Option<Worker>>;

/// Starts the analysis worker; its answers for the newest request land in `analyzed`.
/// Answers to the article's analysis land in `analyzed`; answers to the library's
/// (all articles resolved together) go to `on_library`.
fn start_worker(
    latest: Rc<RefCell<u32>>,
    latest_sent: Rc<RefCell<Option<Sent>>>,
    analyzed: UseStateHandle<Option<Analysis>>,
    on_library: Callback<EmbedReply>,
    on_progress: Callback<ProgressReport>,
) -> Option<Worker> {
    let worker = match Worker::new(WORKER_SCRIPT) {
        Ok(worker) => worker,
        Err(_) => {
            web_sys::console::error_1(&"Gleaner: the analysis worker could not be started".into());
            return None;
        }
    };
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        // www/worker_loader.js says {type: "fatal", message} when the engine could not load.
        let fatal = js_sys::Reflect::get(&event.data(), &"message".into()).ok().and_then(|m| m.as_string());
        if let Some(message) = fatal {
            web_sys::console::error_1(&format!("Gleaner: {message}").into());
            return;
        }
        if js_sys::Reflect::has(&event.data(), &"compact".into()).unwrap_or(false) {
            match serde_wasm_bindgen::from_value::<EmbedReply>(event.data()) {
                Ok(reply) => on_library.emit(reply),
                Err(e) => web_sys::console::error_1(&format!("Gleaner: unreadable library analysis: {e}").into()),
            }
            return;
        }
        if js_sys::Reflect::has(&event.data(), &"progress".into()).unwrap_or(false) {
            if let Ok(report) = serde_wasm_bindgen::from_value::<ProgressReport>(event.data()) {
                on_progress.emit(report);
            }
            return;
        }
        match serde_wasm_bindgen::from_value::<Response>(event.data()) {
            Ok(response) if response.id == *latest.borrow() => {
                let (latest, analyzed) = (latest.clone(), analyzed.clone());
                let sent = latest_sent.borrow().clone();
                if let Some(sent) = sent {
                    wasm_bindgen_futures::spawn_local(read_answer(response, sent, latest, analyzed));
                }
            }
            Ok(_) => {} // an answer to an older edit
            Err(e) => web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into()),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // as long-lived as the page
    Some(worker)
}

/// Reads the worker's answer a piece at a time, each in a task of its own (a 10 MB article's
/// analysis read at once held the page for 1.6 s), and shows it unless a newer request came.
async fn read_answer(
    response: Response,
    sent: Sent,
    latest: Rc<RefCell<u32>>,
    analyzed: UseStateHandle<Option<Analysis>>,
) {
    let next_task = || gloo_timers::future::TimeoutFuture::new(0);
    let current = |latest: &RefCell<u32>| *latest.borrow() == response.id;
    let mut document = match serde_json::from_str::<Document>(&response.document) {
        Ok(document) => document,
        Err(e) => return web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into()),
    };
    next_task().await;
    document.text = response.text.as_string().unwrap_or_default();
    for pair in response.parts.iter() {
        next_task().await;
        if !current(&latest) {
            return;
        }
        let pair = js_sys::Array::from(&pair);
        let part = pair.get(0).as_f64().and_then(|n| crate::worker::protocol::Part::from_number(n as u32));
        let (Some(part), Some(json)) = (part, pair.get(1).as_string()) else { continue };
        if let Err(e) = crate::worker::protocol::add_part(&mut document, part, &json) {
            return web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into());
        }
    }
    // Shown in a task of its own: drawing it is the next long step.
    next_task().await;
    if current(&latest) {
        crate::app::offline::keep_models(&response.models_used);
        analyzed.set(Some(Analysis {
            document: SharedDocument(Rc::new(document)),
            tokens: response.tokens,
            words: response.words,
            models: Rc::new(response.models),
            lexicon_loading: response.lexicon_loading,
            article: sent.article,
            text: sent.text,
        }));
    }
}

/// A change to the current article's corrections (a new one, or undo).
type CorrectionsChange = Rc<dyn Fn(&mut Vec<Correction>)>;

/// A change to the article with this id, applied to it as it is at that moment.
/// The change says whether it changed anything (comparing a 10 MB article before and after,
/// at every edit, would hold the page).
type Edit = (String, Rc<dyn Fn(&mut Article) -> bool>);

/// A new article's id: the time and a random part, unique within one library.
fn new_id() -> String {
    format!("a{:x}{:06x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 16_777_216.0) as u32)
}

/// The next number of a kind of request (an answer to an older one is then ignored).
fn next_id(latest: &RefCell<u32>) -> u32 {
    let mut latest = latest.borrow_mut();
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

/// Tells the worker the reader's entity list (it applies it to every later analysis).
fn send_list(worker: &WorkerSlot, list: &EntityList) {
    let request = WorkerRequest::List { file: list.to_json() };
    if let (Some(worker), Ok(message)) = (&*worker.borrow(), serde_wasm_bindgen::to_value(&request)) {
        let _ = worker.post_message(&message);
    }
}

/// The words the reader selected, as byte offsets into `text`: in the
/// highlighted text (whose characters are the text's, in order), else in the
/// text box when it holds the same text.
fn selected_words(text: &str, text_box: &NodeRef) -> Option<(usize, usize)> {
    let document = web_sys::window()?.document()?;
    let from_view = (|| {
        let selection = web_sys::window()?.get_selection().ok()??;
        let container = document.query_selector("[data-testid=text]").ok()??;
        let (anchor, focus) = (selection.anchor_node()?, selection.focus_node()?);
        if selection.is_collapsed() || !container.contains(Some(&anchor)) || !container.contains(Some(&focus)) {
            return None;
        }
        let units_to = |node: &web_sys::Node, offset: u32| -> Option<usize> {
            let range = document.create_range().ok()?;
            range.set_start(&container, 0).ok()?;
            range.set_end(node, offset).ok()?;
            Some(String::from(range.to_string()).encode_utf16().count())
        };
        let a = units_to(&anchor, selection.anchor_offset())?;
        let b = units_to(&focus, selection.focus_offset())?;
        Some((a.min(b), a.max(b)))
    })();
    let (a, b) = from_view.or_else(|| {
        let area = text_box.cast::<HtmlTextAreaElement>()?;
        let (a, b) = (area.selection_start().ok()??, area.selection_end().ok()??);
        (a != b && area.value() == text).then_some((a as usize, b as usize))
    })?;
    Some((byte_offset(text, a), byte_offset(text, b)))
}

/// Focuses the name at or after byte `start` in the highlighted text (after a
/// correction re-drew it), so the keyboard goes on where it was.
fn focus_name_at(start: usize) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(marks) = document.query_selector_all("[data-testid=text] mark.ent[data-source]") else { return };
    // The first name from there on, if it is drawn; never an unrelated one before it.
    for i in 0..marks.length() {
        let Some(mark) = marks.get(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let at = mark.get_attribute("data-start").and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
        if at >= start {
            let _ = mark.focus();
            return;
        }
    }
}

/// The index of the highlighted name that has the keyboard's focus, if one has.
fn focused_mention() -> Option<usize> {
    let focused = web_sys::window()?.document()?.active_element()?;
    focused.closest("[data-testid=text]").ok()??;
    focused.get_attribute("data-mention")?.parse().ok()
}

/// Runs a library write; a failure (a full disk, a private window) is shown to the reader.
fn persist(
    write: impl std::future::Future<Output = Result<(), String>> + 'static,
    problem: UseStateHandle<Option<String>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        // In a task of its own: storing a 10 MB article is a long step, not to be added to the one that asked.
        gloo_timers::future::TimeoutFuture::new(0).await;
        if let Err(message) = write.await {
            problem.set(Some(message));
        }
    });
}

#[function_component(App)]
pub fn app() -> Html {
    let input = use_state(Input::empty);
    let analyzed = use_state(|| None::<Analysis>);
    let refusal = use_state(|| None::<String>);
    let problem = use_state(|| None::<String>); // a storage or import problem
    let dragging = use_state(|| false);
    let latest = use_mut_ref(|| 0u32);
    // The article the newest request is of, and the text last saved to it (compared by
    // pointer: comparing a 10 MB text at every request would hold the page).
    let latest_sent = use_mut_ref(|| None::<Sent>);
    let saved_text = use_mut_ref(|| None::<Rc<str>>);
    // The library, oldest first: `shelf` is the one source of truth that every change
    // reads and writes at once (handlers never work on a render's stale copy);
    // `library` is its copy for rendering.
    let shelf = use_mut_ref(Vec::<Article>::new);
    // The reader typed, pasted or opened something: the library, when it comes back from
    // storage after that (slow on a busy machine), must not replace it on show.
    let reader_acted = use_mut_ref(|| false);
    let library = use_state(|| Rc::new(Vec::<Article>::new()));
    // The article on show (None: a new one, not saved yet).
    let current = use_state(|| None::<String>);
    // The current article's id as the typing-pause save sees it (state handles lag a render).
    let current_id = use_mut_ref(|| None::<String>);
    // The entity the reader clicked, in the table or the text.
    let selected = use_state(|| None::<u32>);
    // One callback for the page's life: a new one each render would re-render the whole text.
    let on_select = {
        let selected = selected.setter();
        use_callback((), move |id: Option<u32>, _| selected.set(id))
    };
    // A long article's progress (0..1 and its stage) while the worker reads it.
    let progress = use_state(|| None::<(f64, String)>);
    let cancelled = use_state(|| false);
    // Bumped by "Re-analyze": the same text is sent again.
    let again = use_state(|| 0u32);
    // A long text is edited in the text box only on request (see LONG_TEXT_BYTES).
    let edit_long = use_state(|| false);
    // The view across the library: on or off, its newest request, its result, and the
    // entity the reader filtered the library by (its name and the articles naming it).
    let across = use_state(|| false);
    let across_latest = use_mut_ref(|| 0u32);
    let across_result = use_state(|| None::<(Rc<Vec<String>>, Rc<Vec<CompactAnalysis>>)>);
    let across_ids = use_mut_ref(Vec::<String>::new);
    let filter = use_state(|| None::<(String, Vec<String>)>);
    // The corrected articles' export as CoNLL: its newest request (numbered apart from the view's).
    let conll_latest = use_mut_ref(|| CONLL_REQUESTS);
    let on_library_reply = {
        let across_latest = across_latest.clone();
        let across_result = across_result.clone();
        let problem = problem.clone();
        let across_ids = across_ids.clone();
        let conll_latest = conll_latest.clone();
        Callback::from(move |reply: EmbedReply| {
            if reply.id == *conll_latest.borrow() {
                let written = match &reply.error {
                    Some(error) => Err(error.clone()),
                    None => download("gleaner-corrections.conll", "text/plain", &reply.analyses.concat()),
                };
                if let Err(e) = written {
                    problem.set(Some(format!("The corrected articles could not be exported ({e}).")));
                }
                return;
            }
            if reply.id != *across_latest.borrow() {
                return;
            }
            if let Some(error) = reply.error {
                problem.set(Some(format!("The library could not be analyzed together: {error}")));
                return;
            }
            let analyses: Vec<CompactAnalysis> =
                reply.compact.iter().filter_map(|json| serde_json::from_str(json).ok()).collect();
            across_result.set(Some((Rc::new(across_ids.borrow().clone()), Rc::new(analyses))));
        })
    };
    let on_progress = {
        let progress = progress.setter();
        let latest = latest.clone();
        use_callback((), move |report: ProgressReport, _| {
            if report.id == *latest.borrow() {
                progress.set(Some((report.progress, report.stage)));
            }
        })
    };
    let start = {
        let latest = latest.clone();
        let analyzed = analyzed.clone();
        let latest_sent = latest_sent.clone();
        move || {
            start_worker(
                latest.clone(),
                latest_sent.clone(),
                analyzed.clone(),
                on_library_reply.clone(),
                on_progress.clone(),
            )
        }
    };
    let worker: Rc<WorkerSlot> = {
        let start = start.clone();
        use_memo((), move |_| RefCell::new(start()))
    };

    // Correcting: the name in focus, the one waiting for a merge, why the last
    // correction could not be made, and the name to focus once the corrected analysis is in.
    let active = use_state(|| None::<usize>);
    // (The name waiting for a merge, by where it starts: indices change with each analysis.)
    let merging = use_state(|| None::<usize>);
    let correction_message = use_state(|| None::<String>);
    let refocus = use_mut_ref(|| None::<usize>);
    // The reader's entity list: `list_now` for handlers, `list` for rendering.
    let list_now = use_mut_ref(|| Rc::new(EntityList::default()));
    let list = use_state(|| Rc::new(EntityList::default()));
    let list_problems = use_state(|| Rc::new(Vec::<String>::new()));

    // Shows one article: its text goes to the analysis.
    // (The view across the library is asked for below, once the library exists.)
    let show = {
        let input = input.clone();
        let current = current.clone();
        let current_id = current_id.clone();
        let selected = selected.clone();
        let edit_long = edit_long.clone();
        let (active, merging, correction_message) = (active.clone(), merging.clone(), correction_message.clone());
        let saved_text = saved_text.clone();
        Callback::from(move |article: Option<Article>| {
            selected.set(None);
            edit_long.set(false);
            active.set(None);
            merging.set(None);
            correction_message.set(None);
            *current_id.borrow_mut() = article.as_ref().map(|a| a.id.clone());
            current.set(article.as_ref().map(|a| a.id.clone()));
            // The text as stored: shown, it need not be saved again.
            let text: Rc<str> = Rc::from(article.as_ref().map_or("", |a| a.text.as_str()));
            *saved_text.borrow_mut() = Some(text.clone());
            input.set(match article {
                Some(a) => Input {
                    file: (a.source != PASTED).then(|| (a.source.clone(), a.notices.clone())),
                    text,
                    lang: a.lang,
                    reference: a.reference,
                    corrections: Rc::new(a.corrections),
                },
                None => Input::empty(),
            });
        })
    };

    // The library comes back from the browser's storage, with the newest article on show.
    let publish = {
        let shelf = shelf.clone();
        let library = library.clone();
        Rc::new(move || library.set(Rc::new(shelf.borrow().clone())))
    };
    {
        let shelf = shelf.clone();
        let publish = publish.clone();
        let show = show.clone();
        let problem = problem.clone();
        let (list, list_now, worker) = (list.clone(), list_now.clone(), worker.clone());
        let reader_acted = reader_acted.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // The list first: the worker has it before the first article's analysis.
                match crate::library::store::load_list().await {
                    Ok(entries) if !entries.is_empty() => {
                        let loaded = Rc::new(EntityList::new(entries).0);
                        send_list(&worker, &loaded);
                        *list_now.borrow_mut() = loaded.clone();
                        list.set(loaded);
                    }
                    Ok(_) => {}
                    Err(message) => problem.set(Some(message)),
                }
                match crate::library::store::load_all().await {
                    Ok(mut articles) => {
                        // Articles added while it loaded stay, as they are now.
                        crate::library::upsert(&mut articles, &shelf.borrow());
                        if !*reader_acted.borrow() {
                            show.emit(articles.last().cloned());
                        }
                        *shelf.borrow_mut() = articles;
                        publish();
                    }
                    Err(message) => problem.set(Some(message)),
                }
            });
        });
    }

    // Adds or replaces whole articles, in the list and in storage.
    let keep = {
        let shelf = shelf.clone();
        let publish = publish.clone();
        let problem = problem.clone();
        Callback::from(move |changed: Vec<Article>| {
            crate::library::upsert(&mut shelf.borrow_mut(), &changed);
            publish();
            persist(async move { crate::library::store::save(&changed).await }, problem.clone());
        })
    };
    // Changes one article as it is now (another change may have come since the last render).
    let edit = {
        let shelf = shelf.clone();
        let publish = publish.clone();
        let problem = problem.clone();
        Callback::from(move |(id, change): Edit| {
            let changed = {
                let mut articles = shelf.borrow_mut();
                let Some(article) = articles.iter_mut().find(|a| a.id == id) else { return };
                change(article).then(|| article.clone())
            };
            if let Some(article) = changed {
                publish();
                persist(async move { crate::library::store::save(&[article]).await }, problem.clone());
            }
        })
    };

    {
        let analyzed = analyzed.clone();
        let shelf = shelf.clone();
        let keep = keep.clone();
        let edit = edit.clone();
        let current_id = current_id.clone();
        let worker = worker.clone();
        let progress = progress.clone();
        let cancelled = cancelled.clone();
        let latest = latest.clone();
        use_effect_with((input.clone(), *again), move |(input, _)| {
            let input = (**input).clone();
            // The next task: the text box has already waited for a pause in typing.
            let timeout = Timeout::new(0, move || {
                let id = next_id(&latest);
                progress.set(None);
                cancelled.set(false);
                if input.text.trim().is_empty() {
                    analyzed.set(None);
                    return;
                }
                // Typed or pasted text becomes an article of the library, and stays one as it changes.
                let saved = current_id.borrow().clone();
                let exists = saved.as_ref().is_some_and(|id| shelf.borrow().iter().any(|a| &a.id == id));
                match saved {
                    Some(id) if exists => {
                        let typed = !saved_text.borrow().as_ref().is_some_and(|t| Rc::ptr_eq(t, &input.text));
                        let text = typed.then(|| input.text.to_string());
                        let (lang, reference) = (input.lang, input.reference);
                        edit.emit((
                            id,
                            Rc::new(move |article: &mut Article| {
                                let mut changed = article.lang != lang || article.reference != reference;
                                if let Some(text) = &text {
                                    // A title taken from the first line follows it; one the reader gave stays.
                                    if article.title == Article::title_from_text(&article.text) {
                                        article.title = Article::title_from_text(text);
                                    }
                                    article.text.clone_from(text);
                                    changed = true;
                                }
                                article.lang = lang;
                                article.reference = reference;
                                changed
                            }),
                        ));
                    }
                    None => {
                        let article = Article {
                            id: new_id(),
                            title: Article::title_from_text(&input.text),
                            source: PASTED.to_string(),
                            added: js_sys::Date::now(),
                            text: input.text.to_string(),
                            lang: input.lang,
                            language: None,
                            notices: Vec::new(),
                            reference: input.reference,
                            corrections: Vec::new(),
                        };
                        *current_id.borrow_mut() = Some(article.id.clone());
                        keep.emit(vec![article]);
                    }
                    Some(_) => {} // deleted while the reader typed
                }
                *saved_text.borrow_mut() = Some(input.text.clone());
                *latest_sent.borrow_mut() =
                    Some(Sent { article: current_id.borrow().clone(), text: input.text.clone() });
                let notices = input.file.as_ref().map(|(_, n)| n.clone()).unwrap_or_default();
                let request = WorkerRequest::Page(Request {
                    id,
                    text: input.text.to_string(),
                    lang: input.lang,
                    notices,
                    reference: input.reference,
                    corrections: serde_json::to_string(&*input.corrections).unwrap_or_default(),
                });
                match (&*worker.borrow(), serde_wasm_bindgen::to_value(&request)) {
                    (Some(worker), Ok(message)) => {
                        if worker.post_message(&message).is_err() {
                            web_sys::console::error_1(&"Gleaner: could not reach the analysis worker".into());
                        }
                    }
                    _ => web_sys::console::error_1(&"Gleaner: no analysis worker".into()),
                }
            });
            move || drop(timeout)
        });
    }
    // The id the typing-pause save gave a new article becomes the one on show.
    {
        let current = current.clone();
        let current_id = current_id.clone();
        use_effect_with(library.clone(), move |_| {
            let saved = current_id.borrow().clone();
            if *current != saved {
                current.set(saved);
            }
        });
    }
    {
        let progress = progress.clone();
        let fresh = analyzed.as_ref().map(|a| Rc::as_ptr(&a.document.0) as usize);
        use_effect_with(fresh, move |_| progress.set(None));
    }
    // The list shows each article's language once it has been analyzed.
    {
        let edit = edit.clone();
        use_effect_with(analyzed.clone(), move |analyzed| {
            let found = analyzed.as_ref().and_then(|a| Some((a.article.clone()?, a.document.language.language)));
            if let Some((id, language)) = found {
                let code = language.map_or("und", |l| l.code()).to_string();
                edit.emit((
                    id,
                    Rc::new(move |article: &mut Article| {
                        let changed = article.language.as_deref() != Some(code.as_str());
                        article.language = Some(code.clone());
                        changed
                    }),
                ));
            }
        });
    }

    // The text box is not re-rendered from state at each key: it is read once typing
    // pauses, so a long article types as fast as a short one.
    let text_box = use_node_ref();
    let title_box = use_node_ref();
    let typing = use_mut_ref(|| None::<Timeout>);
    let on_text_input = {
        let input = input.clone();
        let refusal = refusal.clone();
        let text_box = text_box.clone();
        let reader_acted = reader_acted.clone();
        Callback::from(move |_: InputEvent| {
            *reader_acted.borrow_mut() = true;
            let (input, refusal, text_box) = (input.clone(), refusal.clone(), text_box.clone());
            *typing.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || {
                let Some(area) = text_box.cast::<HtmlTextAreaElement>() else { return };
                refusal.set(None);
                input.set(Input { text: Rc::from(area.value()), ..(*input).clone() });
            }));
        })
    };
    let on_edit_long = {
        let edit_long = edit_long.clone();
        Callback::from(move |_: MouseEvent| edit_long.set(true))
    };
    // A long paste goes straight to the article, never through the text box (laying out a
    // megabyte in a text box freezes the page for a moment).
    let on_paste = {
        let input = input.clone();
        let text_box = text_box.clone();
        let reader_acted = reader_acted.clone();
        Callback::from(move |e: Event| {
            *reader_acted.borrow_mut() = true;
            let Ok(e) = e.dyn_into::<web_sys::ClipboardEvent>() else { return };
            let Some(pasted) = e.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
            let Some(area) = text_box.cast::<HtmlTextAreaElement>() else { return };
            if pasted.len() <= LONG_TEXT_BYTES {
                return; // the text box takes it as usual
            }
            e.prevent_default();
            let value = area.value();
            let units: Vec<u16> = value.encode_utf16().collect();
            let at = |offset: Option<u32>| offset.map_or(units.len(), |o| (o as usize).min(units.len()));
            let (start, end) = (at(area.selection_start().ok().flatten()), at(area.selection_end().ok().flatten()));
            let text = format!(
                "{}{pasted}{}",
                String::from_utf16_lossy(&units[..start.min(end)]),
                String::from_utf16_lossy(&units[end.max(start)..])
            );
            input.set(Input { text: Rc::from(text), ..(*input).clone() });
        })
    };
    // The text box shows the article on show (set only when it differs: not at each key).
    {
        let text_box = text_box.clone();
        let text = input.text.clone();
        // Compared by where the text is, not by what it says (see `Input`'s equality).
        let shown = (Rc::as_ptr(&text) as *const u8 as usize, *edit_long);
        use_effect_with(shown, move |_| {
            if let Some(area) = text_box.cast::<HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }

    let on_language_chosen = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            input.set(Input { lang: Language::from_code(&select.value()), ..(*input).clone() });
        })
    };

    let on_date_chosen = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            let reference =
                CalendarDate::parse(&field.value()).map(|date| ReferenceDate { date, source: ReferenceSource::Given });
            input.set(Input { reference, ..(*input).clone() });
        })
    };

    // Each file becomes an article; the last one opened is shown.
    let open_files = {
        let refusal = refusal.clone();
        let keep = keep.clone();
        let show = show.clone();
        let reader_acted = reader_acted.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            *reader_acted.borrow_mut() = true;
            let refusal = refusal.clone();
            let keep = keep.clone();
            let show = show.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut opened = Vec::new();
                let mut refused = Vec::new();
                let now = js_sys::Date::now();
                for (i, file) in files.into_iter().enumerate() {
                    match open_file(&file).await {
                        Ok(o) => opened.push(Article {
                            id: new_id(),
                            title: o
                                .title
                                .filter(|t| !t.trim().is_empty())
                                .unwrap_or_else(|| Article::title_from_text(&o.text)),
                            source: o.name,
                            added: now + i as f64, // the order they were chosen in, also after a reload
                            text: o.text,
                            lang: None,
                            language: None,
                            notices: o.notices,
                            reference: o
                                .published
                                .map(|date| ReferenceDate { date, source: ReferenceSource::Metadata }),
                            corrections: Vec::new(),
                        }),
                        Err(reason) => refused.push(reason),
                    }
                }
                refusal.set((!refused.is_empty()).then(|| refused.join(" ")));
                if let Some(last) = opened.last().cloned() {
                    keep.emit(opened);
                    show.emit(Some(last));
                }
            });
        })
    };

    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let open_files = open_files.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let files = crate::library::files::files_of(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                open_files.emit(files);
            }
        })
    };

    let on_new = {
        let show = show.clone();
        let refusal = refusal.clone();
        let across = across.clone();
        Callback::from(move |()| {
            refusal.set(None);
            across.set(false);
            show.emit(None);
        })
    };
    // Across the library: every article analyzed and resolved together, asked for when the
    // view opens and again whenever the library changes while it is open.
    {
        let worker = worker.clone();
        let shelf = shelf.clone();
        let across_latest = across_latest.clone();
        let across_ids = across_ids.clone();
        let across_result = across_result.clone();
        let list_now = list_now.clone();
        let version = (Rc::as_ptr(&*library) as usize, Rc::as_ptr(&*list) as usize);
        use_effect_with((*across, version), move |(on, _)| {
            if *on {
                let articles = shelf.borrow().clone();
                *across_ids.borrow_mut() = articles.iter().map(|a| a.id.clone()).collect();
                across_result.set(None);
                let request = WorkerRequest::Embed(EmbedRequest {
                    corpus: true,
                    compact: true,
                    only_compact: true,
                    ..library_request(next_id(&across_latest), articles, &list_now.borrow())
                });
                if let (Some(worker), Ok(message)) = (&*worker.borrow(), serde_wasm_bindgen::to_value(&request)) {
                    let _ = worker.post_message(&message);
                }
            }
        });
    }
    let on_across = {
        let across = across.clone();
        Callback::from(move |()| across.set(!*across))
    };
    let on_filter = {
        let across_result = across_result.clone();
        let filter = filter.clone();
        Callback::from(move |(entity, name): (String, String)| {
            if let Some((ids, analyses)) = &*across_result {
                let naming: Vec<String> = analyses
                    .iter()
                    .zip(ids.iter())
                    .filter(|(analysis, _)| analysis.entities.iter().any(|e| e.id == entity))
                    .map(|(_, id)| id.clone())
                    .collect();
                filter.set(Some((name, naming)));
            }
        })
    };
    let on_clear_filter = {
        let filter = filter.clone();
        Callback::from(move |()| filter.set(None))
    };
    let on_pick = {
        let shelf = shelf.clone();
        let show = show.clone();
        let across = across.clone();
        Callback::from(move |id: String| {
            across.set(false);
            show.emit(shelf.borrow().iter().find(|a| a.id == id).cloned())
        })
    };
    let on_rename = {
        let current_id = current_id.clone();
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            let title = field.value().trim().to_string();
            if let (Some(id), false) = (current_id.borrow().clone(), title.is_empty()) {
                edit.emit((
                    id,
                    Rc::new(move |article: &mut Article| {
                        let changed = article.title != title;
                        article.title.clone_from(&title);
                        changed
                    }),
                ));
            }
        })
    };
    let on_delete = {
        let shelf = shelf.clone();
        let publish = publish.clone();
        let current_id = current_id.clone();
        let show = show.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(id) = current_id.borrow().clone() else { return };
            shelf.borrow_mut().retain(|a| a.id != id);
            show.emit(shelf.borrow().last().cloned());
            publish();
            persist(async move { crate::library::store::delete(&id).await }, problem.clone());
        })
    };
    let on_reanalyze = {
        let again = again.clone();
        Callback::from(move |_: MouseEvent| again.set(again.wrapping_add(1)))
    };
    // Cancel: the worker is busy inside one call and cannot be interrupted, so it is
    // replaced; its models come back from the browser's cache.
    let on_cancel = {
        let worker = worker.clone();
        let list_now = list_now.clone();
        let latest = latest.clone();
        let progress = progress.clone();
        let cancelled = cancelled.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(busy) = worker.borrow_mut().take() {
                busy.terminate();
            }
            *worker.borrow_mut() = start();
            send_list(&worker, &list_now.borrow());
            *latest.borrow_mut() += 1; // an answer still on its way is for nobody
            progress.set(None);
            cancelled.set(true);
        })
    };
    let on_export = {
        let shelf = shelf.clone();
        let problem = problem.clone();
        Callback::from(move |()| {
            let json = export::export_library(&shelf.borrow(), js_sys::Date::now());
            if let Err(e) = download("gleaner-library.json", "application/json", &json) {
                problem.set(Some(format!("The library could not be exported ({e}).")));
            }
        })
    };
    let on_import = {
        let shelf = shelf.clone();
        let publish = publish.clone();
        let problem = problem.clone();
        let show = show.clone();
        Callback::from(move |file: web_sys::File| {
            let shelf = shelf.clone();
            let publish = publish.clone();
            let problem = problem.clone();
            let show = show.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let read = crate::library::files::read_file_bytes(&file).await;
                let parsed = read.and_then(|bytes| {
                    export::import_library(&String::from_utf8_lossy(&bytes))
                        .map_err(|reason| format!("“{name}” was not imported: {reason}. The library is unchanged."))
                });
                match parsed {
                    Ok(imported) => match crate::library::store::save(&imported).await {
                        Ok(()) => {
                            crate::library::upsert(&mut shelf.borrow_mut(), &imported);
                            problem.set(None);
                            show.emit(shelf.borrow().last().cloned());
                            publish();
                        }
                        Err(message) => problem.set(Some(message)),
                    },
                    Err(message) => problem.set(Some(message)),
                }
            });
        })
    };

    // --- Corrections -------------------------------------------------------
    // A correction joins the article's list (stored with it), and the article is analyzed again with it.
    let set_corrections = {
        let shelf = shelf.clone();
        let edit = edit.clone();
        let input = input.clone();
        let current_id = current_id.clone();
        let correction_message = correction_message.clone();
        Callback::from(move |change: CorrectionsChange| {
            let Some(id) = current_id.borrow().clone() else { return };
            let change_now = change.clone();
            edit.emit((
                id.clone(),
                Rc::new(move |article: &mut Article| {
                    change_now(&mut article.corrections);
                    true
                }),
            ));
            let corrections =
                shelf.borrow().iter().find(|a| a.id == id).map(|a| a.corrections.clone()).unwrap_or_default();
            correction_message.set(None);
            input.set(Input { corrections: Rc::new(corrections), ..(*input).clone() });
        })
    };
    let on_correct = {
        let set_corrections = set_corrections.clone();
        Callback::from(move |correction: Correction| {
            set_corrections.emit(Rc::new(move |list: &mut Vec<Correction>| list.push(correction.clone())))
        })
    };
    let on_undo = {
        let set_corrections = set_corrections.clone();
        let refocus = refocus.clone();
        let input = input.clone();
        Callback::from(move |()| {
            if let Some(last) = input.corrections.last() {
                *refocus.borrow_mut() = Some(last.target.start);
            }
            set_corrections.emit(Rc::new(|list: &mut Vec<Correction>| {
                list.pop();
            }))
        })
    };
    // The reader's entity list changed: checked, stored, sent to the worker, and the article analyzed again.
    let set_list = {
        let list = list.clone();
        let list_now = list_now.clone();
        let list_problems = list_problems.clone();
        let worker = worker.clone();
        let problem = problem.clone();
        let again = again.clone();
        Callback::from(move |(entries, mut problems): (Vec<ListEntry>, Vec<String>)| {
            let (checked, left_out) = EntityList::new(entries);
            problems.extend(left_out.into_iter().map(|p| format!("Not added: {}", p.message)));
            list_problems.set(Rc::new(problems));
            let checked = Rc::new(checked);
            send_list(&worker, &checked);
            *list_now.borrow_mut() = checked.clone();
            list.set(checked.clone());
            persist(async move { crate::library::store::save_list(&checked).await }, problem.clone());
            again.set(again.wrapping_add(1));
        })
    };
    let on_list_change = set_list.reform(|entries: Vec<ListEntry>| (entries, Vec::new()));
    let on_list_import = {
        let set_list = set_list.clone();
        let list_now = list_now.clone();
        let list_problems = list_problems.clone();
        Callback::from(move |file: web_sys::File| {
            let (set_list, list_now, list_problems) = (set_list.clone(), list_now.clone(), list_problems.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let read = crate::library::files::read_file_bytes(&file).await;
                let parsed = read.and_then(|bytes| {
                    let text = gleaner_core::decode::decode(&bytes).map_err(|e| e.to_string())?.text;
                    EntityList::parse(&text)
                        .map_err(|e| format!("“{name}” was not imported: {e}. Your list is unchanged."))
                });
                match parsed {
                    Ok((imported, problems)) => {
                        let mut entries = list_now.borrow().entries().to_vec();
                        entries.extend(imported.entries().iter().cloned());
                        let problems =
                            problems.iter().map(|p| format!("{name} line {}: {} (left out)", p.line, p.message));
                        set_list.emit((entries, problems.collect()));
                    }
                    Err(message) => list_problems.set(Rc::new(vec![message])),
                }
            });
        })
    };
    // A key or a button on a name: a correction, the start or end of a merge, or a list entry.
    let on_key = {
        let analyzed = analyzed.clone();
        let input = input.clone();
        let merging = merging.clone();
        let correction_message = correction_message.clone();
        let refocus = refocus.clone();
        let on_correct = on_correct.clone();
        let set_list = set_list.clone();
        let list_now = list_now.clone();
        Callback::from(move |(index, key): (usize, KeyAction)| {
            let Some(analysis) = &*analyzed else { return };
            let doc = &analysis.document;
            if !analysis.is_of(&input) {
                correction_message.set(Some("Wait for the analysis of the new text before correcting it.".into()));
                return;
            }
            let Some(mention) = doc.mentions.get(index) else { return };
            let action = match key {
                KeyAction::Correct(action) => action,
                KeyAction::CancelMerge => {
                    merging.set(None);
                    return;
                }
                KeyAction::Merge => match *merging {
                    Some(first) if first != mention.span.start => {
                        merging.set(None);
                        match doc.mentions.iter().position(|m| m.span.start == first) {
                            Some(first) => Action::MergeWith(first),
                            None => {
                                correction_message.set(Some("The first name of the merge is no longer tagged.".into()));
                                return;
                            }
                        }
                    }
                    _ => {
                        merging.set(Some(mention.span.start));
                        return;
                    }
                },
                KeyAction::List { never } => {
                    let name = mention.span.text(&doc.text).to_string();
                    let entry = if never { ListEntry::never(name) } else { ListEntry::tag(name, mention.label) };
                    let mut entries = list_now.borrow().entries().to_vec();
                    entries.push(entry);
                    *refocus.borrow_mut() = Some(mention.span.start);
                    set_list.emit((entries, Vec::new()));
                    return;
                }
            };
            match correction_for(doc, index, action, js_sys::Date::now()) {
                Ok(correction) => {
                    // The keyboard goes on at the corrected name (a resized one starts where it now starts).
                    *refocus.borrow_mut() = Some(correction.to.as_ref().map_or(correction.target.start, |t| t.start));
                    on_correct.emit(correction);
                }
                Err(message) => correction_message.set(Some(message)),
            }
        })
    };
    // The text's callbacks are made once for the page's life (a new one each render would draw
    // the whole text again): they reach this render's handler and merge state through these.
    let key_now = use_mut_ref(Callback::<(usize, KeyAction)>::noop);
    *key_now.borrow_mut() = on_key.clone();
    let merging_now = use_mut_ref(|| None::<usize>);
    *merging_now.borrow_mut() = *merging;
    let on_mention_key = {
        let (key_now, merging_now) = (key_now.clone(), merging_now.clone());
        use_callback((), move |(index, e): (usize, KeyboardEvent), _| {
            let finishing_merge = merging_now.borrow().is_some() && (e.key() == "Enter" || e.key() == " ");
            let action = if finishing_merge {
                Some(KeyAction::Merge)
            } else {
                key_action(&e.key(), e.shift_key(), e.alt_key(), e.ctrl_key() || e.meta_key())
            };
            if let Some(action) = action {
                e.prevent_default();
                let handler = key_now.borrow().clone();
                handler.emit((index, action));
            }
        })
    };
    let on_focus_mention = {
        let active = active.setter();
        use_callback((), move |index: usize, _| active.set(Some(index)))
    };
    // A click on another name while merging ends the merge (a Tab onto it does not: that is how the keyboard moves).
    let on_mention_click = {
        let (key_now, merging_now) = (key_now.clone(), merging_now.clone());
        use_callback((), move |index: usize, _| {
            if merging_now.borrow().is_some() {
                let handler = key_now.borrow().clone();
                handler.emit((index, KeyAction::Merge));
            }
        })
    };
    let on_tag = {
        let analyzed = analyzed.clone();
        let input = input.clone();
        let text_box = text_box.clone();
        let on_correct = on_correct.clone();
        let correction_message = correction_message.clone();
        let refocus = refocus.clone();
        Callback::from(move |label: Label| {
            let Some(analysis) = &*analyzed else { return };
            let doc = &analysis.document;
            if !analysis.is_of(&input) {
                correction_message.set(Some("Wait for the analysis of the new text before correcting it.".into()));
                return;
            }
            let Some((start, end)) = selected_words(&doc.text, &text_box) else {
                correction_message
                    .set(Some("Select the words to tag first: in the highlighted text, or in the text box.".into()));
                return;
            };
            match tag_words(doc, start, end, label, js_sys::Date::now()) {
                Ok(correction) => {
                    *refocus.borrow_mut() = Some(correction.target.start);
                    on_correct.emit(correction);
                }
                Err(message) => correction_message.set(Some(message)),
            }
        })
    };
    // Ctrl+Z (or ⌘Z) outside the text box undoes the last correction.
    let on_results_key = {
        let on_undo = on_undo.clone();
        Callback::from(move |e: KeyboardEvent| {
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
            if (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("z") && !e.shift_key() && !in_field {
                e.prevent_default();
                on_undo.emit(());
            }
        })
    };
    // After a correction the text is drawn anew: the keyboard goes on at the same place.
    {
        let refocus = refocus.clone();
        let active = active.clone();
        let fresh = analyzed.as_ref().map(|a| Rc::as_ptr(&a.document.0) as usize);
        use_effect_with(fresh, move |_| {
            if let Some(start) = refocus.borrow_mut().take() {
                focus_name_at(start);
            }
            // Indices change with each analysis: the name in focus (if any) is the active one.
            active.set(focused_mention());
        });
    }
    // Every corrected article, analyzed with its corrections and written as CoNLL for the trainer.
    let on_export_conll = {
        let shelf = shelf.clone();
        let worker = worker.clone();
        let conll_latest = conll_latest.clone();
        let list_now = list_now.clone();
        Callback::from(move |()| {
            let corrected: Vec<Article> =
                shelf.borrow().iter().filter(|a| !a.corrections.is_empty()).cloned().collect();
            let request = WorkerRequest::Embed(EmbedRequest {
                conll: true,
                ..library_request(next_id(&conll_latest), corrected, &list_now.borrow())
            });
            if let (Some(worker), Ok(message)) = (&*worker.borrow(), serde_wasm_bindgen::to_value(&request)) {
                let _ = worker.post_message(&message);
            }
        })
    };
    let corrected_count = library.iter().filter(|a| !a.corrections.is_empty()).count();

    let article = current.as_ref().and_then(|id| library.iter().find(|a| &a.id == id));
    // The title field is the reader's while they type in it: it is set from the library only
    // when the title there changes (another article, an import), never by a re-render.
    {
        let title_box = title_box.clone();
        // (The field is made anew when the article view comes back from the view across the library.)
        use_effect_with((article.map(|a| (a.id.clone(), a.title.clone())), *across), move |(shown, _)| {
            if let (Some(field), Some((_, title))) = (title_box.cast::<web_sys::HtmlInputElement>(), shown) {
                if field.value() != *title {
                    field.set_value(title);
                }
            }
        });
    }
    let source = input.file.as_ref().map(|(name, _)| name.clone());
    // An analysis is on its way, or a model or the place names it waits for (a new version's
    // reload waits for it).
    let analyzing = !*cancelled
        && !input.text.trim().is_empty()
        && !analyzed.as_ref().is_some_and(|a| {
            a.is_of(&input) && !a.lexicon_loading && !a.models.iter().any(|(_, s)| *s == ModelState::Loading)
        });
    html! {
        <>
        <header class="masthead">
            <h1>{"Gleaner"}</h1>
            <p class="tagline">{"Reads news articles in your browser. Nothing you paste or open leaves this page."}</p>
        </header>
        <crate::app::offline::UpdateNotice busy={analyzing || progress.is_some()} />
        <div class={classes!("workspace", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
        <Sidebar articles={crate::library::Articles((*library).clone())} current={(*current).clone()} on_select={on_pick} on_new={on_new}
            on_files={open_files} on_export={on_export} on_import={on_import}
            across={*across} {on_across} filter={(*filter).clone()} {on_clear_filter}
            corrected={corrected_count} {on_export_conll}>
            <EntityListPanel list={(*list).clone()} on_change={on_list_change} problems={(*list_problems).clone()}
                on_import={on_list_import} />
        </Sidebar>
        if *across {
            <main class="article-area">
                if let Some(message) = (*problem).clone() {
                    <p class="refusal" role="alert" data-testid="problem">{message}</p>
                }
                <AcrossLibrary
                    titles={Rc::new(across_result.as_ref().map(|(ids, _)| ids.iter().map(|id| {
                        library.iter().find(|a| &a.id == id).map(|a| a.title.clone()).unwrap_or_default()
                    }).collect()).unwrap_or_default())}
                    analyses={across_result.as_ref().map(|(_, analyses)| analyses.clone())}
                    {on_filter} />
            </main>
        } else {
        <main class="article-area">
            if let Some(message) = (*problem).clone() {
                <p class="refusal" role="alert" data-testid="problem">{message}</p>
            }
            <div class="article-head">
                if article.is_some() {
                    <input class="article-title" data-testid="article-title" aria-label="Title of the article"
                        ref={title_box.clone()} onchange={on_rename} />
                } else {
                    <h2 class="article-title new">{"New article"}</h2>
                }
                <div class="article-actions">
                    <label class="language-choice">
                        {"Language "}
                        <select data-testid="language-choice" onchange={on_language_chosen}
                            aria-label="Language of the article">
                            <option value="" selected={input.lang.is_none()}>{"Detect automatically"}</option>
                            { for Language::ALL.iter().map(|l| html! {
                                <option value={l.code()} selected={input.lang == Some(*l)}>{l.name()}</option>
                            }) }
                        </select>
                    </label>
                    <label class="date-choice" title="The article's own date: “yesterday” and “last January” are placed on the calendar from it. Without one, a “Posted …” line or a date at the top is used.">
                        {"Date "}
                        <input type="date" data-testid="date-choice" aria-label="Date of the article"
                            value={input.reference.map(|r| r.date.to_string()).unwrap_or_default()}
                            onchange={on_date_chosen} />
                    </label>
                    if let Some(analysis) = analyzed.as_ref().filter(|a| a.is_of(&input)) {
                        <span class="reference-used" data-testid="reference-used">{ reference_used(analysis.document.reference) }</span>
                    }
                    if let (Some(article), Some(analysis)) = (article, &*analyzed) {
                        if analysis.is_of(&input) {
                            <ExportMenu document={analysis.document.clone()} title={article.title.clone()} />
                        }
                    }
                    if article.is_some() {
                        <button type="button" data-testid="reanalyze" onclick={on_reanalyze}>{"Re-analyze"}</button>
                        <button type="button" data-testid="delete-article" onclick={on_delete}>{"Delete"}</button>
                    }
                </div>
            </div>
            <section class="input-panel" aria-label="Text of the article">
                if input.text.len() > LONG_TEXT_BYTES && !*edit_long {
                    <p class="long-text" data-testid="long-text">
                        {format!("This article is {}: its text is shown highlighted below rather than in the text box, which would slow the page. ", crate::library::human_size(input.text.len()))}
                        <button type="button" data-testid="edit-long" onclick={on_edit_long}>{"Edit the text here"}</button>
                    </p>
                } else {
                    <textarea id="article" data-testid="article" ref={text_box.clone()} oninput={on_text_input} onpaste={on_paste}
                        aria-label="Text of the article"
                        placeholder="Paste or type an article here, or drop .txt, .md, .html or .docx files anywhere on the page…" spellcheck="false" />
                }
                <div class="actions">
                    if let Some(name) = source {
                        <span class="source" data-testid="source">{format!("From {name}")}</span>
                    }
                    <span class="languages" data-testid="supported">
                        {"Entities: English, German, Spanish, Dutch, Portuguese. Sentences and tokens only: French, Italian."}
                    </span>
                </div>
            </section>
            if let Some(reason) = (*refusal).clone() {
                <p class="refusal" role="alert" data-testid="refusal">{reason}</p>
            }
            if let Some((done, stage)) = (*progress).clone() {
                <div class="progress-line" role="status" data-testid="progress">
                    <progress max="1" value={format!("{done:.3}")} aria-label="Analysis progress"></progress>
                    <span>{format!("{stage}… {:.0}%", done * 100.0)}</span>
                    <button type="button" data-testid="cancel" onclick={on_cancel}>{"Cancel"}</button>
                </div>
            }
            if *cancelled {
                <p class="notice" role="status" data-testid="cancelled">{"Analysis cancelled. The text is kept; Re-analyze reads it again."}</p>
            }
            {
                match &*analyzed {
                    // While typing, the last analysis stays up, dimmed, until the new one is ready.
                    Some(analysis @ Analysis { document, tokens, words, models, lexicon_loading, .. }) if !input.text.trim().is_empty() => html! {
                        <div class={classes!("results", (!analysis.is_of(&input)).then_some("stale"))}
                            data-testid="results" data-fresh={analysis.is_of(&input).to_string()}
                            onkeydown={on_results_key}>
                        <div class="reading">
                            <TextView document={document.clone()} selected={*selected} on_select={on_select.clone()}
                                active={*active} {on_focus_mention} {on_mention_key} {on_mention_click} />
                        </div>
                        <aside class="side-panel" aria-label="What the article names">
                            if analysis.is_of(&input) {
                                <CorrectionPanel document={document.clone()} active={*active}
                                    merging={merging.and_then(|start| document.mentions.iter().position(|m| m.span.start == start))}
                                    corrections={input.corrections.clone()} message={(*correction_message).clone()}
                                    {on_key} {on_tag} {on_undo} />
                            }
                            <Summary document={document.clone()} tokens={*tokens} words={*words} models={models.clone()} lexicon_loading={*lexicon_loading} />
                            <EntityPanel document={document.clone()} selected={*selected} on_select={on_select.clone()} />
                            <Relations document={document.clone()} />
                        </aside>
                        </div>
                    },
                    _ => html! {
                        <p class="hint" data-testid="hint">
                            {"Paste an article above, or open or drop .txt, .md, .html or .docx files, to see its language, names, quotes and values. Every article is kept in your library, in this browser only."}
                        </p>
                    },
                }
            }
        </main>
        }
        </div>
        <footer>
            <p>{"Gleaner runs entirely in this page (WebAssembly). Once loaded it works offline, with the entity models of the languages you have read."}</p>
            <AboutModels />
        </footer>
        </>
    }
}

/// The date relative dates were placed from, and where it came from, as the page says it.
fn reference_used(reference: Option<ReferenceDate>) -> String {
    use gleaner_core::values::in_words::normalized_in_words;
    match reference {
        None => "No date known: “yesterday” keeps no calendar value".to_string(),
        Some(r) => {
            let from = match r.source {
                ReferenceSource::Given => "the date you gave",
                ReferenceSource::Metadata => "the page's publication date",
                ReferenceSource::Dateline => "the dateline at the top",
            };
            format!("Dates placed from {} ({from})", normalized_in_words(&r.date.to_string()))
        }
    }
}
