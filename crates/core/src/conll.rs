//! A document's names as CoNLL training data, in the form the trainer reads
//! (`gleaner-train train --extra FILE`): a `-DOCSTART-` line and a blank line
//! per document, then one `token<TAB>tag` line per token with a blank line
//! after each sentence. Tags are IOB2 (every name starts with `B-`, so two
//! names side by side stay two) over the CoNLL types: NORP is written as MISC,
//! values are not written. A reader's corrected articles exported this way
//! become extra training data.

use crate::segment::sentence::sentence_tokens;
use crate::Document;

/// The line that starts a document (the trainer's reader takes any line that
/// starts with it as a document mark).
pub const DOCUMENT_MARK: &str = "-DOCSTART-";

/// One document: its mark line, a blank line, then its sentences.
///
/// A name that covers only part of a token (a name inside a hyphenated
/// compound, "US" in "US-Sanktionen") is not written: CoNLL tags whole
/// tokens, so its token stays `O`. Whitespace inside a token is written as
/// `_` and whitespace-only tokens are left out, so that every line splits on
/// its one tab.
pub fn document_to_conll(document: &Document) -> String {
    let mut out = String::new();
    write_document(document, &mut out);
    out
}

/// The documents one after the other, each with its mark.
pub fn documents_to_conll<'a>(documents: impl IntoIterator<Item = &'a Document>) -> String {
    let mut out = String::new();
    for document in documents {
        write_document(document, &mut out);
    }
    out
}

fn write_document(document: &Document, out: &mut String) {
    out.push_str(DOCUMENT_MARK);
    out.push_str("\n\n");
    let words: Vec<Option<String>> = document.tokens.iter().map(|t| word(t.text(&document.text))).collect();
    let tags = tags(document, &words);
    for (_, range) in sentence_tokens(&document.tokens, &document.sentences) {
        let mut written = false;
        for i in range {
            if let Some(word) = &words[i] {
                out.push_str(word);
                out.push('\t');
                out.push_str(&tags[i]);
                out.push('\n');
                written = true;
            }
        }
        if written {
            out.push('\n');
        }
    }
}

/// A token as written: whitespace becomes `_`; `None` for a whitespace-only token.
fn word(text: &str) -> Option<String> {
    if text.trim().is_empty() {
        return None;
    }
    let mut word: String = text.chars().map(|c| if c.is_whitespace() { '_' } else { c }).collect();
    // A token read as a document mark would end its sentence there.
    if word.starts_with(DOCUMENT_MARK) {
        word.replace_range(..1, "_");
    }
    Some(word)
}

