//! Scoring: a pure function of a call's event log.
//!
//! Every point comes from a named rule in [`RULES`] and lands as a [`Note`] on a turn, so a
//! trainer can agree or disagree with each. `docs/scoring.md` documents the rules; a test
//! checks that every rule here is documented there.

use crate::call::{Event, Speaker, Turn};
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::ui;
use crate::understanding::{ActKind, fold};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Verification,
    Deescalation,
    Resolution,
    Professionalism,
}

/// A scoring rule: its id, dimension and default points.
#[derive(Debug)]
pub struct RuleDef {
    pub id: &'static str,
    pub dimension: Dimension,
    pub points: i32,
    pub critical: bool,
}

const fn rule_def(id: &'static str, dimension: Dimension, points: i32, critical: bool) -> RuleDef {
    RuleDef {
        id,
        dimension,
        points,
        critical,
    }
}

use Dimension::*;

pub const RULES: &[RuleDef] = &[
    rule_def("V-UNVERIFIED-ACTION", Verification, -60, true),
    rule_def("V-PASSWORD-ASKED", Verification, -40, true),
    rule_def("V-RECORD-LEAK", Verification, -40, true),
    rule_def("V-ASKED-REQUIRED", Verification, 30, false),
    rule_def("V-NOT-ASKED", Verification, -20, false),
    rule_def("V-CHECKED-RECORDS", Verification, 15, false),
    rule_def("V-STATED-RULE", Verification, 15, false),
    rule_def("V-SAFE-ROUTE", Verification, 10, false),
    rule_def("V-VERIFIED-ACTION", Verification, 10, false),
    rule_def("D-INSULT", Deescalation, -40, true),
    rule_def("D-EMPATHY", Deescalation, 10, false),
    rule_def("D-APOLOGY", Deescalation, 5, false),
    rule_def("D-REASSURANCE", Deescalation, 5, false),
    rule_def("D-PARAPHRASE", Deescalation, 8, false),
    rule_def("D-OFFERED-ALTERNATIVE", Deescalation, 8, false),
    rule_def("D-EXPLAINED-NO", Deescalation, 10, false),
    rule_def("D-REFUSED-NO-REASON", Deescalation, -10, false),
    rule_def("D-BLAME", Deescalation, -12, false),
    rule_def("D-DISMISSIVE", Deescalation, -10, false),
    rule_def("D-CALM-DOWN", Deescalation, -10, false),
    rule_def("D-PROCEDURE-SHIELD", Deescalation, -8, false),
    rule_def("D-REPEATED-SYMPATHY", Deescalation, -8, false),
    rule_def("D-SUPERVISOR-REFUSED", Deescalation, -12, false),
    rule_def("D-EXPECTED-MISSING", Deescalation, -10, false),
    rule_def("D-NAME-USED", Deescalation, 3, false),
    rule_def("D-NAME-OVERUSED", Deescalation, -6, false),
    rule_def("D-MOOD-PEAK", Deescalation, -10, false),
    rule_def("D-MOOD-CALMED", Deescalation, 10, false),
    rule_def("D-MOOD-WORSE", Deescalation, -10, false),
    rule_def("R-RIGHT-OUTCOME", Resolution, 100, false),
    rule_def("R-WRONG-OUTCOME", Resolution, 0, false),
    rule_def("R-OTHER-OUTCOME", Resolution, 40, false),
    rule_def("R-RECOMMENDED-DONE", Resolution, 20, false),
    rule_def("R-RECOMMENDED-MISSED", Resolution, -10, false),
    rule_def("P-GREETING", Professionalism, 20, false),
    rule_def("P-NO-GREETING", Professionalism, -10, false),
    rule_def("P-SELF-INTRO", Professionalism, 15, false),
    rule_def("P-CLOSING", Professionalism, 15, false),
    rule_def("P-NO-CLOSING", Professionalism, -5, false),
    rule_def("P-HOLD-ANNOUNCED", Professionalism, 5, false),
    rule_def("P-HOLD-UNANNOUNCED", Professionalism, -10, false),
    rule_def("P-HOLD-THANKS", Professionalism, 5, false),
    rule_def("P-JARGON", Professionalism, -8, false),
];

