//! Just enough of ZIP to read one member of an Office file: the central
//! directory, stored and deflated members (through the `miniz_oxide` the
//! models already use), and limits that keep a hostile archive from taking
//! more than `MAX_MEMBER_BYTES` of memory. Zip64, encryption and other
//! methods are refused, never guessed at.

use core::fmt;

/// The most a member may inflate to: far above any article, far below a zip bomb.
pub const MAX_MEMBER_BYTES: usize = 64 * 1024 * 1024;

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-directory record: not a ZIP file at all.
    NotZip,
    /// A header points outside the file or is cut short.
    Damaged,
    /// The member is encrypted.
    Encrypted,
    /// A compression method other than stored or deflate, or Zip64.
    Unsupported,
    /// The member inflates to more than `MAX_MEMBER_BYTES`.
    TooLarge,
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ZipError::NotZip => "it is not a ZIP archive",
            ZipError::Damaged => "the archive is damaged or cut short",
            ZipError::Encrypted => "it is password-protected",
            ZipError::Unsupported => "it uses a ZIP feature Gleaner does not read",
            ZipError::TooLarge => "its text is larger than 64 MB",
        })
    }
}

/// A member as the central directory lists it.
struct Member<'a> {
    name: &'a [u8],
    flags: u16,
    method: u16,
    compressed: usize,
    local_header: usize,
}

/// A ZIP archive borrowed from its bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    members: Vec<Member<'a>>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    /// Reads the central directory.
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        // The end record is 22 bytes plus a comment of up to 65,535.
        let lowest = bytes.len().saturating_sub(22 + 65_535);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_OF_DIRECTORY))
            .ok_or(ZipError::NotZip)?;
        let count = u16_at(bytes, end + 10).ok_or(ZipError::Damaged)?;
        let directory = u32_at(bytes, end + 16).ok_or(ZipError::Damaged)?;
        if count == u16::MAX || directory == u32::MAX {
            return Err(ZipError::Unsupported); // Zip64
        }
        let mut members = Vec::with_capacity(usize::from(count).min(4096));
        let mut at = directory as usize;
        for _ in 0..count {
            if u32_at(bytes, at) != Some(DIRECTORY_ENTRY) {
                return Err(ZipError::Damaged);
            }
            let field = |offset: usize| u16_at(bytes, at + offset).map(usize::from).ok_or(ZipError::Damaged);
            let (name_len, extra_len, comment_len) = (field(28)?, field(30)?, field(32)?);
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or(ZipError::Damaged)?;
            let compressed = u32_at(bytes, at + 20).ok_or(ZipError::Damaged)?;
            let local_header = u32_at(bytes, at + 42).ok_or(ZipError::Damaged)?;
            members.push(Member {
                name,
                flags: field(8)? as u16,
                method: field(10)? as u16,
                compressed: compressed as usize,
                local_header: local_header as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, members })
    }

    /// The inflated bytes of the member called `name` (case-insensitive, as
    /// Office itself reads them), or `None` when there is none.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>, ZipError> {
        self.raw(name)?.map(RawMember::inflate).transpose()
    }

    /// The member called `name` as stored, not yet inflated: for a caller with
    /// an inflater of its own (the browser's `DecompressionStream`).
    pub fn raw(&self, name: &str) -> Result<Option<RawMember<'a>>, ZipError> {
        let Some(member) = self.members.iter().find(|m| m.name.eq_ignore_ascii_case(name.as_bytes())) else {
            return Ok(None);
        };
        if member.flags & 1 != 0 {
            return Err(ZipError::Encrypted);
        }
        let header = member.local_header;
        if u32_at(self.bytes, header) != Some(LOCAL_HEADER) {
            return Err(ZipError::Damaged);
        }
        let name_len = usize::from(u16_at(self.bytes, header + 26).ok_or(ZipError::Damaged)?);
        let extra_len = usize::from(u16_at(self.bytes, header + 28).ok_or(ZipError::Damaged)?);
        let start = header + 30 + name_len + extra_len;
        let data =
            start.checked_add(member.compressed).and_then(|end| self.bytes.get(start..end)).ok_or(ZipError::Damaged)?;
        match member.method {
            0 if data.len() > MAX_MEMBER_BYTES => Err(ZipError::TooLarge),
            0 => Ok(Some(RawMember { deflated: false, data })),
            8 => Ok(Some(RawMember { deflated: true, data })),
            _ => Err(ZipError::Unsupported),
        }
    }
}

