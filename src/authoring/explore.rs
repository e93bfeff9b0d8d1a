//! `deskdrill test --explore N`: seeded random calls, and what they reached.
//!
//! A random trainee plays N calls per language through the engine itself (`call::Call`):
//! lines from the [`Pool`] (sometimes two joined, for acts that work together), the common
//! commands and the scenario's actions. Every caller line, reaction and outcome reached is
//! counted; lines and reactions never reached fail the run. Speech that a caller who can hear
//! leaves unanswered is a dead end; calls still going after the turn limit are reported too.
//! Call `i` is played with engine seed `seed + i`, so any example replays with
//! `deskdrill play --seed` and its script.

use super::pool::Pool;
use crate::call::{Call, Event, Setup, Step};
use crate::lang::Lang;
use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::understanding::Lexicon;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How a run of random calls is set up.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub calls: u64,
    pub seed: u64,
    /// Trainee turns after which a call that has not ended counts as not ending.
    pub max_turns: u32,
    /// Threads to play on (at least one).
    pub threads: usize,
}

/// A call worth replaying: its seed and the trainee's lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub seed: u64,
    pub script: Vec<String>,
    /// The line (1-based, in `script`) after which it happened.
    pub at: usize,
}

/// What the random calls in one language reached.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    pub lang: Lang,
    pub calls: u64,
    pub turns: u64,
    /// Times each caller line was said, every line of the scenario listed.
    pub lines: BTreeMap<String, u64>,
    /// Times each reaction fired, every reaction listed.
    pub reactions: BTreeMap<String, u64>,
    pub outcomes: BTreeMap<Outcome, u64>,
    /// Calls with a turn the caller heard and did not answer; the first such call.
    pub dead_ends: u64,
    pub dead_end: Option<Example>,
    /// Calls still going after the turn limit; the first such call.
    pub unended: u64,
    pub unended_example: Option<Example>,
}

impl Coverage {
    fn empty(scenario: &Scenario, lang: Lang) -> Coverage {
        Coverage {
            lang,
            lines: scenario
                .caller
                .lines
                .keys()
                .map(|k| (k.clone(), 0))
                .collect(),
            reactions: scenario
                .caller
                .reactions
                .iter()
                .map(|r| (r.id.clone(), 0))
                .collect(),
            ..Coverage::default()
        }
    }

    /// Adds another part of the same run (a later range of calls).
    fn merge(&mut self, other: Coverage) {
        self.calls += other.calls;
        self.turns += other.turns;
        for (k, v) in other.lines {
            *self.lines.entry(k).or_default() += v;
        }
        for (k, v) in other.reactions {
            *self.reactions.entry(k).or_default() += v;
        }
        for (k, v) in other.outcomes {
            *self.outcomes.entry(k).or_default() += v;
        }
        self.dead_ends += other.dead_ends;
        self.unended += other.unended;
        self.dead_end = self.dead_end.take().or(other.dead_end);
        self.unended_example = self.unended_example.take().or(other.unended_example);
    }

    pub fn lines_missed(&self) -> Vec<&str> {
        missed(&self.lines)
    }

    pub fn reactions_missed(&self) -> Vec<&str> {
        missed(&self.reactions)
    }

    /// Whether everything was reached.
    pub fn complete(&self) -> bool {
        self.lines_missed().is_empty() && self.reactions_missed().is_empty()
    }
}

fn missed(counts: &BTreeMap<String, u64>) -> Vec<&str> {
    counts
        .iter()
        .filter(|(_, n)| **n == 0)
        .map(|(k, _)| k.as_str())
        .collect()
}

/// What the random trainee can do besides talking.
struct Moves {
    actions: Vec<String>,
    transfer: Vec<String>,
    queries: Vec<String>,
    /// Words of the scenario's topics, so `mentioned(…)` conditions can hold.
    topics: Vec<String>,
}

