//! The words that name a speaker around a cue: the subject before the verb
//! ("Kremlin spokesman Dmitry Peskov said", "X, the Y, said"), the one after
//! it ("said Caddell", "sagte er", "dijo este lunes el presidente"), or the
//! name a source cue takes ("according to X", "Maduro zufolge").

use super::attribution::Attributor;
use crate::segment::token::TokenKind;

/// Longest source, in tokens.
const MAX_PHRASE: usize = 16;
/// Words in lower case a source after its verb may have ("said the chief negotiator").
const MAX_LOWER: usize = 6;

impl Attributor<'_, '_> {
    /// The source of the cue at `cue`, in the clause `from..end`.
    pub(super) fn source_of(&self, cue: usize, from: usize, end: usize) -> Option<(usize, usize)> {
        let word = self.doc.lower(cue);
        if self.words.source_cues_after_name.contains(&word.as_str()) {
            return self.phrase_before(cue, from);
        }
        if self.words.source_cues.contains(&word.as_str()) {
            let mut at = cue + 1;
            while at < end && self.words.source_joiner.contains(&self.doc.lower(at).as_str()) {
                at += 1;
            }
            return self.phrase_after(at, end);
        }
        // Not a phrase that opens with a preposition: "In einem Tweet schrieb Díaz-Canel".
        let subject = self
            .subject_before(cue, from)
            .filter(|&(s, _)| !self.words.prepositions.contains(&self.doc.lower(s).as_str()));
        if subject.is_some() {
            return subject;
        }
        // After the verb: "said Caddell", "sagte er" — but the object of "told" and
        // a name behind "a"/"to"/"dem" ("dijo a Tass") is who heard it.
        let next = cue + 1;
        if next >= end
            || self.words.listener_verbs.contains(&word.as_str())
            || self.words.listener_markers.contains(&self.doc.lower(next).as_str())
        {
            return None;
        }
        self.phrase_after(next, end)
    }

    /// The subject of the verb at `cue`, read backwards to `from`: "Trump on
    /// Monday said", "Scott Pruitt, the attorney general, said".
    fn subject_before(&self, cue: usize, from: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let mut end = cue;
        while end > from && doc.is_word(end - 1) && self.words.adverbials.contains(&doc.lower(end - 1).as_str()) {
            end -= 1;
        }
        if end > from && doc.lower(end - 1) == "," {
            // "X, the Y, said": an apposition closes with the comma; the subject starts before it.
            let close = end - 1;
            let open = (from.max(close.saturating_sub(MAX_PHRASE))..close).rev().find(|&i| doc.lower(i) == ",");
            if let Some(phrase) = open.and_then(|open| self.phrase_before(open, from)) {
                return Some((phrase.0, close));
            }
            // "Trump boasted, saying": the clause before the comma.
            return self.phrase_before(close, from);
        }
        self.phrase_before(end, from)
    }

    /// The noun phrase that ends at `end`, read backwards to `from`.
    pub(super) fn phrase_before(&self, end: usize, from: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let mut start = end;
        while start > from && end - start < MAX_PHRASE {
            let i = start - 1;
            let word = doc.lower(i);
            let inside = match doc.tokens[i].kind {
                TokenKind::Quote | TokenKind::Url | TokenKind::Email | TokenKind::Emoji => false,
                TokenKind::Punct | TokenKind::Symbol => matches!(word.as_str(), "(" | ")" | "-" | "&" | "." | "/"),
                _ => !self.words.boundaries.contains(&word.as_str()),
            };
            if !inside {
                break;
            }
            start = i;
        }
        while start < end && !doc.is_word(start) && doc.tokens[start].kind != TokenKind::Handle {
            start += 1;
        }
        self.is_phrase(start, end).then_some((start, end))
    }

    /// The noun phrase that starts at `from` (after a verb or source cue), up
    /// to a comma, a preposition or the clause's end; a name in apposition after
    /// a comma belongs to it ("el presidente de Venezuela, Nicolás Maduro").
    pub(super) fn phrase_after(&self, from: usize, end: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let mut start = from;
        while start < end && doc.is_word(start) && self.words.adverbials.contains(&doc.lower(start).as_str()) {
            start += 1;
        }
        if start >= end {
            return None;
        }
        if self.words.pronoun(&doc.lower(start)).is_some() {
            return Some((start, start + 1));
        }
        let opens = doc.is_capitalized(start)
            || doc.name_at[start].is_some()
            || doc.tokens[start].kind == TokenKind::Handle
            || self.words.determiners.contains(&doc.lower(start).as_str());
        if !opens {
            return None;
        }
        let (mut i, mut lower) = (start, 0);
        while i < end && i - start < MAX_PHRASE {
            let word = doc.lower(i);
            match doc.tokens[i].kind {
                TokenKind::Quote => break,
                TokenKind::Punct if word == "(" => match (i + 1..end.min(i + 8)).find(|&j| doc.lower(j) == ")") {
                    Some(close) => i = close + 1,
                    None => break,
                },
                TokenKind::Punct if word == "," => {
                    // An apposition that names the person: extend through the name, and end there.
                    let person = doc.name_at.get(i + 1).copied().flatten().map(|m| &doc.mentions[m]);
                    let named_before = (start..i).any(|j| doc.name_at[j].is_some());
                    match person {
                        Some(m) if !named_before && m.tokens.0 == i + 1 => i = m.tokens.1.min(end),
                        _ => {}
                    }
                    break;
                }
                TokenKind::Punct if !matches!(word.as_str(), "-" | "&") => break,
                TokenKind::Url | TokenKind::Email | TokenKind::Emoji => break,
                _ if doc.is_word(i) && !doc.is_capitalized(i) && doc.name_at[i].is_none() => {
                    let stop = self.words.prepositions.contains(&word.as_str())
                        || self.words.listener_markers.contains(&word.as_str())
                        || self.words.boundaries.contains(&word.as_str())
                        || (i > start && (self.words.adverbials.contains(&word.as_str()) || self.is_cue(i)));
                    lower += 1;
                    if i > start && stop || lower > MAX_LOWER {
                        break;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        }
        let mut end = i.min(end);
        while end > start
            && (!doc.is_word(end - 1) && doc.lower(end - 1) != ")"
                || self.words.determiners.contains(&doc.lower(end - 1).as_str()))
        {
            end -= 1;
        }
        self.is_phrase(start, end).then_some((start, end))
    }

    /// Whether tokens `start..end` name someone: a pronoun, or a noun or name (a
    /// word that is not a determiner, an adverbial, a boundary, a preposition or a cue).
    fn is_phrase(&self, start: usize, end: usize) -> bool {
        let doc = self.doc;
        start < end
            && (start..end).any(|i| {
                let word = doc.lower(i);
                doc.tokens[i].kind == TokenKind::Handle
                    || self.words.pronoun(&word).is_some()
                    || doc.is_word(i) && !self.words.is_function_word(&word) && !self.is_cue(i)
            })
    }
}
