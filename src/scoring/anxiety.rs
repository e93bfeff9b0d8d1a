//! The caller's anxiety in judgement: coldness toward an anxious caller costs again, and sorry
//! after sorry weighs less with one who is afraid of being a bother than with an angry one.

use super::{Detail, Scorer, Unit};
use crate::call::event::Mood;
use crate::rules::RuleId;

/// Run after every other unit: with an anxious caller, coldness costs again.
pub(super) const LAST: &[Unit] = &[Unit {
    rules: &[RuleId::DAnxiousCaller],
    run: anxious_caller,
}];

/// How anxious a caller must be (before the turn) for coldness to weigh double.
const ANXIOUS: i64 = 40;

/// The penalties that hurt an anxious caller more: being rushed, blamed, belittled, lectured
/// in jargon or fobbed off with a formula.
const COLD: [RuleId; 10] = [
    RuleId::DBlame,
    RuleId::DLecture,
    RuleId::DRushed,
    RuleId::DDismissive,
    RuleId::DCalmDown,
    RuleId::DProcedureShield,
    RuleId::DRefusedNoReason,
    RuleId::DRepeatedSympathy,
    RuleId::DStockEmpathy,
    RuleId::PJargon,
];

/// Coldness toward an anxious caller costs again, by the rule's share (100 = the same again).
fn anxious_caller(s: &mut Scorer) {
    let share = s.points(RuleId::DAnxiousCaller);
    if share == 0 {
        return;
    }
    let extra: Vec<(u32, i32, i64)> = s
        .notes
        .iter()
        .filter(|n| COLD.contains(&n.rule) && n.points < 0)
        .filter_map(|n| {
            let anxiety = mood_at(s, n.turn).get("anxiety").copied().unwrap_or(0);
            (anxiety >= ANXIOUS).then_some((n.turn, n.points * share / 100, anxiety))
        })
        .collect();
    for (turn, points, anxiety) in extra {
        let detail = Detail::Mood {
            mood: "anxiety".into(),
            value: anxiety,
        };
        s.note(RuleId::DAnxiousCaller, turn, points, detail);
    }
}

/// The caller's mood before turn `n`.
fn mood_at<'a>(s: &'a Scorer, n: u32) -> &'a Mood {
    s.call
        .moods
        .iter()
        .rev()
        .find(|(after, _)| *after < n)
        .map(|(_, m)| m)
        .unwrap_or(&s.call.start_mood)
}

/// Whether the caller was more anxious than angry as the trainee spoke turn `n`.
pub(super) fn more_anxious_than_angry(s: &Scorer, n: u32) -> bool {
    crate::call::event::more_anxious_than_angry(mood_at(s, n))
}
