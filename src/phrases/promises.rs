//! Promises a desk cannot keep: a scenario's own `things` and the built-in vows ("I promise",
//! "guaranteed"), said where they are not taken back (`D-OVERPROMISE`).

use super::{Kind, built_in, parts_of, says};
use crate::lang::Lang;

/// How many words before a promise a negation takes it back: the verb a promise hangs on
/// comes first ("I can't get anyone to you today or tomorrow").
const PROMISE_NEGATION_BEFORE: usize = 6;

/// How many words after a promise a negation takes it back ("vandaag nog een monteur lukt
/// helaas niet").
const NEGATION_AFTER: usize = 3;

/// How many promises the text makes. A promise is said, and not right after a negation nor
/// right before one ("morgen lukt niet", "tomorrow isn't possible"), nor in a part of a
/// sentence that hopes rather than promises ("I hope it's sorted today"; `hedge`). Each part of
/// a sentence counts each of `vows` it says ("I promise", "guaranteed": built-in) and, once,
/// any of the scenario's own `things`: "you'll have your money before Friday" is one promise,
/// not "have your money" and "before friday"; "I promise the money will be in before Friday"
/// is two.
pub fn promises_made(text: &str, vows: &[String], things: &[String], lang: Lang) -> usize {
    let made = |part: &[Vec<String>], phrase: &String| {
        says(part, phrase, PROMISE_NEGATION_BEFORE, NEGATION_AFTER)
    };
    promising(text, lang)
        .into_iter()
        .map(|part| {
            let part = std::slice::from_ref(&part);
            let said: Vec<&String> = vows.iter().filter(|v| made(part, v)).collect();
            // One vow inside another is one ("i promise" in "i promise you").
            let vowed = said
                .iter()
                .filter(|p| {
                    !said
                        .iter()
                        .any(|q| q.len() > p.len() && q.contains(p.as_str()))
                })
                .count();
            vowed + usize::from(things.iter().any(|t| made(part, t)))
        })
        .sum()
}

/// The text's parts that may promise: those that do not hope instead (`hedge`), and in Dutch
/// not those that end by saying no, the verb last ("een uitzondering maken op het fiscaal
/// nummer kan ik niet").
fn promising(text: &str, lang: Lang) -> Vec<Vec<String>> {
    let hedges = built_in(Kind::Hedge, lang);
    parts_of(text)
        .into_iter()
        .filter(|words| {
            let said = format!(" {} ", words.join(" "));
            !hedges.iter().any(|h| said.contains(&format!(" {h} ")))
        })
        .filter(|words| lang != Lang::Nl || !ends_saying_no(words))
        .collect()
}

/// How many words at the end of a Dutch part a modal and its negation may stand in and still
/// say no to it.
const VERB_LAST_NEGATION: usize = 4;

/// The Dutch verbs that say no to a whole part when they end it with a negation ("… kan ik
/// niet", "… lukt helaas niet"); "… dat dit nooit meer gebeurt" still promises.
const SAYING_NO: [&str; 10] = [
    "kan", "kunnen", "mag", "mogen", "lukt", "lukken", "gaat", "gaan", "zal", "zullen",
];

/// Whether a part's last words hold one of those verbs and "niet" ("nooit meer gaat gebeuren"
/// promises).
fn ends_saying_no(words: &[String]) -> bool {
    let last = &words[words.len().saturating_sub(VERB_LAST_NEGATION)..];
    last.iter().any(|w| w == "niet" || w == "nie")
        && last.iter().any(|w| SAYING_NO.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrases::said;

    /// The promises the text makes of the scenario's own list (no vows).
    fn promised(text: &str, things: &[String], lang: Lang) -> usize {
        promises_made(text, &[], things, lang)
    }

    #[test]
    fn a_dutch_part_that_ends_saying_no_promises_nothing() {
        let vows: Vec<String> = ["uitzondering maken"].map(String::from).to_vec();
        let nl = |t| promises_made(t, &vows, &[], Lang::Nl);
        assert_eq!(
            nl("Een uitzondering maken op het fiscaal nummer kan ik niet."),
            0
        );
        assert_eq!(nl("Voor u wil ik wel een uitzondering maken."), 1);
        // A promise that something will never happen again is still one.
        let never: Vec<String> = ["ik beloof"].map(String::from).to_vec();
        assert_eq!(
            promises_made(
                "Ik beloof u dat dit nooit meer gaat gebeuren.",
                &never,
                &[],
                Lang::Nl
            ),
            1
        );
    }

    #[test]
    fn a_hope_is_no_promise() {
        let list: Vec<String> = ["sorted today", "voor vrijdag"].map(String::from).to_vec();
        let en = |t| promised(t, &list, Lang::En);
        assert_eq!(en("Good luck with it, I hope it's sorted today."), 0);
        assert_eq!(en("Good luck with it, it's sorted today."), 1);
        assert_eq!(
            promised("En dat wordt krap voor vrijdag.", &list, Lang::Nl),
            0
        );
        assert_eq!(
            promised("Het staat er voor vrijdag op.", &list, Lang::Nl),
            1
        );
    }

    #[test]
    fn one_promise_of_the_scenario_is_one_however_many_of_its_phrases_it_says() {
        let vows: Vec<String> = ["i promise", "i promise you"].map(String::from).to_vec();
        let things: Vec<String> = ["have your money", "before friday", "money will be in"]
            .map(String::from)
            .to_vec();
        let n = |t| promises_made(t, &vows, &things, Lang::En);
        assert_eq!(
            n("Don't worry, with this you'll have your money before Friday."),
            1
        );
        // A vow on top of the thing promised is a second promise; "i promise you" is one vow.
        assert_eq!(n("I promise you the money will be in before Friday."), 2);
        // Each part of a sentence promises on its own.
        assert_eq!(n("You'll have your money, before Friday, I promise."), 3);
        assert_eq!(n("I hope you'll have your money before Friday."), 0);
    }

    #[test]
    fn a_promise_taken_back_right_after_it_is_no_promise() {
        let list: Vec<String> = ["vandaag of morgen", "tomorrow"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let en = |t| promised(t, &list, Lang::En);
        assert_eq!(
            en("Vandaag of morgen lukt niet, dat ga ik u niet wijsmaken."),
            0
        );
        assert_eq!(en("Tomorrow isn't possible, I'm afraid."), 0);
        assert_eq!(en("He'll be there tomorrow, no doubt."), 1);
        // A topic is still named when a negation follows it.
        assert_eq!(said("Tomorrow isn't possible.", &list), Some("tomorrow"));
    }
}
