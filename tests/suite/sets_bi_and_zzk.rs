//! Thirty-third round: what the trainer set BI and the line set zzk showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;
use serde_json::Value;

/// A call of `scenario` in `lang`: the language's own turns before and after `line`, then
/// `/end`.
fn around(scenario: &str, lang: &str, en: [&[&str]; 2], nl: [&[&str]; 2], line: &str) -> Value {
    let [before, after] = if lang == "en" { en } else { nl };
    let turns = [before, &[line], after, &["/end"]].concat();
    play(scenario, lang, 1, &turns.join("\n"))
}

/// Where the caller may not be who they say, a callback is safe only to the number on file:
/// asking the caller where to call back hands the route to whoever called, so it costs (once)
/// and no safe route is credited. A callback to the number on file is the safe route;
/// elsewhere, asking a caller for a callback number is ordinary service.
#[test]
fn a_callback_number_taken_from_the_caller_is_no_safe_route() {
    let en: [&[&str]; 2] = [
        &[
            "Good morning, IT service desk, Sam speaking.",
            "I can't reset someone else's password, only Ellen's own, because her account opens board papers.",
        ],
        &[],
    ];
    let nl: [&[&str]; 2] = [
        &[
            "Goedemorgen, servicedesk, met Sam.",
            "Ik kan geen wachtwoord van iemand anders resetten, alleen dat van Ellen zelf, omdat haar account bij de stukken van de raad kan.",
        ],
        &[],
    ];
    for (lang, route, from_caller) in [
        (
            "en",
            "I'll call Ellen myself. What number can I reach her on right now?",
            true,
        ),
        ("en", "Which number shall I ring you back on?", true),
        (
            "nl",
            "Ik bel Ellen zelf even. Op welk nummer is ze nu het best bereikbaar?",
            true,
        ),
        (
            "nl",
            "Naar welk nummer zal ik het tijdelijke wachtwoord sturen?",
            true,
        ),
        (
            "en",
            "What I can do is call Ellen on the mobile number we have on file for her.",
            false,
        ),
        (
            "nl",
            "Wat wel kan: ik bel Ellen op het mobiele nummer dat bij ons bekend is.",
            false,
        ),
    ] {
        let r = around("friendly-authority", lang, en, nl, route);
        let why = format!("{route}: {:?}", rules(&r));
        assert_eq!(
            notes_with(&r, "V-CALLER-ROUTE").len(),
            usize::from(from_caller),
            "{why}"
        );
        assert_eq!(fired(&r, "V-SAFE-ROUTE"), !from_caller, "{why}");
    }
    let r = play(
        "delivery-dispute",
        "en",
        1,
        "Hello, parcel service, Sam speaking.\nWhat number can I reach you on if the driver calls?\n/end",
    );
    assert!(!fired(&r, "V-CALLER-ROUTE"), "{:?}", rules(&r));
}

/// Each line, said between the language's own turns, answers the scenario's question (no
/// `R-QUESTION-UNANSWERED`) exactly when its row says so.
fn answers_the_question(
    scenario: &str,
    en: [&[&str]; 2],
    nl: [&[&str]; 2],
    rows: &[(&str, &str, bool)],
) {
    for &(lang, line, answered) in rows {
        let r = around(scenario, lang, en, nl, line);
        let unanswered = fired(&r, "R-QUESTION-UNANSWERED");
        assert_eq!(!unanswered, answered, "{line}: {:?}", rules(&r));
    }
}

/// Story 3: the customer's question is why the driver's word counts more than his, and the
/// GPS trace answers it. A call that books a new pickup but never says the van did not come
/// misses his point; saying it, in either language, answers it.
#[test]
fn the_courier_call_must_say_the_driver_never_came() {
    let en: [&[&str]; 2] = [
        &["Good afternoon, FixPoint, Kim speaking."],
        &["I'll book a priority pickup for tomorrow morning."],
    ];
    let nl: [&[&str]; 2] = [
        &["Goedemiddag, FixPoint, met Kim."],
        &["Ik plan een ophaalafspraak met voorrang in voor morgenochtend."],
    ];
    let rows = [
        (
            "en",
            "According to the driver he was at your door at 10:42.",
            false,
        ),
        (
            "nl",
            "Volgens de chauffeur is hij om 10:42 aan de deur geweest.",
            false,
        ),
        (
            "en",
            "The GPS trace shows the van never came to your street, so the report is wrong.",
            true,
        ),
        (
            "nl",
            "De GPS-rit laat zien dat de bus nooit in uw straat is geweest.",
            true,
        ),
    ];
    answers_the_question("delivery-dispute", en, nl, &rows);
}

