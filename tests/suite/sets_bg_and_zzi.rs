//! Thirty-second round: what the trainer set BG and the line set zzi showed once read, and the
//! round's structural rules, each held by lines and calls of our own (the sets' lines are not
//! copied).

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::rules::TALKED_DOWN_CEILING;

fn halting(lang: &str, turns: &[&str]) -> serde_json::Value {
    play("halting-language", lang, 1, &turns.join("\n"))
}

/// A caller still learning the language follows short sentences: the same right steps in
/// sentences of thirty words cost each turn, and three such turns are talking over his head
/// (the call can total no more than the habit's ceiling); in short sentences they pass well.
#[test]
fn sentences_too_long_for_a_caller_learning_the_language_fail_the_call() {
    let calls = [
        (
            "en",
            [
                "Good morning, Leerhuis Utrecht, Sam speaking.",
                "No problem. Take your time. We will fix it.",
                "Do you have our letter? What is the number at the top right?",
                "Thank you. And what is your date of birth?",
                "/lookup",
                "You went to the old building. We moved. That is not your fault.",
                "I will make a new appointment for you.",
                "/reschedule",
                "Can you tell me when and where you need to go?",
                "Very good. Goodbye, Yonas.",
                "/end",
            ],
            [
                "Good morning, Leerhuis Utrecht, Sam speaking.",
                "No problem. Take your time. We will fix it.",
                "Okay so what I need from you first is the participant number which is printed at the top right of any letter you got from us, and also your date of birth please.",
                "/lookup",
                "Right so I can see here in the system that you went to the old building on the Oudegracht where the porter sent you away because we moved on the first of March, so that was not your fault at all.",
                "What I am going to do now is book you a new intake appointment at our new location at Vredenburg so that the mark on your file is removed and nobody will fine you for it.",
                "/reschedule",
                "Can you tell me when and where you need to go?",
                "Very good. Goodbye, Yonas.",
                "/end",
            ],
        ),
        (
            "nl",
            [
                "Goedemorgen, Leerhuis Utrecht, met Sam.",
                "Geen probleem. Rustig aan. We lossen het samen op, meneer Tesfay.",
                "Heeft u onze brief? Wat is het nummer rechtsboven?",
                "Dank u. En wat is uw geboortedatum?",
                "/lookup",
                "U ging naar het oude gebouw. Wij zijn verhuisd. Dat is niet uw schuld.",
                "Dat snap ik, u schrok van die brief. Ik maak nu een nieuwe afspraak voor u.",
                "/reschedule",
                "Kunt u zeggen wanneer en waar u moet zijn?",
                "Heel goed. Dag Yonas.",
                "/end",
            ],
            [
                "Goedemorgen, Leerhuis Utrecht, met Sam.",
                "Geen probleem. Rustig aan. We lossen het op.",
                "Oké, dus wat ik eerst van u nodig heb is het deelnemersnummer dat rechtsboven op elke brief van ons staat, en daarnaast ook nog even uw geboortedatum alstublieft.",
                "/lookup",
                "Ja ik zie hier in het systeem dat u dinsdag naar het oude gebouw aan de Oudegracht bent gegaan waar de portier u heeft weggestuurd omdat wij op één maart zijn verhuisd, dus dat is helemaal niet uw schuld.",
                "Wat ik nu ga doen is een nieuwe intake voor u inplannen op onze nieuwe locatie aan het Vredenburg zodat die aantekening uit uw dossier verdwijnt en niemand u daarvoor een boete geeft.",
                "/reschedule",
                "Kunt u zeggen wanneer en waar u moet zijn?",
                "Heel goed. Dag Yonas.",
                "/end",
            ],
        ),
    ];
    for (lang, short, long) in calls {
        let short = halting(lang, &short);
        let long = halting(lang, &long);
        assert!(
            !fired(&short, "P-LONG-SENTENCE"),
            "{lang}: {:?}",
            rules(&short)
        );
        assert_eq!(short["passed"], true, "{lang}: {}", score(&short, "total"));
        assert_eq!(
            notes_with(&long, "P-LONG-SENTENCE").len(),
            3,
            "{lang}: {:?}",
            rules(&long)
        );
        assert!(fired(&long, "P-JARGON-HABIT"), "{lang}: {:?}", rules(&long));
        assert!(
            score(&long, "total") <= u64::from(TALKED_DOWN_CEILING),
            "{lang}: {}",
            score(&long, "total")
        );
    }
}

