//! What the fifty-second round's sets taught: asking the caller to read out what is on the
//! letter reads nothing from the record; a reason given in a later turn halves a bare "no"
//! whether or not that turn says "no" again; "even if you give me her date of birth" asks for
//! nothing; a speaker who calls themselves names insults nobody; Dutch asks with "vraag ik u",
//! a Dutch password joined to its system ("DigiD-wachtwoord"), and Dutch refusals that name
//! what cannot be done ("Omdraaien kan niet"). Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// "Could you read out what comes after it?" asks the caller to read their letter: it names
/// the reference, and reads nothing out. Saying that the agent reads the record out, with the
/// fact named, still tells it.
#[test]
fn asking_the_caller_to_read_out_the_letter_is_no_leak() {
    let asked = "Good afternoon, municipality of Lindenburg, this is Sam.
Before we start I need to know I'm speaking to the right person. Top right on the letter it says 'Ons kenmerk'. Could you read out what comes after it?
And your date of birth, please?
/lookup
Thank you, that matches.
/end";
    let r = play("confusing-letter", "en", 1, asked);
    assert!(!fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
    let told = "Morning, course desk, Joost speaking.
Have you got your participant number to hand?
/lookup
Found you. I can read out what I have here: your date of birth. Is that right?
/absent
/end";
    let r = play("sick-participant", "en", 1, told);
    assert_critical(&r, "V-RECORD-LEAK");
}

/// A bare "no" costs half when the reason follows in a later turn, also when that turn gives
/// the reason without refusing again; the debrief names the turn the reason came in.
#[test]
fn a_reason_in_a_later_turn_halves_a_bare_no() {
    let script = "Good afternoon, client service, Sam speaking.
I'm sorry to hear you can't reach her. Can I have your name?
/lookup
Thank you. I can't tell you anything from her file.
Our clients decide for themselves who hears about their care, family included.
What I can do is pass a message to her through her care team today.
/message
/end";
    // Half the points, and the debrief says the reason came, and when: the trainee's next
    // turn of speech.
    let r = play("third-party", "en", 1, script);
    assert_eq!(later_reason(&r), "turn 10");
    let dutch = "Goedemiddag, cliëntenservice, met Sam.
Vervelend dat u haar niet kunt bereiken. Mag ik uw naam?
/lookup
Dank u. Ik kan u niets uit haar dossier vertellen.
Onze cliënten bepalen zelf wie iets over hun zorg hoort, ook familie.
Wat ik wel kan doen: vandaag via haar zorgteam een bericht aan haar doorgeven.
/bericht
/end";
    let r = play("third-party", "nl", 1, dutch);
    assert_eq!(later_reason(&r), "beurt 10");
}

/// The turn the debrief's bare-"no" note says the reason came in ("turn 10", "beurt 10").
fn later_reason(result: &serde_json::Value) -> String {
    let notes = notes_with(result, "D-REFUSED-NO-REASON");
    assert_eq!(notes.len(), 1, "{:?}", rules(result));
    assert_eq!(notes[0]["points"], -5, "{notes:?}");
    let message = notes[0]["message"].as_str().unwrap();
    ["turn ", "beurt "]
        .iter()
        .find_map(|w| {
            let i = message.find(w)?;
            let digits: String = message[i + w.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            Some(format!("{w}{digits}"))
        })
        .unwrap_or_else(|| panic!("no turn in {message:?}"))
}

/// "Even if you give me her date of birth …" grants a fact for argument's sake: no ask, no
/// needless ask. A condition that asks still asks.
#[test]
fn a_fact_granted_for_arguments_sake_is_not_asked() {
    hears_none(
        Lang::En,
        "ask_identity:date_of_birth",
        &[
            "Even if you told me her date of birth, I still couldn't say where she is.",
            "even when someone knows your date of birth, that proves nothing",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:date_of_birth",
        &["Ook als u haar geboortedatum weet, mag ik u niets vertellen."],
    );
    hears_all(
        Lang::En,
        "ask_identity:date_of_birth",
        &["If you give me your date of birth, I can look you up."],
    );
}

/// Calling oneself names is self-talk in both languages; the same names for the caller are
/// still insults.
#[test]
fn a_speaker_who_calls_themselves_names_insults_nobody() {
    hears_none(
        Lang::En,
        "insult",
        &["my kids call me a dinosaur with this stuff, so no judgement here"],
    );
    hears_none(
        Lang::Nl,
        "insult",
        &[
            "Ik ben maar een ouwe zeurkous, let niet op mij.",
            "Noem me maar een sukkel, ik vergeet het steeds.",
        ],
    );
    hears_all(
        Lang::Nl,
        "insult",
        &["u bent een sukkel", "noem u maar een sukkel"],
    );
}

/// Dutch asks with "vraag ik u", also for a password joined to its system; the same words
/// denied ask nothing.
#[test]
fn dutch_asks_with_vraag_ik_u_and_joined_passwords() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Voor de zekerheid vraag ik u ook uw Mijnbank-wachtwoord.",
            "ik vraag je nu even je pincode",
        ],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:date_of_birth",
        &["Ter controle vraag ik u tevens uw geboortedatum."],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Wij vragen u nooit om uw wachtwoord.",
            "Ik vraag u uw DigiD-wachtwoord niet, dat houdt u voor uzelf.",
        ],
    );
}

