//! `import gleaner`: the archive pipeline (gleaner-archive) for Python. Every
//! analysis is the same `gleaner/2` JSON the command line prints, key for key,
//! handed over as a dict. The Rust work runs with the GIL released; many texts
//! run on a thread pool of their own per call, so a process forked between
//! calls starts fresh pools (rayon's global pool, once started, hangs a fork).
//!
//! (Over 500 lines: the whole Python surface in one place, as its type stubs mirror it.)

use gleaner_archive::{parse_date, parse_language, read_list, thread_pool, Article, Output, Text};
use gleaner_core::reader::EntityList;
use gleaner_core::values::CalendarDate;
use gleaner_core::{Document, Fields, Language};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyList, PyString, PyTuple};
use rayon::prelude::*;
use std::sync::OnceLock;

/// The models, parsed once per process and shared by every `Analyzer` (they
/// are read-only), so creating an `Analyzer` per Spark task costs next to nothing.
fn models(py: Python<'_>) -> PyResult<&'static gleaner_archive::Analyzer> {
    static SHARED: OnceLock<gleaner_archive::Analyzer> = OnceLock::new();
    let analyzer = SHARED.get_or_init(gleaner_archive::Analyzer::new);
    // Parsing every model takes a moment: other Python threads may run meanwhile.
    py.detach(|| analyzer.load_all()).map_err(|e| PyRuntimeError::new_err(format!("gleaner's models: {e}")))?;
    Ok(analyzer)
}

/// The Python type name of `value`, for messages ("int", "NoneType").
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map_or_else(|_| "object".to_string(), |n| n.to_string())
}

/// `str` is read as text; `bytes` is decoded as the page decodes a file
/// (invalid UTF-8 replaced, with a notice). `what` names the argument.
fn text_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Text> {
    if let Ok(s) = value.cast::<PyString>() {
        let text = s.to_str().map_err(|_| {
            PyValueError::new_err(format!("{what} is not valid Unicode (lone surrogates); pass the raw bytes instead"))
        })?;
        return Ok(Text::Str(text.to_owned()));
    }
    if let Ok(b) = value.cast::<PyBytes>() {
        return Ok(Text::Bytes(b.as_bytes().to_vec()));
    }
    if let Ok(b) = value.cast::<PyByteArray>() {
        return Ok(Text::Bytes(b.to_vec()));
    }
    Err(PyTypeError::new_err(format!("{what} must be str or bytes, not {}", type_name(value))))
}

fn lang_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Language>> {
    let Some(value) = value.filter(|v| !v.is_none()) else { return Ok(None) };
    let Ok(code) = value.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "lang must be a language code (str) or None, not {}",
            type_name(value)
        )));
    };
    parse_language(&code.to_cow()?).map(Some).map_err(|e| PyValueError::new_err(format!("lang: {e}")))
}

/// A date as `YYYY-MM-DD` or a `datetime.date` (a `datetime` gives its day).
fn date_of(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<CalendarDate>> {
    let Some(value) = value.filter(|v| !v.is_none()) else { return Ok(None) };
    let text = if let Ok(s) = value.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else {
        let datetime = value.py().import("datetime")?;
        if value.is_instance(&datetime.getattr("datetime")?)? {
            value.call_method0("date")?.call_method0("isoformat")?.extract()?
        } else if value.is_instance(&datetime.getattr("date")?)? {
            value.call_method0("isoformat")?.extract()?
        } else {
            return Err(PyTypeError::new_err(format!(
                "{what} must be a str (YYYY-MM-DD), a datetime.date or None, not {}",
                type_name(value)
            )));
        }
    };
    parse_date(&text).map(Some).map_err(|e| PyValueError::new_err(format!("{what}: {e}")))
}

/// `fields` as a comma-separated str or an iterable of names; `compact` is
/// the CLI's `--compact` (mentions and entities only).
fn fields_of(value: Option<&Bound<'_, PyAny>>, compact: bool) -> PyResult<Fields> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(if compact { Fields::COMPACT } else { Fields::ALL });
    };
    if compact {
        return Err(PyValueError::new_err(
            "give fields or compact=True, not both (compact is fields='mentions,entities')",
        ));
    }
    let list = if let Ok(s) = value.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else {
        let not_names = || {
            PyTypeError::new_err(format!(
                "fields must be a str ('mentions,entities') or an iterable of str, not {}",
                type_name(value)
            ))
        };
        let mut names = Vec::new();
        for name in value.try_iter().map_err(|_| not_names())? {
            let name = name?;
            let Ok(name) = name.cast::<PyString>() else { return Err(not_names()) };
            names.push(name.to_cow()?.into_owned());
        }
        names.join(",")
    };
    Fields::parse(&list).map_err(|e| PyValueError::new_err(format!("fields: {e}")))
}

