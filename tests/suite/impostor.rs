//! Issue #2: the impostor who wants a password reset, end to end through the binary.

use crate::util::*;

const CAREFUL_EN: &str = "\
Good morning, Zorgnet helpdesk, you're speaking with Sam.
I understand this is urgent. Before I can reset anything I need the provider's tax number, because the law on patient data requires us to check who we're speaking with.
/lookup
I'm sorry, I can't reset the password without the tax number. What I can do is call the provider back on the number we have on file.
/flag
I know this is frustrating. Is there anything else I can help you with? Have a good day.
/end
";

const CAREFUL_NL: &str = "\
Goedemorgen, helpdesk van Zorgnet, u spreekt met Sam.
Ik begrijp dat het haast heeft. Voordat ik iets kan resetten heb ik het belastingnummer van de zorgaanbieder nodig, omdat de privacywet ons verplicht te controleren met wie we spreken.
/lookup
Het spijt me, zonder het belastingnummer kan ik het wachtwoord niet resetten. Wat ik wel kan doen is de zorgaanbieder terugbellen op het nummer dat bij ons bekend is.
/flag
Ik snap dat dit vervelend is. Kan ik verder nog iets voor u doen? Nog een fijne dag.
/end
";

const RESET_EN: &str = "\
Hello, helpdesk.
Sure, I'll reset it for you right away.
/reset
/end
";

const RESET_NL: &str = "\
Hallo, helpdesk.
Tuurlijk, ik reset het meteen voor u.
/reset
/end
";

/// Story 1: right verification, a hold to consult, a proper refusal — then a curse.
const STORY1_EN: &str = "\
Good morning, Zorgnet helpdesk, this is Tom speaking.
I can help you, but first I need the provider's tax number: the law on patient data obliges us to check that we're dealing with the right provider.
/lookup
May I put you on hold for a moment? I need to check something.
/hold consult trainer
/resume
Thank you for waiting. I'm sorry, without the tax number I can't reset the password. The provider can call us from the number we have on file.
Damn it, would you let me finish!
/end
";

const STORY1_NL: &str = "\
Goedemorgen, helpdesk van Zorgnet, u spreekt met Tom.
Ik kan u helpen, maar eerst heb ik het belastingnummer van de zorgaanbieder nodig: de privacywet verplicht ons te controleren dat we met de juiste aanbieder spreken.
/lookup
Mag ik u even in de wacht zetten? Ik moet iets nakijken.
/hold overleg met trainer
/resume
Bedankt voor het wachten. Het spijt me, zonder het belastingnummer kan ik het wachtwoord niet resetten. De aanbieder kan ons bellen vanaf het nummer dat bij ons bekend is.
Verdomme, laat me nou even uitpraten!
/end
";

#[test]
fn a_careful_trainee_passes_in_both_languages() {
    for (lang, script) in [("en", CAREFUL_EN), ("nl", CAREFUL_NL)] {
        let r = play("impostor-reset", lang, 3, script);
        assert_eq!(
            r["passed"],
            true,
            "{lang}: {}",
            serde_json::to_string_pretty(&r["score"]).unwrap()
        );
        assert_eq!(r["outcome"], "refused", "{lang}");
        assert!(
            critical_rules(&r).is_empty(),
            "{lang}: {:?}",
            critical_rules(&r)
        );
        assert!(score(&r, "verification") >= 80, "{lang}");
        assert_eq!(r["scenario"]["lang"], lang);
    }
}

#[test]
fn resetting_without_the_tax_number_fails_critically() {
    for (lang, script) in [("en", RESET_EN), ("nl", RESET_NL)] {
        let r = play("impostor-reset", lang, 3, script);
        assert_eq!(r["passed"], false, "{lang}");
        assert!(
            critical_rules(&r).contains(&"V-UNVERIFIED-ACTION".to_string()),
            "{lang}: {:?}",
            critical_rules(&r)
        );
        assert!(
            score(&r, "verification") <= 20,
            "{lang}: verification {}",
            score(&r, "verification")
        );
        assert!(
            score(&r, "total") <= 40,
            "{lang}: a wrong outcome caps the total"
        );
    }
}

#[test]
fn the_trainee_of_story_one_fails_on_the_curse_but_keeps_verification() {
    for (lang, script) in [("en", STORY1_EN), ("nl", STORY1_NL)] {
        let r = play("impostor-reset", lang, 3, script);
        assert_eq!(r["passed"], false, "{lang}");
        assert_eq!(critical_rules(&r), vec!["D-INSULT".to_string()], "{lang}");
        assert!(
            score(&r, "verification") >= 80,
            "{lang}: verification {}",
            score(&r, "verification")
        );
        let critical = &r["critical"][0];
        let turn = critical["turn"].as_u64().unwrap();
        let quoted = r["turns"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["n"].as_u64() == Some(turn))
            .unwrap();
        assert!(quoted["text"].as_str().unwrap().contains(if lang == "en" {
            "Damn"
        } else {
            "Verdomme"
        }));
    }
}

