//! Understanding trainee speech: turning a typed line into acts.
//!
//! This module owns the lexicon format (`lexicon/*.json`), the small pattern language trainers
//! write in it, normalisation of sloppy typing, and the matcher. It knows nothing of calls or
//! scoring: it takes a line and returns the acts it hears. See `docs/understanding.md`.

mod explain;
mod nearest;
mod pattern;
mod scope;
mod text;

use crate::lang::Lang;
pub use nearest::{LabelledLine, Neighbour, parse_lines};
use pattern::{Clause, Pattern};
pub use scope::ScopeFile;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
pub use text::fold;
use text::{Token, split_clauses, strip_apostrophes};

/// What a piece of trainee speech does. The order here is the order acts are reported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    Greeting,
    SelfIntro,
    AskIdentity,
    AskInfo,
    Empathy,
    Apology,
    Reassurance,
    ExplainReason,
    Refusal,
    OfferAlternative,
    Commitment,
    Blame,
    Dismissive,
    Insult,
    ProcedureShield,
    CalmDown,
    Paraphrase,
    HoldNotice,
    TransferNotice,
    Thanks,
    Closing,
}

impl ActKind {
    pub const ALL: [ActKind; 21] = [
        ActKind::Greeting,
        ActKind::SelfIntro,
        ActKind::AskIdentity,
        ActKind::AskInfo,
        ActKind::Empathy,
        ActKind::Apology,
        ActKind::Reassurance,
        ActKind::ExplainReason,
        ActKind::Refusal,
        ActKind::OfferAlternative,
        ActKind::Commitment,
        ActKind::Blame,
        ActKind::Dismissive,
        ActKind::Insult,
        ActKind::ProcedureShield,
        ActKind::CalmDown,
        ActKind::Paraphrase,
        ActKind::HoldNotice,
        ActKind::TransferNotice,
        ActKind::Thanks,
        ActKind::Closing,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ActKind::Greeting => "greeting",
            ActKind::SelfIntro => "self_intro",
            ActKind::AskIdentity => "ask_identity",
            ActKind::AskInfo => "ask_info",
            ActKind::Empathy => "empathy",
            ActKind::Apology => "apology",
            ActKind::Reassurance => "reassurance",
            ActKind::ExplainReason => "explain_reason",
            ActKind::Refusal => "refusal",
            ActKind::OfferAlternative => "offer_alternative",
            ActKind::Commitment => "commitment",
            ActKind::Blame => "blame",
            ActKind::Dismissive => "dismissive",
            ActKind::Insult => "insult",
            ActKind::ProcedureShield => "procedure_shield",
            ActKind::CalmDown => "calm_down",
            ActKind::Paraphrase => "paraphrase",
            ActKind::HoldNotice => "hold_notice",
            ActKind::TransferNotice => "transfer_notice",
            ActKind::Thanks => "thanks",
            ActKind::Closing => "closing",
        }
    }

    pub fn from_name(name: &str) -> Option<ActKind> {
        ActKind::ALL.into_iter().find(|a| a.name() == name)
    }
}

impl fmt::Display for ActKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The facts every scenario can use without declaring them. `password` is not a fact a desk
/// asks for; it is heard so that asking for it can be scored as the critical error it is.
pub const BUILTIN_FACTS: [&str; 12] = [
    "tax_number",
    "date_of_birth",
    "employee_number",
    "customer_number",
    "order_number",
    "postcode",
    "address",
    "phone_number",
    "email",
    "full_name",
    "username",
    "password",
];

/// One act heard in a line; `fact` is set for `ask_identity`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Act {
    pub act: ActKind,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fact: Option<String>,
}

impl Act {
    pub fn plain(act: ActKind) -> Act {
        Act { act, fact: None }
    }

    /// `ask_identity:tax_number` or `empathy`: the label used in corpora and conditions.
    pub fn label(&self) -> String {
        match &self.fact {
            Some(fact) => format!("{}:{}", self.act.name(), fact),
            None => self.act.name().to_string(),
        }
    }
}

/// The acts of one pattern group in a lexicon file or a scenario's extension.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ActPatterns {
    #[serde(default)]
    pub patterns: Vec<String>,
    #[serde(default)]
    pub unless: Vec<String>,
}