/// A member's bytes as the archive stores them.
#[derive(Clone, Copy, Debug)]
pub struct RawMember<'a> {
    /// Raw deflate (no zlib header) when true; stored as is when false.
    pub deflated: bool,
    pub data: &'a [u8],
}

impl RawMember<'_> {
    /// The member's bytes, inflated by `miniz_oxide` up to `MAX_MEMBER_BYTES`.
    pub fn inflate(self) -> Result<Vec<u8>, ZipError> {
        if !self.deflated {
            return Ok(self.data.to_vec());
        }
        miniz_oxide::inflate::decompress_to_vec_with_limit(self.data, MAX_MEMBER_BYTES).map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
            _ => ZipError::Damaged,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A ZIP of `(name, bytes, deflate?)` members, written the way Office does.
    pub(crate) fn zip_of(members: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut directory = Vec::new();
        for (name, content, deflate) in members {
            let data = if *deflate { miniz_oxide::deflate::compress_to_vec(content, 6) } else { content.to_vec() };
            let method: u16 = if *deflate { 8 } else { 0 };
            let offset = out.len() as u32;
            out.extend(LOCAL_HEADER.to_le_bytes());
            out.extend([20, 0, 0, 0]);
            out.extend(method.to_le_bytes());
            out.extend([0; 8]); // time, date, CRC (not checked by this reader)
            out.extend((data.len() as u32).to_le_bytes());
            out.extend((content.len() as u32).to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend([0, 0]);
            out.extend(name.as_bytes());
            out.extend(&data);

            directory.extend(DIRECTORY_ENTRY.to_le_bytes());
            directory.extend([20, 0, 20, 0, 0, 0]);
            directory.extend(method.to_le_bytes());
            directory.extend([0; 8]);
            directory.extend((data.len() as u32).to_le_bytes());
            directory.extend((content.len() as u32).to_le_bytes());
            directory.extend((name.len() as u16).to_le_bytes());
            directory.extend([0; 12]);
            directory.extend(offset.to_le_bytes());
            directory.extend(name.as_bytes());
        }
        let directory_at = out.len() as u32;
        out.extend(&directory);
        out.extend(END_OF_DIRECTORY.to_le_bytes());
        out.extend([0; 4]);
        out.extend((members.len() as u16).to_le_bytes());
        out.extend((members.len() as u16).to_le_bytes());
        out.extend((directory.len() as u32).to_le_bytes());
        out.extend(directory_at.to_le_bytes());
        out.extend([0, 0]);
        out
    }

    #[test]
    fn stored_and_deflated_members_read_back() {
        let zip = zip_of(&[("a.txt", b"stored text", false), ("Word/Document.xml", b"deflated text", true)]);
        let archive = Archive::open(&zip).unwrap();
        assert_eq!(archive.read("a.txt").unwrap().as_deref(), Some(&b"stored text"[..]));
        assert_eq!(archive.read("word/document.xml").unwrap().as_deref(), Some(&b"deflated text"[..]));
        assert_eq!(archive.read("missing").unwrap(), None);
    }

    #[test]
    fn not_zip_cut_short_and_bombs_are_refused() {
        assert_eq!(Archive::open(b"plain text, not an archive").err(), Some(ZipError::NotZip));
        assert_eq!(Archive::open(b"").err(), Some(ZipError::NotZip));
        let zip = zip_of(&[("word/document.xml", &[b'x'; 5000], true)]);
        // Cut inside the member's data: the directory is gone.
        assert!(Archive::open(&zip[..zip.len() / 2]).is_err());
        // Every truncation and every flipped byte is an error or a result, never a panic.
        for cut in 0..zip.len() {
            if let Ok(archive) = Archive::open(&zip[..cut]) {
                let _ = archive.read("word/document.xml");
            }
        }
        for at in 0..zip.len() {
            let mut damaged = zip.clone();
            damaged[at] ^= 0xA5;
            if let Ok(archive) = Archive::open(&damaged) {
                let _ = archive.read("word/document.xml");
            }
        }
        let bomb = vec![0u8; MAX_MEMBER_BYTES + 1];
        let zip = zip_of(&[("word/document.xml", &bomb, true)]);
        assert_eq!(Archive::open(&zip).unwrap().read("word/document.xml").err(), Some(ZipError::TooLarge));
    }
}
