//! Reading a class folder: every saved result, and every broken-off call recovered from its
//! journal as an `abandoned` attempt.
//!
//! Only the result JSON contract (`deskdrill.result.v1`) is read, through a lean view of the
//! fields a report needs, so reports do not depend on the engine's types. Reading is tolerant:
//! a file that is too large, unreadable or not a result is skipped with a reason that names it,
//! and the rest of the class is still read. Files are read on all cores; the attempts come
//! back in a stable order (start time, then when the file was written, trainee, scenario, file).

use crate::journal;
use crate::result;
use crate::scenario::Library;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A result larger than this is not a result deskdrill wrote; it is skipped unread.
pub const MAX_RESULT_BYTES: u64 = 4 << 20;
/// A journal larger than this is skipped unread.
pub const MAX_JOURNAL_BYTES: u64 = 4 << 20;
/// A journal untouched for this long belongs to a broken-off call; a younger one to a call
/// that may still be going on, which is listed as in progress but not counted.
pub const QUIET_BEFORE_ABANDONED: Duration = Duration::from_secs(15 * 60);
/// How deep into sub-folders a class folder is searched (a folder per trainee is common).
pub const MAX_DEPTH: usize = 4;

/// The four dimensions and the total, each 0–100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub total: u32,
    pub verification: u32,
    pub deescalation: u32,
    pub resolution: u32,
    pub professionalism: u32,
}

/// The four dimensions, in the order reports show them.
pub const DIMENSIONS: [&str; 4] = [
    "verification",
    "deescalation",
    "resolution",
    "professionalism",
];

impl Score {
    /// A dimension by name (one of [`DIMENSIONS`]); the total for anything else.
    pub fn get(&self, dimension: &str) -> u32 {
        match dimension {
            "verification" => self.verification,
            "deescalation" => self.deescalation,
            "resolution" => self.resolution,
            "professionalism" => self.professionalism,
            _ => self.total,
        }
    }
}

/// A critical error of an attempt: its rule and turn.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriticalError {
    pub rule: String,
    #[serde(default)]
    pub turn: u32,
}

/// One call of one trainee: what a report needs of a result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attempt {
    /// The file it was read from.
    pub file: String,
    pub trainee: String,
    pub scenario: String,
    pub title: String,
    pub lang: String,
    pub started_at: String,
    pub seed: u64,
    pub outcome: String,
    pub passed: bool,
    pub pass_mark: u32,
    pub score: Score,
    pub critical: Vec<CriticalError>,
    /// Points lost per rule (as positive numbers): the rules' negative notes added up.
    pub lost: BTreeMap<String, i64>,
    /// The caller's mood after every turn.
    #[serde(skip)]
    pub mood: Vec<BTreeMap<String, i64>>,
    /// Recovered from the journal of a broken-off call.
    pub recovered: bool,
    /// When the file was last written: orders calls started in the same second.
    #[serde(skip)]
    pub written: Option<SystemTime>,
}

/// A file that was not read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub file: String,
    pub reason: SkipReason,
}

/// Why a file in a class folder was not counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SkipReason {
    Unreadable {
        error: String,
    },
    TooLarge {
        bytes: u64,
        max: u64,
    },
    NotAResult {
        error: String,
    },
    WrongFormat {
        format: String,
    },
    UnknownScenario {
        scenario: String,
    },
    /// A journal written to recently: the call may still be going on.
    InProgress,
}

impl SkipReason {
    /// The i18n key and placeholders that explain it.
    pub fn message_key(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            SkipReason::Unreadable { error } => {
                ("class.skip.unreadable", vec![("error", error.clone())])
            }
            SkipReason::TooLarge { bytes, max } => (
                "class.skip.too_large",
                vec![("bytes", bytes.to_string()), ("max", max.to_string())],
            ),
            SkipReason::NotAResult { error } => {
                ("class.skip.not_a_result", vec![("error", error.clone())])
            }
            SkipReason::WrongFormat { format } => {
                ("class.skip.wrong_format", vec![("format", format.clone())])
            }
            SkipReason::UnknownScenario { scenario } => (
                "class.skip.unknown_scenario",
                vec![("scenario", scenario.clone())],
            ),
            SkipReason::InProgress => ("class.skip.in_progress", Vec::new()),
        }
    }
}

/// Every attempt found, and every file left aside.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Class {
    pub attempts: Vec<Attempt>,
    pub skipped: Vec<Skipped>,
}

/// A folder that could not be read at all (as opposed to a bad file in it).
#[derive(Debug, thiserror::Error)]
#[error("{path}: cannot read the folder: {source}")]
pub struct FolderError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