pub fn rule(id: &str) -> Option<&'static RuleDef> {
    RULES.iter().find(|r| r.id == id)
}

/// Where each dimension starts before its rules add or take points.
const BASE_VERIFICATION: i32 = 30;
const BASE_VERIFICATION_NOTHING_SENSITIVE: i32 = 100;
const BASE_DEESCALATION: i32 = 50;
const BASE_PROFESSIONALISM: i32 = 50;
/// A wrong outcome caps the total: a polite call that hands over the account still fails.
pub const WRONG_OUTCOME_CAP: u32 = 40;

/// One rule applied to one turn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub rule: String,
    #[serde(skip)]
    pub turn: u32,
    pub points: i32,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    pub total: u32,
    pub verification: u32,
    pub deescalation: u32,
    pub resolution: u32,
    pub professionalism: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Critical {
    pub rule: String,
    pub turn: u32,
    pub message: String,
}

/// A line of feedback: what happened at a turn, in the trainee's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FeedbackItem {
    pub turn: u32,
    pub quote: String,
    pub rule: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub better: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    pub strengths: Vec<FeedbackItem>,
    pub improvements: Vec<FeedbackItem>,
}

/// The scored call.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub outcome: String,
    /// Whether the outcome is one of the scenario's right (true) or wrong (false) ones.
    pub outcome_right: Option<bool>,
    pub score: Scores,
    pub passed: bool,
    pub critical: Vec<Critical>,
    pub notes: Vec<Note>,
    pub feedback: Feedback,
}

struct Scorer<'a> {
    scenario: &'a Scenario,
    lang: Lang,
    notes: Vec<Note>,
}

impl Scorer<'_> {
    fn points(&self, id: &str) -> i32 {
        self.scenario
            .rule_points
            .get(id)
            .copied()
            .unwrap_or_else(|| rule(id).map(|r| r.points).unwrap_or(0))
    }

    fn note(&mut self, id: &str, turn: u32, points: i32, args: &[(&str, &str)]) {
        let message = ui::fmt(self.lang, &format!("rule.{id}"), args);
        self.notes.push(Note {
            rule: id.to_string(),
            turn,
            points,
            message,
        });
    }

    /// Applies a rule at its (scenario-weighted) points; a rule weighted to 0 is off.
    fn apply(&mut self, id: &str, turn: u32, args: &[(&str, &str)]) {
        let p = self.points(id);
        if p != 0 || rule(id).is_some_and(|r| r.points == 0) {
            self.note(id, turn, p, args);
        }
    }

    fn sum(&self, dim: Dimension) -> i32 {
        self.notes
            .iter()
            .filter(|n| rule(&n.rule).is_some_and(|r| r.dimension == dim))
            .map(|n| n.points)
            .sum()
    }
}

/// What the scorer reads from the log, in one pass.
struct Call<'a> {
    speech: Vec<&'a Turn>,
    turns: Vec<&'a Turn>,
    values: BTreeMap<String, String>,
    start_mood: BTreeMap<String, i64>,
    moods: Vec<(u32, BTreeMap<String, i64>)>,
    given: Vec<(u32, String, bool)>,
    asked: Vec<(u32, String)>,
    lookups: Vec<u32>,
    actions: Vec<(u32, String, bool, bool, Vec<String>)>,
    holds: Vec<(u32, bool)>,
    flags: Vec<(u32, String)>,
    outcome: String,
}

