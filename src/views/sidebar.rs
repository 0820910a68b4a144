//! The library sidebar: every article the reader added, newest first, with
//! its language, size and date; a new article, files to open, and the
//! library's export and import.

use crate::library::{human_size, Article, Articles};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SidebarProps {
    pub articles: Articles,
    pub current: Option<String>,
    pub on_select: Callback<String>,
    pub on_new: Callback<()>,
    pub on_files: Callback<Vec<web_sys::File>>,
    pub on_export: Callback<()>,
    pub on_import: Callback<web_sys::File>,
    /// The view across the library is open.
    pub across: bool,
    pub on_across: Callback<()>,
    /// The library is filtered to the articles naming this entity: its name and their ids.
    pub filter: Option<(String, Vec<String>)>,
    pub on_clear_filter: Callback<()>,
    /// How many articles the reader corrected, and their export as CoNLL for the trainer.
    #[prop_or_default]
    pub corrected: usize,
    #[prop_or_default]
    pub on_export_conll: Callback<()>,
    /// Below the library: the reader's entity list.
    #[prop_or_default]
    pub children: Html,
}

/// The files a file input holds, then empties it (choosing the same file again fires again).
pub fn take_files(input: &HtmlInputElement) -> Vec<web_sys::File> {
    let files = crate::library::files::files_of(input.files());
    input.set_value("");
    files
}

#[function_component(Sidebar)]
pub fn sidebar(props: &SidebarProps) -> Html {
    let on_new = props.on_new.reform(|_: MouseEvent| ());
    let on_files = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| on_files.emit(take_files(&e.target_unchecked_into())))
    };
    let on_import = {
        let on_import = props.on_import.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = take_files(&e.target_unchecked_into()).into_iter().next() {
                on_import.emit(file);
            }
        })
    };
    let on_export = props.on_export.reform(|_: MouseEvent| ());
    let on_across = props.on_across.reform(|_: MouseEvent| ());
    let on_clear_filter = props.on_clear_filter.reform(|_: MouseEvent| ());
    let shown = |article: &&Article| props.filter.as_ref().is_none_or(|(_, ids)| ids.contains(&article.id));
    html! {
        <aside class="library" aria-label="Library" data-testid="library">
            <div class="library-actions">
                <button type="button" class="primary" data-testid="new-article" onclick={on_new}>{"New article"}</button>
                <label class="button">
                    {"Open files"}
                    <input type="file" multiple=true data-testid="file-input" accept={crate::library::files::ACCEPTED} onchange={on_files} />
                </label>
            </div>
            <button type="button" class={classes!("across-toggle", props.across.then_some("current"))}
                data-testid="across-toggle" aria-pressed={props.across.to_string()} onclick={on_across}
                disabled={props.articles.is_empty()}>
                {"Across the library"}
            </button>
            <h2 class="library-title">{format!("Library · {}", props.articles.len())}</h2>
            if let Some((name, ids)) = &props.filter {
                <p class="library-filter" data-testid="library-filter">
                    {format!("{} naming {name}", if ids.len() == 1 { "1 article".to_string() } else { format!("{} articles", ids.len()) })}
                    <button type="button" class="clear" onclick={on_clear_filter} aria-label="Show every article">{"Show all"}</button>
                </p>
            }
            if props.articles.is_empty() {
                <p class="library-empty">{"Articles you paste or open are kept here, in this browser only."}</p>
            }
            <ul class="library-list" data-testid="library-list">
                { for props.articles.iter().rev().filter(shown).map(|article| {
                    let current = props.current.as_deref() == Some(article.id.as_str());
                    let on_select = { let id = article.id.clone(); props.on_select.reform(move |_: MouseEvent| id.clone()) };
                    html! {
                        <li>
                            <button type="button" class={classes!("library-item", current.then_some("current"))}
                                aria-current={current.then_some("true")} data-id={article.id.clone()} onclick={on_select}>
                                <span class="item-title">{&article.title}</span>
                                <span class="item-meta">{meta(article)}</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <div class="library-io">
                <button type="button" data-testid="export-library" onclick={on_export} disabled={props.articles.is_empty()}>
                    {"Export library"}
                </button>
                <label class="button secondary">
                    {"Import library"}
                    <input type="file" data-testid="import-library" accept=".json,application/json" onchange={on_import} />
                </label>
                <button type="button" data-testid="export-conll" onclick={props.on_export_conll.reform(|_: MouseEvent| ())}
                    disabled={props.corrected == 0}
                    title="The articles you corrected, with their names as corrected, in the CoNLL format the trainer reads (train --extra FILE)">
                    {format!("Export corrections (CoNLL) · {}", props.corrected)}
                </button>
            </div>
            { props.children.clone() }
        </aside>
    }
}

/// "en · 2.8 KB · 26 Nov 2026 · from article.txt"
fn meta(article: &Article) -> String {
    let mut parts = Vec::new();
    if let Some(code) = &article.language {
        parts.push(code.clone());
    }
    parts.push(human_size(article.size()));
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(article.added));
    let day = date.to_locale_date_string("en-GB", &js_sys::Object::new());
    parts.push(String::from(day));
    if article.source != crate::library::PASTED {
        parts.push(format!("from {}", article.source));
    }
    parts.join(" · ")
}
