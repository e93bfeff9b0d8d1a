//! Whom an insult is aimed at. A word that would insult the caller insults nobody when the
//! words around it are about the speaker ("lmao I'm such a noob", "ik was zelf zo onnozel") or
//! about someone else ("he's an awful clown"): the nearest person named in its part decides,
//! and the caller wins a tie ("I hate idiots like you").

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The lexicon's person words (`scope.persons`): subjects and possessives, not objects ("quit
/// hollering at me like a fool" is aimed at the caller).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PersonsFile {
    /// The speaker: "i", "my", "we", "ik", "mijn".
    #[serde(default)]
    pub first: Vec<String>,
    /// The caller: "you", "your", "u", "je", "ge".
    #[serde(default)]
    pub second: Vec<String>,
    /// Someone else: "he", "they", "hij", "ze".
    #[serde(default)]
    pub third: Vec<String>,
    /// What makes a person word after the match aim it ("die k*tprinter *van* ons"); a person
    /// after it otherwise starts a clause of its own ("the dumbest caller I've had").
    #[serde(default)]
    pub owned_by: Vec<String>,
    /// Words that make a person word before them no person ("oh my god", "my bad").
    #[serde(default)]
    pub idioms: Vec<String>,
    /// A determiner, one to three words and a copula make a thing the subject ("*the system
    /// is* stupid", "*die meter is* een kreng"): the words after it are about the thing.
    #[serde(default)]
    pub determiners: Vec<String>,
    #[serde(default)]
    pub copulas: Vec<String>,
}

#[derive(Debug, Default)]
pub(crate) struct Persons {
    first: HashSet<String>,
    second: HashSet<String>,
    third: HashSet<String>,
    owned_by: HashSet<String>,
    idioms: HashSet<String>,
    determiners: HashSet<String>,
    copulas: HashSet<String>,
}

impl Persons {
    /// Whether the word is a copula ("is", "are"; "zijn"): "you're telling me" reports.
    pub fn is_copula(&self, word: &str) -> bool {
        self.copulas.contains(word)
    }

    /// Whether the word is a determiner ("the", "de").
    pub fn is_determiner(&self, word: &str) -> bool {
        self.determiners.contains(word)
    }

    /// Whether the word names the caller ("you", "u").
    pub fn is_caller(&self, word: &str) -> bool {
        self.second.contains(word)
    }

    pub fn new(file: &PersonsFile) -> Persons {
        let set = |l: &[String]| l.iter().map(|w| super::fold(w)).collect();
        Persons {
            first: set(&file.first),
            second: set(&file.second),
            third: set(&file.third),
            owned_by: set(&file.owned_by),
            idioms: set(&file.idioms),
            determiners: set(&file.determiners),
            copulas: set(&file.copulas),
        }
    }

    /// The person word that aims the match (s, e) away from the caller, if one does: the
    /// nearest person word before it in the match's part (`part` gives each word's part), or
    /// an owner after it, unless the match names the caller itself or a word naming the caller
    /// is as near, before or after it ("idiots like you").
    pub fn elsewhere(
        &self,
        words: &[String],
        part: &[usize],
        (s, e): (usize, usize),
    ) -> Option<String> {
        if words[s..e].iter().any(|w| self.second.contains(w)) {
            return None;
        }
        let mut best: Option<(usize, bool, &str)> = None;
        for (i, w) in words.iter().enumerate() {
            if part[i] != part[s] || (s..e).contains(&i) {
                continue;
            }
            if !self.is_person(w) {
                continue;
            }
            let caller = self.second.contains(w);
            let after = i >= e;
            if (after && !caller && !(i > e && self.owned_by.contains(&words[i - 1])))
                || words.get(i + 1).is_some_and(|n| self.idioms.contains(n))
            {
                continue;
            }
            let distance = if i < s { s - i } else { i + 1 - e };
            let nearer = match best {
                None => true,
                Some((d, _, _)) => distance < d || (distance == d && caller),
            };
            if nearer {
                best = Some((distance, caller, w));
            }
        }
        if let Some(d) = self.thing_subject(words, part, s)
            && best.is_none_or(|(bd, _, _)| s - d < bd)
        {
            best = Some((s - d, false, &words[d]));
        }
        match best {
            Some((_, false, w)) => Some(w.to_string()),
            _ => None,
        }
    }

    /// Where a thing named as the subject before `s` starts ("the system is …"), if one is.
    fn thing_subject(&self, words: &[String], part: &[usize], s: usize) -> Option<usize> {
        let c = (0..s)
            .rev()
            .take(5)
            .find(|&c| part[c] == part[s] && self.copulas.contains(&words[c]))?;
        (c.saturating_sub(4)..c.saturating_sub(1)).rev().find(|&d| {
            part[d] == part[s]
                && self.determiners.contains(&words[d])
                && !words[d + 1..c].iter().any(|w| self.is_person(w))
        })
    }

    fn is_person(&self, w: &str) -> bool {
        self.first.contains(w) || self.second.contains(w) || self.third.contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn persons() -> Persons {
        let l = |w: &[&str]| w.iter().map(|s| s.to_string()).collect();
        Persons::new(&PersonsFile {
            first: l(&["i", "my"]),
            second: l(&["you", "your"]),
            third: l(&["he"]),
            owned_by: l(&["of"]),
            idioms: l(&["god"]),
            determiners: l(&["the", "this"]),
            copulas: l(&["is", "was"]),
        })
    }

    fn aim(line: &str, at: &str) -> Option<String> {
        let words: Vec<String> = line.split(' ').map(String::from).collect();
        let s = words.iter().position(|w| w == at).unwrap();
        persons().elsewhere(&words, &vec![0; words.len()], (s, s + 1))
    }

    #[test]
    fn the_nearest_person_aims_the_word() {
        assert_eq!(aim("i am such a noob", "noob"), Some("i".into()));
        assert_eq!(aim("he is an awful clown", "clown"), Some("he".into()));
        assert_eq!(aim("i think you are a clown", "clown"), None);
        assert_eq!(aim("what a clown", "clown"), None);
        assert_eq!(aim("the dumbest clown i have had", "clown"), None);
        assert_eq!(aim("oh my god what a clown", "clown"), None);
        assert_eq!(aim("this clown of my team", "clown"), Some("my".into()));
    }

    #[test]
    fn a_thing_named_as_subject_aims_the_word_at_itself() {
        assert_eq!(aim("the system is stupid", "stupid"), Some("the".into()));
        assert_eq!(
            aim("the new app was a load of rubbish", "rubbish"),
            Some("the".into())
        );
        assert_eq!(aim("that is a stupid question", "stupid"), None);
        assert_eq!(aim("your question is stupid", "stupid"), None);
    }

    #[test]
    fn the_caller_wins_a_tie() {
        assert_eq!(aim("i hate idiots like you", "idiots"), None);
    }
}
