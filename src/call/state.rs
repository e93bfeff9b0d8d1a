//! The one state of a call: a fold of its events.
//!
//! The engine, the scorer, `/status`, the result and journal recovery all read a call through
//! [`CallState`], built by applying events in order, so that words like "verified", "asked
//! again" or "the same phrase repeated" have exactly one definition.

use super::event::{Event, Missing, Mood, Speech};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::scenario::model::Referral;
use crate::understanding::{Act, ActKind};
use std::collections::{BTreeMap, BTreeSet};

/// The acts whose phrasing is kept, to notice the same words said again.
pub const PHRASED: [ActKind; 5] = [
    ActKind::Empathy,
    ActKind::Apology,
    ActKind::Reassurance,
    ActKind::Refusal,
    ActKind::ProcedureShield,
];

/// How alike a whole turn must be to an earlier one to count as said again.
const SAME_TURN: f64 = 0.8;
/// How alike the clause carrying an act must be to an earlier one to count as the same phrase.
const SAME_PHRASE: f64 = 0.6;

/// A trainee turn the caller heard, with what it repeated.
#[derive(Clone, Debug)]
pub struct SpeechTurn {
    pub n: u32,
    pub text: String,
    pub acts: Vec<Act>,
    /// The whole turn repeats an earlier one.
    pub repeated: bool,
    /// Acts said again in the same words as before.
    pub repeats: BTreeSet<ActKind>,
    /// The clause that carried the empathy, normalised, when a rule heard it there.
    pub empathy: Option<String>,
    /// Acts heard only from loosely alike labelled lines.
    pub tentative: Vec<ActKind>,
}

impl SpeechTurn {
    /// Heard with evidence enough to score: not only from loosely alike labelled lines. Every
    /// scoring rule asks this; a tentative act shows in review and nowhere else.
    pub fn has(&self, act: ActKind) -> bool {
        self.acts.iter().any(|a| a.act == act) && !self.tentative.contains(&act)
    }
}

/// A fact the caller gave.
#[derive(Clone, Debug)]
pub struct Given {
    pub n: u32,
    pub fact: String,
    pub value: String,
    pub correct: bool,
}

/// A scenario action the trainee took.
#[derive(Clone, Debug)]
pub struct ActionTaken {
    pub n: u32,
    pub action: String,
    pub sensitive: bool,
    pub verified: bool,
    pub missing: Vec<Missing>,
}

#[derive(Clone, Debug, Default)]
pub struct CallState {
    pub scenario: String,
    pub lang: Lang,
    pub trainee: String,
    /// How the caller addresses the trainee.
    pub address: crate::trainee::Address,
    pub seed: u64,
    pub values: BTreeMap<String, String>,
    pub caller_values: BTreeMap<String, String>,
    pub start_mood: Mood,
    pub mood: Mood,
    /// The mood after each step, with the last turn of the step.
    pub moods: Vec<(u32, Mood)>,
    /// The number of the last turn.
    pub n: u32,
    /// Trainee turns the caller took part in: heard speech and commands that are turns, but
    /// not `/hold`.
    pub trainee_turns: i64,
    pub speech: Vec<SpeechTurn>,
    /// Commands that were turns: (turn, name, argument).
    pub commands: Vec<(u32, String, String)>,
    /// Trainee turns by number, as typed (speech and commands), for quoting.
    pub typed: BTreeMap<u32, String>,
    /// Each ask for a fact: (turn, fact).
    pub asks: Vec<(u32, String)>,
    /// Each fact given, in order; a fact given again with another value appears again.
    pub gives: Vec<Given>,
    pub lookups: Vec<u32>,
    /// Each private value read out to an unverified caller: (turn, fact).
    pub leaks: Vec<(u32, String)>,
    /// What the trainee said of each referral: the turn the desk was first named and the turn
    /// each detail was first given.
    pub referrals: BTreeMap<String, Referred>,
    /// Each record shown by a lookup: (turn, record id).
    pub looked_at: Vec<(u32, String)>,
    pub on_hold: bool,
    pub holds: Vec<(u32, bool)>,
    pub flags: Vec<(u32, String)>,
    pub fired: BTreeSet<String>,
    /// How many turns carried each act (and each `ask_identity:FACT`).
    pub act_counts: BTreeMap<String, i64>,
    pub used: BTreeSet<String>,
    pub actions: Vec<ActionTaken>,
    /// The scenario's hints given, by index.
    pub hints: BTreeSet<usize>,
    pub resolved: bool,
    pub outcome: Option<Outcome>,
    pub unplayed: usize,
    /// The turn after which the caller counted as verified, if ever.
    pub verified_at: Option<u32>,
    /// The facts each sensitive action requires.
    requires: BTreeMap<String, Vec<String>>,
    /// The actions that resolve the call.
    resolving: BTreeSet<String>,
    history: Vec<BTreeSet<String>>,
    phrasings: Vec<(ActKind, BTreeSet<String>)>,
}

