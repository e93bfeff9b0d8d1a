//! Eighteenth round: what the trainer set Y and the line set za showed once read, each kind
//! held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

/// A refusal followed by a statement of what causes it gives its reason, in either language;
/// a hedge or a feeling after it does not.
#[test]
fn a_cause_stated_after_a_refusal_is_its_reason() {
    let both = ["refusal", "explain_reason"];
    let en = [
        "Sorry, can't unlock the phone yet, the contract still runs until June.",
        "No, we can't send him back today. The van is already on the other side of town.",
    ];
    hears_each(Lang::En, &en, &both, &[]);
    let nl = [
        "Vandaag lukt dat niet meer, de monteurs zijn al naar huis.",
        "Opzeggen per direct kan helaas niet, het contract loopt nog tot juni.",
    ];
    hears_each(Lang::Nl, &nl, &both, &[]);
    let no_cause = [
        "I can't move the booking, I'm afraid.",
        "I'm so sorry, I wish I could do more, I feel awful about this.",
        "I can't do that, you should have called earlier.",
    ];
    hears_each(Lang::En, &no_cause, &[], &["explain_reason"]);
    let spijt = ["Dat kan ik niet doen, het spijt me heel erg."];
    hears_each(Lang::Nl, &spijt, &[], &["explain_reason"]);
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
    assert!(hears(
        Lang::En,
        "Could I take the patient's full name, and the date of birth too?",
        "ask_identity:full_name"
    ));
}

/// "Your PIN — keep that to yourself": a guarded fact taken back later in the line, or in the
/// same clause, is not asked.
#[test]
fn a_password_taken_back_later_in_the_line_is_not_asked() {
    let password = ["ask_identity:password"];
    let en = "And your PIN, the one for the machines, please keep that entirely to yourself; nobody here will ever ask you for it.";
    hears_each(Lang::En, &[en], &[], &password);
    let nl = [
        "Uw pincode, hou die maar lekker voor uzelf.",
        "En uw wachtwoord? Niemand van ons zal u er ooit om vragen.",
    ];
    hears_each(Lang::Nl, &nl, &[], &password);
    hears_each(Lang::En, &["What's your password, please?"], &password, &[]);
    hears_each(Lang::Nl, &["Wat is uw wachtwoord?"], &password, &[]);
}

/// Paging someone ("bleeping the on-call doctor") and bleeding are no swearing; the swear word
/// aimed at the caller still is.
#[test]
fn bleeping_and_bleeding_are_not_insults() {
    let paging = [
        "Bleeping the on-call doctor for you now.",
        "Is the cut still bleeding?",
    ];
    hears_each(Lang::En, &paging, &[], &["insult"]);
    hears_each(Lang::En, &["you bleeding idiot"], &["insult"], &[]);
}

/// Good news said with "won't" is no refusal; a promise in the -ing form is a promise.
#[test]
fn good_news_with_wont_and_promises_without_a_subject() {
    let good_news = [
        "No worries, we won't charge you for that scratch.",
        "I won't be asking for your password, we never need it.",
        "Take your time, I'm not going anywhere.",
    ];
    hears_each(Lang::En, &good_news, &[], &["refusal"]);
    hears_each(Lang::En, &["I won't do that."], &["refusal"], &[]);
    let doing = [
        "Blocking the card right now.",
        "Ringing the ward for you now.",
    ];
    hears_each(Lang::En, &doing, &["commitment"], &[]);
    hears_each(Lang::En, &["Nothing the matter now."], &[], &["commitment"]);
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
    assert!(fired(&r, "V-ASKED-REQUIRED"), "{:?}", rules(&r));
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
    let refusal = ["refusal"];
    let en = "And if I can't get hold of her I'll ask my manager.";
    hears_each(Lang::En, &[en], &[], &refusal);
    let nl = "Als ik haar niet te pakken krijg, vraag ik het mijn leidinggevende.";
    hears_each(Lang::Nl, &[nl], &[], &refusal);
    let en = "If you don't have the tax number, I can't reset it.";
    hears_each(Lang::En, &[en], &refusal, &[]);
    let nl = "Als u het nummer niet heeft, kan ik niet resetten.";
    hears_each(Lang::Nl, &[nl], &refusal, &[]);
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
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
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
        assert!(hears(lang, text, fact), "{text}: {:?}", heard(lang, text));
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
