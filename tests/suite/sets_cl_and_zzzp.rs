//! What the forty-sixth round's sets taught: telling the caller what they get is no reason for
//! a refusal, the quickest safe route is an offer, a polite "if you'll permit me" is no
//! condition, "… will suffice" asks for what it names, halting-language's promises of a course
//! start and a pickup at the door, contact details a scenario calls needless, and telling the
//! friendly authority that the director's account is not locked. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// "U krijgt een nieuwe afspraak" after a refusal tells the caller what happens next; it is
/// not why the refusal holds. The refusal with nothing else earns no "said no with the reason".
#[test]
fn what_the_caller_gets_is_no_reason_for_the_refusal() {
    hears_each(
        Lang::Nl,
        &[
            "Nee, de bus rijdt niet terug, dat gaat niet. U krijgt gewoon een nieuwe rit.",
            "Dat kan ik niet terugdraaien, je krijgt morgen een nieuwe bevestiging.",
        ],
        &["refusal"],
        &["explain_reason"],
    );
    hears_each(
        Lang::En,
        &["I can't turn the van round, you'll get a new slot tomorrow morning."],
        &["refusal"],
        &["explain_reason"],
    );
    // A cause still counts after a refusal.
    hears_each(
        Lang::Nl,
        &["Dat kan ik niet terugdraaien, de betaling is al verwerkt."],
        &["refusal", "explain_reason"],
        &[],
    );
}

/// The quickest safe route, named at the start of what the agent says, offers it; a remark
/// that this is the quickest way does not.
#[test]
fn the_quickest_safe_route_is_an_offer() {
    hears_all(
        Lang::En,
        "offer_alternative",
        &[
            "The quickest safe way: your manager rings us herself and it's done in minutes.",
            "I can't reset it for you, or I call her myself on the mobile we have on file.",
        ],
    );
    hears_all(
        Lang::Nl,
        "offer_alternative",
        &[
            "De snelste veilige route: de directeur belt zelf en dan is het zo geregeld.",
            "De prijs kan ik niet verlagen, maar ik doe er gratis een fles olie bij.",
        ],
    );
    hears_none(
        Lang::En,
        "offer_alternative",
        &["I can't promise a date, that's not up to me, but this is the quickest way."],
    );
}

/// Lines of the round heard wrongly before.
#[test]
fn lines_heard_wrongly_before_are_heard_right() {
    assert!(hears(
        Lang::En,
        "If you'll permit me, I'll place you on hold for a moment while I check the diary.",
        "hold_notice"
    ));
    let asked = heard(
        Lang::En,
        "No need to read me the account number; your postcode and date of birth will suffice.",
    );
    assert!(
        asked.contains(&"ask_identity:postcode".to_string())
            && asked.contains(&"ask_identity:date_of_birth".to_string()),
        "{asked:?}"
    );
    assert!(hears(
        Lang::En,
        "honestly ur actually thick arent u, its on the form",
        "insult"
    ));
    assert!(hears(
        Lang::En,
        "sorry about all this, that's not the weekend you paid for",
        "empathy"
    ));
    assert!(hears(Lang::En, "all done, have good evening!", "closing"));
    assert!(hears(
        Lang::En,
        "Your date of birth too, purely to confirm the student discount.",
        "explain_reason"
    ));
    assert!(hears(
        Lang::Nl,
        "Ik kan de zending niet vrijgeven, dan zijn wij aansprakelijk als er iets misgaat.",
        "explain_reason"
    ));
    assert!(hears(
        Lang::Nl,
        "ach dat is gewoon een wifi-dingetje, even herstarten",
        "dismissive"
    ));
    assert!(!hears(
        Lang::Nl,
        "ik ga u echt niet laten wachten, de monteur komt vandaag nog",
        "refusal"
    ));
}

