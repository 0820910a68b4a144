//! `gleaner analyze FILE… | -` prints one `gleaner/2` analysis per input, one
//! JSON document per line. `--jsonl` reads `{"id": …, "text": …}` lines instead.
//! `--corpus` resolves all inputs together: entity ids are shared across them.
//! Any failure exits non-zero with a one-line reason on stderr.

mod models;

use gleaner_core::values::{CalendarDate, ReferenceDate, ReferenceSource};
use gleaner_core::{AnalysisJson, Document};
use models::Models;
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: gleaner analyze [--jsonl] [--pretty] [--corpus] [--lang CODE] [--date YYYY-MM-DD] FILE... (or - for standard input)";

struct Options {
    /// The reader's choice of language (en, de, es, fr, it, pt, nl); `None`: identify it.
    lang: Option<gleaner_core::Language>,
    jsonl: bool,
    pretty: bool,
    /// Resolve entities across all inputs (ids shared); output waits for the last input.
    corpus: bool,
    /// The articles' own date, which places relative dates ("yesterday", "last January").
    date: Option<CalendarDate>,
    inputs: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(Some(options)) => options,
        Ok(None) => return ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gleaner: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(&options, &mut out).and_then(|()| out.flush().map_err(|e| format!("writing output: {e}")));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let _ = out.flush();
            eprintln!("gleaner: {message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut options =
        Options { lang: None, jsonl: false, pretty: false, corpus: false, date: None, inputs: Vec::new() };
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        Some("analyze") => {}
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}\n\nPrints the analysis (format gleaner/2) of each input as one JSON document per line.\n  --jsonl   inputs are JSON lines {{\"id\": ..., \"text\": ...}}; the id is kept\n  --pretty  indent the JSON\n  --corpus  resolve entities across all inputs: ids are shared, and each entity says in how many articles it appears\n  --lang CODE  read every input as this language (en de es fr it pt nl) instead of identifying it\n  --date YYYY-MM-DD  the articles' own date: relative dates (yesterday, last January) get calendar values from it; without it, a dateline at the top of the text is used when there is one; a JSON line's \"date\" wins for that line");
            return Ok(None);
        }
        Some("-V" | "--version") => {
            println!("gleaner {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("no command given".into()),
    }
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let code = args.next().ok_or("--lang needs a language code")?;
                options.lang = Some(
                    gleaner_core::Language::from_code(code)
                        .ok_or_else(|| format!("unknown language '{code}' (one of: en de es fr it pt nl)"))?,
                );
            }
            "--date" => {
                let text = args.next().ok_or("--date needs a date (YYYY-MM-DD)")?;
                options.date = Some(parse_date(text)?);
            }
            "--jsonl" => options.jsonl = true,
            "--pretty" => options.pretty = true,
            "--corpus" => options.corpus = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option '{flag}'")),
            input => options.inputs.push(input.to_string()),
        }
    }
    if options.inputs.is_empty() {
        return Err("no input given".into());
    }
    Ok(Some(options))
}

/// A reference date as the reader writes it, or a one-line reason.
fn parse_date(text: &str) -> Result<CalendarDate, String> {
    CalendarDate::parse(text)
        .ok_or_else(|| format!("'{text}' is not a date: give the day as YYYY-MM-DD, e.g. 2019-09-26"))
}

/// An analyzed input and the id it is printed with.
type Analyzed = (Document, Option<serde_json::Value>);

fn run(options: &Options, out: &mut impl Write) -> Result<(), String> {
    let models = Models::default();
    // With --corpus every analysis waits for the last input; otherwise each is printed as it is done.
    let mut held: Vec<Analyzed> = Vec::new();
    let mut emit = |analyzed: Analyzed| -> Result<(), String> {
        if options.corpus {
            held.push(analyzed);
            Ok(())
        } else {
            write_analysis(&analyzed.0, analyzed.1.as_ref(), options, out)
        }
    };
    for input in &options.inputs {
        let bytes = read_input(input)?;
        if options.jsonl {
            analyze_jsonl(input, &bytes, options, &models, &mut emit)?;
        } else {
            let mut document = document_of_file(input, &bytes, options.lang)?;
            tag_and_resolve(&mut document, &models, options.date)?;
            let id = (input != "-").then(|| serde_json::Value::String(input.clone()));
            emit((document, id))?;
        }
    }
    if options.corpus {
        let (mut documents, ids): (Vec<Document>, Vec<_>) = held.into_iter().unzip();
        gleaner_core::resolve::resolve_corpus(&mut documents);
        for (document, id) in documents.iter().zip(&ids) {
            write_analysis(document, id.as_ref(), options, out)?;
        }
    }
    Ok(())
}

