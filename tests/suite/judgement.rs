//! Judgement a trainer would sign: the stories' lessons replayed, every rule of the rubric
//! firing somewhere, and every rule's message in both languages.

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::rules::RuleId;
use serde_json::Value;
use std::collections::BTreeSet;

fn total(r: &Value) -> u64 {
    score(r, "total")
}

/// A plain opening in the call's own language.
fn opening(lang: &str) -> &'static str {
    if lang == "nl" {
        "Goedemorgen, servicedesk, met Sam."
    } else {
        "Good morning, service desk, Sam speaking."
    }
}

const COURIER_ROBOT_EN: &str = "FixPoint customer service, good afternoon.
Can I have your order number and postcode?
/lookup
I understand that this is annoying for you.
According to the driver he was at your door and nobody answered.
A driver cannot be redirected, that's the procedure.
I understand that this is annoying for you.
I can book a new appointment.
That is not the procedure, I cannot give you a supervisor.
/end";

const COURIER_ROBOT_NL: &str = "Goedemiddag, FixPoint klantenservice.
Mag ik uw ordernummer en postcode?
/lookup
Ik begrijp dat dit vervelend voor u is.
Volgens de chauffeur is hij aan de deur geweest en deed niemand open.
Een chauffeur kan niet worden omgeleid, dat is de procedure.
Ik begrijp dat dit vervelend voor u is.
Ik kan een nieuwe afspraak voor u inplannen.
Dat is niet de procedure, een leidinggevende kan ik u niet geven.
/end";

#[test]
fn story_three_the_procedure_robot_fails_and_is_told_why() {
    for (lang, script) in [("en", COURIER_ROBOT_EN), ("nl", COURIER_ROBOT_NL)] {
        let r = play("delivery-dispute", lang, 4, script);
        let fired = rules(&r);
        assert_eq!(r["passed"], false, "{lang}: {fired:?}");
        assert!(
            fired.iter().any(|x| x == "D-PROCEDURE-SHIELD"),
            "{lang}: {fired:?}"
        );
        assert!(
            fired.iter().any(|x| x == "D-STOCK-EMPATHY"),
            "{lang}: the stock phrase is named: {fired:?}"
        );
        assert!(
            !fired.iter().any(|x| x == "D-EMPATHY"),
            "{lang}: the stock phrase earns no empathy points: {fired:?}"
        );
    }
}

#[test]
fn story_two_rushing_the_nervous_care_worker_fails() {
    let en = "Service desk.
Again? OK, what is it this time.
It's not rocket science, your password expired.
What's your employee number and date of birth? Quickly please, I have other calls waiting.
/lookup
/reset
Done. Next time just read the messages on your screen.
/end";
    let nl = "Servicedesk.
Alweer? Oké, wat is het nu weer.
Het is geen hogere wiskunde hoor, je wachtwoord is verlopen.
Wat is je personeelsnummer en je geboortedatum? Een beetje vlot graag, er wachten meer mensen.
/lookup
/reset
Klaar. Lees de volgende keer gewoon de meldingen op je scherm.
/end";
    for (lang, script) in [("en", en), ("nl", nl)] {
        let r = play("nervous-care-worker", lang, 2, script);
        assert_eq!(r["passed"], false, "{lang}: {:?}", rules(&r));
    }
}

const STORY_ONE_CURSE: &str = "Good morning, Zorgnet helpdesk, Sam speaking, how can I help?
I can help you, but first I need the provider's tax number: the law on patient data obliges us to check who we are dealing with.
/lookup
I'm sorry, without the tax number I can't reset the password. The provider can call us from the number on file.
/hold checking with my trainer
/resume
Thank you for waiting. Without the tax number I really cannot do it.
Damn it, would you let me finish!
/transfer supervisor";

const HANDED_OVER: &str = "Good morning, Zorgnet helpdesk, Sam speaking.
Can I have the provider's tax number?
No problem, the name, address and phone number match what we have, so that looks fine.
/lookup
/reset
There you go, the new password is on its way. Have a nice day.
/end";

