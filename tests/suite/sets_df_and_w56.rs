//! What the fifty-sixth round's sets taught: a secret asked for by a screenshot of it, by
//! having it ready for when the agent is back, by reading back a code that is still on its
//! way, or by part of it being "enough"; a security question's answer ("the name of your
//! first pet") is a secret; a rough word about a thing, or a fraudster's ask reported,
//! insults and asks nothing; new Dutch insults; and empathy that names Henk's wish to be put
//! through, or that he ended up at the wrong place, is about him, not stock. Lines in our own
//! words.

use crate::util::*;
use deskdrill::lang::Lang;

const SECRET: &str = "ask_identity:password";

#[test]
fn a_secret_asked_for_by_screenshot_by_having_it_ready_or_by_reading_it_back() {
    hears_all(
        Lang::En,
        SECRET,
        &[
            "please send me a screenshot of your sign-in page while the OTP is showing",
            "keep your app PIN ready for when I'm back from hold",
            "you'll get a six digit code by text any second, read it back to me when it arrives",
            "the card reader's showing a number now, read that out to me please",
            "and the PIN for the blocked card, just so I can verify it's really you",
            "could you tell me the 6 digits in the latest text?",
            "if you could just read me the code from the email that'd be great",
        ],
    );
    hears_all(
        Lang::Nl,
        SECRET,
        &[
            "stuur even een screenshot van het inlogscherm met je wachtwoord zichtbaar",
            "u krijgt zo een bevestigingscode op uw gsm, zegt u die even tegen mij?",
            "de zes cijfers die u net per sms van ons kreeg, wilt u die even naar mij mailen?",
            "de eerste twee tekens van uw wachtwoord zijn genoeg voor mij",
            "houd uw pincode even bij de hand voor als ik terug ben",
            "als u de code uit de sms even wilt voorlezen, dan ronden we af",
            "en dan de beveiligingsvraag: wat was de naam van uw eerste huisdier?",
        ],
    );
}

#[test]
fn asking_whether_a_code_came_saying_it_is_fine_or_where_to_type_it_asks_for_nothing() {
    hears_none(
        Lang::En,
        SECRET,
        &[
            "did you receive the one time code by text? no need to tell me the code",
            "the man from the 'security team' asked you for the code off the text? that wasn't us",
            "send me a screenshot of the error but without your password showing",
            "your password is fine, it's the username that's wrong",
            "your PIN is fine, the card is just blocked",
        ],
    );
    // A fact that will do instead is still asked for, and part of a secret that is enough.
    always_heard(&[
        (
            Lang::En,
            "your date of birth will do instead",
            "ask_identity:date_of_birth",
        ),
        (
            Lang::En,
            "just the last two digits of your PIN is enough",
            SECRET,
        ),
    ]);
    hears_none(
        Lang::Nl,
        SECRET,
        &[
            "typ het wachtwoord uit de sms over in het inlogscherm",
            "als je je pincode wilt wijzigen, kan dat in de app",
        ],
    );
}

#[test]
fn insults_in_new_words_and_rough_words_about_a_thing() {
    always_heard(&[
        (
            Lang::En,
            "stop screaming at me like a lunatic, it won't help",
            "insult",
        ),
        (Lang::Nl, "hoe dom ben je eigenlijk?", "insult"),
        (
            Lang::Nl,
            "zo'n slome als u heb ik nog nooit aan de lijn gehad",
            "insult",
        ),
        (
            Lang::Nl,
            "bent u nou echt te dom om een formulier in te vullen?",
            "insult",
        ),
    ]);
    never_heard(
        &[
            (
                Lang::En,
                "honestly this router is a piece of junk, it's not your fault",
            ),
            (Lang::Nl, "die debiele foutmelding snap ik zelf ook niet"),
        ],
        "insult",
    );
}

/// Henk has been sent from pillar to post: sympathy that names his wish to be put through,
/// or that he landed at the wrong place again, is about him.
#[test]
fn empathy_that_names_the_callers_runaround_is_not_stock() {
    let en = "Good morning, Rijksleerhuis, you're speaking with Sam.
I can hear you're fed up. What's happened?
/lookup
That must be maddening, ending up at the wrong place after all that.
Which municipality sent the assessment?
We're the government's training institute, so I can't change it, but Team Belastingen in Lindenburg can: 0488 41 27 50, weekdays half past eight to half past twelve.
I understand you'd rather I just put you through, but I can't connect outside calls from here.
/refer
Is there anything else I can help with?
/end";
    let r = play("wrong-number", "en", 1, en);
    assert!(!fired(&r, "D-SCRIPTED-EMPATHY"), "{:?}", rules(&r));
    assert!(times_fired(&r, "D-STOCK-EMPATHY") <= 1, "{:?}", rules(&r));
    let nl = "Goedemorgen, Rijksleerhuis, met Joost.
Ik hoor het, u bent er klaar mee. Wat is er gebeurd?
/lookup
Wat vervelend, en dan komt u hier ook nog bij de verkeerde uit.
Welke gemeente heeft u de aanslag gestuurd?
Wij zijn het opleidingsinstituut van het Rijk, dus ik kan er niets aan veranderen, maar Team Belastingen van Lindenburg wel: 0488 41 27 50, doordeweeks van half negen tot half een.
Ik snap dat u liever doorverbonden wordt, maar dat kan ik vanaf hier niet.
/refer
Kan ik u verder nog ergens mee helpen?
/end";
    let r = play("wrong-number", "nl", 1, nl);
    assert!(!fired(&r, "D-SCRIPTED-EMPATHY"), "{:?}", rules(&r));
}
