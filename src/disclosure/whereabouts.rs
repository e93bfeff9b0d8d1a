//! Where a colleague can be found, told as a plain statement: "Die zit vandaag tot vier uur
//! aan de balie", "he's in the office on Tuesdays". No telling words are needed: a person, a
//! verb of being somewhere right beside them, and one of the scenario's confidential details
//! after it, in a sentence that is not a question and not said to be withheld.

use super::{clauses_of, negated, telling_part};
use crate::lang::Lang;
use crate::phrases::{Kind, all_named, built_in};

/// The first confidential detail the text tells as where someone is, if any.
pub fn whereabouts<'a>(text: &str, confidential: &'a [String], lang: Lang) -> Option<&'a str> {
    if confidential.is_empty() {
        return None;
    }
    let copulas = built_in(Kind::Copula, lang);
    for sentence in crate::text::sentences(text, &['.', '!', '?', ';', '\n']) {
        let Some(sentence) = telling_part(sentence, lang) else {
            continue;
        };
        for clause in clauses_of(sentence) {
            let words: Vec<&str> = clause.split_whitespace().collect();
            let Some(from) = presence(&words, copulas) else {
                continue;
            };
            let rest = words[from..].join(" ");
            // Where someone is not is told as much as where they are: "hij zit vandaag niet
            // op het stadhuis" sends the caller elsewhere.
            if let Some(told) = all_named(&rest, confidential)
                .into_iter()
                .find(|named| !negated(&clause, named, ""))
            {
                return Some(told);
            }
        }
    }
    None
}

/// Where the words say someone is somewhere: a person ("hij", "she", "meneer Verhoef") right
/// before or after a verb of being somewhere ("zit", "works"; a `copula` before a word of place,
/// "is in"; "heeft" before a duty, "heeft hij baliedienst"). The index after the verb.
fn presence(words: &[&str], copulas: &[String]) -> Option<usize> {
    let person = |i: usize| {
        PERSONS.contains(&words[i]) || i.checked_sub(1).is_some_and(|t| TITLES.contains(&words[t]))
    };
    (0..words.len())
        .find_map(|v| {
            let next = words.get(v + 1).copied().unwrap_or_default();
            let is_there = PRESENT.contains(&words[v])
                || (copulas.iter().any(|c| c == words[v]) && PLACED.contains(&next))
                || (words[v] == "heeft"
                    && words[v + 1..].iter().take(3).any(|w| w.ends_with("dienst")));
            let beside =
                v.checked_sub(1).is_some_and(person) || (v + 1 < words.len() && person(v + 1));
            (is_there && beside).then_some(v + 1)
        })
        .or_else(|| verb_last(words))
}

/// A Dutch clause after "dat", "of" or "waar" puts its verb last: "dat hij vandaag aan de
/// balie zit". The index after the person, where the place begins.
fn verb_last(words: &[&str]) -> Option<usize> {
    let opens = words.iter().position(|w| SUBORDINATORS.contains(w))?;
    let person = opens + 1;
    let verb = words.iter().rposition(|w| PRESENT.contains(w))?;
    (words.get(person).is_some_and(|w| PERSONS.contains(w)) && verb > person + 1)
        .then_some(person + 1)
}

/// Words that open a clause with its verb last.
const SUBORDINATORS: [&str; 4] = ["dat", "of", "waar", "wanneer"];

/// Words for a colleague spoken of.
const PERSONS: [&str; 6] = ["he", "she", "hij", "zij", "ze", "die"];

/// Words before a colleague's surname: "meneer Verhoef zit …".
const TITLES: [&str; 7] = [
    "mr",
    "mrs",
    "ms",
    "meneer",
    "mevrouw",
    "collega",
    "colleague",
];

/// Verbs that say where someone is or works, on their own.
const PRESENT: [&str; 10] = [
    "sits", "works", "lives", "parks", "zit", "werkt", "woont", "staat", "parkeert", "fietst",
];

/// Words of place or time after a copula.
const PLACED: [&str; 16] = [
    "in", "at", "on", "there", "usually", "always", "normally", "back", "op", "aan", "er", "daar",
    "meestal", "altijd", "gewoon", "alleen",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn told(text: &str, lang: Lang) -> Option<String> {
        let list: Vec<String> = [
            "stadskantoor",
            "balie",
            "baliedienst",
            "tuesdays",
            "in the office",
        ]
        .map(String::from)
        .to_vec();
        whereabouts(text, &list, lang).map(str::to_string)
    }

    #[test]
    fn where_a_colleague_sits_is_told_without_telling_words() {
        assert!(
            told(
                "Die zit vandaag tot vier uur aan de balie in het stadskantoor.",
                Lang::Nl
            )
            .is_some()
        );
        assert!(
            told(
                "En morgenochtend heeft hij baliedienst, van negen tot twaalf.",
                Lang::Nl
            )
            .is_some()
        );
        assert!(told("Meneer Verhoef zit dinsdag aan de balie.", Lang::Nl).is_some());
        assert!(told("He's in the office on Tuesdays.", Lang::En).is_some());
    }

    #[test]
    fn where_a_colleague_is_not_is_told_too() {
        let nl = |text| told(text, Lang::Nl).is_some();
        assert!(nl("Hij zit vandaag niet in het stadskantoor."));
        assert!(nl(
            "Ik kan u alleen zeggen dat hij vandaag niet in het stadskantoor zit."
        ));
        assert!(!nl(
            "Ik kan u niet zeggen of hij vandaag in het stadskantoor zit."
        ));
    }

    #[test]
    fn a_question_a_refusal_or_no_one_placed_tells_nothing() {
        assert!(told("Zit hij vandaag in het stadskantoor?", Lang::Nl).is_none());
        assert!(
            told(
                "Ik mag u niet zeggen of hij in het stadskantoor zit.",
                Lang::Nl
            )
            .is_none()
        );
        assert!(told("U kunt uw formulier aan de balie afgeven.", Lang::Nl).is_none());
        assert!(told("She is calling you back on Tuesdays.", Lang::En).is_none());
    }
}
