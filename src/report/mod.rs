//! Rendering for people: the briefing, the call as it happens, `/status`, the debrief and the
//! review. Everything returns a `String`; the front end decides where it goes. Colour comes
//! from `colored`, whose on/off switch the front end sets once.
//!
//! Text from scenario files and saved results is cleaned of terminal control sequences before
//! it is shown: scenarios are shared between trainers.

mod debrief;
mod live;
mod wrap;

pub use debrief::{debrief, review};
pub use live::{events, rejection, render_step, status};
pub use wrap::{columns, wrap};

use crate::commands;
use crate::lang::Lang;
use crate::scenario::Scenario;
use crate::ui::{fmt, t};
use colored::Colorize;
use std::fmt::Write;

/// Text from a file, safe for the terminal: see [`crate::sanitize::clean`], the one function
/// everything printed from a scenario, a result or a script passes.
pub fn clean(text: &str) -> String {
    crate::sanitize::clean(text).into_owned()
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
    let mark = s.pass_mark.to_string();
    let _ = writeln!(
        out,
        "{}",
        fmt(lang, "briefing.pass_mark", &[("mark", &mark)]).bold()
    );
    let _ = writeln!(out, "\n{}", help(s, lang));
    out
}

/// The commands of a scenario, for `/help` and the briefing.
pub fn help(s: &Scenario, lang: Lang) -> String {
    let mut out = format!("{}\n", t(lang, "help.title").bold());
    for c in &commands::COMMON {
        let usage = match c.arg.map(|a| t(lang, &format!("arg.{a}")).to_string()) {
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
    for (id, a) in &s.actions {
        let usage = format!("/{}", s.action_name(id, lang));
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

/// The mood over the call as a sparkline: `▂▃▅▆█▇▅▃`.
pub fn sparkline(values: &[i64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|&v| BARS[((v.clamp(0, 100) * 7 + 50) / 100) as usize])
        .collect()
}

/// Every rule with its points in this scenario, its message (with example details) and the
/// better phrasing a debrief suggests, in one language: the rubric as a trainee or trainer
/// reads it (`deskdrill rules`).
pub fn rule_catalogue(s: &Scenario, lang: Lang) -> String {
    use crate::rules::RuleId;
    use crate::scoring::{Detail, Note};
    // The scenario's own referral, else a desk without a name.
    let referral = s
        .judgement
        .referrals
        .keys()
        .next()
        .cloned()
        .unwrap_or_else(|| "…".into());
    // The scenario's own sensitive action and what it requires, for the examples.
    let sensitive = s
        .actions
        .iter()
        .find(|(_, a)| a.sensitive && !a.requires.is_empty())
        .or_else(|| s.actions.iter().find(|(_, a)| a.sensitive));
    let recommended = s.outcomes.recommended_actions.first();
    let action = sensitive
        .or_else(|| s.actions.iter().next())
        .map_or_else(|| "reset".to_string(), |(id, _)| id.clone());
    let fact = sensitive
        .and_then(|(_, a)| a.requires.first())
        .cloned()
        .unwrap_or_else(|| "tax_number".into());
    let forbidden = s
        .judgement
        .forbidden_facts
        .first()
        .cloned()
        .unwrap_or_else(|| "password".into());
    // A detail the scenario knows and no action needs (a username on top of the checks).
    let needless = s
        .facts
        .keys()
        .find(|f| crate::scoring::needless(s, f))
        .cloned()
        .unwrap_or_else(|| "username".into());
    let example = |rule: RuleId| -> Detail {
        match rule {
            RuleId::VForbiddenAsked => Detail::Facts(vec![forbidden.clone()]),
            RuleId::VNeedlessAsk => Detail::Facts(vec![needless.clone()]),
            RuleId::VRecordLeak | RuleId::VAskedRequired | RuleId::VNotAsked => {
                Detail::Facts(vec![fact.clone()])
            }
            RuleId::VUnverifiedAction | RuleId::VVerifiedAction => Detail::Action {
                action: action.clone(),
                missing: vec![crate::call::Missing::Records],
            },
            // The scenario's own recommended step: its first action done, all of them missed.
            RuleId::RRecommendedDone => Detail::Action {
                action: recommended
                    .and_then(|r| r.first())
                    .unwrap_or(&action)
                    .clone(),
                missing: Vec::new(),
            },
            RuleId::RRecommendedMissed => {
                Detail::Choice(recommended.cloned().unwrap_or_else(|| vec![action.clone()]))
            }
            RuleId::DExpectedMissing => Detail::Act(crate::understanding::ActKind::Reassurance),
            RuleId::DNameOverused => Detail::Count(5),
            RuleId::PLongSentence => Detail::Count(31),
            RuleId::DMoodPeak | RuleId::DAnxiousCaller => Detail::Mood {
                mood: "anger".into(),
                value: 92,
            },
            RuleId::RRightOutcome | RuleId::RWrongOutcome | RuleId::ROtherOutcome => {
                Detail::Outcome(crate::outcome::Outcome::Resolved)
            }
            RuleId::PJargon => Detail::Words(vec!["cache".into()]),
            RuleId::VProtectedDiscussed | RuleId::VDetailSlip => Detail::Words(vec![match lang {
                Lang::En => "login name".into(),
                Lang::Nl => "inlognaam".into(),
            }]),
            RuleId::RWarmReferral => Detail::Referral {
                referral: referral.clone(),
                missing: Vec::new(),
            },
            RuleId::RColdReferral => Detail::Referral {
                referral: referral.clone(),
                missing: vec!["phone_number".into(), "opening_hours".into()],
            },
            RuleId::PKnownSlip => Detail::Slip(
                s.judgement
                    .slips
                    .keys()
                    .next()
                    .cloned()
                    .unwrap_or_else(|| "slip".into()),
            ),
            _ => Detail::None,
        }
    };
    let mut out = String::new();
    for rule in RuleId::ALL {
        let note = Note {
            rule: *rule,
            turn: 1,
            points: s.points(*rule),
            detail: example(*rule),
        };
        let critical = if rule.critical() { " !" } else { "" };
        // A rule the scenario turns off (`rule_points` 0) says so, and coaches nothing.
        let off = note.points == 0 && rule.default_points() != 0;
        let points = if off {
            fmt(lang, "rules.off", &[])
        } else {
            note.points.to_string()
        };
        let _ = writeln!(
            out,
            "{:<22} {points:>4}{critical}  {}",
            rule.as_str(),
            crate::words::note_message(s, lang, &note)
        );
        let better = if off {
            Some(format!("→ {}", fmt(lang, "rules.off_note", &[])))
        } else {
            crate::words::note_better(s, lang, &note)
        };
        if let Some(better) = better {
            let _ = writeln!(out, "{:<29}{}", "", better);
        }
        if let Some(cap) = cap_line(s, lang, *rule) {
            let _ = writeln!(out, "{:<29}{}", "", cap);
        }
    }
    out
}

/// What a critical error or a ceiling does to the total in this scenario, as the catalogue
/// says it: the cap, and the milder caps a check done halfway or a caller who could have
/// proved it earn (see `scoring::cap`).
fn cap_line(s: &Scenario, lang: Lang, rule: crate::rules::RuleId) -> Option<String> {
    use crate::rules::{self, RuleId};
    let say = |key: &str, cap: u32| fmt(lang, key, &[("cap", &cap.to_string())]);
    if let Some(ceiling) = rule.ceiling() {
        return Some(format!("→ {}", say("rules.ceiling", ceiling)));
    }
    let cap = s.rule_caps.get(&rule).copied().or(rule.cap())?;
    let mut parts = vec![say("rules.cap", cap)];
    if !s.rule_caps.contains_key(&rule) {
        let partly = s.partly_cap();
        match rule {
            RuleId::VUnverifiedAction => {
                parts.push(say("rules.cap_partly", partly));
                if s.caller_could_verify() {
                    parts.push(say("rules.cap_rightful", rules::RIGHTFUL_CALLER_CAP));
                }
            }
            RuleId::VProtectedDiscussed => {
                if s.judgement.confidential.values().any(|c| !c.is_empty()) {
                    parts.push(say("rules.cap_confidential", rules::CONFIDENTIAL_TOLD_CAP));
                }
                parts.push(say("rules.cap_partly", partly));
            }
            _ => {}
        }
    }
    Some(format!("→ {}", parts.join("; ")))
}