#[test]
fn story_one_the_account_handed_over_scores_below_the_curse_and_both_fail() {
    let curse = play("impostor-reset", "en", 3, STORY_ONE_CURSE);
    let handed = play("impostor-reset", "en", 3, HANDED_OVER);
    assert_eq!(curse["passed"], false);
    assert_eq!(handed["passed"], false);
    assert!(critical_rules(&curse).contains(&"D-INSULT".to_string()));
    assert!(
        score(&curse, "verification") >= 80,
        "the verification was right"
    );
    assert!(critical_rules(&handed).contains(&"V-UNVERIFIED-ACTION".to_string()));
    assert!(
        rules(&handed).contains(&"V-PUBLIC-AS-PROOF".to_string()),
        "public details taken as proof are named: {:?}",
        rules(&handed)
    );
    assert!(
        total(&handed) < total(&curse),
        "handed over {} must score below the curse {}",
        total(&handed),
        total(&curse)
    );
}

/// Scripts for the rules no shipped self-test needs, each with the rule it must fire.
const RARE: [(&str, &str, &str); 10] = [
    (
        "nervous-care-worker",
        "Good morning, IT desk.\nYes, I can see you here: ward 2.\n/end",
        "V-DETAIL-SLIP",
    ),
    (
        "verified-impatient",
        "Good morning. For authentication I need your customer ID and DOB.\nYour credentials hit the lockout threshold.\nGoing forward, best practice is to change it in time.\n/end",
        "P-JARGON-HABIT",
    ),
    (
        "impostor-reset",
        "Hello. What is your password? I need it to check your account.\n/end",
        "V-PASSWORD-ASKED",
    ),
    (
        "delivery-dispute",
        "Hello, FixPoint.\n/transfer supervisor",
        "D-TRANSFER-EARLY",
    ),
    (
        "delivery-dispute",
        "Good afternoon, FixPoint customer service, Kim speaking.\nI see, that sounds annoying.\nThat is not something I deal with, I am afraid.\n/transfer supervisor",
        "D-PASSED-ON",
    ),
    (
        "delivery-dispute",
        "Hello, FixPoint, Kim speaking.\n/hold\n/resume\nThanks for waiting.\n/end",
        "P-HOLD-UNANNOUNCED",
    ),
    (
        "delivery-dispute",
        "Hello Mr Jansen, FixPoint here. Mr Jansen, I see. Yes Mr Jansen. Of course, Mr Jansen.\n/end",
        "D-NAME-OVERUSED",
    ),
    (
        "impostor-reset",
        "Good morning.\n/lookup\nIs the tax number TAX? That's what I see here.\n/end",
        "V-RECORD-LEAK",
    ),
    (
        "delivery-dispute",
        "Good afternoon, FixPoint, Kim speaking.\nHold on, this bloody screen has frozen again.\n/end",
        "P-SWORE",
    ),
    (
        "impostor-reset",
        "Good morning, service desk.\nWhat number can I ring you back on?\n/end",
        "V-CALLER-ROUTE",
    ),
];

/// A scenario whose policy forbids asking for a citizen service number (BSN).
fn forbids_bsn() -> Value {
    let text = deskdrill::scenario::SHIPPED[0]
        .1
        .replace("\"id\": \"impostor-reset\"", "\"id\": \"impostor-bsn\"");
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["facts"]["bsn"] = serde_json::json!({
        "value": "123456782",
        "label": {"en": "citizen service number", "nl": "BSN"},
        "synonyms": {"en": ["citizen service number", "bsn"], "nl": ["bsn", "burgerservicenummer"]}
    });
    v["judgement"]["forbidden_facts"] = serde_json::json!(["bsn"]);
    v
}

