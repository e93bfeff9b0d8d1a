//! Thirty-fifth round: what the trainer set BM and the line set zzo showed once read, each
//! held by lines and calls of our own (the sets' lines are not copied).

use crate::util::*;
use deskdrill::lang::Lang;

/// A good call that books the pickup on the order number alone (no postcode).
fn pickup_on_the_order_number_alone() -> String {
    "Good afternoon, FixPoint customer service, Sam speaking.
That's a wasted morning, I'm sorry. What's your order number?
/lookup
Thank you. The GPS shows the van never came into your street, so you're right, and I'm sorry.
I can't send the van back today, the route has started, but I'll book a priority pickup for tomorrow morning.
/schedule
And I'll file a complaint with the courier about the false report.
/complaint
Is there anything else I can do for you?
/end"
        .to_string()
}

/// A good call that resets the password on the customer number alone (no date of birth).
fn reset_on_the_customer_number_alone() -> String {
    "Medivo support, good morning, Sam speaking.
Locked out just before surgery, that's stressful. Your customer number, please?
/lookup
Thanks, I've found the practice.
/reset
The temporary password is on its way to the mobile we have on file.
Anything else before your first patient?
/end"
        .to_string()
}

/// A check done halfway weighs what the action could do: booking a courier's pickup for the
/// customer who gave his order number is a coaching point trainers score around 60, resetting
/// a doctor's password on half the check they score around 30. Each scenario sets its own cap
/// (`partly_verified_cap`), and both calls still fail.
#[test]
fn a_check_done_halfway_weighs_what_the_action_could_do() {
    let pickup = play(
        "delivery-dispute",
        "en",
        1,
        &pickup_on_the_order_number_alone(),
    );
    let reset = play(
        "verified-impatient",
        "en",
        1,
        &reset_on_the_customer_number_alone(),
    );
    for r in [&pickup, &reset] {
        assert!(
            critical_rules(r).contains(&"V-UNVERIFIED-ACTION".to_string()),
            "{:?}",
            critical_rules(r)
        );
        assert_eq!(r["passed"], false);
    }
    let built_in = u64::from(deskdrill::rules::PARTLY_VERIFIED_CAP);
    assert!(score(&pickup, "total") > built_in, "{}", pickup["score"]);
    assert!(score(&pickup, "total") <= 65, "{}", pickup["score"]);
    assert!(score(&reset, "total") <= 40, "{}", reset["score"]);
    assert_eq!(scenario("delivery-dispute").partly_verified_cap, Some(65));
}

