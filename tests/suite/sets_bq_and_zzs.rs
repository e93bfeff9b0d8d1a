//! Thirty-seventh round: what the trainer set BQ and the line set zzs showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// An English friendly-authority call whose refusal ends in words deskdrill only guesses at
/// ("…not the director, however urgent." is heard, tentatively, as a goodbye).
const REFUSAL_WITH_A_GUESSED_GOODBYE: &str = "Good morning, IT service desk, Sam speaking.
Can I have your name and which team you're in?
/lookup
Thanks for bearing with me. Straight answer: resets are for the account holder herself, verified by me. I don't do it on anyone's behalf — not a colleague, not the director, however urgent.
The safe way: she rings the service desk herself from her own phone, and I verify her then.
/flag
I hope the meeting goes well. Bye for now.
/end";

/// The caller does not hang up on a guess: the tentative goodbye neither ends the call nor
/// costs the rest of it, so the report to security still counts.
#[test]
fn the_caller_does_not_hang_up_on_a_guessed_goodbye() {
    let lexicon = builtin_lexicon(Lang::En);
    let line = REFUSAL_WITH_A_GUESSED_GOODBYE
        .lines()
        .nth(3)
        .unwrap_or_default();
    let why = lexicon.explain(line);
    assert!(
        why.tentative.iter().any(|k| k.name() == "closing"),
        "the line no longer shows the case: {:?}",
        why.acts
    );
    let r = play(
        "friendly-authority",
        "en",
        1,
        REFUSAL_WITH_A_GUESSED_GOODBYE,
    );
    assert_eq!(r["ignored_lines"].as_u64().unwrap_or(0), 0, "{r}");
    assert!(fired(&r, "R-RECOMMENDED-DONE"), "{:?}", rules(&r));
}

/// "Het zegt niets over u" tells nothing, so a general "iedere zoon of dochter" after it is
/// no protected detail of this client told.
#[test]
fn words_that_say_nothing_tell_nothing() {
    let script = "Goedemiddag, cliëntenservice, u spreekt met Sanne.
Ik snap dat dit hard aankomt. Het zegt niets over u: het geldt voor iedere zoon of dochter.
/end";
    let r = play("third-party", "nl", 1, script);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    // Telling words that do tell still count.
    let told = "Goedemiddag, cliëntenservice, u spreekt met Sanne.
Het dossier zegt: ze is gevallen en revalideert.
/end";
    let r = play("third-party", "nl", 1, told);
    assert!(fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}

/// Lines heard anew from zzs, in our own words.
#[test]
fn offers_reassurance_and_shields_in_more_words() {
    hears_each(
        Lang::En,
        &[
            "Please pop into any local branch with your ID and they'll change it.",
            "Could you bring him in tomorrow morning?",
            "The nurse can take a look at that cut this afternoon.",
            "But a Thursday in May is still free.",
        ],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::En,
        &["you sure ain't stupid for asking", "she's no bother at all"],
        &["reassurance"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "that's a daft question, everybody knows that",
            "just read the faq mate",
        ],
        &["dismissive"],
        &[],
    );
    hears_each(
        Lang::En,
        &["no refunds after a week, it's in the terms of service"],
        &["procedure_shield"],
        &[],
    );
    hears_each(
        Lang::En,
        &["If the boss agrees we could take ten off, I'll know shortly."],
        &[],
        &["commitment"],
    );
    hears_each(
        Lang::En,
        &["that is truly heartbreaking"],
        &["empathy"],
        &[],
    );
    hears_each(Lang::En, &["Cheers now, mind yourself."], &["closing"], &[]);
    hears_each(
        Lang::En,
        &["Can I take the names on the booking?"],
        &["ask_identity:full_name"],
        &[],
    );
}

/// Dutch lines heard anew from zzs, in our own words.
#[test]
fn dutch_holds_reasons_and_asks_in_more_words() {
    hears_each(
        Lang::Nl,
        &["Heeft u er bezwaar tegen als ik u even in de wacht zet?"],
        &["hold_notice"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Zonder uw klantnummer niet, anders vertel ik de gegevens van iemand anders."],
        &["explain_reason"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Op welk mailadres wilt u de factuur ontvangen?"],
        &["ask_identity:email"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Heeft u mijn mail al ontvangen?"],
        &[],
        &["ask_identity:email"],
    );
    hears_each(Lang::Nl, &["Goeie moarn, met Sietske."], &["greeting"], &[]);
    hears_each(
        Lang::Nl,
        &["Rustig aan met die kraan, anders loopt het over."],
        &[],
        &["calm_down"],
    );
}
