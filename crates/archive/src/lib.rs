//! Gleaner for archives: the whole pipeline with its models built in, run on
//! many articles at once on all cores, with output that fits a pipeline.
//! The command line (`gleaner`) and the Python package are thin layers over
//! this crate, so both print the same `gleaner/2` JSON, key for key.

pub mod fuzz_checks;
mod models;

use gleaner_core::reader::{EntityList, Guidance, ListProblem};
use gleaner_core::text::{one_line, quoted};
use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::{AnalysisJson, Document, Fields, Language, Notice};
pub use models::Models;
use rayon::prelude::*;
use std::sync::Arc;

/// One article to analyze.
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub text: Text,
    /// The reader's choice of language; `None`: identify it per paragraph.
    pub lang: Option<Language>,
    /// The article's own date, which places relative dates ("yesterday").
    pub date: Option<CalendarDate>,
    /// What the reader should be told about how the text was read (invalid UTF-8 replaced).
    pub notices: Vec<Notice>,
}

impl Article {
    /// An article of `text`, its language identified, with no date given.
    pub fn new(text: impl Into<String>) -> Article {
        Article { text: Text::Str(text.into()), ..Article::default() }
    }
}

/// An article's text, decoded already or as bytes (decoded as the page
/// decodes files: invalid UTF-8 is replaced, and a notice says so).
#[derive(Clone, Debug)]
pub enum Text {
    Str(String),
    Bytes(Vec<u8>),
}

impl Default for Text {
    fn default() -> Self {
        Text::Str(String::new())
    }
}

/// The pipeline with its models, loaded once and shared by every thread
/// (and by every clone: a clone with another entity list costs nothing).
#[derive(Clone, Default)]
pub struct Analyzer {
    models: Arc<Models>,
    /// The reader's entity list, applied to every article.
    list: Option<Arc<EntityList>>,
}

impl Analyzer {
    pub fn new() -> Analyzer {
        Analyzer::default()
    }

    /// This analyzer (its models shared) applying `list`, the same file the
    /// page and the embed API read, to every article: its names are tagged,
    /// its never-names are not.
    pub fn with_list(&self, list: EntityList) -> Analyzer {
        Analyzer { models: self.models.clone(), list: Some(Arc::new(list)).filter(|l| !l.is_empty()) }
    }

    pub fn list(&self) -> Option<&EntityList> {
        self.list.as_deref()
    }

    /// Parses every model and the lexicon now rather than on first use, so a
    /// broken build fails at once and worker threads start warm.
    pub fn load_all(&self) -> Result<(), String> {
        self.models.lexicon()?;
        for language in Language::ALL {
            self.models.get(language)?;
        }
        Ok(())
    }

    /// One article through the whole pipeline: segmented, tagged, resolved.
    pub fn analyze(&self, article: Article) -> Result<Document, String> {
        let mut document = match article.text {
            Text::Str(text) => Document::analyze_in(text, article.lang),
            Text::Bytes(bytes) => Document::from_bytes_in(&bytes, article.lang).map_err(|e| e.to_string())?,
        };
        document.notices.extend(article.notices);
        self.tag_and_resolve(&mut document, article.date)?;
        Ok(document)
    }

    /// Tags entities with the models of the languages the document uses, then
    /// resolves them, with `date` (the reader's) as the reference for relative dates.
    pub fn tag_and_resolve(&self, document: &mut Document, date: Option<CalendarDate>) -> Result<(), String> {
        if let Some(date) = date {
            document.reference = Some(ReferenceDate { date, source: ReferenceSource::Given });
        }
        let mut languages: Vec<_> = document.paragraphs.iter().filter_map(|p| p.rules_language).collect();
        languages.extend(document.language.language);
        for language in languages {
            self.models.get(language)?; // surface a broken model as an error, not as "no model"
        }
        document.tag(|language| self.models.get(language).ok().flatten());
        document.resolve_with(self.models.lexicon()?, &Guidance { list: self.list.as_deref(), corrections: &[] });
        Ok(())
    }

    /// Many articles, in parallel on `pool` (rayon's global pool when `None`),
    /// in input order. With `corpus`, entities are resolved across all of them
    /// afterwards: ids are shared, and each entity says in how many articles it
    /// appears. A failed article does not stop the others.
    pub fn analyze_many(
        &self,
        articles: Vec<Article>,
        corpus: bool,
        pool: Option<&rayon::ThreadPool>,
    ) -> Vec<Result<Document, String>> {
        let work = || articles.into_par_iter().map(|a| self.analyze(a)).collect::<Vec<_>>();
        let mut results = match pool {
            Some(pool) => pool.install(work),
            None => work(),
        };
        if corpus {
            resolve_together(&mut results);
        }
        results
    }
}

