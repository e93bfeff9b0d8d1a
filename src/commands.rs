//! The commands a trainee can use during a call: one table entry each, which drives parsing,
//! `/help` and tab completion. A scenario adds its own actions (`/reset`, `/flag`, …); this
//! module knows them only as names handed in, so it sits below the scenario loader.

/// A command common to every scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Common {
    Help,
    Lookup,
    Hold,
    Resume,
    Transfer,
    Hint,
    Notes,
    Status,
    End,
}

/// One row of the table of common commands.
#[derive(Debug, Clone, Copy)]
pub struct CommandDef {
    pub command: Common,
    pub name: &'static str,
    /// What the argument is called in `/help`, if any: `arg.NAME` in the interface strings
    /// (`WHO`, `WIE`), and `example.COMMAND` shows it in use when it is missing.
    pub arg: Option<&'static str>,
    /// Whether the argument must be given.
    pub arg_required: bool,
}

const fn def(
    command: Common,
    name: &'static str,
    arg: Option<&'static str>,
    arg_required: bool,
) -> CommandDef {
    CommandDef {
        command,
        name,
        arg,
        arg_required,
    }
}

pub const COMMON: [CommandDef; 9] = [
    def(Common::Help, "help", None, false),
    def(Common::Lookup, "lookup", Some("query"), false),
    def(Common::Hold, "hold", Some("reason"), false),
    def(Common::Resume, "resume", None, false),
    def(Common::Transfer, "transfer", Some("who"), true),
    def(Common::Hint, "hint", None, false),
    def(Common::Notes, "notes", Some("text"), true),
    def(Common::Status, "status", None, false),
    def(Common::End, "end", None, false),
];

impl Common {
    pub fn def(self) -> &'static CommandDef {
        COMMON
            .iter()
            .find(|d| d.command == self)
            .expect("every common command has a row in COMMON")
    }

    pub fn from_name(name: &str) -> Option<Common> {
        COMMON.iter().find(|d| d.name == name).map(|d| d.command)
    }
}

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
pub fn names<'a>(actions: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    COMMON
        .iter()
        .map(|c| c.name.to_string())
        .chain(actions.into_iter().cloned())
        .collect()
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

    #[test]
    fn every_common_command_has_one_row() {
        for d in COMMON {
            assert_eq!(Common::from_name(d.name), Some(d.command));
            assert_eq!(d.command.def().name, d.name);
        }
    }
}
