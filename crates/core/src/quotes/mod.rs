//! Direct quotations and who said them. A quote is attributed from the speech
//! cue next to it (“…,” Maduro said / sagte er / dijo / según Maduro / X: „…“)
//! to the speaker's entity; a pronoun or a subject-less verb (es "dijo") points
//! back to the last person named. A quote with no cue has no known speaker.

mod marks;
mod verbs;

pub use marks::{find_quoted, Quoted, MIN_WORDS};

use crate::document::Mention;
use crate::label::Label;
use crate::segment::token::{Token, TokenKind};
use crate::text::{fill_utf16, Span};
use crate::Language;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// With its marks.
    pub span: Span,
    /// Inside the marks.
    pub content: Span,
    /// False when the closing mark never came (the quote ends with its paragraph).
    pub closed: bool,
    /// The speaker's entity id, when the text says who it is.
    pub speaker: Option<u32>,
    /// The mention the speaker was found at (an index into `Document::mentions`).
    pub speaker_mention: Option<usize>,
    /// The speech verb or preposition that attributes it.
    pub cue: Option<Span>,
}

/// Tokens looked at on either side of a quote for its cue and speaker.
const WINDOW: usize = 12;

pub fn find_quotes(
    text: &str,
    paragraphs: &[Span],
    tokens: &[Token],
    mentions: &[Mention],
    language_at: impl Fn(usize) -> Option<Language>,
) -> Vec<Quote> {
    let mut speaker_at: Vec<Option<usize>> = vec![None; tokens.len()];
    for (m, mention) in mentions.iter().enumerate() {
        if matches!(mention.label, Label::PER | Label::ORG) && mention.entity.is_some() {
            for slot in speaker_at.iter_mut().take(mention.tokens.1.min(tokens.len())).skip(mention.tokens.0) {
                *slot = Some(m);
            }
        }
    }
    let mut quotes = Vec::new();
    for paragraph in paragraphs {
        let first = tokens.partition_point(|t| t.span.start < paragraph.start);
        let last = tokens.partition_point(|t| t.span.start < paragraph.end);
        for quoted in find_quoted(text, *paragraph) {
            let q_first = tokens.partition_point(|t| t.span.start < quoted.outer.0);
            let q_last = tokens.partition_point(|t| t.span.start < quoted.outer.1);
            let language = language_at(quoted.outer.0);
            let context = Context { text, tokens, mentions, speaker_at: &speaker_at, language };
            let (speaker_mention, cue) = context
                .after(q_last, last.min(q_last + WINDOW))
                .or_else(|| context.before(first.max(q_first.saturating_sub(WINDOW)), q_first))
                .map_or((None, None), |(m, cue)| (m, Some(cue)));
            quotes.push(Quote {
                span: span_of(quoted.outer),
                content: span_of(quoted.inner),
                closed: quoted.closed,
                speaker: speaker_mention.and_then(|m| mentions[m].entity),
                speaker_mention,
                cue: cue.map(|c| tokens[c].span),
            });
        }
    }
    let mut outer: Vec<Span> = quotes.iter().map(|q| q.span).collect();
    let mut inner: Vec<Span> = quotes.iter().map(|q| q.content).collect();
    fill_utf16(text, &mut outer);
    fill_utf16(text, &mut inner);
    for ((quote, outer), inner) in quotes.iter_mut().zip(outer).zip(inner) {
        (quote.span, quote.content) = (outer, inner);
    }
    quotes
}

fn span_of((start, end): (usize, usize)) -> Span {
    Span::bytes(start, end)
}

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    speaker_at: &'a [Option<usize>],
    language: Option<Language>,
}

impl Context<'_> {
    fn word(&self, i: usize) -> String {
        self.tokens[i].text(self.text).to_lowercase()
    }

    fn is_cue(&self, i: usize) -> bool {
        verbs::speech_cues(self.language).contains(&self.word(i).as_str())
    }

    /// Tokens from..to, stopping before the next quotation mark (another quote).
    fn window(&self, from: usize, to: usize) -> std::ops::Range<usize> {
        let end = (from..to).find(|&i| i > from && self.tokens[i].kind == TokenKind::Quote).unwrap_or(to);
        from..end
    }

    /// “…,” said Maduro / Maduro said / he said / dijo.
    fn after(&self, from: usize, to: usize) -> Option<(Option<usize>, usize)> {
        let window = self.window(from, to);
        // The attribution ends with its clause: a sentence end stops the search.
        let window = window.start
            ..(window.clone()).find(|&i| matches!(self.word(i).as_str(), "." | "!" | "?")).unwrap_or(window.end);
        let cue = window.clone().find(|&i| self.is_cue(i))?;
        let nearest = window
            .clone()
            .filter_map(|i| self.speaker_at[i].map(|m| (i.abs_diff(cue), m)))
            .min_by_key(|&(d, m)| (d, self.mentions[m].label != Label::PER));
        match nearest {
            Some((_, m)) => Some((Some(m), cue)),
            None => {
                let pronoun =
                    window.clone().any(|i| verbs::speaker_pronouns(self.language).contains(&self.word(i).as_str()));
                let back = pronoun || verbs::drops_subject(self.language);
                Some((back.then(|| self.last_person_before(from)).flatten(), cue))
            }
        }
    }

    /// Maduro said: “…” / Según Maduro, «…» / Maduro: „…“
    fn before(&self, from: usize, to: usize) -> Option<(Option<usize>, usize)> {
        let start = (from..to)
            .rev()
            .find(|&i| self.tokens[i].kind == TokenKind::Quote || matches!(self.word(i).as_str(), "." | "!" | "?"))
            .map_or(from, |i| i + 1);
        let window = start..to;
        let colon = to.checked_sub(1).filter(|&i| i >= start && self.word(i) == ":");
        let verb = window.clone().rev().find(|&i| self.is_cue(i));
        let cue = verb.or(colon)?;
        let nearest = window
            .filter_map(|i| self.speaker_at[i].map(|m| (i.abs_diff(cue), m)))
            .min_by_key(|&(d, m)| (d, self.mentions[m].label != Label::PER));
        match nearest {
            Some((_, m)) => Some((Some(m), cue)),
            // "Er fügte hinzu: „…“": a verb with no name points back to the last person named.
            None if verb.is_some() => Some((self.last_person_before(start), cue)),
            None => None,
        }
    }

    fn last_person_before(&self, token: usize) -> Option<usize> {
        let at = self.tokens.get(token).map_or(usize::MAX, |t| t.span.start);
        self.mentions.iter().rposition(|m| m.label == Label::PER && m.span.start < at && m.entity.is_some())
    }
}
