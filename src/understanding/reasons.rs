//! Reasons beside a refusal: given first ("…, so I can't"), or after it (or after an apology
//! or a reassurance) without a word that says so ("Sorry pal, cannae unlock it till the
//! contract's paid off, it's still our handset"; "Per direct opzeggen gaat helaas niet, je zit
//! nog tot juni aan je contract vast"); and a bare "no" that a reason follows refuses ("No.
//! Resets are for the account holder only.").

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

/// Acts whose neighbour states a cause: a refusal, an apology, a reassurance ("sorry voor het
/// ongemak, de fietsen in uw buurt hebben een storing").
const AFTER: [ActKind; 3] = [ActKind::Refusal, ActKind::Apology, ActKind::Reassurance];

/// How many parts after the refusal may hold its cause ("I can't, sorry, the counter's shut").
const REACH: usize = 3;

/// How many words after a refusal a word like "because" may stand to give its cause.
const BECAUSE_REACH: usize = 6;

/// Words a part holds at least to state a cause: "it's our handset" (four, as "it is our
/// handset") does; "I'm afraid" (three) does not.
const SHORTEST: usize = 4;

impl Lexicon {
    /// A refusal after its reason ("…, so I can't") explains itself, unless what came
    /// before it was blame or the procedure ("Should've read the fine print, so I can't").
    pub(super) fn reason_given_first(&self, h: &mut Hearing) {
        let Some(before) = h.reason_first.take() else {
            return;
        };
        if h.kinds.contains(&ActKind::Refusal) && !h.kinds.iter().any(|k| NO_REASON.contains(k)) {
            let why = "(a refusal after its reason: \"…, so I can't\")";
            reason_heard(h, &before, why);
        }
    }

    /// A refusal a pattern heard, followed by a statement that does nothing else — it opens
    /// with a `cause_openers` word, is no question, and no pattern heard anything in it —
    /// gives that statement as its reason; so does an apology or a reassurance followed by one
    /// that opens with a `cause_subjects` word ("sorry voor het ongemak, de fietsen in uw buurt
    /// hebben een storing"). Not when the line already gives a reason, or hides behind the
    /// procedure, blames or belittles instead.
    pub(super) fn cause_stated_after(&self, h: &mut Hearing, clauses: &[Clause]) {
        if h.kinds.iter().any(|k| NO_REASON.contains(k)) {
            return;
        }
        if let Some(words) = self.because_after(h, clauses) {
            let why = "(a refusal, then \"because\" and what follows)";
            reason_heard(h, &words, why);
            return;
        }
        // Each refusal, apology or reassurance a pattern heard, in order: the first with a
        // cause after it gives the line its reason.
        let cause = h
            .spans
            .iter()
            .filter(|sp| AFTER.contains(&sp.0))
            .find_map(|&(kind, c, _, e)| self.cause_after(h, clauses, kind, c, e));
        if let Some(words) = cause {
            let why = "(a refusal, an apology or a reassurance, then what causes it: \"…, it's still our handset\")";
            reason_heard(h, &words, why);
        }
    }

    /// The first of the parts after a match (in clause `at`, ending at word `after`) that states
    /// a cause, within `REACH` parts.
    fn cause_after(
        &self,
        h: &Hearing,
        clauses: &[Clause],
        kind: ActKind,
        at: usize,
        after: usize,
    ) -> Option<Vec<String>> {
        h.parts
            .iter()
            .enumerate()
            .skip(at)
            .flat_map(|(c, parts)| parts.iter().map(move |&(s, e)| (c, s, e)))
            .filter(|&(c, s, _)| c > at || s >= after)
            .take(REACH)
            .find(|&(c, s, e)| {
                let words = &clauses[c].words[s..e];
                words.len() >= SHORTEST
                    && self.opens_cause(kind, words)
                    && !words.iter().any(|w| w == "?")
                    // A refusal's second refusal may be its cause ("we can't do a Sunday,
                    // the council won't let us park there").
                    && !h.spans.iter().any(|&(sk, sc, ss, se)| {
                        sc == c && ss < e && s < se && !(sk == kind && kind == ActKind::Refusal)
                    })
            })
            .map(|(c, s, e)| clauses[c].words[s..e].to_vec())
    }

