//! A small builder for running the deskdrill binary in tests: args and stdin in; status,
//! stdout and stderr out. Colour is switched off explicitly, and the language is pinned.

use assert_cmd::Command;
use deskdrill::lang::Lang;
use deskdrill::scenario::{Library, Scenario};
use deskdrill::selftest;
use deskdrill::understanding::{self, Lexicon};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

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
        .env_remove("DESKDRILL_LABELS")
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

/// The one result a call saved in `dir`.
pub fn saved_result(dir: &std::path::Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("the result is saved")
}

/// A shipped scenario, loaded once.
pub fn scenario(id: &str) -> Arc<Scenario> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Scenario>>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap();
    Arc::clone(
        cache
            .entry(id.to_string())
            .or_insert_with(|| Arc::new(Library::default().find(id).expect("a shipped scenario"))),
    )
}

/// Compiled lexicons, by scenario id and language.
type Lexicons = Mutex<HashMap<(String, Lang), Arc<Lexicon>>>;

/// The lexicon for a scenario and language, compiled once.
pub fn lexicon(s: &Scenario, lang: Lang) -> Arc<Lexicon> {
    static CACHE: OnceLock<Lexicons> = OnceLock::new();
    let key = (s.id.clone(), lang);
    if let Some(l) = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap()
        .get(&key)
    {
        return Arc::clone(l);
    }
    let file = understanding::builtin(lang).expect("the built-in lexicon");
    let ext: Vec<_> = s.understanding.get(&lang).into_iter().collect();
    let lex = Arc::new(Lexicon::compile(&file, &ext).expect("the lexicon compiles"));
    CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap()
        .insert(key, Arc::clone(&lex));
    lex
}

/// Plays a scripted call in-process, as `play --script - --json --no-save` would, and returns
/// the result JSON.
pub fn play(scenario_id: &str, lang: &str, seed: u64, script: &str) -> Value {
    let lang = Lang::from_code(lang).expect("en or nl");
    let s = scenario(scenario_id);
    let lines: Vec<String> = script.lines().map(str::to_string).collect();
    let r = selftest::play(&s, lexicon(&s, lang), lang, seed, &lines);
    serde_json::to_value(&r).expect("a result serialises")
}

pub fn critical_rules(result: &Value) -> Vec<String> {
    result["critical"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap().to_string())
        .collect()
}

/// Whether the rule is among the call's critical errors; the message names every rule noted.
pub fn assert_critical(result: &Value, rule: &str) {
    assert!(
        critical_rules(result).iter().any(|r| r == rule),
        "{rule} not critical in {:?}",
        rules(result)
    );
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

/// A language's built-in lexicon, compiled afresh (a test may change its layers).
pub fn builtin_lexicon(lang: Lang) -> Lexicon {
    Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap()
}

/// The acts a lexicon hears in a line, as labels (`ask_identity:postcode`).
pub fn labels(lexicon: &Lexicon, text: &str) -> Vec<String> {
    lexicon.understand(text).iter().map(|a| a.label()).collect()
}

/// The acts the built-in lexicon hears in a line, as labels.
pub fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

/// Whether the built-in lexicon hears the act in the line.
pub fn hears(lang: Lang, text: &str, act: &str) -> bool {
    heard(lang, text).iter().any(|a| a == act)
}

/// Each line is heard with every act of `with` and none of `without` (built-in lexicon).
pub fn hears_each(lang: Lang, lines: &[&str], with: &[&str], without: &[&str]) {
    let lexicon = builtin_lexicon(lang);
    for line in lines {
        let acts = labels(&lexicon, line);
        for act in with {
            assert!(
                acts.iter().any(|a| a == act),
                "{act} not in {line:?}: {acts:?}"
            );
        }
        for act in without {
            assert!(
                !acts.iter().any(|a| a == act),
                "{act} in {line:?}: {acts:?}"
            );
        }
    }
}

/// Every note of a rule in a result, in turn order.
pub fn notes_with(result: &Value, rule: &str) -> Vec<Value> {
    result["turns"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["notes"].as_array().cloned().unwrap_or_default())
        .filter(|n| n["rule"] == rule)
        .collect()
}

/// Whether a played call's score carries the rule.
pub fn fired(result: &Value, rule: &str) -> bool {
    rules(result).iter().any(|r| r == rule)
}

/// How many times a played call's score carries the rule (once per turn it fired at).
pub fn times_fired(result: &Value, rule: &str) -> usize {
    rules(result).iter().filter(|r| *r == rule).count()
}

/// Every line is heard with the act (built-in lexicon).
pub fn hears_all(lang: Lang, act: &str, lines: &[&str]) {
    let lexicon = builtin_lexicon(lang);
    for line in lines {
        let heard = labels(&lexicon, line);
        assert!(
            heard.iter().any(|a| a == act),
            "{act} not heard in {line:?}: {heard:?}"
        );
    }
}

/// No line is heard with the act (built-in lexicon).
pub fn hears_none(lang: Lang, act: &str, lines: &[&str]) {
    let lexicon = builtin_lexicon(lang);
    for line in lines {
        let heard = labels(&lexicon, line);
        assert!(
            !heard.iter().any(|a| a == act),
            "{act} heard in {line:?}: {heard:?}"
        );
    }
}

/// Asserts that no line of the list is heard with the act.
#[track_caller]
pub fn never_heard(lines: &[(Lang, &str)], act: &str) {
    for (lang, text) in lines {
        let acts = heard(*lang, text);
        assert!(
            !acts.iter().any(|a| a == act),
            "{text}: {acts:?}, not {act}"
        );
    }
}

/// Asserts that every line of the list is heard with its act.
#[track_caller]
pub fn always_heard(lines: &[(Lang, &str, &str)]) {
    for (lang, text, act) in lines {
        let acts = heard(*lang, text);
        assert!(acts.iter().any(|a| a == act), "{text}: {acts:?}, no {act}");
    }
}

/// Plays `impostor-reset` after a short opening (greeting, the care provider asked, the
/// records looked up), then the lines, and asserts that each line is charged as a lecture.
#[track_caller]
pub fn each_lectures_the_impostor(lang: &str, lines: &[&str]) {
    let opening = if lang == "nl" {
        "Helpdesk Zorgnet, goedemorgen.\nVoor welke zorgaanbieder belt u?\n/lookup"
    } else {
        "Zorgnet helpdesk, good morning.\nWhich care provider are you calling for?\n/lookup"
    };
    let script = format!("{opening}\n{}\n/end", lines.join("\n"));
    let r = play("impostor-reset", lang, 1, &script);
    assert_eq!(
        times_fired(&r, "D-LECTURE"),
        lines.len(),
        "{lang} {lines:?}: {:?}",
        rules(&r)
    );
}
