//! Twenty-ninth round: what the trainer set BA, the line set zzc and the excellent calls that
//! ranked below near-perfect ones showed once read, each kind held by lines and calls of our
//! own (the sets' lines are not copied).

use crate::util::*;

fn points_of(r: &serde_json::Value, rule: &str) -> Vec<i64> {
    notes_with(r, rule)
        .iter()
        .map(|n| n["points"].as_i64().unwrap())
        .collect()
}

/// "Rustig aan, ik heb tijd" gives a learner who is afraid to speak time; "rustig aan,
/// schreeuwen helpt niet" still tells a caller to calm down.
#[test]
fn rustig_aan_that_gives_time_is_no_rebuke() {
    let kind = "Goedemorgen, Leerhuis Utrecht, met Noor. Rustig aan, ik heb tijd.
Wat is uw deelnemersnummer? Het staat rechtsboven op de brief.
En uw geboortedatum?
/lookup
Dank u. Het klopt.";
    let r = play("halting-language", "nl", 1, kind);
    assert!(!fired(&r, "D-CALM-DOWN"), "{:?}", rules(&r));
    assert!(fired(&r, "D-REASSURANCE"), "{:?}", rules(&r));
    // Nor does the caller take it as a rebuke.
    let rebuked = r["events"].as_array().unwrap().iter().any(|e| {
        e["event"] == "mood"
            && e["changes"]
                .as_array()
                .is_some_and(|c| c.iter().any(|c| c["cause"] == "calm_down"))
    });
    assert!(!rebuked, "{}", r["events"]);
    let rebuke = "Goedemorgen, Leerhuis Utrecht, met Noor.
Rustig aan meneer, schreeuwen helpt niet.";
    let r = play("halting-language", "nl", 1, rebuke);
    assert!(fired(&r, "D-CALM-DOWN"), "{:?}", rules(&r));
}

/// An amount with a decimal point does not end the sentence: the telling words before it still
/// reach the protected details after it.
#[test]
fn a_decimal_amount_does_not_hide_a_protected_detail() {
    let script = "Good afternoon, Noorderbank business desk, Kim speaking.
I can see it here: a debit of €0.01 on 1 April. That's a fee correction on your Business Plus package.";
    let r = play("bank-cent", "en", 1, script);
    assert!(fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false, "{}", r["score"]);
}

/// The answer to "I'd like your manager" is the first thing said about a manager, even when a
/// booking and another line came in between.
#[test]
fn a_supervisor_refused_after_a_booking_is_still_refused() {
    let script = "Good afternoon, FixPoint customer service, Robin speaking.
Can I have your order number and postcode please?
/lookup
The driver can't come back today, he has other stops on his route.
I can't give you the driver's number either.
/schedule
That is booked for tomorrow morning, first stop of the route.
No, I can't put you through to my manager, that's not the procedure.";
    let r = play("delivery-dispute", "en", 1, script);
    assert!(
        caller_lines(&r).iter().any(|l| l.contains("manager")),
        "{:?}",
        caller_lines(&r)
    );
    assert!(fired(&r, "D-SUPERVISOR-REFUSED"), "{:?}", rules(&r));
}

/// Sorry after sorry costs half with a caller more anxious than angry, in full with an
/// impatient one.
#[test]
fn over_apology_weighs_less_with_an_anxious_caller() {
    let anxious = "Good morning, IT service desk, Robin speaking. Sorry you had to wait.
I'm so sorry about that. Could I have your employee number?
So sorry. And your date of birth?
/lookup
Sorry for the wait, that all matches.
Sorry again, I'm sending a temporary password to your mobile now.";
    let r = play("nervous-care-worker", "en", 1, anxious);
    assert_eq!(points_of(&r, "D-OVER-APOLOGY"), [-4, -4], "{:?}", rules(&r));
    let impatient = anxious
        .replace("IT service desk", "Medivo support")
        .replace("your employee number", "the practice's customer number");
    let r = play("verified-impatient", "en", 1, &impatient);
    // verified-impatient charges 12 for each (its rule_points): a doctor minutes before surgery.
    assert_eq!(
        points_of(&r, "D-OVER-APOLOGY"),
        [-12, -12],
        "{:?}",
        rules(&r)
    );
}

/// A promise taken back further along its sentence is no promise; one made plainly still is.
#[test]
fn a_promise_taken_back_later_in_the_sentence_is_none() {
    let start = "Goedemiddag, Glaslijn, u spreekt met Kim.
Mag ik uw klantnummer en postcode?
/lookup
";
    let taken_back =
        format!("{start}Vandaag nog een monteur lukt helaas niet, de eerste plek is donderdag.");
    let r = play("broken-promise", "nl", 1, &taken_back);
    assert!(!fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    let vague = format!("{start}Ik ga kijken of ik morgen toch nog iemand kan laten langskomen.");
    let r = play("broken-promise", "nl", 1, &vague);
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
}