/// The names of the parts `fields` writes, in output order (what `Fields::parse` reads back).
fn field_names(fields: Fields) -> Vec<&'static str> {
    let flags = [
        fields.paragraphs,
        fields.sentences,
        fields.tokens,
        fields.mentions,
        fields.entities,
        fields.values,
        fields.quotes,
        fields.relations,
        fields.notices,
    ];
    Fields::NAMES.iter().zip(flags).filter(|(_, on)| *on).map(|(name, _)| *name).collect()
}

/// `True` or `False` (an int is refused: `compact=1` is more likely a mistake than a wish).
fn bool_of(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<bool> {
    let Some(value) = value else { return Ok(false) };
    match value.cast::<PyBool>() {
        Ok(b) => Ok(b.is_true()),
        Err(_) => Err(PyTypeError::new_err(format!("{what} must be True or False, not {}", type_name(value)))),
    }
}

/// A caller's id, any JSON value, passed through to the output's "id".
fn id_of(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<serde_json::Value>> {
    let Some(value) = value.filter(|v| !v.is_none()) else { return Ok(None) };
    let json = value.py().import("json")?;
    let kwargs = PyDict::new(value.py());
    kwargs.set_item("allow_nan", false)?;
    let dumped = json.call_method("dumps", (value,), Some(&kwargs)).map_err(|e| {
        PyTypeError::new_err(format!(
            "{what} must be a JSON value (str, int, float, list, dict…): {}",
            e.value(value.py())
        ))
    })?;
    let text: String = dumped.extract()?;
    serde_json::from_str(&text).map(Some).map_err(|e| PyValueError::new_err(format!("{what}: {e}")))
}

/// An entity list: a path (str or os.PathLike) to the JSON or CSV file the
/// page exports, or a list of dicts {"name", "label", "aliases", "never"}.
/// Bad rows are left out with a warning naming their line (or index).
fn entities_of(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<EntityList>> {
    let Some(value) = value.filter(|v| !v.is_none()) else { return Ok(None) };
    let py = value.py();
    let warn = |message: String| -> PyResult<()> {
        let warnings = py.import("warnings")?;
        // stacklevel 1 is the caller's line: a call into Rust adds no Python frame.
        warnings.call_method1("warn", (message, py.get_type::<pyo3::exceptions::PyUserWarning>(), 1))?;
        Ok(())
    };
    let is_path = value.is_instance_of::<PyString>() || value.hasattr("__fspath__")?;
    if is_path {
        let path: std::path::PathBuf = py.import("os")?.call_method1("fspath", (value,))?.extract()?;
        let (list, problems) = py.detach(|| read_list(&path)).map_err(PyValueError::new_err)?;
        for problem in problems {
            warn(format!("{}:{}: {} (row left out)", path.display(), problem.line, problem.message))?;
        }
        return Ok(Some(list));
    }
    let not_a_list = || {
        PyTypeError::new_err(format!(
            "entities must be a path to a JSON or CSV file, or a list of dicts, not {}",
            type_name(value)
        ))
    };
    let dumps = py.import("json")?.getattr("dumps")?;
    // One entry a line: a problem's line then says which entry it is.
    let mut lines = vec!["[".to_string()];
    for (i, item) in value.try_iter().map_err(|_| not_a_list())?.enumerate() {
        let item = item?;
        if !item.is_instance_of::<PyDict>() {
            return Err(PyTypeError::new_err(format!("entities[{i}] must be a dict, not {}", type_name(&item))));
        }
        let json: String = dumps.call1((item,))?.extract()?;
        lines.push(if i == 0 { json } else { format!(",{json}") });
    }
    lines.push("]".to_string());
    let (list, problems) =
        EntityList::parse(&lines.join("\n")).map_err(|e| PyValueError::new_err(format!("entities: {e}")))?;
    for problem in problems {
        warn(format!("entities[{}]: {} (left out)", problem.line.saturating_sub(2), problem.message))?;
    }
    Ok(Some(list))
}

/// The dicts of JSON lines (`json.loads` makes them exactly what the CLI's reader sees).
fn to_dicts<'py>(py: Python<'py>, lines: Vec<String>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let loads = py.import("json")?.getattr("loads")?;
    lines.into_iter().map(|line| loads.call1((line,))).collect()
}

/// Gleaner's analyzer: the pipeline with its models built in, and the settings
/// every text it analyzes gets.
///
/// Analyzer(lang=None, date=None, fields=None, compact=False, entities=None)
///
/// lang: a language code (en de es fr it pt nl) every text is read as; None
///     identifies the language per paragraph.
/// date: the articles' own date (str YYYY-MM-DD or datetime.date), which gives
///     relative dates ("yesterday") their calendar values.
/// fields: the parts to return, a str "mentions,entities" or a list of names,
///     from: paragraphs sentences tokens mentions entities values quotes
///     relations notices (format, id, language, reference and stats always).
/// compact: mentions and entities only (fields="mentions,entities").
/// entities: your entity list, the file the page exports (a path to its JSON
///     or CSV) or a list of dicts {"name": ..., "label": ..., "aliases": [...],
///     "never": bool}: its names are tagged in every text, its never-names are
///     not, and aliases join their entity. Bad rows are left out with a warning.
///
/// The models are parsed once per process and shared by every Analyzer.
/// An Analyzer pickles cheaply (its settings only), so it can be sent to
/// multiprocessing workers or Spark executors.
///
/// Fork: each analyze_many call runs on a thread pool of its own, so a
/// process forked between calls works; never fork while another thread is
/// inside analyze_many. Prefer the "spawn" or "forkserver" multiprocessing
/// contexts when in doubt.
#[pyclass(name = "Analyzer", module = "gleaner", frozen)]
struct PyAnalyzer {
    analyzer: gleaner_archive::Analyzer,
    lang: Option<Language>,
    date: Option<CalendarDate>,
    fields: Fields,
    compact: bool,
}

impl PyAnalyzer {
    fn build(
        py: Python<'_>,
        lang: Option<&Bound<'_, PyAny>>,
        date: Option<&Bound<'_, PyAny>>,
        fields: Option<&Bound<'_, PyAny>>,
        compact: Option<&Bound<'_, PyAny>>,
        entities: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyAnalyzer> {
        let compact = bool_of(compact, "compact")?;
        let shared = models(py)?;
        Ok(PyAnalyzer {
            lang: lang_of(lang)?,
            date: date_of(date, "date")?,
            fields: fields_of(fields, compact)?,
            compact,
            analyzer: match entities_of(entities)? {
                Some(list) => shared.with_list(list),
                None => shared.clone(),
            },
        })
    }

    fn output(&self) -> Output {
        Output { fields: self.fields, pretty: false }
    }

    fn article(&self, text: Text, date: Option<CalendarDate>) -> Article {
        Article { text, lang: self.lang, date: date.or(self.date), notices: Vec::new() }
    }

    /// One text, analyzed with the GIL released; its JSON line.
    fn analyze_json(&self, py: Python<'_>, article: Article, id: Option<serde_json::Value>) -> PyResult<String> {
        let (analyzer, output) = (&self.analyzer, self.output());
        py.detach(|| analyzer.analyze(article).map(|document| output.json(&document, id.as_ref())))
            .map_err(|e| PyValueError::new_err(format!("text: {e}")))
    }

    /// Reads `texts`: str, bytes, or dicts {"text": …, "id": …, "date": …}.
    fn articles(&self, texts: &Bound<'_, PyAny>) -> PyResult<(Vec<Article>, Vec<Option<serde_json::Value>>)> {
        if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(format!(
                "texts must be an iterable of texts, not a single {}: use analyze() for one text",
                type_name(texts)
            )));
        }
        let iter = texts.try_iter().map_err(|_| {
            PyTypeError::new_err(format!("texts must be an iterable of str, bytes or dicts, not {}", type_name(texts)))
        })?;
        let (mut articles, mut ids) = (Vec::new(), Vec::new());
        for (i, item) in iter.enumerate() {
            let item = item?;
            let what = format!("texts[{i}]");
            if let Ok(dict) = item.cast::<PyDict>() {
                let Some(text) = dict.get_item("text")? else {
                    return Err(PyValueError::new_err(format!("{what} has no \"text\" key")));
                };
                let text = text_of(&text, &format!("{what}[\"text\"]"))?;
                let date = date_of(dict.get_item("date")?.as_ref(), &format!("{what}[\"date\"]"))?;
                articles.push(self.article(text, date));
                ids.push(id_of(dict.get_item("id")?.as_ref(), &format!("{what}[\"id\"]"))?);
            } else {
                let text = text_of(&item, &what).map_err(|e| {
                    if e.is_instance_of::<PyTypeError>(item.py()) {
                        PyTypeError::new_err(format!(
                            "{what} must be str, bytes or a dict with \"text\", not {}",
                            type_name(&item)
                        ))
                    } else {
                        e
                    }
                })?;
                articles.push(self.article(text, None));
                ids.push(None);
            }
        }
        Ok((articles, ids))
    }

    /// Many texts on a pool of `threads` (all cores when None), the GIL
    /// released; their JSON lines in input order.
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        corpus: bool,
        threads: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<String>> {
        let threads = match threads.filter(|t| !t.is_none()) {
            None => None,
            Some(t) => {
                if t.is_instance_of::<PyBool>() {
                    return Err(PyTypeError::new_err("threads must be an int or None, not bool"));
                }
                let n: i64 = t.extract().map_err(|_| {
                    PyTypeError::new_err(format!("threads must be an int or None, not {}", type_name(t)))
                })?;
                if n < 1 {
                    return Err(PyValueError::new_err(format!("threads must be at least 1, not {n}")));
                }
                Some(usize::try_from(n).unwrap_or(usize::MAX))
            }
        };
        let (articles, ids) = self.articles(texts)?;
        let (analyzer, output) = (&self.analyzer, self.output());
        py.detach(|| {
            // A pool per call, not rayon's global one: a forked child then starts its own.
            let pool = thread_pool(threads).map_err(PyRuntimeError::new_err)?;
            let documents = analyzer.analyze_many(articles, corpus, Some(&pool));
            let documents: Vec<Document> = documents
                .into_iter()
                .enumerate()
                .map(|(i, result)| result.map_err(|e| PyValueError::new_err(format!("texts[{i}]: {e}"))))
                .collect::<PyResult<_>>()?;
            Ok(pool.install(|| documents.par_iter().zip(&ids).map(|(d, id)| output.json(d, id.as_ref())).collect()))
        })
    }
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    // Booleans arrive as objects, so that a wrong type gets a message naming it.
    #[pyo3(signature = (lang=None, date=None, fields=None, compact=None, entities=None))]
    #[pyo3(text_signature = "(lang=None, date=None, fields=None, compact=False, entities=None)")]
    fn new(
        py: Python<'_>,
        lang: Option<&Bound<'_, PyAny>>,
        date: Option<&Bound<'_, PyAny>>,
        fields: Option<&Bound<'_, PyAny>>,
        compact: Option<&Bound<'_, PyAny>>,
        entities: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyAnalyzer> {
        PyAnalyzer::build(py, lang, date, fields, compact, entities)
    }

    /// analyze(text, id=None, date=None) -> dict
    ///
    /// The gleaner/2 analysis of one text (str, or bytes decoded as the page
    /// decodes files: invalid UTF-8 replaced, with an "invalid_utf8" notice).
    /// id is passed through to the output's "id"; date overrides the
    /// Analyzer's date for this text. Raises ValueError for bytes that are
    /// not text (an image, a zip).
    #[pyo3(signature = (text, id=None, date=None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: Option<&Bound<'py, PyAny>>,
        date: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let article = self.article(text_of(text, "text")?, date_of(date, "date")?);
        let line = self.analyze_json(py, article, id_of(id, "id")?)?;
        Ok(to_dicts(py, vec![line])?.remove(0))
    }

    /// analyze_many(texts, corpus=False, threads=None) -> list[dict]
    ///
    /// The analyses of many texts, in input order, computed on `threads`
    /// threads (all cores when None) with the GIL released. texts is any
    /// iterable of str, bytes, or dicts {"text": ..., "id": ..., "date": ...}
    /// (id passed through, date overriding the Analyzer's). With corpus=True
    /// entities are resolved across all the texts: ids are shared, and each
    /// entity says in how many texts it appears.
    #[pyo3(signature = (texts, corpus=None, threads=None))]
    #[pyo3(text_signature = "($self, texts, corpus=False, threads=None)")]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        corpus: Option<&Bound<'py, PyAny>>,
        threads: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let lines = self.analyze_many_json(py, texts, bool_of(corpus, "corpus")?, threads)?;
        to_dicts(py, lines)
    }

    /// The language every text is read as, or None (identified per paragraph).
    #[getter]
    fn lang(&self) -> Option<&'static str> {
        self.lang.map(Language::code)
    }

    /// The articles' date as YYYY-MM-DD, or None.
    #[getter]
    fn date(&self) -> Option<String> {
        self.date.map(|d| d.to_string())
    }

    /// The parts each analysis has besides the header, in output order.
    #[getter]
    fn fields(&self) -> Vec<&'static str> {
        field_names(self.fields)
    }

    /// The entity list's entries, as dicts (empty without a list).
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let Some(list) = self.analyzer.list() else { return Ok(Vec::new()) };
        let loads = py.import("json")?.getattr("loads")?;
        list.entries().iter().map(|entry| loads.call1((serde_json::to_string(entry).unwrap_or_default(),))).collect()
    }

    /// Pickles as its settings and its entity list's entries; the models are
    /// rebuilt from the bytes built into the module.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let fields = (!self.compact && self.fields != Fields::ALL).then(|| field_names(self.fields).join(","));
        let entities = self.analyzer.list().is_some().then(|| self.entities(py)).transpose()?;
        let args = (self.lang(), self.date(), fields, self.compact, entities);
        (py.get_type::<PyAnalyzer>(), args).into_pyobject(py)
    }

    fn __repr__(&self) -> String {
        let quoted = |s: Option<String>| s.map_or_else(|| "None".to_string(), |s| format!("'{s}'"));
        let fields = if self.compact {
            "compact=True".to_string()
        } else {
            format!("fields='{}'", field_names(self.fields).join(","))
        };
        format!(
            "gleaner.Analyzer(lang={}, date={}, {fields})",
            quoted(self.lang().map(str::to_string)),
            quoted(self.date())
        )
    }
}

