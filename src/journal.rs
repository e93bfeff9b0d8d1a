//! Nothing lost: a call is journaled event by event as it happens, and results are written
//! atomically.
//!
//! The journal is a JSON Lines file beside the results (`NAME.journal.jsonl`): its first line
//! says which scenario and where it came from, then one event a line, flushed as they happen.
//! When the call ends normally the result is written (temporary file, then rename) and the
//! journal removed; when the process dies, the journal stays, and `review` reads it as an
//! abandoned call.

use crate::call::Event;
use crate::result::CallResult;
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

    pub fn path(&self) -> &Path {
        &self.path
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

/// Writes a result atomically: a temporary file in the same folder, then a rename.
pub fn save_result(dir: &Path, name: &str, result: &CallResult) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let path = dir.join(format!("{name}.json"));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer_pretty(&mut tmp, result).map_err(io::Error::other)?;
    tmp.write_all(b"\n")?;
    tmp.as_file().sync_all()?;
    tmp.persist(&path).map_err(|e| e.error)?;
    Ok(path)
}
