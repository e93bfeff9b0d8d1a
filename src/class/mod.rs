//! A class: every attempt in one or more results folders, and what trainers and trainees read
//! from it — the class report, a trainee's progress, a course's standing.
//!
//! This module only reads results (the `deskdrill.result.v1` contract) and journals; it owns
//! how a shared class folder is written to as well (`store`), so that many trainees can save
//! into one folder at once. Nothing here prints: every view returns a value or a `String`.

pub mod commands;
pub mod course;
pub mod html;
pub mod load;
pub mod progress;
pub mod report;
pub mod store;

pub use commands::{CourseArgs, NextArgs, ProgressArgs, ReportArgs, ReviewArgs};
pub use load::{Attempt, Class, Score, Skipped, load};
pub use report::{Filter, Report};
