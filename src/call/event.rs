//! The event log: everything that happens in a call, in order, typed and language-neutral.
//!
//! Events hold ids and values, never interface text: the words of a system line, a hint or a
//! scoring note are added when rendering (`report`), in the reader's language. The trainee's
//! own words and the caller's line ids (with the phrasing chosen) are what was said. An event
//! never changes after the engine emitted it.

use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::trainee::Address;
use crate::understanding::{Act, ActKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who speaks a turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    Trainee,
    Caller,
    System,
}

pub type Mood = BTreeMap<String, i64>;

/// Whether a caller in this mood is more anxious than angry (a missing mood counts 0): a
/// "rustig aan" with reassurance then gives time, and sorry after sorry weighs less.
pub fn more_anxious_than_angry(mood: &Mood) -> bool {
    let level = |m: &str| mood.get(m).copied().unwrap_or(0);
    level("anxiety") > level("anger")
}

/// A change of one mood dimension, and what caused it (a sensitivity key, `mood_rules[i]` or
/// a reaction id).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub cause: String,
    pub mood: String,
    pub delta: i64,
}

/// What the trainee said.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speech {
    pub n: u32,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub acts: Vec<Act>,
    /// False for speech while the caller was on hold: recorded, not heard.
    pub heard: bool,
    /// The text as understanding normalised it, to notice a turn said again.
    #[serde(default)]
    pub normalized: String,
    /// For sympathy and refusals: the clause that carried the act, normalised, so that the
    /// same phrase said again can be recognised.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub phrasing: BTreeMap<ActKind, String>,
    /// Acts heard only from loosely alike labelled lines: they shape the caller's answer but
    /// earn no points.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tentative: Vec<ActKind>,
}

/// One part of a caller's turn: a phrasing of one of the scenario's lines.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Said {
    pub line: String,
    /// Which phrasing of the line (an index into the call language's phrasings).
    pub variant: usize,
    /// For an answer: the fact asked and the value given (if the caller gave one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The values the line's `{fact:ID}` placeholders gave, as said at the time.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub gives: BTreeMap<String, String>,
}

/// What the desk's systems showed the trainee.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "shown", rename_all = "snake_case")]
pub enum Shown {
    /// `/lookup`: the records found (ids), for the query typed.
    Records {
        query: String,
        records: Vec<String>,
    },
    HoldOn,
    HoldOff,
    Transferred {
        to: String,
    },
    /// A scenario action was carried out.
    ActionDone {
        action: String,
    },
}

/// The next useful step of a call, as a hint suggests it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum NextStep {
    /// Name the caller's feeling before anything else.
    Acknowledge,
    AskFacts {
        facts: Vec<String>,
    },
    LookUp,
    /// The caller cannot verify: say why, and offer a safe route.
    SafeRoute {
        facts: Vec<String>,
    },
    Act {
        action: String,
    },
    Close,
}

/// What is missing before a sensitive action counts as verified.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// A required fact not asked for, not given, or not matching the records.
    Fact(String),
    /// The records were not looked at.
    Records,
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
        /// How the caller addresses the trainee (`{address}`); absent in older logs: none.
        #[serde(default, skip_serializing_if = "Address::is_none")]
        address: Address,
        /// The true values of the case's facts, drawn for this seed.
        values: BTreeMap<String, String>,
        /// What the caller says when asked (differs from the truth where the caller lies).
        caller_values: BTreeMap<String, String>,
        mood: Mood,
    },
    Speech(Speech),
    /// A trainee command that is a turn of the call (`/lookup`, `/reset`, …).
    Command {
        n: u32,
        name: String,
        arg: String,
        text: String,
    },
    Caller {
        n: u32,
        said: Vec<Said>,
    },
    System {
        n: u32,
        shown: Shown,
    },
    /// The caller's mood after turn `after`, with the changes that led to it.
    Mood {
        after: u32,
        mood: Mood,
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
    /// The trainee said a private value from the records to a caller who had not given it and
    /// was not verified.
    Leaked {
        n: u32,
        fact: String,
    },
    /// The trainee named a desk the scenario refers callers to (`named`), or gave some of the
    /// details the caller needs to reach it.
    Referred {
        n: u32,
        referral: String,
        named: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        details: Vec<String>,
    },
    Action {
        n: u32,
        action: String,
        sensitive: bool,
        verified: bool,
        missing: Vec<Missing>,
    },
    Hold {
        n: u32,
        on: bool,
    },
    /// A caller reaction fired (by its id), after turn `n`.
    Reaction {
        n: u32,
        id: String,
    },
    Flag {
        n: u32,
        flag: String,
    },
    /// The trainee asked for a hint: the scenario's hint by index, else the next useful step.
    Hint {
        after: u32,
        hint: Option<usize>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<NextStep>,
    },
    Note {
        after: u32,
        text: String,
    },
    Ended {
        outcome: Outcome,
    },
    /// Lines left unplayed because the call ended first: the rest of a script, or pasted
    /// lines still waiting at the prompt.
    Unplayed {
        lines: usize,
    },
}

impl Event {
    /// The turn number of a turn event (trainee speech or command, caller, system).
    pub fn turn(&self) -> Option<u32> {
        match self {
            Event::Speech(s) => Some(s.n),
            Event::Command { n, .. } | Event::Caller { n, .. } | Event::System { n, .. } => {
                Some(*n)
            }
            _ => None,
        }
    }
}
