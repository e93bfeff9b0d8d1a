//! `deskdrill review`: the annotated transcript of a saved call, or of the journal a
//! broken-off call left behind.

use super::Common;
use crate::class::commands as class;
use crate::journal;
use crate::report;
use crate::saved;
use anyhow::Result;
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
    let lib = super::library(common);
    let name = path.display().to_string();
    let (result, caller) = match saved::read(path)? {
        saved::Saved::Journal { .. } => {
            let recovered = journal::recover(path, &lib)?;
            let caller = recovered.scenario.caller.name.clone();
            (recovered.result, caller)
        }
        saved::Saved::Result(r) => match lib.find_id(&r.scenario.id) {
            Ok(scenario) => {
                if let Err(e) = saved::verify(&r, &scenario, &name) {
                    let _ = writeln!(io::stderr(), "deskdrill: warning: {e}");
                }
                let caller = scenario.caller.name.clone();
                (*r, caller)
            }
            Err(_) => (*r, "caller".to_string()),
        },
    };
    let mut out = io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        writeln!(out, "{}", report::review(&result, &caller))?;
        write!(out, "{}", class::notes(&result, result.scenario.lang))?;
    }
    Ok(())
}
