//! Twenty-first round: what the trainer set AE and the line set zg showed once read, each kind
//! held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

/// A refusal with "because" or "want" soon after it gives its reason, whatever word follows.
#[test]
fn a_refusal_with_because_gives_its_reason() {
    hears_each(
        Lang::En,
        &["sorry cant do thursday bc thursdays are fully booked"],
        &["refusal", "explain_reason"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Ophalen op zaterdag kan ik niet doen, want zaterdags rijdt er niemand."],
        &["refusal", "explain_reason"],
        &["procedure_shield"],
    );
}

/// Facts a denial is about are not asked ("Naam en adres alleen zijn niet genoeg"); facts
/// asked politely under a condition are ("als ik uw klantnummer mag hebben, …").
#[test]
fn what_a_condition_or_a_denial_does_to_an_ask() {
    hears_each(
        Lang::Nl,
        &["Uw postcode alleen is helaas niet genoeg, die staat op elke brief."],
        &[],
        &["ask_identity:postcode"],
    );
    hears_each(
        Lang::Nl,
        &["Als ik uw klantnummer en geboortedatum mag hebben, zoek ik het meteen op."],
        &["ask_identity:customer_number", "ask_identity:date_of_birth"],
        &[],
    );
    hears_each(
        Lang::En,
        &["If I could just take your postcode, I'll find the parcel."],
        &["ask_identity:postcode"],
        &[],
    );
}

/// Quoted empathy is somebody else's script; a quote after "an" ("livid an' all") closes no
/// quotation.
#[test]
fn quoted_empathy_is_not_the_speaker_s() {
    hears_each(
        Lang::En,
        &["They train us to say 'I understand your frustration' but I'd rather fix it."],
        &[],
        &["empathy"],
    );
    hears_each(
        Lang::En,
        &["Two hours waitin'? Blimey, I'd be livid an' all."],
        &["empathy"],
        &[],
    );
    // Any other word before a quote closes it, one ending in "in" too.
    hears_each(
        Lang::En,
        &["He called us 'useless muppets in admin' and I understand why."],
        &["empathy"],
        &["insult"],
    );
}

/// What set zg showed in English, each in words of our own.
#[test]
fn what_set_zg_showed_in_english() {
    let cases: [(&str, &[&str], &[&str]); 10] = [
        (
            "We regret any inconvenience the outage caused.",
            &["apology"],
            &[],
        ),
        (
            "Read me the 6 digits off your authenticator app please.",
            &["ask_identity:password"],
            &[],
        ),
        (
            "What's the code that has just been texted to you?",
            &["ask_identity:password"],
            &[],
        ),
        (
            "honestly it's a dumb setup by the council, not your fault",
            &[],
            &["insult"],
        ),
        (
            "Don't be so ridiculous, nobody is spying on you.",
            &["insult"],
            &[],
        ),
        (
            "There's a hold on your payment until the bank clears it.",
            &[],
            &["hold_notice"],
        ),
        (
            "It's clearly in the contract you signed, page two.",
            &["blame"],
            &[],
        ),
        (
            "I'm not having a go at you but did you actually lock it?",
            &["blame"],
            &[],
        ),
        (
            "Please don't be alarmed, the form just hasn't arrived yet.",
            &["reassurance"],
            &[],
        ),
        (
            "The new card'll be in your letterbox by Friday.",
            &["commitment"],
            &[],
        ),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::En, &[line], with, without);
    }
}

/// What set zg showed in Dutch, each in words of our own.
#[test]
fn what_set_zg_showed_in_dutch() {
    let cases: [(&str, &[&str], &[&str]); 9] = [
        (
            "Dat is een stomme regel, daar heeft u gelijk in.",
            &[],
            &["insult"],
        ),
        ("Tja, iedereen heeft het druk.", &["dismissive"], &[]),
        (
            "Niet zo dramatisch doen, het is maar een deuk.",
            &["dismissive"],
            &[],
        ),
        ("U bent vast de eerste die dat niet wist.", &["blame"], &[]),
        ("Annuleren kan alleen via de website.", &["refusal"], &[]),
        (
            "Ik wil u hartelijk danken voor uw geduld.",
            &["thanks"],
            &[],
        ),
        (
            "Het is nu lekker rustig op de afdeling.",
            &[],
            &["calm_down"],
        ),
        (
            "Oké, dan is alles geregeld. Moi hè!",
            &["closing"],
            &["greeting"],
        ),
        (
            "Ik had u per ongeluk verkeerd doorverbonden, sorry.",
            &[],
            &["transfer_notice"],
        ),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::Nl, &[line], with, without);
    }
}

