//! Nothing lost: a call killed half-way leaves its journal, and `review` reads it as abandoned.

use crate::util::*;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A folder with one scenario of the trainer's own: the impostor under another id.
fn own_scenarios() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = deskdrill::scenario::SHIPPED[0]
        .1
        .replace("\"id\": \"impostor-reset\"", "\"id\": \"own-impostor\"");
    assert!(text.contains("own-impostor"));
    std::fs::write(dir.path().join("own-impostor.json"), text).unwrap();
    dir
}

#[test]
fn a_killed_call_on_an_own_scenario_leaves_a_reviewable_transcript() {
    let dir = tempfile::tempdir().unwrap();
    let own = own_scenarios();
    let own_dir = own.path().to_str().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_deskdrill"))
        .args([
            "play",
            "own-impostor",
            "--scenarios",
            own_dir,
            "--lang",
            "en",
            "--seed",
            "5",
            "--trainee",
            "Kim",
            "--results",
        ])
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("DESKDRILL_LEXICON")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "Good morning, Zorgnet helpdesk, Kim speaking.").unwrap();
    writeln!(stdin, "What is the provider's tax number?").unwrap();
    stdin.flush().unwrap();
    // Wait until both turns are in the journal, then kill the process without warning.
    let deadline = Instant::now() + Duration::from_secs(20);
    let journal = loop {
        let found = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.to_string_lossy().ends_with(".journal.jsonl"));
        if let Some(p) = &found
            && std::fs::read_to_string(p).unwrap().contains("tax number")
        {
            break found.unwrap();
        }
        assert!(Instant::now() < deadline, "no journal appeared");
        std::thread::sleep(Duration::from_millis(50));
    };
    std::thread::sleep(Duration::from_millis(200));
    child.kill().unwrap();
    child.wait().unwrap();
    drop(stdin);

    let path = journal.to_str().unwrap();
    let lost = deskdrill(&["review", path], "");
    assert_eq!(lost.status, 1, "without the folder the scenario is unknown");
    assert!(lost.stderr.contains("own-impostor"), "{}", lost.stderr);
    let review = deskdrill(&["review", path, "--scenarios", own_dir], "");
    assert_eq!(review.status, 0, "{}", review.stderr);
    assert!(
        review.stdout.contains("What is the provider's tax number?"),
        "{}",
        review.stdout
    );
    assert!(review.stdout.contains("abandoned"), "{}", review.stdout);
    let json = deskdrill(&["review", "--json", path, "--scenarios", own_dir], "").json();
    assert_eq!(json["outcome"], "abandoned");
    assert_eq!(json["trainee"], "Kim");
}

#[test]
fn end_of_input_asks_then_abandons_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let run = deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "en",
            "--seed",
            "5",
            "--results",
            d,
        ],
        "Hello, helpdesk.\n",
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("End the call now?"));
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "the result, and no journal: {files:?}");
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&files[0]).unwrap()).unwrap();
    assert_eq!(r["outcome"], "abandoned");
}

/// Fifty calls killed at staggered moments around their save, then one more call started in the
/// same folder: no temporary file is left, only results and the journals of killed calls. To
/// keep this fast the calls use a tiny lexicon, and a leftover is planted as well, so the test
/// holds whichever moment the kills happen to hit.
#[test]
fn fifty_kills_during_save_leave_no_stray_file_after_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("lexicon");
    std::fs::create_dir(&lexicon).unwrap();
    std::fs::write(lexicon.join("en.json"), r#"{"lang": "en"}"#).unwrap();
    let results = dir.path().join("class");
    std::fs::create_dir(&results).unwrap();
    let script = dir.path().join("script.txt");
    std::fs::write(&script, "Good morning, helpdesk.\n/end\n").unwrap();
    let play = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_deskdrill"));
        cmd.args(["play", "impostor-reset", "--lang", "en", "--json"])
            .arg("--script")
            .arg(&script)
            .arg("--results")
            .arg(&results)
            .env("DESKDRILL_LEXICON", &lexicon)
            .env("NO_COLOR", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd
    };
    for batch in 0..5u64 {
        let children: Vec<_> = (0..10u64)
            .map(|i| (batch * 10 + i, play().spawn().unwrap()))
            .collect();
        for (k, mut child) in children {
            // Spread the kills over the first 60 ms, where a call this small saves its result.
            std::thread::sleep(Duration::from_micros(1_200 * (k % 10)));
            let _ = child.kill();
            child.wait().unwrap();
        }
    }
    // A save killed long ago, planted so that the cleaning is tested even when no kill above
    // hit the moment of saving.
    let planted = results.join(format!("{}planted.json", deskdrill::journal::TEMP_PREFIX));
    std::fs::write(&planted, "{").unwrap();
    let past = std::time::SystemTime::now() - deskdrill::journal::STALE_AFTER * 2;
    for entry in std::fs::read_dir(&results).unwrap() {
        let path = entry.unwrap().path();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(past).unwrap();
    }
    assert!(play().status().unwrap().success(), "the next call");
    let names: Vec<String> = std::fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.starts_with('.') && (n.ends_with(".json") || n.ends_with(".journal.jsonl"))),
        "stray files: {names:?}"
    );
}
