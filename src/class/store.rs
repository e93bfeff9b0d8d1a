//! Writing into a class folder that many trainees share at once (a network drive, a synced
//! folder): names that cannot collide, files that are never half-written or overwritten.
//!
//! A call's files are named `TRAINEE_SCENARIO_YYYYMMDDTHHMMSSZ_SUFFIX`, `.journal.jsonl`
//! while it runs and `.json` once it is saved. The suffix is random; the journal is created
//! with `create_new` (a clash picks another suffix), and the result is written to a temporary
//! file and moved into place without replacing anything (`journal::save_result`, which also
//! sets the one file mode results and journals share).

use crate::journal::{self, Header, Journal};
use crate::result::CallResult;
use crate::trainee;
use std::io;
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

/// Writes a result as `STEM.json` atomically and without replacing an existing file (see
/// [`journal::save_result`]). Returns the path written.
pub fn save_result(dir: &Path, stem: &str, result: &CallResult) -> io::Result<PathBuf> {
    journal::save_result(dir, stem, result)
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
