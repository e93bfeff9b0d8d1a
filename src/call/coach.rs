//! The next useful step, for `/hint` when the scenario's own hints have nothing for the moment:
//! read from the call so far, never naming another scenario's facts.

use super::event::NextStep;
use super::state::CallState;
use crate::scenario::Scenario;
use crate::understanding::ActKind;

/// A feeling this strong wants acknowledging before anything else.
const STRONG_FEELING: i64 = 60;

pub(super) fn next_step(scenario: &Scenario, state: &CallState) -> Option<NextStep> {
    let feeling = state.mood.values().copied().max().unwrap_or(0);
    let acknowledged = [ActKind::Empathy, ActKind::Reassurance, ActKind::Apology]
        .iter()
        .any(|k| state.act_counts.get(k.name()).is_some_and(|n| *n > 0));
    if feeling >= STRONG_FEELING && !acknowledged {
        return Some(NextStep::Acknowledge);
    }
    let required = state.required_facts();
    let not_asked: Vec<String> = required
        .iter()
        .filter(|f| !state.asked(f))
        .cloned()
        .collect();
    if !not_asked.is_empty() {
        return Some(NextStep::AskFacts { facts: not_asked });
    }
    if !required.is_empty() && state.lookups.is_empty() {
        return Some(NextStep::LookUp);
    }
    let unverified: Vec<String> = required
        .iter()
        .filter(|f| !state.given(f).is_some_and(|g| g.correct))
        .cloned()
        .collect();
    if !unverified.is_empty() {
        return Some(NextStep::SafeRoute { facts: unverified });
    }
    let open = scenario
        .actions
        .iter()
        .find(|(id, a)| a.resolves && !state.actions.iter().any(|t| &t.action == *id));
    match open {
        Some((id, _)) if !state.resolved => Some(NextStep::Act { action: id.clone() }),
        _ => Some(NextStep::Close),
    }
}
