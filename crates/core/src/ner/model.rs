//! The model file: a magic header, a version, the labels, the feature-hash
//! table size, transition scores, and the emission weights quantized to i8 and
//! deflate-compressed, followed by a CRC-32 of everything before it.
//!
//! ```text
//! "GLEANNER" u16 version  u16 feature_version  [u8;2] language  u8 n_types  n_types × u8 type
//! u32 bucket_bits  f32 scale  f32 temperature  (labels+1)×labels × f32 transitions
//! u32 weights_len  deflate(i8 weights)  u32 lists_raw_len  u32 lists_len  deflate(gazetteer)
//! u32 clusters_raw_len  u32 clusters_len  deflate(word clusters)  u32 crc32
//! ```

use super::clusters::WordClusters;
use super::features::FEATURE_VERSION;
use super::gazetteer::Gazetteer;
use super::labels::{EntityType, Labels};
use super::weights::Weights;
use crate::container::{crc32, write_section};
use std::fmt;

pub const MAGIC: &[u8; 8] = b"GLEANNER";
pub const FORMAT_VERSION: u16 = 3;
/// Labels a model can have: O, and B and I of each entity type.
pub const MAX_LABELS: usize = 1 + 2 * EntityType::ALL.len();
/// Integer sums of weight rows, one per label (see [`Model::add_rows`]).
pub type RowSums = [i32; MAX_LABELS];
/// Decompressed weights larger than this are refused (a corrupt length field).
const MAX_WEIGHTS: usize = 1 << 28;

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub language: [u8; 2],
    pub labels: Labels,
    /// The feature table has `1 << bucket_bits` rows of `labels.len()` weights.
    pub bucket_bits: u32,
    /// Weight = i8 × scale.
    pub scale: f32,
    /// Scores are divided by this before confidences are computed (calibration).
    pub temperature: f32,
    pub weights: Weights,
    /// Row 0: from sentence start; row 1 + j: from label j. `labels.len()` columns.
    pub transitions: Vec<f32>,
    /// Name lists the features consult.
    pub gazetteer: Gazetteer,
    /// Word clusters the features consult (empty: none).
    pub clusters: WordClusters,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    NotAModel,
    UnsupportedVersion(u16),
    FeatureMismatch { model: u16, runtime: u16 },
    Truncated,
    ChecksumMismatch,
    Corrupt(&'static str),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::NotAModel => write!(f, "not a Gleaner model file (wrong magic header)"),
            ModelError::UnsupportedVersion(v) if *v > FORMAT_VERSION => write!(
                f,
                "model format version {v} is newer than this Gleaner reads ({FORMAT_VERSION}): update Gleaner"
            ),
            ModelError::UnsupportedVersion(v) => write!(
                f,
                "model format version {v} is older than this Gleaner reads ({FORMAT_VERSION}): \
                 retrain the model with this version's gleaner-train, or reload to fetch the current models"
            ),
            ModelError::FeatureMismatch { model, runtime } if *model > *runtime => write!(
                f,
                "model was trained with feature set {model}, newer than this Gleaner extracts ({runtime}): update Gleaner"
            ),
            ModelError::FeatureMismatch { model, runtime } => write!(
                f,
                "model was trained with feature set {model}, older than this Gleaner extracts ({runtime}): \
                 retrain the model with this version's gleaner-train, or reload to fetch the current models"
            ),
            ModelError::Truncated => write!(f, "model file is truncated"),
            ModelError::ChecksumMismatch => write!(f, "model file is corrupt (checksum mismatch)"),
            ModelError::Corrupt(what) => write!(f, "model file is corrupt ({what})"),
        }
    }
}

impl std::error::Error for ModelError {}

impl Model {
    pub fn language_code(&self) -> &str {
        std::str::from_utf8(&self.language).unwrap_or("??")
    }

    fn mask(&self) -> u64 {
        (1u64 << self.bucket_bits) - 1
    }

