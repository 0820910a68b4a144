//! Reading a user's file (picked or dropped) into bytes; decoding is the core's job.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of `file`, or a one-line reason it could not be read.
pub async fn read_file_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| format!("“{}” could not be read", file.name()))?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(|_| "the browser returned no data".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Files above this size are refused: a news article is a few kilobytes, and
/// a browser tab should not freeze on a mistaken multi-gigabyte drop.
pub const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;
