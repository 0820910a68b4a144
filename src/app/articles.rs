//! What the reader does with articles: open or drop files, start a new one,
//! pick one from the library, rename, delete, re-analyze or cancel it, set its
//! language and date, type in it; export and import the library; the view
//! across the library and its filter.

use super::state::Action;
use super::Wiring;
use crate::library::files::{files_of, open_file};
use crate::library::{Article, PASTED};
use gleaner_core::values::{ReferenceDate, ReferenceSource};
use gleaner_core::Language;
use std::rc::Rc;
use web_sys::DragEvent;
use yew::prelude::*;

/// The page's handlers for articles, each sending actions or asking the library or the worker.
pub(super) struct On {
    pub drag_over: Callback<DragEvent>,
    pub drag_leave: Callback<DragEvent>,
    pub drop: Callback<DragEvent>,
    pub files: Callback<Vec<web_sys::File>>,
    pub new: Callback<()>,
    pub pick: Callback<String>,
    pub rename: Callback<String>,
    pub delete: Callback<()>,
    pub reanalyze: Callback<()>,
    pub cancel: Callback<()>,
    pub language: Callback<Option<Language>>,
    pub date: Callback<Option<ReferenceDate>>,
    pub typing: Callback<()>,
    pub text: Callback<Rc<str>>,
    pub long_paste: Callback<Rc<str>>,
    pub edit_long: Callback<()>,
    pub export: Callback<()>,
    pub import: Callback<web_sys::File>,
    pub across: Callback<()>,
    pub filter: Callback<(String, String)>,
    pub clear_filter: Callback<()>,
}

/// A new article's id: the time and a random part, unique within one library.
pub(super) fn new_id() -> String {
    format!("a{:x}{:06x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 16_777_216.0) as u32)
}

pub(super) fn handlers(w: &Wiring) -> On {
    let with = |f: fn(&Wiring)| {
        let w = w.clone();
        Callback::from(move |()| f(&w))
    };
    let dispatch = w.dispatch.clone();
    // Each file becomes an article; the last one opened is shown.
    let files = {
        let w = w.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            *w.marks.reader_acted.borrow_mut() = true;
            let w = w.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let (mut opened, mut refused) = (Vec::new(), Vec::new());
                let now = js_sys::Date::now();
                for (i, file) in files.into_iter().enumerate() {
                    match open_file(&file).await {
                        Ok(o) => opened.push(Article {
                            id: new_id(),
                            title: o
                                .title
                                .filter(|t| !t.trim().is_empty())
                                .unwrap_or_else(|| Article::title_from_text(&o.text)),
                            source: o.name,
                            added: now + i as f64, // the order they were chosen in, also after a reload
                            text: o.text,
                            lang: None,
                            language: None,
                            notices: o.notices,
                            reference: o
                                .published
                                .map(|date| ReferenceDate { date, source: ReferenceSource::Metadata }),
                            corrections: Vec::new(),
                        }),
                        Err(reason) => refused.push(reason),
                    }
                }
                w.dispatch.dispatch(Action::Refusal((!refused.is_empty()).then(|| refused.join(" "))));
                if let Some(last) = opened.last().cloned() {
                    w.shelf.keep(opened);
                    w.show(Some(last));
                }
            });
        })
    };
    let drop = {
        let (dispatch, files) = (dispatch.clone(), files.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dispatch.dispatch(Action::Dragging(false));
            let dropped = files_of(e.data_transfer().and_then(|d| d.files()));
            if !dropped.is_empty() {
                files.emit(dropped);
            }
        })
    };
    let pick = {
        let w = w.clone();
        Callback::from(move |id: String| {
            w.dispatch.dispatch(Action::Across(false));
            w.show(w.shelf.find(&id));
        })
    };
    let rename = {
        let w = w.clone();
        Callback::from(move |title: String| {
            if let (Some(id), false) = (w.marks.current_id.borrow().clone(), title.is_empty()) {
                w.shelf.edit(
                    &id,
                    Rc::new(move |article: &mut Article| {
                        let changed = article.title != title;
                        article.title.clone_from(&title);
                        changed
                    }),
                );
            }
        })
    };
    let import = {
        let w = w.clone();
        Callback::from(move |file: web_sys::File| {
            let w = w.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(newest) = w.shelf.import(file).await {
                    w.show(newest);
                }
            });
        })
    };
    let filter = {
        let w = w.clone();
        Callback::from(move |(entity, name): (String, String)| {
            if let Some((ids, analyses)) = &w.state.across_result {
                let naming: Vec<String> = analyses
                    .iter()
                    .zip(ids.iter())
                    .filter(|(analysis, _)| analysis.entities.iter().any(|e| e.id == entity))
                    .map(|(_, id)| id.clone())
                    .collect();
                w.dispatch.dispatch(Action::Filter(Some((name, naming))));
            }
        })
    };
    On {
        drag_over: dispatch.to_callback().reform(|e: DragEvent| {
            e.prevent_default();
            Action::Dragging(true)
        }),
        drag_leave: dispatch.to_callback().reform(|_| Action::Dragging(false)),
        drop,
        files,
        new: with(|w| {
            w.dispatch.dispatch(Action::Refusal(None));
            w.dispatch.dispatch(Action::Across(false));
            w.show(None);
        }),
        pick,
        rename,
        delete: with(|w| {
            let Some(id) = w.marks.current_id.borrow().clone() else { return };
            let newest = w.shelf.delete(id);
            w.show(newest);
        }),
        reanalyze: dispatch.to_callback().reform(|()| Action::Reanalyze),
        // The worker is replaced (it cannot be interrupted inside one call).
        cancel: with(|w| {
            w.bridge.cancel(&w.marks.list.borrow());
            w.dispatch.dispatch(Action::Cancelled);
        }),
        language: dispatch.to_callback().reform(Action::Language),
        date: dispatch.to_callback().reform(Action::Date),
        typing: with(|w| *w.marks.reader_acted.borrow_mut() = true),
        text: {
            let dispatch = dispatch.clone();
            Callback::from(move |text| {
                dispatch.dispatch(Action::Refusal(None));
                dispatch.dispatch(Action::Text(text));
            })
        },
        long_paste: dispatch.to_callback().reform(Action::Text),
        edit_long: dispatch.to_callback().reform(|()| Action::EditLong),
        export: with(|w| w.shelf.export()),
        import,
        across: {
            let (dispatch, open) = (dispatch.clone(), w.state.across);
            Callback::from(move |()| dispatch.dispatch(Action::Across(!open)))
        },
        filter,
        clear_filter: dispatch.to_callback().reform(|()| Action::Filter(None)),
    }
}

