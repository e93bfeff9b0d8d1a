//! Reasons beside a refusal: given first ("…, so I can't"), or after it without a word that
//! says so ("Sorry pal, cannae unlock it till the contract's paid off, it's still our
//! handset"; "Per direct opzeggen gaat helaas niet, je zit nog tot juni aan je contract vast").

use super::hear::Hearing;
use super::pattern::Clause;
use super::*;

/// Acts that keep a refusal's neighbour from being its reason: a reason is already given, or
/// what stands beside the refusal hides behind the procedure, blames or belittles.
const NO_REASON: [ActKind; 5] = [
    ActKind::ExplainReason,
    ActKind::ProcedureShield,
    ActKind::Blame,
    ActKind::Dismissive,
    ActKind::Insult,
];

/// How many parts after the refusal may hold its cause ("I can't, sorry, the counter's shut").
const REACH: usize = 3;

/// Words a part holds at least to state a cause: "it's our handset" (four, as "it is our
/// handset") does; "I'm afraid" (three) does not.
const SHORTEST: usize = 4;

impl Lexicon {
    /// A refusal after its reason ("…, so I can't") explains itself, unless what came
    /// before it was blame or the procedure ("Should've read the fine print, so I can't").
    pub(super) fn reason_given_first(&self, h: &mut Hearing, explain: bool) {
        let Some(before) = h.reason_first.take() else {
            return;
        };
        if h.kinds.contains(&ActKind::Refusal) && !h.kinds.iter().any(|k| NO_REASON.contains(k)) {
            let text = before.join(" ");
            let why = "(a refusal after its reason: \"…, so I can't\")";
            h.shaped(explain, &text, ActKind::ExplainReason, &before, why);
            h.add(ActKind::ExplainReason, &text);
        }
    }

    /// A refusal a pattern heard, followed by a statement that does nothing else — it opens
    /// with a `cause_openers` word, is no question, and no pattern heard anything in it —
    /// gives that statement as its reason. Not when the line already gives a reason, or hides
    /// behind the procedure, blames or belittles instead.
    pub(super) fn reason_after_refusal(&self, h: &mut Hearing, clauses: &[Clause], explain: bool) {
        // The first refusal a pattern heard: its clause, and the word after the match.
        let Some((refused_in, after)) = h
            .spans
            .iter()
            .find(|sp| sp.0 == ActKind::Refusal)
            .map(|&(_, c, _, e)| (c, e))
        else {
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
                        .any(|&(_, sc, ss, se)| sc == c && ss < e && s < se)
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
