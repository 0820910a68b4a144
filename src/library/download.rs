//! Saving a file the page made (an export) through the browser's download,
//! and copying text to the clipboard. Nothing is uploaded anywhere.

use gloo_timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a file called `name`.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| "no blob")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| "no link")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoked once the download has surely started: at once, Chromium may find the blob gone.
    Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Copies `text` to the clipboard; resolves when it is there.
pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window().ok_or("no window")?.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying".to_string())
}

/// A file name from a title: "Maduro in Moscow!" → "maduro-in-moscow".
pub fn file_stem(title: &str) -> String {
    let stem: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_lowercase().next().unwrap_or(c) } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        "article".to_string()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_stems_are_short_and_plain() {
        assert_eq!(super::file_stem("Maduro in Moscow!"), "maduro-in-moscow");
        assert_eq!(super::file_stem("¿Qué dijo Díaz-Canel?"), "qué-dijo-díaz-canel");
        assert_eq!(super::file_stem("***"), "article");
    }
}
