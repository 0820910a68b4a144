//! Export of the article on show: its analysis as JSON (`gleaner/2`), its
//! entities and mentions as CSV, a self-contained HTML report, or the JSON
//! copied to the clipboard.

use crate::library::download::{copy, download, file_stem};
use crate::SharedDocument;
use gleaner_core::{export, AnalysisJson};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub document: SharedDocument,
    pub title: AttrValue,
}

#[function_component(ExportMenu)]
pub fn export_menu(props: &ExportMenuProps) -> Html {
    let status = use_state(|| None::<String>);
    let stem = file_stem(&props.title);
    let save = |suffix: &'static str, mime: &'static str, make: fn(&gleaner_core::Document, &str) -> String| {
        let document = props.document.clone();
        let title = props.title.clone();
        let status = status.clone();
        let name = format!("{stem}{suffix}");
        Callback::from(move |_: MouseEvent| {
            let result = download(&name, mime, &make(&document, &title));
            status.set(Some(match result {
                Ok(()) => format!("Saved {name}"),
                Err(e) => format!("{name} could not be saved ({e})"),
            }));
        })
    };
    let on_copy = {
        let document = props.document.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let json = AnalysisJson::new(&document, None).to_json_pretty();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                status.set(Some(match copy(&json).await {
                    Ok(()) => "The analysis (JSON) is on the clipboard".to_string(),
                    Err(e) => format!("Not copied: {e}"),
                }));
            });
        })
    };
    html! {
        <details class="export-menu" data-testid="export-menu">
            <summary>{"Export"}</summary>
            <div class="export-options" role="group" aria-label="Export this article">
                <button type="button" data-testid="export-json"
                    onclick={save(".gleaner.json", "application/json", |d, _| AnalysisJson::new(d, None).to_json_pretty())}>
                    {"Analysis (JSON)"}
                </button>
                <button type="button" data-testid="export-entities"
                    onclick={save("-entities.csv", "text/csv", |d, _| export::entities_csv(d))}>{"Entities (CSV)"}</button>
                <button type="button" data-testid="export-mentions"
                    onclick={save("-mentions.csv", "text/csv", |d, _| export::mentions_csv(d))}>{"Mentions (CSV)"}</button>
                <button type="button" data-testid="export-report"
                    onclick={save("-report.html", "text/html", export::html_report)}>{"Report (HTML)"}</button>
                <button type="button" data-testid="copy-json" onclick={on_copy}>{"Copy JSON"}</button>
                if let Some(status) = (*status).clone() {
                    <span class="export-status" role="status" data-testid="export-status">{status}</span>
                }
            </div>
        </details>
    }
}