/// A lexicon file as written (`lexicon/en.json`).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    pub lang: Lang,
    #[serde(default)]
    pub contractions: BTreeMap<String, String>,
    #[serde(default)]
    pub known_words: Vec<String>,
    #[serde(default)]
    pub facts: BTreeMap<String, Vec<String>>,
    /// What links facts in a list ("your postcode and house number"): an ask reaches along it.
    #[serde(default)]
    pub fact_links: Vec<String>,
    #[serde(default)]
    pub acts: BTreeMap<String, ActPatterns>,
    /// How far negation, conditions, quotes and sarcasm reach (see `scope.rs`).
    #[serde(default)]
    pub scope: ScopeFile,
    /// Labelled lines the nearest-example layer learns from (for the shipped lexicons: the
    /// training corpus in `tests/corpus/`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<LabelledLine>,
}

/// What a scenario adds to a language's lexicon: facts of its own and extra patterns.
#[derive(Clone, Debug, Default)]
pub struct Extension {
    pub facts: BTreeMap<String, Vec<String>>,
    pub acts: BTreeMap<String, ActPatterns>,
}

/// A problem in a lexicon or in patterns a scenario adds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("lexicon file is not valid: {0}")]
    Syntax(String),
    #[error("unknown act '{name}'{}", suggestion(.name, ActKind::ALL.iter().map(|a| a.name())))]
    UnknownAct { name: String },
    #[error("pattern '{pattern}' at character {pos}: {message}")]
    Pattern {
        pattern: String,
        pos: usize,
        message: String,
    },
}

fn suggestion<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    match crate::suggest::closest(name, candidates) {
        Some(best) => format!(" (did you mean '{best}'?)"),
        None => String::new(),
    }
}

/// A compiled lexicon: normalisation tables, the vocabulary for typo-mending, the patterns and
/// the scope rules.
#[derive(Debug)]
pub struct Lexicon {
    lang: Lang,
    contractions: HashMap<String, Vec<String>>,
    vocabulary: HashSet<String>,
    /// One-word fact synonyms: the only words that split or spaced-out input is joined into.
    compounds: HashSet<String>,
    /// Vocabulary words of five letters or more, by first letter, for typo-mending.
    mendable: HashMap<char, Vec<String>>,
    /// Each fact with its synonyms.
    facts: Vec<(String, Vec<Pattern>)>,
    /// Every act pattern with its act.
    rules: Vec<(ActKind, Pattern)>,
    unless: HashMap<ActKind, Vec<Pattern>>,
    /// Patterns a scenario added: only the scenario's own `unless` patterns cancel them, so an
    /// author's pattern is never undone by a built-in exception they cannot see.
    own: HashSet<String>,
    /// What links facts in a list: an ask reaches along it.
    links: Vec<Pattern>,
    scope: scope::Scope,
    /// Labelled lines, for the nearest-example layer.
    examples: nearest::Index,
    layers: Layers,
}

/// Which layers hear: both by default; one alone to measure what each contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Layers {
    #[default]
    Both,
    /// The patterns and the scope rules only.
    Rules,
    /// The nearest labelled lines only (fact asks and critical acts still need a pattern).
    Examples,
}

/// How many labelled lines vote on a line's acts.
const NEIGHBOURS: usize = 3;
/// The share of the neighbours' similarity an act needs to be heard from examples alone.
/// (0.3 hears more, 66%/64% exact on the dev sets, but avoids only 84%/81% of traps and adds
/// an act to a third of the exactly labelled holdout lines; see `docs/understanding.md`.)
const VOTE: f32 = 0.5;
/// When the nearest labelled line is at least this similar and no neighbour carries an act that
/// a pattern heard, the pattern was wrong about this kind of line.
const OVERRULE: f32 = 0.6;
/// A trainer's own line at least this similar decides the acts outright.
const TRAINER_SAYS: f32 = 0.9;

/// Acts that only patterns may hear: asking for a fact (which fact matters), the critical
/// insult, which needs evidence a trainer would accept, and acts that are said in set words
/// (greeting, apology, thanks), where neighbours only add noise: lines about a refusal are
/// often apologetic, but "I can't reset it" apologises for nothing.
fn rule_only(act: ActKind) -> bool {
    matches!(
        act,
        ActKind::AskIdentity
            | ActKind::Insult
            | ActKind::Greeting
            | ActKind::Apology
            | ActKind::Thanks
    )
}

pub use scope::Blocked;

/// Why an act was heard, or why a pattern's match did not count.
#[derive(Clone, Debug)]
pub struct Evidence {
    pub act: Act,
    /// The normalised clause it was heard in.
    pub clause: String,
    /// The words the pattern matched.
    pub words: String,
    /// The pattern, as written in the lexicon or the scenario.
    pub pattern: String,
    /// Set when the match did not count, and why.
    pub blocked: Option<Blocked>,
}

