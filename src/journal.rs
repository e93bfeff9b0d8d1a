//! Nothing lost: a call is journaled event by event as it happens, and results are written
//! atomically.
//!
//! The journal is a JSON Lines file beside the results (`NAME.journal.jsonl`): its first line
//! says which scenario and where it came from, then one event a line, flushed as they happen.
//! When the call ends normally the result is written (temporary file, then rename) and the
//! journal removed; when the process dies, the journal stays, and `review` reads it as an
//! abandoned call.

use crate::call::Event;
use crate::outcome::Outcome;
use crate::result::{self, CallResult, Timing};
use crate::scenario::{Library, LoadError, Scenario};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// The first line of a journal.
#[derive(Debug, Serialize, Deserialize)]
pub struct Header {
    pub journal: String,
    pub scenario: String,
    /// A path for a scenario loaded from a file; empty for a built-in one.
    pub source: String,
    pub started_at: String,
}

pub const JOURNAL_FORMAT: &str = "deskdrill.journal.v1";

pub struct Journal {
    path: PathBuf,
    file: File,
}

impl Journal {
    pub fn create(path: PathBuf, header: &Header) -> io::Result<Journal> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        // Never over another call's journal: names are unique, and a clash is an error the
        // caller answers with another name.
        let mut file = OpenOptions::new()
            .create_new(true)
            .write(true)
            .open(&path)?;
        writeln!(
            file,
            "{}",
            serde_json::to_string(header).map_err(io::Error::other)?
        )?;
        file.flush()?;
        Ok(Journal { path, file })
    }

    pub fn write(&mut self, events: &[Event]) -> io::Result<()> {
        for e in events {
            writeln!(
                self.file,
                "{}",
                serde_json::to_string(e).map_err(io::Error::other)?
            )?;
        }
        self.file.flush()
    }

    /// The call ended and its result is safely written: the journal is no longer needed.
    pub fn finish(self) -> io::Result<()> {
        drop(self.file);
        fs::remove_file(&self.path)
    }
}

/// Reads a journal: its header and every complete event (a torn last line is skipped).
pub fn read(path: &Path) -> io::Result<(Header, Vec<Event>)> {
    let reader = BufReader::new(File::open(path)?);
    let mut lines = reader.lines();
    let header: Header = match lines.next() {
        Some(line) => serde_json::from_str(&line?)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?,
        None => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the journal is empty",
            ));
        }
    };
    if header.journal != JOURNAL_FORMAT {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not a deskdrill journal",
        ));
    }
    let mut events = Vec::new();
    for line in lines {
        match serde_json::from_str::<Event>(&line?) {
            Ok(e) => events.push(e),
            Err(_) => break,
        }
    }
    Ok((header, events))
}

/// Whether a file's text is a journal (by its first line).
pub fn is_journal(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| l.contains(JOURNAL_FORMAT))
}

/// Why a journal could not be recovered.
#[derive(Debug, thiserror::Error)]
pub enum RecoverError {
    #[error("{path}: cannot read the journal: {source}")]
    Read { path: String, source: io::Error },
    #[error(transparent)]
    Scenario(#[from] LoadError),
}

/// A broken-off call, recovered from its journal.
pub struct Recovered {
    pub scenario: Scenario,
    pub result: CallResult,
}

/// Recovers the call a journal recorded, as an abandoned call: its scenario is found by id in
/// the library (shipped scenarios and the user's folders), else loaded from the file it was
/// played from.
pub fn recover(path: &Path, lib: &Library) -> Result<Recovered, RecoverError> {
    let (header, mut events) = read(path).map_err(|source| RecoverError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let scenario = match lib.find_id(&header.scenario) {
        Ok(s) => s,
        Err(e) => {
            let source = Path::new(&header.source);
            if header.source.ends_with(".json") && source.is_file() {
                crate::scenario::load_file(source)?
            } else {
                return Err(e.into());
            }
        }
    };
    if !events.iter().any(|e| matches!(e, Event::Ended { .. })) {
        events.push(Event::Ended {
            outcome: Outcome::Abandoned,
        });
    }
    let result = result::build(
        &scenario,
        &events,
        &Timing {
            started_at: header.started_at,
            duration_s: 0,
        },
    );
    Ok(Recovered { scenario, result })
}
