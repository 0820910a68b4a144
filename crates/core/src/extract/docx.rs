//! The text of a Word file (`.docx`, Office Open XML): one paragraph per
//! `<w:p>`, with tabs and line breaks kept, deleted revisions, field codes and
//! the fallback copies of text boxes left out. The title is the document
//! property (`dc:title`), else the first paragraph styled as a title or first
//! heading. No XML library: the main part is a flat run of tags, and only a
//! handful of them carry the text a reader sees.

use super::extracted::Extracted;
use super::zip::{Archive, ZipError};
use core::fmt;

/// Why a file could not be read as a Word document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocxError {
    Zip(ZipError),
    /// A ZIP archive, but with no Word document inside.
    NotWord,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Zip(ZipError::NotZip) => f.write_str("it is not a Word (.docx) document"),
            DocxError::Zip(e) => e.fmt(f),
            DocxError::NotWord => f.write_str("it holds no Word document"),
        }
    }
}

impl From<ZipError> for DocxError {
    fn from(e: ZipError) -> Self {
        DocxError::Zip(e)
    }
}

/// The members a Word file's text is read from: the package relationships
/// (which name the main part), then the main part and the document
/// properties. [`docx`] reads them with the core's inflater; the page runs the
/// same steps with the browser's.
pub const RELATIONSHIPS: &str = "_rels/.rels";
pub const PROPERTIES: &str = "docProps/core.xml";

/// The main part's member name: the `officeDocument` relationship's target, or Word's default.
pub fn main_part(relationships: Option<&str>) -> String {
    relationships.and_then(office_document_target).unwrap_or_else(|| "word/document.xml".to_string())
}

/// The title and text, from the main part's XML and the document properties' XML.
pub fn from_parts(document: &str, properties: Option<&str>) -> Extracted {
    let body = Body::read(document);
    let property_title = properties.and_then(|core| element_text(core, "dc:title")).filter(|t| !t.is_empty());
    Extracted { title: property_title.or(body.styled_title), text: body.paragraphs.join("\n\n") }
}

/// The title and text of a `.docx` file.
pub fn docx(bytes: &[u8]) -> Result<Extracted, DocxError> {
    let archive = Archive::open(bytes)?;
    let text_of = |name: &str| -> Result<Option<String>, ZipError> {
        Ok(archive.read(name)?.map(|b| String::from_utf8_lossy(&b).into_owned()))
    };
    let document = text_of(&main_part(text_of(RELATIONSHIPS)?.as_deref()))?.ok_or(DocxError::NotWord)?;
    Ok(from_parts(&document, text_of(PROPERTIES)?.as_deref()))
}

/// The target of the package's `officeDocument` relationship, without its leading slash.
fn office_document_target(rels: &str) -> Option<String> {
    tags(rels).find_map(|tag| {
        let is_main = tag.name == "Relationship"
            && attribute(tag.attributes, "Type").is_some_and(|t| t.ends_with("/officeDocument"));
        is_main.then(|| attribute(tag.attributes, "Target")).flatten().map(|t| unescape(t.trim_start_matches('/')))
    })
}