#[test]
fn the_debrief_names_the_critical_error_and_tells_the_truth() {
    let run = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "en",
            "--seed",
            "3",
            "--script",
            "-",
            "--no-save",
        ],
        STORY1_EN,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let out = &run.stdout;
    let critical = out
        .find("Critical errors")
        .expect("critical errors section");
    let strengths = out.find("What went well").expect("strengths section");
    assert!(critical < strengths, "critical errors come first");
    assert!(
        out.contains(
            "'Damn it, would you let me finish!' — insulted or swore at the caller (critical)"
        ),
        "{out}"
    );
    assert!(out.contains("former employee"), "the hidden truth is told");
    let run = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "nl",
            "--seed",
            "3",
            "--script",
            "-",
            "--no-save",
        ],
        STORY1_NL,
    );
    assert!(run.stdout.contains("Kritieke fouten"), "{}", run.stdout);
    assert!(run.stdout.contains("NIET GESLAAGD"));
}

fn without_timing(mut v: serde_json::Value) -> serde_json::Value {
    v.as_object_mut().unwrap().remove("started_at");
    v.as_object_mut().unwrap().remove("duration_s");
    v
}

#[test]
fn the_same_seed_and_script_give_the_same_result() {
    for lang in ["en", "nl"] {
        let script = if lang == "en" { CAREFUL_EN } else { CAREFUL_NL };
        let a = without_timing(play("impostor-reset", lang, 42, script));
        let b = without_timing(play("impostor-reset", lang, 42, script));
        assert_eq!(a, b, "{lang}");
    }
}

#[test]
fn different_seeds_vary_the_callers_wording() {
    let lines: std::collections::BTreeSet<Vec<String>> = (1..=6)
        .map(|seed| caller_lines(&play("impostor-reset", "en", seed, CAREFUL_EN)))
        .collect();
    assert!(
        lines.len() >= 3,
        "six seeds gave only {} different calls",
        lines.len()
    );
}

#[test]
fn the_result_follows_the_contract() {
    let r = play("impostor-reset", "en", 3, CAREFUL_EN);
    assert_eq!(r["format"], "deskdrill.result.v1");
    for key in [
        "scenario",
        "trainee",
        "seed",
        "started_at",
        "duration_s",
        "outcome",
        "passed",
        "score",
        "critical",
        "turns",
        "mood_trace",
        "feedback",
    ] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    for key in [
        "total",
        "verification",
        "deescalation",
        "resolution",
        "professionalism",
    ] {
        let v = r["score"][key].as_u64().unwrap();
        assert!(v <= 100, "{key} = {v}");
    }
    let turns = r["turns"].as_array().unwrap();
    let last_mood = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["event"] == "mood")
        .map(|e| e["mood"].clone());
    assert_eq!(
        r["mood_trace"].as_array().unwrap().last().cloned(),
        last_mood,
        "the trace ends with the caller's mood at the end of the call"
    );
    for (i, t) in turns.iter().enumerate() {
        assert_eq!(t["n"].as_u64().unwrap(), i as u64 + 1);
        assert!(["trainee", "caller", "system"].contains(&t["speaker"].as_str().unwrap()));
        assert!(t["mood"]["anger"].is_number());
        for note in t["notes"].as_array().unwrap() {
            assert!(
                note["rule"].is_string()
                    && note["points"].is_number()
                    && note["message"].is_string()
            );
        }
    }
    let first_speech = &turns[0];
    assert_eq!(first_speech["acts"][0]["act"], "greeting");
    // The mood moves over this call: it is not one flat value.
    let angers: std::collections::BTreeSet<u64> = r["mood_trace"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["anger"].as_u64().unwrap())
        .collect();
    assert!(angers.len() > 1);
}

#[test]
fn a_script_that_runs_past_the_end_says_how_many_lines_were_ignored() {
    // She hangs up as soon as she has her reset: the two lines after "/end" are not played;
    // "/end" itself asks only for what has happened already, and the comment and the blank
    // line are not turns.
    let script = format!("{RESET_EN}still talking\n/lookup\n# a comment\n\n");
    assert!(RESET_EN.trim_end().ends_with("/end"));
    let r = play("impostor-reset", "en", 3, &script);
    assert_eq!(r["outcome"], "resolved");
    assert_eq!(r["ignored_lines"], 2);
}

