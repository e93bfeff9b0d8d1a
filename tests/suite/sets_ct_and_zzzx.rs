//! What the fiftieth round's sets taught: an ask does not reach back into a fact the agent
//! said it does not need, a list of facts that "is enough" asks, "have you got an e-mail I can
//! send it to?", a code that came to the phone, dialect words for "I" and "no", a mechanic who
//! should have called, and a term the agent names and explains. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// "No need for your password, your username please" asks for the username alone: the ask
/// does not reach back along the list into words that turn the password down, nor into a part
/// that holds a negation.
#[test]
fn an_ask_does_not_reach_back_into_a_fact_turned_down() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "No need for your password, your username please.",
            "I won't ask for your password or PIN, the username is enough.",
            "Your username, no need for the password.",
        ],
    );
    hears_all(
        Lang::En,
        "ask_identity:username",
        &[
            "No need for your password, your username please.",
            "I won't ask for your password or PIN, the username is enough.",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Geen wachtwoord, uw gebruikersnaam en postcode graag."],
    );
    // A list still reaches along its commas.
    hears_each(
        Lang::En,
        &["Order number and postcode please."],
        &["ask_identity:order_number", "ask_identity:postcode"],
        &[],
    );
}

/// Facts that "are enough" or "volstaan" are asked for; facts that are not enough are not.
#[test]
fn facts_that_are_enough_are_asked_for() {
    hears_each(
        Lang::Nl,
        &[
            "Uw burgerservicenummer hoef ik niet. Geboortedatum en postcode is genoeg.",
            "Uw geboortedatum en postcode zijn voldoende.",
        ],
        &["ask_identity:date_of_birth", "ask_identity:postcode"],
        &["ask_identity:tax_number"],
    );
    hears_each(
        Lang::En,
        &["Your customer number is enough for now."],
        &["ask_identity:customer_number"],
        &[],
    );
    hears_none(
        Lang::En,
        "ask_identity:postcode",
        &["The postcode isn't enough on its own."],
    );
}

/// "Have you got a phone number I can reach you on?" and "hebt u een mailadres waar ik het
/// naartoe kan sturen?" ask for the fact; "heeft u een wachtwoord waarmee u inlogt?" asks for
/// no password.
#[test]
fn a_fact_asked_for_with_what_it_is_for() {
    hears_each(
        Lang::En,
        &["Have you got a phone number I can reach you on?"],
        &["ask_identity:phone_number"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Hebt u een telefoonnummer waarop ik u kan terugbellen?",
            "Hebbie een mailadres waar ik de bevestiging heen kan sturen?",
        ],
        &[],
        &["ask_identity:password"],
    );
    assert!(hears(
        Lang::Nl,
        "Hebt u een telefoonnummer waarop ik u kan terugbellen?",
        "ask_identity:phone_number"
    ));
    assert!(hears(
        Lang::Nl,
        "Hebbie een mailadres waar ik de bevestiging heen kan sturen?",
        "ask_identity:email"
    ));
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Heeft u een wachtwoord waarmee u inlogt?"],
    );
}

/// A one-time code that came to the phone is a password, asked for also in "read for me".
#[test]
fn a_code_that_came_to_the_phone_is_a_password() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &["Please read for me the code that has just come to your phone."],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["A code has just come to your phone; never share it with anyone."],
    );
}

/// The mechanic who should have called the caller blames the mechanic, not the caller; "ek"
/// and "gei" are "ik" and "geen".
#[test]
fn dutch_who_should_have_called_and_dialect_words() {
    hears_each(
        Lang::Nl,
        &["Sorry hoor, dat is helemaal onze fout, de monteur had u moeten bellen."],
        &["apology"],
        &["blame"],
    );
    assert!(hears(
        Lang::Nl,
        "Dat hoor ek vaker, maar ek gaan dit nou voor u uitzoeken.",
        "commitment"
    ));
    assert!(hears(
        Lang::Nl,
        "Dat boek is nog niet terug, maar gei zorg hoor.",
        "reassurance"
    ));
    assert!(hears(
        Lang::Nl,
        "U zegt dat de kras er al zat? Kan, maar dan heeft u dat niet gemeld bij het brengen.",
        "blame"
    ));
}

