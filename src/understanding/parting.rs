//! A greeting that ends a line after what the call was for, or after a bare thanks, says
//! goodbye: "Thank you for your cooperation. Good day.", "Storing staat genoteerd, monteur komt
//! morgen. Goedendag." and "Bedankt. Goedemiddag." close the call; "Good morning." and
//! "Praktijk De Linde, met Ilse, goedemorgen" open it.

use super::hear::Hearing;
use super::pattern::Clause;
use super::*;

/// Words a line holds at least before its parting greeting to have said what the call was for
/// ("Thank you for your cooperation", five); "Thanks for calling Medivo, good morning" (four)
/// still opens a call.
const BEFORE: usize = 5;

/// The same when the greeting is a sentence of its own, after at least one other.
const BEFORE_SENTENCE: usize = 3;

impl Lexicon {
    /// The greeting heard only in the last part of a line, when that part is one of the
    /// `parting_greetings` (after fillers: "Otherwise, good afternoon.") and at least `BEFORE`
    /// words come before it (`BEFORE_SENTENCE` when it is a sentence of its own), or a closing
    /// or a bare thanks does, in a line that introduced nobody, is the call's closing instead.
    pub(super) fn greeting_that_parts(&self, h: &mut Hearing, clauses: &[Clause]) {
        if !h.kinds.contains(&ActKind::Greeting) || h.kinds.contains(&ActKind::SelfIntro) {
            return;
        }
        let Some((last, parts)) = h
            .parts
            .iter()
            .enumerate()
            .rev()
            .find(|(_, parts)| !parts.is_empty())
        else {
            return;
        };
        let Some(&(s, e)) = parts.last() else {
            return;
        };
        let words = &clauses[last].words[s..e];
        let start = words
            .iter()
            .position(|w| !self.shapes.question_openers.contains(w) && w != "?")
            .unwrap_or(words.len());
        let mut kept: Vec<&str> = words[start..]
            .iter()
            .map(String::as_str)
            .filter(|w| *w != "?")
            .collect();
        // "Dag mevrouw.", "Good afternoon, sir": the caller addressed after it still parts.
        if kept.len() > 1
            && kept
                .last()
                .is_some_and(|w| self.parting_addressees.iter().any(|a| a == w))
        {
            kept.pop();
        }
        let said = kept.join(" ");
        let before: usize = clauses[..last].iter().map(|c| c.words.len()).sum::<usize>() + s;
        let only_here = h
            .spans
            .iter()
            .filter(|sp| sp.0 == ActKind::Greeting)
            .all(|&(_, c, ss, _)| c == last && ss >= s);
        // After a closing ("Dat was het. Goedenavond.") a greeting parts however short the line.
        let closed = h.kinds.contains(&ActKind::Closing) || self.thanked_before(h, clauses, last);
        // A greeting that is a sentence of its own needs fewer words before it: "Wij maken
        // geen uitzonderingen. Goedemiddag." parts.
        let enough = if last > 0 { BEFORE_SENTENCE } else { BEFORE };
        if (before >= enough || closed) && only_here && self.parting.contains(&said) {
            h.kinds.retain(|k| *k != ActKind::Greeting);
            let why = "(a greeting that parts, at the end of the line: the call's goodbye)";
            h.shaped(&said, ActKind::Closing, words, why);
            h.add(ActKind::Closing, &said);
        }
    }

    /// Whether the clauses before the last hold a thanks and nothing but it, its
    /// `thanks_words` and whom it thanks ("Bedankt. Goedemiddag.", "Thank you very much. Good
    /// afternoon."): the greeting after it parts. "Thanks for calling. Good morning." says more
    /// than thanks, and may still open the call.
    fn thanked_before(&self, h: &Hearing, clauses: &[Clause], last: usize) -> bool {
        let thanks = |c: usize, i: usize| {
            h.spans
                .iter()
                .any(|&(k, sc, ss, se)| k == ActKind::Thanks && sc == c && ss <= i && i < se)
        };
        last > 0
            && (0..last).any(|c| (0..clauses[c].words.len()).any(|i| thanks(c, i)))
            && (0..last).all(|c| {
                clauses[c].words.iter().enumerate().all(|(i, w)| {
                    thanks(c, i)
                        || self.thanks_words.contains(w)
                        || self.parting_addressees.contains(w)
                })
            })
    }
}
