//! The checked scenario the engine runs on: every reference resolved, every name typed.
//!
//! Built by [`super::check`] from the raw file; nothing here can dangle.

use super::condition::Cond;
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::rules::RuleId;
use crate::understanding::{ActKind, Extension};
use std::collections::BTreeMap;

pub const FORMAT: &str = "deskdrill.scenario.v1";
pub const DIFFICULTIES: [&str; 3] = ["easy", "medium", "hard"];
/// Lines the engine says by name when the scenario has them.
pub const ENGINE_LINES: [&str; 3] = ["give_fact", "deflect", "as_i_said"];

/// Text in every language of the scenario.
#[derive(Clone, Debug, Default)]
pub struct Text(pub(crate) BTreeMap<Lang, String>);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(&lang)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Several phrasings in every language.
#[derive(Clone, Debug, Default)]
pub struct Lines(pub(crate) BTreeMap<Lang, Vec<String>>);

impl Lines {
    pub fn get(&self, lang: Lang) -> &[String] {
        self.0.get(&lang).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Weights {
    pub verification: u32,
    pub deescalation: u32,
    pub resolution: u32,
    pub professionalism: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            verification: 30,
            deescalation: 30,
            resolution: 25,
            professionalism: 15,
        }
    }
}

#[derive(Debug)]
pub struct Scenario {
    pub id: String,
    pub languages: Vec<Lang>,
    pub title: Text,
    pub summary: Text,
    pub difficulty: String,
    pub tags: Vec<String>,
    pub pass_mark: u32,
    pub weights: Weights,
    pub rule_points: BTreeMap<RuleId, i32>,
    /// Caps of critical rules where this scenario sets its own.
    pub rule_caps: BTreeMap<RuleId, u32>,
    /// The cap on acting on, or telling, a caller checked halfway, where this scenario sets
    /// its own (else [`crate::rules::PARTLY_VERIFIED_CAP`]).
    pub partly_verified_cap: Option<u32>,
    pub briefing: Briefing,
    pub facts: BTreeMap<String, Fact>,
    pub records: Vec<Record>,
    pub caller: Caller,
    pub actions: BTreeMap<String, Action>,
    pub outcomes: Outcomes,
    pub jargon: BTreeMap<Lang, Vec<String>>,
    pub expected_acts: Vec<ActKind>,
    pub hints: Vec<Hint>,
    pub judgement: Judgement,
    pub understanding: BTreeMap<Lang, Extension>,
    pub tests: Vec<SelfTest>,
}

#[derive(Debug)]
pub struct Briefing {
    pub role: Text,
    pub organisation: Text,
    pub situation: Text,
    pub policy: Vec<Text>,
}

/// A trainer's hint, given when its condition holds (always, without one).
#[derive(Debug)]
pub struct Hint {
    pub when: Option<Cond>,
    pub text: Text,
}

/// What a trainer judges in this scenario, beyond the built-in rules. Word lists are stored
/// as plain words (`text::plain_words`).
#[derive(Debug, Default)]
pub struct Judgement {
    pub specifics: BTreeMap<Lang, Vec<String>>,
    pub overpromises: BTreeMap<Lang, Vec<String>>,
    pub forbidden_facts: Vec<String>,
    /// Facts asking for which is needless here, contact details included.
    pub needless_facts: Vec<String>,
    /// Words naming the case's protected details, per language, as plain words.
    pub protected: BTreeMap<Lang, Vec<String>>,
    /// Words naming details this caller may never be told, verified or not.
    pub confidential: BTreeMap<Lang, Vec<String>>,
    /// Words naming minor details of the case, whose telling before verification is a slip.
    pub minor: BTreeMap<Lang, Vec<String>>,
    /// Transfer targets by id, with the words that name them per language.
    pub transfer_targets: BTreeMap<String, BTreeMap<Lang, Vec<String>>>,
    pub better: BTreeMap<RuleId, Text>,
    /// Named topics with their words per language, as plain words.
    pub topics: BTreeMap<String, BTreeMap<Lang, Vec<String>>>,
    /// The topic that answers the caller's actual question.
    pub question: Option<String>,
    pub referrals: BTreeMap<String, Referral>,
    /// Whether a callback is safe only to the number on file (`V-CALLER-ROUTE`).
    pub callback_on_file: bool,
    /// Slips this scenario names, by id (`P-KNOWN-SLIP`).
    pub slips: BTreeMap<String, Slip>,
}

/// A slip a scenario names: the phrases that make it per language (as `said` reads them), what
/// the debrief calls it, a better line, and whether it counts only before the first look at
/// the records.
#[derive(Debug, Default)]
pub struct Slip {
    pub says: BTreeMap<Lang, Vec<String>>,
    pub label: Text,
    pub better: Option<Text>,
    pub before_lookup: bool,
}

