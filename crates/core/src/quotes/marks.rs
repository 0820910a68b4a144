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
    /// Fewer than [`MIN_WORDS`] words in a closed pair: a quotation only when
    /// someone is said to have said it (“I would,” she said.).
    pub short: bool,
}

/// Fewer words than this inside marks is a scare quote or a title, not a
/// quotation — unless a speaker follows ([`Quoted::short`]).
pub const MIN_WORDS: usize = 3;

/// The closing marks an opening mark may end with.
fn closers(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '”'],
        '‚' => &['‘', '’'],
        '“' => &['”', '“', '"'],
        '”' => &['”'],
        '«' => &['»'],
        '»' => &['«'],
        '‹' => &['›'],
        '"' => &['"', '”'],
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

/// Marks that can only close what they close (” » ’): they close even after a
/// space (`Russia ”said`), where a straight " might be opening the next quote.
fn is_directional(c: char) -> bool {
    !matches!(c, '"' | '\'')
}

/// A quotation that never closes ends with its paragraph or after this many sentences.
pub const MAX_SENTENCES: usize = 5;

/// Quotations inside `paragraph` (a byte range of `text`). Linear in the
/// paragraph's length, however many marks never close.
pub fn find_quoted(text: &str, paragraph: Span) -> Vec<Quoted> {
    let body = &text[paragraph.start..paragraph.end];
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let byte_at = |j: usize| chars.get(j).map_or(body.len(), |c| c.0);
    // Letters and digits before each char: marks with none between them hold no
    // words, known without reading the stretch again („„„…“).
    let alphanumerics: Vec<usize> = std::iter::once(0)
        .chain(chars.iter().scan(0, |n, c| {
            *n += usize::from(c.1.is_alphanumeric());
            Some(*n)
        }))
        .collect();
    // Sentence ends (". " "! " "? " and the like), to bound an unclosed quote.
    let sentence_ends: Vec<usize> = (0..chars.len())
        .filter(|&j| matches!(chars[j].1, '.' | '!' | '?') && chars.get(j + 1).is_none_or(|n| n.1.is_whitespace()))
        .collect();
    let window_end = |i: usize| {
        let k = sentence_ends.partition_point(|&e| e <= i);
        sentence_ends.get(k + MAX_SENTENCES - 1).map_or(chars.len(), |&e| e + 1)
    };
    // Per opening mark: up to where it is known that no closer follows, so a
    // run of unclosed marks does not search the same stretch again and again.
    let mut no_closer_until: Vec<(char, usize)> = Vec::new();
    // Per opening mark: the closer its last search found. Another such mark
    // before it closes there too (nothing between them closed the first), so a
    // run of empty pairs („„„…“) is not searched again and again either.
    let mut closer_at: Vec<(char, usize)> = Vec::new();
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
        let limit = window_end(i);
        let known = no_closer_until.iter().find(|(c, _)| *c == open).map_or(0, |k| k.1);
        // A curly pair inside a straight one ("… “Shark Tank” …") is nested: its ” does not close the ".
        let mut nested = 0usize;
        let cached = closer_at.iter().find(|&&(c, j)| c == open && j > i && open != '"').map(|&(_, j)| j);
        let close = cached.or_else(|| {
            (known.max(i + 1)..limit).find(|&j| {
                let (_, c) = chars[j];
                let next = chars.get(j + 1).map_or(' ', |n| n.1);
                if open == '"' && c == '“' {
                    nested += 1;
                    return false;
                }
                if open == '"' && c == '”' && nested > 0 {
                    nested -= 1;
                    return false;
                }
                // A straight mark after a space closes after a closing single mark: 'outreach,' "
                let after_single =
                    j >= 2 && chars[j - 1].1 == ' ' && matches!(chars[j - 2].1, '\'' | '’') && !next.is_alphanumeric();
                ends.contains(&c)
                    && !(is_single(open) && next.is_alphabetic())
                    && (is_directional(c) || !chars[j - 1].1.is_whitespace() || after_single)
            })
        });
        if let Some(j) = close {
            closer_at.retain(|(c, _)| *c != open);
            closer_at.push((open, j));
        } else {
            no_closer_until.retain(|(c, _)| *c != open);
            no_closer_until.push((open, limit));
        }
        let (inner_end, outer_end, closed, next_i) = match close {
            Some(j) => (chars[j].0, chars[j].0 + chars[j].1.len_utf8(), true, j + 1),
            None => {
                let end = body[..byte_at(limit)].trim_end().len();
                (end, end, false, limit)
            }
        };
        let inner_start = at + open.len_utf8();
        let inner_chars = match close {
            Some(j) => (i + 1, j),
            None => (i + 1, limit),
        };
        let words = if alphanumerics[inner_chars.1.max(inner_chars.0)] == alphanumerics[inner_chars.0] {
            0
        } else {
            body[inner_start..inner_end.max(inner_start)]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        };
        if words >= MIN_WORDS || closed && words >= 1 {
            // A closing mark after a space: the words end before the space.
            let inner_end = inner_start + body[inner_start..inner_end].trim_end().len();
            found.push(Quoted {
                outer: (paragraph.start + at, paragraph.start + outer_end),
                inner: (paragraph.start + inner_start, paragraph.start + inner_end),
                closed,
                short: words < MIN_WORDS,
            });
            i = next_i;
        } else {
            i += 1;
        }
    }
    found
}

