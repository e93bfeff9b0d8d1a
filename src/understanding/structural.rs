//! Structural rules: what a clause does by its shape rather than by set phrases. A list of
//! facts asks for them without a verb ("Postcode and house number."); a question or request
//! that names a fact asks for it ("Full name as it is on the policy?", "Kindly quote your
//! employee number"); a question that does nothing else asks about the problem ("did the e-mail
//! go to spam?"); "so …?" restates what the caller said; a line that opens by naming the desk
//! introduces it ("IT desk. Name?"). The word lists they read are lexicon data (`Shapes`).

use super::pattern::Clause;
use super::*;

/// How far a verb of telling reaches to the secret it hands over: "read me out very slowly
/// your PIN" (six words between). Three words between until the fifty-eighth round; six moved
/// no labelled line and no ask of the secrets sweep.
const TOLD_REACH: usize = 7;

/// The word lists the structural rules read (see the lexicon file's fields of the same names).
#[derive(Debug)]
pub(super) struct Shapes {
    /// Short forms that complete a fact's name, and every plain fact name.
    pub abbreviations: HashMap<String, String>,
    pub fact_names: HashSet<String>,
    /// Short forms that are "your" before a fact (`possessives`).
    pub possessives: HashMap<String, String>,
    /// The first words of the fact names, but for determiners ("the login", "your login"):
    /// a word before one of them stands before a fact.
    pub fact_starts: HashSet<String>,
    /// Prepositions that make a fact a channel in a question.
    pub channel_words: HashSet<String>,
    /// Verbs of asking: "naar uw nummer vragen" asks for the number.
    pub ask_verbs: HashSet<String>,
    /// Words that open a consequence: "…, so I can't" gives the reason before it.
    pub consequence_words: HashSet<String>,
    /// A bare "no" that opens a line: with a reason after it, it refuses.
    pub bare_no: HashSet<String>,
    /// Words that open a statement: after a refusal, such a part is its cause.
    pub cause_openers: HashSet<String>,
    pub cause_subjects: HashSet<String>,
    /// How a part opens when it offers rather than explains ("you can", "u krijgt").
    pub cause_blockers: Vec<Vec<String>>,
    /// Words that give a cause whatever follows ("because", "omdat").
    pub reason_words: HashSet<String>,
    /// Words that open a cause after a refusal when an opener follows ("as", "aangezien").
    pub cause_conjunctions: HashSet<String>,
    /// Words that turn from a refusal to an alternative, and the words (or phrases) that
    /// offer one after such a turn.
    pub alternative_turns: HashSet<String>,
    pub alternative_words: Vec<Vec<String>>,
    /// Words that may open a question before the fact it names.
    pub question_openers: HashSet<String>,
    /// The caller's "your": a fact named after one in a question is asked.
    pub question_possessives: HashSet<String>,
    /// Verbs of handing over, and the determiners a fact may follow where one stands.
    pub handing_verbs: HashSet<String>,
    pub handed_determiners: HashSet<String>,
    /// Words that turn from what is not wanted to what is ("only", "alleen", "wel").
    pub contrast_words: HashSet<String>,
    /// Words that make a clause a request, and words that keep it from being one; request
    /// verbs (`imperatives`) count only with no subject beside them.
    pub request_words: HashSet<String>,
    pub imperatives: HashSet<String>,
    /// Verbs of saying or sending a value to the agent: a guarded fact named after "your" or
    /// "the" in a request that holds one is asked ("read me the temporary password").
    pub telling_verbs: HashSet<String>,
    /// Indefinite articles ("a", "een"): no word between "your" and a fact.
    pub articles: HashSet<String>,
    /// Auxiliaries of the past ("did"): a verb of telling after one asks about what was said.
    pub past_auxiliaries: HashSet<String>,
    /// Owners after which a word or two qualify a fact's name, and words that never do.
    pub qualified_owners: HashSet<String>,
    pub qualifier_blockers: HashSet<String>,
    /// Nouns a fact's name may qualify ("reset", "rules"): "the password rules" is no password.
    pub modified_heads: HashSet<String>,
    /// The last words of items a list may name beside its facts (`list_items`).
    pub list_items: Vec<String>,
    /// Words that open where a listed fact is read from (`list_sources`).
    pub list_sources: HashSet<String>,
    /// The agent as who gets something ("me"; "mij", "ons"): see `telling_verbs`.
    pub agent_objects: HashSet<String>,
    /// Whether a verb of telling needs the agent right after it ("tell me").
    pub telling_to_agent: bool,
    pub request_blockers: HashSet<String>,
    /// Restatements: their openers, tags and the speaker's words.
    pub restatement_openers: HashSet<String>,
    pub restatement_tags: HashSet<String>,
    pub restatement_speakers: HashSet<String>,
    /// First names, for `<name>`.
    pub names: HashSet<String>,
    /// What a desk is called ("helpdesk", "switchboard"; "balie"), and words that make a part
    /// naming one an instruction instead ("call", "bel").
    pub desk_words: HashSet<String>,
    pub desk_blockers: HashSet<String>,
}

