//! The interactive call: the prompt, history, tab completion of commands, Ctrl-C and Ctrl-D.
//!
//! Ctrl-C clears a line being typed; on an empty line it (like Ctrl-D) asks whether to end the
//! call, which then counts as abandoned. Every step is journaled before it is shown.

use crate::call::{Call, LineSource, Step};
use crate::fsio;
use crate::journal::Journal;
use crate::lang::Lang;
use crate::report;
use crate::ui::t;
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

/// The longest line a trainee may type (or pipe) as one turn.
const MAX_TYPED: usize = fsio::MAX_LINE_BYTES;

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

/// The terminal: line editing, history and completion; Ctrl-C on an empty line or Ctrl-D asks
/// whether to leave the call.
struct Terminal {
    editor: Editor<DeskHelper, DefaultHistory>,
    prompt: String,
    lang: Lang,
}

impl Terminal {
    fn confirm_leave(&mut self) -> io::Result<bool> {
        let question = format!("{} ", t(self.lang, "call.confirm_leave"));
        match self.editor.readline(&question) {
            Ok(answer) => Ok(leave_answer(&answer)),
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Ok(true),
            Err(e) => Err(io::Error::other(e)),
        }
    }
}

impl LineSource for Terminal {
    fn next_line(&mut self) -> io::Result<Option<String>> {
        loop {
            match self.editor.readline(&self.prompt) {
                Ok(line) => {
                    if let Err(e) = fsio::check_line(&line, MAX_TYPED) {
                        // Not a turn: said, and typed again.
                        println!("  {}", report::clean(&e.to_string()));
                        continue;
                    }
                    if !line.trim().is_empty() {
                        let _ = self.editor.add_history_entry(line.as_str());
                    }
                    return Ok(Some(line));
                }
                Err(ReadlineError::Interrupted | ReadlineError::Eof) => {
                    if self.confirm_leave()? {
                        return Ok(None);
                    }
                }
                Err(ReadlineError::Io(e)) => return Err(e),
                Err(e) => return Err(io::Error::other(e)),
            }
        }
    }
}

/// Lines from a pipe: the same call, without line editing. The end of input asks whether to
/// leave, as Ctrl-D does at a terminal (and, with no answer, leaves).
struct Piped {
    input: io::StdinLock<'static>,
    prompt: String,
    lang: Lang,
    lines: usize,
}

impl Piped {
    fn read(&mut self, prompt: &str) -> io::Result<Option<String>> {
        print!("{prompt}");
        io::stdout().flush().ok();
        self.lines += 1;
        match fsio::read_line(&mut self.input, "standard input", self.lines, MAX_TYPED) {
            Ok(Some(line)) => Ok(Some(line)),
            Ok(None) => {
                println!();
                Ok(None)
            }
            Err(fsio::LineError::TooLong(e)) => {
                // Not a turn: said, and the rest of the line is skipped.
                self.input.skip_until(b'\n')?;
                println!("\n  {}", report::clean(&e.to_string()));
                Ok(Some(String::new()))
            }
            Err(fsio::LineError::Io { source, .. }) => Err(source),
        }
    }
}

impl LineSource for Piped {
    fn next_line(&mut self) -> io::Result<Option<String>> {
        loop {
            let prompt = self.prompt.clone();
            if let Some(line) = self.read(&prompt)? {
                return Ok(Some(line));
            }
            let question = format!("{} ", t(self.lang, "call.confirm_leave"));
            match self.read(&question)? {
                Some(a) if !leave_answer(&a) => continue,
                _ => return Ok(None),
            }
        }
    }
}

/// Whether an answer to "End the call now?" means yes (y, yes, j, ja).
fn leave_answer(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    a.starts_with('y') || a.starts_with('j')
}

/// Plays the call interactively until it ends or the trainee leaves.
pub fn run(call: &mut Call, mut journal: Option<&mut Journal>, clock: Instant) -> Result<()> {
    let lang = call.lang();
    let prompt = format!("{}> ", report::clean(&call.state().trainee))
        .cyan()
        .bold()
        .to_string();
    let mut source: Box<dyn LineSource> = if io::stdin().is_terminal() {
        let mut editor: Editor<DeskHelper, DefaultHistory> =
            Editor::new().context("cannot open the terminal")?;
        editor.set_helper(Some(DeskHelper {
            commands: crate::commands::names(call.scenario().actions.keys()),
        }));
        editor.bind_sequence(
            KeyEvent::ctrl('C'),
            EventHandler::Conditional(Box::new(CtrlC)),
        );
        Box::new(Terminal {
            editor,
            prompt,
            lang,
        })
    } else {
        Box::new(Piped {
            input: io::stdin().lock(),
            prompt,
            lang,
            lines: 0,
        })
    };
    let mut out = io::stdout();
    writeln!(out, "{}", report::briefing(call.scenario(), lang))?;
    writeln!(out, "{}\n", t(lang, "call.ringing").bold())?;
    call.play(source.as_mut(), |call, _, step| -> Result<()> {
        if let (Step::Events(events), Some(j)) = (step, journal.as_deref_mut()) {
            j.write(events).context("cannot write the call's journal")?;
        }
        let shown = match step {
            Step::Status => format!(
                "{}\n",
                report::status(call.scenario(), call.state(), clock.elapsed().as_secs())
            ),
            _ => report::render_step(call.scenario(), call.state(), "", step),
        };
        write!(out, "{shown}")?;
        out.flush()?;
        Ok(())
    })
}
