//! Hearing a line: each clause's patterns under the scope layer, then the vote of the
//! learned layers (`vote.rs`), then the acts in a fixed order.

use super::pattern::Clause;
use super::*;

/// What hearing a line has found so far.
#[derive(Default)]
pub(super) struct Hearing {
    pub(super) phrasing: BTreeMap<ActKind, String>,
    pub(super) kinds: Vec<ActKind>,
    /// Facts asked: (clause, position, fact).
    pub(super) asked: Vec<(usize, usize, String)>,
    /// Facts named, not negated and not guarded, that a pronoun can point back to:
    /// (clause, position, fact).
    pub(super) named: Vec<(usize, usize, String)>,
    /// Guarded facts named so: an ask to tell or read out may point back to them.
    pub(super) guarded_named: Vec<(usize, usize, String)>,
    /// Clauses with an ask that names no fact ("can you read it to me?"), where the ask starts,
    /// and whether it asks to be told or read something.
    pub(super) pointing: Vec<(usize, usize, bool)>,
    /// Whether the line is being explained: only then is evidence kept.
    pub(super) explain: bool,
    pub(super) evidence: Vec<Evidence>,
    /// Acts a pattern matched but the scope or an unless cancelled: the examples may not
    /// bring them back.
    pub(super) cancelled: Vec<ActKind>,
    /// Acts whose `learned_needs` some clause met.
    pub(super) needs_met: Vec<ActKind>,
    /// The clause being heard is a short question the next clause denies.
    pub(super) denied: bool,
    /// The clause being heard holds the line's sarcasm marker: what it mocks there dismisses
    /// (`sarcastic_becomes`); later sentences are only not taken at their word ("Ja hoor,
    /// geweldig, drie uur wachten. Snap ik helemaal, da's klote voor je.").
    pub(super) mocking: bool,
    /// For each act a pattern heard, the words it matched first.
    pub(super) matched: BTreeMap<ActKind, String>,
    /// A refusal that follows its reason ("…, so I can't"): the words before it.
    pub(super) reason_first: Option<Vec<String>>,
    /// Acts only loosely alike labelled lines added (see `vote`): heard, but not evidence
    /// enough to earn a call points.
    pub(super) tentative: Vec<ActKind>,
    /// Every pattern match that counted: its act, clause, first word and the word after it.
    pub(super) spans: Vec<(ActKind, usize, usize, usize)>,
    /// Each clause's parts, as `scope.parts` splits it at pauses.
    pub(super) parts: Vec<Vec<(usize, usize)>>,
    /// For each clause's parts, whether a negation stands in it.
    pub(super) negated_parts: Vec<Vec<bool>>,
}

impl Hearing {
    /// Notes that a structural rule heard an act in these words: as a pattern's match, for the
    /// nearest lines' overruling, and, when explaining, as evidence.
    pub(super) fn shaped(&mut self, text: &str, kind: ActKind, words: &[String], why: &str) {
        self.matched.entry(kind).or_insert_with(|| words.join(" "));
        if self.explain {
            self.evidence
                .push(Evidence::structural(kind, text, words, why));
        }
    }

    /// Hears an act another turned into ("not a stupid question" reassures), and, when
    /// explaining, the rule that turned it as its evidence.
    pub(super) fn turned(
        &mut self,
        to: ActKind,
        text: &str,
        words: &[String],
        rule: impl FnOnce() -> String,
    ) {
        self.add(to, text);
        if self.explain {
            self.evidence
                .push(Evidence::structural(to, text, words, &rule()));
        }
    }

    /// Notes, when explaining, that a structural rule's match did not count: an `unless` of the
    /// act holds it.
    pub(super) fn vetoed_shape(&mut self, text: &str, words: &[String], why: &str, by: &str) {
        if self.explain {
            let mut evidence = Evidence::structural(ActKind::AskIdentity, text, words, why);
            evidence.blocked = Some(Blocked::Unless(by.to_string()));
            self.evidence.push(evidence);
        }
    }

