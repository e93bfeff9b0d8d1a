//! From what the trainee typed to the words the patterns see: clauses cut at sentence ends,
//! contractions and short forms expanded, held-down letters read once, typos mended and
//! compounds joined. The matcher, the nearest lines and `--explain` all start here.

use super::text::{Token, split_clauses, strip_apostrophes};
use super::*;
use std::sync::OnceLock;

/// A normalised clause with what its punctuation said.
pub(super) struct Words {
    pub(super) words: Vec<String>,
    pub(super) pauses: Vec<bool>,
    pub(super) quoted: Vec<bool>,
    /// Words written as a name mid-sentence (`guessed_names`).
    pub(super) named: Vec<bool>,
}

impl Lexicon {
    /// The line normalised to plain words, as the matcher sees it (clauses joined).
    pub fn normalize(&self, text: &str) -> String {
        self.clauses(text)
            .into_iter()
            .map(|c| c.words.join(" "))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the line opens with a greeting that also parts ("Goedemorgen.", "Good
    /// afternoon to you"), not one that only opens ("Hi, I'm back").
    pub fn opens_with_parting_greeting(&self, text: &str) -> bool {
        let words = self.normalize(text);
        self.parting
            .iter()
            .any(|g| words == *g || words.starts_with(&format!("{g} ")))
    }

    /// Splits a line into clauses of normalised, mended, joined words.
    pub(super) fn clauses(&self, text: &str) -> Vec<Words> {
        let names = self.guessed_names(text);
        let mut clauses = Vec::new();
        for raw in split_clauses(&fold(text)) {
            let mut words: Vec<Token> = Vec::new();
            let starts_fact = |next: Option<&Token>| {
                next.is_some_and(|t| {
                    self.shapes
                        .fact_starts
                        .contains(strip_apostrophes(&t.text).as_ref())
                })
            };
            for (i, token) in raw.iter().cloned().enumerate() {
                if let Some(your) = self.shapes.possessives.get(&token.text)
                    && starts_fact(raw.get(i + 1))
                {
                    words.push(Token {
                        text: your.clone(),
                        ..token
                    });
                    continue;
                }
                // Whose fact it is does not change what is asked: "the prisoner's full name"
                // asks for a full name, as "your mother's date of birth" does.
                if (token.text.ends_with("'s") || token.text.ends_with("s'"))
                    && i > 0
                    && !self.contractions.contains_key(&token.text)
                    && !self.list_words.contains(strip_apostrophes(&token.text).as_ref())
                    // "give you the driver's mobile" hands over someone else's detail.
                    && !raw[i.saturating_sub(2)..i].iter().any(|t| t.text == "you")
                    && starts_fact(raw.get(i + 1))
                {
                    continue;
                }
                // "kunde gij" is "kunt u", not "kunt u u": a one-word expansion equal to the
                // word just before it ("gij" → "u" after "kunde" → "kunt u") is said once.
                let expand = |to: &Vec<String>, words: &mut Vec<Token>| {
                    for (i, w) in to.iter().enumerate() {
                        if i == 0 && to.len() == 1 && words.last().is_some_and(|t| t.text == *w) {
                            continue;
                        }
                        words.push(Token {
                            text: w.clone(),
                            pause: token.pause && i == 0,
                            quoted: token.quoted,
                        });
                    }
                };
                if token.text == "?" {
                    words.push(token);
                    continue;
                }
                if let Some(expansion) = self.contractions.get(&token.text) {
                    expand(expansion, &mut words);
                    continue;
                }
                // "confirmation'll be in your inbox": any word's 'll is "will".
                if let Some(stem) = token.text.strip_suffix("'ll")
                    && stem.len() > 1
                    && stem.chars().all(char::is_alphabetic)
                {
                    let stem = self.mend(self.unstretch(stem.to_string()));
                    expand(&vec![stem, "will".to_string()], &mut words);
                    continue;
                }
                let bare = strip_apostrophes(&token.text);
                if bare.is_empty() {
                    continue;
                }
                if let Some(expansion) = self.contractions.get(bare.as_ref()) {
                    expand(expansion, &mut words);
                    continue;
                }
                let text = if bare.contains('*') {
                    self.unmask(&bare)
                } else if names.contains(bare.as_ref()) {
                    bare.into_owned()
                } else {
                    self.mend(self.unstretch(bare.into_owned()))
                };
                words.push(Token { text, ..token });
            }
            text::expand_abbreviations(
                &mut words,
                &self.shapes.abbreviations,
                &self.shapes.fact_names,
            );
            let words = self.join_compounds(words);
            if !words.is_empty() {
                clauses.push(Words {
                    pauses: words.iter().map(|t| t.pause).collect(),
                    quoted: words.iter().map(|t| t.quoted).collect(),
                    named: words.iter().map(|t| names.contains(&t.text)).collect(),
                    words: words.into_iter().map(|t| t.text).collect(),
                });
            }
        }
        clauses
    }

    /// The words written as a name mid-sentence ("Hi, I'm Becca", "met Ciarán van de
    /// balie"): a capital and then small letters, after a word of the same sentence, and no
    /// word deskdrill knows. They are read as first names where a pattern asks for one
    /// (`<name>`) and are never mended as typos. A line in capitals throughout says nothing.
    fn guessed_names(&self, text: &str) -> HashSet<String> {
        let mut names = HashSet::new();
        let mut sentence_start = true;
        for token in text.split_whitespace() {
            let word: String = token
                .trim_start_matches(|c: char| !c.is_alphabetic())
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            let mut chars = word.chars();
            let titled = chars.next().is_some_and(char::is_uppercase)
                && word.chars().count() >= 3
                && chars.all(char::is_lowercase);
            if titled && !sentence_start {
                let folded = fold(&word);
                if !self.vocabulary.contains(&folded) && !self.contractions.contains_key(&folded) {
                    names.insert(folded);
                }
            }
            sentence_start = token.ends_with(['.', '!', '?', '"', '\u{201d}']);
        }
        names
    }

    /// A word typed with a letter held down ("hiii", "byeee", "sooo") is read with the run
    /// shortened to one letter, or two where that is the word ("helllo"); a known word is kept.
    fn unstretch(&self, word: String) -> String {
        if self.vocabulary.contains(&word) || !text::has_stretch(&word) {
            return word;
        }
        let one = text::squeeze(&word, 1);
        if self.vocabulary.contains(&one) || self.contractions.contains_key(&one) {
            return one;
        }
        let two = text::squeeze(&word, 2);
        if self.vocabulary.contains(&two) || self.contractions.contains_key(&two) {
            return two;
        }
        word
    }

    /// A word written with stars: the one word of five letters or more in the vocabulary it
    /// spells ("p***word" is the password), swearing (`swearword`) if it starts with a swear
    /// word ("f***", "sh*t", "k*tzooi"), and otherwise the word as typed ("sc***horpe").
    fn unmask(&self, masked: &str) -> String {
        let mask: Vec<char> = masked.chars().collect();
        let spells = |word: &str, whole: bool| {
            let w: Vec<char> = word.chars().collect();
            (if whole {
                w.len() == mask.len()
            } else {
                w.len() <= mask.len()
            }) && w.iter().zip(&mask).all(|(a, m)| *m == '*' || a == m)
        };
        let spelled: Vec<&String> = mask
            .first()
            .and_then(|c| self.mendable.get(c))
            .map(|words| words.iter().filter(|w| spells(w, true)).collect())
            .unwrap_or_default();
        if let [word] = spelled.as_slice()
            && !self.swears.iter().any(|s| word.starts_with(s.as_str()))
        {
            return (*word).clone();
        }
        if self.swears.iter().any(|s| spells(s, false)) {
            text::SWEARWORD.to_string()
        } else {
            masked.to_string()
        }
    }

    /// Reads an unknown word as the one vocabulary word it is a typo of, if there is exactly one;
    /// a word of the language's dictionary is no typo ("critical" is not "criminal", "teams"
    /// not "terms").
    fn mend(&self, word: String) -> String {
        let len = word.chars().count();
        if len < 5
            || self.vocabulary.contains(&word)
            || !word.chars().all(char::is_alphabetic)
            || dictionary(self.lang).contains(&word)
        {
            return word;
        }
        let max = if len >= 8 { 2 } else { 1 };
        let first = word.chars().next().unwrap_or(' ');
        let Some(candidates) = self.mendable.get(&first) else {
            return word;
        };
        let mut best: Option<(&String, usize)> = None;
        let mut tie = false;
        for cand in candidates {
            let clen = cand.chars().count();
            if clen.abs_diff(len) > max {
                continue;
            }
            let d = strsim::osa_distance(&word, cand);
            if d > max {
                continue;
            }
            match best {
                Some((_, bd)) if d > bd => {}
                Some((_, bd)) if d == bd => tie = true,
                _ => {
                    best = Some((cand, d));
                    tie = false;
                }
            }
        }
        match best {
            Some((cand, _)) if !tie => cand.clone(),
            _ => word,
        }
    }

    /// Joins two or three neighbouring words whose joined form is a one-word fact synonym
    /// (`belasting nummer` → `belastingnummer`); joining into any word would wreck phrases
    /// such as "call me an idiot" ("mean").
    fn join_compounds(&self, words: Vec<Token>) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::with_capacity(words.len());
        let mut i = 0;
        'next: while i < words.len() {
            for width in [3, 2] {
                let Some(parts) = words.get(i..i + width) else {
                    continue;
                };
                if parts.iter().any(|w| w.text == "?") {
                    continue;
                }
                let candidate: String = parts.iter().map(|t| t.text.as_str()).collect();
                if self.compounds.contains(&candidate) {
                    out.push(Token {
                        text: candidate,
                        pause: parts[0].pause,
                        quoted: parts.iter().any(|t| t.quoted),
                    });
                    i += width;
                    continue 'next;
                }
            }
            out.push(words[i].clone());
            i += 1;
        }
        out
    }
}

/// The words of a language that are never mended as typos: `lexicon/words/LANG.txt`, common
/// words of five letters or more (see `scripts/wordlist.py`), folded as the text is.
fn dictionary(lang: Lang) -> &'static HashSet<String> {
    static EN: OnceLock<HashSet<String>> = OnceLock::new();
    static NL: OnceLock<HashSet<String>> = OnceLock::new();
    let (cell, words) = match lang {
        Lang::En => (&EN, include_str!("../../lexicon/words/en.txt")),
        Lang::Nl => (&NL, include_str!("../../lexicon/words/nl.txt")),
    };
    cell.get_or_init(|| words.lines().map(fold).collect())
}
