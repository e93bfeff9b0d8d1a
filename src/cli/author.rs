//! For scenario authors: `deskdrill new`, `deskdrill schema`, `deskdrill graph` and
//! `deskdrill test --explore`.

use super::{Common, compile_lexicon, lexicon_file};
use crate::authoring::explore::{self, Coverage, Plan};
use crate::authoring::{self, graph, pool::Pool};
use crate::lang::Lang;
use crate::sanitize::clean;
use crate::scenario::{self, Scenario};
use anyhow::{Context, Result, anyhow};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

/// `deskdrill new ID`: writes DIR/ID.json, never over an existing file.
pub(super) fn new(id: &str, dir: &Path) -> Result<ExitCode> {
    let text = authoring::skeleton(id).map_err(|e| anyhow!(e))?;
    let path = dir.join(format!("{id}.json"));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| {
            format!(
                "{}: cannot write the new scenario (does it exist already?)",
                path.display()
            )
        })?;
    file.write_all(text.as_bytes())
        .with_context(|| format!("{}: cannot write the new scenario", path.display()))?;
    let shown = path.display().to_string();
    let p = clean(&shown);
    println!("wrote {p}: a complete scenario to change into your own. Next:");
    println!("  deskdrill validate {p}");
    println!("  deskdrill test {p}");
    println!("  deskdrill test --explore 1000 {p}");
    println!("  deskdrill play {p}");
    println!("The guide for every field: docs/scenario-format.md");
    Ok(ExitCode::SUCCESS)
}

/// `deskdrill schema`: the JSON Schema of the scenario format.
pub(super) fn schema() -> Result<ExitCode> {
    let text = serde_json::to_string_pretty(scenario::shape::schema())?;
    writeln!(io::stdout().lock(), "{text}")?;
    Ok(ExitCode::SUCCESS)
}

/// `deskdrill graph SCENARIO`: DOT, or Mermaid with `--mermaid`.
pub(super) fn graph(name: &str, mermaid: bool, common: &Common) -> Result<ExitCode> {
    let s = super::library(common).find(name)?;
    let text = if mermaid {
        graph::mermaid(&s)
    } else {
        graph::dot(&s)
    };
    write!(io::stdout().lock(), "{text}")?;
    Ok(ExitCode::SUCCESS)
}

/// The options of `test --explore`.
pub(super) struct ExploreArgs {
    pub calls: u64,
    pub seed: u64,
    pub max_turns: u32,
    pub langs: Option<Lang>,
}

/// `deskdrill test --explore N`: N random calls per scenario and language; fails when a
/// line or reaction was never reached.
pub(super) fn explore(scenarios: Vec<Scenario>, args: &ExploreArgs) -> Result<ExitCode> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut out = io::stdout().lock();
    let (mut complete, mut incomplete) = (0, 0);
    for s in scenarios {
        let s = Arc::new(s);
        let mut ok = true;
        for lang in s.languages.clone() {
            if args.langs.is_some_and(|l| l != lang) {
                continue;
            }
            let lexicon = Arc::new(compile_lexicon(lang, Some(&s), None)?.memoised());
            let pool = Pool::new(&s, lang, &lexicon_file(lang)?.facts);
            let plan = Plan {
                calls: args.calls,
                seed: args.seed,
                max_turns: args.max_turns,
                threads,
            };
            let started = Instant::now();
            let cov = explore::explore(&s, &lexicon, lang, &pool, plan);
            let secs = started.elapsed().as_secs_f64();
            ok &= cov.complete();
            write!(out, "{}", coverage_report(&s, &cov, secs, plan))?;
        }
        if ok {
            complete += 1;
        } else {
            incomplete += 1;
        }
    }
    writeln!(
        out,
        "{complete} scenarios fully reached, {incomplete} with lines or reactions never reached"
    )?;
    Ok(if incomplete == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| clean(n))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a run of random calls reached, for the author.
pub fn coverage_report(s: &Scenario, cov: &Coverage, secs: f64, plan: Plan) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let verdict = if cov.complete() { "ok  " } else { "FAIL" };
    let _ = writeln!(
        out,
        "{verdict}  {} [{}]: {} calls, {} turns in {secs:.2} s",
        clean(&s.id),
        cov.lang,
        cov.calls,
        cov.turns
    );
    let said = cov.lines.values().filter(|n| **n > 0).count();
    let _ = write!(out, "      lines      {said}/{} said", cov.lines.len());
    let missed = cov.lines_missed();
    if !missed.is_empty() {
        let _ = write!(out, "; never: {}", list(&missed));
    }
    let fired = cov.reactions.values().filter(|n| **n > 0).count();
    let _ = write!(
        out,
        "\n      reactions  {fired}/{} fired",
        cov.reactions.len()
    );
    let missed = cov.reactions_missed();
    if !missed.is_empty() {
        let _ = write!(out, "; never: {}", list(&missed));
    }
    let outcomes: Vec<String> = cov
        .outcomes
        .iter()
        .map(|(o, n)| {
            let mark = if s.outcomes.right.contains(o) {
                " (right)"
            } else if s.outcomes.wrong.contains(o) {
                " (wrong)"
            } else {
                ""
            };
            format!("{o}{mark} {n}")
        })
        .collect();
    let _ = writeln!(out, "\n      outcomes   {}", outcomes.join(", "));
    for right in &s.outcomes.right {
        if !cov.outcomes.contains_key(right) {
            let _ = writeln!(
                out,
                "      warning: no random call ended '{right}', a right outcome"
            );
        }
    }
    if cov.unended > 0 {
        let _ = writeln!(
            out,
            "      unended    {} calls still going after {} turns",
            cov.unended, plan.max_turns
        );
    }
    if let Some(ex) = &cov.dead_end {
        let _ = writeln!(
            out,
            "      dead ends  {} calls where the caller heard the trainee and said nothing; the first (seed {}, after line {}):",
            cov.dead_ends, ex.seed, ex.at
        );
        let _ = writeln!(
            out,
            "        replay: deskdrill play {} --lang {} --seed {} --script FILE, with these lines:",
            clean(&s.id),
            cov.lang,
            ex.seed
        );
        for line in &ex.script[..ex.at] {
            let _ = writeln!(out, "          {}", clean(line));
        }
    }
    out
}

/// Scenarios for `test`: the files named, or every shipped one; with the number that did not
/// load (each reported on stderr).
pub(super) fn load_for_test(paths: &[PathBuf]) -> Result<(Vec<Scenario>, usize)> {
    let mut scenarios = Vec::new();
    let mut broken = 0;
    let mut keep = |r: Result<Scenario, scenario::LoadError>| match r {
        Ok(s) => scenarios.push(s),
        Err(e) => {
            broken += 1;
            eprintln!("{e}");
        }
    };
    if paths.is_empty() {
        for (name, text) in scenario::SHIPPED {
            keep(scenario::load_str(text, &format!("built-in:{name}")));
        }
    } else {
        for f in super::scenarios::scenario_files(paths)? {
            keep(scenario::load_file(&f));
        }
    }
    Ok((scenarios, broken))
}
