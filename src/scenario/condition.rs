//! The small condition language of reactions and mood rules: `anger >= 70 and not act(empathy)`.
//!
//! Parsing is here; the meaning of each predicate lives in the engine (`call.rs`), which
//! implements [`Facts`]. The loader checks every name a condition mentions.

use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum Cond {
    True,
    Not(Box<Cond>),
    And(Vec<Cond>),
    Or(Vec<Cond>),
    Cmp {
        subject: Subject,
        op: Op,
        value: i64,
    },
    Pred(Pred),
}

/// A number a condition can compare.
#[derive(Clone, Debug, PartialEq)]
pub enum Subject {
    /// A mood dimension, by name (`anger`).
    Mood(String),
    /// The number of trainee turns so far, this one included.
    Turn,
    /// How many trainee turns so far carried an act (`count(empathy)`).
    Count(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Eq,
    Ne,
    Ge,
    Gt,
}

impl Op {
    pub fn test(self, a: i64, b: i64) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Eq => a == b,
            Op::Ne => a != b,
            Op::Ge => a >= b,
            Op::Gt => a > b,
        }
    }
}

/// A yes/no question about the call.
#[derive(Clone, Debug, PartialEq)]
pub enum Pred {
    /// This turn's speech carries the act (`act(empathy)`, `act(ask_identity:tax_number)`).
    Act(String),
    /// Some trainee turn so far carried the act.
    Said(String),
    /// This turn is the command (`command(hold)`, `command(reset)`).
    Command(String),
    /// The command was used at some point so far.
    Used(String),
    /// The trainee has asked for the fact.
    Asked(String),
    /// The caller has given the fact.
    Given(String),
    /// The trainee has read the fact's value from the records out to the caller.
    Leaked(String),
    /// Everything the action requires is verified now.
    Verified(String),
    /// A flag set by an earlier reaction.
    Flag(String),
    /// This turn's speech names the topic (`judgement.topics`): words, not acts.
    Mentioned(String),
    /// This turn's speech first gave a referral's detail (`referred(ID:DETAIL)`), or named
    /// its desk or gave any of its details (`referred(ID)`).
    Referred { id: String, detail: Option<String> },
    /// This turn repeats an earlier trainee turn; with an act, repeats that act's phrasing.
    Repeated(Option<String>),
    /// The trainee asked for a fact the caller had already given.
    AskedAgain,
    /// The caller is on hold.
    OnHold,
}

/// What a condition can ask of a call in progress.
pub trait Facts {
    fn number(&self, subject: &Subject) -> i64;
    fn holds(&self, pred: &Pred) -> bool;
}

impl Cond {
    pub fn eval(&self, facts: &dyn Facts) -> bool {
        match self {
            Cond::True => true,
            Cond::Not(c) => !c.eval(facts),
            Cond::And(cs) => cs.iter().all(|c| c.eval(facts)),
            Cond::Or(cs) => cs.iter().any(|c| c.eval(facts)),
            Cond::Cmp { subject, op, value } => op.test(facts.number(subject), *value),
            Cond::Pred(p) => facts.holds(p),
        }
    }

    /// Every predicate and subject in the condition, for the loader's checks.
    pub fn walk<'a>(&'a self, out: &mut Vec<Part<'a>>) {
        match self {
            Cond::True => {}
            Cond::Not(c) => c.walk(out),
            Cond::And(cs) | Cond::Or(cs) => cs.iter().for_each(|c| c.walk(out)),
            Cond::Cmp { subject, .. } => out.push(Part::Subject(subject)),
            Cond::Pred(p) => out.push(Part::Pred(p)),
        }
    }
}

