//! Twenty-second round: what the trainer sets AF, AH and AI and the line set zk showed once
//! read, each kind held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

/// A checked value read out of the records for the caller to say yes to is a leading check,
/// critical even when the caller had said it before; a plain read-back that says it matches is
/// not.
#[test]
fn a_checked_value_offered_for_a_yes_is_a_leak() {
    let leading = "Morning, course desk, Joost speaking.
Could I have your participant number and your date of birth?
Let me just check... I have 29 September 1986 here, that's you, isn't it?
/absent
/end";
    let r = play("sick-participant", "en", 1, leading);
    assert!(
        critical_rules(&r).contains(&"V-RECORD-LEAK".to_string()),
        "{:?}",
        rules(&r)
    );
    assert_eq!(r["passed"], false);
    let nl = "Goedemorgen, cursusbalie, met Joost.
Mag ik je deelnemersnummer en je geboortedatum?
Ik zie hier 29 september 1986 staan, dat ben jij toch?
/ziekmelden
/end";
    let r = play("sick-participant", "nl", 1, nl);
    assert!(
        critical_rules(&r).contains(&"V-RECORD-LEAK".to_string()),
        "{:?}",
        rules(&r)
    );
    // The "toch?" that offers it is no restatement to praise.
    assert!(
        !rules(&r).iter().any(|x| x == "D-PARAPHRASE"),
        "{:?}",
        rules(&r)
    );
    let read_back = "Morning, course desk, Joost speaking.
Could I have your participant number and your date of birth?
/lookup
Thank you, 29 September 1986, that matches what I have.
/absent
/end";
    let r = play("sick-participant", "en", 1, read_back);
    assert!(
        !rules(&r).iter().any(|x| x == "V-RECORD-LEAK"),
        "{:?}",
        rules(&r)
    );
}

/// A protected detail told with a negation of its own is told ("volgens de GPS is de bus niet
/// in uw straat geweest"); a negation with a word that could tell refuses ("de GPS mag ik niet
/// delen").
#[test]
fn a_negation_inside_what_is_told_still_tells_it() {
    let told = "Goedemiddag, met Niels.
/lookup
Even kijken... ja, ik zie het. Volgens de GPS is bus 14 helemaal niet in uw straat geweest.
/end";
    let r = play("delivery-dispute", "nl", 1, told);
    assert!(
        rules(&r).iter().any(|x| x == "V-PROTECTED-DISCUSSED"),
        "{:?}",
        rules(&r)
    );
    let refused = "Goedemiddag, met Niels.
/lookup
Ik zie het, maar de GPS-gegevens mag ik niet met u delen voordat ik u heb gecontroleerd.
/end";
    let r = play("delivery-dispute", "nl", 1, refused);
    assert!(
        !rules(&r).iter().any(|x| x == "V-PROTECTED-DISCUSSED"),
        "{:?}",
        rules(&r)
    );
}

/// Choosing a new password at sign-in, or a password being solved, asks for nothing; a detail
/// that does not matter is no dismissal.
#[test]
fn what_happens_to_a_password_asks_for_nothing() {
    hears_each(
        Lang::Nl,
        &[
            "Bij het inloggen kiest u een nieuw wachtwoord; daarmee is ook het verlopen wachtwoord opgelost.",
        ],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Het gaat altijd naar dat nummer, dus het maakt niet uit met welke telefoon u nu belt."],
        &[],
        &["dismissive"],
    );
    hears_each(
        Lang::Nl,
        &["Dat maakt toch niet uit."],
        &["dismissive"],
        &[],
    );
}

/// The code a card reader shows, asked for, is a password ask.
#[test]
fn the_code_a_card_reader_shows_is_a_password() {
    hears_each(
        Lang::Nl,
        &["Wilt u de code die er nu op verschijnt even voorlezen?"],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Put your card in the reader - what's the code that appears on the screen?"],
        &["ask_identity:password"],
        &[],
    );
}

/// A greeting after a closing parts however short the line; "good day to you" parts too.
#[test]
fn a_greeting_after_a_closing_says_goodbye() {
    hears_each(
        Lang::Nl,
        &["Dat was het. Goedenavond."],
        &["closing"],
        &["greeting"],
    );
    hears_each(
        Lang::En,
        &["Thank you for your time. Good day to you."],
        &["closing"],
        &["greeting"],
    );
}

