//! What the page asks of the library and the worker as the state changes: the
//! library and the list read back from storage at the start, an analysis at
//! each new text, the view across the library while it is open, and the
//! analysis's language written into the library.

use super::articles::save_typed;
use super::state::Action;
use super::Wiring;
use crate::library::Article;
use crate::worker::bridge::Sent;
use crate::worker::protocol::Request;
use gleaner_core::reader::EntityList;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub(super) fn use_requests(w: &Wiring) {
    // The list first (the worker has it before the first article's analysis), then the
    // library, with the newest article on show unless the reader has begun something.
    {
        let w = w.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match crate::library::store::load_list().await {
                    Ok(entries) if !entries.is_empty() => {
                        let loaded = Rc::new(EntityList::new(entries).0);
                        w.bridge.send_list(&loaded);
                        *w.marks.list.borrow_mut() = loaded.clone();
                        w.dispatch.dispatch(Action::List(loaded));
                    }
                    Ok(_) => {}
                    Err(message) => w.dispatch.dispatch(Action::Problem(Some(message))),
                }
                match w.shelf.load().await {
                    Ok(newest) if !*w.marks.reader_acted.borrow() => w.show(newest),
                    Ok(_) => {}
                    Err(message) => w.dispatch.dispatch(Action::Problem(Some(message))),
                }
            });
        });
    }
    // Each new text (or "Re-analyze") is saved to the library and sent to the worker, in the
    // next task: the text box has already waited for a pause in typing.
    {
        let w = w.clone();
        use_effect_with((w.state.input.clone(), w.state.again), move |(input, _)| {
            let input = input.clone();
            let timeout = Timeout::new(0, move || {
                let id = w.bridge.forget_older();
                w.dispatch.dispatch(Action::Sent);
                if input.text.trim().is_empty() {
                    return w.dispatch.dispatch(Action::Analyzed(None));
                }
                save_typed(&w, &input);
                let sent = Sent { article: w.marks.current_id.borrow().clone(), text: input.text.clone() };
                let request = Request {
                    id,
                    text: input.text.to_string(),
                    lang: input.lang,
                    notices: input.file.as_ref().map(|(_, n)| n.clone()).unwrap_or_default(),
                    reference: input.reference,
                    corrections: serde_json::to_string(&*input.corrections).unwrap_or_default(),
                };
                w.bridge.analyze(request, sent);
            });
            move || drop(timeout)
        });
    }
    // The id the typing-pause save gave a new article becomes the one on show.
    {
        let w = w.clone();
        use_effect_with(Rc::as_ptr(&w.state.library) as usize, move |_| {
            let saved = w.marks.current_id.borrow().clone();
            if w.state.current != saved {
                w.dispatch.dispatch(Action::Current(saved));
            }
        });
    }
    // A new answer ends the progress shown, and the library shows the language it found.
    {
        let w = w.clone();
        let fresh = w.state.analysis.as_ref().map(|a| Rc::as_ptr(&a.document.0) as usize);
        use_effect_with(fresh, move |_| {
            w.dispatch.dispatch(Action::Progress(None));
            let found =
                w.state.analysis.as_ref().and_then(|a| Some((a.article.clone()?, a.document.language.language)));
            if let Some((id, language)) = found {
                let code = language.map_or("und", |l| l.code()).to_string();
                w.shelf.edit(
                    &id,
                    Rc::new(move |article: &mut Article| {
                        let changed = article.language.as_deref() != Some(code.as_str());
                        article.language = Some(code.clone());
                        changed
                    }),
                );
            }
        });
    }
    // Across the library: every article analyzed and resolved together, asked for when the
    // view opens and again whenever the library or the list changes while it is open.
    {
        let w = w.clone();
        let version = (Rc::as_ptr(&w.state.library) as usize, Rc::as_ptr(&w.state.list) as usize);
        use_effect_with((w.state.across, version), move |(open, _)| {
            if *open {
                let articles = w.shelf.articles().clone();
                *w.marks.across_ids.borrow_mut() = articles.iter().map(|a| a.id.clone()).collect();
                w.dispatch.dispatch(Action::AcrossResult(None));
                w.bridge.analyze_library(articles, &w.marks.list.borrow());
            }
        });
    }
}
