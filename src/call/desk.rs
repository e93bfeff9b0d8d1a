//! What the desk offers the trainee during a call: who a call can be transferred to, what
//! `/lookup` finds in the records, and from these what Tab can complete. Read by the engine
//! (to carry out `/transfer` and `/lookup`) and by the front end (for completion), so both
//! know the same names.

use super::{Call, Event, MIN_LEAK_CHARS};
use crate::commands;
use crate::phrases::{Kind, says_kind};
use crate::scenario::model::Said;

impl Call {
    /// Where this desk can transfer a call: (id, the name it goes by in the call's language).
    /// Without targets of its own, a scenario has a supervisor.
    pub(super) fn transfer_targets(&self) -> Vec<(String, String)> {
        let own = &self.scenario.judgement.transfer_targets;
        if own.is_empty() {
            let words = crate::phrases::built_in(Kind::Supervisor, self.lang);
            let name = words
                .first()
                .cloned()
                .unwrap_or_else(|| "supervisor".into());
            return vec![("supervisor".into(), name)];
        }
        own.iter()
            .map(|(id, words)| {
                let name = words
                    .get(&self.lang)
                    .and_then(|w| w.first())
                    .cloned()
                    .unwrap_or_else(|| id.clone());
                (id.clone(), name)
            })
            .collect()
    }

    /// Every word that names a transfer target in the call's language (ids included).
    fn transfer_words(&self) -> Vec<String> {
        let own = &self.scenario.judgement.transfer_targets;
        if own.is_empty() {
            return crate::phrases::built_in(Kind::Supervisor, self.lang).to_vec();
        }
        own.iter()
            .flat_map(|(id, words)| {
                words
                    .get(&self.lang)
                    .into_iter()
                    .flatten()
                    .cloned()
                    .chain([id.clone()])
            })
            .collect()
    }

    /// What Tab can complete in this call: the command names, who `/transfer` reaches (by the
    /// words the desk accepts in the call's language) and what `/lookup` finds (the subjects
    /// of the desk's records: "Zorggroep Het Anker", "Ingrid Bakker").
    pub fn completions(&self) -> commands::Completions {
        commands::Completions {
            names: commands::names(&self.scenario.action_names(self.lang)),
            actions: self
                .scenario
                .actions
                .iter()
                .flat_map(|(id, a)| a.names.values().chain([id]).cloned())
                .collect(),
            transfer_names: self
                .transfer_targets()
                .into_iter()
                .map(|(_, n)| n)
                .collect(),
            transfer_words: self.transfer_words(),
            lookup_subjects: self.scenario.lookup_subjects(self.lang),
        }
    }

    /// The transfer target the trainee named, by id.
    pub(super) fn transfer_target(&self, who: &str) -> Option<String> {
        let own = &self.scenario.judgement.transfer_targets;
        let named = |words: &[String]| crate::phrases::said(who, words).is_some();
        if own.is_empty() {
            let words = crate::phrases::built_in(Kind::Supervisor, self.lang);
            return named(words).then(|| "supervisor".to_string());
        }
        own.iter()
            .find(|(id, words)| named(std::slice::from_ref(id)) || words.values().any(|w| named(w)))
            .map(|(id, _)| id.clone())
    }

    /// The target the trainee named, by the name it goes by in the call's language
    /// ("leidinggevende", not the id "supervisor"); empty if none.
    pub(super) fn transfer_name(&self, who: &str) -> String {
        self.transfer_target(who)
            .and_then(|id| {
                self.transfer_targets()
                    .into_iter()
                    .find(|(target, _)| *target == id)
                    .map(|(_, name)| name)
            })
            .unwrap_or_default()
    }

    /// The ids of the records matching a query (or the case's records without one).
    pub(super) fn lookup(&self, query: &str) -> Vec<String> {
        let q = crate::understanding::fold(query);
        self.scenario
            .records
            .iter()
            .filter(|r| {
                if q.trim().is_empty() {
                    return r.case;
                }
                let hay = crate::understanding::fold(&r.text(self.lang, &self.state.values));
                q.split_whitespace().all(|w| hay.contains(w))
            })
            .map(|r| r.id.clone())
            .collect()
    }

