//! Stage one of loading: the scenario file exactly as written, with serde.
//!
//! Nothing here is checked beyond JSON types and field names; `model.rs` resolves every
//! reference and checks every rule before the engine sees a scenario. The same types give the
//! JSON Schema (`deskdrill schema`), so their doc comments are what an editor shows an author.

use crate::understanding::ActPatterns;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Text in every language of the scenario: `{"en": "...", "nl": "..."}`.
pub type RawText = BTreeMap<String, String>;
/// Several phrasings in every language: `{"en": ["...", "..."], "nl": ["..."]}`.
pub type RawLines = BTreeMap<String, Vec<String>>;

/// A deskdrill scenario: one call to train on. Guide: docs/scenario-format.md.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "deskdrill scenario")]
pub struct RawScenario {
    /// The JSON Schema this file follows, for editors; deskdrill ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// A note for authors (a text or a list of lines); deskdrill ignores it.
    #[serde(default)]
    pub about: Option<RawAbout>,
    /// Always "deskdrill.scenario.v1".
    #[schemars(extend("const" = "deskdrill.scenario.v1"))]
    pub format: String,
    /// Lower-case letters, digits and '-': what `deskdrill play ID` takes.
    #[schemars(extend("pattern" = "^[a-z0-9-]+$"))]
    pub id: String,
    /// The languages every text is written in: "en", "nl".
    pub languages: Vec<String>,
    /// What the trainee sees in the list; must not give the twist away.
    pub title: RawText,
    pub summary: RawText,
    #[schemars(extend("enum" = ["easy", "medium", "hard"]))]
    pub difficulty: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The total (0-100) a call needs to pass.
    pub pass_mark: u64,
    /// How the four dimensions make the total (relative, each 0-100).
    #[serde(default)]
    pub weights: Option<RawWeights>,
    /// Points of a scoring rule for this scenario, by rule id (docs/scoring.md); 0 turns it off.
    #[serde(default)]
    pub rule_points: BTreeMap<String, i64>,
    /// The most a call can total with a critical error, by rule id, where this scenario needs
    /// another cap than the built-in one (docs/scoring.md): swearing at a customer in the right
    /// weighs more than at an impostor.
    #[serde(default)]
    pub rule_caps: BTreeMap<String, i64>,
    /// The cap (0-100) on a call that acted on, or told, a caller checked only halfway, where
    /// this scenario weighs that otherwise than the built-in cap (docs/scoring.md).
    #[serde(default)]
    pub partly_verified_cap: Option<i64>,
    /// What the trainee reads before the call.
    pub briefing: RawBriefing,
    /// The facts of the case with their true values, by id (built-in or your own).
    #[serde(default)]
    pub facts: BTreeMap<String, RawFact>,
    /// What `/lookup` shows.
    #[serde(default)]
    pub records: Vec<RawRecord>,
    pub caller: RawCaller,
    /// The scenario's own commands (besides the common ones), by name.
    #[serde(default)]
    pub actions: BTreeMap<String, RawAction>,
    pub outcomes: RawOutcomes,
    /// Words a non-technical caller does not understand, per language.
    #[serde(default)]
    pub jargon: BTreeMap<String, Vec<String>>,
    /// Acts this caller needs (e.g. "reassurance"); a call without one loses points.
    #[serde(default)]
    pub expected_acts: Vec<String>,
    /// What `/hint` shows, one at a time, in order.
    #[serde(default)]
    pub hints: Vec<RawHint>,
    #[serde(default)]
    pub judgement: RawJudgement,
    /// Extra understanding patterns per language and act (docs/understanding.md).
    #[serde(default)]
    pub understanding: BTreeMap<String, RawUnderstanding>,
    /// Scripted calls the scenario must play as meant, run by `deskdrill test`.
    #[serde(default)]
    pub tests: Vec<RawTest>,
}

/// A note for authors: one text, or a list of lines.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum RawAbout {
    Text(String),
    Lines(Vec<String>),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawWeights {
    pub verification: u64,
    pub deescalation: u64,
    pub resolution: u64,
    pub professionalism: u64,
}

