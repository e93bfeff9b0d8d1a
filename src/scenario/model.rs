//! Stage two of loading: the checked scenario the engine runs on.
//!
//! `check` turns a [`RawScenario`] into a [`Scenario`], collecting every problem it finds (not
//! just the first) with the path of the value at fault; `mod.rs` turns paths into lines and
//! columns. After this, no reference in a scenario can dangle.

use super::condition::{self, Cond, Part, Pred, Subject};
use super::raw::*;
use crate::lang::Lang;
use crate::understanding::{ActKind, BUILTIN_FACTS, Extension};
use std::collections::{BTreeMap, BTreeSet};

pub const FORMAT: &str = "deskdrill.scenario.v1";
pub const DIFFICULTIES: [&str; 3] = ["easy", "medium", "hard"];
/// How a call can end, as the result's `outcome` says it.
pub const OUTCOMES: [&str; 6] = [
    "resolved",
    "refused",
    "transferred",
    "caller_hung_up",
    "abandoned",
    "ended",
];
/// Outcomes a reaction may end the call with.
pub const REACTION_ENDS: [&str; 3] = ["caller_hung_up", "resolved", "refused"];
/// Lines the engine says by name when the scenario has them.
pub const ENGINE_LINES: [&str; 3] = ["give_fact", "deflect", "as_i_said"];
/// Sensitivity keys that are not act names.
pub const SPECIAL_TRIGGERS: [&str; 2] = ["asked_again", "each_turn"];

/// Text in every language of the scenario.
#[derive(Clone, Debug, Default)]
pub struct Text(BTreeMap<Lang, String>);

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        self.0
            .get(&lang)
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Several phrasings in every language.
#[derive(Clone, Debug, Default)]
pub struct Lines(BTreeMap<Lang, Vec<String>>);

impl Lines {
    pub fn get(&self, lang: Lang) -> &[String] {
        self.0.get(&lang).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Weights {
    pub verification: u32,
    pub deescalation: u32,
    pub resolution: u32,
    pub professionalism: u32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            verification: 30,
            deescalation: 30,
            resolution: 25,
            professionalism: 15,
        }
    }
}

#[derive(Debug)]
pub struct Scenario {
    pub id: String,
    pub languages: Vec<Lang>,
    pub title: Text,
    pub summary: Text,
    pub difficulty: String,
    pub tags: Vec<String>,
    pub pass_mark: u32,
    pub weights: Weights,
    pub rule_points: BTreeMap<String, i32>,
    pub briefing: Briefing,
    pub facts: BTreeMap<String, Fact>,
    pub records: Vec<Record>,
    pub caller: Caller,
    pub actions: BTreeMap<String, Action>,
    pub outcomes: Outcomes,
    pub jargon: BTreeMap<Lang, Vec<String>>,
    pub expected_acts: Vec<ActKind>,
    pub hints: Vec<Text>,
    pub understanding: BTreeMap<Lang, Extension>,
    pub tests: Vec<SelfTest>,
}

#[derive(Debug)]
pub struct Briefing {
    pub role: Text,
    pub organisation: Text,
    pub situation: Text,
    pub policy: Vec<Text>,
}

#[derive(Debug)]
pub struct Fact {
    pub value: Option<String>,
    pub pool: Vec<String>,
    pub public: bool,
    pub label: Option<Text>,
}

#[derive(Debug)]
pub struct Record {
    pub id: String,
    pub title: Text,
    pub case: bool,
    pub fields: Vec<Field>,
}

#[derive(Debug)]
pub struct Field {
    pub label: Text,
    pub value: FieldValue,
}

#[derive(Debug)]
pub enum FieldValue {
    Text(Text),
    Fact(String),
}

#[derive(Debug)]
pub struct Caller {
    pub name: String,
    pub persona: Text,
    pub claims: Text,
    pub truth: Text,
    pub goal: Text,
    pub technical: bool,
    pub mood: BTreeMap<String, u8>,
    pub knows: BTreeMap<String, Knows>,
    pub sensitivity: Vec<(String, BTreeMap<String, i32>)>,
    pub mood_rules: Vec<MoodRule>,
    pub lines: BTreeMap<String, Lines>,
    pub reactions: Vec<Reaction>,
}

