//! The interactive call: the prompt, history, Tab completion, paste, wrapping, Ctrl-C and
//! Ctrl-D.
//!
//! Ctrl-C clears a line being typed; on an empty line it (like Ctrl-D) asks whether to end the
//! call, which then counts as abandoned. Every step is journaled before it is shown.
//!
//! - **Tab** completes command names (never into a scenario action from an ambiguous prefix,
//!   never with a trailing space) and the arguments of `/transfer` and `/lookup`: see
//!   [`commands::complete`].
//! - **Paste**: bracketed paste is on, so pasted text arrives whole. Enter then plays each
//!   pasted line as its own turn, echoed before the caller answers it; a paste of more than
//!   [`MAX_PASTED_LINES`] lines, or with a line over the length limit, is refused whole.
//!   Pasted lines still waiting when the call ends are an `Unplayed` event, and said.
//! - **Width**: what deskdrill prints is wrapped to the terminal's width at word boundaries.
//! - **Bytes that are not UTF-8** are refused as a line, not taken as the end of the call.

use crate::call::{Call, LineSource, Step};
use crate::commands::{self, Completions};
use crate::fsio;
use crate::journal::Journal;
use crate::lang::Lang;
use crate::report;
use crate::ui::{self, t};
use anyhow::{Context, Result};
use colored::Colorize;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, CompletionType, ConditionalEventHandler, Config, Editor, Event, EventContext,
    EventHandler, KeyEvent, Movement, RepeatCount,
};
use std::cell::Cell;
use std::collections::VecDeque;
use std::io::{self, BufRead, IsTerminal, Write};
use std::rc::Rc;
use std::time::Instant;

/// The longest line a trainee may type (or pipe) as one turn.
const MAX_TYPED: usize = fsio::MAX_LINE_BYTES;

/// The most lines one paste may hold: each is a turn, and a page of text pasted by mistake
/// should not become a hundred turns.
pub const MAX_PASTED_LINES: usize = 20;

/// Completes command names after a `/`, and the arguments the call knows.
struct DeskHelper {
    completions: Completions,
}

impl Completer for DeskHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, found) = commands::complete(&self.completions, &line[..pos]);
        let found = found
            .into_iter()
            .map(|c| Pair {
                display: c.display,
                replacement: c.replacement,
            })
            .collect();
        Ok((start, found))
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
    /// Lines of a paste still to be played, one turn each.
    pending: VecDeque<String>,
    /// Whether the line just returned came from a paste (and is echoed before its answer).
    pasted: Rc<Cell<bool>>,
    /// The terminal's width, read again for every line (the window may have been resized).
    width: Rc<Cell<Option<usize>>>,
}

impl Terminal {
    fn confirm_leave(&mut self) -> io::Result<bool> {
        let question = format!("{} ", t(self.lang, "call.confirm_leave"));
        loop {
            match self.editor.readline(&question) {
                Ok(answer) => return Ok(leave_answer(&answer)),
                Err(ReadlineError::Interrupted | ReadlineError::Eof) => return Ok(true),
                Err(ReadlineError::Io(e)) if e.kind() == io::ErrorKind::InvalidData => {
                    say(t(self.lang, "input.not_text"), self.width.get())?;
                }
                Err(e) => return Err(io::Error::other(e)),
            }
        }
    }

    /// What was entered, as the lines to play: one for a typed line, one per line of a paste.
    /// `None` when it cannot be played (too long, too many lines): said, and not a turn.
    fn lines_of(&mut self, entered: &str) -> io::Result<Option<Vec<String>>> {
        let lines: Vec<String> = entered
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect();
        if lines.len() > MAX_PASTED_LINES {
            say(
                &ui::fmt(
                    self.lang,
                    "paste.too_many",
                    &[
                        ("count", &lines.len().to_string()),
                        ("max", &MAX_PASTED_LINES.to_string()),
                    ],
                ),
                self.width.get(),
            )?;
            return Ok(None);
        }
        for line in &lines {
            if let Err(e) = fsio::check_line(line, MAX_TYPED) {
                say(&e.to_string(), self.width.get())?;
                return Ok(None);
            }
        }
        if lines.len() > 1 {
            say(
                &ui::fmt(
                    self.lang,
                    "paste.lines",
                    &[("count", &lines.len().to_string())],
                ),
                self.width.get(),
            )?;
        }
        Ok(Some(lines))
    }
}

/// The terminal's width in columns, if it reports one.
fn columns(editor: &mut Editor<DeskHelper, DefaultHistory>) -> Option<usize> {
    editor
        .dimensions()
        .map(|(cols, _)| usize::from(cols))
        .filter(|c| *c > 0)
}

/// A message to the trainee at the prompt (not a turn), wrapped to `width`.
fn say(message: &str, width: Option<usize>) -> io::Result<()> {
    let text = format!("  {}", report::clean(message));
    let text = width.map_or_else(|| text.clone(), |w| report::wrap(&text, w));
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()
}

