//! What the reader tells Gleaner, applied on top of the pipeline's mentions:
//! their entity list (names always tagged, or never) and their corrections of
//! one article. Both beat the model; a correction beats the list.

pub mod actions;
pub mod corrections;
pub mod list;

use crate::document::{Mention, Notice, Source};
use crate::label::Label;
use crate::resolve::entities::Grouping;
use crate::resolve::{add_mentions, tokens_span};
use crate::segment::token::Token;
use crate::text::{utf16_len, Span};
pub use corrections::{Correction, Kind, Target};
use list::fold_piece;
pub use list::{EntityList, ListEntry, ListProblem};
use std::borrow::Cow;

/// The reader's say in one analysis.
#[derive(Clone, Copy, Debug, Default)]
pub struct Guidance<'a> {
    pub list: Option<&'a EntityList>,
    /// In the order they were made: a later one wins.
    pub corrections: &'a [Correction],
}

/// Notice codes of corrections that could not be applied.
pub const CORRECTION_LOST: &str = "correction_lost";
pub const CORRECTION_REFUSED: &str = "correction_refused";

/// Applies the list, then the corrections, to `mentions` (kept in text
/// order); says how entities must be grouped, and what could not be applied.
pub(crate) fn apply(
    text: &str,
    tokens: &[Token],
    mentions: &mut Vec<Mention>,
    guidance: &Guidance,
) -> (Grouping, Vec<Notice>) {
    if let Some(list) = guidance.list.filter(|l| !l.is_empty()) {
        apply_list(text, tokens, mentions, list);
    }
    let mut notices = Vec::new();
    let mut together: Vec<(Span, Span)> = Vec::new();
    let mut apart: Vec<Span> = Vec::new();
    for correction in guidance.corrections {
        if let Err(reason) = correction.check() {
            notices.push(Notice {
                code: CORRECTION_REFUSED.into(),
                message: format!("{} {reason}", correction.describe()),
            });
            continue;
        }
        let located = correction.target.locate(text).and_then(|(a, b)| snap(text, tokens, a, b));
        let to = correction.to.as_ref().map(|t| t.locate(text).and_then(|(a, b)| snap(text, tokens, a, b)));
        let (Some(span), Some(to)) = (located, to.unwrap_or(located)) else {
            notices.push(Notice {
                code: CORRECTION_LOST.into(),
                message: format!(
                    "A correction no longer applies ({}): its words are no longer in the article.",
                    correction.describe()
                ),
            });
            continue;
        };
        let at = find(mentions, span.0);
        match correction.kind {
            Kind::Label => match at {
                Some(i) => {
                    mentions[i].label = correction.label.unwrap_or(mentions[i].label);
                    mentions[i].source = Source::Reader;
                }
                None => put(mentions, span, correction.label.unwrap_or(Label::MISC)),
            },
            Kind::Delete => {
                if let Some(i) = at {
                    mentions.remove(i);
                }
            }
            Kind::Add => put(mentions, span, correction.label.unwrap_or(Label::MISC)),
            Kind::Resize => {
                let label = at.map(|i| mentions[i].label).or(correction.label).unwrap_or(Label::MISC);
                if let Some(i) = at {
                    mentions.remove(i);
                }
                put(mentions, to, label);
            }
            Kind::Merge => {
                apart.retain(|s| *s != span.0 && *s != to.0);
                together.push((span.0, to.0));
            }
            Kind::Split => {
                together.retain(|(a, b)| *a != span.0 && *b != span.0);
                apart.push(span.0);
            }
        }
    }
    let index = |span: Span| find(mentions, span);
    let mut grouping = Grouping {
        together: together.into_iter().filter_map(|(a, b)| Some((index(a)?, index(b)?))).collect(),
        apart: apart.into_iter().filter_map(index).collect(),
        ..Grouping::default()
    };
    if let Some(list) = guidance.list.filter(|l| !l.is_empty()) {
        for (i, m) in mentions.iter().enumerate() {
            let Some(id) = list.lookup(m.span.text(text)) else { continue };
            let Some(entry) = list.entry(id).filter(|e| !e.never) else { continue };
            grouping.pinned.push((i, id));
            grouping.names.entry(id).or_insert_with(|| (entry.name.clone(), entry.label.unwrap_or(m.label)));
        }
    }
    (grouping, notices)
}

