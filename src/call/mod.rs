//! The call engine: one play of a scenario, as a log of events.
//!
//! The engine does no I/O: no printing, no clock, no randomness of its own. The front end
//! passes in the seed (through [`Setup`]) and each line the trainee typed, and gets back the
//! events it caused. The log of events is the single record of the call; [`CallState`] is its
//! fold, kept up to date as each event is emitted, and the score, the debrief, the saved
//! result and any replay derive from the log the same way.

mod caller;
mod coach;
mod context;
mod dates;
mod desk;
pub mod event;
mod phrasing;
mod play;
pub mod state;
mod wrap_up;

pub use caller::{Fill, fill};
pub use desk::{LEADING, PART};
pub use event::{Change, Event, Missing, Mood, NextStep, Said, Shown, Speaker, Speech};
pub use play::{LineSource, Script, is_script_turn};
pub use state::CallState;

use crate::commands::{self, Common, Input};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::trainee::Address;
use crate::understanding::{ActKind, Lexicon};
use caller::TurnInput;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Values shorter than this (letters and digits) are too common to count as read out.
const MIN_LEAK_CHARS: usize = 4;

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
    /// A command no one knows. `suggestions` are every command it could mean (see
    /// [`crate::suggest::candidates`]): with more than one, all are listed and none is picked,
    /// so a scenario action such as `/reset` is never the one guess for an ambiguous prefix.
    UnknownCommand {
        name: String,
        suggestions: Vec<String>,
    },
    MissingArgument {
        name: String,
        arg: String,
    },
    /// `/transfer` to someone this desk cannot transfer to; `targets` names who it can.
    UnknownTransfer {
        who: String,
        targets: Vec<String>,
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
    rng: ChaCha8Rng,
    log: Vec<Event>,
    state: CallState,
    /// The phrasings said of each caller line, so all come before one comes again.
    /// Engine-only: no view of the call needs it.
    phrasings: phrasing::Phrasings,
}

/// What the caller will say and do at the end of a step.
#[derive(Default)]
struct Reply {
    said: Vec<Said>,
    changes: Vec<Change>,
    end: Option<Outcome>,
}

impl Call {
    /// Starts a call: draws the case's values from the seed and logs the start. The caller
    /// addresses the trainee by no title; see [`Call::addressed`].
    pub fn new(setup: Setup) -> Call {
        Call::addressed(setup, Address::None)
    }

