//! Resolution: the outcome against the scenario's right outcomes, and the actions it
//! recommends.

use super::{Detail, Scorer, Unit, judge_outcome};
use crate::outcome::Outcome;
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
    Unit {
        rules: &[RuleId::RWarmReferral, RuleId::RColdReferral],
        run: referrals,
    },
];

/// The caller's actual question (the scenario's `judgement.question` topic) never answered:
/// a refund, a transfer or sympathy instead of the answer (story 5).
fn question_unanswered(s: &mut Scorer) {
    let Some(topic) = &s.scenario.judgement.question else {
        return;
    };
    let j = &s.scenario.judgement;
    // A topic without words in this language cannot be heard, so it cannot be missed.
    if !j
        .topics
        .get(topic)
        .is_some_and(|w| w.contains_key(&s.call.lang))
    {
        return;
    }
    let answered = s
        .call
        .speech
        .iter()
        .any(|t| j.mentions(topic, s.call.lang, &t.text));
    if !answered && !s.call.speech.is_empty() {
        let last = s.last_turn();
        s.apply(RuleId::RQuestionUnanswered, last, Detail::None);
    }
}

/// Story 4: a caller at the wrong desk needs the right one *and* what it takes to reach it. A
/// referral is warm when the trainee named the desk and gave every detail; it is cold when the
/// desk was named without them, or the trainee ended the call without naming it. A caller who
/// hung up, a transfer or a call walked away from is judged by other rules.
fn referrals(s: &mut Scorer) {
    let ended_by_trainee = matches!(
        s.call.outcome(),
        Outcome::Resolved | Outcome::Refused | Outcome::Ended
    );
    let last = s.last_turn();
    for (id, referral) in &s.scenario.judgement.referrals {
        let said = s.call.referrals.get(id).cloned().unwrap_or_default();
        let missing = s.call.referral_missing(id, referral);
        let detail = Detail::Referral {
            referral: id.clone(),
            missing: missing.clone(),
        };
        match said.named {
            Some(named) if missing.is_empty() => {
                let turn = said.details.values().copied().fold(named, u32::max);
                s.apply(RuleId::RWarmReferral, turn, detail);
            }
            Some(named) => s.apply(RuleId::RColdReferral, named, detail),
            None if ended_by_trainee => s.apply(RuleId::RColdReferral, last, detail),
            None => {}
        }
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

/// The recommended steps share the rest of the resolution points; a step is done by any one
/// of its alternatives ("appointment|callback").
fn recommended_actions(s: &mut Scorer) {
    let recommended = &s.scenario.outcomes.recommended_actions;
    let n = recommended.len().max(1) as i32;
    for alternatives in recommended {
        match s
            .call
            .actions
            .iter()
            .find(|x| alternatives.contains(&x.action))
        {
            Some(taken) => {
                let p = s.points(RuleId::RRecommendedDone) / n;
                let detail = Detail::Action {
                    action: taken.action.clone(),
                    missing: Vec::new(),
                };
                s.note(RuleId::RRecommendedDone, taken.n, p, detail);
            }
            None => {
                let p = s.points(RuleId::RRecommendedMissed) / n;
                let last = s.last_turn();
                let detail = Detail::Choice(alternatives.clone());
                s.note(RuleId::RRecommendedMissed, last, p, detail);
            }
        }
    }
}