    /// Whether a part opens as a cause after an act of `kind`: with a `cause_openers` word
    /// (after an apology or a reassurance only with a `cause_subjects` word), or, after a
    /// refusal, with a `cause_conjunctions` word and then an opener ("as the money has already
    /// left our system"); never as one of the `cause_blockers` ("you can", "u krijgt").
    fn opens_cause(&self, kind: ActKind, words: &[String]) -> bool {
        let shapes = &self.shapes;
        if shapes.cause_blockers.iter().any(|b| words.starts_with(b)) {
            return false;
        }
        let opener = |w: &String| shapes.cause_openers.contains(w);
        if kind != ActKind::Refusal {
            return opener(&words[0]) && shapes.cause_subjects.contains(&words[0]);
        }
        opener(&words[0])
            || shapes.cause_conjunctions.contains(&words[0]) && words.get(1).is_some_and(opener)
    }

    /// A refusal, then soon a word that gives a cause whatever follows it ("I can't move it to
    /// Saturday because Saturdays are sold out"; "…mag ik niet doen, want het pakket staat op
    /// uw naam"): that word and what follows, when it is no question.
    fn because_after(&self, h: &Hearing, clauses: &[Clause]) -> Option<Vec<String>> {
        h.spans
            .iter()
            .filter(|sp| sp.0 == ActKind::Refusal)
            .find_map(|&(_, c, _, e)| {
                let words = &clauses[c].words;
                let at = (e..words.len().min(e + BECAUSE_REACH))
                    .find(|&i| self.shapes.reason_words.contains(&words[i]))?;
                let rest = &words[at..];
                (rest.len() > 2 && !rest.iter().any(|w| w == "?")).then(|| rest.to_vec())
            })
    }

    /// A refusal only the labelled lines or the classifier heard has no words of its own; its
    /// cause is the statement after the first negated part ("Ik kan die bestelling ni meer
    /// annuleren, ze is al vertrokken uit het magazijn"), found as after a pattern's refusal.
    /// Not when the refusal is tentative or the line already gives a reason.
    pub(super) fn cause_after_learned_refusal(&self, h: &mut Hearing, clauses: &[Clause]) {
        let learned = h.kinds.contains(&ActKind::Refusal)
            && !h.tentative.contains(&ActKind::Refusal)
            && !h.spans.iter().any(|sp| sp.0 == ActKind::Refusal);
        if !learned || h.kinds.iter().any(|k| NO_REASON.contains(k)) {
            return;
        }
        let Some((c, end)) = h.first_negated_part_end() else {
            return;
        };
        if let Some(words) = self.cause_after(h, clauses, ActKind::Refusal, c, end) {
            let why = "(a refusal the labelled lines heard, then what causes it)";
            reason_heard(h, &words, why);
        }
    }

    /// "No. Resets are for the account holder only.": a line that opens with a bare "no" (the
    /// whole first clause, or "no" and who it is said to: "nee meneer") and goes on to give a
    /// reason or the rule refuses, unless it reassures ("No, no, you're not being a pain").
    pub(super) fn bare_no_with_reason(&self, h: &mut Hearing, clauses: &[Words]) {
        let Some(first) = clauses.first() else {
            return;
        };
        // The first part: up to the first pause, or the whole clause when more follow.
        let end = (1..first.words.len())
            .find(|&i| first.pauses[i])
            .unwrap_or(first.words.len());
        let alone = end < first.words.len() || clauses.len() > 1;
        let reason = [ActKind::ExplainReason, ActKind::ProcedureShield];
        // "Nee meneer, …", "No sir, …": who it is said to does not make it less bare.
        let said_to = end > 1 && self.parting_addressees.contains(&first.words[end - 1]);
        let no = &first.words[..end - usize::from(said_to)];
        if alone
            && self.shapes.bare_no.contains(&no.join(" "))
            && h.kinds.iter().any(|k| reason.contains(k))
            && !h.kinds.contains(&ActKind::Reassurance)
            && !h.kinds.contains(&ActKind::Refusal)
        {
            let why = "(a bare \"no\", then the reason)";
            let words = &first.words[..end];
            h.shaped(&words.join(" "), ActKind::Refusal, words, why);
            h.add(ActKind::Refusal, &words.join(" "));
        }
    }
}

/// Hears these words as the line's reason, with `why` as the evidence when explaining.
fn reason_heard(h: &mut Hearing, words: &[String], why: &str) {
    let text = words.join(" ");
    h.shaped(&text, ActKind::ExplainReason, words, why);
    h.add(ActKind::ExplainReason, &text);
}
