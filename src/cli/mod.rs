//! The command line: argument parsing, the subcommands (one module each), and the one place
//! errors are reported.
//!
//! Exit codes: 0 success; 1 bad input or a failed check (invalid scenario, failing self-test,
//! unreadable file); 2 wrong command-line usage (clap's own).

mod author;
mod list;
mod play;
mod review;
mod scenarios;
mod shell;
mod understand;

use crate::class::commands as class;
use crate::lang::Lang;
use crate::scenario::{Library, Scenario};
use crate::understanding::{self, Lexicon, LexiconFile};
use anyhow::{Result, anyhow};
use clap::{Parser, Subcommand};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "deskdrill", version, about = "Take simulated helpdesk calls and get an explained score", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Debug, Clone)]
struct Common {
    /// Language: en or nl (default: DESKDRILL_LANG, else the locale, else en)
    #[arg(long, value_name = "LANG")]
    lang: Option<Lang>,
    /// A folder of your own scenarios, besides the built-in ones
    #[arg(long, value_name = "DIR", env = "DESKDRILL_SCENARIOS", value_parser = class::dir_or_unset())]
    scenarios: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the scenarios you can play
    List {
        #[command(flatten)]
        common: Common,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Take a call: interactive, or from a script of trainee turns
    Play(play::Options),
    /// Show the acts deskdrill hears in a line (or in each line of standard input)
    Understand {
        #[command(flatten)]
        common: Common,
        /// Include a scenario's own facts and patterns
        #[arg(long, value_name = "SCENARIO")]
        scenario: Option<String>,
        /// Print JSON (JSON Lines for standard input)
        #[arg(long)]
        json: bool,
        /// Measure against a labelled corpus (JSON Lines): accuracy, precision and recall per act
        #[arg(long, value_name = "CORPUS", conflicts_with = "text")]
        evaluate: Option<PathBuf>,
        /// Show why each act was heard: the pattern that matched, the nearest labelled lines
        #[arg(long)]
        explain: bool,
        /// Which layers hear (to measure what each contributes)
        #[arg(long, value_enum, default_value = "both")]
        layers: understanding::Layers,
        /// With --evaluate on lines deskdrill learns from: a line does not vote on itself
        /// (leave one out), so the figure is as for unseen lines
        #[arg(long, requires = "evaluate")]
        leave_one_out: bool,
        /// The line to understand; without it, reads one line at a time from standard input
        text: Vec<String>,
    },
    /// Check scenario files and report every problem as file:line:column: message
    Validate {
        /// Scenario files, or folders of them
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Fail on warnings too (untranslated text, no self-tests, ...)
        #[arg(long)]
        strict: bool,
    },
    /// Run the self-tests in scenarios (all built-in ones by default), or explore them with random calls
    Test {
        /// Scenario files, or folders of them
        paths: Vec<PathBuf>,
        /// Instead of the self-tests, play N seeded random calls per scenario and language and
        /// report what they reached; fails when a caller line or reaction is never reached
        #[arg(long, value_name = "N")]
        explore: Option<u64>,
        /// The first seed of the random calls (call i uses seed S+i)
        #[arg(long, value_name = "S", default_value_t = 0, requires = "explore")]
        seed: u64,
        /// Trainee turns after which a random call counts as not ending
        #[arg(long, value_name = "TURNS", default_value_t = 60, requires = "explore")]
        max_turns: u32,
        /// Explore only this language
        #[arg(long, value_name = "LANG", requires = "explore")]
        lang: Option<Lang>,
    },
    /// Write a complete, valid, playable scenario to start from (ID.json)
    New {
        /// The new scenario's id: lower-case letters, digits and '-'
        id: String,
        /// The folder to write it in
        #[arg(long, value_name = "DIR", default_value = ".")]
        dir: PathBuf,
    },
    /// Print the JSON Schema of the scenario format, for editors
    Schema,
    /// Draw the caller's reactions, moods and outcomes as Graphviz DOT (or Mermaid)
    Graph {
        /// A scenario id or a path to a scenario file
        scenario: String,
        /// Print a Mermaid flowchart instead of DOT
        #[arg(long)]
        mermaid: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Show the annotated transcript of saved calls (results, journals of broken-off calls, folders)
    Review {
        #[command(flatten)]
        args: class::ReviewArgs,
        #[command(flatten)]
        common: Common,
    },
    /// The class report: every trainee in every scenario, the costliest rules, critical errors
    Report(class::ReportArgs),
    /// A trainee's progress: first, best and last per scenario, and what to play next
    Progress(class::ProgressArgs),
    /// Each trainee's standing in a course (scenarios in order, each with a pass mark)
    Course(class::CourseArgs),
    /// The scoring rubric: every rule with its points, its message and a better phrasing
    Rules {
        #[command(flatten)]
        common: Common,
        /// Show a scenario's own weighting and coaching (default: the first built-in scenario)
        #[arg(long, value_name = "SCENARIO")]
        scenario: Option<String>,
    },
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff): `deskdrill manpage > deskdrill.1`, or --dir DIR for one per command
    Manpage(shell::ManpageArgs),
}

/// Entry point: parses arguments, runs, and reports errors once. Colour follows `colored`'s
/// own rules: `NO_COLOR` off, `CLICOLOR_FORCE` on, else on a terminal.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that went away (`deskdrill review … | head`) is not an error: stop quietly,
        // as Unix tools do.
        Err(err) if closed_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // Nothing is left to tell if standard error cannot be written either.
            let _ = writeln!(io::stderr(), "deskdrill: {}", message(&err));
            ExitCode::from(1)
        }
    }
}

