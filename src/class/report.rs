//! The class report: per trainee and scenario the attempts, best and last total, pass or fail
//! and the four dimensions; per class the rules that cost the most points and the critical
//! errors by scenario. Built once from the attempts ([`Report::build`]), then rendered as a
//! terminal table, CSV, JSON (the struct itself) or HTML (`class::html`).

use super::load::{Attempt, Class, DIMENSIONS, Score, Skipped};
use crate::lang::Lang;
use crate::report::clean;
use crate::ui::{fmt, t};
use colored::Colorize;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub const FORMAT: &str = "deskdrill.report.v1";

/// The width the terminal table keeps to.
pub const WIDTH: usize = 80;

/// Which attempts a report (or progress, or a course) looks at.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Filter {
    /// Trainee names, matched without regard to case; empty means everyone.
    pub trainees: Vec<String>,
    /// Scenario ids; empty means all.
    pub scenarios: Vec<String>,
    /// Only calls started at or after this RFC 3339 time (or date).
    pub since: Option<String>,
}

impl Filter {
    pub fn keep(&self, a: &Attempt) -> bool {
        (self.trainees.is_empty() || self.trainees.iter().any(|n| same_name(n, &a.trainee)))
            && (self.scenarios.is_empty() || self.scenarios.contains(&a.scenario))
            && self
                .since
                .as_deref()
                .is_none_or(|since| a.started_at.as_str() >= since)
    }
}

/// Trainee names are the same without regard to case and surrounding spaces.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// A `--since` value that could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error(
    "'{0}' is not a time: use a date (2026-03-01), a time (2026-03-01T09:00:00Z) or a number of days back (7d)"
)]
pub struct SinceError(pub String);

/// Reads `--since`: a date, an RFC 3339 UTC time, or `Nd` (N days before `now_secs`).
pub fn parse_since(text: &str, now_secs: u64) -> Result<String, SinceError> {
    let s = text.trim();
    if let Some(days) = s.strip_suffix('d').and_then(|d| d.parse::<u64>().ok()) {
        let then = std::time::UNIX_EPOCH
            + std::time::Duration::from_secs(now_secs.saturating_sub(days.saturating_mul(86_400)));
        return Ok(humantime::format_rfc3339_seconds(then).to_string());
    }
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    let date = b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10);
    if date && (b.len() == 10 || (b[10] == b'T' && s.is_ascii())) {
        Ok(s.to_string())
    } else {
        Err(SinceError(text.to_string()))
    }
}

/// One trainee in one scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub trainee: String,
    pub scenario: String,
    pub title: String,
    pub attempts: usize,
    /// Of which broken off.
    pub abandoned: usize,
    pub best: u32,
    pub last: u32,
    /// At least one attempt passed.
    pub passed: bool,
    /// The four dimensions (and total) of the best attempt (the latest of equal ones).
    pub score: Score,
    pub first_at: String,
    pub last_at: String,
}

/// A rule that cost points, over the class.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RuleCost {
    pub rule: String,
    /// Points lost, added up over every attempt.
    pub points: i64,
    /// Attempts in which it cost points.
    pub attempts: usize,
    /// Points lost per trainee.
    pub trainees: BTreeMap<String, i64>,
}

/// A critical error in a scenario, over the class.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriticalCount {
    pub scenario: String,
    pub rule: String,
    pub count: usize,
    pub trainees: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioInfo {
    pub id: String,
    pub title: String,
}

/// A rule's short name for reports ("hid behind procedure"): its own, else its feedback
/// message without the call's details, else the rule id.
pub fn rule_name(lang: Lang, rule: &str) -> String {
    let key = format!("rulename.{rule}");
    if crate::ui::has(lang, &key) {
        return t(lang, &key).to_string();
    }
    let key = format!("rule.{rule}");
    if !crate::ui::has(lang, &key) {
        return rule.to_string();
    }
    let mut out = String::new();
    let mut hole = false;
    for c in t(lang, &key).chars() {
        match c {
            '{' => {
                hole = true;
                out.push('…');
            }
            '}' => hole = false,
            _ if !hole => out.push(c),
            _ => {}
        }
    }
    out
}

