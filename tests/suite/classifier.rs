//! Issue #9, sixth round: the classifier trained at build time on the shipped corpus hears
//! acts said in words no pattern and no nearby labelled line has, and says why.

use crate::util::{builtin_lexicon as lexicon, labels};
use deskdrill::lang::Lang;
use deskdrill::understanding::{ActKind, Layers};

#[test]
fn the_classifier_hears_what_the_rules_miss_and_says_why() {
    for (lang, text, act) in [
        (
            Lang::En,
            "okay so nobody's going to shout at you here and nobody's going to think you're \
             stupid we get this call about twenty times a morning so let's just take it one step \
             at a time",
            ActKind::Reassurance,
        ),
        (
            Lang::Nl,
            "Joh, hou op, dat is echt geen ramp hoor.",
            ActKind::Reassurance,
        ),
        (
            Lang::Nl,
            "Ik weet niet of het helpt, maar u zou ook via de app kunnen inloggen, daar werkt \
             het meestal wel.",
            ActKind::OfferAlternative,
        ),
    ] {
        let mut lex = lexicon(lang);
        let explanation = lex.explain(text);
        let (_, p, strongest) = explanation
            .classified
            .iter()
            .find(|(k, _, _)| *k == act)
            .unwrap_or_else(|| panic!("{text:?}: {:?}", explanation.classified));
        assert!(
            *p >= 0.5 && !strongest.is_empty(),
            "{text:?}: {p} {strongest:?}"
        );
        assert!(explanation.render().contains("from the classifier"));
        lex.set_layers(Layers::Rules);
        assert!(
            !labels(&lex, text).contains(&act.name().to_string()),
            "{text:?}"
        );
    }
}

#[test]
fn the_classifier_never_hears_a_critical_act_or_which_fact_was_asked() {
    // Lines full of insult-like and ask-like words: only the patterns may hear these acts.
    let en = lexicon(Lang::En);
    for text in [
        "the last caller was an absolute idiot about the whole password thing, honestly",
        "we had a useless tax number form and a stupid date of birth field on that page",
    ] {
        let explanation = en.explain(text);
        for (kind, _, _) in &explanation.classified {
            assert!(
                !matches!(kind, ActKind::Insult | ActKind::AskIdentity),
                "{text:?}: {kind:?}"
            );
        }
    }
}

#[test]
fn short_lines_are_left_to_the_rules() {
    let en = lexicon(Lang::En);
    for text in ["no", "sure", "and then?", "ok fine"] {
        assert!(en.explain(text).classified.is_empty(), "{text:?}");
    }
}
