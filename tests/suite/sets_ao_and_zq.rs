//! Twenty-fourth round: what the line sets zp and zq and the trainer sets AN and AO showed once
//! read, each kind held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::rules::TALKED_DOWN_CEILING;
use deskdrill::understanding::Blocked;

const GREET_AND_VERIFY: &str = "Good afternoon, Work and Income, Rijnstede municipality, Kim speaking.
No money with the rent due Friday, that is a real worry. Can I have your full name, date of birth and postcode?
/lookup";

/// A warning given before the first threat still warns: the caller threatens, the trainee
/// reports and ends the call, and the call ends as the protocol wants, not with his last word.
#[test]
fn a_warning_before_the_threat_still_counts() {
    let script = format!(
        "{GREET_AND_VERIFY}
Thanks Mr Kramer, you're verified. Before we go on: I won't accept threats against colleagues, and if you continue with them I will end this call.
Your payment is on hold because the bank statements came in late; they're in the queue now.
I'll ask the income team to call you back today because of the rent.
/callback
/report_threat
You are threatening my colleague again, so I am ending this call now. Goodbye.
/end"
    );
    let r = play("threatening-caller", "en", 1, &script);
    assert_eq!(r["outcome"], "refused", "{:?}", caller_lines(&r));
    assert_eq!(r["passed"], true, "{}", r["score"]);
}

/// A boundary set in the turn the threats would have had their last word keeps the call going:
/// the caller does not hang up on it, and the trainee can still report and end the call.
#[test]
fn a_late_boundary_is_heard_before_the_caller_hangs_up() {
    let script = format!(
        "{GREET_AND_VERIFY}
Thank you, Mr Kramer, I have your file here.
Your payment is on hold because the bank statements came in late; they're in the queue now.
Let me see what the income team can do about the timing.
I understand. The statements are being processed.
Stop right there. I will not accept threats against my colleague.
I'll ask the income team to call you back today because of the rent.
/callback
/report_threat
You're threatening my colleague again, so I'm ending this call now. Goodbye.
/end"
    );
    let r = play("threatening-caller", "en", 1, &script);
    assert_eq!(r["outcome"], "refused", "{:?}", caller_lines(&r));
}

/// Where a threatened colleague can be found is told even when a condition trails it ("…, if
/// you want to see him"); a condition in front still tells nothing.
#[test]
fn whereabouts_with_a_trailing_condition_are_told() {
    let script = format!(
        "{GREET_AND_VERIFY}
Thank you, Mr Kramer, you're verified.
He's usually at the front desk on Tuesday mornings, if you want to speak to him in person.
/end"
    );
    assert_critical(
        &play("threatening-caller", "en", 1, &script),
        "V-PROTECTED-DISCUSSED",
    );
    let script = format!(
        "{GREET_AND_VERIFY}
Thank you, Mr Kramer, you're verified.
If you want to speak to your case worker, I can ask the team to arrange an appointment.
/end"
    );
    let r = play("threatening-caller", "en", 1, &script);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}

/// Telling the caller to type a password into the computer asks for nothing; reading out a
/// code sent by text, in any order of the words, is asked for.
#[test]
fn typing_a_password_in_is_not_giving_it() {
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Tik je inlognaam in, jbos, en dan het wachtwoord uit de sms."],
    );
    hears_none(
        Lang::En,
        "ask_identity:username",
        &["On the PC, enter your username as always and then the code from the text."],
    );
    hears_all(
        Lang::En,
        "ask_identity:password",
        &["could you read me the 6 digit code we just texted you?"],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Ik heb de code nodig die je zojuist via sms kreeg.",
            "Zegt gie mij ne keer uw pincode?",
        ],
    );
}

/// The name of a thing is not the caller's name; a "hold" put on an account is no hold of the
/// call; "sorry, say that again?" asks to repeat, it does not apologise.
#[test]
fn names_of_things_and_holds_on_accounts() {
    hears_none(
        Lang::En,
        "ask_identity:full_name",
        &["what's the name of the pills she takes, and when did she last take them?"],
    );
    hears_none(
        Lang::En,
        "hold_notice",
        &["I'll place a hold on the account while the dispute is looked at."],
    );
    hears_all(
        Lang::En,
        "empathy",
        &[
            "you're right to be fed up, that charge should never have gone out",
            "a flooded kitchen the week before Christmas, that's grim",
        ],
    );
}

