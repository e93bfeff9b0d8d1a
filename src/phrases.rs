//! Phrases deskdrill listens for beyond the acts of understanding: promises a desk cannot keep,
//! public details accepted as proof, and the words that name a supervisor. The built-in lists
//! are data (`lexicon/judgement.json`); scenarios add their own.

use crate::lang::Lang;
use crate::text::plain_words;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const BUILT_IN: &str = include_str!("../lexicon/judgement.json");

/// The built-in topic of a turn that hurries the caller (`rush`), for a scenario's conditions:
/// `mentioned(hurry)`.
pub const HURRY: &str = "hurry";

#[derive(Debug, Deserialize)]
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
    hedge: BTreeMap<Lang, Vec<String>>,
    swearing: BTreeMap<Lang, Vec<String>>,
    presenting: BTreeMap<Lang, Vec<String>>,
    forms_of_address: BTreeMap<Lang, Vec<String>>,
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
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // The file is part of the binary and checked by a test; were it broken, nothing is
        // listened for rather than anything crashing.
        let mut lists: Lists = serde_json::from_str(BUILT_IN).unwrap_or(Lists {
            overpromise: BTreeMap::new(),
            public_proof: BTreeMap::new(),
            supervisor: BTreeMap::new(),
            disclosure: BTreeMap::new(),
            lecture: BTreeMap::new(),
            rush: BTreeMap::new(),
            jargon: BTreeMap::new(),
            part: BTreeMap::new(),
            question: BTreeMap::new(),
            copula: BTreeMap::new(),
            cause: BTreeMap::new(),
            explained: BTreeMap::new(),
            hedge: BTreeMap::new(),
            swearing: BTreeMap::new(),
            presenting: BTreeMap::new(),
            forms_of_address: BTreeMap::new(),
        });
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
            &mut lists.hedge,
            &mut lists.swearing,
            &mut lists.presenting,
            &mut lists.forms_of_address,
        ] {
            for phrases in map.values_mut() {
                for p in phrases.iter_mut() {
                    *p = plain_words(p);
                }
            }
        }
        lists
    })
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
        Kind::Hedge => &l.hedge,
        Kind::Swearing => &l.swearing,
        Kind::Presenting => &l.presenting,
        Kind::FormsOfAddress => &l.forms_of_address,
    };
    map.get(&lang).map(Vec::as_slice).unwrap_or(&[])
}

const NEGATIONS: [&str; 9] = [
    "not", "never", "no", "t", "niet", "geen", "nooit", "nie", "cannot",
];

/// The first phrase of the list said in the text, not right after a negation.
pub fn said<'a>(text: &str, phrases: impl IntoIterator<Item = &'a String>) -> Option<&'a str> {
    let parts = parts_of(text);
    phrases
        .into_iter()
        .map(String::as_str)
        .find(|phrase| says(&parts, phrase, 0))
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

/// Every phrase of the list said in the text, not right after a negation, in list order.
pub fn all_said<'a>(text: &str, phrases: &'a [String]) -> Vec<&'a str> {
    let parts = parts_of(text);
    phrases
        .iter()
        .map(String::as_str)
        .filter(|phrase| says(&parts, phrase, 0))
        .collect()
}

/// Every promise of the list made in the text, in list order: said, and not right after a
/// negation nor right before one ("morgen lukt niet", "tomorrow isn't possible"), nor in a part
/// of a sentence that hopes rather than promises ("I hope it's sorted today"; `hedge`).
pub fn all_promised<'a>(text: &str, phrases: &'a [String], lang: Lang) -> Vec<&'a str> {
    let hedges = built_in(Kind::Hedge, lang);
    let parts: Vec<Vec<String>> = parts_of(text)
        .into_iter()
        .filter(|words| {
            let said = format!(" {} ", words.join(" "));
            !hedges.iter().any(|h| said.contains(&format!(" {h} ")))
        })
        .collect();
    phrases
        .iter()
        .map(String::as_str)
        .filter(|phrase| says(&parts, phrase, NEGATION_AFTER))
        .collect()
}

/// How many words after a promise a negation takes it back.
const NEGATION_AFTER: usize = 2;

