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

/// A bank-cent call that verifies and registers a complaint but never says what the cent was
/// for misses the whole point of the call: the unanswered question costs 50 there (25
/// elsewhere), and the call cannot reach a pass on the rest.
#[test]
fn an_unanswered_question_costs_half_the_resolution_in_bank_cent() {
    let script = "Good afternoon, business desk, Mark speaking.
For security, may I have your customer number and your date of birth?
/lookup
Thank you. I can only tell you what the system says: it's a booking.
If you want more, I'll register a complaint and you'll hear in writing.
/complaint
Is there anything else?
/end";
    let r = play("bank-cent", "en", 1, script);
    let notes = notes_with(&r, "R-QUESTION-UNANSWERED");
    assert_eq!(notes.len(), 1, "{:?}", rules(&r));
    assert_eq!(notes[0]["points"], -50);
    assert!(score(&r, "resolution") <= 50, "{}", r["score"]);
    assert_eq!(r["passed"], false);
}

/// More refusals heard as what they are, not as their look-alikes.
#[test]
fn refusals_to_put_through_or_explain_are_no_transfer_or_offer() {
    hears_each(
        Lang::Nl,
        &["Sorry, maar doorverbinden naar buiten is bij ons echt niet mogelijk."],
        &["refusal"],
        &["transfer_notice"],
    );
    hears_each(
        Lang::En,
        &["I can only tell you what the screen says, nothing more."],
        &[],
        &["offer_alternative"],
    );
    hears_each(
        Lang::En,
        &["Tell you what, I'll ring the depot myself and call you back."],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::En,
        &["A supervisor? No, that's not how we do things here."],
        &["procedure_shield"],
        &[],
    );
}

/// "I can hear you perfectly well" answers a raised voice, it does not acknowledge a feeling;
/// "before anything else" opens a line, it does not close the call.
#[test]
fn hearing_the_caller_fine_is_no_empathy_and_before_anything_else_no_goodbye() {
    hears_each(
        Lang::En,
        &["First of all, no need to shout, I can hear you just fine."],
        &["calm_down"],
        &["empathy", "closing"],
    );
    hears_each(
        Lang::En,
        &["Before anything else, can I take your name?"],
        &[],
        &["closing"],
    );
    hears_each(
        Lang::En,
        &["I can hear you're worried about this."],
        &["empathy"],
        &[],
    );
}

/// From zzt once read (after its end measurement): street slang that praises is no insult, and
/// "geen X zonder Y" refuses.
#[test]
fn praise_in_slang_is_no_insult_and_no_key_without_an_appointment_refuses() {
    hears_each(
        Lang::Nl,
        &[
            "die jas is echt ziek uit",
            "die schoenen zijn gestoord mooi",
        ],
        &[],
        &["insult"],
    );
    hears_each(Lang::Nl, &["ben je gestoord ofzo"], &["insult"], &[]);
    hears_each(
        Lang::Nl,
        &["Geen pakket zonder legitimatie, zo werkt het."],
        &["refusal"],
        &[],
    );
}
