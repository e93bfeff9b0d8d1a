//! deskdrill never panics on input: random lines into a call, broken scenario files into the
//! loader. Deterministic: the random input comes from a seeded generator.

use deskdrill::call::{Call, Setup};
use deskdrill::lang::Lang;
use deskdrill::result::{self, Timing};
use deskdrill::scenario;
use deskdrill::understanding::{self, Lexicon};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::sync::Arc;

const PIECES: [&str; 24] = [
    "/",
    "/reset",
    "/lookup",
    "/hold",
    "/resume",
    "/transfer",
    "/end",
    "/hint",
    "/notes",
    "?",
    "{fact:tax_number}",
    "\u{1b}[31m",
    "\0",
    "é",
    "ß",
    "'k",
    "can't",
    "belasting-nummer",
    " ",
    "\t",
    "damn",
    "sorry",
    "🙂",
    "...",
];

fn random_line(rng: &mut ChaCha8Rng) -> String {
    let n = rng.random_range(0..8);
    (0..n)
        .map(|_| PIECES[rng.random_range(0..PIECES.len())])
        .collect::<Vec<_>>()
        .join(if rng.random_range(0..2) == 0 { " " } else { "" })
}

#[test]
fn random_lines_never_break_a_call() {
    // Colour off, so any escape character in the review came from what was typed.
    colored::control::set_override(false);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for (name, text) in scenario::SHIPPED {
        let s = Arc::new(scenario::load_str(text, name).unwrap());
        for lang in Lang::ALL {
            let lexicon = Arc::new(
                Lexicon::compile(
                    &understanding::builtin(lang).unwrap(),
                    &[s.understanding.get(&lang).unwrap()],
                )
                .unwrap(),
            );
            for seed in 0..10 {
                let mut call = Call::new(Setup {
                    scenario: Arc::clone(&s),
                    lexicon: Arc::clone(&lexicon),
                    lang,
                    seed,
                    trainee: "t".into(),
                });
                for _ in 0..40 {
                    let _ = call.input(&random_line(&mut rng));
                }
                call.abandon();
                let r = result::build(
                    &s,
                    call.log(),
                    &Timing {
                        started_at: String::new(),
                        duration_s: 0,
                    },
                );
                assert!(r.score.total <= 100);
                serde_json::to_string(&r).unwrap();
                let shown = deskdrill::report::review(&r, &s.caller.name);
                assert!(
                    !shown.contains('\u{1b}'),
                    "control sequences reach the screen"
                );
            }
        }
    }
}

#[test]
fn broken_scenario_files_give_errors_not_panics() {
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    let (name, text) = scenario::SHIPPED[0];
    let bytes = text.as_bytes();
    for _ in 0..300 {
        let mut broken = bytes.to_vec();
        match rng.random_range(0..3) {
            0 => broken.truncate(rng.random_range(0..bytes.len())),
            1 => {
                let at = rng.random_range(0..broken.len());
                broken[at] = b"{}[]\",:0a \\"[rng.random_range(0..11)];
            }
            _ => {
                let at = rng.random_range(0..broken.len());
                let len = rng.random_range(1..200).min(broken.len() - at);
                broken.drain(at..at + len);
            }
        }
        let text = String::from_utf8_lossy(&broken);
        if let Err(e) = scenario::load_str(&text, name) {
            let message = e.to_string();
            assert!(message.starts_with(name), "{message}");
        }
    }
}
