//! For any input: segmentation never panics, tokens never overlap, every offset
//! is on a char boundary, and UTF-16 offsets agree with byte offsets.

mod common;

use gleaner_core::lang::{generic_rules, Language};
use gleaner_core::segment::tokenize::tokenize;
use gleaner_core::text::Span;
use gleaner_core::Document;
use proptest::prelude::*;

/// UTF-16 offset of every byte offset that is a char boundary, counted independently of the library.
fn utf16_offsets(text: &str) -> Vec<usize> {
    let mut offsets = vec![usize::MAX; text.len() + 1];
    let mut units = 0;
    for (i, c) in text.char_indices() {
        offsets[i] = units;
        units += c.len_utf16();
    }
    offsets[text.len()] = units;
    offsets
}

fn check_spans(text: &str, spans: &[Span], what: &str) {
    let utf16_at = utf16_offsets(text);
    let mut previous_end = 0;
    for span in spans {
        assert!(span.start < span.end, "{what}: empty span {span:?} in {text:?}");
        assert!(span.start >= previous_end, "{what}: overlap at {span:?} in {text:?}");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what}: off a char boundary {span:?}"
        );
        assert_eq!(span.start16, utf16_at[span.start], "{what}: start16 of {span:?}");
        assert_eq!(span.end16, utf16_at[span.end], "{what}: end16 of {span:?}");
        previous_end = span.end;
    }
}

fn check_document(text: &str) {
    let doc = Document::analyze(text);
    let tokens: Vec<Span> = doc.tokens.iter().map(|t| t.span).collect();
    check_spans(text, &tokens, "tokens");
    check_spans(text, &doc.sentences, "sentences");
    let paragraphs: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
    check_spans(text, &paragraphs, "paragraphs");
    for token in &doc.tokens {
        assert!(
            !token.text(text).starts_with(char::is_whitespace),
            "token starts with whitespace: {:?}",
            token.text(text)
        );
        for (a, b) in token.parts(text) {
            assert!(
                token.span.start <= a
                    && a < b
                    && b <= token.span.end
                    && text.is_char_boundary(a)
                    && text.is_char_boundary(b)
            );
        }
    }
    // Every non-whitespace character is in some token.
    let covered: usize = doc.tokens.iter().map(|t| t.text(text).chars().filter(|c| !c.is_whitespace()).count()).sum();
    assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count(), "characters lost in {text:?}");
    // Each sentence covers whole tokens.
    let starts: std::collections::HashSet<usize> = doc.tokens.iter().map(|t| t.span.start).collect();
    let ends: std::collections::HashSet<usize> = doc.tokens.iter().map(|t| t.span.end).collect();
    for s in &doc.sentences {
        assert!(starts.contains(&s.start) && ends.contains(&s.end), "sentence {s:?} cuts a token");
    }
    let _ = gleaner_core::AnalysisJson::new(&doc, None).to_json();
}

/// Characters that stress the rules: separators, apostrophes, quotes, hyphens,
/// combining marks, joiners, emoji, controls, several scripts.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            'a', 'Z', 'é', 'ß', '1', '9', '.', ',', ':', '-', '‐', '\'', '’', '"', '„', '“', '”', '«', '»', '‹', '›',
            ' ', ' ', '\n', '\r', '\t', '\u{a0}', '@', '#', '/', '(', ')', '?', '!', '¿', '…', '\u{301}', '\u{200d}',
            '\u{fe0f}', '👍', '🏽', '🇻', '🇪', '™', '€', '%', '\u{0}', '\u{1b}', 'Ж', 'ω', '中', 'ع', '\u{feff}',
        ]),
        1 => any::<char>(),
    ]
}

fn tricky_string() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..80).prop_map(|chars| chars.into_iter().collect())
}

/// Fragments of real patterns glued in random orders.
fn fragment_string() -> impl Strategy<Value = String> {
    let fragments = vec![
        "Dr.",
        " ",
        "z. B.",
        "EE. UU.",
        "U.S.",
        "W.",
        "28.",
        " Juli",
        "34.000",
        "1,5",
        "Maduro's",
        "l'",
        "dell'",
        "Díaz-Canel",
        "-",
        "https://x.org/a",
        "www.",
        "a@b.co",
        "@h",
        "#t",
        "...",
        "\n",
        "\n\n",
        "„",
        "“",
        "«",
        "»",
        "\"",
        "'",
        "n't",
        "’s",
        "12:30",
        "etc.",
        " Der",
        " la",
        "👨‍👩‍👧",
        "!",
        "?",
    ];
    prop::collection::vec(prop::sample::select(fragments), 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn any_unicode_string(text in any::<String>()) {
        check_document(&text);
    }

    #[test]
    fn tricky_characters(text in tricky_string()) {
        check_document(&text);
    }

    #[test]
    fn glued_fragments(text in fragment_string()) {
        check_document(&text);
    }

    #[test]
    fn every_language_rule_set(text in fragment_string(), index in 0usize..8) {
        let rules = Language::ALL.get(index).map_or(generic_rules(), |l| l.rules());
        let tokens: Vec<Span> = tokenize(&text, rules).iter().map(|t| t.span).collect();
        check_spans(&text, &tokens, "tokens");
    }
}

#[test]
fn a_megabyte_of_one_character() {
    for c in ['a', '.', ' ', '\u{301}', '👍', '-', '\'', '"', '1', '\n', '@', '#', 'ß', '\u{0}'] {
        let text: String = std::iter::repeat_n(c, 1_000_000 / c.len_utf8()).collect();
        let started = std::time::Instant::now();
        check_document(&text);
        eprintln!("{c:?}: {:?}", started.elapsed());
        assert!(started.elapsed().as_secs() < 20, "{c:?}: {:?}", started.elapsed());
    }
}

#[test]
fn long_repeated_patterns_stay_linear() {
    for unit in ["a-", "a.", "1. ", "\"a\" ", "a'", "z. B. ", "x@", "A. "] {
        check_document(&unit.repeat(200_000 / unit.len()));
        let prepare = |chars: usize| unit.repeat(chars / unit.len());
        common::assert_near_linear(&format!("segmenting {unit:?} repeated"), 20_000, prepare, |text| {
            Document::analyze(text);
        });
    }
}
