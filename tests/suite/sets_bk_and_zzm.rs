//! Thirty-fourth round: what the trainer set BK and the line set zzm showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// "Rustig aan" is "calm down" on its own, but "take your time" when the agent goes on to say
/// they are listening or waiting: to an anxious caller who struggles with Dutch the first
/// frightens, the second reassures.
#[test]
fn take_your_time_in_dutch_is_no_calm_down() {
    hears_each(
        Lang::Nl,
        &["rustig aan hoor, u heeft alle tijd"],
        &["reassurance"],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Rustig aan, meneer.", "Ho, rustig aan!"],
        &["calm_down"],
        &[],
    );
    let r = play(
        "halting-language",
        "nl",
        1,
        "Goedemorgen, servicedesk van het Leerhuis, met Sam.\nRustig aan hoor, ik luister.\n/end",
    );
    assert!(!fired(&r, "D-CALM-DOWN"), "{:?}", rules(&r));
    assert!(fired(&r, "D-REASSURANCE"), "{:?}", rules(&r));
}

/// What the line set zzm showed unheard, in our own words: patience and blamelessness said
/// plainly, "what's it regarding", a name on a passport or of the account holder, a Dutch
/// apology for the firm, regret shared, a swap offered, the end of a call announced; and a
/// "no need to calm down" that tells nobody to calm down, a transfer refused.
#[test]
fn what_zzm_showed_unheard_is_heard() {
    hears_each(
        Lang::En,
        &[
            "There's no need to be worried, it happens.",
            "You're not the one to blame, the update broke it.",
        ],
        &["reassurance"],
        &[],
    );
    hears_each(
        Lang::En,
        &["And what is this regarding?"],
        &["ask_info"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "Could you give me the policy holder's full name?",
            "What's the name on your passport?",
        ],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::En,
        &["There's no need to calm down, you have every right to be angry."],
        &[],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Excuseer ons, dat had niet mogen gebeuren."],
        &["apology"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Excuseert u mij, mag ik uw klantnummer?"],
        &[],
        &["apology"],
    );
    hears_each(
        Lang::Nl,
        &["Tja, daar baal ik zelf ook echt van."],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "U mag hem gratis omruilen in de winkel.",
            "Ik zoek meteen een andere afspraak voor u.",
        ],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Dank voor uw geduld. Einde gesprek."],
        &["closing"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Doorverbinden met de manager kan ik niet, maar ik noteer uw klacht."],
        &[],
        &["transfer_notice"],
    );
}
