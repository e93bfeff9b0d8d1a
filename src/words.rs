//! Words for typed things: what the engine and the scorer record as ids and values, said in a
//! language. The log and the assessment hold no interface text; this is where it is added.

use crate::call::{CallState, Event, Fill, Missing, NextStep, Said, Shown, fill};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::scoring::{Detail, Note};
use crate::ui::{fmt, has, t};

/// A fact's name in a language: the scenario's label, else the built-in one.
pub fn fact_label(scenario: &Scenario, lang: Lang, fact: &str) -> String {
    if let Some(whole) = fact.strip_suffix(crate::call::LEADING) {
        return fmt(
            lang,
            "word.offered_for_yes",
            &[("fact", &fact_label(scenario, lang, whole))],
        );
    }
    if let Some(whole) = fact.strip_suffix(crate::call::PART) {
        return fmt(
            lang,
            "word.part_of",
            &[("fact", &fact_label(scenario, lang, whole))],
        );
    }
    if let Some(label) = scenario.facts.get(fact).and_then(|f| f.label.as_ref()) {
        return label.get(lang).to_string();
    }
    let key = format!("fact.{fact}");
    if has(lang, &key) {
        t(lang, &key).to_string()
    } else {
        fact.replace('_', " ")
    }
}

pub fn outcome_name(lang: Lang, outcome: Outcome) -> String {
    t(lang, &format!("outcome.{}", outcome.name())).to_string()
}

