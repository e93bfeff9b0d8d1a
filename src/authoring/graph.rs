//! `deskdrill graph`: the caller's reactions, moods and outcomes as a picture, in Graphviz DOT
//! or Mermaid.
//!
//! One neutral graph is built from the checked scenario — moods (with the acts that move
//! them), reactions in the order they are tried, the flags they set and test, the trainee's
//! actions and the outcomes — and then written in either language.

use crate::outcome::Outcome;
use crate::scenario::Scenario;
use crate::scenario::condition::{Cond, Op, Part, Pred, Subject};
use crate::scenario::model::Trigger;
use std::collections::BTreeSet;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Mood,
    Act,
    Reaction,
    Flag,
    Action,
    Right,
    Wrong,
    Outcome,
}

struct Node {
    id: String,
    label: String,
    kind: Kind,
}

struct Edge {
    from: String,
    to: String,
    label: String,
    /// A test (the target reads it), not an effect.
    dashed: bool,
}

struct Graph {
    name: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

impl Graph {
    /// The id a node is written with: names from a file may hold any character, so nodes are
    /// numbered.
    fn id(&self, key: &str) -> String {
        match self.nodes.iter().position(|n| n.id == key) {
            Some(i) => format!("n{i}"),
            None => "missing".into(),
        }
    }

    fn node(&mut self, id: String, label: String, kind: Kind) {
        if !self.nodes.iter().any(|n| n.id == id) {
            self.nodes.push(Node { id, label, kind });
        }
    }

    fn edge(&mut self, from: &str, to: &str, label: impl Into<String>, dashed: bool) {
        self.edges.push(Edge {
            from: from.into(),
            to: to.into(),
            label: label.into(),
            dashed,
        });
    }
}

fn op_text(op: Op) -> &'static str {
    match op {
        Op::Lt => "<",
        Op::Le => "<=",
        Op::Eq => "==",
        Op::Ne => "!=",
        Op::Ge => ">=",
        Op::Gt => ">",
    }
}

/// A condition written back in the condition language.
pub fn cond_text(c: &Cond) -> String {
    let group = |cs: &[Cond], sep: &str| {
        cs.iter()
            .map(|c| match c {
                Cond::And(_) | Cond::Or(_) => format!("({})", cond_text(c)),
                _ => cond_text(c),
            })
            .collect::<Vec<_>>()
            .join(sep)
    };
    match c {
        Cond::True => "true".into(),
        Cond::Not(inner) => match **inner {
            Cond::And(_) | Cond::Or(_) => format!("not ({})", cond_text(inner)),
            _ => format!("not {}", cond_text(inner)),
        },
        Cond::And(cs) => group(cs, " and "),
        Cond::Or(cs) => group(cs, " or "),
        Cond::Cmp { subject, op, value } => {
            let s = match subject {
                Subject::Mood(m) => m.clone(),
                Subject::Turn => "turn".into(),
                Subject::Count(a) => format!("count({a})"),
            };
            format!("{s} {} {value}", op_text(*op))
        }
        Cond::Pred(p) => match p {
            Pred::Act(a) => format!("act({a})"),
            Pred::Said(a) => format!("said({a})"),
            Pred::Command(c) => format!("command({c})"),
            Pred::Used(c) => format!("used({c})"),
            Pred::Asked(f) => format!("asked({f})"),
            Pred::Given(f) => format!("given({f})"),
            Pred::Leaked(f) => format!("leaked({f})"),
            Pred::Verified(a) => format!("verified({a})"),
            Pred::Flag(f) => format!("flag({f})"),
            Pred::Mentioned(t) => format!("mentioned({t})"),
            Pred::Referred { id, detail: None } => format!("referred({id})"),
            Pred::Referred {
                id,
                detail: Some(d),
            } => format!("referred({id}:{d})"),
            Pred::Repeated(None) => "repeated".into(),
            Pred::Repeated(Some(a)) => format!("repeated({a})"),
            Pred::AskedAgain => "asked_again".into(),
            Pred::OnHold => "on_hold".into(),
        },
    }
}

/// The mood thresholds a condition tests: (mood, "op value").
fn thresholds(c: &Cond, out: &mut Vec<(String, String)>) {
    match c {
        Cond::Cmp {
            subject: Subject::Mood(m),
            op,
            value,
        } => out.push((m.clone(), format!("{} {value}", op_text(*op)))),
        Cond::Not(i) => thresholds(i, out),
        Cond::And(cs) | Cond::Or(cs) => cs.iter().for_each(|c| thresholds(c, out)),
        _ => {}
    }
}

