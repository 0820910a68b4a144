//! Nationalities and groups from a place (NORP): a MISC mention that is a
//! demonym becomes NORP, and demonyms the tagger left alone (lower-case
//! adjectives: venezolanischen, rusos) become NORP mentions, each linked to
//! its country's ISO code.

use super::lexicon::{Lexicon, Place};
use crate::label::Label;
use crate::mention::Mention;
use crate::mention::{add_mentions, covered_tokens};
use crate::segment::token::{Token, TokenKind};
use crate::Language;

/// The country a single-word `text` is a demonym of, in `language`; English
/// forms count in every language only when capitalized ("Venezuelan").
pub fn demonym_country<'l>(lexicon: &'l Lexicon, language: Option<Language>, text: &str) -> Option<&'l Place> {
    let own = language.and_then(|l| lexicon.demonym(l, text));
    own.or_else(|| {
        let capitalized = text.chars().next().is_some_and(char::is_uppercase);
        capitalized.then(|| lexicon.demonym(Language::En, text)).flatten()
    })
}

/// A function word of any supported language ("man", "wenn", "den").
pub(crate) fn is_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    Language::ALL.iter().any(|l| l.rules().stopwords.contains(&lower.as_str()))
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
        // English lower-case words are never demonyms ("polish the floor"), and
        // no language's function words are ("man", "Wenn" in German text).
        let english_lower = language == Some(Language::En) && !word.chars().next().is_some_and(char::is_uppercase);
        if english_lower || is_function_word(word) || demonym_country(lexicon, language, word).is_none() {
            continue;
        }
        added.push(crate::mention::found_mention(tokens, i, i + 1, Label::NORP));
    }
    add_mentions(mentions, added);
}

/// The base form a nationality is named by: German and Dutch adjectives
/// without their endings (kubanischen → kubanisch), Spanish and Portuguese
/// ones in the masculine singular (rusas → ruso), English and French plurals
/// in the singular (Venezuelans → Venezuelan). Other forms stay as written.
pub fn base_form(surface: &str, language: Option<Language>) -> String {
    let strip = |endings: &[&str], keep_if: &dyn Fn(&str) -> bool| -> Option<String> {
        endings.iter().find_map(|e| surface.strip_suffix(e).filter(|stem| keep_if(stem)).map(str::to_string))
    };
    let lower_start = surface.chars().next().is_some_and(char::is_lowercase);
    let base = match language {
        // Lower-case adjectives only: "Russen", "Kubaner" are nouns, and stay.
        Some(Language::De) if lower_start => {
            strip(&["en", "em", "er", "es", "e"], &|stem| stem.ends_with("isch") || stem.ends_with("sch"))
        }
        Some(Language::Nl) => {
            strip(&["e"], &|stem| stem.ends_with("isch") || stem.ends_with("aans") || stem.ends_with("ees"))
        }
        Some(Language::Es | Language::Pt) if lower_start => strip(&["os"], &|stem| stem.len() > 2)
            .map(|stem| stem + "o")
            .or_else(|| {
                strip(&["as", "a"], &|stem| stem.len() > 2 && stem.ends_with(['n', 'c', 'r', 's', 'i', 'l']))
                    .map(|stem| stem + "o")
            })
            .or_else(|| strip(&["s"], &|stem| stem.ends_with("ense"))),
        Some(Language::It) if lower_start => {
            strip(&["i", "e", "a"], &|stem| stem.ends_with("an") || stem.ends_with("es") || stem.ends_with("ian"))
                .map(|stem| stem + "o")
        }
        Some(Language::En) | None => strip(&["s"], &|stem| stem.ends_with("an") || stem.ends_with("ian")),
        Some(Language::Fr) => strip(&["s"], &|stem| stem.len() > 3),
        _ => None,
    };
    base.unwrap_or_else(|| surface.to_string())
}

#[cfg(test)]
mod base_form_tests {
    use super::*;

    #[test]
    fn nationalities_are_named_by_their_base_form() {
        let cases = [
            ("kubanischen", Language::De, "kubanisch"),
            ("venezolanische", Language::De, "venezolanisch"),
            ("russisches", Language::De, "russisch"),
            ("Russen", Language::De, "Russen"),
            ("rusos", Language::Es, "ruso"),
            ("rusas", Language::Es, "ruso"),
            ("venezolana", Language::Es, "venezolano"),
            ("estadounidenses", Language::Es, "estadounidense"),
            ("cubano", Language::Es, "cubano"),
            ("Venezuelans", Language::En, "Venezuelan"),
            ("Russian", Language::En, "Russian"),
            ("Chinese", Language::En, "Chinese"),
            ("Russische", Language::Nl, "Russisch"),
            ("russos", Language::Pt, "russo"),
        ];
        for (surface, language, base) in cases {
            assert_eq!(base_form(surface, Some(language)), base, "{surface} ({})", language.code());
        }
    }
}
