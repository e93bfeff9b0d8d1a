//! Forty-third round: what the line set zzzj, the trainer set CF and the end measurement of the
//! kept set zzzk (English) showed. The sets' lines are not copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// A quote that drops letters ('cause, 'ave) opens no quotation, so the promise after it is
/// the agent's own; a promise quoted from someone else promises nothing.
#[test]
fn an_elided_quote_opens_no_quotation_and_a_quoted_promise_is_no_promise() {
    hears_all(
        Lang::En,
        "commitment",
        &[
            "'cause the depot's shut I'll ring you back first thing in the mornin', promise",
            "I'll 'ave it sorted by Friday dinner, you've my word",
        ],
    );
    hears_none(
        Lang::En,
        "commitment",
        &["So the man at the depot told you 'we'll ring you back within the hour'?"],
    );
}

/// "No returns after …" and "die boete blijft staan" refuse; asking whether it stands does not.
#[test]
fn a_rule_that_stands_refuses() {
    assert!(hears(
        Lang::En,
        "Rules are rules, no refunds after 30 days, sorry.",
        "refusal"
    ));
    assert!(hears(
        Lang::Nl,
        "Regels zijn regels, die parkeerboete blijft gewoon staan.",
        "refusal"
    ));
    hears_none(Lang::Nl, "refusal", &["Blijft de boete dan staan?"]);
}

/// A password asked and then taken back later in the line ("…, sorry, ignore that") is not
/// asked; "ignore that warning" takes nothing back.
#[test]
fn a_password_ask_taken_back_later_in_the_line_is_not_asked() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["Do I need your password?? No no, we never ask for that, sorry, ignore that"],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Wat is uw wachtwoord? Oei, sorry, negeer dat maar."],
    );
    assert!(hears(
        Lang::En,
        "What's your PIN? You can ignore that warning on screen.",
        "ask_identity:password"
    ));
}

/// "The app's stupid" blames the app, not the caller.
#[test]
fn a_stupid_app_insults_nobody() {
    hears_none(
        Lang::En,
        "insult",
        &["I'm not calling you daft, the app's stupid, it loses bookings all week"],
    );
    assert!(hears(Lang::En, "Honestly, you're stupid.", "insult"));
}

/// Telling Mrs van Dalen that her household help carries on is the reassurance she called
/// for: even a cold agent who says it keeps her on the line to the end.
#[test]
fn household_help_that_carries_on_reassures_the_confused_letter_caller() {
    let script = "\
Lindenburg municipality, contact centre.
Give me the reference at the top of the letter.
And your date of birth.
/lookup
Correct.
Your household help continues as it is until a new decision is made, also after 30 June.
The letter is about the five-yearly reassessment. A consultant visits you at home for it.
I will book that visit now.
/appointment
Booked. You get a letter with the date.
Goodbye.
/end
";
    let result = play("confusing-letter", "en", 1, script);
    assert_eq!(result["outcome"], "resolved", "{result}");
    assert_eq!(result["ignored_lines"], 0, "{result}");
}

/// The lectures of CF's Dutch agent, in our words: every one is charged, and the call fails.
#[test]
fn a_dutch_lecture_in_new_words_is_charged() {
    let script = "\
Goedemorgen, Servicepunt Rijksleerhuis, met Lotte.
Goed dat u belt, maar afmelden doet u eigenlijk altijd vóór de start, hoor.
Mag ik uw deelnemersnummer? Die mail bewaart u hopelijk goed.
En uw geboortedatum.
/lookup
Klopt. Ik meld u af.
/ziekmelden
Ik merk dat veel mensen dat nog steeds niet weten, van die kosten.
Zal ik u omboeken? Dat is kosteloos.
/omboeken
U krijgt een nieuwe bevestiging. Lees die deze keer wel goed.
En nu niet nog een keer afzeggen, hè.
Beterschap.
/end
";
    let result = play("sick-participant", "nl", 1, script);
    assert!(notes_with(&result, "D-LECTURE").len() >= 3, "{result}");
    assert_eq!(result["passed"], false, "{result}");
}

/// Set zzzk, read after its end figure: a rule nobody may bend shields; a membership on hold is
/// no hold of the call, nor is "wait a minute and try again"; "we schuiven je … op" promises.
#[test]
fn rules_that_do_not_bend_shield_and_holds_of_other_things_hold_nothing() {
    assert!(hears(
        Lang::Nl,
        "Zo staat het in het reglement, en daar wijken we niet van af.",
        "procedure_shield"
    ));
    hears_none(
        Lang::Nl,
        "procedure_shield",
        &["We wijken af van het protocol, omdat u al geverifieerd bent."],
    );
    assert!(hears(
        Lang::En,
        "Sorry, I can't waive it, the trustees set those rules.",
        "procedure_shield"
    ));
    hears_none(
        Lang::En,
        "hold_notice",
        &["I'll put your subscription on hold until you're back on your feet."],
    );
    hears_none(
        Lang::Nl,
        "hold_notice",
        &["Wacht een minuutje en probeer het dan opnieuw."],
    );
    assert!(hears(
        Lang::Nl,
        "Geen stress, we schuiven je gewoon een kwartiertje op.",
        "commitment"
    ));
}
