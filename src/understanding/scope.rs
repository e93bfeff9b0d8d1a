//! The linguistic layer between the patterns and the acts: how far a negation, a condition, a
//! quotation, reported speech or sarcasm reaches. A pattern says what a stretch of words would
//! do; the scope says whether the trainee is doing it (see `docs/understanding.md`).
//!
//! A clause (a sentence, up to `.`, `?`, `!`) is cut into *parts* at pauses (`,` `:` `-`) and at
//! break words (`but`, `maar`): an `unless`, a negation or a condition reaches only the part it
//! is in, so "I can't change it myself, I'll put you through" keeps the transfer.

use super::pattern::{Clause, Pattern};
pub use super::scope_file::ScopeFile;
use super::{ActKind, LexiconError};
use std::collections::HashSet;

/// The longest question, in words with its question mark, that a denial after it takes back:
/// "is it a stupid question ?" is six.
const DENIED_QUESTION_WORDS: usize = 6;

mod facts;
mod sarcasm;

/// Why a match of an act's pattern does not count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// An `unless` pattern matched in the same part.
    Unless(String),
    Negated(String),
    Conditional(String),
    /// A wish turned down in the same clause ("I'd put you through, but …").
    Counterfactual(String),
    Reported,
    Sarcasm(String),
    SelfTalk(String),
    /// A short question the next clause denies ("Stupid question? Not at all.").
    Denied,
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Blocked::Unless(p) => write!(f, "cancelled by unless '{p}'"),
            Blocked::Negated(w) => write!(f, "negated by '{w}'"),
            Blocked::Conditional(w) => write!(f, "only a condition ('{w}')"),
            Blocked::Counterfactual(w) => write!(f, "a wish turned down ('{w}' … but)"),
            Blocked::Reported => write!(f, "quoted or reported words"),
            Blocked::SelfTalk(w) => write!(f, "aimed at the speaker or someone else ('{w}')"),
            Blocked::Sarcasm(w) => write!(f, "sarcastic ('{w}')"),
            Blocked::Denied => write!(f, "an echoed question the next words deny"),
        }
    }
}

#[derive(Debug, Default)]
pub(crate) struct Scope {
    breaks: Vec<Pattern>,
    not_breaks: Vec<Pattern>,
    negators: Vec<Pattern>,
    owners: HashSet<String>,
    recipients: Vec<Vec<String>>,
    negator_words: HashSet<String>,
    not_negating: Vec<Pattern>,
    negated: HashSet<ActKind>,
    reach: usize,
    reach_after: usize,
    negation_joins: HashSet<String>,
    negated_after: HashSet<ActKind>,
    subjects: HashSet<String>,
    conditions: Vec<Pattern>,
    polite_conditions: Vec<Pattern>,
    consequences: Vec<Pattern>,
    conditional: HashSet<ActKind>,
    wishes: super::wish::Wishes,
    reporting: Vec<Pattern>,
    reported: HashSet<ActKind>,
    self_talk: Vec<Pattern>,
    self_directed: HashSet<ActKind>,
    persons: super::aim::Persons,
    retractions: Vec<Pattern>,
    waivers: Vec<Pattern>,
    denials: Vec<Pattern>,
    sarcasm: Vec<Pattern>,
    disclaimers: Vec<Pattern>,
    disclaimable: HashSet<String>,
    disclaiming_acts: HashSet<ActKind>,
    sarcastic: HashSet<ActKind>,
    guarded_facts: HashSet<String>,
    fresh_asks: HashSet<String>,
    purpose_breaks: HashSet<String>,
    overrides: Vec<(ActKind, HashSet<ActKind>)>,
    negated_becomes: Vec<(String, ActKind)>,
    sarcastic_becomes: Vec<(ActKind, ActKind)>,
}

