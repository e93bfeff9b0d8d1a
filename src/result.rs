//! The saved result of a call: the JSON contract `deskdrill.result.v1`.
//!
//! Built from the scenario, the event log and the assessment; the log itself is saved in the
//! result too, so that `review` can show (and re-score) any call.

use crate::call::{CallState, Event, Speaker};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::rules::RuleId;
use crate::scenario::Scenario;
use crate::scoring::{self, Assessment, Pick, Scores};
use crate::understanding::{Act, ActKind};
use crate::words;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "deskdrill.result.v1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScenarioRef {
    pub id: String,
    pub title: String,
    pub lang: Lang,
}

/// A scoring note on a turn, in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultNote {
    pub rule: RuleId,
    pub points: i32,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultTurn {
    pub n: u32,
    pub speaker: Speaker,
    pub text: String,
    pub acts: Vec<Act>,
    /// Acts heard only from loosely alike labelled lines: they earned and cost nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tentative: Vec<ActKind>,
    pub notes: Vec<ResultNote>,
    pub mood: BTreeMap<String, i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Critical {
    pub rule: RuleId,
    pub turn: u32,
    pub message: String,
}

/// A line of feedback: what happened at a turn, in the trainee's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedbackItem {
    pub turn: u32,
    pub quote: String,
    pub rule: RuleId,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub better: Option<String>,
    /// For an improvement: how many times the rule applied, and what it cost in all.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub count: u32,
    #[serde(default, skip_serializing_if = "is_zero_points")]
    pub points: i32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_zero_points(n: &i32) -> bool {
    *n == 0
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub strengths: Vec<FeedbackItem>,
    pub improvements: Vec<FeedbackItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallResult {
    pub format: String,
    pub scenario: ScenarioRef,
    pub trainee: String,
    pub seed: u64,
    pub started_at: String,
    pub duration_s: u64,
    pub outcome: Outcome,
    /// Whether the outcome is one of the scenario's right (true) or wrong (false) ones.
    #[serde(default)]
    pub outcome_right: Option<bool>,
    /// What this outcome meant in this scenario, from the scenario.
    #[serde(default)]
    pub outcome_explained: String,
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
    let state = CallState::fold(scenario, events);
    let lang = state.lang;
    let a: Assessment = scoring::assess(scenario, events);
    let message = |n: &scoring::Note| words::note_message(scenario, lang, n);
    let (turns, mood_trace) = transcript(scenario, &state, events, &a);
    let item = |pick: &Pick, penalty: bool| match pick {
        Pick::Note(i) => {
            let note = &a.notes[*i];
            let same: Vec<&scoring::Note> = a
                .notes
                .iter()
                .filter(|n| n.rule == note.rule && (n.points < 0) == (note.points < 0))
                .collect();
            FeedbackItem {
                turn: note.turn,
                quote: state.typed.get(&note.turn).cloned().unwrap_or_default(),
                rule: note.rule,
                text: message(note),
                better: words::note_better(scenario, lang, note),
                count: if penalty { same.len() as u32 } else { 0 },
                points: if penalty {
                    same.iter().map(|n| n.points).sum()
                } else {
                    0
                },
            }
        }
        Pick::Missed(rule) => FeedbackItem {
            turn: 0,
            quote: String::new(),
            rule: *rule,
            text: crate::ui::t(lang, &format!("missed.{rule}")).to_string(),
            better: words::better(scenario, lang, *rule),
            count: 0,
            points: 0,
        },
    };
    CallResult {
        format: FORMAT.into(),
        scenario: ScenarioRef {
            id: scenario.id.clone(),
            title: scenario.title.get(lang).to_string(),
            lang,
        },
        trainee: state.trainee.clone(),
        seed: state.seed,
        started_at: timing.started_at.clone(),
        duration_s: timing.duration_s,
        outcome: a.outcome,
        outcome_right: a.outcome_right,
        outcome_explained: outcome_explained(scenario, &a, lang),
        passed: a.passed,
        pass_mark: scenario.pass_mark,
        score: a.score.clone(),
        critical: a
            .critical()
            .map(|n| Critical {
                rule: n.rule,
                turn: n.turn,
                message: message(n),
            })
            .collect(),
        turns,
        mood_trace,
        feedback: Feedback {
            strengths: a
                .feedback
                .strengths
                .iter()
                .map(|p| item(p, false))
                .collect(),
            improvements: a
                .feedback
                .improvements
                .iter()
                .map(|p| item(p, true))
                .collect(),
        },
        hidden_truth: scenario.caller.truth.get(lang).to_string(),
        ignored_lines: state.unplayed,
        events: events.to_vec(),
    }
}

/// Every turn in words with its acts, notes and the mood after it; and the mood trace.
fn transcript(
    scenario: &Scenario,
    state: &CallState,
    events: &[Event],
    a: &Assessment,
) -> (Vec<ResultTurn>, Vec<BTreeMap<String, i64>>) {
    let lang = state.lang;
    let mut turns: Vec<ResultTurn> = Vec::new();
    let mut mood = state.start_mood.clone();
    let mut assigned = 0;
    for e in events {
        if let Some(n) = e.turn() {
            let (speaker, acts, tentative) = match e {
                Event::Speech(s) => (Speaker::Trainee, s.acts.clone(), s.tentative.clone()),
                Event::Command { .. } => (Speaker::Trainee, Vec::new(), Vec::new()),
                Event::Caller { .. } => (Speaker::Caller, Vec::new(), Vec::new()),
                _ => (Speaker::System, Vec::new(), Vec::new()),
            };
            turns.push(ResultTurn {
                n,
                speaker,
                text: words::turn_text(scenario, state, e),
                acts,
                tentative,
                notes: a
                    .notes
                    .iter()
                    .filter(|note| note.turn == n)
                    .map(|note| ResultNote {
                        rule: note.rule,
                        points: note.points,
                        message: words::note_message(scenario, lang, note),
                    })
                    .collect(),
                mood: mood.clone(),
            });
        } else if let Event::Mood { mood: m, .. } = e {
            // A step's mood is known once the step is done: it belongs to the step's turns.
            for t in &mut turns[assigned..] {
                t.mood = m.clone();
            }
            assigned = turns.len();
            mood = m.clone();
        }
    }
    let mood_trace = turns.iter().map(|t| t.mood.clone()).collect();
    (turns, mood_trace)
}

/// What the outcome means, in the scenario's words; a call "resolved" on promises the desk
/// cannot keep is not praised for it (`R-UNKEPT-PROMISES`), nor a transfer that got rid of the
/// caller (`D-TRANSFER-EARLY`, `D-PASSED-ON`).
fn outcome_explained(scenario: &Scenario, a: &Assessment, lang: Lang) -> String {
    if a.notes.iter().any(|n| n.rule == RuleId::RUnkeptPromises) {
        return crate::ui::t(lang, "outcome.unkept_promises").to_string();
    }
    let handed_on = [RuleId::DTransferEarly, RuleId::DPassedOn];
    if a.outcome == Outcome::Transferred && a.notes.iter().any(|n| handed_on.contains(&n.rule)) {
        return crate::ui::t(lang, "outcome.passed_on").to_string();
    }
    scenario
        .outcomes
        .explain
        .get(&a.outcome)
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}
