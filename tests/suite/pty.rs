//! The few things only a terminal shows: the prompt, Tab completion, Ctrl-C, paste, wrapping
//! to the window's width, bytes that are not UTF-8. Driven through a pseudo-terminal; the
//! call's logic is tested through stdin elsewhere.

use expectrl::session::OsSession;
use expectrl::{ControlCode, Expect, Session};
use std::process::Command;
use std::time::Duration;

fn session() -> OsSession {
    session_with("en", &["--no-save"])
}

/// A call on impostor-reset in `lang`, with `extra` arguments (`--no-save`, `--results DIR`).
fn session_with(lang: &str, extra: &[&str]) -> OsSession {
    session_on("impostor-reset", lang, extra)
}

/// A call on `scenario` in `lang`, with `extra` arguments.
fn session_on(scenario: &str, lang: &str, extra: &[&str]) -> OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deskdrill"));
    cmd.args([
        "play",
        scenario,
        "--lang",
        lang,
        "--seed",
        "1",
        "--trainee",
        "Sam",
    ])
    .args(extra)
    .env("NO_COLOR", "1")
    .env_remove("CLICOLOR_FORCE")
    .env("TERM", "xterm")
    .env_remove("DESKDRILL_LANG")
    .env_remove("DESKDRILL_LEXICON");
    let mut s = Session::spawn(cmd).expect("spawn deskdrill in a pseudo-terminal");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

#[test]
fn prompt_tab_completion_and_ctrl_c() {
    let mut s = session();
    s.expect("The phone rings")
        .expect("the briefing ends with the phone ringing");
    s.expect("Sam> ").expect("the prompt appears");

    // Tab completes a command name.
    s.send("/loo").unwrap();
    s.send("\t").unwrap();
    s.expect("/lookup").expect("Tab completes /loo to /lookup");

    // Ctrl-C clears the line instead of ending the call: what follows is said, not looked up.
    s.send(ControlCode::EndOfText).unwrap();
    s.send("Hello, helpdesk, this is Sam.\r").unwrap();
    let reply = s.expect("Sandra de Wit").expect("the caller answers");
    let before = String::from_utf8_lossy(reply.before()).to_string();
    assert!(
        !before.contains("Authorised contact"),
        "Ctrl-C should have cleared '/lookup': {before}"
    );

    // Ctrl-C on an empty line asks whether to end the call; yes abandons it.
    s.expect("Sam> ").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("End the call now?")
        .expect("Ctrl-C on an empty line asks before ending");
    s.send("y\r").unwrap();
    s.expect("abandoned")
        .expect("the call is recorded as abandoned");
    s.expect("Debrief").expect("the debrief follows");
}

#[test]
fn ctrl_d_asks_and_no_keeps_the_call_going() {
    let mut s = session();
    s.expect("Sam> ").unwrap();
    s.send(ControlCode::EndOfTransmission).unwrap();
    s.expect("End the call now?").unwrap();
    s.send("n\r").unwrap();
    s.expect("Sam> ").expect("the call goes on");
    s.send("/end\r").unwrap();
    s.expect("Debrief").unwrap();
}

/// Text as a reader sees it: terminal control sequences removed.
fn plain(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.peek() == Some(&'[') {
                chars.next();
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else if c != '\r' && c != '\x07' {
            out.push(c);
        }
    }
    out
}