    /// Where the first part that holds a negation ends: its clause and the word after it
    /// (where a refusal only the labelled lines heard is taken to stand).
    pub(super) fn first_negated_part_end(&self) -> Option<(usize, usize)> {
        self.negated_parts
            .iter()
            .enumerate()
            .find_map(|(c, parts)| {
                let p = parts.iter().position(|&n| n)?;
                Some((c, self.parts[c][p].1))
            })
    }

    pub(super) fn add(&mut self, kind: ActKind, phrase: &str) {
        if !self.kinds.contains(&kind) {
            self.kinds.push(kind);
            self.phrasing.insert(kind, phrase.to_string());
        }
    }
}

impl Lexicon {
    pub(super) fn hear(
        &self,
        text: &str,
        mut explanation: Option<&mut Explanation>,
    ) -> (Heard, Vec<Evidence>) {
        let explain = explanation.is_some();
        let mut h = Hearing {
            explain,
            ..Hearing::default()
        };
        let normalised = self.clauses(text);
        let clauses: Vec<Clause> = normalised
            .iter()
            .map(|w| self.clause(&w.words, &w.pauses, &w.named))
            .collect();
        let quoted: Vec<&[bool]> = normalised.iter().map(|w| w.quoted.as_slice()).collect();
        let sarcasm = self.scope.sarcasm(&clauses, &quoted);
        for (clause_no, (clause, words)) in clauses.iter().zip(&normalised).enumerate() {
            h.denied = self.scope.denied(clause, &clauses[clause_no + 1..]);
            let mocked = sarcasm.as_ref().filter(|(_, _, reach)| clause_no <= *reach);
            h.mocking = mocked.is_some_and(|&(_, at, _)| at == clause_no);
            let mocked = mocked.map(|(marker, _, _)| marker);
            self.hear_clause(&mut h, clause_no, clause, words, mocked);
        }
        // "Top right there is a number, it starts with LH. Can you read it to me?": an ask that
        // names no fact asks for the last one named before it in the line (a guarded one only
        // when it asks to be told or read it).
        for &(clause_no, start, telling) in &h.pointing {
            let ahead =
                |n: &&(usize, usize, String)| n.0 < clause_no || (n.0 == clause_no && n.1 < start);
            // The last fact named before the ask; else, as ever, the last of its clause.
            let plain = h
                .named
                .iter()
                .rev()
                .find(ahead)
                .or_else(|| h.named.iter().rev().find(|(c, _, _)| *c <= clause_no));
            // A guarded fact only when named before the ask ("zeg het je eerlijk: een
            // wachtwoord reset ik alleen …" points at nothing).
            let guarded = h.guarded_named.iter().rev().find(ahead).filter(|_| telling);
            let earlier = plain
                .into_iter()
                .chain(guarded)
                .max_by_key(|(c, at, _)| (*c, *at))
                .cloned();
            if let Some((c, at, fact)) = earlier
                && !h.asked.iter().any(|(_, _, f)| *f == fact)
            {
                h.asked.push((c, at, fact));
            }
        }
        // "Your password? No, keep it": a guarded fact asked in one clause and taken back at
        // the start of a later one is not asked ("And your PIN, the one for the machines,
        // keep that to yourself").
        // Nor is a fact the line then says the caller need not give ("Uw adres hoeft u niet
        // te geven hoor").
        h.asked.retain(|&(clause_no, at, ref fact)| {
            let next = clauses.get(clause_no + 1);
            let retracted = self.scope.guarded(fact)
                && (clauses
                    .get(clause_no)
                    .is_some_and(|c| self.scope.retracts_after(c, at + 1))
                    || clauses[clause_no + 1..]
                        .iter()
                        .any(|n| self.scope.retracts(n)));
            let waived = clauses
                .get(clause_no)
                .is_some_and(|c| self.scope.waives(c, at + 1))
                || next.is_some_and(|n| self.scope.waives_opening(n));
            !(retracted || waived)
        });
        self.scope.disclaim(&mut h, &clauses, &self.swears);
        self.reason_given_first(&mut h);
        self.cause_stated_after(&mut h, &clauses);
        self.greeting_that_parts(&mut h, &clauses);
        // An ask counts as heard for what it overrides ("Cheers. And date of birth?" does
        // not close the call).
        let heard: Vec<ActKind> = h
            .kinds
            .iter()
            .copied()
            .chain((!h.asked.is_empty()).then_some(ActKind::AskIdentity))
            .collect();
        for (cancelled, by) in self.scope.overridden(&heard) {
            h.kinds.retain(|k| *k != cancelled);
            if let Some(ex) = explanation.as_deref_mut() {
                ex.cancelled_by.push((cancelled, by));
            }
        }
        // Nor may the labelled lines bring back what the rules' acts override (a rule given
        // with its reason is no procedure shield, whatever its neighbours say).
        let overridden: Vec<ActKind> = self.scope.overriding(&heard).collect();
        h.cancelled.extend(overridden);
        if self.layers == Layers::Examples {
            h.kinds.retain(|k| rule_only(*k));
        }
        self.vote(&mut h, text, explanation);
        self.cause_after_learned_refusal(&mut h, &clauses);
        self.alternative_after_refusal(&mut h, &clauses);
        self.bare_no_with_reason(&mut h, &normalised);
        if explain {
            // Name the facts on ask evidence that counted.
            for ev in &mut h.evidence {
                if ev.act.act == ActKind::AskIdentity && ev.blocked.is_none() {
                    let named = self.facts_named(&ev.words);
                    ev.act.fact = named.into_iter().next();
                }
            }
        }
        // A greeting no pattern heard is the desk's name alone: heard, but tentatively (the
        // labelled lines never add a greeting).
        if h.kinds.contains(&ActKind::Greeting)
            && !h.spans.iter().any(|sp| sp.0 == ActKind::Greeting)
        {
            h.tentative.push(ActKind::Greeting);
        }
        let acts = act::in_order(&mut h.kinds, &mut h.asked);
        h.tentative.retain(|k| acts.iter().any(|a| a.act == *k));
        ((acts, h.phrasing, h.tentative), h.evidence)
    }

