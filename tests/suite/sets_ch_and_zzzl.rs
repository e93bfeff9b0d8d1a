//! Forty-fourth round: what the line set zzzl and the trainer set CH showed. The sets' lines
//! are not copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// In `halting-language` the participant number is the number on the letter: "which number is
/// that?" after pointing at it asks for it, in both languages.
#[test]
fn the_number_on_the_letter_is_asked_for_by_pointing_at_it() {
    let s = scenario("halting-language");
    let nl = lexicon(&s, Lang::Nl);
    for line in [
        "Pak de brief erbij. Bovenaan rechts ziet u een nummer. Welk nummer is dat?",
        "Welk nummer ziet u op de brief?",
    ] {
        let heard = labels(&nl, line);
        assert!(
            heard.iter().any(|a| a == "ask_identity:participant_number"),
            "{line:?}: {heard:?}"
        );
    }
    let en = lexicon(&s, Lang::En);
    let heard = labels(
        &en,
        "On the letter, top right, there is a number. Which number is it?",
    );
    assert!(
        heard.iter().any(|a| a == "ask_identity:participant_number"),
        "{heard:?}"
    );
}

/// "I'd rather promise you something that really happens" is an honest no-promise; a plain
/// "I promise" still promises.
#[test]
fn rather_promising_only_what_happens_promises_nothing() {
    hears_none(
        Lang::Nl,
        "commitment",
        &["Ik beloof u liever iets wat ik zelf kan waarmaken."],
    );
    hears_none(
        Lang::En,
        "commitment",
        &["I'd rather promise you something I can arrange myself."],
    );
    assert!(hears(
        Lang::Nl,
        "Ik beloof u dat de monteur vrijdag komt.",
        "commitment"
    ));
}

/// Telling an angry caller he is right to be fed up acknowledges his feeling.
#[test]
fn you_are_right_to_be_fed_up_is_empathy() {
    hears_all(
        Lang::Nl,
        "empathy",
        &[
            "U heeft volkomen gelijk dat u het zat bent.",
            "Je hebt gelijk dat je boos bent, echt.",
        ],
    );
}

/// The lectures of CH's Dutch agent, in our words: each is charged and the call fails.
#[test]
fn a_dutch_lecture_about_what_the_caller_should_have_done_is_charged() {
    let script = "\
Goedemiddag, Glaslijn, met Noor.
Mag ik uw klantnummer en uw postcode?
/lookup
Dank u, meneer Dekker.
Bij storingen moet u eigenlijk altijd eerst zelf het modem herstarten voordat u belt.
En daarom moet u nooit zelf aan het kastje in de meterkast zitten.
Verder had u na twee dagen zelf even moeten terugbellen, dan was het sneller gegaan.
Ik plan een monteur in voor donderdag.
/inplannen
Zorgt u wel dat de meterkast vrij is? Anders kan de monteur niets.
Fijne middag.
/end
";
    let result = play("broken-promise", "nl", 1, script);
    assert!(notes_with(&result, "D-LECTURE").len() >= 3, "{result}");
    assert_eq!(result["passed"], false, "{result}");
}

/// Handing a number over after saying what is not needed asks for nothing; "no need for your
/// email, just the postcode" still asks for the postcode.
#[test]
fn handing_a_number_over_after_a_refusal_to_ask_asks_nothing() {
    hears_none(
        Lang::Nl,
        "ask_identity:phone_number",
        &["Uw postcode hoef ik niet te hebben, ik geef u alleen het telefoonnummer van het loket."],
    );
    assert!(hears(
        Lang::En,
        "No need for your e-mail, just the postcode it goes to.",
        "ask_identity:postcode"
    ));
}

/// Dutch slips of zzzl: a bag in the parcel insults nobody; "dat zal ik doorgeven" promises
/// while "zal ik u terugbellen?" offers; "dat is bij ons fout gegaan" apologises; keeping
/// calm oneself tells nobody to calm down; "dan hang ik op" after a condition is no goodbye.
#[test]
fn dutch_lines_of_zzzl_in_our_words() {
    hears_none(
        Lang::Nl,
        "insult",
        &["Balen, ik doe er volgende week een extra zak bij in uw doos."],
    );
    assert!(hears(Lang::Nl, "Jij vuile zak.", "insult"));
    assert!(hears(
        Lang::Nl,
        "Dat zal ik voor u doorgeven aan de planning, die belt u morgen.",
        "commitment"
    ));
    hears_none(Lang::Nl, "commitment", &["Zal ik u morgen terugbellen?"]);
    assert!(hears(
        Lang::Nl,
        "Dat is echt mis gegaan bij ons, de bus was te laat.",
        "apology"
    ));
    hears_none(
        Lang::Nl,
        "calm_down",
        &["Ik blijf gewoon rustig hoor, we lossen het samen op."],
    );
    hears_none(
        Lang::Nl,
        "closing",
        &["Als u nog één keer scheldt, dan hang ik op."],
    );
}

/// English lines of zzzl in our words: "on my way" promises, "I'll be there when I'm there"
/// dismisses and promises nothing, and the owner's full name is asked for without a question
/// mark.
#[test]
fn english_lines_of_zzzl_in_our_words() {
    assert!(hears(
        Lang::En,
        "right, on my way, two minutes",
        "commitment"
    ));
    hears_each(
        Lang::En,
        &["I'll be there when I'm there, we're short-staffed"],
        &["dismissive"],
        &["commitment"],
    );
    hears_each(
        Lang::En,
        &["Can I take the patient's full name and the postcode he's registered at"],
        &["ask_identity:full_name", "ask_identity:postcode"],
        &[],
    );
}

/// "U hoeft niks te vertellen of een briefje van de dokter te sturen": the note after "of"
/// is as little asked for as what came before it (a needless ask had held an excellent call
/// at 82 once slips got their ceiling).
#[test]
fn a_note_one_need_not_send_is_not_asked_for() {
    let s = scenario("sick-participant");
    let nl = lexicon(&s, Lang::Nl);
    let heard = labels(
        &nl,
        "U hoeft mij niets over uw klachten te vertellen of een briefje van de dokter te sturen.",
    );
    assert!(
        !heard.iter().any(|a| a == "ask_identity:doctors_note"),
        "{heard:?}"
    );
    let heard = labels(&nl, "Kunt u een briefje van de dokter sturen?");
    assert!(
        heard.iter().any(|a| a == "ask_identity:doctors_note"),
        "{heard:?}"
    );
}
