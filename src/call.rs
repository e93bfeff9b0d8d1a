//! The call engine: one play of a scenario, as a log of events.
//!
//! The engine does no I/O: no printing, no clock, no randomness of its own. The front end
//! passes in the seed (through [`Setup`]) and each line the trainee typed, and gets back the
//! events it caused. The log of events is the single record of the call: the score, the
//! debrief, the saved result and any replay derive from it.

use crate::commands::{self, Input};
use crate::lang::Lang;
use crate::scenario::condition::{Facts, Pred, Subject};
use crate::scenario::model::{FieldValue, Scenario};
use crate::ui;
use crate::understanding::{Act, ActKind, Lexicon};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// Who speaks a turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    Trainee,
    Caller,
    System,
}

/// One turn of the transcript.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    pub n: u32,
    pub speaker: Speaker,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<Act>,
    /// For a trainee command: its name (`lookup`, `reset`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<String>,
    /// False for trainee speech while the caller was on hold.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub heard: bool,
    /// For sympathy and refusals: the clause that carried the act, normalised, so that the
    /// same phrase said again can be recognised.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub phrasing: BTreeMap<ActKind, String>,
}

fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}

/// A change of one mood dimension, and what caused it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub cause: String,
    pub mood: String,
    pub delta: i64,
}

/// Everything that happens in a call, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    Started {
        scenario: String,
        lang: Lang,
        seed: u64,
        trainee: String,
        /// The true values of the case's facts, drawn for this seed.
        values: BTreeMap<String, String>,
        mood: BTreeMap<String, i64>,
    },
    Turn(Turn),
    /// The caller's mood after turn `after`, with the changes that led to it.
    Mood {
        after: u32,
        mood: BTreeMap<String, i64>,
        changes: Vec<Change>,
    },
    FactAsked {
        n: u32,
        fact: String,
        again: bool,
    },
    FactGiven {
        n: u32,
        fact: String,
        value: String,
        correct: bool,
    },
    Lookup {
        n: u32,
        records: Vec<String>,
    },
    Action {
        n: u32,
        action: String,
        sensitive: bool,
        verified: bool,
        missing: Vec<String>,
    },
    Hold {
        n: u32,
        on: bool,
    },
    Flag {
        n: u32,
        flag: String,
    },
    Hint {
        after: u32,
        text: String,
    },
    Note {
        after: u32,
        text: String,
    },
    Ended {
        outcome: String,
        #[serde(default, skip_serializing_if = "is_zero")]
        ignored_lines: usize,
    },
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What the engine needs to start a call.
pub struct Setup {
    pub scenario: Arc<Scenario>,
    pub lexicon: Arc<Lexicon>,
    pub lang: Lang,
    pub seed: u64,
    pub trainee: String,
}

/// What one line of input did.
#[derive(Debug)]
pub enum Step {
    /// The call moved on: these events were added to the log.
    Events(Vec<Event>),
    /// The trainee asked for the list of commands.
    Help,
    /// The trainee asked for the caller's mood and what is verified.
    Status,
    /// Nothing was typed.
    Nothing,
    /// The line was not accepted; nothing was recorded.
    Rejected(Rejection),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Rejection {
    UnknownCommand {
        name: String,
        suggestion: Option<String>,
    },
    MissingArgument {
        name: String,
        arg: String,
    },
    NotOnHold,
    AlreadyOnHold,
    CallEnded,
}

/// A call in progress.
pub struct Call {
    scenario: Arc<Scenario>,
    lexicon: Arc<Lexicon>,
    lang: Lang,
    trainee: String,
    rng: ChaCha8Rng,
    log: Vec<Event>,
    n: u32,
    trainee_turns: i64,
    /// The true values of facts, and what the caller says when asked (differs for lies).
    values: BTreeMap<String, String>,
    caller_values: BTreeMap<String, String>,
    mood: BTreeMap<String, i64>,
    asked: BTreeSet<String>,
    given: BTreeMap<String, (String, bool)>,
    looked_up: bool,
    on_hold: bool,
    flags: BTreeSet<String>,
    fired: BTreeSet<usize>,
    act_counts: BTreeMap<String, i64>,
    used: BTreeSet<String>,
    /// Earlier speech, as sets of normalised words.
    history: Vec<BTreeSet<String>>,
    /// Earlier phrasings of sympathy and refusals.
    phrasings: Vec<(ActKind, BTreeSet<String>)>,
    last_phrasing: BTreeMap<String, usize>,
    hints_given: usize,
    resolved: bool,
    ended: bool,
}

/// What the engine noticed about a trainee turn beyond its acts.
#[derive(Default)]
struct Signals {
    /// The turn repeats an earlier one.
    repeated: bool,
    /// Acts said again in the same words as before.
    repeated_acts: BTreeSet<ActKind>,
    /// The turn asks again for a fact the caller already gave.
    asked_again: bool,
}

/// What one trainee turn carries, for conditions.
struct TurnView<'a> {
    call: &'a Call,
    acts: &'a [Act],
    command: Option<&'a str>,
    signals: &'a Signals,
}

