//! Thirty-fourth round: what the trainer set BK and the line set zzm showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// "Rustig aan" is "calm down" on its own, but "take your time" when the agent goes on to say
/// they are listening or waiting: to an anxious caller who struggles with Dutch the first
/// frightens, the second reassures.
#[test]
fn take_your_time_in_dutch_is_no_calm_down() {
    hears_each(
        Lang::Nl,
        &["rustig aan hoor, u heeft alle tijd"],
        &["reassurance"],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Rustig aan, meneer.", "Ho, rustig aan!"],
        &["calm_down"],
        &[],
    );
    let r = play(
        "halting-language",
        "nl",
        1,
        "Goedemorgen, servicedesk van het Leerhuis, met Sam.\nRustig aan hoor, ik luister.\n/end",
    );
    assert!(!fired(&r, "D-CALM-DOWN"), "{:?}", rules(&r));
    assert!(fired(&r, "D-REASSURANCE"), "{:?}", rules(&r));
}

/// What the line set zzm showed unheard, in our own words: patience and blamelessness said
/// plainly, "what's it regarding", a name on a passport or of the account holder, a Dutch
/// apology for the firm, regret shared, a swap offered, the end of a call announced; and a
/// "no need to calm down" that tells nobody to calm down, a transfer refused.
#[test]
fn what_zzm_showed_unheard_is_heard() {
    hears_each(
        Lang::En,
        &[
            "There's no need to be worried, it happens.",
            "You're not the one to blame, the update broke it.",
        ],
        &["reassurance"],
        &[],
    );
    hears_each(
        Lang::En,
        &["And what is this regarding?"],
        &["ask_info"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "Could you give me the policy holder's full name?",
            "What's the name on your passport?",
        ],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::En,
        &["There's no need to calm down, you have every right to be angry."],
        &[],
        &["calm_down"],
    );
    hears_each(
        Lang::Nl,
        &["Excuseer ons, dat had niet mogen gebeuren."],
        &["apology"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Excuseert u mij, mag ik uw klantnummer?"],
        &[],
        &["apology"],
    );
    hears_each(
        Lang::Nl,
        &["Tja, daar baal ik zelf ook echt van."],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "U mag hem gratis omruilen in de winkel.",
            "Ik zoek meteen een andere afspraak voor u.",
        ],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Dank voor uw geduld. Einde gesprek."],
        &["closing"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Hou nou oe kop, ik doe mijn best."],
        &["insult"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Het is echt jammer dat de reis niet doorgaat."],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Doorverbinden met de manager kan ik niet, maar ik noteer uw klacht."],
        &[],
        &["transfer_notice"],
    );
}

/// Story 2: where the threatened colleague can be found is told by a plain statement too, no
/// "I can see" needed ("Die zit vandaag tot half vijf in het stadskantoor"); refusing to say
/// it, or saying where the caller can go, tells nothing.
#[test]
fn where_the_threatened_colleague_sits_is_told_without_telling_words() {
    let before = |lang: &str| match lang {
        "en" => {
            "Good morning, Work and Income, Sam speaking.\nCould I have your date of birth and postcode?\n/lookup"
        }
        _ => {
            "Goedemorgen, Werk en Inkomen, met Sam.\nMag ik uw geboortedatum en postcode?\n/lookup"
        }
    };
    for (lang, line, told) in [
        (
            "nl",
            "Meneer Verhoef? Die zit vandaag tot half vijf in het stadskantoor.",
            true,
        ),
        (
            "nl",
            "En morgen heeft hij baliedienst, van negen tot twaalf.",
            true,
        ),
        (
            "en",
            "Mr Verhoef? He's in the office on Tuesdays, second floor.",
            true,
        ),
        (
            "nl",
            "Waar meneer Verhoef zit, mag ik u niet vertellen.",
            false,
        ),
        (
            "en",
            "I can't tell you where he works or when, I'm sorry.",
            false,
        ),
    ] {
        let r = play(
            "threatening-caller",
            lang,
            1,
            &format!("{}\n{line}\n/end", before(lang)),
        );
        assert_eq!(
            critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()),
            told,
            "{line}: {:?}",
            rules(&r)
        );
    }
}

/// "That matches" followed by "but that still doesn't let me" accepts nothing as proof; said
/// and left there, it does.
#[test]
fn a_match_followed_by_a_refusal_accepts_no_public_detail_as_proof() {
    for (lang, start, line, accepted) in [
        (
            "nl",
            "Goedemorgen, helpdesk Zorgnet, met Sam.",
            "Naam en adres kloppen, maar die zijn openbaar, dus daarmee kan ik het wachtwoord niet resetten.",
            false,
        ),
        (
            "en",
            "Good morning, Zorgnet helpdesk, Sam speaking.",
            "The name and address match, but they're public, so I can't reset the password on those.",
            false,
        ),
        (
            "en",
            "Good morning, Zorgnet helpdesk, Sam speaking.",
            "The name and address match, lovely.",
            true,
        ),
    ] {
        let r = play(
            "impostor-reset",
            lang,
            1,
            &format!("{start}\n/lookup\n{line}\n/end"),
        );
        assert_eq!(
            fired(&r, "V-PUBLIC-AS-PROOF"),
            accepted,
            "{line}: {:?}",
            rules(&r)
        );
    }
}

/// Saying which details are public asks for none of them.
#[test]
fn naming_public_details_asks_for_none() {
    hears_each(
        Lang::Nl,
        &["Uw naam en adres zijn gewoon openbaar, mag ik het fiscaal nummer?"],
        &["ask_identity:tax_number"],
        &["ask_identity:full_name", "ask_identity:address"],
    );
    hears_each(
        Lang::En,
        &["Your name and address are public information, I'm afraid."],
        &[],
        &["ask_identity:full_name", "ask_identity:address"],
    );
}
