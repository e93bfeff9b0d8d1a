//! `deskdrill validate`: every problem as path:line:column: message, with what was expected.

use crate::util::*;

fn problems(file: &str) -> (i32, Vec<String>) {
    let run = deskdrill(&["validate", file], "");
    let lines = run
        .stderr
        .lines()
        .filter(|l| l.starts_with(file))
        .map(str::to_string)
        .collect();
    (run.status, lines)
}

#[test]
fn a_json_syntax_error_points_at_line_and_column() {
    let f = "tests/fixtures/invalid/syntax.json";
    let (status, lines) = problems(f);
    assert_eq!(status, 1);
    assert_eq!(
        lines,
        [format!(
            "{f}:5:3: JSON syntax: expected `,` or `}}` (is a comma missing before this?)"
        )]
    );
}

#[test]
fn an_unknown_field_suggests_the_closest_known_one_and_every_missing_field_is_named() {
    let f = "tests/fixtures/invalid/unknown-field.json";
    // The typo's field ('title') is not reported missing as well.
    let expected = [
        "1:1: missing field 'summary'",
        "1:1: missing field 'difficulty'",
        "1:1: missing field 'pass_mark': The total (0-100) a call needs to pass",
        "1:1: missing field 'briefing': What the trainee reads before the call",
        "1:1: missing field 'caller'",
        "1:1: missing field 'outcomes'",
        "5:3: unknown field 'titel'; did you mean 'title'?",
    ];
    let expected: Vec<String> = expected.iter().map(|e| format!("{f}:{e}")).collect();
    assert_eq!(problems(f).1, expected);
}

#[test]
fn a_wrong_type_says_what_was_expected() {
    let f = "tests/fixtures/invalid/wrong-type.json";
    let expected = [
        "1:1: missing field 'briefing': What the trainee reads before the call",
        "1:1: missing field 'caller'",
        "1:1: missing field 'outcomes'",
        "8:16: invalid type: string \"seventy\", expected a whole number, 0 or more (in pass_mark)",
    ];
    let expected: Vec<String> = expected.iter().map(|e| format!("{f}:{e}")).collect();
    assert_eq!(problems(f).1, expected);
}

#[test]
fn every_dangling_reference_is_reported_in_one_run() {
    let f = "tests/fixtures/invalid/references.json";
    let (status, lines) = problems(f);
    assert_eq!(status, 1);
    let expected = [
        "6:14: missing the Dutch text (\"nl\": \"…\")",
        "22:15: no fact 'tax_numbr' in \"facts\" (did you mean 'tax_number'?)",
        "23:33: no mood 'angr' in caller.mood (did you mean 'anger'?)",
        "24:14: the caller knows facts without an \"answer\" line, so a \"give_fact\" line is needed (use {value} for the value)",
        "26:7: the line 'unused' is never said: no reaction or fact refers to it",
        "30:16: in condition: no reaction sets the flag 'shouted'",
        "30:56: no line 'shout' in caller.lines",
        "31:16: in condition: unknown act 'empathie' (did you mean 'empathy'?)",
        "34:169: no fact 'date_of_birth' in \"facts\"",
        "35:48: unknown outcome 'reset'; expected one of \"resolved\", \"refused\", \"transferred\", \"caller_hung_up\", \"abandoned\", \"ended\"",
    ];
    let expected: Vec<String> = expected.iter().map(|e| format!("{f}:{e}")).collect();
    assert_eq!(lines, expected);
}

#[test]
fn a_bad_condition_points_inside_the_string() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/fixtures/invalid/references.json")
        .unwrap()
        .replace("\"turn == 1\"", "\"turn === 1\"");
    let path = dir.path().join("cond.json");
    std::fs::write(&path, text).unwrap();
    let p = path.to_str().unwrap();
    let (_, lines) = problems(p);
    assert!(
        lines.contains(&format!("{p}:29:24: in condition: unexpected '='")),
        "{lines:#?}"
    );
}

#[test]
fn the_shipped_scenarios_are_valid() {
    let run = deskdrill(&["validate", "scenarios"], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.lines().filter(|l| l.contains(": ok (")).count(),
        deskdrill::scenario::SHIPPED.len()
    );
}

#[test]
fn a_missing_file_is_a_clear_error_not_a_panic() {
    let run = deskdrill(&["validate", "no/such/file.json"], "");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .starts_with("no/such/file.json: cannot read the file"),
        "{}",
        run.stderr
    );
}

#[test]
fn wrong_usage_exits_with_2() {
    assert_eq!(deskdrill(&["validate"], "").status, 2);
    assert_eq!(deskdrill(&["play"], "").status, 2);
    assert_eq!(
        deskdrill(&["play", "impostor-reset", "--lang", "fr"], "").status,
        2
    );
}

/// A shipped scenario's text with one JSON value replaced (the key at the end of `path`).
fn edited(path: &[&str], value: serde_json::Value) -> String {
    let text = deskdrill::scenario::SHIPPED[0].1;
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    let mut at = &mut v;
    for key in path {
        at = match key.parse::<usize>() {
            Ok(i) => &mut at[i],
            Err(_) => &mut at[*key],
        };
    }
    *at = value;
    serde_json::to_string_pretty(&v).unwrap()
}

fn load_problems(text: &str) -> Vec<String> {
    match deskdrill::scenario::load_str(text, "s.json") {
        Ok(_) => Vec::new(),
        Err(e) => e.to_string().lines().map(str::to_string).collect(),
    }
}

