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
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Features are already hashes: a map keyed by them needs no second hash.
#[derive(Default)]
struct Pass(u64);

impl Hasher for Pass {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) | *b as u64;
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = n as u64;
    }
}

type FeatureMap<V> = HashMap<u32, V, BuildHasherDefault<Pass>>;

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
    counts: Vec<Vec<(u32, f32)>>,
    /// Each feature seen in a labelled line, by a number of its own (in order of first sight).
    ids: FeatureMap<u32>,
    /// Per feature number: its inverse document frequency.
    idf: Vec<f32>,
    /// Per feature number: where its lines start in `postings` (one more entry than `idf`).
    offsets: Vec<u32>,
    /// The lines of every feature with their weight, feature by feature, in line order: one
    /// allocation instead of one per feature keeps a start quick.
    postings: Vec<(u32, f32)>,
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
        // The shipped corpus is thousands of lines, most of a start: its two halves are read
        // on two threads (the result is the same, in the same order). A trainer's few lines
        // are read on this one.
        let counts = if lines.len() >= 1000 {
            let (first, second) = lines.split_at(lines.len() / 2);
            std::thread::scope(|threads| {
                let later = threads.spawn(|| self.features_of(second));
                let mut counts = self.features_of(first);
                counts.extend(
                    later
                        .join()
                        .unwrap_or_else(|p| std::panic::resume_unwind(p)),
                );
                counts
            })
        } else {
            self.features_of(&lines)
        };
        self.push(lines, counts, trainer);
    }

    /// Adds a lexicon's own labelled lines with the features the build read from the shipped
    /// corpus (`build.rs`) when they belong to these lines and this reading (the fingerprint);
    /// otherwise (a trainer's own lexicon) reads them now.
    pub fn add_shipped(&mut self, lines: Vec<LabelledLine>, stored: &[u8]) {
        let fingerprint = self
            .reading()
            .fingerprint(lines.iter().map(|l| l.text.as_str()));
        match line_features::from_bytes(stored, fingerprint, lines.len()) {
            Some(counts) => self.push(lines, counts, false),
            None => self.add(lines, false),
        }
    }

    /// Adds lines with their features and rebuilds the weights.
    fn push(&mut self, lines: Vec<LabelledLine>, counts: Vec<Vec<(u32, f32)>>, trainer: bool) {
        self.counts.extend(counts);
        self.lines
            .extend(lines.into_iter().map(|line| (line, trainer)));
        self.rebuild();
    }

    fn features_of(&self, lines: &[LabelledLine]) -> Vec<Vec<(u32, f32)>> {
        lines.iter().map(|line| self.features(&line.text)).collect()
    }

    fn rebuild(&mut self) {
        self.ids.clear();
        let mut df: Vec<u32> = Vec::new();
        for c in &self.counts {
            for (f, _) in c {
                let next = self.ids.len() as u32;
                let id = *self.ids.entry(*f).or_insert(next) as usize;
                if id == df.len() {
                    df.push(0);
                }
                df[id] += 1;
            }
        }
        let n = self.counts.len() as f32;
        self.idf = df
            .iter()
            .map(|d| ((n + 1.0) / (*d as f32 + 1.0)).ln() + 1.0)
            .collect();
        self.offsets = Vec::with_capacity(df.len() + 1);
        let mut total = 0u32;
        for d in &df {
            self.offsets.push(total);
            total += d;
        }
        self.offsets.push(total);
        let mut fill: Vec<u32> = self.offsets[..df.len()].to_vec();
        let mut postings = vec![(0u32, 0f32); total as usize];
        for (i, c) in self.counts.iter().enumerate() {
            for (id, w) in self.weigh(c) {
                postings[fill[id as usize] as usize] = (i as u32, w);
                fill[id as usize] += 1;
            }
        }
        self.postings = postings;
    }

    /// Sublinear tf times idf, normalised to unit length, by feature number; unknown features
    /// are dropped.
    fn weigh(&self, counts: &[(u32, f32)]) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = counts
            .iter()
            .filter_map(|(f, c)| {
                let tf = if *c >= 1.0 { 1.0 + c.ln() } else { *c };
                self.ids.get(f).map(|id| (*id, tf * self.idf[*id as usize]))
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
        let query = self.weigh(&self.features(text));
        let mut scores = vec![0f32; self.lines.len()];
        for (id, w) in &query {
            let (start, end) = (self.offsets[*id as usize], self.offsets[*id as usize + 1]);
            for (i, x) in &self.postings[start as usize..end as usize] {
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

/// The features of a language's shipped corpus, read by the build (`build.rs`).
pub(crate) fn shipped_features(lang: crate::lang::Lang) -> &'static [u8] {
    match lang {
        crate::lang::Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/index-en.bin")),
        crate::lang::Lang::Nl => include_bytes!(concat!(env!("OUT_DIR"), "/index-nl.bin")),
    }
}