    /// Notes the clause's parts, and which of them hold a negation, for the rules that look
    /// across parts (`reasons.rs`).
    fn note_parts(&self, h: &mut Hearing, cs: &scope::ClauseScope) {
        let parts = self.scope.parts(cs);
        h.negated_parts.push(
            parts
                .iter()
                .map(|&p| self.scope.negation_in(cs, p))
                .collect(),
        );
        h.parts.push(parts);
    }

    /// The patterns heard in one clause, under its scope.
    fn hear_clause(
        &self,
        h: &mut Hearing,
        clause_no: usize,
        clause: &Clause,
        words: &Words,
        sarcasm: Option<&String>,
    ) {
        let cs = self.scope.analyse(clause, &words.pauses, &words.quoted);
        self.note_parts(h, &cs);
        let heard_before = h.kinds.len();
        let unless_spans: HashMap<ActKind, Vec<(usize, usize, &str)>> = self
            .unless
            .iter()
            .map(|(kind, pats)| {
                let spans = pats
                    .iter()
                    .flat_map(|p| {
                        p.spans(clause)
                            .into_iter()
                            .map(move |(s, e)| (s, e, p.source.as_str()))
                    })
                    .collect();
                (*kind, spans)
            })
            .collect();
        // An unless that matches keeps the act from being brought in by the labelled lines
        // too ("dat had u niet hoeven meemaken" is not blame, whatever its neighbours say).
        h.cancelled.extend(
            unless_spans
                .iter()
                .filter(|(_, spans)| !spans.is_empty())
                .map(|(kind, _)| *kind),
        );
        for (kind, pats) in &self.needs {
            if !h.needs_met.contains(kind) && pats.iter().any(|p| !p.spans(clause).is_empty()) {
                h.needs_met.push(*kind);
            }
        }
        let text = clause.words.join(" ");
        let mut ask_spans = Vec::new();
        // Which parts are items of a list that a statement is about, once per clause.
        let mut stated = None;
        for (kind, pattern) in &self.rules {
            let kind = *kind;
            // A heard act needs no second match unless asking (each ask span can name other
            // facts). When explaining, the second match is shown but changes nothing, so an
            // explanation hears exactly what a call does.
            let repeat = kind != ActKind::AskIdentity && h.kinds.contains(&kind);
            if repeat && !h.explain {
                continue;
            }
            let own = self.own.contains(&pattern.source);
            let overlaps_only = self.unless_overlaps.contains(&kind);
            for span in pattern.spans(clause) {
                let blocked = unless_spans
                    .get(&kind)
                    .and_then(|spans| {
                        spans.iter().find(|&&(us, ue, p)| {
                            (!own || self.own.contains(p))
                                && self.scope.reaches(&cs, span, (us, ue))
                                && (!overlaps_only || (us < span.1 && span.0 < ue))
                                && (kind != ActKind::AskIdentity
                                    || same_facts(clause, span, (us, ue)))
                        })
                    })
                    .map(|(_, _, p)| Blocked::Unless(p.to_string()))
                    .or_else(|| self.scope.blocks(&cs, clause, kind, pattern, span, sarcasm))
                    .or_else(|| {
                        (h.denied && self.scope.negatable(kind)).then_some(Blocked::Denied)
                    });
                if h.explain {
                    h.evidence.push(Evidence {
                        act: Act::plain(kind),
                        clause: text.clone(),
                        words: clause.words[span.0..span.1].join(" "),
                        pattern: pattern.source.clone(),
                        blocked: blocked.clone(),
                    });
                }
                if repeat {
                    continue;
                }
                if let Some(b) = &blocked {
                    self.blocked_match(h, kind, b, (clause, span), &text);
                    continue;
                }
                h.spans.push((kind, clause_no, span.0, span.1));
                if kind == ActKind::AskIdentity {
                    let parts = &h.parts[clause_no];
                    if self.listed_subject(&mut stated, clause, parts, span.0)
                        || self.apposition(clause, parts, span.0)
                    {
                        continue;
                    }
                    ask_spans.push(self.linked_ask(h, clause_no, clause, span));
                } else {
                    if kind == ActKind::Refusal
                        && h.reason_first.is_none()
                        && self.reason_before(clause, &cs, span)
                    {
                        h.reason_first = Some(clause.words[..span.0].to_vec());
                    }
                    h.add(kind, &text);
                    h.matched
                        .entry(kind)
                        .or_insert_with(|| clause.words[span.0..span.1].join(" "));
                }
            }
        }
        // What the clause does by its shape (`structural.rs`): asks, restates, questions.
        let vetoes = unless_spans
            .get(&ActKind::AskIdentity)
            .map_or(&[][..], Vec::as_slice);
        self.shaped_asks(h, (clause, &cs, vetoes), &text, &mut ask_spans);
        // The desk's opening line introduces the desk, and is its greeting too ("Service
        // desk, Kev."), though a tentative one: a bare desk name earns no greeting points.
        if clause_no == 0 && self.names_desk(clause, &cs) {
            let why = "(the line opens by naming the desk)";
            h.shaped(&text, ActKind::SelfIntro, clause.words, why);
            h.add(ActKind::SelfIntro, &text);
            if !h.kinds.contains(&ActKind::Greeting) {
                let why = "(the desk's opening line; a bare desk name earns no greeting points)";
                h.shaped(&text, ActKind::Greeting, clause.words, why);
                h.add(ActKind::Greeting, &text);
            }
        }
        if sarcasm.is_none() && self.restates(clause, &cs) {
            let why = "(a restatement: so …, then a question mark or a tag)";
            h.shaped(&text, ActKind::Paraphrase, clause.words, why);
            h.add(ActKind::Paraphrase, &text);
        } else if self.so_but_no_restatement(clause) {
            h.cancelled.push(ActKind::Paraphrase);
        }
        let question = self.question(
            clause,
            &cs,
            &ask_spans,
            &h.kinds[heard_before..],
            sarcasm.is_some() || h.kinds.contains(&ActKind::AskInfo),
            !h.named.is_empty(),
        );
        // An echoed question the next words deny asks nothing ("Stupid question? Not at all").
        if let Some(((s, e), why)) = question.filter(|_| !h.denied) {
            h.shaped(&text, ActKind::AskInfo, &clause.words[s..e], why);
            h.add(ActKind::AskInfo, &text);
        }
        self.note_pointing(h, clause_no, clause, &cs, ask_spans, &text);
    }

