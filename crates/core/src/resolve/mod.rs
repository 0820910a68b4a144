//! Resolution: mentions → entities (aliases inside an article, across articles
//! and languages through the place lexicon), and nationalities (NORP).

pub mod chrome;
pub mod compounds;
pub mod conventions;
pub mod corpus;
pub mod entities;
pub mod headlines;
pub mod keys;
pub mod kinds;
pub mod lexicon;
pub mod norp;
pub mod particles;
pub mod recover;
mod union_find;

pub use corpus::{resolve_corpus, Presence};
pub use entities::{Entity, Link};
pub use lexicon::{Lexicon, LexiconError, Place, PlaceKind};

use crate::document::Mention;

/// The span from token `a` to token `b` (exclusive), with its UTF-16 offsets.
pub(crate) fn tokens_span(tokens: &[crate::segment::token::Token], a: usize, b: usize) -> crate::text::Span {
    let (first, last) = (tokens[a].span, tokens[b - 1].span);
    crate::text::Span { start: first.start, end: last.end, start16: first.start16, end16: last.end16 }
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
    tagged: &[(&str, crate::label::Label)],
) -> (Vec<crate::segment::token::Token>, Vec<Mention>) {
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
pub(crate) fn found_mention(
    tokens: &[crate::segment::token::Token],
    a: usize,
    b: usize,
    label: crate::label::Label,
) -> Mention {
    Mention {
        span: tokens_span(tokens, a, b),
        label,
        confidence: norp::LEXICON_CONFIDENCE,
        tokens: (a, b),
        entity: None,
        source: crate::document::Source::Model,
    }
}

/// Adds mentions found beside the tagger's, keeping them in text order.
pub(crate) fn add_mentions(mentions: &mut Vec<Mention>, added: Vec<Mention>) {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}
