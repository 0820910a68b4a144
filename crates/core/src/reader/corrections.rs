//! A reader's corrections of one article, kept as data with the article and
//! applied again on every analysis: each names the text it changed (where it
//! was, and what it said), so it finds its place again, or says it cannot.

use crate::label::Label;
use crate::text::quoted;
use serde::{Deserialize, Serialize};

/// What the reader did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Gave a mention another label.
    Label,
    /// Said a mention names nothing.
    Delete,
    /// Tagged words the tagger missed.
    Add,
    /// Made a mention wider or narrower.
    Resize,
    /// Said two entities are one: the mention's and the one `to` names.
    Merge,
    /// Took a mention out of its entity, into one of its own.
    Split,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Label, Kind::Delete, Kind::Add, Kind::Resize, Kind::Merge, Kind::Split];

    /// In words, for the list of corrections: "relabelled", "deleted".
    pub fn past_tense(self) -> &'static str {
        match self {
            Kind::Label => "relabelled",
            Kind::Delete => "deleted",
            Kind::Add => "added",
            Kind::Resize => "resized",
            Kind::Merge => "merged",
            Kind::Split => "split off",
        }
    }
}

/// A span of the article, in UTF-8 bytes, with the text it held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Target {
    /// The span `start..end` of `text`, trimmed of white space; refused (with
    /// a message for the reader) when it is empty, blank or not in the text.
    pub fn new(text: &str, start: usize, end: usize) -> Result<Target, String> {
        let Some(selected) = text.get(start..end.max(start)) else {
            return Err("That selection is not in the article's text.".into());
        };
        let trimmed = selected.trim();
        if trimmed.is_empty() {
            return Err("Select some words first: an empty or blank selection names nothing.".into());
        }
        let start = start + (selected.len() - selected.trim_start().len());
        Ok(Target { start, end: start + trimmed.len(), text: trimmed.to_string() })
    }

    /// Where this target is in `text` now: where it was if the words are
    /// still there, else the nearest place that has them; `None` when the
    /// words are gone.
    pub fn locate(&self, text: &str) -> Option<(usize, usize)> {
        if self.text.trim().is_empty() {
            return None;
        }
        if text.get(self.start..self.end) == Some(self.text.as_str()) {
            return Some((self.start, self.end));
        }
        text.match_indices(self.text.as_str())
            .map(|(at, _)| at)
            .min_by_key(|&at| at.abs_diff(self.start))
            .map(|at| (at, at + self.text.len()))
    }
}

/// One correction of one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    pub kind: Kind,
    /// The mention changed, or the words tagged (`add`).
    pub target: Target,
    /// The label given (`label`, `add`) or kept (`resize`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// The new span (`resize`), or a mention of the other entity (`merge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Target>,
    /// When, in milliseconds since 1970 (JavaScript's `Date.now()`).
    #[serde(default)]
    pub at: f64,
}

impl Correction {
    pub fn new(kind: Kind, target: Target, at: f64) -> Correction {
        Correction { kind, target, label: None, to: None, at }
    }

    pub fn with_label(self, label: Label) -> Correction {
        Correction { label: Some(label), ..self }
    }

    pub fn with_to(self, to: Target) -> Correction {
        Correction { to: Some(to), ..self }
    }

    /// Whether it can be applied at all; else why not, for the reader.
    pub fn check(&self) -> Result<(), String> {
        if self.target.text.trim().is_empty() || self.target.end <= self.target.start {
            return Err("A correction needs some words: an empty or blank span names nothing.".into());
        }
        let needs_label = matches!(self.kind, Kind::Label | Kind::Add | Kind::Resize);
        match self.label {
            None if needs_label => return Err(format!("To {} a mention, give its label.", self.verb())),
            Some(label) if !Label::NAMES.contains(&label) => {
                return Err(format!("{} is a value, not a name's label.", label.as_str()))
            }
            _ => {}
        }
        let needs_to = matches!(self.kind, Kind::Resize | Kind::Merge);
        match &self.to {
            None if needs_to => Err(format!("To {} a mention, say with what.", self.verb())),
            Some(to) if needs_to && to.text.trim().is_empty() => {
                Err("A correction needs some words: an empty or blank span names nothing.".into())
            }
            _ => Ok(()),
        }
    }

    fn verb(&self) -> &'static str {
        match self.kind {
            Kind::Label => "relabel",
            Kind::Delete => "delete",
            Kind::Add => "add",
            Kind::Resize => "resize",
            Kind::Merge => "merge",
            Kind::Split => "split",
        }
    }

    /// One line saying what it was: `"Maduro" relabelled PER`.
    pub fn describe(&self) -> String {
        let mut line = format!("{} {}", quoted(&self.target.text), self.kind.past_tense());
        if let Some(label) = self.label.filter(|_| self.kind != Kind::Resize) {
            line.push_str(&format!(" as {}", label.as_str()));
        }
        if let Some(to) = &self.to {
            let joiner = if self.kind == Kind::Merge { " with " } else { " to " };
            line.push_str(joiner);
            line.push_str(&quoted(&to.text));
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_or_empty_selection_is_refused_with_a_message() {
        let text = "Maduro met  Putin.";
        assert!(Target::new(text, 10, 12).unwrap_err().contains("Select some words"));
        assert!(Target::new(text, 3, 3).unwrap_err().contains("Select some words"));
        assert!(Target::new(text, 3, 300).is_err());
        let target = Target::new(text, 6, 17).unwrap();
        assert_eq!((target.start, target.end, target.text.as_str()), (7, 17, "met  Putin"));
    }

    #[test]
    fn a_target_finds_its_words_where_they_are_now() {
        let target = Target { start: 0, end: 6, text: "Maduro".into() };
        assert_eq!(target.locate("Maduro met Putin."), Some((0, 6)));
        assert_eq!(target.locate("Today Maduro met Putin; Maduro left."), Some((6, 12)));
        assert_eq!(target.locate("Putin left."), None);
    }

    #[test]
    fn corrections_without_what_they_need_are_refused() {
        let target = Target { start: 0, end: 6, text: "Maduro".into() };
        assert!(Correction::new(Kind::Label, target.clone(), 0.0).check().is_err());
        assert!(Correction::new(Kind::Merge, target.clone(), 0.0).check().is_err());
        assert!(Correction::new(Kind::Add, target.clone(), 0.0).with_label(Label::DATE).check().is_err());
        let blank = Target { start: 0, end: 1, text: " ".into() };
        assert!(Correction::new(Kind::Delete, blank, 0.0).check().is_err());
        let relabel = Correction::new(Kind::Label, target, 0.0).with_label(Label::ORG);
        assert!(relabel.check().is_ok());
        assert_eq!(relabel.describe(), "'Maduro' relabelled as ORG");
        let json = serde_json::to_string(&relabel).unwrap();
        assert_eq!(json, r#"{"kind":"label","target":{"start":0,"end":6,"text":"Maduro"},"label":"ORG","at":0.0}"#);
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), relabel);
    }
}