// The lean view of a result file: only the fields a report reads. Unknown fields (the event
// log, feedback, fields added later) are skipped.
#[derive(Deserialize)]
struct View {
    format: String,
    scenario: ScenarioView,
    #[serde(default)]
    trainee: String,
    #[serde(default)]
    seed: u64,
    #[serde(default)]
    started_at: String,
    #[serde(default)]
    outcome: String,
    passed: bool,
    #[serde(default)]
    pass_mark: u32,
    score: Score,
    #[serde(default)]
    critical: Vec<CriticalError>,
    #[serde(default)]
    turns: Vec<TurnView>,
    #[serde(default)]
    mood_trace: Vec<BTreeMap<String, i64>>,
}

#[derive(Deserialize)]
struct ScenarioView {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    lang: String,
}

#[derive(Deserialize)]
struct TurnView {
    #[serde(default)]
    notes: Vec<NoteView>,
}

#[derive(Deserialize)]
struct NoteView {
    rule: String,
    points: i64,
}

/// Only `format` first: a JSON file that is something else entirely gets a clear reason.
#[derive(Deserialize)]
struct FormatOnly {
    #[serde(default)]
    format: String,
}

impl View {
    fn into_attempt(self, file: String, recovered: bool) -> Attempt {
        let mut lost: BTreeMap<String, i64> = BTreeMap::new();
        for note in self.turns.iter().flat_map(|t| &t.notes) {
            if note.points < 0 {
                *lost.entry(note.rule.clone()).or_default() -= note.points;
            }
        }
        Attempt {
            file,
            trainee: self.trainee.trim().to_string(),
            scenario: self.scenario.id,
            title: self.scenario.title,
            lang: self.scenario.lang,
            started_at: self.started_at,
            seed: self.seed,
            outcome: self.outcome,
            passed: self.passed,
            pass_mark: self.pass_mark,
            score: self.score,
            critical: self.critical,
            lost,
            mood: self.mood_trace,
            recovered,
            written: None,
        }
    }
}

/// Parses the text of a result file.
pub fn parse_result(text: &str, file: &str) -> Result<Attempt, SkipReason> {
    let view: View =
        serde_json::from_str(text).map_err(|e| match serde_json::from_str::<FormatOnly>(text) {
            Ok(f) if !f.format.is_empty() && f.format != result::FORMAT => {
                SkipReason::WrongFormat { format: f.format }
            }
            _ => SkipReason::NotAResult {
                error: format!("line {}, column {}: {e}", e.line(), e.column()),
            },
        })?;
    if view.format != result::FORMAT {
        return Err(SkipReason::WrongFormat {
            format: view.format,
        });
    }
    Ok(view.into_attempt(file.to_string(), false))
}

fn read_bounded(path: &Path, max: u64) -> Result<String, SkipReason> {
    let meta = std::fs::metadata(path).map_err(|e| SkipReason::Unreadable {
        error: e.to_string(),
    })?;
    if meta.len() > max {
        return Err(SkipReason::TooLarge {
            bytes: meta.len(),
            max,
        });
    }
    // A file may grow between the check and the read; read at most `max + 1` bytes anyway.
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max + 1).read_to_string(&mut text))
        .map_err(|e| SkipReason::Unreadable {
            error: e.to_string(),
        })?;
    if text.len() as u64 > max {
        return Err(SkipReason::TooLarge {
            bytes: text.len() as u64,
            max,
        });
    }
    Ok(text)
}

fn read_result(path: &Path) -> Result<Attempt, SkipReason> {
    let text = read_bounded(path, MAX_RESULT_BYTES)?;
    let mut a = parse_result(&text, &path.display().to_string())?;
    a.written = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(a)
}

/// What kind of file a class folder holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Result,
    Journal,
}

fn kind(path: &Path) -> Option<Kind> {
    let name = path.file_name()?.to_str()?;
    // Temporary files of results being written start with a dot; so do editors' backups.
    if name.starts_with('.') {
        return None;
    }
    if name.ends_with(".journal.jsonl") {
        Some(Kind::Journal)
    } else if name.ends_with(".json") {
        Some(Kind::Result)
    } else {
        None
    }
}

