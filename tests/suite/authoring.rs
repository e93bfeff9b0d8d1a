//! The tools for scenario authors: the skeleton of `new`, the schema, every structural problem
//! at once, the lints, `test --explore`, `graph` and the reactions in `review`. In-process,
//! except one run of `new` and one of `test` for their exit codes and messages.

use crate::util::*;
use deskdrill::authoring::explore::{self, Plan};
use deskdrill::authoring::lint::{self, Severity};
use deskdrill::authoring::{self, graph, pool::Pool};
use deskdrill::lang::Lang;
use deskdrill::scenario::{self, Scenario, shape};
use deskdrill::{report, selftest, understanding};
use serde_json::{Value, json};
use std::sync::Arc;

fn skeleton() -> String {
    authoring::skeleton("my-call").expect("a good id")
}

/// The skeleton with one value changed (`path` as keys and indexes).
fn skeleton_with(edits: &[(&[&str], Value)]) -> String {
    let mut v: Value = serde_json::from_str(&skeleton()).unwrap();
    for (path, value) in edits {
        let mut at = &mut v;
        for key in *path {
            at = match key.parse::<usize>() {
                Ok(i) => &mut at[i],
                Err(_) => &mut at[*key],
            };
        }
        *at = value.clone();
    }
    serde_json::to_string_pretty(&v).unwrap()
}

fn load(text: &str) -> Arc<Scenario> {
    Arc::new(scenario::load_str(text, "s.json").unwrap_or_else(|e| panic!("{e}")))
}

fn problems(text: &str) -> Vec<String> {
    match scenario::load_str(text, "s.json") {
        Ok(_) => Vec::new(),
        Err(e) => e.to_string().lines().map(str::to_string).collect(),
    }
}

fn lints(text: &str) -> Vec<String> {
    let s = load(text);
    lint::lint(&s, text, "s.json")
        .iter()
        .map(|l| l.to_string())
        .collect()
}

fn plan(calls: u64, threads: usize) -> Plan {
    Plan {
        calls,
        seed: 7,
        max_turns: 60,
        threads,
    }
}

fn explored(s: &Arc<Scenario>, lang: Lang, plan: Plan) -> explore::Coverage {
    let lex = lexicon(s, lang);
    let names = understanding::builtin(lang).unwrap().facts;
    explore::explore(s, &lex, lang, &Pool::new(s, lang, &names), plan)
}

#[test]
fn the_skeleton_loads_lints_clean_passes_its_tests_and_is_fully_reachable() {
    let text = skeleton();
    let s = load(&text);
    assert_eq!(s.id, "my-call");
    assert_eq!(lints(&text), Vec::<String>::new());
    assert_eq!(s.tests.len(), 2);
    let outcomes = selftest::run(&s, &|l| lexicon(&s, l));
    for o in &outcomes {
        assert!(o.passed(), "{}: {:?}", o.name, o.failures);
    }
    for lang in [Lang::En, Lang::Nl] {
        let cov = explored(&s, lang, plan(300, 2));
        assert!(
            cov.complete(),
            "{lang}: lines {:?}, reactions {:?}",
            cov.lines_missed(),
            cov.reactions_missed()
        );
        assert_eq!(cov.dead_ends, 0);
        assert!(
            cov.outcomes
                .contains_key(&deskdrill::outcome::Outcome::Resolved)
        );
    }
}

#[test]
fn new_writes_the_file_once_and_refuses_a_bad_id() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let run = deskdrill(&["new", "bank-cent", "--dir", d], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("deskdrill validate"), "{}", run.stdout);
    let written = std::fs::read_to_string(dir.path().join("bank-cent.json")).unwrap();
    assert_eq!(written, authoring::skeleton("bank-cent").unwrap());
    assert!(authoring::skeleton("Bank Cent").is_err());
    assert!(authoring::skeleton("").is_err());
}