/// Asking what the illness is, as a guess ("is it that flu?"), asks the forbidden fact; the
/// sick participant's call fails on it.
#[test]
fn guessing_the_illness_asks_for_it() {
    let script = "Good morning, service point, this is Kim.\n\
        Oh dear. Could I have your participant number and your date of birth?\n\
        /lookup\n\
        Thanks, that matches. Is it that stomach bug that's going round?\n\
        /absent\n\
        You're registered as absent, and there's no charge because you rang before the start.\n\
        /rebook\n\
        You're on the 2 and 3 June run now; the confirmation comes by e-mail. Get well soon.\n\
        /end";
    let result = play("sick-participant", "en", 1, script);
    assert!(fired(&result, "V-FORBIDDEN-ASKED"), "{:?}", rules(&result));
    assert_eq!(result["passed"], false, "{:?}", rules(&result));
}

/// Hurrying a nervous caller off the line for the queue, and preaching at a sick one, each
/// cap the call below the pass mark however correct its steps.
#[test]
fn hurrying_or_preaching_fails_a_correct_call() {
    let rushed = "Service point, good morning.\n\
        Quickly then, participant number and date of birth, there are people waiting.\n\
        /lookup\n\
        That matches.\n\
        /absent\n\
        Done, absent, no charge.\n\
        For a new date call back when it's quieter, I have to take the next call now.\n\
        Bye.\n\
        /end";
    let result = play("sick-participant", "en", 1, rushed);
    assert!(fired(&result, "D-RUSHED"), "{:?}", rules(&result));
    assert_eq!(result["passed"], false, "{:?}", rules(&result));

    let preached = "Goedemorgen, Servicepunt Rijksleerhuis, met Ruud.\n\
        U moet weten dat veel mensen gewoon niet komen opdagen. Dat kost belastinggeld.\n\
        Mag ik uw deelnemersnummer en geboortedatum?\n\
        /lookup\n\
        Dat klopt. Wat u mankeert vraag ik niet, dat is een heel belangrijk principe.\n\
        /ziekmelden\n\
        Afgemeld, geen kosten. Volgende keer graag al op zondagavond melden.\n\
        De cursusinformatie is het lezen waard, daar staat alles in.\n\
        /omboeken\n\
        U staat op 2 en 3 juni. Lees de bevestiging ook echt even goed door. Beterschap.\n\
        /end";
    let result = play("sick-participant", "nl", 1, preached);
    let lectures = rules(&result).iter().filter(|r| *r == "D-LECTURE").count();
    assert!(lectures >= 3, "{:?}", rules(&result));
    assert_eq!(result["passed"], false, "{:?}", rules(&result));
}

/// Typing a password into one's own login screen asks for nothing in Dutch either; sending or
/// reading it out to the agent still does.
#[test]
fn typing_a_password_into_the_screen_asks_for_nothing_in_dutch() {
    hears_each(
        Lang::Nl,
        &[
            "Typ uw wachtwoord in het inlogscherm, dan bent u binnen.",
            "Tik de zes cijfers uit de app in het inlogscherm.",
        ],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &[
            "Zet je wachtwoord maar even hier in de chat.",
            "Stuur je pincode even in een dm.",
            "Lees me de zes cijfers uit je authenticator voor.",
        ],
        &["ask_identity:password"],
        &[],
    );
}

/// Blame said sideways (set zg and the read sets): "not that it's your fault, but", a missed
/// appointment without a word, "and I'm the king of", "had u niet eerder kunnen melden".
#[test]
fn blame_said_sideways_is_heard() {
    hears_each(
        Lang::En,
        &[
            "Not that it's your fault, but the heating worked fine before you moved in.",
            "That's the third appointment you've missed without letting us know.",
            "Try not to drop it again, eh.",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Ik ga niet zeggen dat het aan u ligt, maar de buren hebben nergens last van.",
            "Had u de lekkage niet eerder kunnen melden?",
            "Tuurlijk, en ik ben de paus van Rome.",
            "Wat een briljant idee om alles te wissen.",
        ],
        &["blame"],
        &[],
    );
    // Saying it is nobody's fault still blames nobody.
    hears_each(
        Lang::Nl,
        &["Ik zeg niet dat u het fout heeft gedaan, het systeem doet raar."],
        &[],
        &["blame"],
    );
}

