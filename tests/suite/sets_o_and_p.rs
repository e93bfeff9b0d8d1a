//! Eleventh round: what the trainer set O (bank-cent, friendly-authority, halting-language,
//! nervous-care-worker) and the understanding set p showed, each kind held by lines and calls
//! of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

fn heard_in(scenario_id: &str, lang: Lang, text: &str) -> Vec<String> {
    labels(&lexicon(&scenario(scenario_id), lang), text)
}

/// A false critical error: a scenario's own ask reached over a gap to the password named in
/// an explanation. It asks only the facts right after its words.
#[test]
fn what_happened_to_the_password_does_not_ask_for_it() {
    for (lang, line) in [
        (
            Lang::En,
            "Right, so what's happened: your password ran out and the system locked you.",
        ),
        (
            Lang::Nl,
            "Wat is er met je wachtwoord gebeurd? Dat is gewoon verlopen.",
        ),
    ] {
        let acts = heard_in("nervous-care-worker", lang, line);
        assert!(
            !acts.contains(&"ask_identity:password".to_string()),
            "{line}: {acts:?}"
        );
    }
    // The same kind in `impostor-reset`, found by an audit of the scenarios' own asks: its
    // "especially … <fact>" reached the password of a warning or a broken page.
    for (lang, line) in [
        (Lang::En, "Especially your password: keep it to yourself."),
        (
            Lang::En,
            "In particular the password reset page is down today.",
        ),
        (Lang::Nl, "Vooral je wachtwoord: dat hou je voor jezelf."),
        (
            Lang::Nl,
            "Vertelt u maar wat er met het wachtwoord is gebeurd.",
        ),
    ] {
        let acts = heard_in("impostor-reset", lang, line);
        assert!(
            !acts.contains(&"ask_identity:password".to_string()),
            "{line}: {acts:?}"
        );
    }
    assert!(
        heard_in(
            "impostor-reset",
            Lang::En,
            "Above all the provider's tax number."
        )
        .contains(&"ask_identity:tax_number".to_string())
    );
    for (lang, line, fact) in [
        (
            Lang::En,
            "What is your employee number?",
            "ask_identity:employee_number",
        ),
        (
            Lang::Nl,
            "Mag ik nog even je personeelsnummer?",
            "ask_identity:employee_number",
        ),
        (
            Lang::Nl,
            "Noem me even je geboortedatum",
            "ask_identity:date_of_birth",
        ),
    ] {
        let acts = heard_in("nervous-care-worker", lang, line);
        assert!(acts.contains(&fact.to_string()), "{line}: {acts:?}");
    }
}

/// Asks in shapes set O and set p showed missing, and lines that only looked like an act.
#[test]
fn asks_closings_and_look_alikes_of_the_eleventh_round() {
    let en = builtin_lexicon(Lang::En);
    let nl = builtin_lexicon(Lang::Nl);
    let has = |l: &deskdrill::understanding::Lexicon, text: &str, act: &str| {
        labels(l, text).contains(&act.to_string())
    };
    // The account holder's fact is asked with the one before it.
    assert!(has(
        &en,
        "First your customer number and the account holder's date of birth, please.",
        "ask_identity:date_of_birth"
    ));
    // An ask is no goodbye, whatever thanks opened it.
    assert!(!has(&en, "Cheers. And your postcode?", "closing"));
    assert!(has(&en, "Cheers, bye now!", "closing"));
    assert!(!has(
        &en,
        "Okay, that's all it is, an expired password.",
        "closing"
    ));
    // What the caller will have is no blame.
    assert!(!has(&en, "You should have the letter by Monday.", "blame"));
    assert!(has(&en, "You should have read the letter.", "blame"));
    // A button held down is no hold; a transfer turned down is no transfer.
    assert!(!has(
        &en,
        "Press and hold the power button for ten seconds.",
        "hold_notice"
    ));
    assert!(!has(
        &en,
        "I could transfer you to the repairs team, but that takes longer, so let's fix it now.",
        "transfer_notice"
    ));
    assert!(has(&en, "Hold your horses, we'll get there.", "calm_down"));
    // Probes of our own: "so what" alone dismisses, opening a question it does not; the
    // nearest lines' "niet aan u" no longer turns "dat ligt aan u" into reassurance.
    assert!(has(&en, "So what, it'll turn up eventually.", "dismissive"));
    assert!(!has(
        &en,
        "So what did the driver's note say?",
        "dismissive"
    ));
    assert!(has(
        &en,
        "Anything else I can help with before I let you go?",
        "closing"
    ));
    assert!(has(&nl, "Dat ligt echt aan u.", "blame"));
    assert!(!has(&nl, "Dat ligt echt aan u.", "reassurance"));
    assert!(has(&nl, "Dat ligt niet aan u.", "reassurance"));
    // A curse word about the caller's luck acknowledges it; it is still swearing at their
    // situation, which the act definitions count as an insult.
    assert!(has(&nl, "Da's echt kut voor je, sorry.", "empathy"));
    assert!(has(&nl, "Wat ben jij een kut.", "insult"));
    // Dutch: the agent who must ask, and asks formally.
    assert!(has(
        &nl,
        "Ik moet u eerst even uw geboortedatum vragen.",
        "ask_identity:date_of_birth"
    ));
    assert!(has(
        &nl,
        "Ik verzoek u mij uw postcode mede te delen.",
        "ask_identity:postcode"
    ));
    assert!(has(
        &nl,
        "Ik vraag dat omdat de brieven soms zoekraken.",
        "explain_reason"
    ));
    // 'met Joost' in the middle of a sentence introduces nobody; a conditional 'alleen' refuses.
    assert!(!has(&nl, "Ik stem het even af met Joost.", "self_intro"));
    assert!(has(
        &nl,
        "Een wachtwoord reset ik alleen met de accounthouder zelf aan de lijn.",
        "refusal"
    ));
    assert!(!has(
        &nl,
        "Ik boek niet alleen die cent terug, ik zet er ook wat bij.",
        "reassurance"
    ));
    assert!(has(&nl, "U staat er niet alleen voor.", "reassurance"));
}