#[test]
fn test_fails_clearly_on_a_scenario_without_self_tests() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bare.json");
    std::fs::write(&path, skeleton_with(&[(&["tests"], json!([]))])).unwrap();
    let run = deskdrill(&["test", path.to_str().unwrap()], "");
    assert_eq!(run.status, 1, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("FAIL  my-call: no self-tests; add scripted calls"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.ends_with("0 passed, 1 failed\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_schema_accepts_every_shipped_scenario_and_a_schema_key() {
    for (name, text) in scenario::SHIPPED {
        let v: Value = serde_json::from_str(text).unwrap();
        assert_eq!(shape::check(&v), [], "{name}");
    }
    let with_key = skeleton_with(&[(&["$schema"], json!("./scenario.schema.json"))]);
    load(&with_key);
    let schema = shape::schema();
    assert_eq!(schema["additionalProperties"], json!(false));
    let props = schema["properties"].as_object().unwrap();
    for field in ["$schema", "about", "caller", "tests", "judgement"] {
        assert!(props.contains_key(field), "{field}");
    }
    assert!(
        schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("caller"))
    );
}

#[test]
fn every_unknown_field_missing_field_and_wrong_type_is_reported_at_once() {
    let mut v: Value = serde_json::from_str(&skeleton()).unwrap();
    let caller = v["caller"].as_object_mut().unwrap();
    let mood = caller.remove("mood").unwrap();
    caller.insert("moood".into(), mood);
    v["caller"]["reactions"][1]
        .as_object_mut()
        .unwrap()
        .remove("when");
    v["caller"]["reactions"][2]["once"] = json!("yes");
    v["pass_mark"] = json!(-3);
    v["hints"][0] = json!({"en": "x", "nl": 3});
    v["colour"] = json!("blue");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let got = problems(&text);
    let expected = [
        "unknown field 'colour'; expected one of",
        "invalid value: integer `-3`, expected a whole number, 0 or more (in pass_mark)",
        "unknown field 'moood' (in caller); did you mean 'mood'?",
        "missing field 'when' (in caller.reactions[1]): A condition:",
        "invalid type: string \"yes\", expected true or false (in caller.reactions[2].once)",
        "invalid type: integer `3`, expected a text in quotes (in hints[0].nl)",
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for e in expected {
        assert!(got.iter().any(|g| g.contains(e)), "{e}\nin {got:#?}");
    }
    // Each at its place: the unknown key itself, the value of a wrong type.
    let at = |needle: &str| {
        let line = got.iter().find(|g| g.contains(needle)).unwrap();
        let mut parts = line.split(':').skip(1);
        let l: usize = parts.next().unwrap().parse().unwrap();
        let c: usize = parts.next().unwrap().parse().unwrap();
        (l, c)
    };
    let (l, c) = at("'moood'");
    assert_eq!(
        text.lines().nth(l - 1).unwrap()[c - 1..].trim_start(),
        "\"moood\": {"
    );
    let (l, _) = at("(in pass_mark)");
    assert!(
        text.lines()
            .nth(l - 1)
            .unwrap()
            .contains("\"pass_mark\": -3")
    );
}

#[test]
fn placeholders_are_checked_where_they_are_filled() {
    let text = skeleton_with(&[
        (
            &["caller", "lines", "give_fact", "en", "0"],
            json!("It's {vlaue}."),
        ),
        (
            &["caller", "lines", "waiting", "en", "0"],
            json!("My number is {fact:customer_nr}, and {value}."),
        ),
        (&["hints", "0", "en"], json!("Greet {caller} first.")),
        (
            &["actions", "unlock", "done", "en"],
            json!("Unlocked for {caller} ({fact:full_name}), {trainee}."),
        ),
    ]);
    let got = lints(&text);
    let expected = [
        "unknown placeholder '{vlaue}' (did you mean '{value}'?)",
        "no fact 'customer_nr' in \"facts\" for '{fact:customer_nr}' (did you mean 'customer_number'?)",
        "'{value}' has nothing to fill it when reaction 'waiting' says this line",
        "'{caller}' is shown as written: placeholders are filled only in the caller's lines",
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for e in expected {
        assert!(got.iter().any(|g| g.contains(e)), "{e}\nin {got:#?}");
    }
    // The column points at the placeholder inside the string.
    let vlaue = got.iter().find(|g| g.contains("{vlaue}")).unwrap();
    let mut parts = vlaue.split(':').skip(1);
    let l: usize = parts.next().unwrap().parse().unwrap();
    let c: usize = parts.next().unwrap().parse().unwrap();
    let line: Vec<char> = text.lines().nth(l - 1).unwrap().chars().collect();
    assert_eq!(line[c - 1..c + 6].iter().collect::<String>(), "{vlaue}");
}

#[test]
fn lints_name_untranslated_text_duplicates_dead_reactions_and_missing_reactions() {
    let mut v: Value = serde_json::from_str(&skeleton()).unwrap();
    v["summary"]["nl"] = v["summary"]["en"].clone();
    v["tests"][0]["name"] = v["tests"][1]["name"].clone();
    let reactions = v["caller"]["reactions"].as_array_mut().unwrap();
    reactions.insert(
        3,
        json!({"id": "again", "when": "command(unlock)", "say": "thanks"}),
    );
    reactions.insert(4, json!({"when": "act(thanks)", "say": "calmer"}));
    let sensitivity = v["caller"]["sensitivity"].as_object_mut().unwrap();
    sensitivity.remove("empathy");
    sensitivity.remove("repeat:empathy");
    v["caller"]["reactions"][7]["when"] = json!("act(apology)");
    v["tests"][1]["lang"] = json!("en");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let got = lints(&text);
    let bare = lints(&skeleton_with(&[(&["tests"], json!([]))]));
    assert_eq!(bare.len(), 1, "{bare:#?}");
    assert!(bare[0].starts_with("s.json:1:1: warning: no self-tests: add a careful"));
    let expected = [
        ("warning", "this text is the same in 'en' and 'nl'"),
        ("warning", "another self-test is already called"),
        (
            "error",
            "reaction 'again' can never happen: 'unlocked' before it has the same condition",
        ),
        ("warning", "give this reaction an \"id\""),
        ("warning", "the caller does not react to empathy"),
        ("warning", "no self-test in Dutch"),
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (severity, e) in expected {
        let line = got.iter().find(|g| g.contains(e)).unwrap_or_else(|| {
            panic!("{e}\nin {got:#?}");
        });
        assert_eq!(
            line.contains(": warning: "),
            severity == "warning",
            "{line}"
        );
    }
    let s = load(&text);
    let severities: Vec<Severity> = lint::lint(&s, &text, "s.json")
        .iter()
        .map(|l| l.severity)
        .collect();
    assert_eq!(
        severities.iter().filter(|s| **s == Severity::Error).count(),
        1
    );
}

#[test]
fn explore_finds_what_can_never_be_reached_and_where_the_caller_goes_silent() {
    let mut v: Value = serde_json::from_str(&skeleton()).unwrap();
    let reactions = v["caller"]["reactions"].as_array_mut().unwrap();
    // Never true within the turn limit, and no catch-all: speech can go unanswered.
    reactions.insert(
        2,
        json!({"id": "too_late", "when": "turn == 500", "say": "waiting"}),
    );
    reactions.pop();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let s = load(&text);
    let cov = explored(&s, Lang::En, plan(200, 2));
    assert_eq!(cov.reactions_missed(), ["too_late"]);
    assert_eq!(cov.lines_missed(), ["waiting"]);
    assert!(!cov.complete());
    assert!(cov.dead_ends > 0);
    let example = cov.dead_end.clone().unwrap();
    // The example replays: its script, with its seed, gives a turn with no caller line.
    let r = selftest::play(
        &s,
        lexicon(&s, Lang::En),
        Lang::En,
        example.seed,
        &example.script[..example.at],
    );
    assert!(
        r.turns
            .last()
            .is_some_and(|t| t.speaker == deskdrill::call::Speaker::Trainee)
    );
}

#[test]
fn explore_is_deterministic_whatever_the_threads() {
    let s = scenario("impostor-reset");
    let one = explored(&s, Lang::Nl, plan(150, 1));
    let two = explored(&s, Lang::Nl, plan(150, 3));
    assert_eq!(one.lines, two.lines);
    assert_eq!(one.reactions, two.reactions);
    assert_eq!(one.outcomes, two.outcomes);
    assert_eq!(one.turns, two.turns);
    assert_eq!(one.dead_end, two.dead_end);
}

#[test]
fn graph_draws_reactions_moods_flags_and_outcomes() {
    let s = scenario("nervous-care-worker");
    let dot = graph::dot(&s);
    assert!(
        dot.starts_with("digraph \"nervous-care-worker\" {"),
        "{dot}"
    );
    for needle in [
        "hangs_up_hurt\\nwhen anger >= 90",
        "anxiety\\nstarts at 55",
        "flag reset_done",
        "label=\"caller_hung_up\", shape=doubleoctagon, style=filled, fillcolor=\"#f4c4c4\"",
        "label=\"ends\"",
        "style=dashed",
    ] {
        assert!(dot.contains(needle), "{needle}\n{dot}");
    }
    assert!(dot.trim_end().ends_with('}'));
    let mermaid = graph::mermaid(&s);
    assert!(mermaid.starts_with("flowchart LR\n"));
    assert!(mermaid.contains("-.->|\"#gt;= 90\"|"), "{mermaid}");
    assert!(mermaid.contains("classDef right"));
}

#[test]
fn review_shows_the_author_which_reaction_chose_each_caller_line() {
    colored::control::set_override(false);
    let s = scenario("nervous-care-worker");
    let t = &s.tests[0];
    let r = selftest::play(&s, lexicon(&s, t.lang), t.lang, t.seed, &t.script);
    let text = report::review(&r, &s.caller.name);
    let opening = text
        .find("[reaction: opening]")
        .expect("the opening reaction");
    let first_caller_line = text.find("Ingrid Bakker").unwrap();
    assert!(first_caller_line < opening);
    assert!(text.contains("[reaction: reset_relief]"), "{text}");
}
