//! The command line's inputs as batches of articles: files read whole (text,
//! HTML, Markdown, Word), or JSON lines read one at a time. A batch holds a
//! bounded number of articles and bytes, so memory stays bounded however long
//! the archive is. A bad input becomes an error naming where it is.

use gleaner_archive::{Article, Text};
use gleaner_core::values::CalendarDate;
use gleaner_core::Language;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};

/// One input as read, not yet parsed: parsing (JSON, Word files) runs on the
/// worker threads with the analysis, so the reading thread only reads.
pub enum Raw {
    JsonLine { bytes: Vec<u8>, origin: String },
    File { path: String, bytes: Vec<u8> },
}

impl Raw {
    fn len(&self) -> usize {
        match self {
            Raw::JsonLine { bytes, .. } | Raw::File { bytes, .. } => bytes.len(),
        }
    }

    /// The article it holds, or what is wrong with it.
    pub fn parse(self, lang: Option<Language>, date: Option<CalendarDate>) -> Result<Item, String> {
        match self {
            Raw::JsonLine { bytes, origin } => json_line(&bytes, origin, lang, date),
            Raw::File { path, bytes } => {
                let article = article_of_file(&path, bytes, lang, date)?;
                let id = (path != "-").then(|| serde_json::Value::String(path.clone()));
                Ok(Item { article, id, origin: display_name(&path).to_string() })
            }
        }
    }
}

/// One input, ready to analyze.
pub struct Item {
    pub article: Article,
    /// Passed through to the output: the JSON line's "id", or the file's name.
    pub id: Option<serde_json::Value>,
    /// Where it came from, for messages: "a.jsonl: line 3", "b.txt".
    pub origin: String,
}

/// At most this much text in one batch (a single larger article is a batch of its own).
const BATCH_BYTES: usize = 32 << 20;

/// Articles per batch per thread: enough to keep every core busy between writes.
const ITEMS_PER_THREAD: usize = 16;

pub struct Batches<'a> {
    inputs: std::slice::Iter<'a, String>,
    jsonl: bool,
    max_items: usize,
    /// The JSON-lines file being read, its name and the last line number read.
    lines: Option<(Box<dyn BufRead + 'a>, String, usize)>,
}

impl<'a> Batches<'a> {
    pub fn new(inputs: &'a [String], jsonl: bool, threads: usize) -> Self {
        Batches { inputs: inputs.iter(), jsonl, max_items: threads.max(1) * ITEMS_PER_THREAD, lines: None }
    }

    /// The next input, or `None` at the end of all of them.
    fn next_item(&mut self) -> Option<Result<Raw, String>> {
        loop {
            if let Some((reader, name, line_number)) = &mut self.lines {
                let mut line = Vec::new();
                match reader.read_until(b'\n', &mut line) {
                    Ok(0) => self.lines = None,
                    Ok(_) => {
                        *line_number += 1;
                        if line.iter().all(u8::is_ascii_whitespace) {
                            continue;
                        }
                        let origin = format!("{name}: line {line_number}");
                        return Some(Ok(Raw::JsonLine { bytes: line, origin }));
                    }
                    Err(e) => {
                        let message = format!("{name}: line {}: {e}", *line_number + 1);
                        self.lines = None;
                        return Some(Err(message));
                    }
                }
                continue;
            }
            let input = self.inputs.next()?;
            let name = display_name(input).to_string();
            if self.jsonl {
                match open(input) {
                    Ok(reader) => self.lines = Some((reader, name, 0)),
                    Err(message) => return Some(Err(message)),
                }
                continue;
            }
            return Some(read_input(input).map(|bytes| Raw::File { path: input.clone(), bytes }));
        }
    }
}

impl Iterator for Batches<'_> {
    type Item = Vec<Result<Raw, String>>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < self.max_items && bytes < BATCH_BYTES {
            let Some(item) = self.next_item() else { break };
            bytes += item.as_ref().map_or(0, Raw::len);
            batch.push(item);
        }
        (!batch.is_empty()).then_some(batch)
    }
}

/// One JSON line as an article (see [`gleaner_archive::json_line`]), its errors prefixed with where it is.
fn json_line(line: &[u8], origin: String, lang: Option<Language>, date: Option<CalendarDate>) -> Result<Item, String> {
    match gleaner_archive::json_line(line, lang, date) {
        Ok((article, id)) => Ok(Item { article, id, origin }),
        Err(reason) => Err(format!("{origin}: {reason}")),
    }
}

/// The article of one input file: Word and Markdown files read as the page
/// reads them (their text, markup dropped), anything else decoded as text.
fn article_of_file(
    input: &str,
    bytes: Vec<u8>,
    lang: Option<Language>,
    date: Option<CalendarDate>,
) -> Result<Article, String> {
    let lower = input.to_lowercase();
    let name = display_name(input);
    let (text, notices) = if lower.ends_with(".docx") {
        let extracted = gleaner_core::extract::docx(&bytes).map_err(|e| format!("{name}: {e}"))?;
        (Text::Str(extracted.text), Vec::new())
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        let decoded = gleaner_core::decode::decode(&bytes).map_err(|e| format!("{name}: {e}"))?;
        let notices = decoded.notice().into_iter().collect();
        (Text::Str(gleaner_core::extract::markdown(&decoded.text).text), notices)
    } else {
        (Text::Bytes(bytes), Vec::new())
    };
    Ok(Article { text, lang, date, notices })
}

fn open(input: &str) -> Result<Box<dyn BufRead>, String> {
    if input == "-" {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    let file = File::open(input).map_err(|e| format!("{input}: {}", describe_io_error(&e)))?;
    Ok(Box::new(BufReader::with_capacity(1 << 20, file)))
}

fn read_input(input: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    open(input)?.read_to_end(&mut bytes).map_err(|e| format!("{}: {}", display_name(input), describe_io_error(&e)))?;
    Ok(bytes)
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
