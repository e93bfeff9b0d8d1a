//! Phrases deskdrill listens for beyond the acts of understanding: promises a desk cannot keep,
//! public details accepted as proof, and the words that name a supervisor. The built-in lists
//! are data (`lexicon/judgement.json`); scenarios add their own.

mod promises;

pub use promises::promises_made;

use crate::lang::Lang;
use crate::text::plain_words;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const BUILT_IN: &str = include_str!("../lexicon/judgement.json");

/// The built-in topic of a turn that hurries the caller (`rush`), for a scenario's conditions:
/// `mentioned(hurry)`.
pub const HURRY: &str = "hurry";

#[derive(Debug, Default, Deserialize)]
struct Lists {
    overpromise: BTreeMap<Lang, Vec<String>>,
    public_proof: BTreeMap<Lang, Vec<String>>,
    supervisor: BTreeMap<Lang, Vec<String>>,
    disclosure: BTreeMap<Lang, Vec<String>>,
    lecture: BTreeMap<Lang, Vec<String>>,
    rush: BTreeMap<Lang, Vec<String>>,
    jargon: BTreeMap<Lang, Vec<String>>,
    part: BTreeMap<Lang, Vec<String>>,
    question: BTreeMap<Lang, Vec<String>>,
    copula: BTreeMap<Lang, Vec<String>>,
    cause: BTreeMap<Lang, Vec<String>>,
    explained: BTreeMap<Lang, Vec<String>>,
    glossed: BTreeMap<Lang, Vec<String>>,
    hedge: BTreeMap<Lang, Vec<String>>,
    swearing: BTreeMap<Lang, Vec<String>>,
    presenting: BTreeMap<Lang, Vec<String>>,
    forms_of_address: BTreeMap<Lang, Vec<String>>,
    tags: BTreeMap<Lang, Vec<String>>,
    own_answers: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    leading: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    reading_out: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    going_on: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    closed_check: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    caller_route: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    callback_reasons: BTreeMap<Lang, Vec<String>>,
    #[serde(default)]
    rebuke: BTreeMap<Lang, Vec<String>>,
}

/// A kind of phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Overpromise,
    PublicProof,
    Supervisor,
    Disclosure,
    Lecture,
    /// Words that hurry the caller ("let's be quick", "kort graag").
    Rush,
    /// Desk and IT words a caller does not know ("SLA", "geofence", "NAW-gegevens").
    Jargon,
    /// Words that point at part of a number ("it starts with", "eindigt op").
    Part,
    /// Question words: telling words after one stand in an indirect question ("where she is").
    Question,
    /// Words that state what something is ("is", "heet"): a record's name after one is told.
    Copula,
    /// Words that give a cause ("because", "omdat"): an explanation, not an acknowledgement.
    Cause,
    /// Words that say what a word means ("that means", "oftewel"): jargon explained.
    Explained,
    /// Words that, right after a desk word, say what it is ("cliëntondersteuner: iemand die …",
    /// "an advocate, someone who …"): that word is explained.
    Glossed,
    /// Words that make a promise a hope ("I hope", "krap"): a promise beside one is not made.
    Hedge,
    /// Swear words, said at anything ("bloody", "verdomme").
    Swearing,
    /// Telling words that present whatever follows them ("here's", "hier is"): with a question
    /// word right after, they present a proposal ("here's what will work"), not the file.
    Presenting,
    /// Words that address the caller ("mevrouw", "Mr"): a name said after telling words does
    /// not end what they tell ("ik zie het al, mevrouw Van Dalen. U heeft drie uur hulp").
    FormsOfAddress,
    /// Tags that make a statement ask for agreement ("…, right?", "…, toch?"): a sentence
    /// ending in one still tells what it states.
    Tags,
    /// Answers an agent gives to their own question ("Anything else? No? Great."): said right
    /// after a question, they hurry the caller past it.
    OwnAnswers,
    /// Words that offer a record's value for a yes ("does that ring a bell?", "ik zie hier …
    /// staan, dat bent u toch?"): a checked value so read out is a leading check.
    Leading,
    /// Words that announce reading the record out to the caller ("let me read you what we
    /// have", "ik lees even voor wat ik hier heb staan"): the facts the line names are told.
    ReadingOut,
    /// Sentence openers that point back at what was just said ("it's", "that is", "het is"):
    /// a sentence so opened goes on telling what the one before it told.
    GoingOn,
    /// Checks of understanding a caller can only say yes to ("do you understand?", "begrijpt
    /// u het?"), which people say when they have not understood.
    ClosedCheck,
    /// Asking the caller where to call back or send something ("what number can I reach you
    /// on?", "naar welk nummer zal ik het sturen?"): no safe route when the caller may not be
    /// who they say.
    CallerRoute,
    /// Why a number is asked when it is no proof: to call back if the line drops ("in case we
    /// get cut off", "om u terug te bellen"). Such an ask is never needless.
    CallbackReasons,
    /// What a "calm down" rebukes ("shouting", "schreeuwen"): with one, it tells off even a
    /// caller more anxious than angry.
    Rebuke,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // The file is part of the binary and checked by a test; were it broken, nothing is
        // listened for rather than anything crashing.
        let mut lists: Lists = serde_json::from_str(BUILT_IN).unwrap_or_default();
        // Stored as plain words once, not at every turn that listens for them.
        for map in [
            &mut lists.overpromise,
            &mut lists.public_proof,
            &mut lists.supervisor,
            &mut lists.disclosure,
            &mut lists.lecture,
            &mut lists.rush,
            &mut lists.jargon,
            &mut lists.part,
            &mut lists.question,
            &mut lists.copula,
            &mut lists.cause,
            &mut lists.explained,
            &mut lists.glossed,
            &mut lists.hedge,
            &mut lists.swearing,
            &mut lists.presenting,
            &mut lists.forms_of_address,
            &mut lists.tags,
            &mut lists.own_answers,
            &mut lists.leading,
            &mut lists.reading_out,
            &mut lists.going_on,
            &mut lists.closed_check,
            &mut lists.caller_route,
            &mut lists.callback_reasons,
            &mut lists.rebuke,
        ] {
            for phrases in map.values_mut() {
                for p in phrases.iter_mut() {
                    *p = plain_phrase(p);
                }
            }
        }
        lists
    })
}

