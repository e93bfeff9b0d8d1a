//! Who a fact is handed to: the word shapes the request rules of `structural.rs` read to tell
//! "tell me your PIN" (asked) from "ik stuur je een tijdelijk wachtwoord", "did you tell him
//! your password?" and "the password reset email" (none asked).

use super::pattern::Clause;
use super::*;

impl Lexicon {
    /// Where the part (s, e) has a verb of telling with no subject beside it (and, where the
    /// lexicon says `telling_to_agent`, with the agent right after: "tell me your PIN"): a
    /// guarded fact just after one may be asked, or just before one where the agent is named
    /// as who gets it (`fact_questions`).
    pub(super) fn telling_at(&self, clause: &Clause, (s, e): (usize, usize)) -> Vec<usize> {
        (s..e)
            .filter(|&i| {
                self.shapes.telling_verbs.contains(&clause.words[i])
                    && !self.beside_subject(clause.words, i)
                    && (!self.shapes.telling_to_agent
                        || clause
                            .words
                            .get(i + 1)
                            .is_some_and(|w| self.shapes.agent_objects.contains(w)))
            })
            .collect()
    }

    /// Whether the fact at `at` follows one of `words` in the part from `s`, with at most two
    /// words between that are no fact, no list join, no channel and no verb of handing over
    /// ("your current account password", "the temporary password"; not "your e-mail and the
    /// password", "the letter with the password").
    pub(super) fn fact_after(
        &self,
        clause: &Clause,
        (s, at): (usize, usize),
        words: &HashSet<String>,
    ) -> Option<usize> {
        (1..=3)
            .filter(|&k| at >= s + k)
            .map(|k| at - k)
            .find(|&from| {
                words.contains(&clause.words[from])
                    && (from + 1..at).all(|i| {
                        let w = &clause.words[i];
                        clause.facts_at[i].is_empty()
                        && !self.list_joins.contains(w)
                        && !self.shapes.channel_words.contains(w)
                        && !self.shapes.handing_verbs.contains(w)
                        && !self.shapes.question_possessives.contains(w)
                        // "stuur je een tijdelijk wachtwoord": "je" is the one it goes to.
                        && !self.shapes.handed_determiners.contains(w)
                        && !self.shapes.articles.contains(w)
                        && w.chars().any(char::is_alphanumeric)
                    })
            })
    }

    /// Whether a verb at `i` has its subject beside it, so that it is no request: "ik geef",
    /// "dan stuur ik", "we can send" (a subject up to two words before or right after), "ik
    /// reset het en stuur …" (joined to a verb with a subject), or follows a copula ("you're
    /// telling me you gave …") or an auxiliary of the past ("did you say your PIN was …?").
    pub(super) fn beside_subject(&self, words: &[String], i: usize) -> bool {
        let joined_to_subject = i > 0
            && self.list_joins.contains(&words[i - 1])
            && words[..i].iter().any(|w| self.scope.is_subject(w));
        let past = words[i.saturating_sub(2)..i]
            .iter()
            .any(|w| self.shapes.past_auxiliaries.contains(w));
        joined_to_subject
            || past
            || (i > 0 && self.scope.is_copula(&words[i - 1]))
            || words[i.saturating_sub(2)..i]
                .iter()
                .any(|w| self.scope.is_subject(w))
            || words.get(i + 1).is_some_and(|w| self.scope.is_subject(w))
    }

    /// Whether a guarded fact (the password) is named at `at` as the thing itself, not as the
    /// first word of another ("read the password reset email").
    pub(super) fn guarded_at(&self, clause: &Clause, at: usize) -> bool {
        clause.facts_at[at]
            .iter()
            .any(|&(_, f)| self.scope.guarded(&self.facts[f].0) && !self.qualifies(clause, at, f))
    }

    /// Whether fact `fact_no`, named at `at`, qualifies the word after it, one of the
    /// `modified_heads` ("password reset", "PIN letter"), with no pause between them.
    pub(super) fn qualifies(&self, clause: &Clause, at: usize, fact_no: usize) -> bool {
        // The fact's longest name counts: "the code on the card reader screen" names the code
        // on the screen; it does not qualify a screen.
        let end = clause.facts_at[at]
            .iter()
            .filter(|&&(_, f)| f == fact_no)
            .map(|&(fe, _)| fe)
            .max();
        // A pause between them lists two things ("Password, email, date of birth").
        end.filter(|&fe| !clause.pauses.get(fe).copied().unwrap_or(false))
            .and_then(|fe| clause.words.get(fe))
            .is_some_and(|w| self.shapes.modified_heads.contains(w))
    }
}
