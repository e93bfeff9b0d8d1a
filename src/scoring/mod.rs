//! Scoring: a pure function of a call's event log.
//!
//! The log is folded into the one [`CallState`]; then every rule unit (one per concern, in
//! the dimension modules) reads that state and adds [`Note`]s: a rule id, a turn, points and
//! the typed detail its message needs. Notes hold no words: `report` renders them in the
//! reader's language. `docs/scoring.md` documents the rules; a test checks the two agree.

mod anxiety;
mod deescalation;
mod empathy;
mod feedback;
mod professionalism;
mod resolution;
mod verification;
pub(crate) use verification::needless;

pub use feedback::{Feedback, Pick};

use crate::call::{CallState, Event, Missing};
use crate::outcome::Outcome;
use crate::rules::{CAP_REACHED_AT, Dimension, RuleId};
use crate::scenario::Scenario;
use crate::understanding::ActKind;

/// Where each dimension starts before its rules add or take points.
const BASE_VERIFICATION: i32 = 30;
const BASE_VERIFICATION_NOTHING_SENSITIVE: i32 = 100;
const BASE_DEESCALATION: i32 = 50;
const BASE_PROFESSIONALISM: i32 = 50;
/// A wrong outcome caps the total: a polite call that hands over the account still fails.
pub const WRONG_OUTCOME_CAP: u32 = 40;

/// What a note's message needs, as ids and values.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    None,
    /// Facts, by id.
    Facts(Vec<String>),
    /// An action, and what was missing before it counted as verified.
    Action {
        action: String,
        missing: Vec<Missing>,
    },
    Act(ActKind),
    Count(usize),
    Mood {
        mood: String,
        value: i64,
    },
    Outcome(Outcome),
    /// Words the trainee used (jargon).
    Words(Vec<String>),
    /// A referral (by id) and the details it lacked (`desk` when the desk was never named).
    Referral {
        referral: String,
        missing: Vec<String>,
    },
    /// A slip the scenario names, by id (`judgement.slips`).
    Slip(String),
    /// A recommended step not taken: the actions any one of which would have done it.
    Choice(Vec<String>),
    /// What was missing came in a later turn (the reason after a bare "no"): that turn.
    Later(u32),
    /// A detail told before the check, which the same turn then began (`V-DETAIL-SLIP`).
    Caught(String),
}

/// One rule applied to one turn.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub rule: RuleId,
    pub turn: u32,
    pub points: i32,
    pub detail: Detail,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scores {
    pub total: u32,
    pub verification: u32,
    pub deescalation: u32,
    pub resolution: u32,
    pub professionalism: u32,
}

/// The scored call.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub outcome: Outcome,
    /// Whether the outcome is one of the scenario's right (true) or wrong (false) ones.
    pub outcome_right: Option<bool>,
    pub score: Scores,
    pub passed: bool,
    /// Every note, in turn order.
    pub notes: Vec<Note>,
    pub feedback: Feedback,
}

impl Assessment {
    /// The notes of critical rules: the errors that fail a call outright.
    pub fn critical(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| n.rule.critical())
    }
}

/// A rule unit: the rules it may note, and how it reads the call.
pub(crate) struct Unit {
    /// Read by the test that checks every rule belongs to exactly one unit.
    #[cfg_attr(not(test), allow(dead_code))]
    pub rules: &'static [RuleId],
    pub run: fn(&mut Scorer),
}

/// Every rule unit, by dimension. Each rule id belongs to exactly one unit (a test checks).
pub(crate) fn units() -> impl Iterator<Item = &'static Unit> {
    verification::UNITS
        .iter()
        .chain(deescalation::UNITS)
        .chain(resolution::UNITS)
        .chain(professionalism::UNITS)
        .chain(anxiety::LAST)
}

/// What a rule unit reads, and where it writes.
pub(crate) struct Scorer<'a> {
    pub scenario: &'a Scenario,
    pub call: &'a CallState,
    pub notes: Vec<Note>,
}

impl Scorer<'_> {
    pub fn points(&self, rule: RuleId) -> i32 {
        self.scenario.points(rule)
    }

    /// Adds a note at the given points; a rule the scenario weighted to 0 is off entirely.
    pub fn note(&mut self, rule: RuleId, turn: u32, points: i32, detail: Detail) {
        if self.scenario.rule_points.get(&rule) == Some(&0) {
            return;
        }
        self.notes.push(Note {
            rule,
            turn,
            points,
            detail,
        });
    }

    /// Applies a rule at its (scenario-weighted) points.
    pub fn apply(&mut self, rule: RuleId, turn: u32, detail: Detail) {
        let p = self.points(rule);
        self.note(rule, turn, p, detail);
    }

    /// The number of the call's last turn.
    pub fn last_turn(&self) -> u32 {
        self.call.n
    }
}