impl Moves {
    fn new(scenario: &Scenario, lang: Lang) -> Moves {
        let transfer = if scenario.judgement.transfer_targets.is_empty() {
            vec!["supervisor".to_string()]
        } else {
            scenario
                .judgement
                .transfer_targets
                .keys()
                .cloned()
                .collect()
        };
        // Words of the records' titles, so /lookup QUERY finds records besides the case's.
        let mut queries: Vec<String> = scenario
            .records
            .iter()
            .flat_map(|r| {
                r.title
                    .get(lang)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 4)
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .collect();
        queries.sort();
        queries.dedup();
        let topics = scenario
            .judgement
            .topics
            .values()
            .filter_map(|words| words.get(&lang))
            .flatten()
            .cloned()
            .collect();
        Moves {
            actions: scenario.actions.keys().cloned().collect(),
            transfer,
            queries,
            topics,
        }
    }
}

/// Plays `plan.calls` random calls in one language and counts what they reached.
pub fn explore(
    scenario: &Arc<Scenario>,
    lexicon: &Arc<Lexicon>,
    lang: Lang,
    pool: &Pool,
    plan: Plan,
) -> Coverage {
    let threads = plan.threads.max(1) as u64;
    let per = plan.calls.div_ceil(threads);
    let moves = Moves::new(scenario, lang);
    let mut total = Coverage::empty(scenario, lang);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (from, to) = (t * per, ((t + 1) * per).min(plan.calls));
                let moves = &moves;
                s.spawn(move || {
                    let mut part = Coverage::empty(scenario, lang);
                    for i in from..to {
                        let seed = plan.seed.wrapping_add(i);
                        one_call(scenario, lexicon, lang, pool, moves, seed, plan, &mut part);
                    }
                    part
                })
            })
            .collect();
        // Joined in order, so the examples are the first calls: the same whatever the threads.
        for h in handles {
            if let Ok(part) = h.join() {
                total.merge(part);
            }
        }
    });
    total
}

/// The trainee's next line.
fn next_line(rng: &mut ChaCha8Rng, call: &Call, pool: &Pool, moves: &Moves) -> String {
    let state = call.state();
    if state.on_hold && rng.random_bool(0.5) {
        return "/resume".into();
    }
    let r: f64 = rng.random();
    let pick =
        |rng: &mut ChaCha8Rng, list: &[String]| list[rng.random_range(0..list.len())].clone();
    if r < 0.03 {
        return "/end".into();
    }
    if r < 0.05 {
        return format!("/transfer {}", pick(rng, &moves.transfer));
    }
    if r < 0.13 {
        if !moves.queries.is_empty() && rng.random_bool(0.3) {
            return format!("/lookup {}", pick(rng, &moves.queries));
        }
        return "/lookup".into();
    }
    if r < 0.19 && !moves.actions.is_empty() {
        return format!("/{}", pick(rng, &moves.actions));
    }
    if r < 0.21 && !state.on_hold {
        return "/hold".into();
    }
    if !pool.pairs.is_empty() && rng.random_bool(0.2) {
        return pool.pairs[rng.random_range(0..pool.pairs.len())].clone();
    }
    if !moves.topics.is_empty() && rng.random_bool(0.15) {
        return format!("{} {}.", pool.line(rng), pick(rng, &moves.topics));
    }
    pool.line(rng)
}

#[allow(clippy::too_many_arguments)]
fn one_call(
    scenario: &Arc<Scenario>,
    lexicon: &Arc<Lexicon>,
    lang: Lang,
    pool: &Pool,
    moves: &Moves,
    seed: u64,
    plan: Plan,
    cov: &mut Coverage,
) {
    let mut call = Call::new(Setup {
        scenario: Arc::clone(scenario),
        lexicon: Arc::clone(lexicon),
        lang,
        seed,
        trainee: "Sam".into(),
    });
    // The trainee's choices have their own generator, so they never shift the caller's.
    let mut rng = ChaCha8Rng::seed_from_u64(seed.rotate_left(17) ^ 0x5eed_da7a ^ lang as u64);
    let mut script: Vec<String> = Vec::new();
    let mut dead_end = false;
    let mut turns = 0;
    // Lines that are not turns (a rejected command) are bounded too.
    while !call.is_over() && turns < plan.max_turns && script.len() < 4 * plan.max_turns as usize {
        let line = next_line(&mut rng, &call, pool, moves);
        // Only speech the caller hears and leaves unanswered is a dead end: silence while the
        // trainee looks something up or acts is natural.
        let heard = !call.state().on_hold && !line.starts_with('/');
        let step = call.input(&line);
        script.push(line);
        let Step::Events(events) = step else {
            continue;
        };
        turns += 1;
        let mut answered = false;
        for e in &events {
            match e {
                Event::Caller { said, .. } => {
                    answered = true;
                    for s in said {
                        *cov.lines.entry(s.line.clone()).or_default() += 1;
                    }
                }
                Event::Reaction { id, .. } => {
                    *cov.reactions.entry(id.clone()).or_default() += 1;
                }
                _ => {}
            }
        }
        if heard && !answered && !call.is_over() && !call.state().on_hold && !dead_end {
            dead_end = true;
            cov.dead_ends += 1;
            if cov.dead_end.is_none() {
                cov.dead_end = Some(Example {
                    seed,
                    script: script.clone(),
                    at: script.len(),
                });
            }
        }
    }
    cov.calls += 1;
    cov.turns += u64::from(turns);
    match call.state().outcome {
        Some(o) => *cov.outcomes.entry(o).or_default() += 1,
        None => {
            cov.unended += 1;
            if cov.unended_example.is_none() {
                cov.unended_example = Some(Example {
                    seed,
                    at: script.len(),
                    script,
                });
            }
        }
    }
}
