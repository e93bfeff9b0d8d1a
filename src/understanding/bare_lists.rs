//! Lists of facts that ask by themselves, without a verb ("Postcode and house number.",
//! "Your name and room number, please."), and appositions that only name a fact again.

use super::pattern::Clause;
use super::*;

/// The most words that say where a listed fact is read from ("as it appears in the passport").
const SOURCE: usize = 8;

impl Lexicon {
    /// Where a list of facts that asks by itself ends, if a part of a clause opens with one:
    /// nothing but facts and the lexicon's `list_words` (and a question mark), to the end of
    /// the part ("Postcode and house number.") or up to a list join that opens a statement of
    /// the speaker's own ("Customer number and postcode for me and I'll have a look").
    pub(super) fn bare_list(&self, clause: &Clause, (s, e): (usize, usize)) -> Option<usize> {
        let mut i = s;
        let mut facts = 0;
        while i < e {
            let longest = clause.facts_at[i]
                .iter()
                .filter(|&&(fe, _)| fe <= e)
                .map(|&(fe, _)| fe)
                .max();
            let word = &clause.words[i];
            if let Some(fe) = longest {
                facts += 1;
                i = fe;
            } else if facts > 0
                && self.list_joins.contains(word)
                && clause
                    .words
                    .get(i + 1)
                    .is_some_and(|w| self.scope.is_subject(w))
            {
                return Some(i);
            } else if let Some(end) = self.source_end(clause, i, e).filter(|_| facts > 0) {
                i = end;
            } else if word == "?" || self.list_words.contains(word) {
                i += 1;
            } else if let Some(end) = self.list_item(clause, i, e) {
                i = end;
            } else {
                return None;
            }
        }
        (facts > 0).then_some(e)
    }

    /// Which parts are items of a list that goes on, after its commas, into a part that opens
    /// with a fact and says more than facts: the subject of a statement ("Naam, adres en
    /// telefoonnummer van een praktijk staan gewoon online"), not a list that asks. A question
    /// mark keeps every list asking.
    pub(super) fn listed_subjects(&self, clause: &Clause, parts: &[(usize, usize)]) -> Vec<bool> {
        let bare: Vec<Option<usize>> = parts.iter().map(|&p| self.bare_list(clause, p)).collect();
        self.stated_lists(clause, parts, &bare)
    }

    /// `listed_subjects`, given where each part's bare list ends (`bare_list`), so a caller
    /// that needs those too reads each part once.
    pub(super) fn stated_lists(
        &self,
        clause: &Clause,
        parts: &[(usize, usize)],
        bare: &[Option<usize>],
    ) -> Vec<bool> {
        let mut stated = vec![false; parts.len()];
        if clause.words.iter().any(|w| w == "?") {
            return stated;
        }
        for k in (0..parts.len().saturating_sub(1)).rev() {
            let (next, _) = parts[k + 1];
            if bare[k] == Some(parts[k].1) && !clause.facts_at[next].is_empty() {
                stated[k] = bare[k + 1].is_none() || stated[k + 1];
            }
        }
        stated
    }

    /// Whether the part holding word `start` is an item of a list that is a statement's
    /// subject; `stated` keeps `listed_subjects` for the clause once it is worked out, at the
    /// first ask a pattern hears in it.
    pub(super) fn listed_subject(
        &self,
        stated: &mut Option<Vec<bool>>,
        clause: &Clause,
        parts: &[(usize, usize)],
        start: usize,
    ) -> bool {
        parts
            .iter()
            .position(|&(ps, pe)| ps <= start && start < pe)
            .is_some_and(|k| stated.get_or_insert_with(|| self.listed_subjects(clause, parts))[k])
    }

    /// Where the words that say where a fact is read from end, if they start at `i` ("as it is
    /// on the licence"): at the next list join or the end of the part, within `SOURCE` words,
    /// and holding no subject but "it".
    fn source_end(&self, clause: &Clause, i: usize, e: usize) -> Option<usize> {
        if !self.shapes.list_sources.contains(&clause.words[i]) {
            return None;
        }
        let end = (i + 1..e)
            .find(|&k| self.list_joins.contains(&clause.words[k]))
            .unwrap_or(e);
        let own_subject = clause.words[i + 1..end]
            .iter()
            .any(|w| w != "it" && w != "het" && self.scope.is_subject(w));
        (end - i <= SOURCE && end > i + 1 && !own_subject).then_some(end)
    }

    /// Where an item that is no fact ends, if one of one or two words starts at `i`: its last
    /// word is or ends in one of the `list_items` ("room number", "kamernummer").
    fn list_item(&self, clause: &Clause, i: usize, e: usize) -> Option<usize> {
        (i..e.min(i + 2))
            .take_while(|&k| k == i || !self.list_joins.contains(&clause.words[k]))
            .find(|&k| {
                let w = &clause.words[k];
                self.shapes
                    .list_items
                    .iter()
                    .any(|item| w.ends_with(item.as_str()))
            })
            .map(|k| k + 1)
    }

    /// Whether the span starts a part that only names again the fact the part before it ended
    /// with: an apposition ("we never ask for your BSN, your citizen service number, …") shares
    /// that part's ask or its denial and asks nothing of its own.
    pub(super) fn apposition(
        &self,
        clause: &Clause,
        parts: &[(usize, usize)],
        start: usize,
    ) -> bool {
        let Some(k) = parts.iter().position(|&(ps, pe)| ps <= start && start < pe) else {
            return false;
        };
        let Some(&(ps, pe)) = k.checked_sub(1).and_then(|k| parts.get(k)) else {
            return false;
        };
        let ending: Vec<usize> = (ps..pe)
            .flat_map(|i| clause.facts_at[i].iter())
            .filter(|&&(fe, _)| fe == pe)
            .map(|&(_, f)| f)
            .collect();
        let (s, e) = parts[k];
        let named: Vec<usize> = (s..e)
            .flat_map(|i| clause.facts_at[i].iter().map(|&(_, f)| f))
            .collect();
        self.bare_list(clause, (s, e)).is_some()
            && !named.is_empty()
            && named.iter().all(|f| ending.contains(f))
    }
}