/// The report on a class.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub format: String,
    pub filter: Filter,
    pub attempts: usize,
    pub trainees: Vec<String>,
    pub scenarios: Vec<ScenarioInfo>,
    pub rows: Vec<Row>,
    pub rules: Vec<RuleCost>,
    pub critical: Vec<CriticalCount>,
    pub skipped: Vec<Skipped>,
}

/// Groups attempts by trainee (one spelling per name, the first seen) in name order.
pub fn by_trainee<'a>(attempts: &[&'a Attempt]) -> Vec<(String, Vec<&'a Attempt>)> {
    let mut groups: BTreeMap<String, (String, Vec<&Attempt>)> = BTreeMap::new();
    for a in attempts {
        groups
            .entry(a.trainee.trim().to_lowercase())
            .or_insert_with(|| (a.trainee.clone(), Vec::new()))
            .1
            .push(a);
    }
    groups.into_values().collect()
}

/// The best of a trainee's attempts at a scenario: the highest total, the latest of equals.
pub fn best<'a>(attempts: &[&'a Attempt]) -> Option<&'a Attempt> {
    attempts
        .iter()
        .enumerate()
        .max_by_key(|(i, a)| (a.score.total, *i))
        .map(|(_, a)| *a)
}

impl Report {
    pub fn build(class: &Class, filter: &Filter) -> Report {
        let kept: Vec<&Attempt> = class.attempts.iter().filter(|a| filter.keep(a)).collect();
        let mut rows = Vec::new();
        let mut trainees = Vec::new();
        let mut titles: BTreeMap<String, String> = BTreeMap::new();
        let mut rules: BTreeMap<String, RuleCost> = BTreeMap::new();
        let mut critical: BTreeMap<(String, String), CriticalCount> = BTreeMap::new();
        for (name, mine) in by_trainee(&kept) {
            let mut per_scenario: BTreeMap<&str, Vec<&Attempt>> = BTreeMap::new();
            for a in &mine {
                per_scenario.entry(a.scenario.as_str()).or_default().push(a);
                titles
                    .entry(a.scenario.clone())
                    .or_insert_with(|| a.title.clone());
                for (rule, points) in &a.lost {
                    let r = rules.entry(rule.clone()).or_insert_with(|| RuleCost {
                        rule: rule.clone(),
                        points: 0,
                        attempts: 0,
                        trainees: BTreeMap::new(),
                    });
                    r.points += points;
                    r.attempts += 1;
                    *r.trainees.entry(name.clone()).or_default() += points;
                }
                for c in &a.critical {
                    let e = critical
                        .entry((a.scenario.clone(), c.rule.clone()))
                        .or_insert_with(|| CriticalCount {
                            scenario: a.scenario.clone(),
                            rule: c.rule.clone(),
                            count: 0,
                            trainees: Vec::new(),
                        });
                    e.count += 1;
                    if !e.trainees.contains(&name) {
                        e.trainees.push(name.clone());
                    }
                }
            }
            for (scenario, list) in per_scenario {
                let (Some(first), Some(last), Some(top)) = (list.first(), list.last(), best(&list))
                else {
                    continue;
                };
                rows.push(Row {
                    trainee: name.clone(),
                    scenario: scenario.to_string(),
                    title: top.title.clone(),
                    attempts: list.len(),
                    abandoned: list.iter().filter(|a| a.outcome == "abandoned").count(),
                    best: top.score.total,
                    last: last.score.total,
                    passed: list.iter().any(|a| a.passed),
                    score: top.score,
                    first_at: first.started_at.clone(),
                    last_at: last.started_at.clone(),
                });
            }
            trainees.push(name);
        }
        let mut rules: Vec<RuleCost> = rules.into_values().collect();
        rules.sort_by(|a, b| b.points.cmp(&a.points).then_with(|| a.rule.cmp(&b.rule)));
        let mut critical: Vec<CriticalCount> = critical.into_values().collect();
        critical.sort_by(|a, b| {
            a.scenario
                .cmp(&b.scenario)
                .then(b.count.cmp(&a.count))
                .then_with(|| a.rule.cmp(&b.rule))
        });
        Report {
            format: FORMAT.into(),
            filter: filter.clone(),
            attempts: kept.len(),
            trainees,
            scenarios: titles
                .into_iter()
                .map(|(id, title)| ScenarioInfo { id, title })
                .collect(),
            rows,
            rules,
            critical,
            skipped: class.skipped.clone(),
        }
    }

