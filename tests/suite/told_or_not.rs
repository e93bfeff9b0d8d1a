//! Twenty-seventh round: what tells a caller a protected detail and what does not, found where
//! trainers and deskdrill disagreed most (own lines, not the sets').

use crate::util::*;
use deskdrill::lang::Lang;

/// Plays a call that looks the caller up and says one line before anything is verified.
fn before_verifying(scenario: &str, lang: &str, line: &str) -> bool {
    let opening = if lang == "en" {
        "Good morning."
    } else {
        "Goedemorgen."
    };
    let r = play(
        scenario,
        lang,
        1,
        &format!("{opening}\n/lookup\n{line}\n/end"),
    );
    fired(&r, "V-PROTECTED-DISCUSSED")
}

#[test]
fn a_contracted_is_tells_as_much_as_a_written_out_one() {
    for line in [
        "Your March payment's on hold.",
        "Your payment's on hold because of the statements.",
        "Your March payment is on hold.",
    ] {
        assert!(before_verifying("threatening-caller", "en", line), "{line}");
    }
    // A possessive 's before something else tells nothing of the hold.
    assert!(!before_verifying(
        "threatening-caller",
        "en",
        "Let's sort out today's question first: can I have your date of birth?"
    ));
}

#[test]
fn a_role_in_a_procedure_is_no_record_told() {
    for (lang, line) in [
        (
            "en",
            "Here is the quickest safe route: the authorised contact calls us from the number on file, and we reset it during that call.",
        ),
        (
            "nl",
            "Hier is de veiligste route: de gemachtigde contactpersoon belt ons zelf vanaf het bekende nummer.",
        ),
        // Whose role it is, said in general (thirty-first round).
        (
            "en",
            "Here is the fastest safe route: the provider's authorised contact calls us from the number on file, or we call the practice back and ask for the authorised contact.",
        ),
        (
            "nl",
            "Dit is de snelste veilige weg: uw gemachtigde contactpersoon belt ons vanaf het nummer dat bij ons bekend is.",
        ),
        // Where the role is registered, between the role and its verb (thirty-fourth round).
        (
            "en",
            "Here is the quickest way forward: the authorised contact registered for your organisation calls us from the provider's phone number on file.",
        ),
        (
            "nl",
            "Dit is de snelste weg: de geregistreerde gemachtigde contactpersoon van uw organisatie belt ons zelf vanaf het bekende nummer.",
        ),
    ] {
        assert!(!before_verifying("impostor-reset", lang, line), "{line}");
    }
    // Naming who the contact is still tells, procedure or not.
    for (lang, line) in [
        ("en", "Here is the safe route: Marloes can call us herself."),
        ("en", "The authorised contact we have is Marloes Verbeek."),
        (
            "nl",
            "Ik zie hier: de gemachtigde contactpersoon is Marloes Verbeek.",
        ),
    ] {
        assert!(before_verifying("impostor-reset", lang, line), "{line}");
    }
}

#[test]
fn a_cause_after_a_long_refusal_explains_it() {
    hears_all(
        Lang::En,
        "explain_reason",
        &[
            "Regrettably, I am unable to reverse a transfer once the recipient has withdrawn the funds, as the money has already left our system.",
        ],
    );
    hears_none(
        Lang::En,
        "explain_reason",
        &["I can't reset it for you today, as I said."],
    );
}
