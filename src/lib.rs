//! deskdrill: a training simulator for helpdesk and customer-service agents.
//!
//! The library holds everything; `main.rs` only calls [`cli::run`]. See ARCHITECTURE.md for
//! the map of modules and the rules they keep.

pub mod authoring;
pub mod call;
pub mod class;
pub mod cli;
pub mod commands;
pub(crate) mod disclosure;
pub mod evaluate;
pub mod fsio;
pub mod journal;
pub mod lang;
pub mod outcome;
pub(crate) mod phrases;
pub(crate) mod repl;
pub mod report;
pub mod result;
pub mod rules;
pub mod sanitize;
pub mod saved;
pub mod scenario;
pub mod scoring;
pub mod selftest;
pub(crate) mod suggest;
pub(crate) mod text;
pub mod trainee;
pub(crate) mod ui;
pub mod understanding;
pub(crate) mod words;
