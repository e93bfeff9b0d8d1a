//! What the scenario says about trainee speech: its jargon, the acts it expects, and its own
//! understanding patterns compiled against each language's lexicon.

use super::desk::FactSynonyms;
use super::{Checker, did_you_mean};
use crate::lang::Lang;
use crate::scenario::raw::RawScenario;
use crate::text::plain_words;
use crate::understanding::{ActKind, Extension, check_pattern};
use std::collections::BTreeMap;

impl Checker {
    pub(super) fn jargon(&mut self, raw: &RawScenario) -> BTreeMap<Lang, Vec<String>> {
        let mut jargon = BTreeMap::new();
        for (code, words) in &raw.jargon {
            if let Some(lang) = self.lang_of("jargon", code) {
                let words = words
                    .iter()
                    .map(|w| plain_words(w))
                    .filter(|w| !w.is_empty())
                    .collect();
                jargon.insert(lang, words);
            }
        }
        jargon
    }

    pub(super) fn expected_acts(&mut self, raw: &RawScenario) -> Vec<ActKind> {
        let mut out = Vec::new();
        for (i, name) in raw.expected_acts.iter().enumerate() {
            match ActKind::from_name(name) {
                Some(k) => out.push(k),
                None => self.at(
                    format!("expected_acts[{i}]"),
                    format!(
                        "unknown act '{name}'{}",
                        did_you_mean(name, ActKind::ALL.iter().map(|k| k.name()))
                    ),
                ),
            }
        }
        out
    }

    pub(super) fn understanding(
        &mut self,
        raw: &RawScenario,
        mut fact_synonyms: FactSynonyms,
    ) -> BTreeMap<Lang, Extension> {
        for code in raw.understanding.keys() {
            self.lang_of("understanding", code);
        }
        let mut out = BTreeMap::new();
        for lang in self.langs.clone() {
            let acts = raw
                .understanding
                .get(lang.code())
                .map(|u| u.acts.clone())
                .unwrap_or_default();
            let ext = Extension {
                facts: fact_synonyms.remove(&lang).unwrap_or_default(),
                acts,
            };
            self.patterns(lang, &ext);
            out.insert(lang, ext);
        }
        out
    }

    fn patterns(&mut self, lang: Lang, ext: &Extension) {
        for (act, pats) in &ext.acts {
            let path = format!("understanding.{}.acts.{act}", lang.code());
            if ActKind::from_name(act).is_none() {
                self.at_key(
                    &format!("understanding.{}.acts", lang.code()),
                    act,
                    format!(
                        "unknown act '{act}'{}",
                        did_you_mean(act, ActKind::ALL.iter().map(|k| k.name()))
                    ),
                );
                continue;
            }
            for (kind, list) in [("patterns", &pats.patterns), ("unless", &pats.unless)] {
                for (i, p) in list.iter().enumerate() {
                    if let Err(e) = check_pattern(p) {
                        self.findings.push(super::Finding {
                            path: format!("{path}.{kind}[{i}]"),
                            key: None,
                            offset: e.1,
                            message: format!("bad pattern: {}", e.0),
                        });
                    }
                }
            }
        }
    }
}
