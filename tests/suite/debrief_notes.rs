//! What a debrief names that trainers take points off for, and names it truly: a detail the
//! policy does not need, and empathy that is stock rather than about this caller; and what only
//! looks like a penalty (jargon explained, a hope, a farewell wish, "nothing personal").

use crate::util::*;
use deskdrill::lang::Lang;
use serde_json::Value;

fn notes_of(r: &Value, rule: &str) -> usize {
    rules(r).iter().filter(|x| *x == rule).count()
}

/// Asking for more than the policy needs is named, once per detail (`verified-impatient` and
/// `wrong-number` say so in their policy: every extra question costs the caller time and proves
/// nothing more); the details a desk may ask any caller for (a name, an address, a phone
/// number, an e-mail address) are not needless, and a number asked to call back on never is,
/// even where the scenario calls the calling number needless.
#[test]
fn a_detail_the_policy_does_not_need_is_named_once() {
    let needless = |r: &Value| -> Vec<String> {
        r["turns"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| t["notes"].as_array().unwrap().iter())
            .filter(|n| n["rule"] == "V-NEEDLESS-ASK")
            .map(|n| n["message"].as_str().unwrap().to_string())
            .collect()
    };
    let r = play(
        "verified-impatient",
        "en",
        1,
        "Good morning, MediDossier support, Sam speaking.\nCould I have the practice customer number and your date of birth?\n/lookup\nAnd your username as well, just to be sure.\nSorry, what was the username again?\n/end",
    );
    let got = needless(&r);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("username"), "{got:?}");
    let r = play(
        "verified-impatient",
        "nl",
        1,
        "Goedemorgen, met Sam van MediDossier.\nMag ik het klantnummer van de praktijk en uw geboortedatum?\n/lookup\nEn op welk nummer kan ik u terugbellen als de lijn wegvalt?\n/end",
    );
    assert!(needless(&r).is_empty(), "{:?}", needless(&r));
    let r = play(
        "wrong-number",
        "nl",
        1,
        "Goedemorgen, Servicepunt Rijksleerhuis, met Sam.\nMag ik voor onze registratie even uw naam en postcode?\n/end",
    );
    let got = needless(&r);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("postcode"), "{got:?}");
}

/// Empathy that names the caller's problem counts, negation and all ("dat u niet in kunt
/// loggen" names her login as much as "uw login"); a stock phrase is quoted in the
/// improvements as what it is, not reported as empathy never shown.
#[test]
fn stock_empathy_is_quoted_and_a_negated_problem_still_counts_as_named() {
    let improvements = |r: &Value| -> Vec<(String, String)> {
        r["feedback"]["improvements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let s = |k: &str| i[k].as_str().unwrap_or_default().to_string();
                (s("rule"), s("quote"))
            })
            .collect()
    };
    let script = |empathy: &str| {
        format!(
            "Goedemorgen, MediDossier, met Sam.\n{empathy}\nMag ik het klantnummer van de praktijk en uw geboortedatum?\n/lookup\n/reset\nFijne dag!\n/end"
        )
    };
    let r = play(
        "verified-impatient",
        "nl",
        1,
        &script("Wat vervelend dat u niet in kunt loggen."),
    );
    assert!(
        rules(&r).contains(&"D-EMPATHY".to_string()),
        "{:?}",
        rules(&r)
    );
    let r = play(
        "verified-impatient",
        "nl",
        1,
        &script("Ik begrijp dat dit vervelend is."),
    );
    let got = improvements(&r);
    assert!(
        got.contains(&(
            "D-STOCK-EMPATHY".to_string(),
            "Ik begrijp dat dit vervelend is.".to_string()
        )),
        "{got:?}"
    );
    assert!(!got.iter().any(|(rule, _)| rule == "D-EMPATHY"), "{got:?}");
}

/// A desk word in quotes or said with what it means is explained, not jargon; the same word
/// dropped on the caller is.
#[test]
fn jargon_explained_in_the_same_sentence_is_not_jargon() {
    let call = |line: &str| {
        play(
            "confusing-letter",
            "nl",
            1,
            &format!("Goedemorgen, met Sam van de gemeente.\n{line}\n/end"),
        )
    };
    for explained in [
        "In de brief heet dat 'herindicatie', maar het gaat gewoon om een gesprek over uw hulp.",
        "Een herindicatie betekent alleen dat de gemeente komt kijken of de hulp nog past.",
    ] {
        assert_eq!(notes_of(&call(explained), "P-JARGON"), 0, "{explained}");
    }
    assert_eq!(
        notes_of(
            &call("De herindicatie staat voor volgende week."),
            "P-JARGON"
        ),
        1
    );
}

/// "I hope it's sorted today" hopes; "it'll be sorted today" promises what another
/// organisation decides.
#[test]
fn a_hope_is_not_an_overpromise() {
    let call = |line: &str| {
        play(
            "wrong-number",
            "en",
            1,
            &format!("Good morning, Government Training Institute, Sam speaking.\n{line}\n/end"),
        )
    };
    assert_eq!(
        notes_of(
            &call("Good luck with it, I hope it's sorted today."),
            "D-OVERPROMISE"
        ),
        0
    );
    assert_eq!(
        notes_of(
            &call("Don't worry, it'll be sorted today."),
            "D-OVERPROMISE"
        ),
        1
    );
}

/// A farewell wish is no order to calm down, "nothing personal" and "it doesn't matter which
/// phone you call from" play nothing down; the same words said at the caller still do.
#[test]
fn wishes_and_reassurances_that_look_cold_are_not() {
    hears_none(
        Lang::En,
        "calm_down",
        &[
            "Get well soon, and take it easy today.",
            "Get well soon, and take it easy.",
        ],
    );
    hears_all(Lang::En, "calm_down", &["Take it easy, sir."]);
    hears_none(
        Lang::Nl,
        "calm_down",
        &[
            "Beterschap hè, en rustig aan!",
            "Fijne dag, en rustig aan vandaag.",
        ],
    );
    hears_all(Lang::Nl, "calm_down", &["Rustig aan!"]);
    hears_none(
        Lang::En,
        "dismissive",
        &["It's nothing personal, I do this for everyone."],
    );
    hears_none(
        Lang::Nl,
        "dismissive",
        &[
            "Het is echt niks persoonlijks hoor, ik doe het voor iedereen zo.",
            "Het maakt niet uit vanaf welk toestel u belt.",
        ],
    );
    hears_all(Lang::Nl, "dismissive", &["Ach, dat maakt toch niet uit."]);
}

/// An act heard only from labelled lines that share a word or two with the turn is tentative:
/// `--explain` says so, and the debrief neither credits nor blames the trainee for it.
#[test]
fn a_tentative_act_earns_and_costs_nothing() {
    let line = "Doorgegeven.";
    let lexicon = builtin_lexicon(Lang::Nl);
    let why = lexicon.explain(line).to_json();
    let tentative: Vec<&str> = why["learned"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["tentative"] == true)
        .map(|l| l["act"].as_str().unwrap())
        .collect();
    assert_eq!(tentative, ["blame"], "{why}");
    let r = play(
        "halting-language",
        "nl",
        1,
        &format!("Goedemorgen, met Sam van het Leerhuis.\n{line}\n/end"),
    );
    assert_eq!(notes_of(&r, "D-BLAME"), 0, "{:?}", rules(&r));
    // The result keeps the guess, so that `review` can mark it as not scored.
    let turn = r["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["text"] == line)
        .unwrap();
    assert_eq!(turn["tentative"], serde_json::json!(["blame"]), "{turn}");
}
