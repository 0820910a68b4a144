//! The article's text box. It is not re-rendered from state at each key: it is
//! read once typing pauses, so a long article types as fast as a short one; a
//! long paste goes straight to the article; a long text is shown highlighted
//! below instead, and comes back to the text box on request.

use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The text box is read once typing pauses (reading a long text at every key would be slow).
const TYPING_PAUSE_MS: u32 = 150;

/// Above this many bytes an article's text is not kept in the text box: a browser lays out
/// a text box of a megabyte again at every change of the page, which freezes it. The text
/// is shown highlighted below, and the text box comes back on request.
pub const LONG_TEXT_BYTES: usize = 100_000;

#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// The article's text (compared by where it is, not by what it says).
    pub text: Rc<str>,
    /// The reader asked to edit a long text in the text box.
    pub edit_long: bool,
    /// The text box (the page reads the reader's selection in it).
    pub text_box: NodeRef,
    /// The file the text came from.
    pub source: Option<String>,
    /// The reader typed or pasted: at once, before the text is read.
    pub on_typing: Callback<()>,
    /// The text, once typing pauses.
    pub on_text: Callback<Rc<str>>,
    /// The text with a long paste in it.
    pub on_long_paste: Callback<Rc<str>>,
    pub on_edit_long: Callback<()>,
}

#[function_component(InputPanel)]
pub fn input_panel(props: &InputPanelProps) -> Html {
    let typing = use_mut_ref(|| None::<Timeout>);
    let on_input = {
        let (text_box, on_typing, on_text) = (props.text_box.clone(), props.on_typing.clone(), props.on_text.clone());
        Callback::from(move |_: InputEvent| {
            on_typing.emit(());
            let (text_box, on_text) = (text_box.clone(), on_text.clone());
            *typing.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, move || {
                if let Some(area) = text_box.cast::<HtmlTextAreaElement>() {
                    on_text.emit(Rc::from(area.value()));
                }
            }));
        })
    };
    // A long paste goes straight to the article, never through the text box (laying out a
    // megabyte in a text box freezes the page for a moment).
    let on_paste = {
        let (text_box, on_typing, on_text) =
            (props.text_box.clone(), props.on_typing.clone(), props.on_long_paste.clone());
        Callback::from(move |e: Event| {
            on_typing.emit(());
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
            on_text.emit(Rc::from(text));
        })
    };
    // The text box shows the article on show (set only when it differs: not at each key).
    {
        let text_box = props.text_box.clone();
        let text = props.text.clone();
        let shown = (Rc::as_ptr(&text) as *const u8 as usize, props.edit_long);
        use_effect_with(shown, move |_| {
            if let Some(area) = text_box.cast::<HtmlTextAreaElement>() {
                if area.value() != *text {
                    area.set_value(&text);
                }
            }
        });
    }
    html! {
        <section class="input-panel" aria-label="Text of the article">
            if props.text.len() > LONG_TEXT_BYTES && !props.edit_long {
                <p class="long-text" data-testid="long-text">
                    {format!("This article is {}: its text is shown highlighted below rather than in the text box, which would slow the page. ", crate::library::human_size(props.text.len()))}
                    <button type="button" data-testid="edit-long" onclick={props.on_edit_long.reform(|_| ())}>{"Edit the text here"}</button>
                </p>
            } else {
                <textarea id="article" data-testid="article" ref={props.text_box.clone()} oninput={on_input} onpaste={on_paste}
                    aria-label="Text of the article"
                    placeholder="Paste or type an article here, or drop .txt, .md, .html or .docx files anywhere on the page…" spellcheck="false" />
            }
            <div class="actions">
                if let Some(name) = &props.source {
                    <span class="source" data-testid="source">{format!("From {name}")}</span>
                }
                <span class="languages" data-testid="supported">
                    {"Entities: English, German, Spanish, Dutch, Portuguese. Sentences and tokens only: French, Italian."}
                </span>
            </div>
        </section>
    }
}
