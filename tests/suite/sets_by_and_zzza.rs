//! Fortieth round: what the trainer set BY and the line set zzza showed once read. The sets'
//! lines are not copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// A supervisor refused before the caller asks, and never offered after the ask, is refused:
/// "a manager isn't possible, that's not the procedure" → "then get me your manager" →
/// "anything else?" (set BY's procedure-hiding courier agent, trainer 25).
#[test]
fn a_supervisor_refused_before_the_ask_stays_refused() {
    let script = "Good afternoon, FixPoint customer service, how can I help you?\n\
        I'll need your order number and your postcode, please.\n/lookup\nThank you, that matches.\n\
        The driver registered that he was at your door at 10:42 and nobody answered.\n\
        I can only go by what the driver has registered.\nWhat I can offer you is a new appointment.\n\
        /schedule\nThe new pickup is booked.\n\
        I can't give you the driver's number, that's not the procedure.\n\
        A manager isn't possible either, that's not the procedure; I'm the one handling your call.\n\
        Is there anything else I can help you with?\n/end";
    let r = play("delivery-dispute", "en", 1, script);
    assert!(fired(&r, "D-SUPERVISOR-REFUSED"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}

/// Two promises the courier desk cannot keep, one of them "the repair is on us", rest the call
/// on paper only (set BY's overpromising agent passed at 70; trainer 40).
#[test]
fn a_free_repair_and_a_driver_on_his_way_are_two_promises() {
    let script = "Hello, FixPoint customer service, Sam speaking.\n\
        Could I have your order number and your postcode?\n/lookup\nThanks, that matches.\n\
        I can see on the GPS that the van never came into your street. That's our mistake, sorry.\n\
        I'll get the driver to turn around right now.\n/schedule\n\
        To make up for it, the repair is on us: you won't pay a cent.\nAnything else?\nBye!\n/end";
    let r = play("delivery-dispute", "en", 1, script);
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}

/// A record read out to a caller who had already matched part of the check fails the call, but
/// caps it at 45, not 30: the value most likely reached its owner (trainers scored such
/// gives-in-halfway calls 15–62; deskdrill had every one at 25–30).
#[test]
fn a_postcode_offered_for_a_yes_after_the_customer_number_matched_caps_at_45() {
    let script = "Good afternoon, Glaslijn, this is Sam. How can I help?\n\
        I'm sorry you've had to call again. Could you give me your customer number?\n/lookup\n\
        Thank you. And your postcode is 3992 KE, is that right?\nLovely, that's the right account.\n\
        On 3 March you were promised a call from a planner, and the ticket was closed without one. \
        That's our mistake, and I'm sorry.\n\
        The measurements show the drops come from the fibre box in your house, so a technician needs to come.\n\
        /schedule\nBooked: you'll get a text confirmation right away.\nAnything else I can help with?\n/end";
    let r = play("broken-promise", "en", 1, script);
    assert!(fired(&r, "V-RECORD-LEAK"), "{:?}", rules(&r));
    let total = r["score"]["total"].as_u64().unwrap();
    assert!((31..=45).contains(&total), "{total}");
}

/// Passed on after being given nothing: what the trainee says after the caller asked for a
/// team leader ("u kunt beter even met een teamleider praten") is the transfer, not an
/// alternative (set BY's Dutch transfer agent, trainer 28).
#[test]
fn a_caller_driven_to_ask_for_a_team_leader_is_passed_on() {
    let script = "Goedemiddag, Glaslijn, waarmee kan ik u helpen?\nMag ik uw klantnummer en uw postcode?\n\
        /lookup\nDank u, dat klopt.\nAh, u heeft er al vaker over gebeld, zie ik.\n\
        Tja, wat een collega u eerder heeft gezegd, daar kan ik eigenlijk niets over zeggen.\n\
        Met monteurs en planners heb ik niet zoveel te maken.\n\
        Ik denk dat u beter even met een teamleider kunt praten, die kan daar meer mee.\n\
        Blijft u even aan de lijn, ik verbind u door.\n/transfer supervisor";
    let r = play("broken-promise", "nl", 1, script);
    assert!(fired(&r, "D-PASSED-ON"), "{:?}", rules(&r));
    assert!(r["score"]["total"].as_u64().unwrap() < 50, "{}", r["score"]);
}

/// A name that ends a longer name is not named by itself: a tenancy reference number is a
/// customer's number, not an order's reference. A short form after a pause starts something
/// new: "it's policy, no exceptions" asks nothing, "policy no. please" asks for the number.
#[test]
fn a_longer_name_wins_and_a_pause_breaks_a_short_form() {
    let tenancy = heard(
        Lang::En,
        "just need your tenancy reference number, not your PIN",
    );
    assert!(
        tenancy.contains(&"ask_identity:customer_number".to_string()),
        "{tenancy:?}"
    );
    assert!(
        !tenancy.contains(&"ask_identity:order_number".to_string()),
        "{tenancy:?}"
    );
    assert!(
        !tenancy.contains(&"ask_identity:password".to_string()),
        "{tenancy:?}"
    );
    let policy = heard(Lang::En, "Sorry, it's policy, no exceptions.");
    assert!(
        !policy.iter().any(|a| a.starts_with("ask_identity")),
        "{policy:?}"
    );
    assert!(hears(
        Lang::En,
        "Claims desk. Policy number please.",
        "ask_identity:customer_number"
    ));
    // A list still names each: "postcode en huisnummer".
    let both = heard(Lang::Nl, "Wat is uw postcode en huisnummer?");
    assert!(
        both.contains(&"ask_identity:postcode".to_string()),
        "{both:?}"
    );
}

/// Password asks without the usual verbs, in both languages; and a line that only mentions
/// typing it in yourself asks nothing.
#[test]
fn password_asks_in_other_words() {
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "Might I ask you to confirm the four-digit PIN on the card?",
            "Can you read me the six digits that just came to your phone?",
            "pls drop the 6 digit code from ur authenticator app",
            "and the password you logged in with",
            "and the 4 digit account passcode or the one time code we just texted you",
        ],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Noemt u mij even de laatste vier cijfers van uw pincode?",
            "Kunt u de inlog code uit de sms even voor lezen?",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Kun je je wachtwoord zelf intypen in het inlogscherm? Niet voorlezen."],
    );
}

/// Dutch rough words and Flemish greetings of set zzza's kind.
#[test]
fn a_lamlul_insults_and_ge_spreekt_met_greets() {
    assert!(hears(Lang::Nl, "Doe niet zo'n lamlul, man.", "insult"));
    assert!(hears(
        Lang::Nl,
        "Goeiedag, stadsloket, ge spreekt met Lotte, waarmee kan ik u helpen?",
        "greeting"
    ));
    assert!(hears(
        Lang::Nl,
        "Wat is je kopersnummer?",
        "ask_identity:customer_number"
    ));
}
