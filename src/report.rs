//! Rendering for people: the briefing, the call as it happens, `/status`, the debrief and the
//! review. Everything returns a `String`; the front end decides where it goes. Colour comes
//! from `colored`, whose on/off switch the front end sets once.
//!
//! Text from scenario files and saved results is cleaned of terminal control sequences before
//! it is shown: scenarios are shared between trainers.

use crate::call::{Event, Speaker};
use crate::commands;
use crate::lang::Lang;
use crate::result::CallResult;
use crate::scenario::Scenario;
use crate::ui::{fmt, t};
use colored::Colorize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Removes control characters (escape sequences included), keeping line breaks and tabs.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// The briefing the trainee reads before the call.
pub fn briefing(s: &Scenario, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", clean(s.title.get(lang)).bold());
    let _ = writeln!(out, "{}\n", clean(s.summary.get(lang)).dimmed());
    let _ = writeln!(
        out,
        "{} {}",
        t(lang, "briefing.role").bold(),
        clean(s.briefing.role.get(lang))
    );
    let _ = writeln!(
        out,
        "{} {}",
        t(lang, "briefing.organisation").bold(),
        clean(s.briefing.organisation.get(lang))
    );
    let _ = writeln!(
        out,
        "{} {}",
        t(lang, "briefing.situation").bold(),
        clean(s.briefing.situation.get(lang))
    );
    if !s.briefing.policy.is_empty() {
        let _ = writeln!(out, "{}", t(lang, "briefing.policy").bold());
        for p in &s.briefing.policy {
            let _ = writeln!(out, "  • {}", clean(p.get(lang)));
        }
    }
    let _ = writeln!(out, "\n{}", help(s, lang));
    out
}

/// The commands of a scenario, for `/help` and the briefing.
pub fn help(s: &Scenario, lang: Lang) -> String {
    let mut out = format!("{}\n", t(lang, "help.title").bold());
    for c in &commands::COMMON {
        let usage = match c.arg {
            Some(arg) if c.arg_required => format!("/{} {arg}", c.name),
            Some(arg) => format!("/{} [{arg}]", c.name),
            None => format!("/{}", c.name),
        };
        let _ = writeln!(
            out,
            "  {:<20} {}",
            usage.cyan(),
            t(lang, &format!("cmd.{}", c.name))
        );
    }
    for (name, a) in &s.actions {
        let usage = format!("/{name}");
        let _ = writeln!(
            out,
            "  {:<20} {} — {}",
            usage.cyan(),
            clean(a.label.get(lang)),
            clean(a.help.get(lang))
        );
    }
    let _ = write!(out, "{}", t(lang, "help.speech").dimmed());
    out
}

/// A mood value as a small meter: `███████░░░`.
pub fn meter(value: i64) -> String {
    let filled = ((value.clamp(0, 100) + 5) / 10) as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

/// The mood in words: `calm`, `irritated`, `angry`, …
pub fn mood_word(lang: Lang, dim: &str, value: i64) -> String {
    let band = (value.clamp(0, 100) / 20).min(4);
    let key = format!("mood.{dim}.{band}");
    let word = t(lang, &key);
    if word == key {
        format!("{dim} {value}")
    } else {
        word.to_string()
    }
}

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

/// What the trainee sees after each step of the call.
pub fn events(s: &Scenario, lang: Lang, events: &[Event]) -> String {
    let mut out = String::new();
    let mood = events.iter().rev().find_map(|e| match e {
        Event::Mood { mood, .. } => Some(mood.clone()),
        _ => None,
    });
    for e in events {
        match e {
            Event::Turn(turn) => match turn.speaker {
                Speaker::Caller => {
                    let cue = mood
                        .as_ref()
                        .map(|m| format!(" ({})", mood_cue(lang, m)))
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "{}{}: {}",
                        clean(&s.caller.name).bold().magenta(),
                        cue,
                        clean(&turn.text)
                    );
                }
                Speaker::System => {
                    for line in clean(&turn.text).lines() {
                        let _ = writeln!(out, "  {}", line.dimmed());
                    }
                }
                Speaker::Trainee if !turn.heard => {
                    let _ = writeln!(out, "  {}", t(lang, "hold.not_heard").dimmed());
                }
                Speaker::Trainee => {}
            },
            Event::Hint { text, .. } => {
                let _ = writeln!(
                    out,
                    "{} {}",
                    t(lang, "hint.label").yellow().bold(),
                    clean(text)
                );
            }
            Event::Note { .. } => {
                let _ = writeln!(out, "  {}", t(lang, "notes.saved").dimmed());
            }
            Event::Ended { outcome, .. } => {
                let _ = writeln!(
                    out,
                    "\n{}",
                    fmt(
                        lang,
                        "call.ended",
                        &[("outcome", t(lang, &format!("outcome.{outcome}")))]
                    )
                    .bold()
                );
            }
            _ => {}
        }
    }
    out
}

