//! The learned layer: the labelled lines nearest to what the trainee typed.
//!
//! Every labelled line (the shipped training corpus, and a trainer's own lines) is indexed by
//! its words and word pairs, with the words after a negation marked as negated. (Letter groups,
//! for typos, were tried: they changed accuracy by under a point and cost ten times the time to
//! index; typos are mended for the patterns.) A new line's nearest labelled lines vote on its acts, weighted by
//! similarity (cosine over tf-idf weights). Nothing is trained ahead of time and nothing is
//! downloaded: the index is built when the lexicon is compiled, and the same line always meets
//! the same neighbours. Measured against other designs in `docs/understanding.md`.

use super::line_features::{self, Reading};
use super::weights::Weights;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A labelled line as written in a corpus or a trainer's labels file.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct LabelledLine {
    /// The language, when a file mixes them (as evaluation sets do).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<crate::lang::Lang>,
    pub text: String,
    #[serde(alias = "expect")]
    pub acts: Vec<String>,
    /// Acts the line must not carry (a calibration corpus); not used for voting.
    #[serde(default, alias = "forbid", skip_serializing_if = "Vec::is_empty")]
    pub not: Vec<String>,
    /// Where the line came from, for explanations.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// A labelled line near the one being heard.
#[derive(Clone, Debug)]
pub struct Neighbour {
    pub text: String,
    pub acts: Vec<String>,
    pub source: String,
    pub similarity: f32,
    /// A trainer's own line (these win when nearly identical).
    pub trainer: bool,
}

#[derive(Debug, Default)]
pub(crate) struct Index {
    lines: Vec<(LabelledLine, bool)>,
    /// Per example, its weighted features (sorted by feature), before normalisation with idf.
    /// Empty while the weights are the ones the build worked out for the shipped lines: they
    /// are read (or loaded) only when a trainer's lines change the weights.
    counts: Vec<Vec<(u32, f32)>>,
    /// The features the build read from the shipped lines, for then.
    stored: &'static [u8],
    weights: Weights,
    negators: Vec<String>,
    contractions: HashMap<String, Vec<String>>,
}

impl Index {
    pub fn new(negators: Vec<String>, contractions: HashMap<String, Vec<String>>) -> Index {
        Index {
            negators,
            contractions,
            ..Index::default()
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// How many of `texts` are labelled lines of the index, word for word.
    pub fn known(&self, texts: &[&str]) -> usize {
        let known: std::collections::HashSet<&str> =
            self.lines.iter().map(|(l, _)| l.text.as_str()).collect();
        texts.iter().filter(|t| known.contains(*t)).count()
    }

    /// Adds labelled lines; `trainer` marks a trainer's own. Rebuilds the weights.
    pub fn add(&mut self, lines: Vec<LabelledLine>, trainer: bool) {
        if self.counts.len() < self.lines.len() {
            // The shipped lines were loaded with the build's weights: their features are needed
            // now, as the build stored them (or read again, for a trainer's own lexicon).
            let texts: Vec<&str> = self.lines.iter().map(|(l, _)| l.text.as_str()).collect();
            let fingerprint = self.reading().fingerprint(texts.iter().copied());
            self.counts = line_features::from_bytes(self.stored, fingerprint, texts.len())
                .unwrap_or_else(|| self.features_of(&texts));
        }
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let counts = self.features_of(&texts);
        self.counts.extend(counts);
        self.lines
            .extend(lines.into_iter().map(|line| (line, trainer)));
        self.weights = Weights::of(&self.counts);
    }

    /// Adds a lexicon's own labelled lines with the weights the build worked out for the
    /// shipped corpus (`build.rs`) when they belong to these lines and this reading (the
    /// fingerprint); otherwise (a trainer's own lexicon) reads and weighs them now. Call it
    /// first, on an empty index.
    pub fn add_shipped(&mut self, lines: Vec<LabelledLine>, stored: Stored) {
        let fingerprint = self
            .reading()
            .fingerprint(lines.iter().map(|l| l.text.as_str()));
        match Weights::from_bytes(stored.weights, fingerprint, lines.len()) {
            Some(weights) if self.lines.is_empty() => {
                self.stored = stored.features;
                self.weights = weights;
                self.lines
                    .extend(lines.into_iter().map(|line| (line, false)));
            }
            _ => self.add(lines, false),
        }
    }

    /// Reads the features of many lines: the shipped corpus is thousands of lines, so its two
    /// halves are read on two threads (the result is the same, in the same order).
    fn features_of(&self, texts: &[&str]) -> Vec<Vec<(u32, f32)>> {
        let read = |texts: &[&str]| -> Vec<Vec<(u32, f32)>> {
            texts.iter().map(|text| self.features(text)).collect()
        };
        if texts.len() < 1000 {
            return read(texts);
        }
        let (first, second) = texts.split_at(texts.len() / 2);
        std::thread::scope(|threads| {
            let later = threads.spawn(|| read(second));
            let mut counts = read(first);
            counts.extend(
                later
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            );
            counts
        })
    }

    /// Words and word pairs of a line, with negated words marked.
    fn features(&self, text: &str) -> Vec<(u32, f32)> {
        self.reading().features(text)
    }

    fn reading(&self) -> Reading<'_> {
        Reading {
            negators: &self.negators,
            contractions: &self.contractions,
        }
    }

    /// The `k` labelled lines most like `text`, most similar first; with `leave_out`, a
    /// labelled line of exactly this text is not its own neighbour (to measure the layer on
    /// the lines it learned from as if they were new).
    pub fn nearest(&self, text: &str, k: usize, leave_out: bool) -> Vec<Neighbour> {
        if self.lines.is_empty() {
            return Vec::new();
        }
        let query = self.weights.weigh(&self.features(text));
        let mut scores = vec![0f32; self.lines.len()];
        for (id, w) in &query {
            for (i, x) in self.weights.lines_of(*id) {
                scores[*i as usize] += w * x;
            }
        }
        let mut order: Vec<usize> = (0..scores.len())
            .filter(|&i| scores[i] > 0.0 && !(leave_out && self.lines[i].0.text == text))
            .collect();
        // Ties go to the earlier line, so the answer never depends on anything but the data.
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        order.truncate(k);
        order
            .into_iter()
            .map(|i| {
                let (line, trainer) = &self.lines[i];
                Neighbour {
                    text: line.text.clone(),
                    acts: line.acts.clone(),
                    source: line.source.clone(),
                    similarity: scores[i],
                    trainer: *trainer,
                }
            })
            .collect()
    }
}

/// Parses JSON Lines of labelled lines; `source` names them when a line does not.
pub fn parse_lines(text: &str, source: &str) -> Result<Vec<LabelledLine>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut item: LabelledLine =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        if item.source.is_empty() {
            item.source = format!("{source}:{}", i + 1);
        }
        out.push(item);
    }
    Ok(out)
}