#[derive(Debug)]
pub struct Knows {
    pub answer: Option<String>,
    pub deflect: Option<String>,
    pub lie: Vec<String>,
    pub lie_after: Option<u32>,
}

impl Knows {
    pub fn knows(&self) -> bool {
        self.deflect.is_none()
    }
}

#[derive(Debug)]
pub struct MoodRule {
    pub when: Cond,
    pub change: BTreeMap<String, i32>,
}

#[derive(Debug)]
pub struct Reaction {
    pub id: String,
    pub when: Cond,
    pub say: Option<String>,
    pub mood: BTreeMap<String, i32>,
    pub set: Vec<String>,
    pub once: bool,
    pub end: Option<String>,
}

#[derive(Debug)]
pub struct Action {
    pub label: Text,
    pub help: Text,
    pub done: Text,
    pub sensitive: bool,
    pub requires: Vec<String>,
    pub resolves: bool,
}

#[derive(Debug)]
pub struct Outcomes {
    pub right: Vec<String>,
    pub wrong: Vec<String>,
    pub recommended_actions: Vec<String>,
    pub explain: BTreeMap<String, Text>,
}

#[derive(Debug, Clone)]
pub struct SelfTest {
    pub name: String,
    pub lang: Lang,
    pub seed: u64,
    pub script: Vec<String>,
    pub expect: Expect,
}

#[derive(Debug, Clone, Default)]
pub struct Expect {
    pub passed: Option<bool>,
    pub outcome: Option<String>,
    pub total: Option<[u32; 2]>,
    pub verification: Option<[u32; 2]>,
    pub deescalation: Option<[u32; 2]>,
    pub resolution: Option<[u32; 2]>,
    pub professionalism: Option<[u32; 2]>,
    pub critical: Option<Vec<String>>,
    pub rules: Vec<String>,
}

