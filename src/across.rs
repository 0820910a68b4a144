//! Across the library: every article resolved together (the corpus resolution
//! of `gleaner analyze --corpus`), as one entity table — "Maduro · 5 of 5
//! articles · de en es" — filterable by type and searchable, with the entities
//! each pair of articles shares. A row filters the library to the articles
//! that name it.

use gleaner_core::label::Label;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What this view reads of a compact `gleaner/2` analysis.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CompactAnalysis {
    pub entities: Vec<CompactEntity>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CompactEntity {
    pub id: String,
    pub name: String,
    pub label: String,
    pub count: usize,
    #[serde(default)]
    pub corpus: Option<CorpusPresence>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CorpusPresence {
    pub articles: u32,
    pub of: u32,
    pub languages: Vec<String>,
}

/// One entity across the library: its name, where and how often it is named.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryEntity {
    pub id: String,
    pub name: String,
    pub label: String,
    /// Indices of the articles that name it.
    pub articles: Vec<usize>,
    pub mentions: usize,
    pub languages: Vec<String>,
}

/// The entities of all articles, merged by their shared corpus id; most widely named first.
pub fn library_entities(analyses: &[CompactAnalysis]) -> Vec<LibraryEntity> {
    let mut by_id: BTreeMap<&str, (LibraryEntity, usize)> = BTreeMap::new();
    for (article, analysis) in analyses.iter().enumerate() {
        for e in &analysis.entities {
            let (entry, best) = by_id.entry(&e.id).or_insert_with(|| {
                let entity = LibraryEntity {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    label: e.label.clone(),
                    articles: Vec::new(),
                    mentions: 0,
                    languages: e.corpus.as_ref().map(|c| c.languages.clone()).unwrap_or_default(),
                };
                (entity, 0)
            });
            // The name is the one the article that names it most often uses.
            if e.count > *best {
                *best = e.count;
                entry.name.clone_from(&e.name);
                entry.label.clone_from(&e.label);
            }
            if !entry.articles.contains(&article) {
                entry.articles.push(article);
            }
            entry.mentions += e.count;
        }
    }
    let mut entities: Vec<LibraryEntity> = by_id.into_values().map(|(e, _)| e).collect();
    entities.sort_by(|a, b| {
        b.articles.len().cmp(&a.articles.len()).then(b.mentions.cmp(&a.mentions)).then(a.name.cmp(&b.name))
    });
    entities
}

/// For each pair of articles, the entities both name (most mentioned first); pairs sharing none are left out.
pub fn shared_pairs(entities: &[LibraryEntity], articles: usize) -> Vec<((usize, usize), Vec<&LibraryEntity>)> {
    let mut pairs = Vec::new();
    for a in 0..articles {
        for b in a + 1..articles {
            let shared: Vec<&LibraryEntity> =
                entities.iter().filter(|e| e.articles.contains(&a) && e.articles.contains(&b)).collect();
            if !shared.is_empty() {
                pairs.push(((a, b), shared));
            }
        }
    }
    pairs.sort_by_key(|pair| std::cmp::Reverse(pair.1.len()));
    pairs
}

#[derive(Properties, PartialEq)]
pub struct AcrossProps {
    /// The articles' titles, in the order of `analyses`; `None` while the analysis runs.
    pub titles: Rc<Vec<String>>,
    pub analyses: Option<Rc<Vec<CompactAnalysis>>>,
    /// The reader asked for the articles that name this entity (id, name).
    pub on_filter: Callback<(String, String)>,
}

#[function_component(AcrossLibrary)]
pub fn across_library(props: &AcrossProps) -> Html {
    let wanted_label = use_state(String::new);
    let search = use_state(String::new);
    let Some(analyses) = &props.analyses else {
        return html! { <p class="loading" data-testid="across-loading">{"Resolving the entities of every article together…"}</p> };
    };
    let entities = library_entities(analyses);
    let query = search.to_lowercase();
    let shown: Vec<&LibraryEntity> = entities
        .iter()
        .filter(|e| wanted_label.is_empty() || e.label == *wanted_label)
        .filter(|e| query.is_empty() || e.name.to_lowercase().contains(&query))
        .collect();
    let on_label = {
        let wanted_label = wanted_label.clone();
        Callback::from(move |e: Event| wanted_label.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| search.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let of = analyses.len();
    let title = |i: usize| props.titles.get(i).cloned().unwrap_or_default();
    html! {
        <section class="across" aria-label="Entities across the library" data-testid="across">
            <h2>{format!("Across the library · {of} articles")}</h2>
            <div class="across-filters">
                <label>{"Type "}
                    <select data-testid="across-type" onchange={on_label} aria-label="Show entities of this type">
                        <option value="" selected={wanted_label.is_empty()}>{"All types"}</option>
                        { for Label::NAMES.iter().map(|l| html! {
                            <option value={l.as_str()} selected={*wanted_label == l.as_str()}>{l.plural_name()}</option>
                        }) }
                    </select>
                </label>
                <label>{"Find "}
                    <input type="search" data-testid="across-search" value={(*search).clone()} oninput={on_search}
                        placeholder="a name…" aria-label="Find an entity by name" />
                </label>
            </div>
            <table class="entity-table" data-testid="across-table">
                <thead><tr>
                    <th scope="col">{"Entity"}</th><th scope="col">{"Type"}</th><th scope="col">{"Articles"}</th>
                    <th scope="col">{"Mentions"}</th><th scope="col">{"Languages"}</th>
                </tr></thead>
                <tbody>
                { for shown.iter().map(|e| {
                    let on_filter = { let pick = (e.id.clone(), e.name.clone()); props.on_filter.reform(move |_: MouseEvent| pick.clone()) };
                    html! {
                        <tr data-testid="across-entity" data-entity={e.id.clone()}>
                            <td>
                                <button type="button" class="entity-name" onclick={on_filter}
                                    title="Show only the articles that name it">
                                    <mark class={classes!("ent", format!("ent-{}", e.label))}>{&e.name}</mark>
                                </button>
                            </td>
                            <td>{&e.label}</td>
                            <td class="count" data-testid="across-articles">{format!("{} of {of}", e.articles.len())}</td>
                            <td class="count">{e.mentions}</td>
                            <td>{e.languages.join(" ")}</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            <h2>{"What pairs of articles share"}</h2>
            <ul class="pairs" data-testid="pairs">
                { for shared_pairs(&entities, of).into_iter().take(30).map(|((a, b), shared)| html! {
                    <li>
                        <span class="pair">{format!("{} × {}", title(a), title(b))}</span>{": "}
                        {shared.iter().take(12).map(|e| e.name.as_str()).collect::<Vec<_>>().join(", ")}
                        if shared.len() > 12 { {format!(" and {} more", shared.len() - 12)} }
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, name: &str, count: usize) -> CompactEntity {
        CompactEntity { id: id.into(), name: name.into(), label: "PER".into(), count, corpus: None }
    }

    #[test]
    fn entities_merge_by_corpus_id_and_pairs_share_them() {
        let analyses = vec![
            CompactAnalysis { entities: vec![entity("e0", "Maduro", 1), entity("e1", "Putin", 2)] },
            CompactAnalysis { entities: vec![entity("e0", "Nicolás Maduro", 4)] },
            CompactAnalysis { entities: vec![entity("e0", "Maduro", 2), entity("e2", "Guaidó", 1)] },
        ];
        let merged = library_entities(&analyses);
        let seen: Vec<(&str, &str, usize, usize)> =
            merged.iter().map(|e| (e.id.as_str(), e.name.as_str(), e.articles.len(), e.mentions)).collect();
        assert_eq!(seen, [("e0", "Nicolás Maduro", 3, 7), ("e1", "Putin", 1, 2), ("e2", "Guaidó", 1, 1)]);
        let pairs = shared_pairs(&merged, 3);
        assert_eq!(pairs.len(), 3);
        assert!(pairs.iter().all(|(_, shared)| shared.len() == 1 && shared[0].id == "e0"));
    }
}
