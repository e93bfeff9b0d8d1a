//! `deskdrill list`: the scenarios available, built in and from the user's folders.

use super::{Common, default_lang, library};
use crate::report;
use anyhow::Result;
use std::io::Write;
use std::process::ExitCode;

pub(super) fn run(common: &Common, json: bool) -> Result<ExitCode> {
    let lang = default_lang(common.lang);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for entry in library(common).entries() {
        match entry.scenario {
            Ok(s) => rows.push((s, entry.origin)),
            Err(e) => problems.push(e.to_string()),
        }
    }
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<serde_json::Value> = rows
            .iter()
            .map(|(s, origin)| {
                serde_json::json!({
                    "id": s.id,
                    "title": s.title.get(lang),
                    "summary": s.summary.get(lang),
                    "difficulty": s.difficulty,
                    "tags": s.tags,
                    "languages": s.languages,
                    "actions": s.actions.keys().collect::<Vec<_>>(),
                    "origin": origin,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?;
    } else {
        for (s, origin) in &rows {
            let langs: Vec<&str> = s.languages.iter().map(|l| l.code()).collect();
            let origin = if origin == "built-in" {
                String::new()
            } else {
                format!("  ({origin})")
            };
            writeln!(
                out,
                "{:<22} {:<9} {:<6} {}{}",
                s.id,
                crate::ui::t(lang, &format!("difficulty.{}", s.difficulty)),
                langs.join(","),
                report::clean(s.title.get(lang)),
                origin
            )?;
        }
    }
    for p in &problems {
        let _ = writeln!(std::io::stderr(), "{p}");
    }
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