    /// An ask's span reached along links to the facts after it ("could you read me your
    /// postcode and your date of birth"), but not into words an `unless` of asking holds ("no
    /// need for your password, your username please") or a part before it that holds a
    /// negation. An ask that named no fact before it reached one still points back ("…it says
    /// 'Ons kenmerk'. Could you read that to me, and your date of birth?" asks for the
    /// reference too).
    fn linked_ask(
        &self,
        h: &mut Hearing,
        clause_no: usize,
        clause: &Clause,
        span: (usize, usize),
    ) -> (usize, usize) {
        let mut reached = self.unguarded(clause, span, self.reach_along_links(clause, span));
        // Nor back into an earlier part that holds a negation: "I won't ask for your TIN, the
        // order number is enough" asks for the order number alone.
        let parts = &h.parts[clause_no];
        let part_of = |i: usize| parts.iter().position(|&(s, e)| s <= i && i < e);
        if let (Some(from), Some(own)) = (part_of(reached.0), part_of(span.0))
            && let Some(k) = (from..own).rev().find(|&k| h.negated_parts[clause_no][k])
        {
            reached.0 = parts[k + 1].0.min(span.0);
        }
        let names = (span.0..span.1).any(|i| clause.facts_at[i].iter().any(|&(e, _)| e <= span.1));
        if reached != span && !names {
            h.pointing
                .push((clause_no, span.0, self.tells(clause, span)));
        }
        reached
    }