#[test]
fn rule_ids_weights_and_points_are_checked_with_their_place() {
    let text = edited(&["rule_points", "D-CALM-DOWNN"], 5.into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with("unknown rule 'D-CALM-DOWNN' (did you mean 'D-CALM-DOWN'?)"),
        "{problems:?}"
    );
    assert!(problems[0].starts_with("s.json:"), "{problems:?}");

    let text = edited(&["weights", "verification"], 1_000_000_000_000u64.into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with("expected a weight from 0 to 100"),
        "{problems:?}"
    );

    let text = edited(&["rule_points", "D-BLAME"], i64::from(i32::MAX).into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with("expected points from -100 to 100"),
        "{problems:?}"
    );
    let line_col: Vec<&str> = problems[0].split(':').skip(1).take(2).collect();
    assert!(
        line_col
            .iter()
            .all(|n| n.parse::<usize>().is_ok_and(|n| n > 0)),
        "{problems:?}"
    );
}

/// Extreme numbers anywhere a scenario has a number: each is a validation problem or a
/// scenario that plays; none makes a (debug) build panic.
#[test]
fn no_number_in_a_scenario_can_overflow_anything() {
    let extremes: [serde_json::Value; 6] = [
        i64::MAX.into(),
        i64::MIN.into(),
        i64::from(i32::MAX).into(),
        i64::from(i32::MIN).into(),
        u64::MAX.into(),
        (-1).into(),
    ];
    let places: [&[&str]; 7] = [
        &["pass_mark"],
        &["weights", "resolution"],
        &["rule_points", "R-RIGHT-OUTCOME"],
        &["caller", "mood", "anger"],
        &["caller", "sensitivity", "empathy", "anger"],
        &["caller", "knows", "tax_number", "lie_after"],
        &["tests", "0", "seed"],
    ];
    for place in places {
        for value in &extremes {
            let text = edited(place, value.clone());
            if let Ok(s) = deskdrill::scenario::load_str(&text, "s.json") {
                let s = std::sync::Arc::new(s);
                for test in &s.tests {
                    let lex = lexicon(&s, test.lang);
                    let r = deskdrill::selftest::play(&s, lex, test.lang, test.seed, &test.script);
                    assert!(r.score.total <= 100, "{place:?} = {value}");
                }
            }
        }
    }
}

/// A new trainer's finding: a misspelt field hid every other problem until it was fixed. An
/// unknown field and what the file names inside are now reported in the same run.
#[test]
fn an_unknown_field_does_not_hide_the_other_problems() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/fixtures/invalid/references.json")
        .unwrap()
        .replacen("\"when\": \"", "\"colour\": \"red\", \"when\": \"", 1);
    let path = dir.path().join("unknown.json");
    std::fs::write(&path, text).unwrap();
    let (status, lines) = problems(path.to_str().unwrap());
    assert_eq!(status, 1);
    assert!(
        lines.iter().any(|l| l.contains("unknown field 'colour'")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("no reaction sets the flag 'shouted'")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.contains("unknown act 'empathie'")),
        "{lines:?}"
    );
}

#[test]
fn after_call_work_cannot_be_sensitive() {
    let text = edited(&["actions", "reset", "after_call"], true.into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with(
            "an \"after_call\" action is done after the caller has gone: it cannot be sensitive \
             or resolve the call"
        ),
        "{problems:?}"
    );
}

#[test]
fn only_a_critical_rule_has_a_cap_and_a_cap_is_a_total() {
    let text = edited(
        &["rule_caps"],
        serde_json::json!({"D-BLAME": 30, "D-INSULT": 140}),
    );
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems[0].ends_with("only a critical rule caps the total"),
        "{problems:?}"
    );
    assert!(
        problems[1].ends_with("expected a cap from 0 to 100"),
        "{problems:?}"
    );
}

#[test]
fn a_partly_verified_cap_is_a_total() {
    let text = edited(&["partly_verified_cap"], 140.into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with("expected a cap from 0 to 100"),
        "{problems:?}"
    );
    // The message points at the field's own line.
    let line: usize = problems[0].split(':').nth(1).unwrap().parse().unwrap();
    assert!(
        text.lines()
            .nth(line - 1)
            .unwrap()
            .contains("\"partly_verified_cap\""),
        "{problems:?}"
    );
    assert!(load_problems(&edited(&["partly_verified_cap"], 60.into())).is_empty());
}

#[test]
fn a_referral_in_a_condition_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("scenarios/wrong-number.json")
        .unwrap()
        .replacen(
            "referred(municipal_tax_team:phone_number)",
            "referred(municipal_tax_team:fax)",
            1,
        )
        .replacen(
            "referred(municipal_tax_team:phone_number)",
            "referred(tax_office)",
            1,
        );
    let path = dir.path().join("wrong.json");
    std::fs::write(&path, text).unwrap();
    let (status, lines) = problems(path.to_str().unwrap());
    assert_eq!(status, 1);
    let all = lines.join("\n");
    assert!(
        all.contains("referral 'municipal_tax_team' has no detail 'fax'"),
        "{all}"
    );
    assert!(
        all.contains("no referral 'tax_office' in judgement.referrals"),
        "{all}"
    );
}

#[test]
fn a_sentence_limit_too_short_to_speak_is_an_error_with_its_place() {
    let text = edited(&["caller", "sentence_words"], 3.into());
    let problems = load_problems(&text);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].starts_with("s.json:"), "{problems:?}");
    assert!(
        problems[0].ends_with("a sentence limit under 6 words leaves no room to say anything"),
        "{problems:?}"
    );
    assert!(load_problems(&edited(&["caller", "sentence_words"], 12.into())).is_empty());
}