/// Promising what only the client can decide is an overpromise, however it is worded: that she
/// will ring tonight, that the agent will call back to say how she is, an exception "we might
/// make"; two such promises fail the call. Saying whom the desk may tell asks for nothing.
#[test]
fn promises_on_the_clients_behalf_fail_the_call() {
    let script = "Goedemiddag, cliëntenservice van Zorggroep Rijnvliet, met Noor.
Wat naar dat u al drie weken niets hoort. Hoe heet u, en hoe heet uw moeder?
/lookup
Ik mag u niet vertellen waar ze verblijft; dat mag alleen aan haar of aan een geregistreerde contactpersoon.
Ik geef een bericht door aan haar zorgteam, en ik zorg ervoor dat ze u vanavond nog terugbelt.
/bericht
Lukt dat niet, dan bel ik u morgen zelf om te vertellen hoe het met haar gaat.
Fijne middag verder.
/end";
    let r = play("third-party", "nl", 1, script);
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false, "{}", r["score"]);
    hears_none(
        Lang::Nl,
        "ask_identity:consent",
        &[
            "Over cliënten mag ik niets zeggen aan anderen dan de cliënt zelf of haar contactpersoon.",
        ],
    );
}

/// Offering to give a number is not giving it: the wrong-number caller waits for it, pen in
/// hand, and neither "got a pen handy?" nor "I'll give you the name and number" asks him for
/// anything.
#[test]
fn a_number_offered_is_not_a_number_given() {
    let script = "Good morning, Rijksleerhuis service point, Sam speaking.
That sounds awful, and on top of everything else this year. Let me look up who does handle it.
/lookup
Found it. I'll give you the name and their phone number. Got a pen handy?
/end";
    let r = play("wrong-number", "en", 1, script);
    let lines = caller_lines(&r);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("number?") || l.contains("Let's have it")),
        "{lines:?}"
    );
    hears_none(
        Lang::En,
        "ask_identity",
        &["Found it. I'll give you the name and their phone number. Got a pen handy?"],
    );
    hears_none(
        Lang::Nl,
        "ask_identity",
        &["Ik geef u zo de naam en het telefoonnummer. Pen bij de hand?"],
    );
    // `--explain` says why the question that names a number asked nothing.
    let offer = "Have you got a pen? Then I'll give you the name and the phone number.";
    let explanation = builtin_lexicon(Lang::En).explain(offer);
    assert!(
        explanation.evidence.iter().any(|e| {
            e.pattern == "(a question that names a fact)"
                && matches!(&e.blocked, Some(Blocked::Unless(by)) if by.contains("give"))
        }),
        "{:?}",
        explanation.evidence
    );
    hears_none(
        Lang::Nl,
        "calm_down",
        &["Ik lees het nog even rustig voor, dan weet u zeker dat het klopt."],
    );
    hears_none(
        Lang::Nl,
        "blame",
        &["Ik lees het nog even rustig voor, dan weet u zeker dat het klopt."],
    );
}

/// A mistake owned by the desk blames nobody ("bij ons verkeerd ingevoerd, sorry"), "u zeurt
/// echt niet" denies the nagging, and a fact asked after "ook even" is asked.
#[test]
fn owned_mistakes_and_denied_nagging() {
    let owned = "ik heb het nagekeken: het adres is bij ons verkeerd ingevoerd, sorry daarvoor";
    hears_each(Lang::Nl, &[owned], &["apology"], &["blame"]);
    hears_none(
        Lang::Nl,
        "dismissive",
        &["u bent echt niet de enige, en u zeurt helemaal niet"],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:tax_number",
        &["En omdat het op de zaak staat, ook effe het btw-nummer van het bedrijf"],
    );
    hears_all(
        Lang::En,
        "ask_identity:address",
        &["and the address you're calling from, in case the crew needs it"],
    );
}

