//! Professionalism: greeting and introducing oneself, announcing and thanking for holds,
//! closing the call, plain language for callers who are not technical.

use super::{Detail, Scorer, Unit};
use crate::call::state::SpeechTurn;
use crate::outcome::Outcome;
use crate::rules::RuleId;
use crate::text::plain_words;
use crate::understanding::ActKind;

pub(super) const UNITS: &[Unit] = &[
    Unit {
        rules: &[RuleId::PGreeting, RuleId::PNoGreeting, RuleId::PSelfIntro],
        run: opening,
    },
    Unit {
        rules: &[RuleId::PClosing, RuleId::PNoClosing],
        run: closing,
    },
    Unit {
        rules: &[
            RuleId::PHoldAnnounced,
            RuleId::PHoldUnannounced,
            RuleId::PHoldThanks,
        ],
        run: holds,
    },
    Unit {
        rules: &[RuleId::PJargon],
        run: jargon,
    },
];

/// A greeting in the first two turns; saying who you are in the first three. The contact
/// centre's own opener greets too: thanks for calling with the desk or your name ("Thank you
/// for calling Noorderbank, this is Priya").
fn opening(s: &mut Scorer) {
    let speech = &s.call.speech;
    let greets = |t: &&SpeechTurn| {
        t.has(ActKind::Greeting) || (t.has(ActKind::Thanks) && t.has(ActKind::SelfIntro))
    };
    match speech.iter().take(2).find(greets) {
        Some(t) => s.apply(RuleId::PGreeting, t.n, Detail::None),
        None => {
            let first = speech.first().map(|t| t.n).unwrap_or(0);
            s.apply(RuleId::PNoGreeting, first, Detail::None);
        }
    }
    if let Some(t) = speech.iter().take(3).find(|t| t.has(ActKind::SelfIntro)) {
        s.apply(RuleId::PSelfIntro, t.n, Detail::None);
    }
}

/// A closing in the last three turns, missed only when the trainee ended the call.
fn closing(s: &mut Scorer) {
    let speech = &s.call.speech;
    match speech
        .iter()
        .rev()
        .take(3)
        .find(|t| t.has(ActKind::Closing))
    {
        Some(t) => s.apply(RuleId::PClosing, t.n, Detail::None),
        None if matches!(
            s.call.outcome(),
            Outcome::Resolved | Outcome::Refused | Outcome::Ended
        ) =>
        {
            let last = s.last_turn();
            s.apply(RuleId::PNoClosing, last, Detail::None);
        }
        None => {}
    }
}

/// A hold announced in the turn before it; thanks in the first turn after it.
fn holds(s: &mut Scorer) {
    let speech = &s.call.speech;
    for (n, on) in &s.call.holds {
        if *on {
            let announced = speech
                .iter()
                .rev()
                .find(|t| t.n < *n)
                .is_some_and(|t| t.has(ActKind::HoldNotice));
            let rule = if announced {
                RuleId::PHoldAnnounced
            } else {
                RuleId::PHoldUnannounced
            };
            s.apply(rule, *n, Detail::None);
        } else if let Some(t) = speech.iter().find(|t| t.n > *n)
            && t.has(ActKind::Thanks)
        {
            s.apply(RuleId::PHoldThanks, t.n, Detail::None);
        }
    }
}

/// The scenario's jargon said to a caller who is not technical.
fn jargon(s: &mut Scorer) {
    if s.scenario.caller.technical {
        return;
    }
    let Some(jargon) = s.scenario.jargon.get(&s.call.lang) else {
        return;
    };
    for t in &s.call.speech {
        let said = format!(" {} ", plain_words(&t.text));
        let used: Vec<String> = jargon
            .iter()
            .filter(|j| said.contains(&format!(" {j} ")))
            .cloned()
            .collect();
        if !used.is_empty() {
            s.apply(RuleId::PJargon, t.n, Detail::Words(used));
        }
    }
}