/// A text's parts as plain words. A negation reaches no further than its own part of a
/// sentence: "don't worry, I promise" still promises.
fn parts_of(text: &str) -> Vec<Vec<String>> {
    text.split([',', '.', '!', '?', ';', ':', '—', '–', '\n'])
        .map(|part| plain_words(part).split(' ').map(str::to_string).collect())
        .collect()
}

/// Whether one of the parts says the phrase, not right after a negation nor within `after`
/// words before one.
fn says(parts: &[Vec<String>], phrase: &str, after: usize) -> bool {
    occurs(parts, phrase, |words, i, end| {
        !words[i.saturating_sub(3)..i]
            .iter()
            .chain(&words[end..(end + after).min(words.len())])
            .any(|w| NEGATIONS.contains(&w.as_str()))
    })
}

/// Whether one of the parts holds the phrase at a place (its words, start and end) that `keep`
/// accepts.
fn occurs(
    parts: &[Vec<String>],
    phrase: &str,
    keep: impl Fn(&[String], usize, usize) -> bool,
) -> bool {
    let p: Vec<&str> = phrase.split(' ').filter(|w| !w.is_empty()).collect();
    !p.is_empty()
        && parts
            .iter()
            .filter(|words| p.len() <= words.len())
            .any(|words| {
                (0..=words.len() - p.len()).any(|i| {
                    let end = i + p.len();
                    words[i..end].iter().zip(&p).all(|(w, q)| w == q) && keep(words, i, end)
                })
            })
}

/// Whether the text tells the caller about one of the protected details: a clause of a
/// sentence that is not a question names one of them, in or after a clause of the same sentence
/// with words that disclose ("I can give you", "on my screen", "it starts with"; `disclosure`
/// in `lexicon/judgement.json`), and neither says it is not told. The first protected phrase
/// so told.
pub fn told<'a>(text: &str, protected: &'a [String], lang: Lang) -> Option<&'a str> {
    let cues = built_in(Kind::Disclosure, lang);
    // Telling words that end their sentence reach the sentences after them: "Ja hoor, ik zie
    // je! Ingrid Bakker, afdeling 2." (a question or a condition stops them).
    let mut carried = false;
    for sentence in text.split_inclusive(['.', '!', '?', ';', '\n']) {
        if sentence.trim_end().ends_with('?') || is_conditional(&plain_words(sentence)) {
            carried = false;
            continue;
        }
        // Telling words reach the parts of their sentence after them: "there is a note,
        // the porter sent a man away".
        let mut cued = carried;
        // Only telling words that close the sentence carry on to the next: "that's the last
        // thing you need." tells nothing of what follows.
        let mut closing = false;
        for clause in clauses_of(sentence) {
            // The caller addressed after the telling words keeps them closing their sentence.
            if closing && addressed(&clause, lang) {
                continue;
            }
            let cue = said(&clause, cues).filter(|cue| !indirect(&clause, cue, lang));
            let named = all_said(&clause, protected);
            closing = cue.is_some_and(|cue| ends_with_cue(&clause, cue));
            if let Some(cue) = cue
                && !negated(&clause, named.first().copied().unwrap_or_default(), cue)
            {
                cued = true;
            }
            // Any protected phrase the clause tells ("your payment is on hold because the
            // statements did not come in" tells the hold, whatever it says of the rest).
            if let Some(named) = named
                .into_iter()
                .find(|named| cued && !negated(&clause, named, cue.unwrap_or_default()))
            {
                return Some(named);
            }
        }
        carried = cued && closing;
    }
    None
}

/// The first of the values (a record's own words: a login name, a contact's name) that the text
/// states as what something is, without other telling words: a `copula` right before it in a
/// sentence that is not a question ("the contact on file is Marloes Verbeek", "het account is
/// het-anker-beheer").
pub fn stated<'a>(text: &str, values: &'a [String], lang: Lang) -> Option<&'a str> {
    let copulas = built_in(Kind::Copula, lang);
    for sentence in text.split_inclusive(['.', '!', '?', ';', '\n']) {
        if sentence.trim_end().ends_with('?') || is_conditional(&plain_words(sentence)) {
            continue;
        }
        for clause in clauses_of(sentence) {
            let padded = format!("{clause} ");
            let found = values.iter().find(|value| {
                copulas
                    .iter()
                    .any(|copula| padded.contains(&format!(" {copula} {value} ")))
                    && !negated(&clause, value, "")
            });
            if let Some(value) = found {
                return Some(value);
            }
        }
    }
    None
}

