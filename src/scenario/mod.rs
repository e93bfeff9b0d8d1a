//! Scenarios: the format, loading in two stages, and the scenarios shipped in the binary.
//!
//! `raw` is the file as written; `model` is the checked scenario the engine runs on; `span`
//! maps problems back to lines and columns; `condition` is the condition language.

mod check;
pub mod condition;
pub mod model;
pub mod raw;
pub mod shape;
pub mod span;

pub use check::Finding;

pub use model::{Scenario, Text};

use crate::fsio;
use crate::sanitize::clean;
use span::Spans;
use std::fmt;
use std::path::{Path, PathBuf};

/// Scenario files larger than this are refused: scenarios are shared between trainers. The
/// limit counts bytes read, so a pipe or a device cannot get past it.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// The scenarios built into the binary, as (file name, text).
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "impostor-reset.json",
        include_str!("../../scenarios/impostor-reset.json"),
    ),
    (
        "nervous-care-worker.json",
        include_str!("../../scenarios/nervous-care-worker.json"),
    ),
    (
        "delivery-dispute.json",
        include_str!("../../scenarios/delivery-dispute.json"),
    ),
    (
        "sick-participant.json",
        include_str!("../../scenarios/sick-participant.json"),
    ),
    (
        "wrong-number.json",
        include_str!("../../scenarios/wrong-number.json"),
    ),
    (
        "confusing-letter.json",
        include_str!("../../scenarios/confusing-letter.json"),
    ),
    (
        "third-party.json",
        include_str!("../../scenarios/third-party.json"),
    ),
    (
        "halting-language.json",
        include_str!("../../scenarios/halting-language.json"),
    ),
    (
        "broken-promise.json",
        include_str!("../../scenarios/broken-promise.json"),
    ),
    (
        "threatening-caller.json",
        include_str!("../../scenarios/threatening-caller.json"),
    ),
    (
        "bank-cent.json",
        include_str!("../../scenarios/bank-cent.json"),
    ),
    (
        "verified-impatient.json",
        include_str!("../../scenarios/verified-impatient.json"),
    ),
    (
        "friendly-authority.json",
        include_str!("../../scenarios/friendly-authority.json"),
    ),
];

/// One problem in a scenario file, at a line and column.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub source: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Messages quote the file (field names, ids): never let it drive the terminal.
        write!(
            f,
            "{}:{}:{}: {}",
            clean(&self.source),
            self.line,
            self.column,
            clean(&self.message)
        )
    }
}

/// Why a scenario could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    /// The file could not be read: missing, not a regular file, too large, not UTF-8.
    #[error(transparent)]
    File(#[from] fsio::ReadError),
    #[error("{path}: cannot read the folder: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error("no scenario '{}'{}", crate::sanitize::clean(.id), suggest_ids(.suggestions))]
    NotFound {
        id: String,
        suggestions: Vec<String>,
    },
}

fn suggest_ids(ids: &[String]) -> String {
    if ids.is_empty() {
        String::new()
    } else {
        format!(
            "; did you mean {}? ('deskdrill list' shows them all)",
            ids.iter()
                .map(|i| format!("'{i}'"))
                .collect::<Vec<_>>()
                .join(" or ")
        )
    }
}