/// What the trainee said of one referral so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Referred {
    /// The turn the desk was first named.
    pub named: Option<u32>,
    /// Each detail given, with the turn it was first given.
    pub details: BTreeMap<String, u32>,
}

impl CallState {
    /// An empty state for a call on this scenario, before its `Started` event.
    pub fn new(scenario: &Scenario) -> CallState {
        CallState {
            requires: scenario
                .actions
                .iter()
                .filter(|(_, a)| a.sensitive)
                .map(|(id, a)| (id.clone(), a.requires.clone()))
                .collect(),
            resolving: scenario
                .actions
                .iter()
                .filter(|(_, a)| a.resolves)
                .map(|(id, _)| id.clone())
                .collect(),
            ..CallState::default()
        }
    }

    /// The state after these events.
    pub fn fold(scenario: &Scenario, events: &[Event]) -> CallState {
        let mut state = CallState::new(scenario);
        for e in events {
            state.apply(e);
        }
        state
    }

    pub fn apply(&mut self, event: &Event) {
        if let Some(n) = event.turn() {
            self.n = n;
        }
        match event {
            Event::Started {
                scenario,
                lang,
                seed,
                trainee,
                address,
                values,
                caller_values,
                mood,
            } => {
                self.address = *address;
                self.scenario = scenario.clone();
                self.lang = *lang;
                self.seed = *seed;
                self.trainee = trainee.clone();
                self.values = values.clone();
                self.caller_values = caller_values.clone();
                self.start_mood = mood.clone();
                self.mood = mood.clone();
            }
            Event::Speech(s) => self.speech(s),
            Event::Command { n, name, arg, text } => {
                // Putting the caller on hold is not a turn she takes part in: a /hold before
                // the first word must not count as the opening turn (`turn == 1`), which then
                // comes when she is back on the line.
                if name != "hold" {
                    self.trainee_turns += 1;
                }
                self.used.insert(name.clone());
                self.commands.push((*n, name.clone(), arg.clone()));
                self.typed.insert(*n, text.clone());
            }
            Event::Mood { after, mood, .. } => {
                self.mood = mood.clone();
                self.moods.push((*after, mood.clone()));
            }
            Event::FactAsked { n, fact, .. } => {
                self.asks.push((*n, fact.clone()));
                self.check_verified(*n);
            }
            Event::FactGiven {
                n,
                fact,
                value,
                correct,
            } => {
                self.gives.push(Given {
                    n: *n,
                    fact: fact.clone(),
                    value: value.clone(),
                    correct: *correct,
                });
                self.check_verified(*n);
            }
            Event::Lookup { n, records } => {
                self.lookups.push(*n);
                self.looked_at
                    .extend(records.iter().map(|r| (*n, r.clone())));
                self.check_verified(*n);
            }
            Event::Action {
                n,
                action,
                sensitive,
                verified,
                missing,
            } => {
                self.resolved |= self.resolving.contains(action);
                self.actions.push(ActionTaken {
                    n: *n,
                    action: action.clone(),
                    sensitive: *sensitive,
                    verified: *verified,
                    missing: missing.clone(),
                });
            }
            Event::Leaked { n, fact } => self.leaks.push((*n, fact.clone())),
            Event::Referred {
                n,
                referral,
                named,
                details,
            } => {
                let r = self.referrals.entry(referral.clone()).or_default();
                if *named {
                    r.named.get_or_insert(*n);
                }
                for d in details {
                    r.details.entry(d.clone()).or_insert(*n);
                }
            }
            Event::Hold { n, on } => {
                self.on_hold = *on;
                self.holds.push((*n, *on));
            }
            Event::Reaction { id, .. } => {
                self.fired.insert(id.clone());
            }
            Event::Flag { n, flag } => self.flags.push((*n, flag.clone())),
            Event::Hint { hint, .. } => {
                if let Some(i) = hint {
                    self.hints.insert(*i);
                }
            }
            Event::Ended { outcome } => self.outcome = Some(*outcome),
            Event::Unplayed { lines } => self.unplayed += *lines,
            Event::Caller { .. } | Event::System { .. } | Event::Note { .. } => {}
        }
    }