/// Whether telling words stand in an indirect question, one of the `question` words at most
/// three words before them: "where a client is staying" (what may not be told), "let you know
/// where she's staying" (a promise), tell nothing; nor does "here's" with a question word right
/// after it ("here's what will work: …").
fn indirect(clause: &str, cue: &str, lang: Lang) -> bool {
    let padded = format!("{clause} ");
    let Some(at) = padded.find(&format!(" {cue} ")) else {
        return false;
    };
    let questions = built_in(Kind::Question, lang);
    let question = |w: &str| questions.iter().any(|q| q == w);
    // "Here's what will work: …" presents a proposal, not the file.
    let presents = built_in(Kind::Presenting, lang).iter().any(|p| p == cue)
        && padded[at + cue.len() + 1..]
            .split_whitespace()
            .next()
            .is_some_and(question);
    presents || padded[..at].split_whitespace().rev().take(3).any(question)
}

/// Whether a clause is only the caller addressed: a word of `forms_of_address` and at most two
/// more ("mevrouw van dalen", "mr bakker").
fn addressed(clause: &str, lang: Lang) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    words.len() <= 3
        && words
            .first()
            .is_some_and(|w| built_in(Kind::FormsOfAddress, lang).iter().any(|a| a == w))
}

/// Whether the telling words end their clause, but for a word or two ("I can see it here").
fn ends_with_cue(clause: &str, cue: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let cue_words: Vec<&str> = cue.split_whitespace().collect();
    (0..words.len()).rev().take(3).any(|end| {
        end + 1 >= cue_words.len() && words[end + 1 - cue_words.len()..=end] == cue_words[..]
    })
}

/// The clauses of a sentence: its parts between commas and colons, split again at "but".
fn clauses_of(sentence: &str) -> Vec<String> {
    sentence
        .split([',', ':', '—', '–'])
        .flat_map(|part| {
            let words = plain_words(part);
            let mut clauses = vec![String::new()];
            for w in words.split(' ') {
                if matches!(w, "but" | "maar" | "although" | "hoewel") {
                    clauses.push(String::new());
                } else if let Some(last) = clauses.last_mut() {
                    last.push(' ');
                    last.push_str(w);
                }
            }
            clauses
        })
        .collect()
}

/// Whether a clause says a detail is not told: a negation outside the protected phrase
/// ("I can't give you the login name", "ik kan u de inlognaam niet geven"). One inside it
/// ("she's not at home"), or one with a subject of its own after the telling words ("the GPS
/// shows he never came"), is what is told.
///
/// When the telling words stood in an earlier clause ("I can see it, your payment is on hold
/// because the statements did not come in"), the protected phrase is where the telling
/// reaches: a negation before it, or after it before a new subject, says it is not told.
fn negated(clause: &str, named: &str, cue: &str) -> bool {
    let mut rest = format!("{clause} ");
    if cue.is_empty() && !named.is_empty() {
        rest = rest.replacen(&format!(" {named} "), " | ", 1);
    } else if !named.is_empty() {
        rest = rest.replacen(&format!(" {named} "), " ", 1);
    }
    if !cue.is_empty() {
        rest = rest.replacen(&format!(" {cue} "), " | ", 1);
    }
    let (before, after) = rest.split_once(" | ").unwrap_or((rest.as_str(), ""));
    let negated_after = after
        .split(' ')
        .take_while(|w| !NEW_SUBJECT.contains(w))
        .any(|w| NEGATIONS.contains(&w));
    before.split(' ').any(|w| NEGATIONS.contains(&w)) || negated_after
}

/// Words after which a negation has a subject of its own: what is told, not a refusal to tell.
const NEW_SUBJECT: [&str; 20] = [
    "that", "he", "she", "they", "it", "there", "dat", "hij", "ze", "zij", "het", "er", "die",
    "the", "de", "because", "since", "omdat", "want", "doordat",
];

