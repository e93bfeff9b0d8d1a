//! Understanding trainee speech: turning a typed line into acts.
//!
//! This module owns the lexicon format (`lexicon/*.json`), the small pattern language trainers
//! write in it, normalisation of sloppy typing, and the matcher. It knows nothing of calls or
//! scoring: it takes a line and returns the acts it hears. See `docs/understanding.md`.

use crate::lang::Lang;
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

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

const MAX_PATTERN_CHARS: usize = 2000;
const REGEX_SIZE_LIMIT: usize = 1 << 22;
/// The lazy DFA's cache: with hundreds of patterns in one set, the default is too small and
/// matching falls back to a far slower engine.
const DFA_CACHE: usize = 32 << 20;
const GAP: &str = r"(?:\S+ ){0,4}";

/// A compiled lexicon: normalisation tables, the vocabulary for typo-mending, and the matcher.
#[derive(Debug)]
pub struct Lexicon {
    lang: Lang,
    contractions: HashMap<String, Vec<String>>,
    vocabulary: HashSet<String>,
    /// One-word fact synonyms: the only words that split or spaced-out input is joined into.
    compounds: HashSet<String>,
    /// Vocabulary words of five letters or more, by first letter, for typo-mending.
    mendable: HashMap<char, Vec<String>>,
    facts: Vec<(String, Regex)>,
    set: RegexSet,
    /// For each pattern in `set`, the act it belongs to.
    owners: Vec<ActKind>,
    unless: HashMap<ActKind, Regex>,
    /// The `ask_identity` patterns one by one: a fact is asked for only inside their matches.
    ask: Vec<Regex>,
    /// A fact and a link just before a span, and a link and a fact just after it.
    link_before: Option<Regex>,
    link_after: Option<Regex>,
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
        for ext in extensions {
            add_acts(&ext.acts)?;
            for (fact, synonyms) in &ext.facts {
                facts
                    .entry(fact.clone())
                    .or_default()
                    .extend(synonyms.iter().cloned());
            }
        }

        let mut vocabulary: HashSet<String> = HashSet::new();
        let mut compounds: HashSet<String> = HashSet::new();
        let mut fact_regexes = Vec::new();
        let mut all_synonyms = Vec::new();
        for (fact, synonyms) in &facts {
            let mut alts = Vec::new();
            for syn in synonyms {
                let folded = fold(syn);
                if !folded.trim().contains(' ') {
                    compounds.insert(folded.trim().replace(['-', '\''], ""));
                }
                let compiled = compile_pattern(syn, "", &mut vocabulary)?;
                alts.push(compiled);
            }
            if alts.is_empty() {
                continue;
            }
            // Longest first, so that "tax number" wins over "tax".
            alts.sort_by_key(|a| std::cmp::Reverse(a.len()));
            all_synonyms.extend(alts.iter().cloned());
            let re = build_regex(&format!(" (?:{})", alts.join("|")), syn_display(synonyms))?;
            fact_regexes.push((fact.clone(), re));
        }
        all_synonyms.sort_by_key(|a| std::cmp::Reverse(a.len()));
        let any_fact = format!("(?:{})", all_synonyms.join("|"));

        let mut sources = Vec::new();
        let mut ask = Vec::new();
        let mut owners = Vec::new();
        let mut unless = HashMap::new();
        for (kind, pats) in &acts {
            for p in &pats.patterns {
                let source = format!(" {}", compile_pattern(p, &any_fact, &mut vocabulary)?);
                if *kind == ActKind::AskIdentity {
                    ask.push(build_regex(&source, p.clone())?);
                }
                sources.push(source);
                owners.push(*kind);
            }
            if !pats.unless.is_empty() {
                let mut alts = Vec::new();
                for p in &pats.unless {
                    alts.push(compile_pattern(p, &any_fact, &mut vocabulary)?);
                }
                let re = build_regex(&format!(" (?:{})", alts.join("|")), pats.unless.join(" | "))?;
                unless.insert(*kind, re);
            }
        }
        let (link_before, link_after) = if file.fact_links.is_empty() || all_synonyms.is_empty() {
            (None, None)
        } else {
            let mut links = Vec::new();
            for l in &file.fact_links {
                links.push(compile_pattern(l, "", &mut vocabulary)?);
            }
            let links = format!("(?:{}|)", links.join("|"));
            (
                Some(build_regex(
                    &format!(" {any_fact}{links}$"),
                    "fact_links".into(),
                )?),
                Some(build_regex(
                    &format!("^ {links}{any_fact}"),
                    "fact_links".into(),
                )?),
            )
        };
        let set = RegexSetBuilder::new(&sources)
            .unicode(false)
            .size_limit(REGEX_SIZE_LIMIT * 8)
            .dfa_size_limit(DFA_CACHE)
            .build()
            .map_err(|e| LexiconError::Pattern {
                pattern: "(all patterns together)".into(),
                pos: 0,
                message: e.to_string(),
            })?;