#[test]
fn every_rule_fires_in_some_call() {
    let mut fired: BTreeSet<String> = BTreeSet::new();
    for (name, text) in deskdrill::scenario::SHIPPED {
        let s = std::sync::Arc::new(deskdrill::scenario::load_str(text, name).unwrap());
        for t in &s.tests {
            let r = deskdrill::selftest::play(&s, lexicon(&s, t.lang), t.lang, t.seed, &t.script);
            fired.extend(rules(&serde_json::to_value(&r).unwrap()));
        }
    }
    for (scenario, script, rule) in RARE {
        let seed = 1;
        let script = if script.contains("TAX") {
            let r = play(scenario, "en", seed, "hi\n/end");
            let tax = r["events"][0]["values"]["tax_number"]
                .as_str()
                .unwrap()
                .to_string();
            script.replace("TAX", &tax)
        } else {
            script.to_string()
        };
        let got = rules(&play(scenario, "en", seed, &script));
        assert!(
            got.iter().any(|x| x == rule),
            "{rule} did not fire: {got:?}"
        );
        fired.extend(got);
    }
    let s = std::sync::Arc::new(
        deskdrill::scenario::load_str(&forbids_bsn().to_string(), "bsn.json").unwrap(),
    );
    let lines = vec![
        "Good morning. What is your BSN, please?".to_string(),
        "/end".into(),
    ];
    let r = deskdrill::selftest::play(&s, lexicon(&s, Lang::En), Lang::En, 1, &lines);
    let r = serde_json::to_value(&r).unwrap();
    assert!(critical_rules(&r).contains(&"V-FORBIDDEN-ASKED".to_string()));
    fired.extend(rules(&r));
    // Judgement scripts written by trainers (training material: tests/eval/judgement/2026-12-01).
    for lang in ["en", "nl"] {
        let dir = format!("tests/eval/judgement/2026-12-01/{lang}");
        let judged: Vec<Value> = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/judgements.json")).unwrap(),
        )
        .unwrap();
        for j in judged {
            let script =
                std::fs::read_to_string(format!("{dir}/{}", j["script"].as_str().unwrap()))
                    .unwrap();
            fired.extend(rules(&play(
                j["scenario"].as_str().unwrap(),
                lang,
                1,
                &script,
            )));
        }
    }
    let missing: Vec<&str> = RuleId::ALL
        .iter()
        .map(|r| r.as_str())
        .filter(|r| !fired.contains(*r))
        .collect();
    assert!(missing.is_empty(), "rules that never fire: {missing:?}");
}

/// Facts by the words that name them: a debrief may name a fact only in a scenario that has
/// it (the generic coaching once told every trainee to ask for the tax number).
const FACT_WORDS: [(&str, &[&str]); 3] = [
    (
        "tax_number",
        &["tax number", "belastingnummer", "fiscaal nummer"],
    ),
    ("employee_number", &["employee number", "personeelsnummer"]),
    ("order_number", &["order number", "ordernummer"]),
];

#[test]
fn no_debrief_names_another_scenarios_facts() {
    colored::control::set_override(false);
    for (name, text) in deskdrill::scenario::SHIPPED {
        let s = std::sync::Arc::new(deskdrill::scenario::load_str(text, name).unwrap());
        for t in &s.tests {
            let r = deskdrill::selftest::play(&s, lexicon(&s, t.lang), t.lang, t.seed, &t.script);
            let debrief = deskdrill::report::debrief(&r, t.lang).to_lowercase();
            for (owner, words) in FACT_WORDS {
                if s.facts.contains_key(owner) {
                    continue;
                }
                for w in words {
                    assert!(
                        !debrief.contains(w),
                        "{} [{}] '{}' names '{w}' of {owner}:\n{debrief}",
                        s.id,
                        t.lang,
                        t.name
                    );
                }
            }
        }
    }
}

