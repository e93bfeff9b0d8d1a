//! Twenty-fifth round: what the line sets zr and zt and the trainer set AR showed once read,
//! each kind held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::report;

/// A transfer nobody asked for, before anything was done for the caller, is no right outcome
/// even where the scenario allows a transfer, and the debrief says so instead of praising it.
#[test]
fn a_transfer_that_gets_rid_of_the_caller_is_not_the_right_outcome() {
    let script = "Good afternoon, FixPoint customer service, Robin speaking.
Can I have your order number and postcode?
/lookup
The system says the driver came by this morning.
That's a courier matter really, not something we deal with here.
I'll pass you to my supervisor, she can look at it.
/transfer supervisor";
    let r = play("delivery-dispute", "en", 1, script);
    assert_eq!(r["outcome"], "transferred", "{:?}", caller_lines(&r));
    assert!(fired(&r, "D-PASSED-ON"), "{:?}", rules(&r));
    assert!(!fired(&r, "R-RIGHT-OUTCOME"), "{:?}", rules(&r));
    let why = r["outcome_explained"].as_str().unwrap_or_default();
    assert!(why.starts_with("Passed on, not helped"), "{why}");
    assert_eq!(r["passed"], false, "{}", r["score"]);
}

/// A trainee who consulted a supervisor on hold did something for the caller first: the
/// transfer that follows is not "passed on".
#[test]
fn a_transfer_after_consulting_on_hold_is_not_passed_on() {
    let script = "Goedemorgen, helpdesk Zorgnet, u spreekt met Daan.
Vervelend dat u er niet in kunt. Mag ik uw naam, de naam van de praktijk en het fiscaal nummer van de praktijk?
/lookup
Zonder het fiscaal nummer kan ik het wachtwoord niet resetten; de naam en het adres staan op internet.
Ik overleg even met mijn leidinggevende, een ogenblikje.
/hold overleg
/resume
Mijn leidinggevende zegt hetzelfde. Wilt u haar zelf spreken? Dan verbind ik u door.
/transfer supervisor";
    let r = play("impostor-reset", "nl", 1, script);
    assert_eq!(r["outcome"], "transferred", "{:?}", caller_lines(&r));
    assert!(!fired(&r, "D-PASSED-ON"), "{:?}", rules(&r));
    let why = r["outcome_explained"].as_str().unwrap_or_default();
    assert!(!why.starts_with("Doorgegeven, niet geholpen"), "{why}");
}

/// The briefing tells the trainee what it takes to pass, in both languages.
#[test]
fn the_briefing_names_the_pass_mark() {
    colored::control::set_override(false);
    let s = scenario("wrong-number");
    assert!(report::briefing(&s, Lang::En).contains("To pass: 75 of 100."));
    assert!(report::briefing(&s, Lang::Nl).contains("Geslaagd vanaf 75 van de 100."));
    let s = scenario("bank-cent");
    assert!(report::briefing(&s, Lang::En).contains("To pass: 70 of 100."));
}

/// Saying a question is not a stupid one, in any word order, insults nobody; belittling the
/// caller's ability does.
#[test]
fn a_question_that_is_not_stupid_insults_nobody() {
    hears_none(
        Lang::Nl,
        "insult",
        &[
            "Een stomme vraag is dat helemaal niet, hoor.",
            "Nee joh, dat is geen domme vraag.",
            "Echt slim dat u meteen even belt.",
        ],
    );
    hears_all(
        Lang::Nl,
        "insult",
        &[
            "Zelfs u kunt dat toch wel intypen.",
            "Vijf keer het verkeerde wachtwoord. Echt slim.",
        ],
    );
    hears_none(
        Lang::En,
        "insult",
        &["A silly question it is not, ask away."],
    );
    hears_all(
        Lang::En,
        "insult",
        &[
            "Even you can manage that, surely.",
            "Stop whining like a little kid about the contract.",
        ],
    );
}

