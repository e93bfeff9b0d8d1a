//! What a newcomer meets in the first hour: install and shell integration, the small faults
//! of the command line, and Dutch screens that are Dutch. The terminal's own behaviour (paste,
//! wrapping, Tab, bytes that are not UTF-8) is in `pty`.

use crate::util::{deskdrill, lexicon, scenario};
use deskdrill::call::{Call, Setup, Step};
use deskdrill::lang::Lang;
use deskdrill::report;
use deskdrill::selftest;
use std::io::{Read, Write};
use std::process::{Command, Stdio};

fn call(id: &str, lang: Lang) -> Call {
    let s = scenario(id);
    Call::new(Setup {
        lexicon: lexicon(&s, lang),
        scenario: s,
        lang,
        seed: 1,
        trainee: "Sam".into(),
    })
}

fn bin() -> Command {
    pinned(Command::new(env!("CARGO_BIN_EXE_deskdrill")))
}

/// A command with colour off, the language pinned and no deskdrill settings from outside.
fn pinned(mut cmd: Command) -> Command {
    cmd.env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("DESKDRILL_LANG")
        .env_remove("DESKDRILL_RESULTS")
        .env_remove("DESKDRILL_SCENARIOS")
        .env_remove("DESKDRILL_TRAINEE");
    cmd
}

// --- Install ---------------------------------------------------------------------------

#[test]
fn the_readme_takes_a_newcomer_to_deskdrill_on_the_path() {
    let readme = include_str!("../../README.md");
    for needed in [
        "cargo install --path .",
        "deskdrill completions bash",
        "deskdrill manpage",
        "--trainee",
        "--lang",
        "--seed",
        "--results",
        "--no-save",
    ] {
        assert!(
            readme.contains(needed),
            "the README should mention {needed}"
        );
    }
}

#[test]
fn completions_for_each_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        let r = deskdrill(&["completions", shell], "");
        assert_eq!(r.status, 0, "{shell}: {}", r.stderr);
        assert!(
            r.stdout.contains("deskdrill") && r.stdout.contains("trainee"),
            "{shell}"
        );
    }
    let r = deskdrill(&["manpage"], "");
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with(".ie") && r.stdout.contains(".TH deskdrill 1"));
    let dir = tempfile::tempdir().unwrap();
    let r = deskdrill(&["manpage", "--dir", dir.path().to_str().unwrap()], "");
    assert_eq!(r.status, 0, "{}", r.stderr);
    let play = std::fs::read_to_string(dir.path().join("deskdrill-play.1")).unwrap();
    assert!(
        play.contains("trainee") && play.contains("no\\-save"),
        "{play}"
    );
}

// --- Small faults ----------------------------------------------------------------------

#[test]
fn a_missing_argument_gets_an_example_of_its_own_command() {
    let mut c = call("impostor-reset", Lang::En);
    let Step::Rejected(r) = c.input("/notes") else {
        panic!("/notes without text is refused");
    };
    let said = report::rejection(Lang::En, &r);
    assert_eq!(said, "/notes needs TEXT, e.g. /notes call back after 3 pm.");
    let Step::Rejected(r) = c.input("/transfer") else {
        panic!("/transfer without a target is refused");
    };
    assert_eq!(
        report::rejection(Lang::Nl, &r),
        "/transfer heeft WIE nodig, bijvoorbeeld /transfer leidinggevende."
    );
}

#[test]
fn hold_before_the_first_word_keeps_the_opening_for_when_the_caller_is_back() {
    for id in ["delivery-dispute", "nervous-care-worker", "impostor-reset"] {
        let s = scenario(id);
        let lines: Vec<String> = ["/hold", "/resume", "/end"].map(String::from).to_vec();
        let r = selftest::play(&s, lexicon(&s, Lang::En), Lang::En, 1, &lines);
        let v = serde_json::to_value(&r).unwrap();
        let opening = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["event"] == "reaction" && e["id"] == "opening")
            .unwrap_or_else(|| panic!("{id}: the caller gets her opening"));
        let resumed = v["events"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["event"] == "command" && e["name"] == "resume")
            .unwrap();
        assert!(
            opening["n"].as_u64() > resumed["n"].as_u64(),
            "{id}: the opening is said after /resume, not while on hold: {opening} {resumed}"
        );
    }
}