/// Everything about how a line was heard: for `understand --explain`.
#[derive(Clone, Debug, Default)]
pub struct Explanation {
    pub normalized: String,
    pub acts: Vec<Act>,
    pub evidence: Vec<Evidence>,
    /// The nearest labelled lines and what they voted.
    pub neighbours: Vec<Neighbour>,
    /// Acts heard from the labelled lines alone, with their share of the vote.
    pub learned: Vec<(ActKind, f32)>,
    /// Acts a pattern heard that the labelled lines overruled.
    pub overruled: Vec<ActKind>,
    /// Set when a trainer's own line decided the acts.
    pub trainer_line: Option<Neighbour>,
    /// Acts cancelled by another act heard in the line (the scope's `overrides`).
    pub cancelled_by: Vec<(ActKind, ActKind)>,
}

/// A normalised clause with what its punctuation said.
struct Words {
    words: Vec<String>,
    pauses: Vec<bool>,
    quoted: Vec<bool>,
}

impl Lexicon {
    /// Compiles a lexicon file and any scenario extensions.
    pub fn compile(file: &LexiconFile, extensions: &[&Extension]) -> Result<Lexicon, LexiconError> {
        let mut facts: BTreeMap<String, Vec<String>> = file.facts.clone();
        let mut acts: BTreeMap<ActKind, ActPatterns> = BTreeMap::new();
        let mut add_acts = |map: &BTreeMap<String, ActPatterns>| -> Result<(), LexiconError> {
            for (name, pats) in map {
                let kind = ActKind::from_name(name)
                    .ok_or_else(|| LexiconError::UnknownAct { name: name.clone() })?;
                let entry = acts.entry(kind).or_default();
                entry.patterns.extend(pats.patterns.iter().cloned());
                entry.unless.extend(pats.unless.iter().cloned());
            }
            Ok(())
        };
        add_acts(&file.acts)?;
        let mut own: HashSet<String> = HashSet::new();
        for ext in extensions {
            add_acts(&ext.acts)?;
            for pats in ext.acts.values() {
                own.extend(pats.patterns.iter().cloned());
                own.extend(pats.unless.iter().cloned());
            }
            for (fact, synonyms) in &ext.facts {
                facts
                    .entry(fact.clone())
                    .or_default()
                    .extend(synonyms.iter().cloned());
            }
        }

        let mut vocabulary: HashSet<String> = HashSet::new();
        let mut compounds: HashSet<String> = HashSet::new();
        let mut fact_patterns = Vec::new();
        for (fact, synonyms) in &facts {
            let mut alts = Vec::new();
            for syn in synonyms {
                let folded = fold(syn);
                if !folded.trim().contains(' ') {
                    compounds.insert(folded.trim().replace(['-', '\''], ""));
                }
                alts.push(word_pattern(syn, false, &mut vocabulary)?);
            }
            if !alts.is_empty() {
                fact_patterns.push((fact.clone(), alts));
            }
        }
        let mut rules = Vec::new();
        let mut unless: HashMap<ActKind, Vec<Pattern>> = HashMap::new();
        for (kind, pats) in &acts {
            for p in &pats.patterns {
                rules.push((*kind, word_pattern(p, true, &mut vocabulary)?));
            }
            for p in &pats.unless {
                unless
                    .entry(*kind)
                    .or_default()
                    .push(word_pattern(p, true, &mut vocabulary)?);
            }
        }
        let links = file
            .fact_links
            .iter()
            .map(|l| Pattern::parse(l, false, &mut vocabulary))
            .collect::<Result<Vec<_>, _>>()?;
        let scope = scope::Scope::compile(&file.scope, &mut vocabulary)?;
        let negators: Vec<String> = file
            .scope
            .negators
            .iter()
            .map(|n| fold(n))
            .filter(|n| !n.contains(' '))
            .collect();

        let mut contractions = HashMap::new();
        for (from, to) in &file.contractions {
            let to: Vec<String> = to.split_whitespace().map(str::to_string).collect();
            for word in &to {
                vocabulary.insert(word.clone());
            }
            contractions.insert(fold(from), to);
        }
        let mut examples = nearest::Index::new(negators, contractions.clone());
        examples.add(file.examples.clone(), false);
        let mut mendable: HashMap<char, Vec<String>> = HashMap::new();
        for word in &vocabulary {
            if word.chars().count() >= 5 && word.chars().all(char::is_alphabetic) {
                let first = word.chars().next().unwrap_or(' ');
                mendable.entry(first).or_default().push(word.clone());
            }
        }
        for words in mendable.values_mut() {
            words.sort();
        }
        for word in &file.known_words {
            vocabulary.insert(fold(word));
        }
        Ok(Lexicon {
            lang: file.lang,
            contractions,
            vocabulary,
            compounds,
            mendable,
            facts: fact_patterns,
            rules,
            unless,
            own,
            links,
            scope,
            examples,
            layers: Layers::Both,
        })
    }