/// Parses and checks scenario text; `source` names it in problems.
pub fn load_str(text: &str, source: &str) -> Result<Scenario, LoadError> {
    let problem = |line, column, message: String| Problem {
        source: source.to_string(),
        line,
        column,
        message,
    };
    let de = &mut serde_json::Deserializer::from_str(text);
    let raw: raw::RawScenario = match serde_path_to_error::deserialize(de) {
        Ok(raw) => raw,
        Err(err) => {
            let path = err.path().to_string();
            let inner = err.into_inner();
            let (mut line, mut column) = (inner.line().max(1), inner.column().max(1));
            if inner.is_syntax() || inner.is_eof() {
                let mut message = format!("JSON syntax: {}", strip_position(&inner.to_string()));
                if message.ends_with("expected `,` or `}`")
                    || message.ends_with("expected `,` or `]`")
                {
                    message.push_str(" (is a comma missing before this?)");
                }
                return Err(LoadError::Invalid(vec![problem(line, column, message)]));
            }
            // serde stops at the first problem; the shape check finds them all.
            if let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) {
                let misfits = shape::check(&value);
                if !misfits.is_empty() {
                    let spans = Spans::scan(text);
                    // Only unknown fields: without them the file may read, and what it names
                    // inside (acts, flags, lines) is checked in the same run.
                    let only_unknown = misfits.iter().all(|m| m.unknown && m.key.is_some());
                    let mut problems: Vec<Problem> = misfits
                        .iter()
                        .map(|m| {
                            let pos = match &m.key {
                                Some(key) => spans.key(&m.path, key),
                                None => spans.get(&m.path),
                            };
                            problem(pos.line, pos.column, m.message.clone())
                        })
                        .collect();
                    if only_unknown {
                        for m in &misfits {
                            if let Some(key) = &m.key {
                                remove_key(&mut value, &m.path, key);
                            }
                        }
                        if let Ok(raw) = serde_json::from_value::<raw::RawScenario>(value)
                            && let Err(findings) = check::check(raw)
                        {
                            problems.extend(located(findings, &spans, &problem));
                        }
                    }
                    problems.sort_by_key(|p| (p.line, p.column));
                    return Err(LoadError::Invalid(problems));
                }
            }
            let message = explain_serde(&inner.to_string(), &path);
            if let Some(name) = inner
                .to_string()
                .strip_prefix("unknown field `")
                .and_then(|r| r.split('`').next())
            {
                // Point at the key itself, not past it.
                let parent = match path.rfind(['.', '[']) {
                    Some(cut) => &path[..cut],
                    None => "",
                };
                let pos = Spans::scan(text).key(parent, name);
                (line, column) = (pos.line, pos.column);
            }
            return Err(LoadError::Invalid(vec![problem(line, column, message)]));
        }
    };
    match check::check(raw) {
        Ok(s) => Ok(s),
        Err(findings) => {
            let spans = Spans::scan(text);
            let mut problems = located(findings, &spans, &problem);
            problems.sort_by_key(|p| (p.line, p.column));
            Err(LoadError::Invalid(problems))
        }
    }
}

/// The checker's findings at their places in the file.
fn located(
    findings: Vec<Finding>,
    spans: &Spans,
    problem: &dyn Fn(usize, usize, String) -> Problem,
) -> Vec<Problem> {
    findings
        .into_iter()
        .map(|f| {
            let mut pos = match &f.key {
                Some(key) => spans.key(&f.path, key),
                None => spans.get(&f.path),
            };
            if let Some(offset) = f.offset {
                // Inside a string value: skip the opening quote.
                pos.column += 1 + offset;
            }
            problem(pos.line, pos.column, f.message)
        })
        .collect()
}

/// Removes `key` from the object at `path` ("caller.reactions[3]") of a parsed file.
fn remove_key(value: &mut serde_json::Value, path: &str, key: &str) {
    let mut at = value;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, indices) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            match at.get_mut(name) {
                Some(v) => at = v,
                None => return,
            }
        }
        for index in indices.split('[').map(|i| i.trim_end_matches(']')) {
            if index.is_empty() {
                continue;
            }
            match index.parse::<usize>().ok().and_then(|i| at.get_mut(i)) {
                Some(v) => at = v,
                None => return,
            }
        }
    }
    if let Some(object) = at.as_object_mut() {
        object.remove(key);
    }
}

/// Rewrites serde's messages into ones that say what was expected, and where.
fn strip_position(message: &str) -> &str {
    // serde_json appends " at line L column C"; we print the position ourselves.
    match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    }
}

/// Field names longer than this are shortened in messages, and get no suggestion.
const MAX_QUOTED_CHARS: usize = 64;

fn explain_serde(message: &str, path: &str) -> String {
    let message = strip_position(message);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        // No field is this long, so no typo of one either.
        let suggestion = if name.chars().count() > MAX_QUOTED_CHARS {
            None
        } else {
            crate::suggest::closest(name, known.iter().copied())
        };
        let parent = match path.rfind(['.', '[']) {
            Some(cut) => &path[..cut],
            None => "",
        };
        return unknown_field_message(name, suggestion, &known, parent);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return format!("missing field '{name}'{}", at(path));
    }
    // Numbers are bounded after parsing; say "a number", not the Rust type.
    let message = ["u64", "i64", "u32", "i32", "u8"]
        .iter()
        .fold(message.to_string(), |m, ty| {
            m.replace(&format!("expected {ty}"), "expected a whole number")
        });
    format!("{message}{}", at(path))
}

