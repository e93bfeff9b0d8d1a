//! What the fifty-eighth round's sets taught: a secret asked for with words between the verb
//! and it ("read me out the four numbers of your PIN", "type here in the chat the six numbers
//! from …"), a code that "landed" on a SIM, a Dutch code the app "laat zien op uw scherm", a
//! pairing code pasted "even hier in de chat", a photo or screenshot "met je mastercode erop",
//! "welke code toets je in?", "laatste 4 tekens van je ww", a chat-style "… even sturen"; a
//! rude word about a thing insults nobody; "as I said" restating a decision blames nobody.
//! Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

const SECRET: &str = "ask_identity:password";

#[test]
fn a_secret_asked_for_with_words_between_or_by_a_photo_of_it() {
    hears_all(
        Lang::En,
        SECRET,
        &[
            "right, read me out the four numbers of your PIN and I'll unlock the card",
            "please type here in the chat the six numbers from your authenticator app",
            "the code that just landed on your new sim, read it back to me",
            // Up to seven words between the verb of telling and the secret.
            "read me out very slowly your PIN",
            "tell me now nice and slowly your memorable word",
        ],
    );
    hears_all(
        Lang::Nl,
        SECRET,
        &[
            "noemt u eerst nog even de code die de app nu op uw scherm laat zien",
            "zodra de sms met de koppelcode binnen is, die even hier in de chat plakken",
            "stuur even een foto van het kaartje met je mastercode erop",
            "welke code toets je dan in?",
            "laatste 4 tekens van je ww nog even, dan ben ik klaar",
            "klantnummer en wachtwoord van je account even sturen",
            "wilt u een schermafbeelding mailen van uw telefoon met die sms-code erop?",
        ],
    );
    hears_none(Lang::Nl, SECRET, &["welke code staat er op de factuur?"]);
}

#[test]
fn a_rude_word_about_a_thing_insults_nobody() {
    never_heard(
        &[(
            Lang::En,
            "this stupid bracket is garbage, I'll send you a new one",
        )],
        "insult",
    );
    always_heard(&[(Lang::En, "are you actually this stupid or what", "insult")]);
}

/// "As I said" that restates a decision is no reproach; "like I said, you should have …" is.
#[test]
fn as_i_said_restating_a_decision_blames_nobody() {
    never_heard(
        &[
            (
                Lang::En,
                "it stays as I said: we only do this with the account holder",
            ),
            (
                Lang::Nl,
                "het blijft zoals ik zei: alleen met de accounthouder zelf",
            ),
        ],
        "blame",
    );
    always_heard(&[
        (
            Lang::En,
            "like I said, you should have read the letter",
            "blame",
        ),
        (
            Lang::Nl,
            "zoals ik al zei, u had de brief moeten lezen",
            "blame",
        ),
    ]);
}

#[test]
fn a_note_left_sympathy_and_the_rules_named() {
    always_heard(&[
        (
            Lang::En,
            "I'll leave them a note to ring you back first thing",
            "commitment",
        ),
        (
            Lang::En,
            "open a window and stop ringing us every week",
            "dismissive",
        ),
        (Lang::Nl, "wat moet dat zwaar voor u zijn", "empathy"),
        (
            Lang::Nl,
            "dat staat nu eenmaal in de voorwaarden",
            "procedure_shield",
        ),
        (
            Lang::Nl,
            "heyy, je spreekt met Daan van de kartbaan",
            "greeting",
        ),
    ]);
    never_heard(&[(Lang::En, "I'll leave it there for today")], "commitment");
}

/// A secret named and then asked about ("did you change it?") is talked about, not asked for;
/// named alone, or with a tag ("…, is it?"), it is still asked for.
#[test]
fn a_secret_named_then_asked_about_is_not_asked_for() {
    hears_none(
        Lang::En,
        SECRET,
        &[
            "and your password, did you change it recently?",
            "and your PIN, is it still the same as before?",
        ],
    );
    hears_none(
        Lang::Nl,
        SECRET,
        &["en uw wachtwoord, heeft u dat onlangs gewijzigd?"],
    );
    hears_all(
        Lang::En,
        SECRET,
        &[
            "and your password?",
            "the memorable word on the account, is it? just so I know it's you",
        ],
    );
    hears_all(Lang::Nl, SECRET, &["en je wachtwoord?"]);
}
