//! The types every stage shares — a mention, who found it, a notice for the
//! reader — and the helpers that lay a mention over tokens. They sit below the
//! stages (segment → ner → resolve → quotes, values, enrich), which import them
//! from here, never from `document`, the module that runs the pipeline.

use crate::label::Label;
use crate::segment::token::Token;
use crate::text::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The confidence of a mention the pipeline found itself (a lexicon, the body of the
/// article, a known name) rather than the tagger.
pub const LEXICON_CONFIDENCE: f32 = 0.9;

/// Something the reader should know about the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub code: Cow<'static, str>,
    pub message: String,
}

/// A span of text that names an entity (found by the tagger, or by the lexicon for NORP).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub label: Label,
    /// 0..1: the mean marginal probability of the mention's tags.
    pub confidence: f32,
    /// The tokens it covers, as indices into `Document::tokens`.
    pub tokens: (usize, usize),
    /// The id of the entity it names, once resolved.
    pub entity: Option<u32>,
    /// Who found it: the pipeline, the reader's entity list, or the reader's own correction.
    #[serde(default)]
    pub source: Source,
}

/// Who put a mention there. Only the pipeline's mentions are ever overruled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The tagger, the lexicon or a rule of the pipeline.
    #[default]
    Model,
    /// A name on the reader's entity list.
    List,
    /// The reader corrected or added it in this article.
    Reader,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Model => "model",
            Source::List => "list",
            Source::Reader => "reader",
        }
    }

    /// The reader's word (a list entry or a correction) beats the model's.
    pub fn is_readers(self) -> bool {
        self != Source::Model
    }
}

/// The span from token `a` to token `b` (exclusive), with its UTF-16 offsets.
pub(crate) fn tokens_span(tokens: &[Token], a: usize, b: usize) -> Span {
    let (first, last) = (tokens[a].span, tokens[b - 1].span);
    Span { start: first.start, end: last.end, start16: first.start16, end16: last.end16 }
}

/// Which tokens a mention already covers (a token inside a name is not looked up again).
pub(crate) fn covered_tokens(n_tokens: usize, mentions: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; n_tokens];
    for m in mentions {
        for c in covered.iter_mut().take(m.tokens.1.min(n_tokens)).skip(m.tokens.0) {
            *c = true;
        }
    }
    covered
}

/// Tests: `tagged` names laid on `text` as the model's mentions, each at its first occurrence
/// after the one before, with the tokens of `language`.
#[cfg(test)]
pub(crate) fn laid_mentions(
    text: &str,
    language: crate::Language,
    tagged: &[(&str, Label)],
) -> (Vec<Token>, Vec<Mention>) {
    let tokens = crate::segment::tokenize::tokenize(text, language.rules());
    let mut from = 0;
    let mentions = tagged
        .iter()
        .map(|&(name, label)| {
            let start = from + text[from..].find(name).expect("in the text");
            from = start + name.len();
            let a = tokens.iter().position(|t| t.span.start == start).expect("a token start");
            let b = tokens.iter().position(|t| t.span.end == start + name.len()).expect("a token end") + 1;
            let span = tokens_span(&tokens, a, b);
            Mention { span, label, confidence: 0.9, tokens: (a, b), entity: None, source: Default::default() }
        })
        .collect();
    (tokens, mentions)
}

/// A mention the pipeline found itself over tokens `a..b` (a lexicon, the body of the
/// article, a known name), not the tagger: its confidence is the lexicon's.
pub(crate) fn found_mention(tokens: &[Token], a: usize, b: usize, label: Label) -> Mention {
    Mention {
        span: tokens_span(tokens, a, b),
        label,
        confidence: LEXICON_CONFIDENCE,
        tokens: (a, b),
        entity: None,
        source: Source::Model,
    }
}

/// Adds mentions found beside the tagger's, keeping them in text order.
pub(crate) fn add_mentions(mentions: &mut Vec<Mention>, added: Vec<Mention>) {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}
