//! Nineteenth round: what the trainer set Z and the line set zb showed once read, each kind
//! held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

/// The desk's opening line is its greeting (the writers' brief says so), in either language,
/// also when the organisation's name comes before the speaker's; "Sorry, Dan." is no desk.
#[test]
fn the_desk_s_opening_line_greets() {
    let both = ["greeting", "self_intro"];
    let en = [
        "Service desk, Kev.",
        "Brightwell Energy, Dean speaking.",
        "Aquaflow Water, Gary. Go on.",
    ];
    hears_each(Lang::En, &en, &both, &[]);
    let nl = [
        "Klantenservice Lijnbus, zeg het maar.",
        "Gemeente Rijnstede, met Kim.",
    ];
    hears_each(Lang::Nl, &nl, &both, &[]);
    let none = ["Sorry, Dan.", "Call the helpdesk, they'll know."];
    hears_each(Lang::En, &none, &[], &["greeting"]);
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
    assert!(!fired(&bare, "P-GREETING"), "{:?}", rules(&bare));
    assert!(fired(&warm, "P-GREETING"), "{:?}", rules(&warm));
}

/// What went wrong, said right after an apology or a reassurance, is its reason ("sorry for
/// the trouble, the bikes in your street have a fault"); a second reassurance is not.
#[test]
fn a_cause_after_an_apology_or_a_reassurance_is_its_reason() {
    let reason = ["explain_reason"];
    let en = ["Sorry for the trouble, the payment got stuck in our system overnight."];
    hears_each(Lang::En, &en, &reason, &[]);
    let nl = [
        "Sorry voor het ongemak, de fietsen in uw straat hebben een storing.",
        "U heeft niks fout gedaan hoor, de boekingssite stuurt het soms niet door.",
    ];
    hears_each(Lang::Nl, &nl, &reason, &[]);
    hears_each(
        Lang::En,
        &["No problem at all, you're not bothering me."],
        &[],
        &reason,
    );
    let twice = [
        "Geen probleem hoor, daar zitten we voor.",
        "Sorry, dat had niet mogen gebeuren.",
    ];
    hears_each(Lang::Nl, &twice, &[], &reason);
}

/// "Did you actually read the email?" doubts the caller; it asks for no e-mail address.
/// "Read the screen, genius" insults; "genie" said the same way in Dutch does too.
#[test]
fn doubting_questions_and_a_sarcastic_genius() {
    let doubt = "did you actually read the email?";
    assert!(hears(Lang::En, doubt, "blame"));
    assert!(!hears(Lang::En, doubt, "ask_identity:email"));
    assert!(hears(Lang::En, "What's your email?", "ask_identity:email"));
    assert!(hears(Lang::Nl, "Heb je de app wel geupdate?", "blame"));
    assert!(hears(
        Lang::En,
        "caps lock is on. read the screen, genius",
        "insult"
    ));
    assert!(hears(Lang::Nl, "heb je het wel gelezen, genie?", "insult"));
    assert!(!hears(Lang::En, "You found it? Genius!", "insult"));
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
    assert!(fired(&r, "D-RUSHED"), "{:?}", rules(&r));
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
        critical_rules(&r)
            .iter()
            .any(|x| x == "V-PROTECTED-DISCUSSED"),
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
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}

/// A greeting that ends a line after what the call was for is its goodbye ("Thank you for
/// your cooperation. Good day."); at the start, or after the desk's name, it still greets.
#[test]
fn a_greeting_at_the_end_of_a_line_says_goodbye() {
    let en = [
        "Thank you for your cooperation. Good day.",
        "I am obliged to you for your time. Good day.",
    ];
    hears_each(
        Lang::En,
        &en,
        &["closing"],
        &["greeting", "procedure_shield"],
    );
    let nl = [
        "Storing staat genoteerd, de monteur komt morgen. Goedendag.",
        "Dank u wel voor uw telefoontje en veel sterkte vanavond, goedenavond.",
    ];
    hears_each(Lang::Nl, &nl, &["closing"], &["greeting"]);
    let opening = ["Good morning.", "Thanks for calling Medivo, good morning."];
    hears_each(Lang::En, &opening, &["greeting"], &[]);
    hears_each(
        Lang::Nl,
        &["Praktijk De Linde, met Ilse, goedemorgen."],
        &["greeting"],
        &[],
    );
    let trace = ["Not saying you're lying. Pulling up the trace now."];
    hears_each(Lang::En, &trace, &["commitment"], &[]);
}

