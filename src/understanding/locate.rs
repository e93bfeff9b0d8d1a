//! Where a clause names the facts: each fact's synonyms located word by word, the facts inside
//! a span, and how far an ask reaches along a list of facts ("order number and postcode").

use super::pattern::Clause;
use super::*;

impl Lexicon {
    /// The facts named inside a span of a clause.
    pub(super) fn facts_in(&self, clause: &Clause, (start, end): (usize, usize)) -> Vec<String> {
        self.facts
            .iter()
            .enumerate()
            .filter(|(no, _)| {
                (start..end).any(|s| {
                    clause.facts_at[s]
                        .iter()
                        .any(|&(e, f)| f == *no && e <= end)
                })
            })
            .map(|(_, (fact, _))| fact.clone())
            .collect()
    }

    /// The clause with the facts named in it located.
    /// A word is a first name when the lexicon lists it or it was written as one (`named`).
    pub(super) fn clause<'a>(
        &self,
        words: &'a [String],
        pauses: &'a [bool],
        named: &[bool],
    ) -> Clause<'a> {
        let mut clause = Clause {
            words,
            pauses,
            facts_at: vec![Vec::new(); words.len() + 1],
            names: words
                .iter()
                .zip(named)
                .map(|(w, &named)| named || self.shapes.names.contains(w))
                .collect(),
        };
        let mut found = Vec::new();
        let mut ends = Vec::new();
        for (fact_no, (_, synonyms)) in self.facts.iter().enumerate() {
            for syn in synonyms {
                for start in 0..words.len() {
                    syn.ends_from(&clause, start, &mut ends);
                    for &end in &ends {
                        found.push((start, end, fact_no));
                    }
                }
            }
        }
        // A fact named inside a longer name of another, where either is guarded, is not
        // named: "a code to your mobile" names the code, not the mobile number, and "the KRA
        // PIN" a tax number, not a PIN ("postcode en huisnummer" still names both the postcode
        // and the address). Nor is one that ends a longer name: "tenancy reference number" is
        // the tenancy's number, not an order's reference (but a list, "postcode en huisnummer",
        // names each).
        let inside = |&(s, e, f): &(usize, usize, usize)| {
            found.iter().any(|&(s2, e2, f2)| {
                let ends_it =
                    || e == e2 && !words[s2..s].iter().any(|w| self.list_joins.contains(w));
                f2 != f
                    && s2 <= s
                    && e <= e2
                    && e2 - s2 > e - s
                    && (self.scope.guarded(&self.facts[f2].0)
                        || self.scope.guarded(&self.facts[f].0)
                        || ends_it())
            })
        };
        let mut kept: Vec<(usize, usize, usize)> =
            found.iter().filter(|m| !inside(m)).copied().collect();
        kept.extend(self.qualified(words, &kept));
        for (start, end, fact_no) in kept {
            if !clause.facts_at[start].contains(&(end, fact_no)) {
                clause.facts_at[start].push((end, fact_no));
            }
        }
        clause
    }

    /// Facts named with a word or two of the caller's own before the name: "your gmail
    /// password", "ur network username", "your government gateway password". After one of the
    /// `qualified_owners` ("your"), words that name no fact and are no owner, article, list
    /// joint or `qualifier_blockers` word ("your wrong address") qualify the name, and the
    /// name starts at them. Not after "the": "the landlord's address is on the contract"
    /// names someone else's.
    fn qualified(
        &self,
        words: &[String],
        kept: &[(usize, usize, usize)],
    ) -> Vec<(usize, usize, usize)> {
        let shapes = &self.shapes;
        let plain = |w: &String| {
            w.chars().all(char::is_alphanumeric)
                && !shapes.qualified_owners.contains(w)
                && !shapes.question_possessives.contains(w)
                && !shapes.articles.contains(w)
                && !shapes.qualifier_blockers.contains(w)
                && !shapes.modified_heads.contains(w)
                && !self.list_joins.contains(w)
        };
        let named = |i: usize| kept.iter().any(|&(s, e, _)| s <= i && i < e);
        let qualifier = |i: usize| plain(&words[i]) && !named(i);
        let from = |s: usize| {
            (1..=2).find(|&n| {
                s > n
                    && shapes.qualified_owners.contains(&words[s - n - 1])
                    && (s - n..s).all(qualifier)
            })
        };
        kept.iter()
            .filter_map(|&(s, e, f)| from(s).map(|n| (s - n, e, f)))
            .collect()
    }

    /// An ask span reaches along a list of facts on either side: "order number and postcode
    /// please", "name, address and your date of birth?".
    pub(super) fn reach_along_links(
        &self,
        clause: &Clause,
        (mut start, mut end): (usize, usize),
    ) -> (usize, usize) {
        let mut ends = Vec::new();
        // After: a link (or nothing), then a fact.
        loop {
            let mut next = None;
            let mut mids = vec![end];
            for l in &self.links {
                l.ends_from(clause, end, &mut ends);
                mids.extend(ends.iter().copied());
            }
            for m in mids {
                if let Some(at) = clause.facts_at.get(m) {
                    for &(e, _) in at {
                        if e > end && next.is_none_or(|n| e > n) {
                            next = Some(e);
                        }
                    }
                }
            }
            if next.is_none() {
                next = self.linked_after_gap(clause, end);
            }
            match next {
                Some(e) => end = e,
                None => break,
            }
        }
        // Before: a fact, then a link (or nothing), ending where the span starts, when the
        // span itself opens with a fact ("name and date of birth please"). A span that opens
        // with its own words of asking starts a new statement: "before I reset your password,
        // could you confirm your postcode?" asks for the postcode alone.
        let fact_at = |at: usize| clause.facts_at.get(at).is_some_and(|f| !f.is_empty());
        let lead = |at: usize| {
            clause.words.get(at).is_some_and(|w| {
                self.shapes.handed_determiners.contains(w)
                    || self.shapes.question_possessives.contains(w)
                    || self.shapes.articles.contains(w)
                    || self.shapes.question_openers.contains(w)
            })
        };
        // "and the date of birth too", "en het huisnummer": at most two such words first.
        let opens_with_fact =
            |at: usize| (0..=2).any(|k| fact_at(at + k) && (at..at + k).all(lead));
        loop {
            if !opens_with_fact(start) {
                break;
            }
            let mut prev = None;
            for s in 0..start {
                for &(fe, _) in &clause.facts_at[s] {
                    let linked = fe == start
                        || self
                            .links
                            .iter()
                            .any(|l| fe < start && l.matches_exactly(clause, fe, start));
                    if fe <= start && linked {
                        prev = Some(prev.map_or(s, |p: usize| p.min(s)));
                    }
                }
            }
            match prev {
                Some(s) if s < start => start = s,
                _ => break,
            }
        }
        (start, end)
    }

    /// A span reached along links (`reached`, from the ask's own `span`), cut back where it
    /// runs into an `unless` of asking: "no need for your password, your username please"
    /// asks for the username alone, "your username, no need for the password" too.
    pub(super) fn unguarded(
        &self,
        clause: &Clause,
        span: (usize, usize),
        (mut start, mut end): (usize, usize),
    ) -> (usize, usize) {
        if (start, end) == span {
            return span;
        }
        let guards = self.unless.get(&ActKind::AskIdentity).into_iter().flatten();
        for (us, ue) in guards.flat_map(|p| p.spans(clause)) {
            if us < span.0 && ue > start {
                start = ue.min(span.0);
            }
            if ue > span.1 && us < end {
                end = us.max(span.1);
            }
        }
        (start, end)
    }

    /// A fact a few words after `end`, joined by a link that takes a word ("the order number
    /// off the email and the postcode"), with no new statement ("i", "we") or question mark in
    /// between: the end of the fact, if any.
    fn linked_after_gap(&self, clause: &Clause, end: usize) -> Option<usize> {
        const GAP: usize = 4;
        let mut ends = Vec::new();
        for k in end + 1..(end + GAP + 1).min(clause.words.len()) {
            let w = &clause.words[k - 1];
            if w == "?" || self.scope.is_subject(w) || self.facts_start(clause, k - 1) {
                return None;
            }
            if !clause
                .words
                .get(k)
                .is_some_and(|w| self.list_joins.contains(w))
            {
                continue;
            }
            for l in &self.links {
                l.ends_from(clause, k, &mut ends);
                for &m in &ends {
                    if let Some(&(e, _)) = clause.facts_at.get(m).and_then(|a| a.iter().max()) {
                        return Some(e);
                    }
                }
            }
        }
        None
    }

    fn facts_start(&self, clause: &Clause, at: usize) -> bool {
        clause.facts_at.get(at).is_some_and(|a| !a.is_empty())
    }

    /// The facts named anywhere in `text` (asked for or not), in order of appearance.
    pub fn facts_named(&self, text: &str) -> Vec<String> {
        let (words, named): (Vec<String>, Vec<bool>) = self
            .clauses(text)
            .into_iter()
            .flat_map(|c| c.words.into_iter().zip(c.named))
            .unzip();
        let pauses = vec![false; words.len()];
        let clause = self.clause(&words, &pauses, &named);
        let mut found: Vec<(usize, String)> = Vec::new();
        for (fact_no, (fact, _)) in self.facts.iter().enumerate() {
            if let Some(at) =
                (0..words.len()).find(|&s| clause.facts_at[s].iter().any(|&(_, f)| f == fact_no))
            {
                found.push((at, fact.clone()));
            }
        }
        found.sort();
        found.into_iter().map(|(_, f)| f).collect()
    }
}
