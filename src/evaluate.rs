//! Measuring understanding against a labelled corpus: exact-match accuracy, and precision and
//! recall per act. Used by `deskdrill understand --evaluate` and by the test suite.
//!
//! Two kinds of corpus are read. In an *exact* corpus each line lists all its acts
//! (`{"text", "acts"}`) and anything else heard is an error. In a *calibration* corpus (any line
//! has `not`, or uses `expect`/`forbid` as in `CALIBRATION.md`) a line lists the acts that must
//! be heard and those that must not (`{"text", "acts", "not"}`); other acts are not judged. A
//! line with forbidden acts is a *trap*.

use crate::lang::Lang;
use crate::understanding::{Act, Lexicon};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

#[derive(Debug, Deserialize)]
struct Item {
    text: String,
    #[serde(alias = "expect")]
    acts: Vec<String>,
    #[serde(alias = "forbid")]
    not: Option<Vec<String>>,
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
    /// Lines with forbidden acts, and how many of them heard none.
    pub traps: usize,
    pub traps_avoided: usize,
    /// Whether lines list forbidden acts (a calibration corpus) rather than all their acts.
    pub calibration: bool,
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

    /// The share of traps avoided (1 when there are none).
    pub fn trap_rate(&self) -> f64 {
        if self.traps == 0 {
            1.0
        } else {
            self.traps_avoided as f64 / self.traps as f64
        }
    }

    /// The lowest recall of any act with at least `min` labelled lines, and that act.
    pub fn worst_recall(&self, min: usize) -> Option<(String, f64)> {
        self.acts
            .iter()
            .filter(|(_, [tp, _, fn_])| tp + fn_ >= min)
            .map(|(a, _)| (a.clone(), self.recall(a)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
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
        if self.calibration {
            let _ = writeln!(
                out,
                "traps avoided: {}/{} = {:.1}%",
                self.traps_avoided,
                self.traps,
                100.0 * self.trap_rate()
            );
        }
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

/// The language a corpus says its lines are in (their `"lang"` fields), if any says one; an
/// error when two lines say different languages, as each language is heard by its own lexicon.
pub fn corpus_lang(corpus: &str) -> Result<Option<Lang>, String> {
    let mut found: Option<(usize, Lang)> = None;
    for (i, line) in corpus.lines().enumerate() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(code) = value.get("lang").and_then(|v| v.as_str()) else {
            continue;
        };
        let lang = Lang::from_code(code)
            .ok_or_else(|| format!("line {}: unknown language '{code}' (use en or nl)", i + 1))?;
        match found {
            Some((first, seen)) if seen != lang => {
                return Err(format!(
                    "line {first} is in {seen} but line {} is in {lang}; \
                     evaluate each language's lines in a file of their own",
                    i + 1
                ));
            }
            None => found = Some((i + 1, lang)),
            _ => {}
        }
    }
    Ok(found.map(|(_, lang)| lang))
}

/// The label that stands for an ask of any fact.
const ASK: &str = "ask_identity";

/// Evaluates a lexicon on corpus text (JSON Lines of `{"text": …, "acts": […]}`, optionally
/// with `"not": […]`).
pub fn evaluate(lexicon: &Lexicon, corpus: &str) -> Result<Report, String> {
    evaluate_with(corpus, |text| lexicon.understand(text))
}

/// Evaluates any way of hearing a line on corpus text.
pub fn evaluate_with(corpus: &str, hear: impl Fn(&str) -> Vec<Act>) -> Result<Report, String> {
    let mut items = Vec::new();
    for (i, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: Item = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        items.push((i + 1, item));
    }
    let mut report = Report {
        calibration: items.iter().any(|(_, item)| item.not.is_some()),
        ..Report::default()
    };
    for (line, item) in items {
        let expected: BTreeSet<String> = item.acts.iter().cloned().collect();
        let forbidden: BTreeSet<String> =
            item.not.clone().unwrap_or_default().into_iter().collect();
        let got: BTreeSet<String> = hear(&item.text).iter().map(Act::label).collect();
        // A label without a fact ("ask_identity") stands for an ask of any fact.
        let heard = |label: &String| {
            got.contains(label)
                || (label == ASK && got.iter().any(|g| g.starts_with("ask_identity:")))
        };
        let labelled = |g: &String| {
            expected.contains(g) || (g.starts_with("ask_identity:") && expected.contains(ASK))
        };
        let missing: Vec<String> = expected.iter().filter(|l| !heard(l)).cloned().collect();
        let extra: Vec<String> = if report.calibration {
            forbidden.iter().filter(|l| heard(l)).cloned().collect()
        } else {
            got.iter().filter(|g| !labelled(g)).cloned().collect()
        };
        report.total += 1;
        if !forbidden.is_empty() {
            report.traps += 1;
            if !forbidden.iter().any(heard) {
                report.traps_avoided += 1;
            }
        }
        if missing.is_empty() && extra.is_empty() {
            report.exact += 1;
        } else {
            report.misses.push(Miss {
                line,
                text: item.text.clone(),
                missing: missing.clone(),
                extra: extra.clone(),
            });
        }
        for label in &expected {
            let entry = report.acts.entry(label.clone()).or_default();
            if heard(label) {
                entry[0] += 1;
            } else {
                entry[2] += 1;
            }
        }
        for label in &extra {
            report.acts.entry(label.clone()).or_default()[1] += 1;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_says_its_language_once_and_never_two() {
        let nl = r#"{"lang": "nl", "text": "Geboortedatum graag.", "expect": []}"#;
        let en = r#"{"lang": "en", "text": "Date of birth, please.", "expect": []}"#;
        let bare = r#"{"text": "Hello", "acts": []}"#;
        assert_eq!(
            corpus_lang(&format!("{bare}\n{nl}\n{nl}")),
            Ok(Some(Lang::Nl))
        );
        assert_eq!(corpus_lang(bare), Ok(None));
        let mixed = corpus_lang(&format!("{nl}\n{bare}\n{en}")).unwrap_err();
        assert!(
            mixed.contains("line 1 is in nl but line 3 is in en"),
            "{mixed}"
        );
        let odd = corpus_lang(r#"{"lang": "fr", "text": "Bonjour"}"#).unwrap_err();
        assert!(odd.contains("line 1: unknown language 'fr'"), "{odd}");
    }

    /// "ask_identity" without a fact, expected or forbidden, stands for an ask of any fact.
    #[test]
    fn an_ask_without_a_fact_stands_for_any_ask() {
        let asks_postcode = |_: &str| {
            vec![Act {
                act: crate::understanding::ActKind::AskIdentity,
                fact: Some("postcode".into()),
            }]
        };
        let expected = r#"{"text": "Postcode?", "expect": ["ask_identity"], "forbid": []}"#;
        let r = evaluate_with(expected, asks_postcode).unwrap();
        assert_eq!((r.exact, r.recall("ask_identity")), (1, 1.0));
        let forbidden = r#"{"text": "Postcode?", "expect": [], "forbid": ["ask_identity"]}"#;
        let r = evaluate_with(forbidden, asks_postcode).unwrap();
        assert_eq!((r.exact, r.traps, r.traps_avoided), (0, 1, 0));
        let plain = r#"{"text": "Postcode?", "acts": ["ask_identity"]}"#;
        let r = evaluate_with(plain, asks_postcode).unwrap();
        assert_eq!(r.exact, 1, "{:?}", r.misses);
    }
}
