//! The saved result of a call: the JSON contract `deskdrill.result.v1`.
//!
//! Built from the scenario, the event log and the assessment; the log itself is saved in the
//! result too, so that `review` can show (and re-score) any call.

use crate::call::{Event, Speaker};
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::scoring::{self, Assessment, Critical, Feedback, Note, Scores};
use crate::understanding::Act;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "deskdrill.result.v1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
    pub lang: Lang,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultTurn {
    pub n: u32,
    pub speaker: Speaker,
    pub text: String,
    pub acts: Vec<Act>,
    pub notes: Vec<Note>,
    pub mood: BTreeMap<String, i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallResult {
    pub format: String,
    pub scenario: ScenarioRef,
    pub trainee: String,
    pub seed: u64,
    pub started_at: String,
    pub duration_s: u64,
    pub outcome: String,
    pub passed: bool,
    pub pass_mark: u32,
    pub score: Scores,
    pub critical: Vec<Critical>,
    pub turns: Vec<ResultTurn>,
    pub mood_trace: Vec<BTreeMap<String, i64>>,
    pub feedback: Feedback,
    pub hidden_truth: String,
    pub ignored_lines: usize,
    pub events: Vec<Event>,
}

/// When and how long: the only parts of a result that are not a function of the log.
#[derive(Clone, Debug)]
pub struct Timing {
    pub started_at: String,
    pub duration_s: u64,
}

pub fn build(scenario: &Scenario, events: &[Event], timing: &Timing) -> CallResult {
    let (lang, seed, trainee, mut mood) = match events.first() {
        Some(Event::Started {
            lang,
            seed,
            trainee,
            mood,
            ..
        }) => (*lang, *seed, trainee.clone(), mood.clone()),
        _ => (Lang::En, 0, String::new(), BTreeMap::new()),
    };
    let a: Assessment = scoring::assess(scenario, lang, events);
    let mut turns: Vec<ResultTurn> = Vec::new();
    let mut ignored_lines = 0;
    let mut assigned = 0;
    for e in events {
        match e {
            Event::Turn(t) => turns.push(ResultTurn {
                n: t.n,
                speaker: t.speaker,
                text: t.text.clone(),
                acts: t.acts.clone(),
                notes: a.notes.iter().filter(|n| n.turn == t.n).cloned().collect(),
                mood: mood.clone(),
            }),
            Event::Mood { mood: m, .. } => {
                // A step's mood is known once the step is done: it belongs to the step's turns.
                for t in &mut turns[assigned..] {
                    t.mood = m.clone();
                }
                assigned = turns.len();
                mood = m.clone();
            }
            Event::Ended {
                ignored_lines: i, ..
            } => ignored_lines = *i,
            _ => {}
        }
    }
    let mood_trace = turns.iter().map(|t| t.mood.clone()).collect();
    CallResult {
        format: FORMAT.into(),
        scenario: ScenarioRef {
            id: scenario.id.clone(),
            title: scenario.title.get(lang).to_string(),
            lang,
        },
        trainee,
        seed,
        started_at: timing.started_at.clone(),
        duration_s: timing.duration_s,
        outcome: a.outcome,
        passed: a.passed,
        pass_mark: scenario.pass_mark,
        score: a.score,
        critical: a.critical,
        turns,
        mood_trace,
        feedback: a.feedback,
        hidden_truth: scenario.caller.truth.get(lang).to_string(),
        ignored_lines,
        events: events.to_vec(),
    }
}

/// Seconds since the Unix epoch as an RFC 3339 UTC time.
pub fn rfc3339(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_times() {
        assert_eq!(super::rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(super::rfc3339(1_795_430_096), "2026-11-23T10:34:56Z");
    }
}
