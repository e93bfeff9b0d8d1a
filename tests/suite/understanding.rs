//! Issue #3: hearing what the trainee said, measured on labelled corpora in both languages.

use crate::util::*;
use deskdrill::evaluate;
use deskdrill::lang::Lang;
use deskdrill::understanding::{self, Lexicon};

fn lexicon(lang: Lang) -> Lexicon {
    Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap()
}

fn check_corpus(lang: Lang) {
    let corpus = std::fs::read_to_string(format!("tests/corpus/{}.jsonl", lang.code())).unwrap();
    let report = evaluate::evaluate(&lexicon(lang), &corpus).unwrap();
    println!("{lang}:\n{}", report.render());
    assert!(
        report.total >= 250,
        "{lang}: only {} utterances",
        report.total
    );
    assert!(
        report.accuracy() >= 0.95,
        "{lang}: exact match {:.1}% < 95%",
        100.0 * report.accuracy()
    );
    for act in report.acts.keys() {
        let [tp, fp, fn_] = report.acts[act];
        if tp + fp + fn_ < 3 {
            continue;
        }
        assert!(
            report.precision(act) >= 0.85,
            "{lang}: {act} precision {:.1}%",
            100.0 * report.precision(act)
        );
        assert!(
            report.recall(act) >= 0.85,
            "{lang}: {act} recall {:.1}%",
            100.0 * report.recall(act)
        );
    }
    // Every act and every built-in fact is in the corpus.
    for act in understanding::ActKind::ALL {
        if act != understanding::ActKind::AskIdentity {
            assert!(
                report.acts.contains_key(act.name()),
                "{lang}: no utterance for {act}"
            );
        }
    }
    for fact in understanding::BUILTIN_FACTS {
        assert!(
            report.acts.contains_key(&format!("ask_identity:{fact}")),
            "{lang}: no utterance asking for {fact}"
        );
    }
}

#[test]
fn english_corpus_is_understood() {
    check_corpus(Lang::En);
}

#[test]
fn dutch_corpus_is_understood() {
    check_corpus(Lang::Nl);
}

fn acts(lang: &str, text: &str) -> Vec<String> {
    let run = deskdrill(&["understand", "--lang", lang, text], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.stdout
        .trim()
        .split("  ")
        .filter(|s| *s != "-")
        .map(str::to_string)
        .collect()
}

#[test]
fn negation_traps_hold_in_both_languages() {
    assert_eq!(
        acts("en", "I can't reset it without the number"),
        ["refusal"]
    );
    assert_eq!(acts("en", "that's not a stupid question"), ["reassurance"]);
    assert!(!acts("en", "I'm not saying you're lying").contains(&"blame".to_string()));
    assert_eq!(acts("en", "no problem"), ["reassurance"]);
    assert!(acts("en", "I won't be resetting anything").contains(&"refusal".to_string()));
    assert!(
        acts("nl", "ik kan het niet resetten zonder het belastingnummer")
            .contains(&"refusal".to_string())
    );
    assert!(
        !acts("nl", "ik kan het niet resetten zonder het belastingnummer")
            .contains(&"commitment".to_string())
    );
    assert_eq!(
        acts("nl", "dat is helemaal geen domme vraag"),
        ["reassurance"]
    );
    assert_eq!(acts("nl", "geen probleem"), ["reassurance"]);
    assert!(!acts("nl", "ik zeg niet dat u liegt").contains(&"blame".to_string()));
}

#[test]
fn dutch_compounds_and_spellings_are_one_fact() {
    for text in [
        "wat is uw belastingnummer?",
        "wat is uw belasting nummer?",
        "wat is uw belasting-nummer?",
        "mag ik het fiscaal nummer?",
        "Mag ik uw belastingnumer?",
    ] {
        assert_eq!(acts("nl", text), ["ask_identity:tax_number"], "{text}");
    }
    assert_eq!(
        acts("nl", "mag ik uw geboortedatum?"),
        ["ask_identity:date_of_birth"]
    );
    assert_eq!(
        acts("en", "what's your tax number?"),
        ["ask_identity:tax_number"]
    );
    assert_eq!(
        acts("en", "I'll need the tax number"),
        ["ask_identity:tax_number"]
    );
}

#[test]
fn understand_speaks_the_json_contract() {
    let run = deskdrill(
        &[
            "understand",
            "--lang",
            "en",
            "--json",
            "Sorry, what's your tax number?",
        ],
        "",
    );
    let v = run.json();
    assert_eq!(v["text"], "Sorry, what's your tax number?");
    assert_eq!(
        v["acts"],
        serde_json::json!([{"act": "ask_identity", "fact": "tax_number"}, {"act": "apology"}])
    );
    let run = deskdrill(
        &["understand", "--lang", "en", "--json"],
        "hello\n\nthank you\n",
    );
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "one answer per input line");
    assert_eq!(lines[0]["acts"][0]["act"], "greeting");
    assert_eq!(lines[1]["acts"], serde_json::json!([]));
    assert_eq!(lines[2]["acts"][0]["act"], "thanks");
}

#[test]
fn a_dutch_synonym_in_a_scenario_file_is_heard_without_code() {
    let text = std::fs::read_to_string("scenarios/impostor-reset.json").unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["facts"]["agb_code"] = serde_json::json!({
        "value": "01234567",
        "label": {"en": "AGB code", "nl": "AGB-code"},
        "synonyms": {"en": ["agb code"], "nl": ["agb code", "zorgverlenerscode"]}
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("with-agb.json");
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let p = path.to_str().unwrap();
    let line = "Wat is uw zorgverlenerscode?";
    let with = deskdrill(&["understand", "--lang", "nl", "--scenario", p, line], "");
    assert_eq!(
        with.stdout.trim(),
        "ask_identity:agb_code",
        "{}",
        with.stderr
    );
    let without = deskdrill(&["understand", "--lang", "nl", line], "");
    assert!(
        !without.stdout.contains("ask_identity"),
        "without the scenario, the word is no fact: {}",
        without.stdout
    );
}

/// Sets written by people who never saw the lexicon. They were measured once unseen (see the
/// issue notes) and have since guided general fixes, so they guard against regressions; a
/// trainer's own unseen set is the real check.
fn check_holdout(lang: Lang) {
    for set in ["holdout", "holdout2"] {
        let corpus = std::fs::read_to_string(format!("tests/{set}/{}.jsonl", lang.code())).unwrap();
        let report = evaluate::evaluate(&lexicon(lang), &corpus).unwrap();
        println!("{set} {lang}:\n{}", report.render());
        assert!(
            report.accuracy() >= 0.90,
            "{set} {lang}: exact match {:.1}% < 90%",
            100.0 * report.accuracy()
        );
    }
}

#[test]
fn english_holdouts_stay_above_ninety_percent() {
    check_holdout(Lang::En);
}

#[test]
fn dutch_holdouts_stay_above_ninety_percent() {
    check_holdout(Lang::Nl);
}
