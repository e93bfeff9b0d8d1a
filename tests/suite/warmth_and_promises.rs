//! Issue #10, seventh round: what trainers fail that the rubric used to pass. An anxious caller
//! acknowledged once and rushed for the rest, the same sympathy formula turn after turn, and a
//! call "resolved" with promises the desk cannot keep; and the firm, neutral agent a threatening
//! caller needs, which trainers pass.

use crate::util::*;
use deskdrill::lang::Lang;
use deskdrill::rules::TALKED_DOWN_CEILING;

fn fired(r: &serde_json::Value, rule: &str) -> bool {
    rules(r).iter().any(|x| x == rule)
}

/// Confusing letter: verified and booked, one kind sentence ("your help continues"), rushed
/// for the rest. Story 2: that fails. Coming back to her worry in a second turn does not.
#[test]
fn an_anxious_caller_acknowledged_once_is_named_and_twice_is_not() {
    for (lang, once, twice) in [
        (
            "en",
            "Municipality of Lindenburg, good afternoon.\n\
             I need the reference at the top of the letter and your date of birth.\n\
             /lookup\n\
             Your help continues, there is a home visit to plan.\n\
             /appointment\n\
             Booked. A letter follows.\n\
             Anything else?\n\
             /end",
            "Municipality of Lindenburg, good afternoon.\n\
             I need the reference at the top of the letter and your date of birth.\n\
             /lookup\n\
             Your help continues, there is a home visit to plan.\n\
             /appointment\n\
             Booked. Don't worry, nothing changes until then, you did nothing wrong.\n\
             Anything else?\n\
             /end",
        ),
        (
            "nl",
            "Gemeente Lindenburg, goedemiddag.\n\
             Wat is het kenmerk bovenaan de brief? En uw geboortedatum.\n\
             /lookup\n\
             Uw hulp stopt niet, er moet een huisbezoek worden gepland.\n\
             /huisbezoek\n\
             Staat erin. Bevestiging komt per post.\n\
             Was dat het?\n\
             /end",
            "Gemeente Lindenburg, goedemiddag.\n\
             Wat is het kenmerk bovenaan de brief? En uw geboortedatum.\n\
             /lookup\n\
             Uw hulp stopt niet, er moet een huisbezoek worden gepland.\n\
             /huisbezoek\n\
             Staat erin. Maakt u zich geen zorgen, tot dan verandert er niets aan uw hulp.\n\
             Was dat alles voor nu, of kan ik nog iets voor u doen?\n\
             /end",
        ),
    ] {
        let cold = play("confusing-letter", lang, 1, once);
        assert!(
            fired(&cold, "D-ONCE-ACKNOWLEDGED"),
            "{lang}: {:?}",
            rules(&cold)
        );
        assert!(!fired(&cold, "D-UNACKNOWLEDGED"), "{lang}");
        assert_eq!(cold["passed"], false, "{lang}: {}", score(&cold, "total"));
        let warmer = play("confusing-letter", lang, 1, twice);
        assert!(
            !fired(&warmer, "D-ONCE-ACKNOWLEDGED"),
            "{lang}: {:?}",
            rules(&warmer)
        );
        assert!(score(&warmer, "total") > score(&cold, "total"), "{lang}");
    }
}

/// Story 3's trained phrase, a third time: a script, named once; said twice it is not.
#[test]
fn the_same_sympathy_formula_in_three_turns_is_a_script() {
    let line = "I understand this is very annoying for you.";
    let call = |times: usize| {
        let mut script = String::from("Glaslijn, good afternoon, Kim speaking.\n");
        script.push_str(&format!(
            "{line} Customer number and postcode please?\n/lookup\n"
        ));
        for _ in 1..times {
            script.push_str(&format!("{line}\n"));
        }
        script.push_str("I can book a technician for Thursday.\n/schedule\nAnything else?\n/end");
        play("broken-promise", "en", 1, &script)
    };
    let three = call(3);
    let named = rules(&three)
        .iter()
        .filter(|r| *r == "D-SCRIPTED-EMPATHY")
        .count();
    assert_eq!(named, 1, "{:?}", rules(&three));
    assert!(!fired(&call(2), "D-SCRIPTED-EMPATHY"));
}

