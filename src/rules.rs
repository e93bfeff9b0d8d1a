//! The vocabulary of scoring: every rule's id, dimension, default points and whether it is
//! critical. The scenario loader (which checks `rule_points` and self-test expectations) and
//! the scorer (which applies the rules) both read this table; neither depends on the other.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    Verification,
    Deescalation,
    Resolution,
    Professionalism,
}

impl Dimension {
    pub const ALL: [Dimension; 4] = [
        Dimension::Verification,
        Dimension::Deescalation,
        Dimension::Resolution,
        Dimension::Professionalism,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dimension::Verification => "verification",
            Dimension::Deescalation => "deescalation",
            Dimension::Resolution => "resolution",
            Dimension::Professionalism => "professionalism",
        }
    }
}

/// The cap of a call that acted on a partly verified caller (some required facts matched, or
/// only the look at the records missing), or that told such a caller about the case: a
/// failure, but not the impostor's account. A scenario sets its own by what its actions can
/// do (`partly_verified_cap`: a courier's pickup 65, a doctor's password reset 40).
pub const PARTLY_VERIFIED_CAP: u32 = 50;

/// The cap of a call that acted without verifying a caller who could have proved who they are
/// (the caller knows every required fact): still a critical failure, but the details reached
/// their owner. Trainers score it well above the account handed to an impostor and a little
/// below a check done halfway.
pub const RIGHTFUL_CALLER_CAP: u32 = 40;

/// The cap of a call that told any caller a detail of the scenario's `judgement.confidential`
/// (where a threatened colleague can be found): trainers score it 4–5, with the account
/// handed to an impostor.
pub const CONFIDENTIAL_TOLD_CAP: u32 = 10;

/// The cap on a call that read a record's value out to a caller who had already matched part
/// of the check (`V-RECORD-LEAK` halfway): the value most likely reached its owner, but the
/// check that was left proves nothing.
pub const HALFWAY_LEAK_CAP: u32 = 45;

/// Where a call with a critical error reaches its cap: a call whose other work totals this
/// much or more scores the cap, a weaker one proportionally less (see `scoring::totals`).
pub const CAP_REACHED_AT: u32 = 80;

/// The most points a scenario may give or take with one rule (`rule_points`).
pub const MAX_RULE_POINTS: i64 = 100;

macro_rules! rules {
    ($($variant:ident = $id:literal, $dim:ident, $points:expr, $critical:expr;)*) => {
        /// A named scoring rule. Its id (`V-UNVERIFIED-ACTION`, …) is what results, scenarios
        /// and `docs/scoring.md` use.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }

            pub fn dimension(self) -> Dimension {
                match self {
                    $(RuleId::$variant => Dimension::$dim,)*
                }
            }

            /// Points before a scenario reweights the rule.
            pub fn default_points(self) -> i32 {
                match self {
                    $(RuleId::$variant => $points,)*
                }
            }

            /// A critical error fails the call whatever the total.
            pub fn critical(self) -> bool {
                match self {
                    $(RuleId::$variant => $critical,)*
                }
            }
        }
    };
}

