//! Measuring understanding against a labelled corpus: exact-match accuracy, and precision and
//! recall per act. Used by `deskdrill understand --evaluate` and by the test suite.

use crate::understanding::{Act, Lexicon};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

#[derive(Debug, Deserialize)]
struct Item {
    text: String,
    acts: Vec<String>,
}

/// One utterance that did not get exactly its acts.
#[derive(Debug)]
pub struct Miss {
    pub line: usize,
    pub text: String,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Report {
    pub total: usize,
    pub exact: usize,
    /// Per act (facts folded into `ask_identity`): true positives, false positives, false negatives.
    pub acts: BTreeMap<String, [usize; 3]>,
    pub misses: Vec<Miss>,
}

impl Report {
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.exact as f64 / self.total as f64
        }
    }

    pub fn precision(&self, act: &str) -> f64 {
        let [tp, fp, _] = self.acts.get(act).copied().unwrap_or_default();
        if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        }
    }

    pub fn recall(&self, act: &str) -> f64 {
        let [tp, _, fn_] = self.acts.get(act).copied().unwrap_or_default();
        if tp + fn_ == 0 {
            1.0
        } else {
            tp as f64 / (tp + fn_) as f64
        }
    }

    /// A table for people: accuracy, then precision and recall per act, then the misses.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "exact: {}/{} = {:.1}%",
            self.exact,
            self.total,
            100.0 * self.accuracy()
        );
        let _ = writeln!(
            out,
            "{:<28} {:>9} {:>7} {:>5} {:>4} {:>4}",
            "act", "precision", "recall", "tp", "fp", "fn"
        );
        for (act, [tp, fp, fn_]) in &self.acts {
            let _ = writeln!(
                out,
                "{:<28} {:>8.1}% {:>6.1}% {:>5} {:>4} {:>4}",
                act,
                100.0 * self.precision(act),
                100.0 * self.recall(act),
                tp,
                fp,
                fn_
            );
        }
        for m in &self.misses {
            let _ = writeln!(
                out,
                "line {}: {:?}  missing {:?}  extra {:?}",
                m.line, m.text, m.missing, m.extra
            );
        }
        out
    }
}

/// Evaluates a lexicon on corpus text (JSON Lines of `{"text": …, "acts": […]}`).
pub fn evaluate(lexicon: &Lexicon, corpus: &str) -> Result<Report, String> {
    let mut report = Report::default();
    for (i, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Item = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        let expected: BTreeSet<String> = item.acts.iter().cloned().collect();
        let got: BTreeSet<String> = lexicon
            .understand(&item.text)
            .iter()
            .map(Act::label)
            .collect();
        report.total += 1;
        if expected == got {
            report.exact += 1;
        } else {
            report.misses.push(Miss {
                line: i + 1,
                text: item.text.clone(),
                missing: expected.difference(&got).cloned().collect(),
                extra: got.difference(&expected).cloned().collect(),
            });
        }
        let all: BTreeSet<&String> = expected.iter().chain(got.iter()).collect();
        for label in all {
            let entry = report.acts.entry(label.clone()).or_default();
            match (expected.contains(label), got.contains(label)) {
                (true, true) => entry[0] += 1,
                (false, true) => entry[1] += 1,
                (true, false) => entry[2] += 1,
                (false, false) => {}
            }
        }
    }
    Ok(report)
}
