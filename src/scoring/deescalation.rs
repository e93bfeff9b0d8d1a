//! De-escalation rules: what was said (empathy, reasons, alternatives; blame, minimising,
//! insults) and how the caller's mood went.

use super::{Detail, Scorer, Unit, anxiety, empathy};
use crate::call::CallState;
use crate::rules::RuleId;
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
        rules: &[RuleId::DStockEmpathy, RuleId::DScriptedEmpathy],
        run: empathy::stock_empathy,
    },
    Unit {
        rules: &[
            RuleId::DUnacknowledged,
            RuleId::DOnceAcknowledged,
            RuleId::DCurt,
        ],
        run: unacknowledged,
    },
    Unit {
        rules: &[RuleId::DExplainedNo, RuleId::DRefusedNoReason],
        run: refusals,
    },
    Unit {
        rules: &[RuleId::DUncheckedDispute],
        run: unchecked_dispute,
    },
    Unit {
        rules: &[RuleId::DLecture],
        run: lecture,
    },
    Unit {
        rules: &[RuleId::DRushed],
        run: rushed,
    },
    Unit {
        rules: &[RuleId::DOverApology],
        run: over_apology,
    },
    Unit {
        rules: &[RuleId::DOverpromise, RuleId::RUnkeptPromises],
        run: overpromise,
    },
    Unit {
        rules: &[RuleId::DTransferEarly, RuleId::DPassedOn],
        run: transfer_early,
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
        rules: &[RuleId::DRepeatedSympathy, RuleId::DSympathyHabit],
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

/// The first time each rewarded move is made; empathy only when it is about this caller. A
/// "restatement" that read a checked value out for a yes is a leak, not a paraphrase.
fn rewarded_acts(s: &mut Scorer) {
    if let Some(t) = s
        .call
        .speech
        .iter()
        .find(|t| t.has(ActKind::Empathy) && empathy::specific(s, t))
    {
        s.apply(RuleId::DEmpathy, t.n, Detail::None);
    }
    let leaked = |n: u32| s.call.leaks.iter().any(|(at, _)| *at == n);
    // An offer to ring back on the number the unverified caller gives is the hole in the safe
    // route (`V-CALLER-ROUTE`), not something to praise.
    let routed: Vec<u32> = s
        .notes
        .iter()
        .filter(|note| note.rule == RuleId::VCallerRoute)
        .map(|note| note.turn)
        .collect();
    let caller_route = |n: u32| routed.contains(&n);
    for (kind, rule) in [
        (ActKind::Apology, RuleId::DApology),
        (ActKind::Reassurance, RuleId::DReassurance),
        (ActKind::Paraphrase, RuleId::DParaphrase),
        (ActKind::OfferAlternative, RuleId::DOfferedAlternative),
    ] {
        let turn = s.call.speech.iter().find(|t| {
            t.has(kind)
                && !(kind == ActKind::Paraphrase && leaked(t.n))
                && !(kind == ActKind::OfferAlternative && caller_route(t.n))
        });
        if let Some(t) = turn {
            s.apply(rule, t.n, Detail::None);
        }
    }
}

/// How angry or anxious a caller must be at the start to need their state acknowledged.
const UPSET: i64 = 50;

/// A caller upset from the start (anger or anxiety at `UPSET` or more) whom no turn
/// acknowledged: no empathy, no apology, no reassurance, however correct the rest (a correct
/// but cold call). An anxious caller acknowledged in one turn only, in a call of
/// `ONCE_IN_TURNS` turns or more, was still rushed: one "no charge" does not reassure someone
/// who rang frightened (`D-ONCE-ACKNOWLEDGED`).
fn unacknowledged(s: &mut Scorer) {
    let start = |m: &str| s.call.start_mood.get(m).copied().unwrap_or(0);
    let upset = start("anger") >= UPSET || start("anxiety") >= UPSET;
    let warm = [ActKind::Empathy, ActKind::Apology, ActKind::Reassurance];
    let warm_turns = s
        .call
        .speech
        .iter()
        .filter(|t| warm.iter().any(|k| t.has(*k)))
        .count();
    let turns = s.call.speech.len();
    let last = s.last_turn();
    if upset && turns >= 2 && warm_turns == 0 {
        s.apply(RuleId::DUnacknowledged, last, Detail::None);
    } else if start("anxiety") >= UPSET && turns >= ONCE_IN_TURNS && warm_turns == 1 {
        s.apply(RuleId::DOnceAcknowledged, last, Detail::None);
    }
    curt(s, start("anxiety").max(start("anger")), warm_turns);
}

/// Fewer words than this a turn, on average, is a form read out, not a conversation.
const CURT_WORDS: usize = 8;

/// An upset caller (anxious or angry from the start) answered in clipped lines ("Participant
/// number." "Date of birth." "New intake Thursday."): the trainee's speech averages under
/// `CURT_WORDS` words a turn, in a call of `ONCE_IN_TURNS` turns or more, with at most two
/// warm turns. Short sentences are plain language; short turns with nothing warm in them are
/// the rushing of story 2.
fn curt(s: &mut Scorer, upset: i64, warm_turns: usize) {
    let turns = s.call.speech.len();
    if upset < UPSET || turns < ONCE_IN_TURNS || warm_turns > 2 {
        return;
    }
    let words: usize = s
        .call
        .speech
        .iter()
        .map(|t| t.text.split_whitespace().count())
        .sum();
    if words < CURT_WORDS * turns {
        let last = s.last_turn();
        s.apply(RuleId::DCurt, last, Detail::None);
    }
}

/// A call this long (turns of the trainee's own speech) has room for more than one kind word.
const ONCE_IN_TURNS: usize = 4;

/// A "no" with a reason given (before or with it) is good; a bare "no" costs, half when the
/// reason comes later. A "no" in the turn that asks for the details it waits for is neither.
fn refusals(s: &mut Scorer) {
    let mut reason_given = false;
    let mut explained_no = false;
    let mut refused_bare = false;
    // The turn that gave the reason after a bare "no".
    let mut reason_later = None;
    for t in &s.call.speech {
        if refused_bare && !reason_given && t.has(ActKind::ExplainReason) {
            reason_later = Some(t.n);
        }
        reason_given |= t.has(ActKind::ExplainReason);
        // "I can't do that, but I can …": a no with what can be done is not a bare no.
        let with_alternative = t.has(ActKind::OfferAlternative);
        // "…mag ik uw klantnummer? Anders mag ik niks aanpassen": a no that comes with the
        // check it waits for has the policy as its reason.
        let verifying = t.has(ActKind::AskIdentity);
        if t.has(ActKind::Refusal) && !verifying && (reason_given || !with_alternative) {
            if reason_given && !explained_no {
                explained_no = true;
                s.apply(RuleId::DExplainedNo, t.n, Detail::None);
            } else if !reason_given && !refused_bare {
                refused_bare = true;
                s.apply(RuleId::DRefusedNoReason, t.n, Detail::None);
            }
        }
    }
    // The reason given in any later turn, with a second "no" or without one ("That isn't
    // because I doubt you. Our clients decide for themselves who is told.").
    // The debrief says in which turn it came.
    if let Some(turn) = reason_later
        && let Some(note) = s
            .notes
            .iter_mut()
            .find(|n| n.rule == RuleId::DRefusedNoReason)
    {
        note.points /= 2;
        note.detail = Detail::Later(turn);
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

/// Sympathy said again in this many turns makes a habit: the caller heard a formula.
const CANNED_TURNS: usize = 3;

/// The same sympathy phrase again (judged on the clause that carried it); in
/// `CANNED_TURNS` turns, a habit that caps the call (`D-SYMPATHY-HABIT`).
fn repeated_sympathy(s: &mut Scorer) {
    let turns: Vec<u32> = s
        .call
        .speech
        .iter()
        .filter(|t| t.repeats.contains(&ActKind::Empathy) || t.repeats.contains(&ActKind::Apology))
        .map(|t| t.n)
        .collect();
    for &n in &turns {
        s.apply(RuleId::DRepeatedSympathy, n, Detail::None);
    }
    if let Some(&n) = turns.get(CANNED_TURNS - 1) {
        s.apply(RuleId::DSympathyHabit, n, Detail::None);
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
    // The answer to the request is the first thing the trainee says about a supervisor after
    // it ("No, I can't put you through to my manager, that's not the procedure"), else the
    // next thing said: a later "no" is about something else once the caller has been helped
    // ("Sorry dat het niet vandaag kan").
    let supervisor = crate::phrases::built_in(crate::phrases::Kind::Supervisor, s.call.lang);
    let mentions =
        |t: &&crate::call::state::SpeechTurn| crate::phrases::said(&t.text, supervisor).is_some();
    let after: Vec<_> = s.call.speech.iter().filter(|t| t.n > *asked_at).collect();
    let answer = after.iter().find(|t| mentions(t)).or(after.first());
    let refuses = |t: &crate::call::state::SpeechTurn| {
        transferred_at.is_none_or(|x| t.n < x)
            && (t.has(ActKind::Refusal) || t.has(ActKind::ProcedureShield))
            && !t.has(ActKind::ExplainReason)
            && !t.has(ActKind::TransferNotice)
    };
    // A refusal said before the ask (up to the turn the caller answered with it) that nothing
    // after the ask takes back stands as the answer: "A supervisor isn't possible either,
    // that's not the procedure" → "Then I want your manager" → "Is there anything else?"
    let refused_before = s
        .call
        .speech
        .iter()
        .filter(|t| t.n <= *asked_at)
        .rfind(|t| mentions(t))
        .filter(|t| refuses(t) && transferred_at.is_none() && !after.iter().any(mentions));
    let refused = answer.copied().filter(|t| refuses(t)).or(refused_before);
    if let Some(t) = refused {
        s.apply(RuleId::DSupervisorRefused, t.n, Detail::None);
        return;
    }
    // Hanging up on the request is refusing it too: the trainee ends the call without a word
    // or a transfer after the caller asked.
    let answered = s.call.speech.iter().any(|t| t.n > *asked_at);
    if let Some(end) = s.call.command_turn("end")
        && transferred_at.is_none()
        && !answered
        && end > *asked_at
    {
        s.apply(RuleId::DSupervisorRefused, end, Detail::None);
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
    // Every mention counts, so "Mr Jansen, … Mr Jansen" in one turn is two.
    let mut mentions: Vec<u32> = Vec::new();
    for t in &s.call.speech {
        let said = crate::text::plain_words(&t.text);
        let count = said
            .split(' ')
            .filter(|w| names.iter().any(|n| n == w))
            .count();
        mentions.extend(std::iter::repeat_n(t.n, count));
    }
    match mentions.len() {
        0 => {}
        1..=3 => s.apply(RuleId::DNameUsed, mentions[0], Detail::None),
        n => s.apply(RuleId::DNameOverused, mentions[3], Detail::Count(n)),
    }
}

/// How far the mood must fall, and over how many turns of the trainee's own, to count as
/// calmed by the trainee.
const CALMED_BY: i64 = 10;
const CALMING_TURNS: usize = 3;

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
        // Calming credit only for a real drop, over a call the trainee took part in.
        let took_part = s.call.speech.len() >= CALMING_TURNS;
        if end + CALMED_BY <= start && peak.is_none() && took_part {
            s.apply(RuleId::DMoodCalmed, *after, Detail::None);
        } else if end >= start + 25 {
            s.apply(RuleId::DMoodWorse, *after, Detail::None);
        }
    }
}

/// Saying no, siding with the company or quoting procedure before looking at the evidence
/// the caller disputes (story 3: the track & trace was never looked at).
fn unchecked_dispute(s: &mut Scorer) {
    let disputed: Vec<&str> = s
        .scenario
        .records
        .iter()
        .filter(|r| r.disputed)
        .map(|r| r.id.as_str())
        .collect();
    if disputed.is_empty() {
        return;
    }
    let checked_at = s
        .call
        .looked_at
        .iter()
        .find(|(_, id)| disputed.contains(&id.as_str()))
        .map(|(n, _)| *n);
    let turn = s.call.speech.iter().find(|t| {
        checked_at.is_none_or(|c| t.n < c)
            && (t.has(ActKind::Refusal) || t.has(ActKind::ProcedureShield) || t.has(ActKind::Blame))
    });
    if let Some(t) = turn {
        s.apply(RuleId::DUncheckedDispute, t.n, Detail::None);
    }
}

/// Promising what the desk cannot keep: an exception, a guarantee, this scenario's
/// impossibilities.
fn overpromise(s: &mut Scorer) {
    let lang = s.call.lang;
    let vows = crate::phrases::built_in(crate::phrases::Kind::Overpromise, lang);
    let things: &[String] = s
        .scenario
        .judgement
        .overpromises
        .get(&lang)
        .map_or(&[], |v| v.as_slice());
    // Each turn's promises.
    let turns: Vec<(u32, usize)> = s
        .call
        .speech
        .iter()
        .filter_map(|t| {
            let promises = crate::phrases::promises_made(&t.text, vows, things, lang);
            (promises > 0).then_some((t.n, promises))
        })
        .collect();
    let mut promised = 0;
    for (n, promises) in turns {
        s.apply(RuleId::DOverpromise, n, Detail::None);
        let before = promised;
        promised += promises;
        if before < UNKEPT_PROMISES && promised >= UNKEPT_PROMISES {
            s.apply(RuleId::RUnkeptPromises, n, Detail::None);
        }
    }
}

/// A call resolved with this many promises the desk cannot keep is not resolved: the caller
/// will be back when they break (story 4's broken promise, made again).
const UNKEPT_PROMISES: usize = 2;

/// Lecturing the caller: telling them what they should know or do next time, for their
/// information ("next time, please…", "as a bookkeeper you'll know…").
fn lecture(s: &mut Scorer) {
    let phrases = crate::phrases::built_in(crate::phrases::Kind::Lecture, s.call.lang);
    for n in turns_where(s, |text| crate::phrases::said(text, phrases).is_some()) {
        s.apply(RuleId::DLecture, n, Detail::None);
    }
}

/// The turns whose text the test holds for.
fn turns_where(s: &Scorer, test: impl Fn(&str) -> bool) -> Vec<u32> {
    s.call
        .speech
        .iter()
        .filter(|t| test(&t.text))
        .map(|t| t.n)
        .collect()
}

/// Apologies in this many turns are courtesy; each turn with one after them is a habit that
/// tells the caller they are trouble.
const APOLOGIES_ENOUGH: usize = 3;

/// Saying sorry in turn after turn: each apology after the third costs, unless it already
/// costs as the same words again (`D-REPEATED-SYMPATHY`): one habit, charged once a turn.
fn over_apology(s: &mut Scorer) {
    let turns: Vec<u32> = s
        .call
        .speech
        .iter()
        .filter(|t| t.has(ActKind::Apology))
        .skip(APOLOGIES_ENOUGH)
        .filter(|t| !t.repeats.contains(&ActKind::Apology))
        .map(|t| t.n)
        .collect();
    let points = s.points(RuleId::DOverApology);
    for n in turns {
        // Sorry after sorry wears on a caller who wants it done (an impatient or angry one)
        // more than on one afraid of being a bother: trainers pass the second.
        let weighed = if anxiety::more_anxious_than_angry(s, n) {
            points * ANXIOUS_SHARE / 100
        } else {
            points
        };
        s.note(RuleId::DOverApology, n, weighed, Detail::None);
    }
}

/// The share (in %) of an over-apology's points charged when the caller is more anxious than
/// angry.
const ANXIOUS_SHARE: i32 = 50;

/// Handing the caller on before listening to them: fewer than three turns of one's own. Or,
/// later, passing on a caller who never asked for anyone else, before doing anything for
/// them: "daar ga ik niet over, ik verbind u door met mijn leidinggevende".
fn transfer_early(s: &mut Scorer) {
    let Some(n) = s.call.command_turn("transfer") else {
        return;
    };
    match handed_on(s.call) {
        Some(HandedOn::Unheard) => s.apply(RuleId::DTransferEarly, n, Detail::None),
        Some(HandedOn::Unasked) => s.apply(RuleId::DPassedOn, n, Detail::None),
        None => {}
    }
}

/// How a transfer got rid of the caller, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HandedOn {
    /// Before listening: fewer than [`EARLY_TRANSFER_TURNS`] turns of the trainee's own.
    Unheard,
    /// Unasked, and before any action for the caller or a hold to consult someone.
    Unasked,
}

/// Whether the call's transfer handed the caller on unheard or unasked (`D-TRANSFER-EARLY`,
/// `D-PASSED-ON`); such a transfer is no right outcome, whatever the scenario allows.
pub(super) fn handed_on(call: &CallState) -> Option<HandedOn> {
    let n = call.command_turn("transfer")?;
    if call.speech.iter().filter(|t| t.n < n).count() < EARLY_TRANSFER_TURNS {
        return Some(HandedOn::Unheard);
    }
    let asked_at = call
        .flags
        .iter()
        .find(|(at, f)| *at < n && f == "supervisor_demanded")
        .map(|(at, _)| *at);
    // Doing something for the caller: an action, or a hold to consult someone.
    let acted = call.actions.iter().any(|a| a.n < n) || call.holds.iter().any(|(at, _)| *at < n);
    // A caller who asked for a supervisor only after being given nothing, not a reason, not
    // an alternative, not a promise, was driven to it: "this isn't really something I can deal
    // with", then "get me your supervisor", then the transfer. The turns that announce the
    // transfer give nothing ("Daarom verbind ik u door"), nor does what is said after the ask
    // ("u kunt beter even met een teamleider praten").
    let driven = asked_at.is_some_and(|at| {
        !call
            .speech
            .iter()
            .filter(|t| t.n <= at && !t.has(ActKind::TransferNotice))
            .any(|t| GIVEN.iter().any(|&act| t.has(act)))
    });
    ((asked_at.is_none() || driven) && !acted).then_some(HandedOn::Unasked)
}

/// What a trainee gives a caller before a transfer they asked for that makes it no passing on.
const GIVEN: [ActKind; 3] = [
    ActKind::ExplainReason,
    ActKind::OfferAlternative,
    ActKind::Commitment,
];

/// A transfer before this many turns of the trainee's own speech is handing the caller on
/// unheard.
const EARLY_TRANSFER_TURNS: usize = 3;

/// Hurrying the caller: "let's be quick", "the lines are full", "kort graag" (each turn).
fn rushed(s: &mut Scorer) {
    let lang = s.call.lang;
    for n in turns_where(s, |text| crate::phrases::hurries(text, lang)) {
        s.apply(RuleId::DRushed, n, Detail::None);
    }
}
