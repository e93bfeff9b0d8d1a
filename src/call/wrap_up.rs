//! After-call work: when the caller hangs up before the trainee could do it, an action the
//! scenario marks `after_call` (reporting the call) can still be done, and a note written, as a
//! real agent does before taking the next call. The caller hears none of it. A trainee who
//! ends the call themselves had their chance, and goes straight to the debrief.

use super::{Call, Event, Step};
use crate::commands::{self, Common, Input};
use crate::outcome::Outcome;
use std::sync::Arc;

impl Call {
    /// Whether the caller has hung up with after-call work the scenario offers still undone.
    pub fn wrap_up_open(&self) -> bool {
        self.state.outcome == Some(Outcome::CallerHungUp)
            && self
                .scenario
                .actions
                .iter()
                .any(|(id, a)| a.after_call && !self.state.used.contains(id))
    }

    /// One line of after-call work: `Some` with what it did when the line is an after-call
    /// action, `/notes`, `/help` or `/status`; `None` when it is anything else (which ends the
    /// wrap-up).
    pub fn after_call(&mut self, line: &str) -> Option<Step> {
        if self.state.outcome != Some(Outcome::CallerHungUp) {
            return None;
        }
        let Input::Command { name, arg } = commands::parse(line) else {
            return None;
        };
        if matches!(
            Common::from_name(&name),
            Some(Common::Notes | Common::Help | Common::Status)
        ) {
            return Some(self.command(&name, &arg, line.trim()));
        }
        let scenario = Arc::clone(&self.scenario);
        let id = scenario
            .action_id(&name)
            .filter(|id| scenario.actions[*id].after_call)?;
        let start = self.log.len();
        let n = self.next_turn();
        self.emit(Event::Command {
            n,
            name: id.to_string(),
            arg,
            text: line.trim().to_string(),
        });
        let shown = self.action(n, id);
        let n = self.next_turn();
        self.emit(Event::System { n, shown });
        Some(Step::Events(self.log[start..].to_vec()))
    }
}
