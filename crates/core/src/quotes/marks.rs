//! Finding direct quotations by their marks: „…“ “…” «…» »…« ‹…› "…" '…' ‚…‘,
//! over several sentences; a quote that never closes ends with its paragraph.

use crate::text::Span;

/// A quotation found in the text, in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to the closing one (or the paragraph's end).
    pub outer: (usize, usize),
    /// The words inside the marks.
    pub inner: (usize, usize),
    pub closed: bool,
}

/// Fewer words than this inside marks is a scare quote or a title, not a quotation.
pub const MIN_WORDS: usize = 3;

/// The closing marks an opening mark may end with.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '”'],
        '‚' => &['‘', '’'],
        '“' => &['”', '“'],
        '”' => &['”'],
        '«' => &['»'],
        '»' => &['«'],
        '‹' => &['›'],
        '"' => &['"'],
        '\'' => &['\''],
        '‘' => &['’'],
        _ => &[],
    }
}

/// Single marks double as apostrophes (Maduro's, '90s): they open only after
/// a space or bracket and before a letter, and close only before a non-letter.
fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '‚')
}

/// Quotations inside `paragraph` (a byte range of `text`).
pub fn find_quoted(text: &str, paragraph: Span) -> Vec<Quoted> {
    let body = &text[paragraph.start..paragraph.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, open) = chars[i];
        let ends = closers(open);
        let before = if i == 0 { ' ' } else { chars[i - 1].1 };
        let after = chars.get(i + 1).map_or(' ', |c| c.1);
        let opens = !ends.is_empty()
            && !after.is_whitespace()
            && (before.is_whitespace() || "([{—–-:,".contains(before) || !is_single(open) && !before.is_alphanumeric());
        if !opens || is_single(open) && !after.is_alphabetic() {
            i += 1;
            continue;
        }
        let close = (i + 1..chars.len()).find(|&j| {
            let (_, c) = chars[j];
            let next = chars.get(j + 1).map_or(' ', |n| n.1);
            ends.contains(&c) && !(is_single(open) && next.is_alphabetic()) && !chars[j - 1].1.is_whitespace()
        });
        let (inner_end, outer_end, closed, next_i) = match close {
            Some(j) => (chars[j].0, chars[j].0 + chars[j].1.len_utf8(), true, j + 1),
            None => (body.trim_end().len(), body.trim_end().len(), false, chars.len()),
        };
        let inner_start = at + open.len_utf8();
        let words = body[inner_start..inner_end.max(inner_start)]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        if words >= MIN_WORDS {
            found.push(Quoted {
                outer: (paragraph.start + at, paragraph.start + outer_end),
                inner: (paragraph.start + inner_start, paragraph.start + inner_end),
                closed,
            });
            i = next_i;
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        find_quoted(text, Span::bytes(0, text.len()))
            .into_iter()
            .map(|q| (&text[q.inner.0..q.inner.1], q.closed))
            .collect()
    }

    #[test]
    fn finds_every_style() {
        assert_eq!(quoted("Er sagte: „Wir bleiben hier.“ Dann ging er."), [("Wir bleiben hier.", true)]);
        assert_eq!(quoted("“We will stay,” he said."), [("We will stay,", true)]);
        assert_eq!(quoted("«No vamos a salir», dijo."), [("No vamos a salir", true)]);
        assert_eq!(quoted("»Das ist klar so«, sagte sie."), [("Das ist klar so", true)]);
        assert_eq!(quoted("He said \"this is over now\" and left."), [("this is over now", true)]);
        assert_eq!(quoted("She said 'it isn't over yet' twice."), [("it isn't over yet", true)]);
    }

    #[test]
    fn apostrophes_and_scare_quotes_are_not_quotations() {
        assert!(quoted("Maduro's government and the '90s.").is_empty());
        assert!(quoted("a so-called “fake news” story").is_empty());
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        assert_eq!(
            quoted("“We will stay here. And we will fight.  "),
            [("We will stay here. And we will fight.", false)]
        );
    }

    #[test]
    fn a_quote_runs_over_several_sentences() {
        assert_eq!(
            quoted("„Erstens. Zweitens kommt das. Drittens.“ sagte er."),
            [("Erstens. Zweitens kommt das. Drittens.", true)]
        );
    }
}