impl Shapes {
    pub fn new(file: &LexiconFile, fact_names: HashSet<String>) -> Shapes {
        let set = |words: &[String]| words.iter().map(|w| fold(w)).collect();
        // Phrases matched word by word ("you can", "wat dacht u van").
        let phrases = |list: &[String]| -> Vec<Vec<String>> {
            list.iter()
                .map(|w| fold(w).split(' ').map(String::from).collect())
                .collect()
        };
        let determiners: HashSet<String> = file
            .handed_determiners
            .iter()
            .chain(&file.question_possessives)
            .map(|w| fold(w))
            .collect();
        let fact_starts = fact_names
            .iter()
            .filter_map(|n| n.split(' ').next())
            .filter(|w| !determiners.contains(*w))
            .map(str::to_string)
            .collect();
        Shapes {
            abbreviations: file
                .abbreviations
                .iter()
                .map(|(k, v)| (fold(k), fold(v)))
                .collect(),
            fact_names,
            fact_starts,
            possessives: file
                .possessives
                .iter()
                .map(|(k, v)| (fold(k), fold(v)))
                .collect(),
            channel_words: set(&file.channel_words),
            ask_verbs: set(&file.ask_verbs),
            consequence_words: set(&file.consequence_words),
            bare_no: set(&file.bare_no),
            cause_openers: set(&file.cause_openers),
            cause_subjects: set(&file.cause_subjects),
            cause_blockers: phrases(&file.cause_blockers),
            reason_words: set(&file.reason_words),
            cause_conjunctions: set(&file.cause_conjunctions),
            alternative_turns: set(&file.alternative_turns),
            alternative_words: phrases(&file.alternative_words),
            question_openers: set(&file.question_openers),
            question_possessives: set(&file.question_possessives),
            handing_verbs: set(&file.handing_verbs),
            handed_determiners: set(&file.handed_determiners),
            contrast_words: set(&file.contrast_words),
            request_words: set(&file.request_words),
            imperatives: set(&file.imperatives),
            telling_verbs: set(&file.telling_verbs),
            articles: set(&file.articles),
            past_auxiliaries: set(&file.past_auxiliaries),
            qualified_owners: set(&file.qualified_owners),
            qualifier_blockers: set(&file.qualifier_blockers),
            modified_heads: set(&file.modified_heads),
            list_items: file.list_items.iter().map(|w| fold(w)).collect(),
            list_sources: set(&file.list_sources),
            agent_objects: set(&file.agent_objects),
            telling_to_agent: file.telling_to_agent,
            request_blockers: set(&file.request_blockers),
            restatement_openers: set(&file.restatement_openers),
            restatement_tags: set(&file.restatement_tags),
            restatement_speakers: set(&file.restatement_speakers),
            names: set(&file.names),
            desk_words: set(&file.desk_words),
            desk_blockers: set(&file.desk_blockers),
        }
    }
}

impl Lexicon {
    /// The part of a clause that is an open question about the situation: it starts with one
    /// of the lexicon's `question_words`, the clause ends with a question mark, and it names
    /// no fact and reports nobody.
    pub(super) fn open_question(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
    ) -> Option<(usize, usize)> {
        if clause.words.last().is_none_or(|w| w != "?") {
            return None;
        }
        self.scope.parts(cs).into_iter().find(|&(s, e)| {
            clause
                .words
                .get(s)
                .is_some_and(|w| self.question_words.contains(w))
                && !(s..e).any(|i| !clause.facts_at[i].is_empty())
                && !self.scope.ask_reported(cs, (s, e))
        })
    }

