//! `deskdrill validate`'s lints: what a valid scenario can still get wrong.
//!
//! The loader refuses what the engine cannot run; these checks find what runs but plays
//! wrong: placeholders that would print as written, texts left untranslated, duplicate ids,
//! reactions that can never fire, a scenario without self-tests, a caller who does not react
//! to the acts that matter. Each finding has a path into the file, so it gets a line and a
//! column like every other problem. Errors fail `validate`; warnings fail it with `--strict`.

use crate::lang::Lang;
use crate::scenario::condition::{Cond, Part, Pred, Subject};
use crate::scenario::model::Trigger;
use crate::scenario::span::Spans;
use crate::scenario::{Problem, Scenario};
use crate::understanding::ActKind;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Texts of this many words or more that are the same in two languages were not translated.
const UNTRANSLATED_WORDS: usize = 4;
/// Placeholders are short names: `{value}`, `{fact:tax_number}`.
const MAX_PLACEHOLDER_CHARS: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// A lint at a place in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Lint {
    pub severity: Severity,
    pub problem: Problem,
}

impl fmt::Display for Lint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.severity {
            Severity::Error => write!(f, "{}", self.problem),
            Severity::Warning => {
                let p = &self.problem;
                let shown = Problem {
                    message: format!("warning: {}", p.message),
                    ..p.clone()
                };
                write!(f, "{shown}")
            }
        }
    }
}

/// A finding before it has a line and column.
struct Finding {
    severity: Severity,
    path: String,
    key: Option<String>,
    /// A character offset inside a string value.
    offset: Option<usize>,
    message: String,
}

struct Linter<'a> {
    scenario: &'a Scenario,
    findings: Vec<Finding>,
}

impl Linter<'_> {
    fn add(&mut self, severity: Severity, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity,
            path: path.into(),
            key: None,
            offset: None,
            message: message.into(),
        });
    }
}

/// Every lint of a scenario that loaded, `text` being its file (for positions).
pub fn lint(scenario: &Scenario, text: &str, source: &str) -> Vec<Lint> {
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    let mut l = Linter {
        scenario,
        findings: Vec::new(),
    };
    let langs: Vec<&str> = scenario.languages.iter().map(|l| l.code()).collect();
    let mut texts = Vec::new();
    collect_texts(&value, "", &langs, &mut texts);
    for (path, text) in &texts {
        l.placeholders(path, text);
    }
    l.untranslated(&texts);
    l.duplicates(&value);
    l.shadowed_reactions(&value);
    l.self_tests();
    l.key_acts();
    let spans = Spans::scan(text);
    let mut out: Vec<Lint> = l
        .findings
        .into_iter()
        .map(|f| {
            let mut pos = match &f.key {
                Some(k) => spans.key(&f.path, k),
                None => spans.get(&f.path),
            };
            if let Some(offset) = f.offset {
                pos.column += 1 + offset;
            }
            Lint {
                severity: f.severity,
                problem: Problem {
                    source: source.to_string(),
                    line: pos.line,
                    column: pos.column,
                    message: f.message,
                },
            }
        })
        .collect();
    out.sort_by_key(|l| (l.problem.line, l.problem.column, l.severity));
    out.dedup();
    out
}

/// Every string inside a per-language object (`{"en": …, "nl": …}`), with its path.
fn collect_texts(value: &Value, path: &str, langs: &[&str], out: &mut Vec<(String, String)>) {
    let join = |k: &str| {
        if path.is_empty() {
            k.to_string()
        } else {
            format!("{path}.{k}")
        }
    };
    match value {
        Value::Object(map) => {
            let per_lang = !map.is_empty() && map.keys().all(|k| langs.contains(&k.as_str()));
            for (k, v) in map {
                match (per_lang, v) {
                    (true, Value::String(s)) => out.push((join(k), s.clone())),
                    (true, Value::Array(items)) => {
                        for (i, item) in items.iter().enumerate() {
                            if let Value::String(s) = item {
                                out.push((format!("{}[{i}]", join(k)), s.clone()));
                            }
                        }
                    }
                    _ => collect_texts(v, &join(k), langs, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_texts(item, &format!("{path}[{i}]"), langs, out);
            }
        }
        _ => {}
    }
}

/// The `{…}` placeholders in a text: (character offset, name).
fn placeholders_in(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '{'
            && let Some(len) = chars[i + 1..]
                .iter()
                .take(MAX_PLACEHOLDER_CHARS + 1)
                .position(|c| *c == '}')
        {
            let name: String = chars[i + 1..i + 1 + len].iter().collect();
            let looks_like = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '_' | ':' | '-'));
            if looks_like {
                out.push((i, name));
            }
            i += len + 1;
        }
        i += 1;
    }
    out
}

