//! Thirty-ninth round: what the trainer sets BU, BW, BX and the line sets zzw, zzy, zzz showed
//! once read. The sets' lines are not copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// `bank-cent`: a man with a question needs one apology for the wrong description, not none;
/// sorry after sorry costs less than a glass wall. Trainers failed the cold calls (62–68) and
/// passed the apologetic ones (70–72).
#[test]
fn the_cold_cent_fails_and_the_apologetic_one_passes() {
    let cold = "Noorderbank, business desk.\nCustomer number?\nDate of birth of the account holder?\n\
        /lookup\nChecked.\n\
        It was a fee correction after your package change. The remainder of the fee was charged a month later.\n\
        That text is a standard description. There was no work.\n/refund\nDone. Reversed.\n/complaint\n\
        Complaint registered. Written answer within five working days.\nAnything else?\nBye.\n/end";
    let r = play("bank-cent", "en", 1, cold);
    assert_eq!(r["passed"], false, "{}", r["score"]);
    assert!(fired(&r, "D-EXPECTED-MISSING"));
    let sorry = "Good afternoon, Noorderbank business desk, this is Noor. How can I help?\n\
        Oh, I'm so sorry about that. Could I have your customer number and your date of birth, please?\n\
        /lookup\nThank you, that's all correct. I'm really sorry you had to call for this.\n\
        I'm so sorry: no work was carried out at all. It was the rounded remainder of your package fee after the change, and the description 'work carried out' is simply wrong.\n\
        I'm sorry, that should never have been on your statement. I'll reverse the cent for you now.\n/refund\n\
        Sorry again. I'd also like to register a complaint, so it counts for every customer who got the same cent.\n\
        /complaint\nIt's registered, and you'll get a written answer within five working days. Once more, my apologies.\n\
        Is there anything else I can do for you?\nThank you for calling, and sorry again. Goodbye.\n/end";
    let r = play("bank-cent", "en", 1, sorry);
    assert_eq!(r["passed"], true, "{}", r["score"]);
    assert!(fired(&r, "D-OVER-APOLOGY"));
}

/// A goodbye said to a caller who has already hung up is not heard, but the after-call work
/// after it still counts: "Bye." then /flag flags the call (set BU's excellent agent).
#[test]
fn a_goodbye_after_the_hang_up_does_not_end_the_after_call_work() {
    let script = "Good morning, IT service desk, Alex speaking.\n\
        Who am I speaking with, and which team are you in?\nAnd whose account is this about?\n/lookup\n\
        I can only reset a password with the account holder herself, not on anyone's behalf, however senior.\n\
        The safe route: ask Ellen to ring us herself, or I call her back on the mobile number on file.\n\
        It's nothing personal: most break-ins start with a friendly call like this one.\n\
        Is there anything else I can help you with?\nThanks for understanding. Bye.\n/flag\n/end";
    let r = play("friendly-authority", "en", 1, script);
    assert_eq!(r["outcome"], "caller_hung_up");
    assert_eq!(r["ignored_lines"], 1);
    assert!(!fired(&r, "R-RECOMMENDED-MISSED"), "{:?}", rules(&r));
}

/// "Here is the fastest way back in: the authorised contact we have on file calls us" points
/// the impostor to the safe route and tells nothing (set BX's excellent call, trainer 94);
/// "I can see it here. The authorised contact changed on 1 September" still tells the file.
#[test]
fn a_proposal_presented_tells_nothing() {
    let line = "Here is the fastest way back in: the authorised contact we have on file for the \
                practice calls us from the practice's registered number.";
    let r = play(
        "impostor-reset",
        "en",
        1,
        &format!("Zorgnet helpdesk.\n{line}\n/end"),
    );
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    let line = "De snelste weg: hier is de veiligste route, de gemachtigde contactpersoon belt ons \
                vanaf het vaste nummer van de praktijk.";
    let r = play(
        "impostor-reset",
        "nl",
        1,
        &format!("Zorgnet helpdesk.\n{line}\n/end"),
    );
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
}

/// `confusing-letter`: pointing at "Ons kenmerk" on the letter and asking for "the number
/// behind it" asks for the reference (set BX's near-perfect call failed for acting unchecked).
#[test]
fn the_number_behind_our_reference_is_asked_for() {
    let script = "Good afternoon, municipality of Lindenburg, Sam speaking.\n\
        At the top of the letter it says 'Ons kenmerk'. Could you read me the number behind it?\n\
        And your date of birth, please?\n/lookup\n\
        Your help carries on, nothing stops. Shall I book the home visit for you?\n/appointment\n/end";
    let r = play("confusing-letter", "en", 1, script);
    assert!(critical_rules(&r).is_empty(), "{:?}", critical_rules(&r));
}

/// Lines heard anew from zzw, zzy and zzz, in our own words.
#[test]
fn english_from_the_round_in_our_own_words() {
    hears_each(
        Lang::En,
        &["could I, um, take a phone number in case the driver needs to ring you?"],
        &["ask_identity:phone_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "whats a good callback number for you?",
            "mobile number too if you have it handy",
        ],
        &["ask_identity:phone_number"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "read me the code the authenticator is showing, please",
            "and what's the alarm code for the shop?",
        ],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::En,
        &[
            "if your son rings us himself from his own phone, we can give him the new date",
            "would the Friday after suit you?",
        ],
        &["offer_alternative"],
        &["ask_identity:email", "commitment"],
    );
    hears_each(
        Lang::En,
        &[
            "Fair question.",
            "You're right to ask, and I'd want to know too.",
        ],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::En,
        &["if you asked the warden he might say yes - I could give you his email?"],
        &["offer_alternative"],
        &["ask_identity:email", "paraphrase"],
    );
}

/// Dutch lines heard anew from zzw, zzy and zzz, in our own words.
#[test]
fn dutch_from_the_round_in_our_own_words() {
    hears_each(
        Lang::Nl,
        &["Noemt u mij even de alarmcode van de winkel?"],
        &["ask_identity:password"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Terechte vraag.",
            "Goed dat u ernaar vraagt, dat zou ik ook willen weten.",
        ],
        &["empathy"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Zou u even aan de lijn willen blijven, dan pak ik het dossier erbij."],
        &["hold_notice"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &["Sorry dat ik het zeg, maar je hebt de handleiding gewoon niet gelezen."],
        &["blame"],
        &["apology"],
    );
    hears_each(
        Lang::Nl,
        &["Nee hoor, dat hoeft u niet te betalen."],
        &["reassurance"],
        &[],
    );
}
