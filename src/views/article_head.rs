//! The article's head: its title (renamed in place), the language and date the
//! reader may set, which date relative dates were placed from, the export menu,
//! and re-analyze and delete.

use super::export_menu::ExportMenu;
use super::shown::Shown;
use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::Language;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleHeadProps {
    /// The library's article on show, its id and title (None: a new article, not saved yet).
    pub article: Option<(String, String)>,
    pub lang: Option<Language>,
    pub reference: Option<ReferenceDate>,
    pub on_rename: Callback<String>,
    pub on_language: Callback<Option<Language>>,
    pub on_date: Callback<Option<ReferenceDate>>,
    pub on_reanalyze: Callback<()>,
    pub on_delete: Callback<()>,
}

#[function_component(ArticleHead)]
pub fn article_head(props: &ArticleHeadProps) -> Html {
    let shown = use_context::<Shown>().unwrap_or_default();
    let title_box = use_node_ref();
    // The title field is the reader's while they type in it: it is set from the library only
    // when the title there changes (another article, an import), never by a re-render.
    {
        let title_box = title_box.clone();
        use_effect_with(props.article.clone(), move |shown| {
            if let (Some(field), Some((_, title))) = (title_box.cast::<HtmlInputElement>(), shown) {
                if field.value() != *title {
                    field.set_value(title);
                }
            }
        });
    }
    let on_rename = props.on_rename.reform(|e: Event| {
        let field: HtmlInputElement = e.target_unchecked_into();
        field.value().trim().to_string()
    });
    let on_language = props.on_language.reform(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Language::from_code(&select.value())
    });
    let on_date = props.on_date.reform(|e: Event| {
        let field: HtmlInputElement = e.target_unchecked_into();
        CalendarDate::parse(&field.value()).map(|date| ReferenceDate { date, source: ReferenceSource::Given })
    });
    let fresh = shown.analysis.filter(|_| shown.fresh);
    html! {
        <div class="article-head">
            if props.article.is_some() {
                <input class="article-title" data-testid="article-title" aria-label="Title of the article"
                    ref={title_box} onchange={on_rename} />
            } else {
                <h2 class="article-title new">{"New article"}</h2>
            }
            <div class="article-actions">
                <label class="language-choice">
                    {"Language "}
                    <select data-testid="language-choice" onchange={on_language}
                        aria-label="Language of the article">
                        <option value="" selected={props.lang.is_none()}>{"Detect automatically"}</option>
                        { for Language::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={props.lang == Some(*l)}>{l.name()}</option>
                        }) }
                    </select>
                </label>
                <label class="date-choice" title="The article's own date: “yesterday” and “last January” are placed on the calendar from it. Without one, a “Posted …” line or a date at the top is used.">
                    {"Date "}
                    <input type="date" data-testid="date-choice" aria-label="Date of the article"
                        value={props.reference.map(|r| r.date.to_string()).unwrap_or_default()}
                        onchange={on_date} />
                </label>
                if let Some(analysis) = &fresh {
                    <span class="reference-used" data-testid="reference-used">{ reference_used(analysis.document.reference) }</span>
                }
                if let (Some((_, title)), Some(analysis)) = (&props.article, &fresh) {
                    <ExportMenu document={analysis.document.clone()} title={title.clone()} />
                }
                if props.article.is_some() {
                    <button type="button" data-testid="reanalyze" onclick={props.on_reanalyze.reform(|_| ())}>{"Re-analyze"}</button>
                    <button type="button" data-testid="delete-article" onclick={props.on_delete.reform(|_| ())}>{"Delete"}</button>
                }
            </div>
        </div>
    }
}

/// The date relative dates were placed from, and where it came from, as the page says it.
fn reference_used(reference: Option<ReferenceDate>) -> String {
    use gleaner_core::values::in_words::normalized_in_words;
    match reference {
        None => "No date known: “yesterday” keeps no calendar value".to_string(),
        Some(r) => {
            let from = match r.source {
                ReferenceSource::Given => "the date you gave",
                ReferenceSource::Metadata => "the page's publication date",
                ReferenceSource::Dateline => "the dateline at the top",
            };
            format!("Dates placed from {} ({from})", normalized_in_words(&r.date.to_string()))
        }
    }
}