/// A phrase as plain words, its gaps and end mark kept: "ik lees ... voor" is a gap of any
/// words within one part of a sentence, "zo hoort het $" ends its part.
pub fn plain_phrase(phrase: &str) -> String {
    let (phrase, end) = match phrase.trim_end().strip_suffix(END) {
        Some(rest) => (rest, END),
        None => (phrase, ""),
    };
    let plain = phrase
        .split(GAP.trim())
        .map(plain_words)
        .collect::<Vec<_>>()
        .join(GAP);
    plain + end
}

/// The built-in phrases of a kind, as plain words.
pub fn built_in(kind: Kind, lang: Lang) -> &'static [String] {
    let l = lists();
    let map = match kind {
        Kind::Overpromise => &l.overpromise,
        Kind::PublicProof => &l.public_proof,
        Kind::Supervisor => &l.supervisor,
        Kind::Disclosure => &l.disclosure,
        Kind::Lecture => &l.lecture,
        Kind::Rush => &l.rush,
        Kind::Jargon => &l.jargon,
        Kind::Part => &l.part,
        Kind::Question => &l.question,
        Kind::Copula => &l.copula,
        Kind::Cause => &l.cause,
        Kind::Explained => &l.explained,
        Kind::Glossed => &l.glossed,
        Kind::Hedge => &l.hedge,
        Kind::Swearing => &l.swearing,
        Kind::Presenting => &l.presenting,
        Kind::FormsOfAddress => &l.forms_of_address,
        Kind::Tags => &l.tags,
        Kind::OwnAnswers => &l.own_answers,
        Kind::Leading => &l.leading,
        Kind::ReadingOut => &l.reading_out,
        Kind::GoingOn => &l.going_on,
        Kind::ClosedCheck => &l.closed_check,
        Kind::CallerRoute => &l.caller_route,
        Kind::CallbackReasons => &l.callback_reasons,
        Kind::Rebuke => &l.rebuke,
    };
    map.get(&lang).map(Vec::as_slice).unwrap_or(&[])
}

pub(crate) const NEGATIONS: [&str; 9] = [
    "not", "never", "no", "t", "niet", "geen", "nooit", "nie", "cannot",
];

/// The first phrase of the list said in the text, not right after a negation.
pub fn said<'a>(text: &str, phrases: impl IntoIterator<Item = &'a String>) -> Option<&'a str> {
    let parts = parts_of(text);
    phrases
        .into_iter()
        .map(String::as_str)
        .find(|phrase| says(&parts, phrase, NEGATION_BEFORE, 0))
}

