//! What the fifty-seventh round's sets taught: a secret asked for by pointing back at a code
//! sent "to your registered mobile" (the mobile is where it went, not what is asked), by "what
//! was it?" after the memorable word, by pasting it in the chat, by the characters of a
//! security number, by the new password the caller just chose; in Dutch by "zegt u die maar"
//! after a question about the code, by Flemish "wilde gij", by tapping it in on the phone so
//! the agent can check it; a condolence is sympathy, not an apology. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

const SECRET: &str = "ask_identity:password";

#[test]
fn a_secret_asked_for_by_pointing_back_at_it_or_by_what_the_caller_chose() {
    hears_all(
        Lang::En,
        SECRET,
        &[
            "I've sent a one time code to the email address on your account, could you read that out when it comes in?",
            "your card reader should now be showing an eight digit number, can you read it out to me",
            "I'll need your account PIN to move your number onto the new SIM",
            "the memorable word you set up when you joined, what was it?",
            "you should have a text with a six digit code, paste it in here when it comes through",
            "and the old password too, if you remember it",
            "what new password did you choose? I'll note it down",
            "can I have the third and sixth characters of your security number",
        ],
    );
    hears_all(
        Lang::Nl,
        SECRET,
        &[
            "heeft u de code uit de sms al binnen? zegt u die maar",
            "het wachtwoord van de app, wilde gij dat even letter voor letter spellen?",
            "als u me even het wachtwoord noemt dat u geprobeerd heeft, kijk ik waar het misgaat",
            "typ m maar even hier, die code die je net binnenkreeg",
            "kunt u ondertussen de inlogcode uit de brief van de bank klaarleggen?",
            "welk nieuw wachtwoord heeft u gekozen? dan schrijf ik het op",
            "wilt u de code waarmee u de deur ontgrendelt even intoetsen op uw telefoon, dan controleer ik of die klopt",
            "je krijgt zo een sms'je met zes cijfers, kun je die aan mij doorgeven?",
        ],
    );
}

/// "If you still know your PIN, …" supposes nothing: it is how an agent asks. A secret
/// named in such an "if" and then asked to be told is asked for; one the caller is told to
/// use on their own is not.
#[test]
fn if_you_still_know_it_then_tell_me_asks_for_it() {
    hears_all(
        Lang::En,
        SECRET,
        &["if you still remember your memorable word, could you tell me it?"],
    );
    hears_all(
        Lang::Nl,
        SECRET,
        &["als je je wachtwoord nog weet, wil je het dan even noemen?"],
    );
    hears_none(
        Lang::En,
        SECRET,
        &["if you remember your password you can log in yourself"],
    );
    hears_none(
        Lang::Nl,
        SECRET,
        &["als u uw pincode nog weet, kunt u gewoon zelf inloggen"],
    );
}

#[test]
fn where_a_code_went_someone_elses_check_and_keeping_a_number_ask_for_nothing_else() {
    // The code went to the mobile; the mobile number is not asked for.
    never_heard(
        &[(
            Lang::En,
            "I've texted a login code to your registered mobile, kindly read it back to me",
        )],
        "ask_identity:phone_number",
    );
    never_heard(
        &[(
            Lang::En,
            "she'll just check your date of birth, she won't ask for your password",
        )],
        "ask_identity:date_of_birth",
    );
    never_heard(
        &[(
            Lang::En,
            "you can keep your number when you move to the new SIM",
        )],
        "ask_identity:phone_number",
    );
}

#[test]
fn a_condolence_is_sympathy_and_not_okay_negates_nothing_after_it() {
    always_heard(&[
        (Lang::Nl, "het spijt me heel erg voor uw verlies", "empathy"),
        (
            Lang::En,
            "that's really not okay, I'd be annoyed too",
            "empathy",
        ),
        (Lang::Nl, "daar valt niet over te praten", "refusal"),
    ]);
    never_heard(
        &[(Lang::Nl, "het spijt me heel erg voor uw verlies")],
        "apology",
    );
    never_heard(
        &[(Lang::Nl, "hou je pasje even vast, ik doe de deur open")],
        "hold_notice",
    );
}
