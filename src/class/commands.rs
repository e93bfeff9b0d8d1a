//! The class commands on the command line: `report`, `progress`, `course`, the class side of
//! `play` (who is playing, `--next`, saving into a shared folder) and of `review` (several
//! files, a folder, a trainee's latest call; notes).
//!
//! `cli` holds one variant per command and calls in here; the arguments are defined here so
//! that the class commands live in one place.

use super::course::Course;
use super::load::{self, Class, Skipped};
use super::progress;
use super::report::{self, Filter, Report};
use crate::call::Event;
use crate::lang::Lang;
use crate::result::CallResult;
use crate::scenario::Library;
use crate::trainee;
use crate::ui::{fmt, t};
use anyhow::{Context, Result, anyhow, bail};
use colored::Colorize;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

/// A folder from an option or its environment variable, where an empty value (`DESKDRILL_RESULTS=`)
/// means "not set" rather than a usage error; [`set`] drops it.
pub fn dir_or_unset() -> impl clap::builder::TypedValueParser<Value = PathBuf> {
    use clap::builder::TypedValueParser;
    clap::builder::OsStringValueParser::new().map(PathBuf::from)
}

/// The folder given, unless it was given empty.
pub fn set(dir: Option<PathBuf>) -> Option<PathBuf> {
    dir.filter(|d| !d.as_os_str().is_empty())
}

/// Options every class command shares.
#[derive(clap::Args, Debug, Clone)]
pub struct ClassArgs {
    /// Results folders or files (default: DESKDRILL_RESULTS, else your data folder)
    #[arg(value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// Language: en or nl (default: DESKDRILL_LANG, else the locale, else en)
    #[arg(long, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// A folder of your own scenarios (to score broken-off calls of them)
    #[arg(long, value_name = "DIR", env = "DESKDRILL_SCENARIOS", value_parser = dir_or_unset())]
    pub scenarios: Option<PathBuf>,
    /// Only calls started at or after this date, time or number of days back (2026-03-01, 7d)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    #[command(flatten)]
    pub class: ClassArgs,
    /// Only these trainees (repeat for more)
    #[arg(long = "trainee", value_name = "NAME")]
    pub trainees: Vec<String>,
    /// Only these scenarios (repeat for more)
    #[arg(long = "scenario", value_name = "ID")]
    pub scenario_ids: Vec<String>,
    /// Print CSV (UTF-8) for a spreadsheet
    #[arg(long, conflicts_with_all = ["json", "html"])]
    pub csv: bool,
    /// The CSV separator; ';' for spreadsheets set up for Dutch
    #[arg(long, value_name = "CHAR", default_value = ",", requires = "csv")]
    pub delimiter: char,
    /// Print JSON
    #[arg(long, conflicts_with = "html")]
    pub json: bool,
    /// Write a self-contained HTML page with charts to FILE
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct ProgressArgs {
    #[command(flatten)]
    pub class: ClassArgs,
    /// Whose progress (default: the name deskdrill remembers, or the only trainee)
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// Suggest the next scenario from this course
    #[arg(long, value_name = "FILE")]
    pub course: Option<PathBuf>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Args, Debug)]
pub struct CourseArgs {
    /// The course file (JSON: a title and steps, each a scenario with a pass mark)
    pub file: PathBuf,
    #[command(flatten)]
    pub class: ClassArgs,
    /// Only these trainees (repeat for more)
    #[arg(long = "trainee", value_name = "NAME")]
    pub trainees: Vec<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

/// `play --next --course FILE`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct NextArgs {
    /// Play the first scenario of the course you have not passed yet (needs --course)
    #[arg(long, requires = "course")]
    pub next: bool,
    /// The course for --next
    #[arg(long, value_name = "FILE")]
    pub course: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct ReviewArgs {
    /// Result files (.json), journals (.journal.jsonl) or folders of them
    #[arg(value_name = "RESULT", required = true)]
    pub paths: Vec<PathBuf>,
    /// Only this trainee's calls
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
    /// Only the latest call (of the trainee, or in the folders)
    #[arg(long)]
    pub latest: bool,
    /// Print the result as JSON (an array for several)
    #[arg(long)]
    pub json: bool,
    /// Show why trainee turn N was heard as it was (as `understand --explain`)
    #[arg(long, value_name = "TURN")]
    pub explain: Option<u32>,
    /// Write trainee turn N out as a labelled line (JSON Lines) with the acts of --acts
    #[arg(long, value_name = "TURN", requires = "acts")]
    pub label: Option<u32>,
    /// The acts turn N should have had, for --label: comma-separated, facts as
    /// ask_identity:FACT; "-" for none
    #[arg(long, value_name = "ACTS", requires = "label")]
    pub acts: Option<String>,
    /// Append the labelled line to this file (a labels file read at the next start) instead
    /// of printing it
    #[arg(long, value_name = "FILE", requires = "label")]
    pub to: Option<PathBuf>,
}

fn lang_of(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
}

/// Where results go and come from: `--results`, `DESKDRILL_RESULTS`, else the data folder.
pub fn results_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(d) = given {
        return Ok(d);
    }
    if let Some(d) = std::env::var_os("DESKDRILL_RESULTS").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "deskdrill")
        .map(|d| d.data_dir().join("results"))
        .ok_or_else(|| anyhow!("cannot find your data folder; give a results folder"))
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Reads the class and warns (on stderr) about every file left aside.
fn read_class(args: &ClassArgs, lang: Lang) -> Result<Class> {
    let dirs = if args.dirs.is_empty() {
        vec![results_dir(None)?]
    } else {
        args.dirs.clone()
    };
    let library = Library {
        dirs: set(args.scenarios.clone()).into_iter().collect(),
    };
    let class = load::load(&dirs, &library, SystemTime::now())?;
    warn_skipped(&class.skipped, lang);
    Ok(class)
}