/// Tags entities with the models of the languages the document uses, then
/// resolves them, with `date` (the reader's) as the reference for relative dates.
fn tag_and_resolve(document: &mut Document, models: &Models, date: Option<CalendarDate>) -> Result<(), String> {
    document.reference = date.map(|date| ReferenceDate { date, source: ReferenceSource::Given });
    let mut languages: Vec<_> = document.paragraphs.iter().filter_map(|p| p.rules_language).collect();
    languages.extend(document.language.language);
    for language in languages {
        models.get(language)?; // surface a broken model as an error, not as "no model"
    }
    document.tag(|language| models.get(language).ok().flatten());
    document.resolve(models.lexicon()?);
    Ok(())
}

fn analyze_jsonl(
    input: &str,
    bytes: &[u8],
    options: &Options,
    models: &Models,
    emit: &mut dyn FnMut(Analyzed) -> Result<(), String>,
) -> Result<(), String> {
    #[derive(serde::Deserialize)]
    struct Line {
        #[serde(default)]
        id: Option<serde_json::Value>,
        text: String,
        /// The article's date (YYYY-MM-DD); `--date` for lines without one.
        #[serde(default)]
        date: Option<String>,
    }
    for (n, line) in bytes.lines().enumerate() {
        let line = line.map_err(|e| format!("{}: line {}: {e}", display_name(input), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = serde_json::from_str(&line).map_err(|e| {
            format!("{}: line {}: expected {{\"id\": ..., \"text\": \"...\"}}: {e}", display_name(input), n + 1)
        })?;
        let date = match parsed.date.as_deref() {
            Some(text) => Some(parse_date(text).map_err(|e| format!("{}: line {}: {e}", display_name(input), n + 1))?),
            None => options.date,
        };
        let mut document = Document::analyze_in(parsed.text, options.lang);
        tag_and_resolve(&mut document, models, date)?;
        emit((document, parsed.id))?;
    }
    Ok(())
}

fn write_analysis(
    document: &Document,
    id: Option<&serde_json::Value>,
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), String> {
    let analysis = AnalysisJson::new(document, id);
    let json = if options.pretty { analysis.to_json_pretty() } else { analysis.to_json() };
    writeln!(out, "{json}").map_err(|e| format!("writing output: {e}"))
}

fn read_input(input: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if input == "-" {
        io::stdin().read_to_end(&mut bytes).map_err(|e| format!("standard input: {e}"))?;
    } else {
        bytes = std::fs::read(input).map_err(|e| format!("{input}: {}", describe_io_error(&e)))?;
    }
    Ok(bytes)
}

/// The document of one input file: Word and Markdown files read as the page
/// reads them (their text, markup dropped), anything else decoded as text.
fn document_of_file(input: &str, bytes: &[u8], lang: Option<gleaner_core::Language>) -> Result<Document, String> {
    let lower = input.to_lowercase();
    let name = display_name(input);
    if lower.ends_with(".docx") {
        let extracted = gleaner_core::extract::docx(bytes).map_err(|e| format!("{name}: {e}"))?;
        return Ok(Document::analyze_in(extracted.text, lang));
    }
    if lower.ends_with(".md") || lower.ends_with(".markdown") {
        let decoded = gleaner_core::decode::decode(bytes).map_err(|e| format!("{name}: {e}"))?;
        let mut document = Document::analyze_in(gleaner_core::extract::markdown(&decoded.text).text, lang);
        document.notices.extend(decoded.notice());
        return Ok(document);
    }
    Document::from_bytes_in(bytes, lang).map_err(|e| format!("{name}: {e}"))
}

fn display_name(input: &str) -> &str {
    if input == "-" {
        "standard input"
    } else {
        input
    }
}

fn describe_io_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}
