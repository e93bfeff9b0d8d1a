//! Training the classifier (`logistic.rs`): run by the build script on the shipped corpus, and
//! by the unit tests. Plain stochastic gradient descent in an order fixed by a seeded shuffle,
//! so the same corpus gives the same model, bit for bit, on every machine.

use super::logistic::{MAGIC, Model, sigmoid};

/// Features seen in fewer training lines than this are left out of the model (noise).
const MIN_LINES: u32 = 2;
/// Weights smaller than this are dropped from the stored model: they change no decision.
const PRUNE: f64 = 0.05;
/// Inverse regularisation strength (as in liblinear's C).
const C: f64 = 30.0;
const EPOCHS: usize = 30;
const RATE: f64 = 0.5;
/// A labelled line as the trainer sees it: its features and the indices of its acts.
pub struct Sample {
    pub features: Vec<u32>,
    pub acts: Vec<usize>,
}

impl Model {
    /// Trains one regression per act. Deterministic: the samples are visited in an order fixed
    /// by a seeded shuffle, and nothing depends on the machine.
    pub fn train(acts: Vec<String>, samples: &[Sample]) -> Model {
        let mut lines_with: std::collections::HashMap<u32, u32> = Default::default();
        for s in samples {
            for f in &s.features {
                *lines_with.entry(*f).or_default() += 1;
            }
        }
        let mut vocab: Vec<u32> = lines_with
            .into_iter()
            .filter(|(_, n)| *n >= MIN_LINES)
            .map(|(f, _)| f)
            .collect();
        vocab.sort_unstable();
        let rows: Vec<(Vec<usize>, f64)> = samples
            .iter()
            .map(|s| {
                let known: Vec<usize> = s
                    .features
                    .iter()
                    .filter_map(|f| vocab.binary_search(f).ok())
                    .collect();
                let x = if known.is_empty() {
                    0.0
                } else {
                    1.0 / (known.len() as f64).sqrt()
                };
                (known, x)
            })
            .collect();
        let (n_acts, n) = (acts.len(), samples.len().max(1));
        let lambda = 1.0 / (C * n as f64);
        // Weights are scale × v (Bottou's trick): the L2 shrinking of every weight is one
        // multiplication per step instead of one per feature.
        let mut v = vec![vec![0.0f64; vocab.len()]; n_acts];
        let mut scale = vec![1.0f64; n_acts];
        let mut bias = vec![0.0f64; n_acts];
        let mut order: Vec<usize> = (0..samples.len()).collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for epoch in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            let rate = RATE / (1.0 + epoch as f64).sqrt();
            for &i in &order {
                let (known, x) = &rows[i];
                for a in 0..n_acts {
                    let dot: f64 = known.iter().map(|&f| v[a][f]).sum::<f64>() * x * scale[a];
                    let y = if samples[i].acts.contains(&a) {
                        1.0
                    } else {
                        0.0
                    };
                    let g = sigmoid(bias[a] + dot) - y;
                    scale[a] *= 1.0 - rate * lambda;
                    let step = rate * g * x / scale[a];
                    for &f in known {
                        v[a][f] -= step;
                    }
                    bias[a] -= rate * g;
                    if scale[a] < 1e-6 {
                        v[a].iter_mut().for_each(|w| *w *= scale[a]);
                        scale[a] = 1.0;
                    }
                }
            }
        }
        let mut model = Model {
            acts,
            bias: bias.iter().map(|b| *b as f32).collect(),
            vocab,
            starts: vec![0],
            weights: Vec::new(),
        };
        for f in 0..model.vocab.len() {
            for (a, (weights, scale)) in v.iter().zip(&scale).enumerate() {
                let w = weights[f] * scale;
                if w.abs() >= PRUNE {
                    model.weights.push((a as u8, w as f32));
                }
            }
            model.starts.push(model.weights.len() as u32);
        }
        model
    }

    /// The model as bytes (little-endian), for the build script to store.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend((self.acts.len() as u32).to_le_bytes());
        for (act, bias) in self.acts.iter().zip(&self.bias) {
            out.extend((act.len() as u32).to_le_bytes());
            out.extend(act.as_bytes());
            out.extend(bias.to_le_bytes());
        }
        out.extend((self.vocab.len() as u32).to_le_bytes());
        for (f, hash) in self.vocab.iter().enumerate() {
            let ws = &self.weights[self.starts[f] as usize..self.starts[f + 1] as usize];
            out.extend(hash.to_le_bytes());
            out.push(ws.len() as u8);
            for (act, w) in ws {
                out.push(*act);
                out.extend(w.to_le_bytes());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::hashes;
    use super::*;

    fn samples() -> Vec<Sample> {
        let lines = [
            ("sorry for the wait", vec![0]),
            ("so sorry about that mess", vec![0]),
            ("really sorry you had to wait", vec![0]),
            ("i will send the form today", vec![1]),
            ("i will call you back tomorrow", vec![1]),
            ("sorry, i will send it today", vec![0, 1]),
            ("what is the problem", vec![]),
            ("what happened on the screen", vec![]),
        ];
        lines
            .iter()
            .map(|(text, acts)| Sample {
                features: hashes(text),
                acts: acts.clone(),
            })
            .collect()
    }

    fn model() -> Model {
        Model::train(vec!["apology".into(), "commitment".into()], &samples())
    }

    #[test]
    fn learns_words_it_was_shown_and_generalises_by_letters() {
        let m = model();
        let p = m.probabilities(&hashes("so sorry for that"));
        assert!(p[0] > 0.5 && p[1] < 0.5, "{p:?}");
        // "sending" shares letter groups with "send": still a commitment.
        let p = m.probabilities(&hashes("i will be sending it"));
        assert!(p[1] > 0.5 && p[0] < 0.5, "{p:?}");
        let p = m.probabilities(&hashes("what is on the screen"));
        assert!(p.iter().all(|p| *p < 0.5), "{p:?}");
    }

    #[test]
    fn the_same_lines_give_the_same_model_and_it_survives_being_stored() {
        let bytes = model().to_bytes();
        assert_eq!(bytes, model().to_bytes());
        let back = Model::from_bytes(&bytes).expect("reads back");
        assert_eq!(back.to_bytes(), bytes);
        assert_eq!(
            back.probabilities(&hashes("sorry about the wait")),
            model().probabilities(&hashes("sorry about the wait"))
        );
    }

    #[test]
    fn a_damaged_model_is_refused_not_misread() {
        let bytes = model().to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_none());
        assert!(Model::from_bytes(b"not a model").is_none());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Model::from_bytes(&longer).is_none());
    }
}
