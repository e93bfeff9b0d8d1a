//! Issue #9, seventh round: the learned layers (nearest lines and classifier) add an act only
//! where the line has a word that can carry it. A desk's name is no transfer, a statement no
//! question, a transfer no hold; and a real word is not mended into a look-alike.

use crate::util::{builtin_lexicon, labels as heard};
use deskdrill::lang::Lang;
use deskdrill::understanding::Layers;

#[test]
fn learned_acts_need_a_word_that_can_carry_them() {
    for (lang, text, not) in [
        (
            Lang::Nl,
            "KCC Rijnstede, Werk en Inkomen.",
            "transfer_notice",
        ),
        (
            Lang::En,
            "The letter went out on the 3rd of March.",
            "ask_info",
        ),
        (
            Lang::En,
            "good morning, you're through to the IT service desk, this is Priya",
            "ask_info",
        ),
        (
            Lang::En,
            "I'm going to transfer you to our second-line team",
            "hold_notice",
        ),
        (Lang::En, "Payment on hold since 1 March.", "hold_notice"),
        (
            Lang::En,
            "Your benefit is on hold because the statements are missing",
            "hold_notice",
        ),
    ] {
        let lexicon = builtin_lexicon(lang);
        let acts = heard(&lexicon, text);
        assert!(
            !acts.iter().any(|a| a == not),
            "{text}: {acts:?}, not {not}"
        );
    }
    // The same acts are still heard where a word carries them.
    let en = builtin_lexicon(Lang::En);
    for (text, act) in [
        ("I'll put you on hold for a moment", "hold_notice"),
        ("what does the screen say?", "ask_info"),
        ("I'm putting you through to billing now", "transfer_notice"),
    ] {
        let acts = heard(&en, text);
        assert!(acts.iter().any(|a| a == act), "{text}: {acts:?}");
    }
}

#[test]
fn a_real_word_is_not_mended_into_a_look_alike() {
    let nl = builtin_lexicon(Lang::Nl);
    let explanation = nl.explain("Voortaan graag uw wachtwoord wijzigen voordat het verloopt.");
    assert!(
        explanation.render().contains("voordat het verloopt"),
        "{}",
        explanation.render()
    );
}

/// Trainees open with the desk's short name: the desk word first and the organisation after
/// it is a self-introduction, in both languages; a desk word in a sentence is not (the rule
/// alone, without the learned layers).
#[test]
fn a_desk_word_and_a_name_introduce_the_desk() {
    for (lang, text, intro) in [
        (Lang::En, "KCC Lindenburg.", true),
        (Lang::En, "Servicepunt Rijksleerhuis.", true),
        (Lang::En, "KCC Rijnstede, Work and Income.", true),
        (Lang::En, "The helpdesk is closed on Sundays.", false),
        (Lang::En, "Support closes at five.", false),
        (Lang::Nl, "KCC Rijnstede, Werk en Inkomen.", true),
        (Lang::Nl, "Servicepunt Rijksleerhuis.", true),
        (Lang::Nl, "De helpdesk is op zondag gesloten.", false),
        (Lang::Nl, "Afdeling belastingen gaat daarover.", false),
    ] {
        let mut lexicon = builtin_lexicon(lang);
        lexicon.set_layers(Layers::Rules);
        let acts = heard(&lexicon, text);
        assert_eq!(
            acts.iter().any(|a| a == "self_intro"),
            intro,
            "{text}: {acts:?}"
        );
    }
}

/// The measured evaluation sets listed in `tests/corpus/folded.txt` are lines deskdrill learns
/// from, and `understand --evaluate` says so; a set left out of the list is not.
#[test]
fn folded_sets_are_learned_from_and_others_are_not() {
    let listed = std::fs::read_to_string("tests/corpus/folded.txt").unwrap();
    let listed: Vec<&str> = listed
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    let texts = |set: &str, lang: &str| -> Vec<String> {
        let path = format!("tests/eval/understanding/{set}/{lang}.jsonl");
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["text"].as_str().unwrap().to_string()
            })
            .collect()
    };
    for (lang, code) in [(Lang::En, "en"), (Lang::Nl, "nl")] {
        let lexicon = builtin_lexicon(lang);
        let folded = texts("2026-12-04zy", code);
        let folded: Vec<&str> = folded.iter().map(String::as_str).collect();
        assert!(listed.contains(&"2026-12-04zy"));
        assert!(lexicon.learned_from(&folded) >= folded.len() * 9 / 10);
        let unseen = texts("2026-12-04zzb", code);
        let unseen: Vec<&str> = unseen.iter().map(String::as_str).collect();
        assert!(!listed.contains(&"2026-12-04zzb"));
        assert_eq!(lexicon.learned_from(&unseen), 0);
    }
}