    /// What a turn says of each referral: (id, whether it names the desk, the details it gives),
    /// for the referrals it says anything of.
    pub(super) fn referred_in(&self, text: &str) -> Vec<(String, bool, Vec<String>)> {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        let says = |s: &Said| match s {
            Said::Digits(d) => digits.contains(d.as_str()),
            Said::Words(w) => crate::phrases::said(text, std::iter::once(w)).is_some(),
        };
        // A desk is named outside a question that asks which one.
        let told: Vec<&str> = crate::text::sentences(text, &['.', '!', '?', ';'])
            .filter(|s| !self.asks_which(s))
            .collect();
        let mut out = Vec::new();
        for (id, r) in &self.scenario.judgement.referrals {
            let words = r.desk.get(&self.lang).map(Vec::as_slice).unwrap_or(&[]);
            let named = told
                .iter()
                .any(|s| crate::phrases::said(s, words).is_some());
            let details: Vec<String> = r
                .details
                .iter()
                .filter(|(_, d)| d.says.get(&self.lang).into_iter().flatten().any(says))
                .map(|(d, _)| d.clone())
                .collect();
            if named || !details.is_empty() {
                out.push((id.clone(), named, details));
            }
        }
        out
    }

    /// Whether a sentence asks which one (it opens with a question word and ends in a question
    /// mark): "Which council sent you the bill?" names no desk to ring.
    fn asks_which(&self, sentence: &str) -> bool {
        let questions = crate::phrases::built_in(Kind::Question, self.lang);
        sentence.trim_end().ends_with('?')
            && crate::text::words(sentence)
                .first()
                .is_some_and(|w| questions.contains(w))
    }

    /// Whether the caller has said this value (folded to letters and digits) in the call so far,
    /// in a line's own words or in a value it gave: repeating it back tells them nothing new.
    fn caller_said(&self, value: &str, alnum: impl Fn(&str) -> String) -> bool {
        self.log.iter().any(|e| match e {
            Event::Caller { said, .. } => said.iter().any(|s| {
                let template = self
                    .scenario
                    .caller
                    .lines
                    .get(&s.line)
                    .and_then(|l| l.get(self.lang).get(s.variant))
                    .map(String::as_str)
                    .unwrap_or("");
                std::iter::once(template)
                    .chain(s.value.as_deref())
                    .chain(s.gives.values().map(String::as_str))
                    .any(|t| alnum(t).contains(value))
            }),
            _ => false,
        })
    }

    /// The private record values a turn reads out to a caller who has not given them and is
    /// not verified: the one definition of a leak, for the caller and for scoring.
    pub(super) fn leaked_in(&self, text: &str, n: u32) -> Vec<String> {
        let alnum =
            |t: &str| crate::understanding::fold(t).replace(|c: char| !c.is_alphanumeric(), "");
        let said = Spoken::new(text);
        let pointed = says_kind(text, Kind::Part, self.lang);
        // A date in words is the record's date read out ("the 27th of June 1973").
        let dates = super::dates::spoken_dates(text);
        let state = &self.state;
        let required = state.required_facts();
        let offered = text.contains('?') && says_kind(text, Kind::Leading, self.lang);
        // "Ik lees even voor wat ik hier heb staan: uw geboortedatum en uw deelnemersnummer":
        // a checked fact the line names while it says it reads the record out is told.
        let named = if says_kind(text, Kind::ReadingOut, self.lang) {
            self.lexicon.facts_named(text)
        } else {
            Vec::new()
        };
        state
            .values
            .iter()
            .filter_map(|(fact, value)| {
                let public = self.scenario.facts.get(fact).is_some_and(|f| f.public);
                let v = alnum(value);
                // The first part of a value in parts, when it carries a number: the street and
                // house number of "Merelstraat 27, Utrecht" is the address read out.
                let head = value
                    .split_once(',')
                    .map(|(head, _)| alnum(head))
                    .filter(|h| h.len() >= MIN_LEAK_CHARS && h.chars().any(|c| c.is_ascii_digit()));
                // Half a number is a hint: "ours starts with 5075".
                // A birthday's day and month, said without the year, are half of it too.
                // (Only a date value looks for days in the line: most lines and values have none.)
                let part = partly_read_out(text, value, pointed).or_else(|| {
                    let day = birthday_day(value)?;
                    super::dates::spoken_days(text)
                        .contains(&day)
                        .then_some(day)
                });
                let whole = said.has(&v)
                    || head.as_ref().is_some_and(|h| said.has(h))
                    || dates.contains(&v);
                // "I've got 21077562 here, that's you, right?": a value the policy checks,
                // read out for a yes, is a leading check whoever said it before.
                let leading = whole && offered && required.contains(fact);
                let told = named.contains(fact) && required.contains(fact) && !public;
                let read_out = !public && v.len() >= MIN_LEAK_CHARS && (whole || part.is_some());
                let unproved = !state.gave_correct_before(fact, n)
                    && !self.caller_said(part.as_deref().or(head.as_deref()).unwrap_or(&v), alnum)
                    && !state.verified_before(n);
                // Only part of it: the caller has a hint, not the value (`PART`); a value the
                // caller had already given is offered for a yes (`LEADING`).
                match (read_out || told, unproved, whole || told) {
                    (true, true, true) => Some(fact.clone()),
                    (true, true, false) => Some(format!("{fact}{PART}")),
                    (true, false, _) if leading => Some(format!("{fact}{LEADING}")),
                    _ => None,
                }
            })
            .chain(self.others_read_out(&said, alnum))
            .filter(|fact| !state.leaks.iter().any(|(_, f)| f == fact))
            .collect()
    }

