//! Professionalism: greeting and introducing oneself, announcing and thanking for holds,
//! closing the call, plain language for callers who are not technical, short sentences for
//! callers still learning the language.

use super::{Detail, Scorer, Unit};
use crate::call::state::SpeechTurn;
use crate::lang::Lang;
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
    Unit {
        rules: &[RuleId::PLongSentence],
        run: long_sentences,
    },
    Unit {
        rules: &[RuleId::PClosedCheck],
        run: closed_check,
    },
    Unit {
        rules: &[RuleId::PJargonHabit],
        run: talked_down,
    },
    Unit {
        rules: &[RuleId::PSwore],
        run: swore,
    },
    Unit {
        rules: &[RuleId::PKnownSlip],
        run: known_slips,
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

/// Jargon (the scenario's and the built-in desk words) said to a caller who is not technical.
fn jargon(s: &mut Scorer) {
    let jargon = jargon_list(s);
    let turns: Vec<(u32, Vec<String>)> = s
        .call
        .speech
        .iter()
        .map(|t| (t.n, jargon_used(&t.text, &jargon, s.call.lang)))
        .filter(|(_, used)| !used.is_empty())
        .collect();
    for (n, used) in turns {
        s.apply(RuleId::PJargon, n, Detail::Words(used));
    }
}

/// The jargon in this language, the scenario's and the built-in desk words (`jargon` in
/// `lexicon/judgement.json`), when the caller is not technical; else none.
fn jargon_list(s: &Scorer) -> Vec<String> {
    if s.scenario.caller.technical {
        return Vec::new();
    }
    let own = s.scenario.jargon.get(&s.call.lang).into_iter().flatten();
    let built_in = crate::phrases::built_in(crate::phrases::Kind::Jargon, s.call.lang);
    let mut all: Vec<String> = Vec::new();
    for word in own.chain(built_in) {
        if !all.contains(word) {
            all.push(word.clone());
        }
    }
    all
}

/// The jargon of the list a text says, unexplained: a word in quotes ("in the letter it is
/// called 'herindicatie'"), in a sentence that says what it means ("Wmo, that means…",
/// `explained` in `lexicon/judgement.json`) or right before what it is ("cliëntondersteuner:
/// iemand die …", `glossed`) is explained, not jargon.
fn jargon_used(text: &str, jargon: &[String], lang: Lang) -> Vec<String> {
    let explained = crate::phrases::built_in(crate::phrases::Kind::Explained, lang);
    let glossed = crate::phrases::built_in(crate::phrases::Kind::Glossed, lang);
    let mut used: Vec<String> = Vec::new();
    let sentences: Vec<&str> = crate::text::sentences(text, &['.', '!', '?', ';']).collect();
    // A word explained in its own sentence, or in the next ("… een herindicatie. Dat
    // betekent dat …"), is no jargon.
    let explains = |s: &&str| crate::phrases::named(s, explained).is_some();
    for (i, sentence) in sentences.iter().enumerate() {
        if explains(sentence) || sentences.get(i + 1).is_some_and(explains) {
            continue;
        }
        let said = format!(" {} ", plain_words(sentence));
        let quoted: Vec<String> = quoted(sentence)
            .iter()
            .map(|q| format!(" {} ", plain_words(q)))
            .collect();
        for j in jargon {
            let j_ = format!(" {j} ");
            // "een cliëntondersteuner: iemand die …" says what the word is.
            if said.contains(&j_)
                && !glossed_after(&said, j, glossed)
                && !quoted.iter().any(|q| q.contains(&j_))
                && !used.contains(j)
            {
                used.push(j.clone());
            }
        }
    }
    used
}

/// Words a gloss may stand after a desk word: "het Wmo-team, het team dat …".
const GLOSS_WITHIN: usize = 4;

/// Whether a gloss (`glossed`) follows a desk word in a sentence (as padded plain words),
/// at most [`GLOSS_WITHIN`] words after it: "een cliëntondersteuner: iemand die …".
fn glossed_after(said: &str, word: &str, glossed: &[String]) -> bool {
    said.match_indices(&format!(" {word} ")).any(|(at, m)| {
        let after: Vec<&str> = said[at + m.len()..].split_whitespace().collect();
        (0..=GLOSS_WITHIN.min(after.len())).any(|skip| {
            let rest = format!(" {} ", after[skip..].join(" "));
            glossed.iter().any(|g| rest.starts_with(&format!(" {g} ")))
        })
    })
}

/// Turns with a sentence longer than the caller follows (`caller.sentence_words`, a caller
/// still learning the language): each costs, and counts toward the habit of talking over them.
fn long_sentences(s: &mut Scorer) {
    let turns: Vec<(u32, usize)> = s
        .call
        .speech
        .iter()
        .filter_map(|t| Some((t.n, too_long(&t.text, s.scenario.caller.sentence_words)?)))
        .collect();
    for (n, words) in turns {
        s.apply(RuleId::PLongSentence, n, Detail::Count(words));
    }
}

/// "Do you understand?" asked of a caller still learning the language (one with
/// `caller.sentence_words`): people say yes when they have not understood, so it checks
/// nothing (once, at the first).
fn closed_check(s: &mut Scorer) {
    if s.scenario.caller.sentence_words.is_none() {
        return;
    }
    let checks = crate::phrases::built_in(crate::phrases::Kind::ClosedCheck, s.call.lang);
    let asked = |text: &str| {
        crate::text::sentences(text, &['.', '!', '?'])
            .filter(|sentence| sentence.trim_end().ends_with('?'))
            .any(|sentence| {
                let said = format!(" {}", plain_words(sentence));
                checks.iter().any(|c| said.ends_with(&format!(" {c}")))
            })
    };
    if let Some(t) = s.call.speech.iter().find(|t| asked(&t.text)) {
        s.apply(RuleId::PClosedCheck, t.n, Detail::None);
    }
}

/// The words in a text's longest sentence, when it is longer than the limit.
fn too_long(text: &str, limit: Option<u32>) -> Option<usize> {
    let limit = usize::try_from(limit?).unwrap_or(usize::MAX);
    let longest = crate::text::sentences(text, &['.', '!', '?', ';'])
        .map(|sentence| plain_words(sentence).split_whitespace().count())
        .max()?;
    (longest > limit).then_some(longest)
}

/// The parts of a sentence in quotes ('…', "…", ‘…’, “…”), opened after a space or at the start
/// and closed before a space or punctuation, so that "it's" opens nothing.
fn quoted(sentence: &str) -> Vec<&str> {
    static QUOTED: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = QUOTED.get_or_init(|| {
        regex::Regex::new(r#"(?:^|[\s(])['‘"“]([^'’"”]+)['’"”](?:$|[\s.,;:!?)])"#)
            .expect("a valid pattern")
    });
    re.captures_iter(sentence)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect()
}

/// Turns of jargon, lecturing or hurrying that make a habit: the caller was talked over or down.
const TALKED_DOWN_TURNS: usize = 3;

/// Turns of hurrying alone that make a habit: the caller was hurried through the call.
const RUSHED_TURNS: usize = 2;

/// Jargon, a lecture, hurrying or sentences too long for the caller in turn after turn:
/// however correct the steps, the caller was talked over, down or through, and every trainer
/// failed such a call (the total is at most `TALKED_DOWN_CEILING`).
fn talked_down(s: &mut Scorer) {
    if s.points(RuleId::PJargonHabit) == 0 {
        return;
    }
    let jargon = jargon_list(s);
    let lang = s.call.lang;
    let lecture = crate::phrases::built_in(crate::phrases::Kind::Lecture, lang);
    let (mut talked, mut rushed) = (Vec::new(), Vec::new());
    for t in &s.call.speech {
        let hurried = crate::phrases::hurries(&t.text, lang);
        if hurried {
            rushed.push(t.n);
        }
        if hurried
            || !jargon_used(&t.text, &jargon, lang).is_empty()
            || too_long(&t.text, s.scenario.caller.sentence_words).is_some()
            || crate::phrases::said(&t.text, lecture).is_some()
        {
            talked.push(t.n);
        }
    }
    let habit = [
        talked.get(TALKED_DOWN_TURNS - 1),
        rushed.get(RUSHED_TURNS - 1),
    ];
    if let Some(&n) = habit.into_iter().flatten().min() {
        s.apply(RuleId::PJargonHabit, n, Detail::None);
    }
}

/// Swearing in the caller's hearing at anything but them ("this bloody screen", "kut systeem"):
/// not the insult that fails a call, but no way to speak on a call. Once a call; a turn that
/// insults is charged as an insult, and words in quotation marks are the caller's own.
fn swore(s: &mut Scorer) {
    let swearing = crate::phrases::built_in(crate::phrases::Kind::Swearing, s.call.lang);
    let turn = s.call.speech.iter().find(|t| {
        !t.has(ActKind::Insult)
            && crate::phrases::said(&crate::understanding::unquoted(&t.text), swearing).is_some()
    });
    if let Some(t) = turn {
        s.apply(RuleId::PSwore, t.n, Detail::None);
    }
}

/// The slips the scenario names (`judgement.slips`), each once, at the first turn that says
/// one of its phrases outside quotation marks and not right after a negation; a slip that
/// counts only before the records were looked up ("could you tell me from the start what's
/// been happening?" to a caller on his third call) not at or after the first `/lookup`.
fn known_slips(s: &mut Scorer) {
    let lang = s.call.lang;
    let first_lookup = s.call.lookups.first().copied().unwrap_or(u32::MAX);
    let found: Vec<(u32, String)> = s
        .scenario
        .judgement
        .slips
        .iter()
        .filter_map(|(id, slip)| {
            let phrases = slip.says.get(&lang)?;
            let turn = s.call.speech.iter().find(|t| {
                (!slip.before_lookup || t.n < first_lookup)
                    && crate::phrases::said(&crate::understanding::unquoted(&t.text), phrases)
                        .is_some()
            })?;
            Some((turn.n, id.clone()))
        })
        .collect();
    for (n, id) in found {
        s.apply(RuleId::PKnownSlip, n, Detail::Slip(id));
    }
}
