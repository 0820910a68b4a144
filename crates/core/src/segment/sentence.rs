//! Sentence boundaries over tokens. A sentence ends after terminal punctuation
//! (with the quotes and brackets that close it) when the next token can start
//! a sentence, and always at a paragraph break.

use crate::lang::LanguageRules;
use crate::segment::token::{Token, TokenKind};
use crate::text::{fill_utf16, Span};

/// Sentence spans (first token's start to last token's end), UTF-16 filled in.
/// Each sentence with the range of `tokens` it holds (both in text order), in one sweep.
pub fn sentence_tokens<'s>(
    tokens: &'s [Token],
    sentences: &'s [Span],
) -> impl Iterator<Item = (&'s Span, std::ops::Range<usize>)> + 's {
    let mut next = 0;
    sentences.iter().map(move |sentence| {
        while next < tokens.len() && tokens[next].span.end <= sentence.start {
            next += 1;
        }
        let first = next;
        while next < tokens.len() && tokens[next].span.start < sentence.end {
            next += 1;
        }
        (sentence, first..next)
    })
}

pub fn split_sentences(text: &str, tokens: &[Token], rules: &LanguageRules) -> Vec<Span> {
    let mut sentences = Vec::new();
    split_sentences_into(text, tokens, rules, &mut sentences);
    fill_utf16(text, &mut sentences);
    sentences
}

/// Appends the sentences of `tokens` (one paragraph, say) to `out` with byte
/// offsets only; the caller fills UTF-16 offsets once for the whole text.
pub fn split_sentences_into(text: &str, tokens: &[Token], rules: &LanguageRules, out: &mut Vec<Span>) {
    let mut first = 0;
    for i in 0..tokens.len() {
        let ends_here = match tokens.get(i + 1) {
            None => true,
            Some(next) => is_boundary(text, tokens, i, next, rules),
        };
        if ends_here {
            out.push(Span::bytes(tokens[first].span.start, tokens[i].span.end));
            first = i + 1;
        }
    }
}

fn is_boundary(text: &str, tokens: &[Token], i: usize, next: &Token, rules: &LanguageRules) -> bool {
    let token = &tokens[i];
    let gap = text.get(token.span.end..next.span.start).unwrap_or("");
    let newlines = gap.matches('\n').count();
    if newlines >= 2 {
        return true; // paragraph break
    }
    let next_text = next.text(text);
    if newlines == 1 && !is_wrapped_line(token, text, next_text) {
        return true;
    }
    if gap.is_empty() {
        return false; // "end.Next", or terminal punctuation still followed by closers
    }
    let Some(terminal) = terminal_before(text, tokens, i) else {
        return false;
    };
    let next_first = next_text.chars().next().unwrap_or(' ');
    let starts_sentence = next_first.is_uppercase()
        || is_opener(next_first)
        || (next_first.is_numeric() && terminal != Terminal::Ellipsis);
    match terminal {
        Terminal::Stop | Terminal::Ellipsis => starts_sentence,
        Terminal::Abbreviation(abbr) => rules.is_sentence_final_abbreviation(abbr) && next_first.is_uppercase(),
    }
}

const MAX_CLOSERS: usize = 4;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Terminal<'t> {
    Stop,
    Ellipsis,
    Abbreviation(&'t str),
}

/// The terminal punctuation that token `i` closes: the token itself, or the one
/// before a run of closing quotes and brackets glued to it (`sagte er."`).
fn terminal_before<'t>(text: &'t str, tokens: &[Token], i: usize) -> Option<Terminal<'t>> {
    let mut j = i;
    while is_closer(&tokens[j], text) {
        // A few closers at most (."») — a long run of quotes is not a sentence end.
        if j == 0 || i - j >= MAX_CLOSERS || tokens[j - 1].span.end != tokens[j].span.start {
            return None;
        }
        j -= 1;
    }
    let t = tokens[j].text(text);
    match tokens[j].kind {
        TokenKind::Punct if t.starts_with("..") || t == "…" => Some(Terminal::Ellipsis),
        TokenKind::Punct if matches!(t, "." | "!" | "?" | "。" | "！" | "？") => Some(Terminal::Stop),
        TokenKind::Abbreviation => Some(Terminal::Abbreviation(t)),
        _ => None,
    }
}

fn is_closer(token: &Token, text: &str) -> bool {
    matches!(token.text(text), "\"" | "'" | "”" | "’" | "»" | "›" | "“" | ")" | "]" | "}")
}

/// Characters a sentence may start with besides a capital: quotes, brackets,
/// Spanish inverted marks, dialogue dashes.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '„' | '“' | '«' | '‹' | '‚' | '‘' | '(' | '[' | '¿' | '¡' | '—' | '–' | '-' | '•' | '*')
}

/// A single line break inside a sentence, as in hard-wrapped text: the line
/// goes on mid-sentence (a word or comma) and the next starts in lower case.
fn is_wrapped_line(token: &Token, text: &str, next_text: &str) -> bool {
    let continues = token.is_wordlike() || matches!(token.text(text), "," | "-" | ";");
    continues && next_text.chars().next().is_some_and(char::is_lowercase)
}
