//! The caller: mood, lines, what they know, what moves their mood, and their reactions with
//! the conditions that choose them.

use super::{Checker, Index, did_you_mean, no_action, no_fact, quoted};
use crate::outcome::Outcome;
use crate::scenario::condition::{Cond, Part, Pred, Subject};
use crate::scenario::model::{
    Caller, ENGINE_LINES, Knows, MoodRule, Reaction, Sensitivity, Trigger,
};
use crate::scenario::raw::{RawCaller, RawKnows};
use crate::understanding::{ActKind, BUILTIN_FACTS};
use std::collections::{BTreeMap, BTreeSet};

/// Sensitivity keys that are not act names.
const SPECIAL_TRIGGERS: [&str; 2] = ["asked_again", "each_turn"];

/// The shortest sentence limit a caller may have: below it a greeting is too long.
const MIN_SENTENCE_WORDS: u32 = 6;

impl Checker {
    pub(super) fn caller(&mut self, rc: &RawCaller, index: &Index) -> Caller {
        if !rc.mood.contains_key("anger") {
            self.at(
                "caller.mood",
                "expected at least \"anger\", e.g. {\"anger\": 40}",
            );
        }
        for (dim, v) in &rc.mood {
            if *v > 100 {
                self.at(
                    format!("caller.mood.{dim}"),
                    "a mood is a number from 0 to 100",
                );
            }
        }
        let mut lines = BTreeMap::new();
        for (id, l) in &rc.lines {
            lines.insert(id.clone(), self.lines(&format!("caller.lines.{id}"), l));
        }
        let mut said: BTreeSet<String> = ENGINE_LINES
            .iter()
            .filter(|l| lines.contains_key(**l))
            .map(|l| l.to_string())
            .collect();
        let knows = self.knows(rc, index, &mut said);
        if knows.values().any(|k| k.knows() && k.answer.is_none())
            && !lines.contains_key("give_fact")
        {
            self.at("caller.lines", "the caller knows facts without an \"answer\" line, so a \"give_fact\" line is needed (use {value} for the value)");
        }
        let sensitivity = self.sensitivity(rc, index);
        let mood_rules = self.mood_rules(rc, index);
        let reactions = self.reactions(rc, index, &mut said);
        for id in &index.lines {
            if !said.contains(id) {
                self.at_key(
                    "caller.lines",
                    id,
                    format!("the line '{id}' is never said: no reaction or fact refers to it"),
                );
            }
        }
        if rc.name.trim().is_empty() {
            self.at("caller.name", "the caller needs a name");
        }
        if rc.sentence_words.is_some_and(|n| n < MIN_SENTENCE_WORDS) {
            self.at(
                "caller.sentence_words",
                format!("a sentence limit under {MIN_SENTENCE_WORDS} words leaves no room to say anything"),
            );
        }
        Caller {
            name: rc.name.clone(),
            persona: self.text("caller.persona", &rc.persona),
            claims: self.text("caller.claims", &rc.claims),
            truth: self.text("caller.truth", &rc.truth),
            goal: self.text("caller.goal", &rc.goal),
            technical: rc.technical,
            sentence_words: rc.sentence_words,
            mood: rc.mood.clone(),
            knows,
            sensitivity,
            mood_rules,
            lines,
            reactions,
        }
    }

    fn line_ref(&mut self, path: String, id: &str, index: &Index, said: &mut BTreeSet<String>) {
        said.insert(id.to_string());
        if !index.lines.iter().any(|l| l == id) {
            self.at(
                path,
                format!(
                    "no line '{id}' in caller.lines{}",
                    did_you_mean(id, index.lines.iter().map(String::as_str))
                ),
            );
        }
    }

    fn mood_change(&mut self, path: &str, change: &BTreeMap<String, i32>, index: &Index) {
        for (dim, delta) in change {
            if !index.moods.contains(dim) {
                self.at_key(
                    path,
                    dim,
                    format!(
                        "no mood '{dim}' in caller.mood{}",
                        did_you_mean(dim, index.moods.iter().map(String::as_str))
                    ),
                );
            }
            if delta.unsigned_abs() > 100 {
                self.at(
                    format!("{path}.{dim}"),
                    "a mood change is a number from -100 to 100",
                );
            }
        }
    }

