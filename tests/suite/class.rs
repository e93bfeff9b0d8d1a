//! The trainer's class: a class folder built from seeded scripted calls (three trainees, three
//! scenarios, attempts that improve, one broken-off call, two files that are not results), and
//! the report, CSV, JSON, progress and course standing read from it — exactly. In-process
//! through the library, except the test of 200 parallel `play` processes.

use deskdrill::call::{Call, Setup, Step};
use deskdrill::class::course::Course;
use deskdrill::class::load::SkipReason;
use deskdrill::class::{self, Filter, Report, progress};
use deskdrill::journal::{Header, JOURNAL_FORMAT};
use deskdrill::lang::Lang;
use deskdrill::result::{self, Timing};
use deskdrill::scenario::{self, Library, Scenario};
use deskdrill::understanding::{self, Lexicon};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

fn shipped(id: &str) -> Arc<Scenario> {
    let (name, text) = scenario::SHIPPED
        .iter()
        .find(|(n, _)| n.starts_with(id))
        .unwrap();
    Arc::new(scenario::load_str(text, name).unwrap())
}

struct Player {
    lexicons: HashMap<(String, Lang), Arc<Lexicon>>,
}

impl Player {
    fn lexicon(&mut self, s: &Scenario, lang: Lang) -> Arc<Lexicon> {
        Arc::clone(
            self.lexicons
                .entry((s.id.clone(), lang))
                .or_insert_with(|| {
                    Arc::new(
                        Lexicon::compile(
                            &understanding::builtin(lang).unwrap(),
                            &[s.understanding.get(&lang).unwrap()],
                        )
                        .unwrap(),
                    )
                }),
        )
    }

    /// Plays the scenario's self-test `test` (its n-th in `lang`) as `trainee` and saves the
    /// result in `dir`, started on `day` of March 2026.
    fn play(&mut self, dir: &Path, trainee: &str, id: &str, lang: Lang, test: usize, day: u32) {
        let s = shipped(id);
        let t = s
            .tests
            .iter()
            .filter(|t| t.lang == lang)
            .nth(test)
            .unwrap()
            .clone();
        let mut call = Call::new(Setup {
            scenario: Arc::clone(&s),
            lexicon: self.lexicon(&s, lang),
            lang,
            seed: t.seed,
            trainee: trainee.into(),
        });
        let mut script = deskdrill::call::Script(t.script.iter().cloned());
        call.play(&mut script, |_, _, _| std::io::Result::Ok(()))
            .unwrap();
        let started_at = format!("2026-03-{day:02}T09:00:00Z");
        let r = result::build(
            &s,
            call.log(),
            &Timing {
                started_at: started_at.clone(),
                duration_s: 60,
            },
        );
        let stem = class::store::stem(trainee, id, &started_at, "test");
        class::store::save_result(dir, &stem, &r).unwrap();
    }

    /// Starts a call and walks away after `lines` lines: only its journal is left.
    fn break_off(&mut self, dir: &Path, trainee: &str, id: &str, lang: Lang, lines: usize) {
        let s = shipped(id);
        let t = s.tests.iter().find(|t| t.lang == lang).unwrap().clone();
        let header = Header {
            journal: JOURNAL_FORMAT.into(),
            scenario: id.into(),
            source: String::new(),
            started_at: "2026-03-09T09:00:00Z".into(),
        };
        let (mut journal, _) = class::store::create_journal(dir, trainee, &header).unwrap();
        let mut call = Call::new(Setup {
            scenario: Arc::clone(&s),
            lexicon: self.lexicon(&s, lang),
            lang,
            seed: t.seed,
            trainee: trainee.into(),
        });
        journal.write(call.log()).unwrap();
        for line in t.script.iter().take(lines) {
            if let Step::Events(events) = call.input(line) {
                journal.write(&events).unwrap();
            }
        }
        // The process dies here: the journal is neither finished nor removed.
    }
}

