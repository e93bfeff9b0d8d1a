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