    /// Whether an ask's words are a verb of telling ("read it to me", "voorlezen"): only such
    /// an ask may point back to a guarded fact.
    fn tells(&self, clause: &Clause, (start, end): (usize, usize)) -> bool {
        clause.words[start..end]
            .iter()
            .any(|w| self.shapes.telling_verbs.contains(w))
    }

    /// The asks of a clause that name no fact, which point back to one named before them, and
    /// the facts the clause names that a later ask may point to.
    fn note_pointing(
        &self,
        h: &mut Hearing,
        clause_no: usize,
        clause: &Clause,
        cs: &scope::ClauseScope,
        ask_spans: Vec<(usize, usize)>,
        text: &str,
    ) {
        for (start, end) in ask_spans {
            if !self.asks_in(h, clause_no, clause, cs, (start, end), text) {
                // "…een sms met een code. Kunt u die even voorlezen?"
                h.pointing
                    .push((clause_no, start, self.tells(clause, (start, end))));
            }
        }
        for (at, fact) in self.pointable(clause, cs) {
            if !self.scope.guarded(&fact) {
                h.named.push((clause_no, at, fact));
            } else if !clause
                .words
                .iter()
                .skip(at + 1)
                .take(3)
                .any(|w| self.scope.is_copula(w))
            {
                // "Your password is secret": what a statement is about is not handed over.
                h.guarded_named.push((clause_no, at, fact));
            }
        }
    }