/// What set zi showed, each in words of our own.
#[test]
fn what_set_zi_showed() {
    let en: [(&str, &[&str], &[&str]); 8] = [
        (
            "No dramas, it happens to loads of people.",
            &["reassurance"],
            &["refusal"],
        ),
        ("Sorry love, nothing left for today.", &["refusal"], &[]),
        (
            "I've booked you in for a call-back before five.",
            &["commitment"],
            &[],
        ),
        (
            "Funny how it only broke after the warranty ran out.",
            &["blame"],
            &[],
        ),
        ("Our cover doesn't cover wear and tear.", &["refusal"], &[]),
        (
            "Can you read me the numbers off the meter?",
            &["ask_info"],
            &[],
        ),
        (
            "That's so we can pay you the full value.",
            &["explain_reason"],
            &[],
        ),
        (
            "Sorry for the wait, there are hundreds of passengers on hold.",
            &[],
            &["hold_notice"],
        ),
    ];
    for (line, with, without) in en {
        hears_each(Lang::En, &[line], with, without);
    }
    let nl: [(&str, &[&str], &[&str]); 8] = [
        (
            "Die fiets kan ik niet omruilen, die is speciaal voor u gemaakt.",
            &["refusal"],
            &[],
        ),
        (
            "Ik zet u op de wachtlijst voor de traplift.",
            &[],
            &["hold_notice"],
        ),
        (
            "U bent terecht boos, dat had niet mogen gebeuren.",
            &["empathy"],
            &[],
        ),
        (
            "Daar is nog nooit iemand aan doodgegaan.",
            &["dismissive"],
            &[],
        ),
        (
            "Een bezwaar kunt u indienen via het formulier op de website.",
            &["offer_alternative"],
            &[],
        ),
        ("Goeie reis en tot ziens!", &["closing"], &[]),
        (
            "Ik schaam me ervoor hoe u bent behandeld.",
            &["apology"],
            &[],
        ),
        (
            "Blijft u even aan de lijn, ik overleg met de arts.",
            &[],
            &["transfer_notice"],
        ),
    ];
    for (line, with, without) in nl {
        hears_each(Lang::Nl, &[line], with, without);
    }
}

/// Promises nobody can keep, as set AG's agents made them: "dit gebeurt nooit meer", a
/// compensation on top, an answer "morgen al", a direct line.
#[test]
fn promising_what_the_bank_cannot_keep_fails_the_call() {
    let script = "Goedemiddag, Noorderbank zakelijk, met Lotte.\n\
        Mag ik uw klantnummer en de geboortedatum van de rekeninghouder?\n\
        /lookup\n\
        Dat klopt. Er is geen werk gedaan: het systeem kapte de kosten af, de laatste cent kwam op 1 april.\n\
        De omschrijving is fout, sorry daarvoor. Ik boek de cent terug en u krijgt een vergoeding van 25 euro.\n\
        /terugboeken\n\
        Ik zet uw klacht erin, dan heeft u morgen al een schriftelijk antwoord.\n\
        /klacht\n\
        En dit gebeurt nooit meer, daar zorg ik voor. Fijne middag!\n\
        /end";
    let result = play("bank-cent", "nl", 1, script);
    assert!(fired(&result, "R-UNKEPT-PROMISES"), "{:?}", rules(&result));
    assert_eq!(result["passed"], false, "{:?}", rules(&result));
}

/// A refusal only the classifier hears still gets its reason from the statement after it.
#[test]
fn a_learned_refusal_gets_its_reason() {
    hears_each(
        Lang::Nl,
        &["Ik kan die bestelling ni meer annuleren, ze is al vertrokken uit het magazijn."],
        &["refusal", "explain_reason"],
        &[],
    );
}

/// Set zh, read after it was measured: a texted code asked for in chat shorthand, and the code
/// in the text message asked for in Dutch, are password asks; mentioning it is none.
#[test]
fn a_texted_code_asked_in_shorthand_is_a_password_ask() {
    hears_each(
        Lang::En,
        &["pls send me the 6 digit code we just texted u"],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Welke code staat er in de sms? Dan vul ik hem hier in."],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["U krijgt zo een code in de sms, die typt u zelf in de app."],
        &[],
        &["ask_identity:password"],
    );
}

/// Asking whether the caller tried to log in *with* their password asks for nothing (set zj's
/// one false critical ask, found when it was measured).
#[test]
fn logging_in_with_a_password_asks_for_nothing() {
    hears_each(
        Lang::Nl,
        &["Heb je al geprobeerd opnieuw in te loggen met je wachtwoord?"],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::En,
        &["Have you tried logging in with your new password?"],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["En wat is uw wachtwoord?"],
        &["ask_identity:password"],
        &[],
    );
}