/// The first phrase of the list named in the text, negated or not: a problem is named as
/// much in "that you can't log in" as in "your login".
pub fn named<'a>(text: &str, phrases: impl IntoIterator<Item = &'a String>) -> Option<&'a str> {
    let parts = parts_of(text);
    phrases
        .into_iter()
        .map(String::as_str)
        .find(|phrase| occurs(&parts, phrase, |_, _, _| true))
}

/// Every phrase of the list named in the text, negated or not, in list order: where a
/// colleague is not is named as much as where he is.
pub fn all_named<'a>(text: &str, phrases: &'a [String]) -> Vec<&'a str> {
    let parts = parts_of(text);
    phrases
        .iter()
        .map(String::as_str)
        .filter(|phrase| occurs(&parts, phrase, |_, _, _| true))
        .collect()
}

/// Whether the text says one of the built-in phrases of a kind, not right after a negation.
pub fn says_kind(text: &str, kind: Kind, lang: Lang) -> bool {
    said(text, built_in(kind, lang)).is_some()
}

/// Every phrase of the list said in the text, not right after a negation, in list order.
pub fn all_said<'a>(text: &str, phrases: &'a [String]) -> Vec<&'a str> {
    let parts = parts_of(text);
    phrases
        .iter()
        .map(String::as_str)
        .filter(|phrase| says(&parts, phrase, NEGATION_BEFORE, 0))
        .collect()
}

/// How many words before a phrase a negation cancels it.
const NEGATION_BEFORE: usize = 3;

/// A text's parts as plain words. A negation reaches no further than its own part of a
/// sentence: "don't worry, I promise" still promises.
fn parts_of(text: &str) -> Vec<Vec<String>> {
    text.split([',', '.', '!', '?', ';', ':', '—', '–', '\n'])
        .map(|part| plain_words(part).split(' ').map(str::to_string).collect())
        .collect()
}

/// Whether one of the parts says the phrase, not within `before` words after a negation nor
/// within `after` words before one.
fn says(parts: &[Vec<String>], phrase: &str, before: usize, after: usize) -> bool {
    occurs(parts, phrase, |words, i, end| {
        !words[i.saturating_sub(before)..i]
            .iter()
            .chain(&words[end..(end + after).min(words.len())])
            .any(|w| NEGATIONS.contains(&w.as_str()))
    })
}

/// How a phrase marks a gap of any words ("ik lees ... voor").
const GAP: &str = " ... ";

/// How a phrase marks that it ends its part of a sentence ("zo hoort het $").
const END: &str = " $";

/// Whether one of the parts holds the phrase at a place (its words, start and end) that `keep`
/// accepts; after its first segment, a phrase's further segments follow in order, each after
/// a gap of any words. A phrase ending in ` $` must end its part ("zo hoort het $": "Zo hoort
/// het." lectures, "zo hoort het ook niet te gaan" does not).
fn occurs(
    parts: &[Vec<String>],
    phrase: &str,
    keep: impl Fn(&[String], usize, usize) -> bool,
) -> bool {
    let (phrase, to_end) = match phrase.strip_suffix(END) {
        Some(rest) => (rest, true),
        None => (phrase, false),
    };
    let segments: Vec<Vec<&str>> = phrase
        .split(GAP)
        .map(|s| s.split(' ').filter(|w| !w.is_empty()).collect())
        .collect();
    let Some((first, rest)) = segments.split_first() else {
        return false;
    };
    !first.is_empty()
        && parts
            .iter()
            .filter(|words| first.len() <= words.len())
            .any(|words| {
                (0..=words.len() - first.len()).any(|i| {
                    let end = i + first.len();
                    matches_at(words, i, first)
                        && keep(words, i, end)
                        && follow_in_order(words, end, rest)
                            .is_some_and(|last| !to_end || last == words.len())
                })
            })
}

/// Whether the words hold the segment at `i`.
fn matches_at(words: &[String], i: usize, segment: &[&str]) -> bool {
    i + segment.len() <= words.len()
        && words[i..i + segment.len()]
            .iter()
            .zip(segment)
            .all(|(w, q)| w == q)
}