pub enum Part<'a> {
    Subject(&'a Subject),
    Pred(&'a Pred),
}

/// A syntax error in a condition, at a character offset (0-based).
#[derive(Debug, Clone, PartialEq)]
pub struct CondError {
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for CondError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

const PREDICATES: [&str; 14] = [
    "act",
    "said",
    "command",
    "used",
    "asked",
    "given",
    "leaked",
    "verified",
    "flag",
    "mentioned",
    "referred",
    "repeated",
    "asked_again",
    "on_hold",
];

pub fn parse(text: &str) -> Result<Cond, CondError> {
    if text.len() > 1000 {
        return Err(CondError {
            offset: 1000,
            message: "a condition may be at most 1000 characters".into(),
        });
    }
    let tokens = lex(text)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        end: text.chars().count(),
        depth: 0,
    };
    let cond = p.or()?;
    if let Some((off, tok)) = p.tokens.get(p.pos) {
        return Err(CondError {
            offset: *off,
            message: format!(
                "unexpected '{tok}'; expected 'and', 'or' or the end of the condition"
            ),
        });
    }
    Ok(cond)
}

fn lex(text: &str) -> Result<Vec<(usize, String)>, CondError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == ':' || c == '-' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | ':' | '-'))
            {
                i += 1;
            }
            out.push((start, chars[start..i].iter().collect()));
        } else if matches!(c, '(' | ')') {
            out.push((i, c.to_string()));
            i += 1;
        } else if matches!(c, '<' | '>' | '=' | '!') {
            let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
            if matches!(two.as_str(), "<=" | ">=" | "==" | "!=") {
                out.push((i, two));
                i += 2;
            } else if c == '<' || c == '>' {
                out.push((i, c.to_string()));
                i += 1;
            } else {
                return Err(CondError {
                    offset: i,
                    message: format!("unexpected '{c}'"),
                });
            }
        } else {
            return Err(CondError {
                offset: i,
                message: format!("unexpected '{c}'"),
            });
        }
    }
    Ok(out)
}

