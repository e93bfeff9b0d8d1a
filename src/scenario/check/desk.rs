//! The desk: the case's facts, the records `/lookup` shows, and the actions the trainee can
//! take with their verification requirements.

use super::{Checker, Index, did_you_mean, lang_name};
use crate::commands;
use crate::lang::Lang;
use crate::scenario::model::{Action, Fact, Field, FieldValue, Record, Text};
use crate::scenario::raw::RawScenario;
use crate::understanding::BUILTIN_FACTS;
use std::collections::{BTreeMap, BTreeSet};

/// Each language's synonyms of the scenario's own facts, for understanding.
pub(super) type FactSynonyms = BTreeMap<Lang, BTreeMap<String, Vec<String>>>;

impl Checker {
    pub(super) fn facts(&mut self, raw: &RawScenario) -> (BTreeMap<String, Fact>, FactSynonyms) {
        let mut facts = BTreeMap::new();
        let mut synonyms: FactSynonyms = BTreeMap::new();
        for (id, f) in &raw.facts {
            let path = format!("facts.{id}");
            if f.value.is_none() && f.pool.is_empty() {
                self.at(
                    &path,
                    "a fact needs its true value: \"value\": \"…\" or \"pool\": [\"…\", \"…\"]",
                );
            }
            if f.value.is_some() && !f.pool.is_empty() {
                self.at(&path, "give either \"value\" or \"pool\", not both");
            }
            let label = f
                .label
                .as_ref()
                .map(|l| self.text(&format!("{path}.label"), l));
            if !BUILTIN_FACTS.contains(&id.as_str()) {
                self.own_fact(&path, id, label.is_some(), &f.synonyms);
            }
            for (code, syns) in &f.synonyms {
                if let Some(lang) = self.lang_of(&format!("{path}.synonyms"), code) {
                    synonyms
                        .entry(lang)
                        .or_default()
                        .insert(id.clone(), syns.clone());
                }
            }
            facts.insert(
                id.clone(),
                Fact {
                    value: f.value.clone(),
                    pool: f.pool.clone(),
                    public: f.public,
                    label,
                },
            );
        }
        (facts, synonyms)
    }

    /// A fact that is not built in needs a label and synonyms in every language.
    fn own_fact(
        &mut self,
        path: &str,
        id: &str,
        labelled: bool,
        synonyms: &BTreeMap<String, Vec<String>>,
    ) {
        if !labelled {
            self.at(
                path,
                format!(
                    "'{id}' is not a built-in fact{}, so it needs a \"label\" and \"synonyms\"",
                    did_you_mean(id, BUILTIN_FACTS)
                ),
            );
        }
        for lang in self.langs.clone() {
            if !synonyms.contains_key(lang.code()) {
                self.at(
                    path,
                    format!(
                        "missing {} synonyms (\"synonyms\": {{\"{}\": [\"…\"]}})",
                        lang_name(lang),
                        lang.code()
                    ),
                );
            }
        }
    }

    pub(super) fn records(&mut self, raw: &RawScenario, index: &Index) -> Vec<Record> {
        let mut records = Vec::new();
        let mut ids = BTreeSet::new();
        for (i, r) in raw.records.iter().enumerate() {
            let path = format!("records[{i}]");
            if !ids.insert(r.id.clone()) {
                self.at(
                    format!("{path}.id"),
                    format!("another record already has the id '{}'", r.id),
                );
            }
            let mut fields = Vec::new();
            for (j, f) in r.fields.iter().enumerate() {
                let fpath = format!("{path}.fields[{j}]");
                let label = self.text(&format!("{fpath}.label"), &f.label);
                let value = match (&f.value, &f.fact) {
                    (Some(v), None) => FieldValue::Text(self.text(&format!("{fpath}.value"), v)),
                    (None, Some(fact)) => {
                        self.fact_ref(format!("{fpath}.fact"), fact, index);
                        FieldValue::Fact(fact.clone())
                    }
                    _ => {
                        self.at(&fpath, "a field needs either \"value\" or \"fact\"");
                        FieldValue::Text(Text::default())
                    }
                };
                fields.push(Field { label, value });
            }
            records.push(Record {
                id: r.id.clone(),
                title: self.text(&format!("{path}.title"), &r.title),
                case: r.case,
                disputed: r.disputed,
                private: r.private,
                fields,
            });
        }
        if !raw.records.is_empty() && !raw.records.iter().any(|r| r.case) {
            self.at("records", "mark the record of the case at hand with \"case\": true, so that /lookup without a query shows it");
        }
        records
    }

    pub(super) fn actions(&mut self, raw: &RawScenario, index: &Index) -> BTreeMap<String, Action> {
        let mut actions = BTreeMap::new();
        for (id, a) in &raw.actions {
            let path = format!("actions.{id}");
            if commands::Common::from_name(id).is_some() {
                self.at_key(
                    "actions",
                    id,
                    format!("'{id}' is a common command; an action needs another name"),
                );
            }
            if !command_name(id) {
                self.at_key(
                    "actions",
                    id,
                    "an action name is lower-case letters and '_'",
                );
            }
            let names = self.action_names(&path, id, &a.names, raw);
            for (j, fact) in a.requires.iter().enumerate() {
                self.fact_ref(format!("{path}.requires[{j}]"), fact, index);
            }
            if a.sensitive && a.requires.is_empty() {
                self.at(
                    &path,
                    "a sensitive action needs \"requires\": the facts that verify the caller",
                );
            }
            if a.after_call && (a.sensitive || a.resolves) {
                self.at(
                    &path,
                    "an \"after_call\" action is done after the caller has gone: it cannot be \
                     sensitive or resolve the call",
                );
            }
            actions.insert(
                id.clone(),
                Action {
                    names,
                    label: self.text(&format!("{path}.label"), &a.label),
                    help: self.text(&format!("{path}.help"), &a.help),
                    done: self.text(&format!("{path}.done"), &a.done),
                    sensitive: a.sensitive,
                    requires: a.requires.clone(),
                    resolves: a.resolves,
                    after_call: a.after_call,
                },
            );
        }
        actions
    }

    /// An action's names per language: each a command name no other command or action has.
    fn action_names(
        &mut self,
        path: &str,
        id: &str,
        names: &BTreeMap<String, String>,
        raw: &RawScenario,
    ) -> BTreeMap<Lang, String> {
        let mut out = BTreeMap::new();
        let path = format!("{path}.names");
        for (code, name) in names {
            let Some(lang) = self.lang_of(&path, code) else {
                continue;
            };
            let at = format!("{path}.{code}");
            if !command_name(name) {
                self.at(&at, "a command name is lower-case letters and '_'");
            } else if commands::Common::from_name(name).is_some() {
                self.at(
                    &at,
                    format!("'{name}' is a common command; give the action another name"),
                );
            } else if let Some(other) = raw.actions.iter().find(|(other, a)| {
                *other != id && (*other == name || a.names.values().any(|n| n == name))
            }) {
                self.at(
                    &at,
                    format!("the action '{}' already goes by '{name}'", other.0),
                );
            }
            out.insert(lang, name.clone());
        }
        out
    }
}

/// A command name: lower-case letters a–z and '_'.
fn command_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_')
}
