//! The call as it happens: what the trainee sees after each step, and `/status`.

use super::{clean, meter, mood_word};
use crate::call::{CallState, Event, Missing, Rejection, Step};
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::ui::{fmt, t};
use crate::words;
use colored::Colorize;
use std::collections::BTreeMap;
use std::fmt::Write;

fn mood_cue(lang: Lang, mood: &BTreeMap<String, i64>) -> String {
    // The strongest feeling is the one a listener hears.
    let (dim, v) = mood
        .iter()
        .max_by_key(|(_, v)| **v)
        .map(|(d, v)| (d.as_str(), *v))
        .unwrap_or(("anger", 0));
    let word = mood_word(lang, dim, v);
    match v {
        0..=39 => word.green().to_string(),
        40..=69 => word.yellow().to_string(),
        _ => word.red().to_string(),
    }
}

/// What the trainee sees after each step of the call: `state` is the call after the step.
pub fn events(s: &Scenario, state: &CallState, events: &[Event]) -> String {
    let lang = state.lang;
    let mut out = String::new();
    let mood = events.iter().rev().find_map(|e| match e {
        Event::Mood { mood, .. } => Some(mood.clone()),
        _ => None,
    });
    for e in events {
        match e {
            Event::Caller { said, .. } => {
                let cue = mood
                    .as_ref()
                    .map(|m| format!(" ({})", mood_cue(lang, m)))
                    .unwrap_or_default();
                let _ = writeln!(
                    out,
                    "{}{}: {}",
                    clean(&s.caller.name).bold().magenta(),
                    cue,
                    clean(&words::caller_said(s, state, said))
                );
            }
            Event::System { shown, .. } => {
                for line in clean(&words::shown(s, state, shown)).lines() {
                    let _ = writeln!(out, "  {}", line.dimmed());
                }
            }
            Event::Speech(speech) if !speech.heard => {
                let _ = writeln!(out, "  {}", t(lang, "hold.not_heard").dimmed());
            }
            Event::Hint { hint, step, .. } => {
                let _ = writeln!(
                    out,
                    "{} {}",
                    t(lang, "hint.label").yellow().bold(),
                    clean(&words::hint(s, lang, *hint, step.as_ref()))
                );
            }
            Event::Note { .. } => {
                let _ = writeln!(out, "  {}", t(lang, "notes.saved").dimmed());
            }
            Event::Ended { outcome } => {
                let _ = writeln!(
                    out,
                    "\n{}",
                    fmt(
                        lang,
                        "call.ended",
                        &[("outcome", &words::outcome_name(lang, *outcome))]
                    )
                    .bold()
                );
            }
            Event::Unplayed { lines } => {
                let said = match lines {
                    1 => t(lang, "call.unplayed_one").to_string(),
                    n => fmt(lang, "call.unplayed", &[("count", &n.to_string())]),
                };
                let _ = writeln!(out, "  {}", said.yellow());
            }
            _ => {}
        }
    }
    out
}

/// `/status`: the caller's mood in words and meters, what is verified, the time.
pub fn status(s: &Scenario, state: &CallState, elapsed_s: u64) -> String {
    let lang = state.lang;
    let mut out = format!("{}\n", t(lang, "status.title").bold());
    for (dim, v) in &state.mood {
        let _ = writeln!(
            out,
            "  {:<10} {} {:>3}  {}",
            t(lang, &format!("mood.{dim}")),
            meter(*v),
            v,
            mood_word(lang, dim, *v)
        );
    }
    for fact in state.required_facts() {
        let label = words::fact_label(s, lang, &fact);
        let given = match state.given(&fact) {
            Some(g) if g.correct => t(lang, "status.matches").green().to_string(),
            Some(_) => t(lang, "status.wrong").red().to_string(),
            None => t(lang, "status.not_given").yellow().to_string(),
        };
        let _ = writeln!(out, "  {label}: {given}");
    }
    let looked = if state.missing().contains(&Missing::Records) {
        t(lang, "word.no")
    } else {
        t(lang, "word.yes")
    };
    let _ = writeln!(out, "  {} {looked}", t(lang, "status.looked_up"));
    if state.on_hold {
        let _ = writeln!(out, "  {}", t(lang, "status.on_hold").yellow());
    }
    let _ = write!(
        out,
        "  {}",
        fmt(
            lang,
            "status.elapsed",
            &[
                ("min", &(elapsed_s / 60).to_string()),
                ("sec", &format!("{:02}", elapsed_s % 60))
            ]
        )
    );
    out
}

/// What a step of a call shows, with the trainee's own line echoed (for scripts).
pub fn render_step(s: &Scenario, state: &CallState, line: &str, step: &Step) -> String {
    let lang: Lang = state.lang;
    let mut out = String::new();
    if !line.is_empty() {
        let _ = writeln!(
            out,
            "{}: {}",
            clean(&state.trainee).cyan().bold(),
            clean(line)
        );
    }
    match step {
        Step::Events(events) => out.push_str(&self::events(s, state, events)),
        Step::Help => {
            let _ = writeln!(out, "{}", super::help(s, lang));
        }
        Step::Status | Step::Nothing => {}
        Step::Rejected(r) => {
            let _ = writeln!(out, "  {}", rejection(lang, r).yellow());
        }
    }
    out
}

/// The message for a line the engine did not accept.
pub fn rejection(lang: Lang, r: &Rejection) -> String {
    match r {
        Rejection::UnknownCommand { name, suggestions } => match suggestions.as_slice() {
            [] => fmt(lang, "reject.unknown", &[("name", &clean(name))]),
            [one] => fmt(
                lang,
                "reject.unknown_suggest",
                &[("name", &clean(name)), ("suggestion", one)],
            ),
            several => fmt(
                lang,
                "reject.unknown_several",
                &[
                    ("name", &clean(name)),
                    (
                        "suggestions",
                        &several
                            .iter()
                            .map(|s| format!("/{s}"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ),
        },
        Rejection::MissingArgument { name, arg } => fmt(
            lang,
            "reject.missing_arg",
            &[
                ("name", name),
                ("arg", t(lang, &format!("arg.{arg}"))),
                ("example", t(lang, &format!("example.{name}"))),
            ],
        ),
        Rejection::UnknownTransfer { who, targets } => fmt(
            lang,
            "reject.unknown_transfer",
            &[
                ("who", &clean(who)),
                ("targets", &clean(&targets.join(", "))),
            ],
        ),
        Rejection::NotOnHold => t(lang, "reject.not_on_hold").to_string(),
        Rejection::AlreadyOnHold => t(lang, "reject.already_on_hold").to_string(),
        Rejection::CallEnded => t(lang, "reject.ended").to_string(),
    }
}
