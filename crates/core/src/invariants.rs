//! What every analysis promises, checked in one place: the fuzz targets and
//! the property tests call it after every run. Each span lies on char
//! boundaries inside the text with UTF-16 offsets that agree with its byte
//! offsets, every index points at something that exists, and every entity id
//! that is referred to is defined.

use crate::document::Document;
use crate::text::Span;
use std::collections::HashSet;

/// The first broken promise of `document`, described, or `Ok`.
pub fn check(document: &Document) -> Result<(), String> {
    let text = document.text.as_str();
    let utf16 = Utf16Offsets::new(text);
    let span_ok = |span: &Span, what: &str| -> Result<(), String> {
        if span.start > span.end || span.end > text.len() {
            return Err(format!("{what}: span {span:?} outside the text ({} bytes)", text.len()));
        }
        if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
            return Err(format!("{what}: span {span:?} off a char boundary"));
        }
        if utf16.at(span.start) != Some(span.start16) || utf16.at(span.end) != Some(span.end16) {
            return Err(format!("{what}: UTF-16 offsets of {span:?} disagree with its bytes"));
        }
        Ok(())
    };
    for (i, p) in document.paragraphs.iter().enumerate() {
        span_ok(&p.span, &format!("paragraph {i}"))?;
    }
    for (i, s) in document.sentences.iter().enumerate() {
        span_ok(s, &format!("sentence {i}"))?;
    }
    let mut previous_end = 0;
    for (i, t) in document.tokens.iter().enumerate() {
        span_ok(&t.span, &format!("token {i}"))?;
        if t.span.start < previous_end || t.span.start == t.span.end {
            return Err(format!("token {i} {:?} is empty or overlaps the one before", t.span));
        }
        previous_end = t.span.end;
    }
    let n_tokens = document.tokens.len();
    let entity_ids: HashSet<u32> = document.entities.iter().map(|e| e.id).collect();
    if entity_ids.len() != document.entities.len() {
        return Err("two entities share an id".into());
    }
    let entity_ok = |id: Option<u32>, what: &str| match id {
        Some(id) if !entity_ids.contains(&id) => Err(format!("{what} refers to entity {id}, which does not exist")),
        _ => Ok(()),
    };
    let mut previous_end = 0;
    for (i, m) in document.mentions.iter().enumerate() {
        let what = format!("mention {i}");
        span_ok(&m.span, &what)?;
        // Mentions are in text order and never overlap: each names one stretch of text.
        if m.span.start < previous_end {
            return Err(format!("{what}: span {:?} overlaps the mention before (ending at {previous_end})", m.span));
        }
        previous_end = m.span.end;
        let (a, b) = m.tokens;
        if a >= b || b > n_tokens {
            return Err(format!("{what}: tokens {a}..{b} of {n_tokens}"));
        }
        let (first, last) = (document.tokens[a].span, document.tokens[b - 1].span);
        if m.span.start < first.start || m.span.end > last.end {
            return Err(format!("{what}: span {:?} outside its tokens {a}..{b}", m.span));
        }
        if !(0.0..=1.0).contains(&m.confidence) {
            return Err(format!("{what}: confidence {}", m.confidence));
        }
        entity_ok(m.entity, &what)?;
    }
    for e in &document.entities {
        for &k in &e.mentions {
            let Some(m) = document.mentions.get(k) else {
                return Err(format!("entity {} lists mention {k}, which does not exist", e.id));
            };
            if m.entity != Some(e.id) {
                return Err(format!("entity {} lists mention {k}, which names {:?}", e.id, m.entity));
            }
        }
        if !(0.0..=1.0).contains(&e.salience) {
            return Err(format!("entity {}: salience {}", e.id, e.salience));
        }
    }
    for (i, v) in document.values.iter().enumerate() {
        span_ok(&v.span, &format!("value {i}"))?;
        if v.tokens.0 > v.tokens.1 || v.tokens.1 > n_tokens {
            return Err(format!("value {i}: tokens {:?} of {n_tokens}", v.tokens));
        }
    }
    for (i, q) in document.quotes.iter().enumerate() {
        let what = format!("quote {i}");
        span_ok(&q.span, &what)?;
        span_ok(&q.content, &what)?;
        if let Some(cue) = &q.cue {
            span_ok(cue, &what)?;
        }
        if let Some(source) = &q.source {
            span_ok(source, &what)?;
        }
        entity_ok(q.speaker, &what)?;
        match q.speaker_mention.map(|k| document.mentions.get(k)) {
            Some(None) => return Err(format!("{what}: speaker mention out of range")),
            Some(Some(m)) if m.entity != q.speaker => {
                return Err(format!("{what}: speaker {:?} is not its mention's entity {:?}", q.speaker, m.entity))
            }
            None if q.speaker.is_some() => return Err(format!("{what}: a speaker without its mention")),
            _ => {}
        }
        if q.speaker.is_some() == q.no_speaker.is_some() {
            return Err(format!("{what}: speaker {:?} and no_speaker {:?}", q.speaker, q.no_speaker));
        }
    }
    for r in &document.relations {
        entity_ok(Some(r.a), "relation")?;
        entity_ok(Some(r.b), "relation")?;
        if r.sentences.iter().any(|&s| s >= document.sentences.len()) {
            return Err("a relation cites a sentence that does not exist".into());
        }
    }
    Ok(())
}

/// The UTF-16 offset of every char boundary, counted independently of the pipeline.
struct Utf16Offsets(Vec<u32>);

impl Utf16Offsets {
    fn new(text: &str) -> Utf16Offsets {
        let mut offsets = vec![u32::MAX; text.len() + 1];
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            offsets[i] = units;
            units += c.len_utf16() as u32;
        }
        offsets[text.len()] = units;
        Utf16Offsets(offsets)
    }

    fn at(&self, byte: usize) -> Option<usize> {
        self.0.get(byte).filter(|&&u| u != u32::MAX).map(|&u| u as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_promise_is_named() {
        let mut doc = Document::analyze("Maduro met Putin in Moscow. «Hola», dijo.");
        assert_eq!(check(&doc), Ok(()));
        doc.tokens[1].span.end16 += 1;
        assert!(check(&doc).unwrap_err().contains("UTF-16"));
        let mut doc = Document::analyze("Größe zählt.");
        doc.sentences[0].end = 3; // inside "ö"
        assert!(check(&doc).unwrap_err().contains("char boundary"));
    }
}
