//! The two languages deskdrill speaks, and how the default is chosen.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A language of the interface, the caller and the understanding of trainee speech.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "english" => Some(Lang::En),
            "nl" | "dutch" | "nederlands" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// The default language: `DESKDRILL_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`
    /// starting with `nl` means Dutch), else English. The variables are passed in so that
    /// callers (and tests) decide where they come from.
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = get("DESKDRILL_LANG").and_then(|v| Lang::from_code(&v)) {
            return lang;
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = get(var).filter(|v| !v.is_empty()) {
                return if value.to_ascii_lowercase().starts_with("nl") {
                    Lang::Nl
                } else {
                    Lang::En
                };
            }
        }
        Lang::En
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| format!("unknown language '{s}' (use en or nl)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| {
            pairs
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn locale_decides_when_deskdrill_lang_is_unset() {
        assert_eq!(Lang::from_env(env(&[("LANG", "nl_NL.UTF-8")])), Lang::Nl);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "en_GB.UTF-8"), ("LANG", "nl_NL")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("DESKDRILL_LANG", "nl"), ("LANG", "en_US")])),
            Lang::Nl
        );
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }
}
