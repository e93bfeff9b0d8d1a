//! Fifteenth round: the password (PIN, one-time code) asked in the shape of a request rather
//! than a set phrase, and the look-alikes that mention one without asking for it: a status
//! question, a leak to someone else, the system sending one, a past event. A false password ask
//! fails a good trainee; a missed one passes a bad one.

use crate::util::*;
use deskdrill::lang::Lang;

const PASSWORD: &str = "ask_identity:password";

/// A verb of telling, then at most three words with "your" or "the" and at most two words before
/// the secret, asks for it. In English only with the agent right after the verb ("tell me", "read
/// me"): "tell" alone heard a false password ask on a kept-back set (docs/understanding.md,
/// fifteenth round).
#[test]
fn a_secret_the_caller_is_told_to_hand_over_is_asked() {
    hears_all(
        Lang::En,
        PASSWORD,
        &[
            "ok just tell me the old password you tried",
            "could you read me the temporary password we texted?",
            // "Not … all day" is an idiom, no negation of the ask.
            "Come on, I haven't got all day, give me the PIN.",
        ],
    );
    hears_none(
        Lang::En,
        PASSWORD,
        &["Could you tell the courier your old passcode is no longer valid?"],
    );
    hears_all(
        Lang::Nl,
        PASSWORD,
        &[
            "geef me je oude wachtwoord even, dan kijk ik mee",
            "Wilt u mij de inlogcode uit de sms voorlezen?",
            "zeg maar je pincode, dan zet ik het goed",
            // The agent named as who gets it lets the verb come after the secret.
            "Wilt u uw verificatiecode aan mij doorgeven?",
            // "Otherwise … not" negates nothing the request asks.
            "U moet ons uw pincode even zeggen, anders gaat het niet.",
            "Noem mij uw inlogcode, anders kan ik u niet verder helpen.",
        ],
    );
    hears_none(
        Lang::Nl,
        PASSWORD,
        &[
            "Uw pincode hoeft u mij niet te zeggen.",
            "Ik kan u uw pincode niet zeggen, anders is het niet veilig.",
        ],
    );
}

/// Mentioning the secret is not asking for it: a reset, a status question, a leak to someone
/// else, what the system sends, what was said before, a telling verb with a subject.
#[test]
fn a_secret_mentioned_but_not_handed_over_is_no_ask() {
    hears_none(
        Lang::En,
        PASSWORD,
        &[
            "Please reset your password with the link in the email.",
            "Can you tell me whether your password has expired?",
            "Could you tell me when you last changed your PIN?",
            "Did you tell him your password?",
            "Did you give them your PIN code?",
            "Why would you tell a stranger your password?",
            "Did you say your password was the same as last year?",
            "You're telling me you gave your PIN to the caller?",
            "Please read the password reset email we sent.",
            "Has your PIN stopped working, do you think?",
            "Whoever told you we need your passcode was a scammer.",
            "We'll send you a new temporary password by text.",
            "Never tell anyone your password, not even me.",
        ],
    );
    hears_none(
        Lang::Nl,
        PASSWORD,
        &[
            "Reset uw wachtwoord via de link in de mail.",
            "Heeft u hem uw pincode gegeven?",
            "Waarom zou u een vreemde uw wachtwoord geven?",
            "Ik reset nu je wachtwoord en stuur je een tijdelijk wachtwoord per sms.",
            "Ik stuur u een nieuw wachtwoord per sms.",
            "Geef nooit uw pincode aan iemand, ook niet aan mij.",
        ],
    );
}

/// The wider request shape also asks for the other facts after "your" and a word or two, and
/// still not for a fact sent along a channel.
#[test]
fn other_facts_after_your_and_a_word_are_asked_but_not_a_channel() {
    hears_all(
        Lang::En,
        "ask_identity:phone_number",
        &["Can I get your work mobile number so the engineer can ring you?"],
    );
    hears_none(
        Lang::En,
        "ask_identity:phone_number",
        &["Please enter the code we sent to your registered mobile number."],
    );
}
