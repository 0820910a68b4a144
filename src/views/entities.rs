//! The article's entities, quotes and values: a table by type and salience
//! (click a row to mark all its mentions in the text), who said what, and
//! each date or amount with its normalized form.

use crate::SharedDocument;
use gleaner_core::label::Label;
use gleaner_core::values::in_words::value_in_words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EntityPanelProps {
    pub document: SharedDocument,
    pub selected: Option<u32>,
    pub on_select: Callback<Option<u32>>,
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
    let query = search.to_lowercase();
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
            .filter(|e| {
                query.is_empty()
                    || e.name.to_lowercase().contains(&query)
                    || e.aliases.iter().any(|a| a.to_lowercase().contains(&query))
            })
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
    // Who said it: the speaker's name (a button that selects the entity, as in the
    // table), the words the text used when they differ ("he", "the spokesman"),
    // the words alone when no entity is known, or why the text does not say.
    let speaker = |q: &gleaner_core::quotes::Quote| {
        let written = q.source_as_written(&doc.text, &doc.mentions).map(str::to_string);
        match q.speaker.and_then(|id| doc.entity(id)) {
            Some(e) => {
                let (id, selected) = (e.id, props.selected == Some(e.id));
                let on_select = props.on_select.clone();
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
                        Some(gleaner_core::quotes::NoSpeaker::Unnamed) => "(the speaker is described, not named)",
                        _ => "(nothing says who said it)",
                    }}</span> }
                }
            },
        }
    };
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
            if !doc.quotes.is_empty() {
                <h2>{"Quotes"}</h2>
                <ul class="quotes" data-testid="quotes">
                    { for doc.quotes.iter().take(cap(doc.quotes.len(), FIRST_QUOTES)).map(|q| html! {
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
            if !doc.values.is_empty() {
                <h2>{"Dates and amounts"}</h2>
                <table class="value-table" data-testid="values">
                    <thead><tr><th scope="col">{"Text"}</th><th scope="col">{"Type"}</th><th scope="col">{"Value"}</th></tr></thead>
                    <tbody>
                        { for doc.values.iter().take(cap(doc.values.len(), FIRST_VALUES)).map(|v| html! {
                            <tr data-testid="value">
                                <td>{v.span.text(&doc.text)}</td>
                                <td>{v.label.as_str()}</td>
                                <td class="normalized" data-value={v.value.clone()}>{value_in_words(v)}</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
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
