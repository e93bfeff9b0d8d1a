//! Reading files a user or another trainer hands us, with limits that cannot be bypassed.
//!
//! Every file deskdrill reads goes through [`read`]: it stops after a limit counted in bytes
//! actually read — not the length the file system reports, which is 0 for a pipe and for
//! `/dev/zero` — and refuses anything that is not a regular file before opening it, so a FIFO
//! named `x.json` in a scenarios folder cannot make `list` wait forever. Lines are bounded
//! too: [`check_lines`] for whole texts (scripts, corpora), [`read_line`] for line-by-line
//! input, [`check_line`] for a line typed at the prompt. File names in messages are
//! sanitised: a file in a shared folder can be named with escape sequences.

use crate::sanitize::clean;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Read};
use std::path::Path;

/// The most a script (`--script`) may hold.
pub const MAX_SCRIPT_BYTES: u64 = 1 << 20;
/// The most a saved result or journal may hold (a long call's log is well under 1 MiB).
pub const MAX_RECORD_BYTES: u64 = 16 << 20;
/// The most a labelled corpus (`understand --evaluate`) or a lexicon file may hold.
pub const MAX_CORPUS_BYTES: u64 = 16 << 20;
/// The longest line of a script, of a corpus, or typed at the prompt. Nobody says 4 KiB in
/// one breath; a longer line is a paste gone wrong or an attack on the matcher.
pub const MAX_LINE_BYTES: usize = 4 << 10;

/// Where to read from.
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    Stdin,
    Path(&'a Path),
}

impl Input<'_> {
    /// How the input is named in messages.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "standard input".into(),
            Input::Path(p) => p.display().to_string(),
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: cannot read the file: {source}", clean(.name))]
    Io { name: String, source: io::Error },
    #[error("{}: this is {kind}, not a regular file; name a file", clean(.name))]
    NotAFile { name: String, kind: &'static str },
    #[error("{}: larger than {}, the most deskdrill reads here", clean(.name), Bytes(*.limit))]
    TooLarge { name: String, limit: u64 },
    #[error("{}: not UTF-8 text (invalid byte at offset {offset})", clean(.name))]
    NotUtf8 { name: String, offset: usize },
}

/// A line longer than allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineTooLong {
    pub name: String,
    /// 1-based; 0 for a line on its own (typed at the prompt).
    pub line: usize,
    /// The length seen, in bytes (for line-by-line reading, at least this).
    pub len: usize,
    pub max: usize,
}

impl fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let max = Bytes(self.max as u64);
        if self.line == 0 {
            write!(
                f,
                "{} is longer than {max}, the most a line may hold",
                self.name
            )
        } else {
            write!(
                f,
                "{}:{}: this line is longer than {max}, the most a line may hold",
                clean(&self.name),
                self.line
            )
        }
    }
}

impl std::error::Error for LineTooLong {}

/// Reads all of `input`, refusing more than `limit` bytes and anything but a regular file.
pub fn read(input: Input<'_>, limit: u64) -> Result<Vec<u8>, ReadError> {
    let name = input.name();
    let io_error = |source| ReadError::Io {
        name: name.clone(),
        source,
    };
    let mut buf = Vec::new();
    match input {
        Input::Stdin => {
            io::stdin()
                .lock()
                .take(limit.saturating_add(1))
                .read_to_end(&mut buf)
                .map_err(io_error)?;
        }
        Input::Path(path) => {
            // Look before opening: opening a FIFO for reading blocks until a writer comes.
            let meta = std::fs::metadata(path).map_err(io_error)?;
            refuse_special(&name, &meta.file_type())?;
            let file = open_nonblocking(path).map_err(io_error)?;
            // It may have been swapped between the look and the open.
            refuse_special(&name, &file.metadata().map_err(io_error)?.file_type())?;
            file.take(limit.saturating_add(1))
                .read_to_end(&mut buf)
                .map_err(io_error)?;
        }
    }
    if buf.len() as u64 > limit {
        return Err(ReadError::TooLarge { name, limit });
    }
    Ok(buf)
}

