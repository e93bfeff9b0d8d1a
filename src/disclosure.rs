//! Whether a line tells the caller a protected detail: telling words ("I can see", "here is")
//! and a detail of the scenario's `judgement.protected` in a sentence that is not a question,
//! or a record's value stated as what something is. Split from `phrases.rs`, whose lists it reads.

mod role;
mod whereabouts;

use role::in_procedure;
pub use whereabouts::whereabouts;

use crate::lang::Lang;
use crate::phrases::{Kind, NEGATIONS, all_said, built_in, said};
use crate::text::plain_words;

/// Whether the text tells the caller about one of the protected details: a clause of a
/// sentence that is not a question names one of them, in or after a clause of the same sentence
/// with words that disclose ("I can give you", "on my screen", "it starts with"; `disclosure`
/// in `lexicon/judgement.json`), and neither says it is not told. The first protected phrase
/// so told.
pub fn told<'a>(text: &str, protected: &'a [String], lang: Lang) -> Option<&'a str> {
    // Saying the record is read out tells as well (`reading_out`: "ik lees ... voor").
    let cues: Vec<&String> = built_in(Kind::Disclosure, lang)
        .iter()
        .chain(built_in(Kind::ReadingOut, lang))
        .collect();
    // Telling words that end their sentence reach the sentences after them: "Ja hoor, ik zie
    // je! Ingrid Bakker, afdeling 2." (a question or a condition stops them).
    let mut carried = false;
    // A sentence that opens by pointing back ("It's a fee correction") goes on telling what
    // the sentence before it told: "I can see that one: one cent on 1 April. It's a fee
    // correction after a package change."
    let mut told_before = false;
    for sentence in crate::text::sentences(text, &['.', '!', '?', ';', '\n']) {
        let Some(sentence) = telling_part(sentence, lang) else {
            carried = false;
            told_before = false;
            continue;
        };
        // Telling words reach the parts of their sentence after them: "there is a note,
        // the porter sent a man away".
        let mut cued = carried || (told_before && goes_on(sentence, lang));
        // Only telling words that close the sentence carry on to the next: "that's the last
        // thing you need." tells nothing of what follows.
        let mut closing = false;
        for clause in clauses_of(sentence) {
            // The caller addressed after the telling words keeps them closing their sentence.
            if closing && addressed(&clause, lang) {
                continue;
            }
            let cue =
                said(&clause, cues.iter().copied()).filter(|cue| !indirect(&clause, cue, lang));
            let named = all_said(&clause, protected);
            closing = cue.is_some_and(|cue| ends_with_cue(&clause, cue));
            if let Some(cue) = cue
                && !negated(&clause, named.first().copied().unwrap_or_default(), cue)
            {
                cued = true;
            }
            // Any protected phrase the clause tells ("your payment is on hold because the
            // statements did not come in" tells the hold, whatever it says of the rest).
            if let Some(named) = named.into_iter().find(|named| {
                cued && !negated(&clause, named, cue.unwrap_or_default())
                    && !in_procedure(&clause, named, lang)
                    && !callers_own(&clause, named)
            }) {
                return Some(named);
            }
        }
        carried = cued && closing;
        told_before = cued;
    }
    None
}

/// Whether every mention of the phrase is a time of the caller's own matter: "that's too late
/// for your rent on Friday", "uw huur voor vrijdag" (whose, a thing, a preposition, the
/// phrase), not a time told of someone else's.
fn callers_own(clause: &str, named: &str) -> bool {
    every_mention(clause, named, |words, at, _| {
        at >= 3 && TIME_PREPOSITIONS.contains(&words[at - 1]) && CALLERS.contains(&words[at - 3])
    })
}

/// Whether the clause names the phrase and every mention holds the test, given the clause's
/// words, where the mention starts and how many words it has.
fn every_mention(clause: &str, named: &str, holds: impl Fn(&[&str], usize, usize) -> bool) -> bool {
    let words: Vec<&str> = clause.split_whitespace().collect();
    let phrase: Vec<&str> = named.split_whitespace().collect();
    let mut mentions = (0..words.len())
        .filter(|&i| words[i..].starts_with(&phrase))
        .peekable();
    mentions.peek().is_some() && mentions.all(|at| holds(&words, at, phrase.len()))
}

/// Words that make a thing the caller's own.
const CALLERS: [&str; 4] = ["your", "uw", "je", "jouw"];

/// Prepositions of a time a thing is due (plain words: "vóór" is "voor").
const TIME_PREPOSITIONS: [&str; 7] = ["on", "by", "before", "until", "op", "voor", "tegen"];