    /// Hears with only some of the layers (for measuring them).
    pub fn set_layers(&mut self, layers: Layers) {
        self.layers = layers;
    }

    /// Adds a trainer's labelled lines (JSON Lines of `{"text", "acts"}`): they take part in
    /// the nearest-example vote, and one nearly identical to a line decides its acts.
    pub fn add_labels(&mut self, jsonl: &str, source: &str) -> Result<usize, LexiconError> {
        let mut lines = parse_lines(jsonl, source).map_err(LexiconError::Syntax)?;
        lines.retain(|l| l.lang.is_none_or(|lang| lang == self.lang));
        for line in &lines {
            for label in &line.acts {
                let name = label.split(':').next().unwrap_or_default();
                if ActKind::from_name(name).is_none() {
                    return Err(LexiconError::UnknownAct { name: name.into() });
                }
            }
        }
        let n = lines.len();
        self.examples.add(lines, true);
        Ok(n)
    }

    /// How many labelled lines the nearest-example layer knows.
    pub fn example_count(&self) -> usize {
        self.examples.len()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The facts this lexicon can hear, in a stable order.
    pub fn fact_ids(&self) -> impl Iterator<Item = &str> {
        self.facts.iter().map(|(id, _)| id.as_str())
    }

    /// The acts heard in `text`, in the order of [`ActKind::ALL`]; one `ask_identity` per fact,
    /// in the order the facts were named.
    pub fn understand(&self, text: &str) -> Vec<Act> {
        self.understand_phrased(text).0
    }

    /// Like [`Lexicon::understand`], and also the normalised clause that carried each act (the
    /// first one, for an act heard twice): how the trainee phrased it, for spotting a phrase
    /// said again in the same words.
    pub fn understand_phrased(&self, text: &str) -> (Vec<Act>, BTreeMap<ActKind, String>) {
        let (acts, phrasing, _) = self.hear(text, None);
        (acts, phrasing)
    }

    /// How `text` was heard: the acts, and for each pattern that matched, whether it counted
    /// and why not.
    pub fn explain(&self, text: &str) -> Explanation {
        let mut explanation = Explanation {
            normalized: self.normalize(text),
            ..Explanation::default()
        };
        let (acts, _, evidence) = self.hear(text, Some(&mut explanation));
        explanation.acts = acts;
        explanation.evidence = evidence;
        explanation
    }

    fn hear(
        &self,
        text: &str,
        mut explanation: Option<&mut Explanation>,
    ) -> (Vec<Act>, BTreeMap<ActKind, String>, Vec<Evidence>) {
        let explain = explanation.is_some();
        let mut phrasing: BTreeMap<ActKind, String> = BTreeMap::new();
        let mut kinds: Vec<ActKind> = Vec::new();
        let mut asked: Vec<(usize, usize, String)> = Vec::new();
        let mut evidence = Vec::new();
        // Acts a pattern matched but the scope or an unless cancelled: the examples may not
        // bring them back.
        let mut cancelled: Vec<ActKind> = Vec::new();
        let normalised = self.clauses(text);
        let clauses: Vec<Clause> = normalised
            .iter()
            .map(|w| self.clause(&w.words, &w.pauses))
            .collect();
        let sarcasm = self.scope.sarcasm(&clauses);
        for (clause_no, (clause, words)) in clauses.iter().zip(&normalised).enumerate() {
            let cs = self.scope.analyse(clause, &words.pauses, &words.quoted);
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
            let text = clause.words.join(" ");
            let mut ask_spans = Vec::new();
            for (kind, pattern) in &self.rules {
                let kind = *kind;
                // A heard act needs no second match unless explaining or asking (each ask
                // span can name other facts).
                if !explain && kind != ActKind::AskIdentity && kinds.contains(&kind) {
                    continue;
                }
                let own = self.own.contains(&pattern.source);
                for span in pattern.spans(clause) {
                    let blocked = unless_spans
                        .get(&kind)
                        .and_then(|spans| {
                            spans.iter().find(|&&(us, ue, p)| {
                                (!own || self.own.contains(p))
                                    && self.scope.reaches(&cs, span, (us, ue))
                            })
                        })
                        .map(|(_, _, p)| Blocked::Unless(p.to_string()))
                        .or_else(|| {
                            self.scope
                                .blocks(&cs, clause, kind, pattern, span, sarcasm.as_ref())
                        });
                    if explain {
                        evidence.push(Evidence {
                            act: Act::plain(kind),
                            clause: text.clone(),
                            words: clause.words[span.0..span.1].join(" "),
                            pattern: pattern.source.clone(),
                            blocked: blocked.clone(),
                        });
                    }
                    if let Some(b) = &blocked {
                        cancelled.push(kind);
                        if matches!(b, Blocked::Negated(_)) {
                            let mut labels = vec![kind.name().to_string()];
                            if kind == ActKind::AskIdentity {
                                labels.extend(
                                    self.facts_in(clause, span)
                                        .into_iter()
                                        .map(|f| format!("ask_identity:{f}")),
                                );
                            }
                            for label in labels {
                                if let Some(to) = self.scope.negated_becomes(&label)
                                    && !kinds.contains(&to)
                                {
                                    kinds.push(to);
                                    phrasing.insert(to, text.clone());
                                }
                            }
                        }
                        continue;
                    }
                    if kind == ActKind::AskIdentity {
                        ask_spans.push(self.reach_along_links(clause, span));
                    } else if !kinds.contains(&kind) {
                        kinds.push(kind);
                        phrasing.insert(kind, text.clone());
                    }
                }
            }
            for (start, end) in ask_spans {
                for (fact_no, (fact, _)) in self.facts.iter().enumerate() {
                    let named = |s: usize| {
                        clause.facts_at[s]
                            .iter()
                            .any(|&(e, f)| f == fact_no && e <= end)
                    };
                    let first =
                        (start..end).find(|&s| named(s) && !self.scope.fact_negated(&cs, fact, s));
                    if first.is_none()
                        && (start..end).any(named)
                        && let Some(to) =
                            self.scope.negated_becomes(&format!("ask_identity:{fact}"))
                        && !kinds.contains(&to)
                    {
                        kinds.push(to);
                        phrasing.insert(to, text.clone());
                    }
                    if let Some(at) = first
                        && !asked.iter().any(|(_, _, f)| f == fact)
                    {
                        asked.push((clause_no, at, fact.clone()));
                    }
                }
            }
        }
        // The nearest labelled lines vote: they add acts no pattern heard, and overrule a
        // pattern's act that none of them carries when they are very like this line.
        for (cancelled, by) in self.scope.overridden(&kinds) {
            kinds.retain(|k| *k != cancelled);
            if let Some(ex) = explanation.as_deref_mut() {
                ex.cancelled_by.push((cancelled, by));
            }
        }
        if self.layers == Layers::Examples {
            kinds.retain(|k| rule_only(*k));
        }
        let neighbours = if self.layers == Layers::Rules {
            Vec::new()
        } else {
            self.examples.nearest(text, NEIGHBOURS)
        };
        if let Some(first) = neighbours
            .first()
            .filter(|n| n.trainer && n.similarity >= TRAINER_SAYS)
        {
            kinds.clear();
            asked.clear();
            for label in &first.acts {
                let (name, fact) = match label.split_once(':') {
                    Some((n, f)) => (n, Some(f)),
                    None => (label.as_str(), None),
                };
                match (ActKind::from_name(name), fact) {
                    (Some(ActKind::AskIdentity), Some(f)) => asked.push((0, asked.len(), f.into())),
                    (Some(kind), None) if kind != ActKind::AskIdentity => kinds.push(kind),
                    _ => {}
                }
            }
            if let Some(ex) = explanation.as_deref_mut() {
                ex.trainer_line = Some(first.clone());
            }
        } else {
            let total: f32 = neighbours.iter().map(|n| n.similarity).sum();
            let mut votes: BTreeMap<ActKind, f32> = BTreeMap::new();
            for n in &neighbours {
                for label in &n.acts {
                    if let Some(kind) = ActKind::from_name(label) {
                        *votes.entry(kind).or_default() += n.similarity;
                    }
                }
            }
            let near = neighbours.first().is_some_and(|n| n.similarity >= OVERRULE);
            let overruled: Vec<ActKind> = kinds
                .iter()
                .copied()
                .filter(|k| near && !rule_only(*k) && !votes.contains_key(k))
                .collect();
            kinds.retain(|k| !overruled.contains(k));
            let mut learned = Vec::new();
            for (kind, vote) in &votes {
                let share = vote / total.max(f32::EPSILON);
                if share >= VOTE
                    && !rule_only(*kind)
                    && !kinds.contains(kind)
                    && (!cancelled.contains(kind) || self.layers != Layers::Both)
                {
                    kinds.push(*kind);
                    phrasing.insert(*kind, self.normalize(text));
                    learned.push((*kind, share));
                }
            }
            if let Some(ex) = explanation.as_deref_mut() {
                ex.learned = learned;
                ex.overruled = overruled;
            }
        }
        if let Some(ex) = explanation {
            ex.neighbours = neighbours;
        }
        kinds.sort();
        asked.sort();
        let mut acts = Vec::new();
        for kind in ActKind::ALL {
            if kind == ActKind::AskIdentity {
                for (_, _, fact) in &asked {
                    acts.push(Act {
                        act: kind,
                        fact: Some(fact.clone()),
                    });
                }
            } else if kinds.contains(&kind) {
                acts.push(Act::plain(kind));
            }
        }
        if explain {
            // Name the facts on ask evidence that counted.
            for ev in &mut evidence {
                if ev.act.act == ActKind::AskIdentity && ev.blocked.is_none() {
                    let named = self.facts_named(&ev.words);
                    ev.act.fact = named.into_iter().next();
                }
            }
        }
        (acts, phrasing, evidence)
    }

    /// The facts named inside a span of a clause.
    fn facts_in(&self, clause: &Clause, (start, end): (usize, usize)) -> Vec<String> {
        self.facts
            .iter()
            .enumerate()
            .filter(|(no, _)| {
                (start..end).any(|s| {
                    clause.facts_at[s]
                        .iter()
                        .any(|&(e, f)| f == *no && e <= end)
                })
            })
            .map(|(_, (fact, _))| fact.clone())
            .collect()
    }

    /// The clause with the facts named in it located.
    fn clause<'a>(&self, words: &'a [String], pauses: &'a [bool]) -> Clause<'a> {
        let mut clause = Clause {
            words,
            pauses,
            facts_at: vec![Vec::new(); words.len() + 1],
        };
        let mut found = Vec::new();
        let mut ends = Vec::new();
        for (fact_no, (_, synonyms)) in self.facts.iter().enumerate() {
            for syn in synonyms {
                for start in 0..words.len() {
                    syn.ends_from(&clause, start, &mut ends);
                    for &end in &ends {
                        found.push((start, end, fact_no));
                    }
                }
            }
        }
        for (start, end, fact_no) in found {
            if !clause.facts_at[start].contains(&(end, fact_no)) {
                clause.facts_at[start].push((end, fact_no));
            }
        }
        clause
    }

    /// An ask span reaches along a list of facts on either side: "order number and postcode
    /// please", "name, address and your date of birth?".
    fn reach_along_links(
        &self,
        clause: &Clause,
        (mut start, mut end): (usize, usize),
    ) -> (usize, usize) {
        let mut ends = Vec::new();
        // After: a link (or nothing), then a fact.
        loop {
            let mut next = None;
            let mut mids = vec![end];
            for l in &self.links {
                l.ends_from(clause, end, &mut ends);
                mids.extend(ends.iter().copied());
            }
            for m in mids {
                if let Some(at) = clause.facts_at.get(m) {
                    for &(e, _) in at {
                        if e > end && next.is_none_or(|n| e > n) {
                            next = Some(e);
                        }
                    }
                }
            }
            match next {
                Some(e) => end = e,
                None => break,
            }
        }
        // Before: a fact, then a link (or nothing), ending where the span starts.
        loop {
            let mut prev = None;
            for s in 0..start {
                for &(fe, _) in &clause.facts_at[s] {
                    let linked = fe == start
                        || self
                            .links
                            .iter()
                            .any(|l| fe < start && l.matches_exactly(clause, fe, start));
                    if fe <= start && linked {
                        prev = Some(prev.map_or(s, |p: usize| p.min(s)));
                    }
                }
            }
            match prev {
                Some(s) if s < start => start = s,
                _ => break,
            }
        }
        (start, end)
    }

    /// The facts named anywhere in `text` (asked for or not), in order of appearance.
    pub fn facts_named(&self, text: &str) -> Vec<String> {
        let words: Vec<String> = self
            .clauses(text)
            .into_iter()
            .flat_map(|c| c.words)
            .collect();
        let pauses = vec![false; words.len()];
        let clause = self.clause(&words, &pauses);
        let mut found: Vec<(usize, String)> = Vec::new();
        for (fact_no, (fact, _)) in self.facts.iter().enumerate() {
            if let Some(at) =
                (0..words.len()).find(|&s| clause.facts_at[s].iter().any(|&(_, f)| f == fact_no))
            {
                found.push((at, fact.clone()));
            }
        }
        found.sort();
        found.into_iter().map(|(_, f)| f).collect()
    }

    /// The line normalised to plain words, as the matcher sees it (clauses joined).
    pub fn normalize(&self, text: &str) -> String {
        self.clauses(text)
            .into_iter()
            .map(|c| c.words.join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Splits a line into clauses of normalised, mended, joined words.
    fn clauses(&self, text: &str) -> Vec<Words> {
        let mut clauses = Vec::new();
        for raw in split_clauses(&fold(text)) {
            let mut words: Vec<Token> = Vec::new();
            for token in raw {
                let expand = |to: &Vec<String>, words: &mut Vec<Token>| {
                    for (i, w) in to.iter().enumerate() {
                        words.push(Token {
                            text: w.clone(),
                            pause: token.pause && i == 0,
                            quoted: token.quoted,
                        });
                    }
                };
                if token.text == "?" {
                    words.push(token);
                    continue;
                }
                if let Some(expansion) = self.contractions.get(&token.text) {
                    expand(expansion, &mut words);
                    continue;
                }
                let bare = strip_apostrophes(&token.text);
                if bare.is_empty() {
                    continue;
                }
                if let Some(expansion) = self.contractions.get(&bare) {
                    expand(expansion, &mut words);
                    continue;
                }
                let text = if bare.contains('*') {
                    text::SWEARWORD.to_string()
                } else {
                    self.mend(bare)
                };
                words.push(Token { text, ..token });
            }
            let words = self.join_compounds(words);
            if !words.is_empty() {
                clauses.push(Words {
                    pauses: words.iter().map(|t| t.pause).collect(),
                    quoted: words.iter().map(|t| t.quoted).collect(),
                    words: words.into_iter().map(|t| t.text).collect(),
                });
            }
        }
        clauses
    }

    /// Reads an unknown word as the one vocabulary word it is a typo of, if there is exactly one.
    fn mend(&self, word: String) -> String {
        let len = word.chars().count();
        if len < 5 || self.vocabulary.contains(&word) || !word.chars().all(char::is_alphabetic) {
            return word;
        }
        let max = if len >= 8 { 2 } else { 1 };
        let first = word.chars().next().unwrap_or(' ');
        let Some(candidates) = self.mendable.get(&first) else {
            return word;
        };
        let mut best: Option<(&String, usize)> = None;
        let mut tie = false;
        for cand in candidates {
            let clen = cand.chars().count();
            if clen.abs_diff(len) > max {
                continue;
            }
            let d = strsim::osa_distance(&word, cand);
            if d > max {
                continue;
            }
            match best {
                Some((_, bd)) if d > bd => {}
                Some((_, bd)) if d == bd => tie = true,
                _ => {
                    best = Some((cand, d));
                    tie = false;
                }
            }
        }
        match best {
            Some((cand, _)) if !tie => cand.clone(),
            _ => word,
        }
    }

    /// Joins two or three neighbouring words whose joined form is a one-word fact synonym
    /// (`belasting nummer` → `belastingnummer`); joining into any word would wreck phrases
    /// such as "call me an idiot" ("mean").
    fn join_compounds(&self, words: Vec<Token>) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::with_capacity(words.len());
        let mut i = 0;
        'next: while i < words.len() {
            for width in [3, 2] {
                let Some(parts) = words.get(i..i + width) else {
                    continue;
                };
                if parts.iter().any(|w| w.text == "?") {
                    continue;
                }
                let candidate: String = parts.iter().map(|t| t.text.as_str()).collect();
                if self.compounds.contains(&candidate) {
                    out.push(Token {
                        text: candidate,
                        pause: parts[0].pause,
                        quoted: parts.iter().any(|t| t.quoted),
                    });
                    i += width;
                    continue 'next;
                }
            }
            out.push(words[i].clone());
            i += 1;
        }
        out
    }
}

/// An act, unless or fact pattern: it must take at least one word.
fn word_pattern(
    source: &str,
    allow_fact: bool,
    vocabulary: &mut HashSet<String>,
) -> Result<Pattern, LexiconError> {
    let p = Pattern::parse(source, allow_fact, vocabulary)?;
    if !p.consumes() {
        return Err(LexiconError::Pattern {
            pattern: source.to_string(),
            pos: 1,
            message: "a pattern needs at least one word that is not optional".into(),
        });
    }
    Ok(p)
}

/// Checks one pattern on its own; on error, the message and the 0-based character offset.
pub fn check_pattern(pattern: &str) -> Result<(), (String, Option<usize>)> {
    let mut vocabulary = HashSet::new();
    match word_pattern(pattern, true, &mut vocabulary) {
        Ok(_) => Ok(()),
        Err(LexiconError::Pattern { pos, message, .. }) => {
            Err((message, Some(pos.saturating_sub(1))))
        }
        Err(e) => Err((e.to_string(), None)),
    }
}

/// The lexicon file shipped for a language, parsed, with the labelled lines it learns from.
pub fn builtin(lang: Lang) -> Result<LexiconFile, LexiconError> {
    let mut file = parse_file(builtin_file(lang))?;
    for (name, text) in builtin_examples(lang) {
        file.examples.extend(
            parse_lines(text, name).map_err(|e| LexiconError::Syntax(format!("{name}: {e}")))?,
        );
    }
    Ok(file)
}

/// The labelled lines shipped in the binary: the training corpus. The dev sets in
/// `tests/corpus/dev/` are kept out, to check the learned layer on lines it has not seen.
pub fn builtin_examples(lang: Lang) -> [(&'static str, &'static str); 2] {
    match lang {
        Lang::En => [
            ("corpus/en", include_str!("../../tests/corpus/en.jsonl")),
            (
                "corpus/train/en",
                include_str!("../../tests/corpus/train/en.jsonl"),
            ),
        ],
        Lang::Nl => [
            ("corpus/nl", include_str!("../../tests/corpus/nl.jsonl")),
            (
                "corpus/train/nl",
                include_str!("../../tests/corpus/train/nl.jsonl"),
            ),
        ],
    }
}

/// The lexicon files shipped in the binary.
pub fn builtin_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../lexicon/en.json"),
        Lang::Nl => include_str!("../../lexicon/nl.json"),
    }
}

