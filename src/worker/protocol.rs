//! Messages between the pages and the analysis worker (sent with serde-wasm-bindgen).
//! One worker serves both the app (`Page`) and the embed API (`Embed`).

use gleaner_core::values::ReferenceDate;
use gleaner_core::{Document, Language, Notice};
use serde::{Deserialize, Serialize};

/// What the worker is asked to do; the JavaScript side writes `{type: "Page" | "Embed", …}`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum WorkerRequest {
    /// The app's analysis of its text box, answered early and again as models arrive.
    Page(Request),
    /// `analyze()`, `analyzeMany()` or a `<gleaner-article>`, answered once everything has loaded.
    Embed(EmbedRequest),
    /// The reader's entity list changed (or the page loaded it): every later `Page` request uses it.
    /// As its JSON file (`gleaner-entities/1`): one string crosses to the worker, however long the list,
    /// and the worker reads it with the parser it has anyway for the embed API's lists.
    List { file: String },
}

#[derive(Serialize, Deserialize)]
pub struct Request {
    /// Increases with each edit; the page shows only the newest answer.
    pub id: u32,
    pub text: String,
    /// The language the reader chose; `None`: identify it.
    pub lang: Option<Language>,
    /// What decoding the file had to say (invalid bytes replaced, …).
    pub notices: Vec<Notice>,
    /// The article's own date, given by the reader or read from the page's metadata.
    #[serde(default)]
    pub reference: Option<ReferenceDate>,
    /// The reader's corrections of this article, in the order made, as a JSON array (empty: none).
    #[serde(default)]
    pub corrections: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ModelState {
    Loading,
    Failed(String),
    /// Not on this device, and the network could not be reached to fetch it.
    Offline,
}

/// A long article's tokens are kept in the worker above this many: the page counts them
/// and outlines tokens only up to this many anyway.
pub const MAX_TOKENS_SENT: usize = 20_000;

#[derive(Serialize, Deserialize)]
pub struct Response {
    pub id: u32,
    /// The analyzed `Document` as JSON, without its tokens past [`MAX_TOKENS_SENT`], without
    /// its text, and (a long article) without its lists, which come in `parts`.
    pub document: String,
    /// The text, as a string of its own (read out of JSON, 10 MB cost the page a quarter of a
    /// second), kept a JavaScript string until the page reads it, in a task of its own.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub text: wasm_bindgen::JsValue,
    /// A long article's lists in pieces of [`PART_ITEMS`]: `[part number, JSON array]` pairs
    /// (see [`Part`]), each read in a task of its own so the page never holds still long.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub parts: js_sys::Array,
    /// The document's token and word counts (its tokens may not be sent).
    pub tokens: usize,
    pub words: usize,
    /// Models not ready yet (a tagged answer follows) or that failed to load.
    pub models: Vec<(Language, ModelState)>,
    /// The languages whose models tagged this answer: the page asks its service worker to
    /// keep them for offline use (on a first visit they loaded before it was in charge).
    #[serde(default)]
    pub models_used: Vec<Language>,
    /// The place lexicon is still on its way: a resolved answer with place ids and NORP follows.
    pub lexicon_loading: bool,
    /// Time the worker spent on the analysis, in milliseconds.
    pub millis: f64,
}

/// How far the worker is with a long article: 0..1, and the stage in words.
#[derive(Serialize, Deserialize)]
pub struct ProgressReport {
    pub progress: f64,
    pub id: u32,
    pub stage: String,
}

#[derive(Serialize, Deserialize)]
pub struct EmbedRequest {
    /// The caller's number for this request, echoed in the reply.
    pub id: u32,
    pub texts: Vec<String>,
    /// A language code to read every text in; absent: identify it.
    #[serde(default)]
    pub lang: Option<String>,
    /// Resolve the texts together: entity ids are shared across them, as with `gleaner analyze --corpus`.
    #[serde(default)]
    pub corpus: bool,
    /// The folder (an absolute URL) holding the models and the lexicon; absent: the worker's own `models/`.
    #[serde(default)]
    pub assets: Option<String>,
    /// Also send each analysis without tokens, sentences and paragraphs, which is what marking needs.
    #[serde(default)]
    pub compact: bool,
    /// Send only those (the page's view across the library needs no tokens).
    #[serde(default)]
    pub only_compact: bool,
    /// A language per text (overriding `lang`), as the reader chose it for each article.
    #[serde(default)]
    pub langs: Vec<Option<String>>,
    /// The articles' own date (YYYY-MM-DD), which places relative dates; absent: a dateline in the text, if any.
    #[serde(default)]
    pub date: Option<String>,
    /// An entity list (the JSON or CSV the page exports) applied to every text.
    #[serde(default)]
    pub entities: Option<String>,
    /// The reader's corrections per text, each a JSON array (the page's view across its library).
    #[serde(default)]
    pub corrections: Vec<String>,
    /// Answer with each analysis as CoNLL (`token<TAB>tag`), the trainer's format, instead of JSON.
    #[serde(default)]
    pub conll: bool,
}

/// The worker's answer to an [`EmbedRequest`]: the analyses or one error.
#[derive(Serialize, Deserialize)]
pub struct EmbedReply {
    pub id: u32,
    /// One `gleaner/2` JSON document per text.
    pub analyses: Vec<String>,
    /// The same without tokens, sentences and paragraphs (when asked for).
    pub compact: Vec<String>,
    pub error: Option<String>,
    /// The entity list's rows that were left out, each with its line.
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// Corrections sent as a JSON array (empty or unreadable: none).
pub fn corrections_of(json: &str) -> Vec<gleaner_core::reader::Correction> {
    if json.is_empty() {
        return Vec::new();
    }
    serde_json::from_str(json).unwrap_or_default()
}

/// Above this many bytes of text, a document's lists travel in [`Part`]s.
pub const PARTS_FROM_BYTES: usize = 500_000;
/// Items in one part: each is read in well under 50 ms.
pub const PART_ITEMS: usize = 10_000;

/// Which list of a `Document` a part extends, in the order they are sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Paragraphs,
    Sentences,
    Tokens,
    Mentions,
    Values,
    Entities,
    Quotes,
    Relations,
}

impl Part {
    const ALL: [Part; 8] = [
        Part::Paragraphs,
        Part::Sentences,
        Part::Tokens,
        Part::Mentions,
        Part::Values,
        Part::Entities,
        Part::Quotes,
        Part::Relations,
    ];