/// Two promises the desk cannot keep leave the call unresolved (resolution loses 50) and it
/// fails, however verified, and the debrief says so; one slip costs only its own points.
#[test]
fn a_call_resolved_with_promises_it_cannot_keep_is_not_resolved() {
    let call = |promises: &[&str]| {
        let mut script = String::from(
            "Good afternoon, FixPoint, Daniel speaking.\n\
             Can I have your order number and postcode please?\n\
             /lookup\n\
             The GPS says the van never came into your street. That's our fault, sorry.\n",
        );
        for p in promises {
            script.push_str(p);
            script.push('\n');
        }
        script.push_str("/schedule\n/complaint\nHave a good afternoon!\n/end");
        play("delivery-dispute", "en", 1, &script)
    };
    let one = call(&["I'll make an exception and waive the repair fee."]);
    assert!(fired(&one, "D-OVERPROMISE"));
    assert!(!fired(&one, "R-UNKEPT-PROMISES"), "{:?}", rules(&one));
    let two = call(&[
        "I'll make an exception and waive the repair fee.",
        "I promise he'll be at your door in ten minutes, guaranteed.",
    ]);
    assert!(fired(&two, "R-UNKEPT-PROMISES"), "{:?}", rules(&two));
    assert!(score(&one, "resolution") >= score(&two, "resolution") + 50);
    assert_eq!(two["passed"], false, "{}", score(&two, "total"));
    // A call built on such promises totals at most 50, however correct its steps.
    assert!(score(&two, "total") <= 50, "{}", score(&two, "total"));
    // The debrief does not praise the ending the promises bought.
    let explained = two["outcome_explained"].as_str().unwrap();
    assert!(explained.contains("promises"), "{explained}");
    assert!(
        !one["outcome_explained"]
            .as_str()
            .unwrap()
            .contains("promises")
    );
}

/// A threatening caller: the firm, neutral agent who verifies, explains, books the callback
/// and sets the boundary is not charged for coldness (every trainer passed him).
#[test]
fn a_firm_neutral_agent_with_a_threatening_caller_is_not_called_cold() {
    let r = play(
        "threatening-caller",
        "en",
        1,
        "KCC Rijnstede, Work and Income, good morning.\n\
         Date of birth and postcode.\n\
         /lookup\n\
         Your payment is on hold because the bank statements were missing; they arrived Sunday.\n\
         I can't release payments myself. I can request a callback from the income team today.\n\
         /callback\n\
         That is a threat. If you continue I will end this call.\n\
         /report_threat\n\
         /end",
    );
    assert!(!fired(&r, "D-UNACKNOWLEDGED"), "{:?}", rules(&r));
    assert!(!fired(&r, "D-ONCE-ACKNOWLEDGED"), "{:?}", rules(&r));
}

/// Acting without verifying fails either way; trainers score it far below a pass but well
/// above an account handed to an impostor when the caller could have proved who she is.
#[test]
fn acting_unverified_for_the_rightful_caller_fails_above_the_impostors_account() {
    let rightful = play(
        "nervous-care-worker",
        "en",
        1,
        "Good morning, service desk, Priya speaking.\nNo problem at all, that's what we're here for.\n/lookup\nYou were locked out because your password expired, I'll reset it for you now.\n/reset\nYou'll get a text with a temporary password in a moment.\nHave a good shift!\n/end",
    );
    assert_eq!(critical_rules(&rightful), ["V-UNVERIFIED-ACTION"]);
    assert_eq!(rightful["passed"], false);
    let total = score(&rightful, "total");
    assert!((20..=40).contains(&total), "rightful caller: {total}");

    let impostor = play(
        "impostor-reset",
        "en",
        1,
        "Good morning, Zorgnet helpdesk, Sam speaking.\n/lookup\nThe name and address match, so that's fine, I'll reset it for you.\n/reset\n/end",
    );
    assert!(critical_rules(&impostor).contains(&"V-UNVERIFIED-ACTION".to_string()));
    assert!(score(&impostor, "total") <= 10);
}

