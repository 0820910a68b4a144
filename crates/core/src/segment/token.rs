//! What a token is. The tokenizer that makes them lives in `tokenize`.

use crate::text::Span;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly with digits, inner apostrophes or hyphens (Díaz-Canel, Tu-160).
    Word,
    /// Digits with locale separators (34.000, 1,5, 12:30) and German ordinals (28.).
    Number,
    /// A word with its dot(s): Dr., z. B., EE. UU., U.S., initials like W.
    Abbreviation,
    /// A clitic split off a word: 's, n't, l', dell'.
    Clitic,
    /// A quotation mark of any script: „ “ ” « » ‹ › " ' ‘ ’ ‚
    Quote,
    Punct,
    /// Currency, maths and other symbols: € $ % ™ ©
    Symbol,
    Url,
    Email,
    /// @handle
    Handle,
    /// #hashtag
    Hashtag,
    /// One emoji, including ZWJ sequences, skin tones and flags.
    Emoji,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Joined by hyphens (Russia-Venezuela, US-Sanktionen): see [`Token::parts`].
    pub compound: bool,
}

impl Token {
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        Token { span: Span::bytes(start, end), kind, compound: false }
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    /// Whether the token is made of letters or digits (not punctuation, quotes, symbols).
    pub fn is_wordlike(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation | TokenKind::Clitic)
    }

    /// The hyphen-separated parts of a compound as byte ranges (Russia, Venezuela);
    /// the whole token for anything else. Later stages look up the parts.
    pub fn parts(&self, text: &str) -> Vec<(usize, usize)> {
        let whole = self.text(text);
        if !self.compound {
            return vec![(self.span.start, self.span.end)];
        }
        let mut parts = Vec::new();
        let mut part_start = 0;
        for (i, c) in whole.char_indices() {
            if is_hyphen(c) {
                if i > part_start {
                    parts.push((self.span.start + part_start, self.span.start + i));
                }
                part_start = i + c.len_utf8();
            }
        }
        if whole.len() > part_start {
            parts.push((self.span.start + part_start, self.span.end));
        }
        parts
    }
}

/// Hyphens that join compounds (not dashes, which separate clauses).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

pub fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '„'
            | '“'
            | '”'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '‟'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Emoji and pictographs (approximately Extended_Pictographic plus regional indicators).
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF
        | 0x231A..=0x231B | 0x23E9..=0x23FA | 0x3030 | 0x303D | 0x3297 | 0x3299)
}