/// The unescaped text inside the first `<name>…</name>`.
fn element_text(xml: &str, name: &str) -> Option<String> {
    let open = format!("<{name}");
    let start = xml.find(&open)?;
    let content = start + xml[start..].find('>')? + 1;
    if xml[..content].ends_with("/>") {
        return None;
    }
    let end = content + xml[content..].find(&format!("</{name}>"))?;
    Some(unescape(&xml[content..end]).split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Style ids of a title or first heading. Word keeps only the ASCII letters of
/// a localized style name in its id: "Überschrift 1" is `berschrift1`,
/// "Título 1" is `ttulo1`.
const TITLE_STYLES: [&str; 11] =
    ["title", "titel", "ttulo", "titre", "titolo", "heading1", "berschrift1", "ttulo1", "titre1", "titolo1", "kop1"];

/// The paragraphs of the main part, and a title from its styles.
struct Body {
    paragraphs: Vec<String>,
    styled_title: Option<String>,
}

impl Body {
    fn read(xml: &str) -> Body {
        let mut body = Body { paragraphs: Vec::new(), styled_title: None };
        let mut current = String::new();
        let mut style_is_title = false;
        let mut in_text = false;
        // Inside <mc:Fallback> (a second copy of a text box) or a deleted run: nothing is read.
        let mut skipped_depth = 0usize;
        let end_paragraph = |current: &mut String, style_is_title: &mut bool, body: &mut Body| {
            let paragraph = current.trim().to_string();
            if !paragraph.is_empty() {
                if *style_is_title && body.styled_title.is_none() {
                    body.styled_title = Some(paragraph.split_whitespace().collect::<Vec<_>>().join(" "));
                }
                body.paragraphs.push(paragraph);
            }
            current.clear();
            *style_is_title = false;
        };
        for tag in tags(xml) {
            if in_text && skipped_depth == 0 {
                current.push_str(&unescape(tag.text_before));
            }
            let local = tag.name.rsplit(':').next().unwrap_or(tag.name);
            if matches!(tag.name, "mc:Fallback" | "w:del" | "w:moveFrom") {
                match tag.kind {
                    TagKind::Open => skipped_depth += 1,
                    TagKind::Close => skipped_depth = skipped_depth.saturating_sub(1),
                    TagKind::Empty => {}
                }
                continue;
            }
            if skipped_depth > 0 {
                continue;
            }
            match (local, tag.kind) {
                ("p", _) => {
                    end_paragraph(&mut current, &mut style_is_title, &mut body);
                    in_text = false;
                }
                ("t", TagKind::Open) => in_text = true,
                ("t", TagKind::Close) => in_text = false,
                ("tab", TagKind::Empty) | ("ptab", TagKind::Empty) => current.push('\t'),
                ("br", _) | ("cr", _) => current.push('\n'),
                ("noBreakHyphen", _) => current.push('-'),
                ("pStyle", _) => {
                    let style = attribute(tag.attributes, "w:val").unwrap_or_default().to_ascii_lowercase();
                    style_is_title = TITLE_STYLES.contains(&style.as_str());
                }
                _ => {}
            }
        }
        end_paragraph(&mut current, &mut style_is_title, &mut body);
        body
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TagKind {
    Open,
    Close,
    Empty,
}

/// One tag, with the character data that came before it.
struct Tag<'a> {
    name: &'a str,
    attributes: &'a str,
    kind: TagKind,
    text_before: &'a str,
}

/// The tags of `xml` in order; declarations, comments and processing
/// instructions are passed over; an unclosed `<` ends the scan.
fn tags(xml: &str) -> impl Iterator<Item = Tag<'_>> {
    let mut rest = xml;
    core::iter::from_fn(move || loop {
        let open = rest.find('<')?;
        let text_before = &rest[..open];
        let after = &rest[open + 1..];
        if let Some(comment) = after.strip_prefix("!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        let close = after.find('>')?;
        let inner = &after[..close];
        rest = &after[close + 1..];
        if inner.starts_with('?') || inner.starts_with('!') {
            continue;
        }
        let (kind, inner) = if let Some(name) = inner.strip_prefix('/') {
            (TagKind::Close, name)
        } else if let Some(body) = inner.strip_suffix('/') {
            (TagKind::Empty, body)
        } else {
            (TagKind::Open, inner)
        };
        let name_end = inner.find(|c: char| c.is_ascii_whitespace()).unwrap_or(inner.len());
        return Some(Tag { name: &inner[..name_end], attributes: &inner[name_end..], kind, text_before });
    })
}

/// The raw value of attribute `name` in a tag's attribute text.
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attributes;
    while let Some(at) = rest.find(name) {
        let before_ok = rest[..at].ends_with(|c: char| c.is_ascii_whitespace());
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(value) = after.strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
                let value = &value[1..];
                return value.find(quote).map(|end| &value[..end]);
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

/// XML character and entity references resolved; a malformed one stays as written.
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let reference = rest[1..].find(';').filter(|&end| end <= 10).map(|end| &rest[1..=end]);
        let resolved = reference.and_then(|r| match r {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number = r.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (resolved, reference) {
            (Some(c), Some(r)) => {
                out.push(c);
                rest = &rest[r.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::super::zip::tests::zip_of;
    use super::*;

    const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

    fn document(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
        )
    }

    fn word_file(body: &str, core: Option<&str>) -> Vec<u8> {
        let document = document(body);
        let mut members: Vec<(&str, &[u8], bool)> =
            vec![("[Content_Types].xml", b"<Types/>", true), ("_rels/.rels", RELS.as_bytes(), true)];
        members.push(("word/document.xml", document.as_bytes(), true));
        if let Some(core) = core {
            members.push(("docProps/core.xml", core.as_bytes(), true));
        }
        zip_of(&members)
    }

    #[test]
    fn paragraphs_runs_tabs_breaks_and_entities() {
        let body = r#"<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Maduro in Moscow</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Nicolás Maduro met </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Vladimir Putin</w:t></w:r><w:r><w:t xml:space="preserve"> on Wednesday.</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>Rosneft</w:t><w:tab/><w:t>34.000 Barrel</w:t><w:br/><w:t>&#8222;Wir &amp; ihr&#x201C; &lt;script&gt;</w:t></w:r></w:p>"#;
        let out = docx(&word_file(body, None)).unwrap();
        assert_eq!(out.title.as_deref(), Some("Maduro in Moscow"));
        assert_eq!(
            out.text,
            "Maduro in Moscow\n\nNicolás Maduro met Vladimir Putin on Wednesday.\n\nRosneft\t34.000 Barrel\n„Wir & ihr“ <script>"
        );
    }

    #[test]
    fn the_property_title_wins_and_hidden_text_stays_out() {
        let core = r#"<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Venezuela &amp; Russia</dc:title></cp:coreProperties>"#;
        let body = r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Oil</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r><w:del w:id="1"><w:r><w:delText>deleted</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t>text</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<!-- a comment with <w:t>no</w:t> --><w:p><w:r><w:t>End</w:t></w:r></w:p>"#;
        let out = docx(&word_file(body, Some(core))).unwrap();
        assert_eq!(out.title.as_deref(), Some("Venezuela & Russia"));
        assert_eq!(out.text, "Oil\n\nKept text\n\nIn a box\n\nEnd");
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        assert_eq!(docx(b"Plain text, not a Word file.").err(), Some(DocxError::Zip(ZipError::NotZip)));
        let not_word = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text", false)]);
        assert_eq!(docx(&not_word).err(), Some(DocxError::NotWord));
        assert_eq!(DocxError::NotWord.to_string(), "it holds no Word document");
        assert_eq!(DocxError::Zip(ZipError::NotZip).to_string(), "it is not a Word (.docx) document");
    }

    #[test]
    fn damaged_files_never_panic() {
        let file = word_file("<w:p><w:r><w:t>Caracas &amp; Moskau</w:t></w:r></w:p>", None);
        for cut in 0..file.len() {
            let _ = docx(&file[..cut]);
        }
        for xml in ["<", "<w:p", "<w:t>&#xFFFFFFFF; &#; &amp &", "<!--", "<w:pStyle w:val=", "<w:t>é</w:t>"] {
            let zip = zip_of(&[("word/document.xml", xml.as_bytes(), true)]);
            let _ = docx(&zip);
        }
    }

    #[test]
    fn attributes_and_references() {
        assert_eq!(attribute(r#" w:val="Title" xml:space="preserve""#, "w:val"), Some("Title"));
        assert_eq!(attribute(r#" xw:val="no" w:val='yes'"#, "w:val"), Some("yes"));
        assert_eq!(attribute(" w:val=", "w:val"), None);
        assert_eq!(unescape("a &amp; b &#233; &#xE9; &bogus; &"), "a & b é é &bogus; &");
    }
}