/// Whether the outcome is right (true), wrong (false) or neither for this scenario. An ending
/// the trainee provoked is never right: a caller who could have proved who they are hanging up
/// after their mood peaked, or a transfer before the trainee had listened. An impostor who hangs
/// up furious at a refusal is the refusal working.
pub fn judge_outcome(scenario: &Scenario, call: &CallState) -> Option<bool> {
    let outcome = call.outcome();
    let peaked = call.moods.iter().any(|(_, m)| m.values().any(|v| *v >= 90));
    match outcome {
        Outcome::CallerHungUp if peaked && scenario.caller_could_verify() => return Some(false),
        Outcome::Transferred if deescalation::handed_on(call).is_some() => return None,
        _ => {}
    }
    if scenario.outcomes.right.contains(&outcome) {
        Some(true)
    } else if scenario.outcomes.wrong.contains(&outcome) || outcome == Outcome::Abandoned {
        Some(false)
    } else {
        None
    }
}

/// The least each of the four dimensions needs for the call to pass: a call that handles one
/// part of the job badly (drowns a rushed caller in apologies, overpromises) fails however
/// good the rest, as trainers fail it.
pub const DIMENSION_FLOOR: u32 = 35;

/// De-escalation's own floor, lower: trainers pass a call that is right in every step but
/// cold or too sorry at 70–74, and fail one that rushes, lectures or stonewalls. Over 4,970
/// trainer-judged scripts a de-escalation floor of 30 agrees with eight more of their
/// pass/fail verdicts than 35 (forty-sixth round; `docs/scoring.md`).
pub const DEESCALATION_FLOOR: u32 = 30;

/// The floor of one dimension (by its name: "verification", "deescalation", ...).
pub fn floor_of(dimension: &str) -> u32 {
    if dimension == "deescalation" {
        DEESCALATION_FLOOR
    } else {
        DIMENSION_FLOOR
    }
}

/// The dimension furthest below its floor ([`floor_of`]), if any: (its name, its score).
pub fn below_floor(score: &Scores) -> Option<(&'static str, u32)> {
    [
        ("verification", score.verification),
        ("deescalation", score.deescalation),
        ("resolution", score.resolution),
        ("professionalism", score.professionalism),
    ]
    .into_iter()
    .filter(|(name, v)| *v < floor_of(name))
    .min_by_key(|(_, v)| *v)
}

/// Scores a call from its log.
pub fn assess(scenario: &Scenario, events: &[Event]) -> Assessment {
    let call = CallState::fold(scenario, events);
    let mut s = Scorer {
        scenario,
        call: &call,
        notes: Vec::new(),
    };
    for unit in units() {
        (unit.run)(&mut s);
    }
    let outcome = call.outcome();
    let outcome_right = judge_outcome(scenario, &call);
    let score = totals(&s, outcome_right);
    let mut notes = s.notes;
    notes.sort_by_key(|n| n.turn);
    let critical = notes.iter().any(|n| n.rule.critical());
    let passed = !critical
        && score.total >= scenario.pass_mark
        && outcome_right != Some(false)
        && below_floor(&score).is_none();
    let feedback = feedback::pick(&notes, &call);
    Assessment {
        outcome,
        outcome_right,
        score,
        passed,
        notes,
        feedback,
    }
}

/// The cap a critical note puts on the total: the scenario's own, where it sets one; else the
/// built-in one, graded by what the error did.
fn cap(note: &Note, scenario: &Scenario, call: &CallState) -> Option<u32> {
    if let Some(&own) = scenario.rule_caps.get(&note.rule) {
        return Some(own);
    }
    let partly = scenario.partly_cap();
    match (note.rule, &note.detail) {
        (RuleId::VUnverifiedAction, Detail::Action { missing, .. }) => {
            let missing_facts = missing
                .iter()
                .filter(|m| matches!(m, Missing::Fact(_)))
                .count();
            if missing_facts < call.required_facts().len() {
                return Some(partly);
            }
            if scenario.caller_could_verify() {
                return Some(crate::rules::RIGHTFUL_CALLER_CAP);
            }
        }
        // Telling anyone where a threatened colleague can be found is a safety breach, as
        // grave as an account handed to an impostor.
        (RuleId::VProtectedDiscussed, Detail::Words(words)) => {
            let confidential = scenario.judgement.confidential.get(&call.lang);
            if words
                .iter()
                .any(|w| confidential.is_some_and(|c| c.contains(w)))
            {
                return Some(crate::rules::CONFIDENTIAL_TOLD_CAP);
            }
            // Told a caller checked halfway: the check done halfway, not a stranger told.
            if call.partly_verified_before(note.turn) {
                return Some(partly);
            }
        }
        // Read out halfway through the check: no higher than the scenario's stakes allow.
        (RuleId::VRecordLeak, _) if call.partly_verified_before(note.turn) => {
            return Some(crate::rules::HALFWAY_LEAK_CAP.min(partly));
        }
        _ => {}
    }
    note.rule.cap()
}

