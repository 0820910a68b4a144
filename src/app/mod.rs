//! The workspace: the library (sidebar), the article with its text box and
//! highlighted text (main view), and its entities, quotes and values (side
//! panel). Every article the reader pastes or opens is kept in the browser.
//!
//! This module only wires the rooms together: the state (`state`), the worker
//! bridge and the library (held for the page's life), what the page asks of them
//! (`requests`, `articles`, `correcting`), and the views with what they read.

mod articles;
mod correcting;
pub(crate) mod offline;
mod requests;
pub mod state;

use crate::library::{Article, Articles, Shelf};
use crate::views::across::{AcrossLibrary, CompactAnalysis};
use crate::views::article_head::ArticleHead;
use crate::views::entity_list::EntityListPanel;
use crate::views::input_panel::InputPanel;
use crate::views::results::Results;
use crate::views::shown::Shown;
use crate::views::sidebar::Sidebar;
use crate::views::{about::AboutModels, progress::progress_line};
use crate::worker::bridge::{Bridge, Replies};
use gleaner_core::reader::EntityList;
use state::{Action, Workspace};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What the page's handlers must read as it is now, not as the last render saw it.
#[derive(Default)]
pub(crate) struct Marks {
    /// The current article's id as the typing-pause save sees it (state lags a render).
    current_id: RefCell<Option<String>>,
    /// The text last saved to it, compared by pointer (comparing a 10 MB text at every request would hold the page).
    saved_text: RefCell<Option<Rc<str>>>,
    /// The reader typed, pasted or opened something: the library, when it comes back from
    /// storage after that (slow on a busy machine), must not replace it on show.
    reader_acted: RefCell<bool>,
    /// The name to focus once the corrected analysis is in.
    refocus: RefCell<Option<usize>>,
    /// The reader's entity list.
    list: RefCell<Rc<EntityList>>,
    /// The articles the newest view across the library was asked for, in order.
    across_ids: RefCell<Vec<String>>,
}

/// What every part of the page's wiring holds.
#[derive(Clone)]
pub(crate) struct Wiring {
    state: UseReducerHandle<Workspace>,
    dispatch: UseReducerDispatcher<Workspace>,
    shelf: Shelf,
    bridge: Rc<Bridge>,
    marks: Rc<Marks>,
}

