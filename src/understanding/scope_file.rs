//! The `scope` section of a lexicon file as written: the lists the linguistic layer
//! (`scope.rs`) compiles.

use serde::{Deserialize, Serialize};

/// The `scope` section of a lexicon file; every list is of patterns unless it names acts.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeFile {
    /// Words that start a new part of a clause, as a comma does ("but", "maar").
    #[serde(default)]
    pub breaks: Vec<String>,
    /// Stretches in which a break word breaks nothing ("felt so stupid": "so" intensifies).
    #[serde(default)]
    pub not_breaks: Vec<String>,
    /// What negates ("not", "never", "niet").
    #[serde(default)]
    pub negators: Vec<String>,
    /// The speaker's own ("my", "mijn"): a fact right after one is the speaker's, not asked
    /// ("Mijn wachtwoord? Dat schrijf ik altijd op").
    #[serde(default)]
    pub owners: Vec<String>,
    /// Someone else the caller may have given a fact to ("him", "a stranger"; "hem",
    /// "iemand"): "did you tell him your password?" asks about a leak, not for the password.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// Stretches in which a negator negates nothing that follows ("do not worry", "why not").
    #[serde(default)]
    pub not_negating: Vec<String>,
    /// Acts that a negation just before them (or inside their match) cancels.
    #[serde(default)]
    pub negated: Vec<String>,
    /// How many words may stand between a negator and the act it cancels.
    #[serde(default = "default_reach")]
    pub reach: usize,
    /// Words that join two things under one negation ("not putting you on hold or passing you
    /// around"): past one of them, the negation reaches `reach` words again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negation_joins: Vec<String>,
    /// How many words after an act's match a negator may stand and still cancel it, for a
    /// language that puts the negation after the verb ("doorverbinden kan niet"); 0 for none.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub reach_after: usize,
    /// The acts a negator after the match cancels (`reach_after`): what the trainee does
    /// (transfer, hold, promise), not what a negation belongs to ("zeur niet zo" dismisses,
    /// "vervelend dat u niet kunt inloggen" sympathises).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub negated_after: Vec<String>,
    /// Words that start a new statement: a negation does not reach past them ("i", "ik").
    #[serde(default)]
    pub subjects: Vec<String>,
    /// What opens a condition ("if", "als"); the condition and the part after it are
    /// hypothetical.
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Conditions that are only politeness ("if you like", "als u wilt").
    #[serde(default)]
    pub polite_conditions: Vec<String>,
    /// Acts not heard inside a condition or the part it governs.
    #[serde(default)]
    pub conditional: Vec<String>,
    /// What says a condition's consequence has come within the condition's own part ("if you
    /// asked the warden *he might* say yes"; "als het regent *kan ik*…"): the part after it
    /// is then a statement of its own, not governed by the condition.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consequences: Vec<String>,
    /// What opens a wish the speaker then takes back ("i would", "ik zou"): when a later part
    /// of the clause opens with one of `counterfactual_turns` ("but", "maar"), the acts in
    /// `counterfactual` are not done in the wish's part ("I'd put you through, but the line is
    /// closed").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterfactuals: Vec<String>,
    /// The words that turn a wish down ("but", "maar").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterfactual_turns: Vec<String>,
    /// Acts not done in a wish that is turned down.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counterfactual: Vec<String>,
    /// What reports someone else's words ("you called him", "u zei"): the rest of the part is
    /// reported, as quoted words are.
    #[serde(default)]
    pub reporting: Vec<String>,
    /// Acts not heard in quoted or reported words.
    #[serde(default)]
    pub reported: Vec<String>,
    /// What turns the rest of a part on the speaker ("i am such a", "ik ben zo'n"): an insult
    /// aimed at oneself is self-talk, not an insult.
    #[serde(default)]
    pub self_talk: Vec<String>,
    /// Acts not heard in words the speaker aims at themselves.
    #[serde(default)]
    pub self_directed: Vec<String>,
    /// Person words: the nearest in its part aims a `self_directed` act (`aim.rs`).
    #[serde(default)]
    pub persons: super::aim::PersonsFile,
    /// What, opening the next clause, takes back a guarded fact's ask ("your password? No,
    /// keep it").
    #[serde(default)]
    pub retractions: Vec<String>,
    /// What, later in the clause of an ask or opening the next clause, says the caller need
    /// not give it after all ("Your address you don't have to give me", "Uw adres hoeft u niet
    /// te geven"): the fact is not asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<String>,
    /// What, opening the next clause, denies a short question before it that echoes the
    /// caller ("Stupid question? Not at all."): the question's negatable acts (`negated`) are
    /// not heard, and the line reassures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub denials: Vec<String>,
    /// What marks a line as sarcastic ("oh great", "ja hoor").
    #[serde(default)]
    pub sarcasm: Vec<String>,
    /// What, anywhere in a line, says its rough words were not meant for the caller ("sorry,
    /// not you, the machine", "niet tegen u"): the acts aimed at the caller (`self_directed`)
    /// are not heard when the words that matched are swearing (`disclaimable`), not a name
    /// for the caller ("niet tegen u, sukkel" still insults).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclaimers: Vec<String>,
    /// The swear words a disclaimer can take back ("bloody", "kurwa", "godverdomme").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclaimable: Vec<String>,
    /// Acts that side with the caller ("apology", "empathy"): a line with one takes back its
    /// swearing as a disclaimer does ("bloody hell, three hours on hold? I'm so sorry"), when
    /// no word of the line calls anyone a name (`swears` that are not `disclaimable`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disclaiming_acts: Vec<String>,
    /// Acts a sarcastic line does not carry.
    #[serde(default)]
    pub sarcastic: Vec<String>,
    /// Facts whose ask any negation in the clause cancels, because hearing a false ask is a
    /// critical error ("your username, not your password").
    #[serde(default)]
    pub guarded_facts: Vec<String>,
    /// Words that ask afresh in a later part of the clause, which a negation in an earlier
    /// part does not reach ("nobody's calling you a mug - just need the code we texted you").
    #[serde(default)]
    pub fresh_asks: Vec<String>,
    /// Words that open a part saying why or what for ("so", "because", "zodat"): a negation
    /// there, after a guarded fact, is about something else ("can you tell me your password so
    /// I can see why it is not syncing").
    #[serde(default)]
    pub purpose_breaks: Vec<String>,
    /// Acts that, heard anywhere in a line, cancel others in it: a rule given with its reason
    /// is not hiding behind procedure (`{"explain_reason": ["procedure_shield"]}`).
    #[serde(default)]
    pub overrides: std::collections::BTreeMap<String, Vec<String>>,
    /// What a negated act does instead: "I'm not saying you did it wrong" reassures
    /// (`{"blame": "reassurance", "ask_identity:password": "reassurance"}`).
    #[serde(default)]
    pub negated_becomes: std::collections::BTreeMap<String, String>,
    /// What a sympathy, apology or promise that sarcasm cancels does instead: "must be SO hard
    /// for you 🙄" dismisses (`{"empathy": "dismissive"}`).
    #[serde(default)]
    pub sarcastic_becomes: std::collections::BTreeMap<String, String>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

fn default_reach() -> usize {
    3
}
