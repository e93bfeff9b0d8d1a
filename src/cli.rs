//! The command line: argument parsing, the subcommands, and the one place errors are reported.
//!
//! Exit codes: 0 success; 1 bad input or a failed check (invalid scenario, failing self-test,
//! unreadable file); 2 wrong command-line usage (clap's own).

use crate::call::{Call, Setup, Step};
use crate::evaluate;
use crate::journal::{self, Header, Journal};
use crate::lang::Lang;
use crate::report;
use crate::result::{self, CallResult, Timing};
use crate::scenario::{self, Library, Scenario};
use crate::selftest;
use crate::ui;
use crate::understanding::{self, Act, Lexicon, LexiconFile};
use anyhow::{Context, Result, anyhow, bail};
use clap::{Parser, Subcommand};
use std::collections::HashMap;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

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
    #[arg(long, value_name = "DIR", env = "DESKDRILL_SCENARIOS")]
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
    Play {
        /// A scenario id (see 'deskdrill list') or a path to a scenario file
        scenario: String,
        #[command(flatten)]
        common: Common,
        /// Seed for the caller's choices; the same seed and turns replay the same call
        #[arg(long)]
        seed: Option<u64>,
        /// Your name, as recorded in the result
        #[arg(long, value_name = "NAME")]
        trainee: Option<String>,
        /// Take the trainee's turns from a file ('-' for standard input), one per line
        #[arg(long, value_name = "FILE")]
        script: Option<String>,
        /// Print the result as JSON instead of the debrief
        #[arg(long)]
        json: bool,
        /// Where to save results (default: DESKDRILL_RESULTS, else your data folder)
        #[arg(
            long,
            value_name = "DIR",
            env = "DESKDRILL_RESULTS",
            conflicts_with = "no_save"
        )]
        results: Option<PathBuf>,
        /// Do not save the result (nor journal the call)
        #[arg(long)]
        no_save: bool,
    },
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
        /// The line to understand; without it, reads one line at a time from standard input
        text: Vec<String>,
    },
    /// Check scenario files and report every problem as file:line:column: message
    Validate {
        /// Scenario files, or folders of them
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Run the self-tests in scenarios (all built-in ones by default)
    Test {
        /// Scenario files, or folders of them
        paths: Vec<PathBuf>,
    },
    /// Show the annotated transcript of a saved call (a result, or the journal of a broken-off call)
    Review {
        /// A result file (.json) or a journal (.journal.jsonl)
        result: PathBuf,
        /// Print the result as JSON (useful for a journal)
        #[arg(long)]
        json: bool,
    },
}

