//! An analysis as files a reader can take elsewhere: the entities and the
//! mentions as CSV (RFC 4180, one header row), and a self-contained HTML
//! report of the article with its names highlighted, which opens offline in
//! any browser. (The JSON export is `analysis::AnalysisJson`.)

use crate::analysis::entity_ref;
use crate::document::Document;

/// One CSV field: quoted when it holds a comma, a quote or a line break.
fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

fn row(fields: &[String]) -> String {
    let mut line = fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// `id,name,label,aliases,mentions,salience,link`: one row per entity, most salient first;
/// aliases are separated by `|`.
pub fn entities_csv(document: &Document) -> String {
    let mut entities: Vec<_> = document.entities.iter().collect();
    entities.sort_by(|a, b| b.salience.total_cmp(&a.salience).then(b.mentions.len().cmp(&a.mentions.len())));
    let mut out = row(&["id", "name", "label", "aliases", "mentions", "salience", "link"].map(String::from));
    for e in entities {
        out.push_str(&row(&[
            entity_ref(e.id),
            e.name.clone(),
            e.label.as_str().to_string(),
            e.aliases.join("|"),
            e.mentions.len().to_string(),
            format!("{:.3}", e.salience),
            e.link.as_ref().map_or(String::new(), |l| l.id.clone()),
        ]));
    }
    out
}

/// `start,end,start16,end16,text,label,confidence,entity,source`: one row per mention, in
/// text order; offsets in UTF-8 bytes and in UTF-16 units, as in the JSON; `source` is
/// `model`, or `list` and `reader` for what the reader's list or corrections put there.
pub fn mentions_csv(document: &Document) -> String {
    let header = ["start", "end", "start16", "end16", "text", "label", "confidence", "entity", "source"];
    let mut out = row(&header.map(String::from));
    for m in &document.mentions {
        out.push_str(&row(&[
            m.span.start.to_string(),
            m.span.end.to_string(),
            m.span.start16.to_string(),
            m.span.end16.to_string(),
            m.span.text(&document.text).to_string(),
            m.label.as_str().to_string(),
            format!("{:.3}", m.confidence),
            m.entity.map(entity_ref).unwrap_or_default(),
            m.source.as_str().to_string(),
        ]));
    }
    out
}

/// Text made safe inside HTML elements and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const REPORT_STYLE: &str = "body{font:1rem/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d232b;background:#fff}\
h1{font:600 1.5rem/1.25 system-ui,sans-serif}h2{font:600 1.05rem system-ui,sans-serif;margin-top:2rem}\
.meta,.legend{font:0.85rem system-ui,sans-serif;color:#4f5864}.text{white-space:pre-wrap}\
mark{color:inherit;border-radius:3px;padding:0 .1em;border-bottom:2px solid}\
mark.PER{background:#fde7b0;border-color:#a15c00}mark.ORG{background:#d8e8fb;border-color:#1f5f8b;border-bottom-style:double}\
mark.LOC{background:#d5f0dc;border-color:#1e6b3a;border-bottom-style:dotted}mark.NORP{background:#ece0fa;border-color:#6a3d9a;border-bottom-style:dashed}\
mark.MISC{background:#eceae4;border-color:#5b6572}mark .t{font:600 .6rem system-ui,sans-serif;vertical-align:super;margin-left:.15em;color:#4f5864}\
table{border-collapse:collapse;font:.9rem system-ui,sans-serif;width:100%}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #ddd;vertical-align:top}\
blockquote{margin:.6rem 0;padding-left:.8rem;border-left:3px solid #ccc}\
@media (prefers-color-scheme:dark){body{background:#14181d;color:#e6e9ee}mark.PER{background:#5a4210}mark.ORG{background:#1c3a57}\
mark.LOC{background:#1d4a2c}mark.NORP{background:#3d2a57}mark.MISC{background:#3a3a3a}.meta,.legend,mark .t{color:#b7c0ca}}";

/// A self-contained HTML page: the article with every mention marked (its type
/// written beside it, not only coloured), then its entities, quotes and values.
/// No script, no external file: it opens offline in any browser.
pub fn html_report(document: &Document, title: &str) -> String {
    let text = document.text.as_str();
    let mut body = String::with_capacity(text.len() * 2);
    let mut at = 0;
    for m in &document.mentions {
        if m.span.start < at || m.span.end > text.len() {
            continue;
        }
        body.push_str(&escape(&text[at..m.span.start]));
        let entity = m.entity.and_then(|id| document.entity(id));
        let name = entity.map_or(m.span.text(text), |e| e.name.as_str());
        body.push_str(&format!(
            "<mark class=\"{label}\" title=\"{kind}: {name}\">{words}<span class=\"t\">{label}</span></mark>",
            label = m.label.as_str(),
            kind = escape(m.label.name()),
            name = escape(name),
            words = escape(m.span.text(text)),
        ));
        at = m.span.end;
    }
    body.push_str(&escape(&text[at..]));

    let mut entities: Vec<_> = document.entities.iter().collect();
    entities.sort_by(|a, b| b.salience.total_cmp(&a.salience));
    let entity_rows: String = entities
        .iter()
        .map(|e| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&e.name),
                escape(e.label.name()),
                escape(&e.aliases.join(", ")),
                e.mentions.len()
            )
        })
        .collect();
    let quotes: String = document
        .quotes
        .iter()
        .map(|q| {
            let written = q.source_as_written(text, &document.mentions);
            let speaker = match (q.speaker.and_then(|id| document.entity(id)), written) {
                (Some(e), Some(written)) => format!("{} (“{}”)", escape(&e.name), escape(written)),
                (Some(e), None) => escape(&e.name),
                (None, Some(written)) => escape(written),
                (None, None) => "speaker not named".to_string(),
            };
            format!("<blockquote>“{}” — {speaker}</blockquote>", escape(q.content.text(text)))
        })
        .collect();
    let values: String = document
        .values
        .iter()
        .map(|v| {
            format!(
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(v.span.text(text)),
                v.label.as_str(),
                escape(&crate::values::in_words::value_in_words(v))
            )
        })
        .collect();
    let language = document.language.language.map_or("und", |l| l.code());
    format!(
        "<!DOCTYPE html>\n<html lang=\"{language}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
<style>{REPORT_STYLE}</style></head><body>\n<h1>{title}</h1>\n\
<p class=\"meta\">Analyzed by Gleaner, in the browser. {mentions} mentions of {entities} entities · language: {language}.</p>\n\
<p class=\"legend\">PER person · ORG organization · LOC place · NORP nationality or group · MISC other name</p>\n\
<div class=\"text\">{body}</div>\n\
<h2>Entities</h2><table><thead><tr><th>Name</th><th>Type</th><th>Also written</th><th>Mentions</th></tr></thead><tbody>{entity_rows}</tbody></table>\n\
{quote_section}{value_section}</body></html>\n",
        title = escape(title),
        mentions = document.mentions.len(),
        entities = document.entities.len(),
        quote_section = if quotes.is_empty() { String::new() } else { format!("<h2>Quotes</h2>{quotes}\n") },
        value_section = if values.is_empty() {
            String::new()
        } else {
            format!("<h2>Dates and amounts</h2><table><thead><tr><th>Text</th><th>Type</th><th>Value</th></tr></thead><tbody>{values}</tbody></table>\n")
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Label;
    use crate::mention::{Mention, Source};
    use crate::text::Span;

    fn document() -> Document {
        let mut document = Document::analyze("Maduro, \"the president\", met <b>Putin</b> in Moscow.");
        let span = |start: usize, end: usize| Span { start, end, start16: start, end16: end };
        document.mentions = vec![
            Mention {
                span: span(0, 6),
                label: Label::PER,
                confidence: 0.9,
                tokens: (0, 1),
                entity: None,
                source: Source::Model,
            },
            Mention {
                span: span(32, 37),
                label: Label::PER,
                confidence: 0.8,
                tokens: (9, 10),
                entity: None,
                source: Source::Model,
            },
        ];
        document
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let out = mentions_csv(&document());
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], "start,end,start16,end16,text,label,confidence,entity,source");
        assert_eq!(lines[1], "0,6,0,6,Maduro,PER,0.900,,model");
        assert_eq!(field("a \"b\", c"), "\"a \"\"b\"\", c\"");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
        assert!(entities_csv(&document()).starts_with("id,name,label,aliases,mentions,salience,link\r\n"));
    }

    #[test]
    fn the_report_escapes_the_text_and_marks_mentions() {
        let report = html_report(&document(), "A <title> & more");
        assert!(report.contains("<title>A &lt;title&gt; &amp; more</title>"));
        assert!(report.contains("met &lt;b&gt;<mark class=\"PER\""), "{report}");
        assert!(
            report.contains("<mark class=\"PER\" title=\"person: Maduro\">Maduro<span class=\"t\">PER</span></mark>")
        );
        assert!(!report.contains("<script"));
    }
}