#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
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
    /// Someone else's personal record (a colleague with a similar name): its numbers and dates
    /// are never read out to this caller, verified or not.
    #[serde(default)]
    pub private: bool,
    #[serde(default)]
    pub fields: Vec<RawField>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub label: RawText,
    #[serde(default)]
    pub value: Option<RawText>,
    #[serde(default)]
    pub fact: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCaller {
    /// Shown before each of the caller's lines.
    pub name: String,
    /// Who they are (shown in the debrief).
    pub persona: RawText,
    /// Who they say they are.
    pub claims: RawText,
    /// The hidden truth, told in the debrief.
    pub truth: RawText,
    /// What they want.
    pub goal: RawText,
    /// False for a caller who needs plain language: jargon is then penalised.
    #[serde(default = "yes")]
    pub technical: bool,
    /// The longest sentence, in words, this caller follows (one still learning the language):
    /// each turn with a longer one costs `P-LONG-SENTENCE`. None: no limit.
    #[serde(default)]
    pub sentence_words: Option<u32>,
    /// Start values, 0-100: at least "anger"; add any dimension ("anxiety", ...).
    pub mood: BTreeMap<String, u8>,
    /// Per fact: what the caller does when asked for it.
    #[serde(default)]
    pub knows: BTreeMap<String, RawKnows>,
    /// How mood moves with each act ("empathy"), "command:NAME", "repeat:ACT", "asked_again"
    /// or "each_turn": `{"empathy": {"anger": -6}}`.
    #[serde(default)]
    pub sensitivity: BTreeMap<String, BTreeMap<String, i32>>,
    /// Conditional mood changes, all that match, in order.
    #[serde(default)]
    pub mood_rules: Vec<RawMoodRule>,
    /// The caller's lines by id, several phrasings per language.
    pub lines: BTreeMap<String, RawLines>,
    /// What the caller says and does after each trainee turn: the first whose "when" holds.
    pub reactions: Vec<RawReaction>,
}

fn yes() -> bool {
    true
}

