//! Which notes the debrief names: three strengths and every penalty (one line a rule, by what
//! it cost), each quoting the trainee's turn; moves never made fill the improvements when
//! little went wrong.

use super::Note;
use crate::call::CallState;
use crate::rules::RuleId;
use std::cmp::Reverse;
use std::collections::BTreeSet;

/// Rewarded moves a debrief names when they never happened and little else went wrong.
const MISSED_OPPORTUNITIES: [RuleId; 3] =
    [RuleId::DEmpathy, RuleId::DParaphrase, RuleId::DNameUsed];

/// One line of feedback: a note (by its index in the assessment's notes), or a rewarded move
/// that never happened.
#[derive(Clone, Debug, PartialEq)]
pub enum Pick {
    Note(usize),
    Missed(RuleId),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Feedback {
    pub strengths: Vec<Pick>,
    pub improvements: Vec<Pick>,
}

pub(super) fn pick(notes: &[Note], call: &CallState) -> Feedback {
    let quoted = |n: u32| call.typed.contains_key(&n);
    let mut good: Vec<usize> = (0..notes.len())
        .filter(|&i| {
            notes[i].points > 0 && notes[i].rule.dimension() != crate::rules::Dimension::Resolution
        })
        .collect();
    good.sort_by_key(|&i| (Reverse(notes[i].points), notes[i].turn));
    // Strengths from different dimensions first: three greeting points teach less than one
    // each of verification, de-escalation and professionalism.
    let mut dims_seen = BTreeSet::new();
    let (first, rest): (Vec<usize>, Vec<usize>) = good
        .into_iter()
        .partition(|&i| dims_seen.insert(notes[i].rule.dimension()));
    let good: Vec<usize> = first.into_iter().chain(rest).collect();
    // Every penalty, one line a rule: critical errors first, then by what the rule cost in
    // all, then what the trainee said (a quote teaches more than a mood figure).
    let bad_note = |n: &Note| n.points < 0 || n.rule == RuleId::RWrongOutcome;
    let cost = |rule: RuleId| -> i32 {
        notes
            .iter()
            .filter(|n| n.rule == rule && bad_note(n))
            .map(|n| n.points)
            .sum()
    };
    let mut bad: Vec<usize> = (0..notes.len()).filter(|&i| bad_note(&notes[i])).collect();
    bad.sort_by_key(|&i| {
        let n = &notes[i];
        (!n.rule.critical(), cost(n.rule), !quoted(n.turn), n.turn)
    });
    let first_per_rule = |list: Vec<usize>, most: usize| -> Vec<Pick> {
        let mut seen = BTreeSet::new();
        list.into_iter()
            .filter(|&i| seen.insert(notes[i].rule))
            .take(most)
            .map(Pick::Note)
            .collect()
    };
    let mut improvements = first_per_rule(bad, usize::MAX);
    for missed in MISSED_OPPORTUNITIES {
        if improvements.len() >= 3 {
            break;
        }
        // A call that never acknowledged an upset caller says so already.
        let said =
            missed == RuleId::DEmpathy && notes.iter().any(|n| n.rule == RuleId::DUnacknowledged);
        if said || notes.iter().any(|n| n.rule == missed) {
            continue;
        }
        // Empathy that was there but said nothing of this caller's problem: quote it, rather
        // than tell the trainee they never acknowledged anything.
        let stock = (missed == RuleId::DEmpathy)
            .then(|| notes.iter().position(|n| n.rule == RuleId::DStockEmpathy))
            .flatten();
        match stock {
            Some(i) if !improvements.contains(&Pick::Note(i)) => improvements.push(Pick::Note(i)),
            Some(_) => {}
            None => improvements.push(Pick::Missed(missed)),
        }
    }
    Feedback {
        strengths: first_per_rule(good, 3),
        improvements,
    }
}
