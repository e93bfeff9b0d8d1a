//! What the forty-seventh round's sets taught: a listed fact may say where it is read from, an
//! eye-roll mocks what came before it and mocked sympathy dismisses, "wel" and "however" turn
//! to an alternative, Dutch "niet zo zeuren" dismisses, and in `third-party` a hint that the
//! mother is not at home tells the son what he may not hear. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// "Full name as it is on the ticket, and date of birth": the words that say where to read a
/// fact from do not stop a list of facts from asking.
#[test]
fn a_listed_fact_may_say_where_it_is_read_from() {
    for (lang, line, facts) in [
        (
            Lang::En,
            "Your full name as it is printed on the ticket, and your date of birth.",
            ["ask_identity:full_name", "ask_identity:date_of_birth"],
        ),
        (
            Lang::En,
            "Postcode and date of birth like on the licence, please.",
            ["ask_identity:postcode", "ask_identity:date_of_birth"],
        ),
        (
            Lang::Nl,
            "Uw naam zoals die op uw pas staat, en uw postcode.",
            ["ask_identity:full_name", "ask_identity:postcode"],
        ),
    ] {
        let asked = heard(lang, line);
        assert!(
            facts.iter().all(|f| asked.iter().any(|a| a == f)),
            "{line}: {asked:?}"
        );
    }
    // A fact the speaker reads from their own screen is still no ask.
    assert!(!hears(
        Lang::En,
        "I have your postcode as it is on the letter.",
        "ask_identity"
    ));
}

/// An eye-roll mocks what came before it: the sympathy or the promise is a dismissal. What
/// comes after it is meant.
#[test]
fn an_eye_roll_mocks_what_came_before_it() {
    hears_each(
        Lang::En,
        &["a whole day without the app, that must be SO tough for you \u{1F644}"],
        &["dismissive"],
        &["empathy"],
    );
    hears_each(
        Lang::Nl,
        &["ja hoor, ik leg de hele fabriek ff voor je stil \u{1F644}"],
        &["dismissive"],
        &["commitment"],
    );
    assert!(hears(
        Lang::En,
        "the sign said 'no refunds, ever' \u{1F644} I'm sorry about that, it should never have been up",
        "apology"
    ));
    // Sarcasm about the system takes back a reassurance but belittles nobody.
    assert!(!hears(
        Lang::En,
        "Oh brilliant, the printer has jammed again. Not your fault, it's been doing it all week.",
        "dismissive"
    ));
}

/// After a refusal, a part that turns with "wel" (Dutch) or "however" offers what can be done,
/// wherever the turn stands in the first words of the part.
#[test]
fn wel_and_however_turn_to_an_alternative() {
    hears_all(
        Lang::Nl,
        "offer_alternative",
        &[
            "Dat kan ik niet voor u regelen; wel kan mijn collega u morgen terugbellen.",
            "De grote zaal is al vol, ik kan u wel de kleine zaal aanbieden.",
        ],
    );
    hears_all(
        Lang::En,
        "offer_alternative",
        &[
            "I can, however, send the form to your accountant this afternoon.",
            "I can't cancel the fine myself, but I'll walk you through the appeal right now.",
        ],
    );
}

/// "Niet zo zeuren" and "geen drama" belittle; "kom op zeg" is no request to say anything.
#[test]
fn dutch_grumbling_is_dismissed_and_zeg_is_no_ask() {
    hears_all(
        Lang::Nl,
        "dismissive",
        &[
            "Nie zeuren, het is maar een half uurtje.",
            "Ach, twee euro, dat is toch geen drama.",
        ],
    );
    hears_each(
        Lang::Nl,
        &["Kom op zeg, het is maar een wachtwoord, maak er geen drama van."],
        &["dismissive"],
        &["ask_identity:password"],
    );
    assert!(hears(
        Lang::Nl,
        "Zeg het wachtwoord maar even.",
        "ask_identity:password"
    ));
}

/// Lines of the round heard wrongly before.
#[test]
fn lines_heard_wrongly_before_are_heard_right() {
    assert!(hears(
        Lang::En,
        "For the deposit I just need your online banking password.",
        "ask_identity:password"
    ));
    assert!(hears(
        Lang::Nl,
        "Geen loon en de huur moet eruit: daar zou ik ook niet rustig van worden.",
        "empathy"
    ));
    assert!(hears(
        Lang::En,
        "Sorry, the rules of the company are like this.",
        "procedure_shield"
    ));
    assert!(hears(
        Lang::Nl,
        "Terugstorten lukt helaas niet, volgens de algemene voorwaarden.",
        "procedure_shield"
    ));
    assert!(hears(Lang::En, "Right, tell me from the top.", "ask_info"));
    for asking_the_name in [
        "Hiya, you're through to the bike shop, and who have we got on the line?",
        "Might I ask with whom I have the pleasure of speaking?",
        "Kindly tell me your good name.",
    ] {
        assert!(
            hears(Lang::En, asking_the_name, "ask_identity:full_name"),
            "{asking_the_name}"
        );
    }
    // "So where she is staying" names what the agent will not tell, in passing.
    let third_party = lexicon(&scenario("third-party"), Lang::En);
    let said = labels(
        &third_party,
        "Details about a client, so where she is staying or her appointments, we only give to her contacts.",
    );
    assert!(
        !said.iter().any(|a| a.starts_with("ask_identity")),
        "{said:?}"
    );
}

/// `third-party`: "I can tell you this much: she isn't at her home address" tells the son his
/// mother's whereabouts; "you'll have to accept that" lectures him.
#[test]
fn hinting_the_mother_is_away_from_home_tells_the_son() {
    let script = "Good afternoon, client service, Sam speaking.\n\
        What's your name, and your mother's name?\n\
        /lookup\n\
        I can't tell you where she is. But I can tell you this much: she isn't at her home address right now.\n\
        Whether she calls you is up to her, and you'll have to accept that.\n\
        /end\n";
    let result = play("third-party", "en", 1, script);
    assert!(result["passed"] == false, "{result}");
    assert!(!critical_rules(&result).is_empty(), "{:?}", rules(&result));
    assert!(fired(&result, "D-LECTURE"), "{:?}", rules(&result));
}

/// Promising the son that his mother will ring him tonight, and an exception for his sake, is
/// promising what the desk cannot keep.
#[test]
fn promising_the_mother_will_call_is_overpromising() {
    let script = "Goedemiddag, cliëntenservice, met Femke.\n\
        Hoe heet u, en hoe heet uw moeder?\n\
        /lookup\n\
        Ik mag u niet vertellen waar ze verblijft.\n\
        Ik stuur een bericht naar haar zorgteam en ik zorg ervoor dat uw moeder u vanavond nog belt.\n\
        /bericht\n\
        En ik vraag of de casemanager een uitzondering kan maken, dan krijgt u toch haar adres.\n\
        /end\n";
    let result = play("third-party", "nl", 1, script);
    assert_eq!(
        notes_with(&result, "D-OVERPROMISE").len(),
        2,
        "{:?}",
        rules(&result)
    );
    assert!(result["passed"] == false, "{result}");
}
