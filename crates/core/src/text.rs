//! Spans over the original text, in UTF-8 bytes (for Rust) and UTF-16 code
//! units (for JavaScript and the DOM). The text itself is never altered.

use serde::{Deserialize, Serialize};

/// A range of the original text. `start..end` are byte offsets on char
/// boundaries; `start16..end16` are the same range in UTF-16 code units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub start16: usize,
    pub end16: usize,
}

impl Span {
    /// A span with byte offsets only; [`fill_utf16`] sets the rest.
    pub fn bytes(start: usize, end: usize) -> Span {
        Span { start, end, start16: 0, end16: 0 }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers; empty if the span does not fit `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Converts byte offsets to UTF-16 offsets in one forward pass. Offsets must be
/// asked for in non-decreasing order, which is how the pipeline produces them.
pub struct Utf16Cursor<'t> {
    text: &'t str,
    byte: usize,
    unit: usize,
}

impl<'t> Utf16Cursor<'t> {
    pub fn new(text: &'t str) -> Self {
        Utf16Cursor { text, byte: 0, unit: 0 }
    }

    /// The UTF-16 offset of byte offset `to`. A smaller `to` than the last one
    /// restarts from the beginning (slow, but correct).
    pub fn advance(&mut self, to: usize) -> usize {
        if to < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let to = to.min(self.text.len());
        let chunk = self.text.get(self.byte..to).unwrap_or("");
        // ASCII is one unit per byte; only non-ASCII text needs a per-char count.
        self.unit += if chunk.is_ascii() { chunk.len() } else { chunk.chars().map(char::len_utf16).sum() };
        self.byte = to;
        self.unit
    }
}

/// Sets the UTF-16 offsets of spans sorted by start (ends may overlap later spans).
pub fn fill_utf16(text: &str, spans: &mut [Span]) {
    let mut starts = Utf16Cursor::new(text);
    let mut ends = Utf16Cursor::new(text);
    for span in spans {
        span.start16 = starts.advance(span.start);
        span.end16 = ends.advance(span.end);
    }
}

/// Length of `text` in UTF-16 code units.
pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// Longest piece of a reader's input that an error message repeats.
const QUOTED_CHARS: usize = 40;

/// `text` as a one-line reason quotes it: escaped onto one line and cut short
/// (a "date" or a library's "format" may hold a whole article, line breaks
/// and all). Every reason that repeats what a reader gave goes through here.
pub fn quoted(text: &str) -> String {
    let mut shown: String = text.chars().take(QUOTED_CHARS).flat_map(char::escape_debug).collect();
    if text.chars().nth(QUOTED_CHARS).is_some() {
        shown.push('…');
    }
    format!("'{shown}'")
}

/// Longest message from a library (a parser's error) that a reason repeats.
const MESSAGE_CHARS: usize = 200;

/// A message from elsewhere (serde's "unknown variant `…`" quotes the input)
/// made fit for a one-line reason: control characters escaped, cut short.
pub fn one_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MESSAGE_CHARS));
    for c in message.chars().take(MESSAGE_CHARS) {
        if c.is_control() {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    if message.chars().nth(MESSAGE_CHARS).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod reason_tests {
    use super::*;

    #[test]
    fn reasons_quote_input_on_one_line() {
        assert_eq!(quoted("2019\n09"), "'2019\\n09'");
        assert_eq!(quoted(&"x".repeat(50)), format!("'{}…'", "x".repeat(40)));
        assert_eq!(one_line("unknown variant `eu\n\n[`, expected `en`"), "unknown variant `eu\\n\\n[`, expected `en`");
        assert_eq!(one_line("Ünïcödé stays"), "Ünïcödé stays");
    }
}