/// A problem found while checking, at a path into the file. `offset` is a character offset
/// inside a string value (for conditions and patterns).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub path: String,
    pub key: Option<String>,
    pub offset: Option<usize>,
    pub message: String,
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

    /// Checks one value per language: every scenario language present, no other language,
    /// and `check` on each value. `what` names the value in "missing the Dutch …".
    fn per_lang<T: Clone>(
        &mut self,
        path: &str,
        raw: &std::collections::BTreeMap<String, T>,
        what: &str,
        check: impl Fn(&T) -> Vec<(String, &'static str)>,
    ) -> BTreeMap<Lang, T> {
        let mut out = BTreeMap::new();
        for (code, value) in raw {
            match Lang::from_code(code).filter(|l| self.langs.contains(l)) {
                Some(lang) => {
                    for (sub, message) in check(value) {
                        self.at(format!("{path}.{code}{sub}"), message);
                    }
                    out.insert(lang, value.clone());
                }
                None => self.at_key(path, code, unknown_lang(code, &self.langs)),
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

/// Checks a raw scenario; on success, the model, else every problem found.
pub fn check(raw: RawScenario) -> Result<Scenario, Vec<Finding>> {
    let mut c = Checker {
        langs: Vec::new(),
        findings: Vec::new(),
    };
    if raw.format != FORMAT {
        c.at("format", format!("expected \"{FORMAT}\""));
    }
    if raw.id.is_empty()
        || !raw
            .id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    {
        c.at(
            "id",
            "an id is lower-case letters, digits and '-', e.g. \"impostor-reset\"",
        );
    }
    for (i, code) in raw.languages.iter().enumerate() {
        match Lang::from_code(code) {
            Some(l) if !c.langs.contains(&l) => c.langs.push(l),
            Some(_) => c.at(
                format!("languages[{i}]"),
                format!("'{code}' is listed twice"),
            ),
            None => c.at(
                format!("languages[{i}]"),
                format!("unknown language '{code}'; expected \"en\" or \"nl\""),
            ),
        }
    }
    if c.langs.is_empty() && raw.languages.is_empty() {
        c.at(
            "languages",
            "expected at least one language, e.g. [\"en\", \"nl\"]",
        );
    }
    let title = c.text("title", &raw.title);
    let summary = c.text("summary", &raw.summary);
    if !DIFFICULTIES.contains(&raw.difficulty.as_str()) {
        c.at(
            "difficulty",
            format!("expected one of {}", quoted(&DIFFICULTIES)),
        );
    }
    if raw.pass_mark > 100 {
        c.at("pass_mark", "expected a number from 0 to 100");
    }
    let weights = match &raw.weights {
        Some(w) => {
            if w.verification + w.deescalation + w.resolution + w.professionalism == 0 {
                c.at("weights", "at least one weight must be above 0");
            }
            Weights {
                verification: w.verification,
                deescalation: w.deescalation,
                resolution: w.resolution,
                professionalism: w.professionalism,
            }
        }
        None => Weights::default(),
    };
    for rule in raw.rule_points.keys() {
        if crate::scoring::rule(rule).is_none() {
            c.at_key(
                "rule_points",
                rule,
                format!(
                    "unknown rule '{rule}'{}",
                    did_you_mean(rule, crate::scoring::RULES.iter().map(|r| r.id))
                ),
            );
        }
    }
    let briefing = Briefing {
        role: c.text("briefing.role", &raw.briefing.role),
        organisation: c.text("briefing.organisation", &raw.briefing.organisation),
        situation: c.text("briefing.situation", &raw.briefing.situation),
        policy: raw
            .briefing
            .policy
            .iter()
            .enumerate()
            .map(|(i, t)| c.text(&format!("briefing.policy[{i}]"), t))
            .collect(),
    };

    // Facts.
    let mut facts = BTreeMap::new();
    let mut fact_synonyms: BTreeMap<Lang, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (id, f) in &raw.facts {
        let path = format!("facts.{id}");
        let builtin = BUILTIN_FACTS.contains(&id.as_str());
        if f.value.is_none() && f.pool.is_empty() {
            c.at(
                &path,
                "a fact needs its true value: \"value\": \"…\" or \"pool\": [\"…\", \"…\"]",
            );
        }
        if f.value.is_some() && !f.pool.is_empty() {
            c.at(&path, "give either \"value\" or \"pool\", not both");
        }
        let label = f
            .label
            .as_ref()
            .map(|l| c.text(&format!("{path}.label"), l));
        if !builtin {
            if label.is_none() {
                c.at(
                    &path,
                    format!(
                        "'{id}' is not a built-in fact{}, so it needs a \"label\" and \"synonyms\"",
                        did_you_mean(id, BUILTIN_FACTS)
                    ),
                );
            }
            for lang in c.langs.clone() {
                if !f.synonyms.contains_key(lang.code()) {
                    c.at(
                        &path,
                        format!(
                            "missing {} synonyms (\"synonyms\": {{\"{}\": [\"…\"]}})",
                            lang_name(lang),
                            lang.code()
                        ),
                    );
                }
            }
        }
        for (code, syns) in &f.synonyms {
            match Lang::from_code(code).filter(|l| c.langs.contains(l)) {
                Some(lang) => {
                    fact_synonyms
                        .entry(lang)
                        .or_default()
                        .insert(id.clone(), syns.clone());
                }
                None => c.at_key(
                    &format!("{path}.synonyms"),
                    code,
                    unknown_lang(code, &c.langs.clone()),
                ),
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
    let fact_known = |id: &str| facts.contains_key(id);

    // Records.
    let mut records = Vec::new();
    let mut record_ids = BTreeSet::new();
    for (i, r) in raw.records.iter().enumerate() {
        let path = format!("records[{i}]");
        if !record_ids.insert(r.id.clone()) {
            c.at(
                format!("{path}.id"),
                format!("another record already has the id '{}'", r.id),
            );
        }
        let mut fields = Vec::new();
        for (j, f) in r.fields.iter().enumerate() {
            let fpath = format!("{path}.fields[{j}]");
            let label = c.text(&format!("{fpath}.label"), &f.label);
            let value = match (&f.value, &f.fact) {
                (Some(v), None) => FieldValue::Text(c.text(&format!("{fpath}.value"), v)),
                (None, Some(fact)) => {
                    if !fact_known(fact) {
                        c.at(
                            format!("{fpath}.fact"),
                            format!(
                                "no fact '{fact}' in \"facts\"{}",
                                did_you_mean(fact, facts.keys().map(String::as_str))
                            ),
                        );
                    }
                    FieldValue::Fact(fact.clone())
                }
                _ => {
                    c.at(&fpath, "a field needs either \"value\" or \"fact\"");
                    FieldValue::Text(Text::default())
                }
            };
            fields.push(Field { label, value });
        }
        records.push(Record {
            id: r.id.clone(),
            title: c.text(&format!("{path}.title"), &r.title),
            case: r.case,
            fields,
        });
    }
    if !raw.records.is_empty() && !raw.records.iter().any(|r| r.case) {
        c.at("records", "mark the record of the case at hand with \"case\": true, so that /lookup without a query shows it");
    }

    // Actions.
    let mut actions = BTreeMap::new();
    for (id, a) in &raw.actions {
        let path = format!("actions.{id}");
        if crate::commands::COMMON.iter().any(|cmd| cmd.name == id) {
            c.at_key(
                "actions",
                id,
                format!("'{id}' is a common command; an action needs another name"),
            );
        }
        if id.is_empty() || !id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_') {
            c.at_key(
                "actions",
                id,
                "an action name is lower-case letters and '_'",
            );
        }
        for (j, fact) in a.requires.iter().enumerate() {
            if !fact_known(fact) {
                c.at(
                    format!("{path}.requires[{j}]"),
                    format!(
                        "no fact '{fact}' in \"facts\"{}",
                        did_you_mean(fact, facts.keys().map(String::as_str))
                    ),
                );
            }
        }
        if a.sensitive && a.requires.is_empty() {
            c.at(
                &path,
                "a sensitive action needs \"requires\": the facts that verify the caller",
            );
        }
        actions.insert(
            id.clone(),
            Action {
                label: c.text(&format!("{path}.label"), &a.label),
                help: c.text(&format!("{path}.help"), &a.help),
                done: c.text(&format!("{path}.done"), &a.done),
                sensitive: a.sensitive,
                requires: a.requires.clone(),
                resolves: a.resolves,
            },
        );
    }
    let command_known = |name: &str| {
        actions.contains_key(name) || crate::commands::COMMON.iter().any(|c| c.name == name)
    };
    let command_names: Vec<String> = crate::commands::COMMON
        .iter()
        .map(|c| c.name.to_string())
        .chain(actions.keys().cloned())
        .collect();

    // The caller.
    let rc = &raw.caller;
    if !rc.mood.contains_key("anger") {
        c.at(
            "caller.mood",
            "expected at least \"anger\", e.g. {\"anger\": 40}",
        );
    }
    for (dim, v) in &rc.mood {
        if *v > 100 {
            c.at(
                format!("caller.mood.{dim}"),
                "a mood is a number from 0 to 100",
            );
        }
    }
    let moods: Vec<String> = rc.mood.keys().cloned().collect();
    let mut lines = BTreeMap::new();
    for (id, l) in &rc.lines {
        lines.insert(id.clone(), c.lines(&format!("caller.lines.{id}"), l));
    }
    let mut said_lines: BTreeSet<String> = BTreeSet::new();
    let line_ids: Vec<String> = lines.keys().cloned().collect();
    let check_line = |c: &mut Checker, path: String, id: &str, said: &mut BTreeSet<String>| {
        said.insert(id.to_string());
        if !line_ids.iter().any(|l| l == id) {
            c.at(
                path,
                format!(
                    "no line '{id}' in caller.lines{}",
                    did_you_mean(id, line_ids.iter().map(String::as_str))
                ),
            );
        }
    };
    let check_moods = |c: &mut Checker, path: &str, change: &BTreeMap<String, i32>| {
        for (dim, delta) in change {
            if !moods.contains(dim) {
                c.at_key(
                    path,
                    dim,
                    format!(
                        "no mood '{dim}' in caller.mood{}",
                        did_you_mean(dim, moods.iter().map(String::as_str))
                    ),
                );
            }
            if delta.abs() > 100 {
                c.at(
                    format!("{path}.{dim}"),
                    "a mood change is a number from -100 to 100",
                );
            }
        }
    };
    let mut knows = BTreeMap::new();
    for (fact, k) in &rc.knows {
        let path = format!("caller.knows.{fact}");
        if !fact_known(fact) {
            c.at_key(
                "caller.knows",
                fact,
                format!(
                    "no fact '{fact}' in \"facts\"{}",
                    did_you_mean(fact, facts.keys().map(String::as_str))
                ),
            );
        }
        if let Some(a) = &k.answer {
            check_line(&mut c, format!("{path}.answer"), a, &mut said_lines);
        }
        if let Some(d) = &k.deflect {
            check_line(&mut c, format!("{path}.deflect"), d, &mut said_lines);
        }
        if k.answer.is_some() && k.deflect.is_some() && k.lie_after.is_none() {
            c.at(&path, "a caller either knows a fact (\"answer\") or not (\"deflect\"), not both (unless \"lie_after\" says when the answer is a lie)");
        }
        if k.lie_after.is_some() && (k.deflect.is_none() || k.lie.is_empty()) {
            c.at(&path, "\"lie_after\" is for a fact the caller does not know: it needs \"deflect\" and the made-up values in \"lie\"");
        }
        knows.insert(
            fact.clone(),
            Knows {
                answer: k.answer.clone(),
                deflect: k.deflect.clone(),
                lie: k.lie.clone(),
                lie_after: k.lie_after,
            },
        );
    }
    for engine_line in ENGINE_LINES {
        if lines.contains_key(engine_line) {
            said_lines.insert(engine_line.to_string());
        }
    }
    if knows.values().any(|k| k.knows() && k.answer.is_none()) && !lines.contains_key("give_fact") {
        c.at("caller.lines", "the caller knows facts without an \"answer\" line, so a \"give_fact\" line is needed (use {value} for the value)");
    }
    let mut sensitivity = Vec::new();
    for (trigger, change) in &rc.sensitivity {
        let path = format!("caller.sensitivity.{trigger}");
        let ok = ActKind::from_name(trigger).is_some()
            || SPECIAL_TRIGGERS.contains(&trigger.as_str())
            || trigger.strip_prefix("command:").is_some_and(&command_known)
            || trigger
                .strip_prefix("repeat:")
                .is_some_and(|a| ActKind::from_name(a).is_some());
        if !ok {
            let known: Vec<String> = ActKind::ALL
                .iter()
                .map(|a| a.name().to_string())
                .chain(SPECIAL_TRIGGERS.iter().map(|s| s.to_string()))
                .chain(command_names.iter().map(|n| format!("command:{n}")))
                .collect();
            c.at_key(
                "caller.sensitivity",
                trigger,
                format!(
                    "unknown trigger '{trigger}'{}; expected an act, \"command:NAME\", \"repeat:ACT\", \"asked_again\" or \"each_turn\"",
                    did_you_mean(trigger, known.iter().map(String::as_str))
                ),
            );
        }
        check_moods(&mut c, &path, change);
        sensitivity.push((trigger.clone(), change.clone()));
    }
    let flags_set: BTreeSet<String> = rc
        .reactions
        .iter()
        .flat_map(|r| r.set.iter().cloned())
        .collect();
    let check_cond = |c: &mut Checker, path: &str, cond: &Cond| {
        let mut parts = Vec::new();
        cond.walk(&mut parts);
        for part in parts {
            let problem = match part {
                Part::Subject(Subject::Mood(m)) if !moods.contains(m) => Some(format!(
                    "no mood '{m}' in caller.mood{}",
                    did_you_mean(m, moods.iter().map(String::as_str))
                )),
                Part::Subject(Subject::Count(a))
                | Part::Pred(Pred::Act(a))
                | Part::Pred(Pred::Said(a)) => check_act_label(a, &fact_known),
                Part::Pred(Pred::Repeated(Some(a))) => ActKind::from_name(a).is_none().then(|| {
                    format!(
                        "unknown act '{a}'{}",
                        did_you_mean(a, ActKind::ALL.iter().map(|k| k.name()))
                    )
                }),
                Part::Pred(Pred::Command(cmd)) | Part::Pred(Pred::Used(cmd))
                    if !command_known(cmd) =>
                {
                    Some(format!(
                        "unknown command '{cmd}'{}",
                        did_you_mean(cmd, command_names.iter().map(String::as_str))
                    ))
                }
                Part::Pred(Pred::Asked(f)) | Part::Pred(Pred::Given(f)) if !fact_known(f) => {
                    Some(format!(
                        "no fact '{f}' in \"facts\"{}",
                        did_you_mean(f, facts.keys().map(String::as_str))
                    ))
                }
                Part::Pred(Pred::Verified(a)) if !actions.contains_key(a) => Some(format!(
                    "no action '{a}'{}",
                    did_you_mean(a, actions.keys().map(String::as_str))
                )),
                Part::Pred(Pred::Flag(f)) if !flags_set.contains(f) => Some(format!(
                    "no reaction sets the flag '{f}'{}",
                    did_you_mean(f, flags_set.iter().map(String::as_str))
                )),
                _ => None,
            };
            if let Some(message) = problem {
                c.at(path, format!("in condition: {message}"));
            }
        }
    };
    let mut mood_rules = Vec::new();
    for (i, r) in rc.mood_rules.iter().enumerate() {
        let path = format!("caller.mood_rules[{i}]");
        let when = c.cond(&format!("{path}.when"), &r.when);
        check_cond(&mut c, &format!("{path}.when"), &when);
        check_moods(&mut c, &format!("{path}.change"), &r.change);
        mood_rules.push(MoodRule {
            when,
            change: r.change.clone(),
        });
    }
    let mut reactions = Vec::new();
    let mut catch_all: Option<usize> = None;
    for (i, r) in rc.reactions.iter().enumerate() {
        let path = format!("caller.reactions[{i}]");
        if let Some(first) = catch_all {
            c.at(
                &path,
                format!(
                    "this reaction can never happen: reaction {first} before it always matches"
                ),
            );
        }
        let when = c.cond(&format!("{path}.when"), &r.when);
        check_cond(&mut c, &format!("{path}.when"), &when);
        if let Some(say) = &r.say {
            check_line(&mut c, format!("{path}.say"), say, &mut said_lines);
        }
        check_moods(&mut c, &format!("{path}.mood"), &r.mood);
        if let Some(end) = &r.end
            && !REACTION_ENDS.contains(&end.as_str())
        {
            c.at(
                format!("{path}.end"),
                format!("expected one of {}", quoted(&REACTION_ENDS)),
            );
        }
        if r.say.is_none() && r.end.is_none() && r.set.is_empty() && r.mood.is_empty() {
            c.at(
                &path,
                "this reaction does nothing: give it \"say\", \"mood\", \"set\" or \"end\"",
            );
        }
        if when == Cond::True && !r.once && catch_all.is_none() {
            catch_all = Some(i);
        }
        reactions.push(Reaction {
            id: r.id.clone().unwrap_or_else(|| format!("reaction {i}")),
            when,
            say: r.say.clone(),
            mood: r.mood.clone(),
            set: r.set.clone(),
            once: r.once,
            end: r.end.clone(),
        });
    }
    for id in &line_ids {
        if !said_lines.contains(id) {
            c.at_key(
                "caller.lines",
                id,
                format!("the line '{id}' is never said: no reaction or fact refers to it"),
            );
        }
    }
    let caller = Caller {
        name: rc.name.clone(),
        persona: c.text("caller.persona", &rc.persona),
        claims: c.text("caller.claims", &rc.claims),
        truth: c.text("caller.truth", &rc.truth),
        goal: c.text("caller.goal", &rc.goal),
        technical: rc.technical,
        mood: rc.mood.clone(),
        knows,
        sensitivity,
        mood_rules,
        lines,
        reactions,
    };
    if caller.name.trim().is_empty() {
        c.at("caller.name", "the caller needs a name");
    }

    // Outcomes.
    let ro = &raw.outcomes;
    for (list, name) in [(&ro.right, "right"), (&ro.wrong, "wrong")] {
        for (i, o) in list.iter().enumerate() {
            if !OUTCOMES.contains(&o.as_str()) {
                c.at(
                    format!("outcomes.{name}[{i}]"),
                    format!(
                        "unknown outcome '{o}'; expected one of {}",
                        quoted(&OUTCOMES)
                    ),
                );
            }
        }
    }
    if ro.right.is_empty() {
        c.at("outcomes.right", "expected at least one right outcome");
    }
    for (i, a) in ro.recommended_actions.iter().enumerate() {
        if !actions.contains_key(a) {
            c.at(
                format!("outcomes.recommended_actions[{i}]"),
                format!(
                    "no action '{a}'{}",
                    did_you_mean(a, actions.keys().map(String::as_str))
                ),
            );
        }
    }
    let mut explain = BTreeMap::new();
    for (o, t) in &ro.explain {
        if !OUTCOMES.contains(&o.as_str()) {
            c.at_key("outcomes.explain", o, format!("unknown outcome '{o}'"));
        }
        explain.insert(o.clone(), c.text(&format!("outcomes.explain.{o}"), t));
    }
    let outcomes = Outcomes {
        right: ro.right.clone(),
        wrong: ro.wrong.clone(),
        recommended_actions: ro.recommended_actions.clone(),
        explain,
    };

    let mut jargon = BTreeMap::new();
    for (code, words) in &raw.jargon {
        match Lang::from_code(code).filter(|l| c.langs.contains(l)) {
            Some(lang) => {
                jargon.insert(
                    lang,
                    words
                        .iter()
                        .map(|w| crate::scoring::plain_words(w))
                        .filter(|w| !w.is_empty())
                        .collect(),
                );
            }
            None => c.at_key("jargon", code, unknown_lang(code, &c.langs.clone())),
        }
    }
    let mut expected_acts = Vec::new();
    for (i, name) in raw.expected_acts.iter().enumerate() {
        match ActKind::from_name(name) {
            Some(k) => expected_acts.push(k),
            None => c.at(
                format!("expected_acts[{i}]"),
                format!(
                    "unknown act '{name}'{}",
                    did_you_mean(name, ActKind::ALL.iter().map(|k| k.name()))
                ),
            ),
        }
    }
    let hints = raw
        .hints
        .iter()
        .enumerate()
        .map(|(i, h)| c.text(&format!("hints[{i}]"), h))
        .collect();

    // Understanding: the scenario's facts and patterns, compiled against each language's lexicon.
    let mut understanding = BTreeMap::new();
    for code in raw.understanding.keys() {
        if Lang::from_code(code)
            .filter(|l| c.langs.contains(l))
            .is_none()
        {
            c.at_key("understanding", code, unknown_lang(code, &c.langs.clone()));
        }
    }
    for lang in c.langs.clone() {
        let acts = raw
            .understanding
            .get(lang.code())
            .map(|u| u.acts.clone())
            .unwrap_or_default();
        let ext = Extension {
            facts: fact_synonyms.remove(&lang).unwrap_or_default(),
            acts,
        };
        for (act, pats) in &ext.acts {
            let path = format!("understanding.{}.acts.{act}", lang.code());
            if ActKind::from_name(act).is_none() {
                c.at_key(
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
                    if let Err(e) = crate::understanding::check_pattern(p) {
                        c.findings.push(Finding {
                            path: format!("{path}.{kind}[{i}]"),
                            key: None,
                            offset: e.1,
                            message: format!("bad pattern: {}", e.0),
                        });
                    }
                }
            }
        }
        understanding.insert(lang, ext);
    }

    // Self-tests.
    let mut tests = Vec::new();
    for (i, t) in raw.tests.iter().enumerate() {
        let path = format!("tests[{i}]");
        let lang = match Lang::from_code(&t.lang).filter(|l| c.langs.contains(l)) {
            Some(l) => l,
            None => {
                c.at(
                    format!("{path}.lang"),
                    unknown_lang(&t.lang, &c.langs.clone()),
                );
                Lang::En
            }
        };
        let e = &t.expect;
        if let Some(o) = &e.outcome
            && !OUTCOMES.contains(&o.as_str())
        {
            c.at(
                format!("{path}.expect.outcome"),
                format!(
                    "unknown outcome '{o}'; expected one of {}",
                    quoted(&OUTCOMES)
                ),
            );
        }
        for (name, range) in [
            ("total", e.total),
            ("verification", e.verification),
            ("deescalation", e.deescalation),
            ("resolution", e.resolution),
            ("professionalism", e.professionalism),
        ] {
            if let Some([lo, hi]) = range
                && (lo > hi || hi > 100)
            {
                c.at(
                    format!("{path}.expect.{name}"),
                    "expected [low, high] with low <= high <= 100",
                );
            }
        }
        for (j, rule) in e
            .critical
            .iter()
            .flatten()
            .chain(e.rules.iter())
            .enumerate()
        {
            if crate::scoring::rule(rule).is_none() {
                c.at(
                    format!("{path}.expect"),
                    format!(
                        "unknown rule '{rule}' (item {j}){}",
                        did_you_mean(rule, crate::scoring::RULES.iter().map(|r| r.id))
                    ),
                );
            }
        }
        tests.push(SelfTest {
            name: t.name.clone(),
            lang,
            seed: t.seed,
            script: t.script.clone(),
            expect: Expect {
                passed: e.passed,
                outcome: e.outcome.clone(),
                total: e.total,
                verification: e.verification,
                deescalation: e.deescalation,
                resolution: e.resolution,
                professionalism: e.professionalism,
                critical: e.critical.clone(),
                rules: e.rules.clone(),
            },
        });
    }

    let scenario = Scenario {
        id: raw.id,
        languages: c.langs.clone(),
        title,
        summary,
        difficulty: raw.difficulty,
        tags: raw.tags,
        pass_mark: raw.pass_mark,
        weights,
        rule_points: raw.rule_points,
        briefing,
        facts,
        records,
        caller,
        actions,
        outcomes,
        jargon,
        expected_acts,
        hints,
        understanding,
        tests,
    };
    if c.findings.is_empty() {
        Ok(scenario)
    } else {
        Err(c.findings)
    }
}

fn check_act_label(label: &str, fact_known: &dyn Fn(&str) -> bool) -> Option<String> {
    let (act, fact) = match label.split_once(':') {
        Some((a, f)) => (a, Some(f)),
        None => (label, None),
    };
    match ActKind::from_name(act) {
        None => Some(format!(
            "unknown act '{act}'{}",
            did_you_mean(act, ActKind::ALL.iter().map(|k| k.name()))
        )),
        Some(ActKind::AskIdentity) => match fact {
            Some(f) if !fact_known(f) && !BUILTIN_FACTS.contains(&f) => {
                Some(format!("no fact '{f}'"))
            }
            _ => None,
        },
        Some(_) if fact.is_some() => Some(format!("only ask_identity takes a fact, not '{act}'")),
        Some(_) => None,
    }
}

fn quoted(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("\"{i}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