/// Story 1 again: the agent who refuses the reset but hands the impostor half the credentials
/// ("the login name starts with…") fails on a critical error, below the agent who swore at her
/// and gave nothing away.
#[test]
fn story_one_telling_the_impostor_part_of_the_login_is_critical() {
    let told = [
        (
            "en",
            "Good morning, Zorgnet helpdesk, Kevin speaking.
Could you give me the provider's tax number, please?
/lookup
I can't reset it without the tax number, I'm afraid.
But I can give you the login name at least, it starts with het-anker.
/end",
        ),
        (
            "nl",
            "Goedemorgen, Zorgnet helpdesk, met Kevin.
Mag ik het fiscaal nummer van de zorgaanbieder?
/lookup
Zonder het fiscaal nummer kan ik helaas niet resetten.
Ik zie hier wel de inlognaam, die begint met het-anker.
/end",
        ),
    ];
    for (lang, script) in told {
        let r = play("impostor-reset", lang, 1, script);
        assert!(
            critical_rules(&r).contains(&"V-PROTECTED-DISCUSSED".to_string()),
            "{lang}: {:?}",
            rules(&r)
        );
        assert_eq!(r["passed"], false, "{lang}");
        // The same call with a curse where the login name was told.
        let curse = match lang {
            "en" => "Oh shut up, you stupid cow.",
            _ => "Hou toch je kop, stom wijf.",
        };
        let told_line = script
            .lines()
            .nth(4)
            .expect("the line that tells the login name");
        let swore = play("impostor-reset", lang, 1, &script.replace(told_line, curse));
        assert!(critical_rules(&swore).contains(&"D-INSULT".to_string()));
        assert!(total(&r) < total(&swore), "{lang}");
        // Asking about the login name, or refusing to say it, tells her nothing.
        let asked = play(
            "impostor-reset",
            lang,
            1,
            if lang == "en" {
                "Good morning, helpdesk.\nWhich login name do you use?\nI can't give you the login name, I'm afraid.\n/end"
            } else {
                "Goedemorgen, helpdesk.\nWelke inlognaam gebruikt u?\nIk kan u de inlognaam niet geven, helaas.\n/end"
            },
        );
        assert!(
            !rules(&asked).contains(&"V-PROTECTED-DISCUSSED".to_string()),
            "{lang}: {:?}",
            rules(&asked)
        );
    }
}

/// Story 5: a refund is not an answer. The caller hears whether his question ("what work?")
/// was answered — a slip in the same breath does not undo the answer.
#[test]
fn story_five_a_refund_instead_of_an_answer_is_named() {
    let refund_only = "Good afternoon, Noorderbank business desk, Sam speaking.
Could you give me your customer number and your date of birth, please?
/lookup
Thank you. I'm sorry about this, I can reverse the cent for you.
/refund
/end";
    let r = play("bank-cent", "en", 1, refund_only);
    assert!(rules(&r).contains(&"R-QUESTION-UNANSWERED".to_string()));
    assert_eq!(r["passed"], false);
    let answered_with_a_slip = "Good afternoon, Noorderbank business desk, Sam speaking.
Could you give me your customer number and your date of birth, please?
/lookup
It's only a cent of course, but no work was done: it's the remainder of your package fee, rounded.
You're right that 'work carried out' is the wrong description, I'm sorry. I'll register your complaint.
/complaint
/refund
Have a good afternoon.
/end";
    let r = play("bank-cent", "en", 1, answered_with_a_slip);
    let fired = rules(&r);
    assert!(
        !fired.contains(&"R-QUESTION-UNANSWERED".to_string()),
        "{fired:?}"
    );
    assert!(fired.contains(&"D-DISMISSIVE".to_string()), "{fired:?}");
    assert_eq!(r["outcome"], "resolved", "{fired:?}");
}

/// Story 2: telling the nervous care worker what she should have done costs, and costs again
/// because she is anxious.
#[test]
fn lecturing_the_nervous_care_worker_costs_twice() {
    for (lang, line) in [
        (
            "en",
            "Next time, please change your password before it expires.",
        ),
        (
            "nl",
            "Voortaan graag uw wachtwoord wijzigen voordat het verloopt.",
        ),
        (
            "en",
            "You can do that yourself with Ctrl-Alt-Delete, then you don't need to call us.",
        ),
        (
            "nl",
            "Die melding moet je wel even lezen, dat staat gewoon in de handleiding.",
        ),
    ] {
        let r = play(
            "nervous-care-worker",
            lang,
            1,
            &format!("{}\n{line}\n/end", opening(lang)),
        );
        let fired = rules(&r);
        assert!(
            fired.contains(&"D-LECTURE".to_string()),
            "{lang}: {fired:?}"
        );
        assert!(
            fired.contains(&"D-ANXIOUS-CALLER".to_string()),
            "{lang}: {fired:?}"
        );
    }
}

