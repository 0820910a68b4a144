//! The text as given, with its sentences visible (and, on request, its tokens).

use crate::SharedDocument;
use gleaner_core::Document;
use yew::prelude::*;

/// Outlining every token is for inspecting; past this many it would slow the page (and a
/// longer article's tokens are not sent to the page).
const MAX_TOKENS_SHOWN: usize = crate::worker::protocol::MAX_TOKENS_SENT;

/// Sentences rendered at first, and added by each "show more": a long article is shown
/// page by page, so the page stays small and typing stays instant.
const SENTENCES_PER_PAGE: usize = 250;

#[derive(Properties, PartialEq)]
pub struct TextViewProps {
    pub document: SharedDocument,
    /// The entity the reader picked: all its mentions are marked.
    #[prop_or_default]
    pub selected: Option<u32>,
    /// A mention was clicked: select its entity.
    #[prop_or_default]
    pub on_select: Callback<Option<u32>>,
    /// The name in focus for correcting (an index into the mentions).
    #[prop_or_default]
    pub active: Option<usize>,
    /// A name got focus or a click: it becomes the one corrected.
    #[prop_or_default]
    pub on_focus_mention: Callback<usize>,
    /// A key on a name: the page reads it first (a correction), and prevents
    /// its default when it was one.
    #[prop_or_default]
    pub on_mention_key: Callback<(usize, KeyboardEvent)>,
    /// A name was clicked (after it got focus): the end of a merge by mouse.
    #[prop_or_default]
    pub on_mention_click: Callback<usize>,
}

/// What a mark needs to talk to the page.
struct MarkCallbacks<'p> {
    selected: Option<u32>,
    active: Option<usize>,
    on_select: &'p Callback<Option<u32>>,
    on_focus: &'p Callback<usize>,
    on_key: &'p Callback<(usize, KeyboardEvent)>,
    on_click: &'p Callback<usize>,
}

#[function_component(TextView)]
pub fn text_view(props: &TextViewProps) -> Html {
    let show_tokens = use_state(|| false);
    let doc = &props.document;
    let can_show_tokens = !doc.tokens.is_empty() && doc.tokens.len() <= MAX_TOKENS_SHOWN;
    let toggle = {
        let show_tokens = show_tokens.clone();
        Callback::from(move |_: Event| show_tokens.set(!*show_tokens))
    };
    let outline_tokens = *show_tokens && can_show_tokens;
    // Sentences on show; back to the first page when another text comes (not when the same
    // text comes back corrected: the reader stays where they were).
    let limit = use_state(|| SENTENCES_PER_PAGE);
    {
        let limit = limit.clone();
        let text_hash = use_memo(std::rc::Rc::as_ptr(&doc.0) as usize, |_| {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            doc.text.hash(&mut hasher);
            hasher.finish()
        });
        use_effect_with(*text_hash, move |_| limit.set(SENTENCES_PER_PAGE));
    }
    let shown = (*limit).min(doc.sentences.len());
    let more = {
        let limit = limit.clone();
        Callback::from(move |_: MouseEvent| limit.set(*limit + SENTENCES_PER_PAGE))
    };
    html! {
        <section class="text-view" aria-label="Text with sentences">
            <div class="view-controls">
                <span class="shading-note">{"Shading alternates sentence by sentence; hover over or focus a name for what it is."}</span>
                <label>
                    <input type="checkbox" data-testid="show-tokens" checked={outline_tokens} onchange={toggle} disabled={!can_show_tokens} />
                    { if can_show_tokens { "Outline tokens".to_string() } else { format!("Outline tokens (up to {MAX_TOKENS_SHOWN})") } }
                </label>
            </div>
            <div class="text" data-testid="text">{ render_sentences(doc, shown, outline_tokens, &MarkCallbacks {
                selected: props.selected,
                active: props.active,
                on_select: &props.on_select,
                on_focus: &props.on_focus_mention,
                on_key: &props.on_mention_key,
                on_click: &props.on_mention_click,
            }) }</div>
            if shown < doc.sentences.len() {
                <p class="more-text">
                    <button type="button" data-testid="show-more" onclick={more}>
                        {format!("Show the next {} sentences", SENTENCES_PER_PAGE.min(doc.sentences.len() - shown))}
                    </button>
                    <span>{format!(" {shown} of {} sentences shown", doc.sentences.len())}</span>
                </p>
            }
        </section>
    }
}

