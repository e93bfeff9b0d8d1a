//! A protected role named in a procedure, not told from a record: "the authorised contact
//! calls us from the number on file", "vraag naar de gemachtigde contactpersoon". Split from
//! `disclosure.rs`.

use super::every_mention;
use crate::lang::Lang;
use crate::phrases::{Kind, built_in};

/// Whether a protected role stands in a procedure, not a record, wherever the clause names it:
/// after an article or whose it is, and before a verb of what it does or may do ("the
/// authorised contact calls us from the number on file", "de gemachtigde contactpersoon moet
/// zelf bellen"), or after a word that asks for or turns to it ("ask for the authorised
/// contact", "vraag naar de gemachtigde contactpersoon"). A name is no role: "Marloes can call
/// us" tells who she is.
pub(super) fn in_procedure(clause: &str, named: &str, lang: Lang) -> bool {
    let copulas = built_in(Kind::Copula, lang);
    every_mention(clause, named, |words, at, len| {
        // An article or whose it is, perhaps with a word of which one between: "the registered
        // authorised contact", "de geregistreerde gemachtigde contactpersoon".
        let before = |i: usize| ARTICLES.contains(&words[i]) || POSSESSIVES.contains(&words[i]);
        let general = at.checked_sub(1).is_some_and(|i| {
            before(i)
                || (ROLE_QUALIFIERS.contains(&words[i]) && i.checked_sub(1).is_some_and(before))
        });
        // The verb may follow a few words of where or whose the role is ("the authorised
        // contact at your organisation calls us", "the authorised contact registered for your
        // organisation calls us"), but not past a `copula`: "the authorised contact we have is
        // ...".
        let after = at + len;
        let acts = words
            .iter()
            .skip(after)
            .take(ROLE_GAP + 1)
            .take_while(|w| !copulas.iter().any(|c| c == *w))
            .any(|w| PROCEDURE_VERBS.contains(w));
        let sought = at.checked_sub(3).is_some_and(|i| {
            TURNING_VERBS.contains(&words[i]) && TURNED_TO.contains(&words[i + 1])
        });
        general && (acts || sought)
    })
}

/// Articles before a role that is meant in general ("the authorised contact").
const ARTICLES: [&str; 5] = ["the", "a", "an", "de", "een"];

/// Whose role it is, said in general: "your authorised contact calls us", "the provider's
/// authorised contact" (its "s"), "uw gemachtigde contactpersoon belt".
const POSSESSIVES: [&str; 9] = [
    "your", "their", "its", "s", "uw", "hun", "jullie", "je", "jouw",
];

/// Words before the article that ask for a role or turn to it, after a verb of asking or
/// speaking: "ask for the authorised contact", "speak to the authorised contact", "vraag naar
/// de gemachtigde". Not any "with": "an appointment with the doctor" tells of one.
const TURNED_TO: [&str; 5] = ["for", "to", "with", "naar", "met"];

/// Verbs that ask for a role or turn to it, before `TURNED_TO`.
const TURNING_VERBS: [&str; 16] = [
    "ask", "asks", "asking", "speak", "speaks", "talk", "talks", "go", "vraag", "vraagt", "vragen",
    "spreek", "spreekt", "spreken", "praat", "praten",
];

/// How many words may stand between a role and the verb of what it does: "the authorised
/// contact registered for your organisation calls us", "de contactpersoon van uw organisatie
/// belt".
const ROLE_GAP: usize = 4;

/// Words of which one, between an article and a role: "the registered authorised contact".
const ROLE_QUALIFIERS: [&str; 10] = [
    "registered",
    "official",
    "current",
    "listed",
    "own",
    "geregistreerde",
    "officiele",
    "huidige",
    "bekende",
    "eigen",
];

/// Verbs after a role that say what the role does or may do in a procedure.
const PROCEDURE_VERBS: [&str; 24] = [
    "calls",
    "rings",
    "phones",
    "can",
    "could",
    "must",
    "should",
    "needs",
    "will",
    "would",
    "may",
    "signs",
    "confirms",
    "asks",
    "belt",
    "kan",
    "moet",
    "mag",
    "zal",
    "zou",
    "bevestigt",
    "vraagt",
    "tekent",
    "hoeft",
];