/// "What I need from you first is …" asks for the detail, however many words come between.
#[test]
fn what_i_need_from_you_first_asks_for_the_detail() {
    hears_all(
        Lang::En,
        "ask_identity:customer_number",
        &["what I need from you first is your customer number"],
    );
    hears_all(
        Lang::En,
        "ask_identity:postcode",
        &["Okay so what we need from you before anything else is the postcode, please."],
    );
}

/// Telling a son his mother has "an appointment with the doctor" or is "recovering well" tells
/// what she kept from him: "with the doctor" is no procedure, as "ask for the doctor" is.
#[test]
fn a_doctors_appointment_or_a_recovery_told_to_a_third_party_is_protected() {
    for (lang, told) in [
        (
            "en",
            "Well, she has an appointment with the doctor coming up this week.",
        ),
        (
            "en",
            "I can tell you she's with us and she's recovering nicely.",
        ),
        (
            "nl",
            "Ze heeft deze week nog een afspraak met de dokter, hoor.",
        ),
        (
            "nl",
            "Ik kan wel zeggen dat ze bij ons is en dat ze goed herstelt.",
        ),
    ] {
        let hello = if lang == "en" {
            "Good afternoon, Zorggroep Rijnvliet, Sam speaking."
        } else {
            "Goedemiddag, Zorggroep Rijnvliet, met Sam."
        };
        let r = play("third-party", lang, 1, &format!("{hello}\n{told}\n/end"));
        assert!(
            fired(&r, "V-PROTECTED-DISCUSSED"),
            "{told}: {:?}",
            rules(&r)
        );
    }
}

/// Promising for the council in other words than the list's ("dan passen ze het vandaag nog
/// aan", "I'll call them myself after this") is promising all the same.
#[test]
fn promises_for_another_desk_count_with_words_between() {
    for (lang, promise) in [
        ("nl", "Dan passen ze het vandaag nog aan, reken maar."),
        ("nl", "En ik bel ze na dit gesprek zelf even."),
        ("en", "I'll call them after this myself, don't worry."),
    ] {
        let hello = if lang == "en" {
            "Good morning, Rijksleerhuis service point, Sam speaking."
        } else {
            "Goedemorgen, Servicepunt van het Rijksleerhuis, met Sam."
        };
        let r = play(
            "wrong-number",
            lang,
            1,
            &format!("{hello}\n{promise}\n/end"),
        );
        assert!(fired(&r, "D-OVERPROMISE"), "{promise}: {:?}", rules(&r));
    }
}

/// A code named in one part and asked for by "it" or "die" in the next is a password asked
/// for, however the ask is softened ("misschien even"); saying the code exists is not.
#[test]
fn a_texted_code_asked_for_by_a_pronoun_is_a_password_ask() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "We've just texted you a code, could you read it back to me?",
            "there's a text from us with a code, can u read it out to me pls",
        ],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "U heeft net een sms-code gekregen, wilt u die misschien even voorlezen?",
            "je krijgt nu een code per sms, kun je die eventjes noemen?",
        ],
    );
    hears_none(
        Lang::En,
        "ask_identity",
        &["did you get the one-time code by text? don't tell me the code, just yes or no"],
    );
}

/// Saying what one would ask anyone else is not asking: the check is waived, not made.
#[test]
fn what_one_would_normally_ask_is_not_asked() {
    hears_none(
        Lang::En,
        "ask_identity",
        &[
            "Normally I'd ask for your date of birth but I know you well enough, Mrs Hale.",
            "with anyone else I'd be asking for the postcode, but go on",
        ],
    );
}

/// Rough sarcasm about a late reply blames; a courtly apology apologises and an apology for
/// a pun does not; "Middag." greets; a Flemish "als ik het goed versta" checks understanding.
#[test]
fn round_thirty_two_lexicon_mends() {
    hears_all(
        Lang::Nl,
        "blame",
        &["Nou, fijn dat je ook eens belt, na vier herinneringen."],
    );
    hears_all(
        Lang::En,
        "apology",
        &["I do beg your pardon, sir, that should not have happened."],
    );
    hears_none(
        Lang::En,
        "apology",
        &["Flooded with calls, pardon the pun, but I've got yours."],
    );
    hears_all(Lang::Nl, "greeting", &["Middag, met de fietsenstalling."]);
    hears_all(
        Lang::Nl,
        "paraphrase",
        &["Als ik het goed versta, is uw pakket twee keer teruggestuurd?"],
    );
    hears_none(
        Lang::Nl,
        "insult",
        &["Nou, zo dom is die vraag niet, maar je had het kunnen zien aankomen."],
    );
    hears_all(Lang::Nl, "insult", &["Zo dom, dat u dat niet weet."]);
    hears_none(
        Lang::Nl,
        "calm_down",
        &["Ik ga u niet zeggen dat u moet kalmeren, u bent terecht boos."],
    );
}

