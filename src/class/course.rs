//! Courses: scenarios in order, each with a pass mark; each trainee's standing in one, and the
//! step to play next.
//!
//! A course file is JSON:
//!
//! ```json
//! { "format": "deskdrill.course.v1", "title": "Week 1: who is calling?",
//!   "steps": [ { "scenario": "nervous-care-worker", "pass_mark": 70 },
//!              { "scenario": "impostor-reset" } ] }
//! ```
//!
//! A step without `pass_mark` uses the scenario's own. A step is passed by an attempt with no
//! critical error, not abandoned, whose total reaches the step's mark and each of whose four
//! dimensions reaches the floor every call needs.

use super::load::Attempt;
use super::report::{by_trainee, cut};
use crate::lang::Lang;
use crate::report::clean;
use crate::ui::{fmt, t};
use colored::Colorize;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::path::Path;

pub const FORMAT: &str = "deskdrill.course.v1";
/// A course file larger than this is refused.
pub const MAX_COURSE_BYTES: u64 = 256 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    #[serde(default)]
    pub format: Option<String>,
    pub title: String,
    pub steps: Vec<Step>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub scenario: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<u32>,
}

/// A course file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum CourseError {
    #[error("{path}: cannot read the course: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is {size} bytes; a course may be at most {MAX_COURSE_BYTES} bytes")]
    TooLarge { path: String, size: u64 },
    #[error(
        "{path}:{line}:{column}: {message} (a course is {{\"title\": …, \"steps\": [{{\"scenario\": ID, \"pass_mark\": 70}}, …]}})"
    )]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
}

