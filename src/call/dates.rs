//! Dates said in words: "the 27th of June 1973", "June 27, 1973", "27 juni '73", "3-7-1988".
//! A record's date ("27-06-1973") read out in any of these shapes is the value read out, so a
//! leak is a leak however the trainee writes the date.

use std::sync::LazyLock;

use regex::Regex;

/// Month names and their short forms, English and Dutch, with the month's number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januari", 1),
    ("february", 2),
    ("feb", 2),
    ("februari", 2),
    ("march", 3),
    ("mar", 3),
    ("maart", 3),
    ("mrt", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("mei", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("august", 8),
    ("aug", 8),
    ("augustus", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const DAY: &str = r"(\d{1,2})(?:st|nd|rd|th|e|ste|de)?";
const YEAR: &str = r"'?(\d{4}|\d{2})";

/// The month names of [`MONTHS`] but those left out, as one alternation, longest first ("june"
/// before "jun").
fn month_names(except: &[&str]) -> String {
    let mut names: Vec<&str> = MONTHS
        .iter()
        .map(|&(name, _)| name)
        .filter(|name| !except.contains(name))
        .collect();
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    format!("({})", names.join("|"))
}

/// The number of a month named in [`MONTHS`].
fn month_number(name: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == name).map(|&(_, n)| n)
}

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_names(&[]);
    Regex::new(&format!(r"\b{DAY}\.?\s+(?:of\s+)?{month}\.?,?\s+{YEAR}\b")).expect("day month")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_names(&[]);
    Regex::new(&format!(r"\b{month}\.?\s+(?:the\s+)?{DAY},?\s+{YEAR}\b")).expect("month day")
});
static DAY_MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_names(&[]);
    Regex::new(&format!(r"\b{DAY}\.?\s+(?:of\s+)?{month}\b")).expect("day month alone")
});
static MONTH_DAY_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    // Not "may": "you may 2…" is no date.
    let month = month_names(&["may"]);
    Regex::new(&format!(r"\b{month}\.?\s+(?:the\s+)?{DAY}\b")).expect("month day alone")
});
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})\b").expect("numeric")
});

/// Every date a line says, as day, month and year digits run together ("27061973"); a year of
/// two digits stands for both centuries it could mean.
pub fn spoken_dates(line: &str) -> Vec<String> {
    let text = line.to_lowercase();
    let mut out = Vec::new();
    for c in DAY_MONTH.captures_iter(&text) {
        if let Some(m) = month_number(&c[2]) {
            push(&mut out, &c[1], m, &c[3]);
        }
    }
    for c in MONTH_DAY.captures_iter(&text) {
        if let Some(m) = month_number(&c[1]) {
            push(&mut out, &c[2], m, &c[3]);
        }
    }
    for c in NUMERIC.captures_iter(&text) {
        if let Ok(m) = c[2].parse::<u32>() {
            push(&mut out, &c[1], m, &c[3]);
        }
    }
    out
}

/// Every day and month a line says in words, with or without a year, as their digits run
/// together ("2706" for "the 27th of June"): a birthday's day and month are half of it.
pub fn spoken_days(line: &str) -> Vec<String> {
    let text = line.to_lowercase();
    let day_month = DAY_MONTH_ALONE
        .captures_iter(&text)
        .filter_map(|c| Some((c[1].parse::<u32>().ok()?, month_number(&c[2])?)));
    let month_day = MONTH_DAY_ALONE
        .captures_iter(&text)
        .filter_map(|c| Some((c[2].parse::<u32>().ok()?, month_number(&c[1])?)));
    day_month
        .chain(month_day)
        .filter(|&(day, _)| (1..=31).contains(&day))
        .map(|(day, month)| format!("{day:02}{month:02}"))
        .collect()
}

fn push(out: &mut Vec<String>, day: &str, month: u32, year: &str) {
    let Ok(day) = day.parse::<u32>() else {
        return;
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return;
    }
    let years = if year.len() == 2 {
        vec![format!("19{year}"), format!("20{year}")]
    } else {
        vec![year.to_string()]
    };
    for y in years {
        out.push(format!("{day:02}{month:02}{y}"));
    }
}

#[cfg(test)]
mod tests {
    use super::{spoken_dates, spoken_days};

    #[test]
    fn a_date_in_words_is_the_date_in_digits() {
        for line in [
            "And your birthday is the 27th of June 1973?",
            "born June 27, 1973 right",
            "u bent geboren op 27 juni 1973, klopt dat?",
            "is it 27/6/1973",
            "27-06-73 toch?",
        ] {
            assert!(
                spoken_dates(line).contains(&"27061973".to_string()),
                "{line}"
            );
        }
    }

    #[test]
    fn a_day_and_month_without_a_year_are_heard_too() {
        for line in [
            "I've got the 27th of June here, so just the year?",
            "uw verjaardag is 27 juni, toch?",
            "born on June 27th?",
        ] {
            assert_eq!(spoken_days(line), ["2706"], "{line}");
        }
        assert!(spoken_days("you may 2 days wait").is_empty());
        assert!(spoken_days("call me on 27 or 28").is_empty());
    }

    #[test]
    fn numbers_that_are_no_date_are_not_read_as_one() {
        assert!(spoken_dates("call 0488 41 27 50 before 12:30").is_empty());
        assert!(spoken_dates("room 2.03 on the 3rd floor").is_empty());
        assert!(spoken_dates("it may take 3 weeks").is_empty());
    }
}