/// New ways of saying known acts: offers after a refusal, a callback by a relative, a code
/// read off a card reader, an address kind, a reason after "want daar".
#[test]
fn new_phrasings_from_the_sets() {
    hears_each(
        Lang::En,
        &["I can't swap the tickets myself, but your son can resell them through the exchange."],
        &["refusal", "offer_alternative"],
        &[],
    );
    hears_each(
        Lang::En,
        &["No need to put you on hold, it's right here on my screen."],
        &[],
        &["hold_notice"],
    );
    hears_each(
        Lang::En,
        &["emp number and dob please"],
        &["ask_identity:employee_number", "ask_identity:date_of_birth"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Lees me even de code voor die u nu op uw kaartlezer ziet staan."],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Uw factuurnummer hoeft u niet meer op te zoeken, ik heb u al gevonden."],
        &[],
        &["ask_identity:customer_number", "ask_identity:order_number"],
    );
    hears_each(
        Lang::Nl,
        &["Mag ik uw correspondentieadres, dan sturen we de brief daarheen?"],
        &["ask_identity:address"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Dat kan ik niet openzetten, want daar staan gegevens van cliënten in."],
        &["refusal", "explain_reason"],
        &[],
    );
}

/// Promises a helpdesk cannot keep cost in every turn they are made: being on call out of
/// hours, a discount, switching off the lockout for one practice.
#[test]
fn each_promise_out_of_reach_costs() {
    let script = "Goedemorgen, Medivo support, met Iris.
Is het uw eigen account? Dan heb ik het klantnummer van de praktijk en uw geboortedatum nodig.
/lookup
Dat klopt, dank u.
/reset
Het tijdelijke wachtwoord komt per sms op uw bekende mobiele nummer.
Ik zorg ervoor dat uw account nooit meer blokkeert na vijf pogingen.
Belt u gerust, ook buiten openingstijden, dan regel ik het meteen.
/end";
    let r = play("verified-impatient", "nl", 1, script);
    let promises = times_fired(&r, "D-OVERPROMISE");
    assert_eq!(promises, 2, "{:?}", rules(&r));
    assert_eq!(r["passed"], false, "{}", r["score"]);
}

/// From set zu: a cursed booking system and a caller's own "is this a stupid question?"
/// insult nobody; a stupid tenant and a PIN's digits asked with "noemt u mij" are what they
/// sound like.
#[test]
fn critical_acts_from_set_zu() {
    hears_none(
        Lang::En,
        "insult",
        &["argh this stupid ticketing system, sorry, it's hanging again"],
    );
    hears_none(
        Lang::Nl,
        "insult",
        &["'Is dit een stomme vraag?' Helemaal niet, hoor, die krijg ik vaak."],
    );
    hears_all(Lang::Nl, "insult", &["Wat een domme huurder, zeg."]);
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["Noemt u mij even de eerste twee cijfers van uw pincode?"],
    );
}

/// From set zu: new ways to ask a name, to blame, to promise a decision, to reassure someone
/// questioned; "thanks to" a cause thanks nobody.
#[test]
fn new_phrasings_from_set_zu() {
    hears_each(
        Lang::En,
        &["Who do I have the pleasure of talking to this morning?"],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Well you must not have heard the doorbell then."],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::En,
        &["You'll receive our decision in writing within five working days."],
        &["commitment"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Please don't take these questions as an accusation, we ask everyone."],
        &["reassurance"],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &["Thanks to the storm the trains are all late today."],
        &[],
        &["thanks"],
    );
    hears_each(Lang::En, &["Thanks to you it's sorted."], &["thanks"], &[]);
    hears_each(
        Lang::Nl,
        &["U bent daar helemaal veilig, de lift kan niet vallen."],
        &["reassurance"],
        &[],
    );
}

/// From set zv and trainer set AS: "you need to understand that…" is a lesson, not empathy;
/// "it only takes a few minutes" puts nobody on hold; "hang on to your slip" neither; the
/// safest route offered is an alternative; Irish and US identifiers are facts.
#[test]
fn phrasings_from_set_zv_and_set_as() {
    hears_each(
        Lang::En,
        &["You need to understand that a neighbour has no right to her file."],
        &[],
        &["empathy"],
    );
    hears_each(
        Lang::En,
        &["Hang on to that receipt, you'll need it for the refund."],
        &[],
        &["hold_notice"],
    );
    hears_each(
        Lang::En,
        &["The quickest route is for him to call us himself, it only takes a couple of minutes."],
        &["offer_alternative"],
        &["hold_notice"],
    );
    hears_each(
        Lang::En,
        &["and the eircode for the house please"],
        &["ask_identity:postcode"],
        &[],
    );
    hears_each(
        Lang::En,
        &["What's the EIN on the company's filings?"],
        &["ask_identity:tax_number"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Je hoeft echt niet rustig te worden voor mij, boos zijn mag."],
        &[],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Die bezorger had gewoon moeten aanbellen, sorry."],
        &[],
        &["blame"],
    );
    hears_each(
        Lang::Nl,
        &["Dat kan ik niet versnellen, maar je kunt altijd de crisisdienst bellen."],
        &["offer_alternative"],
        &[],
    );
}

/// A lesson on the law to a worried son costs as a lecture (set AS).
#[test]
fn a_lesson_on_the_law_is_a_lecture() {
    let script = "Good afternoon, Zorggroep Rijnvliet client service, Sam speaking.
Your name, please, and who are you calling about?
/lookup
You need to understand that being her son doesn't give you any right to information.
Maybe it's worth asking yourself why she hasn't been in touch.
/end";
    let r = play("third-party", "en", 1, script);
    assert!(fired(&r, "D-LECTURE"), "{:?}", rules(&r));
    assert!(!fired(&r, "D-EMPATHY"), "{:?}", rules(&r));
}

/// The critical misses of the kept-back set zs, read after its one measurement: a PIN asked
/// with "kindly mention", backup codes asked to be pasted into the chat; telling the caller
/// never to share them asks for nothing.
#[test]
fn password_asks_from_set_zs() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "then kindly mention the PIN of your debit card, sir",
            "just paste your recovery codes in the chat and I'll sort the login",
        ],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["keep your recovery codes somewhere safe and never paste them anywhere"],
    );
}
