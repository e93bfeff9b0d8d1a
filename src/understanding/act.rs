//! The vocabulary of understanding: the acts a line can carry, and the built-in facts.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What a piece of trainee speech does. The order here is the order acts are reported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    Greeting,
    SelfIntro,
    AskIdentity,
    AskInfo,
    Empathy,
    Apology,
    Reassurance,
    ExplainReason,
    Refusal,
    OfferAlternative,
    Commitment,
    Blame,
    Dismissive,
    Insult,
    ProcedureShield,
    CalmDown,
    Paraphrase,
    HoldNotice,
    TransferNotice,
    Thanks,
    Closing,
}

impl ActKind {
    pub const ALL: [ActKind; 21] = [
        ActKind::Greeting,
        ActKind::SelfIntro,
        ActKind::AskIdentity,
        ActKind::AskInfo,
        ActKind::Empathy,
        ActKind::Apology,
        ActKind::Reassurance,
        ActKind::ExplainReason,
        ActKind::Refusal,
        ActKind::OfferAlternative,
        ActKind::Commitment,
        ActKind::Blame,
        ActKind::Dismissive,
        ActKind::Insult,
        ActKind::ProcedureShield,
        ActKind::CalmDown,
        ActKind::Paraphrase,
        ActKind::HoldNotice,
        ActKind::TransferNotice,
        ActKind::Thanks,
        ActKind::Closing,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ActKind::Greeting => "greeting",
            ActKind::SelfIntro => "self_intro",
            ActKind::AskIdentity => "ask_identity",
            ActKind::AskInfo => "ask_info",
            ActKind::Empathy => "empathy",
            ActKind::Apology => "apology",
            ActKind::Reassurance => "reassurance",
            ActKind::ExplainReason => "explain_reason",
            ActKind::Refusal => "refusal",
            ActKind::OfferAlternative => "offer_alternative",
            ActKind::Commitment => "commitment",
            ActKind::Blame => "blame",
            ActKind::Dismissive => "dismissive",
            ActKind::Insult => "insult",
            ActKind::ProcedureShield => "procedure_shield",
            ActKind::CalmDown => "calm_down",
            ActKind::Paraphrase => "paraphrase",
            ActKind::HoldNotice => "hold_notice",
            ActKind::TransferNotice => "transfer_notice",
            ActKind::Thanks => "thanks",
            ActKind::Closing => "closing",
        }
    }

    pub fn from_name(name: &str) -> Option<ActKind> {
        ActKind::ALL.into_iter().find(|a| a.name() == name)
    }
}

impl fmt::Display for ActKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The facts every scenario can use without declaring them. `password` is not a fact a desk
/// asks for; it is heard so that asking for it can be scored as the critical error it is.
pub const BUILTIN_FACTS: [&str; 12] = [
    "tax_number",
    "date_of_birth",
    "employee_number",
    "customer_number",
    "order_number",
    "postcode",
    "address",
    "phone_number",
    "email",
    "full_name",
    "username",
    "password",
];

/// One act heard in a line; `fact` is set for `ask_identity`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Act {
    pub act: ActKind,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fact: Option<String>,
}

impl Act {
    pub fn plain(act: ActKind) -> Act {
        Act { act, fact: None }
    }

    /// `ask_identity:tax_number` or `empathy`: the label used in corpora and conditions.
    pub fn label(&self) -> String {
        match &self.fact {
            Some(fact) => format!("{}:{}", self.act.name(), fact),
            None => self.act.name().to_string(),
        }
    }
}

/// The acts heard, in the fixed order of `ActKind::ALL`, each ask with its fact (in the order
/// the facts were asked).
pub(super) fn in_order(kinds: &mut [ActKind], asked: &mut [(usize, usize, String)]) -> Vec<Act> {
    kinds.sort();
    asked.sort();
    let mut acts = Vec::new();
    for kind in ActKind::ALL {
        if kind == ActKind::AskIdentity {
            for (_, _, fact) in asked.iter() {
                acts.push(Act {
                    act: kind,
                    fact: Some(fact.clone()),
                });
            }
        } else if kinds.contains(&kind) {
            acts.push(Act::plain(kind));
        }
    }
    acts
}