fn read(events: &[Event]) -> Call<'_> {
    let mut c = Call {
        speech: Vec::new(),
        turns: Vec::new(),
        values: BTreeMap::new(),
        start_mood: BTreeMap::new(),
        moods: Vec::new(),
        given: Vec::new(),
        asked: Vec::new(),
        lookups: Vec::new(),
        actions: Vec::new(),
        holds: Vec::new(),
        flags: Vec::new(),
        outcome: "abandoned".into(),
    };
    for e in events {
        match e {
            Event::Started { values, mood, .. } => {
                c.values = values.clone();
                c.start_mood = mood.clone();
            }
            Event::Turn(t) => {
                c.turns.push(t);
                if t.speaker == Speaker::Trainee && t.command.is_none() && t.heard {
                    c.speech.push(t);
                }
            }
            Event::Mood { after, mood, .. } => c.moods.push((*after, mood.clone())),
            Event::FactGiven {
                n, fact, correct, ..
            } => c.given.push((*n, fact.clone(), *correct)),
            Event::FactAsked { n, fact, .. } => c.asked.push((*n, fact.clone())),
            Event::Lookup { n, .. } => c.lookups.push(*n),
            Event::Action {
                n,
                action,
                sensitive,
                verified,
                missing,
            } => c
                .actions
                .push((*n, action.clone(), *sensitive, *verified, missing.clone())),
            Event::Hold { n, on } => c.holds.push((*n, *on)),
            Event::Flag { n, flag } => c.flags.push((*n, flag.clone())),
            Event::Ended { outcome, .. } => c.outcome = outcome.clone(),
            Event::Hint { .. } | Event::Note { .. } => {}
        }
    }
    c
}

fn has(t: &Turn, act: ActKind) -> bool {
    t.acts.iter().any(|a| a.act == act)
}

