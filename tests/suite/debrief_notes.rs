//! What a debrief names that trainers take points off for, and names it truly: a detail the
//! policy does not need, and empathy that is stock rather than about this caller.

use crate::util::*;
use serde_json::Value;

/// Asking for more than the policy needs is named, once per detail (`verified-impatient` and
/// `wrong-number` say so in their policy: every extra question costs the caller time and proves
/// nothing more); the details a desk may ask any caller for (a name, an address, a phone
/// number, an e-mail address) are not needless.
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
