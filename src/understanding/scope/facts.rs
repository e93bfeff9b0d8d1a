//! Whether a fact named in a line is asked for: not when it is only mentioned (the speaker's
//! own, quoted, given to someone else) or negated.

use super::{Clause, ClauseScope, Scope, stretch_at};

impl Scope {
    /// Whether the fact named at `at` is only mentioned, not asked, whatever asks around it:
    /// the speaker's own ("my password"), or a guarded fact in quotation marks, as on a screen
    /// ("it says 'wrong password'").
    pub fn only_mentioned(
        &self,
        cs: &ClauseScope,
        words: &[String],
        fact: &str,
        at: usize,
    ) -> bool {
        (at > 0 && self.owners.contains(&words[at - 1]))
            || (self.guarded_facts.contains(fact) && cs.quoted[at])
            || self.given_to_others(words, at)
    }

    /// Whether the fact at `at` is named as given to someone else: "your" or "the" right
    /// before it and one of the `recipients` (a word or a phrase) ending just before that ("did
    /// you tell him your password?", "someone else had your password?", "waarom zou u een
    /// vreemde uw pincode geven?").
    fn given_to_others(&self, words: &[String], at: usize) -> bool {
        let ends_at = |end: usize| {
            self.recipients.iter().any(|r| {
                !r.is_empty() && r.len() <= end + 1 && words[end + 1 - r.len()..=end] == r[..]
            })
        };
        at >= 2
            && (self.persons.is_caller(&words[at - 1])
                || self.persons.is_determiner(&words[at - 1]))
            && (at.saturating_sub(3)..at - 1).any(ends_at)
    }

    /// Whether the fact named at `at` is asked for in spite of a negation: not when a negator
    /// stands just before it ("not your password"), nor, for a guarded fact, anywhere in the
    /// clause, nor when a guarded fact is named inside a condition ("if someone rang asking
    /// for your PIN, what would you do?"). A negation right before another fact, earlier in the
    /// clause, turns that one down, not the guarded one ("geen bsn, gewoon uw geboortedatum en
    /// uw wachtwoord"; not "een goed wachtwoord graag, niet je geboortedatum"). Nor does one in
    /// an earlier part reach a part that asks afresh (`fresh_asks`), nor one in a later part
    /// that says why or what for (`purpose_breaks`: "… your password so I can see why it is not
    /// syncing").
    /// `fact_no` is the fact's number in the lexicon, `at` the word its name starts at.
    pub fn fact_negated(
        &self,
        cs: &ClauseScope,
        clause: &Clause,
        (fact, fact_no, at): (&str, usize, usize),
    ) -> bool {
        // Another fact starts at word `i`, or one word later (after "uw", "your").
        let other_fact = |i: usize| {
            (i..=i + 1).any(|i| {
                clause
                    .facts_at
                    .get(i)
                    .is_some_and(|facts| facts.iter().any(|&(_, f)| f != fact_no))
            })
        };
        // Only a negation before the guarded fact can have turned down another instead.
        let aimed_elsewhere = |ne: usize| ne < at && other_fact(ne);
        // A part that asks afresh before the fact, with no negation of its own, is out of
        // reach of a negation in an earlier part.
        let part = cs.part[at];
        let asks_afresh = || {
            (0..at)
                .rev()
                .take_while(|&i| cs.part[i] == part)
                .any(|i| self.fresh_asks.contains(&clause.words[i]))
        };
        let out_of_reach = |ns: usize| {
            (cs.part[ns] < part && asks_afresh()) || self.in_purpose_part(cs, clause, at, ns)
        };
        if self.guarded_facts.contains(fact)
            && (cs
                .negations
                .iter()
                .any(|&(ns, ne, _)| !aimed_elsewhere(ne) && !out_of_reach(ns))
                || stretch_at(&cs.conditional, cs.part[at], at).is_some())
        {
            return true;
        }
        cs.negations.iter().any(|&(_, ne, _)| {
            ne <= at && at - ne <= 2 && cs.part[ne.saturating_sub(1)] == cs.part[at]
        })
    }

    /// Whether a negation at `ns`, after the fact at `at`, lies in a later part that each part
    /// break between them opens with a purpose word ("so", "because", "zodat").
    fn in_purpose_part(&self, cs: &ClauseScope, clause: &Clause, at: usize, ns: usize) -> bool {
        let mut opens = (at + 1..=ns)
            .filter(|&i| cs.part[i] != cs.part[i - 1])
            .peekable();
        opens.peek().is_some() && opens.all(|i| self.purpose_breaks.contains(&clause.words[i]))
    }
}
