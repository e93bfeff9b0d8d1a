//! How a call ends. The scenario loader checks outcomes named in a file against this list; the
//! engine, the scorer and the result use the same enum.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Resolved,
    Refused,
    Transferred,
    CallerHungUp,
    Abandoned,
    Ended,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Resolved,
        Outcome::Refused,
        Outcome::Transferred,
        Outcome::CallerHungUp,
        Outcome::Abandoned,
        Outcome::Ended,
    ];

    /// Outcomes a caller's reaction may end the call with.
    pub const REACTION_ENDS: [Outcome; 3] =
        [Outcome::CallerHungUp, Outcome::Resolved, Outcome::Refused];

    pub fn name(self) -> &'static str {
        match self {
            Outcome::Resolved => "resolved",
            Outcome::Refused => "refused",
            Outcome::Transferred => "transferred",
            Outcome::CallerHungUp => "caller_hung_up",
            Outcome::Abandoned => "abandoned",
            Outcome::Ended => "ended",
        }
    }

    pub fn from_name(name: &str) -> Option<Outcome> {
        Outcome::ALL.iter().copied().find(|o| o.name() == name)
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
