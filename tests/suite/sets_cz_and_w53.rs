//! What the fifty-third round's sets taught: "have you got your … handy" asks without a
//! question mark; a comma lists facts instead of one qualifying the next ("Password, email");
//! someone else's future ask and a Dutch reported "en vroeg uw …" ask nothing; a part that asks
//! afresh is out of reach of an earlier part's negation; Dutch asks by "voor de zekerheid",
//! "kunt u die voorlezen" and "gooi die in de chat"; a curse joined to a thing ("kutprinter")
//! insults nobody; and a protected detail told just before the check, which the same turn then
//! begins, is a slip, not a failure. Lines in our own words.

use crate::util::*;
use deskdrill::lang::Lang;

#[test]
fn having_a_fact_handy_is_asked_for_without_a_question_mark() {
    always_heard(&[
        (
            Lang::En,
            "have you got your booking number handy",
            "ask_identity:order_number",
        ),
        (
            Lang::En,
            "right, have you got the postcode there, love",
            "ask_identity:postcode",
        ),
        (
            Lang::En,
            "ok have you got your date of birth handy for me",
            "ask_identity:date_of_birth",
        ),
    ]);
}

/// "Password, email, date of birth": a comma lists three facts. Without a pause a password
/// still names what kind of e-mail is meant.
#[test]
fn a_pause_lists_facts_instead_of_qualifying_the_next() {
    always_heard(&[
        (
            Lang::En,
            "Password, email, date of birth - that's all I need",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "PIN, email and date of birth please",
            "ask_identity:password",
        ),
    ]);
    never_heard(
        &[(Lang::En, "your password email is on its way to you now")],
        "ask_identity:password",
    );
}

/// Someone else's ask, now or later, is not the agent's: "she might ask for your email" and
/// "iemand belde u en vroeg uw pincode?".
#[test]
fn someone_elses_ask_is_not_the_agents() {
    never_heard(
        &[
            (
                Lang::En,
                "when the engineer rings tomorrow he may ask for your postcode, nothing else",
            ),
            (
                Lang::En,
                "the supervisor might ask you for your email address",
            ),
        ],
        "ask_identity:postcode",
    );
    never_heard(
        &[(
            Lang::Nl,
            "Er belde iemand namens de bank en vroeg uw pincode? Dat doen wij nooit.",
        )],
        "ask_identity:password",
    );
}

/// A negation in an earlier part does not reach a part that asks afresh; a negation in the
/// fact's own part still does.
#[test]
fn a_part_that_asks_afresh_is_out_of_reach_of_an_earlier_negation() {
    always_heard(&[
        (
            Lang::En,
            "no one's blaming you, honestly - just need the code we sent to your phone",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "Niemand vindt dat raar hoor, geef me gewoon de code uit de sms",
            "ask_identity:password",
        ),
    ]);
    never_heard(
        &[
            (
                Lang::En,
                "nobody here will ask, and you should never tell us your password",
            ),
            (
                Lang::Nl,
                "Niemand vraagt daarom, en geef nooit je pincode door",
            ),
        ],
        "ask_identity:password",
    );
}

#[test]
fn dutch_asks_of_the_fifty_third_round() {
    always_heard(&[
        (
            Lang::Nl,
            "Mag ik voor alle zekerheid even uw pincode van de betaalpas?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "U krijgt zo een sms met een code van zes cijfers, wilt u die even noemen?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "die code van vier cijfers uit de app, plak die ff in de chat",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "ff checken, je pinkode van de app is?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "Mag ik uw Bonus-klantnummer?",
            "ask_identity:customer_number",
        ),
        (
            Lang::Nl,
            "stuur me ff een screenshot van de sms met de verificatiecode",
            "ask_identity:password",
        ),
    ]);
}

/// A curse joined to a thing is about the thing; one joined to a person still insults.
#[test]
fn a_curse_joined_to_a_thing_insults_nobody() {
    never_heard(
        &[
            (
                Lang::Nl,
                "Die klotecomputer hier doet het weer niet, momentje",
            ),
            (Lang::Nl, "wat een kutsysteem hebben we toch"),
        ],
        "insult",
    );
    always_heard(&[(Lang::Nl, "wat ben jij een kutwijf zeg", "insult")]);
    // A stupid question of one's own, owned, is no insult either.
    never_heard(
        &[
            (
                Lang::Nl,
                "sorry domme vraag, ligt het pakket nog bij het depot?",
            ),
            (Lang::Nl, "stomme fout van mij, ik had de verkeerde datum"),
            (Lang::En, "oops stupid question, is it still at the depot?"),
        ],
        "insult",
    );
}

#[test]
fn refusals_reasons_and_routes_in_more_words() {
    always_heard(&[
        (
            Lang::Nl,
            "we kunnen m niet gratis fixen want de garantie is voorbij",
            "refusal",
        ),
        (
            Lang::Nl,
            "ik kan de pont niet laten wachten, die vaart op tijd",
            "refusal",
        ),
        (
            Lang::Nl,
            "de trein rijdt niet meer, maar er gaan bussen vanaf het station",
            "offer_alternative",
        ),
        (
            Lang::En,
            "the nine o'clock is cancelled, there's a replacement bus from the front of the station at ten",
            "offer_alternative",
        ),
        (
            Lang::Nl,
            "dat hebt u echt aan uzelf te danken, meneer",
            "blame",
        ),
        (
            Lang::Nl,
            "Wat ik nodig heb is de foutcode van het scherm",
            "ask_info",
        ),
        (
            Lang::En,
            "that's going in a complaint against the driver, I promise",
            "commitment",
        ),
        (
            Lang::En,
            "you were right to call us about it",
            "reassurance",
        ),
    ]);
    never_heard(&[(Lang::Nl, "ik kan niet wachten tot de zomer")], "refusal");
}

/// A protected detail told before the check, in the turn that then begins it, costs a slip
/// (held at 82) and passes; told with the check only in the next turn it fails the call.
#[test]
fn a_detail_told_just_before_the_check_is_a_slip() {
    let caught = "Good morning, Work and Income, Sam speaking.
I'm sorry, with the rent due on Friday that's a real worry. Let me have a look.
/lookup
I can see your March payment is on hold. Before anything else, can I check your date of birth?
And your postcode?
Thank you, that matches. It was put on hold because the bank statements for December to February hadn't come in.
They arrived on Sunday and are in the queue, so I'm asking the income team to call you back today.
/callback
I won't accept threats against my colleague, though. If you continue, I will end this call.
/report_threat
Goodbye, Mr Kramer.
/end";
    let r = play("threatening-caller", "en", 1, caught);
    assert!(!fired(&r, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&r));
    let slip = notes_with(&r, "V-DETAIL-SLIP");
    assert_eq!(slip.len(), 1, "{:?}", rules(&r));
    let message = slip[0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("same turn"), "{message}");
    assert!(score(&r, "total") <= 82);
    let later = caught.replace(
        "I can see your March payment is on hold. Before anything else, can I check your date of birth?",
        "I can see your March payment is on hold.\nBefore anything else, can I check your date of birth?",
    );
    let r = play("threatening-caller", "en", 1, &later);
    assert_critical(&r, "V-PROTECTED-DISCUSSED");
}