impl Wiring {
    /// Shows one article (None: a new one): its text goes to the analysis.
    fn show(&self, article: Option<Article>) {
        *self.marks.current_id.borrow_mut() = article.as_ref().map(|a| a.id.clone());
        // The text as stored: shown, it need not be saved again.
        let text: Rc<str> = Rc::from(article.as_ref().map_or("", |a| a.text.as_str()));
        *self.marks.saved_text.borrow_mut() = Some(text.clone());
        self.dispatch.dispatch(Action::Show(article, text));
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(Workspace::default);
    let dispatch = state.dispatcher();
    let marks = use_memo((), |_| Marks::default());
    let shelf = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            Shelf::new(dispatch.to_callback().reform(Action::Library), dispatch.to_callback().reform(Action::Problem))
        })
    };
    let bridge = {
        let (dispatch, marks) = (dispatch.clone(), marks.clone());
        use_memo((), move |_| Bridge::new(replies(dispatch, marks)))
    };
    let w = Wiring { state: state.clone(), dispatch, shelf: (*shelf).clone(), bridge, marks };
    requests::use_requests(&w);
    let text_box = use_node_ref();
    let on = articles::handlers(&w);
    let correct = correcting::use_correcting(&w, &text_box);

    let s = &*state;
    let article = s.current.as_ref().and_then(|id| s.library.iter().find(|a| &a.id == id));
    let corrected = s.library.iter().filter(|a| !a.corrections.is_empty()).count();
    // An analysis is on its way, or a model or the place names it waits for (a new version's
    // reload waits for it).
    let analyzing = !s.cancelled
        && !s.input.text.trim().is_empty()
        && !s.analysis.as_ref().is_some_and(|a| {
            a.is_of(&s.input.text)
                && !a.lexicon_loading
                && !a.models.iter().any(|(_, m)| *m == crate::worker::protocol::ModelState::Loading)
        });
    let shown = Shown { analysis: s.analysis.clone(), fresh: s.is_fresh() };
    let problem = s.problem.clone().map(|message| {
        html! {
            <p class="refusal" role="alert" data-testid="problem">{message}</p>
        }
    });
    html! {
        <ContextProvider<Shown> context={shown}>
        <header class="masthead">
            <h1>{"Gleaner"}</h1>
            <p class="tagline">{"Reads news articles in your browser. Nothing you paste or open leaves this page."}</p>
        </header>
        <offline::UpdateNotice busy={analyzing || s.progress.is_some()} />
        <div class={classes!("workspace", s.dragging.then_some("dragging"))}
            ondragover={on.drag_over} ondragleave={on.drag_leave} ondrop={on.drop}>
        <Sidebar articles={Articles(s.library.clone())} current={s.current.clone()} on_select={on.pick}
            on_new={on.new} on_files={on.files} on_export={on.export} on_import={on.import}
            across={s.across} on_across={on.across} filter={s.filter.clone()} on_clear_filter={on.clear_filter}
            {corrected} on_export_conll={correct.export_conll}>
            <EntityListPanel list={s.list.clone()} on_change={correct.list_change} problems={s.list_problems.clone()}
                on_import={correct.list_import} />
        </Sidebar>
        if s.across {
            <main class="article-area">
                {problem}
                <AcrossLibrary
                    titles={Rc::new(s.across_result.as_ref().map(|(ids, _)| ids.iter().map(|id| {
                        s.library.iter().find(|a| &a.id == id).map(|a| a.title.clone()).unwrap_or_default()
                    }).collect()).unwrap_or_default())}
                    analyses={s.across_result.as_ref().map(|(_, analyses)| analyses.clone())}
                    on_filter={on.filter} />
            </main>
        } else {
        <main class="article-area">
            {problem}
            <ArticleHead article={article.map(|a| (a.id.clone(), a.title.clone()))} lang={s.input.lang}
                reference={s.input.reference} on_rename={on.rename} on_language={on.language} on_date={on.date}
                on_reanalyze={on.reanalyze} on_delete={on.delete} />
            <InputPanel text={s.input.text.clone()} edit_long={s.edit_long} text_box={text_box.clone()}
                source={s.input.file.as_ref().map(|(name, _)| name.clone())} on_typing={on.typing}
                on_text={on.text} on_long_paste={on.long_paste} on_edit_long={on.edit_long} />
            if let Some(reason) = s.refusal.clone() {
                <p class="refusal" role="alert" data-testid="refusal">{reason}</p>
            }
            { progress_line(s.progress.clone(), s.cancelled, &on.cancel) }
            <Results empty={s.input.text.trim().is_empty()} selected={s.selected} on_select={correct.select}
                active={s.active} merging={s.merging} corrections={s.input.corrections.clone()}
                correction_message={s.correction_message.clone()} on_focus_mention={correct.focus_mention}
                on_mention_key={correct.mention_key} on_mention_click={correct.mention_click}
                on_key={correct.key} on_tag={correct.tag} on_undo={correct.undo} />
        </main>
        }
        </div>
        <footer>
            <p>{"Gleaner runs entirely in this page (WebAssembly). Once loaded it works offline, with the entity models of the languages you have read."}</p>
            <AboutModels />
        </footer>
        </ContextProvider<Shown>>
    }
}

/// Where the worker's answers go: into the workspace's state (a CoNLL export, to a download).
fn replies(dispatch: UseReducerDispatcher<Workspace>, marks: Rc<Marks>) -> Replies {
    let analysis = dispatch.to_callback().reform(|analysis: crate::worker::bridge::Analysis| {
        offline::keep_models(&analysis.models_used);
        Action::Analyzed(Some(analysis))
    });
    let library = {
        let dispatch = dispatch.clone();
        Callback::from(move |reply: crate::worker::protocol::EmbedReply| {
            if let Some(error) = reply.error {
                let message = format!("The library could not be analyzed together: {error}");
                return dispatch.dispatch(Action::Problem(Some(message)));
            }
            let analyses: Vec<CompactAnalysis> =
                reply.compact.iter().filter_map(|json| serde_json::from_str(json).ok()).collect();
            let ids = Rc::new(marks.across_ids.borrow().clone());
            dispatch.dispatch(Action::AcrossResult(Some((ids, Rc::new(analyses)))));
        })
    };
    let conll = {
        let dispatch = dispatch.clone();
        Callback::from(move |reply: crate::worker::protocol::EmbedReply| {
            let written = match &reply.error {
                Some(error) => Err(error.clone()),
                None => crate::library::download::download(
                    "gleaner-corrections.conll",
                    "text/plain",
                    &reply.analyses.concat(),
                ),
            };
            if let Err(e) = written {
                dispatch
                    .dispatch(Action::Problem(Some(format!("The corrected articles could not be exported ({e})."))));
            }
        })
    };
    Replies { analysis, progress: dispatch.to_callback().reform(|p| Action::Progress(Some(p))), library, conll }
}