/// The IOB2 tag of every token (`words[i]` is `None` where the token is not written).
fn tags(document: &Document, words: &[Option<String>]) -> Vec<String> {
    let tokens = &document.tokens;
    let mut tags = vec![String::from("O"); tokens.len()];
    let mut mentions: Vec<_> = document.mentions.iter().collect();
    mentions.sort_by_key(|m| m.tokens);
    let mut tagged = vec![false; tokens.len()];
    for mention in mentions {
        let (first, end) = mention.tokens;
        let Some(kind) = mention.label.conll() else { continue };
        if first >= end || end > tokens.len() {
            continue;
        }
        // Part of a token (a name inside a compound): CoNLL can only tag the whole token.
        if mention.span.start != tokens[first].span.start || mention.span.end != tokens[end - 1].span.end {
            continue;
        }
        // Overlapping names (none after resolution): the first one keeps its tokens.
        if tagged[first..end].iter().any(|&t| t) {
            continue;
        }
        let mut prefix = "B";
        for i in first..end {
            tagged[i] = true;
            if words[i].is_some() {
                tags[i] = format!("{prefix}-{}", kind.as_str());
                prefix = "I";
            }
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Label;
    use crate::mention::Mention;
    use crate::ner::Model;
    use crate::resolve::Lexicon;
    use crate::text::Span;
    use crate::Language;

    fn models_dir() -> String {
        format!("{}/../../models", env!("CARGO_MANIFEST_DIR"))
    }

    fn model(code: &str) -> Model {
        let path = format!("{}/ner-{code}.glm", models_dir());
        Model::from_bytes(&std::fs::read(&path).expect("model file")).expect("model loads")
    }

    fn analyzed(text: &str, language: Language) -> Document {
        let model = model(language.code());
        let mut document = Document::analyze_in(text, Some(language));
        document.tag(|_| Some(&model));
        let path = format!("{}/lexicon.glx", models_dir());
        let lexicon = Lexicon::from_bytes(&std::fs::read(&path).expect("lexicon file")).expect("lexicon loads");
        document.resolve(&lexicon);
        document
    }

    /// (word, tag) lines of each sentence, with the document marks counted.
    fn read(conll: &str) -> (usize, Vec<Vec<(String, String)>>) {
        let mut marks = 0;
        let mut sentences = vec![Vec::new()];
        for line in conll.lines() {
            if line.starts_with(DOCUMENT_MARK) {
                marks += 1;
            } else if line.is_empty() {
                if !sentences.last().is_some_and(Vec::is_empty) {
                    sentences.push(Vec::new());
                }
            } else {
                let (word, tag) = line.split_once('\t').expect("one tab");
                assert!(!tag.contains('\t'), "{line:?}");
                sentences.last_mut().expect("a sentence").push((word.to_string(), tag.to_string()));
            }
        }
        sentences.retain(|s| !s.is_empty());
        (marks, sentences)
    }

    #[test]
    fn names_are_written_as_iob2_tags_sentence_by_sentence() {
        let text = "Angela Merkel met Emmanuel Macron in Paris on Tuesday. The European Union welcomed it.";
        let document = analyzed(text, Language::En);
        let conll = document_to_conll(&document);
        assert!(conll.starts_with("-DOCSTART-\n\n"), "{conll}");
        assert!(conll.ends_with("\n\n"), "{conll:?}");
        let (marks, sentences) = read(&conll);
        assert_eq!(marks, 1);
        assert_eq!(sentences.len(), 2, "{conll}");
        let lines: Vec<(&str, &str)> = sentences.iter().flatten().map(|(w, t)| (w.as_str(), t.as_str())).collect();
        let words: Vec<&str> = document.tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(lines.iter().map(|l| l.0).collect::<Vec<_>>(), words);
        for (word, tag) in [
            ("Angela", "B-PER"),
            ("Merkel", "I-PER"),
            ("met", "O"),
            ("Emmanuel", "B-PER"),
            ("Macron", "I-PER"),
            ("Paris", "B-LOC"),
            ("Tuesday", "O"),
            ("European", "B-ORG"),
            ("Union", "I-ORG"),
        ] {
            assert!(lines.contains(&(word, tag)), "{word} {tag} in\n{conll}");
        }
    }

    #[test]
    fn norp_is_misc_adjacent_names_stay_apart_and_values_are_not_written() {
        let text = "Russian troops left Kyiv on 3 May.";
        let mut document = analyzed(text, Language::En);
        let russian = document.tokens.iter().position(|t| t.text(text) == "Russian").expect("Russian");
        let troops = russian + 1;
        let base = *document.mentions.first().expect("a mention");
        let at = |i: usize| (document.tokens[i].span, (i, i + 1));
        let ((span_r, tokens_r), (span_t, tokens_t)) = (at(russian), at(troops));
        document.mentions = vec![
            Mention { span: span_r, tokens: tokens_r, label: Label::NORP, ..base },
            Mention { span: span_t, tokens: tokens_t, label: Label::NORP, ..base },
            Mention { label: Label::DATE, ..base },
        ];
        let conll = document_to_conll(&document);
        assert!(conll.contains("Russian\tB-MISC\ntroops\tB-MISC\nleft\tO\n"), "{conll}");
        assert!(!conll.contains("DATE"), "{conll}");
    }

    #[test]
    fn a_name_inside_a_compound_leaves_its_token_o() {
        let text = "Die US-Sanktionen treffen Russland hart.";
        let document = analyzed(text, Language::De);
        let compound = document.tokens.iter().position(|t| t.text(text) == "US-Sanktionen").expect("compound token");
        assert!(
            document.mentions.iter().any(|m| m.tokens.0 == compound && m.span.text(text) == "US"),
            "the compound's part is a mention: {:?}",
            document.mentions
        );
        let conll = document_to_conll(&document);
        assert!(conll.contains("US-Sanktionen\tO\n"), "{conll}");
        assert!(conll.contains("Russland\tB-LOC\n"), "{conll}");
    }

    #[test]
    fn whitespace_in_tokens_and_document_marks_in_text_keep_the_file_parseable() {
        let text = "Peter Smith  wrote -DOCSTART- twice.";
        let mut document = analyzed(text, Language::En);
        // A token with a space in it (as a number like "34 470" might be), then one of a space only.
        let peter = document.tokens.iter().position(|t| t.text(text) == "Peter").expect("Peter");
        document.tokens[peter].span = Span::bytes(0, 11);
        document.tokens[peter + 1].span = Span::bytes(11, 12);
        let base = *document.mentions.first().expect("a mention");
        document.mentions =
            vec![Mention { span: Span::bytes(0, 11), tokens: (peter, peter + 1), label: Label::PER, ..base }];
        let conll = document_to_conll(&document);
        assert!(conll.contains("\n\nPeter_Smith\tB-PER\nwrote\tO\n"), "{conll}");
        assert_eq!(conll.lines().filter(|l| l.starts_with(DOCUMENT_MARK)).count(), 1, "{conll}");
        for line in conll.lines().filter(|l| !l.is_empty() && !l.starts_with(DOCUMENT_MARK)) {
            assert_eq!(line.matches('\t').count(), 1, "{line:?}");
            assert!(!line.split('\t').next().unwrap_or_default().contains(' '), "{line:?}");
        }
    }

    #[test]
    fn documents_are_concatenated_each_with_its_mark() {
        let a = analyzed("Paris is big.", Language::En);
        let b = analyzed("Berlin is bigger.", Language::En);
        let both = documents_to_conll([&a, &b]);
        assert_eq!(both, document_to_conll(&a) + &document_to_conll(&b));
        let (marks, sentences) = read(&both);
        assert_eq!((marks, sentences.len()), (2, 2));
        assert_eq!(documents_to_conll(std::iter::empty()), "");
    }
}