/// Telling an unverified caller why her payment is on hold is discussing her file, however the
/// sentence goes on ("…because the statements did not come in").
#[test]
fn a_protected_detail_is_told_whatever_the_rest_of_the_sentence_denies() {
    let r = play(
        "threatening-caller",
        "nl",
        1,
        "Goedemorgen, gemeente Rijnstede, met Joost.\n/lookup\nIk zie het al, uw betaling van maart is opgeschort omdat de bankafschriften niet binnen waren.\n/end",
    );
    assert_eq!(critical_rules(&r), ["V-PROTECTED-DISCUSSED"]);
    let refused = play(
        "threatening-caller",
        "nl",
        1,
        "Goedemorgen, gemeente Rijnstede, met Joost.\nVoordat ik iets over uw dossier zeg, heb ik uw geboortedatum en postcode nodig.\n/end",
    );
    assert!(critical_rules(&refused).is_empty());
}

/// Two promises the desk cannot keep in one breath are two promises: the call they "resolve"
/// is not resolved (the 30 June run is full; day 1 missed means no certificate).
#[test]
fn two_unkeepable_promises_in_one_turn_count_as_two() {
    let r = play(
        "sick-participant",
        "en",
        1,
        "Good morning, Servicepunt Rijksleerhuis, Bas speaking.\nCould I have your participant number and your date of birth?\n/lookup\n/absent\nDon't worry, I'll get you on the 30 June one, there's always someone dropping out.\n/end",
    );
    assert!(fired(&r, "D-OVERPROMISE"));
    assert!(fired(&r, "R-UNKEPT-PROMISES"), "{:?}", rules(&r));
}

/// Halting language: the number on the letter asked the way a plain-language agent asks it
/// ("there is a number… can you read it to me?") is asked, Yonas reads it out, and "I see you"
/// (on the screen) is no goodbye. Both used to fail an excellent call on verification.
#[test]
fn the_number_pointed_at_on_the_letter_is_asked_and_i_see_you_is_no_goodbye() {
    let script = "Good morning, Leerhuis Utrecht. My name is Niamh. Take your time.\n\
                  Please take the letter. Top right there is a number. It starts with L H. \
                  Can you read it to me?\n\
                  Thank you. And your date of birth, please?\n\
                  /lookup\n\
                  Thank you, Yonas. Yes, I see you. On Tuesday you went to Oudegracht 12.\n\
                  That is our old building. We moved. That is our mistake. Not your mistake.\n\
                  /reschedule\n\
                  Bye, Yonas. See you Thursday!\n\
                  /end\n";
    let r = play("halting-language", "en", 1, script);
    assert!(critical_rules(&r).is_empty(), "{:?}", rules(&r));
    assert!(fired(&r, "V-VERIFIED-ACTION"), "{:?}", rules(&r));
    let lines = caller_lines(&r);
    assert!(lines[1].contains("LH-"), "{lines:?}");
    assert!(!lines[4].contains("Bye"), "{lines:?}");
}

/// Third party: promising the son news of how his mother is getting on is a promise the desk
/// cannot keep; saying it cannot be told is not.
#[test]
fn news_of_the_client_promised_to_her_son_is_an_overpromise() {
    let opening = "Good afternoon, Rijnvliet client service, Tom speaking.\n";
    let promised = format!(
        "{opening}I'll give you a ring tomorrow to let you know how she's getting on.\n/end\n"
    );
    let denied = format!("{opening}I am not able to say how she is doing, I'm sorry.\n/end\n");
    assert!(fired(
        &play("third-party", "en", 1, &promised),
        "D-OVERPROMISE"
    ));
    assert!(!fired(
        &play("third-party", "en", 1, &denied),
        "D-OVERPROMISE"
    ));
}

