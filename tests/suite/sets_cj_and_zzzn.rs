//! What the forty-fifth round's sets taught: a recommended step may have alternatives (the
//! consultant ringing back is as good as the visit booked), an ask that points back at a
//! reference the line named ("… it says 'Ons kenmerk'. Could you read me what comes after
//! it?"), a list of facts beside an item that is no fact, one desk word holding a call at 82,
//! lectures a trainer hears, and lines heard wrongly before. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::scenario;
use serde_json::{Value, json};

const LETTER_CALL: &str = "\
Good afternoon, municipality of Lindenburg, this is Noor. How can I help you?
Thank you for calling about it, letters like that can be confusing. We'll go through it together.
Before I open your file I'd like to make sure I'm talking to the right person. At the top of the letter it says 'Ons kenmerk'. Could you read me what comes after it?
Thank you. And your date of birth, please?
/lookup
Thank you, that matches, Mrs van Dalen.
First the most important thing: your help at home carries on as it is now. Nothing stops.
Every five years someone from the municipality comes to talk with you about the help you need. That's all the letter is about.
Have I explained that clearly? Is there anything you'd like me to say again?
Shall I ask the consultant to ring you within two working days to plan the visit?
/callback
So, to sum up: your help carries on, and the consultant will ring you to plan a visit at home.
Is there anything else I can help you with? Goodbye, Mrs van Dalen.
/end
";

/// Having the consultant ring back is as good a next step as the visit booked: the call that
/// does it is not told it skipped the visit, and passes well.
#[test]
fn a_callback_is_as_good_as_the_visit_in_the_letter_call() {
    let result = play("confusing-letter", "en", 1, LETTER_CALL);
    assert!(
        !fired(&result, "R-RECOMMENDED-MISSED"),
        "{:?}",
        rules(&result)
    );
    assert!(fired(&result, "R-RECOMMENDED-DONE"), "{:?}", rules(&result));
    assert!(
        !fired(&result, "V-UNVERIFIED-ACTION"),
        "{:?}",
        rules(&result)
    );
    assert!(result["score"]["total"].as_u64().unwrap() >= 85, "{result}");
}

/// A recommended step may name alternatives, each an action of the scenario: an unknown one is
/// refused at its place; a call that takes none is told both.
#[test]
fn recommended_alternatives_are_checked_and_named_in_the_debrief() {
    let skeleton = |recommended: Value| {
        let mut v: Value =
            serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap()).unwrap();
        let mut note = v["actions"]["unlock"].clone();
        note["resolves"] = json!(false);
        note["sensitive"] = json!(false);
        note["requires"] = json!([]);
        v["actions"]["note"] = note;
        v["outcomes"]["recommended_actions"] = recommended;
        v["outcomes"]["right"] = json!(["resolved", "ended"]);
        serde_json::to_string_pretty(&v).unwrap()
    };
    let text = skeleton(json!(["note|visit"]));
    let err = scenario::load_str(&text, "s.json").unwrap_err().to_string();
    let line = text.lines().position(|l| l.contains("note|visit")).unwrap() + 1;
    assert!(err.contains(&format!("s.json:{line}:")), "{err}");
    assert!(err.contains("no action 'visit'"), "{err}");

    let s = std::sync::Arc::new(
        scenario::load_str(&skeleton(json!(["note|unlock"])), "s.json").unwrap(),
    );
    for (lang, words) in [
        (Lang::En, "did not /note or /unlock"),
        (Lang::Nl, "deed geen /note of /unlock"),
    ] {
        let lines = vec!["Good morning, this is Sam.".to_string(), "/end".to_string()];
        let r = deskdrill::selftest::play(&s, lexicon(&s, lang), lang, 1, &lines);
        let result = serde_json::to_value(&r).unwrap();
        let missed = notes_with(&result, "R-RECOMMENDED-MISSED");
        assert_eq!(missed.len(), 1, "{result}");
        let message = missed[0]["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{message}");
    }
}

