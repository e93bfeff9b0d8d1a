//! Wishes the speaker turns down in the same clause: "I'd put you through, but the line is
//! closed", "ik zou u graag doorverbinden, maar …". The wish's part does not do what its words
//! would: no transfer, no hold, no promise, no apology.

use super::pattern::{Clause, Pattern};
use super::scope::ScopeFile;
use super::{ActKind, LexiconError};
use std::collections::HashSet;

#[derive(Debug, Default)]
pub(crate) struct Wishes {
    /// What opens a wish (`counterfactuals`: "i would", "ik zou").
    opens: Vec<Pattern>,
    /// The words that turn it down, opening a later part (`counterfactual_turns`).
    turns: HashSet<String>,
    /// The acts a turned-down wish does not do (`counterfactual`).
    pub acts: HashSet<ActKind>,
}

impl Wishes {
    pub fn compile(
        file: &ScopeFile,
        vocabulary: &mut HashSet<String>,
    ) -> Result<Wishes, LexiconError> {
        Ok(Wishes {
            opens: file
                .counterfactuals
                .iter()
                .map(|p| Pattern::parse(p, true, vocabulary))
                .collect::<Result<_, _>>()?,
            turns: file
                .counterfactual_turns
                .iter()
                .map(|w| super::fold(w))
                .collect(),
            acts: file
                .counterfactual
                .iter()
                .map(|name| {
                    ActKind::from_name(name)
                        .ok_or_else(|| LexiconError::UnknownAct { name: name.clone() })
                })
                .collect::<Result<_, _>>()?,
        })
    }

    /// The wishes of a clause that a later part turns down: (part, first word, words).
    pub fn turned_down(&self, clause: &Clause, part: &[usize]) -> Vec<(usize, usize, String)> {
        let turned = |p: usize| {
            (1..part.len()).any(|i| {
                part[i] > p && part[i - 1] != part[i] && self.turns.contains(&clause.words[i])
            })
        };
        self.opens
            .iter()
            .flat_map(|p| p.spans(clause))
            .filter(|&(s, _)| turned(part[s]))
            .map(|(s, e)| (part[s], s, clause.words[s..e].join(" ")))
            .collect()
    }
}
