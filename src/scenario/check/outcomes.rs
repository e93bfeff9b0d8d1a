//! Which outcomes are right and wrong, the actions recommended, and what each outcome means.

use super::{Checker, Index, quoted};
use crate::outcome::Outcome;
use crate::scenario::model::Outcomes;
use crate::scenario::raw::RawOutcomes;
use std::collections::BTreeMap;

impl Checker {
    /// An outcome named in the file, or a finding at `path`.
    pub(super) fn outcome(&mut self, path: String, name: &str) -> Option<Outcome> {
        let o = Outcome::from_name(name);
        if o.is_none() {
            self.at(
                path,
                format!(
                    "unknown outcome '{name}'; expected one of {}",
                    quoted(Outcome::ALL.iter().map(|o| o.name()))
                ),
            );
        }
        o
    }

    pub(super) fn outcomes(&mut self, ro: &RawOutcomes, index: &Index) -> Outcomes {
        let mut lists = [Vec::new(), Vec::new()];
        for (k, (list, name)) in [(&ro.right, "right"), (&ro.wrong, "wrong")]
            .into_iter()
            .enumerate()
        {
            for (i, o) in list.iter().enumerate() {
                if let Some(o) = self.outcome(format!("outcomes.{name}[{i}]"), o) {
                    lists[k].push(o);
                }
            }
        }
        if ro.right.is_empty() {
            self.at("outcomes.right", "expected at least one right outcome");
        }
        let mut recommended_actions = Vec::new();
        for (i, a) in ro.recommended_actions.iter().enumerate() {
            let alternatives: Vec<String> = a.split('|').map(str::to_string).collect();
            for alt in &alternatives {
                self.action_ref(format!("outcomes.recommended_actions[{i}]"), alt, index);
            }
            recommended_actions.push(alternatives);
        }
        let mut explain = BTreeMap::new();
        for (o, t) in &ro.explain {
            let text = self.text(&format!("outcomes.explain.{o}"), t);
            match Outcome::from_name(o) {
                Some(outcome) => {
                    explain.insert(outcome, text);
                }
                None => self.at_key("outcomes.explain", o, format!("unknown outcome '{o}'")),
            }
        }
        let [right, wrong] = lists;
        Outcomes {
            right,
            wrong,
            recommended_actions,
            explain,
        }
    }
}