struct Parser {
    tokens: Vec<(usize, String)>,
    pos: usize,
    end: usize,
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(|(_, t)| t.as_str())
    }

    fn offset(&self) -> usize {
        self.tokens
            .get(self.pos)
            .map(|(o, _)| *o)
            .unwrap_or(self.end)
    }

    fn err(&self, message: impl Into<String>) -> CondError {
        CondError {
            offset: self.offset(),
            message: message.into(),
        }
    }

    fn next(&mut self) -> Option<String> {
        let t = self.tokens.get(self.pos).map(|(_, t)| t.clone());
        self.pos += 1;
        t
    }

    fn or(&mut self) -> Result<Cond, CondError> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some("or") {
            self.pos += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Cond, CondError> {
        let mut parts = vec![self.not()?];
        while self.peek() == Some("and") {
            self.pos += 1;
            parts.push(self.not()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Cond::And(parts)
        })
    }

    fn not(&mut self) -> Result<Cond, CondError> {
        if self.peek() == Some("not") {
            self.pos += 1;
            return Ok(Cond::Not(Box::new(self.not()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Cond, CondError> {
        let Some(word) = self.peek().map(str::to_string) else {
            return Err(self.err("the condition ends too early; expected a test such as 'anger >= 70' or 'act(empathy)'"));
        };
        if word == "(" {
            self.depth += 1;
            if self.depth > 8 {
                return Err(self.err("brackets may nest at most 8 deep"));
            }
            self.pos += 1;
            let inner = self.or()?;
            if self.next().as_deref() != Some(")") {
                self.pos -= 1;
                return Err(self.err("expected ')'"));
            }
            self.depth -= 1;
            return Ok(inner);
        }
        let start = self.offset();
        self.pos += 1;
        if word == "true" {
            return Ok(Cond::True);
        }
        let arg = if self.peek() == Some("(") {
            self.pos += 1;
            let Some(arg) = self.next().filter(|a| a != ")") else {
                self.pos -= 1;
                return Err(self.err(format!("'{word}(…)' needs a name inside the brackets")));
            };
            if self.next().as_deref() != Some(")") {
                self.pos -= 1;
                return Err(self.err("expected ')'"));
            }
            Some(arg)
        } else {
            None
        };
        let subject = match (word.as_str(), &arg) {
            ("turn", None) => Some(Subject::Turn),
            ("count", Some(a)) => Some(Subject::Count(a.clone())),
            _ => None,
        };
        if let Some(subject) = subject {
            return self.comparison(subject);
        }
        let pred = match (word.as_str(), arg) {
            ("act", Some(a)) => Pred::Act(a),
            ("said", Some(a)) => Pred::Said(a),
            ("command", Some(a)) => Pred::Command(a),
            ("used", Some(a)) => Pred::Used(a),
            ("asked", Some(a)) => Pred::Asked(a),
            ("given", Some(a)) => Pred::Given(a),
            ("leaked", Some(a)) => Pred::Leaked(a),
            ("verified", Some(a)) => Pred::Verified(a),
            ("flag", Some(a)) => Pred::Flag(a),
            ("mentioned", Some(a)) => Pred::Mentioned(a),
            ("referred", Some(a)) => match a.split_once(':') {
                Some((id, detail)) => Pred::Referred {
                    id: id.to_string(),
                    detail: Some(detail.to_string()),
                },
                None => Pred::Referred {
                    id: a,
                    detail: None,
                },
            },
            ("repeated", a) => Pred::Repeated(a),
            ("asked_again", None) => Pred::AskedAgain,
            ("on_hold", None) => Pred::OnHold,
            (name, None) if !PREDICATES.contains(&name) && !name.contains(':') => {
                // A bare name is a mood dimension, compared with a number.
                return self.comparison(Subject::Mood(name.to_string()));
            }
            (name, _) => {
                let hint = match crate::suggest::closest(name, PREDICATES) {
                    Some(best) if best != name => format!(" (did you mean '{best}'?)"),
                    _ => String::new(),
                };
                return Err(CondError {
                    offset: start,
                    message: format!(
                        "'{name}' is not a test here{hint}; expected one of {}, a mood such as 'anger >= 70', 'turn' or 'count(ACT)'",
                        PREDICATES.join(", ")
                    ),
                });
            }
        };
        Ok(Cond::Pred(pred))
    }

    fn comparison(&mut self, subject: Subject) -> Result<Cond, CondError> {
        let op = match self.peek() {
            Some("<") => Op::Lt,
            Some("<=") => Op::Le,
            Some("==") => Op::Eq,
            Some("!=") => Op::Ne,
            Some(">=") => Op::Ge,
            Some(">") => Op::Gt,
            _ => return Err(self.err("expected a comparison (<, <=, ==, !=, >=, >) and a number")),
        };
        self.pos += 1;
        let value = self
            .peek()
            .and_then(|t| t.parse::<i64>().ok())
            .ok_or_else(|| self.err("expected a number"))?;
        self.pos += 1;
        Ok(Cond::Cmp { subject, op, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_precedence_and_predicates() {
        let c = parse("anger >= 70 and not act(empathy) or turn == 1").unwrap();
        assert!(matches!(c, Cond::Or(ref v) if v.len() == 2));
        assert!(parse("flag(supervisor_demanded)").is_ok());
        assert!(parse("act(ask_identity:tax_number)").is_ok());
        assert!(parse("repeated(empathy) or repeated").is_ok());
    }

    #[test]
    fn errors_point_at_the_offending_character() {
        let e = parse("anger >= ").unwrap_err();
        assert_eq!((e.offset, e.message.as_str()), (9, "expected a number"));
        let e = parse("act(empathy) and sayd(refusal)").unwrap_err();
        assert_eq!(e.offset, 17);
        assert!(e.message.contains("did you mean 'said'?"), "{}", e.message);
        let e = parse("anger >> 3").unwrap_err();
        assert_eq!(e.offset, 7);
    }
}