/// Resolves the documents that were analyzed, across each other, in place.
pub fn resolve_together(results: &mut [Result<Document, String>]) {
    let ok: Vec<usize> = (0..results.len()).filter(|&i| results[i].is_ok()).collect();
    let mut documents: Vec<Document> =
        ok.iter().filter_map(|&i| std::mem::replace(&mut results[i], Err(String::new())).ok()).collect();
    gleaner_core::corpus::resolve_corpus(&mut documents);
    for (i, document) in ok.into_iter().zip(documents) {
        results[i] = Ok(document);
    }
}

/// How an analysis is written.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    pub fields: Fields,
    pub pretty: bool,
}

impl Default for Output {
    fn default() -> Self {
        Output { fields: Fields::ALL, pretty: false }
    }
}

impl Output {
    /// The `gleaner/2` JSON of `document`, with the caller's `id` passed through.
    pub fn json(&self, document: &Document, id: Option<&serde_json::Value>) -> String {
        let analysis = AnalysisJson::with_fields(document, id, self.fields);
        if self.pretty {
            analysis.to_json_pretty()
        } else {
            analysis.to_json()
        }
    }
}

/// A thread pool of `threads` workers (all cores when `None` or 0), or a
/// one-line reason it could not start.
pub fn thread_pool(threads: Option<usize>) -> Result<rayon::ThreadPool, String> {
    let threads = threads.filter(|&n| n > 0).unwrap_or_else(default_threads);
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("gleaner-{i}"))
        .build()
        .map_err(|e| format!("could not start {threads} threads: {e}"))
}

/// All the cores this process may use.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Reads an entity-list file (JSON or CSV); its bad rows come back as
/// problems, to be reported with their line numbers. `Err`: the file as a
/// whole could not be read, in one line.
pub fn read_list(path: &std::path::Path) -> Result<(EntityList, Vec<ListProblem>), String> {
    let in_file = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
    let bytes = std::fs::read(path).map_err(|e| in_file(&e))?;
    let decoded = gleaner_core::decode::decode(&bytes).map_err(|e| in_file(&e))?;
    EntityList::parse(&decoded.text).map_err(|e| in_file(&e))
}

/// A reference date as a reader writes it (YYYY-MM-DD), or a one-line reason.
pub fn parse_date(text: &str) -> Result<CalendarDate, String> {
    CalendarDate::parse(text)
        .ok_or_else(|| format!("{} is not a date: give the day as YYYY-MM-DD, e.g. 2019-09-26", quoted(text)))
}

/// One line of a JSON-lines archive, `{"id": …, "text": …, "date": …}`, as an
/// article and its id; `lang` and `date` are the caller's defaults (a line's
/// own "date" wins). Invalid UTF-8 is replaced, as the page does, and the
/// article says so. Errors are one line, saying what is wrong with it.
pub fn json_line(
    line: &[u8],
    lang: Option<Language>,
    date: Option<CalendarDate>,
) -> Result<(Article, Option<serde_json::Value>), String> {
    let decoded = gleaner_core::decode::decode(line).map_err(|e| e.to_string())?;
    let notices: Vec<_> = decoded.notice().into_iter().collect();
    let value: serde_json::Value = serde_json::from_str(&decoded.text)
        .map_err(|e| format!("not JSON ({}); expected {{\"id\": ..., \"text\": \"...\"}}", one_line(&e.to_string())))?;
    let Some(object) = value.as_object() else {
        return Err("expected a JSON object {\"id\": ..., \"text\": \"...\"}".into());
    };
    let text = match object.get("text") {
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("no \"text\" key".into()),
    };
    let date = match object.get("date") {
        None | Some(serde_json::Value::Null) => date,
        Some(serde_json::Value::String(day)) => Some(parse_date(day)?),
        Some(_) => return Err("\"date\" must be a string (YYYY-MM-DD)".into()),
    };
    Ok((Article { text: Text::Str(text), lang, date, notices }, object.get("id").cloned()))
}

/// A language code (en, de, es, fr, it, pt, nl), or a one-line reason.
pub fn parse_language(code: &str) -> Result<Language, String> {
    Language::from_code(code).ok_or_else(|| format!("unknown language {} (one of: en de es fr it pt nl)", quoted(code)))
}