/// `/status`: the caller's mood in words and meters, what is verified, the time.
pub fn status(call: &crate::call::Call, elapsed_s: u64) -> String {
    let lang = call.lang();
    let mut out = format!("{}\n", t(lang, "status.title").bold());
    for (dim, v) in call.mood() {
        let _ = writeln!(
            out,
            "  {:<10} {} {:>3}  {}",
            t(lang, &format!("mood.{dim}")),
            meter(*v),
            v,
            mood_word(lang, dim, *v)
        );
    }
    for (fact, given) in call.verification() {
        let label = call.fact_label(&fact);
        let state = match given {
            Some((_, true)) => t(lang, "status.matches").green().to_string(),
            Some((_, false)) => t(lang, "status.wrong").red().to_string(),
            None => t(lang, "status.not_given").yellow().to_string(),
        };
        let _ = writeln!(out, "  {label}: {state}");
    }
    let looked = if call.looked_up() {
        t(lang, "word.yes")
    } else {
        t(lang, "word.no")
    };
    let _ = writeln!(out, "  {} {looked}", t(lang, "status.looked_up"));
    if call.on_hold() {
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

/// The mood over the call as a sparkline: `▂▃▅▆█▇▅▃`.
pub fn sparkline(values: &[i64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|&v| BARS[((v.clamp(0, 100) * 7 + 50) / 100) as usize])
        .collect()
}

fn score_line(label: &str, value: u32) -> String {
    let v = format!("{value:>3}");
    let v = match value {
        0..=49 => v.red(),
        50..=69 => v.yellow(),
        _ => v.green(),
    };
    format!("  {label:<18} {v}  {}", meter(i64::from(value)))
}

fn mood_lines(r: &CallResult, lang: Lang) -> String {
    let mut dims: Vec<String> = r
        .mood_trace
        .iter()
        .flat_map(|m| m.keys().cloned())
        .collect();
    dims.sort();
    dims.dedup();
    // The caller's mood before the first turn, then after every turn.
    let initial = r.events.iter().find_map(|e| match e {
        Event::Started { mood, .. } => Some(mood.clone()),
        _ => None,
    });
    let mut out = String::new();
    for dim in dims {
        let values: Vec<i64> = initial
            .iter()
            .chain(r.mood_trace.iter())
            .map(|m| m.get(&dim).copied().unwrap_or(0))
            .collect();
        let (Some(first), Some(last)) = (values.first(), values.last()) else {
            continue;
        };
        let peak = values.iter().max().copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "  {:<10} {}  {}",
            t(lang, &format!("mood.{dim}")),
            sparkline(&values),
            fmt(
                lang,
                "debrief.mood_range",
                &[
                    ("start", &first.to_string()),
                    ("peak", &peak.to_string()),
                    ("end", &last.to_string())
                ]
            )
        );
    }
    out
}

fn quote(text: &str) -> String {
    let text = clean(text);
    let short: String = text.chars().take(90).collect();
    if short.len() < text.len() {
        format!("'{short}…'")
    } else {
        format!("'{short}'")
    }
}

/// One line of feedback: "Turn 6 — 'what was said' — what it did [RULE]", or without the
/// turn and quote when it is about something that never happened.
fn feedback_line(
    lang: Lang,
    marker: &str,
    turn: u32,
    said: &str,
    message: &str,
    rule: &str,
) -> String {
    if said.is_empty() {
        format!("  {marker}{} [{}]\n", clean(message), rule.dimmed())
    } else {
        format!(
            "  {marker}{} {turn} — {} — {} [{}]\n",
            t(lang, "word.turn"),
            quote(said),
            clean(message),
            rule.dimmed()
        )
    }
}

fn is_critical(rule: &str) -> bool {
    crate::scoring::rule(rule).is_some_and(|r| r.critical)
}

/// The debrief shown after a call.
pub fn debrief(r: &CallResult, lang: Lang) -> String {
    let mut out = String::new();
    let verdict = if r.passed {
        t(lang, "debrief.passed").green().bold()
    } else {
        t(lang, "debrief.failed").red().bold()
    };
    let _ = writeln!(
        out,
        "{}  {}",
        t(lang, "debrief.title").bold(),
        clean(&r.scenario.title)
    );
    let _ = writeln!(
        out,
        "{}  {}",
        verdict,
        fmt(
            lang,
            "debrief.total",
            &[
                ("total", &r.score.total.to_string()),
                ("mark", &r.pass_mark.to_string()),
                ("outcome", t(lang, &format!("outcome.{}", r.outcome)))
            ]
        )
    );
    let sc = &r.score;
    for (dim, value) in [
        ("verification", sc.verification),
        ("deescalation", sc.deescalation),
        ("resolution", sc.resolution),
        ("professionalism", sc.professionalism),
    ] {
        let _ = writeln!(out, "{}", score_line(t(lang, &format!("dim.{dim}")), value));
    }
    let turn_text = |n: u32| {
        r.turns
            .iter()
            .find(|t| t.n == n)
            .map(|t| t.text.clone())
            .unwrap_or_default()
    };
    if !r.critical.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "debrief.critical").red().bold());
        for c in &r.critical {
            out.push_str(&feedback_line(
                lang,
                "",
                c.turn,
                &turn_text(c.turn),
                &c.message,
                &c.rule,
            ));
        }
        let mut tips: Vec<&str> = r
            .feedback
            .improvements
            .iter()
            .filter(|f| is_critical(&f.rule))
            .filter_map(|f| f.better.as_deref())
            .collect();
        tips.dedup();
        for tip in tips {
            let _ = writeln!(
                out,
                "    {} {}",
                t(lang, "debrief.better").dimmed(),
                clean(tip)
            );
        }
    }
    if !r.feedback.strengths.is_empty() {
        let _ = writeln!(out, "\n{}", t(lang, "debrief.strengths").green().bold());
        for f in &r.feedback.strengths {
            out.push_str(&feedback_line(
                lang, "+ ", f.turn, &f.quote, &f.text, &f.rule,
            ));
        }
    }
    if r.feedback
        .improvements
        .iter()
        .any(|f| !is_critical(&f.rule))
    {
        let _ = writeln!(out, "\n{}", t(lang, "debrief.improvements").yellow().bold());
        for f in r
            .feedback
            .improvements
            .iter()
            .filter(|f| !is_critical(&f.rule))
        {
            out.push_str(&feedback_line(
                lang, "- ", f.turn, &f.quote, &f.text, &f.rule,
            ));
            if let Some(b) = &f.better {
                let _ = writeln!(
                    out,
                    "    {} {}",
                    t(lang, "debrief.better").dimmed(),
                    clean(b)
                );
            }
        }
    }
    let _ = writeln!(out, "\n{}", t(lang, "debrief.mood").bold());
    out.push_str(&mood_lines(r, lang));
    let _ = writeln!(out, "\n{}", t(lang, "debrief.truth").bold());
    let _ = writeln!(out, "  {}", clean(&r.hidden_truth));
    if r.ignored_lines > 0 {
        let _ = writeln!(
            out,
            "\n{}",
            fmt(
                lang,
                "debrief.ignored",
                &[("count", &r.ignored_lines.to_string())]
            )
            .dimmed()
        );
    }
    let _ = write!(
        out,
        "\n{}",
        fmt(lang, "debrief.replay", &[("seed", &r.seed.to_string())]).dimmed()
    );
    out
}