impl Facts for TurnView<'_> {
    fn number(&self, subject: &Subject) -> i64 {
        match subject {
            Subject::Mood(m) => self.call.mood.get(m).copied().unwrap_or(0),
            Subject::Turn => self.call.trainee_turns,
            Subject::Count(label) => self.call.act_counts.get(label).copied().unwrap_or(0),
        }
    }

    fn holds(&self, pred: &Pred) -> bool {
        let c = self.call;
        match pred {
            Pred::Act(label) => self
                .acts
                .iter()
                .any(|a| a.label() == *label || a.act.name() == label),
            Pred::Said(label) => c.act_counts.get(label).is_some_and(|n| *n > 0),
            Pred::Command(name) => self.command == Some(name.as_str()),
            Pred::Used(name) => c.used.contains(name),
            Pred::Asked(f) => c.asked.contains(f),
            Pred::Given(f) => c.given.contains_key(f),
            Pred::Verified(a) => c.missing_for(a).is_empty(),
            Pred::Flag(f) => c.flags.contains(f),
            Pred::Repeated(None) => self.signals.repeated,
            Pred::Repeated(Some(a)) => {
                ActKind::from_name(a).is_some_and(|k| self.signals.repeated_acts.contains(&k))
            }
            Pred::AskedAgain => self.signals.asked_again,
            Pred::OnHold => c.on_hold,
        }
    }
}

impl Call {
    /// Starts a call: draws the case's values from the seed and logs the start.
    pub fn new(setup: Setup) -> Call {
        let Setup {
            scenario,
            lexicon,
            lang,
            seed,
            trainee,
        } = setup;
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut values = BTreeMap::new();
        for (id, fact) in &scenario.facts {
            let value = match &fact.value {
                Some(v) => v.clone(),
                None => fact.pool[rng.random_range(0..fact.pool.len())].clone(),
            };
            values.insert(id.clone(), value);
        }
        let mut caller_values = values.clone();
        for (id, knows) in &scenario.caller.knows {
            if !knows.lie.is_empty() {
                caller_values.insert(
                    id.clone(),
                    knows.lie[rng.random_range(0..knows.lie.len())].clone(),
                );
            }
        }
        let mood: BTreeMap<String, i64> = scenario
            .caller
            .mood
            .iter()
            .map(|(k, v)| (k.clone(), i64::from(*v)))
            .collect();
        let log = vec![Event::Started {
            scenario: scenario.id.clone(),
            lang,
            seed,
            trainee: trainee.clone(),
            values: values.clone(),
            mood: mood.clone(),
        }];
        Call {
            scenario,
            lexicon,
            lang,
            trainee,
            rng,
            log,
            n: 0,
            trainee_turns: 0,
            values,
            caller_values,
            mood,
            asked: BTreeSet::new(),
            given: BTreeMap::new(),
            looked_up: false,
            on_hold: false,
            flags: BTreeSet::new(),
            fired: BTreeSet::new(),
            act_counts: BTreeMap::new(),
            used: BTreeSet::new(),
            history: Vec::new(),
            phrasings: Vec::new(),
            last_phrasing: BTreeMap::new(),
            hints_given: 0,
            resolved: false,
            ended: false,
        }
    }

