//! `deskdrill play`: one call, interactive or from a script, journaled as it happens and
//! saved (atomically) when it ends.

use super::{Common, compile_lexicon, default_lang, library};
use crate::call::{Call, Script, Setup, Step};
use crate::class::commands as class;
use crate::fsio;
use crate::journal::{self, Header};
use crate::lang::Lang;
use crate::report;
use crate::result::{self, Timing};
use crate::scenario::Scenario;
use crate::trainee::{self, Address};
use crate::ui;
use anyhow::{Context, Result, anyhow, bail};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Instant, SystemTime};

/// The `play` subcommand's options.
#[derive(clap::Args, Debug)]
pub(super) struct Options {
    /// A scenario id (see 'deskdrill list') or a path to a scenario file
    #[arg(required_unless_present = "next")]
    pub scenario: Option<String>,
    #[command(flatten)]
    pub common: Common,
    /// Seed for the caller's choices; the same seed and turns replay the same call
    #[arg(long)]
    pub seed: Option<u64>,
    /// Your name, as recorded in the result (default: the name deskdrill remembers)
    #[arg(long, value_name = "NAME", env = "DESKDRILL_TRAINEE")]
    pub trainee: Option<String>,
    /// How callers address you: sir ("meneer"), madam ("mevrouw") or none; remembered for
    /// later calls (default: the form remembered, else none)
    #[arg(long, value_enum, value_name = "FORM")]
    pub address: Option<Address>,
    /// Take the trainee's turns from a file ('-' for standard input), one per line
    #[arg(long, value_name = "FILE")]
    pub script: Option<String>,
    /// Print the result as JSON instead of the debrief
    #[arg(long)]
    pub json: bool,
    /// Where to save results (default: DESKDRILL_RESULTS, else your data folder)
    #[arg(
            long,
            value_name = "DIR",
            env = "DESKDRILL_RESULTS",
            value_parser = class::dir_or_unset()
        )]
    pub results: Option<PathBuf>,
    /// Do not save the result (nor journal the call), even with --results or DESKDRILL_RESULTS
    #[arg(long)]
    pub no_save: bool,
    #[command(flatten)]
    pub next: class::NextArgs,
}

pub(super) fn run(o: Options) -> Result<ExitCode> {
    let lang = default_lang(o.common.lang);
    let trainee = class::who_is_playing(o.trainee, o.script.is_none() && !o.json, lang)?;
    let address = form_of_address(o.address, lang);
    let name = match o.scenario {
        Some(s) if !o.next.next => s,
        _ => match class::next_scenario(
            &o.next,
            &trainee,
            class::set(o.results.clone()).as_deref(),
            class::set(o.common.scenarios.clone()).as_deref(),
            lang,
        )? {
            Some(s) => s,
            None => return Ok(ExitCode::SUCCESS),
        },
    };
    let scenario = Arc::new(library(&o.common).find(&name)?);
    if !scenario.languages.contains(&lang) {
        let langs: Vec<&str> = scenario.languages.iter().map(|l| l.code()).collect();
        bail!(
            "scenario '{}' is not available in '{lang}'; use --lang {}",
            scenario.id,
            langs.join(" or --lang ")
        );
    }
    let seed = o.seed.unwrap_or_else(|| u64::from(rand::random::<u32>()));
    let results = if o.no_save {
        None
    } else {
        // An empty --results or DESKDRILL_RESULTS means "not set": the data folder.
        Some(class::results_dir(class::set(o.results)).context("give --results DIR or --no-save")?)
    };
    // A scenario named by its path is journaled with that path, so a broken-off call on it
    // can be reviewed; one found by id is found again by id.
    let source = Some(PathBuf::from(&name)).filter(|p| p.is_file());
    play(Play {
        scenario,
        source,
        lang,
        seed,
        trainee,
        address,
        script: o.script,
        json: o.json,
        results,
        user_scenarios: class::set(o.common.scenarios.clone()),
    })
}

struct Play {
    scenario: Arc<Scenario>,
    /// The scenario's file, when it was loaded from one (for journal recovery).
    source: Option<PathBuf>,
    lang: Lang,
    seed: u64,
    trainee: String,
    address: Address,
    script: Option<String>,
    json: bool,
    results: Option<PathBuf>,
    /// The trainer's scenarios folder (`--scenarios`), whose `labels.jsonl` is read.
    user_scenarios: Option<PathBuf>,
}

/// How callers address the trainee (see [`trainee::resolve_address`]). A form that cannot be
/// remembered is still used for this call, with a warning.
fn form_of_address(given: Option<Address>, lang: Lang) -> Address {
    let path = trainee::config_path();
    let config = path.as_deref().map(trainee::load).unwrap_or_default();
    let (address, remember) = trainee::resolve_address(given, &config);
    if remember && let Some(p) = &path {
        let config = trainee::Config { address, ..config };
        if let Err(e) = trainee::save(p, &config) {
            let _ = writeln!(
                io::stderr(),
                "{}",
                ui::fmt(
                    lang,
                    "address.not_remembered",
                    &[
                        ("path", &p.display().to_string()),
                        ("error", &e.to_string())
                    ]
                )
            );
        }
    }
    address
}

