//! A saved call as `review` reads it: a result file or a journal, read within bounds and
//! checked before anything of it is shown.
//!
//! A saved file is input like any other: it may be huge, a device, hand-edited or hostile.
//! [`read`] bounds it; [`parse`] tells a result from a journal and checks what can be checked
//! without the scenario (the format, scores within 0–100); [`verify`] re-scores a result's
//! own log against its scenario, so a tampered `score.total` is caught. The scenario is
//! found by id through the library only ([`crate::scenario::Library::find_id`]): an id in a
//! file is never opened as a path.

use crate::call::Event;
use crate::fsio::{self, Input, ReadError};
use crate::journal::{self, Header, JournalError};
use crate::result::{self, CallResult, Timing};
use crate::scenario::Scenario;
use std::path::Path;

/// What a saved file holds.
#[derive(Debug)]
pub enum Saved {
    /// A finished call's result.
    Result(Box<CallResult>),
    /// A call's journal: the process ended before the result was written.
    Journal { header: Header, events: Vec<Event> },
}

impl Saved {
    /// The id of the scenario the call was played on, to look up in the library.
    pub fn scenario_id(&self) -> &str {
        match self {
            Saved::Result(r) => &r.scenario.id,
            Saved::Journal { header, .. } => &header.scenario,
        }
    }
}

/// Why a saved file cannot be reviewed.
#[derive(Debug, thiserror::Error)]
pub enum SavedError {
    #[error(transparent)]
    File(#[from] ReadError),
    #[error("{}:{line}:{column}: not a deskdrill result: {}", crate::sanitize::clean(.name), crate::sanitize::clean(.message))]
    NotAResult {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}: not a deskdrill result (format '{}', expected '{}')", crate::sanitize::clean(.name), crate::sanitize::clean(.format), result::FORMAT)]
    WrongFormat { name: String, format: String },
    #[error("{}: cannot read the journal: {source}", crate::sanitize::clean(.name))]
    Journal { name: String, source: JournalError },
    #[error("{}: {what} is {value}, which no call can score (at most 100)", crate::sanitize::clean(.name))]
    OutOfRange {
        name: String,
        what: &'static str,
        value: u32,
    },
    #[error(
        "{}: the saved {what} does not match the call's own log (the file was edited, or the scenario changed since)",
        crate::sanitize::clean(.name)
    )]
    Mismatch { name: String, what: &'static str },
}

/// Reads a saved result or journal from `path`, at most [`fsio::MAX_RECORD_BYTES`].
pub fn read(path: &Path) -> Result<Saved, SavedError> {
    let text = fsio::read_text(Input::Path(path), fsio::MAX_RECORD_BYTES)?;
    parse(&text, &path.display().to_string())
}

/// Tells a result from a journal and checks what can be checked without the scenario.
pub fn parse(text: &str, name: &str) -> Result<Saved, SavedError> {
    let first = text.lines().next().unwrap_or("");
    if first.contains(journal::JOURNAL_FORMAT) {
        let (header, events) = journal::parse(text).map_err(|source| SavedError::Journal {
            name: name.to_string(),
            source,
        })?;
        return Ok(Saved::Journal { header, events });
    }
    let r: CallResult = serde_json::from_str(text).map_err(|e| SavedError::NotAResult {
        name: name.to_string(),
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    })?;
    if r.format != result::FORMAT {
        return Err(SavedError::WrongFormat {
            name: name.to_string(),
            format: r.format,
        });
    }
    let s = &r.score;
    for (what, value) in [
        ("score.total", s.total),
        ("score.verification", s.verification),
        ("score.deescalation", s.deescalation),
        ("score.resolution", s.resolution),
        ("score.professionalism", s.professionalism),
        ("pass_mark", r.pass_mark),
    ] {
        if value > 100 {
            return Err(SavedError::OutOfRange {
                name: name.to_string(),
                what,
                value,
            });
        }
    }
    Ok(Saved::Result(Box::new(r)))
}

/// Re-scores a result's own log on its scenario; the saved score, pass and outcome must be
/// what the log gives.
pub fn verify(r: &CallResult, scenario: &Scenario, name: &str) -> Result<(), SavedError> {
    let again = result::build(
        scenario,
        &r.events,
        &Timing {
            started_at: r.started_at.clone(),
            duration_s: r.duration_s,
        },
    );
    let mismatch = |what| {
        Err(SavedError::Mismatch {
            name: name.to_string(),
            what,
        })
    };
    if again.score != r.score {
        return mismatch("score");
    }
    if again.passed != r.passed || again.pass_mark != r.pass_mark {
        return mismatch("pass");
    }
    if again.outcome != r.outcome {
        return mismatch("outcome");
    }
    Ok(())
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(cut) => message[..cut].to_string(),
        None => message.to_string(),
    }
}
