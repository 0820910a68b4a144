//! The library as the page holds it: the one copy every change reads and writes
//! at once (a handler never works on a render's stale copy), published to the
//! views after each change and written to the browser's storage behind it.
//! A write that fails (a full disk, a private window) is told to the reader.

use super::{export, Article};
use std::cell::{Ref, RefCell};
use std::rc::Rc;
use yew::Callback;

/// A change to one article, applied to it as it is at that moment. It says whether
/// it changed anything (comparing a 10 MB article before and after, at every edit,
/// would hold the page).
pub type Change = Rc<dyn Fn(&mut Article) -> bool>;

#[derive(Clone)]
pub struct Shelf {
    /// Oldest first.
    articles: Rc<RefCell<Vec<Article>>>,
    /// The views' copy, after every change.
    publish: Callback<Rc<Vec<Article>>>,
    /// What the reader should know: a write or an import that failed.
    problem: Callback<Option<String>>,
}

impl PartialEq for Shelf {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.articles, &other.articles)
    }
}

impl Shelf {
    pub fn new(publish: Callback<Rc<Vec<Article>>>, problem: Callback<Option<String>>) -> Shelf {
        Shelf { articles: Rc::default(), publish, problem }
    }

    pub fn articles(&self) -> Ref<'_, Vec<Article>> {
        self.articles.borrow()
    }

    pub fn find(&self, id: &str) -> Option<Article> {
        self.articles.borrow().iter().find(|a| a.id == id).cloned()
    }

    pub fn newest(&self) -> Option<Article> {
        self.articles.borrow().last().cloned()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.articles.borrow().iter().any(|a| a.id == id)
    }

    fn publish(&self) {
        self.publish.emit(Rc::new(self.articles.borrow().clone()));
    }

    /// Runs a storage write in a task of its own (storing a 10 MB article is a long step,
    /// not to be added to the one that asked); a failure is shown to the reader.
    pub fn persist(&self, write: impl std::future::Future<Output = Result<(), String>> + 'static) {
        let problem = self.problem.clone();
        wasm_bindgen_futures::spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(0).await;
            if let Err(message) = write.await {
                problem.emit(Some(message));
            }
        });
    }

    /// The library as stored, once it is read back: articles added while it loaded stay, as they are now.
    /// Its newest article, or the problem that kept it from loading.
    pub async fn load(&self) -> Result<Option<Article>, String> {
        let mut articles = super::store::load_all().await?;
        super::upsert(&mut articles, &self.articles.borrow());
        let newest = articles.last().cloned();
        *self.articles.borrow_mut() = articles;
        self.publish();
        Ok(newest)
    }

    /// Adds or replaces whole articles, in the list and in storage.
    pub fn keep(&self, changed: Vec<Article>) {
        super::upsert(&mut self.articles.borrow_mut(), &changed);
        self.publish();
        self.persist(async move { super::store::save(&changed).await });
    }

    /// Changes one article as it is now (another change may have come since the last render).
    pub fn edit(&self, id: &str, change: Change) {
        let changed = {
            let mut articles = self.articles.borrow_mut();
            let Some(article) = articles.iter_mut().find(|a| a.id == id) else { return };
            change(article).then(|| article.clone())
        };
        if let Some(article) = changed {
            self.publish();
            self.persist(async move { super::store::save(&[article]).await });
        }
    }

    /// Deletes an article; the newest one left, to show instead.
    pub fn delete(&self, id: String) -> Option<Article> {
        self.articles.borrow_mut().retain(|a| a.id != id);
        let newest = self.newest();
        self.publish();
        self.persist(async move { super::store::delete(&id).await });
        newest
    }

    /// The library as a file of its own (`gleaner-library.json`), downloaded.
    pub fn export(&self) {
        let json = export::export_library(&self.articles.borrow(), js_sys::Date::now());
        if let Err(e) = super::download::download("gleaner-library.json", "application/json", &json) {
            self.problem.emit(Some(format!("The library could not be exported ({e}).")));
        }
    }

    /// A library file read back in: its articles are stored, then added. Then the newest
    /// article (to show); nothing when the file was refused (the reader is told why; the
    /// library is unchanged).
    pub async fn import(&self, file: web_sys::File) -> Option<Option<Article>> {
        let name = file.name();
        let read = super::files::read_file_bytes(&file).await;
        let parsed = read.and_then(|bytes| {
            export::import_library(&String::from_utf8_lossy(&bytes))
                .map_err(|reason| format!("“{name}” was not imported: {reason}. The library is unchanged."))
        });
        let stored = match parsed {
            Ok(imported) => super::store::save(&imported).await.map(|()| imported),
            Err(message) => Err(message),
        };
        match stored {
            Ok(imported) => {
                super::upsert(&mut self.articles.borrow_mut(), &imported);
                self.problem.emit(None);
                let newest = self.newest();
                self.publish();
                Some(newest)
            }
            Err(message) => {
                self.problem.emit(Some(message));
                None
            }
        }
    }
}
