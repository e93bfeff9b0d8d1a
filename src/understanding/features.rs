//! What the classifier sees of a line: its words, its word pairs and the letter groups inside
//! its words, each as a stable 32-bit hash. Letter groups carry typos and inflections ("pasword",
//! "geholpen"/"helpen") that whole words miss.
//!
//! Std-only on purpose: the build script includes this file to train the classifier on the
//! same features it is asked about at run time.

use super::fold::fold;

/// FNV-1a over a kind byte and the text: fast, and the same on every machine.
pub fn fnv(kind: u8, text: &str) -> u32 {
    fnv_bytes(0x811c_9dc5 ^ kind as u32, text.as_bytes())
}

/// FNV-1a, going on from `h` (to hash several pieces in a row).
pub fn fnv_bytes(mut h: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        h ^= *b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The shortest and longest letter group taken from inside a word (with its edges marked).
const LETTERS: std::ops::RangeInclusive<usize> = 2..=5;

/// The words of a line as the classifier reads it: folded, split at anything that is not a
/// letter or a digit, every digit read as `0` (a number is a number), and a question mark kept
/// as a word of its own.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in fold(text).chars() {
        if c.is_alphanumeric() {
            word.push(if c.is_ascii_digit() { '0' } else { c });
            continue;
        }
        if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
        if c == '?' && words.last().is_none_or(|w| w != "?") {
            words.push("?".into());
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Calls `f` with every feature of a line: its kind (`w` a word, `b` a pair of words, `c` a
/// letter group), what it says, and the words it comes from. A feature may come more than once.
fn visit(text: &str, mut f: impl FnMut(u8, &str, &str)) {
    let words = words(text);
    let mut group = String::new();
    for (i, w) in words.iter().enumerate() {
        f(b'w', w, w);
        if let Some(next) = words.get(i + 1) {
            group.clear();
            group.push_str(w);
            group.push(' ');
            group.push_str(next);
            f(b'b', &group, &group);
        }
        if w == "?" {
            continue;
        }
        // Letter groups are slices of the word with its edges marked: no string is built.
        let padded = format!(" {w} ");
        let bounds: Vec<usize> = padded
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(padded.len()))
            .collect();
        for n in LETTERS {
            for window in bounds.windows(n + 1) {
                f(b'c', &padded[window[0]..window[n]], w);
            }
        }
    }
}

/// The line's feature hashes, sorted, each once.
pub fn hashes(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(text.len() * 5);
    visit(text, |kind, s, _| out.push(fnv(kind, s)));
    out.sort_unstable();
    out.dedup();
    out
}

/// Every feature of a line, each once, with the words it comes from (a letter group counts
/// for its word), for explanations: "geen" rather than "[ ge]".
pub fn named(text: &str) -> Vec<(u32, String)> {
    let mut out: Vec<(u32, String)> = Vec::new();
    visit(text, |kind, s, from| {
        let h = fnv(kind, s);
        if !out.iter().any(|(x, _)| *x == h) {
            out.push((h, from.to_string()));
        }
    });
    out
}