    fn speech(&mut self, s: &Speech) {
        self.typed.insert(s.n, s.text.clone());
        if !s.heard {
            return;
        }
        self.trainee_turns += 1;
        let words = words_of(&s.normalized);
        let repeated = self.history.iter().any(|w| similar(w, &words, SAME_TURN));
        let mut repeats = BTreeSet::new();
        for (kind, phrase) in s.phrasing.iter().filter(|(k, _)| PHRASED.contains(k)) {
            let now = words_of(phrase);
            if self
                .phrasings
                .iter()
                .any(|(k, p)| k == kind && similar(p, &now, SAME_PHRASE))
            {
                repeats.insert(*kind);
            }
        }
        for (kind, phrase) in s.phrasing.iter().filter(|(k, _)| PHRASED.contains(k)) {
            self.phrasings.push((*kind, words_of(phrase)));
        }
        self.history.push(words);
        let mut kinds = BTreeSet::new();
        for a in &s.acts {
            if kinds.insert(a.act) {
                *self.act_counts.entry(a.act.name().to_string()).or_default() += 1;
            }
            if a.fact.is_some() {
                *self.act_counts.entry(a.label()).or_default() += 1;
            }
        }
        self.speech.push(SpeechTurn {
            n: s.n,
            text: s.text.clone(),
            acts: s.acts.clone(),
            repeated,
            repeats,
            empathy: s.phrasing.get(&ActKind::Empathy).cloned(),
            tentative: s.tentative.clone(),
        });
    }

    fn check_verified(&mut self, n: u32) {
        if self.verified_at.is_none() && !self.requires.is_empty() && self.missing().is_empty() {
            self.verified_at = Some(n);
        }
    }

    /// Whether the trainee asked for the fact.
    pub fn asked(&self, fact: &str) -> bool {
        self.asks.iter().any(|(_, f)| f == fact)
    }

    /// What the caller last gave for a fact.
    pub fn given(&self, fact: &str) -> Option<&Given> {
        self.gives.iter().rev().find(|g| g.fact == fact)
    }

    /// Whether the caller gave the fact, matching the records, before turn `n`.
    pub fn gave_correct_before(&self, fact: &str, n: u32) -> bool {
        self.gives
            .iter()
            .any(|g| g.n < n && g.fact == fact && g.correct)
    }

    /// Whether the caller counted as verified before turn `n`.
    pub fn verified_before(&self, n: u32) -> bool {
        self.verified_at.is_some_and(|v| v < n)
    }

    /// Whether some required fact, though not all, counted as checked before turn `n` (asked
    /// for, and answered as the records say, not after the trainee read it out): a check done
    /// halfway.
    pub fn partly_verified_before(&self, n: u32) -> bool {
        !self.verified_before(n)
            && self.required_facts().iter().any(|f| {
                self.asks.iter().any(|(at, asked)| asked == f && *at < n)
                    && self
                        .gives
                        .iter()
                        .any(|g| g.n < n && g.fact == *f && self.proves(g))
            })
    }

    /// A fact counts towards verification when it was asked for and the caller's (latest)
    /// answer matches the records — and was not first read out to them by the trainee.
    fn fact_verified(&self, fact: &str) -> bool {
        self.asked(fact) && self.given(fact).is_some_and(|g| self.proves(g))
    }