/// Sorry after sorry costs from the fourth on, and a turn is charged once for the habit: an
/// apology in the same words again costs as repeated sympathy, not a second time.
#[test]
fn apologising_turn_after_turn_costs_once_a_turn() {
    let varied = "Good morning, service desk, Sam speaking. Sorry for the wait.
I'm sorry, could you tell me what's wrong?
Apologies, can I have your employee number?
Sorry about that, one more: your date of birth?
My apologies, I'm looking it up now.
So sorry, nearly there.
/end";
    let r = play("nervous-care-worker", "en", 1, varied);
    assert!(
        rules(&r).contains(&"D-OVER-APOLOGY".to_string()),
        "{:?}",
        rules(&r)
    );
    let same = "Good morning, service desk, Sam speaking.
Sorry, sorry.
Sorry, sorry.
Sorry, sorry.
Sorry, sorry.
Sorry, sorry.
/end";
    let r = play("nervous-care-worker", "en", 1, same);
    for t in r["turns"].as_array().unwrap() {
        let notes: Vec<&str> = t["notes"]
            .as_array()
            .map(|n| n.iter().filter_map(|x| x["rule"].as_str()).collect())
            .unwrap_or_default();
        assert!(
            !(notes.contains(&"D-OVER-APOLOGY") && notes.contains(&"D-REPEATED-SYMPATHY")),
            "turn {}: {notes:?}",
            t["n"]
        );
    }
}

/// When the caller hangs up first, the report to security can still be filed: after-call
/// work counts, in either language's name; speech after the hang-up is still a line the call
/// never heard, and a trainee who did not report is still told.
#[test]
fn the_report_filed_after_the_caller_hangs_up_counts() {
    let refusal = "Hi, service desk, Mo speaking.\n\
        Sorry, I cannot reset a password for someone else, it has to be Ellen herself. \
        Good luck with the meeting, bye.\n";
    let reported = play(
        "friendly-authority",
        "en",
        1,
        &format!("{refusal}/flag\nStill there?\n/end\n"),
    );
    assert_eq!(reported["outcome"], "caller_hung_up");
    let noted = rules(&reported);
    assert!(
        noted.contains(&"R-RECOMMENDED-DONE".to_string()),
        "{noted:?}"
    );
    assert!(
        !noted.contains(&"R-RECOMMENDED-MISSED".to_string()),
        "{noted:?}"
    );
    assert_eq!(
        reported["ignored_lines"], 1,
        "'Still there?' was never heard"
    );

    let unreported = play(
        "friendly-authority",
        "en",
        1,
        &format!("{refusal}Still there?\n"),
    );
    assert!(rules(&unreported).contains(&"R-RECOMMENDED-MISSED".to_string()));
    assert_eq!(unreported["ignored_lines"], 1);
    assert!(score(&reported, "resolution") > score(&unreported, "resolution"));

    // A sensitive action is no after-call work: the reset is not done once she has gone.
    let reset = play("friendly-authority", "en", 1, &format!("{refusal}/reset\n"));
    assert!(critical_rules(&reset).is_empty());
    assert_eq!(reset["ignored_lines"], 1);
}

/// The correct but cold call: every step right, the angry caller never acknowledged. It costs
/// `D-UNACKNOWLEDGED`; one honest apology for the broken promise is enough to avoid it.
#[test]
fn a_correct_but_cold_call_to_an_upset_caller_is_named() {
    let steps = "/lookup\n\
        Customer number and postcode.\n\
        The first slot is Thursday 12 March, one to five.\n\
        /schedule\n\
        /credit\n\
        Anything else?\n\
        /end\n";
    let cold = play(
        "broken-promise",
        "en",
        1,
        &format!("Glaslijn, good afternoon.\n{steps}"),
    );
    assert!(rules(&cold).contains(&"R-RIGHT-OUTCOME".to_string()));
    assert!(rules(&cold).contains(&"D-UNACKNOWLEDGED".to_string()));
    let owned = play(
        "broken-promise",
        "en",
        1,
        &format!(
            "Glaslijn, good afternoon. I'm sorry, that promise should have been kept.\n{steps}"
        ),
    );
    assert!(!rules(&owned).contains(&"D-UNACKNOWLEDGED".to_string()));
    assert!(score(&owned, "deescalation") > score(&cold, "deescalation"));
}

/// Where a threatened colleague can be found is never the caller's, even verified: telling him
/// is critical; the same call without it is not.
#[test]
fn telling_a_threatening_caller_where_his_case_worker_is_is_critical() {
    let start = "Good morning, Work and Income line, this is Lisa.\n\
        Your date of birth and postcode, please?\n\
        /lookup\n\
        I'll ask the income team to call you back today.\n\
        /callback\n";
    let told = play(
        "threatening-caller",
        "en",
        1,
        &format!("{start}He's in Tuesdays and Thursdays, usually at the Stadskantoor.\n/end\n"),
    );
    assert!(critical_rules(&told).contains(&"V-PROTECTED-DISCUSSED".to_string()));
    let kept = play("threatening-caller", "en", 1, &format!("{start}/end\n"));
    assert!(
        critical_rules(&kept).is_empty(),
        "{:?}",
        critical_rules(&kept)
    );
}