/// Entry point: parses arguments, runs, and reports errors once.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout_tty = io::stdout().is_terminal();
    colored::control::set_override(colour_wanted(stdout_tty, |k| {
        std::env::var_os(k).map(|v| v.to_string_lossy().into_owned())
    }));
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            let _ = writeln!(io::stderr(), "deskdrill: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Colour when it helps: never with `NO_COLOR`, always with `CLICOLOR_FORCE`, else on a terminal.
pub fn colour_wanted(tty: bool, get: impl Fn(&str) -> Option<String>) -> bool {
    if get("NO_COLOR").is_some() {
        return false;
    }
    if get("CLICOLOR_FORCE").is_some() {
        return true;
    }
    tty && get("TERM").as_deref() != Some("dumb")
}

fn default_lang(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
}

fn library(common: &Common) -> Library {
    Library {
        dirs: common.scenarios.iter().cloned().collect(),
    }
}

/// The lexicon file for a language: from `DESKDRILL_LEXICON` (a folder with en.json and
/// nl.json) when set, so trainers can try changes without rebuilding; else the built-in one.
fn lexicon_file(lang: Lang) -> Result<LexiconFile> {
    match std::env::var_os("DESKDRILL_LEXICON") {
        Some(dir) => {
            let path = Path::new(&dir).join(format!("{}.json", lang.code()));
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("{}: cannot read the lexicon", path.display()))?;
            understanding::parse_file(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
        }
        None => understanding::builtin(lang).map_err(|e| anyhow!("built-in {lang} lexicon: {e}")),
    }
}

fn compile_lexicon(lang: Lang, scenario: Option<&Scenario>) -> Result<Lexicon> {
    let mut file = lexicon_file(lang)?;
    if std::env::var_os("DESKDRILL_LEXICON").is_some() && file.examples.is_empty() {
        // A trainer's own lexicon still hears with the shipped labelled lines.
        file.examples = understanding::builtin(lang)?.examples;
    }
    let ext: Vec<_> = scenario
        .and_then(|s| s.understanding.get(&lang))
        .into_iter()
        .collect();
    let mut lexicon =
        Lexicon::compile(&file, &ext).map_err(|e| anyhow!("lexicon for {lang}: {e}"))?;
    for path in label_files(lang) {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read the labelled lines", path.display()))?;
        lexicon
            .add_labels(&text, &path.display().to_string())
            .map_err(|e| anyhow!("{}: {e}", path.display()))?;
    }
    Ok(lexicon)
}

/// A trainer's labelled lines, read at every start (no rebuild): the file or folder named by
/// `DESKDRILL_LABELS` (a folder holds `en.jsonl`, `nl.jsonl`), and `labels.jsonl` in the
/// folder of the user's scenarios (`DESKDRILL_SCENARIOS`). Lines may say their `lang`.
fn label_files(lang: Lang) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Some(p) = std::env::var_os("DESKDRILL_LABELS") {
        let p = PathBuf::from(p);
        if p.is_dir() {
            files.push(p.join(format!("{}.jsonl", lang.code())));
        } else {
            files.push(p);
        }
    }
    if let Some(dir) = std::env::var_os("DESKDRILL_SCENARIOS") {
        let p = Path::new(&dir).join("labels.jsonl");
        if p.is_file() {
            files.push(p);
        }
    }
    files
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::List { common, json } => list(&common, json),
        Command::Play {
            scenario,
            common,
            seed,
            trainee,
            script,
            json,
            results,
            no_save,
        } => {
            let lib = library(&common);
            let scenario = Arc::new(lib.find(&scenario)?);
            let lang = default_lang(common.lang);
            if !scenario.languages.contains(&lang) {
                let langs: Vec<&str> = scenario.languages.iter().map(|l| l.code()).collect();
                bail!(
                    "scenario '{}' is not available in '{lang}'; use --lang {}",
                    scenario.id,
                    langs.join(" or --lang ")
                );
            }
            let seed = seed.unwrap_or_else(|| u64::from(rand::random::<u32>()));
            let trainee = trainee
                .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
                .unwrap_or_else(|| "trainee".into());
            let results = if no_save {
                None
            } else {
                Some(results.map(Ok).unwrap_or_else(default_results_dir)?)
            };
            play(PlayArgs {
                scenario,
                lang,
                seed,
                trainee,
                script,
                json,
                results,
            })
        }
        Command::Understand {
            common,
            scenario,
            json,
            evaluate,
            explain,
            layers,
            text,
        } => understand(
            &common,
            scenario,
            UnderstandOpts {
                json,
                explain,
                layers,
            },
            evaluate,
            text,
        ),
        Command::Validate { paths } => validate(&paths),
        Command::Test { paths } => self_test(&paths),
        Command::Review { result, json } => review(&result, json),
    }
}

fn default_results_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "deskdrill")
        .map(|d| d.data_dir().join("results"))
        .ok_or_else(|| anyhow!("cannot find your data folder; give --results DIR or --no-save"))
}

fn list(common: &Common, json: bool) -> Result<ExitCode> {
    let lang = default_lang(common.lang);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for entry in library(common).entries() {
        match entry.scenario {
            Ok(s) => rows.push((s, entry.origin)),
            Err(e) => problems.push(e.to_string()),
        }
    }
    let mut out = io::stdout().lock();
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
                "{:<22} {:<7} {:<6} {}{}",
                s.id,
                s.difficulty,
                langs.join(","),
                report::clean(s.title.get(lang)),
                origin
            )?;
        }
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