/// What a condition tests: mood thresholds, and the flags, commands and acts of this turn.
#[derive(Default)]
struct Tested {
    moods: Vec<(String, String)>,
    flags: Vec<String>,
    commands: Vec<String>,
    acts: Vec<String>,
}

fn tested(c: &Cond) -> Tested {
    let mut t = Tested::default();
    thresholds(c, &mut t.moods);
    let mut parts = Vec::new();
    c.walk(&mut parts);
    for p in parts {
        let (list, name) = match p {
            Part::Pred(Pred::Flag(f)) => (&mut t.flags, f),
            Part::Pred(Pred::Command(c)) => (&mut t.commands, c),
            Part::Pred(Pred::Act(a)) => (&mut t.acts, a),
            _ => continue,
        };
        if !list.contains(name) {
            list.push(name.clone());
        }
    }
    t
}

fn build(s: &Scenario) -> Graph {
    let mut g = Graph {
        name: s.id.clone(),
        nodes: Vec::new(),
        edges: Vec::new(),
    };
    for (m, start) in &s.caller.mood {
        g.node(
            format!("mood_{m}"),
            format!("{m}\nstarts at {start}"),
            Kind::Mood,
        );
    }
    for sens in &s.caller.sensitivity {
        let (id, label) = match &sens.trigger {
            Trigger::Act(a) => (format!("act_{}", a.name()), a.name().to_string()),
            Trigger::Repeat(a) => (
                format!("repeat_{}", a.name()),
                format!("{} again", a.name()),
            ),
            Trigger::Command(c) => (format!("cmd_{c}"), format!("/{c}")),
            Trigger::AskedAgain => ("asked_again".into(), "asked again".into()),
            Trigger::EachTurn => ("each_turn".into(), "each turn".into()),
        };
        g.node(id.clone(), label, Kind::Act);
        for (m, d) in &sens.change {
            g.edge(&id, &format!("mood_{m}"), format!("{d:+}"), false);
        }
    }
    for (name, a) in &s.actions {
        let id = format!("action_{name}");
        let label = if a.sensitive {
            format!("/{name}\nsensitive: {}", a.requires.join(", "))
        } else {
            format!("/{name}")
        };
        g.node(id.clone(), label, Kind::Action);
        if a.resolves {
            outcome_node(&mut g, s, Outcome::Resolved);
            g.edge(&id, "outcome_resolved", "resolves", false);
        }
    }
    outcome_node(&mut g, s, Outcome::Transferred);
    g.node("cmd_transfer".into(), "/transfer".into(), Kind::Action);
    g.edge("cmd_transfer", "outcome_transferred", "", false);
    for (i, r) in s.caller.reactions.iter().enumerate() {
        let id = format!("r{i}");
        let mut label = format!("{}. {}\nwhen {}", i + 1, r.id, cond_text(&r.when));
        if let Some(line) = &r.say {
            let _ = write!(label, "\nsays {line}");
        }
        if r.once {
            label.push_str("\n(once)");
        }
        g.node(id.clone(), label, Kind::Reaction);
        let t = tested(&r.when);
        let mut seen = BTreeSet::new();
        for (m, test) in t.moods {
            if seen.insert((m.clone(), test.clone())) {
                g.edge(&format!("mood_{m}"), &id, test, true);
            }
        }
        for a in t.acts {
            g.node(format!("act_{a}"), a.clone(), Kind::Act);
            g.edge(&format!("act_{a}"), &id, "", true);
        }
        for f in t.flags {
            g.node(format!("flag_{f}"), format!("flag {f}"), Kind::Flag);
            g.edge(&format!("flag_{f}"), &id, "", true);
        }
        for c in t.commands {
            let from = if s.actions.contains_key(&c) {
                format!("action_{c}")
            } else {
                g.node(format!("cmd_{c}"), format!("/{c}"), Kind::Act);
                format!("cmd_{c}")
            };
            g.edge(&from, &id, "", true);
        }
        for f in &r.set {
            g.node(format!("flag_{f}"), format!("flag {f}"), Kind::Flag);
            g.edge(&id, &format!("flag_{f}"), "sets", false);
        }
        for (m, d) in &r.mood {
            g.edge(&id, &format!("mood_{m}"), format!("{d:+}"), false);
        }
        if let Some(end) = r.end {
            outcome_node(&mut g, s, end);
            g.edge(&id, &format!("outcome_{}", end.name()), "ends", false);
        }
    }
    g
}

