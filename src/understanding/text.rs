//! From what the trainee typed to clauses of plain words: folding case and accents, splitting
//! into clauses at sentence ends, and noting for each word whether a pause (a comma, a colon, a
//! dash) comes before it and whether it stands inside quotation marks.

pub use super::fold::fold;

/// A word as typed, with what the punctuation around it said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub text: String,
    /// A comma, colon, dash or bracket comes right before it.
    pub pause: bool,
    /// It stands inside quotation marks: words reported, not said.
    pub quoted: bool,
}

/// What a word written with stars inside or after its letters (f***, sh*t, a**hole) is read as,
/// so that a lexicon can hear it: `swearword`.
pub(crate) const SWEARWORD: &str = "swearword";

pub(crate) fn strip_apostrophes(token: &str) -> std::borrow::Cow<'_, str> {
    if !token.contains('\'') {
        return std::borrow::Cow::Borrowed(token);
    }
    let t = token.trim_matches('\'');
    let t = t.strip_suffix("'s").unwrap_or(t);
    std::borrow::Cow::Owned(t.replace('\'', ""))
}

/// Where a single quote opening a quotation at `open` is closed, if it is: a quote after a
/// word and before a non-word, at least two letters on.
///
/// A quote that drops letters opens or closes nothing: one that makes a lone "an" "and"
/// ("fuming an' all") closes nothing, and one that begins a word known to lose its first
/// letters ('cause, 'em, 'bout) opens nothing, so "'cause a crew has to check, but I'll flag
/// it for the mornin'" is the speaker's own promise.
fn closing_quote(chars: &[char], open: usize) -> Option<usize> {
    if elided_start(&chars[open + 1..]) {
        return None;
    }
    (open + 3..chars.len()).find(|&j| {
        chars[j] == '\''
            && chars[j - 1].is_alphanumeric()
            && !chars.get(j + 1).is_some_and(|c| c.is_alphanumeric())
            && !and_elided(&chars[..j])
    })
}

/// Words that, written with a quote before them, have lost their first letters: 'cause,
/// 'cos, 'em, 'bout, 'til, 'round, and the dropped h of 'ere, 'ow, 'ave ("I'll 'ave it
/// sorted"). ('im stays out: "u said 'im an idiot'" quotes an "I'm".)
const ELIDED_STARTS: &[&str] = &[
    "cause", "cos", "coz", "cuz", "em", "bout", "til", "till", "round", "ere", "ello", "ow", "ave",
    "ad", "alf", "ome", "scuse", "nuff", "fraid", "appen", "ang",
];

/// Whether the word after an opening quote is one of `ELIDED_STARTS`.
fn elided_start(after: &[char]) -> bool {
    let word: String = after.iter().take_while(|c| c.is_alphanumeric()).collect();
    ELIDED_STARTS.contains(&word.as_str())
}

/// Whether the text before a quote ends in the word "an", which the quote makes "and".
fn and_elided(before: &[char]) -> bool {
    matches!(before, [.., a, 'a', 'n'] if !a.is_alphanumeric())
}

