//! For scenario authors: `deskdrill validate` and `deskdrill test`.

use super::compile_lexicon;
use crate::authoring::lint::{self, Severity};
use crate::fsio;
use crate::lang::Lang;
use crate::scenario;
use crate::selftest;
use crate::understanding::Lexicon;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Scenario files named directly, or every `*.json` in named folders.
pub(super) fn scenario_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot read the folder", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|e| e == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

/// Loads a file and lints it: the scenario and its lints, or why it did not load.
fn load_and_lint(
    f: &std::path::Path,
) -> Result<(scenario::Scenario, Vec<lint::Lint>), scenario::LoadError> {
    let text = fsio::read_text(fsio::Input::Path(f), scenario::MAX_FILE_BYTES)?;
    let source = f.display().to_string();
    let s = scenario::load_str(&text, &source)?;
    let lints = lint::lint(&s, &text, &source);
    Ok((s, lints))
}

/// `validate`: every problem of every file; lints too, warnings failing only with `strict`.
pub(super) fn validate(paths: &[PathBuf], strict: bool) -> Result<ExitCode> {
    let mut bad = 0;
    let files = scenario_files(paths)?;
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    if files.is_empty() {
        // Checking nothing must not look like a pass.
        let named: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        writeln!(
            err,
            "{}: no scenario files (*.json) to check",
            crate::sanitize::clean(&named.join(", "))
        )?;
        return Ok(ExitCode::from(1));
    }
    for f in &files {
        match load_and_lint(f) {
            Ok((s, lints)) => {
                for l in &lints {
                    eprintln!("{l}");
                }
                let failing = lints
                    .iter()
                    .filter(|l| strict || l.severity == Severity::Error)
                    .count();
                if failing > 0 {
                    bad += 1;
                    continue;
                }
                // Each pattern was checked on its own; they must also compile together with
                // each language's lexicon.
                // A broken lexicon is the lexicon's fault, not the scenario's.
                for lang in &s.languages {
                    compile_lexicon(*lang, None, None)?;
                }
                let together: Result<Vec<_>> = s
                    .languages
                    .iter()
                    .map(|l| compile_lexicon(*l, Some(&s), None))
                    .collect();
                match together {
                    Ok(_) => {
                        let warnings = if lints.is_empty() {
                            String::new()
                        } else {
                            format!(", {} warnings", lints.len())
                        };
                        writeln!(
                            out,
                            "{}: ok ({}, {} self-tests{warnings})",
                            f.display(),
                            s.id,
                            s.tests.len()
                        )?
                    }
                    Err(e) => {
                        bad += 1;
                        writeln!(
                            err,
                            "{}:1:1: the scenario's patterns do not compile with the lexicon: {e:#}",
                            f.display()
                        )?;
                    }
                }
            }
            Err(e) => {
                bad += 1;
                writeln!(
                    err,
                    "{}",
                    not_a_scenario(f).unwrap_or_else(|| e.to_string())
                )?;
            }
        }
    }
    if bad > 0 {
        writeln!(err, "{bad} of {} scenario files have problems", files.len())?;
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// For a file that is not a scenario but something else deskdrill writes (a result, a
/// journal), what it is and what to do with it: clearer than the first unknown field.
fn not_a_scenario(path: &std::path::Path) -> Option<String> {
    let what = match crate::saved::read(path).ok()? {
        crate::saved::Saved::Result(_) => "the result of a call",
        crate::saved::Saved::Journal { .. } => "the journal of a call",
    };
    Some(format!(
        "{0}: this is {what}, not a scenario; 'deskdrill review {0}' shows it",
        crate::sanitize::clean(&path.display().to_string())
    ))
}

/// `test`: every self-test of every scenario; a scenario without any fails.
pub(super) fn self_test(scenarios: Vec<scenario::Scenario>, broken: usize) -> Result<ExitCode> {
    let (mut passed, mut failed) = (0, broken);
    let mut out = io::stdout().lock();
    for s in scenarios {
        if s.tests.is_empty() {
            failed += 1;
            writeln!(
                out,
                "FAIL  {}: no self-tests; add scripted calls with the result they must give under \"tests\" (docs/scenario-format.md, \"tests\")",
                crate::sanitize::clean(&s.id)
            )?;
            continue;
        }
        let s = Arc::new(s);
        let mut cache: HashMap<Lang, Arc<Lexicon>> = HashMap::new();
        let mut lex_error = None;
        for lang in &s.languages {
            match compile_lexicon(*lang, Some(&s), None) {
                Ok(l) => {
                    cache.insert(*lang, Arc::new(l));
                }
                Err(e) => lex_error = Some(e),
            }
        }
        if let Some(e) = lex_error {
            return Err(e);
        }
        let lexicon = |l: Lang| Arc::clone(&cache[&l]);
        for o in selftest::run(&s, &lexicon) {
            if o.passed() {
                passed += 1;
                writeln!(out, "ok    {} [{}] {}", s.id, o.lang, o.name)?;
            } else {
                failed += 1;
                writeln!(out, "FAIL  {} [{}] {}", s.id, o.lang, o.name)?;
                for f in &o.failures {
                    writeln!(out, "        {f}")?;
                }
            }
        }
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
