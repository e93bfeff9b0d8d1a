//! What a hostile file or folder can do, and that it no longer does: memory bombs in the span
//! map, reads that bypass the size limit, devices and FIFOs, results that overwrite each
//! other, temporary files left behind, and tampered results.

use deskdrill::call::{Call, Setup};
use deskdrill::fsio::{self, ReadError};
use deskdrill::journal::{self, Header, Journal};
use deskdrill::lang::Lang;
use deskdrill::result::{self, CallResult, Timing};
use deskdrill::saved::{self, Saved, SavedError};
use deskdrill::scenario::{self, Library, LoadError};
use deskdrill::understanding::{self, Lexicon};
use std::path::Path;
use std::sync::Arc;

/// About 240 KB made to hurt the span map: a long unknown key, arrays nested 100 deep, tens
/// of thousands of elements, and more unknown keys inside.
fn adversarial_scenario() -> String {
    let key = "k".repeat(60_000);
    let items = vec!["{\"x\":1}"; 12_000].join(",");
    let inner = vec!["1"; 40_000].join(",");
    let nested = format!("{}{inner}{}", "[".repeat(100), "]".repeat(100));
    let text = format!("{{\"{key}\": [{items}, {nested}], \"zz\": {{\"y\": 2}}}}");
    assert!(
        text.len() > 230_000 && text.len() < 260_000,
        "{}",
        text.len()
    );
    text
}

#[test]
fn an_adversarial_scenario_fails_with_a_few_short_problems() {
    let err = scenario::load_str(&adversarial_scenario(), "bomb.json").unwrap_err();
    let LoadError::Invalid(problems) = &err else {
        panic!("{err}")
    };
    // The two unknown keys and the missing fields, all at once; nothing inside the unknown
    // keys' values is walked.
    assert!(problems.len() <= 20, "{err}");
    let kkkk = problems
        .iter()
        .find(|p| p.message.starts_with("unknown field 'kkkk"))
        .expect("the long key");
    assert_eq!((kkkk.line, kkkk.column), (1, 2));
    assert!(
        problems
            .iter()
            .any(|p| p.message.starts_with("unknown field 'zz'"))
    );
    for p in problems {
        assert!(p.to_string().len() < 600, "the 60 KB key is quoted whole");
    }
}

#[test]
fn an_unknown_key_after_a_huge_array_is_pointed_at() {
    // serde reads the whole array before it meets the bad key, so the span map covers it all.
    let (_, text) = scenario::SHIPPED[0];
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    let tags: Vec<String> = (0..30_000).map(|i| format!("t{i}")).collect();
    value["tags"] = serde_json::json!(tags);
    let mut text = serde_json::to_string(&value).unwrap();
    text.pop();
    text.push_str(",\n  \"bogus\": 1}");
    let err = scenario::load_str(&text, "x.json").unwrap_err().to_string();
    assert!(
        err.starts_with("x.json:2:3: unknown field 'bogus'"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_without_waiting() {
    let err = scenario::load_file(Path::new("/dev/zero")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "/dev/zero: this is a character device, not a regular file; name a file"
    );
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let lib = Library {
        dirs: vec![dir.path().to_path_buf()],
    };
    // Before the fix this never returned: opening a FIFO waits for a writer.
    let entries = lib.entries();
    let last = entries.last().unwrap();
    assert_eq!(last.origin, fifo.display().to_string());
    assert!(matches!(
        last.scenario,
        Err(LoadError::File(ReadError::NotAFile {
            kind: "a pipe (FIFO)",
            ..
        }))
    ));
}

#[test]
fn a_scenario_past_the_limit_is_refused_by_bytes_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.json");
    std::fs::write(&path, vec![b' '; (scenario::MAX_FILE_BYTES + 1) as usize]).unwrap();
    let err = scenario::load_file(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::File(ReadError::TooLarge { limit, .. }) if limit == scenario::MAX_FILE_BYTES)
    );
    assert!(
        err.to_string()
            .ends_with("larger than 1 MiB, the most deskdrill reads here")
    );
}

#[test]
fn ids_from_files_are_never_opened_as_paths() {
    let lib = Library::default();
    for id in [
        "/dev/zero",
        "../../etc/passwd",
        "scenarios/impostor-reset.json",
    ] {
        assert!(
            matches!(lib.find_id(id), Err(LoadError::NotFound { .. })),
            "{id}"
        );
    }
    assert!(lib.find_id("impostor-reset").is_ok());
}

fn played_result() -> (Arc<scenario::Scenario>, CallResult) {
    let s = Arc::new(scenario::load_str(scenario::SHIPPED[0].1, "s").unwrap());
    let lang = Lang::En;
    let lexicon = Arc::new(
        Lexicon::compile(
            &understanding::builtin(lang).unwrap(),
            &[s.understanding.get(&lang).unwrap()],
        )
        .unwrap(),
    );
    let mut call = Call::new(Setup {
        scenario: Arc::clone(&s),
        lexicon,
        lang,
        seed: 1,
        trainee: "t".into(),
    });
    let _ = call.input("Good morning, IT service desk, how can I help?");
    call.abandon();
    let timing = Timing {
        started_at: "2025-01-01T00:00:00Z".into(),
        duration_s: 3,
    };
    let r = result::build(&s, call.log(), &timing);
    (s, r)
}

#[test]
fn results_with_the_same_name_never_overwrite_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let (_, r) = played_result();
    let r = Arc::new(r);
    let threads: Vec<_> = (0..40)
        .map(|_| {
            let (dir, r) = (dir.path().to_path_buf(), Arc::clone(&r));
            std::thread::spawn(move || journal::save_result(&dir, "same", &r).unwrap())
        })
        .collect();
    let mut paths: Vec<_> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 40);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 40, "stray files: {names:?}");
    assert!(names.contains(&"same.json".to_string()));
    assert!(names.contains(&"same-40.json".to_string()));
}