    /// The parts of a question or a request that name a fact the caller is asked for. The
    /// clause ends with a question mark or holds one of the `request_words` ("please",
    /// "kindly", "I need"; "graag", "nodig"). The part opens with the fact (after list words,
    /// question words or `question_openers`: "and what is your…", "ok, the e-mail you signed
    /// up with?") or names it after one of the `question_possessives` ("could you spell your
    /// full name for me?"). The fact is not guarded (unless a verb of telling hands it over:
    /// `telling.rs`), not the speaker's own, not a channel, and
    /// the part is not reported, not negated ("Uw geboortedatum hoef ik niet") and says no
    /// value ("personeelsnummer 176031, klopt dat?").
    pub(super) fn fact_questions(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
    ) -> Vec<(usize, usize)> {
        let question = clause.words.last().is_some_and(|w| w == "?");
        if !question && !self.requests(clause, cs) {
            return Vec::new();
        }
        let opens = |w: &String| {
            self.list_words.contains(w)
                || self.question_words.contains(w)
                || self.shapes.question_openers.contains(w)
        };
        let mut spans = Vec::new();
        for (s, e) in self.scope.parts(cs) {
            // A part that says a value ("personeelsnummer 176031, klopt dat?") reads the
            // record back for a yes or no: it asks for nothing.
            let says_value = clause.words[s..e]
                .iter()
                .any(|w| w.chars().any(|c| c.is_ascii_digit()));
            if says_value
                || self.scope.ask_reported(cs, (s, e))
                || self.scope.negation_in(cs, (s, e))
            {
                continue;
            }
            let first = (s..e).find(|&i| !opens(&clause.words[i]));
            let handing = clause.words[s..e].iter().any(|w| {
                self.shapes.handing_verbs.contains(w) || self.shapes.imperatives.contains(w)
            });
            let told_at = self.telling_at(clause, (s, e));
            let to_agent = clause.words[s..e]
                .iter()
                .any(|w| self.shapes.agent_objects.contains(w));
            for at in s..e {
                // "your (current account) password": the caller's word, at most two words
                // before the fact.
                let yours = self.fact_after(clause, (s, at), &self.shapes.question_possessives);
                // A guarded fact is asked only as what a verb of telling hands over: at most
                // `TOLD_REACH` - 1 words between them ("read me the", "geef me nou gewoon je",
                // "read me out very slowly your"), none a question word ("tell me whether your
                // password has expired" asks for none).
                // Or, where the agent is named as who gets it ("u moet mij uw pincode zeggen",
                // "uw inlogcode aan mij mede te delen"), a verb of telling at most four words
                // after the fact.
                let told = |from: usize| {
                    told_at.iter().any(|&t| {
                        let between = if t < from && from - t <= TOLD_REACH {
                            t + 1..from
                        } else if to_agent && t > at && t - at <= 5 {
                            at + 1..t
                        } else {
                            return false;
                        };
                        !clause.words[between]
                            .iter()
                            .any(|w| self.question_words.contains(w))
                    })
                };
                let guarded = self.guarded_at(clause, at);
                // "giving me the postcode", "het klantnummer even doorgeven"; "tell me the
                // last password". Only a guarded fact may have words between ("the driver's
                // mobile" is not the caller's; normalising drops the "'s").
                let handed = self
                    .fact_after(clause, (s, at), &self.shapes.handed_determiners)
                    .filter(|&from| (from + 1 == at && handing) || (guarded && told(from)));
                // Where the words that name the fact begin: a channel before them ("sent to
                // your registered mobile") makes the fact a way, not an ask.
                let named_from = yours.or(handed).unwrap_or(at);
                let (yours, handed) = (yours.is_some(), handed.is_some());
                // "uw geboortedatum en postcode": a fact joined to an asked one is asked too.
                let joined = at > s
                    && self.list_joins.contains(&clause.words[at - 1])
                    && spans.last().is_some_and(|&(_, end)| end + 1 == at);
                if Some(at) != first && !yours && !joined && !handed {
                    continue;
                }
                // A guarded fact only when the caller is told to say or send it ("tell me your
                // temporary password", not "please reset your password").
                let guarded_told = (yours || handed) && told(named_from);
                let channel = self.channel(clause, s, at)
                    || (named_from + 1 < at && self.channel(clause, s, named_from));
                if !channel {
                    spans.extend(
                        self.askable_at(clause, cs, at, guarded_told)
                            .filter(|&(_, fe)| fe <= e),
                    );
                }
            }
        }
        spans
    }

