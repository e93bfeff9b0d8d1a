//! Who is playing: the trainee's name, asked once and remembered.
//!
//! The name is kept in a small, editable JSON file in the platform's config folder
//! (`~/.config/deskdrill/config.json` on Linux): `{"trainee": "Kim"}`. `--trainee NAME` (or
//! `DESKDRILL_TRAINEE`) overrides it for one call without changing it. Nobody is ever asked
//! when deskdrill is not on a terminal (a script, CI, a pipe): then the remembered name, else
//! the login name, else "trainee".
//!
//! The same file keeps how the trainee wants callers to address them (`"address": "madam"`),
//! which `play --address` sets for later calls too.
//!
//! This module decides; the front end does the asking, through the closure it passes in.

use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The longest name kept (in characters); longer ones are cut.
pub const MAX_NAME_CHARS: usize = 60;
/// The longest piece of a name used in a file name.
const MAX_SLUG_CHARS: usize = 32;

/// The config file's contents. Unknown fields are ignored, not rejected, so a hand-edited
/// file never stops a call.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trainee: Option<String>,
    /// How callers address the trainee; a value deskdrill does not know reads as none.
    #[serde(
        default,
        skip_serializing_if = "Address::is_none",
        deserialize_with = "lenient_address"
    )]
    pub address: Address,
}

/// How a caller addresses the trainee: `{address}` in a caller's line becomes "sir" or "madam"
/// ("meneer", "mevrouw"), or nothing at all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Address {
    #[default]
    None,
    Sir,
    Madam,
}

impl Address {
    pub fn is_none(&self) -> bool {
        *self == Address::None
    }

    /// The key of its words in the interface strings (`address.sir`), if it has words.
    pub fn key(self) -> Option<&'static str> {
        match self {
            Address::None => None,
            Address::Sir => Some("address.sir"),
            Address::Madam => Some("address.madam"),
        }
    }
}

fn lenient_address<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Address, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// Where the config file lives, when the platform has a config folder.
pub fn config_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DESKDRILL_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "deskdrill").map(|d| d.config_dir().join("config.json"))
}

/// Reads the config; a missing or broken file is an empty config (a broken one is not
/// overwritten until a name is saved).
pub fn load(path: &Path) -> Config {
    std::fs::read_to_string(path)
        .ok()
        .filter(|t| t.len() < 64 * 1024)
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Saves the config (creating the folder).
pub fn save(path: &Path, config: &Config) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = serde_json::to_string_pretty(config).map_err(io::Error::other)?;
    std::fs::write(path, format!("{text}\n"))
}

/// A name as typed, made fit to keep: trimmed, without control characters, at most
/// [`MAX_NAME_CHARS`]; `None` when nothing is left.
pub fn tidy(name: &str) -> Option<String> {
    let cleaned: String = name
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let cut: String = cleaned.chars().take(MAX_NAME_CHARS).collect();
    (!cut.is_empty()).then_some(cut)
}

/// Where the name came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `--trainee` or `DESKDRILL_TRAINEE`.
    Given,
    /// The config file.
    Remembered,
    /// Asked just now (and to be remembered).
    Asked,
    /// Nobody to ask: the login name or "trainee".
    Fallback,
}

/// Decides who is playing. `ask` is called only when `interactive` and no name is known; an
/// empty answer falls back like a non-interactive run.
pub fn resolve(
    given: Option<&str>,
    config: &Config,
    interactive: bool,
    ask: impl FnOnce() -> io::Result<String>,
    login: Option<String>,
) -> io::Result<(String, Source)> {
    if let Some(name) = given.and_then(tidy) {
        return Ok((name, Source::Given));
    }
    if let Some(name) = config.trainee.as_deref().and_then(tidy) {
        return Ok((name, Source::Remembered));
    }
    if interactive && let Some(name) = tidy(&ask()?) {
        return Ok((name, Source::Asked));
    }
    let name = login
        .as_deref()
        .and_then(tidy)
        .unwrap_or_else(|| "trainee".into());
    Ok((name, Source::Fallback))
}

/// How callers address the trainee in this call, and whether that is to be remembered: the
/// form given with `--address` (remembered when it is new), else the remembered one, else none.
pub fn resolve_address(given: Option<Address>, config: &Config) -> (Address, bool) {
    match given {
        Some(a) => (a, a != config.address),
        None => (config.address, false),
    }
}

/// A name as a piece of a file name: ASCII letters, digits and `-`, accents dropped
/// ("Joëlle van Dijk" → "Joelle-van-Dijk"); "trainee" when nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.nfd() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if (c.is_ascii() || c.is_whitespace()) && !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        // Other characters (combining accents, letters outside ASCII) are left out.
    }
    let out: String = out.trim_matches('-').chars().take(MAX_SLUG_CHARS).collect();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "trainee".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never() -> io::Result<String> {
        panic!("must not ask")
    }

    #[test]
    fn a_given_name_wins_and_nobody_is_asked() {
        let config = Config {
            trainee: Some("Kim".into()),
            ..Config::default()
        };
        assert_eq!(
            resolve(Some(" Anna "), &config, true, never, None).unwrap(),
            ("Anna".into(), Source::Given)
        );
        assert_eq!(
            resolve(None, &config, true, never, None).unwrap(),
            ("Kim".into(), Source::Remembered)
        );
    }

    #[test]
    fn asked_only_on_a_terminal() {
        let empty = Config::default();
        assert_eq!(
            resolve(None, &empty, true, || Ok("  Joëlle\n".into()), None).unwrap(),
            ("Joëlle".into(), Source::Asked)
        );
        assert_eq!(
            resolve(None, &empty, false, never, Some("kim".into())).unwrap(),
            ("kim".into(), Source::Fallback)
        );
        assert_eq!(
            resolve(None, &empty, true, || Ok(String::new()), None).unwrap(),
            ("trainee".into(), Source::Fallback)
        );
    }

    #[test]
    fn a_given_form_of_address_wins_and_is_remembered_when_new() {
        let config = Config {
            address: Address::Madam,
            ..Config::default()
        };
        assert_eq!(resolve_address(None, &config), (Address::Madam, false));
        assert_eq!(
            resolve_address(Some(Address::Madam), &config),
            (Address::Madam, false)
        );
        assert_eq!(
            resolve_address(Some(Address::None), &config),
            (Address::None, true)
        );
        assert_eq!(
            resolve_address(None, &Config::default()),
            (Address::None, false)
        );
    }

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slug("Joëlle van Dijk"), "Joelle-van-Dijk");
        assert_eq!(slug("../../etc"), "etc");
        assert_eq!(slug("李"), "trainee");
        assert_eq!(slug("a\u{1b}[31mb"), "a-31mb");
        assert_eq!(slug(&"x".repeat(100)).len(), 32);
    }

    #[test]
    fn the_config_round_trips_and_survives_damage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.json");
        assert_eq!(load(&path), Config::default());
        let c = Config {
            trainee: Some("Sanne".into()),
            address: Address::Madam,
        };
        save(&path, &c).unwrap();
        assert_eq!(load(&path), c);
        std::fs::write(&path, r#"{"trainee": "Sanne", "address": "ma'am"}"#).unwrap();
        assert_eq!(load(&path).address, Address::None);
        std::fs::write(&path, "{not json").unwrap();
        assert_eq!(load(&path), Config::default());
    }
}
