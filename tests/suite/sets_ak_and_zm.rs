//! Twenty-third round: what the trainer sets AK and AM and the line sets zl, zm and zo showed
//! once read, each kind held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// An insult said beside "me" is still an insult ("stop shouting at me, you numpty"); the
/// agent calling themselves names is not ("silly me"), nor is a thing that is a pain in the
/// neck, nor saying a number slowly for the caller to write down.
#[test]
fn an_insult_beside_me_is_still_an_insult() {
    hears_all(
        Lang::En,
        "insult",
        &[
            "Quit yelling at me, you absolute numpty",
            "don't you talk to me like that, you muppet",
            "you're being a proper pain in the arse tonight",
        ],
    );
    hears_none(
        Lang::En,
        "insult",
        &[
            "silly me, I opened the wrong account",
            "whoever set that up, that idiot was probably me",
            "the card reader is being a right pain in the neck today",
            "Let me say it slowly while you note it down: 0612 34 56 78.",
        ],
    );
}

/// A guarded fact named inside a longer name of another is not named ("the KRA PIN" is a tax
/// number); a question the caller asked, reported back, asks nothing.
#[test]
fn a_pin_inside_a_tax_number_and_a_reported_question_ask_no_password() {
    hears_each(
        Lang::En,
        &["please share the KRA PIN of your company"],
        &["ask_identity:tax_number"],
        &["ask_identity:password"],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["You asked if we need your banking password. We don't, and we never will."],
    );
    hears_none(
        Lang::Nl,
        "insult",
        &["nee joh, da's hielemaol gien domme vraag"],
    );
}

/// A parting greeting said to the caller ("Dag meneer.") still says goodbye; a fact named as
/// where to find another ("from your confirmation email") is not asked; a fact joined with "and
/// a contact …" is.
#[test]
fn parting_to_the_caller_and_facts_named_as_a_source() {
    hears_each(
        Lang::Nl,
        &["Fijn dat u belde, en sterkte ermee. Dag meneer."],
        &["closing"],
        &["greeting"],
    );
    hears_each(
        Lang::Nl,
        &["Goedemorgen meneer, met Sanne van de balie."],
        &["greeting"],
        &["closing"],
    );
    hears_each(
        Lang::En,
        &["could you read me the order number off your confirmation email"],
        &["ask_identity:order_number"],
        &["ask_identity:email"],
    );
    hears_each(
        Lang::En,
        &["can I take your postcode and a contact phone number"],
        &["ask_identity:postcode", "ask_identity:phone_number"],
        &[],
    );
}

/// Dutch said in more ways: options offered, a promise with a deadline, "had u maar", a
/// grumbler named, a dialect negation and "nergens".
#[test]
fn dutch_offers_promises_and_blame_in_more_ways() {
    hears_all(
        Lang::Nl,
        "offer_alternative",
        &["Ik heb twee opties voor je: vanavond om negen uur of morgen om acht."],
    );
    hears_all(
        Lang::Nl,
        "commitment",
        &[
            "Binnen drie werkdagen hoort u van ons.",
            "dinsdag staat ie klaar, beloofd",
        ],
    );
    hears_all(Lang::Nl, "blame", &["Had u maar even naar de bon gekeken."]);
    hears_all(
        Lang::Nl,
        "insult",
        &["U bent echt een zeurpiet, dit is de vierde keer vandaag."],
    );
    hears_none(
        Lang::Nl,
        "blame",
        &["Ik heb nergens gezegd dat je liegt, ik leg alleen uit hoe het werkt."],
    );
}