/// A highlighted span: a name mention or a value, in text order.
enum Marked<'d> {
    /// A name, and its index among the mentions.
    Name(usize, &'d gleaner_core::Mention),
    Value(&'d gleaner_core::values::Value),
}

impl Marked<'_> {
    fn span(&self) -> gleaner_core::Span {
        match self {
            Marked::Name(_, m) => m.span,
            Marked::Value(v) => v.span,
        }
    }
}

/// The first `shown` sentences, with the text between them.
fn render_sentences(doc: &Document, shown: usize, outline_tokens: bool, callbacks: &MarkCallbacks) -> Html {
    let text = doc.text.as_str();
    let mut nodes = Vec::with_capacity(doc.sentences.len() * 2 + 1);
    let mut at = 0;
    let mut tokens = doc.tokens.iter().peekable();
    let mut marked: Vec<Marked> = doc
        .mentions
        .iter()
        .enumerate()
        .map(|(i, m)| Marked::Name(i, m))
        .chain(doc.values.iter().map(Marked::Value))
        .collect();
    marked.sort_by_key(|m| m.span().start);
    let mut mentions = marked.into_iter().peekable();
    for (i, sentence) in doc.sentences.iter().enumerate().take(shown) {
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
            while let Some(marked) = mentions.next_if(|m| m.span().end <= sentence.end) {
                let span = marked.span();
                if span.start < inner {
                    continue; // overlaps what is already marked
                }
                parts.push(html! { {&text[inner..span.start]} });
                parts.push(match marked {
                    Marked::Name(i, m) => mark_mention(doc, i, m, callbacks),
                    Marked::Value(v) => html! {
                        <mark class={classes!("ent", "value", format!("ent-{}", v.label.as_str()))} data-label={v.label.as_str()}
                            tabindex="0" data-tip={format!("{} · {}", v.label.name(), gleaner_core::values::in_words::value_in_words(v))}>{span.text(text)}</mark>
                    },
                });
                inner = span.end;
            }
            parts.push(html! { {&text[inner..sentence.end]} });
            parts.into_iter().collect::<Html>()
        };
        nodes.push(html! {
            <span class={classes!("sentence", if i % 2 == 0 { "even" } else { "odd" })} title={format!("Sentence {}", i + 1)}
                data-start={sentence.start.to_string()}>{content}</span>
        });
        at = sentence.end;
    }
    if shown >= doc.sentences.len() {
        nodes.push(html! { {&text[at..]} });
    }
    nodes.into_iter().collect::<Html>()
}

fn mark_mention(doc: &Document, index: usize, m: &gleaner_core::Mention, callbacks: &MarkCallbacks) -> Html {
    let (selected, on_select) = (callbacks.selected, callbacks.on_select);
    let entity = m.entity.and_then(|id| doc.entity(id));
    // Shown on hover and on keyboard focus (CSS, from data-tip), and read as the mark's description.
    let how = match m.source {
        gleaner_core::Source::Model => format!("{:.0}% confidence", m.confidence * 100.0),
        gleaner_core::Source::List => "from your list".to_string(),
        gleaner_core::Source::Reader => "your correction".to_string(),
    };
    let tip = match entity {
        Some(e) => format!("{} · {} · {how}", m.label.name(), e.name),
        None => format!("{} · {how}", m.label.name()),
    };
    let is_selected = m.entity.is_some() && m.entity == selected;
    let choose = {
        let on_select = on_select.clone();
        let id = m.entity;
        move || on_select.emit(if is_selected { None } else { id })
    };
    let onclick = {
        let choose = choose.clone();
        let (on_focus, on_click) = (callbacks.on_focus.clone(), callbacks.on_click.clone());
        Callback::from(move |_: MouseEvent| {
            on_focus.emit(index);
            on_click.emit(index);
            choose()
        })
    };
    let onfocus = callbacks.on_focus.reform(move |_: FocusEvent| index);
    let on_key = callbacks.on_key.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        on_key.emit((index, e.clone()));
        if e.default_prevented() {
            return; // a correction (or the end of a merge)
        }
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            choose();
        }
    });
    html! {
        <mark class={classes!("ent", format!("ent-{}", m.label.as_str()), is_selected.then_some("selected"),
                (callbacks.active == Some(index)).then_some("active"), m.source.is_readers().then(|| format!("by-{}", m.source.as_str())))}
            data-label={m.label.as_str()} data-entity={m.entity.map(|id| id.to_string())} tabindex="0"
            data-start={m.span.start.to_string()} data-source={m.source.as_str()} data-mention={index.to_string()}
            data-tip={tip.clone()} aria-description={tip} {onclick} {onfocus} {onkeydown}>{m.span.text(&doc.text)}</mark>
    }
}

fn kind_name(kind: gleaner_core::TokenKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}