impl Judgement {
    /// Whether the text names the topic in this language: one of its words, not right after
    /// a negation (`mentioned(TOPIC)`, `judgement.question`).
    pub fn mentions(&self, topic: &str, lang: Lang, text: &str) -> bool {
        self.topics
            .get(topic)
            .and_then(|words| words.get(&lang))
            .is_some_and(|words| crate::phrases::said(text, words).is_some())
    }
}

/// The details of a referral that have built-in names.
pub const REFERRAL_DETAILS: [&str; 5] = [
    "phone_number",
    "opening_hours",
    "address",
    "email",
    "website",
];

/// A desk a caller should be referred to: the words that name it (plain words) and the details
/// the trainee must give.
#[derive(Debug, Default)]
pub struct Referral {
    /// Its name per language, as written: the first of the words that name it.
    pub name: BTreeMap<Lang, String>,
    pub desk: BTreeMap<Lang, Vec<String>>,
    pub details: BTreeMap<String, ReferralDetail>,
}

#[derive(Debug, Default)]
pub struct ReferralDetail {
    pub label: Option<Text>,
    /// Plain words, or for a number its digits alone.
    pub says: BTreeMap<Lang, Vec<Said>>,
}

/// One way to say a referral's detail.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    Words(String),
    Digits(String),
}

impl Said {
    /// A number when it has no letters and at least four digits; else plain words.
    pub fn of(text: &str) -> Said {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 4 && !text.chars().any(char::is_alphabetic) {
            Said::Digits(digits)
        } else {
            Said::Words(crate::text::plain_words(text))
        }
    }
}

#[derive(Debug)]
pub struct Fact {
    pub value: Option<String>,
    pub pool: Vec<String>,
    pub public: bool,
    pub label: Option<Text>,
}

#[derive(Debug)]
pub struct Record {
    pub id: String,
    pub title: Text,
    pub case: bool,
    pub disputed: bool,
    /// Another person's record: reading its numbers and dates out is a leak.
    pub private: bool,
    pub fields: Vec<Field>,
}

impl Record {
    /// The values of a private record a caller must never hear, with their labels: the ones
    /// with digits in them (numbers, dates), long enough not to match by chance.
    pub fn private_values(&self, lang: Lang) -> Vec<(String, String)> {
        if !self.private {
            return Vec::new();
        }
        self.fields
            .iter()
            .filter_map(|f| match &f.value {
                FieldValue::Text(t) => {
                    Some((f.label.get(lang).to_string(), t.get(lang).to_string()))
                }
                FieldValue::Fact(_) => None,
            })
            .filter(|(_, v)| v.chars().filter(char::is_ascii_digit).count() >= 4)
            .collect()
    }

    /// The record as `/lookup` shows it: its title, then a line per field, with the case's
    /// values (`values`: the true values of facts for this call).
    pub fn text(&self, lang: Lang, values: &BTreeMap<String, String>) -> String {
        let mut lines = vec![self.title.get(lang).to_string()];
        for f in &self.fields {
            let value = match &f.value {
                FieldValue::Text(t) => t.get(lang),
                FieldValue::Fact(fact) => values.get(fact).map(String::as_str).unwrap_or(""),
            };
            lines.push(format!("  {}: {}", f.label.get(lang), value));
        }
        lines.join("\n")
    }
}

#[derive(Debug)]
pub struct Field {
    pub label: Text,
    pub value: FieldValue,
}

#[derive(Debug)]
pub enum FieldValue {
    Text(Text),
    Fact(String),
}

#[derive(Debug)]
pub struct Caller {
    pub name: String,
    pub persona: Text,
    pub claims: Text,
    pub truth: Text,
    pub goal: Text,
    pub technical: bool,
    /// The longest sentence, in words, this caller follows; None for no limit.
    pub sentence_words: Option<u32>,
    pub mood: BTreeMap<String, u8>,
    pub knows: BTreeMap<String, Knows>,
    pub sensitivity: Vec<Sensitivity>,
    pub mood_rules: Vec<MoodRule>,
    pub lines: BTreeMap<String, Lines>,
    pub reactions: Vec<Reaction>,
}

#[derive(Debug)]
pub struct Knows {
    pub answer: Option<String>,
    pub deflect: Option<String>,
    pub lie: Vec<String>,
    pub lie_after: Option<u32>,
}

impl Knows {
    pub fn knows(&self) -> bool {
        self.deflect.is_none()
    }
}

/// What moves the caller's mood by a fixed amount whenever it happens.
#[derive(Debug, Clone, PartialEq)]
pub enum Trigger {
    Act(ActKind),
    Command(String),
    /// The act said again in the same words.
    Repeat(ActKind),
    /// A fact the caller already gave is asked for again.
    AskedAgain,
    EachTurn,
}

