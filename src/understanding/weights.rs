//! The nearest-lines index's weights: every feature's inverse document frequency and, feature
//! by feature, the lines that have it with their tf-idf weight. Worked out from every labelled
//! line's features (`line_features.rs`). Shared with `build.rs`, which works them out once for
//! the shipped corpus, so a start loads them (`to_bytes`, `from_bytes`) instead of weighing
//! thousands of lines; the weights are the same either way.

use std::collections::HashMap;

/// The weights of an index over some lines.
#[derive(Debug, Default, PartialEq)]
pub struct Weights {
    /// Each feature seen in a line, in ascending order: a feature's number is its place here.
    pub features: Vec<u32>,
    /// Per feature number: its inverse document frequency.
    pub idf: Vec<f32>,
    /// Per feature number: where its lines start in `postings` (one more entry than `idf`).
    pub offsets: Vec<u32>,
    /// The lines of every feature with their weight, feature by feature, in line order: one
    /// allocation instead of one per feature keeps a start quick.
    pub postings: Vec<(u32, f32)>,
}

impl Weights {
    /// The weights of lines with these features (each line's sorted by feature, counted).
    pub fn of(counts: &[Vec<(u32, f32)>]) -> Weights {
        let mut features: Vec<u32> = counts.iter().flatten().map(|(f, _)| *f).collect();
        features.sort_unstable();
        features.dedup();
        let number: HashMap<u32, u32> = features
            .iter()
            .enumerate()
            .map(|(i, f)| (*f, i as u32))
            .collect();
        let mut df = vec![0u32; features.len()];
        for (f, _) in counts.iter().flatten() {
            df[number[f] as usize] += 1;
        }
        let n = counts.len() as f32;
        let mut weights = Weights {
            idf: df
                .iter()
                .map(|d| ((n + 1.0) / (*d as f32 + 1.0)).ln() + 1.0)
                .collect(),
            features,
            offsets: Vec::with_capacity(df.len() + 1),
            postings: Vec::new(),
        };
        let mut total = 0u32;
        for d in &df {
            weights.offsets.push(total);
            total += d;
        }
        weights.offsets.push(total);
        let mut fill: Vec<u32> = weights.offsets[..df.len()].to_vec();
        let mut postings = vec![(0u32, 0f32); total as usize];
        for (i, c) in counts.iter().enumerate() {
            for (id, w) in weights.weigh(c) {
                postings[fill[id as usize] as usize] = (i as u32, w);
                fill[id as usize] += 1;
            }
        }
        weights.postings = postings;
        weights
    }

    /// A feature's number, if a line has it.
    pub fn number(&self, feature: u32) -> Option<u32> {
        self.features.binary_search(&feature).ok().map(|i| i as u32)
    }

    /// Sublinear tf times idf, normalised to unit length, by feature number; unknown features
    /// are dropped.
    pub fn weigh(&self, counts: &[(u32, f32)]) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = counts
            .iter()
            .filter_map(|(f, c)| {
                let tf = if *c >= 1.0 { 1.0 + c.ln() } else { *c };
                self.number(*f).map(|id| (id, tf * self.idf[id as usize]))
            })
            .collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut v {
                *w /= norm;
            }
        }
        v
    }

    /// The lines with feature number `id`, with their weights.
    pub fn lines_of(&self, id: u32) -> &[(u32, f32)] {
        let (start, end) = (self.offsets[id as usize], self.offsets[id as usize + 1]);
        &self.postings[start as usize..end as usize]
    }

    /// Stores the weights under `fingerprint` (of the lines and their reading) for `lines`
    /// lines: both, the number of features and of postings, then the four tables
    /// (little-endian).
    #[cfg_attr(not(test), allow(dead_code))]
    pub fn to_bytes(&self, fingerprint: u32, lines: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for n in [
            fingerprint,
            lines as u32,
            self.features.len() as u32,
            self.postings.len() as u32,
        ] {
            out.extend(n.to_le_bytes());
        }
        out.extend(self.features.iter().flat_map(|f| f.to_le_bytes()));
        out.extend(self.idf.iter().flat_map(|f| f.to_le_bytes()));
        out.extend(self.offsets.iter().flat_map(|f| f.to_le_bytes()));
        for (line, w) in &self.postings {
            out.extend(line.to_le_bytes());
            out.extend(w.to_le_bytes());
        }
        out
    }

    /// The weights stored by `to_bytes`, if they were stored under `fingerprint` for `lines`
    /// lines and are whole.
    pub fn from_bytes(bytes: &[u8], fingerprint: u32, lines: usize) -> Option<Weights> {
        let words = |from: usize, n: usize| -> Option<std::slice::ChunksExact<'_, u8>> {
            Some(bytes.get(from * 4..(from + n) * 4)?.chunks_exact(4))
        };
        let u32s = |from, n| -> Option<Vec<u32>> {
            Some(
                words(from, n)?
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                    .collect(),
            )
        };
        let head = u32s(0, 4)?;
        let (features, postings) = (head[2] as usize, head[3] as usize);
        if head[0] != fingerprint || head[1] as usize != lines {
            return None;
        }
        let idf_at = 4 + features;
        let offsets_at = idf_at + features;
        let postings_at = offsets_at + features + 1;
        if bytes.len() != (postings_at + 2 * postings) * 4 {
            return None;
        }
        let idf = words(idf_at, features)?
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let pairs = bytes.get(postings_at * 4..)?.chunks_exact(8);
        let weights = Weights {
            features: u32s(4, features)?,
            idf,
            offsets: u32s(offsets_at, features + 1)?,
            postings: pairs
                .map(|b| {
                    (
                        u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
                        f32::from_le_bytes([b[4], b[5], b[6], b[7]]),
                    )
                })
                .collect(),
        };
        let whole = weights.offsets.last() == Some(&(postings as u32))
            && weights
                .postings
                .iter()
                .all(|(line, _)| (*line as usize) < lines);
        whole.then_some(weights)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three_lines() -> Vec<Vec<(u32, f32)>> {
        vec![vec![(7, 1.0), (9, 2.0)], vec![(3, 1.0), (9, 1.0)], vec![]]
    }

    #[test]
    fn a_feature_in_fewer_lines_weighs_more_and_every_line_has_unit_length() {
        let w = Weights::of(&three_lines());
        assert_eq!(w.features, vec![3, 7, 9]);
        assert!(w.idf[0] > w.idf[2], "{:?}", w.idf);
        let first: f32 = (0..3)
            .flat_map(|id| w.lines_of(id).iter().filter(|(l, _)| *l == 0))
            .map(|(_, x)| x * x)
            .sum();
        assert!((first - 1.0).abs() < 1e-6, "{first}");
        assert_eq!(
            w.lines_of(2).iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            [0, 1]
        );
        assert_eq!(w.number(8), None);
    }

    #[test]
    fn stored_weights_load_only_for_the_same_lines_and_whole() {
        let w = Weights::of(&three_lines());
        let bytes = w.to_bytes(42, 3);
        assert_eq!(
            Weights::from_bytes(&bytes, 42, 3),
            Some(Weights::of(&three_lines()))
        );
        assert_eq!(Weights::from_bytes(&bytes, 43, 3), None);
        assert_eq!(Weights::from_bytes(&bytes, 42, 2), None);
        assert_eq!(Weights::from_bytes(&bytes[..bytes.len() - 1], 42, 3), None);
        assert_eq!(Weights::from_bytes(&[], 42, 3), None);
    }
}