/// Saying the record is read out while naming a checked fact tells it, typed value or not
/// ("ik lees even voor wat ik heb: uw geboortedatum"); asking the caller to read it does not.
#[test]
fn a_record_read_out_in_words_is_a_leak() {
    let narrated = "Goedemorgen, cursusbalie, met Joost.
Heeft u uw deelnemersnummer bij de hand?
/lookup
Ik heb u al gevonden. Ik lees even voor wat ik hier heb: uw geboortedatum. Klopt dat?
/ziekmelden
/end";
    let r = play("sick-participant", "nl", 1, narrated);
    assert_critical(&r, "V-RECORD-LEAK");
    let gapped = "Morning, course desk, Joost speaking.
Have you got your participant number to hand?
/lookup
Found you. I'll read your date of birth out to you from the file, all right?
/absent
/end";
    let r = play("sick-participant", "en", 1, gapped);
    assert_critical(&r, "V-RECORD-LEAK");
    let asked = "Morning, course desk, Joost speaking.
Could you read me your participant number and your date of birth?
/lookup
/absent
/end";
    let r = play("sick-participant", "en", 1, asked);
    assert!(!fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
}

/// Promises the course desk cannot keep, said in new words, are over-promises.
#[test]
fn a_course_desk_promising_too_much_fails() {
    let script = "Goedemorgen, cursusbalie, met Joost.
Mag ik uw deelnemersnummer en uw geboortedatum?
/lookup
/ziekmelden
U bent afgemeld. En uw leidinggevende merkt hier niets van.
Ik regel persoonlijk dat u volgende week instroomt, ook als de groep vol zit.
U mag omboeken zo vaak als u wilt.
/end";
    let r = play("sick-participant", "nl", 1, script);
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}

/// The policy's own route, "contact her registered contact person", tells the son nothing.
/// Before the check, a file's hours and consultant are protected.
#[test]
fn the_registered_contact_person_is_a_route_not_a_disclosure() {
    let route = "Good afternoon, client service, Sam speaking.
/lookup
I can't tell you where she is, because she decides who gets information about her care.
You could contact the person she has registered as her contact person.
/end";
    let r = play("third-party", "en", 1, route);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    let file = "Goedemiddag, gemeente, met Sam.
/lookup
Ik zie u staan. Ik zie hier hoeveel uur per week u hulp krijgt.
/end";
    let r = play("confusing-letter", "nl", 1, file);
    assert!(fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}

/// A tip nobody asked for is a lecture ("mag ik u iets meegeven?").
#[test]
fn a_tip_nobody_asked_for_is_a_lecture() {
    let script = "Goedemorgen, Medivo support, met Sam.
Wat is het klantnummer van de praktijk? En uw geboortedatum?
/lookup
Dat klopt. Mag ik u iets meegeven? Met een wachtwoordmanager gebeurt dit niet.
/reset
/end";
    let r = play("verified-impatient", "nl", 1, script);
    assert!(fired(&r, "D-LECTURE"), "{:?}", rules(&r));
}

/// The start and the end of a checked number, read out together, give it away ("begins with 5
/// and ends in 70"); its length and a single digit do not.
#[test]
fn the_start_and_end_of_a_number_together_are_a_leak() {
    let both = "Zorgnet helpdesk, good morning.
Which care provider is it?
/lookup
For a reset I need the fiscal number. The one on file begins with 5 and ends in 70, does that help?
/end";
    let r = play("impostor-reset", "en", 1, both);
    assert_critical(&r, "V-RECORD-LEAK");
    let length = "Zorgnet helpdesk, good morning.
Which care provider is it?
/lookup
For a reset I need the fiscal number. It has nine digits and starts with a 5, it is on your letters.
/end";
    let r = play("impostor-reset", "en", 1, length);
    assert!(!fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
}

/// The driver's own number is never the customer's to have, and announcing it is read out tells
/// it ("dan lees ik het nummer van de chauffeur voor"); refusing it does not.
#[test]
fn the_drivers_number_read_out_is_confidential() {
    let told = "Goedemiddag, klantenservice, met Joyce.
/lookup chauffeur
Heeft u pen en papier? Ik lees het nummer van de chauffeur even voor.
/end";
    let r = play("delivery-dispute", "nl", 1, told);
    assert!(fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    let refused = "Goedemiddag, klantenservice, met Joyce.
/lookup chauffeur
Het nummer van de chauffeur mag ik niet geven, maar ik kan wel een nieuwe ophaling plannen.
/end";
    let r = play("delivery-dispute", "nl", 1, refused);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}

/// Set zn's kinds, in lines of our own: a PIN asked among other facts, a transfer said not to
/// be needed, a fact the agent says it does not need, Dutch asks and promises in chat style.
#[test]
fn more_asks_and_promises_from_set_zn() {
    hears_each(
        Lang::En,
        &["just confirm your email and your banking app PIN for me"],
        &["ask_identity:email", "ask_identity:password"],
        &[],
    );
    hears_none(
        Lang::En,
        "transfer_notice",
        &["No need to transfer you, I can change the address myself."],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:phone_number",
        &["ff je telefoonnummer, dan zoek ik je bestelling op"],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:address",
        &["Uw adres hoef ik niet, dat staat al in het contract."],
    );
    hears_all(
        Lang::Nl,
        "commitment",
        &["Vandaag lukt niet meer, maar morgenochtend komen ze zeker langs."],
    );
    hears_all(
        Lang::Nl,
        "apology",
        &["Dat was een fout van onze kant, excuseer daarvoor."],
    );
}

/// A second-factor code asked for in chat Dutch is a password ask ("stuur ff de 2FA-code");
/// telling the caller never to pass it on is not. Reading a record out is told as refused
/// when it is refused ("kan ik u telefonisch niet mededelen").
#[test]
fn a_second_factor_code_asked_in_chat_dutch() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["stuur anders ff de 2FA-code uit je sms, dan kijk ik even mee"],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["geef nooit je 2FA-code door, ook niet aan ons"],
    );
    hears_all(
        Lang::Nl,
        "refusal",
        &["Uw dossier kan ik u telefonisch niet mededelen, daarvoor moet u langskomen."],
    );
    hears_each(
        Lang::Nl,
        &["Fijn, dan is het geregeld. De groeten thuis, moi!"],
        &["closing"],
        &["greeting"],
    );
}

/// What the son is told about his mother in a plain sentence is told ("she had a fall and is
/// rehabilitating"); "she's in good hands", said to comfort him, is a slip that costs, not a
/// critical error (trainers passed such calls at 72–81).
#[test]
fn a_plain_sentence_about_the_client_tells_and_comfort_is_a_slip() {
    let told = "Good afternoon, client service, Sam speaking.
/lookup
She had a fall and is rehabilitating after her hip.
/end";
    let r = play("third-party", "en", 1, told);
    assert_critical(&r, "V-PROTECTED-DISCUSSED");
    let comfort = "Good afternoon, client service, Sam speaking.
/lookup
I can't tell you where she is, because she decides who gets information about her care.
I can tell you this much: she's in good hands.
/end";
    let r = play("third-party", "en", 1, comfort);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    assert!(fired(&r, "V-DETAIL-SLIP"), "{:?}", rules(&r));
    let refused = "Goedemiddag, cliëntenservice, met Sam.
/lookup
Of ze gevallen is of niet, dat mag ik u niet vertellen.
/end";
    let r = play("third-party", "nl", 1, refused);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}
