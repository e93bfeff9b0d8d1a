//! The desk's opening line: a line that opens by naming the desk ("IT desk. Name?",
//! "KCC Lindenburg.", "Servicedesk ICT, met Bas") or the organisation before the speaker
//! ("Aquaflow Water, Gary.") introduces the desk, and greets tentatively (`hear.rs`). Split
//! from `structural.rs`, whose word lists it reads.

use super::pattern::Clause;
use super::*;

impl Lexicon {
    /// Whether the first clause of a line opens by naming the desk: its first part, or its
    /// second after a short greeting, is one to four words ending in one of the `desk_words`
    /// ("IT desk. Name?", "Pension fund, good afternoon.", "goedenavond, huisartsenpost, …"),
    /// and does not start with one of the `desk_blockers` ("call the helpdesk"); or is a desk
    /// word and a name ("KCC Lindenburg."); or is the organisation's name before the speaker's.
    pub(super) fn names_desk(&self, clause: &Clause, cs: &scope::ClauseScope) -> bool {
        // A desk named with its phone number is where the caller is sent ("Gemeente
        // Lindenburg, Team Belastingen: 0488 41 27 50"), not the desk answering.
        if phone_digits(clause.words) >= PHONE_DIGITS {
            return false;
        }
        let parts = self.scope.parts(cs);
        let desk = |(s, e): (usize, usize)| {
            let words = &clause.words[s..e];
            // "Which municipality?" asks; it does not name the desk.
            let ends = (1..=4).contains(&words.len())
                && self.shapes.desk_words.contains(&words[words.len() - 1])
                && !self.shapes.desk_blockers.contains(&words[0])
                && !self.question_words.contains(&words[0]);
            // Or the desk word first and the organisation's name after it ("KCC Lindenburg",
            // "Servicepunt Rijksleerhuis"): a name is a word the lexicon does not know, or an
            // abbreviation ("Servicedesk ICT").
            let opens = (2..=3).contains(&words.len())
                && self.shapes.desk_words.contains(&words[0])
                && words[1..]
                    .iter()
                    .all(|w| !self.vocabulary.contains(w) || w.chars().count() <= 3);
            ends || opens
        };
        match parts.as_slice() {
            [first, ..] if desk(*first) => true,
            [first, second, rest @ ..] => {
                let short = first.1 - first.0 <= 2;
                (short && desk(*second))
                    || self.organisation_then_name(clause, *first, *second)
                    // "Now then! Pulse Fitness Leeds, Kieran speaking": after a short opener.
                    || (short
                        && rest
                            .first()
                            .is_some_and(|third| self.organisation_then_name(clause, *second, *third)))
            }
            _ => false,
        }
    }

    /// Whether a line opens with the organisation's name and then the speaker's ("Aquaflow
    /// Water, Gary.", "Harbour Energy, Dean speaking."): a first part of one to three words, one
    /// of them a word the lexicon does not know, that starts with no blocker, question word or
    /// filler ("Sorry, Dan." and "So, Kev?" name no desk); then a part of one or two words, one
    /// of them a first name.
    fn organisation_then_name(
        &self,
        clause: &Clause,
        (s, e): (usize, usize),
        (ns, ne): (usize, usize),
    ) -> bool {
        let words = &clause.words[s..e];
        let opens = |first: &String| {
            !self.shapes.desk_blockers.contains(first)
                && !self.question_words.contains(first)
                && !self.shapes.question_openers.contains(first)
        };
        (1..=3).contains(&words.len())
            && words.first().is_some_and(opens)
            && words.iter().any(|w| !self.vocabulary.contains(w))
            && (1..=2).contains(&(ne - ns))
            && (ns..ne).any(|i| clause.names.get(i).copied().unwrap_or(false))
    }
}

/// The fewest digits that make a phone number: fewer are a date, a time or an amount.
const PHONE_DIGITS: usize = 6;

/// The most digits a clause says in one run of words of digits alone ("0488 41 27 50" says
/// ten; "08 30 tot 12 30", two times, says four).
fn phone_digits(words: &[String]) -> usize {
    let (mut longest, mut run) = (0, 0);
    for w in words {
        if !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
            run += w.len();
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_phone_number_is_one_run_of_digits_and_two_times_are_not() {
        assert_eq!(phone_digits(&words("team belastingen 0488 41 27 50")), 10);
        assert_eq!(phone_digits(&words("open 08 30 tot 12 30")), 4);
        assert!(phone_digits(&words("op 4 december 2026")) < PHONE_DIGITS);
    }
}