struct PlayArgs {
    scenario: Arc<Scenario>,
    lang: Lang,
    seed: u64,
    trainee: String,
    script: Option<String>,
    json: bool,
    results: Option<PathBuf>,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn play(args: PlayArgs) -> Result<ExitCode> {
    let lexicon = Arc::new(compile_lexicon(args.lang, Some(&args.scenario))?);
    let started = now_secs();
    let started_at = result::rfc3339(started);
    let clock = Instant::now();
    let name = format!(
        "{}-{}-{}",
        started_at.replace([':', '-'], "").trim_end_matches('Z'),
        args.scenario.id,
        args.seed
    );
    let mut journal =
        match &args.results {
            Some(dir) => {
                let header = Header {
                    journal: journal::JOURNAL_FORMAT.into(),
                    scenario: args.scenario.id.clone(),
                    source: String::new(),
                    started_at: started_at.clone(),
                };
                let path = dir.join(format!("{name}.journal.jsonl"));
                Some(Journal::create(path.clone(), &header).with_context(|| {
                    format!("{}: cannot write the call's journal", path.display())
                })?)
            }
            None => None,
        };
    let mut call = Call::new(Setup {
        scenario: Arc::clone(&args.scenario),
        lexicon,
        lang: args.lang,
        seed: args.seed,
        trainee: args.trainee.clone(),
    });
    if let Some(j) = journal.as_mut() {
        j.write(call.log())?;
    }
    match &args.script {
        Some(source) => {
            let text = if source == "-" {
                let mut s = String::new();
                io::stdin()
                    .read_to_string(&mut s)
                    .context("cannot read the script from standard input")?;
                s
            } else {
                std::fs::read_to_string(source)
                    .with_context(|| format!("{source}: cannot read the script"))?
            };
            let show = !args.json;
            let scenario = Arc::clone(&args.scenario);
            let lang = args.lang;
            let mut out = io::stdout().lock();
            if show {
                writeln!(out, "{}", report::briefing(&scenario, lang))?;
            }
            let mut io_error = None;
            call.run_script(text.lines().map(str::to_string), |line, step| {
                if let Step::Events(events) = step
                    && let Some(j) = journal.as_mut()
                    && let Err(e) = j.write(events)
                {
                    io_error = Some(e);
                }
                if show {
                    let shown = render_step(&scenario, lang, &args.trainee, line, step);
                    let _ = write!(out, "{shown}");
                }
            });
            if let Some(e) = io_error {
                return Err(e).context("cannot write the call's journal");
            }
        }
        None => {
            crate::repl::run(&mut call, &args.trainee, journal.as_mut(), clock)?;
        }
    }
    let timing = Timing {
        started_at,
        duration_s: clock.elapsed().as_secs(),
    };
    let result = result::build(&args.scenario, call.log(), &timing);
    if let Some(dir) = &args.results {
        let path = journal::save_result(dir, &name, &result)
            .with_context(|| format!("{}: cannot save the result", dir.display()))?;
        if let Some(j) = journal.take() {
            j.finish().ok();
        }
        eprintln!(
            "{}",
            ui::fmt(args.lang, "saved", &[("path", &path.display().to_string())])
        );
    }
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        writeln!(out, "\n{}", report::debrief(&result, args.lang))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What a step of a call shows, with the trainee's own line echoed (for scripts).
pub fn render_step(s: &Scenario, lang: Lang, trainee: &str, line: &str, step: &Step) -> String {
    use colored::Colorize;
    let mut out = String::new();
    if !line.is_empty() {
        out.push_str(&format!(
            "{}: {}\n",
            report::clean(trainee).cyan().bold(),
            report::clean(line)
        ));
    }
    match step {
        Step::Events(events) => out.push_str(&report::events(s, lang, events)),
        Step::Help => out.push_str(&format!("{}\n", report::help(s, lang))),
        Step::Status | Step::Nothing => {}
        Step::Rejected(r) => {
            out.push_str(&format!("  {}\n", crate::repl::rejection(lang, r).yellow()))
        }
    }
    out
}

struct UnderstandOpts {
    json: bool,
    explain: bool,
    layers: understanding::Layers,
}

fn understand(
    common: &Common,
    scenario: Option<String>,
    opts: UnderstandOpts,
    evaluate: Option<PathBuf>,
    text: Vec<String>,
) -> Result<ExitCode> {
    let UnderstandOpts {
        json,
        explain,
        layers,
    } = opts;
    let lang = default_lang(common.lang);
    let scenario = match scenario {
        Some(name) => Some(library(common).find(&name)?),
        None => None,
    };
    let mut lexicon = compile_lexicon(lang, scenario.as_ref())?;
    lexicon.set_layers(layers);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let Some(path) = evaluate {
        let corpus = std::fs::read_to_string(&path)
            .with_context(|| format!("{}: cannot read the corpus", path.display()))?;
        let report = evaluate::evaluate(&lexicon, &corpus)
            .map_err(|e| anyhow!("{}: {e}", path.display()))?;
        write!(out, "{}", report.render())?;
        return Ok(ExitCode::SUCCESS);
    }
    let answer = |out: &mut dyn Write, line: &str| -> Result<()> {
        if explain {
            let why = lexicon.explain(line);
            if json {
                let v =
                    serde_json::json!({"text": line, "acts": why.acts, "explain": why.to_json()});
                writeln!(out, "{}", serde_json::to_string(&v)?)?;
            } else {
                write!(out, "{}", why.render())?;
            }
            return Ok(());
        }
        let acts = lexicon.understand(line);
        if json {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&serde_json::json!({"text": line, "acts": acts}))?
            )?;
        } else {
            let labels: Vec<String> = acts.iter().map(Act::label).collect();
            writeln!(
                out,
                "{}",
                if labels.is_empty() {
                    "-".to_string()
                } else {
                    labels.join("  ")
                }
            )?;
        }
        Ok(())
    };
    if text.is_empty() {
        for line in io::stdin().lock().lines() {
            let line = line.context("cannot read standard input")?;
            answer(&mut out, &line)?;
        }
    } else {
        answer(&mut out, &text.join(" "))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Scenario files named directly, or every `*.json` in named folders.
fn scenario_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("{}: cannot read the folder", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|e| e == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

fn validate(paths: &[PathBuf]) -> Result<ExitCode> {
    let mut bad = 0;
    let files = scenario_files(paths)?;
    for f in &files {
        match scenario::load_file(f) {
            Ok(s) => {
                // Each pattern was checked on its own; they must also compile together with
                // each language's lexicon.
                // A broken lexicon is the lexicon's fault, not the scenario's.
                for lang in &s.languages {
                    compile_lexicon(*lang, None)?;
                }
                let together: Result<Vec<_>> = s
                    .languages
                    .iter()
                    .map(|l| compile_lexicon(*l, Some(&s)))
                    .collect();
                match together {
                    Ok(_) => println!(
                        "{}: ok ({}, {} self-tests)",
                        f.display(),
                        s.id,
                        s.tests.len()
                    ),
                    Err(e) => {
                        bad += 1;
                        eprintln!(
                            "{}:1:1: the scenario's patterns do not compile with the lexicon: {e:#}",
                            f.display()
                        );
                    }
                }
            }
            Err(e) => {
                bad += 1;
                eprintln!("{e}");
            }
        }
    }
    if bad > 0 {
        eprintln!("{bad} of {} scenario files have problems", files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn self_test(paths: &[PathBuf]) -> Result<ExitCode> {
    let mut scenarios = Vec::new();
    let mut broken = 0;
    if paths.is_empty() {
        for (name, text) in scenario::SHIPPED {
            match scenario::load_str(text, &format!("built-in:{name}")) {
                Ok(s) => scenarios.push(s),
                Err(e) => {
                    broken += 1;
                    eprintln!("{e}");
                }
            }
        }
    } else {
        for f in scenario_files(paths)? {
            match scenario::load_file(&f) {
                Ok(s) => scenarios.push(s),
                Err(e) => {
                    broken += 1;
                    eprintln!("{e}");
                }
            }
        }
    }
    let (mut passed, mut failed) = (0, broken);
    let mut out = io::stdout().lock();
    for s in scenarios {
        let s = Arc::new(s);
        let mut cache: HashMap<Lang, Arc<Lexicon>> = HashMap::new();
        let mut lex_error = None;
        for lang in &s.languages {
            match compile_lexicon(*lang, Some(&s)) {
                Ok(l) => {
                    cache.insert(*lang, Arc::new(l));
                }
                Err(e) => lex_error = Some(e),
            }
        }
        if let Some(e) = lex_error {
            return Err(e);
        }
        let lexicon = |l: Lang| Arc::clone(&cache[&l]);
        for o in selftest::run(&s, &lexicon) {
            if o.passed() {
                passed += 1;
                writeln!(out, "ok    {} [{}] {}", s.id, o.lang, o.name)?;
            } else {
                failed += 1;
                writeln!(out, "FAIL  {} [{}] {}", s.id, o.lang, o.name)?;
                for f in &o.failures {
                    writeln!(out, "        {f}")?;
                }
            }
        }
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn review(path: &Path, json: bool) -> Result<ExitCode> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read the file", path.display()))?;
    let is_journal = text
        .lines()
        .next()
        .is_some_and(|l| l.contains(journal::JOURNAL_FORMAT));
    let (result, caller) = if is_journal {
        let (header, mut events) = journal::read(path)
            .with_context(|| format!("{}: cannot read the journal", path.display()))?;
        let lib = Library::default();
        let scenario = if header.source.is_empty() {
            lib.find(&header.scenario)?
        } else {
            scenario::load_file(Path::new(&header.source))?
        };
        if !events
            .iter()
            .any(|e| matches!(e, crate::call::Event::Ended { .. }))
        {
            events.push(crate::call::Event::Ended {
                outcome: "abandoned".into(),
                ignored_lines: 0,
            });
        }
        let r = result::build(
            &scenario,
            &events,
            &Timing {
                started_at: header.started_at,
                duration_s: 0,
            },
        );
        (r, scenario.caller.name.clone())
    } else {
        let r: CallResult = serde_json::from_str(&text).map_err(|e| {
            anyhow!(
                "{}:{}:{}: not a deskdrill result: {e}",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        if r.format != result::FORMAT {
            bail!(
                "{}: not a deskdrill result (format '{}', expected '{}')",
                path.display(),
                r.format,
                result::FORMAT
            );
        }
        let caller = Library::default()
            .find(&r.scenario.id)
            .map(|s| s.caller.name.clone())
            .unwrap_or_else(|_| "caller".into());
        (r, caller)
    };
    let mut out = io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        write!(out, "{}", report::review(&result, &caller))?;
    }
    Ok(ExitCode::SUCCESS)
}