rules! {
    VUnverifiedAction = "V-UNVERIFIED-ACTION", Verification, -60, true;
    VPasswordAsked = "V-PASSWORD-ASKED", Verification, -40, true;
    VRecordLeak = "V-RECORD-LEAK", Verification, -40, true;
    VAskedRequired = "V-ASKED-REQUIRED", Verification, 30, false;
    VNotAsked = "V-NOT-ASKED", Verification, -20, false;
    VCheckedRecords = "V-CHECKED-RECORDS", Verification, 15, false;
    VRecordsUnchecked = "V-RECORDS-UNCHECKED", Verification, -15, false;
    VStatedRule = "V-STATED-RULE", Verification, 15, false;
    VSafeRoute = "V-SAFE-ROUTE", Verification, 10, false;
    VVerifiedAction = "V-VERIFIED-ACTION", Verification, 10, false;
    VForbiddenAsked = "V-FORBIDDEN-ASKED", Verification, -40, true;
    VPublicAsProof = "V-PUBLIC-AS-PROOF", Verification, -20, false;
    VProtectedDiscussed = "V-PROTECTED-DISCUSSED", Verification, -30, true;
    VDetailSlip = "V-DETAIL-SLIP", Verification, -15, false;
    VNeedlessAsk = "V-NEEDLESS-ASK", Verification, -10, false;
    VCallerRoute = "V-CALLER-ROUTE", Verification, -20, false;
    DInsult = "D-INSULT", Deescalation, -40, true;
    DEmpathy = "D-EMPATHY", Deescalation, 10, false;
    DApology = "D-APOLOGY", Deescalation, 5, false;
    DReassurance = "D-REASSURANCE", Deescalation, 5, false;
    DParaphrase = "D-PARAPHRASE", Deescalation, 8, false;
    DOfferedAlternative = "D-OFFERED-ALTERNATIVE", Deescalation, 8, false;
    DExplainedNo = "D-EXPLAINED-NO", Deescalation, 10, false;
    DRefusedNoReason = "D-REFUSED-NO-REASON", Deescalation, -10, false;
    DBlame = "D-BLAME", Deescalation, -12, false;
    DDismissive = "D-DISMISSIVE", Deescalation, -10, false;
    DCalmDown = "D-CALM-DOWN", Deescalation, -10, false;
    DProcedureShield = "D-PROCEDURE-SHIELD", Deescalation, -8, false;
    DRepeatedSympathy = "D-REPEATED-SYMPATHY", Deescalation, -8, false;
    DSympathyHabit = "D-SYMPATHY-HABIT", Deescalation, -2, false;
    DSupervisorRefused = "D-SUPERVISOR-REFUSED", Deescalation, -12, false;
    DExpectedMissing = "D-EXPECTED-MISSING", Deescalation, -10, false;
    DNameUsed = "D-NAME-USED", Deescalation, 3, false;
    DNameOverused = "D-NAME-OVERUSED", Deescalation, -6, false;
    DMoodPeak = "D-MOOD-PEAK", Deescalation, -10, false;
    DMoodCalmed = "D-MOOD-CALMED", Deescalation, 10, false;
    DMoodWorse = "D-MOOD-WORSE", Deescalation, -10, false;
    DStockEmpathy = "D-STOCK-EMPATHY", Deescalation, -4, false;
    DUncheckedDispute = "D-UNCHECKED-DISPUTE", Deescalation, -15, false;
    DOverpromise = "D-OVERPROMISE", Deescalation, -20, false;
    DLecture = "D-LECTURE", Deescalation, -8, false;
    DRushed = "D-RUSHED", Deescalation, -10, false;
    DOverApology = "D-OVER-APOLOGY", Deescalation, -8, false;
    DAnxiousCaller = "D-ANXIOUS-CALLER", Deescalation, 75, false;
    DTransferEarly = "D-TRANSFER-EARLY", Deescalation, -15, false;
    DPassedOn = "D-PASSED-ON", Deescalation, -15, false;
    DUnacknowledged = "D-UNACKNOWLEDGED", Deescalation, -15, false;
    DOnceAcknowledged = "D-ONCE-ACKNOWLEDGED", Deescalation, -20, false;
    DCurt = "D-CURT", Deescalation, -30, false;
    DScriptedEmpathy = "D-SCRIPTED-EMPATHY", Deescalation, -30, false;
    RRightOutcome = "R-RIGHT-OUTCOME", Resolution, 100, false;
    RWrongOutcome = "R-WRONG-OUTCOME", Resolution, 0, false;
    ROtherOutcome = "R-OTHER-OUTCOME", Resolution, 40, false;
    RRecommendedDone = "R-RECOMMENDED-DONE", Resolution, 20, false;
    RRecommendedMissed = "R-RECOMMENDED-MISSED", Resolution, -10, false;
    RQuestionUnanswered = "R-QUESTION-UNANSWERED", Resolution, -25, false;
    RWarmReferral = "R-WARM-REFERRAL", Resolution, 10, false;
    RColdReferral = "R-COLD-REFERRAL", Resolution, -30, false;
    RUnkeptPromises = "R-UNKEPT-PROMISES", Resolution, -50, false;
    PGreeting = "P-GREETING", Professionalism, 20, false;
    PNoGreeting = "P-NO-GREETING", Professionalism, -10, false;
    PSelfIntro = "P-SELF-INTRO", Professionalism, 15, false;
    PClosing = "P-CLOSING", Professionalism, 15, false;
    PNoClosing = "P-NO-CLOSING", Professionalism, -5, false;
    PHoldAnnounced = "P-HOLD-ANNOUNCED", Professionalism, 5, false;
    PHoldUnannounced = "P-HOLD-UNANNOUNCED", Professionalism, -10, false;
    PHoldThanks = "P-HOLD-THANKS", Professionalism, 5, false;
    PJargon = "P-JARGON", Professionalism, -8, false;
    PJargonHabit = "P-JARGON-HABIT", Professionalism, -10, false;
    PLongSentence = "P-LONG-SENTENCE", Professionalism, -8, false;
    PClosedCheck = "P-CLOSED-CHECK", Professionalism, -35, false;
    PSwore = "P-SWORE", Professionalism, -15, false;
    PKnownSlip = "P-KNOWN-SLIP", Professionalism, -10, false;
}