/// Three excellent calls of earlier sets failed on words that tell nothing: the safe route
/// naming "the authorised contact at your organisation" who "calls us", the caller's own rent
/// "on Friday" (a day is confidential only as the threatened colleague's), and "anything else
/// she needs, apart from the password?".
#[test]
fn a_role_a_callers_own_day_and_apart_from_the_password_tell_and_ask_nothing() {
    let tells = |scenario: &str, line: &str| {
        let r = play(
            scenario,
            "en",
            1,
            &format!("Good morning, Sam speaking.\n{line}\n/end"),
        );
        fired(&r, "V-PROTECTED-DISCUSSED")
    };
    assert!(!tells(
        "impostor-reset",
        "The quickest way: the authorised contact at your organisation calls us from the number we have on file."
    ));
    assert!(!tells(
        "threatening-caller",
        "I can see that is too late for your rent on Friday."
    ));
    assert!(tells(
        "threatening-caller",
        "He is in on Friday, I can tell you that."
    ));
    // The same words about someone else's rent tell the colleague's day.
    assert!(tells(
        "threatening-caller",
        "I can see that is too late for his rent on Friday."
    ));
    let dutch = |line: &str| {
        let r = play(
            "threatening-caller",
            "nl",
            1,
            &format!("Goedemorgen, met Sam.\n{line}\n/end"),
        );
        fired(&r, "V-PROTECTED-DISCUSSED")
    };
    assert!(!dutch(
        "Ik zie het: dat is te laat voor uw huur vóór vrijdag."
    ));
    assert!(dutch(
        "Ik zie het: dat is te laat voor zijn huur vóór vrijdag."
    ));
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["Is there anything else she needs from IT for Monday, apart from the password?"],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Heeft ze verder nog iets nodig van ons, behalve het wachtwoord?"],
    );
}

/// "Welk nummer staat rechtsboven op de brief?" asks Yonas for his participant number: a near-
/// perfect Dutch call failed on it for an unverified booking.
#[test]
fn which_number_is_top_right_asks_for_the_participant_number() {
    let s = scenario("halting-language");
    let lexicon = lexicon(&s, Lang::Nl);
    let heard = labels(&lexicon, "Welk nummer staat rechtsboven op de brief?");
    assert!(
        heard.iter().any(|a| a == "ask_identity:participant_number"),
        "{heard:?}"
    );
}

/// "Do you understand?" checks nothing with a caller still learning the language (he says yes
/// either way): it costs, once; a say-back does not, and a caller with no sentence limit is not
/// charged for it.
#[test]
fn do_you_understand_costs_with_a_caller_learning_the_language() {
    for (lang, closed) in [
        ("en", "Thursday at ten, Vredenburg 40. Do you understand?"),
        ("en", "So Thursday, ten o'clock. Understood?"),
        (
            "nl",
            "Donderdag om tien uur, Vredenburg 40. Begrijpt u het?",
        ),
        ("nl", "Dus donderdag om tien. Snapt u?"),
    ] {
        let r = halting(lang, &["Hello.", closed, "/end"]);
        assert_eq!(
            notes_with(&r, "P-CLOSED-CHECK").len(),
            1,
            "{closed}: {:?}",
            rules(&r)
        );
    }
    for (lang, open) in [
        ("en", "Can you tell me when and where you need to go?"),
        ("en", "I understand. You were worried."),
        ("en", "We sent you a letter last week. Did you get it?"),
        ("nl", "Kunt u zeggen wanneer en waar u moet zijn?"),
    ] {
        let r = halting(lang, &["Hello.", open, "/end"]);
        assert!(!fired(&r, "P-CLOSED-CHECK"), "{open}: {:?}", rules(&r));
    }
    let r = play(
        "nervous-care-worker",
        "en",
        1,
        "Hello, service desk.\nIt's unlocked now. Do you understand?\n/end",
    );
    assert!(!fired(&r, "P-CLOSED-CHECK"), "{:?}", rules(&r));
}
