//! The interactive call: the prompt, history, tab completion of commands, Ctrl-C and Ctrl-D.
//!
//! Ctrl-C clears a line being typed; on an empty line it (like Ctrl-D) asks whether to end the
//! call, which then counts as abandoned. Every step is journaled before it is shown.

use crate::call::{Call, Rejection, Step};
use crate::journal::Journal;
use crate::lang::Lang;
use crate::report;
use crate::ui::{fmt, t};
use anyhow::{Context, Result};
use colored::Colorize;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Editor, Event, EventContext, EventHandler, KeyEvent, Movement,
    RepeatCount,
};
use std::io::{self, BufRead, IsTerminal, Write};
use std::time::Instant;

/// The message for a line the engine did not accept.
pub fn rejection(lang: Lang, r: &Rejection) -> String {
    match r {
        Rejection::UnknownCommand {
            name,
            suggestion: Some(s),
        } => fmt(
            lang,
            "reject.unknown_suggest",
            &[("name", &report::clean(name)), ("suggestion", s)],
        ),
        Rejection::UnknownCommand {
            name,
            suggestion: None,
        } => fmt(lang, "reject.unknown", &[("name", &report::clean(name))]),
        Rejection::MissingArgument { name, arg } => {
            fmt(lang, "reject.missing_arg", &[("name", name), ("arg", arg)])
        }
        Rejection::NotOnHold => t(lang, "reject.not_on_hold").to_string(),
        Rejection::AlreadyOnHold => t(lang, "reject.already_on_hold").to_string(),
        Rejection::CallEnded => t(lang, "reject.ended").to_string(),
    }
}

/// Completes command names after a `/`.
struct DeskHelper {
    commands: Vec<String>,
}

impl Completer for DeskHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        if !before.starts_with('/') || before.contains(char::is_whitespace) {
            return Ok((pos, Vec::new()));
        }
        let typed = &before[1..];
        let found = self
            .commands
            .iter()
            .filter(|c| c.starts_with(typed))
            .map(|c| Pair {
                display: format!("/{c}"),
                replacement: format!("/{c} "),
            })
            .collect();
        Ok((0, found))
    }
}

impl Hinter for DeskHelper {
    type Hint = String;
}
impl Highlighter for DeskHelper {}
impl Validator for DeskHelper {}
impl rustyline::Helper for DeskHelper {}

/// Ctrl-C: clear the line if there is one; on an empty line, interrupt.
struct CtrlC;

impl ConditionalEventHandler for CtrlC {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        if ctx.line().is_empty() {
            Some(Cmd::Interrupt)
        } else {
            Some(Cmd::Kill(Movement::WholeLine))
        }
    }
}

enum Read {
    Line(String),
    /// Ctrl-C on an empty line, or Ctrl-D.
    Leave,
}

trait LineSource {
    fn read(&mut self, prompt: &str) -> Result<Read>;
}

struct Terminal(Editor<DeskHelper, DefaultHistory>);

impl LineSource for Terminal {
    fn read(&mut self, prompt: &str) -> Result<Read> {
        match self.0.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = self.0.add_history_entry(line.as_str());
                }
                Ok(Read::Line(line))
            }
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Ok(Read::Leave),
            Err(e) => Err(e).context("cannot read from the terminal"),
        }
    }
}

/// Lines from a pipe: the same call, without line editing.
struct Piped(io::StdinLock<'static>);

impl LineSource for Piped {
    fn read(&mut self, prompt: &str) -> Result<Read> {
        print!("{prompt}");
        io::stdout().flush().ok();
        let mut line = String::new();
        if self
            .0
            .read_line(&mut line)
            .context("cannot read standard input")?
            == 0
        {
            println!();
            return Ok(Read::Leave);
        }
        Ok(Read::Line(line.trim_end_matches(['\n', '\r']).to_string()))
    }
}

/// Plays the call interactively until it ends or the trainee leaves.
pub fn run(
    call: &mut Call,
    trainee: &str,
    mut journal: Option<&mut Journal>,
    clock: Instant,
) -> Result<()> {
    let lang = call.lang();
    let mut source: Box<dyn LineSource> = if io::stdin().is_terminal() {
        let mut editor: Editor<DeskHelper, DefaultHistory> =
            Editor::new().context("cannot open the terminal")?;
        editor.set_helper(Some(DeskHelper {
            commands: crate::commands::names(call.scenario()),
        }));
        editor.bind_sequence(
            KeyEvent::ctrl('C'),
            EventHandler::Conditional(Box::new(CtrlC)),
        );
        Box::new(Terminal(editor))
    } else {
        Box::new(Piped(io::stdin().lock()))
    };
    let mut out = io::stdout();
    writeln!(out, "{}", report::briefing(call.scenario(), lang))?;
    writeln!(out, "{}\n", t(lang, "call.ringing").bold())?;
    let prompt = format!("{}> ", report::clean(trainee))
        .cyan()
        .bold()
        .to_string();
    while !call.is_over() {
        let line = match source.read(&prompt)? {
            Read::Line(line) => line,
            Read::Leave => {
                let question = format!("{} ", t(lang, "call.confirm_leave"));
                let leave = match source.read(&question)? {
                    Read::Line(answer) => {
                        let a = answer.trim().to_lowercase();
                        a.starts_with('y') || a.starts_with('j')
                    }
                    Read::Leave => true,
                };
                if leave {
                    let events = call.abandon(0);
                    if let Some(j) = journal.as_deref_mut() {
                        j.write(&events)?;
                    }
                    write!(out, "{}", report::events(call.scenario(), lang, &events))?;
                    break;
                }
                continue;
            }
        };
        let step = call.input(&line);
        match &step {
            Step::Events(events) => {
                if let Some(j) = journal.as_deref_mut() {
                    j.write(events)?;
                }
                write!(out, "{}", report::events(call.scenario(), lang, events))?;
            }
            Step::Help => writeln!(out, "{}", report::help(call.scenario(), lang))?,
            Step::Status => writeln!(out, "{}", report::status(call, clock.elapsed().as_secs()))?,
            Step::Nothing => {}
            Step::Rejected(r) => writeln!(out, "  {}", rejection(lang, r).yellow())?,
        }
        out.flush()?;
    }
    Ok(())
}