/// Whether the sentence opens by pointing back at what was just said (`going_on`).
fn goes_on(sentence: &str, lang: Lang) -> bool {
    let words = plain_words(sentence);
    built_in(Kind::GoingOn, lang).iter().any(|opener| {
        words
            .strip_prefix(opener.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

/// The first of the values (a record's own words: a login name, a contact's name) that the text
/// states as what something is, without other telling words: a `copula` right before it, or
/// with only a form of address or a filler word between ("the contact on file is Marloes
/// Verbeek", "the only one we have is Mrs Verbeek", "als gemachtigde staat bij ons alleen
/// mevrouw Verbeek", "het account is het-anker-beheer"), in a sentence that is not a question.
pub fn stated<'a>(text: &str, values: &'a [String], lang: Lang) -> Option<&'a str> {
    let copulas = built_in(Kind::Copula, lang);
    let between: Vec<&str> = built_in(Kind::FormsOfAddress, lang)
        .iter()
        .map(String::as_str)
        .chain(STATED_FILLERS.iter().copied())
        .collect();
    for sentence in crate::text::sentences(text, &['.', '!', '?', ';', '\n']) {
        if asks(sentence, lang) || is_conditional(&plain_words(sentence)) {
            continue;
        }
        for clause in clauses_of(sentence) {
            let words: Vec<&str> = clause.split_whitespace().collect();
            let found = values.iter().find(|value| {
                let value_words: Vec<&str> = value.split_whitespace().collect();
                let at = |i: usize| words.get(i..i + value_words.len()) == Some(&value_words[..]);
                let is_copula = |w: &str| copulas.iter().any(|c| c == w);
                let told = (0..words.len()).any(|i| {
                    if !at(i) {
                        return false;
                    }
                    (1..=(STATED_GAP + 1).min(i)).any(|k| {
                        is_copula(words[i - k])
                            && words[i - k + 1..i].iter().all(|w| between.contains(w))
                    })
                });
                told && !negated(&clause, value, "")
            });
            if let Some(value) = found {
                return Some(value);
            }
        }
    }
    None
}

/// How many words may stand between a copula and the name it states ("staat bij ons alleen
/// mevrouw Verbeek"), each a form of address or one of `STATED_FILLERS`.
const STATED_GAP: usize = 4;

/// Words that may stand between a copula and the name it states ("is only Mrs Verbeek").
const STATED_FILLERS: [&str; 11] = [
    "only",
    "just",
    "still",
    "now",
    "currently",
    "alleen",
    "nog",
    "nu",
    "bij",
    "ons",
    "momenteel",
];

/// Whether a sentence asks: it ends in a question mark, and not after a tag that only asks
/// for agreement with what it states ("You get three hours of help, right?", "… klopt dat?").
fn asks(sentence: &str, lang: Lang) -> bool {
    let trimmed = sentence.trim_end();
    let Some(body) = trimmed.strip_suffix('?') else {
        return false;
    };
    let Some((_, last)) = body.rsplit_once(',') else {
        return true;
    };
    let tag = plain_words(last);
    !built_in(Kind::Tags, lang).contains(&tag)
}

/// Whether telling words stand in an indirect question, one of the `question` words at most
/// three words before them: "where a client is staying" (what may not be told), "let you know
/// where she's staying" (a promise), tell nothing; nor does "here's" with a question word right
/// after it ("here's what will work: …"); nor telling words that say nothing ("het zegt niets
/// over u", "it shows nothing").
fn indirect(clause: &str, cue: &str, lang: Lang) -> bool {
    let padded = format!("{clause} ");
    let Some(at) = padded.find(&format!(" {cue} ")) else {
        return false;
    };
    let questions = built_in(Kind::Question, lang);
    let question = |w: &str| questions.iter().any(|q| q == w);
    // "Here's what will work: …", "here is the fastest way back in: …" present a proposal,
    // not the file.
    let mut after = padded[at + cue.len() + 1..].split_whitespace();
    let next = after.next();
    let proposal = next.is_some_and(question)
        || (next.is_some_and(|w| ARTICLES.contains(&w))
            && after.next().is_some_and(|w| PROPOSALS.contains(&w)));
    let presents = built_in(Kind::Presenting, lang).iter().any(|p| p == cue) && proposal;
    let says_nothing = next.is_some_and(|w| NOTHING.contains(&w));
    presents || says_nothing || padded[..at].split_whitespace().rev().take(3).any(question)
}

/// The articles before a proposal's superlative ("the fastest way", "de snelste weg").
const ARTICLES: [&str; 3] = ["the", "de", "het"];

/// What a proposal is ("here is the safest route"), not a record.
const PROPOSALS: [&str; 16] = [
    "fastest",
    "quickest",
    "best",
    "safest",
    "easiest",
    "simplest",
    "only",
    "way",
    "snelste",
    "beste",
    "veiligste",
    "makkelijkste",
    "eenvoudigste",
    "enige",
    "manier",
    "route",
];

/// Words right after telling words that make them tell nothing: "het zegt niets over u".
const NOTHING: [&str; 4] = ["nothing", "niets", "niks", "nought"];

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
    let negated = before.split(' ').any(|w| NEGATIONS.contains(&w)) || negated_after;
    // "Ik kan u alleen zeggen dat hij er vandaag niet zit": a negation after "dat"/"that" is
    // part of what is said, and the words of telling before it do not refuse it.
    let words: Vec<&str> = rest.split(' ').collect();
    if let Some(n) = words.iter().position(|w| NEGATIONS.contains(w))
        && let Some(c) = words[..n]
            .iter()
            .rposition(|w| matches!(*w, "dat" | "that"))
        && !words[c..].iter().any(|w| REFUSING.contains(w))
    {
        return false;
    }
    // A negation says the detail is not told only with a word that could tell or may not
    // ("I can't give you the GPS", "dat mag ik niet zeggen"); without one it is part of what
    // is told ("volgens de GPS is bus 14 helemaal niet in uw straat geweest").
    negated && rest.split(' ').any(|w| REFUSING.contains(&w))
}

/// Words that make a negation a refusal to tell: modal verbs and verbs of telling.
const REFUSING: [&str; 58] = [
    "can",
    "cannot",
    "could",
    "may",
    "might",
    "allowed",
    "able",
    "will",
    "won",
    "would",
    "shall",
    "should",
    "must",
    "going",
    "give",
    "tell",
    "share",
    "say",
    "read",
    "disclose",
    "pass",
    "discuss",
    "reveal",
    "confirm",
    "don",
    "kan",
    "kun",
    "kunt",
    "kunnen",
    "mag",
    "mogen",
    "mocht",
    "mochten",
    "wil",
    "wilt",
    "willen",
    "zal",
    "zou",
    "zouden",
    "moet",
    "ga",
    "gaan",
    "hoef",
    "geven",
    "geef",
    "zeggen",
    "zeg",
    "vertellen",
    "vertel",
    "delen",
    "deel",
    "noemen",
    "noem",
    "doorgeven",
    "voorlezen",
    "bevestigen",
    "bespreken",
    "kwijt",
];

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

/// The part of a sentence that may tell: none of a question or of a sentence with a condition,
/// except what comes before a condition that only trails it after a comma ("He's at the front
/// desk on Tuesdays, if you want to speak to him" tells; "If you're verified, I can tell you
/// where he is" does not).
fn telling_part(sentence: &str, lang: Lang) -> Option<&str> {
    if asks(sentence, lang) {
        return None;
    }
    if !is_conditional(&plain_words(sentence)) {
        return Some(sentence);
    }
    let lower = sentence.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let at = NOT_TELLING
        .iter()
        .filter_map(|c| {
            lower.match_indices(c).map(|(i, _)| i).find(|&i| {
                let before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
                let after = bytes
                    .get(i + c.len())
                    .is_none_or(|b| !b.is_ascii_alphanumeric());
                before && after
            })
        })
        .min()?;
    let head = &sentence[..at];
    let trailing = head.trim_end().ends_with(',');
    (trailing && !is_conditional(&plain_words(head))).then_some(head)
}

fn is_conditional(clause: &str) -> bool {
    let padded = format!(" {} ", clause.trim());
    NOT_TELLING
        .iter()
        .any(|c| padded.contains(&format!(" {c} ")))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn a_statement_with_a_tag_still_tells() {
        let protected = vec!["three hours".to_string()];
        let told_en = |t: &str| told(t, &protected, Lang::En).is_some();
        assert!(told_en(
            "I have you here. You get three hours of help on Tuesdays, right?"
        ));
        assert!(told_en(
            "I can see you get three hours of help, is that right?"
        ));
        assert!(!told_en("I have you here. Do you get three hours of help?"));
        assert!(!told_en(
            "I can see you here. So, three hours of help, or fewer?"
        ));
    }

    #[test]
    fn a_sentence_pointing_back_goes_on_telling() {
        // (language, protected detail, told, only named: nothing told before it, or a question
        // between).
        let cases = [
            (
                Lang::En,
                "fee correction",
                "Yes, I can see that one: one cent on 1 April. It's a fee correction after a package change.",
                vec![
                    "Before we go on I need to verify you. It's about the fee correction, right?",
                    "I can see the account. Is it about a fee correction? It's the one from April?",
                ],
            ),
            (
                Lang::Nl,
                "kostencorrectie",
                "Ja, ik zie hem staan: één cent op 1 april. Het is een kostencorrectie na uw pakketwissel.",
                vec!["Ik moet u eerst verifiëren. Het gaat om de kostencorrectie, zegt u?"],
            ),
        ];
        for (lang, detail, said, named) in cases {
            let protected = vec![plain_words(detail)];
            assert!(told(said, &protected, lang).is_some(), "{said}");
            for line in named {
                assert!(told(line, &protected, lang).is_none(), "{line}");
            }
        }
    }
}