/// Dutch empathy without the usual words, and what is not on a cover is refused.
#[test]
fn feelings_allowed_and_a_fright_named_are_empathy() {
    hears_each(
        Lang::Nl,
        &[
            "Dat is ook best schrikken, zo'n brief in de bus.",
            "Je mag best kwaad zijn, drie keer doorverbonden is ook gewoon te gek.",
        ],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Glass damage isn't covered under your policy, I'm afraid."],
        &["refusal"],
        &[],
    );
}

/// Chat shorthand ("cn", "tht") and a fact named by what it belongs to ("het nummer van uw
/// bestelling", "the tax reference").
#[test]
fn shorthand_and_a_fact_named_by_its_owner() {
    hears_each(
        Lang::En,
        &["cn u type the order no. here pls"],
        &["ask_identity:order_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &["And the tax reference from your letter, please."],
        &["ask_identity:tax_number"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Wat is het nummer van je bestelling?"],
        &["ask_identity:order_number"],
        &[],
    );
}

/// "Kunt u mij dat geven?" after naming a fact asks for it.
#[test]
fn give_me_that_points_back_to_the_fact_named() {
    hears_each(
        Lang::Nl,
        &["Ik controleer eerst uw klantnummer. Kunt u mij dat geven?"],
        &["ask_identity:customer_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I'll need your postcode first. Could you give me that, please?"],
        &["ask_identity:postcode"],
        &[],
    );
}

/// Shorter ways to refuse, shield, offer a choice and wave a sum away.
#[test]
fn short_refusals_choices_and_a_sum_waved_away() {
    hears_each(
        Lang::En,
        &["Sorry, no refunds unless you've still got the receipt."],
        &["refusal"],
        &[],
    );
    hears_each(
        Lang::En,
        &["can't swap it, sorry, policy"],
        &["procedure_shield"],
        &[],
    );
    hears_each(
        Lang::En,
        &["A callback tonight or a visit on Monday, pick one."],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Honestly it's only a fiver, I wouldn't lose sleep over it."],
        &["dismissive"],
        &[],
    );
}

/// Password asks said without the usual shape: a code read off a reader or a token, a code
/// "you've been using", "revert with the OTP", "lees maar even voor" after naming it.
#[test]
fn password_asks_without_the_usual_shape() {
    hears_each(
        Lang::En,
        &[
            "Put your card in the reader and give me the eight digits it shows.",
            "And the password you're using at the moment is...?",
            "Kindly revert with the OTP so we can process your request.",
        ],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "welke pincode heb je ingevuld? lees maar even voor",
            "Leest u mij de code van de token maar even voor?",
            "U kunt de verificatiecode die u net kreeg aan mij doorgeven.",
        ],
        &["ask_identity:password"],
        &[],
    );
}

/// A fact named again in apposition shares its part's ask or denial: "we never ask for your
/// BSN, your citizen service number" asks for nothing; "your postcode, your full postcode?"
/// still asks, and a list of different facts stays a list.
#[test]
fn a_fact_named_again_in_apposition_asks_nothing_of_its_own() {
    hears_each(
        Lang::En,
        &["We will never ask for your password, your login password, on the phone."],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Wij vragen nooit naar uw wachtwoord, uw inlogwachtwoord, aan de telefoon."],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::En,
        &["What's your postcode, your full postcode?"],
        &["ask_identity:postcode"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Your name, your date of birth and your postcode please."],
        &[
            "ask_identity:full_name",
            "ask_identity:date_of_birth",
            "ask_identity:postcode",
        ],
        &[],
    );
}

/// An ask that names no fact still points back when a link carries it on to one ("Could you
/// read that to me, and your date of birth?" asks for what "that" is too).
#[test]
fn an_ask_carried_on_to_a_fact_still_points_back() {
    hears_each(
        Lang::En,
        &[
            "Your customer number is at the top of the bill. Could you read that to me, and your date of birth?",
        ],
        &["ask_identity:customer_number", "ask_identity:date_of_birth"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Could you read me your postcode and your date of birth?"],
        &["ask_identity:postcode", "ask_identity:date_of_birth"],
        &[],
    );
}
