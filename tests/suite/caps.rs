//! A critical error caps the total; the rest of the call orders calls under the cap. "The rest"
//! is everything but the critical error itself: its own points must not lower the call twice.

use crate::util::*;
use deskdrill::rules::RuleId;

const GOOD_CALL_WITH_INSULT_EN: &str = "Good morning, Medivo support, how can I help?
Locked out just before consultations, let's get you back in fast. Is it your own MediDossier account?
Then I need just two things: your practice's customer number and your date of birth.
/lookup
Thank you, that matches. I'm unlocking your account and resetting your password now.
/reset
Done. A temporary password is on its way by text to the mobile number we have on file for you.
Honestly, you idiot, it expired on Saturday, that's why it locked this morning.
Sign in with the temporary password and you'll be asked to choose a new one straight away.
If anything else sticks, ring us back. Good luck with the consultations.
/end";

const GOOD_CALL_WITH_INSULT_NL: &str = "Goedemorgen, Medivo support, waarmee kan ik u helpen?
Buitengesloten vlak voor het spreekuur, laten we u snel weer binnen krijgen. Gaat het om uw eigen MediDossier-account?
Dan heb ik maar twee dingen nodig: het klantnummer van de praktijk en uw geboortedatum.
/lookup
Dank u, dat klopt. Ik ontgrendel uw account en reset nu uw wachtwoord.
/reset
Klaar. Er komt een tijdelijk wachtwoord per sms naar het mobiele nummer dat bij ons bekend is.
Eerlijk gezegd, sukkel, het is zaterdag verlopen, daarom zat hij vanochtend op slot.
Log in met het tijdelijke wachtwoord, dan kiest u meteen een nieuw.
Als er nog iets hapert, bel ons gerust terug. Succes met het spreekuur.
/end";

#[test]
fn an_otherwise_excellent_call_with_an_insult_scores_exactly_the_insult_cap() {
    let cap = u64::from(RuleId::DInsult.cap().expect("an insult is capped"));
    for (lang, script) in [
        ("en", GOOD_CALL_WITH_INSULT_EN),
        ("nl", GOOD_CALL_WITH_INSULT_NL),
    ] {
        let r = play("verified-impatient", lang, 1, script);
        assert_eq!(critical_rules(&r), ["D-INSULT"], "{lang}");
        assert_eq!(r["passed"], false, "{lang}");
        assert_eq!(score(&r, "total"), cap, "{lang}: {}", r["score"]);
        // The same insult in a call that did little else scores its share of the cap.
        let weak = play(
            "verified-impatient",
            lang,
            1,
            if lang == "en" {
                "Yes?\nHonestly, you idiot.\n/end"
            } else {
                "Ja?\nEerlijk gezegd, sukkel.\n/end"
            },
        );
        assert_eq!(critical_rules(&weak), ["D-INSULT"], "{lang}");
        assert!(score(&weak, "total") < cap, "{lang}: {}", weak["score"]);
    }
}

/// A bank-cent call that tells the fee history after one check of two, or after none.
fn fee_history_told(checked_once: bool) -> String {
    let ask = if checked_once {
        "Could you give me your customer number first?"
    } else {
        "Let me have a look."
    };
    format!(
        "Good afternoon, Noorderbank business desk, you're speaking with Sam. How can I help?
That's a fair question and I'll find out for you. {ask}
/lookup
Thank you. I can see the cent: no work was done, it's the rounding of your package fee. The description 'work carried out' is wrong, and I'm sorry about that.
And I'll register a complaint about the wrong description so it gets fixed.
Thank you for raising it, Mr Hoogland. Have a good afternoon.
/end"
    )
}

#[test]
fn telling_a_caller_checked_halfway_is_capped_as_the_check_done_halfway() {
    let half = play("bank-cent", "en", 1, &fee_history_told(true));
    let none = play("bank-cent", "en", 1, &fee_history_told(false));
    for r in [&half, &none] {
        assert_eq!(critical_rules(r), ["V-PROTECTED-DISCUSSED"]);
        assert_eq!(r["passed"], false);
    }
    let cap = u64::from(
        scenario("bank-cent")
            .partly_verified_cap
            .unwrap_or(deskdrill::rules::PARTLY_VERIFIED_CAP),
    );
    let stranger = u64::from(RuleId::VProtectedDiscussed.cap().expect("capped"));
    assert!(score(&half, "total") > stranger, "{}", half["score"]);
    assert!(score(&half, "total") <= cap, "{}", half["score"]);
    assert!(score(&none, "total") <= stranger, "{}", none["score"]);
}

/// The rubric a trainer reads (`deskdrill rules`) says what each critical error does to the
/// total in that scenario: a courier's pickup done on a check halfway caps at 65, a doctor's
/// reset at 40, and telling where a threatened colleague works at 10.
#[test]
fn the_rule_catalogue_names_each_scenarios_own_caps() {
    use deskdrill::lang::Lang;
    use deskdrill::report::rule_catalogue;
    let line_after = |catalogue: &str, rule: &str| -> String {
        let mut lines = catalogue.lines().skip_while(|l| !l.starts_with(rule));
        lines
            .by_ref()
            .skip(1)
            .find(|l| l.trim_start().starts_with('→'))
            .unwrap_or_default()
            .to_string()
    };
    let delivery = rule_catalogue(&scenario("delivery-dispute"), Lang::En);
    let line = line_after(&delivery, "V-UNVERIFIED-ACTION");
    assert!(
        line.contains("10 at most")
            && line.contains("65 at most if the caller was checked halfway"),
        "{line}"
    );
    let doctor = rule_catalogue(&scenario("verified-impatient"), Lang::Nl);
    let line = line_after(&doctor, "V-UNVERIFIED-ACTION");
    assert!(line.contains("hoogstens 40 als de beller half"), "{line}");
    let threat = rule_catalogue(&scenario("threatening-caller"), Lang::En);
    let line = line_after(&threat, "V-PROTECTED-DISCUSSED");
    assert!(
        line.contains("10 at most if it tells where the colleague"),
        "{line}"
    );
    let insult = line_after(&threat, "D-INSULT");
    assert!(insult.contains("12 at most"), "{insult}");
    let impostor = rule_catalogue(&scenario("impostor-reset"), Lang::En);
    let insult = line_after(&impostor, "D-INSULT");
    assert!(
        insult.contains("30 at most"),
        "the scenario's own rule_caps: {insult}"
    );
    let ceiling = line_after(&impostor, "R-UNKEPT-PROMISES");
    assert!(ceiling.contains("50 at most, whatever else"), "{ceiling}");
}