fn header() -> Header {
    Header {
        journal: journal::JOURNAL_FORMAT.into(),
        scenario: "impostor-reset".into(),
        source: String::new(),
        started_at: "2025-01-01T00:00:00Z".into(),
    }
}

#[test]
fn two_calls_never_share_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let a = Journal::create_unique(dir.path(), "call", &header()).unwrap();
    let b = Journal::create_unique(dir.path(), "call", &header()).unwrap();
    assert_eq!((a.base(), b.base()), ("call", "call-2"));
    assert!(Journal::create(a.path().to_path_buf(), &header()).is_err());
    a.finish().unwrap();
    assert!(b.path().exists());
}

#[cfg(unix)]
#[test]
fn journals_and_results_have_one_mode_any_new_file_has() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.txt");
    std::fs::write(&plain, "x").unwrap();
    let mode_of = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let j = Journal::create_unique(dir.path(), "call", &header()).unwrap();
    let (_, r) = played_result();
    let saved = journal::save_result(dir.path(), "call", &r).unwrap();
    for path in [j.path(), saved.as_path()] {
        assert_eq!(mode_of(path), mode_of(&plain), "{}", path.display());
    }
}

#[test]
fn stale_temporary_files_are_cleaned_and_fresh_ones_kept() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join(format!("{}abc.json", journal::TEMP_PREFIX));
    let young = dir.path().join(format!("{}def.json", journal::TEMP_PREFIX));
    let other = dir.path().join(".tmp-not-ours");
    for p in [&old, &young, &other] {
        std::fs::write(p, b"{").unwrap();
    }
    let past = std::time::SystemTime::now() - std::time::Duration::from_secs(120);
    for p in [&old, &other] {
        std::fs::File::options()
            .write(true)
            .open(p)
            .unwrap()
            .set_modified(past)
            .unwrap();
    }
    assert_eq!(journal::clean_stale_temp(dir.path()).unwrap(), 1);
    assert!(!old.exists() && young.exists() && other.exists());
    assert_eq!(
        journal::clean_stale_temp(&dir.path().join("none")).unwrap(),
        0
    );
}

