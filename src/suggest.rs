//! "Did you mean…?": the closest known name to a mistyped one, or every name it could mean.

/// How alike two names must be (Jaro-Winkler) to count as a likely typo of each other.
const TYPO: f64 = 0.8;

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let name = name.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (c, strsim::jaro_winkler(&name, &c.to_lowercase())))
        .filter(|(c, score)| *score >= TYPO || c.starts_with(name.as_str()) && !name.is_empty())
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

/// Every candidate `name` could have meant, in the candidates' own order: those it begins; if
/// it begins none, those close enough to be a likely typo. Where it could mean several, the
/// caller lists them all instead of guessing one (see `Rejection::UnknownCommand`).
pub fn candidates<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let name = name.to_lowercase();
    if name.is_empty() {
        return Vec::new();
    }
    let all: Vec<&str> = candidates.into_iter().collect();
    let begun: Vec<&str> = all
        .iter()
        .copied()
        .filter(|c| c.to_lowercase().starts_with(&name))
        .collect();
    if !begun.is_empty() {
        return begun;
    }
    all.into_iter()
        .filter(|c| strsim::jaro_winkler(&name, &c.to_lowercase()) >= TYPO)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_typos_not_strangers() {
        assert_eq!(super::closest("lookpu", ["lookup", "hold"]), Some("lookup"));
        assert_eq!(
            super::closest("tra", ["transfer", "hold"]),
            Some("transfer")
        );
        assert_eq!(super::closest("xyzzy", ["lookup", "hold"]), None);
    }

    #[test]
    fn candidates_are_every_name_meant() {
        let names = ["help", "hold", "resume", "reset", "end"];
        assert_eq!(super::candidates("res", names), ["resume", "reset"]);
        assert_eq!(super::candidates("rese", names), ["reset"]);
        assert_eq!(super::candidates("hlep", names), ["help"]);
        assert!(super::candidates("xyzzy", names).is_empty());
        assert!(super::candidates("", names).is_empty());
    }
}
