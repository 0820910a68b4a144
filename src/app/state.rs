//! The workspace's state, in one reducer: what is on show, what the reader is
//! doing with it, and what came back. Views read it and send [`Action`]s; the
//! worker bridge and the library send theirs when an answer or a change comes.

use crate::library::{Article, PASTED};
use crate::views::across::CompactAnalysis;
use crate::worker::bridge::Analysis;
use gleaner_core::reader::{Correction, EntityList};
use gleaner_core::values::ReferenceDate;
use gleaner_core::{Language, Notice};
use std::rc::Rc;
use yew::Reducible;

/// The article's text and what the reader set for it.
#[derive(Clone)]
pub struct Input {
    pub text: Rc<str>,
    /// Set when the text came from a file: its name and what decoding had to say.
    pub file: Option<(String, Vec<Notice>)>,
    /// The language the reader chose instead of the detected one.
    pub lang: Option<Language>,
    /// The article's own date (the reader's, or the page's metadata).
    pub reference: Option<ReferenceDate>,
    /// The reader's corrections of this article, applied on every analysis.
    pub corrections: Rc<Vec<Correction>>,
}

/// Equal when it is the same text (the same `Rc`: every new text is a new one). `Rc<str>`
/// compares its contents, and a 10 MB article compared at every render held the page.
impl PartialEq for Input {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && self.file == other.file
            && self.lang == other.lang
            && self.reference == other.reference
            && Rc::ptr_eq(&self.corrections, &other.corrections)
    }
}

impl Default for Input {
    fn default() -> Input {
        Input { text: Rc::from(""), file: None, lang: None, reference: None, corrections: Rc::default() }
    }
}

impl Input {
    /// An article of the library, as stored (its text given as the page keeps it).
    fn of(article: Article, text: Rc<str>) -> Input {
        Input {
            file: (article.source != PASTED).then(|| (article.source.clone(), article.notices.clone())),
            text,
            lang: article.lang,
            reference: article.reference,
            corrections: Rc::new(article.corrections),
        }
    }
}

/// The library, all articles analyzed together: their ids, in the order sent, and their analyses.
pub type Across = (Rc<Vec<String>>, Rc<Vec<CompactAnalysis>>);

#[derive(Clone, Default)]
pub struct Workspace {
    pub input: Input,
    /// The worker's newest answer (it may be of an older text while the new one is read).
    pub analysis: Option<Analysis>,
    /// Why files were not opened.
    pub refusal: Option<String>,
    /// A storage, import or export problem.
    pub problem: Option<String>,
    /// Files are dragged over the page.
    pub dragging: bool,
    /// The library as views draw it (`library::Shelf` holds the one the page changes).
    pub library: Rc<Vec<Article>>,
    /// The article on show (None: a new one, not saved yet).
    pub current: Option<String>,
    /// The entity the reader clicked, in the table or the text.
    pub selected: Option<u32>,
    /// A long article's progress (0..1 and its stage) while the worker reads it.
    pub progress: Option<(f64, String)>,
    pub cancelled: bool,
    /// Bumped by "Re-analyze": the same text is sent again.
    pub again: u32,
    /// A long text is edited in the text box only on request.
    pub edit_long: bool,
    /// The view across the library is open; its result; the entity the library is
    /// filtered by (its name and the articles naming it).
    pub across: bool,
    pub across_result: Option<Across>,
    pub filter: Option<(String, Vec<String>)>,
    /// Correcting: the name in focus; the one waiting for a merge (by where it starts:
    /// indices change with each analysis); why the last correction could not be made.
    pub active: Option<usize>,
    pub merging: Option<usize>,
    pub correction_message: Option<String>,
    /// The reader's entity list, and what was left out of it.
    pub list: Rc<EntityList>,
    pub list_problems: Rc<Vec<String>>,
}

impl Workspace {
    /// The answer on show is of the text in the text box.
    pub fn is_fresh(&self) -> bool {
        self.analysis.as_ref().is_some_and(|a| a.is_of(&self.input.text))
    }
}

pub enum Action {
    /// An article of the library, or a new one (None), goes on show, with its text.
    Show(Option<Article>, Rc<str>),
    /// The text changed (typed, pasted).
    Text(Rc<str>),
    Language(Option<Language>),
    Date(Option<ReferenceDate>),
    /// The current article's corrections, as they now are.
    Corrections(Rc<Vec<Correction>>),
    Analyzed(Option<Analysis>),
    /// A request went to the worker.
    Sent,
    Progress(Option<(f64, String)>),
    Cancelled,
    Reanalyze,
    EditLong,
    Refusal(Option<String>),
    Problem(Option<String>),
    Dragging(bool),
    Library(Rc<Vec<Article>>),
    /// The article the typing-pause save gave an id.
    Current(Option<String>),
    Select(Option<u32>),
    Across(bool),
    AcrossResult(Option<Across>),
    Filter(Option<(String, Vec<String>)>),
    Active(Option<usize>),
    Merging(Option<usize>),
    CorrectionMessage(Option<String>),
    List(Rc<EntityList>),
    ListProblems(Rc<Vec<String>>),
}

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Show(article, text) => {
                s.selected = None;
                s.edit_long = false;
                s.active = None;
                s.merging = None;
                s.correction_message = None;
                s.current = article.as_ref().map(|a| a.id.clone());
                s.input = match article {
                    Some(article) => Input::of(article, text),
                    None => Input::default(),
                };
            }
            Action::Text(text) => s.input = Input { text, ..s.input },
            Action::Language(lang) => s.input = Input { lang, ..s.input },
            Action::Date(reference) => s.input = Input { reference, ..s.input },
            Action::Corrections(corrections) => {
                s.correction_message = None;
                s.input = Input { corrections, ..s.input };
            }
            Action::Analyzed(analysis) => s.analysis = analysis,
            Action::Sent => {
                s.progress = None;
                s.cancelled = false;
            }
            Action::Progress(progress) => s.progress = progress,
            Action::Cancelled => {
                s.progress = None;
                s.cancelled = true;
            }
            Action::Reanalyze => s.again = s.again.wrapping_add(1),
            Action::EditLong => s.edit_long = true,
            Action::Refusal(refusal) => s.refusal = refusal,
            Action::Problem(problem) => s.problem = problem,
            Action::Dragging(dragging) => s.dragging = dragging,
            Action::Library(library) => s.library = library,
            Action::Current(current) => s.current = current,
            Action::Select(selected) => s.selected = selected,
            Action::Across(across) => s.across = across,
            Action::AcrossResult(result) => s.across_result = result,
            Action::Filter(filter) => s.filter = filter,
            Action::Active(active) => s.active = active,
            Action::Merging(merging) => s.merging = merging,
            Action::CorrectionMessage(message) => s.correction_message = message,
            Action::List(list) => s.list = list,
            Action::ListProblems(problems) => s.list_problems = problems,
        }
        Rc::new(s)
    }
}