/// Typed or pasted text becomes an article of the library, and stays one as it changes.
pub(super) fn save_typed(w: &Wiring, input: &super::state::Input) {
    let saved = w.marks.current_id.borrow().clone();
    match saved {
        Some(id) if w.shelf.contains(&id) => {
            let typed = !w.marks.saved_text.borrow().as_ref().is_some_and(|t| Rc::ptr_eq(t, &input.text));
            let text = typed.then(|| input.text.to_string());
            let (lang, reference) = (input.lang, input.reference);
            w.shelf.edit(
                &id,
                Rc::new(move |article: &mut Article| {
                    let mut changed = article.lang != lang || article.reference != reference;
                    if let Some(text) = &text {
                        // A title taken from the first line follows it; one the reader gave stays.
                        if article.title == Article::title_from_text(&article.text) {
                            article.title = Article::title_from_text(text);
                        }
                        article.text.clone_from(text);
                        changed = true;
                    }
                    article.lang = lang;
                    article.reference = reference;
                    changed
                }),
            );
        }
        None => {
            let article = Article {
                id: new_id(),
                title: Article::title_from_text(&input.text),
                source: PASTED.to_string(),
                added: js_sys::Date::now(),
                text: input.text.to_string(),
                lang: input.lang,
                language: None,
                notices: Vec::new(),
                reference: input.reference,
                corrections: Vec::new(),
            };
            *w.marks.current_id.borrow_mut() = Some(article.id.clone());
            w.shelf.keep(vec![article]);
        }
        Some(_) => {} // deleted while the reader typed
    }
    *w.marks.saved_text.borrow_mut() = Some(input.text.clone());
}
