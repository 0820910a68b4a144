//! "My entities": the reader's own list of names (always tagged with their
//! label, or never tagged), typed in, put there from a correction, or
//! imported from a JSON or CSV file; exported the same ways. The same file
//! works in the CLI (`--entities`), the Python package and the embed API.

use crate::library::download::download;
use gleaner_core::label::Label;
use gleaner_core::reader::list::parse_label;
use gleaner_core::reader::{EntityList, ListEntry};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Entries listed at first: a list of 100,000 names is shown a page at a time.
const SHOWN: usize = 100;

#[derive(Properties)]
pub struct EntityListProps {
    pub list: Rc<EntityList>,
    /// The whole new list, and what was wrong with the rows left out of it.
    pub on_change: Callback<Vec<ListEntry>>,
    /// Rows of the last import or addition that were left out, each with its line.
    pub problems: Rc<Vec<String>>,
    pub on_import: Callback<web_sys::File>,
}

impl PartialEq for EntityListProps {
    fn eq(&self, other: &Self) -> bool {
        // A list is replaced whole when it changes: the same one is the same list.
        Rc::ptr_eq(&self.list, &other.list)
            && self.on_change == other.on_change
            && self.problems == other.problems
            && self.on_import == other.on_import
    }
}

#[function_component(EntityListPanel)]
pub fn entity_list_panel(props: &EntityListProps) -> Html {
    let name = use_node_ref();
    let label = use_node_ref();
    let aliases = use_node_ref();
    let notes = use_node_ref();
    let link = use_node_ref();
    let filter = use_state(String::new);
    let on_add = {
        let (name, label, aliases) = (name.clone(), label.clone(), aliases.clone());
        let (notes, link) = (notes.clone(), link.clone());
        let list = props.list.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name), Some(label), Some(aliases)) = (
                name.cast::<HtmlInputElement>(),
                label.cast::<HtmlSelectElement>(),
                aliases.cast::<HtmlInputElement>(),
            ) else {
                return;
            };
            let chosen = label.value();
            let optional = |field: &NodeRef| {
                let input = field.cast::<HtmlInputElement>()?;
                let value = input.value().trim().to_string();
                input.set_value("");
                Some(value).filter(|v| !v.is_empty())
            };
            let entry = ListEntry {
                aliases: aliases.value().split('|').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect(),
                notes: optional(&notes),
                link: optional(&link),
                ..match parse_label(&chosen) {
                    Some(label) => ListEntry::tag(name.value(), label),
                    None => ListEntry::never(name.value()),
                }
            };
            let mut entries = list.entries().to_vec();
            entries.push(entry);
            on_change.emit(entries);
            name.set_value("");
            aliases.set_value("");
        })
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let on_import = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            if let Some(file) =
                crate::library::files::files_of(e.target_unchecked_into::<HtmlInputElement>().files()).pop()
            {
                on_import.emit(file);
            }
            e.target_unchecked_into::<HtmlInputElement>().set_value("");
        })
    };
    let export = |csv: bool| {
        let list = props.list.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, kind, body) = if csv {
                ("gleaner-entities.csv", "text/csv", list.to_csv())
            } else {
                ("gleaner-entities.json", "application/json", list.to_json())
            };
            if let Err(e) = download(name, kind, &body) {
                web_sys::console::error_1(&format!("Gleaner: the list could not be exported ({e})").into());
            }
        })
    };
    let query = filter.to_lowercase();
    let matching: Vec<(usize, &ListEntry)> = props
        .list
        .entries()
        .iter()
        .enumerate()
        .filter(|(_, e)| query.is_empty() || e.names().any(|n| n.to_lowercase().contains(&query)))
        .collect();
    let remove = |index: usize| {
        let list = props.list.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |_: MouseEvent| {
            let mut entries = list.entries().to_vec();
            if index < entries.len() {
                entries.remove(index);
            }
            on_change.emit(entries);
        })
    };
    html! {
        <details class="entity-list" data-testid="entity-list">
            <summary>{format!("My entities · {}", props.list.len())}</summary>
            <p class="hint">{"Names tagged in every article, in every language, whatever the model says; or never tagged (page chrome, a byline)."}</p>
            <form class="entity-form" onsubmit={on_add} aria-label="Add a name to your list">
                <input ref={name} data-testid="list-name" aria-label="Name" placeholder="Name" required=true />
                <select ref={label} data-testid="list-label" aria-label="Label">
                    { for Label::NAMES.iter().map(|l| html! { <option value={l.as_str()}>{format!("{} · {}", l.as_str(), l.name())}</option> }) }
                    <option value="never">{"never an entity"}</option>
                </select>
                <input ref={aliases} data-testid="list-aliases" aria-label="Aliases, separated by |" placeholder="Aliases, separated by |" />
                <input ref={notes} data-testid="list-notes" aria-label="Notes (optional)" placeholder="Notes (optional)" />
                <input ref={link} type="url" data-testid="list-link" aria-label="Link (optional)" placeholder="Link (optional): https://…" />
                <button type="submit" data-testid="list-add">{"Add"}</button>
            </form>
            if !props.problems.is_empty() {
                <ul class="refusal" role="alert" data-testid="list-problems">
                    { for props.problems.iter().map(|p| html! { <li>{p}</li> }) }
                </ul>
            }
            if props.list.len() > 10 {
                <input type="search" class="list-filter" aria-label="Find in your list" placeholder="Find…" oninput={on_filter} />
            }
            <ul class="list-entries" data-testid="list-entries">
                { for matching.iter().take(SHOWN).map(|&(index, entry)| html! {
                    <li>
                        <span class="entry-name">{&entry.name}</span>
                        <span class={classes!("entry-label", entry.label.map(|l| format!("ent-{}", l.as_str())))}>
                            {if entry.never { "never".to_string() } else { entry.label.map_or("", Label::as_str).to_string() }}
                        </span>
                        if !entry.aliases.is_empty() {
                            <span class="entry-aliases">{entry.aliases.join(" | ")}</span>
                        }
                        if let Some(notes) = &entry.notes {
                            <span class="entry-aliases">{notes}</span>
                        }
                        if let Some(link) = entry.link.as_ref().filter(|l| l.starts_with("https://") || l.starts_with("http://")) {
                            <a class="entry-aliases" href={link.clone()} target="_blank" rel="noopener noreferrer">{link}</a>
                        }
                        <button type="button" class="clear" aria-label={format!("Remove {} from your list", entry.name)}
                            onclick={remove(index)}>{"×"}</button>
                    </li>
                }) }
            </ul>
            if matching.len() > SHOWN {
                <p class="hint">{format!("{SHOWN} of {} shown: find a name above.", matching.len())}</p>
            }
            <div class="library-io">
                <label class="button secondary">
                    {"Import list"}
                    <input type="file" data-testid="import-list" accept=".json,.csv,application/json,text/csv" onchange={on_import} />
                </label>
                <button type="button" data-testid="export-list-json" onclick={export(false)} disabled={props.list.is_empty()}>{"Export JSON"}</button>
                <button type="button" data-testid="export-list-csv" onclick={export(true)} disabled={props.list.is_empty()}>{"Export CSV"}</button>
            </div>
        </details>
    }
}
