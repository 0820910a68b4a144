//! The workspace: the library (sidebar), the article with its text box and
//! highlighted text (main view), and its entities, quotes and values (side
//! panel). Every article the reader pastes or opens is kept in the browser.

use crate::about::AboutModels;
use crate::entities::EntityPanel;
use crate::files::open_file;
use crate::library::{export, Article, PASTED};
use crate::protocol::{ModelState, Request, Response, WorkerRequest};
use crate::sidebar::Sidebar;
use crate::summary::Summary;
use crate::text_view::TextView;
use crate::SharedDocument;
use gleaner_core::{Language, Notice};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlSelectElement, HtmlTextAreaElement, MessageEvent, Worker};
use yew::prelude::*;

/// The worker's loader (www/worker_loader.js, copied next to index.html; relative: the site may live in any folder).
const WORKER_SCRIPT: &str = "./worker_loader.js";

/// Re-analysis waits for a pause in typing.
const TYPING_PAUSE_MS: u32 = 150;

#[derive(Clone, PartialEq)]
struct Input {
    text: Rc<str>,
    /// Set when the text came from a file: its name and what decoding had to say.
    file: Option<(String, Vec<Notice>)>,
    /// The language the reader chose instead of the detected one.
    lang: Option<Language>,
}

/// The worker's newest answer.
#[derive(Clone, PartialEq)]
struct Analysis {
    document: SharedDocument,
    models: Rc<Vec<(Language, ModelState)>>,
    lexicon_loading: bool,
}

/// Starts the analysis worker; its answers for the newest request land in `analyzed`.
fn start_worker(latest: Rc<RefCell<u32>>, analyzed: UseStateHandle<Option<Analysis>>) -> Option<Worker> {
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
        match serde_wasm_bindgen::from_value::<Response>(event.data()) {
            Ok(response) if response.id == *latest.borrow() => analyzed.set(Some(Analysis {
                document: SharedDocument(Rc::new(response.document)),
                models: Rc::new(response.models),
                lexicon_loading: response.lexicon_loading,
            })),
            Ok(_) => {} // an answer to an older edit
            Err(e) => web_sys::console::error_1(&format!("Gleaner: unreadable analysis: {e}").into()),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // as long-lived as the page
    Some(worker)
}

/// A new article's id: the time and a random part, unique within one library.
fn new_id() -> String {
    format!("a{:x}{:06x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 16_777_216.0) as u32)
}

/// Runs a library write; a failure (a full disk, a private window) is shown to the reader.
fn persist(
    write: impl std::future::Future<Output = Result<(), String>> + 'static,
    problem: UseStateHandle<Option<String>>,
) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(message) = write.await {
            problem.set(Some(message));
        }
    });
}

/// Offers `contents` as a file download (the page never uploads anything).
fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "no blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| "no link")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked once the download has surely started: at once, Chromium may find the blob gone.
    Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

