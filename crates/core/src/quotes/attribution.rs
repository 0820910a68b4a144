//! How attribution reads a document: the tokens, sentences and names around a
//! quote (`Doc`), the cues of one quote's language (`Attributor`), and what
//! they found (`Attribution`). Who a source is: `source`; who it names:
//! `speaker`. The genders `speaker` reads are kept here, read once a document.

use super::marks::Quoted;
use super::words::Words;
use crate::label::Label;
use crate::mention::Mention;
use crate::resolve::Lexicon;
use crate::segment::token::{Token, TokenKind};
use crate::text::Span;
use crate::Language;
use std::collections::HashMap;

/// What attributes a quote: its cue and the words naming the speaker (token indices).
#[derive(Clone, Copy, Debug)]
pub(super) struct Attribution {
    pub(super) cue: usize,
    /// Tokens `start..end` of the source; `None` when the verb has no subject ("dijo").
    pub(super) source: Option<(usize, usize)>,
}

/// Tokens looked at after a quote for its cue, and before it.
pub(super) const AFTER: usize = 30;
pub(super) const BEFORE: usize = 40;

/// The document as attribution reads it.
pub(super) struct Doc<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) sentences: &'a [Span],
    pub(super) mentions: &'a [Mention],
    /// Per token: the person or organization mention it is part of.
    pub(super) name_at: Vec<Option<usize>>,
    /// Quoted words, in text order: a name inside a quote is not who speaks.
    pub(super) inside: &'a [(usize, usize)],
    pub(super) lexicon: &'a Lexicon,
    pub(super) language_at: &'a dyn Fn(usize) -> Option<Language>,
    /// Read once, when a pronoun first needs them.
    pub(super) genders: std::cell::OnceCell<Genders>,
}

impl<'a> Doc<'a> {
    pub(super) fn new(
        text: &'a str,
        tokens: &'a [Token],
        sentences: &'a [Span],
        mentions: &'a [Mention],
        inside: &'a [(usize, usize)],
        lexicon: &'a Lexicon,
        language_at: &'a dyn Fn(usize) -> Option<Language>,
    ) -> Self {
        let mut name_at = vec![None; tokens.len()];
        for (m, mention) in mentions.iter().enumerate() {
            if matches!(mention.label, Label::PER | Label::ORG) && mention.entity.is_some() {
                let end = mention.tokens.1.min(tokens.len());
                for slot in name_at.iter_mut().take(end).skip(mention.tokens.0) {
                    *slot = Some(m);
                }
            }
        }
        Doc { text, tokens, sentences, mentions, name_at, inside, lexicon, language_at, genders: Default::default() }
    }

    pub(super) fn genders(&self) -> &Genders {
        self.genders.get_or_init(|| Genders::read(self, self.lexicon, self.language_at))
    }

    pub(super) fn lower(&self, i: usize) -> String {
        self.tokens[i].text(self.text).to_lowercase()
    }

    pub(super) fn is_quoted(&self, at: usize) -> bool {
        let k = self.inside.partition_point(|q| q.1 <= at);
        self.inside.get(k).is_some_and(|q| q.0 <= at)
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        matches!(self.tokens[i].kind, TokenKind::Word | TokenKind::Abbreviation | TokenKind::Clitic)
    }

    pub(super) fn is_capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.tokens[i].text(self.text).chars().next().is_some_and(char::is_uppercase)
    }

    /// The first token of the sentence holding token `i`, and the end of it (exclusive).
    pub(super) fn sentence_tokens(&self, i: usize) -> (usize, usize) {
        let at = self.tokens[i].span.start;
        let k = self.sentences.partition_point(|s| s.end <= at);
        match self.sentences.get(k).filter(|s| s.start <= at) {
            Some(s) => (
                self.tokens.partition_point(|t| t.span.start < s.start),
                self.tokens.partition_point(|t| t.span.start < s.end),
            ),
            None => (i, i + 1),
        }
    }
}

/// The document read in one quote's language.
pub(super) struct Attributor<'d, 'a> {
    pub(super) doc: &'d Doc<'a>,
    pub(super) words: &'static Words,
}

impl Attributor<'_, '_> {
    /// A speech cue — in lower case, or capitalized only where a sentence or clause
    /// starts ("According to…"): "States" in "the United States" is no verb.
    pub(super) fn is_cue(&self, i: usize) -> bool {
        let doc = self.doc;
        let starts_clause = || {
            i == 0
                || matches!(doc.tokens[i - 1].kind, TokenKind::Quote | TokenKind::Punct)
                || doc.sentence_tokens(i).0 == i
        };
        doc.is_word(i) && self.words.is_cue(&doc.lower(i)) && (!doc.is_capitalized(i) || starts_clause())
    }

