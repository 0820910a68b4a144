//! What a reader's click or key on a mention means, as a correction: the page
//! asks here, so the rules (a token at a time, never an empty span) are the
//! core's and tested natively.

use crate::document::Document;
use crate::label::Label;
use crate::reader::corrections::{Correction, Kind, Target};

/// Which end of a mention moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Start,
    End,
}

/// One thing a reader can do to a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Label(Label),
    Delete,
    /// One more token at that side.
    Widen(Side),
    /// One token fewer at that side.
    Narrow(Side),
    /// Join its entity with the entity of this other mention.
    MergeWith(usize),
    Split,
}

/// The correction that does `action` to mention `index` of `document`, or
/// why it cannot be done, for the reader.
pub fn correction_for(document: &Document, index: usize, action: Action, at: f64) -> Result<Correction, String> {
    let mention = document.mentions.get(index).ok_or("That name is no longer in the analysis.")?;
    let text = &document.text;
    let target = Target::new(text, mention.span.start, mention.span.end)?;
    let correction = match action {
        Action::Label(label) if label == mention.label => return Err(format!("It is already a {}.", label.name())),
        Action::Label(label) => Correction::new(Kind::Label, target, at).with_label(label),
        Action::Delete => Correction::new(Kind::Delete, target, at),
        Action::Widen(side) | Action::Narrow(side) => {
            let (first, end) = mention.tokens;
            let tokens = &document.tokens;
            if tokens.len() < end {
                // A long article's tokens stay in the page's worker: then there is nothing to count by.
                return Err(
                    "This article is too long to resize names in: delete the name and tag the words you mean.".into()
                );
            }
            let (first, end) = match (action, side) {
                (Action::Widen(_), Side::Start) => (first.checked_sub(1).ok_or("It already starts the text.")?, end),
                (Action::Widen(_), Side::End) if end < tokens.len() => (first, end + 1),
                (Action::Widen(_), Side::End) => return Err("It already ends the text.".into()),
                _ if end <= first + 1 => return Err("A name of one word cannot be narrower: delete it instead.".into()),
                (_, Side::Start) => (first + 1, end),
                (_, Side::End) => (first, end - 1),
            };
            let (Some(a), Some(b)) = (tokens.get(first), tokens.get(end.wrapping_sub(1))) else {
                return Err("That name cannot be resized.".into());
            };
            let (start, stop) = (a.span.start, b.span.end);
            if !within_a_sentence(document, start, stop) {
                return Err("A name stays within one sentence.".into());
            }
            Correction::new(Kind::Resize, target, at).with_label(mention.label).with_to(Target::new(text, start, stop)?)
        }
        Action::MergeWith(other) => {
            let other_mention = document.mentions.get(other).ok_or("That name is no longer in the analysis.")?;
            if other_mention.entity.is_some() && other_mention.entity == mention.entity {
                return Err("Both name the same entity already.".into());
            }
            let to = Target::new(text, other_mention.span.start, other_mention.span.end)?;
            Correction::new(Kind::Merge, target, at).with_to(to)
        }
        Action::Split => {
            let alone = mention.entity.and_then(|id| document.entity(id)).is_none_or(|e| e.mentions.len() < 2);
            if alone {
                return Err("It is the only mention of its entity already.".into());
            }
            Correction::new(Kind::Split, target, at)
        }
    };
    Ok(correction)
}

/// Tags the words the reader selected (`start..end`, bytes) as `label`.
pub fn tag_words(document: &Document, start: usize, end: usize, label: Label, at: f64) -> Result<Correction, String> {
    if !Label::NAMES.contains(&label) {
        return Err(format!("{} is a value, not a name's label.", label.as_str()));
    }
    let target = Target::new(&document.text, start, end)?;
    if !within_a_sentence(document, target.start, target.end) {
        return Err("Select words within one sentence: a name does not go on past its sentence.".into());
    }
    Ok(Correction::new(Kind::Add, target, at).with_label(label))
}

/// Whether `start..end` lies inside one of the document's sentences.
fn within_a_sentence(document: &Document, start: usize, end: usize) -> bool {
    let sentences = &document.sentences;
    sentences.get(sentences.partition_point(|s| s.end <= start)).is_none_or(|s| end <= s.end)
}

/// A UTF-16 offset (the DOM's) as a byte offset into `text`, on a char boundary.
pub fn byte_offset(text: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= utf16 {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::{Mention, Source};

    /// "Nicolás Maduro met Putin" with Maduro and Putin tagged as one entity each.
    fn document() -> Document {
        let mut doc = Document::analyze("Nicolás Maduro met Putin today.");
        let mention = |a: usize, b: usize, label| {
            let span = crate::mention::tokens_span(&doc.tokens, a, b);
            Mention { span, label, confidence: 0.9, tokens: (a, b), entity: None, source: Source::Model }
        };
        doc.mentions = vec![mention(1, 2, Label::PER), mention(3, 4, Label::PER)];
        doc.resolve(&crate::resolve::Lexicon::default());
        doc
    }

    #[test]
    fn widening_and_narrowing_move_one_token() {
        let doc = document();
        let wider = correction_for(&doc, 0, Action::Widen(Side::Start), 0.0).unwrap();
        assert_eq!(wider.to.unwrap().text, "Nicolás Maduro");
        let wider = correction_for(&doc, 1, Action::Widen(Side::End), 0.0).unwrap();
        assert_eq!(wider.to.unwrap().text, "Putin today");
        assert!(correction_for(&doc, 0, Action::Narrow(Side::End), 0.0).unwrap_err().contains("one word"));
    }

    #[test]
    fn pointless_corrections_are_refused_with_a_reason() {
        let doc = document();
        assert!(correction_for(&doc, 0, Action::Label(Label::PER), 0.0).unwrap_err().contains("already"));
        assert!(correction_for(&doc, 0, Action::Split, 0.0).unwrap_err().contains("only mention"));
        assert!(correction_for(&doc, 9, Action::Delete, 0.0).is_err());
        assert_eq!(correction_for(&doc, 0, Action::MergeWith(1), 0.0).unwrap().to.unwrap().text, "Putin");
        assert!(tag_words(&doc, 15, 16, Label::ORG, 0.0).unwrap_err().contains("Select some words"));
        assert!(tag_words(&doc, 0, 7, Label::DATE, 0.0).is_err());
        let two = Document::analyze("Maduro met Putin. Lavrov left.");
        assert!(tag_words(&two, 11, 24, Label::PER, 0.0).unwrap_err().contains("one sentence"));
        let mut long = document();
        long.tokens.clear(); // as the worker sends a long article
        assert!(correction_for(&long, 0, Action::Widen(Side::Start), 0.0).unwrap_err().contains("too long"));
    }

    #[test]
    fn dom_offsets_become_byte_offsets() {
        let text = "Díaz-Canel 😀 x";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 2), 3); // after "Dí"
        assert_eq!(byte_offset(text, 13), "Díaz-Canel 😀".len()); // the emoji is two UTF-16 units
        assert_eq!(byte_offset(text, 99), text.len());
    }
}