/// The words of a line outside quotation marks, folded and joined by spaces: what the speaker
/// says in their own words ("you said 'this bloody company'" is theirs only up to the quote).
pub fn unquoted(text: &str) -> String {
    split_clauses(&fold(text))
        .into_iter()
        .flatten()
        .filter(|t| !t.quoted)
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The emoji that roll their eyes at what was just said (🙄 🙃 😒).
const EYE_ROLLS: [char; 3] = ['\u{1F644}', '\u{1F643}', '\u{1F612}'];

/// The word an eye-roll emoji is read as.
pub(crate) const EYE_ROLL: &str = "eyeroll";

/// Splits folded text into clauses of raw tokens. `?` is kept as a token and ends its clause;
/// an eye-roll emoji ends its clause as the word `EYE_ROLL`.
pub(crate) fn split_clauses(text: &str) -> Vec<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut clauses = Vec::new();
    let mut clause: Vec<Token> = Vec::new();
    let mut word = String::new();
    let mut pause = false;
    let mut double_quoted = false;
    let mut single_close: Option<usize> = None;
    // The word began right after a star: an *emote*, not a starred swearword.
    let mut starred = false;
    let flush = |word: &mut String, clause: &mut Vec<Token>, pause: &mut bool, quoted: bool| {
        if !word.is_empty() {
            clause.push(Token {
                text: std::mem::take(word),
                pause: std::mem::take(pause),
                quoted,
            });
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        let quoted = double_quoted || single_close.is_some();
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        let next = chars.get(i + 1).copied().unwrap_or(' ');
        if c.is_alphanumeric() {
            if word.is_empty() {
                starred = prev == '*';
            }
            word.push(c);
        } else if c == '*'
            && !starred
            && (prev.is_alphabetic() || prev == '*')
            && word.chars().next().is_some_and(char::is_alphabetic)
        {
            // Swearing written with stars (f***, sh*t) stays one word; see `SWEARWORD`.
            word.push(c);
        } else if c == '\'' && single_close == Some(i) {
            flush(&mut word, &mut clause, &mut pause, quoted);
            single_close = None;
            pause = true;
        } else if c == '\''
            && word.is_empty()
            && !prev.is_alphanumeric()
            && next.is_alphanumeric()
            && single_close.is_none()
            && let Some(close) = closing_quote(&chars, i)
        {
            single_close = Some(close);
            pause = true;
        } else if c == '\'' && (next.is_alphanumeric() || word.chars().all(char::is_alphabetic)) {
            // Apostrophes inside or at the edge of a word belong to it ('k, da's, can't).
            if next.is_alphanumeric() || !word.is_empty() {
                word.push(c);
            }
        } else if matches!(c, '-' | '.') && prev.is_alphanumeric() && next.is_alphanumeric() {
            // A hyphen or dot inside a word joins it: belasting-nummer, e-mail, d.o.b, 12.05.1980.
        } else if c == '"' {
            flush(&mut word, &mut clause, &mut pause, quoted);
            double_quoted = !double_quoted;
            pause = true;
        } else if (c == '#' && !next.is_alphabetic())
            || (c == '+' && prev.is_whitespace() && !next.is_alphanumeric())
        {
            // A sign that is a word of its own: "order #" / "order #1234", a number sign read
            // through `abbreviations`; a standalone "+" joining a list ("e-mail + ww"), read
            // through the contractions as the language's "and". ("&" stays out: "track & trace"
            // is one name.)
            flush(&mut word, &mut clause, &mut pause, quoted);
            clause.push(Token {
                text: c.into(),
                pause: std::mem::take(&mut pause),
                quoted,
            });
        } else if c == '?' {
            flush(&mut word, &mut clause, &mut pause, quoted);
            clause.push(Token {
                text: "?".into(),
                pause: std::mem::take(&mut pause),
                quoted,
            });
            clauses.push(std::mem::take(&mut clause));
        } else if EYE_ROLLS.contains(&c) {
            // An eye-roll ends what it mocks and is read as a word (`EYE_ROLL`) that the
            // lexicon's sarcasm markers can name.
            flush(&mut word, &mut clause, &mut pause, quoted);
            clause.push(Token {
                text: EYE_ROLL.into(),
                pause: std::mem::take(&mut pause),
                quoted,
            });
            clauses.push(std::mem::take(&mut clause));
        } else if matches!(c, '!' | ';' | '\n' | '.') {
            flush(&mut word, &mut clause, &mut pause, quoted);
            pause = false;
            if !clause.is_empty() {
                clauses.push(std::mem::take(&mut clause));
            }
        } else {
            flush(&mut word, &mut clause, &mut pause, quoted);
            if matches!(c, ',' | ':' | '-' | '—' | '–' | '…' | '(' | ')' | '/') {
                pause = true;
            }
        }
    }
    let quoted = double_quoted || single_close.is_some();
    flush(&mut word, &mut clause, &mut pause, quoted);
    if !clause.is_empty() {
        clauses.push(clause);
    }
    clauses
}

/// Whether a word holds a letter three times or more in a row.
pub(crate) fn has_stretch(word: &str) -> bool {
    let mut run = 0;
    let mut last = None;
    for c in word.chars() {
        run = if Some(c) == last { run + 1 } else { 1 };
        last = Some(c);
        if run == 3 && c.is_alphabetic() {
            return true;
        }
    }
    false
}

/// The word with every run of a repeated letter cut to at most `keep`.
pub(crate) fn squeeze(word: &str, keep: usize) -> String {
    let mut out = String::with_capacity(word.len());
    let mut run = 0;
    let mut last = None;
    for c in word.chars() {
        run = if Some(c) == last { run + 1 } else { 1 };
        last = Some(c);
        if run <= keep {
            out.push(c);
        }
    }
    out
}

/// Reads short forms as their word where that completes the name of a fact: a word of its own
/// after the rest of the name ("customer no", "order #") or the end of a one-word name
/// ("huisnr"), but not across a pause. A number sign that completes nothing is dropped.
pub(crate) fn expand_abbreviations(
    words: &mut Vec<Token>,
    abbreviations: &std::collections::HashMap<String, String>,
    names: &std::collections::HashSet<String>,
) {
    if abbreviations.is_empty() {
        return;
    }
    for i in 0..words.len() {
        let word = &words[i].text;
        let full = if let Some(full) = abbreviations.get(word) {
            // After a pause the short form starts something new: "it's policy, no exceptions".
            let prev = i
                .checked_sub(1)
                .filter(|_| !words[i].pause)
                .map(|p| words[p].text.as_str());
            prev.filter(|p| {
                names.contains(&format!("{p} {full}")) || names.contains(&format!("{p}{full}"))
            })
            .map(|_| full.clone())
        } else {
            abbreviations.iter().find_map(|(short, full)| {
                let stem = word.strip_suffix(short.as_str())?;
                let whole = format!("{stem}{full}");
                (stem.len() > 1 && names.contains(&whole)).then_some(whole)
            })
        };
        if let Some(full) = full {
            words[i].text = full;
        }
    }
    words.retain(|t| t.text != "#");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<Vec<String>> {
        split_clauses(&fold(text))
            .into_iter()
            .map(|c| c.into_iter().map(|t| t.text).collect())
            .collect()
    }

    #[test]
    fn clauses_split_on_sentence_ends_but_not_dates() {
        assert_eq!(
            words("born 12.05.1980. ok? yes"),
            vec![vec!["born", "12051980"], vec!["ok", "?"], vec!["yes"]]
        );
    }

    #[test]
    fn quotes_and_pauses_are_noted() {
        let clause = &split_clauses(&fold("you called him 'useless', I hear you"))[0];
        let quoted: Vec<&str> = clause
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.text.as_str())
            .collect();
        assert_eq!(quoted, ["useless"]);
        assert!(clause.iter().find(|t| t.text == "i").unwrap().pause);
        let clause = &split_clauses(&fold("he said “you idiot” to me"))[0];
        assert_eq!(clause.iter().filter(|t| t.quoted).count(), 2);
        assert_eq!(words("f*** this, sh*t"), vec![vec!["f***", "this", "sh*t"]]);
        assert_eq!(words("*sigh* ok"), vec![vec!["sigh", "ok"]]);
        let clause = &split_clauses(&fold(
            "'cause the crew checks first, but I'll flag it for the mornin'",
        ))[0];
        assert!(clause.iter().all(|t| !t.quoted));
        let clause = &split_clauses(&fold("u said 'im an idiot' but ur not"))[0];
        assert_eq!(clause.iter().filter(|t| t.quoted).count(), 3);
        let clause = &split_clauses(&fold("'k snap het, da's 't probleem"))[0];
        assert!(clause.iter().all(|t| !t.quoted));
        assert_eq!(clause[0].text, "'k");
    }

    #[test]
    fn dashes_pause_and_a_standalone_plus_is_a_word() {
        let clause = &split_clauses(&fold("it is nothing — I'm asking a nurse"))[0];
        assert!(clause.iter().find(|t| t.text == "i'm").unwrap().pause);
        assert_eq!(
            words("je e-mail + ww, tel +31 6"),
            vec![vec!["je", "email", "+", "ww", "tel", "31", "6"]]
        );
        assert_eq!(words("track & trace"), vec![vec!["track", "trace"]]);
    }
}
