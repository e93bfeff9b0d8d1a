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
            "Sorry for the wait, what's your tax number?",
        ],
        "",
    );
    let v = run.json();
    assert_eq!(v["text"], "Sorry for the wait, what's your tax number?");
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
/// trainer's own unseen set is the real check. They are labelled exactly (anything extra heard
/// is an error), so they also guard the precision of the nearest-example layer, which does not
/// learn from them.
fn check_holdout(lang: Lang) {
    for set in ["holdout", "holdout2"] {
        let corpus = std::fs::read_to_string(format!("tests/{set}/{}.jsonl", lang.code())).unwrap();
        let mut lex = lexicon(lang);
        let both = evaluate::evaluate(&lex, &corpus).unwrap();
        lex.set_layers(understanding::Layers::Rules);
        let rules = evaluate::evaluate(&lex, &corpus).unwrap();
        println!("{set} {lang}:\n{}", both.render());
        // 0.89 since the nineteenth round: the desk's opening line is a greeting (acts.md),
        // which the holdouts' labeller did not mark ("Servicepunt, met Emma, wat kan ik voor u
        // doen?"); every writer since has.
        assert!(
            rules.accuracy() >= 0.89,
            "{set} {lang}: patterns alone {:.1}% < 89%",
            100.0 * rules.accuracy()
        );
        assert!(
            both.accuracy() >= 0.82,
            "{set} {lang}: exact match {:.1}% < 82%",
            100.0 * both.accuracy()
        );
    }
}

#[test]
fn english_holdouts_stay_above_their_bars() {
    check_holdout(Lang::En);
}

#[test]
fn dutch_holdouts_stay_above_their_bars() {
    check_holdout(Lang::Nl);
}

/// The dev sets: training lines from the writers of issue #9, one in four kept aside (by a hash
/// of the text) and never learned from or tuned on. Labelled as in CALIBRATION.md (acts that
/// must be heard, acts that must not). The bars sit a little under the figures measured when
/// they were set (docs/understanding.md).
fn check_dev(lang: Lang, exact: f64, traps: f64) {
    let corpus =
        std::fs::read_to_string(format!("tests/corpus/dev/{}.jsonl", lang.code())).unwrap();
    let report = evaluate::evaluate(&lexicon(lang), &corpus).unwrap();
    println!("dev {lang}:\n{}", report.render());
    assert!(report.calibration && report.total >= 300);
    assert!(
        report.accuracy() >= exact,
        "dev {lang}: exact {:.1}%",
        100.0 * report.accuracy()
    );
    assert!(
        report.trap_rate() >= traps,
        "dev {lang}: traps avoided {:.1}%",
        100.0 * report.trap_rate()
    );
    for critical in ["insult", "ask_identity:password"] {
        assert!(
            report.precision(critical) >= 0.8,
            "dev {lang}: {critical} precision {:.1}%",
            100.0 * report.precision(critical)
        );
    }
}

#[test]
fn english_dev_set_holds() {
    check_dev(Lang::En, 0.72, 0.85);
}

#[test]
fn dutch_dev_set_holds() {
    check_dev(Lang::Nl, 0.73, 0.85);
}

#[test]
fn negation_reaches_only_its_own_part() {
    let acts = heard(
        Lang::En,
        "I can't change the bill myself, I'll put you through to billing",
    );
    assert!(acts.contains(&"transfer_notice".to_string()), "{acts:?}");
    assert!(acts.contains(&"refusal".to_string()), "{acts:?}");
    let acts = heard(Lang::En, "I'm not going to lecture you");
    assert!(!acts.contains(&"refusal".to_string()), "{acts:?}");
    let acts = heard(Lang::En, "I'm not telling you to calm down");
    assert!(!acts.contains(&"calm_down".to_string()), "{acts:?}");
    // A condition governs what is promised, not what is offered: "if the manager calls, we
    // can arrange a refund" offers a way (the writers of every set label it an offer).
    let acts = heard(Lang::En, "if the manager calls, we can arrange a refund");
    assert!(acts.contains(&"offer_alternative".to_string()), "{acts:?}");
    assert!(!acts.contains(&"commitment".to_string()), "{acts:?}");
    let acts = heard(Lang::En, "if the manager calls, I'll arrange a refund");
    assert!(!acts.contains(&"commitment".to_string()), "{acts:?}");
}

