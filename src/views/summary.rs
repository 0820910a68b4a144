//! The analysis at a glance: language with confidence, counts, notices.

use crate::worker::protocol::ModelState;
use crate::SharedDocument;
use gleaner_core::label::Label;
use gleaner_core::{Document, Language};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub document: SharedDocument,
    /// Token and word counts: a long article's tokens are not sent to the page.
    pub tokens: usize,
    pub words: usize,
    /// Models still loading, or that failed.
    pub models: Rc<Vec<(Language, ModelState)>>,
    /// The place lexicon is still loading (entities are shown without place ids until it arrives).
    #[prop_or_default]
    pub lexicon_loading: bool,
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let doc = &props.document;
    let language = match doc.language.language {
        Some(language) => html! {
            <span data-testid="language" data-code={language.code()}>
                {language.name()}
                <span class="confidence" data-testid="confidence">{format!(" · {:.0}% confident", doc.language.confidence * 100.0)}</span>
            </span>
        },
        None => html! { <span data-testid="language" data-code="und">{"Language unknown"}</span> },
    };
    let others = other_paragraph_languages(doc);
    let model_status: Vec<Html> = props
        .models
        .iter()
        .map(|(l, state)| match state {
            ModelState::Loading => html! { <p class="loading" data-testid="model-loading">{format!("Loading the {} entity model…", l.name())}</p> },
            // What is missing, and only that: without its model, a language's names are still
            // marked where the place list or the reader's own list knows them.
            ModelState::Failed(reason) => html! {
                <p class="notice" data-code="model_failed" title={reason.clone()}>
                    {format!(
                        "The {0} entity model could not be loaded ({reason}), so names in {0} text are marked only where the place list or your own list knows them.",
                        l.name()
                    )}
                </p>
            },
            ModelState::Offline => html! {
                <p class="notice" data-code="model_offline">
                    {format!(
                        "The {0} entity model is not on this device yet, and this device seems to be offline, so names in {0} text are marked only where the place list or your own list knows them. Once it has loaded, it stays available offline.",
                        l.name()
                    )}
                </p>
            },
        })
        .collect();
    let count = |t: Label| {
        doc.mentions.iter().filter(|m| m.label == t).count() + doc.values.iter().filter(|v| v.label == t).count()
    };
    html! {
        <section class="summary" aria-label="Summary">
            <dl>
                <div><dt>{"Language"}</dt><dd>{language}</dd></div>
                <div><dt>{"Paragraphs"}</dt><dd data-testid="paragraphs">{doc.paragraphs.len()}</dd></div>
                <div><dt>{"Sentences"}</dt><dd data-testid="sentences">{doc.sentences.len()}</dd></div>
                <div><dt>{"Tokens"}</dt><dd data-testid="tokens">{props.tokens}</dd></div>
                <div><dt>{"Words"}</dt><dd data-testid="words">{props.words}</dd></div>
                <div><dt>{"Mentions"}</dt><dd data-testid="mentions">{doc.mentions.len()}</dd></div>
                <div><dt>{"Entities"}</dt><dd data-testid="entity-count">{doc.entities.len()}</dd></div>
                <div><dt>{"Values"}</dt><dd data-testid="value-count">{doc.values.len()}</dd></div>
                <div><dt>{"Quotes"}</dt><dd data-testid="quote-count">{doc.quotes.len()}</dd></div>
            </dl>
            <ul class="legend" data-testid="legend" aria-label="Entity types">
                { for Label::NAMES.iter().chain(&Label::VALUES).filter(|t| Label::NAMES.contains(t) || count(**t) > 0).map(|t| html! {
                    <li><mark class={classes!("ent", format!("ent-{}", t.as_str()))}>{t.as_str()}</mark>
                        {format!(" {} · {}", t.plural_name(), count(*t))}</li>
                }) }
            </ul>
            { for model_status }
            if props.lexicon_loading {
                <p class="loading" data-testid="model-loading">{"Loading place names…"}</p>
            }
            if !others.is_empty() {
                <p class="mixed" data-testid="mixed">{format!("Also in this text: {others}.")}</p>
            }
            { for doc.notices.iter().map(|n| html! { <p class="notice" role="status" data-code={n.code.to_string()}>{&n.message}</p> }) }
        </section>
    }
}

/// "Spanish (2 paragraphs)" for paragraphs confidently in another language than the document.
fn other_paragraph_languages(doc: &Document) -> String {
    let mut counts: BTreeMap<Language, usize> = BTreeMap::new();
    for paragraph in &doc.paragraphs {
        if let Some(language) = paragraph.rules_language.filter(|l| Some(*l) != doc.language.language) {
            *counts.entry(language).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .map(|(language, n)| format!("{} ({n} paragraph{})", language.name(), if n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(", ")
}
