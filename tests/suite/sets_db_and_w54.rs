//! What the fifty-fourth round's sets taught: a negation in a later part that says why or what
//! for ("so I can see why it is not working") leaves a password ask standing; "login password"
//! names a password, not a username; "if you send me your …" asks; Dutch asks by "… typen?",
//! "heeft u … uit de sms bij de hand?" and "niet nodig, maar wel …"; asking whether a password
//! exists asks for nothing; advice ("voortaan zou ik …") and a question reported back ("je
//! vraagt of ik …") ask nothing; Dutch insults by "allerdomste" and "klaploper"; a Scots
//! "it's no your fault" reassures; someone else's "calm down" is no calm-down; Dutch promises
//! in the present tense ("ik doe de slagboom open", "'k schrap die boete", "we komen eraan").
//! Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

#[test]
fn a_negation_saying_why_leaves_the_password_ask_standing() {
    always_heard(&[
        (
            Lang::En,
            "could you tell me your password so I can find out why the app isn't loading",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "what's your PIN, then I can see why the card doesn't work",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "kun je me je wachtwoord geven zodat ik kan kijken waarom het niet werkt?",
            "ask_identity:password",
        ),
    ]);
    // A negation after "but", or a pause and "no", still takes the ask back.
    never_heard(
        &[
            (Lang::En, "I'd ask for your PIN but we're not allowed to"),
            (Lang::En, "give me your password, no, actually don't"),
        ],
        "ask_identity:password",
    );
}

#[test]
fn a_login_password_is_a_password() {
    always_heard(&[
        (
            Lang::En,
            "what's your login password for the portal",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "if you send me your login pw I'll go in and check",
            "ask_identity:password",
        ),
    ]);
    never_heard(
        &[(Lang::En, "what's your login password for the portal")],
        "ask_identity:username",
    );
}

#[test]
fn dutch_asks_by_typing_by_a_code_to_hand_and_by_but_i_do_need() {
    always_heard(&[
        (
            Lang::Nl,
            "kunt u de pincode van uw pas even typen?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "heeft u de code uit de sms al bij de hand?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "uw bsn heb ik niet nodig hoor, maar wel de inlogcode van de app",
            "ask_identity:password",
        ),
        (Lang::Nl, "mail + pasword graag", "ask_identity:password"),
    ]);
}

#[test]
fn asking_whether_a_password_exists_or_reporting_a_question_asks_nothing() {
    never_heard(
        &[
            (
                Lang::En,
                "do you have a phone password on the account at all?",
            ),
            (
                Lang::Nl,
                "heeft u eigenlijk een telefonisch wachtwoord op uw polis?",
            ),
            (
                Lang::Nl,
                "u vraagt of ik uw pincode nodig heb? nee hoor, absoluut niet",
            ),
            (
                Lang::Nl,
                "voortaan zou ik uw inloggegevens in een password manager bewaren",
            ),
        ],
        "ask_identity:password",
    );
    // Existence is not asked about a fact to hand.
    always_heard(&[(
        Lang::Nl,
        "heb je een ordernummer voor me?",
        "ask_identity:order_number",
    )]);
}

#[test]
fn dutch_insults_by_allerdomste_and_klaploper() {
    always_heard(&[
        (
            Lang::Nl,
            "jij bent echt de allerdomste klant van vandaag",
            "insult",
        ),
        (Lang::Nl, "wat een klaploper ben jij zeg", "insult"),
    ]);
}

#[test]
fn a_statement_about_a_password_is_no_ask_but_and_the_password_too_is() {
    never_heard(
        &[(
            Lang::En,
            "Your password also ran out on Friday, that's why it stopped working",
        )],
        "ask_identity:password",
    );
    always_heard(&[(
        Lang::En,
        "Account number and date of birth. And the online PIN while you're at it.",
        "ask_identity:password",
    )]);
}

/// "Ik moet u om … vragen" asks: an agent who apologises for every check still made it, and
/// was scored as if the check had never been asked (set DB).
#[test]
fn having_to_ask_for_a_fact_asks_for_it() {
    let script = "Goedemiddag, helpdesk Zorgnet, u spreekt met Ilse.
Vervelend voor u. Voor welke zorgaanbieder belt u?
/lookup
Sorry hoor, maar ik moet u eerst om het fiscaal nummer van de praktijk vragen.
/end";
    let r = play("impostor-reset", "nl", 1, script);
    assert!(!fired(&r, "V-NOT-ASKED"), "{:?}", rules(&r));
    assert!(
        hears(
            Lang::Nl,
            "ik moet u helaas naar uw geboortedatum vragen",
            "ask_identity:date_of_birth"
        ),
        "{:?}",
        heard(Lang::Nl, "ik moet u helaas naar uw geboortedatum vragen")
    );
}

