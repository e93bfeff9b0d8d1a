//! Scenario self-tests: scripted calls with the result they must give, run by `deskdrill test`
//! and by the test suite.

use crate::call::{Call, Script, Setup};
use crate::lang::Lang;
use crate::result::{self, Timing};
use crate::scenario::Scenario;
use crate::scenario::model::{Expect, SelfTest};
use crate::trainee::Address;
use crate::understanding::Lexicon;
use std::sync::Arc;

/// How one self-test went.
#[derive(Debug)]
pub struct Outcome {
    pub name: String,
    pub lang: Lang,
    pub failures: Vec<String>,
}

impl Outcome {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

/// Plays a script through the engine and returns the result, as `play --script` would.
pub fn play(
    scenario: &Arc<Scenario>,
    lexicon: Arc<Lexicon>,
    lang: Lang,
    seed: u64,
    lines: &[String],
) -> result::CallResult {
    play_addressed(scenario, lexicon, lang, seed, Address::None, lines)
}

/// [`play`], with the caller addressing the trainee so (`play --address`).
pub fn play_addressed(
    scenario: &Arc<Scenario>,
    lexicon: Arc<Lexicon>,
    lang: Lang,
    seed: u64,
    address: Address,
    lines: &[String],
) -> result::CallResult {
    let setup = Setup {
        scenario: Arc::clone(scenario),
        lexicon,
        lang,
        seed,
        trainee: "trainee".into(),
    };
    let mut call = Call::addressed(setup, address);
    let mut script = Script(lines.iter().cloned());
    let played: std::io::Result<()> = call.play(&mut script, |_, _, _| Ok(()));
    // A script in memory cannot fail to read.
    debug_assert!(played.is_ok());
    result::build(
        scenario,
        call.log(),
        &Timing {
            started_at: String::new(),
            duration_s: 0,
        },
    )
}

/// Runs every self-test of a scenario; `lexicon` gives the compiled lexicon for a language.
pub fn run(scenario: &Arc<Scenario>, lexicon: &dyn Fn(Lang) -> Arc<Lexicon>) -> Vec<Outcome> {
    scenario
        .tests
        .iter()
        .map(|t| run_one(scenario, t, lexicon(t.lang)))
        .collect()
}

fn run_one(scenario: &Arc<Scenario>, test: &SelfTest, lexicon: Arc<Lexicon>) -> Outcome {
    let r = play_addressed(
        scenario,
        lexicon,
        test.lang,
        test.seed,
        test.address,
        &test.script,
    );
    Outcome {
        name: test.name.clone(),
        lang: test.lang,
        failures: check(&test.expect, &r),
    }
}

/// What in a result differs from what a self-test expects.
pub fn check(e: &Expect, r: &result::CallResult) -> Vec<String> {
    let mut failures = Vec::new();
    if let Some(p) = e.passed
        && p != r.passed
    {
        failures.push(format!(
            "expected passed = {p}, got {} (total {})",
            r.passed, r.score.total
        ));
    }
    if let Some(o) = &e.outcome
        && *o != r.outcome
    {
        failures.push(format!("expected outcome '{o}', got '{}'", r.outcome));
    }
    let s = &r.score;
    for (name, range, got) in [
        ("total", e.total, s.total),
        ("verification", e.verification, s.verification),
        ("deescalation", e.deescalation, s.deescalation),
        ("resolution", e.resolution, s.resolution),
        ("professionalism", e.professionalism, s.professionalism),
    ] {
        if let Some([lo, hi]) = range
            && !(lo..=hi).contains(&got)
        {
            failures.push(format!("expected {name} in [{lo}, {hi}], got {got}"));
        }
    }
    if let Some(expected) = &e.critical {
        let got: std::collections::BTreeSet<_> = r.critical.iter().map(|c| c.rule).collect();
        let want: std::collections::BTreeSet<_> = expected.iter().copied().collect();
        if want != got {
            let names = |set: &std::collections::BTreeSet<crate::rules::RuleId>| {
                set.iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            failures.push(format!(
                "expected critical [{}], got [{}]",
                names(&want),
                names(&got)
            ));
        }
    }
    for rule in &e.rules {
        if !r
            .turns
            .iter()
            .any(|t| t.notes.iter().any(|n| n.rule == *rule))
        {
            failures.push(format!("expected a note for rule {rule}"));
        }
    }
    failures
}
