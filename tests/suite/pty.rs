//! The few things only a terminal shows: the prompt, Tab completion, Ctrl-C. Driven through a
//! pseudo-terminal; the call's logic is tested through stdin elsewhere.

use expectrl::session::OsSession;
use expectrl::{ControlCode, Expect, Session};
use std::process::Command;
use std::time::Duration;

fn session() -> OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_deskdrill"));
    cmd.args([
        "play",
        "impostor-reset",
        "--lang",
        "en",
        "--seed",
        "1",
        "--no-save",
        "--trainee",
        "Sam",
    ])
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