    /// Another person's private record read out (a colleague with a similar name): a leak
    /// whoever the caller is. Named by the field and the record's title.
    fn others_read_out(&self, said: &Spoken, alnum: impl Fn(&str) -> String) -> Vec<String> {
        let mut out = Vec::new();
        for record in self.scenario.records.iter().filter(|r| !r.case) {
            for (label, value) in record.private_values(self.lang) {
                let v = alnum(&value);
                if v.len() >= MIN_LEAK_CHARS && said.has(&v) {
                    out.push(format!("{label} ({})", record.title.get(self.lang)));
                }
            }
        }
        out
    }
}

/// How a leak of part of a value is named: the fact's id and this.
pub const PART: &str = ":part";

/// How a checked value offered for a yes is named (a leading check): the fact's id and this.
pub const LEADING: &str = ":leading";

/// The day and month of a record's date ("27-06-1973" → "2706"); none for other values.
fn birthday_day(value: &str) -> Option<String> {
    let parts: Vec<&str> = value.trim().split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [d, m, y] if d.len() == 2 && m.len() == 2 && y.len() == 4 => [d, m, y]
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_digit()))
            .then(|| format!("{d}{m}")),
        _ => None,
    }
}

/// The digits of a number value (at least six of them) that a line gives as its start or its
/// end (`pointed`: the line has words that point at a part, "it starts with 5075", "eindigt op
/// 170"): at least three digits, so a house number or a single digit tells nothing; or its
/// start and its end both, three digits between them ("begins with 8 and ends in 21").
fn partly_read_out(line: &str, value: &str, pointed: bool) -> Option<String> {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    if !pointed || digits.len() < 6 {
        return None;
    }
    let runs: Vec<&str> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty() && run.len() < digits.len())
        .collect();
    if let Some(run) = runs
        .iter()
        .find(|run| run.len() >= 3 && (digits.starts_with(**run) || digits.ends_with(**run)))
    {
        return Some(run.to_string());
    }
    // The start first, the end after it: two runs of the line, not one read twice.
    let (at, head) = runs
        .iter()
        .enumerate()
        .find(|(_, run)| digits.starts_with(**run))?;
    let tail = runs[at + 1..]
        .iter()
        .rev()
        .find(|run| digits.ends_with(**run))?;
    (head.len() + tail.len() >= 3).then(|| format!("{head}{tail}"))
}

/// A line's words run together, with where each word starts and ends: a value read out in any
/// spacing or punctuation ("RL 25-05182") is found, but never inside other words ("no need"
/// does not say "none", "tomorrow" does not say "moro").
struct Spoken {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl Spoken {
    fn new(line: &str) -> Spoken {
        let folded = crate::understanding::fold(line);
        let mut spoken = Spoken {
            text: String::new(),
            starts: Vec::new(),
            ends: Vec::new(),
        };
        for word in folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            spoken.starts.push(spoken.text.len());
            spoken.text.push_str(word);
            spoken.ends.push(spoken.text.len());
        }
        spoken
    }

    /// Whether the value (folded to letters and digits) is said as whole words.
    fn has(&self, value: &str) -> bool {
        !value.is_empty()
            && self
                .text
                .match_indices(value)
                .any(|(at, _)| self.starts.contains(&at) && self.ends.contains(&(at + value.len())))
    }
}

#[cfg(test)]
mod tests {
    use super::Spoken;

    #[test]
    fn a_value_is_said_only_as_whole_words() {
        let said = Spoken::new("Hi Esther, no need to apologise; your number is RL 25-05182.");
        assert!(said.has("rl2505182"));
        assert!(said.has("esther"));
        assert!(!said.has("none"));
        assert!(!said.has("her"));
    }
}