/// Every part of the call must reach the floor: the right checks and the right outcome do not
/// carry a call that drowns a rushed caller in apologies, and the debrief says which part.
#[test]
fn a_call_sunk_by_one_dimension_fails_and_says_which() {
    let script = "Medivo support, good morning, so sorry for the wait!\n\
        So sorry you're locked out, sorry, could I have your customer number and date of birth?\n\
        /lookup\n\
        Sorry, thank you, and sorry for the hassle, it all matches.\n\
        /reset\n\
        I'm so sorry, the temporary password goes by text to your mobile, sorry about that.\n\
        Again, I do apologise for all of this, sorry.\n\
        Sorry, sorry, is that all right for you?\n\
        I really am sorry about this morning.\n\
        Sorry for keeping you, sorry. Have a good morning.\n\
        /end\n";
    let s = scenario("verified-impatient");
    let lines: Vec<String> = script.lines().map(str::to_string).collect();
    let r = deskdrill::selftest::play(&s, lexicon(&s, Lang::En), Lang::En, 1, &lines);
    assert!(r.critical.is_empty());
    assert!(r.score.total >= r.pass_mark, "total {}", r.score.total);
    assert!(r.score.deescalation < deskdrill::scoring::DEESCALATION_FLOOR);
    assert!(!r.passed);
    let debrief = deskdrill::report::debrief(&r, Lang::En);
    assert!(
        debrief.contains("De-escalation")
            && debrief.contains("is below 30, the least this part of the call needs to pass"),
        "{debrief}"
    );
}

/// Swearing at a customer who is in the right fails lower (cap 20) than swearing at the
/// impostor of story 1, whose scenario sets its own cap (30): trainers score the first 5–12,
/// the second 8–38, 20–26 on average.
#[test]
fn swearing_at_a_customer_in_the_right_weighs_more_than_at_an_impostor() {
    let customer = play(
        "delivery-dispute",
        "en",
        1,
        "Good morning, parcel desk, Sam speaking.\nOh for fuck's sake, you idiot, read the email.\n/end\n",
    );
    assert!(critical_rules(&customer).contains(&"D-INSULT".to_string()));
    assert!(score(&customer, "total") <= 20);
    let s = scenario("impostor-reset");
    assert_eq!(s.rule_caps.get(&RuleId::DInsult), Some(&30));
}

#[test]
fn repeating_the_callers_own_name_is_no_leak_but_a_colleagues_record_is() {
    // Ingrid gives her name in her first line: saying it back tells her nothing.
    let own = "Morning, IT service desk, Kevin here.
/lookup
Yes, I can see you - Ingrid Bakker, right?
/end";
    let r = play("nervous-care-worker", "en", 1, own);
    assert!(
        !rules(&r).iter().any(|x| x == "V-RECORD-LEAK"),
        "{:?}",
        rules(&r)
    );
    // A colleague with a similar name: her staff number is nobody else's to hear.
    let other = "Servicedesk, goeiemorgen, met Bas.
/lookup Inge Bakker
Inge Bakker-Smit, personeelsnummer 176031, klopt dat?
/end";
    let r = play("nervous-care-worker", "nl", 1, other);
    assert!(
        rules(&r).iter().any(|x| x == "V-RECORD-LEAK"),
        "{:?}",
        rules(&r)
    );
    assert_eq!(r["passed"], false);
}

