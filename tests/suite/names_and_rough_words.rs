//! Fourteenth round: names deskdrill has never seen, rough words about things rather than the
//! caller, promises and comfort in other words: the kinds of line the read sets t and u showed
//! (their lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

fn heard(lang: Lang, text: &str) -> Vec<String> {
    labels(&builtin_lexicon(lang), text)
}

fn has(lang: Lang, text: &str, act: &str) -> bool {
    heard(lang, text).iter().any(|a| a == act)
}

/// Heard with evidence enough to score: a tentative act shows in review and earns nothing.
fn scored(lang: Lang, text: &str, act: &str) -> bool {
    let (acts, _, tentative) = builtin_lexicon(lang).understand_phrased(text);
    acts.iter()
        .any(|a| a.act.name() == act && !tentative.contains(&a.act))
}

/// A name written with a capital in the middle of a sentence introduces the trainee, though no
/// list of first names holds it; a capitalised word deskdrill knows (a nationality, a day) does not.
#[test]
fn an_unlisted_name_introduces_the_trainee() {
    assert!(has(
        Lang::En,
        "Hi, I'm Tamsin, how can I help?",
        "self_intro"
    ));
    assert!(has(
        Lang::En,
        "Good morning, this is Wietske speaking",
        "self_intro"
    ));
    assert!(has(
        Lang::Nl,
        "Goedemiddag, u spreekt met Wietske, waarmee kan ik helpen?",
        "self_intro"
    ));
    assert!(!has(
        Lang::En,
        "Hi, I'm Dutch, sorry for my English",
        "self_intro"
    ));
    assert!(!has(
        Lang::En,
        "Yes, it is Tuesday today, so the office is open",
        "self_intro"
    ));
    assert!(!has(Lang::Nl, "Ja, ik ben Nederlands hoor", "self_intro"));
}

/// A rough word about a machine or a situation insults nobody; the same word at the caller does.
#[test]
fn a_rough_word_about_a_thing_is_no_insult() {
    hears_none(
        Lang::En,
        "insult",
        &[
            "oh no, that's a bloody nightmare with a baby in the house",
            "the bloody fax has eaten the form again, give me a second",
            "Flippin' 'eck, forty minutes on hold? I'd be fuming an' all.",
        ],
    );
    hears_all(
        Lang::En,
        "insult",
        &[
            "you're a bloody nightmare, you know that?",
            "I told you yesterday to restart the damn thing, did you even do it?",
            "flipping idiot",
        ],
    );
    assert!(has(
        Lang::Nl,
        "kap nou effe met zeiken, ik doe m'n best",
        "insult"
    ));
}

/// "Gek" as "strange" is no insult: "Gek, haar account zit niet op slot" failed a near-perfect
/// Dutch agent of set X on a critical error (twenty-sixth round). Said of the caller it is one.
#[test]
fn gek_about_a_thing_is_strange_not_an_insult() {
    hears_none(
        Lang::Nl,
        "insult",
        &[
            "Gek, haar account zit helemaal niet op slot.",
            "Wat gek, ik zie hier niks staan.",
            "Dat is gek, het zou gewoon moeten werken.",
            "Gek genoeg werkt het nu wel.",
        ],
    );
    hears_all(
        Lang::Nl,
        "insult",
        &[
            "Ben je gek geworden?",
            "U bent echt gek, mevrouw.",
            "Stomme gek!",
            "Wat een gek mens ben jij.",
        ],
    );
}

/// Sympathy said as what one would feel oneself.
#[test]
fn what_one_would_feel_oneself_is_empathy() {
    assert!(has(
        Lang::En,
        "Two hours waiting? I'd be fuming too.",
        "empathy"
    ));
    assert!(has(
        Lang::Nl,
        "Twee uur wachten? Ik zou ook woest zijn.",
        "empathy"
    ));
}

/// A negation further off still takes the blame back; agreeing with the caller blames nobody.
#[test]
fn blame_taken_back_is_no_blame() {
    assert!(!has(
        Lang::En,
        "I really don't think any of this is your fault",
        "blame"
    ));
    assert!(has(Lang::En, "I think this is your fault", "blame"));
    assert!(!has(
        Lang::Nl,
        "Sorry, dat kwam bot over. U heeft gelijk, dit is gewoon fout gegaan bij ons, niet bij u.",
        "blame"
    ));
}

