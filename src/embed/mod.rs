//! The embed API's side of the worker: `analyze()`, `analyzeMany()` and
//! `<gleaner-article>` (www/embed/gleaner.js) send texts, and get back the
//! `gleaner/2` JSON the CLI prints, once every model they need has loaded.
//! A model or lexicon that cannot load is an error, never a silent
//! analysis without entities.

use crate::worker::models::ModelCache;
use crate::worker::protocol::{EmbedReply, EmbedRequest};
use gleaner_core::reader::{EntityList, Guidance};
use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::{AnalysisJson, Document, Fields, Language};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// One cache per assets folder: a page may point the API at its own copy of the models.
/// Beside it, the entity list last given (the same file comes with every call).
#[derive(Clone, Default)]
pub struct EmbedCaches(Rc<RefCell<HashMap<String, ModelCache>>>, Rc<RefCell<Option<(String, ParsedList)>>>);

/// An entity list and the rows of its file that were left out.
type ParsedList = (Rc<EntityList>, Vec<String>);

impl EmbedCaches {
    /// Caches that share `app`'s models for the default folder: the app's view across the
    /// library asks here, and one copy of each model serves both.
    pub fn sharing(app: &ModelCache) -> Self {
        let caches = EmbedCaches::default();
        caches.0.borrow_mut().insert(crate::worker::models::DEFAULT_ASSETS.to_string(), app.clone());
        caches
    }

    /// The list in `file` (JSON or CSV), read once for as long as the same file comes.
    fn list(&self, file: &str) -> Result<ParsedList, String> {
        if let Some((last, parsed)) = &*self.1.borrow() {
            if last == file {
                return Ok(parsed.clone());
            }
        }
        let (list, problems) = EntityList::parse(file).map_err(|e| format!("entities: {e}"))?;
        let warnings = problems.iter().map(|p| format!("entities line {}: {} (left out)", p.line, p.message)).collect();
        let parsed = (Rc::new(list), warnings);
        *self.1.borrow_mut() = Some((file.to_string(), parsed.clone()));
        Ok(parsed)
    }

    fn for_assets(&self, assets: Option<&str>) -> ModelCache {
        let key = assets.unwrap_or(crate::worker::models::DEFAULT_ASSETS).to_string();
        self.0.borrow_mut().entry(key.clone()).or_insert_with(|| ModelCache::new(&key)).clone()
    }
}

/// Answers one request: the analyses, or the reason there are none.
pub async fn answer(request: EmbedRequest, caches: &EmbedCaches) -> EmbedReply {
    let cache = caches.for_assets(request.assets.as_deref());
    let (id, compact, full) = (request.id, request.compact || request.only_compact, !request.only_compact);
    let conll = request.conll;
    let list = match request.entities.as_deref().map(|file| caches.list(file)).transpose() {
        Ok(list) => list,
        Err(error) => {
            return EmbedReply {
                id,
                analyses: Vec::new(),
                compact: Vec::new(),
                error: Some(error),
                warnings: Vec::new(),
            }
        }
    };
    let warnings = list.as_ref().map(|(_, w)| w.clone()).unwrap_or_default();
    let list = list.map(|(list, _)| list);
    match analyze(request, &cache, list.as_deref()).await {
        Ok(documents) => EmbedReply {
            id,
            analyses: if conll {
                documents.iter().map(gleaner_core::conll::document_to_conll).collect()
            } else if full {
                documents.iter().map(|d| AnalysisJson::new(d, None).to_json()).collect()
            } else {
                Vec::new()
            },
            compact: if compact {
                documents
                    .iter()
                    .map(|d| {
                        let fields = Fields { paragraphs: false, sentences: false, tokens: false, ..Fields::ALL };
                        AnalysisJson::with_fields(d, None, fields).without_layout().to_json()
                    })
                    .collect()
            } else {
                Vec::new()
            },
            error: None,
            warnings,
        },
        Err(error) => EmbedReply { id, analyses: Vec::new(), compact: Vec::new(), error: Some(error), warnings },
    }
}

/// A language code as the caller wrote it; absent or empty: identify it.
fn language(code: Option<&str>) -> Result<Option<Language>, String> {
    match code {
        None | Some("") => Ok(None),
        Some(code) => Language::from_code(code)
            .map(Some)
            .ok_or_else(|| format!("unknown language '{code}' (one of: en de es fr it pt nl)")),
    }
}

/// The CLI's pipeline (`gleaner analyze`, with `--corpus` when asked), with models from `cache`.
async fn analyze(
    request: EmbedRequest,
    cache: &ModelCache,
    list: Option<&EntityList>,
) -> Result<Vec<Document>, String> {
    let lang = language(request.lang.as_deref())?;
    let reference = match request.date.as_deref() {
        None | Some("") => None,
        Some(text) => Some(ReferenceDate {
            date: CalendarDate::parse(text)
                .ok_or_else(|| format!("'{text}' is not a date: give the day as YYYY-MM-DD, e.g. 2019-09-26"))?,
            source: ReferenceSource::Given,
        }),
    };
    let mut documents = Vec::with_capacity(request.texts.len());
    for (i, text) in request.texts.into_iter().enumerate() {
        let own = language(request.langs.get(i).and_then(|l| l.as_deref()))?;
        documents.push(Document::analyze_in(text, own.or(lang)));
    }
    let mut languages: Vec<Language> = documents
        .iter()
        .flat_map(|d| d.paragraphs.iter().filter_map(|p| p.rules_language).chain(d.language.language))
        .collect();
    languages.sort();
    languages.dedup();
    let mut models = Vec::new();
    for language in languages {
        if let Some(model) = cache.model(language).await? {
            models.push((language, model));
        }
    }
    let lexicon = cache.loaded_lexicon().await?;
    for (i, document) in documents.iter_mut().enumerate() {
        document.tag(|language| models.iter().find(|(l, _)| *l == language).map(|(_, m)| &**m));
        document.reference = reference;
        let corrections =
            crate::worker::protocol::corrections_of(request.corrections.get(i).map_or("", String::as_str));
        document.resolve_with(&lexicon, &Guidance { list, corrections: &corrections });
    }
    if request.corpus {
        gleaner_core::corpus::resolve_corpus(&mut documents);
    }
    Ok(documents)
}