/// The class folder, built once.
fn class_folder() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let mut p = Player {
            lexicons: HashMap::new(),
        };
        // Anna: the care worker rushed, then done right; the impostor reset, then refused.
        p.play(d, "Anna", "nervous-care-worker", Lang::En, 1, 1);
        p.play(d, "Anna", "nervous-care-worker", Lang::En, 0, 2);
        p.play(d, "Anna", "impostor-reset", Lang::En, 1, 3);
        p.play(d, "Anna", "impostor-reset", Lang::En, 0, 4);
        // Joëlle, in Dutch: resets without verifying, then right; the column agent, then right.
        p.play(d, "Joëlle", "nervous-care-worker", Lang::Nl, 2, 2);
        p.play(d, "Joëlle", "nervous-care-worker", Lang::Nl, 0, 5);
        p.play(d, "Joëlle", "delivery-dispute", Lang::Nl, 1, 6);
        p.play(d, "Joëlle", "delivery-dispute", Lang::Nl, 0, 7);
        // Bram: tells the impostor to calm down, then stays firm; breaks off a delivery call.
        p.play(d, "Bram", "impostor-reset", Lang::En, 4, 3);
        p.play(d, "Bram", "impostor-reset", Lang::En, 3, 8);
        p.break_off(d, "Bram", "delivery-dispute", Lang::En, 3);
        // Files that are not results.
        std::fs::write(d.join("notes.json"), "{ this is not json").unwrap();
        std::fs::write(
            d.join("course.json"),
            r#"{"format": "deskdrill.course.v1", "title": "x", "steps": []}"#,
        )
        .unwrap();
        dir
    })
    .path()
}

fn load() -> class::Class {
    // An hour from now the journal is old enough to count as broken off.
    class::load(
        &[class_folder().to_path_buf()],
        &Library::default(),
        SystemTime::now() + Duration::from_secs(3600),
    )
    .unwrap()
}

const AVAILABLE: [&str; 3] = ["impostor-reset", "nervous-care-worker", "delivery-dispute"];

fn available() -> Vec<String> {
    AVAILABLE.iter().map(|s| s.to_string()).collect()
}

type RowFigures = (
    &'static str,
    &'static str,
    usize,
    usize,
    u32,
    u32,
    bool,
    [u32; 4],
);

const ROWS: [RowFigures; 6] = [
    (
        "Anna",
        "impostor-reset",
        2,
        0,
        95,
        95,
        true,
        [100, 83, 100, 100],
    ),
    (
        "Anna",
        "nervous-care-worker",
        2,
        0,
        95,
        95,
        true,
        [100, 88, 100, 100],
    ),
    (
        "Bram",
        "delivery-dispute",
        1,
        1,
        40,
        40,
        false,
        [75, 60, 0, 85],
    ),
    (
        "Bram",
        "impostor-reset",
        2,
        0,
        96,
        96,
        true,
        [100, 94, 100, 85],
    ),
    (
        "Joëlle",
        "delivery-dispute",
        2,
        0,
        97,
        97,
        true,
        [95, 96, 100, 100],
    ),
    (
        "Joëlle",
        "nervous-care-worker",
        2,
        0,
        95,
        95,
        true,
        [100, 88, 100, 100],
    ),
];

#[test]
fn the_report_has_every_trainee_in_every_scenario() {
    let c = load();
    let r = Report::build(&c, &Filter::default());
    assert_eq!(r.attempts, 11);
    assert_eq!(r.trainees, ["Anna", "Bram", "Joëlle"]);
    let rows: Vec<RowFigures> = r
        .rows
        .iter()
        .map(|row| {
            let s = &row.score;
            (
                &*row.trainee.clone().leak(),
                &*row.scenario.clone().leak(),
                row.attempts,
                row.abandoned,
                row.best,
                row.last,
                row.passed,
                [
                    s.verification,
                    s.deescalation,
                    s.resolution,
                    s.professionalism,
                ],
            )
        })
        .collect();
    assert_eq!(rows, ROWS);
    let rules: Vec<(&str, i64, usize)> = r
        .rules
        .iter()
        .take(4)
        .map(|x| (x.rule.as_str(), x.points, x.attempts))
        .collect();
    assert_eq!(
        rules,
        [
            ("V-UNVERIFIED-ACTION", 120, 2),
            ("R-QUESTION-UNANSWERED", 100, 2),
            ("D-UNACKNOWLEDGED", 45, 3),
            ("V-RECORDS-UNCHECKED", 45, 3),
        ]
    );
    let not_asked = r.rules.iter().find(|x| x.rule == "V-NOT-ASKED").unwrap();
    assert_eq!((not_asked.points, not_asked.attempts), (40, 2));
    assert_eq!(not_asked.trainees["Anna"], 20);
    assert_eq!(not_asked.trainees["Joëlle"], 20);
    assert_eq!(r.rules.len(), 23);
    let critical: Vec<(&str, &str, usize, Vec<String>)> = r
        .critical
        .iter()
        .map(|x| {
            (
                x.scenario.as_str(),
                x.rule.as_str(),
                x.count,
                x.trainees.clone(),
            )
        })
        .collect();
    assert_eq!(
        critical,
        [
            (
                "impostor-reset",
                "V-UNVERIFIED-ACTION",
                1,
                vec!["Anna".to_string()]
            ),
            (
                "nervous-care-worker",
                "V-UNVERIFIED-ACTION",
                1,
                vec!["Joëlle".to_string()]
            ),
        ]
    );
}