/// "Nimmer" negates as "nooit" does: a warning never to give a fact asks for nothing.
#[test]
fn nimmer_negates() {
    let heard = heard(
        Lang::Nl,
        "Wij verzoeken u uw gebruikersnaam nimmer telefonisch door te geven.",
    );
    assert!(
        !heard.iter().any(|a| a.starts_with("ask_identity")),
        "{heard:?}"
    );
}

/// Promises in plain words and in a learner's present tense.
#[test]
fn promises_in_other_words_commit() {
    assert!(has(
        Lang::En,
        "Don't worry, I give you my word, it's fixed before six",
        "commitment"
    ));
    assert!(has(
        Lang::En,
        "the portal was down, so I open it again for you today",
        "commitment"
    ));
    assert!(has(
        Lang::En,
        "thanks for calling, have the most amazing day!",
        "closing"
    ));
    assert!(has(
        Lang::En,
        "that all depends on the weather, I'm afraid",
        "explain_reason"
    ));
    assert!(has(
        Lang::Nl,
        "dat hangt af van de vrachtruimte op die vlucht",
        "explain_reason"
    ));
}

/// Swearing at the screen is no insult but costs professionalism (`P-SWORE`), once; swearing at
/// the caller is the insult, not both; the caller's own words quoted back are neither.
#[test]
fn swearing_at_a_thing_costs_professionalism_not_the_call() {
    let fired = |lang: &str, script: &str| rules(&play("delivery-dispute", lang, 1, script));
    let at_screen = fired(
        "en",
        "Good afternoon, FixPoint, Kim speaking.\nHold on, this bloody screen has frozen again.\nSorry, the bloody system is slow today.\n/end",
    );
    assert_eq!(at_screen.iter().filter(|r| *r == "P-SWORE").count(), 1);
    assert!(!at_screen.iter().any(|r| r == "D-INSULT"));
    let at_caller = fired("en", "Good afternoon, FixPoint.\nYou bloody idiot.\n/end");
    assert!(at_caller.iter().any(|r| r == "D-INSULT"));
    assert!(!at_caller.iter().any(|r| r == "P-SWORE"));
    let quoted = fired(
        "en",
        "Good afternoon, FixPoint.\nYou said \"this bloody company\", and I hear you.\n/end",
    );
    assert!(!quoted.iter().any(|r| r == "P-SWORE"));
    let single = fired(
        "en",
        "Good afternoon, FixPoint.\nYou called us 'a bloody shambles', and I hear you.\n/end",
    );
    assert!(!single.iter().any(|r| r == "P-SWORE"), "{single:?}");
    let nl = fired(
        "nl",
        "Goedemiddag, FixPoint.\nMomentje, dat kut systeem loopt weer vast.\n/end",
    );
    assert!(nl.iter().any(|r| r == "P-SWORE"), "{nl:?}");
}

/// "Sorry, not at you — the printer": swearing the line itself says was not meant for the
/// caller insults nobody; a name for the caller stays an insult whatever the line says.
#[test]
fn swearing_disowned_is_no_insult() {
    assert!(!has(
        Lang::En,
        "oh for God's sake, the printer's jammed again - sorry, not you, the machine",
        "insult"
    ));
    assert!(!has(
        Lang::Nl,
        "Godverdomme... sorry, niet tegen u hoor, de printer eet de labels weer op.",
        "insult"
    ));
    assert!(has(Lang::En, "not at you, you idiot", "insult"));
    assert!(has(Lang::Nl, "niet tegen u, sukkel", "insult"));
}

