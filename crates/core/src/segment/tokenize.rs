//! The tokenizer: Unicode word boundaries (UAX #29, from `unicode-segmentation`)
//! refined by the rules news text needs. Each rule is one small function below;
//! the golden tests in `tests/golden_segmentation.rs` name the rule they cover.

use crate::lang::LanguageRules;
use crate::segment::special;
use crate::segment::token::{is_apostrophe, is_emoji, is_hyphen, is_quote, Token, TokenKind};
use crate::text::{fill_utf16, Span};
use unicode_segmentation::UnicodeSegmentation;

/// Tokens of the whole text, with UTF-16 offsets filled in.
pub fn tokenize(text: &str, rules: &LanguageRules) -> Vec<Token> {
    let mut tokens = Vec::new();
    tokenize_range(text, 0..text.len(), rules, &mut tokens);
    fill_token_utf16(text, &mut tokens);
    tokens
}

/// Appends the tokens of `text[range]` to `out`, with byte offsets into `text`.
/// UTF-16 offsets are left for [`fill_token_utf16`], once for the whole text.
/// A range off char boundaries is narrowed to the boundaries inside it.
pub fn tokenize_range(text: &str, range: std::ops::Range<usize>, rules: &LanguageRules, out: &mut Vec<Token>) {
    let end = floor_boundary(text, range.end.min(text.len()));
    let start = ceil_boundary(text, range.start.min(end));
    let range_start = out.len();
    Tokenizer { text, end, rules, out, range_start }.run(start);
}

pub fn fill_token_utf16(text: &str, tokens: &mut [Token]) {
    let mut spans: Vec<Span> = tokens.iter().map(|t| t.span).collect();
    fill_utf16(text, &mut spans);
    for (token, span) in tokens.iter_mut().zip(spans) {
        token.span = span;
    }
}

struct Tokenizer<'a> {
    text: &'a str,
    end: usize,
    rules: &'a LanguageRules,
    out: &'a mut Vec<Token>,
    /// Tokens before this index belong to an earlier range and are never merged with.
    range_start: usize,
}

