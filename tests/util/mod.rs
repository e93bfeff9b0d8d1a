//! A small builder for running the deskdrill binary in tests: args and stdin in; status,
//! stdout and stderr out. Colour is switched off explicitly, and the language is pinned.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

pub fn deskdrill(args: &[&str], stdin: &str) -> Run {
    let mut cmd = Command::cargo_bin("deskdrill").expect("the binary builds");
    cmd.args(args)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("DESKDRILL_LANG")
        .env_remove("DESKDRILL_LEXICON")
        .env_remove("DESKDRILL_SCENARIOS")
        .env_remove("DESKDRILL_RESULTS")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .write_stdin(stdin);
    let out = cmd.output().expect("deskdrill runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Plays a scripted call and returns the result JSON.
pub fn play(scenario: &str, lang: &str, seed: u64, script: &str) -> Value {
    let seed = seed.to_string();
    let run = deskdrill(
        &[
            "play",
            scenario,
            "--lang",
            lang,
            "--seed",
            &seed,
            "--script",
            "-",
            "--json",
            "--no-save",
        ],
        script,
    );
    assert_eq!(run.status, 0, "play failed: {}", run.stderr);
    run.json()
}

pub fn critical_rules(result: &Value) -> Vec<String> {
    result["critical"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap().to_string())
        .collect()
}

pub fn score(result: &Value, dim: &str) -> u64 {
    result["score"][dim].as_u64().unwrap()
}

/// Every rule named in the result's notes.
pub fn rules(result: &Value) -> Vec<String> {
    result["turns"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| {
            t["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["rule"].as_str().unwrap().to_string())
        })
        .collect()
}

/// The caller's lines in a result.
pub fn caller_lines(result: &Value) -> Vec<String> {
    result["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["speaker"] == "caller")
        .map(|t| t["text"].as_str().unwrap().to_string())
        .collect()
}
