//! Paragraphs: blocks separated by blank lines; in text without blank lines,
//! each line (news pasted from a page often puts one paragraph on one line).

use crate::text::Span;

pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let has_blank_line = text.lines().skip_while(|l| l.trim().is_empty()).any(|l| l.trim().is_empty());
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = content.trim().is_empty();
        let line_start = offset + (content.len() - content.trim_start().len());
        offset += line.len();
        if blank {
            if let Some(s) = start.take() {
                spans.push(Span::bytes(s, last_end));
            }
            continue;
        }
        let line_end = offset - line.len() + content.trim_end().len();
        if !has_blank_line {
            match spans.last_mut() {
                Some(previous) if is_wrapped(&text[previous.start..previous.end], content) => previous.end = line_end,
                _ => spans.push(Span::bytes(line_start, line_end)),
            }
            continue;
        }
        start.get_or_insert(line_start);
        last_end = line_end;
    }
    if let Some(s) = start {
        spans.push(Span::bytes(s, last_end));
    }
    spans
}

/// A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case.
fn is_wrapped(previous: &str, line: &str) -> bool {
    let stops_mid_sentence =
        previous.chars().next_back().is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | '-' | ';'));
    stops_mid_sentence && line.trim_start().chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraph_spans(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_lines_wrap_inside_them() {
        assert_eq!(
            texts("Title\n\n  First line\nwraps here.\n\n\nSecond.\n"),
            ["Title", "First line\nwraps here.", "Second."]
        );
    }

    #[test]
    fn without_blank_lines_each_line_is_a_paragraph() {
        assert_eq!(texts("One.\r\nTwo.\nThree."), ["One.", "Two.", "Three."]);
        assert_eq!(texts("A line that\nwraps. Next\nOne"), ["A line that\nwraps. Next", "One"]);
        assert!(texts(" \n\n ").is_empty());
    }
}