/// `verified-impatient`: the account's history read out before the check is a protected
/// detail; offering to text the password to the number she calls from breaks the security
/// notice, twice over when the number is to be added; three lectures cap the call.
#[test]
fn the_impatient_practice_manager_is_protected_from_shortcuts() {
    let history = "/lookup
Morning! I can see it here: locked at 07:41 after five failed attempts.
Could I have the practice's customer number and your date of birth?
/reset
/end";
    assert_critical(
        &play("verified-impatient", "en", 1, history),
        "V-PROTECTED-DISCUSSED",
    );
    let shortcut = "Medivo support, goedemorgen, met Sander.
Wat is het klantnummer van de praktijk, en uw geboortedatum?
/lookup
Dat klopt. Zal ik het wachtwoord naar het nummer sturen waarmee u nu belt? Dat is sneller.
Geeft u dat nummer maar, dan zet ik het erbij.
/reset
/end";
    let r = play("verified-impatient", "nl", 1, shortcut);
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false, "{}", r["score"]);
    let refused = "Medivo support, good morning, Sam speaking.
Could I have the practice's customer number and your date of birth?
/lookup
Thanks. I can't send it to the number you are calling from, I'm afraid; it goes to your mobile on file.
/reset
/end";
    let r = play("verified-impatient", "en", 1, refused);
    assert!(!fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    let sermon = "Medivo support, good morning.
What is your practice's customer number, and your date of birth?
/lookup
Thanks, you're verified. These rules exist for a reason, you know.
/reset
It really helps to use a password manager.
And next time, try to log in a bit earlier than ten to eight.
/end";
    let r = play("verified-impatient", "en", 1, sermon);
    assert!(fired(&r, "P-JARGON-HABIT"), "{:?}", rules(&r));
    assert!(
        score(&r, "total") <= u64::from(TALKED_DOWN_CEILING),
        "{}",
        r["score"]
    );
}

/// Where the driver is driving today, told "between us" so the customer can chase him, is as
/// confidential as his number.
#[test]
fn the_drivers_route_between_us_is_confidential() {
    let script = "Goedemiddag, FixPoint, met Bas.
Wat is uw ordernummer, en uw postcode?
/lookup
Maar tussen ons: het is bus 14, en die rijdt vandaag over de Vleutenseweg en de Damstraat.
/end";
    assert_critical(
        &play("delivery-dispute", "nl", 1, script),
        "V-PROTECTED-DISCUSSED",
    );
}

/// The same sympathy formula in turn after turn is a habit that caps the call, however
/// correct its steps.
#[test]
fn canned_sympathy_as_a_habit_caps_the_call() {
    let script = "Good afternoon, FixPoint, Kevin speaking.
I understand how frustrating this must be for you. May I have your order number and postcode?
/lookup
I understand how frustrating this must be for you. The GPS shows the van was not in your street.
I understand how frustrating this must be for you. I can book a priority pickup tomorrow morning.
/schedule
I understand how frustrating this must be for you. I'll log a complaint about the driver too.
/complaint
Thank you for calling FixPoint, have a nice day.
/end";
    let r = play("delivery-dispute", "en", 1, script);
    assert!(fired(&r, "D-SYMPATHY-HABIT"), "{:?}", rules(&r));
    assert!(score(&r, "total") <= 65, "{}", r["score"]);
    assert_eq!(r["passed"], false);
}

/// The code a card reader gives is a password, asked for in English or Dutch; promising a
/// taxi and an interpreter for the whole course to the halting caller are overpromises.
#[test]
fn a_card_reader_code_and_a_taxi_promised() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &["To be sure, take your card reader and read me the code it shows you."],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["Pakt u de kaartlezer erbij? Leest u mij de code voor die hij geeft."],
    );
    let script = "Goedemorgen, Leerhuis Utrecht, met Sanne.
Wat is uw deelnemersnummer? Het staat rechtsboven op de brief.
En uw geboortedatum?
/lookup
Ik maak een nieuwe afspraak voor u.
/omplannen
Ik stuur ook een taxi naar uw huis. Die haalt u donderdag op.
De tolk blijft de hele cursus bij u, dat regel ik.
Tot donderdag!
/end";
    let r = play("halting-language", "nl", 1, script);
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
}