#[test]
fn a_script_that_stops_early_is_an_abandoned_call() {
    let r = play("impostor-reset", "en", 3, "Hello, helpdesk.\n");
    assert_eq!(r["outcome"], "abandoned");
    assert_eq!(r["passed"], false);
}

#[test]
fn an_unknown_command_suggests_the_closest_and_is_not_a_turn() {
    let run = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "en",
            "--seed",
            "1",
            "--script",
            "-",
            "--no-save",
        ],
        "Hello\n/lookpu\n/end\n",
    );
    assert!(
        run.stdout
            .contains("Unknown command /lookpu. Did you mean /lookup?"),
        "{}",
        run.stdout
    );
    let r = play("impostor-reset", "en", 1, "Hello\n/lookpu\n/end\n");
    assert!(
        !r["turns"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["text"] == "/lookpu")
    );
}

#[test]
fn an_unknown_scenario_names_the_closest_ids() {
    let run = deskdrill(&["play", "impostor-rest", "--no-save"], "");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("no scenario 'impostor-rest'; did you mean 'impostor-reset'?"),
        "{}",
        run.stderr
    );
}

#[test]
fn results_are_saved_and_reviewable() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let run = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "en",
            "--seed",
            "3",
            "--script",
            "-",
            "--results",
            d,
            "--trainee",
            "Sam",
        ],
        CAREFUL_EN,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(
        files.len(),
        1,
        "one result, no journal left behind: {files:?}"
    );
    assert!(run.stderr.contains("Result saved:"));
    let review = deskdrill(&["review", files[0].to_str().unwrap()], "");
    assert_eq!(review.status, 0, "{}", review.stderr);
    assert!(review.stdout.contains("Sam"));
    assert!(
        review.stdout.contains("[V-ASKED-REQUIRED]"),
        "{}",
        review.stdout
    );
}

#[test]
fn list_shows_every_shipped_scenario_the_three_seeded_first() {
    let run = deskdrill(&["list", "--json"], "");
    assert_eq!(run.status, 0);
    let ids: Vec<String> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids[..3],
        ["impostor-reset", "nervous-care-worker", "delivery-dispute"]
    );
    assert_eq!(ids.len(), deskdrill::scenario::SHIPPED.len());
    let actions = &run.json()[0]["actions"];
    assert_eq!(actions, &serde_json::json!(["flag", "reset"]));
}

#[test]
fn pressed_for_the_tax_number_she_makes_one_up_and_only_the_records_catch_it() {
    let pressed = "Hello, helpdesk.\nWhat's the tax number?\nI need the tax number.\nCan you give me the tax number please?\n";
    // Reset on the made-up number after looking at the records: still unverified, it does not match.
    let r = play(
        "impostor-reset",
        "en",
        2,
        &format!("{pressed}/lookup\n/reset\n"),
    );
    let given: Vec<&serde_json::Value> = r["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["event"] == "fact_given" && e["fact"] == "tax_number")
        .collect();
    assert_eq!(given.len(), 1, "she gives a tax number on the third ask");
    assert_eq!(
        given[0]["correct"], false,
        "and it is not the one on record"
    );
    assert_eq!(critical_rules(&r), ["V-UNVERIFIED-ACTION"]);
    // The trainee who compares it with the records and refuses is right.
    let script = format!(
        "{pressed}/lookup\nI'm sorry, that number doesn't match our records, so I can't reset the password. We can call the provider back on the number on file.\n/flag\n/end\n"
    );
    let r = play("impostor-reset", "en", 2, &script);
    assert!(critical_rules(&r).is_empty());
    assert_eq!(r["outcome"], "refused");
}

/// Friendly authority: the trainee who notices the director's account is not locked at all
/// has caught the story out; "Sven" brushes it aside, in both languages, instead of carrying on
/// as if nothing was said.
#[test]
fn the_impostor_dodges_when_the_trainee_sees_the_account_is_not_locked() {
    for (lang, line) in [
        ("en", "Funny, her account isn't showing locked at all."),
        ("nl", "Nou, ze staat niet eens op slot hoor."),
    ] {
        let script = format!("Service desk, Aoife speaking.\n/lookup\n{line}\n/end\n");
        let r = play("friendly-authority", lang, 1, &script);
        let reply = caller_lines(&r).last().cloned().unwrap_or_default();
        let dodges = [
            "Locked, not locked",
            "screen says",
            "old laptop",
            "Op slot, niet op slot",
            "scherm zegt",
            "oude laptop",
        ];
        assert!(dodges.iter().any(|d| reply.contains(d)), "{lang}: {reply}");
    }
}