impl Tokenizer<'_> {
    fn run(&mut self, mut pos: usize) {
        // Restarted after a special token that ends inside a UAX #29 segment.
        'restart: while pos < self.end {
            let base = pos;
            for (rel, segment) in self.text[base..self.end].split_word_bound_indices() {
                let seg_start = base + rel;
                if seg_start < pos {
                    continue;
                }
                // Whitespace followed by a combining mark forms one segment: skip the whitespace.
                let trimmed = segment.trim_start();
                if trimmed.is_empty() {
                    continue;
                }
                let start = seg_start + (segment.len() - trimmed.len());
                let seg_end = seg_start + segment.len();
                if let Some(next) = self.special(start, trimmed) {
                    pos = next;
                    if next != seg_end {
                        continue 'restart;
                    }
                    continue;
                }
                if let Some(abbr_end) = self.multiword_abbreviation(start, trimmed) {
                    self.push(Token::new(start, abbr_end, TokenKind::Abbreviation));
                    pos = abbr_end;
                    if abbr_end != seg_end {
                        continue 'restart;
                    }
                    continue;
                }
                self.segment(start, seg_end);
                pos = seg_end;
            }
            break;
        }
    }

    fn last(&self) -> Option<&Token> {
        self.out[self.range_start..].last()
    }

    /// The last token if it ends exactly at `at` (no space between).
    fn adjacent_last(&self, at: usize) -> Option<Token> {
        self.last().filter(|t| t.span.end == at).copied()
    }

    fn push(&mut self, token: Token) {
        self.out.push(token);
    }

    // --- URLs, e-mail addresses, @handles, #hashtags ----------------------------------

    /// Emits a special token starting at `start` and returns where it ends.
    fn special(&mut self, start: usize, segment: &str) -> Option<usize> {
        let rest = &self.text[start..self.end];
        let first = segment.as_bytes()[0];
        let after_word = self.adjacent_last(start).is_some_and(|t| t.is_wordlike());
        let (len, kind) = match first {
            b'h' | b'H' | b'f' | b'F' | b'w' | b'W' if !after_word => (special::url_len(rest)?, TokenKind::Url),
            b'@' if after_word => return self.email(start),
            b'@' => (special::handle_len(rest)?, TokenKind::Handle),
            b'#' if !after_word => (special::hashtag_len(rest)?, TokenKind::Hashtag),
            _ => return None,
        };
        self.push(Token::new(start, start + len, kind));
        Some(start + len)
    }

    /// "jane.doe@example.com": the local part is already tokenized; take it back.
    fn email(&mut self, at: usize) -> Option<usize> {
        let domain_len = special::email_domain_len(&self.text[at + 1..self.end])?;
        let floor = self.last_range_floor();
        let local_start = floor + special::email_local_start(&self.text[floor..at])?;
        let mut start = local_start;
        while self.out.len() > self.range_start && self.out[self.out.len() - 1].span.end > local_start {
            let popped = self.out.pop()?;
            start = start.min(popped.span.start);
        }
        let end = at + 1 + domain_len;
        self.push(Token::new(start, end, TokenKind::Email));
        Some(end)
    }

    /// The earliest byte the current range's tokens may reach back to.
    fn last_range_floor(&self) -> usize {
        self.out[..self.range_start].last().map_or(0, |t| t.span.end)
    }

    // --- Multi-word abbreviations: z. B., EE. UU. --------------------------------------

    fn multiword_abbreviation(&self, start: usize, segment: &str) -> Option<usize> {
        let first = segment.as_bytes()[0];
        let rest = &self.text[start..self.end];
        self.rules
            .multiword_abbreviations
            .iter()
            .filter(|a| a.as_bytes()[0] == first && rest.starts_with(**a))
            .map(|a| start + a.len())
            .filter(|&end| !self.text[end..].chars().next().is_some_and(char::is_alphanumeric))
            .max()
    }

    // --- Ordinary segments ----------------------------------------------------------------

    fn segment(&mut self, start: usize, end: usize) {
        let segment = &self.text[start..end];
        let Some(first) = segment.chars().next() else { return };
        if segment.chars().any(char::is_alphabetic) {
            self.word(start, end);
        } else if first.is_numeric() {
            self.number(start, end);
        } else if first == '.' {
            self.full_stop(start, end);
        } else if is_quote(first) {
            self.push(Token::new(start, end, TokenKind::Quote));
        } else if is_emoji(first) {
            self.push(Token::new(start, end, TokenKind::Emoji));
        } else if first == '$' && self.currency_prefix(start).is_some() {
            // "R$", "US$", "HK$": a country's letters glued to the dollar sign are one currency sign.
            let prefix = self.out.pop().map_or(start, |t| t.span.start);
            self.push(Token::new(prefix, end, TokenKind::Symbol));
        } else if is_symbol(first) {
            self.push(Token::new(start, end, TokenKind::Symbol));
        } else {
            self.push(Token::new(start, end, TokenKind::Punct));
        }
    }

    /// The token just before a `$` at `at` when it is one to three capital
    /// letters written on to it, as in R$, US$ or NZ$.
    fn currency_prefix(&self, at: usize) -> Option<Token> {
        self.adjacent_last(at).filter(|t| {
            let letters = &self.text[t.span.start..t.span.end];
            t.kind == TokenKind::Word
                && (1..=3).contains(&letters.len())
                && letters.bytes().all(|b| b.is_ascii_uppercase())
        })
    }

    /// A word, split into clitics (l' + Europe, Maduro + 's), each part joined to a
    /// preceding hyphenated part (Díaz-Canel).
    fn word(&mut self, start: usize, end: usize) {
        let word = &self.text[start..end];
        let mut stem_start = start;
        if let Some(n) = self.elision_len(word) {
            self.push(Token::new(start, start + n, TokenKind::Clitic));
            stem_start = start + n;
        }
        let stem = &self.text[stem_start..end];
        match self.suffix_clitic_len(stem) {
            Some(n) => {
                self.word_part(stem_start, end - n);
                self.push(Token::new(end - n, end, TokenKind::Clitic));
            }
            None => self.word_part(stem_start, end),
        }
    }

    fn word_part(&mut self, start: usize, end: usize) {
        if !self.join_hyphenated(start, end, TokenKind::Word) && !self.join_ampersand(start, end) {
            self.push(Token::new(start, end, TokenKind::Word));
        }
    }

    fn number(&mut self, start: usize, end: usize) {
        if self.join_hyphenated(start, end, TokenKind::Number) || self.join_clock_time(start, end) {
            return;
        }
        self.push(Token::new(start, end, TokenKind::Number));
    }

    /// Rule: hyphenated names and compounds stay one token (Díaz-Canel, Tu-160,
    /// US-Sanktionen), marked `compound` so later stages can see the parts.
    fn join_hyphenated(&mut self, start: usize, end: usize, kind: TokenKind) -> bool {
        let Some((left, hyphen)) = self.glued_pair(start) else { return false };
        let hyphen_text = hyphen.text(self.text);
        let joins = hyphen.kind == TokenKind::Punct
            && hyphen_text.chars().count() == 1
            && hyphen_text.chars().all(is_hyphen)
            && matches!(left.kind, TokenKind::Word | TokenKind::Number);
        if !joins {
            return false;
        }
        let joined = self.join_to(end);
        joined.compound = true;
        if kind == TokenKind::Word {
            joined.kind = TokenKind::Word;
        }
        true
    }

    /// Rule: capitals joined by an ampersand are one name (AT&T, H&M, S&P500).
    fn join_ampersand(&mut self, start: usize, end: usize) -> bool {
        let Some((left, ampersand)) = self.glued_pair(start) else { return false };
        let capitals = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase());
        let right = &self.text[start..end];
        let joins = ampersand.text(self.text) == "&"
            && left.kind == TokenKind::Word
            && !left.compound
            && capitals(left.text(self.text))
            && right.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
            && right.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if joins {
            self.join_to(end);
        }
        joins
    }

    /// Rule: clock times (12:30) and scores or ratios (3:0, 10:9) stay whole.
    fn join_clock_time(&mut self, start: usize, end: usize) -> bool {
        if end - start > 2 {
            return false;
        }
        let Some((hours, colon)) = self.glued_pair(start) else { return false };
        let joins = colon.text(self.text) == ":"
            && hours.kind == TokenKind::Number
            && hours.span.len() <= 2
            && self.text[start..end].bytes().all(|b| b.is_ascii_digit());
        if joins {
            self.join_to(end);
        }
        joins
    }

    /// The last two tokens of this range when they are written together and on
    /// to `start`: a part and the joiner (hyphen, ampersand, colon) before the
    /// segment that may join them.
    fn glued_pair(&self, start: usize) -> Option<(Token, Token)> {
        let n = self.out.len();
        (n >= self.range_start + 2)
            .then(|| (self.out[n - 2], self.out[n - 1]))
            .filter(|(part, joiner)| part.span.end == joiner.span.start && joiner.span.end == start)
    }

    /// Drops the joiner of a [`Tokenizer::glued_pair`] and extends the part
    /// before it to `end`; returns the joined token.
    fn join_to(&mut self, end: usize) -> &mut Token {
        self.out.pop();
        let joined = self.out.last_mut().expect("a glued pair has a part before its joiner");
        joined.span.end = end;
        joined
    }

    /// Rule: a full stop joins an abbreviation, an initial, a dotted acronym or a
    /// German ordinal before it; full stops in a row form an ellipsis.
    fn full_stop(&mut self, start: usize, end: usize) {
        if let Some(prev) = self.adjacent_last(start) {
            let with_dot = &self.text[prev.span.start..end];
            let prev_text = prev.text(self.text);
            let joins = match prev.kind {
                // Only full stops are ever joined into a punctuation token, so its first byte tells.
                TokenKind::Punct => prev_text.starts_with('.'),
                TokenKind::Word if !prev.compound => {
                    self.rules.is_abbreviation(with_dot)
                        || self.is_initial(prev_text, end)
                        || is_dotted_acronym(prev_text)
                }
                TokenKind::Number => self.is_ordinal(prev_text, end) || self.is_list_number(prev, end),
                _ => false,
            };
            if joins {
                let last = self.out.last_mut().expect("adjacent_last found it");
                last.span.end = end;
                if last.kind == TokenKind::Word {
                    last.kind = TokenKind::Abbreviation;
                }
                return;
            }
        }
        self.push(Token::new(start, end, TokenKind::Punct));
    }

    /// "W." in "W. G. Sebald": one capital letter, followed by a capitalised word,
    /// or closing a run of initials before a comma or the like ("F. J. R. V., de
    /// 35 años"). A letter that is a word of its own ("I") is never one. (An "I."
    /// opening a scorecard line, "I. Austin not out 7", was read as an initial for
    /// one dev error; under the rule of two dev sets it helped only that one.)
    fn is_initial(&self, word: &str, after_dot: usize) -> bool {
        let mut chars = word.chars();
        let (Some(letter), None) = (chars.next(), chars.next()) else { return false };
        let closes_run = || {
            let next = self.text[after_dot..].trim_start_matches([' ', '\t', '\u{a0}']).chars().next();
            self.after_initial() && next.is_some_and(|c| matches!(c, ',' | ';' | ':' | ')') || c.is_lowercase())
        };
        letter.is_uppercase()
            && !self.rules.not_initials.contains(&letter)
            && (before_capital(self.text, after_dot) || closes_run())
    }

    /// Whether the token before the last one is an initial ("J." before "R" in "J. R.").
    fn after_initial(&self) -> bool {
        let n = self.out.len();
        (n >= self.range_start + 2).then(|| self.out[n - 2]).is_some_and(|t| {
            let text = t.text(self.text);
            let mut chars = text.chars();
            t.kind == TokenKind::Abbreviation
                && t.span.end < self.out[n - 1].span.start
                && chars.next().is_some_and(char::is_uppercase)
                && chars.next() == Some('.')
                && chars.next().is_none()
        })
    }

    /// Whether only spaces stand between the line's start and `at`.
    fn at_line_start(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches([' ', '\t', '\u{a0}']);
        before.is_empty() || before.ends_with(['\n', '\r', '\u{2028}', '\u{2029}'])
    }

    /// "28." before "Juli" or before a lower-case word, or after an article or
    /// preposition ("im 19. Jahrhundert"), where the language writes ordinals so.
    fn is_ordinal(&self, number: &str, after_dot: usize) -> bool {
        if !self.rules.ordinal_dot || number.len() > 4 || !number.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let Some(next) = next_word(self.text, after_dot) else { return false };
        if self.rules.is_month(next) || next.chars().next().is_some_and(char::is_lowercase) {
            return true;
        }
        // "1. FC Köln", "1. FSV Mainz": a club's rank before its initials.
        let initials = (2..=4).contains(&next.chars().count()) && next.chars().all(|c| c.is_uppercase());
        if number.len() <= 2 && initials {
            return true;
        }
        let n = self.out.len();
        let before = (n >= self.range_start + 2).then(|| self.out[n - 2]).filter(|t| t.kind == TokenKind::Word);
        number.len() <= 3 && before.is_some_and(|t| self.rules.ordinal_preceders.contains(&t.text(self.text)))
    }

    /// "1. Adler Capelli (Italy)": a number opening a line of a list or a results
    /// table, before a capitalized word, numbers the line; it ends no sentence.
    /// Not before a month ("2. May resigns"), which the dates would read as a day.
    fn is_list_number(&self, number: Token, after_dot: usize) -> bool {
        number.span.len() <= 3
            && self.text[number.span.start..number.span.end].bytes().all(|b| b.is_ascii_digit())
            && self.at_line_start(number.span.start)
            && before_capital(self.text, after_dot)
            && !next_word(self.text, after_dot).is_some_and(|w| self.rules.is_month(w))
    }

    /// Length of an elided article or preposition at the start of `word` (l', dell').
    fn elision_len(&self, word: &str) -> Option<usize> {
        if self.rules.elisions.is_empty() {
            return None;
        }
        let (i, apostrophe) = word.char_indices().find(|(_, c)| is_apostrophe(*c))?;
        let n = i + apostrophe.len_utf8();
        let rest_starts_with_letter = word[n..].chars().next().is_some_and(char::is_alphabetic);
        let prefix = word[..i].to_lowercase();
        let known = self.rules.elisions.iter().any(|e| e.strip_suffix('\'') == Some(prefix.as_str()));
        (known && rest_starts_with_letter).then_some(n)
    }

    /// Length of a clitic at the end of `word` ('s, n't).
    fn suffix_clitic_len(&self, word: &str) -> Option<usize> {
        if self.rules.suffix_clitics.is_empty() || !word.chars().any(is_apostrophe) {
            return None;
        }
        let normalized: String =
            word.chars().map(|c| if is_apostrophe(c) { '\'' } else { c.to_lowercase().next().unwrap_or(c) }).collect();
        let clitic =
            self.rules.suffix_clitics.iter().find(|c| normalized.ends_with(**c) && normalized.len() > c.len())?;
        // Count chars, not bytes: the word may use a three-byte apostrophe or
        // letters whose lower case has another length.
        let clitic_chars = clitic.chars().count();
        let n = word.chars().rev().take(clitic_chars).map(char::len_utf8).sum::<usize>();
        let stem = &word[..word.len() - n];
        if self.rules.suffix_clitics_only_after_names && !stem.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        stem.chars().next_back().is_some_and(char::is_alphanumeric).then_some(n)
    }
}

/// "U.S", "e.g", "S.p.A" (before their final dot): one- to three-letter pieces joined by dots.
fn is_dotted_acronym(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|piece| (1..=3).contains(&piece.chars().count()) && piece.chars().all(char::is_alphabetic))
}

/// Whether the word after `at` starts with a capital.
fn before_capital(text: &str, at: usize) -> bool {
    next_word(text, at).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The word after `at`, past spaces on the same line.
fn next_word(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let rest = rest.trim_start_matches([' ', '\t', '\u{a0}']);
    let len = rest.char_indices().find(|(_, c)| !c.is_alphabetic()).map_or(rest.len(), |(i, _)| i);
    (len > 0).then(|| &rest[..len])
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '+'
            | '<'
            | '='
            | '>'
            | '^'
            | '`'
            | '|'
            | '~'
            | '%'
            | '‰'
            | '°'
            | '©'
            | '®'
            | '™'
            | '§'
            | '¶'
            | '×'
            | '÷'
            | '±'
    ) || matches!(c as u32, 0x20A0..=0x20CF | 0x2100..=0x214F | 0x2190..=0x22FF | 0xA2..=0xA5)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
