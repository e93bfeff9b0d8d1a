//! Stage one of loading: the scenario file exactly as written, with serde.
//!
//! Nothing here is checked beyond JSON types and field names; `model.rs` resolves every
//! reference and checks every rule before the engine sees a scenario.

use crate::understanding::ActPatterns;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Text in every language of the scenario: `{"en": "...", "nl": "..."}`.
pub type RawText = BTreeMap<String, String>;
/// Several phrasings in every language: `{"en": ["...", "..."], "nl": ["..."]}`.
pub type RawLines = BTreeMap<String, Vec<String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScenario {
    pub format: String,
    pub id: String,
    pub languages: Vec<String>,
    pub title: RawText,
    pub summary: RawText,
    pub difficulty: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub pass_mark: u64,
    #[serde(default)]
    pub weights: Option<RawWeights>,
    #[serde(default)]
    pub rule_points: BTreeMap<String, i64>,
    pub briefing: RawBriefing,
    #[serde(default)]
    pub facts: BTreeMap<String, RawFact>,
    #[serde(default)]
    pub records: Vec<RawRecord>,
    pub caller: RawCaller,
    #[serde(default)]
    pub actions: BTreeMap<String, RawAction>,
    pub outcomes: RawOutcomes,
    #[serde(default)]
    pub jargon: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub expected_acts: Vec<String>,
    #[serde(default)]
    pub hints: Vec<RawHint>,
    #[serde(default)]
    pub judgement: RawJudgement,
    #[serde(default)]
    pub understanding: BTreeMap<String, RawUnderstanding>,
    #[serde(default)]
    pub tests: Vec<RawTest>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawWeights {
    pub verification: u64,
    pub deescalation: u64,
    pub resolution: u64,
    pub professionalism: u64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBriefing {
    pub role: RawText,
    pub organisation: RawText,
    pub situation: RawText,
    #[serde(default)]
    pub policy: Vec<RawText>,
}

/// A fact of the case: its true value (fixed, or drawn per seed from a pool), and for a fact
/// the scenario adds, its label and synonyms.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub pool: Vec<String>,
    #[serde(default)]
    pub public: bool,
    #[serde(default)]
    pub label: Option<RawText>,
    #[serde(default)]
    pub synonyms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecord {
    pub id: String,
    pub title: RawText,
    #[serde(default)]
    pub case: bool,
    /// The evidence that settles what the caller disputes: a trainee who refuses or sides with
    /// the company before looking at it hides behind procedure.
    #[serde(default)]
    pub disputed: bool,
    #[serde(default)]
    pub fields: Vec<RawField>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub label: RawText,
    #[serde(default)]
    pub value: Option<RawText>,
    #[serde(default)]
    pub fact: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCaller {
    pub name: String,
    pub persona: RawText,
    pub claims: RawText,
    pub truth: RawText,
    pub goal: RawText,
    #[serde(default = "yes")]
    pub technical: bool,
    pub mood: BTreeMap<String, u8>,
    #[serde(default)]
    pub knows: BTreeMap<String, RawKnows>,
    #[serde(default)]
    pub sensitivity: BTreeMap<String, BTreeMap<String, i32>>,
    #[serde(default)]
    pub mood_rules: Vec<RawMoodRule>,
    pub lines: BTreeMap<String, RawLines>,
    pub reactions: Vec<RawReaction>,
}

fn yes() -> bool {
    true
}

/// What the caller does when asked for a fact.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawKnows {
    /// The line that gives the value (default: the caller's `give_fact` line).
    #[serde(default)]
    pub answer: Option<String>,
    /// When the caller does not know the fact: the line that deflects.
    #[serde(default)]
    pub deflect: Option<String>,
    /// A wrong value the caller gives instead of the true one (drawn per seed).
    #[serde(default)]
    pub lie: Vec<String>,
    /// For a fact the caller does not know: after being asked this many times, the caller
    /// makes up a value from `lie` instead of deflecting.
    #[serde(default)]
    pub lie_after: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMoodRule {
    pub when: String,
    pub change: BTreeMap<String, i32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReaction {
    #[serde(default)]
    pub id: Option<String>,
    pub when: String,
    #[serde(default)]
    pub say: Option<String>,
    #[serde(default)]
    pub mood: BTreeMap<String, i32>,
    #[serde(default)]
    pub set: Vec<String>,
    #[serde(default)]
    pub once: bool,
    #[serde(default)]
    pub end: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    pub label: RawText,
    pub help: RawText,
    pub done: RawText,
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default)]
    pub resolves: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcomes {
    pub right: Vec<String>,
    #[serde(default)]
    pub wrong: Vec<String>,
    #[serde(default)]
    pub recommended_actions: Vec<String>,
    #[serde(default)]
    pub explain: BTreeMap<String, RawText>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawUnderstanding {
    #[serde(default)]
    pub acts: BTreeMap<String, ActPatterns>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTest {
    pub name: String,
    pub lang: String,
    #[serde(default)]
    pub seed: u64,
    pub script: Vec<String>,
    pub expect: RawExpect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawExpect {
    #[serde(default)]
    pub passed: Option<bool>,
    #[serde(default)]
    pub outcome: Option<String>,
    #[serde(default)]
    pub total: Option<[u32; 2]>,
    #[serde(default)]
    pub verification: Option<[u32; 2]>,
    #[serde(default)]
    pub deescalation: Option<[u32; 2]>,
    #[serde(default)]
    pub resolution: Option<[u32; 2]>,
    #[serde(default)]
    pub professionalism: Option<[u32; 2]>,
    #[serde(default)]
    pub critical: Option<Vec<String>>,
    #[serde(default)]
    pub rules: Vec<String>,
}

/// A trainer's hint: plain text, or text for when a condition on the call holds.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawHint {
    When { when: String, text: RawText },
    Always(RawText),
}

/// What a trainer judges in this scenario, beyond the built-in rules.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJudgement {
    /// Words that show the trainee engages with this caller's actual problem, per language.
    #[serde(default)]
    pub specifics: BTreeMap<String, Vec<String>>,
    /// Promises this desk cannot keep, per language (besides the built-in ones).
    #[serde(default)]
    pub overpromises: BTreeMap<String, Vec<String>>,
    /// Facts a trainee must never ask for (besides the password).
    #[serde(default)]
    pub forbidden_facts: Vec<String>,
    /// Where `/transfer` can go: an id with the words that name it per language. Without
    /// any, only a supervisor.
    #[serde(default)]
    pub transfer_targets: BTreeMap<String, RawLines>,
    /// This scenario's better phrasing for a rule, replacing the built-in one.
    #[serde(default)]
    pub better: BTreeMap<String, RawText>,
}