/// One line on stderr for every file left aside.
pub fn warn_skipped(skipped: &[Skipped], lang: Lang) {
    let mut err = io::stderr().lock();
    for s in skipped {
        let (key, args) = s.reason.message_key();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let reason = fmt(lang, key, &args);
        let _ = writeln!(
            err,
            "deskdrill: {}",
            fmt(
                lang,
                "class.skipped",
                &[
                    ("file", &crate::report::clean(&s.file)),
                    ("reason", &reason)
                ]
            )
            .yellow()
        );
    }
}

fn filter(args: &ClassArgs, trainees: Vec<String>, scenarios: Vec<String>) -> Result<Filter> {
    let since = match &args.since {
        Some(s) => Some(report::parse_since(s, now())?),
        None => None,
    };
    Ok(Filter {
        trainees,
        scenarios,
        since,
    })
}

pub fn report(args: ReportArgs) -> Result<ExitCode> {
    let lang = lang_of(args.class.lang);
    let class = read_class(&args.class, lang)?;
    let filter = filter(&args.class, args.trainees, args.scenario_ids)?;
    let report = Report::build(&class, &filter);
    let mut out = io::stdout().lock();
    if args.csv {
        let delimiter = u8::try_from(args.delimiter)
            .ok()
            .filter(u8::is_ascii)
            .ok_or_else(|| anyhow!("--delimiter must be one ASCII character, such as , or ;"))?;
        out.write_all(&report.csv(delimiter)?)?;
    } else if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    } else if let Some(path) = &args.html {
        let page = super::html::render(&report, &class, &filter, lang)?;
        std::fs::write(path, page)
            .with_context(|| format!("{}: cannot write the report", path.display()))?;
        let _ = writeln!(
            io::stderr(),
            "{}",
            fmt(
                lang,
                "report.written",
                &[("path", &path.display().to_string())]
            )
        );
    } else {
        write!(out, "{}", report.render(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The scenarios one could play, in the library's order.
fn available(library: &Library) -> Vec<String> {
    library
        .entries()
        .into_iter()
        .filter_map(|e| e.scenario.ok().map(|s| s.id))
        .collect()
}

fn load_course(path: &Path, library: &Library) -> Result<Course> {
    let course = Course::load(path)?;
    let known = available(library);
    for (i, step) in course.steps.iter().enumerate() {
        if !known.contains(&step.scenario) {
            let err = library
                .find(&step.scenario)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            bail!("{}: step {}: {err}", path.display(), i + 1);
        }
    }
    Ok(course)
}

pub fn progress(args: ProgressArgs) -> Result<ExitCode> {
    let lang = lang_of(args.class.lang);
    let class = read_class(&args.class, lang)?;
    let library = Library {
        dirs: set(args.class.scenarios.clone()).into_iter().collect(),
    };
    let course = match &args.course {
        Some(p) => Some(load_course(p, &library)?),
        None => None,
    };
    let filter = filter(&args.class, Vec::new(), Vec::new())?;
    let kept: Vec<load::Attempt> = class
        .attempts
        .into_iter()
        .filter(|a| filter.keep(a))
        .collect();
    let who = match args.trainee.or_else(remembered_name) {
        Some(name) => name,
        None => {
            let refs: Vec<&load::Attempt> = kept.iter().collect();
            let names: Vec<String> = report::by_trainee(&refs)
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            match names.as_slice() {
                [one] => one.clone(),
                [] => String::new(),
                _ => bail!(
                    "{}",
                    fmt(lang, "progress.which", &[("names", &names.join(", "))])
                ),
            }
        }
    };
    let p = progress::build(&kept, &who, &available(&library), course.as_ref());
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&p)?)?;
    } else {
        write!(out, "{}", p.render(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn course(args: CourseArgs) -> Result<ExitCode> {
    let lang = lang_of(args.class.lang);
    let library = Library {
        dirs: set(args.class.scenarios.clone()).into_iter().collect(),
    };
    let course = load_course(&args.file, &library)?;
    let class = read_class(&args.class, lang)?;
    let filter = filter(&args.class, args.trainees, Vec::new())?;
    let kept: Vec<&load::Attempt> = class.attempts.iter().filter(|a| filter.keep(a)).collect();
    let standing = course.standing(&kept);
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&standing)?)?;
    } else {
        write!(out, "{}", standing.render(lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn remembered_name() -> Option<String> {
    trainee::config_path()
        .map(|p| trainee::load(&p))
        .and_then(|c| c.trainee)
        .and_then(|n| trainee::tidy(&n))
}

/// Who is playing: `--trainee`, else the remembered name, else (only on a terminal, never for
/// a script or `--json`) asked once and remembered, else the login name.
pub fn who_is_playing(given: Option<String>, interactive: bool, lang: Lang) -> Result<String> {
    let path = trainee::config_path();
    let config = path.as_deref().map(trainee::load).unwrap_or_default();
    let interactive = interactive && io::stdin().is_terminal() && io::stdout().is_terminal();
    let (name, source) = trainee::resolve(
        given.as_deref(),
        &config,
        interactive && path.is_some(),
        || {
            write!(io::stderr(), "{}", t(lang, "trainee.ask").bold())?;
            io::stderr().flush()?;
            let mut line = String::new();
            io::stdin().lock().read_line(&mut line)?;
            Ok(line)
        },
        std::env::var("USER").ok(),
    )?;
    if source == trainee::Source::Asked
        && let Some(p) = &path
    {
        let config = trainee::Config {
            trainee: Some(name.clone()),
            ..config
        };
        trainee::save(p, &config)
            .with_context(|| format!("{}: cannot remember your name", p.display()))?;
        let _ = writeln!(
            io::stderr(),
            "{}",
            fmt(
                lang,
                "trainee.remembered",
                &[("name", &name), ("path", &p.display().to_string())]
            )
            .dimmed()
        );
    }
    Ok(name)
}

/// For `play --next --course FILE`: the scenario of the first step `trainee` has not passed,
/// or `None` when the course is done (after saying so).
pub fn next_scenario(
    next: &NextArgs,
    trainee_name: &str,
    results: Option<&Path>,
    scenarios: Option<&Path>,
    lang: Lang,
) -> Result<Option<String>> {
    let Some(course_path) = &next.course else {
        bail!("--next needs --course FILE");
    };
    let library = Library {
        dirs: scenarios.map(Path::to_path_buf).into_iter().collect(),
    };
    let course = load_course(course_path, &library)?;
    let dir = results_dir(results.map(Path::to_path_buf))?;
    let class = if dir.exists() {
        load::load(&[dir], &library, SystemTime::now())?
    } else {
        Class::default()
    };
    let mine: Vec<&load::Attempt> = class
        .attempts
        .iter()
        .filter(|a| report::same_name(&a.trainee, trainee_name))
        .collect();
    match course.next_step(&mine) {
        Some(i) => {
            let _ = writeln!(
                io::stderr(),
                "{}",
                fmt(
                    lang,
                    "course.playing",
                    &[
                        ("step", &(i + 1).to_string()),
                        ("steps", &course.steps.len().to_string()),
                        ("scenario", &course.steps[i].scenario)
                    ]
                )
                .bold()
            );
            Ok(Some(course.steps[i].scenario.clone()))
        }
        None => {
            writeln!(io::stdout(), "{}", t(lang, "progress.next.course_done"))?;
            Ok(None)
        }
    }
}

/// The notes a trainee wrote with `/notes` during the call, for the debrief and the review.
pub fn notes(r: &CallResult, lang: Lang) -> String {
    let notes: Vec<(u32, &str)> = r
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Note { after, text } => Some((*after, text.as_str())),
            _ => None,
        })
        .collect();
    if notes.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", t(lang, "notes.title").bold());
    for (after, text) in notes {
        out.push_str(&format!(
            "  {} {}\n",
            format!(
                "[{}]",
                fmt(lang, "notes.after_turn", &[("turn", &after.to_string())])
            )
            .dimmed(),
            crate::report::clean(text)
        ));
    }
    out
}

/// The files `review` shows, in order: named files as given; folders' calls by start time;
/// with `--trainee` only theirs, with `--latest` only the last.
pub fn review_files(args: &ReviewArgs, lang: Lang) -> Result<Vec<PathBuf>> {
    let plain = args.trainee.is_none() && !args.latest && args.paths.iter().all(|p| !p.is_dir());
    if plain {
        return Ok(args.paths.clone());
    }
    let class = load::load(&args.paths, &Library::default(), SystemTime::now())?;
    warn_skipped(&class.skipped, lang);
    let mut files: Vec<PathBuf> = class
        .attempts
        .iter()
        .filter(|a| {
            args.trainee
                .as_deref()
                .is_none_or(|n| report::same_name(n, &a.trainee))
        })
        .map(|a| PathBuf::from(&a.file))
        .collect();
    if args.latest && files.len() > 1 {
        files.drain(..files.len() - 1);
    }
    if files.is_empty() {
        bail!(
            "{}",
            fmt(
                lang,
                "review.none",
                &[(
                    "paths",
                    &args
                        .paths
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )]
            )
        );
    }
    Ok(files)
}