/// English asks for a code the caller has just received, or a seed phrase dropped in a chat.
#[test]
fn english_asks_for_a_received_code_or_a_seed_phrase() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "please share the code you have just received so I can finish the change",
            "shoot me your seed phrase and I'll sort it in a minute",
        ],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["never share the code you have just received with anyone, not even us"],
    );
}

/// Dutch refusals that name what cannot be done give the reason after them; a later trip that
/// still has room is offered.
#[test]
fn dutch_refusals_that_name_what_cannot_be_done() {
    hears_each(
        Lang::Nl,
        &["Ophalen kan vandaag niet, de bus zit al vol."],
        &["refusal", "explain_reason"],
        &[],
    );
    hears_all(
        Lang::Nl,
        "offer_alternative",
        &["De rit van drie uur is vol, maar die van vijf uur heeft nog plek."],
    );
}

/// A negation about hearing ("I didn't catch it", "ik verstond het niet") does not take back a
/// password ask; one that turns down another fact first ("geen bsn, …") does not either. A
/// negation after the password still holds ("een sterk wachtwoord, niet je geboortedatum").
#[test]
fn a_password_ask_is_not_taken_back_by_a_negation_about_something_else() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &["could you give me your PIN again? I didn't quite catch it"],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "kunt u uw pincode nog een keer noemen, ik verstond het niet goed",
            "nee, geen bsn, alleen uw geboortedatum en uw wachtwoord",
            "Wat heeft u destijds als pincode ingesteld?",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Kies wel een sterk wachtwoord: lang genoeg, niet je geboortedatum.",
            "Die oplichter vroeg ook al, uw pincode. Maar dat vragen wij nooit.",
        ],
    );
}

/// A device's own PIN is a password ("the unlock pin on the tablet", "de schermcode van uw
/// telefoon", "de code voor die op het schermke komt"); unlocking the caller's PIN asks
/// nothing.
#[test]
fn a_devices_pin_is_a_password() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "what's the unlock pin on the tablet?",
            "router admin password please",
        ],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["I can unlock your pin for you from here"],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Wat is de schermcode van uw telefoon?",
            "lees mij de code voor die op 't schermke komt",
        ],
    );
}

/// Swearing at a machine between two words ("stupid flipping thing") is no insult; the same
/// words at the caller are.
#[test]
fn swearing_at_a_flipping_machine_is_no_insult() {
    hears_none(
        Lang::En,
        "insult",
        &["the till's frozen again, useless blinking thing. sorry!"],
    );
    hears_all(Lang::En, "insult", &["you stupid flipping idiot"]);
}