/// A text as lower-case words without accents or punctuation, joined by single spaces: how
/// jargon lists are stored, so "re-authenticate" in a list matches "re-authenticate" said.
pub fn plain_words(text: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plain words of a text, for name spotting.
fn words(text: &str) -> BTreeSet<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Scores a call from its log.
pub fn assess(scenario: &Scenario, lang: Lang, events: &[Event]) -> Assessment {
    let call = read(events);
    let mut s = Scorer {
        scenario,
        lang,
        notes: Vec::new(),
    };
    let last_turn = call.turns.last().map(|t| t.n).unwrap_or(0);

    // ---- Verification.
    let mut required: Vec<String> = Vec::new();
    for a in scenario.actions.values().filter(|a| a.sensitive) {
        for f in &a.requires {
            if !required.contains(f) {
                required.push(f.clone());
            }
        }
    }
    let verified_before = |n: u32| {
        !required.is_empty()
            && required.iter().all(|f| {
                call.given
                    .iter()
                    .any(|(gn, gf, ok)| *gn <= n && gf == f && *ok)
            })
    };
    for t in &call.speech {
        for a in &t.acts {
            if a.act == ActKind::AskIdentity && a.fact.as_deref() == Some("password") {
                s.apply("V-PASSWORD-ASKED", t.n, &[]);
            }
        }
        // Reading a private record value to a caller who has not given it nor been verified.
        let said = fold(&t.text).replace(|c: char| !c.is_alphanumeric(), "");
        for (fact, value) in &call.values {
            let public = scenario.facts.get(fact).is_some_and(|f| f.public);
            let v = fold(value).replace(|c: char| !c.is_alphanumeric(), "");
            let caller_gave = call
                .given
                .iter()
                .any(|(gn, gf, ok)| *gn < t.n && gf == fact && *ok);
            if !public && v.len() >= 4 && said.contains(&v) && !caller_gave && !verified_before(t.n)
            {
                let label = crate::call::fact_label(scenario, lang, fact);
                s.apply("V-RECORD-LEAK", t.n, &[("fact", &label)]);
            }
        }
    }
    if !required.is_empty() {
        let share = s.points("V-ASKED-REQUIRED") / required.len() as i32;
        let mut not_asked = Vec::new();
        for f in &required {
            let label = crate::call::fact_label(scenario, lang, f);
            match call.asked.iter().find(|(_, af)| af == f) {
                Some((n, _)) => {
                    let message = ui::fmt(lang, "rule.V-ASKED-REQUIRED", &[("fact", &label)]);
                    s.notes.push(Note {
                        rule: "V-ASKED-REQUIRED".into(),
                        turn: *n,
                        points: share,
                        message,
                    });
                }
                None => not_asked.push(label),
            }
        }
        if !not_asked.is_empty() {
            let turn = call
                .actions
                .iter()
                .find(|a| a.2)
                .map(|a| a.0)
                .unwrap_or(last_turn);
            s.apply("V-NOT-ASKED", turn, &[("fact", &not_asked.join(", "))]);
        }
        if let Some(n) = call.lookups.first() {
            s.apply("V-CHECKED-RECORDS", *n, &[]);
        }
        let first_refusal = call.speech.iter().position(|t| has(t, ActKind::Refusal));
        let early = first_refusal.unwrap_or(5).max(5);
        if let Some(t) = call
            .speech
            .iter()
            .take(early + 1)
            .find(|t| has(t, ActKind::ExplainReason))
        {
            s.apply("V-STATED-RULE", t.n, &[]);
        }
        if let Some(t) = call
            .speech
            .iter()
            .find(|t| has(t, ActKind::OfferAlternative) && !verified_before(t.n))
        {
            s.apply("V-SAFE-ROUTE", t.n, &[]);
        }
    }
    for (n, action, sensitive, verified, missing) in &call.actions {
        if !*sensitive {
            continue;
        }
        if *verified {
            s.apply("V-VERIFIED-ACTION", *n, &[("action", action)]);
        } else {
            let missing: Vec<String> = missing
                .iter()
                .map(|m| {
                    if m == "records" {
                        ui::t(lang, "word.records").to_string()
                    } else {
                        crate::call::fact_label(scenario, lang, m)
                    }
                })
                .collect();
            s.apply(
                "V-UNVERIFIED-ACTION",
                *n,
                &[("action", action), ("missing", &missing.join(", "))],
            );
        }
    }

    // ---- De-escalation.
    for (kind, id) in [
        (ActKind::Empathy, "D-EMPATHY"),
        (ActKind::Apology, "D-APOLOGY"),
        (ActKind::Reassurance, "D-REASSURANCE"),
        (ActKind::Paraphrase, "D-PARAPHRASE"),
        (ActKind::OfferAlternative, "D-OFFERED-ALTERNATIVE"),
    ] {
        if let Some(t) = call.speech.iter().find(|t| has(t, kind)) {
            s.apply(id, t.n, &[]);
        }
    }
    let mut reason_given = false;
    let mut explained_no = false;
    let mut refused_bare = false;
    for t in &call.speech {
        reason_given |= has(t, ActKind::ExplainReason);
        if has(t, ActKind::Refusal) {
            if reason_given && !explained_no {
                explained_no = true;
                s.apply("D-EXPLAINED-NO", t.n, &[]);
            } else if !reason_given && !refused_bare {
                refused_bare = true;
                s.apply("D-REFUSED-NO-REASON", t.n, &[]);
            }
        }
    }
    if refused_bare && explained_no {
        // The reason came later: the first bare "no" is forgiven by half.
        if let Some(note) = s.notes.iter_mut().find(|n| n.rule == "D-REFUSED-NO-REASON") {
            note.points /= 2;
        }
    }
    for (kind, id) in [
        (ActKind::Blame, "D-BLAME"),
        (ActKind::Dismissive, "D-DISMISSIVE"),
        (ActKind::CalmDown, "D-CALM-DOWN"),
        (ActKind::ProcedureShield, "D-PROCEDURE-SHIELD"),
        (ActKind::Insult, "D-INSULT"),
    ] {
        for t in call.speech.iter().filter(|t| has(t, kind)) {
            s.apply(id, t.n, &[]);
        }
    }
    // The same sympathy phrase again, judged on the clause that carried it.
    let mut sympathy: Vec<(ActKind, BTreeSet<String>)> = Vec::new();
    for t in &call.speech {
        let mut repeated = false;
        for kind in [ActKind::Empathy, ActKind::Apology] {
            if let Some(phrase) = t.phrasing.get(&kind) {
                let w = crate::call::word_set(phrase);
                repeated |= sympathy
                    .iter()
                    .any(|(k, p)| *k == kind && crate::call::similar(p, &w, 0.6));
                sympathy.push((kind, w));
            }
        }
        if repeated {
            s.apply("D-REPEATED-SYMPATHY", t.n, &[]);
        }
    }
    for act in &scenario.expected_acts {
        if !call.speech.iter().any(|t| has(t, *act)) {
            let name = ui::t(lang, &format!("act.{}", act.name())).to_string();
            s.apply("D-EXPECTED-MISSING", last_turn, &[("act", &name)]);
        }
    }
    if let Some((asked_at, _)) = call.flags.iter().find(|(_, f)| f == "supervisor_demanded") {
        let transferred_at = call
            .turns
            .iter()
            .find(|t| t.command.as_deref() == Some("transfer"))
            .map(|t| t.n);
        for t in call
            .speech
            .iter()
            .filter(|t| t.n > *asked_at && transferred_at.is_none_or(|x| t.n < x))
        {
            let refuses = has(t, ActKind::Refusal) || has(t, ActKind::ProcedureShield);
            if refuses && !has(t, ActKind::ExplainReason) && !has(t, ActKind::TransferNotice) {
                s.apply("D-SUPERVISOR-REFUSED", t.n, &[]);
                break;
            }
        }
    }
    let names: Vec<String> = scenario
        .caller
        .name
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .filter(|w| !matches!(w.as_str(), "van" | "der" | "den" | "de"))
        .collect();
    let name_turns: Vec<u32> = call
        .speech
        .iter()
        .filter(|t| {
            let w = words(&t.text);
            names.iter().any(|n| w.contains(n))
        })
        .map(|t| t.n)
        .collect();
    match name_turns.len() {
        0 => {}
        1..=3 => s.apply("D-NAME-USED", name_turns[0], &[]),
        _ => s.apply(
            "D-NAME-OVERUSED",
            name_turns[3],
            &[("count", &name_turns.len().to_string())],
        ),
    }
    let mut peak: Option<(u32, String, i64)> = None;
    for (after, mood) in &call.moods {
        for (dim, v) in mood {
            if *v >= 90 && peak.as_ref().is_none_or(|(_, _, p)| v > p) {
                peak = Some((*after, dim.clone(), *v));
            }
        }
    }
    if let Some((after, dim, v)) = &peak {
        let label = ui::t(lang, &format!("mood.{dim}")).to_string();
        s.apply(
            "D-MOOD-PEAK",
            *after,
            &[("mood", &label), ("value", &v.to_string())],
        );
    }
    if let Some((after, end_mood)) = call.moods.last() {
        let start: i64 = call.start_mood.values().sum();
        let end: i64 = end_mood.values().sum();
        if end < start && peak.is_none() {
            s.apply("D-MOOD-CALMED", *after, &[]);
        } else if end >= start + 25 {
            s.apply("D-MOOD-WORSE", *after, &[]);
        }
    }

    // ---- Resolution.
    let outcome = call.outcome.clone();
    let outcome_right = if scenario.outcomes.right.contains(&outcome) {
        Some(true)
    } else if scenario.outcomes.wrong.contains(&outcome) || outcome == "abandoned" {
        Some(false)
    } else {
        None
    };
    let outcome_name = ui::t(lang, &format!("outcome.{outcome}")).to_string();
    let recommended = &scenario.outcomes.recommended_actions;
    match outcome_right {
        Some(true) => {
            let full = s.points("R-RIGHT-OUTCOME");
            let p = if recommended.is_empty() {
                full
            } else {
                full - s.points("R-RECOMMENDED-DONE")
            };
            let message = ui::fmt(lang, "rule.R-RIGHT-OUTCOME", &[("outcome", &outcome_name)]);
            s.notes.push(Note {
                rule: "R-RIGHT-OUTCOME".into(),
                turn: last_turn,
                points: p,
                message,
            });
            let n = recommended.len().max(1) as i32;
            for a in recommended {
                match call.actions.iter().find(|x| &x.1 == a) {
                    Some((at, ..)) => {
                        let p = s.points("R-RECOMMENDED-DONE") / n;
                        let message = ui::fmt(lang, "rule.R-RECOMMENDED-DONE", &[("action", a)]);
                        s.notes.push(Note {
                            rule: "R-RECOMMENDED-DONE".into(),
                            turn: *at,
                            points: p,
                            message,
                        });
                    }
                    None => {
                        let p = s.points("R-RECOMMENDED-MISSED") / n;
                        let message = ui::fmt(lang, "rule.R-RECOMMENDED-MISSED", &[("action", a)]);
                        s.notes.push(Note {
                            rule: "R-RECOMMENDED-MISSED".into(),
                            turn: last_turn,
                            points: p,
                            message,
                        });
                    }
                }
            }
        }
        Some(false) => s.apply("R-WRONG-OUTCOME", last_turn, &[("outcome", &outcome_name)]),
        None => s.apply("R-OTHER-OUTCOME", last_turn, &[("outcome", &outcome_name)]),
    }

    // ---- Professionalism.
    match call
        .speech
        .iter()
        .take(2)
        .find(|t| has(t, ActKind::Greeting))
    {
        Some(t) => s.apply("P-GREETING", t.n, &[]),
        None => s.apply(
            "P-NO-GREETING",
            call.speech.first().map(|t| t.n).unwrap_or(0),
            &[],
        ),
    }
    if let Some(t) = call
        .speech
        .iter()
        .take(3)
        .find(|t| has(t, ActKind::SelfIntro))
    {
        s.apply("P-SELF-INTRO", t.n, &[]);
    }
    match call
        .speech
        .iter()
        .rev()
        .take(3)
        .find(|t| has(t, ActKind::Closing))
    {
        Some(t) => s.apply("P-CLOSING", t.n, &[]),
        None if matches!(outcome.as_str(), "resolved" | "refused" | "ended") => {
            s.apply("P-NO-CLOSING", last_turn, &[])
        }
        None => {}
    }
    for (n, on) in &call.holds {
        if *on {
            let announced = call
                .speech
                .iter()
                .rev()
                .find(|t| t.n < *n)
                .is_some_and(|t| has(t, ActKind::HoldNotice));
            s.apply(
                if announced {
                    "P-HOLD-ANNOUNCED"
                } else {
                    "P-HOLD-UNANNOUNCED"
                },
                *n,
                &[],
            );
        } else if let Some(t) = call.speech.iter().find(|t| t.n > *n)
            && has(t, ActKind::Thanks)
        {
            s.apply("P-HOLD-THANKS", t.n, &[]);
        }
    }
    if !scenario.caller.technical
        && let Some(jargon) = scenario.jargon.get(&lang)
    {
        for t in &call.speech {
            let said = format!(" {} ", plain_words(&t.text));
            let used: Vec<&String> = jargon
                .iter()
                .filter(|j| said.contains(&format!(" {j} ")))
                .collect();
            if !used.is_empty() {
                let list = used
                    .iter()
                    .map(|j| j.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                s.apply("P-JARGON", t.n, &[("words", &list)]);
            }
        }
    }

    // ---- Totals.
    let clamp = |v: i32| v.clamp(0, 100) as u32;
    let base_v = if required.is_empty() {
        BASE_VERIFICATION_NOTHING_SENSITIVE
    } else {
        BASE_VERIFICATION
    };
    let verification = clamp(base_v + s.sum(Verification));
    let deescalation = clamp(BASE_DEESCALATION + s.sum(Deescalation));
    let resolution = clamp(s.sum(Resolution));
    let professionalism = clamp(BASE_PROFESSIONALISM + s.sum(Professionalism));
    let w = scenario.weights;
    let weight_sum = (w.verification + w.deescalation + w.resolution + w.professionalism).max(1);
    let weighted = verification * w.verification
        + deescalation * w.deescalation
        + resolution * w.resolution
        + professionalism * w.professionalism;
    let mut total = (weighted + weight_sum / 2) / weight_sum;
    if outcome_right == Some(false) {
        total = total.min(WRONG_OUTCOME_CAP);
    }
    s.notes.sort_by_key(|n| n.turn);
    let critical: Vec<Critical> = s
        .notes
        .iter()
        .filter(|n| rule(&n.rule).is_some_and(|r| r.critical))
        .map(|n| Critical {
            rule: n.rule.clone(),
            turn: n.turn,
            message: n.message.clone(),
        })
        .collect();
    let passed = critical.is_empty() && total >= scenario.pass_mark && outcome_right != Some(false);
    let feedback = feedback(&s.notes, &call.turns, lang);
    Assessment {
        outcome,
        outcome_right,
        score: Scores {
            total,
            verification,
            deescalation,
            resolution,
            professionalism,
        },
        passed,
        critical,
        notes: s.notes,
        feedback,
    }
}

/// Rewarded moves a debrief names when they never happened and little else went wrong.
const MISSED_OPPORTUNITIES: [&str; 3] = ["D-EMPATHY", "D-PARAPHRASE", "D-NAME-USED"];

/// Three strengths and three improvements, each quoting the trainee's turn.
fn feedback(notes: &[Note], turns: &[&Turn], lang: Lang) -> Feedback {
    let quote = |n: u32| -> Option<String> {
        turns
            .iter()
            .find(|t| t.n == n && t.speaker == Speaker::Trainee)
            .map(|t| t.text.clone())
    };
    let item = |note: &Note| FeedbackItem {
        turn: note.turn,
        quote: quote(note.turn).unwrap_or_default(),
        rule: note.rule.clone(),
        text: note.message.clone(),
        better: {
            let key = format!("better.{}", note.rule);
            ui::has(lang, &key).then(|| ui::t(lang, &key).to_string())
        },
    };
    let mut good: Vec<&Note> = notes
        .iter()
        .filter(|n| n.points > 0 && !n.rule.starts_with("R-"))
        .collect();
    good.sort_by_key(|n| (std::cmp::Reverse(n.points), n.turn));
    // Strengths from different dimensions first: three greeting points teach less than one
    // each of verification, de-escalation and professionalism.
    let dim = |n: &Note| rule(&n.rule).map(|r| r.dimension as u8).unwrap_or(9);
    let mut dims_seen = BTreeSet::new();
    let (first, rest): (Vec<&Note>, Vec<&Note>) =
        good.into_iter().partition(|n| dims_seen.insert(dim(n)));
    let good: Vec<&Note> = first.into_iter().chain(rest).collect();
    let mut bad: Vec<&Note> = notes
        .iter()
        .filter(|n| n.points < 0 || n.rule == "R-WRONG-OUTCOME")
        .collect();
    // Critical errors first, then what the trainee said (a quote teaches more than a mood
    // figure), then by how much it cost.
    bad.sort_by_key(|n| {
        (
            !rule(&n.rule).is_some_and(|r| r.critical),
            quote(n.turn).is_none(),
            n.points,
            n.turn,
        )
    });
    let pick = |list: Vec<&Note>| -> Vec<FeedbackItem> {
        let mut seen = BTreeSet::new();
        list.into_iter()
            .filter(|n| seen.insert(n.rule.clone()))
            .take(3)
            .map(item)
            .collect()
    };
    let mut improvements = pick(bad);
    // Fewer than three things went wrong: name what was missed, without taking points.
    for missed in MISSED_OPPORTUNITIES {
        if improvements.len() >= 3 {
            break;
        }
        if !notes.iter().any(|n| n.rule == missed) {
            improvements.push(FeedbackItem {
                turn: 0,
                quote: String::new(),
                rule: missed.to_string(),
                text: ui::t(lang, &format!("missed.{missed}")).to_string(),
                better: Some(ui::t(lang, &format!("better.{missed}")).to_string()),
            });
        }
    }
    Feedback {
        strengths: pick(good),
        improvements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_named_by_dimension() {
        let mut seen = BTreeSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule {}", r.id);
            let prefix = match r.dimension {
                Verification => "V-",
                Deescalation => "D-",
                Resolution => "R-",
                Professionalism => "P-",
            };
            assert!(
                r.id.starts_with(prefix),
                "{} is not named for its dimension",
                r.id
            );
        }
    }
}
