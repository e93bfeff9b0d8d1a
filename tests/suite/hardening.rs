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
        assert!(p.to_string().len() < 400, "the 60 KB key is quoted whole");
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
