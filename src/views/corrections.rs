//! The reader corrects the analysis: the name in focus (relabel, delete,
//! widen, narrow, merge, split, add to their list), words they selected
//! (tag them), and the corrections made so far (undo). Every button has a
//! key on the focused name; the keys are read by `key_action`.

use crate::SharedDocument;
use gleaner_core::correct::{Action, Side};
use gleaner_core::label::Label;
use gleaner_core::reader::Correction;
use std::rc::Rc;
use yew::prelude::*;

/// What a key pressed on a focused name asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    Correct(Action),
    /// Start merging this name with another (or finish, when merging already).
    Merge,
    /// Put the name on the reader's list: always tagged (`false`) or never (`true`).
    List {
        never: bool,
    },
    CancelMerge,
}

/// The key's meaning on a focused name, if it has one.
pub fn key_action(key: &str, shift: bool, alt: bool, ctrl: bool) -> Option<KeyAction> {
    if ctrl {
        return None; // the browser's and the undo's
    }
    let label = |l| Some(KeyAction::Correct(Action::Label(l)));
    match (key, shift, alt) {
        ("ArrowLeft", true, false) => Some(KeyAction::Correct(Action::Widen(Side::Start))),
        ("ArrowRight", true, false) => Some(KeyAction::Correct(Action::Widen(Side::End))),
        ("ArrowLeft", true, true) => Some(KeyAction::Correct(Action::Narrow(Side::End))),
        ("ArrowRight", true, true) => Some(KeyAction::Correct(Action::Narrow(Side::Start))),
        ("Delete" | "Backspace", _, _) => Some(KeyAction::Correct(Action::Delete)),
        ("Escape", _, _) => Some(KeyAction::CancelMerge),
        (_, _, true) => None,
        _ => match key.to_lowercase().as_str() {
            "p" => label(Label::PER),
            "o" => label(Label::ORG),
            "l" => label(Label::LOC),
            "n" => label(Label::NORP),
            "m" => label(Label::MISC),
            "g" => Some(KeyAction::Merge),
            "s" => Some(KeyAction::Correct(Action::Split)),
            "a" => Some(KeyAction::List { never: false }),
            "x" => Some(KeyAction::List { never: true }),
            _ => None,
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct CorrectionPanelProps {
    pub document: SharedDocument,
    /// The name in focus (an index into the document's mentions).
    pub active: Option<usize>,
    /// The name being merged, waiting for the other.
    pub merging: Option<usize>,
    pub corrections: Rc<Vec<Correction>>,
    /// Why the last correction could not be made.
    pub message: Option<String>,
    pub on_key: Callback<(usize, KeyAction)>,
    /// Tag the words selected in the text (or the text box) as this label.
    pub on_tag: Callback<Label>,
    pub on_undo: Callback<()>,
}

/// Keeps the reader's text selection when a button is pressed with the mouse.
fn keep_selection(e: MouseEvent) {
    e.prevent_default();
}

#[function_component(CorrectionPanel)]
pub fn correction_panel(props: &CorrectionPanelProps) -> Html {
    let doc = &props.document;
    let active = props.active.and_then(|i| doc.mentions.get(i).map(|m| (i, m)));
    let button = |title: &str, key: &str, testid: &str, action: KeyAction, index: usize| {
        let on_key = props.on_key.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_key.emit((index, action)));
        html! {
            <button type="button" data-testid={testid.to_string()} title={format!("Key: {key}")}
                aria-keyshortcuts={key.to_string()} {onclick}>{title.to_string()}</button>
        }
    };
    let tag_buttons = Label::NAMES.iter().map(|&label| {
        let on_tag = props.on_tag.clone();
        html! {
            <button type="button" class={classes!("label-button", format!("ent-{}", label.as_str()))}
                data-testid={format!("tag-{}", label.as_str())} onmousedown={keep_selection}
                onclick={Callback::from(move |_: MouseEvent| on_tag.emit(label))}>{label.as_str()}</button>
        }
    });
    let on_undo = props.on_undo.reform(|_: MouseEvent| ());
    html! {
        <section class="corrections" aria-label="Correct the analysis" data-testid="corrections">
            <h3>{"Correct"}</h3>
            if let Some((index, mention)) = active {
                <p class="active-name" data-testid="active-name">
                    <strong>{format!("“{}”", mention.span.text(&doc.text))}</strong>
                    {format!(" · {}", mention.label.name())}
                    if mention.source.is_readers() {
                        <span class="source-tag">{format!(" · from {}", if mention.source == gleaner_core::Source::List { "your list" } else { "your correction" })}</span>
                    }
                </p>
                <div class="label-buttons" role="group" aria-label="Label">
                    { for Label::NAMES.iter().map(|&label| {
                        let on_key = props.on_key.clone();
                        let key = &label.as_str()[..1];
                        let key = if label == Label::NORP { "N" } else if label == Label::MISC { "M" } else { key };
                        html! {
                            <button type="button" class={classes!("label-button", format!("ent-{}", label.as_str()))}
                                aria-pressed={(mention.label == label).to_string()} title={format!("{} · Key: {key}", label.name())}
                                data-testid={format!("label-{}", label.as_str())}
                                onclick={Callback::from(move |_: MouseEvent| on_key.emit((index, KeyAction::Correct(Action::Label(label)))))}>
                                {label.as_str()}
                            </button>
                        }
                    }) }
                </div>
                <div class="correction-buttons">
                    { button("Delete", "Delete", "delete-mention", KeyAction::Correct(Action::Delete), index) }
                    { button("← Wider", "Shift+ArrowLeft", "widen-start", KeyAction::Correct(Action::Widen(Side::Start)), index) }
                    { button("Wider →", "Shift+ArrowRight", "widen-end", KeyAction::Correct(Action::Widen(Side::End)), index) }
                    { button("→ Narrower", "Alt+Shift+ArrowRight", "narrow-start", KeyAction::Correct(Action::Narrow(Side::Start)), index) }
                    { button("Narrower ←", "Alt+Shift+ArrowLeft", "narrow-end", KeyAction::Correct(Action::Narrow(Side::End)), index) }
                    { button("Merge with…", "G", "merge", KeyAction::Merge, index) }
                    { button("Split off", "S", "split", KeyAction::Correct(Action::Split), index) }
                    { button("Always tag", "A", "list-always", KeyAction::List { never: false }, index) }
                    { button("Never tag", "X", "list-never", KeyAction::List { never: true }, index) }
                </div>
            } else {
                <p class="hint">
                    {"Click a highlighted name, or reach it with Tab, to correct it. On a name: P O L N M label it, Delete removes it, Shift+←/→ widen it, Alt+Shift+←/→ narrow it, G merges it with another, S splits it off, A or X put it on your list (always or never tagged). Ctrl+Z undoes."}
                </p>
            }
            if let Some(merging) = props.merging.and_then(|i| doc.mentions.get(i)) {
                <p class="merging" role="status" data-testid="merging">
                    {format!("Merging “{}”: choose the other name (click it, or focus it and press Enter or G). Escape cancels.", merging.span.text(&doc.text))}
                </p>
            }
            <div class="tag-selection" role="group" aria-label="Tag the selected words">
                <span>{"Tag selected words as "}</span>
                { for tag_buttons }
            </div>
            if let Some(message) = &props.message {
                <p class="refusal" role="alert" data-testid="correction-message">{message}</p>
            }
            if !props.corrections.is_empty() {
                <details class="correction-log" data-testid="correction-log">
                    <summary>{format!("Your corrections · {}", props.corrections.len())}</summary>
                    <ol>
                        { for props.corrections.iter().map(|c| html! { <li>{c.describe()}</li> }) }
                    </ol>
                </details>
                <button type="button" data-testid="undo" title="Key: Ctrl+Z" aria-keyshortcuts="Control+Z" onclick={on_undo}>
                    {"Undo last correction"}
                </button>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_mean_what_the_panel_says() {
        assert_eq!(key_action("o", false, false, false), Some(KeyAction::Correct(Action::Label(Label::ORG))));
        assert_eq!(key_action("O", true, false, false), Some(KeyAction::Correct(Action::Label(Label::ORG))));
        assert_eq!(key_action("Delete", false, false, false), Some(KeyAction::Correct(Action::Delete)));
        assert_eq!(key_action("ArrowRight", true, true, false), Some(KeyAction::Correct(Action::Narrow(Side::Start))));
        assert_eq!(key_action("ArrowRight", false, false, false), None);
        assert_eq!(key_action("z", false, false, true), None);
        assert_eq!(key_action("g", false, false, false), Some(KeyAction::Merge));
    }
}
