//! The asks a clause makes by its shape rather than by a pattern: a bare list of facts, a
//! question or request that names one, a fact asked after a turn from what is not wanted.

use super::hear::{Hearing, same_facts};
use super::pattern::Clause;
use super::*;

impl Lexicon {
    /// The asks a clause makes by its shape: a bare list of facts, or a question that names a
    /// fact no pattern or list already asked for; not one that lies inside a match of an
    /// `unless` of `ask_identity` naming the same facts ("I'll give you the name and the phone
    /// number").
    pub(super) fn shaped_asks(
        &self,
        h: &mut Hearing,
        (clause, cs, vetoes): (&Clause, &scope::ClauseScope, &[(usize, usize, &str)]),
        text: &str,
        ask_spans: &mut Vec<(usize, usize)>,
    ) {
        // "Uw pincode? Nee hoor, die wil ik niet weten": an echoed question denied asks nothing.
        if h.denied {
            return;
        }
        // The `unless` that holds an ask: it covers the ask, names the same facts, and starts
        // at `from` or later ("No need for your email, just the postcode": an `unless` that
        // begins before the contrast turns away what it names there, not what comes after,
        // unless no negation or "no need" stands between it and the fact: "Uw adres hoef ik
        // niet te weten, ik geef u alleen het telefoonnummer" hands the number over).
        let veto = |(s, e): (usize, usize), from: usize| {
            vetoes
                .iter()
                .find(|&&(us, ue, _)| {
                    (from <= us || !self.turned_between(clause, cs, (us, s)))
                        && us <= s
                        && e <= ue
                        && same_facts(clause, (s, e), (us, ue))
                })
                .map(|&(_, _, by)| by)
        };
        // Heard as an ask, or shown as cancelled by the `unless` that holds it.
        let ask = |h: &mut Hearing, spans: &mut Vec<(usize, usize)>, (s, e), from, why: &str| {
            let words = &clause.words[s..e];
            match veto((s, e), from) {
                Some(by) => h.vetoed_shape(text, words, why, by),
                None => {
                    h.shaped(text, ActKind::AskIdentity, words, why);
                    spans.push((s, e));
                }
            }
        };
        let parts = self.scope.parts(cs);
        let bare: Vec<Option<usize>> = parts.iter().map(|&p| self.bare_list(clause, p)).collect();
        let stated = self.stated_lists(clause, &parts, &bare);
        for (k, &(s, _)) in parts.iter().enumerate() {
            let Some(e) = bare[k].filter(|_| !stated[k]) else {
                continue;
            };
            // "Uw naam en adres alleen zijn niet voldoende": the facts are what a denial is
            // about when a copula follows them at once and a negation soon after.
            let subject = clause.words[e..]
                .iter()
                .take(2)
                .any(|w| self.scope.is_copula(w))
                && self.scope.negation_in(cs, (e, e + 5));
            if !subject
                && !self.scope.ask_reported(cs, (s, e))
                && !self.apposition(clause, &parts, s)
            {
                ask(h, ask_spans, (s, e), 0, "(a list of facts, no verb needed)");
            }
        }
        // A question or request asks for the facts it names that no pattern or list asked
        // ("Reference number from the top of the letter and your date of birth please"),
        // and a turn from what is not wanted asks for what is ("…, alleen uw gebruikersnaam").
        let asked = ask_spans.len();
        let questions = self.fact_questions(clause, cs);
        let contrasts = self.contrast_asks(clause, cs);
        let shaped = questions.iter().map(|&span| (span, 0)).chain(
            contrasts
                .into_iter()
                .map(|(span, at)| (span, if questions.contains(&span) { 0 } else { at })),
        );
        for ((s, e), from) in shaped {
            if ask_spans[..asked].iter().any(|&(bs, be)| s < be && bs < e) {
                continue;
            }
            ask(h, ask_spans, (s, e), from, "(a question that names a fact)");
        }
    }

    /// Whether a negation or a request blocker ("no need") stands in `(s, e)` of the clause.
    fn turned_between(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
        (s, e): (usize, usize),
    ) -> bool {
        self.scope.negation_in(cs, (s, e))
            || clause.words[s..e]
                .iter()
                .any(|w| self.shapes.request_blockers.contains(w))
    }
}
