//! Thirty-eighth round: what the line set zzu showed once read, and the rule that an
//! explanation hears exactly what a call hears. The sets' lines are not copied.

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::understanding::Lexicon;

/// `deskdrill understand --explain` shows the acts a call hears, not more: a second match of
/// an act already heard is shown, but no rule may build on it (it once made "…, because …;
/// please speak to your GP or ring 111" explain a reason that the call itself never heard).
#[test]
fn an_explanation_hears_what_a_call_hears() {
    for (lang, dir) in [(Lang::En, "en"), (Lang::Nl, "nl")] {
        let lexicon = builtin_lexicon(lang);
        let mut checked = 0;
        for set in [
            "2026-12-05zzs",
            "2026-12-05zzt",
            "2026-12-05zzu",
            "2026-12-05zzv",
        ] {
            let path = format!("tests/eval/understanding/{set}/{dir}.jsonl");
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let said = v["text"].as_str().unwrap_or_default();
                let (called, explained) = heard_both_ways(&lexicon, said);
                assert_eq!(called, explained, "{path}: {said}");
                checked += 1;
            }
        }
        assert!(checked >= 600, "{dir}: only {checked} lines");
    }
    // The line that showed it, in other words: a refusal, two matches of it, a reason far
    // after the first.
    let lexicon = builtin_lexicon(Lang::En);
    let said = "I really can't tell you to take two of them, because with your heart pills that \
                could be dangerous; please ask your doctor or ring 111";
    let (called, explained) = heard_both_ways(&lexicon, said);
    assert_eq!(called, explained);
}

/// The acts a call hears in a line, and the acts `--explain` shows for it.
fn heard_both_ways(lexicon: &Lexicon, said: &str) -> (Vec<String>, Vec<String>) {
    let explained = lexicon
        .explain(said)
        .acts
        .iter()
        .map(|a| a.label())
        .collect();
    (labels(lexicon, said), explained)
}

/// Lines heard anew from zzu and zzt, in our own words.
#[test]
fn english_asks_offers_and_reassurance_in_more_words() {
    hears_each(
        Lang::En,
        &[
            "yes and the full name on the booking please",
            "and the first name and surname of the driver, as on the licence",
        ],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "And a mobile number where the nurse can reach you later.",
            "contact number love, so the engineer can ring when he's close",
        ],
        &["ask_identity:phone_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &["no need for your date of birth, just the postcode please"],
        &["ask_identity:postcode"],
        &["ask_identity:date_of_birth"],
    );
    hears_each(
        Lang::En,
        &["You can lodge an appeal with the ombudsman within eight weeks."],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "You won't be charged for ringing late, don't worry.",
            "your savings are safe, nobody can touch them",
        ],
        &["reassurance"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I won't try to talk you out of it, cancel whenever you like."],
        &[],
        &["refusal"],
    );
    hears_each(
        Lang::En,
        &["I'd have done just what you did, so don't go thinking it's your fault."],
        &[],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &["Were it a billing matter I would transfer you; it isn't, so I'll sort it."],
        &[],
        &["transfer_notice"],
    );
    hears_each(
        Lang::En,
        &["you're about as bright as a power cut"],
        &["insult"],
        &[],
    );
}

/// Dutch lines heard anew from zzu and zzt, in our own words.
#[test]
fn dutch_blame_offers_and_asks_in_more_words() {
    hears_each(
        Lang::Nl,
        &[
            "nou lekker bezig, alweer een kapotte telefoon",
            "bedankt dat je het na een maand ook eens laat weten",
        ],
        &["blame"],
        &["thanks"],
    );
    hears_each(
        Lang::Nl,
        &["Misschien kan het via de aanvullende verzekering, vraag het even na."],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["En een telefoonnummer waarop de bezorger je kan bellen?"],
        &["ask_identity:phone_number"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Rustig aan met die kraan, niet te hard draaien."],
        &[],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Het is niet aan jou om je te verontschuldigen hoor."],
        &[],
        &["apology"],
    );
    hears_each(
        Lang::Nl,
        &["Zonder nieuwe banden keur ik hem niet goed."],
        &["refusal"],
        &[],
    );
}

/// From zzv once read (after its end measurement), in our own words.
#[test]
fn english_from_zzv_in_our_own_words() {
    hears_each(
        Lang::En,
        &["your works number first please, then the date of birth"],
        &["ask_identity:employee_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &["What's the job number on the invoice?"],
        &["ask_identity:order_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "The rash should calm down within a day or two.",
            "Hold on to every receipt they give you.",
            "the parcel is on hold at the depot until monday",
        ],
        &[],
        &["calm_down", "hold_notice"],
    );
    hears_each(
        Lang::En,
        &["you should never have given them your card details"],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Right, well, thanks ever so much for calling."],
        &["thanks"],
        &[],
    );
}
