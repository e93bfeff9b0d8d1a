//! One loop for every front end: lines in, steps out, until the call ends.

use super::{Call, Step};
use crate::commands::{self, Common, Input};

/// Where a call's lines come from: a terminal, a pipe, a script. Every front end drives the
/// engine through [`Call::play`], so they all get the same log from the same lines.
pub trait LineSource {
    /// The next line the trainee typed, or `None` when they leave (or the script ends).
    fn next_line(&mut self) -> std::io::Result<Option<String>>;

    /// The lines still waiting when the call ended first (a script's rest, pasted lines).
    fn rest(&mut self) -> Vec<String> {
        Vec::new()
    }
}

/// Whether a script line is a turn (not blank, not a `#` comment).
pub fn is_script_turn(line: &str) -> bool {
    let l = line.trim();
    !l.is_empty() && !l.starts_with('#')
}

/// Whether a line left over when the call had ended is one it never heard: a turn, and not
/// `/end` (which only asks for what has happened already).
fn unheard(line: &str) -> bool {
    let ends = matches!(commands::parse(line),
        Input::Command { name, .. } if Common::from_name(&name) == Some(Common::End));
    is_script_turn(line) && !ends
}

/// The lines of a script: one trainee turn a line, blank and `#` lines skipped.
pub struct Script<I: Iterator<Item = String>>(pub I);

impl<I: Iterator<Item = String>> LineSource for Script<I> {
    fn next_line(&mut self) -> std::io::Result<Option<String>> {
        Ok(self.0.by_ref().find(|l| is_script_turn(l)))
    }

    fn rest(&mut self) -> Vec<String> {
        self.0.by_ref().collect()
    }
}

impl Call {
    /// Plays lines until the call ends or the source runs dry (then the call is abandoned).
    /// `on_step` sees the call after each line, the line and what it did; lines left over when
    /// the call ended first are recorded as unplayed.
    pub fn play<E: From<std::io::Error>>(
        &mut self,
        source: &mut dyn LineSource,
        mut on_step: impl FnMut(&Call, &str, &Step) -> Result<(), E>,
    ) -> Result<(), E> {
        while !self.is_over() {
            match source.next_line()? {
                Some(line) => {
                    let step = self.input(&line);
                    on_step(self, &line, &step)?;
                }
                None => {
                    let events = self.abandon();
                    on_step(self, "", &Step::Events(events))?;
                }
            }
        }
        // After-call work: lines that do it are carried out; a word said to the caller who has
        // gone ("Bye!") is not heard, and said so, but the work goes on ("Bye." then /flag
        // still flags the call); any other line ends it (Enter or /end quietly, anything else
        // is a line the call never heard).
        let mut left = Vec::new();
        while self.wrap_up_open() {
            let Some(line) = source.next_line()? else {
                break;
            };
            match self.after_call(&line) {
                Some(step) => on_step(self, &line, &step)?,
                None if matches!(commands::parse(&line), Input::Speech(_)) => {
                    let events = self.unplayed(1);
                    on_step(self, &line, &Step::Events(events))?;
                }
                None => {
                    left = vec![line];
                    break;
                }
            }
        }
        left.extend(source.rest());
        let unplayed = left.iter().filter(|l| unheard(l)).count();
        if unplayed > 0 {
            let events = self.unplayed(unplayed);
            on_step(self, "", &Step::Events(events))?;
        }
        Ok(())
    }
}
