//! The core and the app in WebAssembly, in headless Chromium
//! (`cargo test -p gleaner-web --target wasm32-unknown-unknown`).
#![cfg(target_arch = "wasm32")]

use gleaner_core::{AnalysisJson, Document, Language, TokenKind};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn segmentation_rules_hold_in_wasm() {
    let text = "Der kubanische Regierungschef Miguel Díaz-Canel erklärte am 28. Juli, dass Kuba z. B. 34.000 Barrel „braucht“. Maduro’s Besuch folgt.";
    let doc = Document::analyze(text);
    assert_eq!(doc.language.language, Some(Language::De));
    let tokens: Vec<&str> = doc.tokens.iter().map(|t| t.text(text)).collect();
    for whole in ["Díaz-Canel", "28.", "z. B.", "34.000", "„", "“"] {
        assert!(tokens.contains(&whole), "{whole} should be one token in {tokens:?}");
    }
    assert_eq!(doc.sentences.len(), 2);
    let json = AnalysisJson::new(&doc, None).to_json();
    assert!(json.starts_with(r#"{"format":"gleaner/2""#));
}

#[wasm_bindgen_test]
fn utf16_offsets_match_javascript_strings() {
    let text = "Guaidó 👍🏽 met Díaz-Canel.";
    let doc = Document::analyze(text);
    let js = js_sys::JsString::from(text);
    for token in &doc.tokens {
        let from_js: String = js.substring(token.span.start16 as u32, token.span.end16 as u32).into();
        assert_eq!(from_js, token.text(text));
    }
    assert!(doc.tokens.iter().any(|t| t.kind == TokenKind::Emoji));
}

#[wasm_bindgen_test]
fn binary_bytes_are_refused_in_wasm() {
    assert!(Document::from_bytes(b"%PDF-1.7 ...").is_err());
    let doc = Document::from_bytes(b"caf\xe9 au lait").expect("text");
    assert_eq!(doc.notices.iter().filter(|n| n.code == "invalid_utf8").count(), 1);
}

#[wasm_bindgen_test]
async fn the_app_renders_its_input_and_hint() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<gleaner_web::App>::with_root(root.clone()).render();
    gloo_timers::future::TimeoutFuture::new(50).await;
    assert!(root.query_selector("[data-testid=article]").unwrap().is_some(), "the input is rendered");
    let hint = root.query_selector("[data-testid=hint]").unwrap().expect("the empty-input hint is rendered");
    assert!(hint.text_content().unwrap_or_default().contains("Paste an article"));
}