    /// The facts asked after a turn from what is not wanted: the clause holds a negation and a
    /// word of asking or handing over, and a fact follows one of the `contrast_words` (after
    /// at most two list words: "your", "om uw") with the negation before it or after it
    /// ("Wij vragen nooit om uw wachtwoord, wel om uw geboortedatum"; "No need to share your
    /// password, only your employee ID"; "say me only the postcode, not any codes"). A clause
    /// that opens with one and lists facts asks for them as a bare list does ("Alleen uw naam
    /// en geboortedatum."). Each ask comes with where its contrast word stands.
    pub(super) fn contrast_asks(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
    ) -> Vec<((usize, usize), usize)> {
        let words = clause.words;
        let shapes = &self.shapes;
        if words
            .first()
            .is_some_and(|w| shapes.contrast_words.contains(w))
        {
            let list = self.bare_list(clause, (1, words.len()));
            return list.map(|e| vec![((1, e), 0)]).unwrap_or_default();
        }
        let about_asking = words.iter().any(|w| {
            shapes.request_words.contains(w)
                || shapes.ask_verbs.contains(w)
                || shapes.handing_verbs.contains(w)
        });
        // "No need to …", "hoef ik niet": a request blocker turns away as a negation does.
        let turned = self.scope.negation_in(cs, (0, words.len()))
            || words.iter().any(|w| shapes.request_blockers.contains(w));
        if !turned || !about_asking {
            return Vec::new();
        }
        let mut spans = Vec::new();
        for i in (0..words.len()).filter(|&i| shapes.contrast_words.contains(&words[i])) {
            // The first fact after the word, with nothing but list words or a verb of asking
            // between ("wel om uw geboortedatum").
            let at = (i + 1..words.len().min(i + 4))
                .take_while(|&k| {
                    !clause.facts_at[k].is_empty()
                        || self.list_words.contains(&words[k])
                        || shapes.ask_verbs.contains(&words[k])
                })
                .find(|&k| !clause.facts_at[k].is_empty());
            if let Some(at) = at {
                spans.extend(self.askable_at(clause, cs, at, false).map(|span| (span, i)));
            }
        }
        spans
    }

