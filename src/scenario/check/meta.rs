//! The scenario's metadata: format, id, languages, titles, difficulty, pass mark, weights,
//! rule points and the briefing. Numbers are bounded here so nothing later can overflow.

use super::{Checker, did_you_mean, quoted};
use crate::lang::Lang;
use crate::rules::{MAX_RULE_POINTS, RuleId};
use crate::scenario::model::{Briefing, DIFFICULTIES, FORMAT, Text, Weights};
use crate::scenario::raw::RawScenario;
use std::collections::BTreeMap;

/// The most a dimension's weight can be; weights are relative, so 100 is plenty.
const MAX_WEIGHT: u64 = 100;

pub(super) struct Meta {
    pub title: Text,
    pub summary: Text,
    pub pass_mark: u32,
    pub weights: Weights,
    pub rule_points: BTreeMap<RuleId, i32>,
    pub rule_caps: BTreeMap<RuleId, u32>,
    pub partly_verified_cap: Option<u32>,
    pub briefing: Briefing,
}

impl Checker {
    pub(super) fn meta(&mut self, raw: &RawScenario) -> Meta {
        if raw.format != FORMAT {
            self.at("format", format!("expected \"{FORMAT}\""));
        }
        let id_ok = !raw.id.is_empty()
            && raw
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
        if !id_ok {
            self.at(
                "id",
                "an id is lower-case letters, digits and '-', e.g. \"impostor-reset\"",
            );
        }
        self.languages(raw);
        let title = self.text("title", &raw.title);
        let summary = self.text("summary", &raw.summary);
        if !DIFFICULTIES.contains(&raw.difficulty.as_str()) {
            self.at(
                "difficulty",
                format!("expected one of {}", quoted(DIFFICULTIES)),
            );
        }
        if raw.pass_mark > 100 {
            self.at("pass_mark", "expected a number from 0 to 100");
        }
        let partly_verified_cap = match raw.partly_verified_cap {
            Some(cap) if !(0..=100).contains(&cap) => {
                self.at("partly_verified_cap", "expected a cap from 0 to 100");
                None
            }
            cap => cap.map(|c| c as u32),
        };
        Meta {
            title,
            summary,
            pass_mark: raw.pass_mark.min(100) as u32,
            weights: self.weights(raw),
            rule_points: self.rule_points(raw),
            rule_caps: self.rule_caps(raw),
            partly_verified_cap,
            briefing: self.briefing(raw),
        }
    }

    fn languages(&mut self, raw: &RawScenario) {
        for (i, code) in raw.languages.iter().enumerate() {
            match Lang::from_code(code) {
                Some(l) if !self.langs.contains(&l) => self.langs.push(l),
                Some(_) => self.at(
                    format!("languages[{i}]"),
                    format!("'{code}' is listed twice"),
                ),
                None => self.at(
                    format!("languages[{i}]"),
                    format!("unknown language '{code}'; expected \"en\" or \"nl\""),
                ),
            }
        }
        if raw.languages.is_empty() {
            self.at(
                "languages",
                "expected at least one language, e.g. [\"en\", \"nl\"]",
            );
        }
    }

    fn weights(&mut self, raw: &RawScenario) -> Weights {
        let Some(w) = &raw.weights else {
            return Weights::default();
        };
        let mut bounded = |name: &str, v: u64| -> u32 {
            if v > MAX_WEIGHT {
                self.at(
                    format!("weights.{name}"),
                    format!("expected a weight from 0 to {MAX_WEIGHT}"),
                );
            }
            v.min(MAX_WEIGHT) as u32
        };
        let weights = Weights {
            verification: bounded("verification", w.verification),
            deescalation: bounded("deescalation", w.deescalation),
            resolution: bounded("resolution", w.resolution),
            professionalism: bounded("professionalism", w.professionalism),
        };
        if weights.verification
            + weights.deescalation
            + weights.resolution
            + weights.professionalism
            == 0
        {
            self.at("weights", "at least one weight must be above 0");
        }
        weights
    }

    /// A rule named by id under `field`, or a problem there.
    fn rule(&mut self, field: &str, id: &str) -> Option<RuleId> {
        let rule = RuleId::from_id(id);
        if rule.is_none() {
            self.at_key(
                field,
                id,
                format!(
                    "unknown rule '{id}'{}",
                    did_you_mean(id, RuleId::ALL.iter().map(|r| r.as_str()))
                ),
            );
        }
        rule
    }

    fn rule_caps(&mut self, raw: &RawScenario) -> BTreeMap<RuleId, u32> {
        let mut out = BTreeMap::new();
        for (id, cap) in &raw.rule_caps {
            let Some(rule) = self.rule("rule_caps", id) else {
                continue;
            };
            if !rule.critical() {
                self.at(
                    format!("rule_caps.{id}"),
                    "only a critical rule caps the total",
                );
            } else if !(0..=100).contains(cap) {
                self.at(format!("rule_caps.{id}"), "expected a cap from 0 to 100");
            } else {
                out.insert(rule, *cap as u32);
            }
        }
        out
    }

    fn rule_points(&mut self, raw: &RawScenario) -> BTreeMap<RuleId, i32> {
        let mut out = BTreeMap::new();
        for (id, points) in &raw.rule_points {
            let Some(rule) = self.rule("rule_points", id) else {
                continue;
            };
            if points.unsigned_abs() > MAX_RULE_POINTS as u64 {
                self.at(
                    format!("rule_points.{id}"),
                    format!("expected points from -{MAX_RULE_POINTS} to {MAX_RULE_POINTS}"),
                );
                continue;
            }
            out.insert(rule, *points as i32);
        }
        out
    }

    fn briefing(&mut self, raw: &RawScenario) -> Briefing {
        let b = &raw.briefing;
        Briefing {
            role: self.text("briefing.role", &b.role),
            organisation: self.text("briefing.organisation", &b.organisation),
            situation: self.text("briefing.situation", &b.situation),
            policy: b
                .policy
                .iter()
                .enumerate()
                .map(|(i, t)| self.text(&format!("briefing.policy[{i}]"), t))
                .collect(),
        }
    }
}
