//! The emission weights: a table of `rows × labels` i8 weights, one row per
//! feature hash bucket, in which 95–97% of the rows are all zero (features
//! pruned in training, or buckets nothing hashed to). Only the other rows are
//! kept, found through one bit per row and a running count of the rows before
//! each 64: the shipped English table shrinks from 9.4 MB to about 0.5 MB,
//! which fits a core's L2 cache, and a feature whose row is zero costs one
//! cached bit test instead of a read from main memory.

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Weights {
    labels: usize,
    rows: usize,
    blocks: Vec<Block>,
    /// The non-zero rows, in row order, `labels` weights each.
    values: Vec<i8>,
}

/// 64 rows: which are non-zero, and how many non-zero rows come before them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Block {
    present: u64,
    before: u32,
}

impl Weights {
    /// From the whole table, row after row (`dense.len()` a multiple of `labels`).
    pub fn from_dense(dense: &[i8], labels: usize) -> Weights {
        let labels = labels.max(1);
        let rows = dense.len() / labels;
        let mut blocks = vec![Block::default(); rows.div_ceil(64)];
        let mut values = Vec::new();
        let mut kept = 0u32;
        for (row, weights) in dense.chunks_exact(labels).enumerate() {
            let block = &mut blocks[row / 64];
            if row % 64 == 0 {
                block.before = kept;
            }
            if weights.iter().any(|&w| w != 0) {
                block.present |= 1 << (row % 64);
                values.extend_from_slice(weights);
                kept += 1;
            }
        }
        Weights { labels, rows, blocks, values }
    }

    /// The whole table again, zero rows included (for writing a model file).
    pub fn to_dense(&self) -> Vec<i8> {
        let mut dense = vec![0i8; self.rows * self.labels];
        for (row, out) in dense.chunks_exact_mut(self.labels).enumerate() {
            if let Some(weights) = self.row(row) {
                out.copy_from_slice(weights);
            }
        }
        dense
    }

    /// Row `row`'s weights; `None` where they are all zero (or past the end).
    #[inline]
    pub fn row(&self, row: usize) -> Option<&[i8]> {
        let block = self.blocks.get(row / 64)?;
        let bit = 1u64 << (row % 64);
        if block.present & bit == 0 {
            return None;
        }
        let index = block.before as usize + (block.present & (bit - 1)).count_ones() as usize;
        self.values.get(index * self.labels..(index + 1) * self.labels)
    }

    /// The number of rows, zero rows included.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Bytes kept in memory for the table.
    pub fn memory_bytes(&self) -> usize {
        self.blocks.len() * std::mem::size_of::<Block>() + self.values.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_non_zero_rows_and_gives_back_the_table() {
        let labels = 3;
        let mut dense = vec![0i8; 200 * labels];
        for row in [0usize, 1, 63, 64, 65, 130, 199] {
            dense[row * labels + row % labels] = (row % 100) as i8 - 50;
        }
        dense[5 * labels + 2] = 1;
        let weights = Weights::from_dense(&dense, labels);
        assert_eq!(weights.to_dense(), dense);
        for (row, expected) in dense.chunks_exact(labels).enumerate() {
            let zero = expected.iter().all(|&w| w == 0);
            assert_eq!(weights.row(row), (!zero).then_some(expected), "row {row}");
        }
        assert_eq!(weights.row(200), None);
        assert_eq!(weights.rows(), 200);
        assert!(weights.memory_bytes() < dense.len());
        assert_eq!(Weights::from_dense(&[], 9).to_dense(), Vec::<i8>::new());
    }
}
