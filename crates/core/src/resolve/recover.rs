//! Names the tagger missed but the article itself vouches for: the surname
//! of a person it names in full (Maduro after Nicolás Maduro) and its German
//! genitive (Maduros), and country names from the lexicon (Rusia, Russland).
//! Added before entities are formed, so they join the right entity.

use super::keys::transliteration;
use super::lexicon::{Lexicon, PlaceKind};
use crate::label::Label;
use crate::mention::Mention;
use crate::mention::{add_mentions, covered_tokens};
use crate::segment::token::{Token, TokenKind};
use std::collections::HashSet;

/// Longest country name looked up, in tokens (Vereinigte Staaten von Amerika).
const MAX_COUNTRY_TOKENS: usize = 4;

fn capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

pub fn recover_mentions(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>, lexicon: &Lexicon) {
    let mut surnames: HashSet<String> = HashSet::new();
    for m in mentions.iter().filter(|m| m.label == Label::PER && m.tokens.1 > m.tokens.0 + 1) {
        if let Some(last) = tokens.get(m.tokens.1 - 1) {
            surnames.insert(transliteration(last.text(text)));
        }
    }
    let covered = covered_tokens(tokens.len(), mentions);
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].text(text);
        if covered[i] || tokens[i].kind != TokenKind::Word || !capitalized(word) {
            i += 1;
            continue;
        }
        let country = (1..=MAX_COUNTRY_TOKENS).rev().find(|&n| {
            let end = i + n;
            end <= tokens.len()
                && !covered[i..end].iter().any(|&c| c)
                && capitalized(tokens[end - 1].text(text))
                && lexicon
                    .place(&text[tokens[i].span.start..tokens[end - 1].span.end])
                    .is_some_and(|p| p.kind == PlaceKind::Country)
        });
        let (end, label) = if let Some(n) = country {
            (i + n, Label::LOC)
        } else {
            let key = transliteration(word);
            let genitive = key.strip_suffix('s').is_some_and(|stem| surnames.contains(stem));
            if surnames.contains(&key) || genitive {
                (i + 1, Label::PER)
            } else {
                i += 1;
                continue;
            }
        };
        added.push(crate::mention::found_mention(tokens, i, end, label));
        i = end;
    }
    add_mentions(mentions, added);
}