/// What the scope layer found in one clause.
pub(crate) struct ClauseScope {
    /// The part each word is in.
    part: Vec<usize>,
    /// Negators that negate: (start, end, words).
    negations: Vec<(usize, usize, String)>,
    /// Hypothetical stretches: the part, the word they start from, the condition's words.
    conditional: Vec<(usize, usize, String)>,
    /// Wishes turned down later in the clause: the part, the word they start from, their words.
    counterfactual: Vec<(usize, usize, String)>,
    /// Words that are quoted or reported.
    reported: Vec<bool>,
    /// Words inside quotation marks.
    quoted: Vec<bool>,
    /// Words after reporting words ("you said", "u zei"): someone else's speech.
    framed: Vec<bool>,
    /// Words the speaker aims at themselves, with the words that turned them so.
    self_talk: Vec<Option<String>>,
}

/// The words of the stretch (a condition, a turned-down wish) that covers word `at` of part
/// `part`: stretches are (part, first word, words) and run to the end of their part.
fn stretch_at(stretches: &[(usize, usize, String)], part: usize, at: usize) -> Option<&String> {
    stretches
        .iter()
        .find(|(p, from, _)| *p == part && at >= *from)
        .map(|(_, _, words)| words)
}

fn patterns(
    list: &[String],
    vocabulary: &mut HashSet<String>,
) -> Result<Vec<Pattern>, LexiconError> {
    list.iter()
        .map(|p| Pattern::parse(p, true, vocabulary))
        .collect()
}

/// The act a lexicon names, or the error that names what it does not know.
fn act(name: &str) -> Result<ActKind, LexiconError> {
    ActKind::from_name(name).ok_or_else(|| LexiconError::UnknownAct { name: name.into() })
}

fn acts(list: &[String]) -> Result<HashSet<ActKind>, LexiconError> {
    list.iter().map(|name| act(name)).collect()
}

impl Scope {
    pub fn compile(
        file: &ScopeFile,
        vocabulary: &mut HashSet<String>,
    ) -> Result<Scope, LexiconError> {
        let negators = patterns(&file.negators, vocabulary)?;
        let negator_words = negators.iter().flat_map(|p| p.words()).collect();
        Ok(Scope {
            breaks: patterns(&file.breaks, vocabulary)?,
            not_breaks: patterns(&file.not_breaks, vocabulary)?,
            owners: file.owners.iter().cloned().collect(),
            recipients: file
                .recipients
                .iter()
                .map(|s| s.split_whitespace().map(super::fold).collect())
                .collect(),
            negators,
            negator_words,
            not_negating: patterns(&file.not_negating, vocabulary)?,
            negated: acts(&file.negated)?,
            reach: file.reach,
            reach_after: file.reach_after,
            negation_joins: file.negation_joins.iter().map(|s| super::fold(s)).collect(),
            negated_after: acts(&file.negated_after)?,
            subjects: file.subjects.iter().map(|s| super::fold(s)).collect(),
            conditions: patterns(&file.conditions, vocabulary)?,
            polite_conditions: patterns(&file.polite_conditions, vocabulary)?,
            consequences: patterns(&file.consequences, vocabulary)?,
            conditional: acts(&file.conditional)?,
            wishes: super::wish::Wishes::compile(file, vocabulary)?,
            reporting: patterns(&file.reporting, vocabulary)?,
            reported: acts(&file.reported)?,
            self_talk: patterns(&file.self_talk, vocabulary)?,
            self_directed: acts(&file.self_directed)?,
            persons: super::aim::Persons::new(&file.persons),
            retractions: patterns(&file.retractions, vocabulary)?,
            waivers: patterns(&file.waivers, vocabulary)?,
            denials: patterns(&file.denials, vocabulary)?,
            sarcasm: patterns(&file.sarcasm, vocabulary)?,
            disclaimers: patterns(&file.disclaimers, vocabulary)?,
            disclaimable: file.disclaimable.iter().map(|w| super::fold(w)).collect(),
            disclaiming_acts: acts(&file.disclaiming_acts)?,
            sarcastic: acts(&file.sarcastic)?,
            guarded_facts: file.guarded_facts.iter().cloned().collect(),
            fresh_asks: file.fresh_asks.iter().map(|w| super::fold(w)).collect(),
            purpose_breaks: file.purpose_breaks.iter().map(|w| super::fold(w)).collect(),
            overrides: file
                .overrides
                .iter()
                .map(|(by, cancelled)| Ok((act(by)?, acts(cancelled)?)))
                .collect::<Result<_, LexiconError>>()?,
            sarcastic_becomes: file
                .sarcastic_becomes
                .iter()
                .map(|(from, to)| Ok((act(from)?, act(to)?)))
                .collect::<Result<_, LexiconError>>()?,
            negated_becomes: file
                .negated_becomes
                .iter()
                .map(|(from, to)| {
                    act(from.split(':').next().unwrap_or_default())?;
                    Ok((from.clone(), act(to)?))
                })
                .collect::<Result<_, LexiconError>>()?,
        })
    }