#[derive(Debug)]
pub struct Sensitivity {
    /// The key as written in the file, which names the cause of a mood change.
    pub key: String,
    pub trigger: Trigger,
    pub change: BTreeMap<String, i32>,
}

#[derive(Debug)]
pub struct MoodRule {
    pub when: Cond,
    pub change: BTreeMap<String, i32>,
    pub set: Vec<String>,
}

#[derive(Debug)]
pub struct Reaction {
    pub id: String,
    pub when: Cond,
    pub say: Option<String>,
    pub mood: BTreeMap<String, i32>,
    pub set: Vec<String>,
    pub once: bool,
    pub end: Option<Outcome>,
}

#[derive(Debug)]
pub struct Action {
    /// The command's name per language where it is not the id (`/corrigeer` for `correct`).
    pub names: BTreeMap<Lang, String>,
    pub label: Text,
    pub help: Text,
    pub done: Text,
    pub sensitive: bool,
    pub requires: Vec<String>,
    pub resolves: bool,
    /// After-call work: it can still be done once the call has ended.
    pub after_call: bool,
}

#[derive(Debug)]
pub struct Outcomes {
    pub right: Vec<Outcome>,
    pub wrong: Vec<Outcome>,
    /// The steps a good call includes, each as its alternatives (`"appointment|callback"` in
    /// the file): taking any one of them does the step.
    pub recommended_actions: Vec<Vec<String>>,
    pub explain: BTreeMap<Outcome, Text>,
}

#[derive(Debug, Clone)]
pub struct SelfTest {
    pub name: String,
    pub lang: Lang,
    pub seed: u64,
    pub address: crate::trainee::Address,
    pub script: Vec<String>,
    pub expect: Expect,
}

#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub passed: Option<bool>,
    pub outcome: Option<Outcome>,
    pub total: Option<[u32; 2]>,
    pub verification: Option<[u32; 2]>,
    pub deescalation: Option<[u32; 2]>,
    pub resolution: Option<[u32; 2]>,
    pub professionalism: Option<[u32; 2]>,
    pub critical: Option<Vec<RuleId>>,
    pub rules: Vec<RuleId>,
}

impl Scenario {
    /// The cap on acting on, or telling, a caller checked halfway: this scenario's own
    /// `partly_verified_cap`, else [`crate::rules::PARTLY_VERIFIED_CAP`].
    pub fn partly_cap(&self) -> u32 {
        self.partly_verified_cap
            .unwrap_or(crate::rules::PARTLY_VERIFIED_CAP)
    }

    /// Whether the caller could have proved who they are: they know every fact the
    /// verification requires (no deflection, no lie). Acting unverified on such a caller
    /// fails, but the details reached their owner.
    pub fn caller_could_verify(&self) -> bool {
        self.required_facts().iter().all(|f| {
            self.caller
                .knows
                .get(f)
                .is_some_and(|k| k.knows() && k.lie.is_empty())
        })
    }

    /// The facts that verify a caller: everything a sensitive action requires, in order.
    pub fn required_facts(&self) -> Vec<String> {
        let mut required: Vec<String> = Vec::new();
        for a in self.actions.values().filter(|a| a.sensitive) {
            for f in &a.requires {
                if !required.contains(f) {
                    required.push(f.clone());
                }
            }
        }
        required
    }

    /// An action's command name in a language: its own name there, else its id.
    pub fn action_name<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.actions
            .get(id)
            .and_then(|a| a.names.get(&lang))
            .map_or(id, String::as_str)
    }

    /// The action a typed command name stands for: its id or its name in any language.
    pub fn action_id(&self, typed: &str) -> Option<&str> {
        self.actions
            .iter()
            .find(|(id, a)| *id == typed || a.names.values().any(|n| n == typed))
            .map(|(id, _)| id.as_str())
    }

    /// The actions' command names in a language, in the order of their ids.
    pub fn action_names(&self, lang: Lang) -> Vec<String> {
        self.actions
            .keys()
            .map(|id| self.action_name(id, lang).to_string())
            .collect()
    }

    /// What `/lookup` can find, in a language: the subjects the records' titles name
    /// ("Zorggroep Het Anker", "Ingrid Bakker"), each once.
    pub fn lookup_subjects(&self, lang: Lang) -> Vec<String> {
        let mut subjects: Vec<String> = Vec::new();
        for r in &self.records {
            for part in r.title.get(lang).split([':', '—']) {
                let part = part.trim();
                if !part.is_empty() && !subjects.iter().any(|s| s == part) {
                    subjects.push(part.to_string());
                }
            }
        }
        subjects
    }

    /// The points of a rule in this scenario (its own weighting, else the default).
    pub fn points(&self, rule: RuleId) -> i32 {
        self.rule_points
            .get(&rule)
            .copied()
            .unwrap_or_else(|| rule.default_points())
    }
}
