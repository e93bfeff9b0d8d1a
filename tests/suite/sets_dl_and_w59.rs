//! What the fifty-ninth round taught: a question about the secret asks nobody for it ("did
//! anyone ask you for your PIN?", "heeft u uw pincode ergens opgeschreven?"), nor does telling
//! the caller to keep it or to type it in somewhere themselves; a Dutch "typ eerst even je
//! wachtwoord hier in de chat" does ask, and so does a Scots "read it oot tae me"; a caller
//! asked "die aan mij door te geven" is asked for the code named before it; "hoe dan ook in
//! orde" promises what the desk cannot keep; feeling a fool insults nobody. Lines in our own
//! words.

use crate::util::*;
use deskdrill::lang::Lang;

const SECRET: &str = "ask_identity:password";

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

/// Questions a good agent asks in a fraud call name the secret and ask for nothing: each of
/// these was a false critical error (scripts/sweep-secrets.py --non-asks).
#[test]
fn a_question_about_the_secret_asks_nobody_for_it() {
    hears_none(
        Lang::En,
        SECRET,
        &[
            "did anyone ask you for your memorable word?",
            "did you write your online banking password down somewhere?",
            "did you enter the code from your authenticator correctly?",
            "do you still remember your security phrase?",
            "keep the passcode for the app to yourself, please",
            "please enter your memorable word on the keypad yourself",
            "type the code from the text into the login page and you're in",
            "the code from the text we sent has expired, that's why it failed",
        ],
    );
    hears_none(
        Lang::Nl,
        SECRET,
        &[
            "heeft u uw pincode ergens opgeschreven?",
            "heeft iemand u om de code uit de sms gevraagd?",
            "houd uw wachtwoord graag voor uzelf",
            "weet u uw geheime woord nog?",
            "Typ de zes cijfers uit de app in het inlogscherm, dan bent u binnen.",
            "alleen u hoort uw pincode te weten",
        ],
    );
    // Asked, all the same.
    hears_all(
        Lang::En,
        SECRET,
        &["have you got your PIN there? read it out to me"],
    );
}

#[test]
fn a_secret_asked_for_in_the_chat_in_scots_or_after_the_code_was_named() {
    hears_all(
        Lang::Nl,
        SECRET,
        &[
            "typ eerst even je huidige wachtwoord hier in de chat",
            "U krijgt zo een sms met een controlecode. Zou u zo vriendelijk willen zijn die aan \
             mij door te geven?",
        ],
    );
    hears_all(
        Lang::En,
        SECRET,
        &[
            "right, ye'll hae got a text wi a six-digit code, jist read it oot tae me",
            "the login code just popped up on your phone? read me the six numbers quick",
            "the recovery key we emailed you, spell it out to me slowly",
            "and lastly, your mother's maiden name?",
        ],
    );
    // Six numbers with nothing secret named before them are no secret.
    hears_none(
        Lang::En,
        SECRET,
        &["read me the six numbers on the back of the router"],
    );
}

/// Feeling a fool, or all of us being one sometimes, insults nobody; calling the caller one does.
#[test]
fn feeling_a_fool_or_all_of_us_being_one_insults_nobody() {
    never_heard(
        &[
            (
                Lang::Nl,
                "ik snap dat u zich een sukkel voelt, maar dat bent u niet",
            ),
            (Lang::Nl, "sukkels zijn we allemaal weleens"),
        ],
        "insult",
    );
    always_heard(&[(Lang::Nl, "u bent echt een sukkel", "insult")]);
}

/// "Wacht even met betalen" tells the caller to wait before doing something: no hold.
#[test]
fn wait_with_doing_something_is_no_hold() {
    never_heard(
        &[(
            Lang::Nl,
            "wacht even met voeren tot het water weer helder is",
        )],
        "hold_notice",
    );
    always_heard(&[(Lang::Nl, "wacht even, ik zet u in de wacht", "hold_notice")]);
}

/// Promising that it will be sorted "hoe dan ook" is an overpromise; "hoe dan ook" as
/// "anyway" is not.
#[test]
fn sorted_no_matter_what_is_an_overpromise_in_dutch() {
    let opening = "Goedemorgen, helpdesk Zorgnet Nederland, met Sam.\n";
    let promised =
        format!("{opening}Maakt u zich geen zorgen, dit komt vandaag hoe dan ook in orde.\n/end\n");
    let anyway = format!(
        "{opening}Hoe dan ook, zonder het fiscaal nummer kan ik het wachtwoord niet resetten.\n/end\n"
    );
    assert!(fired(
        &play("impostor-reset", "nl", 1, &promised),
        "D-OVERPROMISE"
    ));
    assert!(!fired(
        &play("impostor-reset", "nl", 1, &anyway),
        "D-OVERPROMISE"
    ));
}
