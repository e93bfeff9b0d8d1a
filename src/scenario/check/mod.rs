//! Stage two of loading: checking a raw scenario and resolving it into the model.
//!
//! [`check`] first builds an [`Index`] of every name the file declares (facts, actions,
//! commands, moods, lines, flags), then each section checks its part against that index and
//! builds its part of the model. Every problem is collected (not just the first) with the path
//! of the value at fault; `span` turns paths into lines and columns. After this, no reference
//! in a scenario can dangle and no number can overflow anything.

mod caller;
mod desk;
mod judgement;
mod meta;
mod outcomes;
mod selftests;
mod speech;

use super::condition::{self, Cond};
use super::model::*;
use super::raw::*;
use crate::commands;
use crate::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// A problem found while checking, at a path into the file. `offset` is a character offset
/// inside a string value (for conditions and patterns).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub path: String,
    pub key: Option<String>,
    pub offset: Option<usize>,
    pub message: String,
}

/// Every name a scenario declares, gathered before any section is checked, so that a section
/// can check a reference to a part that comes later in the file.
struct Index {
    facts: BTreeSet<String>,
    actions: BTreeSet<String>,
    commands: Vec<String>,
    moods: Vec<String>,
    lines: Vec<String>,
    flags: BTreeSet<String>,
    topics: BTreeSet<String>,
    /// Each referral with its details.
    referrals: BTreeMap<String, BTreeSet<String>>,
}

impl Index {
    fn of(raw: &RawScenario) -> Index {
        let actions: BTreeSet<String> = raw.actions.keys().cloned().collect();
        Index {
            facts: raw.facts.keys().cloned().collect(),
            commands: commands::names(&actions),
            actions,
            moods: raw.caller.mood.keys().cloned().collect(),
            lines: raw.caller.lines.keys().cloned().collect(),
            flags: raw
                .caller
                .reactions
                .iter()
                .flat_map(|r| r.set.iter().cloned())
                .chain(
                    raw.caller
                        .mood_rules
                        .iter()
                        .flat_map(|r| r.set.iter().cloned()),
                )
                .collect(),
            // A scenario's own topics and the built-in one (`mentioned(hurry)`).
            topics: raw
                .judgement
                .topics
                .keys()
                .cloned()
                .chain([crate::phrases::HURRY.to_string()])
                .collect(),
            referrals: raw
                .judgement
                .referrals
                .iter()
                .map(|(id, r)| (id.clone(), r.details.keys().cloned().collect()))
                .collect(),
        }
    }

    fn command_known(&self, name: &str) -> bool {
        self.commands.iter().any(|c| c == name)
    }
}

struct Checker {
    langs: Vec<Lang>,
    findings: Vec<Finding>,
}