    /// A line that says its rough words were not meant for the caller ("Kurwa… sorry, niet
    /// tegen u, de printer"), or that sides with the caller and calls nobody a name ("bloody
    /// hell, three hours on hold? I'm so sorry"), takes back what it aimed at the caller, when the words that
    /// matched are swearing and name nobody ("not at you, you idiot" and "niet tegen u,
    /// sukkel" still insult).
    pub(super) fn disclaim(
        &self,
        h: &mut super::hear::Hearing,
        clauses: &[Clause],
        swears: &[String],
    ) {
        if !h.kinds.iter().any(|k| self.self_directed.contains(k)) {
            return;
        }
        let calls_names = clauses
            .iter()
            .flat_map(|c| c.words)
            .any(|w| swears.contains(w) && !self.disclaimable.contains(w));
        let siding = (!calls_names)
            .then(|| h.kinds.iter().find(|k| self.disclaiming_acts.contains(k)))
            .flatten()
            .map(|k| k.name().to_string());
        let Some(words) = clauses
            .iter()
            .find_map(|clause| {
                self.disclaimers
                    .iter()
                    .find_map(|p| p.spans(clause).first().copied())
                    .map(|(s, e)| clause.words[s..e].join(" "))
            })
            .or(siding)
        else {
            return;
        };
        for &act in &self.self_directed {
            let swearing = h.matched.get(&act).is_some_and(|m| {
                m.split(' ').any(|w| self.disclaimable.contains(w))
                    && !m.split(' ').any(|w| self.persons.is_caller(w))
            });
            if !h.kinds.contains(&act) || !swearing {
                continue;
            }
            h.kinds.retain(|k| *k != act);
            h.cancelled.push(act);
            for ev in h.evidence.iter_mut() {
                if ev.act.act == act && ev.blocked.is_none() {
                    ev.blocked = Some(Blocked::SelfTalk(words.clone()));
                }
            }
        }
    }