    pub fn number(self) -> u32 {
        Part::ALL.iter().position(|p| *p == self).unwrap_or(0) as u32
    }

    pub fn from_number(number: u32) -> Option<Part> {
        Part::ALL.get(number as usize).copied()
    }
}

/// Takes a long document's lists out, as JSON parts; a short one keeps them.
pub fn split_document(document: &mut Document) -> Vec<(Part, String)> {
    fn pieces<T: Serialize>(part: Part, items: Vec<T>, out: &mut Vec<(Part, String)>) {
        out.extend(items.chunks(PART_ITEMS).map(|chunk| (part, serde_json::to_string(chunk).unwrap_or_default())));
    }
    let mut parts = Vec::new();
    if document.text.len() < PARTS_FROM_BYTES {
        return parts;
    }
    pieces(Part::Paragraphs, std::mem::take(&mut document.paragraphs), &mut parts);
    pieces(Part::Sentences, std::mem::take(&mut document.sentences), &mut parts);
    pieces(Part::Tokens, std::mem::take(&mut document.tokens), &mut parts);
    pieces(Part::Mentions, std::mem::take(&mut document.mentions), &mut parts);
    pieces(Part::Values, std::mem::take(&mut document.values), &mut parts);
    pieces(Part::Entities, std::mem::take(&mut document.entities), &mut parts);
    pieces(Part::Quotes, std::mem::take(&mut document.quotes), &mut parts);
    pieces(Part::Relations, std::mem::take(&mut document.relations), &mut parts);
    parts
}

/// Puts one part back into the document it was taken from.
pub fn add_part(document: &mut Document, part: Part, json: &str) -> Result<(), serde_json::Error> {
    fn extend<T: serde::de::DeserializeOwned>(list: &mut Vec<T>, json: &str) -> Result<(), serde_json::Error> {
        list.extend(serde_json::from_str::<Vec<T>>(json)?);
        Ok(())
    }
    match part {
        Part::Paragraphs => extend(&mut document.paragraphs, json),
        Part::Sentences => extend(&mut document.sentences, json),
        Part::Tokens => extend(&mut document.tokens, json),
        Part::Mentions => extend(&mut document.mentions, json),
        Part::Values => extend(&mut document.values, json),
        Part::Entities => extend(&mut document.entities, json),
        Part::Quotes => extend(&mut document.quotes, json),
        Part::Relations => extend(&mut document.relations, json),
    }
}
