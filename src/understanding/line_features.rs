//! What the nearest-lines index reads from a line: its words and word pairs, the words after a
//! negation marked. Shared with `build.rs`, which reads the shipped corpus ahead of time so a
//! start only loads the result (`to_bytes`, `from_bytes`); a line read at build time and at run
//! time gives the same features, and a fingerprint of the reading (negators, contractions and
//! every line's text) says whether the stored features still belong to the lines at hand.

use super::features::{fnv, fnv_bytes};
use super::text::{fold, split_clauses, strip_apostrophes};
use std::collections::HashMap;

/// How a line is read: the single-word negators and the contractions, both folded.
pub struct Reading<'a> {
    pub negators: &'a [String],
    pub contractions: &'a HashMap<String, Vec<String>>,
}

impl Reading<'_> {
    /// Words and word pairs of a line, with negated words marked, counted, by feature.
    pub fn features(&self, text: &str) -> Vec<(u32, f32)> {
        let mut hashes: Vec<u32> = Vec::new();
        for clause in split_clauses(&fold(text)) {
            // Each word's hash (negated words hash differently), and whether a pause precedes.
            let mut words: Vec<(u32, bool)> = Vec::with_capacity(clause.len() + 4);
            let mut negating: u8 = 0;
            let mut push = |w: &str, pause: bool, words: &mut Vec<(u32, bool)>| {
                if w.is_empty() {
                    return;
                }
                if pause {
                    negating = 0;
                }
                let negated = negating > 0;
                negating = if self.negators.iter().any(|n| n == w) {
                    3
                } else {
                    negating.saturating_sub(1)
                };
                words.push((fnv(if negated { b'n' } else { b'w' }, w), pause));
            };
            for token in &clause {
                let bare;
                let expansion = match self.contractions.get(&token.text) {
                    Some(e) => Some(e),
                    None => {
                        bare = strip_apostrophes(&token.text);
                        self.contractions.get(bare.as_ref())
                    }
                };
                match expansion {
                    Some(e) => {
                        for (i, w) in e.iter().enumerate() {
                            push(w, token.pause && i == 0, &mut words);
                        }
                    }
                    None => push(&strip_apostrophes(&token.text), token.pause, &mut words),
                }
            }
            hashes.extend(words.iter().map(|(h, _)| *h));
            hashes.extend(
                words.windows(2).map(|p| {
                    p[0].0.wrapping_mul(0x9e37_79b1).rotate_left(13) ^ p[1].0 ^ 0x5bd1_e995
                }),
            );
        }
        hashes.sort_unstable();
        let mut v: Vec<(u32, f32)> = Vec::with_capacity(hashes.len());
        for h in hashes {
            match v.last_mut() {
                Some((last, n)) if *last == h => *n += 1.0,
                _ => v.push((h, 1.0)),
            }
        }
        v
    }

    /// A hash of everything the features of `texts` depend on: the reading and the texts.
    pub fn fingerprint<'t>(&self, texts: impl Iterator<Item = &'t str>) -> u32 {
        let mut h = 0x811c_9dc5;
        for n in self.negators {
            h = fnv_bytes(fnv_bytes(h, n.as_bytes()), b"\0");
        }
        let mut contractions: Vec<_> = self.contractions.iter().collect();
        contractions.sort();
        for (from, to) in contractions {
            h = fnv_bytes(h, from.as_bytes());
            for w in to {
                h = fnv_bytes(fnv_bytes(h, b"="), w.as_bytes());
            }
            h = fnv_bytes(h, b"\0");
        }
        for text in texts {
            h = fnv_bytes(fnv_bytes(h, text.as_bytes()), b"\n");
        }
        h
    }
}

/// Stores the features of many lines (used by `build.rs` and the tests): the fingerprint, the number of lines, then per line the
/// number of features and each as its hash and count (little-endian).
#[cfg_attr(not(test), allow(dead_code))]
pub fn to_bytes(fingerprint: u32, lines: &[Vec<(u32, f32)>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend(fingerprint.to_le_bytes());
    out.extend((lines.len() as u32).to_le_bytes());
    for features in lines {
        out.extend((features.len() as u32).to_le_bytes());
        for (h, n) in features {
            out.extend(h.to_le_bytes());
            out.extend((*n as u16).to_le_bytes());
        }
    }
    out
}

/// The features stored by `to_bytes`, if they were stored under `fingerprint` for `lines`
/// lines and are whole.
pub fn from_bytes(bytes: &[u8], fingerprint: u32, lines: usize) -> Option<Vec<Vec<(u32, f32)>>> {
    let mut at = 0;
    let u32_at = |at: &mut usize| -> Option<u32> {
        let b = bytes.get(*at..*at + 4)?;
        *at += 4;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    if u32_at(&mut at)? != fingerprint || u32_at(&mut at)? as usize != lines {
        return None;
    }
    let mut out = Vec::with_capacity(lines);
    for _ in 0..lines {
        let n = u32_at(&mut at)? as usize;
        let mut features = Vec::with_capacity(n);
        for _ in 0..n {
            let h = u32_at(&mut at)?;
            let c = bytes.get(at..at + 2)?;
            at += 2;
            features.push((h, u16::from_le_bytes([c[0], c[1]]) as f32));
        }
        out.push(features);
    }
    (at == bytes.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::understanding::weights::Weights;
    use crate::understanding::{builtin, nearest, shipped_lines};

    /// The features and weights the build stored for the shipped corpus are found, and are
    /// exactly what a start would work out from the same lines.
    #[test]
    fn the_stored_features_and_weights_are_the_ones_a_start_would_work_out() {
        for lang in [Lang::En, Lang::Nl] {
            let file = builtin(lang).unwrap();
            let lines = shipped_lines(lang).unwrap();
            let negators = crate::understanding::negators(&file);
            let contractions = crate::understanding::contractions(&file);
            let reading = Reading {
                negators: &negators,
                contractions: &contractions,
            };
            let texts = || lines.iter().map(|l| l.text.as_str());
            let stored = from_bytes(
                nearest::shipped(lang).features,
                reading.fingerprint(texts()),
                lines.len(),
            )
            .expect("stored for these lines and this reading");
            let now: Vec<_> = texts().map(|t| reading.features(t)).collect();
            assert_eq!(stored, now, "{lang:?}");
            let weights = Weights::from_bytes(
                nearest::shipped(lang).weights,
                reading.fingerprint(texts()),
                lines.len(),
            );
            assert!(
                weights == Some(Weights::of(&now)),
                "{lang:?}: stored weights differ"
            );
        }
    }

    #[test]
    fn features_stored_for_other_lines_are_not_used() {
        let lines = vec![vec![(7, 1.0), (9, 2.0)], vec![]];
        let bytes = to_bytes(42, &lines);
        assert_eq!(from_bytes(&bytes, 42, 2), Some(lines));
        assert_eq!(from_bytes(&bytes, 43, 2), None);
        assert_eq!(from_bytes(&bytes, 42, 3), None);
        assert_eq!(from_bytes(&bytes[..bytes.len() - 1], 42, 2), None);
    }
}