/// Parses a lexicon file's text.
pub fn parse_file(text: &str) -> Result<LexiconFile, LexiconError> {
    serde_json::from_str(text).map_err(|e| LexiconError::Syntax(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(json: &str) -> Lexicon {
        Lexicon::compile(&parse_file(json).unwrap(), &[]).unwrap()
    }

    const MINI: &str = r#"{
        "lang": "en",
        "contractions": {"can't": "can not", "i'm": "i am", "'k": "ik"},
        "facts": {"tax_number": ["tax number", "taxnumber"], "postcode": ["postcode", "zip"]},
        "acts": {
            "ask_identity": {"patterns": ["<fact> ?", "(need|have) ... <fact>"]},
            "refusal": {"patterns": ["can not (reset|do)"]},
            "commitment": {"patterns": ["i [will] reset"]},
            "insult": {"patterns": ["stupid"], "unless": ["not [a|that] stupid"]},
            "apology": {"patterns": ["apolog*", "sorry"]}
        }
    }"#;

    fn labels(lex: &Lexicon, text: &str) -> Vec<String> {
        lex.understand(text).iter().map(Act::label).collect()
    }

    #[test]
    fn negation_and_traps() {
        let lex = lexicon(MINI);
        assert_eq!(labels(&lex, "I can't reset it"), ["refusal"]);
        assert_eq!(labels(&lex, "I will reset it"), ["commitment"]);
        assert_eq!(
            labels(&lex, "That's not a stupid question!"),
            Vec::<String>::new()
        );
        assert_eq!(labels(&lex, "stupid"), ["insult"]);
    }

    #[test]
    fn facts_in_order_and_compounds() {
        let lex = lexicon(MINI);
        assert_eq!(
            labels(&lex, "I need your zip and tax-number"),
            ["ask_identity:postcode", "ask_identity:tax_number"]
        );
        assert_eq!(labels(&lex, "TAX NUMER?"), ["ask_identity:tax_number"]);
        assert_eq!(labels(&lex, "Apologies, sorry"), ["apology"]);
    }

    #[test]
    fn bad_patterns_say_where() {
        let file = parse_file(r#"{"lang":"en","acts":{"apology":{"patterns":["(sorry|excuse"]}}}"#)
            .unwrap();
        let err = Lexicon::compile(&file, &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "pattern '(sorry|excuse' at character 14: missing ')'"
        );
        let file = parse_file(r#"{"lang":"en","acts":{"apollogy":{"patterns":["x"]}}}"#).unwrap();
        assert_eq!(
            Lexicon::compile(&file, &[]).unwrap_err().to_string(),
            "unknown act 'apollogy' (did you mean 'apology'?)"
        );
    }
}