#[test]
fn filters_pick_trainees_scenarios_and_time() {
    let c = load();
    let f = Filter {
        trainees: vec!["JOËLLE".into()],
        scenarios: vec!["nervous-care-worker".into()],
        since: Some("2026-03-03".into()),
    };
    let r = Report::build(&c, &f);
    assert_eq!(r.attempts, 1);
    assert_eq!((r.rows[0].best, r.rows[0].attempts), (95, 1));
    assert!(r.critical.is_empty());
}

#[test]
fn the_table_fits_80_columns_in_both_languages() {
    colored::control::set_override(false);
    let r = Report::build(&load(), &Filter::default());
    for lang in Lang::ALL {
        let text = r.render(lang);
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{lang}: {line:?}");
        }
    }
    let nl = r.render(Lang::Nl);
    assert!(
        nl.contains("Klasoverzicht: 11 gesprekken van 3 cursisten in 3 scenario's"),
        "{nl}"
    );
    assert!(nl.contains("Joëlle"), "{nl}");
    assert!(
        nl.contains("handelde zonder de beller te verifiëren"),
        "{nl}"
    );
}

#[test]
fn csv_reads_back_with_dutch_characters_intact() {
    let r = Report::build(&load(), &Filter::default());
    for delimiter in [b',', b';'] {
        let bytes = r.csv(delimiter).unwrap();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "a byte-order mark for spreadsheets"
        );
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(&bytes[3..]);
        let headers = reader.headers().unwrap().clone();
        assert_eq!(&headers[0], "trainee");
        assert_eq!(headers.len(), 14);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), ROWS.len());
        for (rec, row) in records.iter().zip(ROWS) {
            assert_eq!(&rec[0], row.0);
            assert_eq!(&rec[1], row.1);
            assert_eq!(rec[3].parse::<usize>().unwrap(), row.2);
            assert_eq!(rec[4].parse::<usize>().unwrap(), row.3);
            assert_eq!(rec[5].parse::<u32>().unwrap(), row.4);
            assert_eq!(rec[6].parse::<u32>().unwrap(), row.5);
            assert_eq!(rec[7].parse::<bool>().unwrap(), row.6);
            let dims: Vec<u32> = (8..12).map(|i| rec[i].parse().unwrap()).collect();
            assert_eq!(dims, row.7);
        }
        assert_eq!(&records[4][2], "De koerier en de verdwenen envelop");
    }
}

#[test]
fn json_has_the_same_figures() {
    let r = Report::build(&load(), &Filter::default());
    let v: serde_json::Value = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(v["format"], "deskdrill.report.v1");
    assert_eq!(v["attempts"], 11);
    assert_eq!(v["rows"].as_array().unwrap().len(), 6);
    assert_eq!(v["rows"][2]["trainee"], "Bram");
    assert_eq!(v["rows"][2]["abandoned"], 1);
    assert_eq!(v["rows"][4]["score"]["deescalation"], 96);
    assert_eq!(v["rules"][0]["trainees"]["Joëlle"], 60);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 2);
    assert_eq!(v["skipped"][0]["reason"]["kind"], "wrong_format");
}