fn outcome_node(g: &mut Graph, s: &Scenario, o: Outcome) {
    let kind = if s.outcomes.right.contains(&o) {
        Kind::Right
    } else if s.outcomes.wrong.contains(&o) {
        Kind::Wrong
    } else {
        Kind::Outcome
    };
    g.node(format!("outcome_{}", o.name()), o.name().to_string(), kind);
}

fn dot_escape(s: &str) -> String {
    crate::sanitize::clean(s)
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// The graph in Graphviz DOT: `deskdrill graph ID | dot -Tsvg > caller.svg`.
pub fn dot(s: &Scenario) -> String {
    let g = build(s);
    let mut out = String::new();
    let _ = writeln!(out, "digraph \"{}\" {{", dot_escape(&g.name));
    out.push_str("  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for n in &g.nodes {
        let style = match n.kind {
            Kind::Mood => "shape=ellipse, style=filled, fillcolor=\"#fde2c8\"",
            Kind::Act => "shape=plaintext",
            Kind::Reaction => "shape=box, style=rounded",
            Kind::Flag => "shape=note",
            Kind::Action => "shape=component",
            Kind::Right => "shape=doubleoctagon, style=filled, fillcolor=\"#c8f0c8\"",
            Kind::Wrong => "shape=doubleoctagon, style=filled, fillcolor=\"#f4c4c4\"",
            Kind::Outcome => "shape=doubleoctagon",
        };
        let _ = writeln!(
            out,
            "  {} [label=\"{}\", {style}];",
            g.id(&n.id),
            dot_escape(&n.label)
        );
    }
    // Reactions are tried in order: keep them in a column, first on top.
    let reactions: Vec<String> = g
        .nodes
        .iter()
        .filter(|n| n.kind == Kind::Reaction)
        .map(|n| g.id(&n.id))
        .collect();
    if reactions.len() > 1 {
        let _ = writeln!(out, "  {{ rank=same; {}; }}", reactions.join("; "));
        let _ = writeln!(out, "  {} [style=invis];", reactions.join(" -> "));
    }
    for e in &g.edges {
        let mut attrs = Vec::new();
        if !e.label.is_empty() {
            attrs.push(format!("label=\"{}\"", dot_escape(&e.label)));
        }
        if e.dashed {
            attrs.push("style=dashed".to_string());
        }
        let attrs = if attrs.is_empty() {
            String::new()
        } else {
            format!(" [{}]", attrs.join(", "))
        };
        let _ = writeln!(out, "  {} -> {}{attrs};", g.id(&e.from), g.id(&e.to));
    }
    out.push_str("}\n");
    out
}

fn mermaid_escape(s: &str) -> String {
    crate::sanitize::clean(s)
        .replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
        .replace('\n', "<br/>")
}

/// The graph as a Mermaid flowchart, for Markdown documents.
pub fn mermaid(s: &Scenario) -> String {
    let g = build(s);
    let mut out = String::from("flowchart LR\n");
    for n in &g.nodes {
        let label = mermaid_escape(&n.label);
        let shape = match n.kind {
            Kind::Mood => format!("((\"{label}\"))"),
            Kind::Act => format!("[/\"{label}\"/]"),
            Kind::Reaction => format!("(\"{label}\")"),
            Kind::Flag => format!("[[\"{label}\"]]"),
            Kind::Action => format!("[\"{label}\"]"),
            Kind::Right | Kind::Wrong | Kind::Outcome => format!("{{{{\"{label}\"}}}}"),
        };
        let _ = writeln!(out, "  {}{shape}", g.id(&n.id));
    }
    for e in &g.edges {
        let arrow = if e.dashed { "-.->" } else { "-->" };
        let (from, to) = (g.id(&e.from), g.id(&e.to));
        if e.label.is_empty() {
            let _ = writeln!(out, "  {from} {arrow} {to}");
        } else {
            let _ = writeln!(
                out,
                "  {from} {arrow}|\"{}\"| {to}",
                mermaid_escape(&e.label)
            );
        }
    }
    for (kind, class, colour) in [
        (Kind::Right, "right", "#c8f0c8"),
        (Kind::Wrong, "wrong", "#f4c4c4"),
        (Kind::Mood, "mood", "#fde2c8"),
    ] {
        let ids: Vec<String> = g
            .nodes
            .iter()
            .filter(|n| n.kind == kind)
            .map(|n| g.id(&n.id))
            .collect();
        if !ids.is_empty() {
            let _ = writeln!(out, "  classDef {class} fill:{colour}");
            let _ = writeln!(out, "  class {} {class}", ids.join(","));
        }
    }
    out
}
