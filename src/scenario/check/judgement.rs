//! What a trainer judges in this scenario: the specifics of the caller's problem, promises the
//! desk cannot keep, forbidden questions, transfer targets, its own coaching and its hints.

use super::{Checker, Index, did_you_mean, no_fact};
use crate::lang::Lang;
use crate::rules::RuleId;
use crate::scenario::model::{
    Hint, Judgement, REFERRAL_DETAILS, Referral, ReferralDetail, Said, Slip,
};
use crate::scenario::raw::{RawHint, RawScenario};
use crate::text::plain_words;
use std::collections::BTreeMap;

impl Checker {
    pub(super) fn judgement(&mut self, raw: &RawScenario, index: &Index) -> Judgement {
        let j = &raw.judgement;
        let mut forbidden = Vec::new();
        for (i, f) in j.forbidden_facts.iter().enumerate() {
            if f != "password" && !index.facts.contains(f) {
                self.at(format!("judgement.forbidden_facts[{i}]"), no_fact(f, index));
            }
            forbidden.push(f.clone());
        }
        for (i, f) in j.needless_facts.iter().enumerate() {
            if !index.facts.contains(f) {
                self.at(format!("judgement.needless_facts[{i}]"), no_fact(f, index));
            }
        }
        let mut targets = BTreeMap::new();
        for (id, words) in &j.transfer_targets {
            let lines = self.lines(&format!("judgement.transfer_targets.{id}"), words);
            targets.insert(id.clone(), plain_lists(&lines.0));
        }
        let mut better = BTreeMap::new();
        for (id, text) in &j.better {
            let text = self.text(&format!("judgement.better.{id}"), text);
            match RuleId::from_id(id) {
                Some(rule) => {
                    better.insert(rule, text);
                }
                None => self.at_key(
                    "judgement.better",
                    id,
                    format!(
                        "unknown rule '{id}'{}",
                        did_you_mean(id, RuleId::ALL.iter().map(|r| r.as_str()))
                    ),
                ),
            }
        }
        let mut topics = BTreeMap::new();
        for (id, words) in &j.topics {
            topics.insert(
                id.clone(),
                self.word_lists(&format!("judgement.topics.{id}"), words),
            );
        }
        if let Some(q) = &j.question
            && !topics.contains_key(q)
        {
            self.at(
                "judgement.question".to_string(),
                format!(
                    "no topic '{q}' in judgement.topics{}",
                    did_you_mean(q, topics.keys().map(String::as_str))
                ),
            );
        }
        let referrals = self.referrals(&j.referrals);
        Judgement {
            referrals,
            topics,
            question: j.question.clone(),
            specifics: self.word_lists("judgement.specifics", &j.specifics),
            overpromises: self.word_lists("judgement.overpromises", &j.overpromises),
            forbidden_facts: forbidden,
            needless_facts: j.needless_facts.clone(),
            protected: self.word_lists("judgement.protected", &j.protected),
            confidential: self.word_lists("judgement.confidential", &j.confidential),
            minor: self.word_lists("judgement.minor", &j.minor),
            transfer_targets: targets,
            better,
            callback_on_file: j.callback_on_file,
            slips: self.slips(&j.slips),
        }
    }

    fn slips(
        &mut self,
        raw: &BTreeMap<String, crate::scenario::raw::RawSlip>,
    ) -> BTreeMap<String, Slip> {
        let mut out = BTreeMap::new();
        for (id, slip) in raw {
            let path = format!("judgement.slips.{id}");
            // Every language of the scenario needs its phrases, or the slip never counts there.
            let says = self.lines(&format!("{path}.says"), &slip.says);
            let says = says
                .0
                .iter()
                .map(|(lang, list)| {
                    let list = list.iter().map(|p| crate::phrases::plain_phrase(p));
                    (*lang, list.filter(|p| !p.is_empty()).collect())
                })
                .collect();
            let label = self.text(&format!("{path}.label"), &slip.label);
            let better = slip
                .better
                .as_ref()
                .map(|b| self.text(&format!("{path}.better"), b));
            out.insert(
                id.clone(),
                Slip {
                    says,
                    label,
                    better,
                    before_lookup: slip.before_lookup,
                },
            );
        }
        out
    }

    fn referrals(
        &mut self,
        raw: &BTreeMap<String, crate::scenario::raw::RawReferral>,
    ) -> BTreeMap<String, Referral> {
        let mut out = BTreeMap::new();
        for (id, r) in raw {
            let path = format!("judgement.referrals.{id}");
            let desk = self.lines(&format!("{path}.desk"), &r.desk);
            if r.details.is_empty() {
                self.at(&path, "a referral needs \"details\": what the caller needs to reach the desk (\"phone_number\", \"opening_hours\", …)");
            }
            let mut details = BTreeMap::new();
            for (d, detail) in &r.details {
                let dpath = format!("{path}.details.{d}");
                let label = detail
                    .label
                    .as_ref()
                    .map(|l| self.text(&format!("{dpath}.label"), l));
                if label.is_none() && !REFERRAL_DETAILS.contains(&d.as_str()) {
                    self.at(
                        &dpath,
                        format!(
                            "'{d}' is not a built-in detail{}, so it needs a \"label\"",
                            did_you_mean(d, REFERRAL_DETAILS)
                        ),
                    );
                }
                let says = self.lines(&format!("{dpath}.says"), &detail.says);
                let says = says
                    .0
                    .iter()
                    .map(|(lang, list)| (*lang, list.iter().map(|s| Said::of(s)).collect()))
                    .collect();
                details.insert(d.clone(), ReferralDetail { label, says });
            }
            out.insert(
                id.clone(),
                Referral {
                    name: desk
                        .0
                        .iter()
                        .filter_map(|(lang, words)| Some((*lang, words.first()?.clone())))
                        .collect(),
                    desk: plain_lists(&desk.0),
                    details,
                },
            );
        }
        out
    }

    fn word_lists(
        &mut self,
        path: &str,
        raw: &BTreeMap<String, Vec<String>>,
    ) -> BTreeMap<Lang, Vec<String>> {
        let mut out = BTreeMap::new();
        for (code, words) in raw {
            if let Some(lang) = self.lang_of(path, code) {
                let words: Vec<String> = words
                    .iter()
                    .map(|w| crate::phrases::plain_phrase(w))
                    .filter(|w| !w.is_empty())
                    .collect();
                out.insert(lang, words);
            }
        }
        out
    }

    pub(super) fn hints(&mut self, raw: &RawScenario, index: &Index) -> Vec<Hint> {
        let mut out = Vec::new();
        for (i, h) in raw.hints.iter().enumerate() {
            let path = format!("hints[{i}]");
            let hint = match h {
                RawHint::Always(text) => Hint {
                    when: None,
                    text: self.text(&path, text),
                },
                RawHint::When { when, text } => {
                    let cond = self.cond(&format!("{path}.when"), when);
                    self.cond_refs(&format!("{path}.when"), &cond, index);
                    Hint {
                        when: Some(cond),
                        text: self.text(&format!("{path}.text"), text),
                    }
                }
            };
            out.push(hint);
        }
        out
    }
}

fn plain_lists(lists: &BTreeMap<Lang, Vec<String>>) -> BTreeMap<Lang, Vec<String>> {
    lists
        .iter()
        .map(|(lang, words)| (*lang, words.iter().map(|w| plain_words(w)).collect()))
        .collect()
}
