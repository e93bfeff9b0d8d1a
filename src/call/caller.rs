//! The caller model: how the caller's mood moves, which reaction they choose, how they answer
//! when asked for a fact, and how their lines are filled in. "How does the caller react?" has
//! its one answer here; the engine (`call`) only sequences it and records events.

use super::event::{Change, Mood};
use super::state::CallState;
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::scenario::condition::{Facts, Pred, Subject};
use crate::scenario::model::{Reaction, Trigger};
use crate::understanding::{Act, ActKind};
use std::collections::{BTreeMap, BTreeSet};

/// What one trainee turn carries, for the caller to react to.
#[derive(Default)]
pub(super) struct TurnInput<'a> {
    pub acts: &'a [Act],
    /// Acts heard only from loosely alike labelled lines: a guess.
    pub tentative: &'a [ActKind],
    /// For a command: its name.
    pub command: Option<&'a str>,
    /// The whole turn repeats an earlier one.
    pub repeated: bool,
    /// Acts said again in the same words as before.
    pub repeats: BTreeSet<ActKind>,
    /// The turn asks again for a fact the caller already gave.
    pub asked_again: bool,
    /// The scenario's topics this turn's speech names.
    pub topics: Vec<&'a str>,
}

/// The meaning of conditions: the call so far, the mood as it stands and the turn at hand.
struct View<'a> {
    state: &'a CallState,
    mood: &'a Mood,
    turn: &'a TurnInput<'a>,
    /// Whether `act(…)` sees only the acts heard for sure, not the turn's tentative ones.
    sure_only: bool,
}

impl Facts for View<'_> {
    fn number(&self, subject: &Subject) -> i64 {
        match subject {
            Subject::Mood(m) => self.mood.get(m).copied().unwrap_or(0),
            Subject::Turn => self.state.trainee_turns,
            Subject::Count(label) => self.state.act_counts.get(label).copied().unwrap_or(0),
        }
    }

    fn holds(&self, pred: &Pred) -> bool {
        let s = self.state;
        match pred {
            Pred::Act(label) => self.turn.acts.iter().any(|a| {
                (a.label() == *label || a.act.name() == label)
                    && !(self.sure_only && self.turn.tentative.contains(&a.act))
            }),
            Pred::Said(label) => s.act_counts.get(label).is_some_and(|n| *n > 0),
            Pred::Command(name) => self.turn.command == Some(name.as_str()),
            Pred::Used(name) => s.used.contains(name),
            Pred::Asked(f) => s.asked(f),
            Pred::Given(f) => s.given(f).is_some(),
            Pred::Leaked(f) => s.leaks.iter().any(|(_, x)| x == f),
            Pred::Verified(a) => s.missing_for(a).is_empty(),
            Pred::Flag(f) => s.flags.iter().any(|(_, x)| x == f),
            Pred::Mentioned(t) => self.turn.topics.contains(&t.as_str()),
            Pred::Referred { id, detail } => s.referrals.get(id).is_some_and(|x| match detail {
                Some(d) => x.details.get(d) == Some(&s.n),
                None => x.named == Some(s.n) || x.details.values().any(|t| *t == s.n),
            }),
            Pred::Repeated(None) => self.turn.repeated,
            Pred::Repeated(Some(a)) => {
                ActKind::from_name(a).is_some_and(|k| self.turn.repeats.contains(&k))
            }
            Pred::AskedAgain => self.turn.asked_again,
            Pred::OnHold => s.on_hold,
        }
    }
}

/// The scenario's topics the text names (any of a topic's words, not right after a negation),
/// and the built-in `crate::phrases::HURRY` when it hurries the caller ("let's be quick", "kort graag").
pub(super) fn topics_named<'s>(scenario: &'s Scenario, lang: Lang, text: &str) -> Vec<&'s str> {
    let j = &scenario.judgement;
    let hurried = crate::phrases::hurries(text, lang);
    j.topics
        .keys()
        .filter(|id| j.mentions(id, lang, text))
        .map(String::as_str)
        .chain(hurried.then_some(crate::phrases::HURRY))
        .collect()
}

