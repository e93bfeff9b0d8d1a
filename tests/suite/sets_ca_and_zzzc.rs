//! Forty-first round: what the line sets zzzc, zzze and zzzf and the trainer sets CA and CC
//! showed once read. The sets' lines are not copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// "Sorry" that asks the caller to say it again, or that opens a polite request, apologises for
/// nothing; sorry for a loss is sympathy. A real "sorry, my mistake" still apologises.
#[test]
fn a_pardon_sorry_is_no_apology() {
    hears_none(
        Lang::En,
        "apology",
        &[
            "sorry, what was the house number again? you cut out",
            "Sorry, which branch did you visit?",
            "Sorry, could I take your date of birth?",
            "I'm so sorry for the loss of your husband.",
            "There's no apology needed, honestly.",
        ],
    );
    hears_none(
        Lang::Nl,
        "apology",
        &[
            "Sorry, wat zei u? De verbinding viel even weg.",
            "Ja sorry hoor, maar zo werkt het nou eenmaal.",
        ],
    );
    assert!(hears(Lang::En, "Sorry, that was my mistake.", "apology"));
    assert!(hears(
        Lang::Nl,
        "Sorry, mijn fout, dat had ik moeten zien.",
        "apology"
    ));
}

/// A reason given with "because" needs no particular subject: "because your bank…", "because
/// last winter…", "'cause a crew has to…".
#[test]
fn because_gives_a_reason_whoever_follows() {
    hears_all(
        Lang::En,
        "explain_reason",
        &[
            "I can't release the parcel because your name isn't on the delivery note.",
            "We ask for a deposit because last winter a group broke two windows.",
            "Can't send anyone tonight 'cause a crew has to make the line safe first.",
        ],
    );
}

/// A password said to stay with the caller is not asked for, nor a fact the caller need not
/// worry about; the code a bank just texted is, and so is an IRD (tax) number.
#[test]
fn a_password_that_stays_with_you_is_not_asked() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &["Just read me the username from the letter, the password stays with you."],
    );
    assert!(hears(
        Lang::En,
        "to finish the payment just send me the code your bank texted you",
        "ask_identity:password"
    ));
    // A fact the caller need not worry about is not asked; the one that is needed is.
    hears_each(
        Lang::En,
        &["don't worry about your tax number, I just need the email you log in with"],
        &["ask_identity:email"],
        &["ask_identity:tax_number"],
    );
    assert!(hears(
        Lang::En,
        "And the IRD number for the business?",
        "ask_identity:tax_number"
    ));
}

/// A dash is a pause: what comes after it is not cancelled by a "won't" before it.
#[test]
fn a_dash_ends_what_a_refusal_reaches() {
    hears_all(
        Lang::En,
        "commitment",
        &[
            "I won't guess what it is over the phone — I'm asking a nurse to call you back within the hour",
        ],
    );
}

/// Calling yourself stupid, or a design stupid, insults nobody; calling the caller a piece of
/// work does.
#[test]
fn self_talk_and_stupid_designs_are_no_insults() {
    hears_none(
        Lang::En,
        "insult",
        &[
            "I was also so stupid with that booking screen when I started, it confuses everyone",
            "Those old locks are rubbish, stupid design, nothing you did wrong.",
            // A six-word question that the next clause denies (set zzzd, read after it was
            // measured).
            "Is this a stupid question? No no, not at all, ask away.",
        ],
    );
    assert!(hears(
        Lang::En,
        "You're a real piece of work, you know that?",
        "insult"
    ));
}

/// Dutch: having someone ring back is a commitment, not a transfer; "ik had je moeten bellen"
/// blames the speaker; a setting the caller switched off themselves is blame.
#[test]
fn dutch_call_backs_and_who_is_to_blame() {
    hears_each(
        Lang::Nl,
        &[
            "Ik laat haar u vanmiddag terugbellen over de borg.",
            "Ik laat mijn teamleider je morgen terugbellen.",
        ],
        &["commitment"],
        &["transfer_notice"],
    );
    hears_none(
        Lang::Nl,
        "blame",
        &["Sorry, ik had je gisteren al moeten bellen dat het onderdeel later kwam."],
    );
    assert!(hears(
        Lang::Nl,
        "Je hebt die databundel zelf uitgezet in de app.",
        "blame"
    ));
}

/// Doubting what a caller who is in the right already did, and telling him how to do better
/// next time, is a lecture (set CA's Dutch lecturing agent, trainer 35; deskdrill had 75).
#[test]
fn doubting_the_caller_and_advising_him_is_a_lecture() {
    let script = "Goedemiddag, Glaslijn, met Sam. Mag ik uw klantnummer?\nEn uw postcode?\n/lookup\n\
        Dank u, dat klopt.\n\
        Heeft u dat modem ook echt goed herstart? Daar gaat het vaak mis.\n\
        Als er na twee dagen niemand belt, is het verstandig om zelf terug te bellen.\n\
        Goed, ik plan een monteur in.\n/schedule\nVerder nog iets?\n/end";
    let r = play("broken-promise", "nl", 1, script);
    assert!(fired(&r, "D-LECTURE"), "{:?}", rules(&r));
    assert_eq!(r["passed"], false);
}