    pub fn log(&self) -> &[Event] {
        &self.log
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn is_over(&self) -> bool {
        self.ended
    }

    pub fn mood(&self) -> &BTreeMap<String, i64> {
        &self.mood
    }

    pub fn on_hold(&self) -> bool {
        self.on_hold
    }

    /// Facts the trainee has asked for, with what the caller gave (value, matches the records).
    pub fn verification(&self) -> Vec<(String, Option<(String, bool)>)> {
        let mut required: Vec<String> = Vec::new();
        for a in self.scenario.actions.values().filter(|a| a.sensitive) {
            for f in &a.requires {
                if !required.contains(f) {
                    required.push(f.clone());
                }
            }
        }
        required
            .into_iter()
            .map(|f| {
                let given = self.given.get(&f).cloned();
                (f, given)
            })
            .collect()
    }

    pub fn looked_up(&self) -> bool {
        self.looked_up
    }

    /// What is still missing before the action counts as verified (empty when it does).
    pub fn missing_for(&self, action: &str) -> Vec<String> {
        let Some(a) = self.scenario.actions.get(action) else {
            return Vec::new();
        };
        if !a.sensitive {
            return Vec::new();
        }
        let mut missing = Vec::new();
        for f in &a.requires {
            match self.given.get(f) {
                Some((_, true)) if self.asked.contains(f) => {}
                _ => missing.push(f.clone()),
            }
        }
        if !self.looked_up {
            missing.push("records".into());
        }
        missing
    }

    /// Takes one line the trainee typed.
    pub fn input(&mut self, line: &str) -> Step {
        if self.ended {
            return Step::Rejected(Rejection::CallEnded);
        }
        match commands::parse(line) {
            Input::Empty => Step::Nothing,
            Input::Speech(text) => Step::Events(self.speech(&text)),
            Input::Command { name, arg } => self.command(&name, &arg, line.trim()),
        }
    }

    /// The trainee walked away (Ctrl-C, Ctrl-D, end of a script): the call is abandoned.
    pub fn abandon(&mut self, ignored_lines: usize) -> Vec<Event> {
        if self.ended {
            return Vec::new();
        }
        self.end("abandoned", ignored_lines)
    }

    /// Records how many script lines were left unread when the call ended.
    pub fn set_ignored_lines(&mut self, count: usize) {
        if let Some(Event::Ended { ignored_lines, .. }) = self.log.last_mut() {
            *ignored_lines = count;
        }
    }

    fn command(&mut self, name: &str, arg: &str, raw: &str) -> Step {
        let def = commands::common(name);
        let action = self.scenario.actions.contains_key(name);
        if def.is_none() && !action {
            let names = commands::names(&self.scenario);
            let suggestion =
                crate::suggest::closest(name, names.iter().map(String::as_str)).map(str::to_string);
            return Step::Rejected(Rejection::UnknownCommand {
                name: name.to_string(),
                suggestion,
            });
        }
        if let Some(def) = def {
            if def.arg_required && arg.is_empty() {
                return Step::Rejected(Rejection::MissingArgument {
                    name: name.into(),
                    arg: def.arg.unwrap_or("").into(),
                });
            }
            match name {
                "help" => return Step::Help,
                "status" => return Step::Status,
                "hint" => {
                    let text = match self.scenario.hints.get(self.hints_given) {
                        Some(h) => {
                            self.hints_given += 1;
                            h.get(self.lang).to_string()
                        }
                        None => ui::t(self.lang, "hint.none").to_string(),
                    };
                    let ev = Event::Hint {
                        after: self.n,
                        text,
                    };
                    self.log.push(ev.clone());
                    return Step::Events(vec![ev]);
                }
                "notes" => {
                    let ev = Event::Note {
                        after: self.n,
                        text: arg.to_string(),
                    };
                    self.log.push(ev.clone());
                    return Step::Events(vec![ev]);
                }
                "resume" if !self.on_hold => return Step::Rejected(Rejection::NotOnHold),
                "hold" if self.on_hold => return Step::Rejected(Rejection::AlreadyOnHold),
                _ => {}
            }
        }
        Step::Events(self.trainee_command(name, arg, raw))
    }

    fn push_turn(
        &mut self,
        speaker: Speaker,
        text: String,
        acts: Vec<Act>,
        command: Option<String>,
        heard: bool,
    ) -> u32 {
        self.n += 1;
        let n = self.n;
        self.log.push(Event::Turn(Turn {
            n,
            speaker,
            text,
            acts,
            command,
            heard,
            phrasing: BTreeMap::new(),
        }));
        n
    }

    fn system(&mut self, text: String) -> u32 {
        self.push_turn(Speaker::System, text, Vec::new(), None, true)
    }

    fn speech(&mut self, text: &str) -> Vec<Event> {
        let start = self.log.len();
        let (acts, mut phrasing) = self.lexicon.understand_phrased(text);
        phrasing.retain(|k, _| PHRASED.contains(k));
        if self.on_hold {
            // The caller cannot hear: an aside, recorded but not answered.
            self.push_turn(Speaker::Trainee, text.to_string(), acts, None, false);
            return self.log[start..].to_vec();
        }
        self.trainee_turns += 1;
        let n = self.push_turn(Speaker::Trainee, text.to_string(), acts.clone(), None, true);
        if let Some(Event::Turn(t)) = self.log.last_mut() {
            t.phrasing = phrasing.clone();
        }
        let words = word_set(&self.lexicon.normalize(text));
        let repeated = self.history.iter().any(|w| similar(w, &words, 0.8));
        let mut repeated_acts = BTreeSet::new();
        for (kind, phrase) in &phrasing {
            let now = word_set(phrase);
            if self
                .phrasings
                .iter()
                .any(|(k, p)| k == kind && similar(p, &now, 0.6))
            {
                repeated_acts.insert(*kind);
            }
        }
        for (kind, phrase) in phrasing {
            self.phrasings.push((kind, word_set(&phrase)));
        }
        let mut kinds_seen = BTreeSet::new();
        for a in &acts {
            if kinds_seen.insert(a.act) {
                *self.act_counts.entry(a.act.name().to_string()).or_default() += 1;
            }
            if a.fact.is_some() {
                *self.act_counts.entry(a.label()).or_default() += 1;
            }
        }
        // Facts asked for this turn.
        let mut asked_now = Vec::new();
        let mut asked_again = false;
        for a in acts.iter().filter(|a| a.act == ActKind::AskIdentity) {
            if let Some(f) = &a.fact {
                let again = self.given.contains_key(f);
                asked_again |= again;
                self.asked.insert(f.clone());
                self.log.push(Event::FactAsked {
                    n,
                    fact: f.clone(),
                    again,
                });
                asked_now.push((f.clone(), again));
            }
        }
        self.history.push(words);
        let view_data = Signals {
            repeated,
            repeated_acts,
            asked_again,
        };
        let mut changes = Vec::new();
        self.sensitivity(&acts, None, &view_data, &mut changes);
        // Answers to the facts asked, then the first reaction that holds.
        let mut said = Vec::new();
        for (fact, again) in asked_now {
            if let Some(line) = self.answer_fact(n, &fact, again) {
                said.push(line);
            }
        }
        let end = self.react(&acts, None, &view_data, &mut said, &mut changes);
        self.finish_turn(said, changes, end);
        self.log[start..].to_vec()
    }

    fn trainee_command(&mut self, name: &str, arg: &str, raw: &str) -> Vec<Event> {
        let start = self.log.len();
        self.trainee_turns += 1;
        self.used.insert(name.to_string());
        let n = self.push_turn(
            Speaker::Trainee,
            raw.to_string(),
            Vec::new(),
            Some(name.to_string()),
            true,
        );
        let lang = self.lang;
        let mut end: Option<String> = None;
        match name {
            "lookup" => {
                let shown = self.lookup(arg);
                self.looked_up = true;
                let text = if shown.is_empty() {
                    ui::fmt(lang, "lookup.none", &[("query", arg)])
                } else {
                    shown
                        .iter()
                        .map(|(_, t)| t.as_str())
                        .collect::<Vec<_>>()
                        .join("\n\n")
                };
                self.log.push(Event::Lookup {
                    n,
                    records: shown.into_iter().map(|(id, _)| id).collect(),
                });
                self.system(text);
            }
            "hold" => {
                self.on_hold = true;
                self.log.push(Event::Hold { n, on: true });
                self.system(ui::t(lang, "hold.on").to_string());
            }
            "resume" => {
                self.on_hold = false;
                self.log.push(Event::Hold { n, on: false });
                self.system(ui::t(lang, "hold.off").to_string());
            }
            "transfer" => {
                self.system(ui::fmt(lang, "transfer.done", &[("who", arg)]));
                end = Some("transferred".into());
            }
            "end" => {
                let outcome = if self.resolved {
                    "resolved"
                } else if self.act_counts.get("refusal").is_some_and(|c| *c > 0) {
                    "refused"
                } else {
                    "ended"
                };
                end = Some(outcome.into());
            }
            action => {
                let (sensitive, resolves, done) = {
                    let a = &self.scenario.actions[action];
                    (a.sensitive, a.resolves, a.done.get(lang).to_string())
                };
                let missing = self.missing_for(action);
                self.log.push(Event::Action {
                    n,
                    action: action.to_string(),
                    sensitive,
                    verified: missing.is_empty(),
                    missing,
                });
                if resolves {
                    self.resolved = true;
                }
                let text = self.fill(&done, None, None);
                self.system(text);
            }
        }
        let view_data = Signals::default();
        let mut changes = Vec::new();
        let mut said = Vec::new();
        if end.is_none() || name == "transfer" {
            self.sensitivity(&[], Some(name), &view_data, &mut changes);
            let reaction_end = self.react(&[], Some(name), &view_data, &mut said, &mut changes);
            if end.is_none() {
                end = reaction_end;
            }
        }
        self.finish_turn(said, changes, end);
        self.log[start..].to_vec()
    }

    fn finish_turn(&mut self, said: Vec<String>, changes: Vec<Change>, end: Option<String>) {
        if !said.is_empty() {
            self.push_turn(Speaker::Caller, said.join(" "), Vec::new(), None, true);
        }
        self.log.push(Event::Mood {
            after: self.n,
            mood: self.mood.clone(),
            changes,
        });
        if let Some(outcome) = end {
            let outcome = if outcome == "resolved" && !self.resolved {
                "ended".to_string()
            } else {
                outcome
            };
            self.end(&outcome, 0);
        }
    }

    fn end(&mut self, outcome: &str, ignored_lines: usize) -> Vec<Event> {
        self.ended = true;
        let ev = Event::Ended {
            outcome: outcome.to_string(),
            ignored_lines,
        };
        self.log.push(ev.clone());
        vec![ev]
    }

    fn change_mood(
        &mut self,
        cause: &str,
        deltas: &BTreeMap<String, i32>,
        changes: &mut Vec<Change>,
    ) {
        for (dim, delta) in deltas {
            let Some(value) = self.mood.get_mut(dim) else {
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

    fn sensitivity(
        &mut self,
        acts: &[Act],
        command: Option<&str>,
        view: &Signals,
        changes: &mut Vec<Change>,
    ) {
        let scenario = Arc::clone(&self.scenario);
        let kinds: BTreeSet<ActKind> = acts.iter().map(|a| a.act).collect();
        for (trigger, deltas) in &scenario.caller.sensitivity {
            let fires = if let Some(cmd) = trigger.strip_prefix("command:") {
                command == Some(cmd)
            } else if let Some(act) = trigger.strip_prefix("repeat:") {
                ActKind::from_name(act).is_some_and(|k| view.repeated_acts.contains(&k))
            } else if trigger == "asked_again" {
                view.asked_again
            } else if trigger == "each_turn" {
                true
            } else {
                ActKind::from_name(trigger).is_some_and(|k| kinds.contains(&k))
            };
            if fires {
                self.change_mood(trigger, deltas, changes);
            }
        }
        for (i, rule) in scenario.caller.mood_rules.iter().enumerate() {
            let holds = {
                let v = TurnView {
                    call: self,
                    acts,
                    command,
                    signals: view,
                };
                rule.when.eval(&v)
            };
            if holds {
                self.change_mood(&format!("mood_rules[{i}]"), &rule.change, changes);
            }
        }
    }

    /// Picks the first reaction that holds, says its line and applies it; returns how the
    /// call ends, if it does.
    fn react(
        &mut self,
        acts: &[Act],
        command: Option<&str>,
        view: &Signals,
        said: &mut Vec<String>,
        changes: &mut Vec<Change>,
    ) -> Option<String> {
        let scenario = Arc::clone(&self.scenario);
        let chosen = scenario.caller.reactions.iter().enumerate().find(|(i, r)| {
            if r.once && self.fired.contains(i) {
                return false;
            }
            let v = TurnView {
                call: self,
                acts,
                command,
                signals: view,
            };
            r.when.eval(&v)
        });
        let (i, reaction) = chosen?;
        self.fired.insert(i);
        self.change_mood(&reaction.id, &reaction.mood, changes);
        for flag in &reaction.set {
            if self.flags.insert(flag.clone()) {
                self.log.push(Event::Flag {
                    n: self.n,
                    flag: flag.clone(),
                });
            }
        }
        if let Some(line) = &reaction.say {
            let text = self.pick(line);
            let n = self.n;
            let text = self.fill_giving(&text, None, None, n);
            said.push(text);
        }
        reaction.end.clone()
    }

    fn answer_fact(&mut self, n: u32, fact: &str, again: bool) -> Option<String> {
        let scenario = Arc::clone(&self.scenario);
        let knows = scenario.caller.knows.get(fact);
        let lines = &scenario.caller.lines;
        // A caller who does not know a fact may, pressed often enough, make one up.
        let asked = self
            .act_counts
            .get(&format!("ask_identity:{fact}"))
            .copied()
            .unwrap_or(0);
        let lies_now = knows.is_some_and(|k| {
            !k.knows()
                && !k.lie.is_empty()
                && k.lie_after.is_some_and(|after| asked >= i64::from(after))
        });
        let line_id = match knows {
            Some(k) if lies_now => k.answer.clone().or_else(|| Some("give_fact".to_string())),
            Some(k) if !k.knows() => k.deflect.clone(),
            Some(k) => {
                if again && lines.contains_key("as_i_said") {
                    Some("as_i_said".to_string())
                } else {
                    k.answer.clone().or_else(|| Some("give_fact".to_string()))
                }
            }
            None => lines.contains_key("deflect").then(|| "deflect".to_string()),
        }?;
        let text = self.pick(&line_id);
        let giving = lies_now || knows.is_some_and(|k| k.knows());
        let value = self.caller_values.get(fact).cloned();
        let filled = self.fill_giving(
            &text,
            Some(fact),
            if giving { value.as_deref() } else { None },
            n,
        );
        if giving && let Some(value) = value {
            self.give(n, fact, &value);
        }
        Some(filled)
    }

    fn give(&mut self, n: u32, fact: &str, value: &str) {
        let correct = self.values.get(fact).is_some_and(|v| v == value);
        if self.given.get(fact).is_none_or(|(v, _)| v != value) {
            self.given
                .insert(fact.to_string(), (value.to_string(), correct));
            self.log.push(Event::FactGiven {
                n,
                fact: fact.to_string(),
                value: value.to_string(),
                correct,
            });
        }
    }

    /// Picks a phrasing of a line, never the one used last time for that line.
    fn pick(&mut self, line: &str) -> String {
        let phrasings = self
            .scenario
            .caller
            .lines
            .get(line)
            .map(|l| l.get(self.lang).to_vec())
            .unwrap_or_default();
        if phrasings.is_empty() {
            return String::new();
        }
        let last = self.last_phrasing.get(line).copied();
        let mut i = self.rng.random_range(0..phrasings.len());
        if Some(i) == last && phrasings.len() > 1 {
            i = (i + 1 + self.rng.random_range(0..phrasings.len() - 1)) % phrasings.len();
        }
        self.last_phrasing.insert(line.to_string(), i);
        phrasings[i].clone()
    }

    /// Fills placeholders; `{fact:ID}` also records that the caller gave that fact.
    fn fill_giving(
        &mut self,
        text: &str,
        fact: Option<&str>,
        value: Option<&str>,
        n: u32,
    ) -> String {
        let mut given = Vec::new();
        let out = self.fill_with(text, fact, value, &mut given);
        for (f, v) in given {
            self.give(n, &f, &v);
        }
        out
    }

    fn fill(&self, text: &str, fact: Option<&str>, value: Option<&str>) -> String {
        self.fill_with(text, fact, value, &mut Vec::new())
    }

    fn fill_with(
        &self,
        text: &str,
        fact: Option<&str>,
        value: Option<&str>,
        given: &mut Vec<(String, String)>,
    ) -> String {
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
            let replacement = match key {
                "value" => value.map(str::to_string),
                "fact" => fact.map(|f| self.fact_label(f)),
                "caller" => Some(self.scenario.caller.name.clone()),
                "trainee" => Some(self.trainee.clone()),
                _ => key.strip_prefix("fact:").and_then(|f| {
                    self.caller_values.get(f).map(|v| {
                        given.push((f.to_string(), v.clone()));
                        v.clone()
                    })
                }),
            };
            match replacement {
                Some(r) => out.push_str(&r),
                None => out.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// A fact's name in the call's language.
    pub fn fact_label(&self, fact: &str) -> String {
        fact_label(&self.scenario, self.lang, fact)
    }

    /// The records matching a query (or the case's records without one), rendered.
    fn lookup(&self, query: &str) -> Vec<(String, String)> {
        let q = crate::understanding::fold(query);
        let lang = self.lang;
        self.scenario
            .records
            .iter()
            .filter_map(|r| {
                let mut lines = vec![r.title.get(lang).to_string()];
                for f in &r.fields {
                    let value = match &f.value {
                        FieldValue::Text(t) => t.get(lang).to_string(),
                        FieldValue::Fact(fact) => {
                            self.values.get(fact).cloned().unwrap_or_default()
                        }
                    };
                    lines.push(format!("  {}: {}", f.label.get(lang), value));
                }
                let text = lines.join("\n");
                let matches = if q.trim().is_empty() {
                    r.case
                } else {
                    let hay = crate::understanding::fold(&text);
                    q.split_whitespace().all(|w| hay.contains(w))
                };
                matches.then(|| (r.id.clone(), self.fill(&text, None, None)))
            })
            .collect()
    }
}

/// A fact's name in a language: the scenario's label, else the built-in one.
pub fn fact_label(scenario: &Scenario, lang: Lang, fact: &str) -> String {
    if let Some(label) = scenario.facts.get(fact).and_then(|f| f.label.as_ref()) {
        return label.get(lang).to_string();
    }
    let key = format!("fact.{fact}");
    let s = ui::t(lang, &key);
    if s == key {
        fact.replace('_', " ")
    } else {
        s.to_string()
    }
}

/// The acts whose phrasing is kept, to notice the same words said again.
pub const PHRASED: [ActKind; 5] = [
    ActKind::Empathy,
    ActKind::Apology,
    ActKind::Reassurance,
    ActKind::Refusal,
    ActKind::ProcedureShield,
];

pub fn word_set(text: &str) -> BTreeSet<String> {
    text.split(' ')
        .filter(|w| !w.is_empty() && *w != "?")
        .map(str::to_string)
        .collect()
}

/// Whether two phrasings share most of their words (Jaccard similarity at the threshold).
pub fn similar(a: &BTreeSet<String>, b: &BTreeSet<String>, threshold: f64) -> bool {
    if a.len() < 3 || b.len() < 3 {
        return a == b && !a.is_empty();
    }
    let inter = a.intersection(b).count() as f64;
    let union = a.union(b).count() as f64;
    inter / union >= threshold
}

/// Whether a script line is a turn (not blank, not a `#` comment).
pub fn is_script_turn(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty() && !l.starts_with('#')
}

impl Call {
    /// Plays script lines (one trainee turn a line; blank and `#` lines skipped). `on_step` sees
    /// each line and what it did. When the call ends first, the remaining turns are counted as
    /// ignored; when the script ends first, the call is abandoned.
    pub fn run_script<I: IntoIterator<Item = String>>(
        &mut self,
        lines: I,
        mut on_step: impl FnMut(&str, &Step),
    ) {
        let mut lines = lines.into_iter();
        for line in lines.by_ref() {
            if !is_script_turn(&line) {
                continue;
            }
            let step = self.input(&line);
            on_step(&line, &step);
            if self.is_over() {
                break;
            }
        }
        if self.is_over() {
            let ignored = lines.filter(|l| is_script_turn(l)).count();
            self.set_ignored_lines(ignored);
        } else {
            let events = self.abandon(0);
            on_step("", &Step::Events(events));
        }
    }
}
