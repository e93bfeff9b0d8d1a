//! Tools for scenario authors: a skeleton to start from (`new`), lints beyond what the loader
//! refuses (`validate`), seeded random calls with coverage (`test --explore`) and the
//! caller's reactions as a graph (`graph`). The JSON Schema lives with the format, in
//! `scenario::shape`.
//!
//! Everything here reads a checked scenario and drives the engine as any front end does; the
//! engine knows nothing of it.

pub mod explore;
pub mod graph;
pub mod lint;
pub mod pool;

/// The skeleton `deskdrill new` writes, with `__ID__` for the id.
const SKELETON: &str = include_str!("../../templates/scenario.json");

/// A complete, valid, playable scenario to start from, with the given id.
pub fn skeleton(id: &str) -> Result<String, String> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !ok {
        return Err(format!(
            "'{}' is not a scenario id: use lower-case letters, digits and '-', e.g. \"bank-cent\"",
            crate::sanitize::clean(id)
        ));
    }
    Ok(SKELETON.replace("__ID__", id))
}