    /// The facts named at `at` that a question or request may ask for: not guarded (unless
    /// the caller is told to say or send it), not in someone else's reported ask, not the
    /// speaker's own. (start, end) of each.
    fn askable_at<'a>(
        &'a self,
        clause: &'a Clause,
        cs: &'a scope::ClauseScope,
        at: usize,
        guarded_told: bool,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        clause.facts_at[at].iter().filter_map(move |&(fe, f)| {
            let fact = &self.facts[f].0;
            ((guarded_told || !self.scope.guarded(fact))
                && !self.scope.ask_reported(cs, (at, fe))
                && !self.scope.only_mentioned(cs, clause.words, fact, at))
            .then_some((at, fe))
        })
    }

    /// The facts a clause names that a later "it" can point back to: not negated, not the
    /// speaker's own. (position, fact)
    pub(super) fn pointable(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
    ) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for at in 0..clause.words.len() {
            for &(_, fact_no) in &clause.facts_at[at] {
                let fact = &self.facts[fact_no].0;
                if !self.scope.fact_negated(cs, clause, (fact, fact_no, at))
                    && !self.scope.only_mentioned(cs, clause.words, fact, at)
                {
                    out.push((at, fact.clone()));
                }
            }
        }
        out
    }

    /// Whether a refusal matched at `span` follows a consequence word that opens its part,
    /// with a statement of at least three words before it in the clause: "You're not
    /// registered for that, so I can't tell you anything" gives its reason first.
    pub(super) fn reason_before(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
        span: (usize, usize),
    ) -> bool {
        let Some(&(start, _)) = self
            .scope
            .parts(cs)
            .iter()
            .find(|&&(s, e)| s <= span.0 && span.0 < e)
        else {
            return false;
        };
        start >= 3
            && span.0 - start <= 3
            && self.shapes.consequence_words.contains(&clause.words[start])
    }

    /// Whether the fact named at `at` is where something goes or comes from ("sent to your
    /// e-mail", "op uw adres"): a preposition of the lexicon's `channel_words` before it.
    ///
    /// A verb of asking soon after the fact makes the preposition part of the asking instead
    /// ("mag ik u naar uw deelnemersnummer vragen?").
    fn channel(&self, clause: &Clause, start: usize, at: usize) -> bool {
        let asked_after = clause.words[at..]
            .iter()
            .take(5)
            .any(|w| self.shapes.ask_verbs.contains(w));
        !asked_after
            && (at.saturating_sub(2).max(start)..at)
                .any(|i| self.shapes.channel_words.contains(&clause.words[i]))
    }

    /// A question to the caller that does nothing else asks about the situation: the clause
    /// ends with a question mark, no pattern heard anything in it but warmth or politeness,
    /// it asks for no fact (the caller calls that before this rule), and it reports nobody.
    pub(super) fn plain_question(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
        heard_here: &[ActKind],
    ) -> Option<(usize, usize)> {
        let polite = [
            ActKind::Greeting,
            ActKind::SelfIntro,
            ActKind::Apology,
            ActKind::Thanks,
            ActKind::Empathy,
            ActKind::Reassurance,
        ];
        let n = clause.words.len();
        (n > 1
            && clause.words[n - 1] == "?"
            && heard_here.iter().all(|k| polite.contains(k))
            && !self.scope.ask_reported(cs, (0, n)))
        .then_some((0, n))
    }

    /// Whether a clause asks about the problem by its shape, and why. An open question does,
    /// unless the clause asked already; so does any other question that does nothing else
    /// ("did the e-mail go to spam?"), or asks to hear something again ("Could you say that
    /// again?" points at no fact). Never in jest, nor twice, nor after a dismissal or an insult.
    pub(super) fn question(
        &self,
        clause: &Clause,
        cs: &scope::ClauseScope,
        ask_spans: &[(usize, usize)],
        heard_here: &[ActKind],
        skip: bool,
        named_before: bool,
    ) -> Option<((usize, usize), &'static str)> {
        let points_nowhere =
            !named_before && clause.facts_at.iter().all(Vec::is_empty) && ask_spans.len() == 1;
        if skip || (!ask_spans.is_empty() && !points_nowhere) {
            return None;
        }
        // After a dismissal or an insult a question is rhetorical ("Het is maar een cent, waar
        // maakt u zich druk om?").
        let rhetorical = heard_here
            .iter()
            .any(|k| matches!(k, ActKind::Dismissive | ActKind::Insult));
        if ask_spans.is_empty()
            && !rhetorical
            && let Some(span) = self.open_question(clause, cs)
        {
            return Some((span, "(a question: a question word, then a question mark)"));
        }
        self.plain_question(clause, cs, heard_here)
            .map(|span| (span, "(a question that does nothing else)"))
    }

    /// Whether a clause asks something of the caller without a question mark: a request word
    /// ("please", "kindly", "I need"; "graag", "nodig") that is not a request to check
    /// something ("kindly check there"), in a clause with no negation ("no need for your staff
    /// number", "die hoeft u niet te geven") and none of the `request_blockers` ("Got your
    /// postcode already").
    fn requests(&self, clause: &Clause, cs: &scope::ClauseScope) -> bool {
        let words = clause.words;
        let blocked = words
            .iter()
            .any(|w| self.shapes.request_blockers.contains(w))
            || self.scope.negation_in(cs, (0, words.len()));
        !blocked
            && words.iter().enumerate().any(|(i, w)| {
                let bare_verb = self.shapes.imperatives.contains(w);
                (self.shapes.request_words.contains(w) || bare_verb)
                    && !(bare_verb && self.beside_subject(words, i))
                    && !words
                        .get(i + 1)
                        .is_some_and(|next| self.shapes.channel_words.contains(next))
            })
    }

    /// Whether a clause restates what the caller said to check it: it opens (after fillers)
    /// with one of the `restatement_openers` ("so", "dus"), not followed by a question word or
    /// the speaker ("so what happened?", "so I'll reset it"), and ends with a question mark or
    /// one of the `restatement_tags` ("so u clicked reset and nothing happened right", "Dus
    /// nooit geleverd?").
    pub(super) fn restates(&self, clause: &Clause, cs: &scope::ClauseScope) -> bool {
        let words = clause.words;
        let Some(at) = self.restatement_opener(words) else {
            return false;
        };
        let tagged = words.last().is_some_and(|w| w == "?")
            || words
                .iter()
                .rev()
                .find(|w| *w != "?")
                .is_some_and(|w| self.shapes.restatement_tags.contains(w));
        tagged
            && words.get(at + 1).is_some_and(|n| {
                n != "?"
                    && !self.question_words.contains(n)
                    && !self.shapes.restatement_speakers.contains(n)
            })
            && !self.scope.ask_reported(cs, (0, words.len()))
    }

    /// Whether a clause opens with "so" and then asks or speaks of the speaker ("So what did
    /// the driver's note say?", "Dus ik zet het even in gang, goed?"): a question or a plan, not
    /// a restatement, whatever its words are like.
    pub(super) fn so_but_no_restatement(&self, clause: &Clause) -> bool {
        let words = clause.words;
        self.restatement_opener(words).is_some_and(|at| {
            words.get(at + 1).is_some_and(|n| {
                self.shapes.restatement_speakers.contains(n)
                    || (self.question_words.contains(n) && words.last().is_some_and(|w| w == "?"))
            })
        })
    }

    /// Where a restatement opener ("so", "dus") stands, if it opens the clause (after at most
    /// three fillers).
    fn restatement_opener(&self, words: &[String]) -> Option<usize> {
        let at = words
            .iter()
            .position(|w| self.shapes.restatement_openers.contains(w))?;
        (at <= 3
            && words[..at]
                .iter()
                .all(|w| self.shapes.question_openers.contains(w)))
        .then_some(at)
    }
}
