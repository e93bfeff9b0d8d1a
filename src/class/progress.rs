//! A trainee's progress: per scenario the first, best and last attempt and the trend; the
//! skill that improved most, the one that lags; and the next scenario worth playing.
//!
//! Definitions (documented in the README for trainers):
//! - *trend*: the last total against the first (`up`, `down`, `steady`; `once` for one try);
//! - *improved most*: the dimension whose score rose most from first to last attempt,
//!   averaged over the scenarios played more than once (none when nothing rose);
//! - *lags*: the dimension with the lowest average over each scenario's last attempt;
//! - *next*: the first course step not passed (with a course); else the scenario not yet
//!   passed with the lowest best total; else one not yet played; else the lowest last total.

use super::course::Course;
use super::load::{Attempt, DIMENSIONS};
use super::report::{best, by_trainee};
use crate::lang::Lang;
use crate::report::{clean, sparkline};
use crate::ui::{fmt, t};
use colored::Colorize;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub const FORMAT: &str = "deskdrill.progress.v1";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    Up,
    Down,
    Steady,
    Once,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioProgress {
    pub scenario: String,
    pub title: String,
    pub attempts: usize,
    pub first: u32,
    pub best: u32,
    pub last: u32,
    pub passed: bool,
    pub trend: Trend,
    /// Every total in order, for a sparkline.
    pub totals: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SkillChange {
    pub dimension: String,
    /// Average points gained from first to last attempt.
    pub change: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SkillLevel {
    pub dimension: String,
    /// Average over each scenario's last attempt.
    pub level: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Next {
    /// The first step of the course not yet passed.
    Course { scenario: String, step: usize },
    /// Played but never passed: the lowest best total.
    NotPassed { scenario: String, best: u32 },
    /// Not played yet.
    NotPlayed { scenario: String },
    /// Everything passed: the lowest last total, to polish.
    Lowest { scenario: String, last: u32 },
    /// The course is done.
    CourseDone,
}

impl Next {
    pub fn scenario(&self) -> Option<&str> {
        match self {
            Next::Course { scenario, .. }
            | Next::NotPassed { scenario, .. }
            | Next::NotPlayed { scenario }
            | Next::Lowest { scenario, .. } => Some(scenario),
            Next::CourseDone => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Progress {
    pub format: String,
    pub trainee: String,
    pub attempts: usize,
    pub scenarios: Vec<ScenarioProgress>,
    pub improved: Option<SkillChange>,
    pub lagging: Option<SkillLevel>,
    pub next: Option<Next>,
}

/// Rounds a sum divided by a count to the nearest whole number (halves away from zero).
fn mean(sum: i64, n: i64) -> i64 {
    if n == 0 {
        return 0;
    }
    let q = (2 * sum.abs() + n) / (2 * n);
    if sum < 0 { -q } else { q }
}

/// The progress of `trainee` (matched without regard to case) from the attempts of a class,
/// in time order. `available` lists the scenarios one could play, in the order to suggest them.
pub fn build(
    attempts: &[Attempt],
    trainee: &str,
    available: &[String],
    course: Option<&Course>,
) -> Progress {
    let all: Vec<&Attempt> = attempts.iter().collect();
    let mine: Vec<&Attempt> = by_trainee(&all)
        .into_iter()
        .find(|(name, _)| super::report::same_name(name, trainee))
        .map(|(_, list)| list)
        .unwrap_or_default();
    let name = mine
        .first()
        .map(|a| a.trainee.clone())
        .unwrap_or_else(|| trainee.to_string());
    let mut per: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
    for a in &mine {
        per.entry(a.scenario.as_str()).or_default().push(a);
    }
    let mut scenarios = Vec::new();
    let mut gains: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    let mut levels: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for (id, list) in &per {
        let (Some(first), Some(last), Some(top)) = (list.first(), list.last(), best(list)) else {
            continue;
        };
        let trend = if list.len() == 1 {
            Trend::Once
        } else {
            match last.score.total.cmp(&first.score.total) {
                std::cmp::Ordering::Greater => Trend::Up,
                std::cmp::Ordering::Less => Trend::Down,
                std::cmp::Ordering::Equal => Trend::Steady,
            }
        };
        for d in DIMENSIONS {
            let l = levels.entry(d).or_default();
            l.0 += i64::from(last.score.get(d));
            l.1 += 1;
            if list.len() > 1 {
                let g = gains.entry(d).or_default();
                g.0 += i64::from(last.score.get(d)) - i64::from(first.score.get(d));
                g.1 += 1;
            }
        }
        scenarios.push(ScenarioProgress {
            scenario: id.to_string(),
            title: top.title.clone(),
            attempts: list.len(),
            first: first.score.total,
            best: top.score.total,
            last: last.score.total,
            passed: list.iter().any(|a| a.passed),
            trend,
            totals: list.iter().map(|a| a.score.total).collect(),
        });
    }
    // Ties go to the dimension listed first.
    let improved = DIMENSIONS
        .iter()
        .filter_map(|d| gains.get(d).map(|(s, n)| (*d, mean(*s, *n))))
        .fold(None::<(&str, i64)>, |acc, (d, c)| match acc {
            Some((_, best)) if best >= c => acc,
            _ => Some((d, c)),
        })
        .filter(|(_, c)| *c > 0)
        .map(|(d, c)| SkillChange {
            dimension: d.to_string(),
            change: c,
        });
    // The skill that lags is another than the one that improved most: "improved most:
    // resolution … lags behind: resolution" tells a trainee nothing.
    let lagging = DIMENSIONS
        .iter()
        .filter(|d| improved.as_ref().is_none_or(|i| i.dimension != **d))
        .filter_map(|d| levels.get(d).map(|(s, n)| (*d, mean(*s, *n))))
        .fold(None::<(&str, i64)>, |acc, (d, l)| match acc {
            Some((_, low)) if low <= l => acc,
            _ => Some((d, l)),
        })
        .map(|(d, l)| SkillLevel {
            dimension: d.to_string(),
            level: l,
        });
    let next = match course {
        Some(c) => Some(match c.next_step(&mine) {
            Some(step) => Next::Course {
                scenario: c.steps[step].scenario.clone(),
                step: step + 1,
            },
            None => Next::CourseDone,
        }),
        None => next_without_course(&scenarios, available),
    };
    Progress {
        format: FORMAT.into(),
        trainee: name,
        attempts: mine.len(),
        scenarios,
        improved,
        lagging,
        next,
    }
}

fn next_without_course(played: &[ScenarioProgress], available: &[String]) -> Option<Next> {
    if let Some(s) = played
        .iter()
        .filter(|s| !s.passed)
        .min_by_key(|s| (s.best, s.scenario.clone()))
    {
        return Some(Next::NotPassed {
            scenario: s.scenario.clone(),
            best: s.best,
        });
    }
    if let Some(id) = available
        .iter()
        .find(|id| !played.iter().any(|s| &s.scenario == *id))
    {
        return Some(Next::NotPlayed {
            scenario: id.clone(),
        });
    }
    played
        .iter()
        .min_by_key(|s| (s.last, s.scenario.clone()))
        .map(|s| Next::Lowest {
            scenario: s.scenario.clone(),
            last: s.last,
        })
}

impl Progress {
    /// Progress for the terminal.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}",
            fmt(
                lang,
                "progress.title",
                &[
                    ("trainee", &clean(&self.trainee)),
                    ("attempts", &self.attempts.to_string())
                ]
            )
            .bold()
        );
        if self.scenarios.is_empty() {
            let _ = writeln!(out, "{}", t(lang, "progress.none"));
        } else {
            let heads = ["attempts", "first", "best", "last", "trend"]
                .map(|k| t(lang, &format!("progress.col.{k}")).to_string());
            let widths: Vec<usize> = heads.iter().map(|h| h.chars().count().max(4)).collect();
            let room = super::report::WIDTH - widths.iter().map(|w| w + 1).sum::<usize>() - 12;
            let mut head = format!("{:<room$}", t(lang, "report.col.scenario"));
            for (h, w) in heads.iter().zip(&widths) {
                let _ = write!(head, " {h:>w$}");
            }
            let _ = writeln!(out, "\n{}", head.bold());
            for s in &self.scenarios {
                let w = widths[4];
                let trend = match s.trend {
                    Trend::Up => format!("{:>w$}", "↑").green(),
                    Trend::Down => format!("{:>w$}", "↓").red(),
                    Trend::Steady => format!("{:>w$}", "→").normal(),
                    Trend::Once => format!("{:>w$}", "·").dimmed(),
                };
                let totals: Vec<i64> = s.totals.iter().map(|v| i64::from(*v)).collect();
                let spark: String = sparkline(&totals).chars().rev().take(10).collect();
                let spark: String = spark.chars().rev().collect();
                let mark = if s.passed {
                    "✓".green()
                } else {
                    " ".normal()
                };
                let _ = writeln!(
                    out,
                    "{:<room$} {:>w0$} {:>w1$} {:>w2$} {:>w3$} {} {mark} {}",
                    super::report::cut(&clean(&s.scenario), room),
                    s.attempts,
                    s.first,
                    s.best,
                    s.last,
                    trend,
                    spark.dimmed(),
                    w0 = widths[0],
                    w1 = widths[1],
                    w2 = widths[2],
                    w3 = widths[3],
                );
            }
        }
        out.push('\n');
        if let Some(i) = &self.improved {
            let _ = writeln!(
                out,
                "{}",
                fmt(
                    lang,
                    "progress.improved",
                    &[
                        (
                            "skill",
                            &t(lang, &format!("dim.{}", i.dimension)).to_lowercase()
                        ),
                        ("points", &format!("{:+}", i.change))
                    ]
                )
            );
        }
        if let Some(l) = &self.lagging {
            let _ = writeln!(
                out,
                "{}",
                fmt(
                    lang,
                    "progress.lagging",
                    &[
                        (
                            "skill",
                            &t(lang, &format!("dim.{}", l.dimension)).to_lowercase()
                        ),
                        ("level", &l.level.to_string())
                    ]
                )
            );
        }
        if let Some(n) = &self.next {
            let line = match n {
                Next::Course { scenario, step } => fmt(
                    lang,
                    "progress.next.course",
                    &[("scenario", &clean(scenario)), ("step", &step.to_string())],
                ),
                Next::NotPassed { scenario, best } => fmt(
                    lang,
                    "progress.next.not_passed",
                    &[("scenario", &clean(scenario)), ("best", &best.to_string())],
                ),
                Next::NotPlayed { scenario } => fmt(
                    lang,
                    "progress.next.not_played",
                    &[("scenario", &clean(scenario))],
                ),
                Next::Lowest { scenario, last } => fmt(
                    lang,
                    "progress.next.lowest",
                    &[("scenario", &clean(scenario)), ("last", &last.to_string())],
                ),
                Next::CourseDone => t(lang, "progress.next.course_done").to_string(),
            };
            let _ = writeln!(out, "{}", line.bold());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn means_round_halves_away_from_zero() {
        assert_eq!(super::mean(5, 2), 3);
        assert_eq!(super::mean(-5, 2), -3);
        assert_eq!(super::mean(4, 3), 1);
        assert_eq!(super::mean(0, 0), 0);
    }
}