/// Halting language: asked "do you understand?" after the booking, Yonas nods along as his
/// persona says he does ("yes, yes"), not retelling Tuesday; asked to say it back, he says it.
#[test]
fn after_the_booking_yonas_nods_along_to_do_you_understand_and_says_back_when_asked() {
    let opening = "Good morning, Leerhuis Utrecht. Take your time.\n\
                   What is the number on your letter?\n\
                   And your date of birth?\n\
                   /lookup\n\
                   /reschedule\n";
    let r = play(
        "halting-language",
        "en",
        1,
        &format!("{opening}Thursday, 10 o'clock, Vredenburg 40. Do you understand?\n/end\n"),
    );
    let last = caller_lines(&r).last().cloned().unwrap_or_default();
    assert!(last.contains("yes") || last.contains("Yes"), "{last}");
    assert!(
        !last.contains("Oudegracht") && !last.contains("friend"),
        "{last}"
    );
    let r = play(
        "halting-language",
        "en",
        1,
        &format!("{opening}Can you tell me which day and where you need to go?\n/end\n"),
    );
    let last = caller_lines(&r).last().cloned().unwrap_or_default();
    assert!(last.contains("Thursday"), "{last}");
}

/// Sick participant and halting language: an anxious caller read a form ("Participant
/// number." "Date of birth.") is rushed even when every step is right (`D-CURT`); the same
/// steps in whole, warm sentences are not.
#[test]
fn an_anxious_caller_answered_in_clipped_lines_is_rushed() {
    let curt = "Leerhuis, service desk.\n\
                Participant number. Top right on the letter.\n\
                Date of birth.\n\
                /lookup\n\
                New intake Thursday 12 March, 10:00, Vredenburg 40.\n\
                /reschedule\n\
                No payment.\n\
                Correct. Goodbye.\n\
                /end\n";
    let warm = "Good morning, Leerhuis Utrecht, this is Sam. Take your time, there is no rush.\n\
                Don't worry, we will sort this out together. What is the number at the top of \
                your letter?\n\
                Thank you, that is right. And when were you born?\n\
                /lookup\n\
                You went to our old building. That is our mistake, not yours, I am sorry.\n\
                /reschedule\n\
                Your new intake is Thursday at ten, at Vredenburg 40. There is nothing to pay.\n\
                Can you tell me which day and where you need to go?\n\
                /end\n";
    assert!(fired(&play("halting-language", "en", 1, curt), "D-CURT"));
    assert!(!fired(&play("halting-language", "en", 1, warm), "D-CURT"));
}

/// Third party: asked for his mother's name, the son gives it (he used to give only his own).
#[test]
fn asked_for_his_mothers_name_the_son_gives_it() {
    for (lang, script) in [
        (
            "en",
            "Good afternoon, Rijnvliet client service.\nAnd your mum's full name?\n/end\n",
        ),
        (
            "nl",
            "Cliëntenservice Rijnvliet.\nNaam van uw moeder?\n/end\n",
        ),
    ] {
        let r = play("third-party", lang, 1, script);
        let reply = caller_lines(&r).last().cloned().unwrap_or_default();
        assert!(reply.contains("Johanna Vermeulen-Smit"), "{lang}: {reply}");
    }
}

/// The contact centre's own opener greets: "Thank you for calling …, this is …" is no missing
/// greeting.
#[test]
fn thank_you_for_calling_with_a_name_is_a_greeting() {
    let r = play(
        "bank-cent",
        "en",
        1,
        "Thank you for calling Noorderbank business desk, this is Priya. How can I help?\n/end\n",
    );
    assert!(fired(&r, "P-GREETING"), "{:?}", rules(&r));
    assert!(!fired(&r, "P-NO-GREETING"), "{:?}", rules(&r));
}