/// Whether a condition holds of the call as it stands, between turns (for hints).
pub(super) fn holds(state: &CallState, cond: &crate::scenario::condition::Cond) -> bool {
    cond.eval(&View {
        state,
        mood: &state.mood,
        turn: &TurnInput::default(),
        sure_only: false,
    })
}

/// Adds mood deltas (each mood kept within 0–100) and records the changes that happened.
pub(super) fn change_mood(
    mood: &mut Mood,
    cause: &str,
    deltas: &BTreeMap<String, i32>,
    changes: &mut Vec<Change>,
) {
    for (dim, delta) in deltas {
        let Some(value) = mood.get_mut(dim) else {
            continue;
        };
        let before = *value;
        *value = (*value + i64::from(*delta)).clamp(0, 100);
        if *value != before {
            changes.push(Change {
                cause: cause.to_string(),
                mood: dim.clone(),
                delta: *value - before,
            });
        }
    }
}

/// The caller's fixed sensitivities, then the conditional mood rules, in the file's order.
/// Returns the flags the rules that held set (not yet set in the call).
pub(super) fn feel(
    scenario: &Scenario,
    state: &CallState,
    mood: &mut Mood,
    turn: &TurnInput,
    changes: &mut Vec<Change>,
) -> Vec<String> {
    let mut flags: Vec<String> = Vec::new();
    let kinds: BTreeSet<ActKind> = turn.acts.iter().map(|a| a.act).collect();
    for s in &scenario.caller.sensitivity {
        let fires = match &s.trigger {
            Trigger::Act(kind) => kinds.contains(kind),
            Trigger::Command(cmd) => turn.command == Some(cmd.as_str()),
            Trigger::Repeat(kind) => turn.repeats.contains(kind),
            Trigger::AskedAgain => turn.asked_again,
            Trigger::EachTurn => true,
        };
        if fires {
            change_mood(mood, &s.key, &s.change, changes);
        }
    }
    for (i, rule) in scenario.caller.mood_rules.iter().enumerate() {
        let holds = rule.when.eval(&View {
            state,
            mood,
            turn,
            sure_only: false,
        });
        if holds {
            change_mood(mood, &format!("mood_rules[{i}]"), &rule.change, changes);
            for f in &rule.set {
                if !state.flags.iter().any(|(_, x)| x == f) && !flags.contains(f) {
                    flags.push(f.clone());
                }
            }
        }
    }
    flags
}

/// The first reaction whose condition holds (a `once` reaction only if it has not fired). The
/// caller does not end the call on a guess: a reaction that ends it must hold with and without
/// the turn's tentative acts ("…not for the director, however urgent." is no goodbye, and a
/// refusal only guessed is no refusal either).
pub(super) fn choose<'s>(
    scenario: &'s Scenario,
    state: &CallState,
    mood: &Mood,
    turn: &TurnInput,
) -> Option<&'s Reaction> {
    let view = |sure_only| View {
        state,
        mood,
        turn,
        sure_only,
    };
    scenario.caller.reactions.iter().find(|r| {
        !(r.once && state.fired.contains(&r.id))
            && r.when.eval(&view(false))
            && (r.end.is_none() || turn.tentative.is_empty() || r.when.eval(&view(true)))
    })
}

