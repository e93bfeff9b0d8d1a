//! What a line means at this point of the call, beyond its words: a greeting said late in a
//! call, alone, is a farewell ("Goedemorgen." as the trainee hangs up, "Good afternoon!" after
//! the business is done). The lexicon hears the greeting; the call knows when it was said.

use crate::understanding::{Act, ActKind};

/// Trainee turns of speech after which a bare greeting says goodbye.
const OPENING_TURNS: usize = 2;

/// The most words a bare greeting that says goodbye may have.
const SHORT: usize = 4;

/// The acts of a line said after `turns_before` turns of the trainee's speech: a short line
/// heard only as a greeting, after the opening, closes the call instead, when the greeting is
/// one that also parts (`parting`: "Goedemorgen.", not "Hi, I'm back" after a hold; asked only
/// of such a line, not at every turn).
pub(super) fn in_context(
    acts: Vec<Act>,
    turns_before: usize,
    text: &str,
    parting: impl FnOnce() -> bool,
) -> Vec<Act> {
    let bare_greeting = acts.len() == 1 && acts[0].act == ActKind::Greeting;
    if bare_greeting
        && turns_before >= OPENING_TURNS
        && text.split_whitespace().count() <= SHORT
        && parting()
    {
        return vec![Act::plain(ActKind::Closing)];
    }
    acts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_bare_greeting_says_goodbye() {
        let greeting = || vec![Act::plain(ActKind::Greeting)];
        assert_eq!(
            in_context(greeting(), 0, "Goedemorgen.", || true),
            greeting()
        );
        assert_eq!(
            in_context(greeting(), 5, "Goedemorgen.", || true),
            vec![Act::plain(ActKind::Closing)]
        );
        assert_eq!(
            in_context(greeting(), 5, "Hi, I'm back.", || false),
            greeting()
        );
        assert_eq!(
            in_context(
                greeting(),
                5,
                "Good morning, I'm back, sorry about the wait",
                || true
            ),
            greeting()
        );
    }
}
