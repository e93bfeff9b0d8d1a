//! Which phrasing of a caller's line is said: one not yet said in this round of the line's
//! phrasings, picked with the call's seeded generator; when all have been said, a new round
//! starts without the one said last. So no phrasing comes twice running, and a line said
//! often goes through all its phrasings instead of coming back to a few.

use rand::RngExt;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// The phrasings of each line said in the current round of that line.
#[derive(Debug, Default)]
pub(super) struct Phrasings {
    used: BTreeMap<String, Vec<usize>>,
}

impl Phrasings {
    /// Picks one of a line's `count` phrasings (`count` > 0).
    pub(super) fn pick(&mut self, line: &str, count: usize, rng: &mut ChaCha8Rng) -> usize {
        let used = self.used.entry(line.to_string()).or_default();
        if used.len() >= count {
            let last = used.last().copied().filter(|_| count > 1);
            used.clear();
            used.extend(last);
        }
        let free: Vec<usize> = (0..count).filter(|v| !used.contains(v)).collect();
        let variant = free[rng.random_range(0..free.len())];
        used.push(variant);
        variant
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn all_phrasings_come_before_one_comes_again_and_none_twice_running() {
        for seed in 0..20 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let mut phrasings = Phrasings::default();
            let picks: Vec<usize> = (0..60).map(|_| phrasings.pick("x", 4, &mut rng)).collect();
            let mut first = picks[..4].to_vec();
            first.sort();
            assert_eq!(first, [0, 1, 2, 3], "{picks:?}");
            assert!(picks.windows(2).all(|w| w[0] != w[1]), "{picks:?}");
            // Every phrasing keeps coming: none waits more than two rounds.
            assert!(
                picks.windows(8).all(|w| (0..4).all(|v| w.contains(&v))),
                "{picks:?}"
            );
        }
    }

    #[test]
    fn a_line_with_one_phrasing_says_it_each_time() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut phrasings = Phrasings::default();
        let picks: Vec<usize> = (0..3).map(|_| phrasings.pick("y", 1, &mut rng)).collect();
        assert_eq!(picks, [0, 0, 0]);
    }
}
