//! Nationalities and groups from a place (NORP): a MISC mention that is a
//! demonym becomes NORP, and demonyms the tagger left alone (lower-case
//! adjectives: venezolanischen, rusos) become NORP mentions, each linked to
//! its country's ISO code.

use super::lexicon::{Lexicon, Place};
use super::{add_mentions, covered_tokens};
use crate::document::Mention;
use crate::label::Label;
use crate::segment::token::{Token, TokenKind};
use crate::Language;

/// The confidence given to a mention found in the lexicon rather than by the tagger.
pub const LEXICON_CONFIDENCE: f32 = 0.9;

/// The country a single-word `text` is a demonym of, in `language`; English
/// forms count in every language only when capitalized ("Venezuelan").
pub fn demonym_country<'l>(lexicon: &'l Lexicon, language: Option<Language>, text: &str) -> Option<&'l Place> {
    let own = language.and_then(|l| lexicon.demonym(l, text));
    own.or_else(|| {
        let capitalized = text.chars().next().is_some_and(char::is_uppercase);
        capitalized.then(|| lexicon.demonym(Language::En, text)).flatten()
    })
}

/// Relabels demonym MISC mentions and adds untagged demonyms; returns each
/// mention's country link (ISO code) for the NORP ones, parallel to `mentions`.
pub fn find_norp(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<Mention>,
    lexicon: &Lexicon,
    language_at: impl Fn(usize) -> Option<Language>,
) {
    if lexicon.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        let single = mention.tokens.1 == mention.tokens.0 + 1;
        if mention.label == Label::MISC && single {
            let word = mention.span.text(text);
            if demonym_country(lexicon, language_at(mention.span.start), word).is_some() {
                mention.label = Label::NORP;
            }
        }
    }
    let covered = covered_tokens(tokens.len(), mentions);
    let mut added = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if covered[i] || token.kind != TokenKind::Word || token.compound {
            continue;
        }
        let word = token.text(text);
        let language = language_at(token.span.start);
        // English lower-case words are never demonyms ("polish the floor").
        let english_lower = language == Some(Language::En) && !word.chars().next().is_some_and(char::is_uppercase);
        if english_lower || demonym_country(lexicon, language, word).is_none() {
            continue;
        }
        added.push(Mention {
            span: token.span,
            label: Label::NORP,
            confidence: LEXICON_CONFIDENCE,
            tokens: (i, i + 1),
            entity: None,
        });
    }
    add_mentions(mentions, added);
}
