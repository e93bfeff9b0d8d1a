//! The classifier layer: a logistic regression per act, trained at build time on the shipped
//! corpus (`build.rs`, `logistic.rs`), heard beside the nearest labelled lines. It generalises
//! where they cannot: it weighs single words, word pairs and letter groups, so "no need to
//! apologise" and "geen zorgen hoor" reassure without a labelled line of those exact words.

use super::logistic::Model;
use super::{ActKind, Lexicon, features};
use crate::lang::Lang;
use std::sync::OnceLock;

/// The probability an act needs before the classifier adds it. Chosen on the dev sets (see
/// `docs/understanding.md`): lower hears more lines exactly right there but adds a false act to
/// more of the exactly labelled holdout lines.
pub(super) const CLASSIFIED: f32 = 0.5;

/// Fewer words than this are too little evidence for the classifier: "no", "sure", "and
/// then?" are the patterns' and the nearest lines' to hear.
const MIN_WORDS: usize = 3;

/// The shipped model of a language with each of its acts as an act kind.
#[derive(Debug)]
pub(crate) struct Classifier {
    model: Model,
    kinds: Vec<Option<ActKind>>,
}

/// The built-in classifier of a language (read once per run), if the build stored one.
pub(crate) fn builtin(lang: Lang) -> Option<&'static Classifier> {
    static EN: OnceLock<Option<Classifier>> = OnceLock::new();
    static NL: OnceLock<Option<Classifier>> = OnceLock::new();
    let (cell, bytes): (_, &[u8]) = match lang {
        Lang::En => (
            &EN,
            include_bytes!(concat!(env!("OUT_DIR"), "/classifier-en.bin")),
        ),
        Lang::Nl => (
            &NL,
            include_bytes!(concat!(env!("OUT_DIR"), "/classifier-nl.bin")),
        ),
    };
    cell.get_or_init(|| {
        let model = Model::from_bytes(bytes)?;
        let kinds = model.acts.iter().map(|a| ActKind::from_name(a)).collect();
        Some(Classifier { model, kinds })
    })
    .as_ref()
}

impl Classifier {
    /// The acts of a line at or above the classifier's threshold, with their probability.
    pub(super) fn acts(&self, text: &str) -> Vec<(ActKind, f32)> {
        if features::words(text).iter().filter(|w| *w != "?").count() < MIN_WORDS {
            return Vec::new();
        }
        let p = self.model.probabilities(&features::hashes(text));
        self.kinds
            .iter()
            .zip(p)
            .filter_map(|(kind, p)| Some(((*kind)?, p)))
            .filter(|(_, p)| *p >= CLASSIFIED)
            .collect()
    }

    /// The features of a line that weigh most for an act, with their weight (for `--explain`).
    pub(super) fn strongest(&self, text: &str, kind: ActKind) -> Vec<(String, f32)> {
        match self.kinds.iter().position(|k| *k == Some(kind)) {
            Some(act) => self.model.strongest(act, &features::named(text), 4),
            None => Vec::new(),
        }
    }
}

impl Lexicon {
    /// What the classifier hears in a line, when this lexicon hears with one.
    pub(super) fn classified(&self, text: &str) -> Vec<(ActKind, f32)> {
        match self.classifier {
            Some(c) if !self.leave_out => c.acts(text),
            _ => Vec::new(),
        }
    }

    /// The features of a line that weigh most for an act the classifier heard.
    pub(super) fn strongest(&self, text: &str, kind: ActKind) -> Vec<(String, f32)> {
        self.classifier
            .map(|c| c.strongest(text, kind))
            .unwrap_or_default()
    }
}