/// How the caller answers a question for a fact: the line to say, and whether they give a
/// value with it (the true one, or — pressed often enough on a fact they do not know — a lie).
pub(super) fn answer(
    scenario: &Scenario,
    state: &CallState,
    fact: &str,
    again: bool,
) -> Option<(String, bool)> {
    let knows = scenario.caller.knows.get(fact);
    let lines = &scenario.caller.lines;
    let asked = state
        .act_counts
        .get(&format!("ask_identity:{fact}"))
        .copied()
        .unwrap_or(0);
    let lies_now = knows.is_some_and(|k| {
        !k.knows()
            && !k.lie.is_empty()
            && k.lie_after.is_some_and(|after| asked >= i64::from(after))
    });
    if learned(state, fact) {
        // She heard it from the trainee, and gives it back as if she had known it.
        let line = knows
            .and_then(|k| k.answer.clone())
            .unwrap_or_else(|| "give_fact".into());
        return lines.contains_key(&line).then_some((line, true));
    }
    let line = match knows {
        Some(k) if lies_now => k.answer.clone().unwrap_or_else(|| "give_fact".into()),
        Some(k) if !k.knows() => k.deflect.clone()?,
        Some(_) if again && lines.contains_key("as_i_said") => "as_i_said".into(),
        Some(k) => k.answer.clone().unwrap_or_else(|| "give_fact".into()),
        None if lines.contains_key("deflect") => "deflect".into(),
        None => return None,
    };
    let giving = lies_now || knows.is_some_and(|k| k.knows());
    Some((line, giving))
}

/// Whether the caller now knows a fact they did not: the trainee read it out to them.
pub(super) fn learned(state: &CallState, fact: &str) -> bool {
    state.leaks.iter().any(|(_, f)| f == fact)
}

/// What fills a line's placeholders.
pub struct Fill<'a> {
    /// `{value}`: the value the caller gives in an answer.
    pub value: Option<&'a str>,
    /// `{fact}`: the name of the fact asked, in the call's language.
    pub fact: Option<&'a str>,
    pub caller: &'a str,
    pub trainee: &'a str,
    /// `{address}`: how the caller addresses the trainee, in the call's language ("" for none).
    pub address: &'a str,
    /// `{fact:ID}`: what the caller says a fact is.
    pub caller_values: &'a BTreeMap<String, String>,
}

/// Fills `{value}`, `{fact}`, `{caller}`, `{trainee}`, `{address}` and `{fact:ID}`; an unknown
/// placeholder is left as written.
pub fn fill(text: &str, with: &Fill) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let key = &after[..close];
        if key == "address" {
            rest = address(&mut out, &after[close + 1..], with.address);
            continue;
        }
        let replacement = match key {
            "value" => with.value,
            "fact" => with.fact,
            "caller" => Some(with.caller),
            "trainee" => Some(with.trainee),
            _ => key
                .strip_prefix("fact:")
                .and_then(|f| with.caller_values.get(f))
                .map(String::as_str),
        };
        match replacement {
            Some(r) => out.push_str(r),
            None => out.push_str(&rest[open..open + close + 2]),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Writes the form of address where `{address}` stood (`out` is the text before it) and returns
/// the text after it. At the start of a sentence it is capitalised ("Sir, …"); without one, it
/// goes with the comma or space that set it off: "Thank you, {address}." → "Thank you.",
/// "{address}, listen" → "Listen", "Well, {address}, no" → "Well, no".
fn address<'t>(out: &mut String, rest: &'t str, address: &str) -> &'t str {
    let before = out.trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '—']);
    if !address.is_empty() {
        if sentence_start {
            out.push_str(&capitalised(address));
        } else {
            out.push_str(address);
        }
        return rest;
    }
    if sentence_start {
        // The sentence now starts with the next word.
        let after = rest.trim_start_matches([',', ' ']);
        return match after.chars().next() {
            Some(first) if first != '{' => {
                out.extend(first.to_uppercase());
                &after[first.len_utf8()..]
            }
            _ => after,
        };
    }
    let cut = out.trim_end_matches(' ').len();
    out.truncate(cut);
    if rest.starts_with([',', '.', '!', '?', ';', ':']) {
        let cut = out.trim_end_matches(',').len();
        out.truncate(cut);
    }
    rest
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The facts a line gives through `{fact:ID}` placeholders that the caller has a value for.
pub(super) fn facts_in(text: &str, caller_values: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find("{fact:") {
        let after = &rest[open + 6..];
        let Some(close) = after.find('}') else { break };
        let fact = &after[..close];
        if caller_values.contains_key(fact) {
            out.push(fact.to_string());
        }
        rest = &after[close + 1..];
    }
    out
}
