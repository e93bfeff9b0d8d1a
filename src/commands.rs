//! The commands a trainee can use during a call: one table entry each, which drives parsing,
//! `/help` and tab completion. A scenario adds its own actions (`/reset`, `/flag`, …).

use crate::scenario::Scenario;

/// A common command, available in every scenario.
#[derive(Debug, Clone, Copy)]
pub struct CommandDef {
    pub name: &'static str,
    /// What the argument is called in `/help`, if it takes one.
    pub arg: Option<&'static str>,
    /// Whether the argument must be given.
    pub arg_required: bool,
    /// Whether it is a turn of the call (recorded and answered) or only asks the interface.
    pub turn: bool,
}

pub const COMMON: [CommandDef; 9] = [
    CommandDef {
        name: "help",
        arg: None,
        arg_required: false,
        turn: false,
    },
    CommandDef {
        name: "lookup",
        arg: Some("QUERY"),
        arg_required: false,
        turn: true,
    },
    CommandDef {
        name: "hold",
        arg: Some("REASON"),
        arg_required: false,
        turn: true,
    },
    CommandDef {
        name: "resume",
        arg: None,
        arg_required: false,
        turn: true,
    },
    CommandDef {
        name: "transfer",
        arg: Some("WHO"),
        arg_required: true,
        turn: true,
    },
    CommandDef {
        name: "hint",
        arg: None,
        arg_required: false,
        turn: false,
    },
    CommandDef {
        name: "notes",
        arg: Some("TEXT"),
        arg_required: true,
        turn: false,
    },
    CommandDef {
        name: "status",
        arg: None,
        arg_required: false,
        turn: false,
    },
    CommandDef {
        name: "end",
        arg: None,
        arg_required: false,
        turn: true,
    },
];

/// A line the trainee typed, parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Nothing but white space.
    Empty,
    /// What the trainee says to the caller.
    Speech(String),
    /// `/name arg`: `name` is lower-cased, `arg` trimmed (possibly empty).
    Command { name: String, arg: String },
}

pub fn parse(line: &str) -> Input {
    let line = line.trim();
    if line.is_empty() {
        return Input::Empty;
    }
    match line.strip_prefix('/') {
        Some(rest) => {
            let (name, arg) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            Input::Command {
                name: name.to_lowercase(),
                arg: arg.trim().to_string(),
            }
        }
        None => Input::Speech(line.to_string()),
    }
}

/// Every command name usable in a scenario: the common ones, then its actions.
pub fn names(scenario: &Scenario) -> Vec<String> {
    COMMON
        .iter()
        .map(|c| c.name.to_string())
        .chain(scenario.actions.keys().cloned())
        .collect()
}

pub fn common(name: &str) -> Option<&'static CommandDef> {
    COMMON.iter().find(|c| c.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_and_speech() {
        assert_eq!(
            parse("  /Lookup  Anker zorg "),
            Input::Command {
                name: "lookup".into(),
                arg: "Anker zorg".into()
            }
        );
        assert_eq!(
            parse("/end"),
            Input::Command {
                name: "end".into(),
                arg: String::new()
            }
        );
        assert_eq!(parse(" hello "), Input::Speech("hello".into()));
        assert_eq!(parse("   "), Input::Empty);
    }
}