/// What the build (`build.rs`) stored of a language's shipped corpus: every line's features
/// and the index's weights.
#[derive(Clone, Copy)]
pub(crate) struct Stored {
    pub features: &'static [u8],
    pub weights: &'static [u8],
}

/// What the build stored of a language's shipped corpus.
pub(crate) fn shipped(lang: crate::lang::Lang) -> Stored {
    match lang {
        crate::lang::Lang::En => Stored {
            features: include_bytes!(concat!(env!("OUT_DIR"), "/index-en.bin")),
            weights: include_bytes!(concat!(env!("OUT_DIR"), "/weights-en.bin")),
        },
        crate::lang::Lang::Nl => Stored {
            features: include_bytes!(concat!(env!("OUT_DIR"), "/index-nl.bin")),
            weights: include_bytes!(concat!(env!("OUT_DIR"), "/weights-nl.bin")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::understanding::{builtin, contractions, negators, shipped_lines};

    fn line(text: &str, act: &str) -> LabelledLine {
        LabelledLine {
            lang: None,
            text: text.into(),
            acts: vec![act.into()],
            not: Vec::new(),
            source: "trainer".into(),
        }
    }

    /// A trainer's line added after the build's weights were loaded weighs every line again:
    /// the index is the one a start without stored weights would build.
    #[test]
    fn a_trainers_line_after_the_stored_weights_reweighs_as_a_fresh_index() {
        let file = builtin(Lang::Nl).unwrap();
        let fresh = || Index::new(negators(&file), contractions(&file));
        let (mut stored, mut read) = (fresh(), fresh());
        stored.add_shipped(shipped_lines(Lang::Nl).unwrap(), shipped(Lang::Nl));
        assert!(stored.counts.is_empty(), "the build's weights were loaded");
        read.add(shipped_lines(Lang::Nl).unwrap(), false);
        let trainer = line("zeg maar Kees, ik ben van de balie", "self_intro");
        stored.add(vec![trainer.clone()], true);
        read.add(vec![trainer], true);
        assert_eq!(stored.weights, read.weights);
        let near = stored.nearest("zeg maar Kees hoor", 3, false);
        assert!(near[0].trainer, "{:?}", near[0]);
    }
}