#[test]
fn asks_without_a_verb_are_asks() {
    // A list of facts asks for every fact in it, not only the last.
    let acts = heard(
        Lang::En,
        "Customer number and date of birth of the account holder please",
    );
    assert!(
        acts.contains(&"ask_identity:customer_number".to_string())
            && acts.contains(&"ask_identity:date_of_birth".to_string()),
        "{acts:?}"
    );
    let acts = heard(Lang::En, "mobile num on file pls");
    assert!(
        acts.contains(&"ask_identity:phone_number".to_string()),
        "{acts:?}"
    );
    // "account holder" alone names nobody's name.
    let acts = heard(Lang::En, "Who is the account holder?");
    assert!(
        !acts.contains(&"ask_identity:full_name".to_string()),
        "{acts:?}"
    );
    // The BSN is the personal tax number (as a labeller who knows only the built-in facts
    // hears it), unless a scenario declares it as a fact of its own: then the word is the
    // scenario's.
    let acts = heard(Lang::Nl, "Wat is uw BSN?");
    assert!(
        acts.contains(&"ask_identity:tax_number".to_string()),
        "{acts:?}"
    );
    let own = understanding::Extension {
        facts: [("bsn".to_string(), vec!["bsn".to_string()])].into(),
        ..Default::default()
    };
    let scenario_lexicon =
        Lexicon::compile(&understanding::builtin(Lang::Nl).unwrap(), &[&own]).unwrap();
    let acts: Vec<String> = scenario_lexicon
        .understand("Wat is uw BSN?")
        .iter()
        .map(|a| a.label())
        .collect();
    assert_eq!(acts, ["ask_identity:bsn"]);
    assert!(
        heard(Lang::Nl, "Geboortedatum graag.").contains(&"ask_identity:date_of_birth".to_string())
    );
    assert!(heard(Lang::En, "Order number.").contains(&"ask_identity:order_number".to_string()));
    assert!(
        heard(
            Lang::En,
            "Right, your personnel number, and then we're done."
        )
        .contains(&"ask_identity:employee_number".to_string())
    );
}