/// The whole transcript with every turn's notes, for a trainer to walk a class through.
pub fn review(r: &CallResult, caller: &str) -> String {
    let lang = r.scenario.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}",
        clean(&r.scenario.title).bold(),
        fmt(
            lang,
            "review.header",
            &[
                ("trainee", &clean(&r.trainee)),
                ("started", &r.started_at),
                ("seed", &r.seed.to_string())
            ]
        )
        .dimmed()
    );
    for turn in &r.turns {
        let who = match turn.speaker {
            Speaker::Trainee => clean(&r.trainee).cyan().bold().to_string(),
            Speaker::Caller => clean(caller).magenta().bold().to_string(),
            Speaker::System => t(lang, "review.system").dimmed().to_string(),
        };
        let mood: Vec<String> = turn
            .mood
            .iter()
            .map(|(k, v)| format!("{} {v}", t(lang, &format!("mood.{k}"))))
            .collect();
        let _ = writeln!(
            out,
            "\n{:>3}  {who}  {}",
            turn.n,
            format!("[{}]", mood.join(", ")).dimmed()
        );
        for line in clean(&turn.text).lines() {
            let _ = writeln!(out, "     {line}");
        }
        if !turn.acts.is_empty() {
            let acts: Vec<String> = turn.acts.iter().map(|a| a.label()).collect();
            let _ = writeln!(
                out,
                "     {}",
                format!("{} {}", t(lang, "review.heard"), acts.join(", ")).dimmed()
            );
        }
        for note in &turn.notes {
            let points = if note.points > 0 {
                format!("+{}", note.points).green()
            } else if note.points < 0 {
                note.points.to_string().red()
            } else {
                "0".normal()
            };
            let _ = writeln!(
                out,
                "     {points:>4} {} [{}]",
                clean(&note.message),
                note.rule.dimmed()
            );
        }
    }
    let _ = writeln!(out);
    out.push_str(&debrief(r, lang));
    out
}