/// A script's text, bounded in size and in the length of each line.
fn read_script(source: &str) -> Result<String> {
    let input = if source == "-" {
        fsio::Input::Stdin
    } else {
        fsio::Input::Path(std::path::Path::new(source))
    };
    let text = fsio::read_text(input, fsio::MAX_SCRIPT_BYTES)?;
    fsio::check_lines(&text, &input.name(), fsio::MAX_LINE_BYTES).map_err(|e| anyhow!("{e}"))?;
    Ok(text)
}

fn play(args: Play) -> Result<ExitCode> {
    let lexicon = Arc::new(compile_lexicon(
        args.lang,
        Some(&args.scenario),
        args.user_scenarios.as_deref(),
    )?);
    let started_at = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let clock = Instant::now();
    let mut name = String::new();
    let mut journal = match &args.results {
        Some(dir) => {
            let header = Header {
                journal: journal::JOURNAL_FORMAT.into(),
                scenario: args.scenario.id.clone(),
                source: args
                    .source
                    .as_ref()
                    .and_then(|p| p.canonicalize().ok())
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                started_at: started_at.clone(),
            };
            std::fs::create_dir_all(dir)
                .with_context(|| format!("{}: cannot create the folder", dir.display()))?;
            // What a save killed half-way left behind goes on the next start. Best effort: a
            // file that cannot be removed (another user's, on a shared folder) stops no call.
            let _ = journal::clean_stale_temp(dir);
            let (j, stem) = crate::class::store::create_journal(dir, &args.trainee, &header)
                .with_context(|| format!("{}: cannot write the call's journal", dir.display()))?;
            name = stem;
            Some(j)
        }
        None => None,
    };
    let setup = Setup {
        scenario: Arc::clone(&args.scenario),
        lexicon,
        lang: args.lang,
        seed: args.seed,
        trainee: args.trainee.clone(),
    };
    let mut call = Call::addressed(setup, args.address);
    if let Some(j) = journal.as_mut() {
        j.write(call.log())?;
    }
    // The terminal's width, when the call was interactive: the debrief is wrapped to it.
    let mut width = None;
    match &args.script {
        Some(source) => {
            let text = read_script(source)?;
            let show = !args.json;
            let mut out = io::stdout().lock();
            if show {
                writeln!(out, "{}", report::briefing(&args.scenario, args.lang))?;
            }
            let mut script = Script(text.lines().map(str::to_string));
            call.play(&mut script, |call, line, step| -> Result<()> {
                if let (Step::Events(events), Some(j)) = (step, journal.as_mut()) {
                    j.write(events).context("cannot write the call's journal")?;
                }
                if show {
                    let shown = report::render_step(call.scenario(), call.state(), line, step);
                    write!(out, "{shown}")?;
                }
                Ok(())
            })?;
        }
        None => width = crate::repl::run(&mut call, journal.as_mut(), clock)?,
    }
    let timing = Timing {
        started_at,
        duration_s: clock.elapsed().as_secs(),
    };
    let result = result::build(&args.scenario, call.log(), &timing);
    // The process ends right after: freeing the lexicon's many small allocations one by one
    // would take longer than a short call itself, so the operating system reclaims them.
    std::mem::forget(call);
    // The debrief is shown whether or not the result could be saved: the call is over and the
    // trainee should not lose it. A failed save is reported after it, with the journal that
    // still holds the call.
    let saved = args.results.as_ref().map(|dir| {
        crate::class::store::save_result(dir, &name, &result).map_err(|e| {
            let kept = journal.as_ref().map(|j| {
                let path = j.path().display();
                format!(
                    "; the call is kept in its journal, {path} ('deskdrill review {path}' shows it)"
                )
            });
            anyhow!(
                "{}: cannot save the result ({e}){}",
                dir.display(),
                kept.unwrap_or_default()
            )
        })
    });
    let mut out = io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&result)?)?;
    } else {
        let text = format!(
            "\n{}\n{}",
            report::debrief(&result, args.lang),
            class::notes(&result, args.lang)
        );
        match width {
            Some(w) => write!(out, "{}", report::wrap(&text, w))?,
            None => write!(out, "{text}")?,
        }
    }
    out.flush()?;
    match saved {
        Some(Ok(path)) => {
            if let Some(j) = journal.take() {
                j.finish().ok();
            }
            let _ = writeln!(
                io::stderr(),
                "{}",
                ui::fmt(args.lang, "saved", &[("path", &path.display().to_string())])
            );
        }
        Some(Err(e)) => return Err(e),
        None => {}
    }
    Ok(ExitCode::SUCCESS)
}