    /// A match that did not count: the act is cancelled (the labelled lines may not bring it
    /// back), a negated one may turn into another, and a denied one reassures.
    fn blocked_match(
        &self,
        h: &mut Hearing,
        kind: ActKind,
        blocked: &Blocked,
        (clause, span): (&Clause, (usize, usize)),
        text: &str,
    ) {
        h.cancelled.push(kind);
        if matches!(blocked, Blocked::Negated(_)) {
            self.negated(h, kind, clause, span, text);
        }
        let words = &clause.words[span.0..span.1];
        if matches!(blocked, Blocked::Sarcasm(_))
            && h.mocking
            && let Some(to) = self.scope.sarcastic_becomes(kind)
        {
            let rule = || format!("(sarcastic {} turns into {})", kind.name(), to.name());
            h.turned(to, text, words, rule);
        }
        if *blocked == Blocked::Denied && kind != ActKind::AskIdentity {
            let rule = || format!("({} denied reassures)", kind.name());
            h.turned(ActKind::Reassurance, text, words, rule);
        }
    }

    /// A negated act may turn into another ("not a stupid question" reassures).
    fn negated(
        &self,
        h: &mut Hearing,
        kind: ActKind,
        clause: &Clause,
        span: (usize, usize),
        text: &str,
    ) {
        let mut labels = vec![kind.name().to_string()];
        if kind == ActKind::AskIdentity {
            labels.extend(
                self.facts_in(clause, span)
                    .into_iter()
                    .map(|f| format!("ask_identity:{f}")),
            );
        }
        for label in labels {
            if let Some(to) = self.scope.negated_becomes(&label) {
                let rule = || format!("(negated {label} turns into {})", to.name());
                h.turned(to, text, &clause.words[span.0..span.1], rule);
            }
        }
    }

    /// The facts an asking span names, unless each is negated there. Whether it names any.
    fn asks_in(
        &self,
        h: &mut Hearing,
        clause_no: usize,
        clause: &Clause,
        cs: &scope::ClauseScope,
        (start, end): (usize, usize),
        text: &str,
    ) -> bool {
        let mut any = false;
        for (fact_no, (fact, _)) in self.facts.iter().enumerate() {
            let named = |s: usize| {
                clause.facts_at[s]
                    .iter()
                    .any(|&(e, f)| f == fact_no && e <= end)
            };
            any |= (start..end).any(named);
            // "the password reset email": the fact's name qualifies another word.
            let mentioned = |s: usize| {
                self.scope.only_mentioned(cs, clause.words, fact, s)
                    || (self.scope.guarded(fact) && self.qualifies(clause, s, fact_no))
            };
            let negated = |s: usize| self.scope.fact_negated(cs, clause, (fact, fact_no, s));
            let first = (start..end).find(|&s| named(s) && !mentioned(s) && !negated(s));
            if first.is_none()
                && (start..end).any(|s| named(s) && !mentioned(s))
                && let Some(to) = self.scope.negated_becomes(&format!("ask_identity:{fact}"))
            {
                let rule = || {
                    format!(
                        "(ask_identity:{fact} negated or only supposed turns into {})",
                        to.name()
                    )
                };
                h.turned(to, text, &clause.words[start..end], rule);
            }
            if let Some(at) = first
                && !h.asked.iter().any(|(_, _, f)| f == fact)
            {
                h.asked.push((clause_no, at, fact.clone()));
            }
        }
        any
    }
}

/// Whether an unless may block an ask: it names no fact, the ask names none, or both name
/// the same one. "Before I can reset the password I need the provider's tax number" asks for
/// the tax number; the guard on "reset the password" is for the password alone.
pub(super) fn same_facts(clause: &Clause, ask: (usize, usize), unless: (usize, usize)) -> bool {
    let named = |(s, e): (usize, usize)| -> Vec<usize> {
        (s..e.min(clause.facts_at.len()))
            .flat_map(|i| clause.facts_at[i].iter().map(|&(_, f)| f))
            .collect()
    };
    let (asked, guarded) = (named(ask), named(unless));
    asked.is_empty() || guarded.is_empty() || asked.iter().any(|f| guarded.contains(f))
}
