//! `deskdrill review`: the annotated transcript of a saved call, or of the journal a
//! broken-off call left behind.

use super::{Common, compile_lexicon};
use crate::call::event::Speaker;
use crate::class::commands as class;
use crate::journal;
use crate::report;
use crate::result::CallResult;
use crate::saved;
use crate::scenario::Scenario;
use crate::understanding::{self, LabelledLine};
use anyhow::{Context, Result, anyhow, bail};
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

/// Reviews each file named (or found in the folders named), one after another.
pub(super) fn run(args: &class::ReviewArgs, common: &Common) -> Result<ExitCode> {
    let lang = super::default_lang(common.lang);
    let files = class::review_files(args, lang)?;
    let many = files.len() > 1;
    let mut out = io::stdout().lock();
    if args.json && many {
        writeln!(out, "[")?;
    }
    for (i, f) in files.iter().enumerate() {
        if i > 0 {
            writeln!(
                out,
                "{}",
                if args.json {
                    ","
                } else {
                    "\n────────\n"
                }
            )?;
        }
        one(f, common, args)?;
    }
    if args.json && many {
        writeln!(out, "]")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn one(path: &Path, common: &Common, args: &class::ReviewArgs) -> Result<()> {
    let lib = super::library(common);
    let name = path.display().to_string();
    let (result, scenario) = match saved::read(path)? {
        saved::Saved::Journal { .. } => {
            let recovered = journal::recover(path, &lib)?;
            (recovered.result, Some(recovered.scenario))
        }
        saved::Saved::Result(r) => match lib.find_id(&r.scenario.id) {
            Ok(scenario) => {
                if let Err(e) = saved::verify(&r, &scenario, &name) {
                    let _ = writeln!(io::stderr(), "deskdrill: warning: {e}");
                }
                (*r, Some(scenario))
            }
            Err(_) => (*r, None),
        },
    };
    let caller = scenario
        .as_ref()
        .map_or_else(|| "caller".to_string(), |s| s.caller.name.clone());
    if args.explain.is_some() || args.label.is_some() {
        return turn(&result, scenario.as_ref(), common, args);
    }
    let json = args.json;
    let mut out = io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        writeln!(out, "{}", report::review(&result, &caller))?;
        write!(out, "{}", class::notes(&result, result.scenario.lang))?;
    }
    Ok(())
}

/// The trainee's words at turn `n`.
fn trainee_turn(result: &CallResult, n: u32) -> Result<&str> {
    result
        .turns
        .iter()
        .find(|t| t.n == n && t.speaker == Speaker::Trainee)
        .map(|t| t.text.as_str())
        .ok_or_else(|| anyhow!("turn {n} is not a turn of the trainee in this call"))
}

/// `--explain N` and `--label N --acts …`: one trainee turn, explained or written out as a
/// labelled line the trainer can add to a labels file.
fn turn(
    result: &CallResult,
    scenario: Option<&Scenario>,
    common: &Common,
    args: &class::ReviewArgs,
) -> Result<()> {
    let lang = result.scenario.lang;
    let mut out = io::stdout().lock();
    if let Some(n) = args.explain {
        let text = trainee_turn(result, n)?;
        let user = class::set(common.scenarios.clone());
        let lexicon = compile_lexicon(lang, scenario, user.as_deref())?;
        let why = lexicon.explain(text);
        if args.json {
            let v = serde_json::json!({"turn": n, "text": text, "acts": why.acts, "explain": why.to_json()});
            writeln!(out, "{}", serde_json::to_string(&v)?)?;
        } else {
            writeln!(out, "turn {n}: {}", report::clean(text))?;
            write!(out, "{}", report::clean(&why.render()))?;
        }
    }
    if let Some(n) = args.label {
        let text = trainee_turn(result, n)?;
        let line = labelled_line(lang, text, args.acts.as_deref().unwrap_or("-"))?;
        let json = serde_json::to_string(&line)?;
        match &args.to {
            Some(file) => {
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(file)
                    .with_context(|| format!("cannot write to {}", file.display()))?;
                writeln!(f, "{json}")?;
                writeln!(
                    io::stderr(),
                    "deskdrill: turn {n} added to {} as: {}",
                    file.display(),
                    if line.acts.is_empty() {
                        "-".to_string()
                    } else {
                        line.acts.join(" ")
                    }
                )?;
            }
            None => writeln!(out, "{json}")?,
        }
    }
    Ok(())
}

/// A labelled line for `text` with the acts a trainer gave (comma- or space-separated; "-"
/// for none), each checked to be an act deskdrill knows.
pub(super) fn labelled_line(
    lang: crate::lang::Lang,
    text: &str,
    acts: &str,
) -> Result<LabelledLine> {
    let acts: Vec<String> = acts
        .split([',', ' '])
        .map(str::trim)
        .filter(|a| !a.is_empty() && *a != "-")
        .map(str::to_string)
        .collect();
    for label in &acts {
        understanding::check_label(label).map_err(|e| anyhow!("--acts: {e}"))?;
    }
    if text.trim().is_empty() {
        bail!("the turn has no words to label");
    }
    Ok(LabelledLine {
        lang: Some(lang),
        text: text.to_string(),
        acts,
        not: Vec::new(),
        source: String::new(),
    })
}
