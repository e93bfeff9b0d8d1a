//! An alternative beside a refusal: a part that turns from what cannot be done to what can
//! ("We can't refund an advance ticket, but you can change it for a tenner"; "Vandaag lukt
//! helaas niet meer, maar morgen om acht uur kan de tandarts u zien") offers it, whatever words
//! it is said in. The words that turn and offer are lexicon data (`alternative_turns`,
//! `alternative_words`).

use super::hear::Hearing;
use super::pattern::Clause;
use super::*;

/// How many parts after the refusal may hold the alternative ("I can't, sorry, I'm so sorry,
/// but the clinic in Hove is open till midnight").
const REACH: usize = 3;

/// How far into a part its turn may come ("ik kan u wel vertellen wat het kost").
const TURN_WITHIN: usize = 4;

/// Acts that make a part something other than an offer when a pattern heard them in it: "but
/// I can hear this has wound you up" sympathises, "but you could have read the terms" blames.
const NOT_AN_OFFER: [ActKind; 8] = [
    ActKind::Empathy,
    ActKind::Reassurance,
    ActKind::Blame,
    ActKind::Dismissive,
    ActKind::Insult,
    ActKind::ProcedureShield,
    ActKind::CalmDown,
    ActKind::AskIdentity,
];

impl Lexicon {
    /// A refusal (a pattern's, or one the labelled lines heard for sure), followed within
    /// `REACH` parts by a part that opens with an `alternative_turns` word, holds an
    /// `alternative_words` word or phrase after it and no negation, and in which no pattern
    /// heard what makes it something else (`NOT_AN_OFFER`), offers an alternative.
    pub(super) fn alternative_after_refusal(&self, h: &mut Hearing, clauses: &[Clause]) {
        let refused =
            h.kinds.contains(&ActKind::Refusal) && !h.tentative.contains(&ActKind::Refusal);
        if !refused || h.kinds.contains(&ActKind::OfferAlternative) {
            return;
        }
        let Some((at, after)) = refusal_end(h) else {
            return;
        };
        let offer = h
            .parts
            .iter()
            .enumerate()
            .skip(at)
            .flat_map(|(c, parts)| {
                parts
                    .iter()
                    .enumerate()
                    .map(move |(p, &(s, e))| (c, p, s, e))
            })
            .filter(|&(c, _, s, _)| c > at || s >= after)
            .take(REACH)
            .find(|&(c, p, s, e)| {
                let words = &clauses[c].words[s..e];
                let turn = words
                    .iter()
                    .take(TURN_WITHIN)
                    .position(|w| self.shapes.alternative_turns.contains(w));
                turn.is_some_and(|t| self.offers(&words[..t]) || self.offers(&words[t + 1..]))
                    && !h.negated_parts[c][p]
                    && !h.spans.iter().any(|&(kind, sc, ss, se)| {
                        NOT_AN_OFFER.contains(&kind) && sc == c && ss < e && s < se
                    })
            });
        if let Some((c, _, s, e)) = offer {
            let words = &clauses[c].words[s..e];
            let text = words.join(" ");
            let why =
                "(a refusal, then \"but\" and what can be done: \"…, but you can change it\")";
            h.shaped(&text, ActKind::OfferAlternative, words, why);
            h.add(ActKind::OfferAlternative, &text);
        }
    }

    /// Whether these words hold one of the `alternative_words` (a word or a phrase).
    fn offers(&self, words: &[String]) -> bool {
        self.shapes.alternative_words.iter().any(|phrase| {
            words
                .windows(phrase.len())
                .any(|window| window.iter().zip(phrase).all(|(w, p)| w == p))
        })
    }
}

/// Where the line's refusal ends: after the first refusal a pattern heard (its clause and the
/// word after it), else after the first part that holds a negation.
fn refusal_end(h: &Hearing) -> Option<(usize, usize)> {
    h.spans
        .iter()
        .find(|sp| sp.0 == ActKind::Refusal)
        .map(|&(_, c, _, e)| (c, e))
        .or_else(|| h.first_negated_part_end())
}
