//! What a random trainee can say: lines grouped by the act they carry, per language.
//!
//! The lines come from the labelled corpus that measures understanding (`tests/corpus`, built
//! into the binary), plus questions for each of the scenario's facts made from the synonyms the
//! lexicon and the scenario know. What the engine hears in them is still up to the lexicon:
//! the group only makes the explorer try every kind of act.

use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::scenario::condition::{Cond, Pred};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Deserialize;
use std::collections::BTreeMap;

const CORPUS_EN: &str = include_str!("../../tests/corpus/en.jsonl");
const CORPUS_NL: &str = include_str!("../../tests/corpus/nl.jsonl");

/// How the explorer asks for a fact, by language; `{}` is a name of the fact.
const ASK_EN: [&str; 3] = [
    "Could I have your {} please?",
    "What is your {}?",
    "To check it's you, I need your {}.",
];
const ASK_NL: [&str; 3] = [
    "Mag ik uw {} alstublieft?",
    "Wat is je {}?",
    "Om te controleren of u het bent, heb ik uw {} nodig.",
];

#[derive(Deserialize)]
struct Labelled {
    text: String,
    #[serde(default)]
    acts: Vec<String>,
}

/// Lines that carry one kind of act, and how often the explorer picks the group.
#[derive(Debug, Clone)]
pub struct Group {
    pub label: String,
    pub weight: u32,
    pub lines: Vec<String>,
}

/// Every group of lines for one scenario and language.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    pub groups: Vec<Group>,
    /// Lines of two groups joined ("I'm sorry. I can't do that, because …"), for acts that
    /// work together. A fixed set: the matcher's lazy automaton then warms up once, where
    /// pairs drawn afresh each time cost it new states on every call.
    pub pairs: Vec<String>,
}

/// How many joined lines a pool has (at least).
const PAIRS: usize = 200;
/// The most corpus lines a group keeps.
const PER_GROUP: usize = 16;
/// How many joined lines for each set of acts a condition tests together.
const COMBINED: usize = 8;

