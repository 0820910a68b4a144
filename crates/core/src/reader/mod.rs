//! What the reader tells Gleaner, applied on top of the pipeline's mentions:
//! their entity list (names always tagged, or never) and their corrections of
//! one article. Both beat the model; a correction beats the list.

pub mod corrections;
pub mod list;

use crate::label::Label;
use crate::mention::{add_mentions, tokens_span};
use crate::mention::{Mention, Notice, Source};
use crate::resolve::entities::{GroupStep, Grouping};
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

/// Corrections applied to one article at most: the latest ones. (A reader makes tens; an
/// imported file could hold any number, and each is looked up in the text.)
pub const MAX_CORRECTIONS: usize = 10_000;

/// Notice codes of corrections that could not be applied.
pub const CORRECTION_LOST: &str = "correction_lost";
pub const CORRECTION_REFUSED: &str = "correction_refused";

/// Applies the list, then the corrections, to `mentions` (kept in text
/// order); says how entities must be grouped, and what could not be applied.
/// No name, the reader's or the list's, crosses the end of a `sentence`.
pub(crate) fn apply(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    mentions: &mut Vec<Mention>,
    guidance: &Guidance,
) -> (Grouping, Vec<Notice>) {
    if let Some(list) = guidance.list.filter(|l| !l.is_empty()) {
        apply_list(text, tokens, sentences, mentions, list);
    }
    let mut notices = Vec::new();
    let lost = |correction: &Correction, why: &str| Notice {
        code: CORRECTION_LOST.into(),
        message: format!("A correction no longer applies ({}): {why}.", correction.describe()),
    };
    // Merges and splits by span, in the order made; resolved to mentions once all are in place.
    let mut steps: Vec<(&Correction, Span, Option<Span>)> = Vec::new();
    let skipped = guidance.corrections.len().saturating_sub(MAX_CORRECTIONS);
    if skipped > 0 {
        notices.push(Notice {
            code: CORRECTION_REFUSED.into(),
            message: format!(
                "Only the latest {MAX_CORRECTIONS} corrections of an article are applied: {skipped} older ones are not."
            ),
        });
    }
    for correction in &guidance.corrections[skipped..] {
        if let Err(reason) = correction.check() {
            notices.push(Notice {
                code: CORRECTION_REFUSED.into(),
                message: format!("{} {reason}", correction.describe()),
            });
            continue;
        }
        // Where its words are now, as a span the tagger's tokens allow; else why not.
        let place = |target: &Target| {
            let (a, b) =
                target.locate(text).ok_or_else(|| lost(correction, "its words are no longer in the article"))?;
            snap(text, tokens, sentences, a, b).ok_or_else(|| refused_across(correction))
        };
        let placed = place(&correction.target).and_then(|span| match (correction.kind, &correction.to) {
            // Only a resize and a merge use `to` (`check` made sure they have one).
            (Kind::Resize | Kind::Merge, Some(to)) => place(to).map(|to| (span, Some(to))),
            _ => Ok((span, None)),
        });
        let (span, to) = match placed {
            Ok(placed) => placed,
            Err(notice) => {
                notices.push(notice);
                continue;
            }
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
                let label = correction.label.or(at.map(|i| mentions[i].label)).unwrap_or(Label::MISC);
                if let Some(i) = at {
                    mentions.remove(i);
                }
                if let Some(to) = to {
                    put(mentions, to, label);
                }
            }
            Kind::Merge | Kind::Split => steps.push((correction, span.0, to.map(|t| t.0))),
        }
    }
    let mut grouping = Grouping::default();
    for (correction, span, to) in steps {
        let step = match (find(mentions, span), to.map(|to| find(mentions, to))) {
            (Some(a), Some(Some(b))) => GroupStep::Together(a, b),
            (Some(a), None) => GroupStep::Apart(a),
            _ => {
                notices.push(lost(correction, "the name is no longer tagged there"));
                continue;
            }
        };
        grouping.steps.push(step);
    }
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

fn refused_across(correction: &Correction) -> Notice {
    Notice {
        code: CORRECTION_REFUSED.into(),
        message: format!("{} A name stays within one sentence.", correction.describe()),
    }
}

/// Tags every name of the list the text has (its tokens, longest first),
/// and untags the names it says are never entities.
fn apply_list(text: &str, tokens: &[Token], sentences: &[Span], mentions: &mut Vec<Mention>, list: &EntityList) {
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
        // A name ends with its sentence.
        let stop = sentence_end(tokens, sentences, i);
        let found =
            if tokens[i].is_wordlike() { list.longest_match_folded(&folded[i..stop], &pieces[i..stop]) } else { None };
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

/// The index just past the last token of the sentence that holds token `i`.
fn sentence_end(tokens: &[Token], sentences: &[Span], i: usize) -> usize {
    let at = tokens[i].span.start;
    match sentences.get(sentences.partition_point(|s| s.end <= at)) {
        Some(sentence) => tokens.partition_point(|t| t.span.start < sentence.end).max(i + 1),
        None => tokens.len(),
    }
}

/// The span a reader's selection `a..b` tags: whole tokens, or one part of a
/// hyphenated compound when exactly that part was chosen (US in US-Sanktionen);
/// `None` when it has no token or goes on past its sentence.
fn snap(text: &str, tokens: &[Token], sentences: &[Span], a: usize, b: usize) -> Option<(Span, (usize, usize))> {
    let first = tokens.partition_point(|t| t.span.end <= a);
    let last = tokens.partition_point(|t| t.span.start < b);
    if first >= last || last > sentence_end(tokens, sentences, first) {
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

/// The mention exactly at `span` (mentions are in text order: found by halving, then a scan
/// of those that start there).
fn find(mentions: &[Mention], span: Span) -> Option<usize> {
    let at = |m: &Mention| m.span.start == span.start && m.span.end == span.end;
    let first = mentions.partition_point(|m| m.span.start < span.start);
    let here = mentions[first..].iter().take_while(|m| m.span.start == span.start).position(at).map(|k| first + k);
    here.or_else(|| mentions.iter().position(at))
}

/// A reader's mention at `span` with `label`, replacing what overlaps it.
fn put(mentions: &mut Vec<Mention>, (span, tokens): (Span, (usize, usize)), label: Label) {
    mentions.retain(|m| m.span.end <= span.start || m.span.start >= span.end);
    let mention = Mention { span, label, confidence: 1.0, tokens, entity: None, source: Source::Reader };
    add_mentions(mentions, vec![mention]);
}
