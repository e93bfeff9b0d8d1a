//! Empathy that engages with this caller's problem, and the stock phrase that could be said
//! to anyone (story 3: the trained "I understand this is annoying" only added fuel).

use super::{Detail, Scorer};
use crate::call::state::SpeechTurn;
use crate::lang::Lang;
use crate::phrases::Kind;
use crate::rules::RuleId;
use crate::understanding::ActKind;

/// Whether a turn's empathy engages with this caller's actual problem: it names something
/// specific to it (when the scenario says what is specific), in the sentence that carried the
/// empathy: "I understand this is frustrating. Your account is locked." states the problem
/// beside a stock phrase, it does not acknowledge it.
pub(super) fn specific(s: &Scorer, turn: &SpeechTurn) -> bool {
    match s.scenario.judgement.specifics.get(&s.call.lang) {
        Some(words) if !words.is_empty() => {
            let text = turn
                .empathy
                .as_deref()
                .and_then(|clause| sentence_with(&turn.text, clause, s.call.lang))
                .unwrap_or(&turn.text);
            crate::phrases::named(&statements(text), words).is_some()
        }
        _ => true,
    }
}

/// The sentence of a text that holds most of a clause's words (at least half of them), with
/// the sentences right before and after it unless they explain a cause; when the text has more
/// than one sentence. "Three calls and still nobody called. That's not okay." acknowledges.
fn sentence_with<'a>(text: &'a str, clause: &str, lang: Lang) -> Option<&'a str> {
    let wanted: Vec<&str> = clause.split_whitespace().collect();
    let sentences: Vec<(usize, &str)> = crate::text::sentences(text, &['.', '!', '?'])
        .scan(0, |at, x| {
            let start = *at;
            *at += x.len();
            Some((start, x))
        })
        .filter(|(_, x)| !x.trim().is_empty())
        .collect();
    if sentences.len() < 2 || wanted.is_empty() {
        return None;
    }
    let (best, shared) = sentences
        .iter()
        .enumerate()
        .map(|(i, (_, x))| {
            let words = crate::text::plain_words(x);
            let words: Vec<&str> = words.split(' ').collect();
            (i, wanted.iter().filter(|w| words.contains(w)).count())
        })
        .max_by_key(|(_, shared)| *shared)?;
    if 2 * shared < wanted.len() {
        return None;
    }
    let beside =
        |i: Option<usize>| i.filter(|&i| i < sentences.len() && !explains(sentences[i].1, lang));
    let first = beside(best.checked_sub(1)).unwrap_or(best);
    let last = beside(Some(best + 1)).unwrap_or(best);
    Some(&text[sentences[first].0..sentences[last].0 + sentences[last].1.len()])
}

/// Whether a sentence explains a cause ("Your account is locked because your password has
/// expired"): an explanation beside a stock phrase is not an acknowledgement.
fn explains(sentence: &str, lang: Lang) -> bool {
    crate::phrases::says_kind(sentence, Kind::Cause, lang)
}

/// A turn without its questions, when it has a statement: the caller's bill named in "I
/// understand your frustration. Which municipality sent you the bill?" is asked about, not
/// acknowledged.
fn statements(text: &str) -> String {
    let sentences: Vec<&str> = crate::text::sentences(text, &['.', '!', '?']).collect();
    let said: Vec<&str> = sentences
        .iter()
        .copied()
        .filter(|x| !x.trim_end().ends_with('?'))
        .collect();
    if said.iter().any(|x| !x.trim().is_empty()) && said.len() < sentences.len() {
        said.concat()
    } else {
        text.to_string()
    }
}

/// Empathy that could be said to anyone ("I understand this is annoying for you"): the first
/// earns nothing, every further one costs. Only where the scenario says what is specific.
pub(super) fn stock_empathy(s: &mut Scorer) {
    let turns: Vec<u32> = s
        .call
        .speech
        .iter()
        .filter(|t| t.has(ActKind::Empathy) && !specific(s, t))
        .map(|t| t.n)
        .collect();
    for (i, n) in turns.into_iter().enumerate() {
        let points = if i == 0 {
            0
        } else {
            s.points(RuleId::DStockEmpathy)
        };
        if s.scenario.rule_points.get(&RuleId::DStockEmpathy) != Some(&0) {
            s.note(RuleId::DStockEmpathy, n, points, Detail::None);
        }
        if i + 1 == SCRIPTED_TURNS {
            s.apply(RuleId::DScriptedEmpathy, n, Detail::None);
        }
    }
}

/// The same formula in this many turns is a script, not empathy: the caller stops hearing it
/// (story 3, where the trained phrase only added fuel).
const SCRIPTED_TURNS: usize = 3;
