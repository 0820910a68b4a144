//! Reading a reader's files (picked, dropped or imported): bytes from the
//! browser, decoding from the core, then the text a reader sees — Markdown
//! and Word (`.docx`) through the core's extractors, HTML through the
//! browser's own parser (`DOMParser`, which never runs a script), with scripts
//! and styles dropped.

use gleaner_core::decode::decode;
use gleaner_core::extract::zip::{Archive, ZipError, MAX_MEMBER_BYTES};
use gleaner_core::extract::{docx, DocxError, Extracted};
use gleaner_core::values::CalendarDate;
use gleaner_core::Notice;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Files above this size are refused: a news article is a few kilobytes, and
/// a browser tab should not freeze on a mistaken multi-gigabyte drop.
pub const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// What the file picker offers.
pub const ACCEPTED: &str = ".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,\
application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// An opened file: its title (from the HTML title, the first Markdown heading,
/// or none), its text, and what decoding had to say.
pub struct Opened {
    pub name: String,
    pub title: Option<String>,
    pub text: String,
    pub notices: Vec<Notice>,
    /// The article's date from an HTML page's metadata (`article:published_time`, `<time datetime>`).
    pub published: Option<CalendarDate>,
}

/// Reads and extracts `file`, or says in one line why it was not opened.
pub async fn open_file(file: &web_sys::File) -> Result<Opened, String> {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        return Err(format!(
            "“{name}” is too large ({:.0} MB): Gleaner reads articles up to 50 MB.",
            file.size() / 1e6
        ));
    }
    let bytes = read_file_bytes(file).await?;
    let lower = name.to_lowercase();
    if lower.ends_with(".docx") {
        let extracted = read_docx(&bytes).await.map_err(|e| format!("“{name}” was not opened: {e}."))?;
        return Ok(Opened { name, title: extracted.title, text: extracted.text, notices: Vec::new(), published: None });
    }
    let decoded = decode(&bytes).map_err(|e| format!("“{name}” was not opened: {e}."))?;
    let notices: Vec<Notice> = decoded.notice().into_iter().collect();
    let (title, text, published) = if lower.ends_with(".md") || lower.ends_with(".markdown") {
        let extracted = gleaner_core::extract::markdown(&decoded.text);
        (extracted.title, extracted.text, None)
    } else if lower.ends_with(".html") || lower.ends_with(".htm") {
        html_text(&decoded.text).ok_or_else(|| format!("“{name}” could not be read as HTML."))?
    } else {
        (None, decoded.text, None)
    };
    Ok(Opened { name, title, text, notices, published })
}

/// A Word file, read by the core's steps (`extract::docx`) with the browser's
/// own inflater, so the page's wasm carries no inflate code for it.
async fn read_docx(bytes: &[u8]) -> Result<Extracted, DocxError> {
    let archive = Archive::open(bytes)?;
    let relationships = member_text(&archive, docx::RELATIONSHIPS).await?;
    let main_part = docx::main_part(relationships.as_deref());
    let document = member_text(&archive, &main_part).await?.ok_or(DocxError::NotWord)?;
    let properties = member_text(&archive, docx::PROPERTIES).await?;
    Ok(docx::from_parts(&document, properties.as_deref()))
}

async fn member_text(archive: &Archive<'_>, name: &str) -> Result<Option<String>, ZipError> {
    let Some(raw) = archive.raw(name)? else { return Ok(None) };
    let bytes = if raw.deflated { inflate(raw.data).await? } else { raw.data.to_vec() };
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// Raw deflate through `DecompressionStream("deflate-raw")`, read chunk by
/// chunk and stopped at `MAX_MEMBER_BYTES`, so a zip bomb costs no more.
async fn inflate(data: &[u8]) -> Result<Vec<u8>, ZipError> {
    let damaged = |_| ZipError::Damaged;
    let constructor = js_sys::Reflect::get(&js_sys::global(), &"DecompressionStream".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or(ZipError::Unsupported)?;
    let decompressor = js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&"deflate-raw".into()))
        .map_err(|_| ZipError::Unsupported)?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(data));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(damaged)?;
    let stream = blob.stream().pipe_through(decompressor.unchecked_ref::<web_sys::ReadableWritablePair>());
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(damaged)?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).map_err(damaged)?;
        if done.is_truthy() {
            return Ok(out);
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).map_err(damaged)?;
        out.extend(js_sys::Uint8Array::new(&value).to_vec());
        if out.len() > MAX_MEMBER_BYTES {
            let _ = reader.cancel();
            return Err(ZipError::TooLarge);
        }
    }
}

/// The files of a picker or a drop, in the order the reader chose them.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default()
}

/// The bytes of `file`, or a one-line reason it could not be read.
pub async fn read_file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| format!("“{}” could not be read", file.name()))?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| "the browser returned no data".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Never read: code, scripts, styles, form controls and media.
const SKIPPED: [&str; 14] = [
    "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "canvas", "select",
    "textarea", "button", "input",
];
/// Elements that end a paragraph.
const BLOCKS: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "tr",
];

/// Where an HTML page says when it was published, in the order looked at.
const PUBLISHED: [&str; 5] = [
    "meta[property='article:published_time']",
    "meta[name='article:published_time']",
    "meta[itemprop='datePublished']",
    "meta[name='date']",
    "time[datetime]",
];

/// The publication day from a page's metadata: its first ten characters must be a date (YYYY-MM-DD).
fn published_date(document: &web_sys::Document) -> Option<CalendarDate> {
    PUBLISHED.iter().find_map(|selector| {
        let element = document.query_selector(selector).ok().flatten()?;
        let value = element.get_attribute("content").or_else(|| element.get_attribute("datetime"))?;
        CalendarDate::parse(value.trim().get(..10)?)
    })
}

/// An HTML page's title, visible text (one paragraph per block element) and publication date.
fn html_text(html: &str) -> Option<(Option<String>, String, Option<CalendarDate>)> {
    let parser = web_sys::DomParser::new().ok()?;
    let document = parser.parse_from_string(html, web_sys::SupportedType::TextHtml).ok()?;
    let title = Some(document.title().trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| document.query_selector("h1").ok().flatten().and_then(|h| h.text_content()))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    if let Some(body) = document.body() {
        walk(&body, &mut current, &mut paragraphs);
    }
    flush(&mut current, &mut paragraphs);
    Some((title, paragraphs.join("\n\n"), published_date(&document)))
}

fn walk(node: &web_sys::Node, current: &mut String, paragraphs: &mut Vec<String>) {
    let mut child = node.first_child();
    while let Some(n) = child {
        match n.node_type() {
            // Source line breaks are spaces in HTML; only <br> breaks a line.
            web_sys::Node::TEXT_NODE => {
                current.push_str(&n.text_content().unwrap_or_default().replace(['\n', '\r'], " "))
            }
            web_sys::Node::ELEMENT_NODE => {
                let name = n.node_name().to_lowercase();
                if name == "br" {
                    current.push('\n');
                } else if !SKIPPED.contains(&name.as_str()) {
                    let block = BLOCKS.contains(&name.as_str());
                    if block {
                        flush(current, paragraphs);
                    }
                    walk(&n, current, paragraphs);
                    if block {
                        flush(current, paragraphs);
                    }
                }
            }
            _ => {}
        }
        child = n.next_sibling();
    }
}

/// Ends a paragraph: HTML's white space collapsed, line breaks from <br> kept.
fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let lines: Vec<String> = current
        .split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    if !lines.is_empty() {
        paragraphs.push(lines.join("\n"));
    }
    current.clear();
}
