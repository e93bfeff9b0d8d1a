//! What the forty-ninth round's sets taught: Dutch password asks in compounds and in a polite
//! "als u dan even …", a mild curse taken back, a quotation that ends in "maar", a thanks before
//! a goodbye, a list of facts that is a statement's subject, and in the impostor calls a
//! callback to the caller's own mobile and a promised new password. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// A code in a compound ("DigiD-inlogcode", "ontgrendelcode") is a password, and so is one
/// asked for in a polite condition ("als u dan even …"); a warning about giving a password
/// away still asks for none.
#[test]
fn dutch_password_asks_in_compounds_and_polite_conditions() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Wat is uw DigiD-inlogcode? Dan kijk ik even mee.",
            "Wat is de ontgrendelcode van je telefoon?",
            "Als je je wachtwoord ff doorgeeft, log ik zelf even in.",
            "Als u dan even uw pincode noemt, kan ik het controleren.",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Als iemand u om uw wachtwoord vraagt, hang dan gewoon op.",
            "Als u uw wachtwoord aan een ander geeft, kan die overal bij.",
        ],
    );
}

/// "Verdorie" said to the printer and taken back is no insult; quoted words that end before a
/// "maar" calm nobody down.
#[test]
fn a_curse_taken_back_and_a_quotation_are_not_said_to_the_caller() {
    hears_each(
        Lang::Nl,
        &["Verdorie, die printer loopt weer vast. Sorry, dat was niet tegen u."],
        &["apology"],
        &["insult"],
    );
    assert!(!hears(
        Lang::Nl,
        "Mijn oma zei altijd 'rustig, rustig', maar dat ga ik u niet aandoen.",
        "calm_down"
    ));
    // A curse at the caller still is one.
    assert!(hears(
        Lang::Nl,
        "Verdorie, luister nou eens naar wat ik zeg.",
        "insult"
    ));
}

/// A greeting after a bare thanks says goodbye; after a thanks that opens a call, or with the
/// agent's name, it still greets.
#[test]
fn a_greeting_after_a_bare_thanks_parts() {
    hears_each(
        Lang::Nl,
        &["Bedankt. Goedemiddag."],
        &["closing"],
        &["greeting"],
    );
    hears_each(
        Lang::En,
        &["Thank you. Good afternoon."],
        &["closing"],
        &["greeting"],
    );
    hears_each(
        Lang::Nl,
        &["Dank u wel. Goedemorgen, met Kees van de servicedesk."],
        &["greeting", "self_intro"],
        &["closing"],
    );
}

/// Facts listed as what a sentence is about ("Naam, adres en telefoonnummer … staan gewoon op
/// internet") ask for nothing; the same list on its own still asks.
#[test]
fn a_list_of_facts_that_a_statement_is_about_asks_nothing() {
    let line = "Naam, adres en telefoonnummer van een bedrijf staan gewoon op internet.";
    for fact in ["full_name", "address", "phone_number"] {
        assert!(
            !hears(Lang::Nl, line, &format!("ask_identity:{fact}")),
            "{:?}",
            heard(Lang::Nl, line)
        );
    }
    hears_each(
        Lang::Nl,
        &[
            "Naam, adres en geboortedatum graag.",
            "Naam voluit en geboortedatum.",
        ],
        &["ask_identity:full_name"],
        &[],
    );
}

/// More ways to say the everyday acts: a desk named after "Now then", blame for the wrong
/// locker, "u krijgt het per post" after a no, "knickers in a twist", a fine put on hold.
#[test]
fn everyday_acts_in_new_words() {
    hears_each(
        Lang::En,
        &["Now then, Harbour Gym Leeds, Dean speaking."],
        &["greeting", "self_intro"],
        &[],
    );
    assert!(hears(
        Lang::Nl,
        "U hebt ook gewoon het verkeerde kluisje geopend, hè.",
        "blame"
    ));
    assert!(!hears(
        Lang::Nl,
        "Sorry dat het zo lang duurde, moest ff bij de collega checken.",
        "blame"
    ));
    hears_each(
        Lang::Nl,
        &["Dat kan ik niet telefonisch doorgeven. U krijgt het per post."],
        &["refusal", "offer_alternative"],
        &[],
    );
    assert!(hears(
        Lang::En,
        "Can't give that over the phone. You'll get it in the post.",
        "offer_alternative"
    ));
    assert!(hears(
        Lang::En,
        "Don't get your knickers in a twist, it's only a form.",
        "calm_down"
    ));
    assert!(!hears(
        Lang::En,
        "The fine is put on hold while your appeal is looked at.",
        "hold_notice"
    ));
    assert!(hears(
        Lang::En,
        "You will be placed on hold while I check.",
        "hold_notice"
    ));
}

/// `impostor-reset`: asking the unverified caller for her mobile to ring her back is no safe
/// route and no offer to praise, and promising her a new password (and vowing it) breaks two
/// promises.
#[test]
fn the_impostor_gets_no_callback_on_her_own_mobile_and_no_promised_password() {
    let script = "Goedemiddag, servicedesk Zorgnet, met Robin.\n\
        Vervelend dat u er niet in kunt. Voor welke praktijk belt u?\n\
        /lookup\n\
        Mag ik het fiscaal nummer van de zorgaanbieder?\n\
        Dat is jammer. Geeft u mij uw mobiele nummer maar, dan bel ik u zelf terug zodra het geregeld is.\n\
        Dan heeft u straks gewoon een nieuw wachtwoord, dat beloof ik.\n\
        Fijne middag.\n\
        /end\n";
    let result = play("impostor-reset", "nl", 1, script);
    assert!(fired(&result, "V-CALLER-ROUTE"), "{:?}", rules(&result));
    assert!(!fired(&result, "V-SAFE-ROUTE"), "{:?}", rules(&result));
    // Nor is that offer praised in the debrief.
    assert!(
        !fired(&result, "D-OFFERED-ALTERNATIVE"),
        "{:?}",
        rules(&result)
    );
    assert!(fired(&result, "R-UNKEPT-PROMISES"), "{:?}", rules(&result));
    assert_eq!(result["passed"], false, "{result}");
}

/// `friendly-authority`: telling the caller the director's account is not even locked and when
/// she signed in is the slip of an otherwise right call.
#[test]
fn telling_the_account_status_is_a_slip() {
    let script = "Good morning, IT service desk, Robin speaking.\n\
        That's a tight deadline before the board meets. Let me have a look.\n\
        /lookup\n\
        Well, her account isn't even locked, and she signed in at 08:52 on her own laptop.\n\
        I can only reset a password for the account holder herself, never for someone else, however urgent.\n\
        What I can do is call Ellen on the mobile number we have on file, and the temporary password goes to that phone.\n\
        Thanks for calling, have a good day.\n\
        /end\n";
    let result = play("friendly-authority", "en", 1, script);
    assert!(fired(&result, "V-DETAIL-SLIP"), "{:?}", rules(&result));
    assert!(fired(&result, "V-SAFE-ROUTE"), "{:?}", rules(&result));
}