/// "unknown field 'titel'; did you mean 'title'?", or the fields it could have been. A long
/// name is shortened, as a message that quotes a whole 100 KB key helps nobody.
fn unknown_field_message(name: &str, best: Option<&str>, known: &[&str], parent: &str) -> String {
    let name = if name.chars().count() > MAX_QUOTED_CHARS {
        let mut short: String = name.chars().take(MAX_QUOTED_CHARS).collect();
        short.push('…');
        short
    } else {
        name.to_string()
    };
    let hint = match best {
        Some(best) => format!("; did you mean '{best}'?"),
        None => format!(
            "; expected one of {}",
            known
                .iter()
                .map(|k| format!("'{k}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!("unknown field '{name}'{}{hint}", at(parent))
}

fn at(path: &str) -> String {
    if path.is_empty() || path == "." || path == "?" {
        String::new()
    } else if path.chars().count() > 2 * MAX_QUOTED_CHARS {
        let short: String = path.chars().take(2 * MAX_QUOTED_CHARS).collect();
        format!(" (in {short}…)")
    } else {
        format!(" (in {path})")
    }
}

/// Reads and checks a scenario file: at most [`MAX_FILE_BYTES`], and only a regular file.
pub fn load_file(path: &Path) -> Result<Scenario, LoadError> {
    let text = fsio::read_text(fsio::Input::Path(path), MAX_FILE_BYTES)?;
    load_str(&text, &path.display().to_string())
}

/// Where scenarios come from: the shipped ones and, optionally, a folder of the user's own.
#[derive(Debug, Default, Clone)]
pub struct Library {
    pub dirs: Vec<PathBuf>,
}

/// A scenario found in the library, with where it came from.
pub struct Entry {
    pub origin: String,
    pub scenario: Result<Scenario, LoadError>,
}

impl Library {
    /// Every scenario: shipped first, then the folders' `*.json` files in name order.
    pub fn entries(&self) -> Vec<Entry> {
        let mut out: Vec<Entry> = SHIPPED
            .iter()
            .map(|(name, text)| Entry {
                origin: "built-in".into(),
                scenario: load_str(text, &format!("built-in:{name}")),
            })
            .collect();
        for dir in &self.dirs {
            let Ok(read) = std::fs::read_dir(dir) else {
                out.push(Entry {
                    origin: dir.display().to_string(),
                    scenario: Err(LoadError::Folder {
                        path: dir.display().to_string(),
                        source: std::io::Error::other("not a readable folder"),
                    }),
                });
                continue;
            };
            let mut files: Vec<PathBuf> = read
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            files.sort();
            for f in files {
                out.push(Entry {
                    origin: f.display().to_string(),
                    scenario: load_file(&f),
                });
            }
        }
        out
    }

    /// Finds a scenario by id, or loads it when `name` is a path to a file.
    pub fn find(&self, name: &str) -> Result<Scenario, LoadError> {
        let as_path = Path::new(name);
        if name.ends_with(".json") || name.contains(std::path::MAIN_SEPARATOR) || as_path.is_file()
        {
            return load_file(as_path);
        }
        self.find_id(name)
    }

    /// Finds a scenario by id among the library's scenarios only, never as a path: for ids
    /// that come from a file (a result or journal under review), which must not make
    /// deskdrill open `/dev/zero` or `../../etc/passwd`.
    pub fn find_id(&self, name: &str) -> Result<Scenario, LoadError> {
        // A built-in scenario's file is named by its id: load that one alone (checking all of
        // them is most of a start). Built-ins come first in the library, so the answer is
        // the same as the scan's.
        if let Some((file, text)) = SHIPPED
            .iter()
            .find(|(file, _)| file.strip_suffix(".json") == Some(name))
            && let Ok(s) = load_str(text, &format!("built-in:{file}"))
            && s.id == name
        {
            return Ok(s);
        }
        let mut ids = Vec::new();
        for entry in self.entries() {
            if let Ok(s) = entry.scenario {
                if s.id == name {
                    return Ok(s);
                }
                ids.push(s.id);
            }
        }
        let mut scored: Vec<(f64, String)> = ids
            .into_iter()
            .map(|id| {
                (
                    strsim::jaro_winkler(name, &id).max(if id.contains(name) { 0.9 } else { 0.0 }),
                    id,
                )
            })
            .filter(|(s, _)| *s >= 0.7)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        Err(LoadError::NotFound {
            id: name.to_string(),
            suggestions: scored.into_iter().take(2).map(|(_, id)| id).collect(),
        })
    }
}