/// What the caller does when asked for a fact.
#[derive(Debug, Deserialize, JsonSchema)]
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

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawMoodRule {
    pub when: String,
    #[serde(default)]
    pub change: BTreeMap<String, i32>,
    /// Flags this rule sets when it holds, before the caller picks a reaction: what the
    /// caller has taken in ("answered") whichever reaction then speaks.
    #[serde(default)]
    pub set: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReaction {
    /// A name for the reaction, shown in `review`, `test --explore` and `graph`.
    #[serde(default)]
    pub id: Option<String>,
    /// A condition: `anger >= 70 and not act(empathy)`, `turn == 1`, `command(reset)`, `true`.
    pub when: String,
    /// The line the caller says (an id in caller.lines).
    #[serde(default)]
    pub say: Option<String>,
    /// A further mood change.
    #[serde(default)]
    pub mood: BTreeMap<String, i32>,
    /// Flags later conditions test with `flag(NAME)`.
    #[serde(default)]
    pub set: Vec<String>,
    /// Fires at most once a call.
    #[serde(default)]
    pub once: bool,
    /// Ends the call.
    #[serde(default)]
    #[schemars(extend("enum" = ["caller_hung_up", "resolved", "refused"]))]
    pub end: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    /// The command's name in a language where it is not the action's id: `{"nl": "corrigeer"}`.
    /// The trainee sees it in that language's calls; the id is accepted too, and results record
    /// the id.
    #[serde(default)]
    pub names: RawText,
    pub label: RawText,
    /// What `/help` says about it.
    pub help: RawText,
    /// What the desk's system shows when it is done.
    pub done: RawText,
    /// Counts as verified only when every fact in "requires" was asked, given right and looked up.
    #[serde(default)]
    pub sensitive: bool,
    #[serde(default)]
    pub requires: Vec<String>,
    /// Done, it makes the call "resolved" when it ends.
    #[serde(default)]
    pub resolves: bool,
    /// After-call work (reporting the call): it can still be done once the call has ended,
    /// and the caller does not hear it. Never sensitive, never resolving.
    #[serde(default)]
    pub after_call: bool,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawOutcomes {
    /// Of "resolved", "refused", "transferred", "caller_hung_up", "abandoned", "ended".
    pub right: Vec<String>,
    #[serde(default)]
    pub wrong: Vec<String>,
    #[serde(default)]
    pub recommended_actions: Vec<String>,
    #[serde(default)]
    pub explain: BTreeMap<String, RawText>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawUnderstanding {
    /// Patterns by act name.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, PatternsSchema>")]
    pub acts: BTreeMap<String, ActPatterns>,
}

/// What an act's patterns look like, for the schema only: `understanding` owns the type
/// ([`ActPatterns`]) and its serde checks every field, so this one stays open.
#[derive(JsonSchema)]
#[allow(dead_code)]
struct PatternsSchema {
    /// Patterns that make a line carry the act.
    #[serde(default)]
    patterns: Vec<String>,
    /// Patterns that stop the act being heard.
    #[serde(default)]
    unless: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTest {
    pub name: String,
    /// The language the script is in.
    pub lang: String,
    #[serde(default)]
    pub seed: u64,
    /// How the caller addresses the trainee in this call (`{address}`); default "none".
    #[serde(default)]
    #[schemars(extend("enum" = ["none", "sir", "madam"]))]
    pub address: Option<String>,
    /// The trainee's turns: speech, or `/commands`.
    pub script: Vec<String>,
    pub expect: RawExpect,
}

#[derive(Debug, Deserialize, JsonSchema)]
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
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum RawHint {
    When { when: String, text: RawText },
    Always(RawText),
}

/// What a trainer judges in this scenario, beyond the built-in rules.
#[derive(Debug, Default, Deserialize, JsonSchema)]
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
    /// Facts this policy says prove nothing here, even a contact detail ("the practice's
    /// address, the number she calls from"): asking for one is needless (`V-NEEDLESS-ASK`).
    #[serde(default)]
    pub needless_facts: Vec<String>,
    /// Words that name the protected details of this case (a login name, the account's
    /// transactions, a client's whereabouts), per language: telling the caller about them
    /// before they are verified is `V-PROTECTED-DISCUSSED`.
    #[serde(default)]
    pub protected: BTreeMap<String, Vec<String>>,
    /// Words naming details this caller may never be told, verified or not (where and when a
    /// threatened colleague can be found), per language: `V-PROTECTED-DISCUSSED` at any time.
    #[serde(default)]
    pub confidential: BTreeMap<String, Vec<String>>,
    /// Words naming minor details of the case (a care worker's own ward), per language:
    /// telling them before the caller is verified is a slip, `V-DETAIL-SLIP`, not a failure.
    #[serde(default)]
    pub minor: BTreeMap<String, Vec<String>>,
    /// Where `/transfer` can go: an id with the words that name it per language. Without
    /// any, only a supervisor.
    #[serde(default)]
    pub transfer_targets: BTreeMap<String, RawLines>,
    /// This scenario's better phrasing for a rule, replacing the built-in one.
    #[serde(default)]
    pub better: BTreeMap<String, RawText>,
    /// Named topics, each with the words that name it per language: what conditions test
    /// with `mentioned(ID)` (the caller hears the answer, not just an act).
    #[serde(default)]
    pub topics: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// The topic that answers the caller's actual question: never mentioned, it costs
    /// `R-QUESTION-UNANSWERED`.
    #[serde(default)]
    pub question: Option<String>,
    /// Where a caller who reached the wrong desk should go, by id: the words that name the
    /// desk and the details the trainee must pass on (R-WARM-REFERRAL, R-COLD-REFERRAL).
    #[serde(default)]
    pub referrals: BTreeMap<String, RawReferral>,
    /// Whether a callback is safe only to the number on file, as where the caller may not be
    /// who they say: asking an unverified caller where to call back or send something is then
    /// `V-CALLER-ROUTE`, and no route offered counts as safe (`V-SAFE-ROUTE`).
    #[serde(default)]
    pub callback_on_file: bool,
    /// Slips trainers hold against an otherwise excellent call in this scenario, by id: what
    /// the trainee says that makes one (`P-KNOWN-SLIP`).
    #[serde(default)]
    pub slips: BTreeMap<String, RawSlip>,
}

/// A slip a scenario names: a well-meant line that still costs the call its excellence ("Nothing
/// serious, I hope?" to a caller whose illness the desk may not ask about).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSlip {
    /// The phrases that make it, in every language of the scenario: plain words, `...` for a
    /// gap within one part of a sentence; not counted right after a negation ("you don't have
    /// to tell me from the start").
    pub says: RawLines,
    /// What went wrong, for the debrief ("invited her to say what is wrong with her").
    pub label: RawText,
    /// A better line, for the debrief.
    #[serde(default)]
    pub better: Option<RawText>,
    /// Only a slip before the trainee first looked at the records (`/lookup`): asking a caller
    /// to tell it all again instead of reading what is on file.
    #[serde(default)]
    pub before_lookup: bool,
}

/// A desk to refer a caller to, and what the caller needs to reach it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReferral {
    /// The words that name the desk, per language; the first is its name in the debrief.
    pub desk: RawLines,
    /// The details the trainee must give, by id ("phone_number", "opening_hours", ...).
    pub details: BTreeMap<String, RawReferralDetail>,
}

/// A detail of a referral: the ways a trainee may say it, per language.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawReferralDetail {
    /// Its name in the debrief; built in for phone_number, opening_hours, address, email and
    /// website.
    #[serde(default)]
    pub label: Option<RawText>,
    /// What counts as giving it: words, or a number (compared by its digits, so
    /// "0488 41 27 50" is also "0488-412750").
    pub says: RawLines,
}
