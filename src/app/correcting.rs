//! The reader corrects the analysis: keys and buttons on a name (relabel,
//! delete, resize, merge, add to their list), words they selected (tag them),
//! undo; their entity list (changed, imported); and the corrected articles
//! exported as CoNLL. A correction joins the article's list (stored with it),
//! and the article is analyzed again with it.

use super::state::Action;
use super::Wiring;
use crate::library::Article;
use crate::views::corrections::{key_action, KeyAction};
use crate::views::selection::{focus_name_at, focused_mention, selected_words};
use gleaner_core::correct::{correction_for, tag_words, Action as Edit};
use gleaner_core::label::Label;
use gleaner_core::reader::{Correction, EntityList, ListEntry};
use std::rc::Rc;
use yew::prelude::*;

/// A change to the current article's corrections (a new one, or undo).
type CorrectionsChange = Rc<dyn Fn(&mut Vec<Correction>)>;

const WAIT: &str = "Wait for the analysis of the new text before correcting it.";

pub(super) struct Correcting {
    pub select: Callback<Option<u32>>,
    pub focus_mention: Callback<usize>,
    pub mention_key: Callback<(usize, KeyboardEvent)>,
    pub mention_click: Callback<usize>,
    pub key: Callback<(usize, KeyAction)>,
    pub tag: Callback<Label>,
    pub undo: Callback<()>,
    pub list_change: Callback<Vec<ListEntry>>,
    pub list_import: Callback<web_sys::File>,
    pub export_conll: Callback<()>,
}