impl Pool {
    /// The pool for a scenario in a language. `fact_names` are the lexicon's names of the
    /// built-in facts (`LexiconFile::facts`), which may be patterns: only plain ones are used.
    pub fn new(
        scenario: &Scenario,
        lang: Lang,
        fact_names: &BTreeMap<String, Vec<String>>,
    ) -> Pool {
        let corpus = match lang {
            Lang::En => CORPUS_EN,
            Lang::Nl => CORPUS_NL,
        };
        let mut by_act: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
            let Ok(l) = serde_json::from_str::<Labelled>(line) else {
                continue;
            };
            // One group per act the line carries: a line with two acts is tried for both.
            let labels: Vec<String> = if l.acts.is_empty() {
                vec!["other".into()]
            } else {
                l.acts
                    .iter()
                    .map(|a| a.split(':').next().unwrap_or(a).to_string())
                    .collect()
            };
            for label in labels {
                by_act.entry(label).or_default().push(l.text.clone());
            }
        }
        let mut groups: Vec<Group> = by_act
            .into_iter()
            .map(|(label, mut lines)| {
                lines.dedup();
                // Evenly spread over the corpus: a few hundred inputs in all keep the
                // matcher's lazy automaton warm (see PAIRS).
                if lines.len() > PER_GROUP {
                    let step = lines.len() as f64 / PER_GROUP as f64;
                    lines = (0..PER_GROUP)
                        .map(|i| lines[(i as f64 * step) as usize].clone())
                        .collect();
                }
                Group {
                    label,
                    weight: 2,
                    lines,
                }
            })
            .collect();
        let required = scenario.required_facts();
        let templates = match lang {
            Lang::En => ASK_EN,
            Lang::Nl => ASK_NL,
        };
        for fact in scenario.facts.keys() {
            let names = fact_synonyms(scenario, lang, fact, fact_names);
            if names.is_empty() {
                continue;
            }
            let lines = names
                .iter()
                .flat_map(|n| templates.iter().map(move |t| t.replace("{}", n)))
                .collect();
            groups.push(Group {
                label: format!("ask_identity:{fact}"),
                weight: if required.contains(fact) { 6 } else { 2 },
                lines,
            });
        }
        let reads = match lang {
            Lang::En => "I see {} here, is that right?",
            Lang::Nl => "Ik zie hier {} staan, klopt dat?",
        };
        for (id, fact) in scenario.facts.iter().filter(|(_, f)| !f.public) {
            // Reading a record's value out to the caller: what `leaked(FACT)` reacts to.
            let lines: Vec<String> = fact
                .value
                .iter()
                .chain(fact.pool.iter())
                .map(|v| reads.replace("{}", v))
                .collect();
            if !lines.is_empty() {
                groups.push(Group {
                    label: format!("read_out:{id}"),
                    weight: 1,
                    lines,
                });
            }
        }
        groups.retain(|g| !g.lines.is_empty());
        let mut pool = Pool {
            groups,
            pairs: Vec::new(),
        };
        let mut rng = ChaCha8Rng::seed_from_u64(PAIRS as u64);
        // Acts that conditions test together in one turn, each in its own line, joined.
        for together in acts_together(scenario) {
            for _ in 0..COMBINED {
                let parts: Option<Vec<String>> =
                    together.iter().map(|a| pool.line_of(a, &mut rng)).collect();
                if let Some(parts) = parts {
                    pool.pairs.push(parts.join(" "));
                }
            }
        }
        while pool.pairs.len() < PAIRS {
            let (a, b) = (pool.line(&mut rng), pool.line(&mut rng));
            pool.pairs.push(format!("{a} {b}"));
        }
        pool
    }

    /// A line of the group for an act label (`empathy`, `ask_identity:tax_number`).
    fn line_of(&self, label: &str, rng: &mut ChaCha8Rng) -> Option<String> {
        let g = self.groups.iter().find(|g| g.label == label).or_else(|| {
            let act = label.split(':').next().unwrap_or(label);
            self.groups.iter().find(|g| g.label == act)
        })?;
        Some(g.lines[rng.random_range(0..g.lines.len())].clone())
    }

    /// A line from a group drawn by weight.
    pub fn line(&self, rng: &mut ChaCha8Rng) -> String {
        let total = self.total_weight();
        let mut at = if total == 0 {
            0
        } else {
            rng.random_range(0..total)
        };
        for g in &self.groups {
            if at < g.weight {
                return g.lines[rng.random_range(0..g.lines.len())].clone();
            }
            at -= g.weight;
        }
        "Hello.".into()
    }

    pub fn total_weight(&self) -> u32 {
        self.groups.iter().map(|g| g.weight).sum()
    }
}

/// The sets of acts that some condition needs in the same turn: `act(A) and act(B)`.
fn acts_together(scenario: &Scenario) -> Vec<Vec<String>> {
    fn walk(c: &Cond, out: &mut Vec<Vec<String>>) {
        match c {
            Cond::And(cs) => {
                let acts: Vec<String> = cs
                    .iter()
                    .filter_map(|c| match c {
                        Cond::Pred(Pred::Act(a)) => Some(a.clone()),
                        _ => None,
                    })
                    .collect();
                if acts.len() > 1 && !out.contains(&acts) {
                    out.push(acts);
                }
                cs.iter().for_each(|c| walk(c, out));
            }
            Cond::Or(cs) => cs.iter().for_each(|c| walk(c, out)),
            Cond::Not(c) => walk(c, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let c = &scenario.caller;
    for cond in c
        .reactions
        .iter()
        .map(|r| &r.when)
        .chain(c.mood_rules.iter().map(|m| &m.when))
    {
        walk(cond, &mut out);
    }
    out
}

/// Plain names of a fact in a language: the scenario's own synonyms, else the lexicon's.
fn fact_synonyms(
    scenario: &Scenario,
    lang: Lang,
    fact: &str,
    fact_names: &BTreeMap<String, Vec<String>>,
) -> Vec<String> {
    let own = scenario
        .understanding
        .get(&lang)
        .and_then(|ext| ext.facts.get(fact));
    own.or_else(|| fact_names.get(fact))
        .map(|names| {
            names
                .iter()
                .filter(|n| {
                    !n.is_empty()
                        && n.chars()
                            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\''))
                })
                .take(4)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}