/// "You're really annoying" insults the caller; "that's really annoying for you" feels for
/// them. The words are the same, the person they are said of is not.
#[test]
fn annoying_said_of_the_caller_insults() {
    hears_each(
        Lang::En,
        &["You're really annoying."],
        &["insult"],
        &["empathy"],
    );
    let nl = ["Kut, u bent echt vervelend.", "Wat bent u vervelend zeg."];
    hears_each(Lang::Nl, &nl, &["insult"], &["empathy"]);
    hears_each(
        Lang::En,
        &["That's really annoying for you."],
        &[],
        &["insult"],
    );
    let kind = [
        "Dat is echt vervelend voor u.",
        "U bent helemaal niet vervelend hoor.",
    ];
    hears_each(Lang::Nl, &kind, &[], &["insult"]);
}

/// Playing the caller's trouble down in so many words is dismissive ("Not everything is an
/// emergency", "there are worse things"), not reassuring; "stel je niet zo aan" belittles but
/// is no insult (a false critical error fails the call).
#[test]
fn belittling_idioms_are_dismissive() {
    let not = ["reassurance", "insult"];
    let en = [
        "Not everything is an emergency, sir.",
        "Honestly, there are worse things.",
        "People have bigger problems, you know.",
        "I'll log it, but don't expect miracles.",
    ];
    hears_each(Lang::En, &en, &["dismissive"], &not);
    let nl = [
        "Andere mensen hebben echte problemen.",
        "Stel je niet zo aan.",
    ];
    hears_each(Lang::Nl, &nl, &["dismissive"], &not);
}

/// Set zc (measured once at the end of the round, then read): a code sent to the caller's
/// phone and then asked to be read back is a password ask in either language, and names no
/// phone number; a code the caller must keep is not asked.
#[test]
fn a_code_to_be_read_back_is_a_password_ask() {
    let password = ["ask_identity:password"];
    let sent = "We've just sent a six-digit code to your mobile, could you read it back to me?";
    let pin = "Could I take your membership number, and, um, the PIN for the app as well?";
    hears_each(Lang::En, &[sent, pin], &password, &[]);
    hears_each(Lang::En, &[sent], &[], &["ask_identity:phone_number"]);
    let nl = "Ik stuur u een verificatiecode per sms en die mag u mij dan even voorlezen.";
    hears_each(Lang::Nl, &[nl], &password, &[]);
    let keep = "We've sent a code to your mobile, please don't read it to anyone, not even me.";
    hears_each(
        Lang::En,
        &[keep],
        &[],
        &["ask_identity:password", "ask_identity:phone_number"],
    );
    let nooit = "U krijgt een sms-code, die mag u nooit aan iemand voorlezen.";
    hears_each(Lang::Nl, &[nooit], &[], &["ask_identity:password"]);
}

/// An insult reported ("heeft mijn collega u een zeurpiet genoemd?") is not the trainee's; a
/// Limburg "gein domme vraag" denies it; a sarcastic "a genius like you" and "you're an
/// obnoxious drunk" insult.
#[test]
fn reported_denied_and_sarcastic_insults() {
    let nl = [
        "Heeft mijn collega u een zeurpiet genoemd? Dat had nooit mogen gebeuren.",
        "Nee, dat is gein domme vraag, dao belle zoveel luuj over.",
    ];
    hears_each(Lang::Nl, &nl, &[], &["insult"]);
    let reported = "The last agent called you an idiot? That's not on, I'm sorry.";
    hears_each(Lang::En, &[reported], &[], &["insult"]);
    let en = [
        "They'll be thrilled to meet a genius like you.",
        "With respect, sir, you're an obnoxious drunk.",
    ];
    hears_each(Lang::En, &en, &["insult"], &[]);
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
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}

/// Checking what the caller said opens in many ways ("So if I have you right, …?", "Just so
/// I'm sure I've understood: …?"); "als ik het goed begrijp" is no condition on what follows.
#[test]
fn more_ways_to_say_it_back() {
    let en = [
        "So if I have you right, it drops out every evening?",
        "Just so I'm sure I've understood: the service is on the 22nd?",
    ];
    hears_each(Lang::En, &en, &["paraphrase"], &[]);
    let nl = "Als ik het goed begrijp, wilt u opzeggen? Dan stuur ik u het formulier.";
    hears_each(Lang::Nl, &[nl], &["paraphrase", "commitment"], &[]);
}