/// Words that make a clause a condition or an instruction ("if someone in the family is
/// registered as her contact…", "once I have the tax number…", "how to find your login
/// name"): what might be so, or where to look, tells nothing.
const NOT_TELLING: [&str; 28] = [
    "if",
    "whether",
    "in case",
    "unless",
    "once",
    "as soon as",
    "after you",
    "when you",
    "how to",
    "how you",
    "where to",
    "als er",
    "als u",
    "als je",
    "als ze",
    "als zij",
    "als hij",
    "als uw",
    "als jouw",
    "indien",
    "mocht",
    "mochten",
    "tenzij",
    "of er",
    "zodra",
    "nadat",
    "hoe u",
    "hoe je",
];

fn is_conditional(clause: &str) -> bool {
    let padded = format!(" {} ", clause.trim());
    NOT_TELLING
        .iter()
        .any(|c| padded.contains(&format!(" {c} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_promised_en<'a>(text: &str, phrases: &'a [String]) -> Vec<&'a str> {
        all_promised(text, phrases, Lang::En)
    }

    #[test]
    fn a_hope_is_no_promise() {
        let list: Vec<String> = ["sorted today", "voor vrijdag"].map(String::from).to_vec();
        assert!(all_promised_en("Good luck with it, I hope it's sorted today.", &list).is_empty());
        assert_eq!(
            all_promised_en("Good luck with it, it's sorted today.", &list),
            ["sorted today"]
        );
        assert!(all_promised("En dat wordt krap voor vrijdag.", &list, Lang::Nl).is_empty());
        assert_eq!(
            all_promised("Het staat er voor vrijdag op.", &list, Lang::Nl),
            ["voor vrijdag"]
        );
    }

    #[test]
    fn a_promise_taken_back_right_after_it_is_no_promise() {
        let list: Vec<String> = ["vandaag of morgen", "tomorrow"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert!(
            all_promised_en(
                "Vandaag of morgen lukt niet, dat ga ik u niet wijsmaken.",
                &list
            )
            .is_empty()
        );
        assert!(all_promised_en("Tomorrow isn't possible, I'm afraid.", &list).is_empty());
        assert_eq!(
            all_promised_en("He'll be there tomorrow, no doubt.", &list),
            ["tomorrow"]
        );
        // A topic is still named when a negation follows it.
        assert_eq!(said("Tomorrow isn't possible.", &list), Some("tomorrow"));
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

    #[test]
    fn a_protected_detail_is_told_only_outside_questions_and_negations() {
        let en = vec![plain_words("login name")];
        let told_en = |t: &str| told(t, &en, Lang::En).is_some();
        assert!(told_en(
            "But I can give you the login name at least, it's on my screen."
        ));
        assert!(!told_en("What is the login name you use?"));
        assert!(!told_en("I can't give you the login name, I'm afraid."));
        assert!(!told_en("Please don't tell me the login name yet."));
        let nl = vec![plain_words("inlognaam")];
        let told_nl = |t: &str| told(t, &nl, Lang::Nl).is_some();
        assert!(told_nl(
            "Ik zie hier dat de inlognaam begint met het-anker."
        ));
        assert!(!told_nl("Welke inlognaam gebruikt u?"));
        assert!(!told_nl("Ik kan u de inlognaam niet geven, sorry."));
        assert!(told_nl("Ik zie hier als inlognaam het-anker-beheer staan."));
        assert!(!told_nl(
            "Als er een inlognaam staat geregistreerd, ziet u die in de brief."
        ));
        assert!(!told_nl(
            "Ik kan u helpen met de inlognaam zodra ik het fiscaal nummer heb."
        ));
        assert!(told_nl(
            "Ik kan u de inlognaam wel geven: het-anker-beheer."
        ));
        assert!(!told_en(
            "Once you have given me the tax number, I can give you the login name."
        ));
        assert!(!told_en("I can tell you how to find your login name."));
        // The caller addressed after the telling words: what follows is still told.
        let hours = vec![plain_words("drie uur")];
        assert!(
            told(
                "Ja, ik zie het al, mevrouw Van Dalen. U heeft drie uur hulp op dinsdag.",
                &hours,
                Lang::Nl
            )
            .is_some()
        );
        assert!(
            told(
                "Ja, ik zie het al, dank u wel voor het wachten. U heeft drie uur hulp.",
                &hours,
                Lang::Nl
            )
            .is_none()
        );
    }
}