/// Small words a title leaves in lower case ("Contract with America", "State of the Union").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "de", "del", "la", "el",
    "y", "der", "die", "das", "und", "von",
];

/// Words in marks shaped like a title — a show, a book, a slogan: "Fox News
/// Sunday", "State of the Union." — every word capitalized but the small ones.
pub fn is_title(content: &str) -> bool {
    let words: Vec<&str> = content
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    // "The Donald. Big Daddy." is two sentences: said, not a title.
    let sentences = content.trim_end().trim_end_matches(['.', ',', '!', '?']).contains(". ");
    !sentences
        && words.len() <= 8
        && words
            .iter()
            .filter(|w| !TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()))
}

/// Words in marks inside a sentence that are a term, not a quotation: they
/// start in lower case after a word, and are short ("a call for “providing
/// lethal defensive weapons” to Ukraine").
pub fn is_term(text: &str, quoted: Quoted) -> bool {
    let content = &text[quoted.inner.0..quoted.inner.1];
    let before = text[..quoted.outer.0].trim_end_matches([' ', '\u{a0}']);
    let after_word = before.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == ',');
    let lower = content.chars().next().is_some_and(|c| c.is_lowercase() || c.is_numeric());
    after_word && lower && content.split_whitespace().count() <= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(&str, bool)> {
        find_quoted(text, Span::bytes(0, text.len()))
            .into_iter()
            .filter(|q| !q.short)
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
    fn mixed_straight_and_curly_marks_pair() {
        assert_eq!(quoted("\"Oz has a huge bully pulpit,” said David."), [("Oz has a huge bully pulpit,", true)]);
        assert_eq!(
            quoted("\"She thinks this is an episode of “Shark Tank.” But this is America,\" he said."),
            [("She thinks this is an episode of “Shark Tank.” But this is America,", true)]
        );
        assert_eq!(
            quoted("\"I've been insulted with the term 'outreach,' \" he told them."),
            [("I've been insulted with the term 'outreach,'", true)]
        );
    }

    #[test]
    fn titles_and_terms() {
        assert!(is_title("Fox News Sunday,"));
        assert!(is_title("State of the Union."));
        assert!(!is_title("We will stay here,"));
        let text = "a call for “providing lethal defensive weapons” to Ukraine";
        let q = find_quoted(text, Span::bytes(0, text.len()))[0];
        assert!(is_term(text, q));
        let text = "He said: “we will stay here.”";
        let q = find_quoted(text, Span::bytes(0, text.len()))[0];
        assert!(!is_term(text, q));
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
    fn a_closing_mark_after_a_space_still_closes() {
        assert_eq!(
            quoted(
                "“So that young people can spend their vacations in Russia ”said Maduro. “We agree with that,” Putin replied."
            ),
            [("So that young people can spend their vacations in Russia", true), ("We agree with that,", true)]
        );
    }

    #[test]
    fn an_unclosed_quote_stops_after_five_sentences() {
        let text = "“One two three. Four five. Six. Seven. Eight nine. Ten eleven. Twelve.";
        assert_eq!(quoted(text), [("One two three. Four five. Six. Seven. Eight nine.", false)]);
    }

    #[test]
    fn ten_thousand_unclosed_marks_stay_linear() {
        let text = "„word and more ".repeat(10_000);
        let started = std::time::Instant::now();
        let found = quoted(&text);
        assert!(started.elapsed().as_secs_f64() < 2.0, "{:?}", started.elapsed());
        assert_eq!(found.len(), 1, "one unclosed quote to the paragraph's end");
        assert!(!found[0].1);
    }

    #[test]
    fn ten_thousand_empty_pairs_stay_linear() {
        for text in ["«".repeat(10_000) + "»", "„".repeat(10_000) + "“", "“ ”".repeat(10_000)] {
            let started = std::time::Instant::now();
            let found = find_quoted(&text, Span::bytes(0, text.len()));
            assert!(started.elapsed().as_secs_f64() < 2.0, "{:?}", started.elapsed());
            assert!(found.is_empty(), "no words, no quote");
        }
    }

    #[test]
    fn a_quote_runs_over_several_sentences() {
        assert_eq!(
            quoted("„Erstens. Zweitens kommt das. Drittens.“ sagte er."),
            [("Erstens. Zweitens kommt das. Drittens.", true)]
        );
    }
}
