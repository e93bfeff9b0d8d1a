//! The learned layers' say in a line: the nearest labelled lines vote, and the classifier
//! weighs the line's words; either may add an act no pattern heard, under the same guards. The
//! nearest lines may also overrule a pattern, and a trainer's own line may decide outright.

use super::hear::Hearing;
use super::*;

/// Warmth the labelled lines may not add to a line whose patterns heard it cold, nor coldness to
/// a warm one: "you should have changed it when the reminder came" is like a reassuring line in
/// its words, not in what it does; "oei, dat is balen zeg" is like a dismissive one.
const WARM: [ActKind; 2] = [ActKind::Empathy, ActKind::Reassurance];
const COLD: [ActKind; 3] = [ActKind::Blame, ActKind::Dismissive, ActKind::Insult];

/// A labelled line at least this alike makes the act it adds firm: one less alike shares a
/// word or two with the line, and the act it adds is heard but tentative.
const FIRM: f32 = 0.3;

fn cold_line(kind: ActKind, heard: &[ActKind]) -> bool {
    let (warm, cold) = (WARM.contains(&kind), COLD.contains(&kind));
    (warm && heard.iter().any(|k| COLD.contains(k)))
        || (cold && heard.iter().any(|k| WARM.contains(k)))
}

impl Lexicon {
    /// The nearest labelled lines vote: they add acts no pattern heard, and overrule a
    /// pattern's act that none of them carries when they are very like this line. A trainer's
    /// own line that is nearly this one decides outright.
    pub(super) fn vote(
        &self,
        h: &mut Hearing,
        text: &str,
        mut explanation: Option<&mut Explanation>,
    ) {
        let neighbours = if self.layers == Layers::Rules {
            Vec::new()
        } else {
            self.examples.nearest(text, NEIGHBOURS, self.leave_out)
        };
        if let Some(first) = neighbours
            .first()
            .filter(|n| n.trainer && n.similarity >= TRAINER_SAYS)
        {
            h.kinds.clear();
            h.asked.clear();
            for label in &first.acts {
                let (name, fact) = match label.split_once(':') {
                    Some((n, f)) => (n, Some(f)),
                    None => (label.as_str(), None),
                };
                match (ActKind::from_name(name), fact) {
                    (Some(ActKind::AskIdentity), Some(f)) => {
                        let at = h.asked.len();
                        h.asked.push((0, at, f.into()))
                    }
                    (Some(kind), None) if kind != ActKind::AskIdentity => h.kinds.push(kind),
                    _ => {}
                }
            }
            if let Some(ex) = explanation.as_deref_mut() {
                ex.trainer_line = Some(first.clone());
            }
        } else {
            let total: f32 = neighbours.iter().map(|n| n.similarity).sum();
            let mut votes: BTreeMap<ActKind, f32> = BTreeMap::new();
            for n in &neighbours {
                for label in &n.acts {
                    if let Some(kind) = ActKind::from_name(label) {
                        *votes.entry(kind).or_default() += n.similarity;
                    }
                }
            }
            // The nearest line overrules a pattern only when it says the words the pattern
            // matched and still does not carry the act: a line that lacks them ("Wat is er aan
            // de hand?" beside "met Mo van IT, wat is er aan de hand?") says nothing about it.
            // (The nearest is normalised only when there is something to overrule.)
            let candidates: Vec<ActKind> = h
                .kinds
                .iter()
                .copied()
                .filter(|k| !rule_only(*k) && !votes.contains_key(k))
                .collect();
            let nearest = neighbours
                .first()
                .filter(|n| n.similarity >= OVERRULE && !candidates.is_empty())
                .map(|n| format!(" {} ", self.normalize(&n.text)));
            let overruled: Vec<ActKind> = candidates
                .into_iter()
                .filter(|k| {
                    nearest.as_ref().is_some_and(|near| {
                        h.matched
                            .get(k)
                            .is_none_or(|m| near.contains(&format!(" {m} ")))
                    })
                })
                .collect();
            h.kinds.retain(|k| !overruled.contains(k));
            // The nearest lines' vote and the classifier's probability: either may add an
            // act, under the same guards.
            let classified = if self.layers == Layers::Rules {
                Vec::new()
            } else {
                self.classified(text)
            };
            let shares = votes
                .iter()
                .map(|(kind, vote)| (*kind, vote / total.max(f32::EPSILON), false))
                .filter(|(_, share, _)| *share >= VOTE);
            let mut learned = Vec::new();
            let mut by_classifier = Vec::new();
            let mut phrase: Option<String> = None;
            for (kind, share, classifier) in
                shares.chain(classified.into_iter().map(|(k, p)| (k, p, true)))
            {
                if (!self.needs.contains_key(&kind) || h.needs_met.contains(&kind))
                    && !rule_only(kind)
                    && !h.kinds.contains(&kind)
                    && (!h.cancelled.contains(&kind) || self.layers != Layers::Both)
                    && !cold_line(kind, &h.kinds)
                {
                    h.kinds.push(kind);
                    let phrase = phrase.get_or_insert_with(|| self.normalize(text));
                    h.phrasing.insert(kind, phrase.clone());
                    if classifier {
                        by_classifier.push((kind, share));
                    } else {
                        let closest = neighbours
                            .iter()
                            .filter(|n| n.acts.iter().any(|l| l == kind.name()))
                            .map(|n| n.similarity)
                            .fold(0.0, f32::max);
                        if closest < FIRM {
                            h.tentative.push(kind);
                        }
                        learned.push((kind, share));
                    }
                }
            }
            if let Some(ex) = explanation.as_deref_mut() {
                ex.tentative = h.tentative.clone();
                ex.learned = learned;
                ex.classified = by_classifier
                    .into_iter()
                    .map(|(kind, p)| (kind, p, self.strongest(text, kind)))
                    .collect();
                ex.overruled = overruled;
            }
        }
        if let Some(ex) = explanation {
            ex.neighbours = neighbours;
        }
    }
}
