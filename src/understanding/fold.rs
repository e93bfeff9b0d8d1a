//! Folding text to what the matcher compares: lower case, accents removed, typographic quotes
//! and dashes made plain. A module of its own, with nothing but the standard library and
//! `unicode-normalization`, because the build script folds the training lines with it too
//! (the classifier must see the same text when it learns as when it hears).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower case, accents removed, typographic quotes and dashes made plain.
pub fn fold(text: &str) -> String {
    if text.bytes().all(|b| b.is_ascii() && b != b'`') {
        // Nothing to decompose or replace: the common case, and most of a start's work.
        return text.to_ascii_lowercase();
    }
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '`' | '\u{b4}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
            '\u{2026}' => '.',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
