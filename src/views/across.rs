//! Across the library: every article resolved together (the corpus resolution
//! of `gleaner analyze --corpus`), as one entity table — "Maduro · 5 of 5
//! articles · de en es" — filterable by type and searchable, with the entities
//! each pair of articles shares. A row filters the library to the articles
//! that name it.

use gleaner_core::label::Label;
use gleaner_core::search::Query;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// What this view reads of a compact `gleaner/2` analysis.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CompactAnalysis {
    pub entities: Vec<CompactEntity>,
    /// The article's language, which names its entities.
    #[serde(default)]
    pub language: Option<CompactLanguage>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CompactLanguage {
    pub code: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CompactEntity {
    pub id: String,
    pub name: String,
    pub label: String,
    pub count: usize,
    /// The other ways the article writes it.
    #[serde(default)]
    pub aliases: Vec<String>,
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
    /// Every way any article writes it (its names and aliases), for search.
    pub names: Vec<String>,
}

/// How one name of a library entity is used: in how many articles, in the reader's
/// language or not, in how many mentions, with which label.
struct NameUse<'a> {
    name: &'a str,
    label: &'a str,
    articles: Vec<usize>,
    readers_language: bool,
    mentions: usize,
}

/// The entities of all articles, merged by their shared corpus id; most widely named first.
/// An entity takes the name most articles use; the reader's language (`reader_language`,
/// a code such as "en") breaks a tie, then the mentions: a library of four English articles
/// and a Spanish one says "United States", not "Estados Unidos".
pub fn library_entities(analyses: &[CompactAnalysis], reader_language: Option<&str>) -> Vec<LibraryEntity> {
    let mut by_id: BTreeMap<&str, (LibraryEntity, Vec<NameUse>)> = BTreeMap::new();
    for (article, analysis) in analyses.iter().enumerate() {
        let language = analysis.language.as_ref().and_then(|l| l.code.as_deref());
        for e in &analysis.entities {
            let (entry, uses) = by_id.entry(&e.id).or_insert_with(|| {
                let entity = LibraryEntity {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    label: e.label.clone(),
                    articles: Vec::new(),
                    mentions: 0,
                    languages: e.corpus.as_ref().map(|c| c.languages.clone()).unwrap_or_default(),
                    names: Vec::new(),
                };
                (entity, Vec::new())
            });
            let position = uses.iter().position(|u| u.name == e.name).unwrap_or_else(|| {
                let label = &e.label;
                uses.push(NameUse { name: &e.name, label, articles: Vec::new(), readers_language: false, mentions: 0 });
                uses.len() - 1
            });
            let used = &mut uses[position];
            if !used.articles.contains(&article) {
                used.articles.push(article);
            }
            used.readers_language |= language.is_some() && language == reader_language;
            used.mentions += e.count;
            if !entry.articles.contains(&article) {
                entry.articles.push(article);
            }
            entry.mentions += e.count;
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                if !entry.names.contains(name) {
                    entry.names.push(name.clone());
                }
            }
        }
    }
    for (entry, uses) in by_id.values_mut() {
        // max_by_key keeps the last of equals: reversed, the first name seen wins a full tie.
        if let Some(best) = uses.iter().rev().max_by_key(|u| (u.articles.len(), u.readers_language, u.mentions)) {
            entry.name = best.name.to_string();
            entry.label = best.label.to_string();
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
    let entities = library_entities(analyses, reader_language().as_deref());
    // Any name any article gives it, folded: "guaido" finds Juan Guaidó, "united states" Estados Unidos.
    let query = Query::new(&search);
    let shown: Vec<&LibraryEntity> = entities
        .iter()
        .filter(|e| wanted_label.is_empty() || e.label == *wanted_label)
        .filter(|e| query.finds_any(e.names.iter().map(String::as_str)))
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

/// The reader's language from the browser ("en-GB" → "en"), if it says.
fn reader_language() -> Option<String> {
    let language = web_sys::window()?.navigator().language()?;
    Some(language.split('-').next().unwrap_or_default().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: &str, name: &str, count: usize) -> CompactEntity {
        CompactEntity {
            id: id.into(),
            name: name.into(),
            label: "PER".into(),
            count,
            aliases: Vec::new(),
            corpus: None,
        }
    }

    fn article(code: &str, entities: Vec<CompactEntity>) -> CompactAnalysis {
        CompactAnalysis { entities, language: Some(CompactLanguage { code: Some(code.into()) }) }
    }

    #[test]
    fn entities_merge_by_corpus_id_and_pairs_share_them() {
        let analyses = vec![
            article("en", vec![entity("e0", "Nicolás Maduro", 1), entity("e1", "Putin", 2)]),
            article("en", vec![entity("e0", "Maduro", 4)]),
            article("en", vec![entity("e0", "Nicolás Maduro", 2), entity("e2", "Guaidó", 1)]),
        ];
        let merged = library_entities(&analyses, None);
        let seen: Vec<(&str, &str, usize, usize)> =
            merged.iter().map(|e| (e.id.as_str(), e.name.as_str(), e.articles.len(), e.mentions)).collect();
        assert_eq!(seen, [("e0", "Nicolás Maduro", 3, 7), ("e1", "Putin", 1, 2), ("e2", "Guaidó", 1, 1)]);
        let pairs = shared_pairs(&merged, 3);
        assert_eq!(pairs.len(), 3);
        assert!(pairs.iter().all(|(_, shared)| shared.len() == 1 && shared[0].id == "e0"));
    }

    #[test]
    fn a_library_entity_takes_the_name_most_articles_use_and_the_readers_language_breaks_ties() {
        let place = |name: &str, count| CompactEntity { label: "LOC".into(), ..entity("e0", name, count) };
        // Four English articles and a Spanish one that names it most often.
        let mut analyses: Vec<CompactAnalysis> =
            (0..4).map(|_| article("en", vec![place("United States", 1)])).collect();
        analyses.push(article("es", vec![place("Estados Unidos", 9)]));
        assert_eq!(library_entities(&analyses, Some("es"))[0].name, "United States");
        // One article each: the reader's language decides, then the mentions.
        let tie = vec![article("en", vec![place("Havana", 1)]), article("es", vec![place("La Habana", 3)])];
        assert_eq!(library_entities(&tie, Some("en"))[0].name, "Havana");
        assert_eq!(library_entities(&tie, Some("es"))[0].name, "La Habana");
        assert_eq!(library_entities(&tie, None)[0].name, "La Habana");
    }
}