#[test]
fn review_refuses_impossible_and_tampered_scores() {
    let (s, r) = played_result();
    let text = serde_json::to_string(&r).unwrap();
    let Saved::Result(back) = saved::parse(&text, "r.json").unwrap() else {
        panic!("not read as a result")
    };
    saved::verify(&back, &s, "r.json").unwrap();
    assert_eq!(back.scenario.id, "impostor-reset");

    let mut huge = r.clone();
    huge.score.total = 100_000;
    let err = saved::parse(&serde_json::to_string(&huge).unwrap(), "r.json").unwrap_err();
    assert_eq!(
        err.to_string(),
        "r.json: score.total is 100000, which no call can score (at most 100)"
    );

    let mut edited = r.clone();
    edited.score.total = if r.score.total == 100 { 0 } else { 100 };
    let Saved::Result(back) =
        saved::parse(&serde_json::to_string(&edited).unwrap(), "r.json").unwrap()
    else {
        panic!("not read as a result")
    };
    assert!(matches!(
        saved::verify(&back, &s, "r.json"),
        Err(SavedError::Mismatch { what: "score", .. })
    ));

    let mut bad_format = r;
    bad_format.format = "x\u{1b}]0;PWNED\u{7}".into();
    let err = saved::parse(&serde_json::to_string(&bad_format).unwrap(), "r.json")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "r.json: not a deskdrill result (format 'x', expected 'deskdrill.result.v1')"
    );
}

#[test]
fn a_journal_is_read_for_review_within_bounds() {
    let dir = tempfile::tempdir().unwrap();
    let mut j = Journal::create_unique(dir.path(), "call", &header()).unwrap();
    j.write(&[]).unwrap();
    match saved::read(j.path()).unwrap() {
        Saved::Journal { header, events } => {
            assert_eq!(header.scenario, "impostor-reset");
            assert!(events.is_empty());
        }
        Saved::Result(_) => panic!("read as a result"),
    }
    #[cfg(unix)]
    assert!(matches!(
        saved::read(Path::new("/dev/zero")),
        Err(SavedError::File(ReadError::NotAFile { .. }))
    ));
}

#[test]
fn script_lines_are_bounded() {
    let script = format!("hello\n{}\n", "a".repeat(10 << 20));
    let err = fsio::check_lines(&script, "s.txt", fsio::MAX_LINE_BYTES).unwrap_err();
    assert_eq!(
        err.to_string(),
        "s.txt:2: this line is longer than 4 KiB, the most a line may hold"
    );
}

/// Runs the binary with `args`, killed if it takes longer than `limit`; returns its exit code,
/// its standard error and how long it took.
#[cfg(unix)]
fn timed(args: &[&str], limit: std::time::Duration) -> (Option<i32>, String, std::time::Duration) {
    use std::io::Read;
    let started = std::time::Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_deskdrill"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("DESKDRILL_LANG")
        .env_remove("DESKDRILL_RESULTS")
        .env_remove("DESKDRILL_SCENARIOS")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    let took = started.elapsed();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (status, stderr, took)
}

/// Every way to name `/dev/zero` or a FIFO gets a clear error at once: nothing waits for a
/// writer or reads without end.
#[cfg(unix)]
#[test]
fn dev_zero_and_a_fifo_get_a_clear_error_in_under_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("x.json");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let d = dir.path().to_str().unwrap();
    let f = fifo.to_str().unwrap();
    let second = std::time::Duration::from_secs(1);
    for args in [
        &["validate", "/dev/zero"][..],
        &["play", "/dev/zero", "--no-save"],
        &["review", "/dev/zero"],
        &["understand", "--evaluate", "/dev/zero"],
        &["validate", f],
        &["play", f, "--no-save"],
        &["review", f],
        &["list", "--scenarios", d],
    ] {
        // The quickest of three tries: a machine busy with the other tests may delay one.
        let (status, stderr, took) = (0..3)
            .map(|_| timed(args, std::time::Duration::from_secs(20)))
            .min_by_key(|(_, _, took)| *took)
            .unwrap();
        assert!(status.is_some(), "{args:?} hung");
        assert!(
            stderr.contains("not a regular file"),
            "{args:?}: {status:?} {stderr}"
        );
        assert!(took < second, "{args:?} took {took:?}");
    }
    // A script is read after the lexicon is built, which alone may take a while here.
    let (status, stderr, _) = timed(
        &[
            "play",
            "impostor-reset",
            "--no-save",
            "--script",
            "/dev/zero",
        ],
        std::time::Duration::from_secs(20),
    );
    assert_eq!(status, Some(1), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

/// The processor time of the calling thread (user and system), from `/proc/thread-self/stat`;
/// zero where there is none.
fn thread_cpu() -> std::time::Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after_name = stat.rsplit(')').next().unwrap_or("");
    // Fields 14 and 15 of the line, utime and stime, in clock ticks of 1/100 s.
    let ticks: u64 = after_name
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    std::time::Duration::from_millis(ticks * 10)
}

