//! A reason given after a refusal without a word that says so: "Sorry pal, cannae unlock it
//! till the contract's paid off, it's still our handset"; "Per direct opzeggen gaat helaas
//! niet, je zit nog tot juni aan je contract vast".

use super::hear::Hearing;
use super::pattern::Clause;
use super::*;

/// How many parts after the refusal may hold its cause ("I can't, sorry, the counter's shut").
const REACH: usize = 3;

/// Words a part holds at least to state a cause: "it's our handset" (four, as "it is our
/// handset") does; "I'm afraid" (three) does not.
const SHORTEST: usize = 4;

impl Lexicon {
    /// A refusal a pattern heard, followed by a statement that does nothing else — it opens
    /// with a `cause_openers` word, is no question, and no pattern heard anything in it —
    /// gives that statement as its reason. Not when the line already gives a reason, or hides
    /// behind the procedure, blames or belittles instead.
    pub(super) fn reason_after_refusal(&self, h: &mut Hearing, clauses: &[Clause], explain: bool) {
        const NO_REASON: [ActKind; 5] = [
            ActKind::ExplainReason,
            ActKind::ProcedureShield,
            ActKind::Blame,
            ActKind::Dismissive,
            ActKind::Insult,
        ];
        let Some((refused_in, after)) = h.refused_at else {
            return;
        };
        if h.kinds.iter().any(|k| NO_REASON.contains(k)) {
            return;
        }
        let later = h
            .parts
            .iter()
            .enumerate()
            .skip(refused_in)
            .flat_map(|(c, parts)| parts.iter().map(move |&(s, e)| (c, s, e)))
            .filter(|&(c, s, _)| c > refused_in || s >= after)
            .take(REACH);
        let cause = later
            .filter(|&(c, s, e)| {
                let words = &clauses[c].words[s..e];
                words.len() >= SHORTEST
                    && self.shapes.cause_openers.contains(&words[0])
                    && !words.iter().any(|w| w == "?")
                    && !h
                        .spans
                        .iter()
                        .any(|&(sc, ss, se)| sc == c && ss < e && s < se)
            })
            .map(|(c, s, e)| clauses[c].words[s..e].to_vec())
            .next();
        if let Some(words) = cause {
            let text = words.join(" ");
            let why = "(a refusal, then what causes it: \"…, it's still our handset\")";
            h.shaped(explain, &text, ActKind::ExplainReason, &words, why);
            h.add(ActKind::ExplainReason, &text);
        }
    }
}