    pub fn analyse(&self, clause: &Clause, pauses: &[bool], quoted: &[bool]) -> ClauseScope {
        let n = clause.words.len();
        let mut starts = vec![false; n];
        for (i, &p) in pauses.iter().enumerate() {
            starts[i] = p;
        }
        let kept: Vec<(usize, usize)> = self
            .not_breaks
            .iter()
            .flat_map(|p| p.spans(clause))
            .collect();
        for b in &self.breaks {
            for (s, _) in b.spans(clause) {
                if !kept.iter().any(|&(ks, ke)| ks < s && s < ke) {
                    starts[s] = true;
                }
            }
        }
        let mut part = Vec::with_capacity(n);
        let mut current = 0;
        for (i, &start) in starts.iter().enumerate() {
            if start && i > 0 {
                current += 1;
            }
            part.push(current);
        }
        let voided: Vec<(usize, usize)> = self
            .not_negating
            .iter()
            .flat_map(|p| p.spans(clause))
            .collect();
        let mut negations = Vec::new();
        for p in &self.negators {
            for (s, e) in p.spans(clause) {
                if !voided.iter().any(|&(vs, ve)| vs <= s && e <= ve) {
                    negations.push((s, e, clause.words[s..e].join(" ")));
                }
            }
        }
        let mut conditional = Vec::new();
        for p in &self.conditions {
            for (s, e) in p.spans(clause) {
                let polite = self
                    .polite_conditions
                    .iter()
                    .any(|q| q.spans(clause).iter().any(|&(ps, pe)| ps <= s && s < pe));
                if polite {
                    continue;
                }
                let words = clause.words[s..e].join(" ");
                // The condition from where it starts to the end of its part, and the next part
                // when the condition opens its part ("if the manager calls, we can…"; but not
                // "I'll call you back if I know more").
                conditional.push((part[s], s, words.clone()));
                let opens = s == 0 || part[s - 1] != part[s];
                // "If you asked the warden he might say yes - I could give you his email":
                // the consequence came in the condition's own part, the next part is free.
                let answered = || {
                    self.consequences.iter().any(|q| {
                        q.spans(clause)
                            .iter()
                            .any(|&(qs, _)| qs > s + 1 && part[qs] == part[s])
                    })
                };
                if opens && !answered() {
                    conditional.push((part[s] + 1, 0, words));
                }
            }
        }
        let counterfactual = self.wishes.turned_down(clause, &part);
        let mut framed = vec![false; n];
        for p in &self.reporting {
            for (s, e) in p.spans(clause) {
                // The rest of the part the frame's own words open (past a quoted name: "the
                // 'support agent' asked for …"), and a quotation that follows ("you said
                // 'useless'").
                let first = (s..e).find(|&i| !quoted[i]).unwrap_or(s);
                for i in e..n {
                    if part[i] != part[first] && !quoted[i] {
                        break;
                    }
                    framed[i] = true;
                }
            }
        }
        let reported = quoted.iter().zip(&framed).map(|(q, f)| *q || *f).collect();
        let mut self_talk = vec![None; n];
        for p in &self.self_talk {
            for (s, e) in p.spans(clause) {
                let words = clause.words[s..e].join(" ");
                // Talk about oneself that ends its part goes on in the next: "I'm hopeless
                // with computers myself, an absolute idiot".
                let last = part[e - 1] + usize::from(e < n && part[e] != part[e - 1]);
                for i in s..n {
                    if part[i] > last {
                        break;
                    }
                    self_talk[i] = Some(words.clone());
                }
            }
        }
        ClauseScope {
            part,
            negations,
            conditional,
            counterfactual,
            reported,
            quoted: quoted.to_vec(),
            framed,
            self_talk,
        }
    }