/// Whether an error comes from writing to a pipe whose reader has closed it.
pub fn closed_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// An error and its causes, each said once: many messages already quote their cause
/// ("cannot read the file: No such file or directory"), which is then not repeated.
pub fn message(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let said = cause.to_string();
        if text.contains(&said) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&said);
    }
    text
}

fn default_lang(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
}

fn library(common: &Common) -> Library {
    Library {
        dirs: class::set(common.scenarios.clone()).into_iter().collect(),
    }
}

/// The lexicon file for a language: from `DESKDRILL_LEXICON` (a folder with en.json and
/// nl.json) when set, so trainers can try changes without rebuilding; else the built-in one.
fn lexicon_file(lang: Lang) -> Result<LexiconFile> {
    match std::env::var_os("DESKDRILL_LEXICON") {
        Some(dir) => {
            let path = Path::new(&dir).join(format!("{}.json", lang.code()));
            let text = crate::fsio::read_text(
                crate::fsio::Input::Path(&path),
                crate::fsio::MAX_CORPUS_BYTES,
            )?;
            understanding::parse_file(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
        }
        None => understanding::builtin(lang).map_err(|e| anyhow!("built-in {lang} lexicon: {e}")),
    }
}

/// The lexicon for a language with a scenario's extension and a trainer's labelled lines;
/// `user_scenarios` is the trainer's scenarios folder (`--scenarios`), when one was given.
fn compile_lexicon(
    lang: Lang,
    scenario: Option<&Scenario>,
    user_scenarios: Option<&Path>,
) -> Result<Lexicon> {
    let mut file = lexicon_file(lang)?;
    if std::env::var_os("DESKDRILL_LEXICON").is_some() && file.examples.is_empty() {
        // A trainer's own lexicon still hears with the shipped labelled lines.
        file.shipped_lines = Some(lang);
        file.classifier = true;
    }
    let ext: Vec<_> = scenario
        .and_then(|s| s.understanding.get(&lang))
        .into_iter()
        .collect();
    let mut lexicon =
        Lexicon::compile(&file, &ext).map_err(|e| anyhow!("lexicon for {lang}: {e}"))?;
    for path in label_files(lang, user_scenarios) {
        let text = crate::fsio::read_text(
            crate::fsio::Input::Path(&path),
            crate::fsio::MAX_CORPUS_BYTES,
        )?;
        lexicon
            .add_labels(&text, &path.display().to_string())
            .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    }
    Ok(lexicon)
}

/// A trainer's labelled lines, read at every start (no rebuild): the file or folder named by
/// `DESKDRILL_LABELS` (a folder holds `en.jsonl`, `nl.jsonl`), and `labels.jsonl` in the
/// folder of the user's scenarios (`--scenarios`, else `DESKDRILL_SCENARIOS`). Lines may say
/// their `lang`.
fn label_files(lang: Lang, user_scenarios: Option<&Path>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Some(p) = std::env::var_os("DESKDRILL_LABELS") {
        let p = PathBuf::from(p);
        if p.is_dir() {
            files.push(p.join(format!("{}.jsonl", lang.code())));
        } else {
            files.push(p);
        }
    }
    let from_env = std::env::var_os("DESKDRILL_SCENARIOS")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from);
    if let Some(dir) = user_scenarios.map(Path::to_path_buf).or(from_env) {
        let p = dir.join("labels.jsonl");
        if p.is_file() {
            files.push(p);
        }
    }
    files
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::List { common, json } => list::run(&common, json),
        Command::Play(options) => play::run(options),
        Command::Understand {
            common,
            scenario,
            json,
            evaluate,
            explain,
            layers,
            leave_one_out,
            text,
        } => understand::run(
            &common,
            scenario,
            understand::Options {
                json,
                explain,
                layers,
                leave_out: leave_one_out,
            },
            evaluate,
            text,
        ),
        Command::Validate { paths, strict } => scenarios::validate(&paths, strict),
        Command::Test {
            paths,
            explore,
            seed,
            max_turns,
            lang,
        } => {
            let (loaded, broken) = author::load_for_test(&paths)?;
            match explore {
                Some(calls) if broken == 0 => author::explore(
                    loaded,
                    &author::ExploreArgs {
                        calls,
                        seed,
                        max_turns: max_turns.max(1),
                        langs: lang,
                    },
                ),
                Some(_) => Ok(ExitCode::from(1)),
                None => scenarios::self_test(loaded, broken),
            }
        }
        Command::New { id, dir } => author::new(&id, &dir),
        Command::Schema => author::schema(),
        Command::Graph {
            scenario,
            mermaid,
            common,
        } => author::graph(&scenario, mermaid, &common),
        Command::Review { args, common } => review::run(&args, &common),
        Command::Report(args) => class::report(args),
        Command::Progress(args) => class::progress(args),
        Command::Course(args) => class::course(args),
        Command::Rules { common, scenario } => {
            let lib = library(&common);
            let s = match scenario {
                Some(name) => lib.find(&name)?,
                None => lib.find_id("impostor-reset")?,
            };
            let lang = default_lang(common.lang);
            print!("{}", crate::report::rule_catalogue(&s, lang));
            Ok(ExitCode::SUCCESS)
        }
        Command::Completions(args) => shell::completions(&args),
        Command::Manpage(args) => shell::manpage(&args),
    }
}
