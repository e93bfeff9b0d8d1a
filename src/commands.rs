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

/// What Tab can complete during a call: command names, and the arguments this call knows.
#[derive(Debug, Clone, Default)]
pub struct Completions {
    /// The common commands, then the scenario's actions.
    pub names: Vec<String>,
    /// The scenario's actions (risky ones among them: never reached from an ambiguous prefix).
    pub actions: Vec<String>,
    /// Who `/transfer` can reach, by the name each goes by in the call's language.
    pub transfer_names: Vec<String>,
    /// Every word `/transfer` accepts in the call's language, for a prefix already typed.
    pub transfer_words: Vec<String>,
    /// Subjects `/lookup` finds (people, organisations, topics of the desk's records).
    pub lookup_subjects: Vec<String>,
}

/// One completion: what the list shows, and the text that replaces the line from `start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub display: String,
    pub replacement: String,
}

/// Completes the line before the cursor: a command name after `/`, else the argument of
/// `/transfer` or `/lookup`. Returns where the replacement starts and the candidates.
///
/// A command name is completed without a trailing space (so a space typed after Tab is the
/// only one). Several candidates are offered as such, and the line is extended only by what
/// they share; should what they share be a scenario action ("/re" → `/reset` and
/// `/reset-all`), nothing is inserted: Tab never turns an ambiguous prefix into an action.
pub fn complete(c: &Completions, before: &str) -> (usize, Vec<Candidate>) {
    let Some(rest) = before.strip_prefix('/') else {
        return (before.len(), Vec::new());
    };
    match rest.split_once(char::is_whitespace) {
        None => complete_name(c, before, rest),
        Some((name, arg)) => {
            let start = before.len() - arg.trim_start().len();
            (
                start,
                complete_arg(c, &name.to_lowercase(), arg.trim_start()),
            )
        }
    }
}

fn complete_name(c: &Completions, before: &str, typed: &str) -> (usize, Vec<Candidate>) {
    let typed_lower = typed.to_lowercase();
    let found: Vec<&String> = c
        .names
        .iter()
        .filter(|n| n.starts_with(&typed_lower))
        .collect();
    // A whole command typed, and Tab again: its arguments.
    if let [only] = found.as_slice()
        && **only == typed_lower
    {
        let args = complete_arg(c, only, "");
        if !args.is_empty() {
            let prefix = format!("/{only} ");
            return (
                0,
                args.into_iter()
                    .map(|a| Candidate {
                        display: a.display,
                        replacement: format!("{prefix}{}", a.replacement),
                    })
                    .collect(),
            );
        }
    }
    let shared = shared_prefix(found.iter().map(|s| s.as_str()));
    let into_action = found.len() > 1 && c.actions.contains(&shared);
    let found = found
        .into_iter()
        .map(|n| Candidate {
            display: format!("/{n}"),
            replacement: if into_action {
                before.to_string()
            } else {
                format!("/{n}")
            },
        })
        .collect();
    (0, found)
}

fn complete_arg(c: &Completions, command: &str, typed: &str) -> Vec<Candidate> {
    let typed = typed.to_lowercase();
    let starts = |w: &str| {
        let w = w.to_lowercase();
        w.starts_with(&typed) || w.split_whitespace().any(|part| part.starts_with(&typed))
    };
    let words: Vec<&String> = match Common::from_name(command) {
        Some(Common::Transfer) if typed.is_empty() => c.transfer_names.iter().collect(),
        Some(Common::Transfer) => c
            .transfer_names
            .iter()
            .chain(&c.transfer_words)
            .filter(|w| starts(w))
            .collect(),
        Some(Common::Lookup) => c.lookup_subjects.iter().filter(|w| starts(w)).collect(),
        _ => Vec::new(),
    };
    let mut seen = std::collections::BTreeSet::new();
    words
        .into_iter()
        .filter(|w| seen.insert(w.to_lowercase()))
        .map(|w| Candidate {
            display: w.clone(),
            replacement: w.clone(),
        })
        .collect()
}

/// The longest prefix the names share.
fn shared_prefix<'a>(mut names: impl Iterator<Item = &'a str>) -> String {
    let Some(first) = names.next() else {
        return String::new();
    };
    let mut shared = first.to_string();
    for n in names {
        let len = shared
            .char_indices()
            .zip(n.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8());
        shared.truncate(len);
    }
    shared
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

    fn desk() -> Completions {
        Completions {
            names: names(&["reset".to_string(), "flag".to_string()]),
            actions: vec!["reset".into(), "flag".into()],
            transfer_names: vec!["leidinggevende".into()],
            transfer_words: vec![
                "leidinggevende".into(),
                "supervisor".into(),
                "teamleider".into(),
            ],
            lookup_subjects: vec!["Zorggroep Het Anker".into(), "Ingrid Bakker".into()],
        }
    }

    fn replacements(c: &Completions, before: &str) -> Vec<String> {
        complete(c, before)
            .1
            .into_iter()
            .map(|c| c.replacement)
            .collect()
    }

    #[test]
    fn a_unique_name_completes_without_a_space() {
        assert_eq!(replacements(&desk(), "/tr"), ["/transfer"]);
        assert_eq!(replacements(&desk(), "/LOO"), ["/lookup"]);
    }

    #[test]
    fn an_ambiguous_prefix_never_becomes_an_action() {
        // "/re": resume and reset share "/res", which is no action: rustyline may insert it.
        assert_eq!(replacements(&desk(), "/re"), ["/resume", "/reset"]);
        // A name that is itself an action and a prefix of another: nothing is inserted.
        let mut c = desk();
        c.names.push("reset-all".into());
        c.actions.push("reset-all".into());
        assert_eq!(
            replacements(&c, "/res"),
            ["/resume", "/reset", "/reset-all"]
        );
        assert_eq!(replacements(&c, "/rese"), ["/rese", "/rese"]);
    }

    #[test]
    fn arguments_of_transfer_and_lookup() {
        let c = desk();
        assert_eq!(
            complete(&c, "/transfer "),
            (
                10,
                vec![Candidate {
                    display: "leidinggevende".into(),
                    replacement: "leidinggevende".into()
                }]
            )
        );
        assert_eq!(replacements(&c, "/transfer su"), ["supervisor"]);
        assert_eq!(replacements(&c, "/transfer  te"), ["teamleider"]);
        assert_eq!(replacements(&c, "/transfer"), ["/transfer leidinggevende"]);
        assert_eq!(replacements(&c, "/lookup bak"), ["Ingrid Bakker"]);
        assert_eq!(
            replacements(&c, "/lookup "),
            ["Zorggroep Het Anker", "Ingrid Bakker"]
        );
        assert!(replacements(&c, "/hold x").is_empty());
        assert!(replacements(&c, "hello").is_empty());
    }

    #[test]
    fn every_common_command_has_one_row() {
        for d in COMMON {
            assert_eq!(Common::from_name(d.name), Some(d.command));
            assert_eq!(d.command.def().name, d.name);
        }
    }
}