/// The most a call that talks over or down to its caller as a habit can total: trainers failed
/// every such script, at 33–65 (`P-JARGON-HABIT`).
pub const TALKED_DOWN_CEILING: u32 = 55;

/// The most a call can total when the same sympathy formula came back turn after turn
/// (`D-SYMPATHY-HABIT`): trainers passed 5 of the 76 such scripts of the read sets (mean 59).
pub const CANNED_SYMPATHY_CEILING: u32 = 65;

/// The most a call built on promises the desk cannot keep can total (`R-UNKEPT-PROMISES`):
/// trainers failed every such script of every set, at 12–64, and deskdrill had some at 59–73.
pub const UNKEPT_PROMISES_CEILING: u32 = 50;

/// The most a call decided without ever looking at the records can total
/// (`V-RECORDS-UNCHECKED`): trainers failed all 181 such scripts of the judged sets, the
/// warmest at 60–67, and deskdrill passed 8 of them at 70–78.
pub const RECORDS_UNCHECKED_CEILING: u32 = 65;

/// The most a call can total with a slip in it: a question the call did not need
/// (`V-NEEDLESS-ASK`), a minor detail told before the check (`V-DETAIL-SLIP`), a slip the
/// scenario names (`P-KNOWN-SLIP`) or a desk word to a caller who is not technical
/// (`P-JARGON`).
/// Trainers call such a call "near-perfect with one slip" and score it 74–86 (mostly 80–82),
/// where its excellent twin gets 92–95; deskdrill had many of them at 90–99.
pub const SLIP_CEILING: u32 = 82;

impl RuleId {
    /// The most a call can total with this rule in it, whatever else it did, where the rule is
    /// not a critical error but still a failed call: unlike a critical cap, a ceiling does not
    /// scale a weaker call down.
    pub fn ceiling(self) -> Option<u32> {
        match self {
            RuleId::PJargonHabit => Some(TALKED_DOWN_CEILING),
            RuleId::DSympathyHabit => Some(CANNED_SYMPATHY_CEILING),
            RuleId::RUnkeptPromises => Some(UNKEPT_PROMISES_CEILING),
            RuleId::VRecordsUnchecked => Some(RECORDS_UNCHECKED_CEILING),
            RuleId::VNeedlessAsk | RuleId::VDetailSlip | RuleId::PKnownSlip | RuleId::PJargon => {
                Some(SLIP_CEILING)
            }
            _ => None,
        }
    }

    /// The most a call can total with this error in it: the worst failures ordered as trainers
    /// order them (an account handed to an impostor below an agent who lost his temper; the
    /// impostor scenarios raise the insult's cap to 30 with `rule_caps`). A scenario may set
    /// its own (`rule_caps` in the scenario file). For an unverified action this is the cap
    /// when nothing was verified of a caller who could not have proved who they are; acting on
    /// a partly verified caller is capped at [`PARTLY_VERIFIED_CAP`] (or the scenario's
    /// `partly_verified_cap`), on an unverified caller who could have proved it at
    /// [`RIGHTFUL_CALLER_CAP`]. A call reaches its cap when everything else in it was good
    /// (see [`CAP_REACHED_AT`] and `scoring::totals`).
    pub fn cap(self) -> Option<u32> {
        match self {
            RuleId::VUnverifiedAction => Some(10),
            RuleId::VPasswordAsked | RuleId::VForbiddenAsked => Some(20),
            RuleId::VRecordLeak => Some(30),
            RuleId::VProtectedDiscussed => Some(25),
            RuleId::DInsult => Some(12),
            _ => None,
        }
    }

    pub fn from_id(id: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == id)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for RuleId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RuleId::from_id(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown rule '{s}'")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn rule_ids_are_unique_and_named_by_dimension() {
        let mut seen = BTreeSet::new();
        for r in RuleId::ALL {
            assert!(seen.insert(r.as_str()), "duplicate rule {r}");
            let prefix = match r.dimension() {
                Dimension::Verification => "V-",
                Dimension::Deescalation => "D-",
                Dimension::Resolution => "R-",
                Dimension::Professionalism => "P-",
            };
            assert!(
                r.as_str().starts_with(prefix),
                "{r} is not named for its dimension"
            );
            assert_eq!(RuleId::from_id(r.as_str()), Some(*r));
            assert!(i64::from(r.default_points().abs()) <= MAX_RULE_POINTS);
        }
    }
}
