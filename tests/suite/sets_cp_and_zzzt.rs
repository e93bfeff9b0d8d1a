//! What the forty-eighth round's sets taught: "I can neither confirm nor deny" refuses, a
//! short question the agent answers with "no" denies it, a code typed into an app is no
//! password ask, a name opens a list of facts, lectures come in more words, and in
//! `third-party` naming the sister as the contact person is a slip. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// Neither confirming nor denying where someone is, or giving details only to the person
/// they belong to, says no to the caller.
#[test]
fn neither_confirming_nor_denying_refuses() {
    hears_all(
        Lang::En,
        "refusal",
        &[
            "I'm afraid I can neither confirm nor deny that he is a patient here.",
            "I can't confirm or deny anything about where your father is.",
            "We can only share that with the policyholder herself.",
        ],
    );
    hears_all(
        Lang::Nl,
        "refusal",
        &[
            "Of hij hier ligt, kan ik niet bevestigen of ontkennen.",
            "Die gegevens mag ik alleen aan de cliënt zelf geven.",
        ],
    );
    // Admitting something is still no refusal.
    assert!(!hears(
        Lang::Nl,
        "Dat het lang duurde, kan ik niet ontkennen.",
        "refusal"
    ));
}

/// "Your fault? No." and "Calm down? Nah." deny the short question they answer; "Anything
/// else? No?" asks again and takes nothing back.
#[test]
fn a_short_question_answered_no_is_denied() {
    hears_each(
        Lang::En,
        &["Your fault? No. The form was the problem, not you."],
        &["reassurance"],
        &["blame"],
    );
    assert!(!hears(
        Lang::En,
        "Calm down? Nah, I'd be livid too after three hours on hold.",
        "calm_down"
    ));
    assert!(hears(
        Lang::En,
        "Thanks for waiting. Anything else I can help with? No? Have a good evening.",
        "closing"
    ));
}

/// A code the caller types into an app or a card reader is not told to the agent; asking which
/// password is meant asks for none. Asking for the code itself still is a critical ask.
#[test]
fn a_code_typed_into_an_app_is_no_password_ask() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "Type the six-digit code from the text message into the banking app.",
            "Which PIN is it, the one for the card or the one for the app?",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Vul de code uit de sms maar in op het inlogscherm van de app."],
    );
    assert!(hears(
        Lang::En,
        "Could you read me the code we just texted you?",
        "ask_identity:password"
    ));
    assert!(hears(
        Lang::Nl,
        "Welke pincode gebruikt u voor de kaartlezer?",
        "ask_identity:password"
    ));
}

/// "Name and date of birth, please" asks for the name too; "And you are?" and "met wie ik
/// spreek" ask who is calling. "Name's Jo" introduces the agent and asks nothing.
#[test]
fn a_name_opens_a_list_of_facts() {
    for (lang, line, fact) in [
        (
            Lang::En,
            "Name and date of birth, please.",
            "ask_identity:full_name",
        ),
        (Lang::En, "And you are?", "ask_identity:full_name"),
        (
            Lang::Nl,
            "Mag ik eerst vragen met wie ik spreek?",
            "ask_identity:full_name",
        ),
        (
            Lang::Nl,
            "Dan wil ik eerst het klantnummer van de zaak.",
            "ask_identity:customer_number",
        ),
    ] {
        assert!(hears(lang, line, fact), "{line}: {:?}", heard(lang, line));
    }
    assert!(!hears(
        Lang::En,
        "Name's Jo, how can I help?",
        "ask_identity:full_name"
    ));
}

/// Belittling in more words: "it is what it is", "I don't see why you're so upset", "dat
/// gebeurt nou eenmaal".
#[test]
fn belittling_in_more_words() {
    hears_all(
        Lang::En,
        "dismissive",
        &[
            "Well, it is what it is.",
            "I honestly don't see why you're so worked up about it.",
            "There are people who have it far worse than you.",
        ],
    );
    hears_all(
        Lang::Nl,
        "dismissive",
        &[
            "Tja, dat gebeurt nou eenmaal.",
            "Ik snap eigenlijk niet waarom u zo boos bent.",
        ],
    );
    assert!(!hears(
        Lang::Nl,
        "Ik snap eigenlijk niet waarom u zo boos bent.",
        "empathy"
    ));
}

/// A care worker told, turn after turn, what she should have done, fails however correct the
/// reset: the lectures are a habit.
#[test]
fn lecturing_the_care_worker_turn_after_turn_fails() {
    let script = "Good morning, IT service desk.\n\
        Your employee number, please?\n\
        And your date of birth?\n\
        /lookup\n\
        Honestly, this could have been avoided if you'd changed it when it warned you.\n\
        And please don't keep trying over and over, once is enough.\n\
        /reset\n\
        A text with a temporary password is on its way.\n\
        And this time, put a reminder in your diary before it expires.\n\
        /end\n";
    let result = play("nervous-care-worker", "en", 1, script);
    assert!(
        notes_with(&result, "D-LECTURE").len() >= 3,
        "{:?}",
        rules(&result)
    );
    assert!(result["passed"] == false, "{result}");
}

/// `third-party`: pointing the son to his sister by name as the registered contact is the one
/// slip of an otherwise right call; refusing with "ik kan niets bevestigen of ontkennen" is a
/// refusal, and the call ends as one.
#[test]
fn naming_the_sister_is_a_slip_and_neither_confirming_refuses() {
    let script = "Good afternoon, client service, Robin speaking.\n\
        That sounds really worrying. May I have your name and your mother's name?\n\
        /lookup Vermeulen\n\
        I'm sorry, I can only share information about a client with the client herself or her registered contact, so I can't confirm or deny where she is.\n\
        What I can do is pass a message to her care team today, so she can decide herself whether to call you.\n\
        /message\n\
        You could also ask your sister Ellen, she is down as the contact person.\n\
        Is there anything else I can do for you? Take care, goodbye.\n\
        /end\n";
    let result = play("third-party", "en", 1, script);
    assert!(fired(&result, "P-KNOWN-SLIP"), "{:?}", rules(&result));
    assert!(result["score"]["total"].as_u64().unwrap() <= 82, "{result}");
    let dutch = "Goedemiddag, cliëntenservice, met Robin.\n\
        Wat vervelend. Mag ik uw naam en de naam van uw moeder?\n\
        /lookup Vermeulen\n\
        Informatie over een cliënt mag ik alleen aan de cliënt zelf geven, dus ik kan niets bevestigen of ontkennen.\n\
        Wat ik wel kan doen: een bericht via haar zorgteam laten doorgeven, vandaag nog.\n\
        /bericht\n\
        Kan ik verder nog iets voor u doen? Sterkte, dag.\n\
        /end\n";
    let result = play("third-party", "nl", 1, dutch);
    assert_eq!(result["outcome"], "refused", "{:?}", rules(&result));
    assert!(!fired(&result, "P-KNOWN-SLIP"), "{:?}", rules(&result));
}
