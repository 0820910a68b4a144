//! Which way a date without its year or week lies from the article's date:
//! the tense of the verb it goes with (were suspended in October → the last
//! October; will meet on Wednesday → the next Wednesday).

use super::super::relative::Tense;
use super::super::sentence::Sentence;
use crate::segment::token::TokenKind;

/// Words around a date looked at for its verb's tense.
const TENSE_WINDOW: usize = 12;

/// The tense of the verb a date at token `at` goes with: the nearest tense
/// word before it in its clause ("will meet with his counterpart … on
/// Wednesday", "were suspended in October", "se suspendieron en octubre",
/// "wird am Mittwoch"), else the nearest after it ("In October the talks were
/// suspended"). In "announced Friday that it will…" the past before wins.
pub(super) fn tense(s: &Sentence, at: usize) -> Option<Tense> {
    // "extended to Nov. 16", "bis zum 3. März", "hasta el 20": a deadline lies either way of its verb.
    if at > 0 && s.is(at - 1, DEADLINE_WORDS) {
        return None;
    }
    let before = (at.saturating_sub(TENSE_WINDOW)..at).rev().take_while(|&k| !ends_clause(s, k));
    let after = (at + 1..(at + TENSE_WINDOW).min(s.len())).take_while(|&k| !ends_clause(s, k));
    for k in before.chain(after) {
        if is_present(s, k) {
            return None;
        }
        if let Some(tense) = tense_of(s, k) {
            return Some(tense);
        }
    }
    None
}

/// Prepositions of a deadline, before a date.
const DEADLINE_WORDS: &[&str] = &["until", "till", "through", "to", "bis", "hasta"];

/// English words in -ed that are no past tense: "will succeed Daniel Davison Feb. 1".
const NOT_PAST: &[&str] = &["succeed", "proceed", "exceed", "need", "indeed", "speed", "hundred"];

/// A clause ends at a comma too: in "declared a dividend, payable Dec. 15" the past is not the date's.
fn ends_clause(s: &Sentence, k: usize) -> bool {
    matches!(s.lower(k), ";" | ":" | "." | "?" | "!" | ",") || s.kind(k) == Some(TokenKind::Quote)
}

/// The tense a word at `k` marks, if any: will, wird, va (a); said, was, war, fue,
/// "suspended", "firmó"; "expected to", "scheduled to" and "would" look ahead.
fn tense_of(s: &Sentence, k: usize) -> Option<Tense> {
    let v = s.vocabulary;
    let word = s.lower(k);
    let long = word.chars().count() > 4 && word.chars().all(char::is_alphabetic);
    // "will", "wird"; "set to begin", "to be held": what is planned — unless it was ("had been due to").
    let was = k > 0 && v.past_words.contains(&s.lower(k - 1)) || k > 1 && s.lower(k - 1) == "been";
    let planned = v.plan_words.contains(&word) && s.lower(k + 1) == "to" && !was;
    let english = v.language == crate::Language::En;
    let past_form = long && v.past_endings.iter().any(|e| word.ends_with(e)) && !(english && NOT_PAST.contains(&word));
    // "will be paid", "is expected in December", "was extended": the auxiliary before the participle says when.
    let auxiliary_before =
        k > 0 && matches!(s.lower(k - 1), "be" | "is" | "are" | "am" | "was" | "were" | "been" | "being");
    if english && auxiliary_before && (past_form || v.past_words.contains(&word)) {
        return None;
    }
    if v.future_words.contains(&word) || word == "would" && english || planned {
        return Some(Tense::Future);
    }
    if long && v.future_endings.iter().any(|e| word.ends_with(e)) {
        return Some(Tense::Future);
    }
    if v.past_words.contains(&word) || past_form {
        return Some(Tense::Past);
    }
    None
}

/// Whether the word at `k` is a verb of the present ("is calling", "is payable"):
/// the date's verb then says nothing of past or future, and the search stops.
fn is_present(s: &Sentence, k: usize) -> bool {
    s.vocabulary.present_words.contains(&s.lower(k))
}
