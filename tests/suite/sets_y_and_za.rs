//! Eighteenth round: what the trainer set Y and the line set za showed once read, each kind
//! held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

fn has(lang: Lang, text: &str, act: &str) -> bool {
    heard(lang, text).iter().any(|a| a == act)
}

/// A refusal followed by a statement of what causes it gives its reason, in either language;
/// a hedge or a feeling after it does not.
#[test]
fn a_cause_stated_after_a_refusal_is_its_reason() {
    for (lang, text) in [
        (
            Lang::En,
            "Sorry, can't unlock the phone yet, the contract still runs until June.",
        ),
        (
            Lang::En,
            "No, we can't send him back today. The van is already on the other side of town.",
        ),
        (
            Lang::Nl,
            "Vandaag lukt dat niet meer, de monteurs zijn al naar huis.",
        ),
        (
            Lang::Nl,
            "Opzeggen per direct kan helaas niet, het contract loopt nog tot juni.",
        ),
    ] {
        assert!(
            has(lang, text, "refusal"),
            "{text}: {:?}",
            heard(lang, text)
        );
        assert!(
            has(lang, text, "explain_reason"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    for (lang, text) in [
        (Lang::En, "I can't move the booking, I'm afraid."),
        (
            Lang::En,
            "I'm so sorry, I wish I could do more, I feel awful about this.",
        ),
        (Lang::En, "I can't do that, you should have called earlier."),
        (Lang::Nl, "Dat kan ik niet doen, het spijt me heel erg."),
    ] {
        assert!(
            !has(lang, text, "explain_reason"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
}

/// A guard on the password keeps the password from being asked, and nothing else: the tax
/// number asked beside "reset the password" is asked; the password named before an ask for
/// another detail is not (a false critical error fails a good trainee).
#[test]
fn an_ask_beside_the_password_asks_only_for_what_it_names() {
    let tax =
        "Before I can reset the password I need the provider's tax number, so I can check it.";
    assert_eq!(heard(Lang::En, tax), ["ask_identity:tax_number"]);
    for text in [
        "Before I reset your password, could you confirm your postcode?",
        "To reset your password I need your date of birth.",
    ] {
        let acts = heard(Lang::En, text);
        assert!(
            !acts.contains(&"ask_identity:password".to_string()),
            "{text}: {acts:?}"
        );
        assert!(
            acts.iter().any(|a| a.starts_with("ask_identity:")),
            "{text}: {acts:?}"
        );
    }
    let dutch = "Voordat ik uw wachtwoord reset, mag ik uw geboortedatum?";
    assert_eq!(heard(Lang::Nl, dutch), ["ask_identity:date_of_birth"]);
    // Facts listed before the ask are still asked with it.
    assert!(has(
        Lang::En,
        "Could I take the patient's full name, and the date of birth too?",
        "ask_identity:full_name"
    ));
}

/// "Your PIN — keep that to yourself": a guarded fact taken back later in the line, or in the
/// same clause, is not asked.
#[test]
fn a_password_taken_back_later_in_the_line_is_not_asked() {
    for (lang, text) in [
        (
            Lang::En,
            "And your PIN, the one for the machines, please keep that entirely to yourself; nobody here will ever ask you for it.",
        ),
        (Lang::Nl, "Uw pincode, hou die maar lekker voor uzelf."),
        (
            Lang::Nl,
            "En uw wachtwoord? Niemand van ons zal u er ooit om vragen.",
        ),
    ] {
        assert!(
            !has(lang, text, "ask_identity:password"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    assert!(has(
        Lang::En,
        "What's your password, please?",
        "ask_identity:password"
    ));
    assert!(has(
        Lang::Nl,
        "Wat is uw wachtwoord?",
        "ask_identity:password"
    ));
}

/// Paging someone ("bleeping the on-call doctor") and bleeding are no swearing; the swear word
/// aimed at the caller still is.
#[test]
fn bleeping_and_bleeding_are_not_insults() {
    for text in [
        "Bleeping the on-call doctor for you now.",
        "Is the cut still bleeding?",
    ] {
        assert!(
            !has(Lang::En, text, "insult"),
            "{text}: {:?}",
            heard(Lang::En, text)
        );
    }
    assert!(has(Lang::En, "you bleeding idiot", "insult"));
}

/// Good news said with "won't" is no refusal; a promise in the -ing form is a promise.
#[test]
fn good_news_with_wont_and_promises_without_a_subject() {
    for text in [
        "No worries, we won't charge you for that scratch.",
        "I won't be asking for your password, we never need it.",
        "Take your time, I'm not going anywhere.",
    ] {
        assert!(
            !has(Lang::En, text, "refusal"),
            "{text}: {:?}",
            heard(Lang::En, text)
        );
    }
    assert!(has(Lang::En, "I won't do that.", "refusal"));
    for text in [
        "Blocking the card right now.",
        "Ringing the ward for you now.",
    ] {
        assert!(
            has(Lang::En, text, "commitment"),
            "{text}: {:?}",
            heard(Lang::En, text)
        );
    }
    assert!(!has(Lang::En, "Nothing the matter now.", "commitment"));
}

/// Offering the safe route names the authorised contact as a role, which is the policy, not
/// the file: the impostor learns nothing. Naming who it is still tells her.
#[test]
fn the_safe_route_names_a_role_not_the_record() {
    let safe = "Good morning, Zorgnet helpdesk, Daan speaking.
Before I can reset the password I need the provider's tax number, so I can check it against our records.
/lookup
I can't verify this request without the tax number, so I'm not able to reset the password.
Here's what will work: I can call the provider back on the number we have on file, or the authorised contact can call us from that number.
/flag
Thank you for calling, goodbye.
/end";
    let r = play("impostor-reset", "en", 1, safe);
    assert!(critical_rules(&r).is_empty(), "{:?}", rules(&r));
    assert!(
        rules(&r).contains(&"V-ASKED-REQUIRED".to_string()),
        "{:?}",
        rules(&r)
    );
    let named = safe.replace(
        "or the authorised contact can call us from that number.",
        "or the authorised contact can call us. The contact we have is Marloes Verbeek.",
    );
    let r = play("impostor-reset", "en", 1, &named);
    assert!(
        critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()),
        "{:?}",
        rules(&r)
    );
}

/// "If I can't get hold of her, …" says what happens then; it refuses nothing. The refusal
/// after a condition on the caller still refuses.
#[test]
fn a_refusal_inside_a_condition_refuses_nothing() {
    for (lang, text) in [
        (
            Lang::En,
            "And if I can't get hold of her I'll ask my manager.",
        ),
        (
            Lang::Nl,
            "Als ik haar niet te pakken krijg, vraag ik het mijn leidinggevende.",
        ),
    ] {
        assert!(
            !has(lang, text, "refusal"),
            "{text}: {:?}",
            heard(lang, text)
        );
    }
    assert!(has(
        Lang::En,
        "If you don't have the tax number, I can't reset it.",
        "refusal"
    ));
    assert!(has(
        Lang::Nl,
        "Als u het nummer niet heeft, kan ik niet resetten.",
        "refusal"
    ));
}

/// Promising the threatening caller his payment, which the desk cannot release, twice over
/// fails the call however calmly the threat was handled.
#[test]
fn promising_a_payment_the_desk_cannot_release_fails() {
    let r = play(
        "threatening-caller",
        "nl",
        1,
        "Goedemorgen, gemeente Rijnstede, met Kim.
Mag ik uw geboortedatum en postcode?
/lookup
Ik zet een spoedterugbelverzoek uit bij team Inkomen.
/terugbellen
Maakt u zich geen zorgen, het geld staat vrijdag op uw rekening.
Ik zorg er zelf voor dat uw betaling vandaag nog wordt vrijgegeven.
Fijne dag verder.
/end",
    );
    assert!(
        rules(&r).contains(&"R-UNKEPT-PROMISES".to_string()),
        "{:?}",
        rules(&r)
    );
    assert_eq!(r["passed"], false);
}

/// A fact named bare, with whose it is, asks for it: "Fiscaal nummer van de zorgaanbieder."
#[test]
fn a_bare_fact_with_whose_it_is_asks_for_it() {
    for (lang, text, fact) in [
        (
            Lang::Nl,
            "Fiscaal nummer van de zorgaanbieder.",
            "ask_identity:tax_number",
        ),
        (
            Lang::Nl,
            "Personeelsnummer van de medewerker.",
            "ask_identity:employee_number",
        ),
        (
            Lang::En,
            "Employee number of the staff member.",
            "ask_identity:employee_number",
        ),
    ] {
        assert!(has(lang, text, fact), "{text}: {:?}", heard(lang, text));
    }
}

/// Offering what the record offers ("morgen als eerste stop, kosteloos") is no overpromise;
/// naming the morning the caller stayed home for is sympathy for this caller, not a stock line.
#[test]
fn the_record_s_own_offer_is_no_overpromise() {
    let r = play(
        "delivery-dispute",
        "nl",
        3,
        "Goedemiddag, FixPoint klantenservice, met Sanne.
Wat vervelend dat u de hele ochtend thuis bent gebleven. Mag ik uw ordernummer en postcode?
/lookup
U heeft gelijk, volgens de GPS is de bus niet in uw straat geweest. Excuses daarvoor.
Vandaag omdraaien lukt niet meer, de bus zit al aan de andere kant van de regio.
Wat ik wel kan doen: morgenochtend als eerste stop inplannen, kosteloos.
/inplannen
Kan ik verder nog iets voor u doen? Fijne dag.
/end",
    );
    let fired = rules(&r);
    assert!(!fired.contains(&"D-OVERPROMISE".to_string()), "{fired:?}");
    assert!(!fired.contains(&"D-STOCK-EMPATHY".to_string()), "{fired:?}");
    assert!(fired.contains(&"D-EXPLAINED-NO".to_string()), "{fired:?}");
}
