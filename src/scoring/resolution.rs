//! Resolution: the outcome against the scenario's right outcomes, and the actions it
//! recommends.

use super::{Detail, Scorer, Unit, judge_outcome};
use crate::rules::RuleId;

pub(super) const UNITS: &[Unit] = &[
    Unit {
        rules: &[
            RuleId::RRightOutcome,
            RuleId::RWrongOutcome,
            RuleId::ROtherOutcome,
            RuleId::RRecommendedDone,
            RuleId::RRecommendedMissed,
        ],
        run: outcome,
    },
    Unit {
        rules: &[RuleId::RQuestionUnanswered],
        run: question_unanswered,
    },
];

/// The caller's actual question (the scenario's `judgement.question` topic) never answered:
/// a refund, a transfer or sympathy instead of the answer (story 5).
fn question_unanswered(s: &mut Scorer) {
    let Some(topic) = &s.scenario.judgement.question else {
        return;
    };
    let Some(words) = s
        .scenario
        .judgement
        .topics
        .get(topic)
        .and_then(|w| w.get(&s.call.lang))
    else {
        return;
    };
    let answered = s
        .call
        .speech
        .iter()
        .any(|t| crate::phrases::said(&t.text, words).is_some());
    if !answered && !s.call.speech.is_empty() {
        let last = s.last_turn();
        s.apply(RuleId::RQuestionUnanswered, last, Detail::None);
    }
}

fn outcome(s: &mut Scorer) {
    let outcome = s.call.outcome();
    let last = s.last_turn();
    match judge_outcome(s.scenario, s.call) {
        Some(true) => {
            let recommended = &s.scenario.outcomes.recommended_actions;
            let full = s.points(RuleId::RRightOutcome);
            let p = if recommended.is_empty() {
                full
            } else {
                full - s.points(RuleId::RRecommendedDone)
            };
            s.note(RuleId::RRightOutcome, last, p, Detail::Outcome(outcome));
            recommended_actions(s);
        }
        Some(false) => s.apply(RuleId::RWrongOutcome, last, Detail::Outcome(outcome)),
        None => s.apply(RuleId::ROtherOutcome, last, Detail::Outcome(outcome)),
    }
}

/// The recommended actions share the rest of the resolution points.
fn recommended_actions(s: &mut Scorer) {
    let recommended = &s.scenario.outcomes.recommended_actions;
    let n = recommended.len().max(1) as i32;
    for a in recommended {
        let detail = Detail::Action {
            action: a.clone(),
            missing: Vec::new(),
        };
        match s.call.actions.iter().find(|x| &x.action == a) {
            Some(taken) => {
                let p = s.points(RuleId::RRecommendedDone) / n;
                s.note(RuleId::RRecommendedDone, taken.n, p, detail);
            }
            None => {
                let p = s.points(RuleId::RRecommendedMissed) / n;
                let last = s.last_turn();
                s.note(RuleId::RRecommendedMissed, last, p, detail);
            }
        }
    }
}
