//! Interface strings in English and Dutch, from `i18n/*.json` (embedded at build time).
//!
//! A string is looked up by key; `{name}` placeholders are filled by [`fmt`]. A missing key
//! shows as the key itself, and a test checks both languages have the same keys.

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

const EN: &str = include_str!("../i18n/en.json");
const NL: &str = include_str!("../i18n/nl.json");

fn table(lang: Lang) -> &'static HashMap<String, String> {
    static TABLES: OnceLock<[HashMap<String, String>; 2]> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        // The files are part of the binary and checked by tests; an unreadable one would be a
        // build defect, and shows up as raw keys rather than a crash.
        [
            serde_json::from_str(EN).unwrap_or_default(),
            serde_json::from_str(NL).unwrap_or_default(),
        ]
    });
    match lang {
        Lang::En => &tables[0],
        Lang::Nl => &tables[1],
    }
}

/// The string for `key`, or the key itself when it is missing.
pub fn t(lang: Lang, key: &str) -> &str {
    match table(lang).get(key) {
        Some(s) => s.as_str(),
        None => key,
    }
}

/// The string for `key` with `{name}` placeholders filled.
pub fn fmt(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Whether a key exists (for optional strings such as a rule's better phrasing).
pub fn has(lang: Lang, key: &str) -> bool {
    table(lang).contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn both_languages_have_the_same_keys_and_placeholders() {
        let en: HashMap<String, String> = serde_json::from_str(EN).expect("i18n/en.json parses");
        let nl: HashMap<String, String> = serde_json::from_str(NL).expect("i18n/nl.json parses");
        let ek: BTreeSet<_> = en.keys().collect();
        let nk: BTreeSet<_> = nl.keys().collect();
        assert_eq!(
            ek.difference(&nk).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "keys only in English"
        );
        assert_eq!(
            nk.difference(&ek).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "keys only in Dutch"
        );
        let holes = |s: &str| -> BTreeSet<String> {
            s.split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(k, _)| k.to_string()))
                .collect()
        };
        for (k, v) in &en {
            assert_eq!(holes(v), holes(&nl[k]), "placeholders differ for {k}");
        }
    }
}