/// The result and journal files under `dirs` (or the files themselves), sorted by path.
pub fn files(dirs: &[PathBuf]) -> Result<Vec<PathBuf>, FolderError> {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<(), FolderError> {
        let entries = std::fs::read_dir(dir).map_err(|source| FolderError {
            path: dir.display().to_string(),
            source,
        })?;
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(ft) = entry.file_type() else { continue };
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if ft.is_dir() {
                if depth < MAX_DEPTH && !hidden {
                    // A sub-folder that cannot be read is skipped like a bad file would be.
                    let _ = walk(&path, depth + 1, out);
                }
            } else if kind(&path).is_some() {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for d in dirs {
        if d.is_file() {
            out.push(d.clone());
        } else {
            walk(d, 0, &mut out)?;
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// Reads every result and journal under `dirs`. `library` finds the scenarios that a journal
/// needs to be scored; `now` decides which journals are old enough to count as broken off.
pub fn load(dirs: &[PathBuf], library: &Library, now: SystemTime) -> Result<Class, FolderError> {
    let all = files(dirs)?;
    let (results, journals): (Vec<PathBuf>, Vec<PathBuf>) =
        all.into_iter().partition(|p| kind(p) == Some(Kind::Result));
    let mut class = Class::default();
    for (path, read) in read_all(&results) {
        match read {
            Ok(a) => class.attempts.push(a),
            Err(reason) => class.skipped.push(Skipped {
                file: path.display().to_string(),
                reason,
            }),
        }
    }
    let result_names: std::collections::HashSet<&Path> =
        results.iter().map(PathBuf::as_path).collect();
    for path in journals {
        // A journal whose result was written is a call that ended well; the journal is about to
        // be removed.
        let stem = path
            .to_string_lossy()
            .trim_end_matches(".journal.jsonl")
            .to_string();
        if result_names.contains(Path::new(&format!("{stem}.json"))) {
            continue;
        }
        match recover(&path, library, now) {
            Ok(a) => class.attempts.push(a),
            Err(reason) => class.skipped.push(Skipped {
                file: path.display().to_string(),
                reason,
            }),
        }
    }
    class.attempts.sort_by(|a, b| {
        (&a.started_at, a.written, &a.trainee, &a.scenario, &a.file).cmp(&(
            &b.started_at,
            b.written,
            &b.trainee,
            &b.scenario,
            &b.file,
        ))
    });
    Ok(class)
}

/// Reads result files on every core, keeping their order.
fn read_all(paths: &[PathBuf]) -> Vec<(PathBuf, Result<Attempt, SkipReason>)> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    if threads == 1 || paths.len() < 64 {
        return paths.iter().map(|p| (p.clone(), read_result(p))).collect();
    }
    let chunk = paths.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|p| (p.clone(), read_result(p)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Turns the journal of a broken-off call into an abandoned attempt, scored like `review`
/// scores it.
fn recover(path: &Path, library: &Library, now: SystemTime) -> Result<Attempt, SkipReason> {
    let meta = std::fs::metadata(path).map_err(|e| SkipReason::Unreadable {
        error: e.to_string(),
    })?;
    if meta.len() > MAX_JOURNAL_BYTES {
        return Err(SkipReason::TooLarge {
            bytes: meta.len(),
            max: MAX_JOURNAL_BYTES,
        });
    }
    let quiet = meta
        .modified()
        .ok()
        .and_then(|m| now.duration_since(m).ok())
        .unwrap_or(Duration::MAX);
    if quiet < QUIET_BEFORE_ABANDONED {
        return Err(SkipReason::InProgress);
    }
    let r = match journal::recover(path, library) {
        Ok(recovered) => recovered.result,
        Err(journal::RecoverError::Scenario(_)) => {
            let scenario = journal::read(path)
                .map(|(h, _)| h.scenario)
                .unwrap_or_default();
            return Err(SkipReason::UnknownScenario { scenario });
        }
        Err(e) => {
            return Err(SkipReason::NotAResult {
                error: e.to_string(),
            });
        }
    };
    // Through the JSON contract, so a recovered call is read exactly like a saved one.
    let view: View = serde_json::to_value(&r)
        .and_then(serde_json::from_value)
        .map_err(|e| SkipReason::NotAResult {
            error: e.to_string(),
        })?;
    let mut a = view.into_attempt(path.display().to_string(), true);
    a.written = meta.modified().ok();
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_is_read_through_the_contract_only() {
        let text = r#"{"format":"deskdrill.result.v1","scenario":{"id":"s","title":"T","lang":"nl"},
            "trainee":" Joëlle ","seed":3,"started_at":"2026-01-02T03:04:05Z","outcome":"resolved",
            "passed":true,"pass_mark":70,
            "score":{"total":80,"verification":90,"deescalation":70,"resolution":100,"professionalism":60},
            "critical":[],"turns":[{"notes":[{"rule":"D-BLAME","points":-12,"message":"m"},
            {"rule":"D-BLAME","points":-12,"message":"m"},{"rule":"P-GREETING","points":20,"message":"m"}]}],
            "mood_trace":[{"anger":40}],"future_field":{"x":1}}"#;
        let a = parse_result(text, "f.json").unwrap();
        assert_eq!(a.trainee, "Joëlle");
        assert_eq!(a.lost, BTreeMap::from([("D-BLAME".to_string(), 24)]));
        assert_eq!(a.score.get("resolution"), 100);
        assert_eq!(a.mood.len(), 1);
    }

    #[test]
    fn other_json_files_are_named_for_what_they_are() {
        assert_eq!(
            parse_result(r#"{"format":"deskdrill.course.v1"}"#, "c.json"),
            Err(SkipReason::WrongFormat {
                format: "deskdrill.course.v1".into()
            })
        );
        assert!(matches!(
            parse_result("{\"format\": \"deskdrill.result.v1\", \"scen", "x.json"),
            Err(SkipReason::NotAResult { .. })
        ));
        assert!(matches!(
            parse_result("[1,2]", "x.json"),
            Err(SkipReason::NotAResult { .. })
        ));
    }
}