/// analyze(text, lang=None, date=None, fields=None, compact=False, id=None, entities=None) -> dict
///
/// The gleaner/2 analysis of one text, as a dict: the JSON `gleaner analyze`
/// prints, key for key. text is a str, or bytes decoded as the page decodes
/// files (invalid UTF-8 replaced, with an "invalid_utf8" notice). See
/// Analyzer for lang, date, fields, compact and entities; id is passed through.
/// (Analyzing many texts with one entity list: make one Analyzer, which reads it once.)
#[pyfunction]
#[pyo3(signature = (text, lang=None, date=None, fields=None, compact=None, id=None, entities=None))]
#[pyo3(text_signature = "(text, lang=None, date=None, fields=None, compact=False, id=None, entities=None)")]
#[allow(clippy::too_many_arguments)] // Python's keyword arguments
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    lang: Option<&Bound<'py, PyAny>>,
    date: Option<&Bound<'py, PyAny>>,
    fields: Option<&Bound<'py, PyAny>>,
    compact: Option<&Bound<'py, PyAny>>,
    id: Option<&Bound<'py, PyAny>>,
    entities: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    PyAnalyzer::build(py, lang, date, fields, compact, entities)?.analyze(py, text, id, None)
}

/// analyze_many(texts, corpus=False, threads=None, lang=None, date=None, fields=None, compact=False, entities=None) -> list[dict]
///
/// The analyses of many texts, in input order, on `threads` threads (all
/// cores when None) with the GIL released. texts is any iterable of str,
/// bytes, or dicts {"text": ..., "id": ..., "date": ...}. With corpus=True
/// entities are resolved across the texts (shared ids). See Analyzer for
/// lang, date, fields, compact and entities.
#[pyfunction]
#[pyo3(signature = (texts, corpus=None, threads=None, lang=None, date=None, fields=None, compact=None, entities=None))]
#[pyo3(
    text_signature = "(texts, corpus=False, threads=None, lang=None, date=None, fields=None, compact=False, entities=None)"
)]
#[allow(clippy::too_many_arguments)] // Python's keyword arguments
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    corpus: Option<&Bound<'py, PyAny>>,
    threads: Option<&Bound<'py, PyAny>>,
    lang: Option<&Bound<'py, PyAny>>,
    date: Option<&Bound<'py, PyAny>>,
    fields: Option<&Bound<'py, PyAny>>,
    compact: Option<&Bound<'py, PyAny>>,
    entities: Option<&Bound<'py, PyAny>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    PyAnalyzer::build(py, lang, date, fields, compact, entities)?.analyze_many(py, texts, corpus, threads)
}

/// Gleaner: who, what, where and when in news articles. analyze() one text,
/// analyze_many() many on all cores, or keep an Analyzer with your settings.
/// Each result is the gleaner/2 JSON of `gleaner analyze`, as a dict.
#[pymodule]
fn gleaner(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // `add` also lists each name in __all__, which carries __version__ across
    // the star import of the package's __init__.py (maturin's).
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("FIELDS", PyList::new(m.py(), Fields::NAMES)?)?;
    m.add("LANGUAGES", PyList::new(m.py(), Language::ALL.map(Language::code))?)?;
    m.add_class::<PyAnalyzer>()?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_read_back_as_the_same_fields() {
        for fields in
            [Fields::ALL, Fields::COMPACT, Fields::parse("quotes,tokens").unwrap(), Fields::parse("").unwrap()]
        {
            assert_eq!(Fields::parse(&field_names(fields).join(",")), Ok(fields));
        }
        assert_eq!(field_names(Fields::COMPACT), ["mentions", "entities"]);
    }
}