#[test]
fn progress_per_trainee() {
    let c = load();
    let figures = |name: &str| {
        let p = progress::build(&c.attempts, name, &available(), None);
        let per: Vec<(String, usize, u32, u32, u32, bool, Trend)> = p
            .scenarios
            .iter()
            .map(|s| {
                (
                    s.scenario.clone(),
                    s.attempts,
                    s.first,
                    s.best,
                    s.last,
                    s.passed,
                    s.trend,
                )
            })
            .collect();
        (
            p.trainee.clone(),
            p.attempts,
            per,
            p.improved.clone(),
            p.lagging.clone(),
            p.next.clone(),
        )
    };
    use progress::{Next, SkillChange, SkillLevel, Trend};
    let skill = |d: &str, change: i64| {
        Some(SkillChange {
            dimension: d.into(),
            change,
        })
    };
    let lags = |d: &str, level: i64| {
        Some(SkillLevel {
            dimension: d.into(),
            level,
        })
    };
    assert_eq!(
        figures("anna"),
        (
            "Anna".into(),
            4,
            vec![
                ("impostor-reset".into(), 2, 4, 95, 95, true, Trend::Up),
                ("nervous-care-worker".into(), 2, 17, 95, 95, true, Trend::Up),
            ],
            skill("resolution", 100),
            lags("deescalation", 86),
            Some(Next::NotPlayed {
                scenario: "delivery-dispute".into()
            }),
        )
    );
    assert_eq!(
        figures("Bram"),
        (
            "Bram".into(),
            3,
            vec![
                ("delivery-dispute".into(), 1, 40, 40, 40, false, Trend::Once),
                ("impostor-reset".into(), 2, 38, 96, 96, true, Trend::Up),
            ],
            skill("deescalation", 94),
            lags("resolution", 50),
            Some(Next::NotPassed {
                scenario: "delivery-dispute".into(),
                best: 40
            }),
        )
    );
    assert_eq!(
        figures("joëlle"),
        (
            "Joëlle".into(),
            4,
            vec![
                ("delivery-dispute".into(), 2, 30, 97, 97, true, Trend::Up),
                ("nervous-care-worker".into(), 2, 33, 95, 95, true, Trend::Up),
            ],
            skill("verification", 60),
            lags("deescalation", 92),
            Some(Next::NotPlayed {
                scenario: "impostor-reset".into()
            }),
        )
    );
    colored::control::set_override(false);
    let text = progress::build(&c.attempts, "Bram", &available(), None).render(Lang::En);
    assert!(
        text.contains("Improved most: de-escalation (+94 points"),
        "{text}"
    );
    assert!(
        text.contains("Lags behind: resolution"),
        "another skill than the one that improved most: {text}"
    );
    assert!(
        text.contains("Next: delivery-dispute — not passed yet, your best is 40"),
        "{text}"
    );
}

#[test]
fn course_standing_and_next_step() {
    let c = load();
    let course = Course::parse(
        r#"{"title": "Week 1", "steps": [
            {"scenario": "nervous-care-worker", "pass_mark": 90},
            {"scenario": "impostor-reset", "pass_mark": 96},
            {"scenario": "delivery-dispute"}]}"#,
        "week1.json",
    )
    .unwrap();
    let all: Vec<&class::Attempt> = c.attempts.iter().collect();
    let s = course.standing(&all);
    let summary: Vec<(&str, usize, Option<&str>)> = s
        .trainees
        .iter()
        .map(|t| (t.trainee.as_str(), t.passed, t.next.as_deref()))
        .collect();
    assert_eq!(
        summary,
        [
            ("Anna", 1, Some("impostor-reset")),
            ("Bram", 1, Some("nervous-care-worker")),
            ("Joëlle", 2, Some("impostor-reset")),
        ]
    );
    let p = progress::build(&c.attempts, "Anna", &available(), Some(&course));
    assert_eq!(
        p.next,
        Some(progress::Next::Course {
            scenario: "impostor-reset".into(),
            step: 2
        })
    );
    colored::control::set_override(false);
    for line in s.render(Lang::Nl).lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
}

#[test]
fn the_html_page_is_self_contained_with_its_charts() {
    let c = load();
    let f = Filter::default();
    let r = Report::build(&c, &f);
    let page = class::html::render(&r, &c, &f, Lang::Nl).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"nl\">"));
    // Charts: scores, the heat map, and one mood curve per trainee and scenario.
    assert_eq!(page.matches("<svg ").count(), 2 + 6, "{page}");
    assert!(page.contains("aria-label=\"Beste score per cursist\""));
    assert!(page.contains("Joëlle"));
    for external in ["http://", "https://", "<script", "<link", "@import"] {
        let hits: Vec<_> = page
            .match_indices(external)
            .filter(|(i, _)| !page[*i..].starts_with("http://www.w3.org/2000/svg"))
            .collect();
        assert!(hits.is_empty(), "{external} in the page");
    }
}