#[hook]
pub(super) fn use_correcting(w: &Wiring, text_box: &NodeRef) -> Correcting {
    let dispatch = w.dispatch.clone();
    let message = move |text: &str| Action::CorrectionMessage(Some(text.to_string()));
    let set_corrections = {
        let w = w.clone();
        Callback::from(move |change: CorrectionsChange| {
            let Some(id) = w.marks.current_id.borrow().clone() else { return };
            let change_now = change.clone();
            w.shelf.edit(
                &id,
                Rc::new(move |article: &mut Article| {
                    change_now(&mut article.corrections);
                    true
                }),
            );
            let corrections = w.shelf.find(&id).map(|a| a.corrections).unwrap_or_default();
            w.dispatch.dispatch(Action::Corrections(Rc::new(corrections)));
        })
    };
    let correct = set_corrections.reform(|correction: Correction| {
        Rc::new(move |list: &mut Vec<Correction>| list.push(correction.clone())) as CorrectionsChange
    });
    let undo = {
        let (w, set_corrections) = (w.clone(), set_corrections.clone());
        Callback::from(move |()| {
            if let Some(last) = w.state.input.corrections.last() {
                *w.marks.refocus.borrow_mut() = Some(last.target.start);
            }
            set_corrections.emit(Rc::new(|list: &mut Vec<Correction>| {
                list.pop();
            }))
        })
    };
    // The reader's entity list changed: checked, stored, sent to the worker, and the article analyzed again.
    let set_list = {
        let w = w.clone();
        Callback::from(move |(entries, mut problems): (Vec<ListEntry>, Vec<String>)| {
            let (checked, left_out) = EntityList::new(entries);
            problems.extend(left_out.into_iter().map(|p| format!("Not added: {}", p.message)));
            w.dispatch.dispatch(Action::ListProblems(Rc::new(problems)));
            let checked = Rc::new(checked);
            w.bridge.send_list(&checked);
            *w.marks.list.borrow_mut() = checked.clone();
            w.dispatch.dispatch(Action::List(checked.clone()));
            w.shelf.persist(async move { crate::library::store::save_list(&checked).await });
            w.dispatch.dispatch(Action::Reanalyze);
        })
    };
    let list_import = {
        let (w, set_list) = (w.clone(), set_list.clone());
        Callback::from(move |file: web_sys::File| {
            let (w, set_list) = (w.clone(), set_list.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let read = crate::library::files::read_file_bytes(&file).await;
                let parsed = read.and_then(|bytes| {
                    let text = gleaner_core::decode::decode(&bytes).map_err(|e| e.to_string())?.text;
                    EntityList::parse(&text)
                        .map_err(|e| format!("“{name}” was not imported: {e}. Your list is unchanged."))
                });
                match parsed {
                    Ok((imported, problems)) => {
                        let mut entries = w.marks.list.borrow().entries().to_vec();
                        entries.extend(imported.entries().iter().cloned());
                        let problems =
                            problems.iter().map(|p| format!("{name} line {}: {} (left out)", p.line, p.message));
                        set_list.emit((entries, problems.collect()));
                    }
                    Err(message) => w.dispatch.dispatch(Action::ListProblems(Rc::new(vec![message]))),
                }
            });
        })
    };
    // A key or a button on a name: a correction, the start or end of a merge, or a list entry.
    let key = {
        let (w, correct, set_list) = (w.clone(), correct.clone(), set_list.clone());
        Callback::from(move |(index, key): (usize, KeyAction)| {
            let Some(analysis) = &w.state.analysis else { return };
            let doc = &analysis.document;
            if !w.state.is_fresh() {
                return w.dispatch.dispatch(message(WAIT));
            }
            let Some(mention) = doc.mentions.get(index) else { return };
            let action = match key {
                KeyAction::Correct(action) => action,
                KeyAction::CancelMerge => return w.dispatch.dispatch(Action::Merging(None)),
                KeyAction::Merge => match w.state.merging {
                    Some(first) if first != mention.span.start => {
                        w.dispatch.dispatch(Action::Merging(None));
                        match doc.mentions.iter().position(|m| m.span.start == first) {
                            Some(first) => Edit::MergeWith(first),
                            None => {
                                return w.dispatch.dispatch(message("The first name of the merge is no longer tagged."))
                            }
                        }
                    }
                    _ => return w.dispatch.dispatch(Action::Merging(Some(mention.span.start))),
                },
                KeyAction::List { never } => {
                    let name = mention.span.text(&doc.text).to_string();
                    let entry = if never { ListEntry::never(name) } else { ListEntry::tag(name, mention.label) };
                    let mut entries = w.marks.list.borrow().entries().to_vec();
                    entries.push(entry);
                    *w.marks.refocus.borrow_mut() = Some(mention.span.start);
                    return set_list.emit((entries, Vec::new()));
                }
            };
            match correction_for(doc, index, action, js_sys::Date::now()) {
                Ok(correction) => {
                    // The keyboard goes on at the corrected name (a resized one starts where it now starts).
                    *w.marks.refocus.borrow_mut() =
                        Some(correction.to.as_ref().map_or(correction.target.start, |t| t.start));
                    correct.emit(correction);
                }
                Err(text) => w.dispatch.dispatch(message(&text)),
            }
        })
    };
    // The text's callbacks are made once for the page's life (a new one each render would draw
    // the whole text again): they reach this render's handler and merge state through these.
    let key_now = use_mut_ref(Callback::<(usize, KeyAction)>::noop);
    *key_now.borrow_mut() = key.clone();
    let merging_now = use_mut_ref(|| None::<usize>);
    *merging_now.borrow_mut() = w.state.merging;
    let mention_key = {
        let (key_now, merging_now) = (key_now.clone(), merging_now.clone());
        use_callback((), move |(index, e): (usize, KeyboardEvent), _| {
            let finishing_merge = merging_now.borrow().is_some() && (e.key() == "Enter" || e.key() == " ");
            let action = if finishing_merge {
                Some(KeyAction::Merge)
            } else {
                key_action(&e.key(), e.shift_key(), e.alt_key(), e.ctrl_key() || e.meta_key())
            };
            if let Some(action) = action {
                e.prevent_default();
                let handler = key_now.borrow().clone();
                handler.emit((index, action));
            }
        })
    };
    // A click on another name while merging ends the merge (a Tab onto it does not: that is how the keyboard moves).
    let mention_click = use_callback((), move |index: usize, _| {
        if merging_now.borrow().is_some() {
            let handler = key_now.borrow().clone();
            handler.emit((index, KeyAction::Merge));
        }
    });
    let select = {
        let dispatch = dispatch.clone();
        use_callback((), move |id: Option<u32>, _| dispatch.dispatch(Action::Select(id)))
    };
    let focus_mention = {
        let dispatch = dispatch.clone();
        use_callback((), move |index: usize, _| dispatch.dispatch(Action::Active(Some(index))))
    };
    let tag = {
        let (w, text_box, correct) = (w.clone(), text_box.clone(), correct.clone());
        Callback::from(move |label: Label| {
            let Some(analysis) = &w.state.analysis else { return };
            let doc = &analysis.document;
            if !w.state.is_fresh() {
                return w.dispatch.dispatch(message(WAIT));
            }
            let Some((start, end)) = selected_words(&doc.text, &text_box) else {
                return w
                    .dispatch
                    .dispatch(message("Select the words to tag first: in the highlighted text, or in the text box."));
            };
            match tag_words(doc, start, end, label, js_sys::Date::now()) {
                Ok(correction) => {
                    *w.marks.refocus.borrow_mut() = Some(correction.target.start);
                    correct.emit(correction);
                }
                Err(text) => w.dispatch.dispatch(message(&text)),
            }
        })
    };
    // After a correction the text is drawn anew: the keyboard goes on at the same place.
    {
        let (marks, dispatch) = (w.marks.clone(), dispatch.clone());
        let fresh = w.state.analysis.as_ref().map(|a| Rc::as_ptr(&a.document.0) as usize);
        use_effect_with(fresh, move |_| {
            if let Some(start) = marks.refocus.borrow_mut().take() {
                focus_name_at(start);
            }
            // Indices change with each analysis: the name in focus (if any) is the active one.
            dispatch.dispatch(Action::Active(focused_mention()));
        });
    }
    // Every corrected article, analyzed with its corrections and written as CoNLL for the trainer.
    let export_conll = {
        let w = w.clone();
        Callback::from(move |()| {
            let corrected: Vec<Article> =
                w.shelf.articles().iter().filter(|a| !a.corrections.is_empty()).cloned().collect();
            w.bridge.export_conll(corrected, &w.marks.list.borrow());
        })
    };
    Correcting {
        select,
        focus_mention,
        mention_key,
        mention_click,
        key,
        tag,
        undo,
        list_change: set_list.reform(|entries: Vec<ListEntry>| (entries, Vec::new())),
        list_import,
        export_conll,
    }
}
