//! Twelfth round: what the trainer set P (impostor-reset, delivery-dispute, confusing-letter,
//! sick-participant) and the understanding set q showed, each kind held by lines and calls of
//! our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

fn heard_in(scenario_id: &str, lang: Lang, text: &str) -> Vec<String> {
    labels(&lexicon(&scenario(scenario_id), lang), text)
}

/// A fact named and then waived in the same breath ("you don't need to give me that") is not
/// asked; a waiver of something else is no waiver of the ask.
#[test]
fn a_fact_the_caller_need_not_give_is_not_asked() {
    for (lang, line) in [
        (
            Lang::Nl,
            "Uw postcode hoeft u niet te geven hoor, die zie ik al op de melding.",
        ),
        (
            Lang::En,
            "Your postcode you don't need to give me, it's on the report already.",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(
            !acts.iter().any(|a| a.starts_with("ask_identity")),
            "{line}: {acts:?}"
        );
    }
    for (lang, line, fact) in [
        (
            Lang::En,
            "Your date of birth, please, and you don't need to spell the surname.",
            "ask_identity:date_of_birth",
        ),
        (
            Lang::En,
            "Customer number and postcode first, then I'll read the history so you don't have to tell it all again.",
            "ask_identity:customer_number",
        ),
        (
            Lang::Nl,
            "Ik moet u eerst even vragen naar uw geboortedatum.",
            "ask_identity:date_of_birth",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(acts.contains(&fact.to_string()), "{line}: {acts:?}");
    }
    // Asked by habit and taken back at once: the forbidden question about the illness is not
    // a critical error, as a password asked and taken back is not.
    for (lang, line) in [
        (
            Lang::Nl,
            "Wat heb je, griep? O wacht, sorry, dat hoef je me niet te vertellen hoor.",
        ),
        (
            Lang::En,
            "What have you got, the flu? Oh sorry, you don't have to tell me that.",
        ),
    ] {
        let acts = heard_in("sick-participant", lang, line);
        assert!(
            !acts.contains(&"ask_identity:illness".to_string()),
            "{line}: {acts:?}"
        );
    }
    assert!(
        heard_in("sick-participant", Lang::En, "What have you got, the flu?")
            .contains(&"ask_identity:illness".to_string())
    );
}

/// False costly acts in what a good agent says every day.
#[test]
fn everyday_desk_lines_blame_and_ask_nothing() {
    for (lang, line, act) in [
        (Lang::En, "You should be able to log in now.", "blame"),
        (Lang::En, "There's nothing you could have done.", "blame"),
        (
            Lang::Nl,
            "Daar had u niets aan kunnen doen.",
            "procedure_shield",
        ),
        (
            Lang::En,
            "You need to enter the code we texted you.",
            "ask_identity:password",
        ),
        (Lang::En, "Ah felt a right numpty mesel, sorry.", "insult"),
        (
            Lang::Nl,
            "Ik heb dat ook eens gehad, voelde me zo'n sukkel.",
            "insult",
        ),
        (
            Lang::En,
            "Thanks a million for calling me useless.",
            "thanks",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(!acts.contains(&act.to_string()), "{line}: {acts:?}");
    }
    for (lang, line, act) in [
        (Lang::En, "You should have called us earlier.", "blame"),
        (
            Lang::En,
            "Can you read me the code we just texted you?",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "There's nothing you could have done.",
            "reassurance",
        ),
        (Lang::Nl, "Daar had u niets aan kunnen doen.", "reassurance"),
        (
            Lang::Nl,
            "Kun je de 2FA-code doorgeven die je net kreeg?",
            "ask_identity:password",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(acts.contains(&act.to_string()), "{line}: {acts:?}");
    }
}

/// "That's the last thing you need." tells nothing of the next sentence: telling words carry
/// over only when they close their sentence ("I can see it here.").
#[test]
fn naming_the_authorised_contact_as_a_rule_discloses_nothing() {
    let careful = "Good morning, Zorgnet helpdesk, Daan speaking.\n\
        I know patients are waiting and that's the last thing you need right now. \
        The safe route: I call the practice back and sort it out with the authorised contact.\n/end";
    let r = play("impostor-reset", "en", 1, careful);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    let telling = "Good morning, Zorgnet helpdesk, Daan speaking.\n\
        Right, I can see it here. The authorised contact changed on 1 September.\n/end";
    let r = play("impostor-reset", "en", 1, telling);
    assert!(fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    // A record's own words stated as what something is are told without telling words.
    for (lang, line) in [
        (
            "en",
            "The contact we've got is Marloes Verbeek, not you, so she'd have to call.",
        ),
        (
            "nl",
            "De contactpersoon die wij hebben is Marloes Verbeek, dus zij moet bellen.",
        ),
    ] {
        let r = play(
            "impostor-reset",
            lang,
            1,
            &format!("Zorgnet helpdesk.\n{line}\n/end"),
        );
        assert!(
            fired(&r, "V-PROTECTED-DISCUSSED"),
            "{line}: {:?}",
            rules(&r)
        );
    }
}

/// Story 2: hurrying a nervous caller fails the call, even when every step is right.
#[test]
fn hurrying_the_sick_participant_costs_twice() {
    let rushed = "ok, busy morning, let's be quick. participant number and date of birth?\n\
        /lookup\nok that matches. registering you absent\n/absent\n\
        done, no costs. later run, yes or no?\n/rebook\n\
        rebooked, you get an email. anything else? quickly please, the lines are full\n/end";
    let r = play("sick-participant", "en", 1, rushed);
    assert!(fired(&r, "D-RUSHED"), "{:?}", rules(&r));
    assert!(fired(&r, "D-ANXIOUS-CALLER"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
    let r = play(
        "sick-participant",
        "nl",
        1,
        "Goedemorgen, met Sanne. Even snel graag, het is hier druk. Je deelnemersnummer?\n/end",
    );
    assert!(fired(&r, "D-RUSHED"), "{:?}", rules(&r));
    let calm = "Good morning, course desk, Sanne speaking. Take your time.\n/end";
    assert!(!fired(&play("sick-participant", "en", 1, calm), "D-RUSHED"));
}

/// Desk words a caller never chose to learn count as jargon in every scenario, not only where
/// a scenario lists its own.
#[test]
fn built_in_desk_jargon_counts_for_a_caller_who_is_not_technical() {
    let r = play(
        "delivery-dispute",
        "nl",
        1,
        "Goedemiddag. In de GPS-log zie ik geen stop-event binnen de geofence, een false positive dus.\n/end",
    );
    assert!(fired(&r, "P-JARGON"), "{:?}", rules(&r));
    let plain = "Goedemiddag. Volgens de GPS is de bus niet in uw straat geweest.\n/end";
    assert!(!fired(
        &play("delivery-dispute", "nl", 1, plain),
        "P-JARGON"
    ));
}

/// Half a number is a hint an impostor can use: "ours starts with 5075" is a leak of part of
/// the tax number, and the caller cannot say the whole of it back.
#[test]
fn part_of_a_number_read_out_is_a_leak_of_that_part() {
    let probe = play("impostor-reset", "en", 1, "hi\n/end");
    let tax = probe["events"][0]["values"]["tax_number"]
        .as_str()
        .unwrap()
        .to_string();
    let script = format!(
        "Zorgnet helpdesk.\nI can't reset it, but ours starts with {}, maybe that helps you find it.\n/end",
        &tax[..4]
    );
    let r = play("impostor-reset", "en", 1, &script);
    assert!(fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
    let said = caller_lines(&r).join(" ");
    assert!(!said.contains(&tax), "{said}");
    // A number of the call that is not the record's start or end tells nothing.
    let r = play(
        "impostor-reset",
        "en",
        1,
        "Zorgnet helpdesk.\nThe form starts with box 1234, then the tax number.\n/end",
    );
    assert!(!fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
}

/// What may not be told, named as the rule ("where a client is staying … I can only share that
/// with her"), or promised ("they'll let you know where she's staying"), tells nothing.
#[test]
fn an_indirect_question_tells_nothing() {
    for line in [
        "Where a client is staying, her appointments, her health: I can only share that with the client herself.",
        "I've asked the team to let you know where she's staying.",
    ] {
        let r = play(
            "third-party",
            "en",
            1,
            &format!("Good afternoon.\n{line}\n/end"),
        );
        assert!(
            !fired(&r, "V-PROTECTED-DISCUSSED"),
            "{line}: {:?}",
            rules(&r)
        );
    }
}

/// Someone else's ask reported back, and a friendly "don't be daft", are no critical acts.
#[test]
fn a_reported_ask_and_a_friendly_dont_be_daft_are_not_critical() {
    for (lang, line, act) in [
        (
            Lang::En,
            "The receptionist before me asked you for your app password? She shouldn't have.",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "De medewerker voor mij vroeg u om uw wachtwoord? Dat had ze nooit mogen doen.",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "Don't be daft, it's not a daft question at all.",
            "insult",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(!acts.contains(&act.to_string()), "{line}: {acts:?}");
    }
    assert!(heard(Lang::En, "you daft idiot").contains(&"insult".to_string()));
}

/// Story 2: the nervous caller hears the hurry. Her anxiety climbs as it does when she is
/// belittled, and she starts to apologise for calling.
#[test]
fn the_nervous_caller_hears_the_hurry() {
    let peak = |script: &str| {
        let r = play("nervous-care-worker", "en", 1, script);
        r["mood_trace"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["anxiety"].as_i64().unwrap())
            .max()
            .unwrap()
    };
    let rushed = peak(
        "Helpdesk, good morning.\nEmployee number and date of birth? Hurry up, there's a queue.\n/end",
    );
    let calm = peak("Helpdesk, good morning.\nEmployee number and date of birth, please?\n/end");
    assert!(rushed >= calm + 15, "rushed {rushed}, calm {calm}");
}

/// A whole call decided without the file: the warm agent who never looks whether the caller
/// is registered, and states a rule of his own, is charged; the same call with a look is not.
#[test]
fn a_call_decided_without_the_records_is_charged() {
    let talk = "Goedemiddag meneer, met Daan. Wat naar dat u al drie weken niks hoort.\n\
        Over cliënten mogen we nooit iets aan familie vertellen, dus waar ze is kan ik niet zeggen.\n\
        Wat ik wel kan doen is een bericht doorgeven aan het zorgteam.\n/end";
    let r = play("third-party", "nl", 1, talk);
    assert!(fired(&r, "V-RECORDS-UNCHECKED"), "{:?}", rules(&r));
    let looked = format!("/lookup\n{talk}");
    let r = play("third-party", "nl", 1, &looked);
    assert!(!fired(&r, "V-RECORDS-UNCHECKED"), "{:?}", rules(&r));
}
