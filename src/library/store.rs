//! The library in IndexedDB (through `rexie`): one object store of articles,
//! keyed by id, and one of the reader's settings (their entity list). Every write is one transaction; a write that fails (the
//! storage quota, a private window) leaves what was stored before untouched
//! and comes back as a message for the reader.

use super::Article;
use gleaner_core::reader::{EntityList, ListEntry};
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::JsValue;

const DATABASE: &str = "gleaner";
const ARTICLES: &str = "articles";
/// Added in version 2; a library of version 1 keeps its articles.
const SETTINGS: &str = "settings";
const ENTITY_LIST: &str = "entities";

async fn open() -> Result<Rexie, String> {
    Rexie::builder(DATABASE)
        .version(2)
        .add_object_store(ObjectStore::new(ARTICLES).key_path("id"))
        .add_object_store(ObjectStore::new(SETTINGS))
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

/// The reader's entity list (empty until they make one).
pub async fn load_list() -> Result<Vec<ListEntry>, String> {
    let db = open().await?;
    let tx = db.transaction(&[SETTINGS], TransactionMode::ReadOnly).map_err(describe)?;
    let store = tx.store(SETTINGS).map_err(describe)?;
    let stored = store.get(JsValue::from_str(ENTITY_LIST)).await.map_err(describe)?;
    db.close();
    // Kept as the list's own JSON file: one string, however many names.
    let entries = stored.and_then(|v| v.as_string()).map(|json| EntityList::parse(&json));
    Ok(entries.and_then(Result::ok).map(|(list, _)| list.entries().to_vec()).unwrap_or_default())
}

/// Stores the reader's entity list, replacing the one before.
pub async fn save_list(list: &EntityList) -> Result<(), String> {
    let db = open().await?;
    let tx = db.transaction(&[SETTINGS], TransactionMode::ReadWrite).map_err(describe)?;
    let store = tx.store(SETTINGS).map_err(describe)?;
    store.put(&JsValue::from_str(&list.to_json()), Some(&JsValue::from_str(ENTITY_LIST))).await.map_err(describe)?;
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