/// Promises said the way agents say them: a Dutch present tense with a time, the team that will
/// come, "ik help u gewoon verder"; and comfort in other words. A promise taken back by what
/// is already done, or a check of "who we're dealing with", promises nothing.
#[test]
fn promises_and_comfort_in_other_words() {
    hears_all(
        Lang::Nl,
        "commitment",
        &[
            "wij brengen de koffer morgen naar uw huis",
            "Uw pas blokkeer ik nu meteen.",
            "je noemde me net een l*l, prima hoor, ik help je evengoed verder",
            "Ik verbind u door met schuldhulp, ik blijf erbij tot zij opneemt",
        ],
    );
    hears_all(
        Lang::En,
        "commitment",
        &[
            "our team will come and change it before Friday",
            "I'll get it paid on Friday and I'll email you once it's processed.",
            "that is why I am blocking the card right now",
        ],
    );
    assert!(!has(
        Lang::En,
        "the law obliges us to check that we're dealing with the right provider",
        "commitment"
    ));
    assert!(has(
        Lang::En,
        "a bill jumping two hundred pounds with no warning would scare anybody",
        "empathy"
    ));
    assert!(!has(
        Lang::En,
        "What a ghastly morning you've had",
        "greeting"
    ));
    assert!(has(Lang::En, "none of it's your doing", "reassurance"));
    assert!(!has(Lang::En, "none of it's your doing", "blame"));
    assert!(has(
        Lang::Nl,
        "Da's echt een stomme fout van ons systeem, niet van u.",
        "reassurance"
    ));
    assert!(has(
        Lang::Nl,
        "sorry, die boete kan ik niet kwijtschelden, maar u mag hem wel in twee delen betalen",
        "offer_alternative"
    ));
}

/// Blame and belittling in other words; "on your side" blames when the fault is, and not
/// when someone stands there.
#[test]
fn blame_and_belittling_in_other_words() {
    hears_all(
        Lang::En,
        "blame",
        &[
            "I must point out that the error appears to be on your side.",
            "what did you expect, ordering from some random seller?",
            "well that was a bit dumb of you",
        ],
    );
    hears_none(
        Lang::En,
        "blame",
        &[
            "I'm on your side here",
            "we will be on your side",
            "the law is on your side",
        ],
    );
    hears_all(
        Lang::En,
        "dismissive",
        &[
            "It's a dripping tap, mate, it's hardly an emergency.",
            "people panic about nothing all the time",
            "Yeah yeah, can we move on now?",
        ],
    );
    assert!(!has(
        Lang::En,
        "if it's not an emergency, we'll book it in for tomorrow morning",
        "dismissive"
    ));
}

/// Dutch comfort, belittling and refusals in other words.
#[test]
fn dutch_comfort_and_refusal_in_other_words() {
    hears_all(
        Lang::Nl,
        "reassurance",
        &[
            "Nee, een sukkel bent u heus niet, dat overkomt de besten.",
            "Iedereen loopt hier tegenaan hoor.",
            "U belt terecht over die cent.",
        ],
    );
    assert!(has(
        Lang::Nl,
        "zonder uw klantnummer geen toegang",
        "refusal"
    ));
    assert!(has(
        Lang::Nl,
        "zo werkt dat natuurlijk niet, mevrouw",
        "refusal"
    ));
    assert!(has(
        Lang::Nl,
        "ja duh, dat staat gewoon op de site",
        "dismissive"
    ));
    assert!(has(Lang::Nl, "u bent een idioot", "insult"));
}

/// Siding with the caller against how they were treated, and passive refusals.
#[test]
fn siding_with_the_caller_and_passive_refusals() {
    assert!(has(
        Lang::En,
        "He told you to calm down? Fair enough you're cranky, that's not on.",
        "empathy"
    ));
    assert!(!scored(Lang::En, "that's not on my list", "empathy"));
    assert!(has(
        Lang::En,
        "Your concern is entirely legitimate.",
        "empathy"
    ));
    assert!(has(
        Lang::En,
        "Caps lock? That one catches everybody out.",
        "reassurance"
    ));
    assert!(has(
        Lang::En,
        "you were dead right to ring us",
        "reassurance"
    ));
    assert!(has(
        Lang::En,
        "The test cannot be moved to tomorrow, all slots are full.",
        "refusal"
    ));
    assert!(has(
        Lang::En,
        "if you'd rather, we could put the account in your own name",
        "offer_alternative"
    ));
}