/// Someone else's sarcasm, quoted, does not make the agent's apology sarcastic; nor does
/// "thanks to" that gives a cause.
#[test]
fn quoted_sarcasm_and_a_cause_leave_the_apology_standing() {
    hears_each(
        Lang::Nl,
        &["'Ja hoor, lekker geholpen', zei u, en terecht, het spijt me."],
        &["apology"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Well, thanks to a mix-up at the depot the parcel went back, I'm sorry about that."],
        &["apology"],
        &[],
    );
    hears_each(Lang::En, &["Oh great, sorry, I'm sure."], &[], &["apology"]);
}

/// What the line set zzo showed unheard, in our own words.
#[test]
fn what_zzo_showed_unheard_is_heard() {
    hears_each(
        Lang::Nl,
        &["Dan wil ik u eerst vragen om uw volledige naam, zoals die bij ons bekend staat."],
        &["ask_identity:full_name"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Mag ik ook uw cliëntnummer? Dat staat op uw zorgpas."],
        &["ask_identity:customer_number"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Dank voor het wachten, ge hoort vóór vieren van mij."],
        &["commitment"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Heel knap van u om het verkeerde rekeningnummer op te geven en dan ons de schuld te geven.",
        ],
        &["blame"],
        &["reassurance"],
    );
    hears_each(
        Lang::En,
        &["Given the chest pain I'm upgrading you to an emergency call."],
        &["commitment"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I'll ask the council to put the bailiffs on hold while we sort a plan."],
        &["commitment"],
        &["hold_notice"],
    );
    hears_each(
        Lang::En,
        &["We'll transfer your refund within five working days."],
        &["commitment"],
        &["transfer_notice"],
    );
    hears_each(
        Lang::En,
        &["cant unblock it from here, the lock is set by the bank"],
        &["refusal"],
        &[],
    );
    hears_each(
        Lang::En,
        &["honestly, no judgement from me, it happens to all of us"],
        &["reassurance"],
        &[],
    );
}

/// "Nog iets? Nee? Dag." answers for the caller and hangs up; a Dutch agent asking whether a
/// careful customer is really that stingy insults him.
#[test]
fn a_goodbye_on_ones_own_no_hurries_and_stingy_insults() {
    let r = play(
        "bank-cent",
        "nl",
        1,
        "Goedemiddag, Noorderbank zakelijk, met Sam.\nMag ik uw klantnummer en de geboortedatum van de rekeninghouder?\n/lookup\nBent u nou echt zo gierig, om één cent?\nNog iets? Nee? Dag.\n/end",
    );
    assert!(
        critical_rules(&r).contains(&"D-INSULT".to_string()),
        "{:?}",
        critical_rules(&r)
    );
    assert!(fired(&r, "D-RUSHED"), "{:?}", rules(&r));
    hears_each(
        Lang::Nl,
        &["Daar hoeft u toch niet over te zeuren."],
        &["dismissive"],
        &["reassurance"],
    );
}

/// To a doctor with minutes before her first patient each sorry past the third costs more than
/// elsewhere; and "you have my word" that it never happens again is a promise the desk cannot
/// keep, in Dutch too.
#[test]
fn sorry_after_sorry_costs_more_to_a_rushed_doctor_and_a_word_given_is_a_promise() {
    assert_eq!(
        scenario("verified-impatient")
            .rule_points
            .get(&deskdrill::rules::RuleId::DOverApology),
        Some(&-12)
    );
    let r = play(
        "verified-impatient",
        "nl",
        1,
        "Medivo support, goedemorgen, met Sam.\nWat is het klantnummer van de praktijk, en uw geboortedatum?\n/lookup\n/reset\nU heeft mijn woord: dit overkomt u echt nooit meer.\n/end",
    );
    assert!(fired(&r, "D-OVERPROMISE"), "{:?}", rules(&r));
}

/// A desk word said with what it is ("your indication ends; that means …", "dat noemen we een
/// keukentafelgesprek") is explained; said bare, it is jargon.
#[test]
fn a_desk_word_said_with_what_it_is_is_explained() {
    let call = |line: &str| {
        format!(
            "Good morning, Rijnstad municipality, Sam speaking.\n{line}\nIs there anything else I can help with?\n/end"
        )
    };
    let bare = play(
        "confusing-letter",
        "en",
        1,
        &call("Your indication ends on 30 June."),
    );
    assert!(fired(&bare, "P-JARGON"), "{:?}", rules(&bare));
    let told = play(
        "confusing-letter",
        "en",
        1,
        &call("Your indication ends on 30 June; that means the help you get is looked at again."),
    );
    assert!(!fired(&told, "P-JARGON"), "{:?}", rules(&told));
    let nl = play(
        "confusing-letter",
        "nl",
        1,
        "Goedemorgen, gemeente Rijnstad, met Sam.\nEr komt een gesprek bij u thuis, dat noemen we een keukentafelgesprek.\nKan ik verder nog iets voor u doen?\n/end",
    );
    assert!(!fired(&nl, "P-JARGON"), "{:?}", rules(&nl));
}

/// Rough words that insult nobody: an agent's own slip ("I felt so stupid my first week"), a
/// machine being stupid, the bloody weather, "don't let anyone tell you it's a dumb question",
/// a caller's worry echoed and denied; and a password that stays with the caller is not asked.
#[test]
fn rough_words_at_nobody_are_no_insult() {
    hears_each(
        Lang::En,
        &[
            "I felt just as stupid when I started here, honestly it's a confusing screen",
            "the till is being stupid again, nothing to do with you",
            "the bloody fog has grounded every flight this morning, I'm sorry",
            "never let anyone tell you that's a silly question",
        ],
        &[],
        &["insult"],
    );
    hears_each(
        Lang::Nl,
        &["Je vraagt je af of je een sukkel bent? Welnee, dat overkomt iedereen."],
        &[],
        &["insult"],
    );
    hears_each(
        Lang::En,
        &[
            "Can you read me the username from the letter? Only the username, the password stays with you.",
        ],
        &[],
        &["ask_identity:password"],
    );
}

/// What set BM's agents said unheard, in our own words: the customer made the one at fault
/// ("you were the one who wasn't in"), the courier's word over his ("drivers don't invent
/// these things"), and no time to spare for him.
#[test]
fn what_bm_showed_unheard_is_heard() {
    hears_each(
        Lang::En,
        &[
            "With respect, you were the one who wasn't in when he rang.",
            "Our couriers don't make this stuff up, madam.",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I'm not going to waste my whole morning on a missing envelope."],
        &["dismissive"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Ik ga mijn hele ochtend niet verspillen aan één envelop."],
        &["dismissive"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Onze bezorgers verzinnen zoiets niet, mevrouw."],
        &["blame"],
        &[],
    );
    // A transfer refused is no transfer announced.
    hears_each(
        Lang::En,
        &["Sorry, putting you through to a supervisor isn't our procedure."],
        &["refusal"],
        &["transfer_notice"],
    );
    hears_each(
        Lang::Nl,
        &["Doorverbinden met een teamleider is niet de bedoeling."],
        &[],
        &["transfer_notice"],
    );
}

/// No critical act where none is meant: a meter "dumb as a post", "no such thing as a foolish
/// question", "at no point will I ask for your PIN", and Dutch "da's echt klote voor je"
/// (that's rotten for you: sympathy).
#[test]
fn critical_words_that_are_not_critical_acts() {
    hears_each(
        Lang::En,
        &[
            "that old boiler's thick as two short planks, none of this is on you",
            "there's no such thing as a silly question here",
        ],
        &[],
        &["insult"],
    );
    hears_each(
        Lang::En,
        &["To be clear, at no time will we ask you for your password or a code."],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Dat is echt klote voor je, zeg."],
        &["empathy"],
        &["insult"],
    );
}

/// Thanks for a fault is blame ("thanks a bunch for unplugging the router"); thanks for
/// ringing or for telling us stays thanks.
#[test]
fn thanks_for_a_fault_is_blame() {
    hears_each(
        Lang::En,
        &[
            "oh brilliant, thanks a bunch for wiping the whole folder",
            "cheers a lot for sending me the wrong meter reading",
        ],
        &["blame"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "Thank you so much for telling us about the leak.",
            "thanks a million for ringing, take care",
            "Well done, you're in. The care plans open now.",
        ],
        &[],
        &["blame"],
    );
}