/// "Wat hebt u precies?" asks the sick participant what she has: the question the policy
/// forbids (story: nobody at the desk may ask what is wrong).
#[test]
fn asking_what_she_has_is_the_forbidden_question_in_both_languages() {
    let nl = "Servicepunt Rijksleerhuis, goedemorgen.
Ziek? Wat hebt u dan precies?
/end";
    assert_critical(&play("sick-participant", "nl", 1, nl), "V-FORBIDDEN-ASKED");
    let en = "Good morning, Rijksleerhuis service point.
Oh dear, what have you come down with?
/end";
    assert_critical(&play("sick-participant", "en", 1, en), "V-FORBIDDEN-ASKED");
}

/// A lecture in words the list had not heard: "u moet goed begrijpen dat …", "ongeduld helpt
/// hier niet", "impatience won't help".
#[test]
fn more_ways_to_lecture_are_heard() {
    each_lectures_the_impostor(
        "nl",
        &[
            "Kijk, u moet goed begrijpen dat dit geen gewoon account is.",
            "Ongeduld helpt hier echt niet, meneer.",
        ],
    );
    each_lectures_the_impostor("en", &["Impatience won't help you here, I'm afraid."]);
}

#[test]
fn not_your_fault_in_dialect_and_not_here_to_judge_reassure() {
    always_heard(&[
        (
            Lang::En,
            "och, it's no your fault at all, hen",
            "reassurance",
        ),
        (
            Lang::En,
            "that's not the courier's fault or yours, the depot flooded",
            "reassurance",
        ),
        (
            Lang::En,
            "I'm not here to judge how the arrears happened",
            "reassurance",
        ),
        (
            Lang::En,
            "we'd never rush you, take your time",
            "reassurance",
        ),
    ]);
    never_heard(
        &[(Lang::En, "och, it's no your fault at all, hen")],
        "blame",
    );
    // Someone else telling the caller to calm down is not the agent doing it.
    never_heard(
        &[(
            Lang::En,
            "if anybody tells you to calm down after a night like that, ignore them",
        )],
        "calm_down",
    );
}

#[test]
fn dutch_promises_in_the_present_tense() {
    always_heard(&[
        (Lang::Nl, "ik doe het hek nu op afstand open", "commitment"),
        (
            Lang::Nl,
            "'k schrap die aanmaning, u hoeft niks te doen",
            "commitment",
        ),
        (
            Lang::Nl,
            "ik neem vandaag nog contact op met de verhuurder",
            "commitment",
        ),
        (Lang::Nl, "blijf bij hem, we komen eraan", "commitment"),
        (
            Lang::Nl,
            "ik blokkeer die kaart nu en ik zet je melding door naar de fraudeafdeling",
            "commitment",
        ),
    ]);
    // Putting the caller through is still a transfer, not a promise.
    always_heard(&[(
        Lang::Nl,
        "ik zet je door naar de afdeling schade",
        "transfer_notice",
    )]);
}

/// A sweep of everyday ask frames found two missing in each language: "ik moet u helaas
/// vragen om …", "ik mag u toch even om … vragen"; "let me grab your …", "I'll just take
/// your …". Taking a fact from the system asks for nothing.
#[test]
fn everyday_ask_frames_ask() {
    always_heard(&[
        (
            Lang::Nl,
            "ik moet u helaas vragen om uw postcode",
            "ask_identity:postcode",
        ),
        (
            Lang::Nl,
            "ik mag u toch even om uw geboortedatum vragen",
            "ask_identity:date_of_birth",
        ),
        (
            Lang::En,
            "let me grab your date of birth, love",
            "ask_identity:date_of_birth",
        ),
        (
            Lang::En,
            "I'll just take your postcode first",
            "ask_identity:postcode",
        ),
    ]);
    never_heard(
        &[(Lang::En, "let me grab your postcode from the system")],
        "ask_identity:postcode",
    );
}