/// "It says 'Ons kenmerk'. Could you read me what comes after it?" asks for the reference the
/// line named before it, in both languages; the same request with nothing named asks nothing.
#[test]
fn a_request_to_read_what_follows_a_named_reference_asks_for_it() {
    let letter = scenario("confusing-letter");
    for (lang, lines) in [
        (
            Lang::En,
            [
                "At the top of the letter it says 'Ons kenmerk'. Could you read me what's written after it?",
                "First I'd like to make sure I'm talking to the right person. At the top it says 'Ons kenmerk' — could you read me what comes after it?",
            ],
        ),
        (
            Lang::Nl,
            [
                "Bovenaan de brief staat Ons kenmerk. Kunt u voorlezen wat daarachter staat?",
                "Bovenaan staat ons kenmerk. Wat staat daarachter?",
            ],
        ),
    ] {
        let lexicon = lexicon(&letter, lang);
        for line in lines {
            let acts = labels(&lexicon, line);
            assert!(
                acts.contains(&"ask_identity:letter_reference".to_string()),
                "{line}: {acts:?}"
            );
            assert!(
                !acts.contains(&"paraphrase".to_string()),
                "{line}: {acts:?}"
            );
        }
    }
    assert!(!asks(Lang::Nl, "Wat staat er daarachter?"));
    assert!(!asks(Lang::En, "Could you read me what it says under it?"));
}

