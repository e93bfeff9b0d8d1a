//! Thirteenth round: what the trainer set R (broken-promise, threatening-caller, wrong-number,
//! halting-language, bank-cent, nervous-care-worker) showed, each kind held by lines and calls
//! of our own (the set's lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

/// "27-06-1973" as a trainee might say it: "the 27th of June 1973".
fn in_words(date: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<u32> = date.split('-').map(|p| p.parse().unwrap()).collect();
    format!(
        "the {}th of {} {}",
        parts[0],
        MONTHS[parts[1] as usize - 1],
        parts[2]
    )
}

/// A date of birth read out in words, to a caller who has not given it, is the record read
/// out: the care worker "verified" with what the desk told her.
#[test]
fn a_date_of_birth_read_out_in_words_is_a_leak() {
    let seed = 1;
    let probe = play("nervous-care-worker", "en", seed, "hi\n/end");
    let dob = probe["events"][0]["values"]["date_of_birth"]
        .as_str()
        .unwrap()
        .to_string();
    let told = format!(
        "Hello Ingrid, IT service desk, Sam speaking.\n/lookup Ingrid Bakker\nI've got you here. Your birthday is {}, isn't it?\n/end",
        in_words(&dob)
    );
    let r = play("nervous-care-worker", "en", seed, &told);
    assert!(critical_rules(&r).contains(&"V-RECORD-LEAK".to_string()));
    let asked = "Hello Ingrid, IT service desk, Sam speaking.\nWhat is your date of birth?\n/end";
    assert!(!fired(
        &play("nervous-care-worker", "en", seed, asked),
        "V-RECORD-LEAK"
    ));
}

/// "Otherwise I can't change anything", said with the ask it waits for, is the check's reason,
/// not a bare no.
#[test]
fn a_no_that_waits_for_the_check_is_not_a_bare_no() {
    let script = "Goedemiddag meneer Dekker, met Sam van Glaslijn.\n/lookup\nDat had niet mogen gebeuren, excuses.\nMag ik uw klantnummer en postcode? Anders mag ik niks aanpassen.\n/end";
    let r = play("broken-promise", "nl", 1, script);
    assert!(!fired(&r, "D-REFUSED-NO-REASON"), "{:?}", rules(&r));
    let bare = "Goedemiddag meneer Dekker, met Sam van Glaslijn.\nDat kan ik niet aanpassen.\n/end";
    assert!(fired(
        &play("broken-promise", "nl", 1, bare),
        "D-REFUSED-NO-REASON"
    ));
}

/// What is not wanted, then what is: the fact after "only" / "alleen" / "wel" is asked; and a
/// fact after "the" is asked in a request that hands it over.
#[test]
fn the_fact_after_a_turn_from_what_is_not_wanted_is_asked() {
    for (lang, line, fact) in [
        (
            Lang::Nl,
            "Uw klantnummer heb ik niet nodig, alleen uw e-mailadres.",
            "ask_identity:email",
        ),
        (
            Lang::Nl,
            "We vragen nooit om uw pincode, wel om uw postcode.",
            "ask_identity:postcode",
        ),
        (
            Lang::En,
            "I don't need your address, just your order number.",
            "ask_identity:order_number",
        ),
        (
            Lang::En,
            "Would you mind giving me the postcode on the account?",
            "ask_identity:postcode",
        ),
        (
            Lang::Nl,
            "Kunt u het klantnummer even doorgeven?",
            "ask_identity:customer_number",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(acts.contains(&fact.to_string()), "{line}: {acts:?}");
    }
    // Seeing one thing and not another asks for nothing; the password stays unasked.
    for (lang, line) in [
        (Lang::En, "I can't see your address, only your postcode."),
        (
            Lang::Nl,
            "Uw wachtwoord wil ik niet weten, alleen of de sms binnen is.",
        ),
    ] {
        let acts = heard(lang, line);
        assert!(
            !acts.iter().any(|a| a.starts_with("ask_identity")),
            "{line}: {acts:?}"
        );
    }
}

/// Telling the caller how to log in names the password without asking for it; "doe maar rustig
/// aan" gives the caller time, it does not tell them to calm down.
#[test]
fn instructions_and_patience_are_no_costly_acts() {
    for line in [
        "Log straks in met je gebruikersnaam en het wachtwoord uit de sms.",
        "Inloggen doet u met uw personeelsnummer en het tijdelijke wachtwoord.",
    ] {
        let acts = heard(Lang::Nl, line);
        assert!(
            !acts.contains(&"ask_identity:password".to_string()),
            "{line}: {acts:?}"
        );
    }
    let acts = heard(
        Lang::En,
        "Log in with your username and the password from the text.",
    );
    assert!(
        !acts.contains(&"ask_identity:password".to_string()),
        "{acts:?}"
    );
    let acts = heard(Lang::Nl, "Doe maar rustig aan, ik blijf aan de lijn.");
    assert!(!acts.contains(&"calm_down".to_string()), "{acts:?}");
    let acts = heard(
        Lang::Nl,
        "Doe even rustig aan meneer, schreeuwen helpt niet.",
    );
    assert!(acts.contains(&"calm_down".to_string()), "{acts:?}");
}

/// A rough word about the rule is no insult to the caller; about the caller's question it is.
#[test]
fn a_rough_word_about_a_rule_insults_nobody() {
    for line in [
        "What an idiotic rule, honestly, but I have to follow it.",
        "Such a silly procedure, I know, bear with me.",
    ] {
        let acts = heard(Lang::En, line);
        assert!(!acts.contains(&"insult".to_string()), "{line}: {acts:?}");
    }
    let acts = heard(Lang::En, "What a stupid question.");
    assert!(acts.contains(&"insult".to_string()), "{acts:?}");
}

/// A Dutch call says where it went in Dutch: "Je verbindt het gesprek door met:
/// leidinggevende.", not the target's id "supervisor".
#[test]
fn a_transfer_is_named_in_the_call_language() {
    let run = deskdrill(
        &[
            "play",
            "wrong-number",
            "--lang",
            "nl",
            "--seed",
            "1",
            "--script",
            "-",
            "--no-save",
        ],
        "Goedemorgen, Rijksleerhuis, met Sam.\n/transfer leidinggevende\n",
    );
    assert!(
        run.stdout.contains("door met: leidinggevende."),
        "{}",
        run.stdout
    );
    assert!(
        !run.stdout.contains("door met: supervisor"),
        "{}",
        run.stdout
    );
}
