//! Text as deskdrill compares it outside understanding proper: plain words for jargon lists
//! and name spotting.

use crate::understanding::fold;

/// A text as lower-case words without accents or punctuation, joined by single spaces: how
/// jargon lists are stored, so "re-authenticate" in a list matches "re-authenticate" said.
pub fn plain_words(text: &str) -> String {
    words(text).join(" ")
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}
