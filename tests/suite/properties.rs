//! Seeded property tests of the entry points a hostile or clumsy input reaches: loading a
//! scenario, understanding a line, a call's input, and reading a saved call for review. They
//! assert no panic (and that errors name their source); the fuzz targets in `fuzz/` explore
//! the same entry points without a bound. The seed is fixed, so a run is repeatable.

use deskdrill::call::{Call, Setup};
use deskdrill::lang::Lang;
use deskdrill::result::{self, Timing};
use deskdrill::saved::{self, Saved};
use deskdrill::scenario::{self, Library, Scenario};
use deskdrill::understanding::{self, Lexicon};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::sync::{Arc, OnceLock};

fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::deterministic_rng(RngAlgorithm::ChaCha))
}

/// Words, commands, JSON pieces and troublemakers; any char is mixed in too.
const PIECES: [&str; 30] = [
    "/",
    "/reset",
    "/lookup",
    "/hold",
    "/resume",
    "/transfer",
    "/end",
    "/notes",
    "hello",
    "password",
    "wachtwoord",
    "verify",
    "name",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "\\u",
    "0",
    "-1e999",
    "\u{1b}[2J",
    "\u{202E}",
    "\0",
    "é",
    "🙂",
    " ",
    "\n",
];

fn text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES.to_vec()).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}

/// A shipped text with a slice replaced: mostly valid, broken somewhere.
fn mutated(base: &'static str) -> impl Strategy<Value = String> {
    (any::<prop::sample::Index>(), 0usize..64, text(6)).prop_map(move |(at, len, insert)| {
        let bytes = base.as_bytes();
        let at = at.index(bytes.len());
        let end = (at + len).min(bytes.len());
        let mut out = bytes[..at].to_vec();
        out.extend_from_slice(insert.as_bytes());
        out.extend_from_slice(&bytes[end..]);
        String::from_utf8_lossy(&out).into_owned()
    })
}

struct World {
    scenario: Arc<Scenario>,
    lexicons: Vec<(Lang, Arc<Lexicon>)>,
    result_json: String,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let scenario = Arc::new(scenario::load_str(scenario::SHIPPED[0].1, "s").unwrap());
        let lexicons: Vec<_> = Lang::ALL
            .iter()
            .map(|&lang| {
                let file = understanding::builtin(lang).unwrap();
                let ext = scenario.understanding.get(&lang).unwrap();
                (lang, Arc::new(Lexicon::compile(&file, &[ext]).unwrap()))
            })
            .collect();
        let mut call = new_call(&scenario, lexicons[0].0, &lexicons[0].1, 3);
        for line in ["Good morning, service desk", "What is your name?", "/end"] {
            let _ = call.input(line);
        }
        call.abandon();
        let r = result::build(&scenario, call.log(), &timing());
        World {
            result_json: serde_json::to_string_pretty(&r).unwrap(),
            scenario,
            lexicons,
        }
    })
}

fn new_call(s: &Arc<Scenario>, lang: Lang, lexicon: &Arc<Lexicon>, seed: u64) -> Call {
    Call::new(Setup {
        scenario: Arc::clone(s),
        lexicon: Arc::clone(lexicon),
        lang,
        seed,
        trainee: "t".into(),
    })
}

fn timing() -> Timing {
    Timing {
        started_at: "2025-01-01T00:00:00Z".into(),
        duration_s: 0,
    }
}

#[test]
fn loading_any_scenario_text_gives_a_scenario_or_problems() {
    let inputs = prop_oneof![
        1 => text(40),
        4 => mutated(scenario::SHIPPED[0].1),
        2 => mutated(scenario::SHIPPED[1].1),
    ];
    runner(96)
        .run(&inputs, |t| {
            if let Err(e) = scenario::load_str(&t, "p.json") {
                prop_assert!(e.to_string().starts_with("p.json"), "{e}");
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn any_line_can_be_understood() {
    let w = world();
    runner(256)
        .run(&(0..w.lexicons.len(), text(24)), |(i, line)| {
            let _ = w.lexicons[i].1.understand(&line);
            Ok(())
        })
        .unwrap();
}

#[test]
fn any_lines_can_be_played_and_scored() {
    let w = world();
    let lines = prop::collection::vec(text(10), 0..24);
    runner(48)
        .run(
            &(0..w.lexicons.len(), any::<u64>(), lines),
            |(i, seed, lines)| {
                let (lang, lexicon) = &w.lexicons[i];
                let mut call = new_call(&w.scenario, *lang, lexicon, seed);
                for line in &lines {
                    let _ = call.input(line);
                }
                call.abandon();
                let r = result::build(&w.scenario, call.log(), &timing());
                prop_assert!(r.score.total <= 100);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn any_saved_file_is_read_or_refused_for_review() {
    let w = world();
    let base: &'static str = Box::leak(w.result_json.clone().into_boxed_str());
    let inputs = prop_oneof![1 => text(30), 6 => mutated(base)];
    let lib = Library::default();
    runner(128)
        .run(&inputs, |t| {
            match saved::parse(&t, "r.json") {
                Ok(Saved::Result(r)) => {
                    if let Ok(s) = lib.find_id(&r.scenario.id) {
                        let _ = saved::verify(&r, &s, "r.json");
                    }
                }
                Ok(Saved::Journal { .. }) => {}
                Err(e) => prop_assert!(e.to_string().starts_with("r.json"), "{e}"),
            }
            Ok(())
        })
        .unwrap();
}
