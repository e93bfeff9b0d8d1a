//! "Did you mean…?": the closest known name to a mistyped one.

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let name = name.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (c, strsim::jaro_winkler(&name, &c.to_lowercase())))
        .filter(|(c, score)| *score >= 0.8 || c.starts_with(name.as_str()) && !name.is_empty())
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
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
}
