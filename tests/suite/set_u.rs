//! Fourteenth round: what the trainer set U (read from this round on) showed about judgement,
//! each kind held by calls of our own (the set's scripts are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::rules::TALKED_DOWN_CEILING;

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

/// Saying who may be told ("een contactpersoon die zij heeft opgegeven") tells the son
/// nothing; telling him she fell and is recovering in Zeist, "just this once", tells him all.
#[test]
fn the_rule_told_is_no_detail_told() {
    let rule = "Goedemiddag meneer Vermeulen.\n/lookup\nIk mag u helaas niets vertellen. Dat mag alleen aan de cliënt zelf of aan een contactpersoon die zij heeft opgegeven.\n/end";
    let r = play("third-party", "nl", 1, rule);
    assert!(!critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()));
    let told = "Goedemiddag meneer Vermeulen.\n/lookup\nIk hoor hoe ongerust u bent, dus zoveel wil ik wel kwijt: ze is gevallen en ze revalideert nu in Zeist.\n/end";
    let r = play("third-party", "nl", 1, told);
    assert!(critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()));
    assert!(!r["passed"].as_bool().unwrap());
}

/// "I also can't confirm or deny anything" refuses, as "I can't" does: without it the excellent
/// agent of set U ended "without a resolution" and failed.
#[test]
fn a_refusal_with_also_refuses() {
    let heard = labels(
        &builtin_lexicon(Lang::En),
        "That goes for everyone who calls, so I also can't confirm or deny anything about where she is.",
    );
    assert!(heard.iter().any(|a| a == "refusal"), "{heard:?}");
}

/// Checking "it's you" doubts nobody: it is what verification is.
#[test]
fn checking_it_is_you_is_no_blame() {
    let heard = labels(
        &builtin_lexicon(Lang::En),
        "Before I can do anything on your account I need to check it's you - can I have your employee number?",
    );
    assert!(!heard.iter().any(|a| a == "blame"), "{heard:?}");
    let r = play(
        "nervous-care-worker",
        "en",
        1,
        "Morning Ingrid, IT service desk, Sam here. Before I can unlock anything I need to make sure it's you - can I have your employee number?\n/end",
    );
    assert!(!fired(&r, "D-BLAME"));
}

/// Waving the caller's story away hurries her.
#[test]
fn waving_the_story_away_rushes() {
    let r = play(
        "verified-impatient",
        "en",
        1,
        "right, quick then. customer number and date of birth\nyeah yeah got it, just the numbers pls, don't need the whole story\n/end",
    );
    assert!(fired(&r, "D-RUSHED"));
    let heard = labels(&builtin_lexicon(Lang::En), "yep yep no need for all that");
    assert!(heard.iter().any(|a| a == "dismissive") && !heard.iter().any(|a| a == "reassurance"));
}

/// Hurried in turn after turn, the caller was talked through the call: however correct the
/// steps, it totals at most 55 (`P-JARGON-HABIT`).
#[test]
fn hurrying_as_a_habit_fails_the_call() {
    let r = play(
        "verified-impatient",
        "en",
        1,
        "Medivo support, Sam. Customer number and date of birth, quickly please, there's a queue.\n/lookup\nyeah yeah got it, just the numbers pls, don't need the whole story\n/reset\nDone, you'll get a text. Anything else? No? OK bye\n/end",
    );
    assert!(fired(&r, "P-JARGON-HABIT"), "{:?}", rules(&r));
    assert!(r["score"]["total"].as_u64().unwrap() <= u64::from(TALKED_DOWN_CEILING));
    assert_eq!(r["passed"], false);
}

/// An impostor who hangs up furious at a firm, explained refusal is the refusal working, not an
/// ending the trainee provoked; a rightful caller driven to hang up furious is still wrong.
#[test]
fn an_impostor_hanging_up_at_a_refusal_is_no_provoked_ending() {
    let script = "Morning, Zorgnet helpdesk, Sam speaking. Sorry to hear you're locked out.\n\
        /lookup\n\
        I can help with a reset, but first I need Het Anker's tax number so I can check it.\n\
        The address and phone number don't count, they're public information.\n\
        You're not registered as an authorised contact, so I'm not allowed to reset it for you.\n\
        The intranet holds patients' medical data, and the law requires us to know who gets access.\n\
        Your authorised contact can call us from the practice's registered number, or we call the practice back on the number on file.\n\
        I'm sorry I can't do more right now. Thanks for your patience, goodbye.\n\
        /flag\n/end";
    let r = play("impostor-reset", "en", 1, script);
    assert_ne!(r["outcome_right"], false, "{}", r["outcome"]);
    assert!(!fired(&r, "V-NOT-ASKED"), "{:?}", rules(&r));
}
