//! The article's entities, quotes and values: a table by type and salience
//! (click a row to mark all its mentions in the text), who said what, and
//! each date or amount with its normalized form.

use crate::SharedDocument;
use gleaner_core::label::Label;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub document: SharedDocument,
    pub selected: Option<u32>,
    pub on_select: Callback<Option<u32>>,
}

#[function_component(EntityPanel)]
pub fn entity_panel(props: &EntityPanelProps) -> Html {
    let doc = &props.document;
    if doc.entities.is_empty() && doc.values.is_empty() && doc.quotes.is_empty() {
        return html! {};
    }
    let groups = Label::NAMES.iter().filter_map(|&label| {
        let mut entities: Vec<_> = doc.entities.iter().filter(|e| e.label == label).collect();
        if entities.is_empty() {
            return None;
        }
        entities.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(b.mentions.len().cmp(&a.mentions.len())));
        Some(html! {
            <tbody data-label={label.as_str()}>
                <tr class="group"><th colspan="4" scope="rowgroup">{format!("{} ({})", label.plural_name(), entities.len())}</th></tr>
                { for entities.into_iter().map(|e| {
                    let selected = props.selected == Some(e.id);
                    let onclick = {
                        let on_select = props.on_select.clone();
                        let id = e.id;
                        Callback::from(move |_: MouseEvent| on_select.emit(if selected { None } else { Some(id) }))
                    };
                    html! {
                        <tr class={classes!("entity", selected.then_some("selected"))} data-testid="entity" data-entity={e.id.to_string()}>
                            <td>
                                <button type="button" class="entity-name" aria-pressed={selected.to_string()} {onclick}>
                                    <mark class={classes!("ent", format!("ent-{}", e.label.as_str()))}>{&e.name}</mark>
                                </button>
                                if let Some(link) = &e.link { <span class="link" title="Lexicon id">{format!(" {}", link.id)}</span> }
                            </td>
                            <td class="aliases">{e.aliases.join(", ")}</td>
                            <td class="count" data-testid="entity-mentions">{e.mentions.len()}</td>
                            <td class="salience">{format!("{:.2}", e.salience)}</td>
                        </tr>
                    }
                }) }
            </tbody>
        })
    });
    let speaker = |id: Option<u32>| {
        id.and_then(|id| doc.entity(id)).map_or("(speaker not named)".to_string(), |e| e.name.clone())
    };
    html! {
        <section class="entities" aria-label="Entities, quotes and values">
            <h2>{"Entities"}</h2>
            <table class="entity-table" data-testid="entity-table">
                <thead><tr><th scope="col">{"Name"}</th><th scope="col">{"Also written"}</th><th scope="col">{"Mentions"}</th><th scope="col">{"Salience"}</th></tr></thead>
                { for groups }
            </table>
            if !doc.quotes.is_empty() {
                <h2>{"Quotes"}</h2>
                <ul class="quotes" data-testid="quotes">
                    { for doc.quotes.iter().map(|q| html! {
                        <li data-testid="quote" data-speaker={q.speaker.map(|id| id.to_string())}>
                            <span class="speaker">{speaker(q.speaker)}</span>{" — "}
                            <q>{q.content.text(&doc.text)}</q>
                            if !q.closed { <span class="unclosed">{" (the quote never closes)"}</span> }
                        </li>
                    }) }
                </ul>
            }
            if !doc.values.is_empty() {
                <h2>{"Dates and amounts"}</h2>
                <table class="value-table" data-testid="values">
                    <thead><tr><th scope="col">{"Text"}</th><th scope="col">{"Type"}</th><th scope="col">{"Value"}</th></tr></thead>
                    <tbody>
                        { for doc.values.iter().map(|v| html! {
                            <tr data-testid="value">
                                <td>{v.span.text(&doc.text)}</td>
                                <td>{v.label.as_str()}</td>
                                <td class="normalized">{v.value.clone().unwrap_or_else(|| if v.relative { "relative".into() } else { "—".into() })}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}