#[test]
fn explain_says_why() {
    let run = deskdrill(
        &[
            "understand",
            "--lang",
            "en",
            "--explain",
            "I can't reset it, sorry",
        ],
        "",
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("heard: apology  refusal\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("normalised: i can not reset it sorry"));
    assert!(run.stdout.contains("pattern '"), "{}", run.stdout);
    assert!(
        run.stdout.contains("nearest labelled lines:"),
        "{}",
        run.stdout
    );
}

/// A trainer's labelled line changes what is heard at the next start, with no rebuild.
#[test]
fn a_trainers_labelled_line_changes_what_is_heard() {
    let line = "right, let's get cracking on that";
    let run = |labels: Option<&std::path::Path>| {
        let mut cmd = assert_cmd::Command::cargo_bin("deskdrill").unwrap();
        cmd.args(["understand", "--lang", "en", line])
            .env_remove("DESKDRILL_SCENARIOS")
            .env_remove("DESKDRILL_LEXICON");
        match labels {
            Some(p) => cmd.env("DESKDRILL_LABELS", p),
            None => cmd.env_remove("DESKDRILL_LABELS"),
        };
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    assert_ne!(run(None), "commitment");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("labels.jsonl");
    std::fs::write(
        &path,
        format!("{{\"text\": \"{line}\", \"acts\": [\"commitment\"]}}\n"),
    )
    .unwrap();
    assert_eq!(run(Some(&path)), "commitment");
    // A near variant is decided by the same line.
    std::fs::write(
        &path,
        "{\"lang\": \"en\", \"text\": \"Right, let's get cracking on that!\", \"acts\": [\"commitment\"]}\n",
    )
    .unwrap();
    assert_eq!(run(Some(&path)), "commitment");
}

/// `review` explains a turn on request, writes it out as a labelled line, and a labels file
/// beside the trainer's scenarios (`--scenarios`) takes effect at the next start.
#[test]
fn review_explains_a_turn_and_writes_it_out_as_a_labelled_line() {
    let dir = tempfile::tempdir().unwrap();
    let (results, scenarios) = (dir.path().join("results"), dir.path().join("scenarios"));
    std::fs::create_dir_all(&scenarios).unwrap();
    let script = dir.path().join("one.txt");
    let line = "right, let's get cracking on that";
    std::fs::write(&script, format!("{line}\n")).unwrap();
    let cmd = |args: &[&str]| {
        let run = deskdrill(args, "");
        (run.status == 0, run.stdout, run.stderr)
    };
    let (ok, _, err) = cmd(&[
        "play",
        "impostor-reset",
        "--lang",
        "en",
        "--seed",
        "1",
        "--trainee",
        "sam",
        "--script",
        script.to_str().unwrap(),
        "--results",
        results.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let result = saved_result(&results);
    let result = result.to_str().unwrap();
    let (ok, out, err) = cmd(&["review", result, "--explain", "1"]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(&format!("turn 1: {line}\nheard: ")),
        "{out}"
    );
    assert!(
        out.contains("normalised: right let us get cracking on that"),
        "{out}"
    );
    let (ok, _, err) = cmd(&["review", result, "--explain", "2"]);
    assert!(
        !ok && err.contains("turn 2 is not a turn of the trainee"),
        "{err}"
    );
    let (ok, _, err) = cmd(&["review", result, "--label", "1", "--acts", "comittment"]);
    assert!(!ok && err.contains("did you mean 'commitment'"), "{err}");
    let labels = scenarios.join("labels.jsonl");
    let (ok, _, err) = cmd(&[
        "review",
        result,
        "--label",
        "1",
        "--acts",
        "commitment",
        "--to",
        labels.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    let written: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&labels).unwrap().trim()).unwrap();
    assert_eq!(
        written,
        serde_json::json!({"lang": "en", "text": line, "acts": ["commitment"]})
    );
    let (_, before, _) = cmd(&["understand", "--lang", "en", line]);
    assert_ne!(before.trim(), "commitment");
    let (ok, after, err) = cmd(&[
        "understand",
        "--lang",
        "en",
        "--scenarios",
        scenarios.to_str().unwrap(),
        line,
    ]);
    assert!(ok, "{err}");
    assert_eq!(after.trim(), "commitment");
}

/// Found by a new trainer writing a scenario: owning the desk's mistake is not blaming the
/// caller, while the same words about the caller still are.
#[test]
fn owning_the_desks_mistake_is_not_blame() {
    for text in [
        "The postcode on your application was typed in wrong by our desk.",
        "I'm sorry, we typed your postcode in wrong.",
        "That was our mistake, not yours.",
    ] {
        assert!(
            !heard(Lang::En, text).contains(&"blame".to_string()),
            "{text}"
        );
    }
    assert!(heard(Lang::En, "you typed it in wrong").contains(&"blame".to_string()));
}

/// `test --explore` remembers lines already heard: a remembered answer is the same answer.
#[test]
fn a_memoised_lexicon_hears_what_a_fresh_one_hears() {
    for lang in Lang::ALL {
        let plain = lexicon(lang);
        let memo = Lexicon::compile(&understanding::builtin(lang).unwrap(), &[])
            .unwrap()
            .memoised();
        for text in [
            "I can't reset it, but I can call the practice back",
            "Mag ik uw klantnummer en geboortedatum?",
            "you idiot",
        ] {
            let want = plain.understand_phrased(text);
            assert_eq!(memo.understand_phrased(text), want, "{lang}: {text}");
            assert_eq!(
                memo.understand_phrased(text),
                want,
                "{lang}: {text} (again)"
            );
        }
    }
}