/// The adversarial scenario of the span map, in time and in memory: under a second, and the
/// binary validates it with its data segment limited to 100 MB.
#[cfg(unix)]
#[test]
fn an_adversarial_scenario_validates_in_under_a_second_and_100_mb() {
    let text = adversarial_scenario();
    // The time this thread spent on the processor: the other tests that run beside this one
    // on a small machine do not count against it.
    let started = thread_cpu();
    assert!(scenario::load_str(&text, "bomb.json").is_err());
    let took = thread_cpu() - started;
    assert!(took < std::time::Duration::from_secs(1), "{took:?}");
    let dir = tempfile::tempdir().unwrap();
    let bomb = dir.path().join("bomb.json");
    std::fs::write(&bomb, &text).unwrap();
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -d 102400 && exec "$0" validate "$1""#)
        .arg(env!("CARGO_BIN_EXE_deskdrill"))
        .arg(&bomb)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("unknown field 'kkkk"), "{stderr}");
}

/// Escape sequences and bidi controls in a file's keys, ids and titles never reach the
/// terminal raw, through `validate`, `list` or a call.
#[test]
fn nothing_raw_from_a_file_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"\u001b]0;PWNED\u0007\u202eevil": 1, "id": "a\u001b[2J\u2066b"}"#,
    )
    .unwrap();
    let own = dir.path().join("own");
    std::fs::create_dir(&own).unwrap();
    let mut value: serde_json::Value = serde_json::from_str(scenario::SHIPPED[0].1).unwrap();
    value["id"] = "evil-title".into();
    value["title"]["en"] = "Evil\u{202e} \u{1b}]0;PWNED\u{7}title\u{1b}[2J".into();
    std::fs::write(own.join("evil.json"), value.to_string()).unwrap();
    let own = own.to_str().unwrap();
    for (args, stdin) in [
        (vec!["validate", bad.to_str().unwrap()], ""),
        (vec!["list", "--scenarios", own, "--lang", "en"], ""),
        (
            vec![
                "play",
                "evil-title",
                "--scenarios",
                own,
                "--lang",
                "en",
                "--no-save",
                "--script",
                "-",
            ],
            "/end\n",
        ),
    ] {
        let run = crate::util::deskdrill(&args, stdin);
        let all = format!("{}{}", run.stdout, run.stderr);
        assert!(
            all.contains("evil") || all.contains("Evil"),
            "{args:?} names the thing: {all}"
        );
        for raw in ['\u{1b}', '\u{7}', '\u{202e}', '\u{2066}'] {
            assert!(!all.contains(raw), "{args:?} printed {raw:?}: {all:?}");
        }
    }
}

/// Two calls started by one trainee in the same second on the same scenario (the way `play`
/// names them): two journals, and the first to finish leaves the other's alone.
#[test]
fn two_calls_in_the_same_second_never_share_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let (a, a_stem) =
        deskdrill::class::store::create_journal(dir.path(), "Sam", &header()).unwrap();
    let (b, b_stem) =
        deskdrill::class::store::create_journal(dir.path(), "Sam", &header()).unwrap();
    assert_ne!(a_stem, b_stem);
    assert_ne!(a.path(), b.path());
    let b_path = b.path().to_path_buf();
    a.finish().unwrap();
    assert!(b_path.exists(), "the other call's journal is kept");
}

/// A 10 MB line piped into a call is refused with a clear message at once: not a turn, not
/// stored, and the call goes on.
#[test]
fn a_ten_megabyte_piped_line_is_refused_quickly_and_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let input = format!("{}\nHello, helpdesk.\n/end\n", "a".repeat(10 << 20));
    let started = std::time::Instant::now();
    let run = crate::util::deskdrill(
        &[
            "play",
            "impostor-reset",
            "--lang",
            "en",
            "--seed",
            "1",
            "--results",
            d,
        ],
        &input,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("this line is longer than 4 KiB, the most a line may hold"),
        "{}",
        &run.stdout[..run.stdout.len().min(2000)]
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let saved: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert!(std::fs::metadata(&saved[0]).unwrap().len() < 1 << 20);
    let r: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&saved[0]).unwrap()).unwrap();
    assert_eq!(r["outcome"], "ended", "{}", r["outcome"]);
}