    /// The report as a table for the terminal, [`WIDTH`] columns wide at most.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}",
            fmt(
                lang,
                "report.title",
                &[
                    ("attempts", &self.attempts.to_string()),
                    ("trainees", &self.trainees.len().to_string()),
                    ("scenarios", &self.scenarios.len().to_string()),
                ]
            )
            .bold()
        );
        if self.rows.is_empty() {
            let _ = writeln!(out, "{}", t(lang, "report.empty"));
            return out;
        }
        out.push('\n');
        out.push_str(&self.table(lang));
        let legend: Vec<String> = DIMENSIONS
            .iter()
            .map(|d| {
                format!(
                    "{} = {}",
                    t(lang, &format!("report.col.{d}")),
                    t(lang, &format!("dim.{d}")).to_lowercase()
                )
            })
            .collect();
        for line in wrap(&legend.join(", "), WIDTH) {
            let _ = writeln!(out, "{}", line.dimmed());
        }
        if !self.rules.is_empty() {
            let _ = writeln!(out, "\n{}", t(lang, "report.rules").bold());
            for r in self.rules.iter().take(8) {
                let tail = fmt(
                    lang,
                    "report.rule_spread",
                    &[
                        ("attempts", &r.attempts.to_string()),
                        ("trainees", &r.trainees.len().to_string()),
                    ],
                );
                let _ = writeln!(
                    out,
                    "  {}  {}  {}",
                    format!("{:>5}", -r.points).red(),
                    cut(&rule_name(lang, &r.rule), WIDTH - 11 - tail.chars().count()),
                    tail.dimmed()
                );
                let _ = writeln!(out, "         {}", r.rule.dimmed());
            }
        }
        if !self.critical.is_empty() {
            let _ = writeln!(out, "\n{}", t(lang, "report.critical").bold());
            let mut last = "";
            for c in &self.critical {
                if c.scenario != last {
                    let _ = writeln!(out, "  {}", clean(&c.scenario));
                    last = &c.scenario;
                }
                let who = cut(
                    &c.trainees
                        .iter()
                        .map(|n| clean(n))
                        .collect::<Vec<_>>()
                        .join(", "),
                    WIDTH.saturating_sub(36),
                );
                let _ = writeln!(
                    out,
                    "    {} ×{:<3} {}",
                    format!("{:<22}", c.rule).red(),
                    c.count,
                    who.dimmed()
                );
            }
        }
        out
    }

    fn table(&self, lang: Lang) -> String {
        let heads: Vec<String> = ["attempts", "best", "last", "passed"]
            .iter()
            .chain(DIMENSIONS.iter())
            .map(|k| t(lang, &format!("report.col.{k}")).to_string())
            .collect();
        let widths: Vec<usize> = heads.iter().map(|h| h.chars().count().max(3)).collect();
        let numbers: usize = widths.iter().map(|w| w + 1).sum();
        let names_room = WIDTH - numbers - 1;
        let trainee_w = self
            .rows
            .iter()
            .map(|r| r.trainee.chars().count())
            .chain([t(lang, "report.col.trainee").chars().count()])
            .max()
            .unwrap_or(8)
            .min(names_room / 2 - 2);
        let scenario_w = names_room - trainee_w - 1;
        let mut out = String::new();
        let mut line = format!(
            "{:<tw$} {:<sw$}",
            t(lang, "report.col.trainee"),
            t(lang, "report.col.scenario"),
            tw = trainee_w,
            sw = scenario_w
        );
        for (h, w) in heads.iter().zip(&widths) {
            let _ = write!(line, " {h:>w$}");
        }
        let _ = writeln!(out, "{}", line.bold());
        let mut previous = "";
        for r in &self.rows {
            let name = if r.trainee == previous {
                String::new()
            } else {
                cut(&clean(&r.trainee), trainee_w)
            };
            previous = &r.trainee;
            let _ = write!(
                out,
                "{:<tw$} {:<sw$}",
                name,
                cut(&clean(&r.scenario), scenario_w),
                tw = trainee_w,
                sw = scenario_w
            );
            let passed = if r.passed {
                format!("{:>w$}", t(lang, "word.yes"), w = widths[3]).green()
            } else {
                format!("{:>w$}", t(lang, "word.no"), w = widths[3]).red()
            };
            let _ = write!(
                out,
                " {:>w0$} {} {} {}",
                r.attempts,
                score_cell(r.best, widths[1]),
                score_cell(r.last, widths[2]),
                passed,
                w0 = widths[0]
            );
            for (i, d) in DIMENSIONS.iter().enumerate() {
                let _ = write!(out, " {}", score_cell(r.score.get(d), widths[4 + i]));
            }
            out.push('\n');
        }
        out
    }

    /// The report as CSV, one row per trainee and scenario, UTF-8 with a byte-order mark so
    /// that spreadsheets read accents right. Column names are stable keys, not translated.
    pub fn csv(&self, delimiter: u8) -> Result<Vec<u8>, csv::Error> {
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(b"\xEF\xBB\xBF".to_vec());
        w.write_record([
            "trainee",
            "scenario",
            "title",
            "attempts",
            "abandoned",
            "best",
            "last",
            "passed",
            "verification",
            "deescalation",
            "resolution",
            "professionalism",
            "first_at",
            "last_at",
        ])?;
        for r in &self.rows {
            let mut rec = vec![
                r.trainee.clone(),
                r.scenario.clone(),
                r.title.clone(),
                r.attempts.to_string(),
                r.abandoned.to_string(),
                r.best.to_string(),
                r.last.to_string(),
                r.passed.to_string(),
            ];
            rec.extend(DIMENSIONS.iter().map(|d| r.score.get(d).to_string()));
            rec.push(r.first_at.clone());
            rec.push(r.last_at.clone());
            w.write_record(rec.iter().map(|s| csv_safe(s)))?;
        }
        w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading
/// apostrophe: names and titles come from files anyone can write.
fn csv_safe(s: &str) -> String {
    let s = clean(s);
    if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s
    }
}

