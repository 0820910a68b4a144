//! The text as given, with its sentences visible (and, on request, its tokens).

use crate::SharedDocument;
use gleaner_core::Document;
use yew::prelude::*;

/// Outlining every token is for inspecting; past this many it would slow the page.
const MAX_TOKENS_SHOWN: usize = 20_000;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub document: SharedDocument,
}

#[function_component(TextView)]
pub fn text_view(props: &TextViewProps) -> Html {
    let show_tokens = use_state(|| false);
    let doc = &props.document;
    let can_show_tokens = doc.tokens.len() <= MAX_TOKENS_SHOWN;
    let toggle = {
        let show_tokens = show_tokens.clone();
        Callback::from(move |_: Event| show_tokens.set(!*show_tokens))
    };
    let outline_tokens = *show_tokens && can_show_tokens;
    html! {
        <section class="text-view" aria-label="Text with sentences">
            <div class="view-controls">
                <label>
                    <input type="checkbox" data-testid="show-tokens" checked={outline_tokens} onchange={toggle} disabled={!can_show_tokens} />
                    { if can_show_tokens { "Outline tokens".to_string() } else { format!("Outline tokens (up to {MAX_TOKENS_SHOWN})") } }
                </label>
            </div>
            <div class="text" data-testid="text">{ render_sentences(doc, outline_tokens) }</div>
        </section>
    }
}

fn render_sentences(doc: &Document, outline_tokens: bool) -> Html {
    let text = doc.text.as_str();
    let mut nodes = Vec::with_capacity(doc.sentences.len() * 2 + 1);
    let mut at = 0;
    let mut tokens = doc.tokens.iter().peekable();
    let mut mentions = doc.mentions.iter().peekable();
    for (i, sentence) in doc.sentences.iter().enumerate() {
        nodes.push(html! { {&text[at..sentence.start]} });
        let content = if outline_tokens {
            let mut parts = Vec::new();
            let mut inner = sentence.start;
            while let Some(token) = tokens.next_if(|t| t.span.end <= sentence.end) {
                parts.push(html! { {&text[inner..token.span.start]} });
                parts.push(html! { <span class={classes!("token", format!("kind-{}", kind_name(token.kind)))}>{token.text(text)}</span> });
                inner = token.span.end;
            }
            parts.push(html! { {&text[inner..sentence.end]} });
            parts.into_iter().collect::<Html>()
        } else {
            let mut parts = Vec::new();
            let mut inner = sentence.start;
            while let Some(m) = mentions.next_if(|m| m.span.end <= sentence.end) {
                parts.push(html! { {&text[inner..m.span.start]} });
                parts.push(html! {
                    <mark class={classes!("ent", format!("ent-{}", m.label.as_str()))} data-label={m.label.as_str()}
                        title={format!("{} · confidence {:.0}%", m.label.as_str(), m.confidence * 100.0)}>{m.span.text(text)}</mark>
                });
                inner = m.span.end;
            }
            parts.push(html! { {&text[inner..sentence.end]} });
            parts.into_iter().collect::<Html>()
        };
        nodes.push(html! {
            <span class={classes!("sentence", if i % 2 == 0 { "even" } else { "odd" })} title={format!("Sentence {}", i + 1)}>{content}</span>
        });
        at = sentence.end;
    }
    nodes.push(html! { {&text[at..]} });
    nodes.into_iter().collect::<Html>()
}

fn kind_name(kind: gleaner_core::TokenKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}
