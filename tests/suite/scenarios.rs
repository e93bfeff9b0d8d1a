//! Issues #4 and #5: the three seeded scenarios, in both languages, as a trainer would judge them.

use crate::util::*;
use serde_json::Value;
use std::collections::BTreeSet;

const SCENARIOS: [&str; 3] = ["impostor-reset", "nervous-care-worker", "delivery-dispute"];

/// A scenario's own self-test script, by its position among that language's tests.
fn self_test(scenario: &str, lang: &str, index: usize) -> (u64, String) {
    let text = std::fs::read_to_string(format!("scenarios/{scenario}.json")).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    let t = v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["lang"] == lang)
        .nth(index)
        .unwrap()
        .clone();
    let script: Vec<String> = t["script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap().to_string())
        .collect();
    (t["seed"].as_u64().unwrap(), script.join("\n") + "\n")
}

#[test]
fn every_shipped_self_test_passes() {
    let run = deskdrill(&["test"], "");
    assert!(
        run.stdout.trim_end().ends_with(" passed, 0 failed"),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    assert_eq!(run.status, 0);
    let passed: usize = run
        .stdout
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(passed >= 24, "only {passed} self-tests");
}

/// A ranking key a trainer would agree with: any critical error ranks below every call without.
fn rank(r: &Value) -> i64 {
    let total = score(r, "total") as i64;
    if critical_rules(r).is_empty() {
        total
    } else {
        total - 100
    }
}

fn improvement_rules(r: &Value) -> Vec<String> {
    r["feedback"]["improvements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}

/// Inserts a line before the script's last line (its /end or closing).
fn with_flaw(script: &str, flaw: &str) -> String {
    let mut lines: Vec<&str> = script.lines().collect();
    let at = lines.len().saturating_sub(2);
    lines.insert(at, flaw);
    lines.join("\n") + "\n"
}

const IMPOSTOR_POOR_NL: &str = "\
Ja?
Rustig aan mevrouw. Zonder belastingnummer doe ik niks, zo zijn de regels.
Dat is nou eenmaal de procedure.
Ik ga niks resetten, regels zijn regels.
Doe eens rustig.
/end
";

#[test]
fn calls_a_trainer_would_rank_come_out_in_that_order() {
    // (scenario, lang, ideal, poor, critical) by position among that language's self-tests.
    let cases = [
        ("impostor-reset", "en", 0, Some(4), 1),
        ("impostor-reset", "nl", 0, None, 1),
        ("nervous-care-worker", "en", 0, Some(1), 2),
        ("nervous-care-worker", "nl", 0, Some(1), 2),
        ("delivery-dispute", "en", 0, Some(1), 2),
        ("delivery-dispute", "nl", 0, Some(1), 2),
    ];
    for (scenario, lang, ideal, poor, critical) in cases {
        let (seed, ideal_script) = self_test(scenario, lang, ideal);
        let flaw_line = if lang == "en" {
            "Please calm down."
        } else {
            "Rustig aan, alstublieft."
        };
        let ideal = play(scenario, lang, seed, &ideal_script);
        let flawed = play(scenario, lang, seed, &with_flaw(&ideal_script, flaw_line));
        let poor = match poor {
            Some(i) => {
                let (seed, script) = self_test(scenario, lang, i);
                play(scenario, lang, seed, &script)
            }
            None => play(scenario, lang, 1, IMPOSTOR_POOR_NL),
        };
        let (seed, script) = self_test(scenario, lang, critical);
        let critical = play(scenario, lang, seed, &script);
        let ranks = [rank(&ideal), rank(&flawed), rank(&poor), rank(&critical)];
        assert!(
            ranks.windows(2).all(|w| w[0] > w[1]),
            "{scenario} [{lang}]: ideal, flawed, poor, critical ranked {ranks:?}"
        );
        assert_eq!(ideal["passed"], true, "{scenario} [{lang}] ideal");
        assert!(
            improvement_rules(&flawed).contains(&"D-CALM-DOWN".to_string()),
            "{scenario} [{lang}]: the flaw is named: {:?}",
            improvement_rules(&flawed)
        );
        assert_eq!(poor["passed"], false, "{scenario} [{lang}] poor");
        assert!(
            !critical_rules(&critical).is_empty(),
            "{scenario} [{lang}] critical"
        );
    }
}

#[test]
fn the_agent_of_story_three_fails_and_is_quoted() {
    for lang in ["en", "nl"] {
        let (seed, script) = self_test("delivery-dispute", lang, 1);
        let r = play("delivery-dispute", lang, seed, &script);
        assert_eq!(r["passed"], false);
        assert!(
            score(&r, "deescalation") < 40,
            "{lang}: de-escalation {}",
            score(&r, "deescalation")
        );
        let notes = rules(&r);
        for rule in ["D-BLAME", "D-PROCEDURE-SHIELD", "D-REPEATED-SYMPATHY"] {
            assert!(
                notes.contains(&rule.to_string()),
                "{lang}: {rule} missing from {notes:?}"
            );
        }
        let improvements = r["feedback"]["improvements"].as_array().unwrap();
        let quoted: Vec<&Value> = improvements
            .iter()
            .filter(|f| !f["quote"].as_str().unwrap().is_empty())
            .collect();
        assert!(
            quoted.len() >= 2,
            "{lang}: the feedback quotes the agent's turns: {improvements:#?}"
        );
        for f in quoted {
            let turn = f["turn"].as_u64().unwrap();
            let said = r["turns"]
                .as_array()
                .unwrap()
                .iter()
                .find(|t| t["n"].as_u64() == Some(turn))
                .unwrap();
            assert_eq!(said["text"], f["quote"], "{lang}: quote and turn agree");
        }
        let peak = r["mood_trace"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["anger"].as_u64().unwrap())
            .max()
            .unwrap();
        assert!(peak >= 90, "{lang}: anger goes to the top ({peak})");
    }
}

#[test]
fn the_rushed_trainee_loses_the_care_worker() {
    for lang in ["en", "nl"] {
        let (seed, script) = self_test("nervous-care-worker", lang, 1);
        let r = play("nervous-care-worker", lang, seed, &script);
        assert_eq!(r["outcome"], "caller_hung_up", "{lang}: she gives up");
        assert_eq!(r["passed"], false);
        assert!(rules(&r).contains(&"P-JARGON".to_string()));
    }
}

#[test]
fn the_careful_trainee_brings_the_mood_down() {
    for scenario in SCENARIOS {
        for lang in ["en", "nl"] {
            let (seed, script) = self_test(scenario, lang, 0);
            let r = play(scenario, lang, seed, &script);
            let trace = r["mood_trace"].as_array().unwrap();
            let sum = |m: &Value| {
                m.as_object()
                    .unwrap()
                    .values()
                    .map(|v| v.as_i64().unwrap())
                    .sum::<i64>()
            };
            let peak = trace.iter().map(sum).max().unwrap();
            let end = sum(trace.last().unwrap());
            assert!(
                end < peak || scenario == "impostor-reset",
                "{scenario} [{lang}]: mood ends at {end}, peak {peak}"
            );
            assert_eq!(r["passed"], true, "{scenario} [{lang}]");
        }
    }
}

#[test]
fn refusing_a_properly_verified_care_worker_costs_resolution() {
    for lang in ["en", "nl"] {
        let (seed, script) = self_test("nervous-care-worker", lang, 3);
        let r = play("nervous-care-worker", lang, seed, &script);
        assert_eq!(r["outcome"], "refused");
        assert!(
            critical_rules(&r).is_empty(),
            "she was verified: no critical error"
        );
        assert_eq!(score(&r, "resolution"), 0, "{lang}");
        assert!(
            score(&r, "total") <= 40,
            "{lang}: a wrong outcome caps the total"
        );
        assert!(rules(&r).contains(&"R-WRONG-OUTCOME".to_string()));
    }
}

#[test]
fn over_twenty_seeds_the_wording_varies_and_the_outcome_holds() {
    for scenario in SCENARIOS {
        for lang in ["en", "nl"] {
            let (_, script) = self_test(scenario, lang, 0);
            let mut lines = BTreeSet::new();
            let mut outcomes = BTreeSet::new();
            for seed in 1..=20 {
                let r = play(scenario, lang, seed, &script);
                outcomes.insert(r["outcome"].as_str().unwrap().to_string());
                lines.extend(caller_lines(&r));
            }
            let per_call = caller_lines(&play(scenario, lang, 1, &script)).len();
            assert_eq!(
                outcomes.len(),
                1,
                "{scenario} [{lang}]: outcomes {outcomes:?}"
            );
            assert!(
                lines.len() >= per_call * 2,
                "{scenario} [{lang}]: {} distinct caller lines over 20 seeds, {per_call} per call",
                lines.len()
            );
        }
    }
}

#[test]
fn the_caller_never_says_the_same_phrasing_twice_in_a_row() {
    // Stalling the same way again and again gets the same reaction: its wording must vary.
    let script = "Hello.\nOne moment.\nOne moment.\nOne moment.\nOne moment.\n/end\n";
    for seed in 1..=5 {
        let lines = caller_lines(&play("impostor-reset", "en", seed, script));
        for pair in lines.windows(2) {
            assert_ne!(pair[0], pair[1], "seed {seed}: {lines:#?}");
        }
    }
}