/// The confusing letter's real question is whether her help stops: a call that books the visit
/// but never says the help goes on has not answered it; one that says so has.
#[test]
fn the_letter_call_must_say_the_help_goes_on() {
    let en: [&[&str]; 2] = [
        &["Good afternoon, municipality of Lindenburg, Sam speaking."],
        &[],
    ];
    let nl: [&[&str]; 2] = [&["Goedemiddag, gemeente Lindenburg, met Sam."], &[]];
    let rows = [
        (
            "en",
            "A consultant will come to see you about the letter.",
            false,
        ),
        (
            "en",
            "Joyce keeps coming, nothing stops while we look at it again.",
            true,
        ),
        (
            "nl",
            "Er komt een consulent bij u langs over de brief.",
            false,
        ),
        (
            "nl",
            "Uw hulp moet alleen verlengd worden, Joyce blijft gewoon komen.",
            true,
        ),
    ];
    answers_the_question("confusing-letter", en, nl, &rows);
}

/// Naming the authorised contact to an unverified caller tells her who to impersonate next,
/// with a form of address or a filler word between: "the only one we have is Mrs Verbeek",
/// "als gemachtigde staat bij ons alleen mevrouw Verbeek". The role alone tells nothing.
#[test]
fn the_authorised_contact_named_with_mrs_between_is_told() {
    let opening: [&[&str]; 2] = [&["Hello.", "/lookup"], &[]];
    for (lang, line, told) in [
        (
            "en",
            "The only authorised contact we have is Mrs Verbeek, the office manager.",
            true,
        ),
        ("en", "The authorised contact can call us herself.", false),
        (
            "nl",
            "Als gemachtigde staat bij ons alleen mevrouw Verbeek, de officemanager.",
            true,
        ),
        ("nl", "De gemachtigde kan ons zelf bellen.", false),
    ] {
        let r = around("impostor-reset", lang, opening, opening, line);
        assert_eq!(
            fired(&r, "V-PROTECTED-DISCUSSED"),
            told,
            "{line}: {:?}",
            rules(&r)
        );
    }
}

/// Negation reaches over "or" to the second thing not done ("I won't be putting you on hold or
/// passing you around"); a Scots "no" negates ("I'm no going to blame you"); someone else
/// having the password is no ask for it; "you of all people should know" and "van iemand van
/// IT verwacht ik beter" blame.
#[test]
fn round_thirty_three_lexicon_mends() {
    hears_each(
        Lang::En,
        &[
            "You work in second line, you of all people should know you have your own tools.",
            "I'd expect someone in IT to set a better example.",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Juist jij zou dat moeten weten.",
            "Van iemand van IT verwacht ik beter.",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "I won't be putting you on hold or passing you around; I'll stay with you until it's done.",
        ],
        &["commitment"],
        &["transfer_notice", "hold_notice"],
    );
    hears_each(
        Lang::En,
        &["i'm no going to blame you for that letter, we'll go through it together"],
        &["reassurance"],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &["So someone else had your password? Then we lock the account now."],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Heeft iemand anders uw wachtwoord gebruikt?"],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Ik ga u niet in de wacht zetten of doorverbinden, ik blijf gewoon bij u."],
        &[],
        &["transfer_notice", "hold_notice"],
    );
}

/// A common word of the language is no typo: "critical" stays "critical" (not "criminal"),
/// "teams" stays "teams", "admin" stays "admin"; a misspelling is still mended. And the kinds
/// of miss set zzk showed, in lines of our own: a caller's own excuses, a blame waved away,
/// transfers the caller already had, a dialect's short words, reassurance that things turn up.
#[test]
fn common_words_are_not_mended_and_zzk_kinds_of_miss() {
    for (lang, text, normalised) in [
        (Lang::En, "That sounds critical", "that sounds critical"),
        (Lang::En, "Is that a threat?", "is that a threat ?"),
        (Lang::En, "ask in teams", "ask in teams"),
        (Lang::En, "your own admin tools", "your own admin tools"),
        (
            Lang::En,
            "your pasword and numbr",
            "your password and number",
        ),
        (Lang::Nl, "bij de overheid", "bij de overheid"),
        (Lang::Nl, "uw geboortedatm", "uw geboortedatum"),
    ] {
        assert_eq!(
            builtin_lexicon(lang).explain(text).normalized,
            normalised,
            "{text}"
        );
    }
    hears_each(
        Lang::En,
        &[
            "The quickest route: she calls us herself, or I ring her on the mobile number we have on file.",
        ],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "De snelste weg: ze belt ons zelf, of ik bel haar op het mobiele nummer dat bij ons bekend is.",
        ],
        &["offer_alternative"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Ik verwijt u niets, het formulier is onvolledig binnengekomen.",
            "Uw excuses hoeven niet. Het kenteken, graag.",
            "Wat vervelend dat u al drie keer bent doorverbonden.",
        ],
        &[],
        &["blame", "apology", "transfer_notice"],
    );
    hears_each(
        Lang::Nl,
        &["en de postcode vn t afleveradres pls"],
        &["ask_identity:postcode"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I'd never say you brought this on yourself."],
        &["reassurance"],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &["Don't give up, most wallets do turn up in a day or two."],
        &["reassurance"],
        &[],
    );
    hears_each(
        Lang::En,
        &["You can email the receipt to the claims desk or upload it on our app."],
        &["offer_alternative"],
        &[],
    );
}