#[function_component(App)]
pub fn app() -> Html {
    let input = use_state(|| Input { text: Rc::from(""), file: None, lang: None });
    let analyzed = use_state(|| None::<Analysis>);
    let refusal = use_state(|| None::<String>);
    let problem = use_state(|| None::<String>); // a storage or import problem
    let dragging = use_state(|| false);
    let latest = use_mut_ref(|| 0u32);
    // The library, oldest first, and the article on show (None: a new one, not saved yet).
    let library = use_state(|| Rc::new(Vec::<Article>::new()));
    let current = use_state(|| None::<String>);
    // The current article's id as the typing-pause save sees it (state handles lag a render).
    let current_id = use_mut_ref(|| None::<String>);
    // The entity the reader clicked, in the table or the text.
    let selected = use_state(|| None::<u32>);
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |id: Option<u32>| selected.set(id))
    };
    let worker = {
        let latest = latest.clone();
        let analyzed = analyzed.clone();
        use_memo((), move |_| start_worker(latest, analyzed))
    };

    // Shows one article: its text goes to the analysis.
    let show = {
        let input = input.clone();
        let current = current.clone();
        let current_id = current_id.clone();
        let selected = selected.clone();
        Callback::from(move |article: Option<Article>| {
            selected.set(None);
            *current_id.borrow_mut() = article.as_ref().map(|a| a.id.clone());
            current.set(article.as_ref().map(|a| a.id.clone()));
            input.set(match article {
                Some(a) => Input {
                    file: (a.source != PASTED).then(|| (a.source.clone(), a.notices.clone())),
                    text: Rc::from(a.text),
                    lang: a.lang,
                },
                None => Input { text: Rc::from(""), file: None, lang: None },
            });
        })
    };

    // The library comes back from the browser's storage, with the newest article on show.
    {
        let library = library.clone();
        let show = show.clone();
        let problem = problem.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::library::store::load_all().await {
                    Ok(articles) => {
                        show.emit(articles.last().cloned());
                        library.set(Rc::new(articles));
                    }
                    Err(message) => problem.set(Some(message)),
                }
            });
        });
    }

    // Adds or replaces articles, in the list and in storage.
    let keep = {
        let library = library.clone();
        let problem = problem.clone();
        Callback::from(move |changed: Vec<Article>| {
            let mut articles = (**library).clone();
            for article in &changed {
                match articles.iter_mut().find(|a| a.id == article.id) {
                    Some(existing) => *existing = article.clone(),
                    None => articles.push(article.clone()),
                }
            }
            library.set(Rc::new(articles));
            persist(async move { crate::library::store::save(&changed).await }, problem.clone());
        })
    };

    {
        let analyzed = analyzed.clone();
        let library = library.clone();
        let keep = keep.clone();
        let current_id = current_id.clone();
        use_effect_with(input.clone(), move |input| {
            let input = (**input).clone();
            let timeout = Timeout::new(TYPING_PAUSE_MS, move || {
                let id = {
                    let mut latest = latest.borrow_mut();
                    *latest = latest.wrapping_add(1);
                    *latest
                };
                if input.text.trim().is_empty() {
                    analyzed.set(None);
                    return;
                }
                // Typed or pasted text becomes an article of the library, and stays one as it changes.
                let saved = current_id.borrow().clone();
                let existing = saved.as_ref().and_then(|id| library.iter().find(|a| &a.id == id).cloned());
                match existing {
                    Some(article) if *article.text != *input.text || article.lang != input.lang => {
                        let retitle = article.title == Article::title_from_text(&article.text);
                        keep.emit(vec![Article {
                            title: if retitle { Article::title_from_text(&input.text) } else { article.title.clone() },
                            text: input.text.to_string(),
                            lang: input.lang,
                            ..article
                        }]);
                    }
                    Some(_) => {}
                    None if saved.is_none() => {
                        let article = Article {
                            id: new_id(),
                            title: Article::title_from_text(&input.text),
                            source: PASTED.to_string(),
                            added: js_sys::Date::now(),
                            text: input.text.to_string(),
                            lang: input.lang,
                            language: None,
                            notices: Vec::new(),
                        };
                        *current_id.borrow_mut() = Some(article.id.clone());
                        keep.emit(vec![article]);
                    }
                    None => {}
                }
                let notices = input.file.as_ref().map(|(_, n)| n.clone()).unwrap_or_default();
                let request =
                    WorkerRequest::Page(Request { id, text: input.text.to_string(), lang: input.lang, notices });
                match (&*worker, serde_wasm_bindgen::to_value(&request)) {
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
    // The list shows each article's language once it has been analyzed.
    {
        let library = library.clone();
        let keep = keep.clone();
        let current = current.clone();
        use_effect_with(analyzed.clone(), move |analyzed| {
            let found = analyzed.as_ref().map(|a| (a.document.text.clone(), a.document.language.language));
            let article = current.as_ref().and_then(|id| library.iter().find(|a| &a.id == id));
            if let (Some((text, language)), Some(article)) = (found, article) {
                let code = language.map_or("und", |l| l.code()).to_string();
                if article.text == text && article.language.as_deref() != Some(code.as_str()) {
                    keep.emit(vec![Article { language: Some(code), ..article.clone() }]);
                }
            }
        });
    }

    let on_text_input = {
        let input = input.clone();
        let refusal = refusal.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            refusal.set(None);
            input.set(Input { text: Rc::from(area.value()), file: input.file.clone(), lang: input.lang });
        })
    };

    let on_language_chosen = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            input.set(Input { lang: Language::from_code(&select.value()), ..(*input).clone() });
        })
    };

    // Each file becomes an article; the last one opened is shown.
    let open_files = {
        let refusal = refusal.clone();
        let keep = keep.clone();
        let show = show.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
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
            let files = e.data_transfer().and_then(|d| d.files());
            let files: Vec<web_sys::File> =
                files.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
            if !files.is_empty() {
                open_files.emit(files);
            }
        })
    };

    let on_new = {
        let show = show.clone();
        let refusal = refusal.clone();
        Callback::from(move |()| {
            refusal.set(None);
            show.emit(None);
        })
    };
    let on_pick = {
        let library = library.clone();
        let show = show.clone();
        Callback::from(move |id: String| show.emit(library.iter().find(|a| a.id == id).cloned()))
    };
    let on_rename = {
        let library = library.clone();
        let current = current.clone();
        let keep = keep.clone();
        Callback::from(move |e: Event| {
            let field: web_sys::HtmlInputElement = e.target_unchecked_into();
            let title = field.value().trim().to_string();
            if let Some(article) = current.as_ref().and_then(|id| library.iter().find(|a| &a.id == id)) {
                if !title.is_empty() && title != article.title {
                    keep.emit(vec![Article { title, ..article.clone() }]);
                }
            }
        })
    };
    let on_delete = {
        let library = library.clone();
        let current = current.clone();
        let show = show.clone();
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(id) = (*current).clone() else { return };
            let rest: Vec<Article> = library.iter().filter(|a| a.id != id).cloned().collect();
            show.emit(rest.last().cloned());
            library.set(Rc::new(rest));
            persist(async move { crate::library::store::delete(&id).await }, problem.clone());
        })
    };
    let on_reanalyze = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| input.set((*input).clone()))
    };
    let on_export = {
        let library = library.clone();
        let problem = problem.clone();
        Callback::from(move |()| {
            let json = export::export_library(&library, js_sys::Date::now());
            if let Err(e) = download("gleaner-library.json", "application/json", &json) {
                problem.set(Some(format!("The library could not be exported ({e}).")));
            }
        })
    };
    let on_import = {
        let library = library.clone();
        let problem = problem.clone();
        let show = show.clone();
        Callback::from(move |file: web_sys::File| {
            let library = library.clone();
            let problem = problem.clone();
            let show = show.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let read = crate::files::read_file_bytes(&file).await;
                let parsed = read.and_then(|bytes| {
                    export::import_library(&String::from_utf8_lossy(&bytes))
                        .map_err(|reason| format!("“{name}” was not imported: {reason}. The library is unchanged."))
                });
                match parsed {
                    Ok(imported) => match crate::library::store::save(&imported).await {
                        Ok(()) => {
                            let mut articles: Vec<Article> =
                                library.iter().filter(|a| !imported.iter().any(|i| i.id == a.id)).cloned().collect();
                            articles.extend(imported);
                            articles.sort_by(|a, b| a.added.total_cmp(&b.added));
                            problem.set(None);
                            show.emit(articles.last().cloned());
                            library.set(Rc::new(articles));
                        }
                        Err(message) => problem.set(Some(message)),
                    },
                    Err(message) => problem.set(Some(message)),
                }
            });
        })
    };

    let article = current.as_ref().and_then(|id| library.iter().find(|a| &a.id == id));
    let source = input.file.as_ref().map(|(name, _)| name.clone());
    html! {
        <>
        <header class="masthead">
            <h1>{"Gleaner"}</h1>
            <p class="tagline">{"Reads news articles in your browser. Nothing you paste or open leaves this page."}</p>
        </header>
        <div class={classes!("workspace", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
        <Sidebar articles={(*library).clone()} current={(*current).clone()} on_select={on_pick} on_new={on_new}
            on_files={open_files} on_export={on_export} on_import={on_import} />
        <main class="article-area">
            if let Some(message) = (*problem).clone() {
                <p class="refusal" role="alert" data-testid="problem">{message}</p>
            }
            <div class="article-head">
                if let Some(article) = article {
                    <input class="article-title" data-testid="article-title" aria-label="Title of the article"
                        value={article.title.clone()} onchange={on_rename} />
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
                    if article.is_some() {
                        <button type="button" data-testid="reanalyze" onclick={on_reanalyze}>{"Re-analyze"}</button>
                        <button type="button" data-testid="delete-article" onclick={on_delete}>{"Delete"}</button>
                    }
                </div>
            </div>
            <section class="input-panel" aria-label="Text of the article">
                <textarea id="article" data-testid="article" value={input.text.to_string()} oninput={on_text_input}
                    aria-label="Text of the article"
                    placeholder="Paste or type an article here, or drop .txt, .md or .html files anywhere on the page…" spellcheck="false" />
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
            {
                match &*analyzed {
                    // While typing, the last analysis stays up, dimmed, until the new one is ready.
                    Some(Analysis { document, models, lexicon_loading }) if !input.text.trim().is_empty() => html! {
                        <div class={classes!("results", (document.text != *input.text).then_some("stale"))}
                            data-testid="results" data-fresh={(document.text == *input.text).to_string()}>
                        <div class="reading">
                            <TextView document={document.clone()} selected={*selected} on_select={on_select.clone()} />
                        </div>
                        <aside class="side-panel" aria-label="What the article names">
                            <Summary document={document.clone()} models={models.clone()} lexicon_loading={*lexicon_loading} />
                            <EntityPanel document={document.clone()} selected={*selected} on_select={on_select.clone()} />
                        </aside>
                        </div>
                    },
                    _ => html! {
                        <p class="hint" data-testid="hint">
                            {"Paste an article above, or open or drop .txt, .md or .html files, to see its language, names, quotes and values. Every article is kept in your library, in this browser only."}
                        </p>
                    },
                }
            }
        </main>
        </div>
        <footer>
            <p>{"Gleaner runs entirely in this page (WebAssembly); it works offline once loaded."}</p>
            <AboutModels />
        </footer>
        </>
    }
}
