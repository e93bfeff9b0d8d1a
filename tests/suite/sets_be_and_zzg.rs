//! Thirty-first round: what the trainer set BE and the line set zzg showed once read, and the
//! round's structural rules, each held by lines and calls of our own (the sets' lines are not
//! copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// A refusal, then "but" and what can be done, offers an alternative whatever words the offer
/// is in; "but I can hear…" and a negated turn do not.
#[test]
fn a_turn_from_a_refusal_to_what_can_be_done_offers_it() {
    hears_all(
        Lang::En,
        "offer_alternative",
        &[
            "We can't refund the season ticket, but you can sell it on through the resale page.",
            "Can't swap the seats tonight, sorry, but the box office can sort it before the show.",
        ],
    );
    hears_all(
        Lang::Nl,
        "offer_alternative",
        &[
            "Ruilen kan helaas niet meer, maar u kunt hem nog wel laten repareren onder de garantie.",
            "Die korting kan ik er niet meer op zetten, maar bij de kassa mag u hem alsnog laten verrekenen.",
        ],
    );
    hears_none(
        Lang::En,
        "offer_alternative",
        &[
            "I can't undo the charge, but I can hear how much this has upset you.",
            "I can't move the date, but you can't expect the driver to wait either.",
        ],
    );
}

/// A caller driven to ask for a supervisor by an agent who gave nothing (no reason, no
/// alternative, no promise; "daarom verbind ik u door" gives nothing) is passed on all the
/// same, and the call fails.
#[test]
fn a_supervisor_asked_for_after_being_given_nothing_is_still_passing_on() {
    let driven = "Goedemiddag, klantenservice FixPoint, met Noor.
Mag ik uw ordernummer en postcode?
/lookup
Volgens het systeem is de chauffeur geweest.
Tja, daar ga ik niet over, dat is echt iets tussen u en de koerier.
Nee, de chauffeur bellen kan ik niet en ik kan er ook verder weinig mee.
Ik verbind u door met mijn leidinggevende, die kan er vast meer mee.
Daarom verbind ik u door, blijft u even hangen.
/transfer leidinggevende";
    let r = play("delivery-dispute", "nl", 1, driven);
    assert_eq!(r["outcome"], "transferred", "{:?}", caller_lines(&r));
    assert!(
        caller_lines(&r)
            .iter()
            .any(|l| l.contains("leidinggevende spreken")),
        "{:?}",
        caller_lines(&r)
    );
    assert!(fired(&r, "D-PASSED-ON"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false, "{}", r["score"]);
    // He did ask: the debrief must not tell the trainee that nobody asked.
    let why = r["outcome_explained"].as_str().unwrap_or_default();
    assert!(why.starts_with("Doorgegeven, niet geholpen"), "{why}");
    assert!(why.contains("pas toen je verder niets bood"), "{why}");
}

/// A rough word about a thing, or swearing at the weather in a line that sympathises, is no
/// insult; a false critical error fails a good trainee.
#[test]
fn rough_words_about_things_are_no_insult() {
    hears_none(
        Lang::En,
        "insult",
        &["Nah, I'm not calling you a muppet, the manual's the muppet, it lists the wrong size."],
    );
    hears_none(
        Lang::Nl,
        "insult",
        &["Shit zeg, drie dagen zonder warm water, dat is echt kut."],
    );
}

/// A PIN asked for with where it comes from is still asked for.
#[test]
fn a_pin_asked_with_where_it_comes_from_is_heard() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["En uw pincode uit de sms? Dan zet ik het meteen goed."],
    );
}

/// A Dutch refusal in any verb refuses; "ik kan u niet verstaan" does not.
#[test]
fn a_dutch_refusal_in_any_verb() {
    hears_all(
        Lang::Nl,
        "refusal",
        &["Ik kan uw abonnement niet verlengen zonder handtekening."],
    );
    hears_none(
        Lang::Nl,
        "refusal",
        &["Ik kan u niet goed verstaan, de lijn kraakt."],
    );
}