    /// The quote's cue and source: from the clause after it ("…,” Maduro said),
    /// the clause before it (Maduro said: “…”), an introduction ending with a
    /// colon, or a dash and a name after it (“…” ― Julie Diaz).
    pub(super) fn attribute(&self, paragraph: Span, quoted: Quoted, previous_end: usize) -> Option<Attribution> {
        let tokens = self.doc.tokens;
        let first = tokens.partition_point(|t| t.span.start < paragraph.start);
        let last = tokens.partition_point(|t| t.span.start < paragraph.end);
        let q_first = tokens.partition_point(|t| t.span.start < quoted.outer.0);
        let q_last = tokens.partition_point(|t| t.span.start < quoted.outer.1).max(q_first);
        let ends_sentence = self.doc.text[quoted.inner.0..quoted.inner.1].trim_end().ends_with(['.', '!', '?']);
        let after = (quoted.closed && q_last < last)
            .then(|| self.after(q_last, last.min(q_last + AFTER), ends_sentence))
            .flatten();
        let previous_end = tokens.partition_point(|t| t.span.start < previous_end);
        let before = self.before(first, previous_end, q_first);
        match (after, before) {
            // "Peskov said … “…,” according to comments carried by TASS": the agency carried what a person said.
            (Some(a), Some(b))
                if self.words.is_source_cue(&self.doc.lower(a.cue))
                    && self.names_a_person(b)
                    && !self.names_a_person(a) =>
            {
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => b,
        }
    }

    /// A transcript's turn in marks: a speaker's label in capitals and a colon
    /// open it ("WALLACE: Let's start…").
    pub(super) fn is_transcript_turn(&self, quoted: Quoted) -> bool {
        let doc = self.doc;
        let first = doc.tokens.partition_point(|t| t.span.start < quoted.inner.0);
        let Some(colon) = (first..(first + 4).min(doc.tokens.len())).find(|&i| doc.lower(i) == ":") else {
            return false;
        };
        let shouted = |i: usize| {
            let word = doc.tokens[i].text(doc.text);
            doc.is_word(i)
                && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !word.chars().any(char::is_lowercase)
        };
        colon > first && (first..colon).all(shouted)
    }

    pub(super) fn names_a_person(&self, a: Attribution) -> bool {
        a.source.is_some_and(|(s, e)| {
            (s..e).any(|i| self.doc.name_at[i].is_some_and(|m| self.doc.mentions[m].label == Label::PER))
        })
    }

    /// The clause after a quote, tokens `from..to` (stopping at its sentence's end
    /// and the next quote). After a quote that ends its own sentence, only a
    /// short attribution counts ("… more.” He added.).
    pub(super) fn after(&self, from: usize, to: usize, ends_sentence: bool) -> Option<Attribution> {
        let doc = self.doc;
        let (_, sentence_end) = doc.sentence_tokens(from);
        let clause_end = to.min(sentence_end.max(from + 1));
        let end = (from + 1..clause_end).find(|&i| doc.tokens[i].kind == TokenKind::Quote).unwrap_or(clause_end);
        let reach = if ends_sentence { end.min(from + 5) } else { end };
        // “…” ― Julie Diaz: a dash and a name.
        if matches!(doc.lower(from).as_str(), "―" | "—" | "–")
            && (from + 1..end.min(from + 3)).any(|i| doc.name_at[i].is_some())
        {
            return Some(Attribution { cue: from, source: self.phrase_after(from + 1, end) });
        }
        let first_word = (from..end).find(|&i| doc.is_word(i));
        let cue = (from..reach).find(|&i| {
            self.is_cue(i) || Some(i) == first_word && self.words.postposed_cues.contains(&doc.lower(i).as_str())
        })?;
        let source = self.source_of(cue, from, end);
        // In the next sentence, only who said it: "He added." / "Maduro said." — not "Nobody answered."
        let attribution = Attribution { cue, source };
        (!ends_sentence || self.says_who(attribution)).then_some(attribution)
    }

    /// Whether an attribution's source is a name or a pronoun ("Maduro said", "he added").
    pub(super) fn says_who(&self, a: Attribution) -> bool {
        let doc = self.doc;
        a.source.is_some_and(|(s, e)| {
            (s..e).any(|i| doc.name_at[i].is_some()) || e - s == 1 && self.words.pronoun(&doc.lower(s)).is_some()
        })
    }

    /// What attributes a quote before it: the clause that leads to it in its
    /// sentence (from the sentence's start, or the previous quote's end):
    /// Maduro said: “…” / Según Maduro, «…» / Maduro: „…“ / Peskov said the
    /// leaders would discuss “…”. A quote that opens its sentence or paragraph
    /// reads the introduction before it when that ends with a colon, or else the
    /// sentence before it in its paragraph when a cue there names someone
    /// ("Johnson said the bill would pass. “It is a disgrace.”").
    pub(super) fn before(&self, first: usize, previous_end: usize, to: usize) -> Option<Attribution> {
        let doc = self.doc;
        let last = to.checked_sub(1)?;
        let (sentence_start, _) = doc.sentence_tokens(last);
        let floor = previous_end.max(to.saturating_sub(BEFORE));
        let opens_sentence = to < doc.tokens.len() && doc.sentence_tokens(to).0 == to;
        let clause = sentence_start.max(first).max(floor);
        if !opens_sentence && (clause..to).any(|i| doc.is_word(i)) {
            return self.cue_before(clause, to);
        }
        if doc.lower(last) == ":" {
            return self.cue_before(sentence_start.max(floor), to);
        }
        (sentence_start >= first).then(|| self.cue_before(clause, to)).flatten().filter(|&a| self.says_who(a))
    }

    /// The cue nearest the end of `from..to` and its source; "Maduro:" — a colon right after a name.
    pub(super) fn cue_before(&self, from: usize, to: usize) -> Option<Attribution> {
        let doc = self.doc;
        let last = to.checked_sub(1)?;
        let end = if doc.lower(last) == ":" { last } else { to };
        match (from..end).rev().find(|&i| self.is_cue(i)) {
            Some(cue) => Some(Attribution { cue, source: self.source_of(cue, from, end) }),
            None if end < to => {
                let source = self.phrase_before(end, from)?;
                (source.0..source.1)
                    .any(|i| doc.name_at[i].is_some())
                    .then_some(Attribution { cue: end, source: Some(source) })
            }
            None => None,
        }
    }
}

/// What the text says of each person's gender, by entity: (male, female) votes.
pub(super) struct Genders(pub(super) HashMap<u32, (u32, u32)>);