/// Dutch promises, offers and reasons in other words.
#[test]
fn dutch_promises_offers_and_reasons_in_other_words() {
    hears_all(
        Lang::Nl,
        "commitment",
        &[
            "ik neem uw melding vanaf nu zelf in behandeling",
            "Dat hoort daar niet, ik haal het weg.",
            "Ik blijf gewoon bij u aan de lijn terwijl het wordt gereset.",
        ],
    );
    assert!(has(
        Lang::Nl,
        "Terugstorten via de chat kan niet, mss wel via het retourformulier?",
        "offer_alternative"
    ));
    assert!(has(
        Lang::Nl,
        "Ik heb uw personeelsnummer nodig, anders kom ik niet in uw dossier.",
        "explain_reason"
    ));
}

/// A line that apologises or sympathises takes back swearing that calls nobody a name; a name,
/// or swearing with nothing on the caller's side, is still an insult.
#[test]
fn swearing_beside_an_apology_is_no_insult() {
    for line in [
        "bloody hell, three hours on hold? I'm so sorry",
        "dammit, lost my notes, sorry, can you repeat the postcode?",
        "Godverdomme, nu is mijn scherm ook nog vastgelopen, sorry!",
    ] {
        let lang = if line.starts_with("God") {
            Lang::Nl
        } else {
            Lang::En
        };
        assert!(!has(lang, line, "insult"), "{line}");
    }
    hears_all(
        Lang::En,
        "insult",
        &[
            "sorry but you're a bloody idiot",
            "Damn it, would you let me finish!",
        ],
    );
    assert!(has(
        Lang::Nl,
        "Ja jezus, ik ben ermee bezig. U bent echt niet de enige die belt hoor.",
        "insult"
    ));
}

/// Twenty-sixth round: saying you will check with a team lead announces the hold that follows
/// (excellent agents of sets AE and AP lost points for an "unannounced" hold), in words of
/// its own, not only through a labelled line's tentative vote.
#[test]
fn consulting_a_colleague_announces_a_hold() {
    for (lang, line) in [
        (
            Lang::En,
            "Let me quickly check with my team lead, so you know it's not just me.",
        ),
        (Lang::Nl, "Ik leg het even voor aan mijn teamleider."),
        (
            Lang::Nl,
            "Ik overleg het even kort met mijn leidinggevende.",
        ),
    ] {
        assert!(
            scored(lang, line, "hold_notice"),
            "{line}: {:?}",
            heard(lang, line)
        );
    }
}

/// Twenty-sixth round: telling the caller nothing more is needed from their side is no blame.
#[test]
fn nothing_needed_from_your_side_blames_nobody() {
    hears_none(
        Lang::En,
        "blame",
        &["Thanks for holding, I'll call her directly now, so nothing more needed from your side."],
    );
    hears_all(
        Lang::En,
        "blame",
        &["The mistake was on your side, not ours."],
    );
    hears_none(
        Lang::Nl,
        "blame",
        &["De metingen laten het ook zien. U hoeft aan uw kant niets meer te proberen."],
    );
    hears_all(Lang::Nl, "blame", &["De fout ligt aan uw kant."]);
}

#[test]
fn sarcastic_disbelief_blames_the_caller() {
    hears_all(
        Lang::En,
        "blame",
        &[
            "Oh, of course, the cheque's in the post. Heard that one before.",
            "Oh I'm sure you never got the email, they all say that.",
            "Wonderful, another passenger who packed their medication in the hold.",
            "Madam, you are the one who typed the wrong student number on the form.",
        ],
    );
    hears_none(
        Lang::En,
        "blame",
        &[
            "I'm sure you'll manage fine with the new password.",
            "You're the one who matters here, so let's get this sorted.",
        ],
    );
    hears_all(
        Lang::Nl,
        "blame",
        &[
            "Ja, die schimmel is vast vanzelf ontstaan, dat zal het zijn.",
            "tuurlijk meneer, en ik ben de burgemeester van Rotterdam",
            "wow, super slim om de stekker eruit te trekken tijdens een update",
            "Fijn dat u eindelijk de meterstanden doorgeeft.",
        ],
    );
    hears_none(
        Lang::Nl,
        "blame",
        &["Het is slim om een back-up te maken, dan bent u niets kwijt."],
    );
}