fn score_cell(v: u32, width: usize) -> colored::ColoredString {
    let s = format!("{v:>width$}");
    match v {
        0..=49 => s.red(),
        50..=69 => s.yellow(),
        _ => s.green(),
    }
}

/// At most `n` characters, with `…` when cut.
pub fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else if n == 0 {
        String::new()
    } else {
        let mut c: String = s.chars().take(n - 1).collect();
        c.push('…');
        c
    }
}

/// Breaks text into lines of at most `width` characters, at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let cur = lines.last_mut().expect("never empty");
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_dates_times_and_days() {
        assert_eq!(parse_since("2026-03-01", 0).unwrap(), "2026-03-01");
        assert_eq!(
            parse_since("2026-03-01T09:00:00Z", 0).unwrap(),
            "2026-03-01T09:00:00Z"
        );
        assert_eq!(
            parse_since("1d", 86_400 * 2).unwrap(),
            "1970-01-02T00:00:00Z"
        );
        assert!(parse_since("yesterday", 0).is_err());
        assert!(parse_since("2026-3-1", 0).is_err());
    }

    #[test]
    fn cells_that_look_like_formulas_are_defused() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("-12"), "-12");
        assert_eq!(csv_safe("Joëlle"), "Joëlle");
    }

    #[test]
    fn cutting_and_wrapping() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
    }
}
