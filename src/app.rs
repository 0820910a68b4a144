//! The page: an input panel (paste, type, open or drop a .txt file) and the
//! analysis of what is in it.

use crate::files::{read_file_bytes, MAX_FILE_BYTES};
use crate::models::{ModelCache, MODEL_LANGUAGES};
use crate::summary::Summary;
use crate::text_view::TextView;
use crate::SharedDocument;
use gleaner_core::decode::decode;
use gleaner_core::{Document, Notice};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Re-analysis waits for a pause in typing.
const TYPING_PAUSE_MS: u32 = 150;

#[derive(Clone, PartialEq)]
struct Input {
    text: Rc<str>,
    /// Set when the text came from a file: its name and what decoding had to say.
    file: Option<(String, Vec<Notice>)>,
}

/// Counts models that finished loading (or failing).
#[derive(Default, PartialEq)]
struct Settled(u32);

impl Reducible for Settled {
    type Action = ();
    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Settled(self.0.wrapping_add(1)))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let input = use_state(|| Input { text: Rc::from(""), file: None });
    let analyzed = use_state(|| None::<SharedDocument>);
    let refusal = use_state(|| None::<String>);
    let dragging = use_state(|| false);
    let models = use_state(ModelCache::default);
    // Bumped when a model arrives, so the text is tagged again with it.
    let models_settled = use_reducer(Settled::default);

    {
        let analyzed = analyzed.clone();
        let models = (*models).clone();
        let models_settled = models_settled.clone();
        use_effect_with((input.clone(), models_settled.0), move |(input, _)| {
            let input = (**input).clone();
            let timeout = Timeout::new(TYPING_PAUSE_MS, move || {
                if input.text.trim().is_empty() {
                    analyzed.set(None);
                    return;
                }
                let mut document = Document::analyze(&*input.text);
                let needed: Vec<_> = document.paragraphs.iter().filter_map(|p| p.rules_language).collect();
                for language in needed {
                    let models_settled = models_settled.clone();
                    models.request(language, move || models_settled.dispatch(()));
                }
                let ready: Vec<_> = MODEL_LANGUAGES.iter().filter_map(|l| models.ready(*l).map(|m| (*l, m))).collect();
                document.tag(|language| ready.iter().find(|(l, _)| *l == language).map(|(_, m)| &**m));
                if let Some((_, notices)) = &input.file {
                    document.notices.extend(notices.iter().cloned());
                }
                analyzed.set(Some(SharedDocument(Rc::new(document))));
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
            input.set(Input { text: Rc::from(area.value()), file: None });
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
                        let mut notices = Vec::new();
                        if decoded.replaced > 0 {
                            notices.push(Notice {
                                code: "invalid_utf8",
                                message: format!(
                                    "“{name}” is not valid UTF-8: {} invalid byte sequence{} replaced with �.",
                                    decoded.replaced,
                                    if decoded.replaced == 1 { " was" } else { "s were" }
                                ),
                            });
                        }
                        refusal.set(None);
                        input.set(Input { text: Rc::from(decoded.text), file: Some((name, notices)) });
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
            input.set(Input { text: Rc::from(""), file: None });
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
                    Some(document) if !input.text.trim().is_empty() => html! {
                        <div class={classes!("results", (document.text != *input.text).then_some("stale"))}
                            data-testid="results" data-fresh={(document.text == *input.text).to_string()}>
                        <Summary document={document.clone()} models={(*models).clone()} />
                        <TextView document={document.clone()} />
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
        <footer>{"Gleaner runs entirely in this page (WebAssembly); it works offline once loaded."}</footer>
        </>
    }
}
