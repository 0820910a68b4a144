//! What the article names: the highlighted text, and beside it the corrections,
//! the summary, the entities, quotes and values, and the relations. While the
//! reader types, the last analysis stays up, dimmed, until the new one is ready.

use super::corrections::{CorrectionPanel, KeyAction};
use super::entities::EntityPanel;
use super::relations::Relations;
use super::shown::Shown;
use super::summary::Summary;
use super::text_view::TextView;
use gleaner_core::label::Label;
use gleaner_core::reader::Correction;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The text box is empty: a hint instead.
    pub empty: bool,
    pub selected: Option<u32>,
    pub on_select: Callback<Option<u32>>,
    /// The name in focus, and the one waiting for a merge (where it starts).
    pub active: Option<usize>,
    pub merging: Option<usize>,
    pub corrections: Rc<Vec<Correction>>,
    pub correction_message: Option<String>,
    pub on_focus_mention: Callback<usize>,
    pub on_mention_key: Callback<(usize, KeyboardEvent)>,
    pub on_mention_click: Callback<usize>,
    pub on_key: Callback<(usize, KeyAction)>,
    pub on_tag: Callback<Label>,
    pub on_undo: Callback<()>,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let shown = use_context::<Shown>().unwrap_or_default();
    // Ctrl+Z (or ⌘Z) outside the text box undoes the last correction.
    let on_results_key = {
        let on_undo = props.on_undo.clone();
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
    let Some(analysis) = shown.analysis.filter(|_| !props.empty) else {
        return html! {
            <p class="hint" data-testid="hint">
                {"Paste an article above, or open or drop .txt, .md, .html or .docx files, to see its language, names, quotes and values. Every article is kept in your library, in this browser only."}
            </p>
        };
    };
    let document = analysis.document.clone();
    html! {
        <div class={classes!("results", (!shown.fresh).then_some("stale"))}
            data-testid="results" data-fresh={shown.fresh.to_string()}
            onkeydown={on_results_key}>
        <div class="reading">
            <TextView document={document.clone()} selected={props.selected} on_select={props.on_select.clone()}
                active={props.active} on_focus_mention={props.on_focus_mention.clone()}
                on_mention_key={props.on_mention_key.clone()} on_mention_click={props.on_mention_click.clone()} />
        </div>
        <aside class="side-panel" aria-label="What the article names">
            if shown.fresh {
                <CorrectionPanel document={document.clone()} active={props.active}
                    merging={props.merging.and_then(|start| document.mentions.iter().position(|m| m.span.start == start))}
                    corrections={props.corrections.clone()} message={props.correction_message.clone()}
                    on_key={props.on_key.clone()} on_tag={props.on_tag.clone()} on_undo={props.on_undo.clone()} />
            }
            <Summary document={document.clone()} tokens={analysis.tokens} words={analysis.words}
                models={analysis.models.clone()} lexicon_loading={analysis.lexicon_loading} />
            <EntityPanel document={document.clone()} selected={props.selected} on_select={props.on_select.clone()} />
            <Relations document={document} />
        </aside>
        </div>
    }
}
