//! Twenty-seventh round: an angry caller gives one last chance before hanging up. The trainee
//! who turns the call there keeps the caller; the one who goes on does not.

use crate::util::*;

const PROVOKING_EN: [&str; 6] = [
    "Yes?",
    "What do you want.",
    "Calm down, madam.",
    "Calm down, I said.",
    "Calm down, seriously.",
    "Stop shouting.",
];

const PROVOKING_NL: [&str; 6] = [
    "Ja?",
    "Wat moet u.",
    "Rustig aan, mevrouw.",
    "Rustig nou, zei ik.",
    "Doe eens rustig.",
    "Niet zo schreeuwen.",
];

fn call(lines: &[&str], then: &str) -> String {
    format!("{}\n{then}\n/end", lines.join("\n"))
}

#[test]
fn the_caller_warns_once_before_hanging_up_and_a_turned_call_goes_on() {
    for (lang, provoking, worse, better) in [
        (
            "en",
            PROVOKING_EN,
            "Calm down.",
            "I'm sorry, I was rude. You're under pressure and patients are waiting; let's sort this out together.",
        ),
        (
            "nl",
            PROVOKING_NL,
            "Rustig nou.",
            "Sorry, dat was onbeleefd van mij. U staat onder druk en er wachten patiënten; laten we het samen oplossen.",
        ),
    ] {
        let lost = play("impostor-reset", lang, 1, &call(&provoking, worse));
        assert_eq!(lost["outcome"], "caller_hung_up", "{lang}");
        let said = caller_lines(&lost);
        let warned = said
            .iter()
            .position(|l| {
                l.contains(if lang == "en" {
                    "last chance"
                } else {
                    "Laatste kans"
                })
            })
            .unwrap_or_else(|| panic!("{lang}: no last chance in {said:?}"));
        assert_eq!(
            warned + 2,
            said.len(),
            "{lang}: hung up right after the warning: {said:?}"
        );

        let kept = play("impostor-reset", lang, 1, &call(&provoking, better));
        assert_ne!(
            kept["outcome"],
            "caller_hung_up",
            "{lang}: {:?}",
            caller_lines(&kept)
        );
    }
}
