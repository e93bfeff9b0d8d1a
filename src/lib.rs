//! deskdrill: a training simulator for helpdesk and customer-service agents.
//!
//! The library holds everything; `main.rs` only calls [`cli::run`]. See ARCHITECTURE.md for
//! the map of modules and the rules they keep.

pub mod call;
pub mod cli;
pub mod commands;
pub mod evaluate;
pub mod fsio;
pub mod journal;
pub mod lang;
pub mod repl;
pub mod report;
pub mod result;
pub mod sanitize;
pub mod saved;
pub mod scenario;
pub mod scoring;
pub mod selftest;
pub mod suggest;
pub mod ui;
pub mod understanding;