    /// Adds the emission scores of `features` to `scores` (one per label).
    pub fn add_emissions(&self, features: &[u64], scores: &mut [f32]) {
        let mut sums = [0i32; MAX_LABELS];
        self.add_rows(features, &mut sums);
        self.add_scores(&sums, scores);
    }

    /// Adds the weight rows of `features` to `sums`, in integers: sums of parts
    /// taken apart (a tagger sums a word's own features once) stay exact.
    pub fn add_rows(&self, features: &[u64], sums: &mut RowSums) {
        for &f in features {
            if let Some(weights) = self.weights.row((f & self.mask()) as usize) {
                for (s, &w) in sums.iter_mut().zip(weights) {
                    *s += i32::from(w);
                }
            }
        }
    }

    /// Adds the scores that weight-row `sums` stand for to `scores`.
    pub fn add_scores(&self, sums: &RowSums, scores: &mut [f32]) {
        for (score, sum) in scores.iter_mut().zip(sums) {
            *score += *sum as f32 * self.scale;
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&self.language);
        out.push(self.labels.types.len() as u8);
        for t in &self.labels.types {
            out.push(EntityType::ALL.iter().position(|u| u == t).unwrap_or(0) as u8);
        }
        out.extend_from_slice(&self.bucket_bits.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.temperature.to_le_bytes());
        for t in &self.transitions {
            out.extend_from_slice(&t.to_le_bytes());
        }
        let raw: Vec<u8> = self.weights.to_dense().into_iter().map(|w| w as u8).collect();
        let payload = miniz_oxide::deflate::compress_to_vec(&raw, 9);
        out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        out.extend_from_slice(&payload);
        for raw in [self.gazetteer.to_bytes(), self.clusters.to_bytes()] {
            write_section(&mut out, &raw);
        }
        let crc = crc32(&out);
        out.extend_from_slice(&crc.to_le_bytes());
        out
    }