#[test]
fn each_pasted_line_is_a_turn_and_a_large_paste_is_refused_quickly() {
    let mut s = session();
    s.expect("Sam> ").unwrap();
    // A bracketed paste of three lines, then Enter.
    s.send("\x1b[200~Hello, this is Sam.\rWho am I speaking with?\rHow can I help?\x1b[201~\r")
        .unwrap();
    s.expect("3 lines pasted").expect("the paste is announced");
    let turns = s.expect("Sam: How can I help?").unwrap();
    let before = plain(turns.before());
    assert!(
        before.contains("Sam: Hello, this is Sam.")
            && before.contains("Sam: Who am I speaking with?"),
        "each pasted line is echoed as its own turn: {before}"
    );
    assert!(
        before.matches("Sandra de Wit").count() >= 2,
        "the caller answers each line: {before}"
    );
    s.expect("Sam> ").unwrap();

    // 64 KB in 200 lines: refused whole, echoed once, at once.
    let line = "word ".repeat(64);
    let paste = vec![line.as_str(); 200].join("\r");
    let started = std::time::Instant::now();
    s.send(format!("\x1b[200~{paste}\x1b[201~\r")).unwrap();
    let refused = s
        .expect("paste fewer lines")
        .expect("a 200-line paste is refused");
    assert!(
        refused.before().len() < 4 * paste.len(),
        "{} bytes of echo for a paste of {}",
        refused.before().len(),
        paste.len()
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    s.expect("Sam> ").unwrap();
    s.send("/end\r").unwrap();
    s.expect("Debrief").unwrap();
}

#[test]
fn output_wraps_to_the_window_at_word_boundaries() {
    let mut s = session();
    s.get_process_mut().set_window_size(40, 30).unwrap();
    s.expect("Sam> ").unwrap();
    // The width is read again before every line, so /help is wrapped to 40 columns.
    s.send("/help\r").unwrap();
    let shown = s.expect("Sam> ").expect("the help, then the prompt");
    let text = plain(shown.before());
    let help_start = text.find("Commands").expect("the help is shown");
    let help = &text[help_start..];
    for line in help.lines() {
        assert!(
            line.chars().count() <= 40,
            "a line over 40 columns: {line:?}"
        );
    }
    colored::control::set_override(false);
    let full = deskdrill::report::help(
        &deskdrill::scenario::Library::default()
            .find("impostor-reset")
            .unwrap(),
        deskdrill::lang::Lang::En,
    );
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let wanted = words(&full);
    let got = words(help);
    assert_eq!(
        got[..wanted.len()],
        wanted[..],
        "wrapping must not split or lose words"
    );
    s.send("/end\r").unwrap();
    s.expect("Debrief").unwrap();
}

#[test]
fn tab_never_picks_an_action_adds_no_second_space_and_completes_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().to_str().unwrap();
    let mut s = session_with("en", &["--results", results]);
    s.expect("Sam> ").unwrap();
    // "/re" fits /resume and /reset: Tab goes no further than "/res", and Enter does not reset.
    s.send("/re\t").unwrap();
    s.send("\r").unwrap();
    s.expect("Unknown command /res")
        .expect("an ambiguous prefix is not completed into /reset");
    s.expect("Sam> ").unwrap();
    // "/tr"+Tab, then a space and Tab for the argument: one space between them.
    s.send("/tr\t").unwrap();
    s.expect("/transfer").unwrap();
    s.send(" su\t").unwrap();
    s.expect("supervisor")
        .expect("Tab completes the transfer target");
    s.send("\r").unwrap();
    s.expect("Debrief").expect("the transfer ends the call");
    s.expect(expectrl::Eof).ok();
    let saved = crate::util::saved_result(dir.path());
    let result: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    let typed: Vec<&str> = result["turns"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["speaker"] == "trainee")
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert_eq!(typed, ["/transfer supervisor"]);
    assert_eq!(result["outcome"], "transferred");
}

#[test]
fn tab_completes_the_dutch_transfer_word() {
    let mut s = session_with("nl", &["--no-save"]);
    s.expect("Sam> ").unwrap();
    s.send("/transfer \t").unwrap();
    s.expect("leidinggevende")
        .expect("in Dutch the target is offered by its Dutch name");
    s.send("\r").unwrap();
    s.expect("doorverbonden")
        .expect("and the call is transferred");
}

#[test]
fn bytes_that_are_not_utf8_do_not_end_the_call() {
    let mut s = session();
    s.expect("Sam> ").unwrap();
    s.send(b"hel\xff\xfelo\r").unwrap();
    s.expect("not text")
        .expect("the bytes are refused as a line");
    s.expect("Sam> ").expect("the call goes on");
    s.send("Hello, this is Sam from the helpdesk.\r").unwrap();
    s.expect("Sandra de Wit").expect("the caller still answers");
    s.send("/end\r").unwrap();
    s.expect("Debrief").unwrap();
}

#[test]
fn pasted_lines_left_when_the_call_ends_are_recorded_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().to_str().unwrap();
    let mut s = session_with("en", &["--results", results]);
    s.expect("Sam> ").unwrap();
    // /end pasted with two lines after it: the call ends, and those two are not lost unsaid.
    s.send("\x1b[200~Hello, this is Sam.\r/end\rAre you still there?\rBye.\x1b[201~\r")
        .unwrap();
    s.expect("4 lines pasted").unwrap();
    s.expect("2 lines you had entered were not played")
        .expect("the trainee is told at once");
    s.expect("2 lines were not played")
        .expect("and in the debrief");
    s.expect(expectrl::Eof).ok();
    let saved = crate::util::saved_result(dir.path());
    let result: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(saved).unwrap()).unwrap();
    assert_eq!(result["ignored_lines"], 2);
    let events = result["events"].as_array().unwrap();
    assert_eq!(
        events.last().unwrap(),
        &serde_json::json!({"event": "unplayed", "lines": 2}),
        "the log ends with the unplayed lines"
    );
}

#[test]
fn after_the_caller_hangs_up_the_report_can_still_be_filed() {
    let mut s = session_on("friendly-authority", "en", &["--no-save"]);
    s.expect("Sam> ").unwrap();
    s.send("Hi, service desk, Mo speaking.\r").unwrap();
    s.expect("Sam> ").unwrap();
    s.send(
        "Sorry, I cannot reset a password for someone else, it has to be Ellen herself. \
         Good luck with the meeting, bye.\r",
    )
    .unwrap();
    s.expect("Any after-call work?")
        .expect("the trainee is told the call is over but the work is not");
    s.send("/flag\r").unwrap();
    s.expect("You reported the call").unwrap();
    s.expect("Debrief")
        .expect("with nothing left to do, the debrief follows");
    s.expect(expectrl::Eof).ok();
}
