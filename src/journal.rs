//! Nothing lost: a call is journaled event by event as it happens, and results are written
//! atomically.
//!
//! The journal is a JSON Lines file beside the results (`NAME.journal.jsonl`): its first line
//! says which scenario and where it came from, then one event a line, flushed as they happen.
//! When the call ends normally the result is written (temporary file, then rename) and the
//! journal removed; when the process dies, the journal stays, and `review` reads it as an
//! abandoned call.
//!
//! Files: journals and results get one mode, the one any file the user creates gets (0666
//! less the umask, usually 0644), so a trainer can read what trainees write into a shared
//! class folder; the folder's own permissions decide who may. Neither is ever overwritten: a
//! journal is created with `create_new`, a result is renamed into place only where no file of
//! that name exists, and both take the next free `-2`, `-3`… suffix when their name is taken,
//! so calls started in the same second never lose each other. The temporary file a result is
//! written to is named `.deskdrill-tmp-…` in the results folder; one left by a killed process
//! is removed by [`clean_stale_temp`] on the next start.

use crate::call::Event;
use crate::outcome::Outcome;
use crate::result::{self, CallResult, Timing};
use crate::scenario::{Library, LoadError, Scenario};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The start of every temporary file deskdrill leaves in a results folder while saving.
pub const TEMP_PREFIX: &str = ".deskdrill-tmp-";

/// A temporary file older than this belongs to no running save.
pub const STALE_AFTER: Duration = Duration::from_secs(60);

/// How many `-N` suffixes are tried before giving up on a name.
const MAX_SUFFIX: u32 = 10_000;

/// Why a journal could not be read.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error(transparent)]
    File(#[from] crate::fsio::ReadError),
    #[error("the journal is empty")]
    Empty,
    #[error("not a deskdrill journal")]
    NotAJournal,
    #[error("the journal's first line is not a journal header: {0}")]
    Header(serde_json::Error),
}

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
    /// Creates the journal at `path`, which must not exist yet (two calls never share one).
    pub fn create(path: PathBuf, header: &Header) -> io::Result<Journal> {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let file = file_options().create_new(true).open(&path)?;
        Journal::start(path, file, header)
    }

    /// Creates `DIR/BASE.journal.jsonl`, or `BASE-2`, `BASE-3`… when the name is taken.
    /// [`Journal::base`] then says which base it got, for the result to use.
    pub fn create_unique(dir: &Path, base: &str, header: &Header) -> io::Result<Journal> {
        fs::create_dir_all(dir)?;
        let mut last = None;
        for n in 1..=MAX_SUFFIX {
            let path = dir.join(format!("{}.journal.jsonl", with_suffix(base, n)));
            match file_options().create_new(true).open(&path) {
                Ok(file) => return Journal::start(path, file, header),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("no free journal name")))
    }

    fn start(path: PathBuf, mut file: File, header: &Header) -> io::Result<Journal> {
        writeln!(
            file,
            "{}",
            serde_json::to_string(header).map_err(io::Error::other)?
        )?;
        file.flush()?;
        Ok(Journal { path, file })
    }

    /// The journal's name without `.journal.jsonl`: the name its result should get.
    pub fn base(&self) -> &str {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".journal.jsonl"))
            .unwrap_or("call")
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

/// Reads a journal: its header and every complete event (a torn last line is skipped). At
/// most [`crate::fsio::MAX_RECORD_BYTES`], and only a regular file.
pub fn read(path: &Path) -> Result<(Header, Vec<Event>), JournalError> {
    let text = crate::fsio::read_text(
        crate::fsio::Input::Path(path),
        crate::fsio::MAX_RECORD_BYTES,
    )?;
    parse(&text)
}

/// A journal's text: its header and every complete event.
pub fn parse(text: &str) -> Result<(Header, Vec<Event>), JournalError> {
    let mut lines = text.lines();
    let header: Header = match lines.next() {
        Some(line) => serde_json::from_str(line).map_err(JournalError::Header)?,
        None => return Err(JournalError::Empty),
    };
    if header.journal != JOURNAL_FORMAT {
        return Err(JournalError::NotAJournal);
    }
    let mut events = Vec::new();
    for line in lines {
        match serde_json::from_str::<Event>(line) {
            Ok(e) => events.push(e),
            Err(_) => break,
        }
    }
    Ok((header, events))
}

/// Writes a result atomically as `DIR/NAME.json` (or `NAME-2.json`… when taken, never
/// overwriting): a temporary `.deskdrill-tmp-…` file in the same folder, synced, then linked
/// into place. Returns the path written.
pub fn save_result(dir: &Path, name: &str, result: &CallResult) -> io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    // tempfile creates the file with O_EXCL; the mode is the journal's (tempfile's own
    // default would be 0600).
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(".json");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    serde_json::to_writer_pretty(&mut tmp, result).map_err(io::Error::other)?;
    tmp.write_all(b"\n")?;
    tmp.as_file().sync_all()?;
    for n in 1..=MAX_SUFFIX {
        let path = dir.join(format!("{}.json", with_suffix(name, n)));
        match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(e.error),
        }
    }
    Err(io::Error::other("no free result name"))
}

/// Removes deskdrill's temporary files older than [`STALE_AFTER`] from `dir`: those a save
/// killed half-way left behind. Younger ones may belong to a save still running. Returns how
/// many were removed; a folder that does not exist has none.
pub fn clean_stale_temp(dir: &Path) -> io::Result<usize> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        // Not following links: only a regular file of ours is removed.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if meta.is_file() && old && fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    Ok(removed)
}

fn with_suffix(base: &str, n: u32) -> String {
    if n == 1 {
        base.to_string()
    } else {
        format!("{base}-{n}")
    }
}

/// Write-only, with the mode any new file of the user gets (0666 less the umask).
fn file_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    options
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
    Read { path: String, source: JournalError },
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