#[test]
fn a_referral_number_said_in_plain_words_is_a_number_given() {
    // No "I can give you…": the number itself is what the caller needed (`referred(…)`).
    for (lang, line) in [
        (
            "en",
            "Lindenburg. Team Belastingen, 0488 41 27 50. Weekdays 8:30 to 12:30.",
        ),
        (
            "nl",
            "Lindenburg. Team Belastingen, 0488 41 27 50. Werkdagen half negen tot half één.",
        ),
    ] {
        let script = format!("Goedemorgen, Rijksleerhuis, met Sam.\n/lookup\n{line}\n/refer\n/end");
        let r = play("wrong-number", lang, 1, &script);
        let turns = r["turns"].as_array().unwrap();
        let anger = |t: &Value| t["mood"]["anger"].as_i64().unwrap();
        let (first, last) = (anger(&turns[0]), anger(turns.last().unwrap()));
        assert!(last < first, "{lang}: the caller calmed: {first} -> {last}");
        let said: Vec<&str> = turns.iter().filter_map(|t| t["text"].as_str()).collect();
        assert!(
            !said
                .iter()
                .any(|t| t.contains("haven't got a number") || t.contains("nog steeds geen nummer")),
            "{lang}: {said:?}"
        );
    }
}

#[test]
fn the_street_and_number_of_an_address_read_out_is_a_leak() {
    // The address as the records hold it; and the trace, the record's and not the caller's:
    // discussing it before verifying is telling.
    for (lang, line, rule) in [
        (
            "en",
            "Ah yes, I see it, Merelstraat 27 right?",
            "V-RECORD-LEAK",
        ),
        (
            "nl",
            "De GPS van bus 14 zegt dat hij nooit in uw straat is geweest.",
            "V-PROTECTED-DISCUSSED",
        ),
    ] {
        let r = play(
            "delivery-dispute",
            lang,
            1,
            &format!("Hi, FixPoint, Lotte here.\n/lookup\n{line}\n/end"),
        );
        assert!(
            rules(&r).iter().any(|x| x == rule),
            "{lang}: {:?}",
            rules(&r)
        );
    }
}

/// Where a threatened colleague can be found is never told, to anyone: trainers score it with
/// the account handed to an impostor (4–5), far below a case discussed before verifying.
#[test]
fn telling_where_a_threatened_colleague_works_fails_at_the_bottom() {
    let r = play(
        "threatening-caller",
        "en",
        1,
        "Good morning, Work and Income, Joost speaking.\nCould I have your date of birth and postcode?\n/lookup\nRuud? He's in Tuesdays and Thursdays, usually at the Stadskantoor, second floor.\n/end",
    );
    assert_eq!(critical_rules(&r), ["V-PROTECTED-DISCUSSED"]);
    assert!(score(&r, "total") <= 10, "{}", score(&r, "total"));
}

/// A lay caller lectured in officialese: the wrong-number caller is a retired bus driver, and
/// the tax levels of government are jargon to him.
#[test]
fn officialese_to_a_citizen_who_called_the_wrong_number_is_jargon() {
    let r = play(
        "wrong-number",
        "nl",
        1,
        "Goedemorgen, Servicepunt Rijksleerhuis, met Jeroen.\nKijk meneer, u moet het zo zien: Nederland kent drie bestuurslagen en de waterschappen als functionele decentrale overheid.\n/end",
    );
    assert!(rules(&r).iter().any(|x| x == "P-JARGON"), "{:?}", rules(&r));
    assert!(
        rules(&r).iter().any(|x| x == "D-LECTURE"),
        "{:?}",
        rules(&r)
    );
}

/// A caller who leaves with a warm referral was not refused, though the trainee could not put
/// him through: the call ended without the register entry, and the debrief says so.
#[test]
fn a_warm_referral_without_the_register_is_not_a_refusal() {
    let call = |register: &str| {
        play(
            "wrong-number",
            "en",
            1,
            &format!(
                "Good morning, Servicepunt Rijksleerhuis, Fatima speaking.\nOh dear, since eight? That's a rotten start to your Monday.\n/lookup\nWe're the training institute for civil servants, so we can't see or change a waste charge. The people you need are Team Belastingen at the municipality of Lindenburg, direct line 0488 41 27 50, weekdays until 12:30.\nI'm afraid I can't put you through myself, we can't connect calls to other organisations.\n{register}Take care!\n/end"
            ),
        )
    };
    let unregistered = call("");
    assert!(rules(&unregistered).iter().any(|x| x == "R-WARM-REFERRAL"));
    assert_eq!(unregistered["outcome"], "ended");
    let registered = call("/refer\n");
    assert_eq!(registered["outcome"], "resolved");
}
