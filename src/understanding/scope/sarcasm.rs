//! Sarcasm: the marker that mocks a line ("oh great", "ja hoor", an eye-roll emoji), how far
//! it reaches, and what mocked sympathy or promises do instead.

use super::super::pattern::Clause;
use super::super::text::EYE_ROLL;
use super::{ActKind, Scope};

impl Scope {
    /// The sarcasm marker in a line, if any, its clause and the last clause it reaches. A
    /// marker inside quotes is someone else's words ("'Thanks for nothing', you said, and
    /// you're right, sorry"), not the agent's tone. An eye-roll emoji ends its clause and the
    /// mockery with it: what follows is meant ("the bot said 'calm down' 🙄 so sorry, that should never
    /// have gone out" apologises; "ja hoor, heel normaal toch 🙄 nee grapje, ik snap dat je
    /// schrikt" sympathises).
    pub fn sarcasm(
        &self,
        clauses: &[Clause],
        quoted: &[&[bool]],
    ) -> Option<(String, usize, usize)> {
        for (no, (clause, quoted)) in clauses.iter().zip(quoted).enumerate() {
            for p in &self.sarcasm {
                let own = p
                    .spans(clause)
                    .into_iter()
                    .find(|&(s, e)| !(s..e).all(|i| quoted.get(i).copied().unwrap_or(false)));
                if let Some((s, e)) = own {
                    let reach = clauses[no..]
                        .iter()
                        .position(|c| c.words.iter().any(|w| w == EYE_ROLL))
                        .map_or(usize::MAX, |k| no + k);
                    return Some((clause.words[s..e].join(" "), no, reach));
                }
            }
        }
        None
    }

    /// What a mocked act does instead (`sarcastic_becomes`): "must be SO hard for you 🙄" and
    /// "I'll have the whole line searched just for your glove" dismiss; sarcastic thanks and
    /// reassurance are only taken back ("Oh brilliant, the button's broken again. Not your
    /// fault" reassures nobody, nor belittles them).
    pub fn sarcastic_becomes(&self, kind: ActKind) -> Option<ActKind> {
        self.sarcastic_becomes
            .iter()
            .find(|(from, _)| *from == kind)
            .map(|&(_, to)| to)
    }
}
