//! After the call: the debrief, and the review of a saved call turn by turn.

use super::{clean, meter, sparkline};
use crate::call::{Event, Speaker};
use crate::lang::Lang;
use crate::result::CallResult;
use crate::rules::RuleId;
use crate::ui::{fmt, t};
use colored::Colorize;
use std::fmt::Write;

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
    rule: RuleId,
) -> String {
    let rule = rule.as_str();
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

/// The outcome as the debrief names it: a wrong one says so.
fn outcome_label(r: &CallResult, lang: Lang) -> String {
    let name = crate::words::outcome_name(lang, r.outcome);
    match r.outcome_right {
        Some(false) => fmt(lang, "debrief.wrong_outcome", &[("outcome", &name)]),
        _ => name,
    }
}

/// Why a call that reached its mark failed, when one part of it fell below the floor.
fn below_floor(r: &CallResult, lang: Lang) -> Option<String> {
    if r.passed || !r.critical.is_empty() || r.score.total < r.pass_mark {
        return None;
    }
    let (dim, value) = crate::scoring::below_floor(&r.score)?;
    let floor = crate::scoring::floor_of(dim).to_string();
    let key = format!("dim.{dim}");
    Some(fmt(
        lang,
        "debrief.floor",
        &[
            ("dimension", t(lang, &key)),
            ("score", &value.to_string()),
            ("floor", &floor),
        ],
    ))
}

/// Why the total stopped where it did, when an error's ceiling held it there (a call that
/// never opened the records totals at most 65, whatever else it did well): the trainee sees a
/// total below what the four parts add up to, and the reason.
fn held_at_ceiling(r: &CallResult, lang: Lang) -> Option<String> {
    let (note, ceiling) = r
        .turns
        .iter()
        .flat_map(|t| &t.notes)
        .filter_map(|n| n.rule.ceiling().map(|c| (n, c)))
        .min_by_key(|(_, c)| *c)?;
    (r.critical.is_empty() && r.score.total == ceiling).then(|| {
        fmt(
            lang,
            "debrief.ceiling",
            &[
                ("total", &ceiling.to_string()),
                ("reason", &clean(&note.message)),
                ("rule", note.rule.as_str()),
            ],
        )
    })
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
                ("outcome", &outcome_label(r, lang))
            ]
        )
    );
    if !r.outcome_explained.is_empty() {
        let _ = writeln!(out, "  {}", clean(&r.outcome_explained).dimmed());
    }
    if let Some(said) = below_floor(r, lang) {
        let _ = writeln!(out, "  {}", said.red());
    }
    if let Some(said) = held_at_ceiling(r, lang) {
        let _ = writeln!(out, "  {}", said.red());
    }
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
                c.rule,
            ));
        }
        let mut tips: Vec<&str> = r
            .feedback
            .improvements
            .iter()
            .filter(|f| f.rule.critical())
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
                lang, "+ ", f.turn, &f.quote, &f.text, f.rule,
            ));
        }
    }
    if r.feedback.improvements.iter().any(|f| !f.rule.critical()) {
        let _ = writeln!(out, "\n{}", t(lang, "debrief.improvements").yellow().bold());
        for f in r
            .feedback
            .improvements
            .iter()
            .filter(|f| !f.rule.critical())
        {
            out.push_str(&feedback_line(
                lang, "- ", f.turn, &f.quote, &f.text, f.rule,
            ));
            if f.count > 1 {
                let times = fmt(
                    lang,
                    "debrief.times",
                    &[
                        ("count", &f.count.to_string()),
                        ("points", &f.points.to_string()),
                    ],
                );
                let _ = writeln!(out, "    {}", times.dimmed());
            }
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
            if r.ignored_lines == 1 {
                t(lang, "debrief.ignored_one").to_string()
            } else {
                fmt(
                    lang,
                    "debrief.ignored",
                    &[("count", &r.ignored_lines.to_string())],
                )
            }
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

/// Which caller reactions fired, by the turn they show under: the caller's line they chose,
/// or the trainee's turn when the caller said nothing.
fn reactions_by_turn(r: &CallResult) -> std::collections::BTreeMap<u32, Vec<String>> {
    let mut by_turn: std::collections::BTreeMap<u32, Vec<String>> = Default::default();
    let mut pending: Vec<(u32, String)> = Vec::new();
    let mut settle = |pending: &mut Vec<(u32, String)>, at: Option<u32>| {
        for (n, id) in pending.drain(..) {
            by_turn.entry(at.unwrap_or(n)).or_default().push(id);
        }
    };
    for e in &r.events {
        match e {
            Event::Reaction { n, id } => pending.push((*n, id.clone())),
            Event::Caller { n, .. } => settle(&mut pending, Some(*n)),
            Event::Speech(_) | Event::Command { .. } | Event::Ended { .. } => {
                settle(&mut pending, None)
            }
            _ => {}
        }
    }
    settle(&mut pending, None);
    by_turn
}

/// The whole transcript with every turn's notes, for a trainer to walk a class through. Under
/// each caller line, dimmed, the reaction that chose it, for the scenario's author.
pub fn review(r: &CallResult, caller: &str) -> String {
    let lang = r.scenario.lang;
    let reactions = reactions_by_turn(r);
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
        for id in reactions.get(&turn.n).into_iter().flatten() {
            let label = format!("[{} {}]", t(lang, "review.reaction"), clean(id));
            let _ = writeln!(out, "     {}", label.dimmed());
        }
        if !turn.acts.is_empty() {
            // A tentative act is marked: it is what deskdrill guessed, and it was not scored.
            let acts: Vec<String> = turn
                .acts
                .iter()
                .map(|a| {
                    if turn.tentative.contains(&a.act) {
                        format!("{} ({})", a.label(), t(lang, "review.tentative"))
                    } else {
                        a.label()
                    }
                })
                .collect();
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
                note.rule.as_str().dimmed()
            );
        }
    }
    let _ = writeln!(out);
    out.push_str(&debrief(r, lang));
    out
}