    /// The parts of a clause, as (start, end) word ranges.
    pub fn parts(&self, cs: &ClauseScope) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (i, &p) in cs.part.iter().enumerate() {
            match out.last_mut() {
                Some((_, e)) if i > 0 && cs.part[i - 1] == p => *e = i + 1,
                _ => out.push((i, i + 1)),
            }
        }
        out
    }

    /// Whether the words from `s` to `e` report someone else's words, so that the act is not
    /// the speaker's. Quotation marks report speech, but around a fact's name they are a
    /// label as printed on a letter or form ("the line that says 'Ons kenmerk'"): an ask is
    /// reported only by reporting words (a quoted guarded fact is kept from being asked by
    /// `only_mentioned`).
    fn reports(&self, cs: &ClauseScope, act: ActKind, (s, e): (usize, usize)) -> bool {
        let words = if act == ActKind::AskIdentity {
            &cs.framed
        } else {
            &cs.reported
        };
        // A match that opens inside a quotation and goes on only past its pause is the
        // quotation's ("Mijn moeder zei altijd 'rustig, rustig', maar …" hears no "rustig maar").
        let quoted_opening = cs.quoted[s] && (s..e).all(|i| words[i] || cs.part[i] != cs.part[s]);
        self.reported.contains(&act) && ((s..e).all(|i| words[i]) || quoted_opening)
    }

    /// Whether an ask in the words from `s` to `e` is someone else's (see `reports`).
    pub fn ask_reported(&self, cs: &ClauseScope, span: (usize, usize)) -> bool {
        self.reports(cs, ActKind::AskIdentity, span)
    }

    /// Whether a clause, or a part of it after a pause, opens by taking back what the one
    /// before asked ("No, keep it"; "no no, we're not supposed to, sorry, ignore that").
    pub fn retracts(&self, clause: &Clause) -> bool {
        spans_from(&self.retractions, clause, |s| {
            s == 0 || clause.pauses.get(s).copied().unwrap_or(false)
        })
    }

    /// Whether a clause takes back, from word `from` on, what it asked before ("Uw pincode, hou
    /// die maar voor uzelf").
    pub fn retracts_after(&self, clause: &Clause, from: usize) -> bool {
        spans_from(&self.retractions, clause, |s| s >= from)
    }

    /// Whether a clause says, from word `from` on, that the caller need not give what was
    /// asked before it ("…, hoeft u niet te geven").
    pub fn waives(&self, clause: &Clause, from: usize) -> bool {
        spans_from(&self.waivers, clause, |s| s >= from)
    }

    /// Whether a clause opens by saying the caller need not give what the one before asked.
    pub fn waives_opening(&self, clause: &Clause) -> bool {
        spans_from(&self.waivers, clause, |s| s == 0)
    }

    /// Whether a clause is a short question (at most `DENIED_QUESTION_WORDS` words, its
    /// question mark one of them) that the next clause opens by denying ("Stupid question? Not
    /// at all", "Is it a stupid question? No no", "Domme vraag? Welnee").
    pub fn denied(&self, clause: &Clause, later: &[Clause]) -> bool {
        // "Domme vraag?? Welnee": a second question mark is a clause of its own.
        let next = later.iter().find(|c| c.words.iter().any(|w| w != "?"));
        clause.words.len() <= DENIED_QUESTION_WORDS
            && clause.words.last().is_some_and(|w| w == "?")
            && next.is_some_and(|next| {
                // "Anything else? No? …" asks again; it denies nothing.
                next.words.last().is_none_or(|w| w != "?")
                    && spans_from(&self.denials, next, |s| s == 0)
            })
    }

    /// Whether a negation cancels an act.
    pub fn negatable(&self, kind: ActKind) -> bool {
        self.negated.contains(&kind)
    }

    /// Whether a fact's ask is critical enough to be taken back by a retraction.
    pub fn guarded(&self, fact: &str) -> bool {
        self.guarded_facts.contains(fact)
    }

    /// Whether a word is a copula ("are" in "you're telling me …").
    pub fn is_copula(&self, word: &str) -> bool {
        self.persons.is_copula(word)
    }

    /// Whether a word starts a new statement ("i", "we"): a list of facts does not reach past it.
    pub fn is_subject(&self, word: &str) -> bool {
        self.subjects.contains(word)
    }

    /// What a negated act (a label: `blame`, `ask_identity:password`) does instead, if anything.
    pub fn negated_becomes(&self, label: &str) -> Option<ActKind> {
        self.negated_becomes
            .iter()
            .find(|(from, _)| from == label)
            .map(|(_, to)| *to)
    }

    /// Every act that an act of `heard` overrides, heard or not.
    pub fn overriding<'a>(&'a self, heard: &'a [ActKind]) -> impl Iterator<Item = ActKind> + 'a {
        self.overrides
            .iter()
            .filter(|(by, _)| heard.contains(by))
            .flat_map(|(_, cancelled)| cancelled.iter().copied())
    }

    /// The acts of a line that others in it cancel, with the act that cancels each.
    pub fn overridden(&self, heard: &[ActKind]) -> Vec<(ActKind, ActKind)> {
        let mut out = Vec::new();
        for (by, cancelled) in &self.overrides {
            if heard.contains(by) {
                for k in heard.iter().filter(|k| cancelled.contains(k)) {
                    out.push((*k, *by));
                }
            }
        }
        out
    }

    /// Whether a negation stands anywhere from `s` to `e`.
    pub fn negation_in(&self, cs: &ClauseScope, (s, e): (usize, usize)) -> bool {
        cs.negations.iter().any(|&(ns, _, _)| ns >= s && ns < e)
    }

    /// Whether a negation ending at `ne` reaches `s` through a joining word ("or"): the word
    /// stands within twice the reach of the negation, and the act within reach of the word.
    fn joined(&self, words: &[String], ne: usize, s: usize) -> bool {
        (ne..s).any(|j| {
            self.negation_joins.contains(&words[j])
                && j - ne <= 2 * self.reach
                && s - j <= self.reach
        })
    }

    /// Whether the unless match (us, ue) reaches the act's match (s, e): it must lie within the
    /// parts the match spans.
    pub fn reaches(
        &self,
        cs: &ClauseScope,
        (s, e): (usize, usize),
        (us, ue): (usize, usize),
    ) -> bool {
        cs.part[us] >= cs.part[s] && cs.part[ue - 1] <= cs.part[e - 1]
    }

    /// Why the match (s, e) of `pattern` for `act` does not count, if it does not.
    pub fn blocks(
        &self,
        cs: &ClauseScope,
        clause: &Clause,
        act: ActKind,
        pattern: &Pattern,
        (s, e): (usize, usize),
        sarcasm: Option<&String>,
    ) -> Option<Blocked> {
        if self.reports(cs, act, (s, e)) {
            return Some(Blocked::Reported);
        }
        if self.self_directed.contains(&act)
            && let Some(words) = &cs.self_talk[s]
        {
            return Some(Blocked::SelfTalk(words.clone()));
        }
        if self.self_directed.contains(&act)
            && let Some(word) = self.persons.elsewhere(clause.words, &cs.part, (s, e))
        {
            return Some(Blocked::SelfTalk(word));
        }
        if self.negated.contains(&act) {
            let own = pattern
                .words()
                .iter()
                .any(|w| self.negator_words.contains(w));
            for (ns, ne, words) in &cs.negations {
                let inside = *ns >= s && *ne <= e && !own;
                let before = *ne <= s
                    && (s - ne <= self.reach || self.joined(clause.words, *ne, s))
                    && cs.part[*ns] == cs.part[s]
                    && !clause.words[*ne..s]
                        .iter()
                        .any(|w| self.subjects.contains(w));
                let after = self.negated_after.contains(&act)
                    && *ns >= e
                    && *ns - e < self.reach_after
                    && cs.part[*ns] == cs.part[e - 1]
                    && !clause.words[e..*ns]
                        .iter()
                        .any(|w| self.subjects.contains(w));
                if inside || before || after {
                    return Some(Blocked::Negated(words.clone()));
                }
            }
        }
        if self.conditional.contains(&act)
            && let Some(words) = stretch_at(&cs.conditional, cs.part[s], s)
        {
            return Some(Blocked::Conditional(words.clone()));
        }
        if self.wishes.acts.contains(&act)
            && let Some(words) = stretch_at(&cs.counterfactual, cs.part[s], s)
        {
            return Some(Blocked::Counterfactual(words.clone()));
        }
        if self.sarcastic.contains(&act)
            && let Some(words) = sarcasm
        {
            return Some(Blocked::Sarcasm(words.clone()));
        }
        None
    }
}

/// Whether any of the patterns matches the clause at a start the test accepts ("opens the
/// clause": `|s| s == 0`).
fn spans_from(patterns: &[Pattern], clause: &Clause, start: impl Fn(usize) -> bool) -> bool {
    patterns
        .iter()
        .any(|p| p.spans(clause).iter().any(|&(s, _)| start(s)))
}