impl Course {
    pub fn parse(text: &str, path: &str) -> Result<Course, CourseError> {
        let course: Course = serde_json::from_str(text).map_err(|e| CourseError::Syntax {
            path: path.into(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let invalid = |message: String| CourseError::Invalid {
            path: path.into(),
            message,
        };
        if let Some(f) = &course.format
            && f != FORMAT
        {
            return Err(invalid(format!("format is '{f}', expected '{FORMAT}'")));
        }
        if course.steps.is_empty() {
            return Err(invalid("the course has no steps".into()));
        }
        for (i, s) in course.steps.iter().enumerate() {
            if s.pass_mark.is_some_and(|m| m > 100) {
                return Err(invalid(format!(
                    "step {}: pass_mark must be 0 to 100",
                    i + 1
                )));
            }
        }
        Ok(course)
    }

    pub fn load(path: &Path) -> Result<Course, CourseError> {
        let shown = path.display().to_string();
        let read = |source| CourseError::Read {
            path: shown.clone(),
            source,
        };
        let size = std::fs::metadata(path).map_err(read)?.len();
        if size > MAX_COURSE_BYTES {
            return Err(CourseError::TooLarge { path: shown, size });
        }
        let text = std::fs::read_to_string(path).map_err(read)?;
        Course::parse(&text, &shown)
    }

    /// Whether an attempt passes a step.
    pub fn passes(step: &Step, a: &Attempt) -> bool {
        a.scenario == step.scenario
            && a.critical.is_empty()
            && a.outcome != "abandoned"
            && a.score.total >= step.pass_mark.unwrap_or(a.pass_mark)
            && super::load::DIMENSIONS
                .iter()
                .all(|d| a.score.get(d) >= crate::scoring::floor_of(d))
    }

    /// The index of the first step a trainee's attempts have not passed.
    pub fn next_step(&self, attempts: &[&Attempt]) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| !attempts.iter().any(|a| Course::passes(s, a)))
    }

    /// Every trainee's standing, in name order.
    pub fn standing(&self, attempts: &[&Attempt]) -> Standing {
        let trainees = by_trainee(attempts)
            .into_iter()
            .map(|(name, mine)| {
                let steps: Vec<StepStanding> = self
                    .steps
                    .iter()
                    .map(|s| {
                        let tries: Vec<&&Attempt> =
                            mine.iter().filter(|a| a.scenario == s.scenario).collect();
                        StepStanding {
                            attempts: tries.len(),
                            best: tries.iter().map(|a| a.score.total).max(),
                            passed: tries.iter().any(|a| Course::passes(s, a)),
                        }
                    })
                    .collect();
                TraineeStanding {
                    passed: steps.iter().filter(|s| s.passed).count(),
                    next: self
                        .next_step(&mine)
                        .map(|i| self.steps[i].scenario.clone()),
                    trainee: name,
                    steps,
                }
            })
            .collect();
        Standing {
            format: "deskdrill.course-standing.v1".into(),
            title: self.title.clone(),
            steps: self.steps.clone(),
            trainees,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepStanding {
    pub attempts: usize,
    pub best: Option<u32>,
    pub passed: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TraineeStanding {
    pub trainee: String,
    pub steps: Vec<StepStanding>,
    pub passed: usize,
    /// The first step not passed; none when the course is done.
    pub next: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Standing {
    pub format: String,
    pub title: String,
    pub steps: Vec<Step>,
    pub trainees: Vec<TraineeStanding>,
}

impl Standing {
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}", clean(&self.title).bold());
        for (i, s) in self.steps.iter().enumerate() {
            let mark = s
                .pass_mark
                .map(|m| fmt(lang, "course.mark", &[("mark", &m.to_string())]))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:>2}. {}{}",
                i + 1,
                clean(&s.scenario),
                mark.dimmed()
            );
        }
        if self.trainees.is_empty() {
            let _ = writeln!(out, "\n{}", t(lang, "report.empty"));
            return out;
        }
        // Steps as numbered columns of 5; as many as fit beside the name and the summary.
        let name_w = self
            .trainees
            .iter()
            .map(|s| s.trainee.chars().count())
            .max()
            .unwrap_or(8)
            .clamp(8, 18);
        let shown = self
            .steps
            .len()
            .min((super::report::WIDTH - name_w - 30) / 5);
        let mut head = format!("{:<name_w$}", t(lang, "report.col.trainee"));
        for i in 0..shown {
            let _ = write!(head, " {:>4}", i + 1);
        }
        let _ = write!(head, "  {}", t(lang, "course.col.done"));
        let _ = writeln!(out, "\n{}", head.bold());
        for tr in &self.trainees {
            let _ = write!(out, "{:<name_w$}", cut(&clean(&tr.trainee), name_w));
            for s in tr.steps.iter().take(shown) {
                let cell = match s.best {
                    None => format!("{:>4}", "-").dimmed(),
                    Some(b) if s.passed => format!("{:>3}✓", b).green(),
                    Some(b) => format!("{:>3}✗", b).red(),
                };
                let _ = write!(out, " {cell}");
            }
            let next = match &tr.next {
                Some(n) => fmt(lang, "course.next", &[("scenario", &clean(n))]),
                None => t(lang, "course.done").to_string(),
            };
            let done = format!("{}/{}", tr.passed, self.steps.len());
            let room = super::report::WIDTH.saturating_sub(name_w + shown * 5 + done.len() + 5);
            let _ = writeln!(out, "  {done}  {}", cut(&next, room).dimmed());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn course_files_are_checked() {
        let c = Course::parse(
            r#"{"title":"W1","steps":[{"scenario":"a","pass_mark":60},{"scenario":"b"}]}"#,
            "c.json",
        )
        .unwrap();
        assert_eq!(c.steps[1].pass_mark, None);
        let e = Course::parse(r#"{"title":"W1","stepz":[]}"#, "c.json").unwrap_err();
        assert!(e.to_string().starts_with("c.json:1:"), "{e}");
        assert!(e.to_string().contains("unknown field `stepz`"), "{e}");
        assert!(Course::parse(r#"{"title":"W","steps":[]}"#, "c.json").is_err());
        assert!(
            Course::parse(
                r#"{"title":"W","steps":[{"scenario":"a","pass_mark":101}]}"#,
                "c"
            )
            .is_err()
        );
    }
}
