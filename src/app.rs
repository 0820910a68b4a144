//! The page: an input panel (paste, type, open or drop a .txt file) and the
//! analysis of what is in it.

use crate::about::AboutModels;
use crate::entities::EntityPanel;
use crate::files::{read_file_bytes, MAX_FILE_BYTES};
use crate::protocol::{ModelState, Request, Response, WorkerRequest};
use crate::summary::Summary;
use crate::text_view::TextView;
use crate::SharedDocument;
use gleaner_core::decode::decode;
use gleaner_core::{Language, Notice};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement, MessageEvent, Worker};
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

#[function_component(App)]
pub fn app() -> Html {
    let input = use_state(|| Input { text: Rc::from(""), file: None, lang: None });
    let analyzed = use_state(|| None::<Analysis>);
    let refusal = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    let latest = use_mut_ref(|| 0u32);
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

    {
        let analyzed = analyzed.clone();
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

    let on_text_input = {
        let input = input.clone();
        let refusal = refusal.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            refusal.set(None);
            input.set(Input { text: Rc::from(area.value()), file: None, lang: input.lang });
        })
    };

    let on_language_chosen = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            input.set(Input { lang: Language::from_code(&select.value()), ..(*input).clone() });
        })
    };

    let open_file = {
        let input = input.clone();
        let refusal = refusal.clone();
        Callback::from(move |file: web_sys::File| {
            let input = input.clone();
            let refusal = refusal.clone();
            if file.size() > MAX_FILE_BYTES {
                refusal.set(Some(format!(
                    "“{}” is too large ({:.0} MB): Gleaner reads articles up to 50 MB.",
                    file.name(),
                    file.size() / 1e6
                )));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match read_file_bytes(&file)
                    .await
                    .and_then(|bytes| decode(&bytes).map_err(|e| format!("“{name}” was not opened: {e}.")))
                {
                    Ok(decoded) => {
                        let notices: Vec<Notice> = decoded.notice().into_iter().collect();
                        refusal.set(None);
                        let lang = input.lang;
                        input.set(Input { text: Rc::from(decoded.text), file: Some((name, notices)), lang });
                    }
                    Err(reason) => refusal.set(Some(reason)),
                }
            });
        })
    };

    let on_file_chosen = {
        let open_file = open_file.clone();
        Callback::from(move |e: Event| {
            let picker: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = picker.files().and_then(|files| files.get(0)) {
                open_file.emit(file);
            }
            picker.set_value(""); // choosing the same file again fires again
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
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|files| files.get(0)) {
                open_file.emit(file);
            }
        })
    };

    let on_clear = {
        let input = input.clone();
        let refusal = refusal.clone();
        Callback::from(move |_: MouseEvent| {
            refusal.set(None);
            input.set(Input { text: Rc::from(""), file: None, lang: input.lang });
        })
    };

    let source = input.file.as_ref().map(|(name, _)| name.clone());
    html! {
        <>
        <header class="masthead">
            <h1>{"Gleaner"}</h1>
            <p class="tagline">{"Reads news articles in your browser. Nothing you paste or open leaves this page."}</p>
        </header>
        <main>
            <section class={classes!("input-panel", dragging.then_some("dragging"))}
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}
                aria-label="Article input">
                <textarea id="article" data-testid="article" value={input.text.to_string()} oninput={on_text_input}
                    placeholder="Paste or type an article here, or drop a .txt file…" spellcheck="false" />
                <div class="actions">
                    <label class="button">
                        {"Open a .txt file"}
                        <input type="file" data-testid="file-input" accept=".txt,text/plain" onchange={on_file_chosen} />
                    </label>
                    <button type="button" onclick={on_clear} disabled={input.text.is_empty()}>{"Clear"}</button>
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
                        <Summary document={document.clone()} models={models.clone()} lexicon_loading={*lexicon_loading} />
                        <EntityPanel document={document.clone()} selected={*selected} on_select={on_select.clone()} />
                        <TextView document={document.clone()} selected={*selected} on_select={on_select.clone()} />
                        </div>
                    },
                    _ => html! {
                        <p class="hint" data-testid="hint">
                            {"Paste an article above, or open or drop a plain-text file, to see its language, sentences and tokens."}
                        </p>
                    },
                }
            }
        </main>
        <footer>
            <p>{"Gleaner runs entirely in this page (WebAssembly); it works offline once loaded."}</p>
            <AboutModels />
        </footer>
        </>
    }
}
