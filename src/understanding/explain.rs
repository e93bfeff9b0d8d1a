//! Showing why a line was heard as it was (`deskdrill understand --explain`): the normalised
//! words, each pattern that matched and whether it counted, and the nearest labelled lines.

use super::{Act, ActKind, Blocked, Neighbour};
use serde_json::{Value, json};
use std::fmt::Write;

impl Evidence {
    /// Evidence of a rule of sentence structure rather than a pattern of the lexicon.
    pub(super) fn structural(act: ActKind, clause: &str, words: &[String], rule: &str) -> Evidence {
        Evidence {
            act: Act::plain(act),
            clause: clause.to_string(),
            words: words.join(" "),
            pattern: rule.to_string(),
            blocked: None,
        }
    }
}

/// Why an act was heard, or why a pattern's match did not count.
#[derive(Clone, Debug)]
pub struct Evidence {
    pub act: Act,
    /// The normalised clause it was heard in.
    pub clause: String,
    /// The words the pattern matched.
    pub words: String,
    /// The pattern, as written in the lexicon or the scenario.
    pub pattern: String,
    /// Set when the match did not count, and why.
    pub blocked: Option<Blocked>,
}

/// The words that weighed most for an act the classifier heard, with their weight.
pub type Weighed = Vec<(String, f32)>;

/// Everything about how a line was heard: for `understand --explain`.
#[derive(Clone, Debug, Default)]
pub struct Explanation {
    pub normalized: String,
    pub acts: Vec<Act>,
    pub evidence: Vec<Evidence>,
    /// The nearest labelled lines and what they voted.
    pub neighbours: Vec<Neighbour>,
    /// Acts heard from the labelled lines alone, with their share of the vote.
    pub learned: Vec<(ActKind, f32)>,
    /// Of those, the ones no labelled line at least `FIRM` alike carries: heard, but they earn
    /// or cost a call no points.
    pub tentative: Vec<ActKind>,
    /// Acts the classifier added, with its probability and the features that weighed most.
    pub classified: Vec<(ActKind, f32, Weighed)>,
    /// Acts a pattern heard that the labelled lines overruled.
    pub overruled: Vec<ActKind>,
    /// Set when a trainer's own line decided the acts.
    pub trainer_line: Option<Neighbour>,
    /// Acts cancelled by another act heard in the line (the scope's `overrides`).
    pub cancelled_by: Vec<(ActKind, ActKind)>,
}

impl Explanation {
    /// A plain-text account for people, one reason a line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let labels: Vec<String> = self.acts.iter().map(Act::label).collect();
        let _ = writeln!(
            out,
            "heard: {}",
            if labels.is_empty() {
                "-".to_string()
            } else {
                labels.join("  ")
            }
        );
        let _ = writeln!(out, "normalised: {}", self.normalized);
        if let Some(t) = &self.trainer_line {
            let _ = writeln!(
                out,
                "decided by a trainer's line ({:.2} alike, {}): {:?} -> {}",
                t.similarity,
                t.source,
                t.text,
                t.acts.join(" ")
            );
        }
        for ev in &self.evidence {
            let label = ev.act.label();
            match &ev.blocked {
                None => {
                    let _ = writeln!(
                        out,
                        "  {label:<30} pattern '{}' matched \"{}\"",
                        ev.pattern, ev.words
                    );
                }
                Some(why) => {
                    let _ = writeln!(
                        out,
                        "  (not {label}) pattern '{}' matched \"{}\" but {why}",
                        ev.pattern, ev.words
                    );
                }
            }
        }
        for (kind, by) in &self.cancelled_by {
            let _ = writeln!(
                out,
                "  (not {}) cancelled because the line also has {}",
                kind.name(),
                by.name()
            );
        }
        for (kind, share) in &self.learned {
            let tentative = if self.tentative.contains(kind) {
                "; tentative: no such line is close, so it earns or costs no points"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {:<30} from the nearest labelled lines ({:.0}% of their vote{tentative})",
                kind.name(),
                100.0 * share
            );
        }
        for (kind, p, strongest) in &self.classifier_lines() {
            let _ = writeln!(
                out,
                "  {:<30} from the classifier ({p:.0}% likely; {strongest})",
                kind.name()
            );
        }
        for kind in &self.overruled {
            let _ = writeln!(
                out,
                "  (not {}) a pattern matched, but the nearest labelled lines, very like this one, do not carry it",
                kind.name()
            );
        }
        if !self.neighbours.is_empty() {
            let _ = writeln!(out, "nearest labelled lines:");
            for n in &self.neighbours {
                let _ = writeln!(
                    out,
                    "  {:.2}  {:?} -> {}  ({})",
                    n.similarity,
                    n.text,
                    if n.acts.is_empty() {
                        "-".to_string()
                    } else {
                        n.acts.join(" ")
                    },
                    n.source
                );
            }
        }
        out
    }

    /// The classifier's acts with their probability in percent and what weighed most.
    fn classifier_lines(&self) -> Vec<(ActKind, f32, String)> {
        self.classified
            .iter()
            .map(|(kind, p, strongest)| {
                let named: Vec<String> =
                    strongest.iter().map(|(f, _)| format!("\"{f}\"")).collect();
                let weighed = if named.is_empty() {
                    "no single feature stands out".to_string()
                } else {
                    format!("most weight: {}", named.join(", "))
                };
                (*kind, 100.0 * p, weighed)
            })
            .collect()
    }

    /// The same as JSON, for tools.
    pub fn to_json(&self) -> Value {
        json!({
            "normalized": self.normalized,
            "patterns": self.evidence.iter().map(|e| json!({
                "act": e.act.label(),
                "pattern": e.pattern,
                "words": e.words,
                "clause": e.clause,
                "blocked": e.blocked.as_ref().map(|b| b.to_string()),
            })).collect::<Vec<_>>(),
            "learned": self.learned.iter().map(|(k, s)| json!({"act": k.name(), "vote": s, "tentative": self.tentative.contains(k)})).collect::<Vec<_>>(),
            "classified": self.classified.iter().map(|(k, p, strongest)| json!({
                "act": k.name(),
                "probability": p,
                "strongest": strongest.iter().map(|(f, w)| json!({"feature": f, "weight": w})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "overruled": self.overruled.iter().map(|k| k.name()).collect::<Vec<_>>(),
            "trainer_line": self.trainer_line.as_ref().map(|t| json!({"text": t.text, "acts": t.acts, "similarity": t.similarity, "source": t.source})),
            "neighbours": self.neighbours.iter().map(|n| json!({
                "text": n.text, "acts": n.acts, "similarity": n.similarity, "source": n.source,
            })).collect::<Vec<_>>(),
        })
    }
}