#[test]
fn one_unplayed_line_is_singular() {
    colored::control::set_override(false);
    let s = scenario("impostor-reset");
    let lines: Vec<String> = ["/transfer supervisor", "hello?"]
        .map(String::from)
        .to_vec();
    let r = selftest::play(&s, lexicon(&s, Lang::En), Lang::En, 1, &lines);
    assert_eq!(r.ignored_lines, 1);
    let en = report::debrief(&r, Lang::En);
    assert!(en.contains("1 line was not played."), "{en}");
    assert!(report::debrief(&r, Lang::Nl).contains("1 regel is niet gespeeld."));
}

#[test]
fn review_ends_with_a_newline() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let r = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--script",
            "-",
            "--seed",
            "1",
            "--trainee",
            "Sam",
            "--results",
            out,
        ],
        "Hello\n/end\n",
    );
    assert_eq!(r.status, 0, "{}", r.stderr);
    let review = deskdrill(&["review", out], "");
    assert_eq!(review.status, 0, "{}", review.stderr);
    assert!(
        review.stdout.ends_with('\n'),
        "{:?}",
        &review.stdout[review.stdout.len() - 40..]
    );
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly_and_a_full_disk_does_not_panic() {
    // `deskdrill understand` on many lines, read by a reader that has gone away.
    let mut child = bin()
        .args(["understand", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(
        "hello, can I have your tax number please?\n"
            .repeat(5000)
            .as_bytes(),
    );
    drop(stdin);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(err, "", "nothing said about the closed pipe");
    assert_eq!(status.code(), Some(0));

    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for (args, stdout_full, stderr_full) in [
        (vec!["list"], true, false),
        (vec!["validate", "scenarios"], true, true),
        (vec!["play", "missing.json", "--no-save"], false, true),
    ] {
        let mut cmd = bin();
        cmd.args(&args).current_dir(env!("CARGO_MANIFEST_DIR"));
        if stdout_full {
            cmd.stdout(full());
        }
        if stderr_full {
            cmd.stderr(full());
        } else {
            cmd.stderr(Stdio::piped());
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: an error, not a panic"
        );
    }
}

#[test]
fn an_os_error_is_said_once() {
    let r = deskdrill(&["play", "missing.json", "--no-save"], "");
    assert_eq!(r.status, 1);
    assert_eq!(r.stderr.matches("os error 2").count(), 1, "{}", r.stderr);
}

#[test]
fn an_empty_environment_variable_means_not_set() {
    let data = tempfile::tempdir().unwrap();
    let out = bin()
        .args([
            "play",
            "impostor-reset",
            "--script",
            "-",
            "--trainee",
            "Sam",
        ])
        .env("DESKDRILL_RESULTS", "")
        .env("DESKDRILL_SCENARIOS", "")
        .env("XDG_DATA_HOME", data.path())
        .env("HOME", data.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&data.path().display().to_string()),
        "saved in the data folder: {stderr}"
    );
    // And --no-save wins over a class folder in the environment.
    let out = bin()
        .args([
            "play",
            "impostor-reset",
            "--script",
            "-",
            "--no-save",
            "--trainee",
            "Sam",
        ])
        .env("DESKDRILL_RESULTS", data.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn validate_says_when_there_is_nothing_to_check_or_a_result_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let r = deskdrill(&["validate", empty.to_str().unwrap()], "");
    assert_eq!(r.status, 1);
    assert!(
        r.stderr.contains("no scenario files (*.json) to check"),
        "{}",
        r.stderr
    );

    let results = dir.path().join("results");
    let p = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--script",
            "-",
            "--seed",
            "1",
            "--trainee",
            "Sam",
            "--results",
            results.to_str().unwrap(),
        ],
        "/end\n",
    );
    assert_eq!(p.status, 0, "{}", p.stderr);
    let r = deskdrill(&["validate", results.to_str().unwrap()], "");
    assert_eq!(r.status, 1);
    assert!(
        r.stderr
            .contains("this is the result of a call, not a scenario; 'deskdrill review"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_evaluate_example_names_the_corpus_language() {
    let doc = include_str!("../../docs/understanding.md");
    for line in doc
        .lines()
        .filter(|l| l.contains("--evaluate tests/corpus/"))
    {
        let lang = if line.contains("nl.jsonl") {
            "--lang nl"
        } else {
            "--lang en"
        };
        assert!(line.contains(lang), "{line}");
    }
}

#[cfg(unix)]
#[test]
fn a_failed_save_still_shows_the_debrief_and_names_the_journal() {
    // Files are limited to 2 KB (SIGXFSZ ignored, so writing more fails with EFBIG): the
    // journal (about 1 KB) is written, the result (about 5 KB) cannot be. Standard output is
    // a pipe, which the limit does not touch.
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_deskdrill");
    let out = bin_in_sh(&format!(
        "trap '' XFSZ; ulimit -f 4; exec '{bin}' play impostor-reset --script - --seed 1 \
         --trainee Sam --results '{}'",
        dir.path().display()
    ))
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .and_then(|mut child| {
        child.stdin.take().unwrap().write_all(b"Hello\n/end\n")?;
        child.wait_with_output()
    })
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stdout.contains("Debrief"), "the debrief is shown: {stdout}");
    assert!(stderr.contains("cannot save the result"), "{stderr}");
    let journal = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".journal.jsonl"))
        .expect("the journal is kept");
    assert!(stderr.contains(&journal), "the journal is named: {stderr}");
    assert!(stderr.contains("deskdrill review"), "{stderr}");
}