/// Promising the language learner a course start and a pickup at the door is promising what
/// the desk cannot keep; two such promises and the call is resolved only on paper.
#[test]
fn promising_a_course_start_and_a_pickup_is_overpromising() {
    let script = "Goedemorgen, servicedesk Leerhuis Utrecht, met Sanne. Waarmee kan ik u helpen?\n\
        Wat is uw deelnemersnummer?\n\
        En wat is uw geboortedatum?\n\
        /lookup\n\
        Ik zie het: u ging naar ons oude gebouw. Dat is onze fout.\n\
        /omplannen\n\
        En ik zorg dat u volgende week al met de cursus begint.\n\
        Ik haal u donderdag om negen uur zelf op bij het station.\n\
        Tot donderdag!\n\
        /end\n";
    let result = play("halting-language", "nl", 1, script);
    assert_eq!(
        notes_with(&result, "D-OVERPROMISE").len(),
        2,
        "{:?}",
        rules(&result)
    );
    assert!(fired(&result, "R-UNKEPT-PROMISES"), "{:?}", rules(&result));
    assert!(result["passed"] == false, "{result}");
}

/// `verified-impatient`'s policy: "don't ask for more than you need". Asking the verified
/// doctor's practice manager for the practice's address as well proves nothing and costs her
/// time: a needless ask, the slip of a near-perfect call, though an address is a contact detail.
#[test]
fn a_scenario_may_name_contact_details_that_are_needless_to_ask() {
    let script = "Good morning, Medivo support, this is Sam. Could I have the practice's customer number and your date of birth?\n\
        /lookup\n\
        Thanks. And just to be safe, could you also confirm the practice's address?\n\
        That all matches. I'm unlocking your account now.\n\
        /reset\n\
        Done: a temporary password is on its way to the mobile on file. Have a good morning!\n\
        /end\n";
    let result = play("verified-impatient", "en", 1, script);
    let needless = notes_with(&result, "V-NEEDLESS-ASK");
    assert_eq!(needless.len(), 1, "{:?}", rules(&result));
    assert!(result["score"]["total"].as_u64().unwrap() <= 82, "{result}");
    // The same name in a scenario that does not list it is no needless ask.
    let plain = play(
        "delivery-dispute",
        "en",
        1,
        "Hello, could you confirm your address?\n/end\n",
    );
    assert!(!fired(&plain, "V-NEEDLESS-ASK"), "{:?}", rules(&plain));
}

/// A needless fact the scenario does not declare is named with its file, line and column.
#[test]
fn an_undeclared_needless_fact_is_named_where_it_stands() {
    let mut v: serde_json::Value =
        serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap()).unwrap();
    v["judgement"]["needless_facts"] = serde_json::json!(["adress"]);
    let err = deskdrill::scenario::load_str(&serde_json::to_string_pretty(&v).unwrap(), "s.json")
        .expect_err("an undeclared fact")
        .to_string();
    assert!(err.starts_with("s.json:"), "{err}");
    assert!(err.contains("no fact 'adress' in \"facts\""), "{err}");
}

/// Telling the unverified requester what the records say of the director's account ("I can
/// see it isn't even locked, she signed in at 08:52") is the slip trainers name in
/// `friendly-authority`'s near-perfect calls: it holds the call at 82.
#[test]
fn telling_the_requester_the_account_is_not_locked_is_a_slip() {
    for (lang, script) in [
        (
            "en",
            "Good morning, IT service desk, this is Sam.\n/lookup\nI can see here her account isn't even locked, she signed in at 08:52.\nI'm sorry, but I can only reset a password for Ellen herself; she can call us, or I call her on her own mobile.\n/flag\n/end\n",
        ),
        (
            "nl",
            "Goedemorgen, servicedesk, met Sam.\n/lookup\nIk zie hier dat haar account niet eens op slot staat, ze is om 08:52 nog ingelogd.\nSorry, maar ik reset alleen voor Ellen zelf: zij kan ons bellen, of ik bel haar op haar eigen mobiel.\n/flag\n/end\n",
        ),
    ] {
        let result = play("friendly-authority", lang, 1, script);
        assert!(
            fired(&result, "V-DETAIL-SLIP"),
            "{lang}: {:?}",
            rules(&result)
        );
        assert!(result["score"]["total"].as_u64().unwrap() <= 82, "{result}");
    }
}