    /// Starts a call in which the caller addresses the trainee so (`{address}`: "sir", …).
    pub fn addressed(setup: Setup, address: Address) -> Call {
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
                let lie = knows.lie[rng.random_range(0..knows.lie.len())].clone();
                caller_values.insert(id.clone(), lie);
            }
        }
        let mood: Mood = scenario
            .caller
            .mood
            .iter()
            .map(|(k, v)| (k.clone(), i64::from(*v)))
            .collect();
        let mut call = Call {
            state: CallState::new(&scenario),
            scenario: Arc::clone(&scenario),
            lexicon,
            lang,
            rng,
            log: Vec::new(),
            phrasings: phrasing::Phrasings::default(),
        };
        call.emit(Event::Started {
            scenario: scenario.id.clone(),
            lang,
            seed,
            trainee,
            address,
            values,
            caller_values,
            mood,
        });
        call
    }

    pub fn log(&self) -> &[Event] {
        &self.log
    }

    pub fn state(&self) -> &CallState {
        &self.state
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn is_over(&self) -> bool {
        self.state.is_over()
    }

    fn emit(&mut self, event: Event) {
        self.state.apply(&event);
        self.log.push(event);
    }

    fn next_turn(&self) -> u32 {
        self.state.n + 1
    }

    /// Takes one line the trainee typed.
    pub fn input(&mut self, line: &str) -> Step {
        if self.is_over() {
            return Step::Rejected(Rejection::CallEnded);
        }
        match commands::parse(line) {
            Input::Empty => Step::Nothing,
            Input::Speech(text) => {
                let start = self.log.len();
                self.speech(&text);
                Step::Events(self.log[start..].to_vec())
            }
            Input::Command { name, arg } => self.command(&name, &arg, line.trim()),
        }
    }

    /// The trainee walked away (Ctrl-C, Ctrl-D, end of a script): the call is abandoned.
    pub fn abandon(&mut self) -> Vec<Event> {
        if self.is_over() {
            return Vec::new();
        }
        self.emit(Event::Ended {
            outcome: Outcome::Abandoned,
        });
        vec![Event::Ended {
            outcome: Outcome::Abandoned,
        }]
    }

    /// Records how many lines (of a script, or pasted) were left unplayed when the call had
    /// ended, and returns what that added to the log.
    pub fn unplayed(&mut self, lines: usize) -> Vec<Event> {
        let start = self.log.len();
        if lines > 0 && self.is_over() {
            self.emit(Event::Unplayed { lines });
        }
        self.log[start..].to_vec()
    }

    fn command(&mut self, typed: &str, arg: &str, raw: &str) -> Step {
        let common = Common::from_name(typed);
        // An action goes by its id in the log, whichever language's name was typed.
        let scenario = Arc::clone(&self.scenario);
        let action = scenario.action_id(typed);
        let name = action.unwrap_or(typed);
        if common.is_none() && action.is_none() {
            let names = commands::names(&self.scenario.action_names(self.lang));
            let suggestions = crate::suggest::candidates(name, names.iter().map(String::as_str))
                .into_iter()
                .map(str::to_string)
                .collect();
            return Step::Rejected(Rejection::UnknownCommand {
                name: name.to_string(),
                suggestions,
            });
        }
        let start = self.log.len();
        if let Some(common) = common {
            let def = common.def();
            if def.arg_required && arg.is_empty() {
                return Step::Rejected(Rejection::MissingArgument {
                    name: name.into(),
                    arg: def.arg.unwrap_or("").into(),
                });
            }
            match common {
                Common::Help => return Step::Help,
                Common::Status => return Step::Status,
                Common::Hint => {
                    // The first hint not given yet whose condition holds now.
                    let hint = self.scenario.hints.iter().enumerate().position(|(i, h)| {
                        !self.state.hints.contains(&i)
                            && h.when
                                .as_ref()
                                .is_none_or(|c| caller::holds(&self.state, c))
                    });
                    let step = hint
                        .is_none()
                        .then(|| coach::next_step(&self.scenario, &self.state))
                        .flatten();
                    self.emit(Event::Hint {
                        after: self.state.n,
                        hint,
                        step,
                    });
                    return Step::Events(self.log[start..].to_vec());
                }
                Common::Notes => {
                    self.emit(Event::Note {
                        after: self.state.n,
                        text: arg.to_string(),
                    });
                    return Step::Events(self.log[start..].to_vec());
                }
                Common::Resume if !self.state.on_hold => {
                    return Step::Rejected(Rejection::NotOnHold);
                }
                Common::Hold if self.state.on_hold => {
                    return Step::Rejected(Rejection::AlreadyOnHold);
                }
                Common::Transfer if self.transfer_target(arg).is_none() => {
                    return Step::Rejected(Rejection::UnknownTransfer {
                        who: arg.to_string(),
                        targets: self
                            .transfer_targets()
                            .into_iter()
                            .map(|(_, n)| n)
                            .collect(),
                    });
                }
                _ => {}
            }
        }
        self.trainee_command(common, name, arg, raw);
        Step::Events(self.log[start..].to_vec())
    }

    fn speech(&mut self, text: &str) {
        let (acts, mut phrasing, tentative) = self.lexicon.understand_phrased(text);
        let acts = context::farewell(acts, self.state.speech.len(), text, || {
            self.lexicon.opens_with_parting_greeting(text)
        });
        let acts = context::time_given(acts, &self.state.mood, text, self.lang);
        phrasing.retain(|k, _| state::PHRASED.contains(k));
        let heard = !self.state.on_hold;
        let n = self.next_turn();
        self.emit(Event::Speech(Speech {
            n,
            text: text.to_string(),
            acts: acts.clone(),
            heard,
            normalized: self.lexicon.normalize(text),
            phrasing,
            tentative: tentative.clone(),
        }));
        if !heard {
            // The caller cannot hear: an aside, recorded but not answered.
            return;
        }
        for fact in self.leaked_in(text, n) {
            self.emit(Event::Leaked { n, fact });
        }
        for (referral, named, details) in self.referred_in(text) {
            self.emit(Event::Referred {
                n,
                referral,
                named,
                details,
            });
        }
        let (repeated, repeats) = self
            .state
            .speech
            .last()
            .map(|t| (t.repeated, t.repeats.clone()))
            .unwrap_or_default();
        let mut asked_now = Vec::new();
        for a in acts.iter().filter(|a| a.act == ActKind::AskIdentity) {
            if let Some(fact) = &a.fact {
                let again = self.state.given(fact).is_some();
                self.emit(Event::FactAsked {
                    n,
                    fact: fact.clone(),
                    again,
                });
                asked_now.push((fact.clone(), again));
            }
        }
        let scenario = Arc::clone(&self.scenario);
        let turn = TurnInput {
            acts: &acts,
            tentative: &tentative,
            command: None,
            repeated,
            repeats,
            asked_again: asked_now.iter().any(|(_, again)| *again),
            topics: caller::topics_named(&scenario, self.state.lang, text),
        };
        let mut mood = self.state.mood.clone();
        let mut reply = Reply::default();
        let flags = caller::feel(
            &self.scenario,
            &self.state,
            &mut mood,
            &turn,
            &mut reply.changes,
        );
        self.set_flags(flags);
        for (fact, again) in &asked_now {
            self.answer(n, fact, *again, &mut reply);
        }
        self.react(&turn, &mut mood, &mut reply);
        self.finish(mood, reply);
    }

    fn trainee_command(&mut self, common: Option<Common>, name: &str, arg: &str, raw: &str) {
        let n = self.next_turn();
        self.emit(Event::Command {
            n,
            name: name.to_string(),
            arg: arg.to_string(),
            text: raw.to_string(),
        });
        let mut reply = Reply::default();
        let shown = match common {
            Some(Common::Lookup) => {
                let records = self.lookup(arg);
                self.emit(Event::Lookup {
                    n,
                    records: records.clone(),
                });
                Some(Shown::Records {
                    query: arg.to_string(),
                    records,
                })
            }
            Some(Common::Hold | Common::Resume) => {
                let on = common == Some(Common::Hold);
                self.emit(Event::Hold { n, on });
                Some(if on { Shown::HoldOn } else { Shown::HoldOff })
            }
            Some(Common::Transfer) => {
                reply.end = Some(Outcome::Transferred);
                Some(Shown::Transferred {
                    to: self.transfer_name(arg),
                })
            }
            Some(Common::End) => {
                reply.end = Some(self.state.ending(&self.scenario));
                None
            }
            Some(_) => None,
            None => Some(self.action(n, name)),
        };
        if let Some(shown) = shown {
            let n = self.next_turn();
            self.emit(Event::System { n, shown });
        }
        let mut mood = self.state.mood.clone();
        if reply.end.is_none() || common == Some(Common::Transfer) {
            let turn = TurnInput {
                command: Some(name),
                ..TurnInput::default()
            };
            let flags = caller::feel(
                &self.scenario,
                &self.state,
                &mut mood,
                &turn,
                &mut reply.changes,
            );
            self.set_flags(flags);
            let end = reply.end;
            self.react(&turn, &mut mood, &mut reply);
            if end.is_some() {
                reply.end = end;
            }
        }
        self.finish(mood, reply);
    }

    /// Takes the scenario's action `name` in turn `n`: what the desk's system then shows.
    fn action(&mut self, n: u32, name: &str) -> Shown {
        let missing = self.state.missing_for(name);
        let sensitive = self.scenario.actions[name].sensitive;
        self.emit(Event::Action {
            n,
            action: name.to_string(),
            sensitive,
            verified: missing.is_empty(),
            missing,
        });
        Shown::ActionDone {
            action: name.to_string(),
        }
    }

    /// The caller's line, the mood after the step, and the end of the call if it ends.
    fn finish(&mut self, mood: Mood, reply: Reply) {
        if !reply.said.is_empty() {
            let n = self.next_turn();
            self.emit(Event::Caller {
                n,
                said: reply.said,
            });
        }
        self.emit(Event::Mood {
            after: self.state.n,
            mood,
            changes: reply.changes,
        });
        if let Some(outcome) = reply.end {
            let outcome = if outcome == Outcome::Resolved && !self.state.resolved {
                Outcome::Ended
            } else {
                outcome
            };
            self.emit(Event::Ended { outcome });
        }
    }

    /// Sets flags the caller's mood rules raised this turn.
    fn set_flags(&mut self, flags: Vec<String>) {
        let n = self.state.n;
        for flag in flags {
            self.emit(Event::Flag { n, flag });
        }
    }

    /// Picks the first reaction that holds and applies it.
    fn react(&mut self, turn: &TurnInput, mood: &mut Mood, reply: &mut Reply) {
        let scenario = Arc::clone(&self.scenario);
        let Some(reaction) = caller::choose(&scenario, &self.state, mood, turn) else {
            return;
        };
        let n = self.state.n;
        self.emit(Event::Reaction {
            n,
            id: reaction.id.clone(),
        });
        caller::change_mood(mood, &reaction.id, &reaction.mood, &mut reply.changes);
        for flag in &reaction.set {
            if !self.state.flags.iter().any(|(_, f)| f == flag) {
                self.emit(Event::Flag {
                    n,
                    flag: flag.clone(),
                });
            }
        }
        if let Some(line) = &reaction.say {
            let said = self.say(line, None, None, n);
            reply.said.push(said);
        }
        if reaction.end.is_some() {
            reply.end = reaction.end;
        }
    }

    fn answer(&mut self, n: u32, fact: &str, again: bool, reply: &mut Reply) {
        let Some((line, giving)) = caller::answer(&self.scenario, &self.state, fact, again) else {
            return;
        };
        // A value the trainee read out is given back true; else what the caller would say.
        let values = if caller::learned(&self.state, fact) {
            &self.state.values
        } else {
            &self.state.caller_values
        };
        let value = giving.then(|| values.get(fact).cloned()).flatten();
        let said = self.say(&line, Some(fact), value.clone(), n);
        if let Some(value) = value {
            self.give(n, fact, &value);
        }
        reply.said.push(said);
    }

    /// Chooses a phrasing of a line (`phrasing.rs`: all before one comes again) and records
    /// the facts its `{fact:ID}` placeholders give.
    fn say(&mut self, line: &str, fact: Option<&str>, value: Option<String>, n: u32) -> Said {
        let phrasings = self
            .scenario
            .caller
            .lines
            .get(line)
            .map(|l| l.get(self.lang).len())
            .unwrap_or(0);
        let mut variant = 0;
        let mut gives = BTreeMap::new();
        if phrasings > 0 {
            variant = self.phrasings.pick(line, phrasings, &mut self.rng);
            let text = self.scenario.caller.lines[line].get(self.lang)[variant].clone();
            for f in caller::facts_in(&text, &self.state.caller_values) {
                let v = if caller::learned(&self.state, &f) {
                    self.state.values[&f].clone()
                } else {
                    self.state.caller_values[&f].clone()
                };
                self.give(n, &f, &v);
                gives.insert(f, v);
            }
        }
        Said {
            line: line.to_string(),
            variant,
            fact: fact.map(str::to_string),
            value,
            gives,
        }
    }

    fn give(&mut self, n: u32, fact: &str, value: &str) {
        let correct = self.state.values.get(fact).is_some_and(|v| v == value);
        if self.state.given(fact).is_none_or(|g| g.value != value) {
            self.emit(Event::FactGiven {
                n,
                fact: fact.to_string(),
                value: value.to_string(),
                correct,
            });
        }
    }
}