impl LineSource for Terminal {
    fn next_line(&mut self) -> io::Result<Option<String>> {
        self.width.set(columns(&mut self.editor));
        if let Some(line) = self.pending.pop_front() {
            self.pasted.set(true);
            return Ok(Some(line));
        }
        loop {
            match self.editor.readline(&self.prompt) {
                Ok(entered) => {
                    // Again: the window may have been resized while the prompt waited.
                    self.width.set(columns(&mut self.editor));
                    let Some(mut lines) = self.lines_of(&entered)? else {
                        continue;
                    };
                    for line in &lines {
                        let _ = self.editor.add_history_entry(line.as_str());
                    }
                    self.pasted.set(lines.len() > 1);
                    if lines.is_empty() {
                        return Ok(Some(String::new()));
                    }
                    let first = lines.remove(0);
                    self.pending.extend(lines);
                    return Ok(Some(first));
                }
                Err(ReadlineError::Interrupted | ReadlineError::Eof) => {
                    if self.confirm_leave()? {
                        return Ok(None);
                    }
                }
                // Bytes that are not UTF-8 (a stray key, a paste from a mis-set terminal):
                // refused like a line that is too long, not the end of the call.
                Err(ReadlineError::Io(e)) if e.kind() == io::ErrorKind::InvalidData => {
                    say(t(self.lang, "input.not_text"), self.width.get())?;
                }
                Err(ReadlineError::Io(e)) => return Err(e),
                Err(e) => return Err(io::Error::other(e)),
            }
        }
    }

    /// Pasted lines still waiting when the call ended (the caller hung up, or `/end` was
    /// pasted with more after it): recorded as unplayed and told, never dropped unsaid.
    fn rest(&mut self) -> Vec<String> {
        self.pending.drain(..).collect()
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
        let mut out = io::stdout();
        write!(out, "{prompt}")?;
        out.flush()?;
        self.lines += 1;
        match fsio::read_line(&mut self.input, "standard input", self.lines, MAX_TYPED) {
            Ok(Some(line)) => Ok(Some(line)),
            Ok(None) => {
                writeln!(io::stdout())?;
                Ok(None)
            }
            Err(fsio::LineError::TooLong(e)) => {
                // Not a turn: said, and the rest of the line is skipped.
                self.input.skip_until(b'\n')?;
                writeln!(io::stdout(), "\n  {}", report::clean(&e.to_string()))?;
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

/// Plays the call interactively until it ends or the trainee leaves. Returns the terminal's
/// width, for the debrief that follows (`None` when output is not wrapped).
pub fn run(
    call: &mut Call,
    mut journal: Option<&mut Journal>,
    clock: Instant,
) -> Result<Option<usize>> {
    let lang = call.lang();
    let prompt = format!("{}> ", report::clean(&call.state().trainee))
        .cyan()
        .bold()
        .to_string();
    let pasted = Rc::new(Cell::new(false));
    let width = Rc::new(Cell::new(None));
    let mut source: Box<dyn LineSource> = if io::stdin().is_terminal() {
        let config = Config::builder()
            .completion_type(CompletionType::List)
            .bracketed_paste(true)
            .build();
        let mut editor: Editor<DeskHelper, DefaultHistory> =
            Editor::with_config(config).context("cannot open the terminal")?;
        editor.set_helper(Some(DeskHelper {
            completions: call.completions(),
        }));
        editor.bind_sequence(
            KeyEvent::ctrl('C'),
            EventHandler::Conditional(Box::new(CtrlC)),
        );
        width.set(columns(&mut editor));
        Box::new(Terminal {
            editor,
            prompt,
            lang,
            pending: VecDeque::new(),
            pasted: Rc::clone(&pasted),
            width: Rc::clone(&width),
        })
    } else {
        Box::new(Piped {
            input: io::stdin().lock(),
            prompt,
            lang,
            lines: 0,
        })
    };
    let fit = |text: String, width: Option<usize>| match width {
        Some(w) => report::wrap(&text, w),
        None => text,
    };
    let mut out = io::stdout();
    writeln!(
        out,
        "{}",
        fit(report::briefing(call.scenario(), lang), width.get())
    )?;
    writeln!(
        out,
        "{}\n",
        fit(t(lang, "call.ringing").bold().to_string(), width.get())
    )?;
    call.play(source.as_mut(), |call, line, step| -> Result<()> {
        if let (Step::Events(events), Some(j)) = (step, journal.as_deref_mut()) {
            j.write(events).context("cannot write the call's journal")?;
        }
        // A typed line is on the screen already; a pasted one is echoed before its answer.
        let echo = if pasted.get() { line } else { "" };
        let shown = match step {
            Step::Status => format!(
                "{}\n",
                report::status(call.scenario(), call.state(), clock.elapsed().as_secs())
            ),
            _ => report::render_step(call.scenario(), call.state(), echo, step),
        };
        write!(out, "{}", fit(shown, width.get()))?;
        // The call has just ended and the scenario offers after-call work (reporting the
        // call): say it can still be done, without naming it.
        let ended = matches!(step, Step::Events(ev) if ev.iter().any(|e| matches!(e, crate::call::Event::Ended { .. })));
        if ended && call.wrap_up_open() {
            writeln!(out, "{}", fit(t(lang, "call.after_call").to_string(), width.get()))?;
        }
        out.flush()?;
        Ok(())
    })?;
    Ok(width.get())
}