#[test]
fn bad_files_are_skipped_with_their_names() {
    let c = load();
    let skipped: Vec<(String, &SkipReason)> = c
        .skipped
        .iter()
        .map(|s| {
            (
                Path::new(&s.file)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                &s.reason,
            )
        })
        .collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0].0, "course.json");
    assert!(matches!(skipped[0].1, SkipReason::WrongFormat { .. }));
    assert_eq!(skipped[1].0, "notes.json");
    assert!(matches!(skipped[1].1, SkipReason::NotAResult { .. }));
    // Read now, the journal may belong to a call still going on: listed, not counted.
    let now = class::load(
        &[class_folder().to_path_buf()],
        &Library::default(),
        SystemTime::now(),
    )
    .unwrap();
    assert_eq!(now.attempts.len(), 10);
    assert!(
        now.skipped
            .iter()
            .any(|s| s.reason == SkipReason::InProgress)
    );
}

/// Two hundred calls saved into one folder at the same moment by parallel processes: all two
/// hundred are there, none lost, overwritten or half-written. To keep this fast, the processes
/// use a tiny lexicon (`DESKDRILL_LEXICON`): what is tested is how results are saved.
#[test]
fn two_hundred_parallel_plays_keep_two_hundred_results() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("lexicon");
    std::fs::create_dir(&lexicon).unwrap();
    std::fs::write(lexicon.join("en.json"), r#"{"lang": "en"}"#).unwrap();
    let results = dir.path().join("class");
    let script = dir.path().join("script.txt");
    std::fs::write(&script, "Good morning, helpdesk.\n/end\n").unwrap();
    let children: Vec<std::process::Child> = (0..200)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_deskdrill"))
                .args([
                    "play",
                    "impostor-reset",
                    "--lang",
                    "en",
                    "--json",
                    "--seed",
                    "1",
                ])
                .arg("--trainee")
                .arg(format!("Trainee {}", i % 7))
                .arg("--script")
                .arg(&script)
                .arg("--results")
                .arg(&results)
                .env("DESKDRILL_LEXICON", &lexicon)
                .env("NO_COLOR", "1")
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let names: Vec<String> = std::fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 200, "only the results are left: {names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".json") && !n.starts_with('.'))
    );
    let c = class::load(&[results], &Library::default(), SystemTime::now()).unwrap();
    assert!(c.skipped.is_empty(), "{:?}", c.skipped);
    let r = Report::build(&c, &Filter::default());
    assert_eq!(r.attempts, 200);
    assert_eq!(r.trainees.len(), 7);
}

/// The few things only the binary shows: warnings naming bad files, review of a folder and of
/// a trainee's latest call, notes in the review, and `play --next` with a course.
#[test]
fn the_commands_on_the_command_line() {
    let folder = class_folder().to_str().unwrap();
    let run = crate::util::deskdrill(&["report", folder, "--csv"], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("notes.json: not a deskdrill result"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .contains("Joëlle,delivery-dispute,De koerier en de verdwenen envelop")
    );

    let run = crate::util::deskdrill(&["review", folder, "--trainee", "anna", "--latest"], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("trainee Anna, 2026-03-04T09:00:00Z"),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("trainee Anna,").count(), 1);

    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let script = "Good morning, this is Kim from the helpdesk.\n/notes ask her about the tax number first\n/end\n";
    let run = crate::util::deskdrill(
        &[
            "play",
            "impostor-reset",
            "--seed",
            "1",
            "--trainee",
            "Kim",
            "--script",
            "-",
            "--results",
            d,
        ],
        script,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Your notes"), "{}", run.stdout);
    let course = dir.path().join("course.json");
    std::fs::write(
        &course,
        r#"{"title": "W1", "steps": [{"scenario": "impostor-reset", "pass_mark": 50}, {"scenario": "delivery-dispute"}]}"#,
    )
    .unwrap();
    let files: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".json") && !p.ends_with("course.json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].contains("/Kim_impostor-reset_"), "{files:?}");
    let run = crate::util::deskdrill(&["review", &files[0], &files[0]], "");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout
            .matches("ask her about the tax number first")
            .count(),
        2
    );
    // Kim has not passed step 1: --next plays it (the script ends it at once).
    let run = crate::util::deskdrill(
        &[
            "play",
            "--next",
            "--course",
            course.to_str().unwrap(),
            "--trainee",
            "Kim",
            "--seed",
            "1",
            "--script",
            "-",
            "--results",
            d,
            "--json",
        ],
        "/end\n",
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("Course step 1 of 2: impostor-reset"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["scenario"]["id"], "impostor-reset");
}
