//! Text as deskdrill compares it outside understanding proper: plain words for jargon lists
//! and name spotting.

use crate::understanding::fold;

/// A text as lower-case words without accents or punctuation, joined by single spaces: how
/// jargon lists are stored, so "re-authenticate" in a list matches "re-authenticate" said.
pub fn plain_words(text: &str) -> String {
    words(text).join(" ")
}

/// A text as lower-case words without accents or punctuation.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The sentences of a text, each with the mark that ends it: split after any of `ends`, but
/// never at a point or comma between two digits, so "a debit of €0.01 on 1 April" and "om
/// 10.30 uur" stay one sentence.
pub fn sentences<'a>(text: &'a str, ends: &'a [char]) -> impl Iterator<Item = &'a str> + 'a {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut cuts: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            ends.contains(&c)
                && !((c == '.' || c == ',')
                    && i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    if cuts.last() != Some(&text.len()) {
        cuts.push(text.len());
    }
    cuts.into_iter().filter_map(move |end| {
        let s = &text[start..end];
        start = end;
        (!s.is_empty()).then_some(s)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_decimals_and_times_whole() {
        let ends = ['.', '!', '?'];
        let got: Vec<&str> =
            sentences("A debit of €0.01 on 1 April. At 10.30? Yes.", &ends).collect();
        assert_eq!(got, ["A debit of €0.01 on 1 April.", " At 10.30?", " Yes."]);
        let got: Vec<&str> = sentences("No end mark", &ends).collect();
        assert_eq!(got, ["No end mark"]);
        assert_eq!(sentences("", &ends).count(), 0);
        let got: Vec<&str> = sentences("Klaar. 4.", &ends).collect();
        assert_eq!(got, ["Klaar.", " 4."]);
    }
}
