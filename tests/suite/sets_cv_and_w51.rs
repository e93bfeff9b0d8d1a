//! What the fifty-first round's sets taught: a fact's name with a word of the caller's own
//! before it ("your steam password"), a report past a quoted name, "not you" after swearing
//! at a machine, an act another turned into shown with its rule, and Dutch lines where "had u
//! moeten bellen" is the agent's own fault and "Ik geef u geen informatie" a refusal. Lines in
//! our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// One or two words of the caller's own between "your" and a fact's name still name the fact:
/// "your gmail password" asks for the password. Words that judge the fact ("the wrong
/// address") or a Dutch compound do not change.
#[test]
fn a_fact_named_with_a_word_of_the_callers_own_is_asked() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "whats your gmail password",
            "Could you spell your Government Gateway password for me?",
            "can you read me your online banking passcode",
            "If that's easier, just paste your admin password and the 6-digit authenticator \
             code in here.",
        ],
    );
    hears_each(
        Lang::En,
        &["Date of birth, and your portal username."],
        &["ask_identity:date_of_birth", "ask_identity:username"],
        &[],
    );
    hears_none(
        Lang::En,
        "ask_identity:address",
        &["you must have put the wrong address on the form"],
    );
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "Please read the temporary password from the text to yourself and type it in.",
            "We will never ask for your banking app password over the phone.",
        ],
    );
}

/// A report of someone else's ask reaches past a name in quotation marks: "the 'support
/// agent' asked for your API secret?" asks for nothing.
#[test]
fn a_report_reaches_past_a_quoted_name() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "so the 'helpdesk guy' on whatsapp asked for ur api secret?? that was not us",
            "the 'agent' asked for your PIN? hang up next time",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Die verkoper vroeg om uw inlogcode? Dat is oplichting, wij vragen dat nooit."],
    );
}

/// Swearing at a machine taken back with a bare "not you" is no insult; a name called after
/// it still is.
#[test]
fn not_you_takes_back_swearing_at_a_machine() {
    hears_none(
        Lang::En,
        "insult",
        &[
            "ffs the system froze again. not you. one sec",
            "Stupid card machine, not you, Mrs Jansen, sorry!",
        ],
    );
    hears_all(Lang::En, "insult", &["not you. you are a clown"]);
}

/// An act another turned into (a password the agent will never ask for reassures) shows the
/// rule that turned it in `--explain`, as every heard act does.
#[test]
fn an_act_another_turned_into_shows_its_rule() {
    let lexicon = builtin_lexicon(Lang::En);
    let text = "This office will never ask for your password";
    let explanation = lexicon.explain(text);
    let labels: Vec<String> = explanation.acts.iter().map(|a| a.label()).collect();
    assert_eq!(labels, ["reassurance"], "{text:?}");
    let rendered = explanation.render();
    assert!(
        rendered.contains("reassurance") && rendered.contains("turns into reassurance"),
        "{rendered}"
    );
}

/// Dutch: a colleague who should have called is the agent's side's fault, not the caller's;
/// "fijn dat u ook eens belt" after reminders blames; "ik geef u geen informatie" refuses and
/// puts no one through; dialect "gain" negates.
#[test]
fn dutch_blame_refusal_and_dialect_negation() {
    hears_each(
        Lang::Nl,
        &["Sorry, de monteur had u gisteren al moeten bellen, dat is bij ons misgegaan."],
        &["apology"],
        &["blame"],
    );
    hears_all(
        Lang::Nl,
        "blame",
        &["Nou, leuk dat u na vier herinneringen ook eens reageert."],
    );
    hears_each(
        Lang::Nl,
        &["U staat niet als contactpersoon geregistreerd. Ik geef u geen informatie."],
        &["refusal"],
        &["transfer_notice"],
    );
    hears_each(
        Lang::Nl,
        &["Gain domme vraog hoor, die krieg ik elke dag."],
        &["reassurance"],
        &["insult"],
    );
}

/// Dutch password asks in other words: a verification code given "aan mij", the secret word
/// from the security question.
#[test]
fn dutch_secret_words_and_codes_handed_to_the_agent_are_asked() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "U moet de verificatiecode uit de mail even aan mij doorgeven.",
            "Wat is het geheime woord dat u bij ons heeft opgegeven?",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Wij zullen u nooit om uw geheime code vragen."],
    );
}

/// English: a hold on enforcement puts no one on hold; "I can't stand" refuses nothing; what
/// the agent is required to take is asked.
#[test]
fn english_look_alikes_of_hold_and_refusal() {
    hears_none(
        Lang::En,
        "hold_notice",
        &["I'll put a 30-day hold on the collection while the appeal is looked at."],
    );
    hears_none(
        Lang::En,
        "refusal",
        &["I can't stand those self-checkout machines either, honestly"],
    );
    hears_each(
        Lang::En,
        &["I'm required to take your date of birth and your postcode before we go on."],
        &["ask_identity:date_of_birth", "ask_identity:postcode"],
        &[],
    );
}