    /// Loads and validates a model: magic, versions, checksum, sizes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < MAGIC.len() || &bytes[..MAGIC.len()] != MAGIC {
            return Err(ModelError::NotAModel);
        }
        if bytes.len() < MAGIC.len() + 4 + 4 {
            return Err(ModelError::Truncated);
        }
        let (body, crc) = bytes.split_at(bytes.len() - 4);
        let mut r = Reader { bytes: body, at: MAGIC.len() };
        let version = r.u16()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        if crc32(body) != u32::from_le_bytes([crc[0], crc[1], crc[2], crc[3]]) {
            return Err(ModelError::ChecksumMismatch);
        }
        let feature_version = r.u16()?;
        if feature_version != FEATURE_VERSION {
            return Err(ModelError::FeatureMismatch { model: feature_version, runtime: FEATURE_VERSION });
        }
        let language = [r.u8()?, r.u8()?];
        let n_types = r.u8()? as usize;
        if n_types == 0 || n_types > EntityType::ALL.len() {
            return Err(ModelError::Corrupt("entity type count"));
        }
        let mut types = Vec::with_capacity(n_types);
        for _ in 0..n_types {
            types.push(*EntityType::ALL.get(r.u8()? as usize).ok_or(ModelError::Corrupt("entity type"))?);
        }
        let labels = Labels::new(types);
        let bucket_bits = r.u32()?;
        if !(8..=24).contains(&bucket_bits) {
            return Err(ModelError::Corrupt("feature table size"));
        }
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::Corrupt("weight scale"));
        }
        let temperature = r.f32()?;
        if !temperature.is_finite() || temperature <= 0.0 {
            return Err(ModelError::Corrupt("temperature"));
        }
        let n = labels.len();
        let mut transitions = Vec::with_capacity((n + 1) * n);
        for _ in 0..(n + 1) * n {
            let t = r.f32()?;
            transitions.push(if t.is_finite() { t } else { return Err(ModelError::Corrupt("transition score")) });
        }
        let payload_len = r.u32()? as usize;
        let payload = r.take(payload_len)?;
        let expected = (1usize << bucket_bits) * n;
        if expected > MAX_WEIGHTS {
            return Err(ModelError::Corrupt("feature table size"));
        }
        let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(payload, expected)
            .map_err(|_| ModelError::Corrupt("compressed weights"))?;
        if raw.len() != expected {
            return Err(ModelError::Corrupt("weight count"));
        }
        let weights = Weights::from_dense(&raw.into_iter().map(|b| b as i8).collect::<Vec<_>>(), n);
        let gazetteer = Gazetteer::from_bytes(&r.section("name lists")?).ok_or(ModelError::Corrupt("name lists"))?;
        let clusters =
            WordClusters::from_bytes(&r.section("word clusters")?).ok_or(ModelError::Corrupt("word clusters"))?;
        if r.at != r.bytes.len() {
            return Err(ModelError::Corrupt("trailing bytes"));
        }
        Ok(Model { language, labels, bucket_bits, scale, temperature, weights, transitions, gazetteer, clusters })
    }
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or(ModelError::Truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or(ModelError::Truncated)?;
        self.at = end;
        Ok(slice)
    }
    /// A deflated section: raw length, packed length, packed bytes.
    fn section(&mut self, what: &'static str) -> Result<Vec<u8>, ModelError> {
        let raw_len = self.u32()? as usize;
        let packed_len = self.u32()? as usize;
        let packed = self.take(packed_len)?;
        if raw_len > MAX_WEIGHTS {
            return Err(ModelError::Corrupt(what));
        }
        let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(packed, raw_len)
            .map_err(|_| ModelError::Corrupt(what))?;
        if raw.len() != raw_len {
            return Err(ModelError::Corrupt(what));
        }
        Ok(raw)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let labels = Labels::new(vec![EntityType::PER, EntityType::LOC]);
        let n = labels.len();
        Model {
            language: *b"en",
            bucket_bits: 8,
            scale: 0.5,
            temperature: 2.0,
            weights: Weights::from_dense(&(0..(256 * n)).map(|i| (i % 7) as i8 - 3).collect::<Vec<_>>(), n),
            transitions: (0..(n + 1) * n).map(|i| i as f32 * 0.25).collect(),
            gazetteer: Gazetteer::build([("Caracas", 3), ("Nicolás", 0)]),
            clusters: WordClusters::build([("Caracas", "0110"), ("Bogotá", "0111")], false),
            labels,
        }
    }

    #[test]
    fn round_trips() {
        let model = tiny();
        assert_eq!(Model::from_bytes(&model.to_bytes()), Ok(model));
    }

    #[test]
    fn corrupt_and_truncated_files_give_clear_errors() {
        let bytes = tiny().to_bytes();
        assert_eq!(Model::from_bytes(b"PK\x03\x04 zip"), Err(ModelError::NotAModel));
        assert_eq!(Model::from_bytes(&bytes[..10]), Err(ModelError::Truncated));
        for cut in [bytes.len() / 2, bytes.len() - 1] {
            assert!(Model::from_bytes(&bytes[..cut]).is_err());
        }
        let mut flipped = bytes.clone();
        flipped[40] ^= 0x10;
        assert_eq!(Model::from_bytes(&flipped), Err(ModelError::ChecksumMismatch));
        let mut future = bytes.clone();
        future[8] = 9;
        assert_eq!(Model::from_bytes(&future), Err(ModelError::UnsupportedVersion(9)));
        assert!(ModelError::UnsupportedVersion(9).to_string().ends_with("update Gleaner"));
        // A file from an older format: refused with what to do, never read as weights.
        let mut old = bytes.clone();
        old[8] = (FORMAT_VERSION - 1) as u8;
        let error = Model::from_bytes(&old).expect_err("an older format is refused").to_string();
        assert!(error.contains("older") && error.contains("retrain"), "{error}");
        let mut features = bytes;
        features[10] = (FEATURE_VERSION - 1) as u8;
        let body = features.len() - 4;
        let crc = crc32(&features[..body]).to_le_bytes();
        features[body..].copy_from_slice(&crc);
        let error = Model::from_bytes(&features).expect_err("other features are refused").to_string();
        assert!(error.contains("feature set") && error.contains("retrain"), "{error}");
    }
}
