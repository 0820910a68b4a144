//! Messages between the page and the analysis worker (sent with serde-wasm-bindgen).

use gleaner_core::{Document, Language, Notice};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
pub struct Request {
    /// Increases with each edit; the page shows only the newest answer.
    pub id: u32,
    pub text: String,
    /// The language the reader chose; `None`: identify it.
    pub lang: Option<Language>,
    /// What decoding the file had to say (invalid bytes replaced, …).
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ModelState {
    Loading,
    Failed(String),
}

#[derive(Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    pub document: Document,
    /// Models not ready yet (a tagged answer follows) or that failed to load.
    pub models: Vec<(Language, ModelState)>,
    /// The place lexicon is still on its way: a resolved answer with place ids and NORP follows.
    pub lexicon_loading: bool,
    /// Time the worker spent on the analysis, in milliseconds.
    pub millis: f64,
}
