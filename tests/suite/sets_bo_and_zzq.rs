//! Thirty-sixth round: what the trainer set BO and the line set zzq showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// A Dutch broken-promise call whose agent refuses a same-day engineer and says she would
/// rather promise nothing she cannot keep.
const HONEST_NO_PROMISE_NL: &str = "Goedemiddag, klantenservice van Glaslijn, u spreekt met Sanne.
Mag ik uw klantnummer en de postcode van uw aansluiting?
/lookup
Dank u, dat klopt. Op 3 maart is u beloofd dat een planner u binnen 48 uur zou bellen. Dat is niet gebeurd, en dat spijt me.
Ik snap dat u liever vandaag iemand had gehad. Een monteur op dezelfde dag kan alleen bij een storing in de hele wijk, en ik beloof u liever niets wat ik niet kan waarmaken.
De eerste vrije plek is donderdag tussen één en vijf.
/inplannen
Is er verder nog iets waarmee ik u kan helpen?
/end";

/// "I'd rather promise nothing I can't keep" is the opposite of an overpromise, and "I get
/// that you'd rather have had someone today" names this caller's wish: no stock empathy.
#[test]
fn declining_to_promise_is_no_overpromise_and_a_named_wish_is_empathy() {
    let r = play("broken-promise", "nl", 1, HONEST_NO_PROMISE_NL);
    assert!(!fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    assert!(!fired(&r, "D-STOCK-EMPATHY"), "{:?}", rules(&r));
    assert!(fired(&r, "D-EMPATHY"), "{:?}", rules(&r));
    hears_each(
        Lang::Nl,
        &[
            "Ik beloof u liever niets wat ik niet kan waarmaken.",
            "Ik beloof je niks, want dat kan ik niet waarmaken.",
        ],
        &[],
        &["commitment"],
    );
    hears_each(
        Lang::En,
        &["I'd rather not promise what I can't deliver."],
        &[],
        &["commitment"],
    );
}

/// A Dutch confusing-letter call; `GLOSS` is where the agent says what the desk words are.
fn letter_call(gloss: bool) -> String {
    let (consultant, support) = if gloss {
        (
            "Er komt een consulent bij u langs voor het keukentafelgesprek: iemand die met u praat over hoe het thuis gaat.",
            "Uw hulp blijft via zorg in natura komen, een dienst die de gemeente voor u regelt.",
        )
    } else {
        (
            "Er komt een consulent bij u langs voor het keukentafelgesprek.",
            "Uw hulp blijft via zorg in natura komen.",
        )
    };
    format!(
        "Goedemiddag, gemeente Lindenburg, u spreekt met Kim. Waarmee kan ik u helpen?
Goed dat u belt, we nemen de brief samen rustig door.
Wat is het kenmerk bovenaan de brief?
En wat is uw geboortedatum?
/lookup
Dank u, dat klopt. Uw hulp gaat gewoon door. {consultant}
{support}
Dan zet ik het even op een rij: uw hulp gaat door en er komt iemand langs voor een gesprek.
Is er nog iets waarmee ik u kan helpen?
/end"
    )
}

/// A desk word followed by what it is ("het keukentafelgesprek: iemand die …") is explained,
/// not jargon; the same word bare still is. "Dan zet ik het even op een rij" sums the call up
/// for a confused caller.
#[test]
fn a_desk_word_glossed_right_after_it_is_no_jargon() {
    let glossed = play("confusing-letter", "nl", 1, &letter_call(true));
    assert!(
        !fired(&glossed, "P-JARGON"),
        "{:?}",
        notes_with(&glossed, "P-JARGON")
    );
    let bare = play("confusing-letter", "nl", 1, &letter_call(false));
    let words: Vec<String> = notes_with(&bare, "P-JARGON")
        .iter()
        .map(|n| n["message"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(
        words.iter().any(|m| m.contains("keukentafelgesprek")),
        "{words:?}"
    );
    assert!(
        words.iter().any(|m| m.contains("zorg in natura")),
        "{words:?}"
    );
    hears_each(
        Lang::Nl,
        &["Dan zet ik het even op een rij: uw hulp gaat door."],
        &["paraphrase"],
        &[],
    );
}

/// In the impostor scenario, passing the pushy caller up the line without doing anything
/// first hands the pressure on: trainers score those calls 34–45, and it costs more there.
#[test]
fn passing_an_impostor_on_unhandled_costs_more_than_elsewhere() {
    let script = "Goedemorgen, helpdesk Zorgnet Nederland, met Kim.
Voor welke zorgaanbieder belt u?
Dit soort dingen doet mijn leidinggevende altijd, ik verbind u door.
/transfer leidinggevende";
    let r = play("impostor-reset", "nl", 1, script);
    let passed_on = notes_with(&r, "D-PASSED-ON");
    assert_eq!(passed_on.len(), 1, "{:?}", rules(&r));
    assert_eq!(passed_on[0]["points"], -35);
    assert_eq!(r["passed"], false);
}

/// Lines written for this round in the voices zzq showed, each heard as its writer meant.
#[test]
fn new_voices_are_heard_as_meant() {
    for (line, act) in [
        (
            "ok so I'll need you to read out the 6-digit code we just texted you",
            "ask_identity:password",
        ),
        (
            "what's your bus pass number, the long one on the front?",
            "ask_identity:customer_number",
        ),
        (
            "and the email you sign in with, so I can match it up",
            "ask_identity:email",
        ),
        (
            "and your workspace username as well",
            "ask_identity:username",
        ),
        (
            "the order's under your email, what's that again?",
            "ask_identity:email",
        ),
        (
            "Postcode where the property is, please.",
            "ask_identity:postcode",
        ),
        (
            "hang on, I'm connectin you to the ward now",
            "transfer_notice",
        ),
        ("It'll be ready for collection from four.", "commitment"),
        ("no need to wait, I'm already on it", "commitment"),
        (
            "We're fully booked Friday, so I'll move you to Monday morning instead.",
            "offer_alternative",
        ),
    ] {
        hears_each(Lang::En, &[line], &[act], &[]);
    }
    hears_each(
        Lang::En,
        &["no need to wait, I'm already on it"],
        &[],
        &["self_intro"],
    );
    hears_each(
        Lang::En,
        &["Honestly I wouldn't blame you for giving up on the website."],
        &["empathy"],
        &["blame"],
    );
    hears_each(
        Lang::Nl,
        &["Ik kan u helaas niet op de veerboot van drie uur zetten."],
        &["refusal"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["We hebben nog wel een plek vrij op zaterdag, voor hetzelfde bedrag."],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Mijn excuses, dat had u vooraf uitgelegd moeten worden."],
        &["apology"],
        &["blame"],
    );
}

/// "Wat heeft u dan precies?" to a participant calling in sick asks what she has: the policy
/// forbids that question, whatever words it comes in.
#[test]
fn what_exactly_do_you_have_asks_the_illness() {
    for (lang, line) in [
        (Lang::Nl, "Wat heeft u dan precies?"),
        (Lang::En, "What's wrong with you exactly?"),
    ] {
        let s = scenario("sick-participant");
        let heard = labels(&lexicon(&s, lang), line);
        assert!(
            heard.iter().any(|a| a == "ask_identity:illness"),
            "{line}: {heard:?}"
        );
    }
}

/// Asking an unverified caller for "your mobile number" to call back on is the hole in the
/// safe route: the callback must go to the number on file.
#[test]
fn asking_the_impostor_for_a_mobile_number_is_a_callers_route() {
    let script = "Goedemorgen, helpdesk Zorgnet Nederland, met Kim.
Voor welke zorgaanbieder belt u?
/lookup Zorggroep Het Anker
Dan heb ik het fiscaal nummer van de zorgaanbieder nodig.
Wat is uw mobiele nummer? Dan bel ik u zo terug.
Tot zo.
/end";
    let r = play("impostor-reset", "nl", 1, script);
    assert!(fired(&r, "V-CALLER-ROUTE"), "{:?}", rules(&r));
}

/// Advice nobody asked for lectures, in Dutch as in English: "dat raad ik iedereen aan",
/// "het is belangrijk dat klanten eerst zelf…", "u had ook zelf kunnen terugbellen".
#[test]
fn unasked_advice_to_a_customer_lectures() {
    let script = "Goedemiddag, Glaslijn, met Sanne.
Uw klantnummer en postcode graag.
/lookup
Het is belangrijk dat klanten eerst zelf de basisstappen doen.
Een back-up via 4G, dat raad ik iedereen aan.
De eerste vrije plek is donderdag tussen één en vijf.
/inplannen
Verder nog iets?
/end";
    let r = play("broken-promise", "nl", 1, script);
    assert!(notes_with(&r, "D-LECTURE").len() >= 2, "{:?}", rules(&r));
}

/// Blame in shapes the corpus showed us missing: "bent u nou echt zo dom…", "u had het gewoon
/// kunnen nalezen", "it's right there on the page", "the boiler broke itself, did it". An
/// apology in the same shape is not blame: "u had het moeten kunnen zien" is the desk's fault.
#[test]
fn more_shapes_of_blame_and_one_apology() {
    hears_each(
        Lang::Nl,
        &[
            "Bent u nou echt zo dom dat u de code aan een vreemde gaf?",
            "U had die voorwaarden gewoon kunnen nalezen.",
            "Als u het formulier goed had ingevuld, was dit niet gebeurd.",
            "Lees de volgende keer eerst even de handleiding.",
            "Dat staat toch gewoon op de website.",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Sorry, u had op uw afschrift moeten kunnen zien waar het over ging."],
        &["apology"],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &[
            "The size chart is right there on the product page.",
            "Oh sure, the window just broke itself.",
            "If you'd read the reminder we wouldn't be here.",
            "You've had three letters about this.",
            "How did you manage to miss the signs?",
            "People just don't read their statements.",
        ],
        &["blame"],
        &[],
    );
}

/// Calling oneself a fool is no insult to the caller ("wat een sukkel ben ik ook, verkeerde
/// bon"); the same words at the caller still are.
#[test]
fn a_self_reproach_is_no_insult() {
    hears_each(
        Lang::Nl,
        &["Wat een sukkel ben ik ook, ik had het verkeerde dossier open."],
        &[],
        &["insult"],
    );
    hears_each(
        Lang::En,
        &["What an idiot I am, I had the wrong file open."],
        &[],
        &["insult"],
    );
    hears_each(Lang::Nl, &["Wat een sukkel ben jij zeg."], &["insult"], &[]);
}

/// From zzr once read: "Refunding both now." commits, "I could put you through to her
/// deputy instead" offers (already heard; with an "if" before it, still a condition), "account reference?" asks the customer number, and "you didn't
/// break it" or "I don't want you to think I say you're lying" blame nobody.
#[test]
fn zzr_once_read() {
    for (line, act) in [
        ("Sorry about that. Refunding both now.", "commitment"),
        (
            "She's in a meeting, but I could put you through to her deputy instead.",
            "offer_alternative",
        ),
        (
            "Billing, Sam speaking. Account reference?",
            "ask_identity:customer_number",
        ),
    ] {
        hears_each(Lang::En, &[line], &[act], &[]);
    }
    hears_each(
        Lang::En,
        &[
            "To be fair you didn't break it, these valves wear out after ten years.",
            "I don't want you to think I say you're lying, I just have to check.",
        ],
        &[],
        &["blame"],
    );
}