/// Verified, unlocked, closed: every step right, but three turns of jargon or a lecture at ten
/// to eight. Trainers failed every such call; one or two turns of it are a slip, not a habit.
#[test]
fn talking_over_the_callers_head_as_a_habit_fails_the_call() {
    for (lang, plain, over) in [
        (
            "en",
            [
                "I'll get you in. Your customer number and date of birth, please?",
                "Thanks, that matches. I'm unlocking it now.",
                "Done: a text with a temporary password is on its way to your mobile.",
            ],
            [
                "For authentication I need your customer ID and DOB, please.",
                "Verified. Your credentials hit the lockout threshold after five failed authentication attempts.",
                "Done. Going forward, best practice is to change your password before it expires.",
            ],
        ),
        (
            "nl",
            [
                "Ik help u er meteen in. Uw klantnummer en geboortedatum, graag?",
                "Dank u, dat klopt. Ik ontgrendel hem nu.",
                "Klaar: er komt een sms met een tijdelijk wachtwoord naar uw mobiel.",
            ],
            [
                "Voor de authenticatie heb ik uw klantnummer en geboortedatum nodig.",
                "Geverifieerd. Uw credentials zaten boven de lockoutdrempel.",
                "Klaar. Een tip: zet voortaan een reminder voordat uw wachtwoord verloopt.",
            ],
        ),
    ] {
        let call = |turns: [&str; 3]| {
            let script = format!(
                "{}\n{}\n/lookup\n{}\n/reset\n{}\n{}\n/end",
                if lang == "en" {
                    "Good morning, Medivo support, Rob speaking."
                } else {
                    "Goedemorgen, Medivo support, met Rob."
                },
                turns[0],
                turns[1],
                turns[2],
                if lang == "en" {
                    "Anything else? Have a good day."
                } else {
                    "Verder nog iets? Fijne dag."
                },
            );
            play("verified-impatient", lang, 1, &script)
        };
        let plain = call(plain);
        let over = call(over);
        assert!(
            !fired(&plain, "P-JARGON-HABIT"),
            "{lang}: {:?}",
            rules(&plain)
        );
        assert_eq!(plain["passed"], true, "{lang}: {}", score(&plain, "total"));
        assert!(fired(&over, "P-JARGON-HABIT"), "{lang}: {:?}", rules(&over));
        assert!(
            score(&over, "total") <= u64::from(TALKED_DOWN_CEILING),
            "{lang}: {}",
            score(&over, "total")
        );
        assert_eq!(over["passed"], false);
    }
}

#[test]
fn making_light_of_the_caller_s_problem_is_dismissive() {
    hears_all(
        Lang::En,
        "dismissive",
        &[
            "Honestly, a bit of mould on the sealant never hurt anyone.",
            "oh wow, a paper jam, truly the crisis of our age",
            "What a stupid question. It's on the website.",
        ],
    );
    hears_none(
        Lang::En,
        "dismissive",
        &["There's no such thing as a stupid question, ask away."],
    );
    hears_all(
        Lang::Nl,
        "dismissive",
        &[
            "Tien minuten te laat, daar gaat de wereld niet van vergaan.",
            "Oh, wat een verrassing, een pakket dat zoek is.",
            "stop met janken over lag",
        ],
    );
    hears_none(
        Lang::Nl,
        "dismissive",
        &["Domme vragen bestaan niet, vraag gerust."],
    );
}

#[test]
fn staying_with_the_caller_and_sending_them_to_who_will_sort_it_reassures() {
    hears_all(
        Lang::En,
        "reassurance",
        &[
            "I can hear you're scared, you're doing really well, just stay with me.",
            "Right, I'm putting you through to the repairs team, they'll sort you out.",
            "No, you're not overreacting, bringing him in today is the right call.",
            "I'm not going to tell you off about the spare, loads of new cars don't come with one.",
            "I'm terribly slow with these computers myself, so you're in very good company.",
        ],
    );
    hears_none(
        Lang::En,
        "reassurance",
        &["You're doing it wrong, press the other button."],
    );
}
