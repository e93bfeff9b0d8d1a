//! What a line means at this point of the call, beyond its words: a greeting said late in a
//! call, alone, is a farewell ("Goedemorgen." as the trainee hangs up, "Good afternoon!" after
//! the business is done); a "calm down" that rebukes nothing, to a caller more anxious than
//! angry, gives her time ("Rustig aan, ik heb tijd"). The lexicon hears the words; the call
//! knows when and to whom they were said.

use super::event::{Mood, more_anxious_than_angry};
use crate::lang::Lang;
use crate::phrases::{Kind, built_in, named};
use crate::understanding::{Act, ActKind};

/// Trainee turns of speech after which a bare greeting says goodbye.
const OPENING_TURNS: usize = 2;

/// The most words a bare greeting that says goodbye may have.
const SHORT: usize = 4;

/// The acts of a line said after `turns_before` turns of the trainee's speech: a short line
/// heard only as a greeting, after the opening, closes the call instead, when the greeting is
/// one that also parts (`parting`: "Goedemorgen.", not "Hi, I'm back" after a hold; asked only
/// of such a line, not at every turn).
pub(super) fn farewell(
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

/// The acts of a line said to a caller in this mood: a calm-down said to a caller more
/// anxious than angry gives time and rebukes nobody, so neither the caller nor the score hears
/// it ("Rustig aan, ik heb tijd" or "Rustig aan. Ik luister." to a learner afraid to speak),
/// unless it rebukes without reassuring ("rustig aan meneer, schreeuwen helpt niet"; `rebuke`
/// in `lexicon/judgement.json`). Until the forty-eighth round only with a reassurance in the
/// same line; trainers passed the bare "Rustig aan." of a dozen excellent Dutch calls too.
pub(super) fn time_given(mut acts: Vec<Act>, mood: &Mood, text: &str, lang: Lang) -> Vec<Act> {
    let reassures = acts.iter().any(|a| a.act == ActKind::Reassurance);
    let rebukes = || named(text, built_in(Kind::Rebuke, lang)).is_some();
    if more_anxious_than_angry(mood) && (reassures || !rebukes()) {
        acts.retain(|a| a.act != ActKind::CalmDown);
    }
    acts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line that gives time.
    const TIME: &str = "Rustig aan. Ik luister.";

    #[test]
    fn a_calm_down_gives_an_anxious_caller_time() {
        let acts = || {
            vec![
                Act::plain(ActKind::CalmDown),
                Act::plain(ActKind::Reassurance),
            ]
        };
        let mood = |anger: i64, anxiety: i64| -> Mood {
            [
                ("anger".to_string(), anger),
                ("anxiety".to_string(), anxiety),
            ]
            .into()
        };
        let kinds = |acts: Vec<Act>| acts.into_iter().map(|a| a.act).collect::<Vec<_>>();
        assert_eq!(
            kinds(time_given(acts(), &mood(5, 60), TIME, Lang::Nl)),
            [ActKind::Reassurance]
        );
        assert_eq!(
            kinds(time_given(acts(), &mood(70, 40), TIME, Lang::Nl)).len(),
            2
        );
        // Alone as well: "Rustig aan. Ik luister."
        let alone = || vec![Act::plain(ActKind::CalmDown)];
        assert!(kinds(time_given(alone(), &mood(5, 60), TIME, Lang::Nl)).is_empty());
        assert_eq!(
            kinds(time_given(alone(), &mood(70, 40), TIME, Lang::Nl)),
            [ActKind::CalmDown]
        );
        // Shouting rebuked is a rebuke, whoever hears it.
        let shouting = "Rustig aan meneer, schreeuwen helpt niet.";
        assert_eq!(
            kinds(time_given(alone(), &mood(5, 60), shouting, Lang::Nl)),
            [ActKind::CalmDown]
        );
    }

    #[test]
    fn a_late_bare_greeting_says_goodbye() {
        let greeting = || vec![Act::plain(ActKind::Greeting)];
        assert_eq!(farewell(greeting(), 0, "Goedemorgen.", || true), greeting());
        assert_eq!(
            farewell(greeting(), 5, "Goedemorgen.", || true),
            vec![Act::plain(ActKind::Closing)]
        );
        assert_eq!(
            farewell(greeting(), 5, "Hi, I'm back.", || false),
            greeting()
        );
        assert_eq!(
            farewell(
                greeting(),
                5,
                "Good morning, I'm back, sorry about the wait",
                || true
            ),
            greeting()
        );
    }
}