    fn knows(
        &mut self,
        rc: &RawCaller,
        index: &Index,
        said: &mut BTreeSet<String>,
    ) -> BTreeMap<String, Knows> {
        let mut knows = BTreeMap::new();
        for (fact, k) in &rc.knows {
            if !index.facts.contains(fact) {
                self.at_key("caller.knows", fact, no_fact(fact, index));
            }
            self.one_knows(&format!("caller.knows.{fact}"), k, index, said);
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
        knows
    }

    fn one_knows(&mut self, path: &str, k: &RawKnows, index: &Index, said: &mut BTreeSet<String>) {
        if let Some(a) = &k.answer {
            self.line_ref(format!("{path}.answer"), a, index, said);
        }
        if let Some(d) = &k.deflect {
            self.line_ref(format!("{path}.deflect"), d, index, said);
        }
        if k.answer.is_some() && k.deflect.is_some() && k.lie_after.is_none() {
            self.at(path, "a caller either knows a fact (\"answer\") or not (\"deflect\"), not both (unless \"lie_after\" says when the answer is a lie)");
        }
        if k.lie_after.is_some() && (k.deflect.is_none() || k.lie.is_empty()) {
            self.at(path, "\"lie_after\" is for a fact the caller does not know: it needs \"deflect\" and the made-up values in \"lie\"");
        }
    }

    fn sensitivity(&mut self, rc: &RawCaller, index: &Index) -> Vec<Sensitivity> {
        let mut out = Vec::new();
        for (key, change) in &rc.sensitivity {
            self.mood_change(&format!("caller.sensitivity.{key}"), change, index);
            match trigger(key, index) {
                Some(trigger) => out.push(Sensitivity {
                    key: key.clone(),
                    trigger,
                    change: change.clone(),
                }),
                None => {
                    let known: Vec<String> = ActKind::ALL
                        .iter()
                        .map(|a| a.name().to_string())
                        .chain(SPECIAL_TRIGGERS.iter().map(|s| s.to_string()))
                        .chain(index.commands.iter().map(|n| format!("command:{n}")))
                        .collect();
                    self.at_key(
                        "caller.sensitivity",
                        key,
                        format!(
                            "unknown trigger '{key}'{}; expected an act, \"command:NAME\", \"repeat:ACT\", \"asked_again\" or \"each_turn\"",
                            did_you_mean(key, known.iter().map(String::as_str))
                        ),
                    );
                }
            }
        }
        out
    }

    fn mood_rules(&mut self, rc: &RawCaller, index: &Index) -> Vec<MoodRule> {
        let mut out = Vec::new();
        for (i, r) in rc.mood_rules.iter().enumerate() {
            let path = format!("caller.mood_rules[{i}]");
            let when = self.cond(&format!("{path}.when"), &r.when);
            self.cond_refs(&format!("{path}.when"), &when, index);
            self.mood_change(&format!("{path}.change"), &r.change, index);
            out.push(MoodRule {
                when,
                change: r.change.clone(),
                set: r.set.clone(),
            });
        }
        out
    }

    fn reactions(
        &mut self,
        rc: &RawCaller,
        index: &Index,
        said: &mut BTreeSet<String>,
    ) -> Vec<Reaction> {
        let mut out = Vec::new();
        let mut catch_all: Option<String> = None;
        let mut ids = BTreeSet::new();
        for (i, r) in rc.reactions.iter().enumerate() {
            let path = format!("caller.reactions[{i}]");
            let id = r.id.clone().unwrap_or_else(|| format!("reaction {i}"));
            if r.id.is_some() && !ids.insert(id.clone()) {
                self.at(
                    format!("{path}.id"),
                    format!("another reaction already has the id '{id}'"),
                );
            }
            if let Some(first) = &catch_all {
                self.at(
                    &path,
                    format!("this reaction can never happen: '{first}' before it always matches"),
                );
            }
            let when = self.cond(&format!("{path}.when"), &r.when);
            self.cond_refs(&format!("{path}.when"), &when, index);
            if let Some(say) = &r.say {
                self.line_ref(format!("{path}.say"), say, index, said);
            }
            self.mood_change(&format!("{path}.mood"), &r.mood, index);
            let end = r.end.as_deref().and_then(|e| {
                let o = Outcome::from_name(e).filter(|o| Outcome::REACTION_ENDS.contains(o));
                if o.is_none() {
                    self.at(
                        format!("{path}.end"),
                        format!(
                            "expected one of {}",
                            quoted(Outcome::REACTION_ENDS.iter().map(|o| o.name()))
                        ),
                    );
                }
                o
            });
            if r.say.is_none() && r.end.is_none() && r.set.is_empty() && r.mood.is_empty() {
                self.at(
                    &path,
                    "this reaction does nothing: give it \"say\", \"mood\", \"set\" or \"end\"",
                );
            }
            if when == Cond::True && !r.once && catch_all.is_none() {
                catch_all = Some(id.clone());
            }
            out.push(Reaction {
                id,
                when,
                say: r.say.clone(),
                mood: r.mood.clone(),
                set: r.set.clone(),
                once: r.once,
                end,
            });
        }
        out
    }

    /// Every name a condition refers to must exist.
    pub(super) fn cond_refs(&mut self, path: &str, cond: &Cond, index: &Index) {
        let mut parts = Vec::new();
        cond.walk(&mut parts);
        for part in parts {
            if let Some(message) = part_problem(&part, index) {
                self.at(path, format!("in condition: {message}"));
            }
        }
    }
}

/// A sensitivity key as a trigger, if it names one.
fn trigger(key: &str, index: &Index) -> Option<Trigger> {
    if let Some(kind) = ActKind::from_name(key) {
        return Some(Trigger::Act(kind));
    }
    match key {
        "asked_again" => return Some(Trigger::AskedAgain),
        "each_turn" => return Some(Trigger::EachTurn),
        _ => {}
    }
    if let Some(cmd) = key.strip_prefix("command:") {
        return index
            .command_known(cmd)
            .then(|| Trigger::Command(cmd.to_string()));
    }
    key.strip_prefix("repeat:")
        .and_then(ActKind::from_name)
        .map(Trigger::Repeat)
}

fn part_problem(part: &Part, index: &Index) -> Option<String> {
    match part {
        Part::Subject(Subject::Mood(m)) if !index.moods.contains(m) => Some(format!(
            "no mood '{m}' in caller.mood{}",
            did_you_mean(m, index.moods.iter().map(String::as_str))
        )),
        Part::Subject(Subject::Count(a)) | Part::Pred(Pred::Act(a)) | Part::Pred(Pred::Said(a)) => {
            act_label_problem(a, index)
        }
        Part::Pred(Pred::Repeated(Some(a))) => ActKind::from_name(a).is_none().then(|| {
            format!(
                "unknown act '{a}'{}",
                did_you_mean(a, ActKind::ALL.iter().map(|k| k.name()))
            )
        }),
        Part::Pred(Pred::Command(cmd)) | Part::Pred(Pred::Used(cmd))
            if !index.command_known(cmd) =>
        {
            Some(format!(
                "unknown command '{cmd}'{}",
                did_you_mean(cmd, index.commands.iter().map(String::as_str))
            ))
        }
        Part::Pred(Pred::Asked(f)) | Part::Pred(Pred::Given(f)) | Part::Pred(Pred::Leaked(f))
            if !index.facts.contains(f) =>
        {
            Some(no_fact(f, index))
        }
        Part::Pred(Pred::Verified(a)) if !index.actions.contains(a) => Some(no_action(a, index)),
        Part::Pred(Pred::Flag(f)) if !index.flags.contains(f) => Some(format!(
            "no reaction sets the flag '{f}'{}",
            did_you_mean(f, index.flags.iter().map(String::as_str))
        )),
        Part::Pred(Pred::Mentioned(t)) if !index.topics.contains(t) => Some(format!(
            "no topic '{t}' in judgement.topics{}",
            did_you_mean(t, index.topics.iter().map(String::as_str))
        )),
        Part::Pred(Pred::Referred { id, detail }) => referral_problem(id, detail.as_deref(), index),
        _ => None,
    }
}

fn referral_problem(id: &str, detail: Option<&str>, index: &Index) -> Option<String> {
    let Some(details) = index.referrals.get(id) else {
        return Some(format!(
            "no referral '{id}' in judgement.referrals{}",
            did_you_mean(id, index.referrals.keys().map(String::as_str))
        ));
    };
    let d = detail?;
    (!details.contains(d)).then(|| {
        format!(
            "referral '{id}' has no detail '{d}'{}",
            did_you_mean(d, details.iter().map(String::as_str))
        )
    })
}

fn act_label_problem(label: &str, index: &Index) -> Option<String> {
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
            Some(f) if !index.facts.contains(f) && !BUILTIN_FACTS.contains(&f) => {
                Some(format!("no fact '{f}'"))
            }
            _ => None,
        },
        Some(_) if fact.is_some() => Some(format!("only ask_identity takes a fact, not '{act}'")),
        Some(_) => None,
    }
}
