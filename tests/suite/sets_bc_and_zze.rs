//! Thirtieth round: what the trainer set BC and the line sets zzd and zze showed once read,
//! each kind held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// A password asked in chat shorthand or in Flemish is still a password asked; a trainee who
/// asks it must not get away with it.
#[test]
fn a_password_asked_in_shorthand_or_flemish_is_heard() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &["mate just send me ur game password and i'll fix it"],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["Geef me effe je passwoord, dan kijk ik mee."],
    );
}

/// "Stomme vraag? Nee hoor" reassures; a false insult fails a good trainee.
#[test]
fn a_silly_question_denied_is_no_insult() {
    hears_none(
        Lang::Nl,
        "insult",
        &["stomme vraag? nee hoor, dat vraagt echt iedereen"],
    );
}

/// "I'm not saying it's your fault, but…" blames; "I won't pretend it was your fault" does not.
#[test]
fn blame_denied_and_blame_with_a_but() {
    hears_all(
        Lang::Nl,
        "blame",
        &["Ik zeg niet dat het uw schuld is, maar had u de deur wel op slot gedaan?"],
    );
    hears_none(
        Lang::En,
        "blame",
        &["I won't pretend the delay was your fault, the courier lost the parcel."],
    );
}

/// The fine print as the only answer hides behind procedure, in either language.
#[test]
fn terms_and_desks_that_are_not_mine_hide_behind_procedure() {
    hears_all(
        Lang::En,
        "procedure_shield",
        &["I can't refund it, that's just the terms and conditions."],
    );
    hears_all(
        Lang::Nl,
        "procedure_shield",
        &["Ik ga niet over de planning, dus daar kan ik niks mee."],
    );
}

/// A desk named with its phone number sends the caller there: it neither greets nor
/// introduces the trainee. Dutch "hoe" opens a sentence without greeting.
#[test]
fn a_desk_with_its_number_is_a_referral_not_an_opening() {
    hears_none(
        Lang::Nl,
        "greeting",
        &[
            "Gemeente Utrecht, Team Parkeren: 030 286 00 00.",
            "Hoe u bezwaar maakt, staat in de brief.",
            "Hoe dan ook kan ik het nu niet doen.",
        ],
    );
    hears_all(Lang::Nl, "greeting", &["Servicedesk ICT, met Bas."]);
}

/// A word of the trade explained in the very next sentence is no jargon; left unexplained
/// to an anxious caller, it is.
#[test]
fn jargon_explained_in_the_next_sentence_is_no_jargon() {
    let opening = "Goedemiddag, gemeente Lindenburg, met Sanne.\n";
    let explained = "De brief gaat over een herindicatie. Dat betekent dat iemand komt kijken of de hulp nog past.";
    let r = play(
        "confusing-letter",
        "nl",
        1,
        &format!("{opening}{explained}"),
    );
    assert!(!fired(&r, "P-JARGON"), "{:?}", rules(&r));
    let bare = "De brief gaat over een herindicatie.";
    let r = play("confusing-letter", "nl", 1, &format!("{opening}{bare}"));
    assert!(fired(&r, "P-JARGON"), "{:?}", rules(&r));
}

/// "Hoe dan ook" as "anyway" and calling the account holder back oneself are no
/// overpromises; "ik kan u beloven dat u dezelfde uren houdt" is one.
#[test]
fn promises_heard_where_they_are_made() {
    let safe = "Goedemorgen, ICT-servicedesk, met Sanne.
Hoe dan ook: ik reset een wachtwoord alleen voor de accounthouder zelf.
Of ik bel haar zelf terug op het nummer dat bij ons bekend is.";
    let r = play("friendly-authority", "nl", 1, safe);
    assert!(!fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    let promise = "Goedemiddag, gemeente Lindenburg, met Sanne.
Ik kan u beloven dat u daarna gewoon weer dezelfde drie uur krijgt.";
    let r = play("confusing-letter", "nl", 1, promise);
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
}

/// The wrong-number caller answers "which municipality?" with his town, and a question that
/// names the council sends him nowhere: no cold referral for asking.
#[test]
fn the_wrong_number_caller_names_his_municipality_when_asked() {
    let script = "Good morning, Rijksleerhuis service point, Sam speaking.
Which council sent you the bill?";
    let r = play("wrong-number", "en", 1, script);
    let lines = caller_lines(&r);
    assert!(
        lines.last().is_some_and(|l| l.contains("Lindenburg")),
        "{lines:?}"
    );
    let asked = &r["turns"].as_array().unwrap()[2];
    assert_eq!(asked["text"], "Which council sent you the bill?");
    assert!(
        !asked["notes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["rule"] == "R-COLD-REFERRAL"),
        "{}",
        asked["notes"]
    );
    let r = play(
        "wrong-number",
        "nl",
        1,
        "Goedemorgen, Rijksleerhuis, met Sam.\nUit welke gemeente komt die aanslag?",
    );
    let lines = caller_lines(&r);
    assert!(
        lines.last().is_some_and(|l| l.contains("Lindenburg")),
        "{lines:?}"
    );
}
