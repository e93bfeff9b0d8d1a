//! The classifier's model: one logistic regression per act over a line's features
//! (`features.rs`), trained at build time (`train.rs`, run by `build.rs`) and read back from
//! the binary. Std-only, like the training, so the build script can include both.

/// What a stored model starts with, so a wrong file is refused, not misread.
pub(super) const MAGIC: &[u8] = b"deskdrill-logistic-1\n";

/// One logistic regression per act over binary features scaled to unit length.
#[derive(Default)]
pub struct Model {
    pub acts: Vec<String>,
    pub(super) bias: Vec<f32>,
    /// The features the model knows, sorted.
    pub(super) vocab: Vec<u32>,
    /// Where each feature's weights start in `weights` (one more entry than `vocab`).
    pub(super) starts: Vec<u32>,
    /// Act index and weight, feature by feature.
    pub(super) weights: Vec<(u8, f32)>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Model({} acts, {} features, {} weights)",
            self.acts.len(),
            self.vocab.len(),
            self.weights.len()
        )
    }
}

pub(super) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// The known features of a line (its hashes, sorted) as indices into the vocabulary.
    fn known(&self, hashes: &[u32]) -> Vec<usize> {
        hashes
            .iter()
            .filter_map(|h| self.vocab.binary_search(h).ok())
            .collect()
    }

    /// Each act's probability for a line given its feature hashes (`features::hashes`).
    pub fn probabilities(&self, hashes: &[u32]) -> Vec<f32> {
        let known = self.known(hashes);
        let x = if known.is_empty() {
            0.0
        } else {
            1.0 / (known.len() as f32).sqrt()
        };
        let mut z: Vec<f32> = self.bias.clone();
        for v in known {
            for &(act, w) in &self.weights[self.starts[v] as usize..self.starts[v + 1] as usize] {
                z[act as usize] += w * x;
            }
        }
        z.into_iter().map(|z| sigmoid(z as f64) as f32).collect()
    }

    /// What pushed an act up most in a line: the words (and word pairs) whose features added
    /// most to it, given the line's named features (`features::named`).
    pub fn strongest(&self, act: usize, named: &[(u32, String)], n: usize) -> Vec<(String, f32)> {
        let known: Vec<(usize, &String)> = named
            .iter()
            .filter_map(|(h, s)| self.vocab.binary_search(h).ok().map(|v| (v, s)))
            .collect();
        let x = if known.is_empty() {
            0.0
        } else {
            1.0 / (known.len() as f32).sqrt()
        };
        let mut by_words: Vec<(String, f32)> = Vec::new();
        for (v, words) in known {
            let weights = &self.weights[self.starts[v] as usize..self.starts[v + 1] as usize];
            if let Some((_, w)) = weights.iter().find(|(a, _)| *a as usize == act) {
                match by_words.iter_mut().find(|(s, _)| s == words) {
                    Some((_, sum)) => *sum += w * x,
                    None => by_words.push((words.clone(), w * x)),
                }
            }
        }
        by_words.retain(|(_, c)| *c > 0.0);
        by_words.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        by_words.truncate(n);
        by_words
    }

    /// Reads a model as the build script wrote it (`train.rs`); `None` for anything else.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader(bytes.strip_prefix(MAGIC)?);
        let mut model = Model::default();
        for _ in 0..r.u32()? {
            let len = r.u32()? as usize;
            model
                .acts
                .push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
            model.bias.push(r.f32()?);
        }
        let n = r.u32()? as usize;
        model.vocab.reserve(n);
        model.starts.push(0);
        for _ in 0..n {
            model.vocab.push(r.u32()?);
            for _ in 0..r.take(1)?[0] {
                let act = r.take(1)?[0];
                if act as usize >= model.acts.len() {
                    return None;
                }
                model.weights.push((act, r.f32()?));
            }
            model.starts.push(model.weights.len() as u32);
        }
        (r.0.is_empty() && model.vocab.is_sorted()).then_some(model)
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}
