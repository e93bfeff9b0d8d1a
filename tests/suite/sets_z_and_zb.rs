//! Nineteenth round: what the trainer set Z and the line set zb showed once read, each kind
//! held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

fn has(lang: Lang, text: &str, act: &str) -> bool {
    heard(lang, text).iter().any(|a| a == act)
}

/// The desk's opening line is its greeting (the writers' brief says so), in either language,
/// also when the organisation's name comes before the speaker's; "Sorry, Dan." is no desk.
#[test]
fn the_desk_s_opening_line_greets() {
    for (lang, text) in [
        (Lang::En, "Service desk, Kev."),
        (Lang::En, "Brightwell Energy, Dean speaking."),
        (Lang::En, "Aquaflow Water, Gary. Go on."),
        (Lang::Nl, "Klantenservice Lijnbus, zeg het maar."),
        (Lang::Nl, "Gemeente Rijnstede, met Kim."),
    ] {
        let acts = heard(lang, text);
        assert!(
            acts.contains(&"greeting".to_string()) && acts.contains(&"self_intro".to_string()),
            "{text}: {acts:?}"
        );
    }
    for (lang, text) in [
        (Lang::En, "Sorry, Dan."),
        (Lang::En, "Call the helpdesk, they'll know."),
    ] {
        assert!(
            !has(lang, text, "greeting"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
}

/// A bare desk name greets only tentatively: it earns no greeting points, where "Good
/// morning" before it does.
#[test]
fn a_bare_desk_name_earns_no_greeting_points() {
    let rest = "\nCould you give me the practice's customer number and your date of birth?\n/end";
    let bare = play(
        "verified-impatient",
        "en",
        1,
        &format!("Medivo support, Ruben.{rest}"),
    );
    let warm = play(
        "verified-impatient",
        "en",
        1,
        &format!("Good morning, Medivo support, Ruben.{rest}"),
    );
    assert!(
        !rules(&bare).contains(&"P-GREETING".to_string()),
        "{:?}",
        rules(&bare)
    );
    assert!(
        rules(&warm).contains(&"P-GREETING".to_string()),
        "{:?}",
        rules(&warm)
    );
}

/// What went wrong, said right after an apology or a reassurance, is its reason ("sorry for
/// the trouble, the bikes in your street have a fault"); a second reassurance is not.
#[test]
fn a_cause_after_an_apology_or_a_reassurance_is_its_reason() {
    for (lang, text) in [
        (
            Lang::En,
            "Sorry for the trouble, the payment got stuck in our system overnight.",
        ),
        (
            Lang::Nl,
            "Sorry voor het ongemak, de fietsen in uw straat hebben een storing.",
        ),
        (
            Lang::Nl,
            "U heeft niks fout gedaan hoor, de boekingssite stuurt het soms niet door.",
        ),
    ] {
        assert!(
            has(lang, text, "explain_reason"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    for (lang, text) in [
        (Lang::En, "No problem at all, you're not bothering me."),
        (Lang::Nl, "Geen probleem hoor, daar zitten we voor."),
        (Lang::Nl, "Sorry, dat had niet mogen gebeuren."),
    ] {
        assert!(
            !has(lang, text, "explain_reason"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
}

/// "Did you actually read the email?" doubts the caller; it asks for no e-mail address.
/// "Read the screen, genius" insults; "genie" said the same way in Dutch does too.
#[test]
fn doubting_questions_and_a_sarcastic_genius() {
    let doubt = "did you actually read the email?";
    assert!(has(Lang::En, doubt, "blame"));
    assert!(!has(Lang::En, doubt, "ask_identity:email"));
    assert!(has(Lang::En, "What's your email?", "ask_identity:email"));
    assert!(has(Lang::Nl, "Heb je de app wel geupdate?", "blame"));
    assert!(has(
        Lang::En,
        "caps lock is on. read the screen, genius",
        "insult"
    ));
    assert!(has(Lang::Nl, "heb je het wel gelezen, genie?", "insult"));
    assert!(!has(Lang::En, "You found it? Genius!", "insult"));
}

/// A patient agent who verifies before reassuring does not lose the halting caller: he is
/// anxious, but a polite check is not what makes him hang up.
#[test]
fn a_patient_check_keeps_the_halting_caller_on_the_line() {
    let r = play(
        "halting-language",
        "en",
        1,
        "Good morning, Leerhuis Utrecht, my name is Sam.
How can I help you? Slowly is fine.
First I need your participant number. It is on the letter, top right.
Thank you. And your date of birth?
/lookup
Thank you. That is correct.
You have a letter from us. What does it say?
On Tuesday you went to our old building. We moved. That is our fault, not yours.
I will book a new intake for you now.
/reschedule
Can you tell me when and where you need to go?
Goodbye, Mr Tesfay.
/end",
    );
    assert_ne!(r["outcome"], "hung_up", "{}", r["outcome"]);
    assert_eq!(r["passed"], true, "{:?}", rules(&r));
}

/// Hurrying the caller in so many words ("a bit quicker", "real quick") is hurrying; telling
/// a Dutch caller "ik zie u" before the check and then what the file says discusses it.
#[test]
fn hurrying_and_telling_before_the_check() {
    let r = play(
        "halting-language",
        "en",
        1,
        "Morning, Leerhuis Utrecht, Jake.
Participant number and date of birth real quick?
Sorry, we're swamped, could you go a bit quicker for me?
/lookup
/end",
    );
    assert!(
        rules(&r).contains(&"D-RUSHED".to_string()),
        "{:?}",
        rules(&r)
    );
    let r = play(
        "halting-language",
        "nl",
        1,
        "Goedemorgen, Leerhuis Utrecht, met Anouk.
/lookup Tesfay
Ja, ik zie u. U had dinsdag een intake. U bent niet gekomen.
/end",
    );
    assert!(
        critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()),
        "{:?}",
        rules(&r)
    );
}

/// Promising that a password never expires again, or that the caller is always helped first,
/// is promising what the desk cannot keep.
#[test]
fn promises_the_desk_cannot_keep() {
    let r = play(
        "verified-impatient",
        "nl",
        1,
        "Goedemorgen, Medivo support, met Ruben.
Mag ik het klantnummer van de praktijk en uw geboortedatum?
/lookup
Dank u, dat klopt. Ik reset het nu.
/reset
Ik zet meteen de verlooptermijn van uw wachtwoord uit, dan overkomt dit u nooit meer.
Ik zet er een notitie bij dat u voortaan altijd als eerste geholpen wordt.
Fijne dag verder!
/end",
    );
    assert!(
        rules(&r).contains(&"R-UNKEPT-PROMISES".to_string()),
        "{:?}",
        rules(&r)
    );
    assert_eq!(r["passed"], false);
}

/// A greeting that ends a line after what the call was for is its goodbye ("Thank you for
/// your cooperation. Good day."); at the start, or after the desk's name, it still greets.
#[test]
fn a_greeting_at_the_end_of_a_line_says_goodbye() {
    for (lang, text) in [
        (Lang::En, "Thank you for your cooperation. Good day."),
        (Lang::En, "I am obliged to you for your time. Good day."),
        (
            Lang::Nl,
            "Storing staat genoteerd, de monteur komt morgen. Goedendag.",
        ),
        (
            Lang::Nl,
            "Dank u wel voor uw telefoontje en veel sterkte vanavond, goedenavond.",
        ),
    ] {
        let acts = heard(lang, text);
        assert!(
            acts.contains(&"closing".to_string()) && !acts.contains(&"greeting".to_string()),
            "{text}: {acts:?}"
        );
    }
    for (lang, text) in [
        (Lang::En, "Good morning."),
        (Lang::En, "Thanks for calling Medivo, good morning."),
        (Lang::Nl, "Praktijk De Linde, met Ilse, goedemorgen."),
    ] {
        assert!(
            has(lang, text, "greeting"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    assert!(!has(
        Lang::En,
        "I am obliged to you for your time.",
        "procedure_shield"
    ));
    assert!(has(
        Lang::En,
        "Not saying you're lying. Pulling up the trace now.",
        "commitment"
    ));
}

/// "You're really annoying" insults the caller; "that's really annoying for you" feels for
/// them. The words are the same, the person they are said of is not.
#[test]
fn annoying_said_of_the_caller_insults() {
    for (lang, text) in [
        (Lang::En, "You're really annoying."),
        (Lang::Nl, "Kut, u bent echt vervelend."),
        (Lang::Nl, "Wat bent u vervelend zeg."),
    ] {
        let acts = heard(lang, text);
        assert!(
            acts.contains(&"insult".to_string()) && !acts.contains(&"empathy".to_string()),
            "{text}: {acts:?}"
        );
    }
    for (lang, text) in [
        (Lang::En, "That's really annoying for you."),
        (Lang::Nl, "Dat is echt vervelend voor u."),
        (Lang::Nl, "U bent helemaal niet vervelend hoor."),
    ] {
        assert!(
            !has(lang, text, "insult"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
}

/// Playing the caller's trouble down in so many words is dismissive ("Not everything is an
/// emergency", "there are worse things"), not reassuring; "stel je niet zo aan" belittles but
/// is no insult (a false critical error fails the call).
#[test]
fn belittling_idioms_are_dismissive() {
    for (lang, text) in [
        (Lang::En, "Not everything is an emergency, sir."),
        (Lang::En, "Honestly, there are worse things."),
        (Lang::En, "People have bigger problems, you know."),
        (Lang::En, "I'll log it, but don't expect miracles."),
        (Lang::Nl, "Andere mensen hebben echte problemen."),
        (Lang::Nl, "Stel je niet zo aan."),
    ] {
        let acts = heard(lang, text);
        assert!(
            acts.contains(&"dismissive".to_string())
                && !acts.contains(&"reassurance".to_string())
                && !acts.contains(&"insult".to_string()),
            "{text}: {acts:?}"
        );
    }
}

/// Set zc (measured once at the end of the round, then read): a code sent to the caller's
/// phone and then asked to be read back is a password ask in either language, and names no
/// phone number; a code the caller must keep is not asked.
#[test]
fn a_code_to_be_read_back_is_a_password_ask() {
    for (lang, text) in [
        (
            Lang::En,
            "We've just sent a six-digit code to your mobile, could you read it back to me?",
        ),
        (
            Lang::Nl,
            "Ik stuur u een verificatiecode per sms en die mag u mij dan even voorlezen.",
        ),
        (
            Lang::En,
            "Could I take your membership number, and, um, the PIN for the app as well?",
        ),
    ] {
        assert!(
            has(lang, text, "ask_identity:password"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    let sent = "We've just sent a six-digit code to your mobile, could you read it back to me?";
    assert!(!has(Lang::En, sent, "ask_identity:phone_number"));
    for (lang, text) in [
        (
            Lang::En,
            "We've sent a code to your mobile, please don't read it to anyone, not even me.",
        ),
        (
            Lang::Nl,
            "U krijgt een sms-code, die mag u nooit aan iemand voorlezen.",
        ),
    ] {
        let acts = heard(lang, text);
        assert!(
            !acts.iter().any(|a| a.starts_with("ask_identity")),
            "{text}: {acts:?}"
        );
    }
}

/// An insult reported ("heeft mijn collega u een zeurpiet genoemd?") is not the trainee's; a
/// Limburg "gein domme vraag" denies it; a sarcastic "a genius like you" and "you're an
/// obnoxious drunk" insult.
#[test]
fn reported_denied_and_sarcastic_insults() {
    for (lang, text) in [
        (
            Lang::Nl,
            "Heeft mijn collega u een zeurpiet genoemd? Dat had nooit mogen gebeuren.",
        ),
        (
            Lang::Nl,
            "Nee, dat is gein domme vraag, dao belle zoveel luuj over.",
        ),
        (
            Lang::En,
            "The last agent called you an idiot? That's not on, I'm sorry.",
        ),
    ] {
        assert!(
            !has(lang, text, "insult"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    for text in [
        "They'll be thrilled to meet a genius like you.",
        "With respect, sir, you're an obnoxious drunk.",
    ] {
        assert!(
            has(Lang::En, text, "insult"),
            "{text}: {:?}",
            heard(Lang::En, text)
        );
    }
}

/// Set AA: guaranteeing the certificate "whatever happens" and ringing her manager oneself
/// are two promises the desk cannot keep (the manager only ever gets the standard notice).
#[test]
fn ringing_the_manager_and_whatever_happens_are_promises_too_far() {
    let r = play(
        "sick-participant",
        "en",
        1,
        "Good morning, Rijksleerhuis service point, this is Priya.
Oh dear, poor you. Can I have your participant number from the confirmation e-mail?
And your date of birth?
/lookup
That's all correct. I'm registering your absence now.
/absent
Don't worry about the certificate, I'll make sure you have it before 1 July whatever happens.
I'll also give your manager a ring myself this morning.
Feel better soon!
/end",
    );
    assert!(
        rules(&r).contains(&"R-UNKEPT-PROMISES".to_string()),
        "{:?}",
        rules(&r)
    );
    assert_eq!(r["passed"], false);
}
