//! De-escalation rules: what was said (empathy, reasons, alternatives; blame, minimising,
//! insults) and how the caller's mood went.

use super::{Detail, Scorer, Unit};
use crate::rules::RuleId;
use crate::text::word_set;
use crate::understanding::{ActKind, fold};

pub(super) const UNITS: &[Unit] = &[
    Unit {
        rules: &[
            RuleId::DEmpathy,
            RuleId::DApology,
            RuleId::DReassurance,
            RuleId::DParaphrase,
            RuleId::DOfferedAlternative,
        ],
        run: rewarded_acts,
    },
    Unit {
        rules: &[RuleId::DExplainedNo, RuleId::DRefusedNoReason],
        run: refusals,
    },
    Unit {
        rules: &[
            RuleId::DBlame,
            RuleId::DDismissive,
            RuleId::DCalmDown,
            RuleId::DProcedureShield,
            RuleId::DInsult,
        ],
        run: penalised_acts,
    },
    Unit {
        rules: &[RuleId::DRepeatedSympathy],
        run: repeated_sympathy,
    },
    Unit {
        rules: &[RuleId::DExpectedMissing],
        run: expected_missing,
    },
    Unit {
        rules: &[RuleId::DSupervisorRefused],
        run: supervisor_refused,
    },
    Unit {
        rules: &[RuleId::DNameUsed, RuleId::DNameOverused],
        run: name_use,
    },
    Unit {
        rules: &[RuleId::DMoodPeak, RuleId::DMoodCalmed, RuleId::DMoodWorse],
        run: mood,
    },
];

/// The first time each rewarded move is made.
fn rewarded_acts(s: &mut Scorer) {
    for (kind, rule) in [
        (ActKind::Empathy, RuleId::DEmpathy),
        (ActKind::Apology, RuleId::DApology),
        (ActKind::Reassurance, RuleId::DReassurance),
        (ActKind::Paraphrase, RuleId::DParaphrase),
        (ActKind::OfferAlternative, RuleId::DOfferedAlternative),
    ] {
        if let Some(t) = s.call.speech.iter().find(|t| t.has(kind)) {
            s.apply(rule, t.n, Detail::None);
        }
    }
}

/// A "no" with a reason given (before or with it) is good; a bare "no" costs, half when the
/// reason comes later.
fn refusals(s: &mut Scorer) {
    let mut reason_given = false;
    let mut explained_no = false;
    let mut refused_bare = false;
    for t in &s.call.speech {
        reason_given |= t.has(ActKind::ExplainReason);
        if t.has(ActKind::Refusal) {
            if reason_given && !explained_no {
                explained_no = true;
                s.apply(RuleId::DExplainedNo, t.n, Detail::None);
            } else if !reason_given && !refused_bare {
                refused_bare = true;
                s.apply(RuleId::DRefusedNoReason, t.n, Detail::None);
            }
        }
    }
    if refused_bare
        && explained_no
        && let Some(note) = s
            .notes
            .iter_mut()
            .find(|n| n.rule == RuleId::DRefusedNoReason)
    {
        note.points /= 2;
    }
}

/// Every turn that blames, minimises, says "calm down", hides behind procedure or insults.
fn penalised_acts(s: &mut Scorer) {
    for (kind, rule) in [
        (ActKind::Blame, RuleId::DBlame),
        (ActKind::Dismissive, RuleId::DDismissive),
        (ActKind::CalmDown, RuleId::DCalmDown),
        (ActKind::ProcedureShield, RuleId::DProcedureShield),
        (ActKind::Insult, RuleId::DInsult),
    ] {
        let turns: Vec<u32> = s
            .call
            .speech
            .iter()
            .filter(|t| t.has(kind))
            .map(|t| t.n)
            .collect();
        for n in turns {
            s.apply(rule, n, Detail::None);
        }
    }
}

/// The same sympathy phrase again (judged on the clause that carried it).
fn repeated_sympathy(s: &mut Scorer) {
    let turns: Vec<u32> = s
        .call
        .speech
        .iter()
        .filter(|t| t.repeats.contains(&ActKind::Empathy) || t.repeats.contains(&ActKind::Apology))
        .map(|t| t.n)
        .collect();
    for n in turns {
        s.apply(RuleId::DRepeatedSympathy, n, Detail::None);
    }
}

/// Acts the scenario expects (e.g. reassurance for a nervous caller) that never came.
fn expected_missing(s: &mut Scorer) {
    let last = s.last_turn();
    for act in &s.scenario.expected_acts {
        if !s.call.speech.iter().any(|t| t.has(*act)) {
            s.apply(RuleId::DExpectedMissing, last, Detail::Act(*act));
        }
    }
}

/// Refusing a supervisor the caller asked for, without a reason and without transferring.
fn supervisor_refused(s: &mut Scorer) {
    let Some((asked_at, _)) = s
        .call
        .flags
        .iter()
        .find(|(_, f)| f == "supervisor_demanded")
    else {
        return;
    };
    let transferred_at = s.call.command_turn("transfer");
    let refused = s.call.speech.iter().find(|t| {
        t.n > *asked_at
            && transferred_at.is_none_or(|x| t.n < x)
            && (t.has(ActKind::Refusal) || t.has(ActKind::ProcedureShield))
            && !t.has(ActKind::ExplainReason)
            && !t.has(ActKind::TransferNotice)
    });
    if let Some(t) = refused {
        s.apply(RuleId::DSupervisorRefused, t.n, Detail::None);
    }
}

/// The caller's name now and then is good; in more than three turns it is by rote.
fn name_use(s: &mut Scorer) {
    let names: Vec<String> = s
        .scenario
        .caller
        .name
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .map(fold)
        .filter(|w| !matches!(w.as_str(), "van" | "der" | "den" | "de"))
        .collect();
    let turns: Vec<u32> = s
        .call
        .speech
        .iter()
        .filter(|t| {
            let w = word_set(&t.text);
            names.iter().any(|n| w.contains(n))
        })
        .map(|t| t.n)
        .collect();
    match turns.len() {
        0 => {}
        1..=3 => s.apply(RuleId::DNameUsed, turns[0], Detail::None),
        n => s.apply(RuleId::DNameOverused, turns[3], Detail::Count(n)),
    }
}

/// Where the mood peaked, and where it ended against where it started.
fn mood(s: &mut Scorer) {
    let mut peak: Option<(u32, String, i64)> = None;
    for (after, mood) in &s.call.moods {
        for (dim, v) in mood {
            if *v >= 90 && peak.as_ref().is_none_or(|(_, _, p)| v > p) {
                peak = Some((*after, dim.clone(), *v));
            }
        }
    }
    if let Some((after, mood, value)) = &peak {
        let detail = Detail::Mood {
            mood: mood.clone(),
            value: *value,
        };
        s.apply(RuleId::DMoodPeak, *after, detail);
    }
    if let Some((after, end_mood)) = s.call.moods.last() {
        let start: i64 = s.call.start_mood.values().sum();
        let end: i64 = end_mood.values().sum();
        if end < start && peak.is_none() {
            s.apply(RuleId::DMoodCalmed, *after, Detail::None);
        } else if end >= start + 25 {
            s.apply(RuleId::DMoodWorse, *after, Detail::None);
        }
    }
}
