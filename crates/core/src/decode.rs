//! From the bytes of an uploaded file to text: refuse binary files with a
//! reason, honour UTF-8 and UTF-16 byte-order marks, and replace invalid UTF-8
//! with U+FFFD, counting the replacements so the user can be told.

use crate::mention::Notice;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Invalid byte sequences replaced by U+FFFD.
    pub replaced: usize,
    pub encoding: &'static str,
}

impl Decoded {
    /// What the reader should be told about the decoding, if anything.
    pub fn notice(&self) -> Option<Notice> {
        (self.replaced > 0).then(|| Notice {
            code: "invalid_utf8".into(),
            message: format!(
                "{} invalid byte sequence{} replaced with \u{FFFD}: the file is not valid UTF-8 (saved in another encoding?)",
                self.replaced,
                if self.replaced == 1 { " was" } else { "s were" }
            ),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// A known binary format (its name) or bytes that are not text at all.
    Binary(&'static str),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary(kind) => {
                write!(f, "this looks like {kind}, not text: open a plain-text (.txt) file or paste the article")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
];

/// Decodes file bytes into text, or says why they are not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return Ok(lossy_utf8(rest, "UTF-8 (with BOM)"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return Ok(utf16(rest, u16::from_le_bytes, "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return Ok(utf16(rest, u16::from_be_bytes, "UTF-16BE"));
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(DecodeError::Binary(kind));
    }
    if is_riff(bytes) {
        return Err(DecodeError::Binary("a RIFF media file (WebP, WAV or AVI)"));
    }
    if bytes.len() > 8 && &bytes[4..8] == b"ftyp" {
        return Err(DecodeError::Binary("an MP4/MOV/HEIC media file"));
    }
    if looks_binary(&bytes[..bytes.len().min(8192)]) {
        return Err(DecodeError::Binary("a binary file"));
    }
    Ok(lossy_utf8(bytes, "UTF-8"))
}

fn is_riff(bytes: &[u8]) -> bool {
    bytes.starts_with(b"RIFF") && bytes.len() >= 12
}

/// NUL bytes, or many control characters, do not occur in text.
fn looks_binary(head: &[u8]) -> bool {
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    head.contains(&0) || control * 10 > head.len()
}

fn lossy_utf8(bytes: &[u8], encoding: &'static str) -> Decoded {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push(char::REPLACEMENT_CHARACTER);
            replaced += 1;
        }
    }
    Decoded { text, replaced, encoding }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, encoding: &'static str) -> Decoded {
    let pairs = bytes.chunks_exact(2);
    let odd_trailing_byte = !pairs.remainder().is_empty();
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = 0;
    for c in char::decode_utf16(pairs.map(|pair| unit([pair[0], pair[1]]))) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            char::REPLACEMENT_CHARACTER
        }));
    }
    if odd_trailing_byte {
        text.push(char::REPLACEMENT_CHARACTER);
        replaced += 1;
    }
    Decoded { text, replaced, encoding }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8_passes_untouched() {
        let d = decode("Díaz-Canel „Zitat“".as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.replaced), ("Díaz-Canel „Zitat“", 0));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_counted() {
        let d = decode(b"Guaid\xf3 and Ch\xe1vez").unwrap();
        assert_eq!(d.text, "Guaid\u{FFFD} and Ch\u{FFFD}vez");
        assert_eq!(d.replaced, 2);
    }

    #[test]
    fn boms_are_honoured() {
        assert_eq!(decode(b"\xef\xbb\xbfHi").unwrap().text, "Hi");
        assert_eq!(decode(b"\xff\xfeH\x00i\x00").unwrap().text, "Hi");
        assert_eq!(decode(b"\xfe\xff\x00H\x00i").unwrap().text, "Hi");
    }

    #[test]
    fn binary_files_are_refused_with_their_kind() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Err(DecodeError::Binary("a PNG image")));
        assert_eq!(decode(b"PK\x03\x04rest"), Err(DecodeError::Binary("a ZIP archive (or a Word/OpenDocument file)")));
        assert_eq!(decode(b"text\0with nul"), Err(DecodeError::Binary("a binary file")));
        assert!(decode(b"").is_ok());
    }
}
