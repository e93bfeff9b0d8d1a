//! The pattern language trainers write in a lexicon (see `docs/understanding.md`), parsed into a
//! small tree and matched word by word against a clause. No regular expressions: a lexicon of a
//! thousand patterns parses in well under a millisecond, so nothing is compiled ahead of time.

use super::{LexiconError, fold};
use std::collections::HashSet;

const MAX_PATTERN_CHARS: usize = 2000;
/// The most words a `...` gap skips.
pub(crate) const GAP: usize = 4;

#[derive(Clone, Debug)]
pub(crate) enum Node {
    Word(Box<str>),
    Prefix(Box<str>),
    /// `*ing`: a word ending so (at least two letters before the ending).
    Suffix(Box<str>),
    /// One of the alternatives; `optional` also allows none.
    Alt {
        alts: Vec<Vec<Node>>,
        optional: bool,
    },
    Gap,
    /// `!(a|b)`: none of the alternatives follows here (takes no word).
    Not(Vec<Vec<Node>>),
    Question,
    Fact,
    /// `<name>`: a first name from the lexicon's `names` ("this is <name>").
    Name,
    /// `^`: the start of the clause or of a part after a pause (a comma, a colon).
    Start,
    /// `$`: the end of the clause or of a part before a pause.
    End,
}

/// One parsed pattern and the text it was written as.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub source: String,
    nodes: Vec<Node>,
    /// The exact words a match can start with, when that set is known and small: a clause
    /// without any of them is skipped without walking the pattern.
    first: Option<Vec<Box<str>>>,
}

/// A clause as the matcher sees it: its words, and where each fact is named in it.
pub(crate) struct Clause<'a> {
    pub words: &'a [String],
    /// For each word, whether a pause (a comma, a colon) comes before it.
    pub pauses: &'a [bool],
    /// For each word position, the facts named from there: (end, fact index).
    pub facts_at: Vec<Vec<(usize, usize)>>,
    /// For each word position, whether the word is a first name (the lexicon's `names`).
    pub names: Vec<bool>,
}

impl Pattern {
    pub fn parse(
        pattern: &str,
        allow_fact: bool,
        vocabulary: &mut HashSet<String>,
    ) -> Result<Pattern, LexiconError> {
        if pattern.chars().count() > MAX_PATTERN_CHARS {
            return Err(LexiconError::Pattern {
                pattern: pattern.into(),
                pos: MAX_PATTERN_CHARS,
                message: format!("a pattern may be at most {MAX_PATTERN_CHARS} characters"),
            });
        }
        let folded = fold(pattern);
        let mut parser = Parser {
            chars: folded.chars().collect(),
            pos: 0,
            pattern,
            allow_fact,
            vocabulary,
            depth: 0,
        };
        let nodes = parser.sequence(None)?;
        if parser.pos < parser.chars.len() {
            return Err(parser.error(format!("unexpected '{}'", parser.chars[parser.pos])));
        }
        if nodes.is_empty() {
            return Err(parser.error("a pattern needs at least one word".into()));
        }
        let first = first_words(&nodes);
        Ok(Pattern {
            source: pattern.to_string(),
            nodes,
            first,
        })
    }