impl Checker {
    fn at(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            path: path.into(),
            key: None,
            offset: None,
            message: message.into(),
        });
    }

    fn at_key(&mut self, path: &str, key: &str, message: impl Into<String>) {
        self.findings.push(Finding {
            path: path.into(),
            key: Some(key.into()),
            offset: None,
            message: message.into(),
        });
    }

    /// A language code of the scenario, or a finding at `path` (keyed by the code).
    fn lang_of(&mut self, path: &str, code: &str) -> Option<Lang> {
        let lang = Lang::from_code(code).filter(|l| self.langs.contains(l));
        if lang.is_none() {
            let message = unknown_lang(code, &self.langs);
            self.at_key(path, code, message);
        }
        lang
    }

    /// Checks one value per language: every scenario language present, no other language,
    /// and `check` on each value. `what` names the value in "missing the Dutch …".
    fn per_lang<T: Clone>(
        &mut self,
        path: &str,
        raw: &BTreeMap<String, T>,
        what: &str,
        check: impl Fn(&T) -> Vec<(String, &'static str)>,
    ) -> BTreeMap<Lang, T> {
        let mut out = BTreeMap::new();
        for (code, value) in raw {
            if let Some(lang) = self.lang_of(path, code) {
                for (sub, message) in check(value) {
                    self.at(format!("{path}.{code}{sub}"), message);
                }
                out.insert(lang, value.clone());
            }
        }
        for lang in self.langs.clone() {
            if !out.contains_key(&lang) {
                self.at(
                    path,
                    format!("missing the {} {what}", lang_name(lang)).replace("LANG", lang.code()),
                );
            }
        }
        out
    }

    fn text(&mut self, path: &str, raw: &RawText) -> Text {
        Text(
            self.per_lang(path, raw, "text (\"LANG\": \"…\")", |v: &String| {
                if v.trim().is_empty() {
                    vec![(String::new(), "this text is empty")]
                } else {
                    Vec::new()
                }
            }),
        )
    }

    fn lines(&mut self, path: &str, raw: &RawLines) -> Lines {
        Lines(self.per_lang(
            path,
            raw,
            "phrasings (\"LANG\": [\"…\"])",
            |phrasings: &Vec<String>| {
                let mut problems = Vec::new();
                if phrasings.is_empty() {
                    problems.push((String::new(), "expected at least one phrasing"));
                }
                for (i, p) in phrasings.iter().enumerate() {
                    if p.trim().is_empty() {
                        problems.push((format!("[{i}]"), "this phrasing is empty"));
                    }
                }
                problems
            },
        ))
    }

    fn cond(&mut self, path: &str, text: &str) -> Cond {
        match condition::parse(text) {
            Ok(c) => c,
            Err(e) => {
                self.findings.push(Finding {
                    path: path.into(),
                    key: None,
                    offset: Some(e.offset),
                    message: format!("in condition: {}", e.message),
                });
                // Never true, so a broken condition is not mistaken for a catch-all.
                Cond::Not(Box::new(Cond::True))
            }
        }
    }

    /// A reference to a fact the scenario declares.
    fn fact_ref(&mut self, path: impl Into<String>, fact: &str, index: &Index) {
        if !index.facts.contains(fact) {
            self.at(path, no_fact(fact, index));
        }
    }

    /// A reference to one of the scenario's actions.
    fn action_ref(&mut self, path: impl Into<String>, action: &str, index: &Index) {
        if !index.actions.contains(action) {
            self.at(path, no_action(action, index));
        }
    }
}

fn no_fact(fact: &str, index: &Index) -> String {
    format!(
        "no fact '{fact}' in \"facts\"{}",
        did_you_mean(fact, index.facts.iter().map(String::as_str))
    )
}

fn no_action(action: &str, index: &Index) -> String {
    format!(
        "no action '{action}'{}",
        did_you_mean(action, index.actions.iter().map(String::as_str))
    )
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Nl => "Dutch",
    }
}

fn unknown_lang(code: &str, langs: &[Lang]) -> String {
    let list: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    format!(
        "'{code}' is not one of the scenario's languages ({})",
        list.join(", ")
    )
}

fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    match crate::suggest::closest(name, known) {
        Some(best) => format!(" (did you mean '{best}'?)"),
        None => String::new(),
    }
}

fn quoted<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks a raw scenario; on success, the model, else every problem found.
pub fn check(raw: RawScenario) -> Result<Scenario, Vec<Finding>> {
    let index = Index::of(&raw);
    let mut c = Checker {
        langs: Vec::new(),
        findings: Vec::new(),
    };
    let meta = c.meta(&raw);
    let (facts, fact_synonyms) = c.facts(&raw);
    let records = c.records(&raw, &index);
    let actions = c.actions(&raw, &index);
    let caller = c.caller(&raw.caller, &index);
    let outcomes = c.outcomes(&raw.outcomes, &index);
    let jargon = c.jargon(&raw);
    let expected_acts = c.expected_acts(&raw);
    let hints = c.hints(&raw, &index);
    let judgement = c.judgement(&raw, &index);
    let understanding = c.understanding(&raw, fact_synonyms);
    let tests = c.self_tests(&raw);
    let scenario = Scenario {
        id: raw.id,
        languages: c.langs.clone(),
        title: meta.title,
        summary: meta.summary,
        difficulty: raw.difficulty,
        tags: raw.tags,
        pass_mark: meta.pass_mark,
        weights: meta.weights,
        rule_points: meta.rule_points,
        rule_caps: meta.rule_caps,
        partly_verified_cap: meta.partly_verified_cap,
        briefing: meta.briefing,
        facts,
        records,
        caller,
        actions,
        outcomes,
        jargon,
        expected_acts,
        hints,
        judgement,
        understanding,
        tests,
    };
    if c.findings.is_empty() {
        Ok(scenario)
    } else {
        Err(c.findings)
    }
}