/// "You're not special" and "don't waste my time" dismiss; "don't think you're the only one"
/// dismisses in Dutch, but not when it says who else this happens to.
#[test]
fn dismissals_and_the_only_one() {
    hears_all(
        Lang::En,
        "dismissive",
        &[
            "Everyone's bill is due on Friday, love, you're not special.",
            "Don't waste my time with that, mate.",
        ],
    );
    hears_none(
        Lang::En,
        "dismissive",
        &["I don't want to waste your time, so let's get this sorted."],
    );
    assert!(hears(
        Lang::Nl,
        "Allee, ge moet ni denken dat ge de enige zijt, half de straat heeft al gebeld.",
        "dismissive"
    ));
    hears_each(
        Lang::Nl,
        &["Denk niet dat u de enige bent die dit overkomt, maak u geen zorgen."],
        &["reassurance"],
        &["dismissive"],
    );
}

/// Lecturing a sick caller about planning is blame; "we'll take it seriously this time" is not.
#[test]
fn lecturing_about_planning_is_blame() {
    hears_all(
        Lang::En,
        "blame",
        &[
            "It would have been much better to call us on Friday.",
            "I'd advise you to plan better next time.",
            "And please take the new dates seriously this time.",
        ],
    );
    hears_none(
        Lang::En,
        "blame",
        &["We take this very seriously this time, I promise."],
    );
}

/// "A second resident permit" is no hold; "that might suit you better" offers something.
#[test]
fn a_second_permit_and_what_might_suit_the_caller() {
    hears_each(
        Lang::En,
        &[
            "Visitor permits come in books of ten. That might suit your carer better than a second resident permit.",
        ],
        &["offer_alternative"],
        &["hold_notice"],
    );
    assert!(hears(Lang::En, "Just a second, I'll check.", "hold_notice"));
}

/// "Ik heb het fiscaal nummer nodig om het wachtwoord te kunnen resetten" asks for the tax
/// number, not the password; "uw wachtwoord nodig om het te resetten" still asks for it.
#[test]
fn a_password_to_be_reset_is_not_asked_for() {
    hears_each(
        Lang::Nl,
        &[
            "Ik heb het fiscaal nummer van de zorgaanbieder nodig om het wachtwoord te kunnen resetten.",
        ],
        &["ask_identity:tax_number"],
        &["ask_identity:password"],
    );
    assert!(hears(
        Lang::Nl,
        "Ik heb uw wachtwoord nodig om het te resetten.",
        "ask_identity:password"
    ));
}

/// Ending the call is no promise; rebooking the caller now is one.
#[test]
fn ending_the_call_is_no_promise() {
    hears_none(
        Lang::Nl,
        "commitment",
        &[
            "Ik beëindig nu het gesprek. Dag meneer Kramer.",
            "Ik beëindig het gesprek nu.",
        ],
    );
    hears_all(
        Lang::Nl,
        "commitment",
        &[
            "Ik boek u kosteloos om naar de volgende uitvoering.",
            "Ik rond het gesprek af en bel u morgen terug.",
        ],
    );
}

/// Set crit (written for the critical acts): "you just give your PIN to a stranger?" asks for
/// nothing, nor does a fraudster's ask reported ("vroeg die om uw DigiD-code?") or a password
/// asked about and at once taken back ("Niet zeggen hoor!").
#[test]
fn dutch_password_look_alikes_ask_for_nothing() {
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Jij geeft gewoon je pincode aan een wildvreemde?",
            "Belde iemand u namens de bank en vroeg die om uw DigiD-code? Dat waren wij niet.",
            "Heeft u een DigiD-wachtwoord? Niet zeggen hoor! Alleen of u het heeft.",
        ],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Gebruikersnaam en huidig ww graag.",
            "Wat is de code uit je authenticator app?",
            "Wat is het antwoord op uw geheime vraag?",
        ],
    );
}

/// A password asked for in other words: a telephone-banking passcode, a recovery phrase, the
/// code on the card reader's screen, a memorable answer, "just need the … password".
#[test]
fn english_passwords_in_other_words() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "Can you read me the code on the card reader screen?",
            "Reply with the 12-word recovery phrase.",
            "Could I have your date of birth and the memorable answer?",
            "Promise, just need the online services password and you're done.",
            "Drop the OTP from the SMS here.",
        ],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "Never type your recovery phrase into any website.",
            "The agent on Telegram asked for your password? That wasn't us.",
        ],
    );
}
