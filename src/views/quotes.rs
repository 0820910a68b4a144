//! Who said what: each quote with its speaker (a button that selects the
//! entity, as in the entity table), the words the text used for them, or why
//! the text does not say; and a way to the quote in the text.

use gleaner_core::quotes::{NoSpeaker, Quote};
use gleaner_core::Document;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The first `shown` quotes of `doc`; a speaker's button selects their entity. (A function,
/// not a component: it keeps no state, and redraws with the entity panel.)
pub fn quote_list(doc: &Document, selected: Option<u32>, on_select: &Callback<Option<u32>>, shown: usize) -> Html {
    // Who said it: the speaker's name (a button that selects the entity, as in the
    // table), the words the text used when they differ ("he", "the spokesman"),
    // the words alone when no entity is known, or why the text does not say.
    let speaker = |q: &Quote| {
        let written = q.source_as_written(&doc.text, &doc.mentions).map(str::to_string);
        match q.speaker.and_then(|id| doc.entity(id)) {
            Some(e) => {
                let (id, selected) = (e.id, selected == Some(e.id));
                let on_select = on_select.clone();
                let onclick =
                    Callback::from(move |_: MouseEvent| on_select.emit(if selected { None } else { Some(id) }));
                html! { <span class="speaker">
                    <button type="button" class="speaker-name" data-testid="quote-speaker" aria-pressed={selected.to_string()}
                        title="Show this entity's mentions" {onclick}>{e.name.clone()}</button>
                    if let Some(written) = written { <span class="source" data-testid="quote-source">{format!(" (“{written}”)")}</span> }
                </span> }
            }
            None => match written {
                Some(written) => html! { <span class="speaker" data-no-speaker={q.no_speaker.map(|r| r.as_str())}>
                    <span class="source" data-testid="quote-source">{written}</span>
                </span> },
                None => {
                    html! { <span class="speaker" data-no-speaker={q.no_speaker.map(|r| r.as_str())}>{match q.no_speaker {
                        Some(NoSpeaker::Unnamed) => "(the speaker is described, not named)",
                        _ => "(nothing says who said it)",
                    }}</span> }
                }
            },
        }
    };
    html! {
        <>
            if !doc.quotes.is_empty() {
                <h2>{"Quotes"}</h2>
                <ul class="quotes" data-testid="quotes">
                    { for doc.quotes.iter().take(shown).map(|q| html! {
                        <li data-testid="quote" data-speaker={q.speaker.map(|id| id.to_string())}>
                            {speaker(q)}{" — "}
                            <q>{q.content.text(&doc.text)}</q>
                            <button type="button" class="jump" data-testid="quote-jump"
                                onclick={ let start = q.span.start; Callback::from(move |_: MouseEvent| show_in_text(start)) }>
                                {"Show in text"}
                            </button>
                            if !q.closed { <span class="unclosed">{" (the quote never closes)"}</span> }
                        </li>
                    }) }
                </ul>
            }
        </>
    }
}

/// Scrolls the text to the sentence holding byte `start`, and flashes it.
fn show_in_text(start: usize) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(sentences) = document.query_selector_all("[data-testid=text] .sentence") else { return };
    let mut target = None;
    for i in 0..sentences.length() {
        let Some(element) = sentences.get(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        match element.get_attribute("data-start").and_then(|s| s.parse::<usize>().ok()) {
            Some(at) if at <= start => target = Some(element),
            Some(_) => break,
            None => {}
        }
    }
    if let Some(sentence) = target {
        sentence.scroll_into_view();
        let _ = sentence.remove_attribute("data-flash");
        let _ = sentence.set_attribute("data-flash", "");
    }
}