/// The four dimension scores from the notes `counts` keeps, and their weighted total.
fn weighed(s: &Scorer, counts: impl Fn(&Note) -> bool) -> ([u32; 4], u32) {
    let sum = |dim: Dimension| -> i32 {
        s.notes
            .iter()
            .filter(|n| n.rule.dimension() == dim && counts(n))
            .map(|n| n.points)
            .sum()
    };
    let clamp = |v: i32| v.clamp(0, 100) as u32;
    let base_v = if s.call.required_facts().is_empty() {
        BASE_VERIFICATION_NOTHING_SENSITIVE
    } else {
        BASE_VERIFICATION
    };
    let dims = [
        clamp(base_v + sum(Dimension::Verification)),
        clamp(BASE_DEESCALATION + sum(Dimension::Deescalation)),
        clamp(sum(Dimension::Resolution)),
        clamp(BASE_PROFESSIONALISM + sum(Dimension::Professionalism)),
    ];
    let w = s.scenario.weights;
    let weights = [
        w.verification,
        w.deescalation,
        w.resolution,
        w.professionalism,
    ];
    let weight_sum = weights.iter().sum::<u32>().max(1);
    let weighted: u32 = dims.iter().zip(weights).map(|(d, w)| d * w).sum();
    (dims, (weighted + weight_sum / 2) / weight_sum)
}

fn totals(s: &Scorer, outcome_right: Option<bool>) -> Scores {
    let ([verification, deescalation, resolution, professionalism], mut total) =
        weighed(s, |_| true);
    if outcome_right == Some(false) {
        total = total.min(WRONG_OUTCOME_CAP);
    }
    for note in &s.notes {
        if let Some(ceiling) = note.rule.ceiling() {
            total = total.min(ceiling);
        }
    }
    // The worst failures ordered as trainers order them: a critical error's cap is the most
    // the call can score. A call whose other work (everything but its critical errors) would
    // total CAP_REACHED_AT or more scores the cap; a weaker one scores proportionally less, so
    // two calls with the same critical error are still ordered by everything else they did.
    // The lowest cap decides: a lower cap never gives a higher share.
    let lowest = s
        .notes
        .iter()
        .filter_map(|n| cap(n, s.scenario, s.call))
        .min();
    if let Some(lowest) = lowest {
        let (_, other_work) = weighed(s, |n| cap(n, s.scenario, s.call).is_none());
        let reached = other_work.min(CAP_REACHED_AT);
        total = total.min((lowest * reached + CAP_REACHED_AT / 2) / CAP_REACHED_AT);
    }
    Scores {
        total,
        verification,
        deescalation,
        resolution,
        professionalism,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn every_rule_belongs_to_exactly_one_unit() {
        let mut owner: BTreeMap<RuleId, usize> = BTreeMap::new();
        for (i, unit) in units().enumerate() {
            for rule in unit.rules {
                assert!(owner.insert(*rule, i).is_none(), "{rule} is in two units");
            }
        }
        for rule in RuleId::ALL {
            assert!(owner.contains_key(rule), "{rule} has no unit");
        }
    }

    #[test]
    fn docs_scoring_lists_exactly_the_rules() {
        let doc = include_str!("../../docs/scoring.md");
        for rule in RuleId::ALL {
            assert!(
                doc.contains(&format!("`{rule}`")),
                "{rule} is not documented in docs/scoring.md"
            );
        }
        let re = regex::Regex::new(r"`([VDRP]-[A-Z-]+)`").expect("a valid pattern");
        for cap in re.captures_iter(doc) {
            assert!(
                RuleId::from_id(&cap[1]).is_some(),
                "docs/scoring.md names '{}', which is no rule",
                &cap[1]
            );
        }
    }
}
