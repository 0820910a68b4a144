//! Headlines: a line in title case or all capitals says nothing about which of
//! its words are names, so the tagger guesses ("Receive Maduro", "Mounts",
//! "Ruler"). Such a line is read with what the rest of the article says: a
//! mention there keeps only the part the body also names, with the body's
//! type, and a word the body never names is not a name in the headline.

use crate::label::Label;
use crate::mention::Mention;
use crate::segment::token::{Token, TokenKind};
use crate::text::Span;
use std::collections::HashMap;

/// A headline: one line, no sentence-final stop, at least three words, and
/// most of its longer words capitalized (or every letter a capital).
fn is_headline(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.contains('\n') || trimmed.len() > 200 || trimmed.ends_with(['.', '!', '?', ':']) {
        return false;
    }
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    // Two numbers or more: a results or table line ("Hapoel Haifa 3 Maccabi Tel Aviv 1"), not a headline.
    if words.iter().filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ':')).count() >= 2 {
        return false;
    }
    let long: Vec<&str> =
        words.iter().copied().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    if words.len() < 3 || long.len() < 2 {
        return false;
    }
    let capitalized = long.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    is_all_caps(trimmed) || capitalized * 10 >= long.len() * 8
}

fn is_all_caps(line: &str) -> bool {
    let mut letters = line.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// Lines looked at for a headline: the title and a subtitle or kicker at the top.
const HEADLINE_LINES: usize = 2;

/// The byte spans of the headline lines among the first lines of `text`.
pub fn headline_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let (mut at, mut seen) = (0, 0);
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if is_headline(line) {
            spans.push(Span::bytes(start, start + line.trim_end().len()));
        }
        seen += 1;
        if seen == HEADLINE_LINES {
            break;
        }
    }
    spans
}

/// Settles the mentions of headline lines against the body's.
pub fn settle(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let titled = headline_lines(text);
    let Some(titles_end) = titled.last().map(|h| h.end) else { return };
    let titles: Vec<&str> = titled.iter().map(|h| h.text(text).trim()).collect();
    // The title again further down ("3 thoughts on “Putin to Receive Maduro…”", a "Related:"
    // link) is read as the title is.
    let mut headlines = titled.clone();
    for (h, title) in titled.iter().zip(&titles) {
        let mut from = h.end;
        while let Some(at) = text.get(from..).and_then(|rest| rest.find(title)) {
            headlines.push(Span::bytes(from + at, from + at + title.len()));
            from += at + title.len();
        }
    }
    let in_headline = |at: usize| headlines.iter().any(|h| h.start <= at && at < h.end);
    let headline_of = |at: usize| headlines.iter().find(|h| h.start <= at && at < h.end).map_or("", |h| h.text(text));
    // What the body names, by lower-case text, with every label its mentions
    // carry; a person's single names count too (Maduro in "Nicolás Maduro").
    // A line that repeats a headline ("3 thoughts on “Putin to Receive Maduro…”",
    // a "Related:" link) says nothing new about its words: it is not the body.
    let repeats_title = |at: usize| {
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        titles.iter().any(|t| text[line_start..line_end].contains(t))
    };
    let mut body: HashMap<String, Vec<Label>> = HashMap::new();
    for m in mentions.iter().filter(|m| !in_headline(m.span.start) && !repeats_title(m.span.start)) {
        let name = m.span.text(text);
        body.entry(name.to_lowercase()).or_default().push(m.label);
        if m.label == Label::PER {
            for word in name.split_whitespace().filter(|w| w.chars().count() > 2) {
                body.entry(word.to_lowercase()).or_default().push(Label::PER);
            }
        }
    }
    // A headline is read by its article: running prose after it, three
    // sentences or more on lines of 60 characters or more on average (not a
    // list of fragments or table rows).
    let rest = &text[titles_end..];
    let lines: Vec<&str> = rest.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let mean_line = lines.iter().map(|l| l.chars().count()).sum::<usize>() / lines.len().max(1);
    let sentence_ends = rest.matches(['.', '!', '?']).take(3).count();
    if body.is_empty() || sentence_ends < 3 || mean_line < 60 {
        return;
    }
    let body_label = |name: &str| -> Option<Label> {
        let labels = body.get(&name.to_lowercase())?;
        let mut counts: Vec<(Label, usize)> = Vec::new();
        for &l in labels {
            match counts.iter_mut().find(|c| c.0 == l) {
                Some(c) => c.1 += 1,
                None => counts.push((l, 1)),
            }
        }
        counts.into_iter().max_by_key(|c| c.1).map(|c| c.0)
    };
    let mut settled = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if !in_headline(m.span.start) {
            settled.push(m);
            continue;
        }
        // The longest run of the mention's tokens that the body names, if any.
        let (first, last) = m.tokens;
        let mut best: Option<(usize, usize, Label)> = None;
        for a in first..last {
            for b in (a + 1..=last).rev() {
                if best.is_some_and(|(x, y, _)| y - x >= b - a) {
                    break;
                }
                let run = &text[tokens[a].span.start..tokens[b - 1].span.end];
                if let Some(label) = body_label(run) {
                    best = Some((a, b, label));
                    break;
                }
            }
        }
        match best {
            Some((a, b, label)) => {
                settled.push(Mention { span: crate::mention::tokens_span(tokens, a, b), label, tokens: (a, b), ..m })
            }
            // In title case every word is capitalized, so a capital is no evidence:
            // a name the body never uses is not one. In capitals the tagger's own
            // reading (it learned from capitalized headlines) stands.
            None if is_all_caps(headline_of(m.span.start)) => settled.push(m),
            None => {}
        }
    }
    // A name the body knows, which the tagger missed in the headline, is marked there too.
    let covered = crate::mention::covered_tokens(tokens.len(), &settled);
    let mut added = Vec::new();
    for headline in &headlines {
        let first = tokens.partition_point(|t| t.span.start < headline.start);
        let end = tokens.partition_point(|t| t.span.start < headline.end);
        let mut i = first;
        while i < end {
            let found = (i + 1..=end.min(i + 4)).rev().find_map(|b| {
                let clear = (i..b).all(|k| !covered[k]) && tokens[i].kind == TokenKind::Word;
                let run = &text[tokens[i].span.start..tokens[b - 1].span.end];
                clear.then(|| body_label(run).map(|label| (b, label))).flatten()
            });
            match found {
                Some((b, label)) => {
                    added.push(crate::mention::found_mention(tokens, i, b, label));
                    i = b;
                }
                None => i += 1,
            }
        }
    }
    *mentions = settled;
    crate::mention::add_mentions(mentions, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_lines_are_headlines_and_sentences_are_not() {
        assert!(is_headline("Putin to Receive Maduro as Pressure Mounts for Venezuelan Ruler to Quit"));
        assert!(is_headline("RUSSIA AND VENEZUELA SIGN OIL DEAL"));
        assert!(!is_headline("Russia strengthens military ties in Venezuela, visits Cuba and Nicaragua"));
        assert!(!is_headline("Putin met Maduro in Moscow on Wednesday."));
        assert!(!is_headline("Maduro"));
        assert!(is_headline("Venezuela Crisis Talks Resume in Moscow 2019"), "a year is no date");
        assert!(is_headline("Brasil Registra Marca de 1.000.000"), "a number is no date");
    }
}
