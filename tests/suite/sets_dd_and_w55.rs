//! What the fifty-fifth round's sets taught: a second fact after "and then" or "and that"
//! is asked for too; one-time codes named by where they show ("the code on the screen of the
//! app", "the digits from the text we sent", "de controlecode die u per sms kreeg"); "you
//! say me the password"; an error code is no secret; asking whether a login code exists asks
//! for none, a Dutch "heb je een bestelnummer voor me?" still asks; "dit ligt aan jou"
//! blames; "de grootste kluns" and "a nightmare patient" insult; telling the caller not to
//! call themselves useless, or swearing at the system, insults nobody; a library card's
//! "pasnummer" is a customer number; more ways to lecture. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

#[test]
fn a_second_fact_after_and_then_or_and_that_is_asked_for_too() {
    always_heard(&[
        (
            Lang::En,
            "could I take your postcode and then the memorable word you chose when you joined?",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "read me your date of birth and that security word of yours",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "mag ik uw geboortedatum en die inlogcode van de app?",
            "ask_identity:password",
        ),
    ]);
}

#[test]
fn one_time_codes_named_by_where_they_show_are_secrets() {
    always_heard(&[
        (
            Lang::En,
            "can you read me the code on the screen of your banking app?",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "would you mind telling me the digits from the text we just sent you",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "you say me the password and I open the locker, ok?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "wat is de controlecode die u net per sms kreeg?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "die code die je net kreeg, kun je die even in de chat plakken?",
            "ask_identity:password",
        ),
    ]);
    never_heard(
        &[
            (
                Lang::En,
                "what's the error code on the screen of the router?",
            ),
            (
                Lang::Nl,
                "heeft u al een inlogcode voor het portaal, of zal ik een uitnodiging sturen?",
            ),
            (
                Lang::Nl,
                "kunt u het mailadres geven waarop u de ophaalcode heeft ontvangen?",
            ),
        ],
        "ask_identity:password",
    );
    // Asking whether the caller has an order number to hand still asks for it.
    always_heard(&[(
        Lang::Nl,
        "heb je een bestelnummer voor me?",
        "ask_identity:order_number",
    )]);
}

#[test]
fn blame_and_insults_in_new_words_and_what_is_neither() {
    always_heard(&[
        (Lang::Nl, "dit ligt aan jou, niet aan de router", "blame"),
        (
            Lang::Nl,
            "jij bent echt de grootste kluns die ik vandaag gesproken heb",
            "insult",
        ),
        (
            Lang::En,
            "honestly, you're a nightmare customer, third complaint this week",
            "insult",
        ),
    ]);
    never_heard(
        &[(Lang::Nl, "dit ligt aan jou, niet aan de router")],
        "reassurance",
    );
    never_heard(
        &[
            (
                Lang::En,
                "it's not your fault, no need to call yourself stupid",
            ),
            (
                Lang::En,
                "ugh, the f***ing system is so slow today, not your fault",
            ),
            (Lang::En, "argh, the f***ing printer is jammed again"),
        ],
        "insult",
    );
}

#[test]
fn a_library_pass_number_is_a_customer_number() {
    always_heard(&[(
        Lang::Nl,
        "wat is uw pasnummer? dat staat achterop uw bibliotheekpas",
        "ask_identity:customer_number",
    )]);
    never_heard(
        &[(
            Lang::Nl,
            "wat is uw pasnummer? dat staat achterop uw bibliotheekpas",
        )],
        "ask_identity:employee_number",
    );
}

#[test]
fn a_lecture_on_what_the_caller_should_have_known_is_heard() {
    each_lectures_the_impostor(
        "nl",
        &[
            "Als medewerker van een praktijk hoort u dat eigenlijk te weten.",
            "Daar had u eerder aan moeten denken, mevrouw.",
        ],
    );
    each_lectures_the_impostor("en", &["Please take this seriously, madam."]);
}

/// A sweep of 15 ask frames by 26 ways of naming a secret, in each language, found whole
/// names missing: codes named by the text, the letter or the card reader they came from, and
/// in Dutch a part of a secret ("de laatste twee cijfers van uw pincode").
#[test]
fn secrets_named_by_the_text_the_letter_or_the_reader_they_came_from() {
    let secret = "ask_identity:password";
    hears_all(
        Lang::En,
        secret,
        &[
            "what are the six digits we just texted you?",
            "read me the number on your card reader",
            "could you give me the code from the letter?",
        ],
    );
    hears_all(
        Lang::Nl,
        secret,
        &[
            "wat is de code op uw scherm?",
            "kunt u mij de cijfers die we u net sms'ten voorlezen?",
            "mag ik de code uit de mail die we net stuurden?",
            "wat is het getal op uw kaartlezer?",
            "lees de code uit de brief even op",
            "wat is uw beveiligingszin?",
            "typ de laatste twee cijfers van uw pincode maar in de chat",
            "mag ik de eerste en laatste letter van uw wachtwoord van u?",
        ],
    );
    // Part of an account number is no secret.
    hears_none(
        Lang::Nl,
        secret,
        &["de laatste vier cijfers van uw rekeningnummer graag"],
    );
}