/// A list of facts asks for them beside an item that is no fact of the caller's ("room
/// number", "kamernummer"); a sentence about a number asks nothing.
#[test]
fn a_list_asks_for_its_facts_beside_an_item_that_is_no_fact() {
    hears_each(
        Lang::En,
        &["Your name and room number, please."],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Case reference and postcode."],
        &["ask_identity:postcode"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Uw naam en kamernummer graag."],
        &["ask_identity:full_name"],
        &[],
    );
    assert!(!asks(
        Lang::Nl,
        "klantnummer is het nummer op de pas, maar u hoeft die nu niet te geven"
    ));
}

/// Whether the built-in lexicon hears the line ask for any fact.
fn asks(lang: Lang, line: &str) -> bool {
    heard(lang, line)
        .iter()
        .any(|a| a.starts_with("ask_identity"))
}

/// One desk word to a caller who is not technical is the slip of a near-perfect call: it
/// holds the call at 82. Explained, it costs nothing.
#[test]
fn one_desk_word_to_a_nervous_caller_holds_the_call_at_82() {
    let call = |line: &str| {
        format!(
            "Good morning, IT service desk, this is Sam.
It's no bother at all, and it's not a silly question. We'll sort it out together.
Before I unlock anything I need to check it's you. What's your employee number?
And your date of birth?
/lookup
Thank you, that all matches, Ingrid.
{line}
I'm resetting it now; a temporary password goes by text to the mobile number we have for you.
/reset
Type the temporary password where you normally type yours, then choose a new one. Did it work, can you see your care plans?
Good. Call us any time, that's what we're here for. Have a good shift, Ingrid.
/end"
        )
    };
    let plain = play(
        "nervous-care-worker",
        "en",
        1,
        &call(
            "Your password expired two days ago, so the account locked itself. That's not your fault.",
        ),
    );
    assert!(!fired(&plain, "P-JARGON"), "{:?}", rules(&plain));
    assert!(plain["score"]["total"].as_u64().unwrap() > 82, "{plain}");
    let jargon = play(
        "nervous-care-worker",
        "en",
        1,
        &call("Your AD credentials expired, so the account locked itself. That's not your fault."),
    );
    assert!(fired(&jargon, "P-JARGON"), "{:?}", rules(&jargon));
    assert_eq!(jargon["score"]["total"], 82, "{jargon}");
    assert_eq!(jargon["passed"], true, "{jargon}");
}

/// Telling a nervous care worker or an elderly resident how she should have done it is a
/// lecture, in both languages.
#[test]
fn telling_the_caller_how_she_should_have_done_it_is_a_lecture() {
    let care = |line: &str| format!("Good morning, IT service desk, this is Sam.\n{line}\n/end");
    for line in [
        "The computer warns you, you know. You're supposed to change it when you see that message.",
        "Now listen carefully: type the temporary password in, so you don't end up here again.",
        "Well, it's not a stupid question, but it is one we get a lot.",
    ] {
        let result = play("nervous-care-worker", "en", 1, &care(line));
        assert!(fired(&result, "D-LECTURE"), "{line}: {:?}", rules(&result));
    }
    let letter = |line: &str| format!("Goedemiddag, gemeente Lindenburg, met Sanne.\n{line}\n/end");
    for line in [
        "Mevrouw, het staat eigenlijk allemaal gewoon in de brief.",
        "U krijgt al vijf jaar hulp, dan weet u toch dat de gemeente dat af en toe opnieuw bekijkt?",
        "U krijgt een bevestigingsbrief. Die moet u dan wel goed lezen, hè.",
    ] {
        let result = play("confusing-letter", "nl", 1, &letter(line));
        assert!(fired(&result, "D-LECTURE"), "{line}: {:?}", rules(&result));
    }
    let kind = play(
        "confusing-letter",
        "nl",
        1,
        &letter(
            "Ik lees het stukje uit de brief even met u door, dan weet u precies waar het over gaat.",
        ),
    );
    assert!(!fired(&kind, "D-LECTURE"), "{:?}", rules(&kind));
}

/// Lines of the round heard wrongly before: a Scots "I'm no saying you're a liar" insults
/// nobody, "I regret very much that …" apologises, "Excuses zijn niet nodig, jij doet niks
/// fout" reassures, an address the agent gives or already has is not asked for, and a letter
/// that can be confusing is acknowledged.
#[test]
fn lines_heard_wrongly_before_are_heard_right() {
    hears_each(
        Lang::En,
        &["naw naw, am no sayin ye're a liar, the system jist shows the job as cancelled"],
        &[],
        &["insult"],
    );
    hears_each(
        Lang::En,
        &["I regret very much that the repair takes longer than we promised."],
        &["apology"],
        &[],
    );
    hears_each(
        Lang::En,
        &["letters like that can be confusing", "brb"],
        &[],
        &["insult", "blame"],
    );
    assert!(hears(
        Lang::En,
        "letters like that can be confusing",
        "empathy"
    ));
    assert!(hears(Lang::En, "brb", "hold_notice"));
    hears_each(
        Lang::Nl,
        &["Excuses zijn niet nodig hoor, jij doet niks fout"],
        &["reassurance"],
        &["blame", "apology"],
    );
    for line in [
        "Wat ik wel kan doen is u het adres geven van een hotel twee straten verder",
        "De akte staat op uw naam, en uw adres heb ik al genoteerd.",
    ] {
        assert!(!asks(Lang::Nl, line), "{line}: {:?}", heard(Lang::Nl, line));
    }
    assert!(hears(
        Lang::Nl,
        "Tevens verzoek ik u een telefoonnummer op te geven waarop u overdag bereikbaar bent.",
        "ask_identity:phone_number"
    ));
    assert!(hears(
        Lang::Nl,
        "zo'n brief kan heel verwarrend zijn",
        "empathy"
    ));
}

/// "Do you understand?" to a caller still learning the language is `halting-language`'s named
/// slip (trainers: he says yes whatever he understood); asking him to say it back is not.
#[test]
fn do_you_understand_is_the_slip_of_the_halting_language_call() {
    let call =
        |check: &str| format!("Good morning, Inburgering Utrecht, this is Sam.\n{check}\n/end\n");
    let closed = play(
        "halting-language",
        "en",
        1,
        &call("Thursday, ten o'clock, Vredenburg 40. Do you understand?"),
    );
    assert_eq!(
        notes_with(&closed, "P-KNOWN-SLIP").len(),
        1,
        "{:?}",
        rules(&closed)
    );
    let said_back = play(
        "halting-language",
        "en",
        1,
        &call("So that I know I explained it well: can you tell me when and where it is?"),
    );
    assert!(
        !fired(&said_back, "P-KNOWN-SLIP"),
        "{:?}",
        rules(&said_back)
    );
    let nl = play(
        "halting-language",
        "nl",
        1,
        "Goedemorgen, Inburgering Utrecht, met Sam.\nDonderdag, tien uur, Vredenburg 40. Begrijpt u het?\n/end\n",
    );
    assert!(fired(&nl, "P-KNOWN-SLIP"), "{:?}", rules(&nl));
}