fn missing_list(scenario: &Scenario, lang: Lang, missing: &[Missing]) -> String {
    missing
        .iter()
        .map(|m| match m {
            Missing::Fact(f) => fact_label(scenario, lang, f),
            Missing::Records => t(lang, "word.records").to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A scoring note's message.
pub fn note_message(scenario: &Scenario, lang: Lang, note: &Note) -> String {
    // What came later has a message of its own ("said no before the reason: it came in turn
    // 9").
    let key = match note.detail {
        Detail::Later(_) => format!("rule.{}.later", note.rule),
        Detail::Caught(_) => format!("rule.{}.caught", note.rule),
        _ => format!("rule.{}", note.rule),
    };
    let facts = |list: &[String]| {
        list.iter()
            .map(|f| fact_label(scenario, lang, f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let args: Vec<(&str, String)> = match &note.detail {
        Detail::None => Vec::new(),
        Detail::Facts(list) => vec![("fact", facts(list))],
        Detail::Action { action, missing } => vec![
            ("action", scenario.action_name(action, lang).to_string()),
            ("missing", missing_list(scenario, lang, missing)),
        ],
        Detail::Choice(actions) => vec![(
            "action",
            actions
                .iter()
                .map(|a| scenario.action_name(a, lang))
                .collect::<Vec<_>>()
                .join(t(lang, "list.or_command")),
        )],
        Detail::Act(act) => vec![("act", t(lang, &format!("act.{}", act.name())).to_string())],
        Detail::Count(n) => vec![("count", n.to_string())],
        Detail::Later(turn) => vec![("turn", turn.to_string())],
        Detail::Caught(words) => vec![("words", words.clone())],
        Detail::Mood { mood, value } => vec![
            ("mood", t(lang, &format!("mood.{mood}")).to_string()),
            ("value", value.to_string()),
        ],
        Detail::Outcome(o) => vec![("outcome", outcome_name(lang, *o))],
        Detail::Words(words) => vec![("words", words.join(", "))],
        Detail::Referral { referral, missing } => vec![
            ("desk", referral_desk(scenario, lang, referral)),
            (
                "missing",
                missing
                    .iter()
                    .map(|d| referral_detail(scenario, lang, referral, d))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ],
        Detail::Slip(id) => vec![(
            "slip",
            scenario
                .judgement
                .slips
                .get(id)
                .map(|slip| slip.label.get(lang).to_string())
                .unwrap_or_else(|| t(lang, "rulename.P-KNOWN-SLIP").to_string()),
        )],
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    fmt(lang, &key, &args)
}

/// A referral's desk by the first word that names it in a language (its id without one).
fn referral_desk(scenario: &Scenario, lang: Lang, referral: &str) -> String {
    scenario
        .judgement
        .referrals
        .get(referral)
        .and_then(|r| r.name.get(&lang))
        .cloned()
        .unwrap_or_else(|| referral.replace(['_', '-'], " "))
}

/// A referral's detail by name: the scenario's label, else the built-in one.
fn referral_detail(scenario: &Scenario, lang: Lang, referral: &str, detail: &str) -> String {
    let own = scenario
        .judgement
        .referrals
        .get(referral)
        .and_then(|r| r.details.get(detail))
        .and_then(|d| d.label.as_ref());
    if let Some(label) = own {
        return label.get(lang).to_string();
    }
    let key = format!("referral.{detail}");
    if has(lang, &key) {
        t(lang, &key).to_string()
    } else {
        detail.replace('_', " ")
    }
}

/// A better phrasing for one note: a named slip's own, else the rule's (`better`).
pub fn note_better(scenario: &Scenario, lang: Lang, note: &Note) -> Option<String> {
    if let Detail::Slip(id) = &note.detail
        && let Some(better) = scenario
            .judgement
            .slips
            .get(id)
            .and_then(|slip| slip.better.as_ref())
    {
        return Some(better.get(lang).to_string());
    }
    better(scenario, lang, note.rule)
}

/// The better phrasing a debrief suggests for a rule: the scenario's own, else the built-in
/// one, if there is one.
pub fn better(scenario: &Scenario, lang: Lang, rule: crate::rules::RuleId) -> Option<String> {
    if let Some(text) = scenario.judgement.better.get(&rule) {
        return Some(text.get(lang).to_string());
    }
    let key = format!("better.{rule}");
    has(lang, &key).then(|| t(lang, &key).to_string())
}

/// The records as `/lookup` shows them.
fn records_text(scenario: &Scenario, state: &CallState, ids: &[String]) -> String {
    scenario
        .records
        .iter()
        .filter(|r| ids.contains(&r.id))
        .map(|r| {
            fill(
                &r.text(state.lang, &state.values),
                &filling(scenario, state),
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn filling<'a>(scenario: &'a Scenario, state: &'a CallState) -> Fill<'a> {
    Fill {
        value: None,
        fact: None,
        caller: &scenario.caller.name,
        trainee: &state.trainee,
        address: state.address.key().map_or("", |k| t(state.lang, k)),
        caller_values: &state.caller_values,
    }
}

/// What the desk's systems showed, in the call's language.
pub fn shown(scenario: &Scenario, state: &CallState, shown: &Shown) -> String {
    let lang = state.lang;
    match shown {
        Shown::Records { records, query } if !records.is_empty() => {
            let mut text = records_text(scenario, state, records);
            // Plain `/lookup` shows the case; say what else the desk's records hold.
            let others: Vec<&str> = scenario
                .records
                .iter()
                .filter(|r| !r.case)
                .map(|r| r.title.get(lang))
                .collect();
            if query.is_empty() && !others.is_empty() {
                text.push_str(&format!("\n\n{}", t(lang, "lookup.more")));
                for title in others {
                    text.push_str(&format!("\n  • {title}"));
                }
            }
            text
        }
        Shown::Records { query, .. } => fmt(lang, "lookup.none", &[("query", query)]),
        Shown::HoldOn => t(lang, "hold.on").to_string(),
        Shown::HoldOff => t(lang, "hold.off").to_string(),
        Shown::Transferred { to } => fmt(lang, "transfer.done", &[("who", to)]),
        Shown::ActionDone { action } => {
            let done = scenario
                .actions
                .get(action)
                .map(|a| a.done.get(lang))
                .unwrap_or("");
            fill(done, &filling(scenario, state))
        }
    }
}

/// What the caller said in a turn, in the call's language.
pub fn caller_said(scenario: &Scenario, state: &CallState, said: &[Said]) -> String {
    let lang = state.lang;
    said.iter()
        .map(|s| {
            let template = scenario
                .caller
                .lines
                .get(&s.line)
                .and_then(|l| l.get(lang).get(s.variant))
                .map(String::as_str)
                .unwrap_or("");
            let label = s.fact.as_deref().map(|f| fact_label(scenario, lang, f));
            let mut values = state.caller_values.clone();
            values.extend(s.gives.clone());
            fill(
                template,
                &Fill {
                    value: s.value.as_deref(),
                    fact: label.as_deref(),
                    caller_values: &values,
                    ..filling(scenario, state)
                },
            )
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A hint the trainee asked for: the scenario's own, else the next useful step.
pub fn hint(
    scenario: &Scenario,
    lang: Lang,
    hint: Option<usize>,
    step: Option<&NextStep>,
) -> String {
    if let Some(h) = hint.and_then(|i| scenario.hints.get(i)) {
        return h.text.get(lang).to_string();
    }
    let facts = |list: &[String]| {
        list.iter()
            .map(|f| fact_label(scenario, lang, f))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match step {
        Some(NextStep::Acknowledge) => t(lang, "hint.acknowledge").to_string(),
        Some(NextStep::AskFacts { facts: f }) => {
            fmt(lang, "hint.ask_facts", &[("facts", &facts(f))])
        }
        Some(NextStep::LookUp) => t(lang, "hint.look_up").to_string(),
        Some(NextStep::SafeRoute { facts: f }) => {
            fmt(lang, "hint.safe_route", &[("facts", &facts(f))])
        }
        Some(NextStep::Act { action }) => fmt(
            lang,
            "hint.act",
            &[("action", scenario.action_name(action, lang))],
        ),
        Some(NextStep::Close) => t(lang, "hint.close").to_string(),
        None => t(lang, "hint.none").to_string(),
    }
}

/// The text of a turn event, as a transcript shows it (empty for events that are not turns).
pub fn turn_text(scenario: &Scenario, state: &CallState, event: &Event) -> String {
    match event {
        Event::Speech(s) => s.text.clone(),
        Event::Command { text, .. } => text.clone(),
        Event::Caller { said, .. } => caller_said(scenario, state, said),
        Event::System { shown: s, .. } => shown(scenario, state, s),
        _ => String::new(),
    }
}