/// Where the segments end when they follow one another in the words from `from` on, each at
/// the first place it can.
fn follow_in_order(words: &[String], from: usize, segments: &[Vec<&str>]) -> Option<usize> {
    let mut at = from;
    for segment in segments {
        let j = (at..=words.len()).find(|&j| matches_at(words, j, segment))?;
        at = j + segment.len();
    }
    Some(at)
}

/// Whether the text hurries the caller: a `rush` phrase ("let's be quick", "kort graag"), or a
/// short check the agent answers straight away ("Okay? Okay.", "Anything else? No? Great.").
pub fn hurries(text: &str, lang: Lang) -> bool {
    if says_kind(text, Kind::Rush, lang) {
        return true;
    }
    let answers = built_in(Kind::OwnAnswers, lang);
    let sentences: Vec<&str> = crate::text::sentences(text, &['.', '!', '?']).collect();
    sentences.windows(2).any(|pair| {
        // A short check ("Okay?", "No?") answered at once; "No?" after "Anything else?" still
        // leaves the caller room to answer, and so does a real question.
        pair[0].trim_end().ends_with('?')
            && plain_words(pair[0]).split(' ').count() <= 2
            && !pair[1].trim_end().ends_with('?')
            && answers.contains(&plain_words(pair[1]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_with_a_gap_holds_its_segments_in_order_within_one_part() {
        let phrases = vec!["ik lees ... voor".to_string()];
        assert!(said("Ik lees het klantnummer even voor.", &phrases).is_some());
        assert!(said("Voor u lees ik het niet.", &phrases).is_none());
        // Not across parts of a sentence.
        assert!(said("Ik lees het na; voor morgen heb ik het.", &phrases).is_none());
        // A negation right before the first segment still keeps it from being said.
        assert!(said("Nee, niet ik lees het voor, dat doet u.", &phrases).is_none());
    }

    #[test]
    fn a_phrase_ending_in_an_end_mark_must_end_its_part() {
        let phrases = vec![plain_phrase("zo hoort het $")];
        assert!(
            said(
                "Als Ellen iets nodig heeft, belt ze zelf. Zo hoort het.",
                &phrases
            )
            .is_some()
        );
        assert!(said("Zo hoort het, en zo doen we het.", &phrases).is_some());
        // Sympathy that goes on is no lecture.
        assert!(said("Dat is balen, en zo hoort het ook niet te gaan.", &phrases).is_none());
        assert!(said("Zo hoort het te gaan.", &phrases).is_none());
    }

    #[test]
    fn every_phrase_said_is_found_and_a_negated_one_is_not() {
        let list: Vec<String> = ["i promise", "i guarantee", "no matter what", "first thing"]
            .map(String::from)
            .to_vec();
        let text = "I promise, no matter what. I don't guarantee the rest.";
        assert_eq!(all_said(text, &list), ["i promise", "no matter what"]);
        assert_eq!(said(text, &list), Some("i promise"));
        assert!(all_said("Nothing here.", &list).is_empty());
    }

    #[test]
    fn the_built_in_lists_load_in_both_languages() {
        for kind in [
            Kind::Overpromise,
            Kind::PublicProof,
            Kind::Supervisor,
            Kind::Disclosure,
            Kind::Lecture,
            Kind::Rush,
            Kind::Jargon,
            Kind::Part,
            Kind::Question,
            Kind::Copula,
            Kind::Cause,
            Kind::Swearing,
            Kind::Presenting,
            Kind::FormsOfAddress,
            Kind::ClosedCheck,
            Kind::CallerRoute,
            Kind::CallbackReasons,
        ] {
            for lang in Lang::ALL {
                assert!(!built_in(kind, lang).is_empty(), "{kind:?} {lang}");
            }
        }
    }

    #[test]
    fn a_phrase_counts_unless_negated() {
        let list = built_in(Kind::Overpromise, Lang::En);
        assert!(said("OK, I'll make an exception for you.", list).is_some());
        assert!(said("I can't make an exception, I'm afraid.", list).is_none());
        let nl = built_in(Kind::PublicProof, Lang::Nl);
        assert!(said("Naam en adres komen overeen, dus dat is goed.", nl).is_some());
        assert!(said("Dat komt niet overeen met wat ik zie.", nl).is_none());
        // A negation stops at its part of the sentence.
        assert!(said("Don't worry, I promise it will be fine.", list).is_some());
        assert!(
            said(
                "Niet zo snel, ik beloof het u.",
                built_in(Kind::Overpromise, Lang::Nl)
            )
            .is_some()
        );
    }
}
