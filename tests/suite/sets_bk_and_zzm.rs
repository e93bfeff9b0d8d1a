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