/// Tags every name of the list the text has (its tokens, longest first),
/// and untags the names it says are never entities.
fn apply_list(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>, list: &EntityList) {
    let pieces: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    // Each token's key once (punctuation has none); a list name is a run of them.
    let folded: Vec<Cow<str>> = tokens
        .iter()
        .zip(&pieces)
        .map(|(t, p)| if t.is_wordlike() { fold_piece(p) } else { Cow::Borrowed("") })
        .collect();
    let mut added = Vec::new();
    let mut never: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = if tokens[i].is_wordlike() { list.longest_match_folded(&folded[i..], &pieces[i..]) } else { None };
        let Some(found) = found else {
            i += 1;
            continue;
        };
        let end = i + found.pieces;
        match list.entry(found.entry) {
            Some(entry) if entry.never => never.push((i, end)),
            Some(entry) => {
                // A longer name the model found around it stays (Nicolás Maduro around Maduro).
                let inside_longer = mentions.iter().any(|m| {
                    m.tokens.0 <= i
                        && m.tokens.1 >= end
                        && (m.tokens.1 - m.tokens.0) > found.pieces
                        && !m.source.is_readers()
                });
                if !inside_longer {
                    mentions.retain(|m| m.tokens.1 <= i || m.tokens.0 >= end);
                    added.push(Mention {
                        span: tokens_span(tokens, i, end),
                        label: entry.label.unwrap_or(Label::MISC),
                        confidence: 1.0,
                        tokens: (i, end),
                        entity: None,
                        source: Source::List,
                    });
                }
            }
            None => {}
        }
        i = end;
    }
    add_mentions(mentions, added);
    // A never-name goes wherever the model put it: as its tokens, or inside a compound ("Reuters-Bericht").
    mentions.retain(|m| {
        let within_never = never.iter().any(|&(a, b)| m.tokens.0 >= a && m.tokens.1 <= b);
        let named_never = list.lookup(m.span.text(text)).and_then(|id| list.entry(id)).is_some_and(|e| e.never);
        m.source.is_readers() || !(within_never || named_never)
    });
}

/// The span a reader's selection `a..b` tags: whole tokens, or one part of a
/// hyphenated compound when exactly that part was chosen (US in US-Sanktionen).
fn snap(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<(Span, (usize, usize))> {
    let first = tokens.partition_point(|t| t.span.end <= a);
    let last = tokens.partition_point(|t| t.span.start < b);
    if first >= last {
        return None;
    }
    if last == first + 1 {
        let token = &tokens[first];
        if token.compound && token.parts(text).contains(&(a, b)) {
            let start16 = token.span.start16 + utf16_len(&text[token.span.start..a]);
            let span = Span { start: a, end: b, start16, end16: start16 + utf16_len(&text[a..b]) };
            return Some((span, (first, last)));
        }
    }
    Some((tokens_span(tokens, first, last), (first, last)))
}

/// The mention exactly at `span`.
fn find(mentions: &[Mention], span: Span) -> Option<usize> {
    mentions.iter().position(|m| m.span.start == span.start && m.span.end == span.end)
}

/// A reader's mention at `span` with `label`, replacing what overlaps it.
fn put(mentions: &mut Vec<Mention>, (span, tokens): (Span, (usize, usize)), label: Label) {
    mentions.retain(|m| m.span.end <= span.start || m.span.start >= span.end);
    let mention = Mention { span, label, confidence: 1.0, tokens, entity: None, source: Source::Reader };
    add_mentions(mentions, vec![mention]);
}
