//! The article's entities, a table by type and salience (click a row to mark
//! all its mentions in the text), with its quotes and values below
//! (`quotes`, `values`): a long article shows the first rows of each, the rest on request.

use super::quotes::quote_list;
use super::values::value_list;
use crate::SharedDocument;
use gleaner_core::label::Label;
use gleaner_core::search::Query;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub document: SharedDocument,
    pub selected: Option<u32>,
    pub on_select: Callback<Option<u32>>,
}

/// Rows shown at first: per entity type, quotes, dates and amounts.
const ROWS_PER_GROUP: usize = 30;
const FIRST_QUOTES: usize = 30;
const FIRST_VALUES: usize = 50;

#[function_component(EntityPanel)]
pub fn entity_panel(props: &EntityPanelProps) -> Html {
    let wanted = use_state(String::new); // a label, or "" for all
    let search = use_state(String::new);
    let by_count = use_state(|| false);
    let doc = &props.document;
    if doc.entities.is_empty() && doc.values.is_empty() && doc.quotes.is_empty() {
        return html! {};
    }
    // Any of an entity's names, folded: "guaido" finds Juan Guaidó.
    let query = Query::new(&search);
    let on_wanted = {
        let wanted = wanted.clone();
        Callback::from(move |e: Event| wanted.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value()))
    };
    // Filtered once typing pauses: a long article's table is not rebuilt at every key.
    let typing = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            let search = search.clone();
            *typing.borrow_mut() = Some(gloo_timers::callback::Timeout::new(120, move || search.set(value)));
        })
    };
    // A long article lists its first rows of each kind; the rest on request (a small page stays fast).
    let show_all = use_state(|| false);
    let cap = |n: usize, first: usize| if *show_all { n } else { n.min(first) };
    let on_sort = {
        let by_count = by_count.clone();
        Callback::from(move |e: Event| {
            by_count.set(e.target_unchecked_into::<web_sys::HtmlSelectElement>().value() == "count")
        })
    };
    let groups = Label::NAMES.iter().filter(|l| wanted.is_empty() || l.as_str() == *wanted).filter_map(|&label| {
        let mut entities: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.label == label)
            .filter(|e| query.finds_any(std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))))
            .collect();
        if entities.is_empty() {
            return None;
        }
        if *by_count {
            entities.sort_by(|a, b| b.mentions.len().cmp(&a.mentions.len()).then(b.salience.total_cmp(&a.salience)));
        } else {
            entities.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(b.mentions.len().cmp(&a.mentions.len())));
        }
        Some(html! {
            <tbody data-label={label.as_str()}>
                <tr class="group"><th colspan="4" scope="rowgroup">{format!("{} ({})", label.plural_name(), entities.len())}</th></tr>
                { for entities.iter().take(cap(entities.len(), ROWS_PER_GROUP)).map(|e| {
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
                                if let Some(link) = &e.link { <span class="link" title={format!("Place lexicon id: {}", link.id)}>{format!(" {}", link_in_words(link, e.label))}</span> }
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
    let cut = !*show_all
        && (doc.quotes.len() > FIRST_QUOTES
            || doc.values.len() > FIRST_VALUES
            || Label::NAMES.iter().any(|&l| doc.entities.iter().filter(|e| e.label == l).count() > ROWS_PER_GROUP));
    html! {
        <section class="entities" aria-label="Entities, quotes and values">
            <h2>{"Entities"}</h2>
            <div class="entity-filters">
                <select data-testid="entity-type" aria-label="Show entities of this type" onchange={on_wanted}>
                    <option value="" selected={wanted.is_empty()}>{"All types"}</option>
                    { for Label::NAMES.iter().map(|l| html! { <option value={l.as_str()} selected={*wanted == l.as_str()}>{l.plural_name()}</option> }) }
                </select>
                <input type="search" data-testid="entity-search" aria-label="Find an entity by name" placeholder="Find…"
                    oninput={on_search} />
                <select data-testid="entity-sort" aria-label="Sort entities" onchange={on_sort}>
                    <option value="salience" selected={!*by_count}>{"by salience"}</option>
                    <option value="count" selected={*by_count}>{"by mentions"}</option>
                </select>
            </div>
            <table class="entity-table" data-testid="entity-table">
                <thead><tr><th scope="col">{"Name"}</th><th scope="col">{"Also written"}</th><th scope="col">{"Mentions"}</th><th scope="col"><abbr title="How central it is to the article, 0–1: how often, how early and how widely it is named">{"Salience"}</abbr></th></tr></thead>
                { for groups }
            </table>
            { quote_list(doc, props.selected, &props.on_select, cap(doc.quotes.len(), FIRST_QUOTES)) }
            { value_list(doc, cap(doc.values.len(), FIRST_VALUES)) }
            if cut {
                <p class="more-text">
                    <button type="button" data-testid="show-all-rows" onclick={ let show_all = show_all.clone(); Callback::from(move |_: MouseEvent| show_all.set(true)) }>
                        {format!("Show all {} entities, {} quotes and {} dates and amounts", doc.entities.len(), doc.quotes.len(), doc.values.len())}
                    </button>
                </p>
            }
        </section>
    }
}

/// A place lexicon link as a reader says it: "Cuba · country", "city in Russia".
fn link_in_words(link: &gleaner_core::resolve::Link, label: Label) -> String {
    let country = region_name(&link.country);
    let (scheme, _) = link.id.split_once(':').unwrap_or(("", ""));
    match (label, scheme) {
        (Label::NORP, _) => format!("people of {country}"),
        (_, "iso3166") => "country".to_string(),
        (_, "geonames") if !country.is_empty() => format!("city in {country}"),
        (_, "geonames") => "city".to_string(),
        (_, "m49") if link.id.contains('-') && !country.is_empty() => format!("region of {country}"),
        _ => "region".to_string(),
    }
}

/// A country's English name from its ISO code, through the browser's Intl.DisplayNames.
fn region_name(code: &str) -> String {
    let names = (|| {
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor = js_sys::Reflect::get(&intl, &"DisplayNames".into()).ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let args = js_sys::Array::of2(&js_sys::Array::of1(&"en".into()), &options);
        let names = js_sys::Reflect::construct(constructor.dyn_ref::<js_sys::Function>()?, &args).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        of.call1(&names, &code.into()).ok()?.as_string()
    })();
    names.unwrap_or_else(|| code.to_string())
}