    /// Whether an answer proves who the caller is: it matches the records and was not first
    /// read out to them by the trainee.
    fn proves(&self, given: &Given) -> bool {
        given.correct && !self.learned(given)
    }

    /// Whether the caller gave this value only after the trainee had read it out to them.
    fn learned(&self, given: &Given) -> bool {
        self.leaks
            .iter()
            .any(|(n, f)| *f == given.fact && *n <= given.n)
    }

    /// What is still missing before the action counts as verified (empty when it does, and
    /// for an action that is not sensitive): every required fact asked for and answered as the
    /// records say, and the records looked at.
    pub fn missing_for(&self, action: &str) -> Vec<Missing> {
        let Some(requires) = self.requires.get(action) else {
            return Vec::new();
        };
        self.missing_of(requires)
    }

    /// What is missing before the caller is verified for every sensitive action.
    pub fn missing(&self) -> Vec<Missing> {
        let all: Vec<String> = self.required_facts();
        self.missing_of(&all)
    }

    fn missing_of(&self, facts: &[String]) -> Vec<Missing> {
        let mut missing: Vec<Missing> = facts
            .iter()
            .filter(|f| !self.fact_verified(f))
            .map(|f| Missing::Fact(f.clone()))
            .collect();
        if self.lookups.is_empty() {
            missing.push(Missing::Records);
        }
        missing
    }

    /// How a call the trainee ends with `/end` ended: resolved when the scenario's resolving
    /// action was done; refused after a "no"; else just ended. A caller who leaves with a warm
    /// referral was not refused, whatever the trainee could not do for him ("I can't put you
    /// through, but here is their number"): the call ended, without the referral's own action.
    pub fn ending(&self, scenario: &Scenario) -> Outcome {
        if self.resolved {
            Outcome::Resolved
        } else if !self.referred_warmly(scenario)
            && self.act_counts.get("refusal").is_some_and(|c| *c > 0)
        {
            Outcome::Refused
        } else {
            Outcome::Ended
        }
    }

    /// Whether the trainee referred the caller warmly to one of the scenario's desks: named it
    /// and gave every detail the caller needs to reach it.
    pub fn referred_warmly(&self, scenario: &Scenario) -> bool {
        scenario
            .judgement
            .referrals
            .iter()
            .any(|(id, referral)| self.referral_missing(id, referral).is_empty())
    }

    /// What the trainee has not yet said of a referral: "desk" when the desk was never named,
    /// then each detail not given, in the referral's order.
    pub fn referral_missing(&self, id: &str, referral: &Referral) -> Vec<String> {
        let said = self.referrals.get(id);
        let named = said.is_some_and(|r| r.named.is_some());
        let desk = (!named).then(|| "desk".to_string());
        let details = referral
            .details
            .keys()
            .filter(|d| !said.is_some_and(|r| r.details.contains_key(*d)))
            .cloned();
        desk.into_iter().chain(details).collect()
    }

    /// Every fact a sensitive action requires, in order.
    pub fn required_facts(&self) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for f in self.requires.values().flatten() {
            if !all.contains(f) {
                all.push(f.clone());
            }
        }
        all
    }

    /// How the call ended (a call still going, or broken off, is abandoned).
    pub fn outcome(&self) -> Outcome {
        self.outcome.unwrap_or(Outcome::Abandoned)
    }

    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }

    /// The first turn of a command, by name.
    pub fn command_turn(&self, name: &str) -> Option<u32> {
        self.commands
            .iter()
            .find(|(_, c, _)| c == name)
            .map(|(n, ..)| *n)
    }
}

fn words_of(text: &str) -> BTreeSet<String> {
    text.split(' ')
        .filter(|w| !w.is_empty() && *w != "?")
        .map(str::to_string)
        .collect()
}

/// Whether two phrasings share most of their words (Jaccard similarity at the threshold).
fn similar(a: &BTreeSet<String>, b: &BTreeSet<String>, threshold: f64) -> bool {
    if a.len() < 3 || b.len() < 3 {
        return a == b && !a.is_empty();
    }
    let inter = a.intersection(b).count() as f64;
    let union = a.union(b).count() as f64;
    inter / union >= threshold
}
