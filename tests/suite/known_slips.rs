//! The slips a scenario names (`judgement.slips`, `P-KNOWN-SLIP`) and the slip ceiling: an
//! otherwise excellent call with one slip totals at most 82, as trainers score "near-perfect
//! with one slip". Scripts in our own words.

use crate::util::*;
use deskdrill::scenario;
use serde_json::{Value, json};

const SICK_CALL: &str = "\
Good morning, Rijksleerhuis course office, this is Femke speaking.
Oh, I'm sorry you're unwell, and on the first morning of your course too. You did the right thing calling before half past nine.
I'll sort it out for you. Could I have your participant number from the confirmation e-mail, and your date of birth? Then I know I'm changing the right booking.
/lookup
Thank you, that all matches. I'm marking you absent for today and tomorrow, so there are no costs for your employer.
/absent
That's done. Your manager only gets the standard message that you were absent, not why. You don't need to tell us anything about your illness.
I can see you need the certificate before 1 July. Shall I move you to the next run of the same course, on 2 and 3 June? That's free and still in time.
/rebook
You're booked on 2 and 3 June. A new confirmation comes by e-mail, and after those two days you get your certificate.
Is there anything else I can do for you? Get well soon, and take care.
/end
";

/// "Nothing serious, I hope?" to a caller whose illness the desk may not ask about: the call
/// still passes, held at 82, and the debrief offers the scenario's better line.
#[test]
fn a_kind_question_about_the_illness_holds_an_excellent_call_at_82() {
    let clean = play("sick-participant", "en", 1, SICK_CALL);
    assert!(clean["score"]["total"].as_u64().unwrap() > 82, "{clean}");
    assert!(!fired(&clean, "P-KNOWN-SLIP"), "{clean}");

    let slipped = SICK_CALL.replace(
        "and on the first morning of your course too.",
        "on your first morning too. Nothing too serious, I hope?",
    );
    let result = play("sick-participant", "en", 1, &slipped);
    assert_eq!(result["score"]["total"], 82, "{result}");
    assert_eq!(result["passed"], true, "{result}");
    let notes = notes_with(&result, "P-KNOWN-SLIP");
    assert_eq!(notes.len(), 1, "{result}");
    let better = result["feedback"]["improvements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "P-KNOWN-SLIP")
        .and_then(|f| f["better"].as_str())
        .unwrap_or_default()
        .to_string();
    assert!(better.contains("don't need to tell me"), "{better}");
}

/// Asking a customer on his third call to tell it all again is a slip before the history was
/// read, not after it, and not when the agent says he need not.
#[test]
fn asking_for_the_story_again_is_a_slip_only_before_the_file_was_read() {
    let call = |lines: &[&str]| {
        let mut script = String::from("Good afternoon, Glaslijn customer service, this is Ravi.\n");
        for l in lines {
            script.push_str(l);
            script.push('\n');
        }
        script.push_str("/end\n");
        play("broken-promise", "en", 1, &script)
    };
    let before = call(&[
        "Sorry to hear that. Could you tell me from the start what has been happening with the line?",
        "Could I have your customer number and postcode?",
        "/lookup",
    ]);
    assert!(fired(&before, "P-KNOWN-SLIP"), "{before}");
    let after = call(&[
        "Could I have your customer number and postcode?",
        "/lookup",
        "I've read the notes. Could you tell me from the start what has been happening since Tuesday?",
    ]);
    assert!(!fired(&after, "P-KNOWN-SLIP"), "{after}");
    let spared = call(&[
        "You don't have to tell me from the beginning, I'll read what is on file. Your customer number and postcode, please?",
        "/lookup",
    ]);
    assert!(!fired(&spared, "P-KNOWN-SLIP"), "{spared}");
}

/// Doubting the customer on the courier's word is `delivery-dispute`'s slip, in Dutch too.
#[test]
fn doubting_the_customer_on_the_couriers_word_is_a_slip_in_dutch() {
    let script = "\
Goedemiddag, FixPoint klantenservice, met Joris.
Mag ik uw ordernummer en de postcode van het ophaaladres?
/lookup
Volgens de status heeft de chauffeur aangebeld. Weet u zeker dat de envelop niet bij de buren ligt?
/end
";
    let result = play("delivery-dispute", "nl", 1, script);
    assert!(fired(&result, "P-KNOWN-SLIP"), "{result}");
}

/// A slip needs phrases in every language of the scenario, or it never counts in one: an empty
/// list and a missing language are refused, each with its file, line and column.
#[test]
fn a_slip_without_phrases_in_every_language_is_refused_with_its_place() {
    let refused = |says: Value| {
        let mut v: Value =
            serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap()).unwrap();
        v["judgement"]["slips"] = json!({
            "too_chatty": {"says": says, "label": {"en": "chatted", "nl": "kletste"}}
        });
        let text = serde_json::to_string_pretty(&v).unwrap();
        let err = scenario::load_str(&text, "s.json").unwrap_err().to_string();
        (text, err)
    };
    let line_of =
        |text: &str, needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let (text, err) = refused(json!({"en": [], "nl": ["kletsen"]}));
    let line = line_of(&text, "\"en\": []");
    assert!(err.contains(&format!("s.json:{line}:")), "{err}");
    assert!(err.contains("expected at least one phrasing"), "{err}");
    let (text, err) = refused(json!({"en": ["chatting"]}));
    let line = line_of(&text, "\"says\"");
    assert!(err.contains(&format!("s.json:{line}:")), "{err}");
    assert!(err.contains("missing the Dutch"), "{err}");
}

/// Holding last January's written warning up to the threatening caller is that scenario's
/// slip; telling him the consequence now is the boundary it asks for.
#[test]
fn quoting_the_old_warning_at_a_threatening_caller_is_a_slip() {
    let s = "Good morning, municipality contact centre, this is Ilse.\n";
    let with_warning =
        format!("{s}You already had a written warning in January for talking like this.\n/end\n");
    let result = play("threatening-caller", "en", 1, &with_warning);
    assert!(fired(&result, "P-KNOWN-SLIP"), "{result}");
    let boundary =
        format!("{s}If you go on threatening my colleague, I will end this call.\n/end\n");
    let result = play("threatening-caller", "en", 1, &boundary);
    assert!(!fired(&result, "P-KNOWN-SLIP"), "{result}");
}

/// A payment "sorted" and a problem "fixed today" on top of a promised Friday are promises the
/// desk cannot keep: the threatening caller's call is resolved on paper only.
#[test]
fn promising_the_payment_sorted_and_fixed_today_is_unkept() {
    let script = "\
Good morning, Work and Income, this is Ilse.
Could I have your date of birth and postcode?
/lookup
Thank you. I'll make sure the money is in your account before Friday.
Your payment will be sorted, and this will be fixed today.
Goodbye.
/end
";
    let result = play("threatening-caller", "en", 1, script);
    assert!(fired(&result, "R-UNKEPT-PROMISES"), "{result}");
    assert!(result["score"]["total"].as_u64().unwrap() <= 50, "{result}");
}