/// [`read`], as UTF-8 text.
pub fn read_text(input: Input<'_>, limit: u64) -> Result<String, ReadError> {
    let bytes = read(input, limit)?;
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        name: input.name(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Every line of `text` is at most `max` bytes; `name` names the text in the error.
pub fn check_lines(text: &str, name: &str, max: usize) -> Result<(), LineTooLong> {
    match text.lines().enumerate().find(|(_, l)| l.len() > max) {
        Some((i, l)) => Err(LineTooLong {
            name: name.to_string(),
            line: i + 1,
            len: l.len(),
            max,
        }),
        None => Ok(()),
    }
}

/// A single line (typed at the prompt) is at most `max` bytes.
pub fn check_line(line: &str, max: usize) -> Result<(), LineTooLong> {
    if line.len() > max {
        return Err(LineTooLong {
            name: "This line".into(),
            line: 0,
            len: line.len(),
            max,
        });
    }
    Ok(())
}

/// Why a line could not be read from a stream.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    #[error(transparent)]
    TooLong(#[from] LineTooLong),
    #[error("{}:{line}: cannot read: {source}", clean(.name))]
    Io {
        name: String,
        line: usize,
        source: io::Error,
    },
}

/// Reads the next line (without its line ending) of at most `max` bytes; `Ok(None)` at the
/// end. Never holds more than `max + 1` bytes of a line, so an endless line is refused quickly.
/// Invalid UTF-8 is replaced, not refused: a stray byte should not end a call. `line_no` is
/// the 1-based number of the line being read, for messages.
pub fn read_line(
    reader: &mut impl BufRead,
    name: &str,
    line_no: usize,
    max: usize,
) -> Result<Option<String>, LineError> {
    let mut buf = Vec::new();
    let n = reader
        .by_ref()
        .take(max as u64 + 2)
        .read_until(b'\n', &mut buf)
        .map_err(|source| LineError::Io {
            name: name.to_string(),
            line: line_no,
            source,
        })?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
    if buf.len() > max {
        return Err(LineTooLong {
            name: name.to_string(),
            line: line_no,
            len: buf.len(),
            max,
        }
        .into());
    }
    Ok(Some(String::from_utf8_lossy(&buf).into_owned()))
}

fn refuse_special(name: &str, ft: &std::fs::FileType) -> Result<(), ReadError> {
    if ft.is_file() {
        return Ok(());
    }
    Err(ReadError::NotAFile {
        name: name.to_string(),
        kind: describe(ft),
    })
}

fn describe(ft: &std::fs::FileType) -> &'static str {
    if ft.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a pipe (FIFO)";
        }
        if ft.is_char_device() {
            return "a character device";
        }
        if ft.is_block_device() {
            return "a block device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

fn open_nonblocking(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        // Should a FIFO slip in after the check, opening it must not wait for a writer. A
        // regular file reads the same with or without the flag.
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// A byte count as people read it.
struct Bytes(u64);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        if n >= 1 << 20 && n % (1 << 20) == 0 {
            write!(f, "{} MiB", n >> 20)
        } else if n >= 1 << 10 && n % (1 << 10) == 0 {
            write!(f, "{} KiB", n >> 10)
        } else {
            write!(f, "{n} bytes")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn reads_a_file_within_the_limit_and_refuses_one_past_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read(Input::Path(&path), 5).unwrap(), b"12345");
        let err = read(Input::Path(&path), 4).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}: larger than 4 bytes, the most deskdrill reads here",
                path.display()
            )
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_folders_are_refused_by_name() {
        let err = read(Input::Path(Path::new("/dev/zero")), 1 << 20).unwrap_err();
        assert_eq!(
            err.to_string(),
            "/dev/zero: this is a character device, not a regular file; name a file"
        );
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read(Input::Path(dir.path()), 10),
            Err(ReadError::NotAFile {
                kind: "a folder",
                ..
            })
        ));
    }

    #[test]
    fn invalid_utf8_is_named_with_its_offset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.txt");
        std::fs::write(&path, b"ok\xff").unwrap();
        assert!(matches!(
            read_text(Input::Path(&path), 10),
            Err(ReadError::NotUtf8 { offset: 2, .. })
        ));
    }

    #[test]
    fn long_lines_are_refused_with_their_number() {
        let text = format!("hello\n{}\n", "x".repeat(5000));
        assert_eq!(
            check_lines(&text, "s.txt", MAX_LINE_BYTES)
                .unwrap_err()
                .to_string(),
            "s.txt:2: this line is longer than 4 KiB, the most a line may hold"
        );
        assert!(check_lines("a\nb", "s", 1).is_ok());
        assert!(check_line(&"y".repeat(4097), MAX_LINE_BYTES).is_err());
        assert!(check_line(&"y".repeat(4096), MAX_LINE_BYTES).is_ok());
    }

    #[test]
    fn read_line_stops_early_on_an_endless_line() {
        let mut r = Cursor::new(b"one\r\ntwo\n".to_vec());
        assert_eq!(
            read_line(&mut r, "in", 1, 8).unwrap().as_deref(),
            Some("one")
        );
        assert_eq!(
            read_line(&mut r, "in", 2, 8).unwrap().as_deref(),
            Some("two")
        );
        assert!(read_line(&mut r, "in", 3, 8).unwrap().is_none());
        // An endless reader: only max + 2 bytes are taken before refusing.
        let mut endless = io::BufReader::new(io::repeat(b'z'));
        let err = read_line(&mut endless, "stdin", 1, 16).unwrap_err();
        assert!(matches!(
            err,
            LineError::TooLong(LineTooLong { len: 18, .. })
        ));
        // A line of exactly max bytes is fine.
        let mut r = Cursor::new(b"12345678\n".to_vec());
        assert_eq!(
            read_line(&mut r, "in", 1, 8).unwrap().as_deref(),
            Some("12345678")
        );
    }
}
