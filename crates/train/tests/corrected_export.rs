//! The page's export of corrected articles (`gleaner_core::conll`) reads back
//! into the trainer (`corpus::read_conll`, as `train --extra FILE` reads it)
//! with every token and every name's tags unchanged. Needs only models/.

use gleaner_core::ner::Model;
use gleaner_core::resolve::Lexicon;
use gleaner_core::segment::sentence::sentence_tokens;
use gleaner_core::{Document, Language};
use gleaner_train::corpus::{documents, read_conll, Sentence};
use gleaner_train::model_path;

const ARTICLES: [&str; 2] = [
    "Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday. \
     The two leaders discussed the European Union's budget with officials from Brussels.\n\n\
     Merkel later flew to Washington, where she spoke at Georgetown University about NATO and the US-Russian talks.",
    "Manchester United beat Arsenal 2-1 at Old Trafford on Saturday. \
     Marcus Rashford scored twice for United, and coach Erik ten Hag praised the Premier League leaders.",
];

fn analyzed(text: &str, model: &Model) -> Document {
    let mut document = Document::analyze_in(text, Some(Language::En));
    document.tag(|_| Some(model));
    document.resolve(&Lexicon::default());
    document
}

/// Each sentence's token texts and IOB2 tags, straight from the document's mentions.
fn expected(document: &Document) -> Vec<(Vec<String>, Vec<String>)> {
    let tokens = &document.tokens;
    let mut tags = vec!["O".to_string(); tokens.len()];
    for mention in &document.mentions {
        let (first, end) = mention.tokens;
        let whole_tokens =
            mention.span.start == tokens[first].span.start && mention.span.end == tokens[end - 1].span.end;
        if let (Some(kind), true) = (mention.label.conll(), whole_tokens) {
            tags[first] = format!("B-{}", kind.as_str());
            for tag in &mut tags[first + 1..end] {
                *tag = format!("I-{}", kind.as_str());
            }
        }
    }
    sentence_tokens(tokens, &document.sentences)
        .map(|(_, range)| {
            let words = tokens[range.clone()].iter().map(|t| t.text(&document.text).to_string()).collect();
            (words, tags[range].to_vec())
        })
        .filter(|(words, _): &(Vec<String>, _)| !words.is_empty())
        .collect()
}

fn read_back(conll: &str, name: &str) -> Vec<Sentence> {
    let path = std::env::temp_dir().join(format!("gleaner-corrected-{}-{name}.conll", std::process::id()));
    std::fs::write(&path, conll).expect("temp file written");
    let sentences = read_conll(&path).expect("the export reads back");
    std::fs::remove_file(&path).ok();
    sentences
}

fn english_model() -> Model {
    let path = model_path("en");
    Model::from_bytes(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).expect("model loads")
}

#[test]
fn a_corrected_article_reads_back_with_its_tokens_and_tags() {
    let model = english_model();
    let document = analyzed(ARTICLES[0], &model);
    assert!(document.mentions.len() >= 5, "the tagger finds the names: {:?}", document.mentions);
    let sentences = read_back(&gleaner_core::conll::document_to_conll(&document), "one");
    let expected = expected(&document);
    assert_eq!(sentences.len(), expected.len(), "one sentence read back per sentence");
    for (sentence, (words, tags)) in sentences.iter().zip(&expected) {
        assert_eq!(&sentence.words, words);
        assert_eq!(&sentence.tags, tags, "{words:?}");
    }
    let tags: Vec<&str> = sentences.iter().flat_map(|s| &s.tags).map(String::as_str).collect();
    for tag in ["B-PER", "I-PER", "B-LOC", "B-ORG"] {
        assert!(tags.contains(&tag), "{tag} in {tags:?}");
    }
    assert_eq!(documents(&sentences).len(), 1, "one document");
}

#[test]
fn several_corrected_articles_read_back_as_separate_documents() {
    let model = english_model();
    let analyzed: Vec<Document> = ARTICLES.iter().map(|text| analyzed(text, &model)).collect();
    let sentences = read_back(&gleaner_core::conll::documents_to_conll(&analyzed), "several");
    let read_documents = documents(&sentences);
    assert_eq!(read_documents.len(), analyzed.len());
    for (read, document) in read_documents.iter().zip(&analyzed) {
        let read: Vec<(Vec<String>, Vec<String>)> = read.iter().map(|s| (s.words.clone(), s.tags.clone())).collect();
        assert_eq!(read, expected(document));
    }
}