    /// The exact words the pattern names anywhere.
    pub fn words(&self) -> Vec<String> {
        fn collect(nodes: &[Node], out: &mut Vec<String>) {
            for n in nodes {
                match n {
                    Node::Word(w) => out.push(w.to_string()),
                    Node::Alt { alts, .. } => alts.iter().for_each(|a| collect(a, out)),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        collect(&self.nodes, &mut out);
        out
    }

    /// Whether every match takes at least one word.
    pub fn consumes(&self) -> bool {
        can_consume(&self.nodes)
    }

    /// Every end of a match that starts at word `start`, in increasing order.
    pub fn ends_from(&self, clause: &Clause, start: usize, out: &mut Vec<usize>) {
        out.clear();
        if let Some(first) = &self.first {
            match clause.words.get(start) {
                Some(w) if first.iter().any(|f| **f == **w) => {}
                _ => return,
            }
        }
        walk(&self.nodes, start, clause, &mut |end| {
            if end > start && !out.contains(&end) {
                out.push(end);
            }
        });
        out.sort_unstable();
    }

    /// Every match in the clause as (start, longest end), by start.
    pub fn spans(&self, clause: &Clause) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut ends = Vec::new();
        for start in 0..clause.words.len() {
            self.ends_from(clause, start, &mut ends);
            if let Some(&end) = ends.last() {
                spans.push((start, end));
            }
        }
        spans
    }

    /// Whether the words are exactly one match of the pattern from start to end.
    pub fn matches_exactly(&self, clause: &Clause, start: usize, end: usize) -> bool {
        let mut ends = Vec::new();
        self.ends_from(clause, start, &mut ends);
        ends.contains(&end)
    }
}

/// Calls `done` with each position where `nodes` can end when started at `pos`.
fn walk(nodes: &[Node], pos: usize, clause: &Clause, done: &mut dyn FnMut(usize)) {
    let Some((node, rest)) = nodes.split_first() else {
        done(pos);
        return;
    };
    let words = clause.words;
    match node {
        Node::Word(w) => {
            if words.get(pos).is_some_and(|t| **t == **w) {
                walk(rest, pos + 1, clause, done);
            }
        }
        Node::Prefix(p) => {
            if words
                .get(pos)
                .is_some_and(|t| t.starts_with(&**p) && t != "?")
            {
                walk(rest, pos + 1, clause, done);
            }
        }
        Node::Suffix(x) => {
            if words
                .get(pos)
                .is_some_and(|t| t.ends_with(&**x) && t.len() >= x.len() + 2)
            {
                walk(rest, pos + 1, clause, done);
            }
        }
        Node::Question => {
            if words.get(pos).is_some_and(|t| t == "?") {
                walk(rest, pos + 1, clause, done);
            }
        }
        Node::Start => {
            if pos == 0 || clause.pauses.get(pos).copied().unwrap_or(false) {
                walk(rest, pos, clause, done);
            }
        }
        Node::End => {
            if pos == words.len()
                || clause.pauses.get(pos).copied().unwrap_or(false)
                || words[pos] == "?"
            {
                walk(rest, pos, clause, done);
            }
        }
        Node::Gap => {
            for skip in 0..=GAP {
                if pos + skip > words.len() {
                    break;
                }
                walk(rest, pos + skip, clause, done);
            }
        }
        Node::Name => {
            if clause.names.get(pos).copied().unwrap_or(false) {
                walk(rest, pos + 1, clause, done);
            }
        }
        Node::Fact => {
            if let Some(at) = clause.facts_at.get(pos) {
                let mut ends: Vec<usize> = at.iter().map(|(e, _)| *e).collect();
                ends.sort_unstable();
                ends.dedup();
                for end in ends {
                    walk(rest, end, clause, done);
                }
            }
        }
        Node::Not(alts) => {
            let mut found = false;
            for alt in alts {
                walk(alt, pos, clause, &mut |_| found = true);
            }
            if !found {
                walk(rest, pos, clause, done);
            }
        }
        Node::Alt { alts, optional } => {
            let mut mids: Vec<usize> = Vec::new();
            if *optional {
                mids.push(pos);
            }
            for alt in alts {
                walk(alt, pos, clause, &mut |m| {
                    if !mids.contains(&m) {
                        mids.push(m);
                    }
                });
            }
            for m in mids {
                walk(rest, m, clause, done);
            }
        }
    }
}

/// Whether a sequence must consume at least one word (a pattern of only `[x]` or `...` would
/// match everywhere).
fn can_consume(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| match n {
        Node::Word(_)
        | Node::Prefix(_)
        | Node::Suffix(_)
        | Node::Question
        | Node::Fact
        | Node::Name => true,
        Node::Gap | Node::Start | Node::End | Node::Not(_) => false,
        Node::Alt { alts, optional } => !optional && alts.iter().all(|a| can_consume(a)),
    })
}

/// The exact words a match can start with, if they are all exact words.
fn first_words(nodes: &[Node]) -> Option<Vec<Box<str>>> {
    let mut out = Vec::new();
    collect_first(nodes, &[], &mut out).then_some(out)
}

/// Adds the words `seq` followed by the sequences of `rest` can start with; false when a start
/// is not an exact word.
fn collect_first(seq: &[Node], rest: &[&[Node]], out: &mut Vec<Box<str>>) -> bool {
    match seq.first() {
        None => match rest.split_first() {
            Some((next, more)) => collect_first(next, more, out),
            None => false,
        },
        Some(Node::Word(w)) => {
            out.push(w.clone());
            true
        }
        Some(Node::Question) => {
            out.push("?".into());
            true
        }
        Some(Node::Alt { alts, optional }) => {
            // The match may also start after the group.
            if *optional && !collect_first(&seq[1..], rest, out) {
                return false;
            }
            let mut after: Vec<&[Node]> = Vec::with_capacity(rest.len() + 1);
            after.push(&seq[1..]);
            after.extend_from_slice(rest);
            alts.iter().all(|alt| collect_first(alt, &after, out))
        }
        Some(_) => false,
    }
}

struct Parser<'a> {
    chars: Vec<char>,
    pos: usize,
    pattern: &'a str,
    allow_fact: bool,
    vocabulary: &'a mut HashSet<String>,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, message: String) -> LexiconError {
        LexiconError::Pattern {
            pattern: self.pattern.to_string(),
            pos: self.pos + 1,
            message,
        }
    }

    /// The alternatives of a group whose opening bracket is at the current position.
    fn group(&mut self, closing: char) -> Result<Vec<Vec<Node>>, LexiconError> {
        self.depth += 1;
        if self.depth > 4 {
            return Err(self.error("groups may nest at most 4 deep".into()));
        }
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
        Ok(alts)
    }

    fn sequence(&mut self, close: Option<char>) -> Result<Vec<Node>, LexiconError> {
        let mut out = Vec::new();
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
                    let closing = if c == '(' { ')' } else { ']' };
                    let mut alts = self.group(closing)?;
                    // An empty alternative makes the group optional: `(a|)`.
                    let optional = closing == ']' || alts.iter().any(Vec::is_empty);
                    alts.retain(|a| !a.is_empty());
                    if !alts.is_empty() {
                        out.push(Node::Alt { alts, optional });
                    }
                }
                '!' => {
                    self.pos += 1;
                    if self.chars.get(self.pos) != Some(&'(') {
                        return Err(self.error("expected '(' after '!'".into()));
                    }
                    let mut alts = self.group(')')?;
                    alts.retain(|a| !a.is_empty());
                    if alts.is_empty() {
                        return Err(self.error("'!(…)' needs a word to rule out".into()));
                    }
                    out.push(Node::Not(alts));
                }
                '?' => {
                    self.pos += 1;
                    out.push(Node::Question);
                }
                '^' => {
                    self.pos += 1;
                    out.push(Node::Start);
                }
                '$' => {
                    self.pos += 1;
                    out.push(Node::End);
                }
                '.' => {
                    if self.chars[self.pos..].starts_with(&['.', '.', '.']) {
                        self.pos += 3;
                        out.push(Node::Gap);
                    } else {
                        return Err(self.error("a lone '.'; write '...' for a gap".into()));
                    }
                }
                '<' => {
                    let rest: String = self.chars[self.pos..].iter().collect();
                    if rest.starts_with("<fact>") {
                        if !self.allow_fact {
                            return Err(self.error("<fact> cannot be used here".into()));
                        }
                        self.pos += "<fact>".len();
                        out.push(Node::Fact);
                    } else if rest.starts_with("<name>") {
                        self.pos += "<name>".len();
                        out.push(Node::Name);
                    } else {
                        return Err(self.error("expected '<fact>' or '<name>'".into()));
                    }
                }
                _ => {
                    let suffix = c == '*';
                    if suffix {
                        self.pos += 1;
                    }
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
                    if suffix {
                        if prefix {
                            return Err(self.error(
                                "a word is a prefix (word*) or a suffix (*ing), not both".into(),
                            ));
                        }
                        out.push(Node::Suffix(word.into()));
                        continue;
                    }
                    self.vocabulary.insert(word.clone());
                    out.push(if prefix {
                        Node::Prefix(word.into())
                    } else {
                        Node::Word(word.into())
                    });
                }
            }
        }
    }
}