/// Telling words that end their sentence ("Ja hoor, ik zie je!") reach the sentences after
/// them: reading the record out before verifying is discussing it.
#[test]
fn reading_the_record_after_i_see_you_discusses_it() {
    let told = play(
        "nervous-care-worker",
        "nl",
        1,
        "Goedemorgen, servicedesk, met Sam.\n\
         Ja hoor, ik zie je! Drie weken terug had je nog een melding over de printer.\n\
         /end",
    );
    assert!(fired(&told, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&told));
    let asked = play(
        "nervous-care-worker",
        "nl",
        1,
        "Goedemorgen, servicedesk, met Sam.\n\
         Ja hoor, ik zie je! Mag ik eerst je personeelsnummer?\n\
         /end",
    );
    assert!(
        !fired(&asked, "V-PROTECTED-DISCUSSED"),
        "{:?}",
        rules(&asked)
    );
}

/// Stock empathy is judged in its own sentence: the problem named in an explanation beside it
/// is no acknowledgement. Named in the sentence itself, it is.
#[test]
fn a_stock_phrase_beside_an_explanation_is_still_stock() {
    let call = |line: &str| {
        play(
            "nervous-care-worker",
            "en",
            1,
            &format!(
                "Good morning, IT service desk, Sam speaking.\n\
                 Can I have your employee number and date of birth?\n\
                 /lookup\n\
                 {line}\n\
                 /reset\n\
                 Bye now.\n\
                 /end"
            ),
        )
    };
    let stock = call(
        "I understand this is frustrating. Your account is locked because your password has expired.",
    );
    assert!(fired(&stock, "D-STOCK-EMPATHY"), "{:?}", rules(&stock));
    assert!(!fired(&stock, "D-EMPATHY"), "{:?}", rules(&stock));
    let specific = call("Being locked out with the care plans waiting is stressful, I understand.");
    assert!(fired(&specific, "D-EMPATHY"), "{:?}", rules(&specific));
}

/// Promises the nervous caller will take literally (set O): the password that never expires
/// again, the manager squared. Two of them leave the call unresolved.
#[test]
fn never_expiring_passwords_are_overpromises() {
    let r = play(
        "nervous-care-worker",
        "en",
        1,
        "Good morning, IT service desk, Sam speaking.\n\
         Can I have your employee number and date of birth?\n\
         /lookup\n\
         /reset\n\
         I'll put a note on it so it never expires again.\n\
         And if your manager asks, tell them to ring me.\n\
         Bye now.\n\
         /end",
    );
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
}

/// Hanging up on a caller who just asked for a supervisor refuses the supervisor (set M's
/// procedure agent: trainer 38, passed at 71 before); passing the call on does not.
#[test]
fn ending_the_call_on_a_supervisor_request_refuses_it() {
    let call = |last: &str| {
        play(
            "bank-cent",
            "nl",
            1,
            &format!(
                "Goedemiddag, Noorderbank.\n\
                 Klantnummer en geboortedatum graag.\n\
                 /lookup\n\
                 Daar kan ik verder niks over zeggen, dat is de procedure.\n\
                 U kunt een klacht indienen, dat is de procedure.\n\
                 Regels zijn regels.\n\
                 Het antwoord komt schriftelijk.\n\
                 {last}"
            ),
        )
    };
    let hung_up = call("/end");
    assert!(
        caller_lines(&hung_up)
            .iter()
            .any(|l| l.contains("leidinggevende")),
        "{:?}",
        caller_lines(&hung_up)
    );
    assert!(
        fired(&hung_up, "D-SUPERVISOR-REFUSED"),
        "{:?}",
        rules(&hung_up)
    );
    let passed_on = call("/transfer leidinggevende");
    assert!(
        !fired(&passed_on, "D-SUPERVISOR-REFUSED"),
        "{:?}",
        rules(&passed_on)
    );
}
