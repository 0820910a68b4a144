//! The library in IndexedDB (through `rexie`): one object store of articles,
//! keyed by id. Every write is one transaction; a write that fails (the
//! storage quota, a private window) leaves what was stored before untouched
//! and comes back as a message for the reader.

use super::Article;
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "gleaner";
const ARTICLES: &str = "articles";

async fn open() -> Result<Rexie, String> {
    Rexie::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStore::new(ARTICLES).key_path("id"))
        .build()
        .await
        .map_err(|e| format!("The library could not be opened ({e}); articles are not kept after a reload."))
}

/// Every stored article, oldest first. An unreadable record is skipped, not fatal.
pub async fn load_all() -> Result<Vec<Article>, String> {
    let db = open().await?;
    let tx = db.transaction(&[ARTICLES], TransactionMode::ReadOnly).map_err(describe)?;
    let store = tx.store(ARTICLES).map_err(describe)?;
    let values = store.get_all(None, None).await.map_err(describe)?;
    let mut articles: Vec<Article> =
        values.into_iter().filter_map(|v| serde_wasm_bindgen::from_value(v).ok()).collect();
    articles.sort_by(|a, b| a.added.total_cmp(&b.added));
    db.close();
    Ok(articles)
}

/// Stores (or replaces) these articles in one transaction: all or none.
pub async fn save(articles: &[Article]) -> Result<(), String> {
    let db = open().await?;
    let tx = db.transaction(&[ARTICLES], TransactionMode::ReadWrite).map_err(describe)?;
    let store = tx.store(ARTICLES).map_err(describe)?;
    for article in articles {
        let value = serde_wasm_bindgen::to_value(article).map_err(|e| e.to_string())?;
        store.put(&value, None).await.map_err(describe)?;
    }
    tx.done().await.map_err(describe)?;
    db.close();
    Ok(())
}

pub async fn delete(id: &str) -> Result<(), String> {
    let db = open().await?;
    let tx = db.transaction(&[ARTICLES], TransactionMode::ReadWrite).map_err(describe)?;
    let store = tx.store(ARTICLES).map_err(describe)?;
    store.delete(JsValue::from_str(id)).await.map_err(describe)?;
    tx.done().await.map_err(describe)?;
    db.close();
    Ok(())
}

/// A storage error as the reader should read it.
fn describe(error: rexie::Error) -> String {
    // rexie's own message is only "idb error": the browser's reason (QuotaExceededError, …) is inside.
    let text = match &error {
        rexie::Error::IdbError(inner) => inner.to_string(),
        other => other.to_string(),
    };
    if text.contains("QuotaExceeded") || text.to_lowercase().contains("quota") {
        "The browser's storage for this site is full: the article was not saved, and nothing already in the library was lost. Delete or export articles to make room.".to_string()
    } else {
        format!("The library could not be saved ({text}); nothing already in it was lost.")
    }
}
