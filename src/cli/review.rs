//! `deskdrill review`: the annotated transcript of a saved call, or of the journal a
//! broken-off call left behind.

use super::Common;
use crate::class::commands as class;
use crate::journal;
use crate::report;
use crate::result::{self, CallResult};
use crate::scenario::Library;
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
        one(f, common, args.json)?;
    }
    if args.json && many {
        writeln!(out, "]")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn one(path: &Path, common: &Common, json: bool) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the file", path.display()))?;
    let lib = super::library(common);
    let (result, caller) = if journal::is_journal(&text) {
        let recovered = journal::recover(path, &lib)?;
        let caller = recovered.scenario.caller.name.clone();
        (recovered.result, caller)
    } else {
        let r = read_result(path, &text)?;
        (r.clone(), caller_name(&lib, &r))
    };
    let mut out = io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        write!(out, "{}", report::review(&result, &caller))?;
        write!(out, "{}", class::notes(&result, result.scenario.lang))?;
    }
    Ok(())
}

fn read_result(path: &Path, text: &str) -> Result<CallResult> {
    let r: CallResult = serde_json::from_str(text).map_err(|e| {
        anyhow!(
            "{}:{}:{}: not a deskdrill result: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    if r.format != result::FORMAT {
        bail!(
            "{}: not a deskdrill result (format '{}', expected '{}')",
            path.display(),
            report::clean(&r.format),
            result::FORMAT
        );
    }
    Ok(r)
}

/// The caller's name, from the scenario when the library has it (by id only).
fn caller_name(lib: &Library, r: &CallResult) -> String {
    lib.find_id(&r.scenario.id)
        .map(|s| s.caller.name.clone())
        .unwrap_or_else(|_| "caller".into())
}