/// A shell running `script`, with the environment of [`bin`].
fn bin_in_sh(script: &str) -> Command {
    let mut sh = pinned(Command::new("sh"));
    sh.args(["-c", script]);
    sh
}

// --- Dutch screens ---------------------------------------------------------------------

#[test]
fn dutch_help_and_list_have_no_english_words() {
    colored::control::set_override(false);
    for id in ["impostor-reset", "delivery-dispute", "nervous-care-worker"] {
        let help = report::help(&scenario(id), Lang::Nl);
        for english in ["QUERY", "REASON", "WHO", "TEXT", "/transfer supervisor"] {
            assert!(
                !help.contains(english),
                "{id}: {english} in the Dutch help:\n{help}"
            );
        }
        assert!(help.contains("/transfer WIE") && help.contains("/lookup [ZOEKTERM]"));
        let briefing = report::briefing(&scenario(id), Lang::Nl);
        assert!(
            !briefing.contains("/transfer supervisor"),
            "{id}: {briefing}"
        );
    }
    let r = deskdrill(&["list", "--lang", "nl"], "");
    assert_eq!(r.status, 0);
    for english in [" hard ", " medium ", " easy "] {
        assert!(!r.stdout.contains(english), "{english} in:\n{}", r.stdout);
    }
    assert!(r.stdout.contains("moeilijk") && r.stdout.contains("gemiddeld"));
}

#[test]
fn the_dutch_slips_are_gone_and_the_terms_agree() {
    let shipped: String = deskdrill::scenario::SHIPPED
        .iter()
        .map(|(_, text)| *text)
        .collect();
    for slip in [
        "Is de Merelstraat niet in geweest",
        "medewerker met ruzie",
        "Een kortaf ",
        "De beller krijgt het nieuwe.\"",
        "naar de klant",
    ] {
        assert!(!shipped.contains(slip), "still there: {slip}");
    }
    // The debrief names the fact as the briefing does.
    assert!(include_str!("../../i18n/nl.json").contains(r#""fact.tax_number": "fiscaal nummer""#));
    // Both words transfer a Dutch call; Tab offers the Dutch one first.
    for who in ["leidinggevende", "supervisor"] {
        let mut c = call("impostor-reset", Lang::Nl);
        c.input(&format!("/transfer {who}"));
        assert!(c.is_over(), "/transfer {who} transfers a Dutch call");
    }
    let c = call("impostor-reset", Lang::Nl);
    assert_eq!(c.completions().transfer_names, ["leidinggevende"]);
    assert!(
        c.completions()
            .lookup_subjects
            .contains(&"Zorggroep Het Anker".to_string())
    );
}

#[test]
fn an_unknown_prefix_of_several_commands_lists_them_all_and_picks_no_action() {
    let mut c = call("impostor-reset", Lang::En);
    let Step::Rejected(r) = c.input("/res") else {
        panic!("/res is no command")
    };
    let en = report::rejection(Lang::En, &r);
    assert!(
        en.contains("Did you mean one of these: /resume, /reset?"),
        "{en}"
    );
    assert!(!en.contains("Did you mean /reset?"), "{en}");
    let nl = report::rejection(Lang::Nl, &r);
    assert!(
        nl.contains("Bedoel je een van deze: /resume, /reset?"),
        "{nl}"
    );
    // One command meant: that one is named, even an action (it is no guess between several).
    let Step::Rejected(r) = c.input("/rese") else {
        panic!("/rese is no command")
    };
    assert!(report::rejection(Lang::En, &r).contains("Did you mean /reset?"));
    let Step::Rejected(r) = c.input("/hlep") else {
        panic!("/hlep is no command")
    };
    let en = report::rejection(Lang::En, &r);
    assert!(en.contains("Did you mean /help?"), "{en}");
    assert_eq!(c.state().n, 0, "no rejected line is a turn");
}