        let mut contractions = HashMap::new();
        for (from, to) in &file.contractions {
            let to: Vec<String> = to.split_whitespace().map(str::to_string).collect();
            for word in &to {
                vocabulary.insert(word.clone());
            }
            contractions.insert(fold(from), to);
        }
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
            ask,
            link_before,
            link_after,
            facts: fact_regexes,
            set,
            owners,
            unless,
        })
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
        let mut phrasing: BTreeMap<ActKind, String> = BTreeMap::new();
        let mut kinds: Vec<ActKind> = Vec::new();
        let mut asked: Vec<(usize, usize, String)> = Vec::new();
        for (clause_no, clause) in self.clauses(text).iter().enumerate() {
            let hay = format!(" {} ", clause.join(" "));
            let mut here: Vec<ActKind> = self
                .set
                .matches(hay.as_bytes())
                .into_iter()
                .map(|i| self.owners[i])
                .collect();
            here.sort();
            here.dedup();
            for kind in here {
                if self
                    .unless
                    .get(&kind)
                    .is_some_and(|re| re.is_match(hay.as_bytes()))
                {
                    continue;
                }
                if kind == ActKind::AskIdentity {
                    for (start, end) in self.ask_spans(&hay) {
                        let span = &hay.as_bytes()[start..end];
                        for (fact, re) in &self.facts {
                            if let Some(m) = re.find(span)
                                && !asked.iter().any(|(_, _, f)| f == fact)
                            {
                                asked.push((clause_no, start + m.start(), fact.clone()));
                            }
                        }
                    }
                } else if !kinds.contains(&kind) {
                    kinds.push(kind);
                    phrasing.insert(kind, hay.trim().to_string());
                }
            }
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
        (acts, phrasing)
    }

    /// Where the `ask_identity` patterns match in a clause (with their leading space).
    fn ask_spans(&self, hay: &str) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        for re in &self.ask {
            let mut at = 0;
            while let Some(m) = re.find_at(hay.as_bytes(), at) {
                let (mut start, mut end) = (m.start(), m.end());
                // Reach along a list of facts on either side: "order number and postcode please".
                while let Some(after) = self
                    .link_after
                    .as_ref()
                    .and_then(|re| re.find(&hay.as_bytes()[end - 1..]))
                {
                    end = end - 1 + after.end();
                }
                while let Some(before) = self
                    .link_before
                    .as_ref()
                    .and_then(|re| re.find(&hay.as_bytes()[..start + 1]))
                {
                    if before.start() >= start {
                        break;
                    }
                    start = before.start();
                }
                spans.push((start, end));
                // Matches share their boundary spaces: look again from the last space.
                at = m.end().saturating_sub(1).max(m.start() + 1);
            }
        }
        spans
    }

    /// The facts named anywhere in `text` (asked for or not), in order of appearance.
    pub fn facts_named(&self, text: &str) -> Vec<String> {
        let hay = format!(" {} ", self.normalize(text));
        let mut found: Vec<(usize, String)> = self
            .facts
            .iter()
            .filter_map(|(fact, re)| re.find(hay.as_bytes()).map(|m| (m.start(), fact.clone())))
            .collect();
        found.sort();
        found.into_iter().map(|(_, f)| f).collect()
    }

    /// The line normalised to plain words, as the matcher sees it (clauses joined).
    pub fn normalize(&self, text: &str) -> String {
        self.clauses(text)
            .into_iter()
            .map(|c| c.join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Splits a line into clauses of normalised, mended, joined words.
    fn clauses(&self, text: &str) -> Vec<Vec<String>> {
        let mut clauses = Vec::new();
        for raw in split_clauses(&fold(text)) {
            let mut words = Vec::new();
            for token in raw {
                if token == "?" {
                    words.push(token);
                    continue;
                }
                if let Some(expansion) = self.contractions.get(&token) {
                    words.extend(expansion.iter().cloned());
                    continue;
                }
                let bare = strip_apostrophes(&token);
                if bare.is_empty() {
                    continue;
                }
                if let Some(expansion) = self.contractions.get(&bare) {
                    words.extend(expansion.iter().cloned());
                    continue;
                }
                words.push(self.mend(bare));
            }
            let words = self.join_compounds(words);
            if !words.is_empty() {
                clauses.push(words);
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
    fn join_compounds(&self, words: Vec<String>) -> Vec<String> {
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        let mut i = 0;
        'next: while i < words.len() {
            for width in [3, 2] {
                let Some(parts) = words.get(i..i + width) else {
                    continue;
                };
                if parts.iter().any(|w| w == "?") {
                    continue;
                }
                let candidate: String = parts.concat();
                if self.compounds.contains(&candidate) {
                    out.push(candidate);
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

fn syn_display(synonyms: &[String]) -> String {
    synonyms.join(" | ")
}

fn build_regex(source: &str, shown: String) -> Result<Regex, LexiconError> {
    RegexBuilder::new(source)
        .unicode(false)
        .size_limit(REGEX_SIZE_LIMIT)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .map_err(|e| LexiconError::Pattern {
            pattern: shown,
            pos: 0,
            message: e.to_string(),
        })
}

/// Lower case, accents removed, typographic quotes and dashes made plain.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '`' | '\u{b4}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

fn strip_apostrophes(token: &str) -> String {
    let t = token.trim_matches('\'');
    let t = t.strip_suffix("'s").unwrap_or(t);
    t.replace('\'', "")
}

/// Splits folded text into clauses of raw tokens. `?` is kept as a token and ends its clause.
fn split_clauses(text: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut clauses = Vec::new();
    let mut clause = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, clause: &mut Vec<String>| {
        if !word.is_empty() {
            clause.push(std::mem::take(word));
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if c.is_alphanumeric() {
            word.push(c);
        } else if c == '\'' && (next.is_alphanumeric() || word.chars().all(char::is_alphabetic)) {
            // Apostrophes inside or at the edge of a word belong to it ('k, da's, can't).
            if next.is_alphanumeric() || !word.is_empty() {
                word.push(c);
            }
        } else if matches!(c, '-' | '.') && prev.is_alphanumeric() && next.is_alphanumeric() {
            // A hyphen or dot inside a word joins it: belasting-nummer, e-mail, d.o.b, 12.05.1980.
        } else if c == '?' {
            flush(&mut word, &mut clause);
            clause.push("?".into());
            clauses.push(std::mem::take(&mut clause));
        } else if matches!(c, '!' | ';' | '\n' | '.') {
            flush(&mut word, &mut clause);
            if !clause.is_empty() {
                clauses.push(std::mem::take(&mut clause));
            }
        } else {
            flush(&mut word, &mut clause);
        }
    }
    flush(&mut word, &mut clause);
    if !clause.is_empty() {
        clauses.push(clause);
    }
    clauses
}

/// Compiles one pattern of the pattern language into a regex fragment in which every word is
/// followed by one space. `any_fact` is what `<fact>` stands for.
fn compile_pattern(
    pattern: &str,
    any_fact: &str,
    vocabulary: &mut HashSet<String>,
) -> Result<String, LexiconError> {
    if pattern.chars().count() > MAX_PATTERN_CHARS {
        return Err(LexiconError::Pattern {
            pattern: pattern.into(),
            pos: MAX_PATTERN_CHARS,
            message: format!("a pattern may be at most {MAX_PATTERN_CHARS} characters"),
        });
    }
    let folded = fold(pattern);
    let mut parser = PatternParser {
        chars: folded.chars().collect(),
        pos: 0,
        pattern,
        any_fact,
        vocabulary,
        depth: 0,
    };
    let out = parser.sequence(None)?;
    if parser.pos < parser.chars.len() {
        return Err(parser.error(format!("unexpected '{}'", parser.chars[parser.pos])));
    }
    if out.is_empty() {
        return Err(parser.error("a pattern needs at least one word".into()));
    }
    Ok(out)
}

struct PatternParser<'a> {
    chars: Vec<char>,
    pos: usize,
    pattern: &'a str,
    any_fact: &'a str,
    vocabulary: &'a mut HashSet<String>,
    depth: usize,
}

impl PatternParser<'_> {
    fn error(&self, message: String) -> LexiconError {
        LexiconError::Pattern {
            pattern: self.pattern.to_string(),
            pos: self.pos + 1,
            message,
        }
    }

    /// A sequence up to `close` (or the end): returns its regex.
    fn sequence(&mut self, close: Option<char>) -> Result<String, LexiconError> {
        let mut out = String::new();
        loop {
            while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
                self.pos += 1;
            }
            let Some(&c) = self.chars.get(self.pos) else {
                if let Some(close) = close {
                    return Err(self.error(format!("missing '{close}'")));
                }
                return Ok(out);
            };
            match c {
                '|' | ')' | ']' => {
                    if close.is_none() {
                        return Err(self.error(format!("unexpected '{c}'")));
                    }
                    return Ok(out);
                }
                '(' | '[' => {
                    self.depth += 1;
                    if self.depth > 4 {
                        return Err(self.error("groups may nest at most 4 deep".into()));
                    }
                    let closing = if c == '(' { ')' } else { ']' };
                    self.pos += 1;
                    let mut alts = vec![self.sequence(Some(closing))?];
                    while self.chars.get(self.pos) == Some(&'|') {
                        self.pos += 1;
                        alts.push(self.sequence(Some(closing))?);
                    }
                    if self.chars.get(self.pos) != Some(&closing) {
                        return Err(self.error(format!("expected '{closing}'")));
                    }
                    self.pos += 1;
                    self.depth -= 1;
                    out.push_str(&format!("(?:{})", alts.join("|")));
                    if closing == ']' {
                        out.push('?');
                    }
                }
                '?' => {
                    self.pos += 1;
                    out.push_str(r"\? ");
                }
                '.' => {
                    if self.chars[self.pos..].starts_with(&['.', '.', '.']) {
                        self.pos += 3;
                        out.push_str(GAP);
                    } else {
                        return Err(self.error("a lone '.'; write '...' for a gap".into()));
                    }
                }
                '<' => {
                    let rest: String = self.chars[self.pos..].iter().collect();
                    if rest.starts_with("<fact>") {
                        self.pos += "<fact>".len();
                        if self.any_fact.is_empty() {
                            return Err(self.error("<fact> cannot be used here".into()));
                        }
                        out.push_str(self.any_fact);
                    } else {
                        return Err(self.error("expected '<fact>'".into()));
                    }
                }
                _ => {
                    let start = self.pos;
                    let mut word = String::new();
                    while let Some(&c) = self.chars.get(self.pos) {
                        if c.is_alphanumeric() || c == '\'' || c == '-' {
                            if c.is_alphanumeric() {
                                word.push(c);
                            }
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                    let prefix = self.chars.get(self.pos) == Some(&'*');
                    if prefix {
                        self.pos += 1;
                    }
                    if word.is_empty() {
                        self.pos = start;
                        return Err(self.error(format!("unexpected '{c}'")));
                    }
                    self.vocabulary.insert(word.clone());
                    out.push_str(&regex::escape(&word));
                    out.push_str(if prefix { r"\S* " } else { " " });
                }
            }
        }
    }
}

/// Checks one pattern on its own; on error, the message and the 0-based character offset.
pub fn check_pattern(pattern: &str) -> Result<(), (String, Option<usize>)> {
    let mut vocabulary = HashSet::new();
    match compile_pattern(pattern, "(?:x )", &mut vocabulary) {
        Ok(_) => Ok(()),
        Err(LexiconError::Pattern { pos, message, .. }) => {
            Err((message, Some(pos.saturating_sub(1))))
        }
        Err(e) => Err((e.to_string(), None)),
    }
}

/// The lexicon file shipped for a language, parsed.
pub fn builtin(lang: Lang) -> Result<LexiconFile, LexiconError> {
    parse_file(builtin_file(lang))
}

/// The lexicon files shipped in the binary.
pub fn builtin_file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../lexicon/en.json"),
        Lang::Nl => include_str!("../lexicon/nl.json"),
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

    #[test]
    fn clauses_split_on_sentence_ends_but_not_dates() {
        assert_eq!(
            split_clauses("born 12.05.1980. ok? yes"),
            vec![vec!["born", "12051980"], vec!["ok", "?"], vec!["yes"]]
        );
    }
}