/// The kind of text a path is, for which placeholders it fills.
enum Place<'a> {
    /// A phrasing of a caller line, by line id.
    Line(&'a str),
    /// A record's text or an action's result: `{caller}`, `{trainee}`, `{fact:ID}`.
    Shown,
    /// Any other text: shown as written.
    Plain,
}

fn place(path: &str) -> Place<'_> {
    if let Some(rest) = path.strip_prefix("caller.lines.") {
        // caller.lines.ID.LANG[i]: the id is all before the last '.'.
        if let Some(cut) = rest.rfind('.') {
            return Place::Line(&rest[..cut]);
        }
    }
    let action_done = path.starts_with("actions.") && path.contains(".done.");
    if path.starts_with("records[") || action_done {
        Place::Shown
    } else {
        Place::Plain
    }
}

impl Linter<'_> {
    fn placeholders(&mut self, path: &str, text: &str) {
        let caller = &self.scenario.caller;
        let answers: BTreeSet<&str> = ["give_fact", "as_i_said"]
            .into_iter()
            .chain(caller.knows.values().filter_map(|k| k.answer.as_deref()))
            .collect();
        let mut fact_lines = answers.clone();
        fact_lines.insert("deflect");
        fact_lines.extend(caller.knows.values().filter_map(|k| k.deflect.as_deref()));
        let place = place(path);
        for (offset, name) in placeholders_in(text) {
            let message = match (name.as_str(), &place) {
                (_, Place::Plain) => Some(format!(
                    "'{{{name}}}' is shown as written: placeholders are filled only in the caller's lines, records and action results"
                )),
                ("caller" | "trainee", _) | ("address", Place::Line(_)) => None,
                ("address", Place::Shown) => Some(
                    "'{address}' is filled only in the caller's lines: the desk's systems do not address the trainee".to_string(),
                ),
                ("value" | "fact", Place::Shown) => Some(format!(
                    "'{{{name}}}' is filled only in the caller's answers; here it is shown as written"
                )),
                ("value" | "fact", Place::Line(line)) => {
                    let allowed = if name == "value" {
                        &answers
                    } else {
                        &fact_lines
                    };
                    let saying: Vec<&str> = caller
                        .reactions
                        .iter()
                        .filter(|r| r.say.as_deref() == Some(*line))
                        .map(|r| r.id.as_str())
                        .collect();
                    if let Some(r) = saying.first() {
                        Some(format!(
                            "'{{{name}}}' has nothing to fill it when reaction '{r}' says this line: it is filled only when the caller answers a question for a fact"
                        ))
                    } else if !allowed.contains(line) {
                        Some(format!(
                            "'{{{name}}}' is filled only in lines that {} a fact (give_fact, as_i_said{}, or a fact's \"answer\"{})",
                            if name == "value" {
                                "give"
                            } else {
                                "give or deflect"
                            },
                            if name == "value" { "" } else { ", deflect" },
                            if name == "value" {
                                ""
                            } else {
                                " or \"deflect\""
                            }
                        ))
                    } else {
                        None
                    }
                }
                _ => self.other_placeholder(&name),
            };
            if let Some(message) = message {
                self.findings.push(Finding {
                    severity: Severity::Error,
                    path: path.to_string(),
                    key: None,
                    offset: Some(offset),
                    message,
                });
            }
        }
    }

    /// `{fact:ID}` with a fact the scenario has, or an unknown placeholder.
    fn other_placeholder(&self, name: &str) -> Option<String> {
        let facts = &self.scenario.facts;
        if let Some(fact) = name.strip_prefix("fact:") {
            return (!facts.contains_key(fact)).then(|| {
                format!(
                    "no fact '{fact}' in \"facts\" for '{{{name}}}'{}",
                    did_you_mean(fact, facts.keys().map(String::as_str))
                )
            });
        }
        let known: Vec<String> = ["value", "fact", "caller", "trainee", "address"]
            .iter()
            .map(|s| s.to_string())
            .chain(facts.keys().map(|f| format!("fact:{f}")))
            .collect();
        Some(format!(
            "unknown placeholder '{{{name}}}'{}; placeholders are {{value}}, {{fact}}, {{caller}}, {{trainee}}, {{address}} and {{fact:ID}}",
            crate::suggest::closest(name, known.iter().map(String::as_str))
                .map(|b| format!(" (did you mean '{{{b}}}'?)"))
                .unwrap_or_default()
        ))
    }

    /// Texts the same in two languages, beyond a few words (names and numbers are fine).
    fn untranslated(&mut self, texts: &[(String, String)]) {
        let langs = &self.scenario.languages;
        if langs.len() < 2 {
            return;
        }
        // Word lists (jargon, synonyms, …) may well be the same in both languages.
        let word_list = |p: &str| {
            p.starts_with("jargon") || p.starts_with("judgement.") || p.contains(".synonyms.")
        };
        // (path without the language, language) → texts.
        let mut by_place: BTreeMap<String, BTreeMap<Lang, Vec<(String, String)>>> = BTreeMap::new();
        for (path, text) in texts.iter().filter(|(p, _)| !word_list(p)) {
            for lang in langs {
                let code = format!(".{}", lang.code());
                let Some(cut) = path.rfind(&code) else {
                    continue;
                };
                let rest = &path[cut + code.len()..];
                if rest.is_empty() || rest.starts_with('[') {
                    by_place
                        .entry(path[..cut].to_string())
                        .or_default()
                        .entry(*lang)
                        .or_default()
                        .push((path.clone(), text.clone()));
                }
            }
        }
        let norm = |t: &str| t.trim().to_lowercase();
        for (_, per_lang) in by_place {
            let (Some(first), Some(second)) = (per_lang.get(&langs[0]), per_lang.get(&langs[1]))
            else {
                continue;
            };
            for (path, text) in second {
                let words = text.split_whitespace().count();
                if words >= UNTRANSLATED_WORDS && first.iter().any(|(_, t)| norm(t) == norm(text)) {
                    self.add(
                        Severity::Warning,
                        path.clone(),
                        format!(
                            "this text is the same in '{}' and '{}': write it as a {} speaker would",
                            langs[0].code(),
                            langs[1].code(),
                            lang_name(langs[1])
                        ),
                    );
                }
            }
        }
    }

    /// Duplicate test names and the same phrasing twice in a line (duplicate reaction and
    /// record ids the loader refuses).
    fn duplicates(&mut self, value: &Value) {
        let mut names = BTreeSet::new();
        for (i, t) in self.scenario.tests.iter().enumerate() {
            if !names.insert(t.name.as_str()) {
                self.add(
                    Severity::Warning,
                    format!("tests[{i}].name"),
                    format!("another self-test is already called '{}'", t.name),
                );
            }
        }
        if let Some(lines) = value.pointer("/caller/lines").and_then(Value::as_object) {
            for (id, per_lang) in lines {
                for (code, list) in per_lang.as_object().into_iter().flatten() {
                    let mut seen = BTreeSet::new();
                    for (i, p) in list.as_array().into_iter().flatten().enumerate() {
                        if let Some(p) = p.as_str()
                            && !seen.insert(p.trim())
                        {
                            self.add(
                                Severity::Warning,
                                format!("caller.lines.{id}.{code}[{i}]"),
                                "the same phrasing twice: write another, or remove it",
                            );
                        }
                    }
                }
            }
        }
    }

    /// A reaction whose condition an earlier, repeatable reaction already has never fires;
    /// reactions without an id are hard to follow in `review`, `graph` and `--explore`.
    fn shadowed_reactions(&mut self, value: &Value) {
        let reactions = &self.scenario.caller.reactions;
        for (j, r) in reactions.iter().enumerate() {
            if let Some(earlier) = reactions[..j].iter().find(|e| !e.once && e.when == r.when) {
                self.add(
                    Severity::Error,
                    format!("caller.reactions[{j}].when"),
                    format!(
                        "reaction '{}' can never happen: '{}' before it has the same condition",
                        r.id, earlier.id
                    ),
                );
            }
            let has_id = value
                .pointer(&format!("/caller/reactions/{j}/id"))
                .is_some();
            if !has_id {
                self.add(
                    Severity::Warning,
                    format!("caller.reactions[{j}]"),
                    format!(
                        "give this reaction an \"id\": review, graph and test --explore call it '{}'",
                        r.id
                    ),
                );
            }
        }
    }

    fn self_tests(&mut self) {
        let s = self.scenario;
        if s.tests.is_empty() {
            self.add(
                Severity::Warning,
                "",
                "no self-tests: add a careful and a careless scripted call under \"tests\", so 'deskdrill test' proves the scenario plays as meant",
            );
            return;
        }
        for lang in &s.languages {
            if !s.tests.iter().any(|t| t.lang == *lang) {
                self.add(
                    Severity::Warning,
                    "tests",
                    format!("no self-test in {}", lang_name(*lang)),
                );
            }
        }
    }

    /// The acts every caller should answer to: empathy, refusal when there is something to
    /// refuse, and the scenario's expected acts.
    fn key_acts(&mut self) {
        let s = self.scenario;
        let mut key = vec![ActKind::Empathy];
        if s.actions.values().any(|a| a.sensitive) {
            key.push(ActKind::Refusal);
        }
        for a in &s.expected_acts {
            if !key.contains(a) {
                key.push(*a);
            }
        }
        let mut mentioned: BTreeSet<String> = BTreeSet::new();
        for sens in &s.caller.sensitivity {
            if let Trigger::Act(a) | Trigger::Repeat(a) = &sens.trigger {
                mentioned.insert(a.name().to_string());
            }
        }
        let conds = s
            .caller
            .mood_rules
            .iter()
            .map(|m| &m.when)
            .chain(s.caller.reactions.iter().map(|r| &r.when));
        for c in conds {
            acts_in(c, &mut mentioned);
        }
        for act in key {
            if !mentioned.contains(act.name()) {
                self.add(
                    Severity::Warning,
                    "caller",
                    format!(
                        "the caller does not react to {0}: no sensitivity, mood rule or reaction mentions it (e.g. \"sensitivity\": {{\"{0}\": {{\"anger\": -5}}}})",
                        act.name()
                    ),
                );
            }
        }
    }
}

/// The act names a condition tests (`act(empathy)`, `said(refusal)`, `count(empathy)`).
fn acts_in(cond: &Cond, out: &mut BTreeSet<String>) {
    let mut parts = Vec::new();
    cond.walk(&mut parts);
    for p in parts {
        let label = match p {
            Part::Pred(Pred::Act(a) | Pred::Said(a)) => a,
            Part::Pred(Pred::Repeated(Some(a))) => a,
            Part::Subject(Subject::Count(a)) => a,
            _ => continue,
        };
        out.insert(label.split(':').next().unwrap_or(label).to_string());
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Nl => "Dutch",
    }
}

fn did_you_mean<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    match crate::suggest::closest(name, known) {
        Some(best) => format!(" (did you mean '{best}'?)"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::placeholders_in;

    #[test]
    fn placeholders_are_found_with_their_offsets() {
        assert_eq!(
            placeholders_in("It's {value}, {vlaue} {fact:x} {not one} {}"),
            [
                (5, "value".to_string()),
                (14, "vlaue".to_string()),
                (22, "fact:x".to_string())
            ]
        );
    }
}
