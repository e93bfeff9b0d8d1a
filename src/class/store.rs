//! Writing into a class folder that many trainees share at once (a network drive, a synced
//! folder): names that cannot collide, files that are never half-written or overwritten.
//!
//! A call's files are named `TRAINEE_SCENARIO_YYYYMMDDTHHMMSSZ_SUFFIX`, `.journal.jsonl`
//! while it runs and `.json` once it is saved. The suffix is random; the journal is created
//! with `create_new` (a clash picks another suffix), and the result is written to a temporary
//! file and moved into place without replacing anything (`persist_noclobber`). Files are
//! created readable as the folder's owner decides (the process umask), so a trainer can read
//! the results trainees write to a shared folder.

use crate::journal::{Header, Journal};
use crate::result::CallResult;
use crate::trainee;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How many suffixes are tried before giving up on a folder.
const ATTEMPTS: usize = 16;

/// The name of a call's files, without extension.
pub fn stem(trainee_name: &str, scenario: &str, started_at: &str, suffix: &str) -> String {
    let when: String = started_at
        .chars()
        .filter(|c| *c != ':' && *c != '-')
        .collect();
    format!(
        "{}_{}_{}_{suffix}",
        trainee::slug(trainee_name),
        trainee::slug(scenario),
        if when.is_empty() { "0".into() } else { when }
    )
}

/// Eight random characters from `0-9a-z`.
pub fn random_suffix() -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n: u64 = rand::random();
    (0..8)
        .map(|_| {
            let c = ALPHABET[(n % 36) as usize] as char;
            n /= 36;
            c
        })
        .collect()
}

/// Creates the journal of a new call under a name no other call has; returns it with its stem.
pub fn create_journal(
    dir: &Path,
    trainee_name: &str,
    header: &Header,
) -> io::Result<(Journal, String)> {
    let mut last = None;
    for _ in 0..ATTEMPTS {
        let name = stem(
            trainee_name,
            &header.scenario,
            &header.started_at,
            &random_suffix(),
        );
        let path = dir.join(format!("{name}.journal.jsonl"));
        match Journal::create(path, header) {
            Ok(j) => return Ok((j, name)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free file name")))
}

/// Writes a result as `STEM.json` atomically and without replacing an existing file; should
/// that name be taken, another suffix is used. Returns the path written.
pub fn save_result(dir: &Path, stem: &str, result: &CallResult) -> io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let mut tmp = temp_file(dir)?;
    serde_json::to_writer_pretty(&mut tmp, result).map_err(io::Error::other)?;
    tmp.write_all(b"\n")?;
    tmp.as_file().sync_all()?;
    let mut name = stem.to_string();
    for _ in 0..ATTEMPTS {
        let path = dir.join(format!("{name}.json"));
        match tmp.persist_noclobber(&path) {
            Ok(_) => return Ok(path),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                tmp = e.file;
                name = format!("{stem}-{}", random_suffix());
            }
            Err(e) => return Err(e.error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free file name",
    ))
}

fn temp_file(dir: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut b = tempfile::Builder::new();
    b.prefix(".deskdrill-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Like any file the user creates: 0666 less the umask (tempfile's default is 0600).
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    b.tempfile_in(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_trainee_scenario_and_time() {
        assert_eq!(
            stem("Joëlle", "impostor-reset", "2026-03-04T09:08:07Z", "abc"),
            "Joelle_impostor-reset_20260304T090807Z_abc"
        );
        let a = random_suffix();
        assert_eq!(a.len(), 8);
        assert_ne!(a, random_suffix());
    }
}
