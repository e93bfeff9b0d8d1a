//! What a trainee sees of the desk in their own language and what a caller calls them: action
//! names per language, the form of address, and plain `/lookup` listing what the records hold.
//! In-process.

use crate::util::*;
use deskdrill::call::{Call, Event, Setup, Step};
use deskdrill::commands;
use deskdrill::lang::Lang;
use deskdrill::report;
use deskdrill::scenario;
use deskdrill::selftest;
use deskdrill::trainee::Address;
use serde_json::Value;

fn call(id: &str, lang: Lang, address: Address) -> Call {
    let s = scenario(id);
    let setup = Setup {
        lexicon: lexicon(&s, lang),
        scenario: s,
        lang,
        seed: 1,
        trainee: "Sam".into(),
    };
    Call::addressed(setup, address)
}

/// What a line shows, without colour.
fn shown(c: &mut Call, line: &str) -> String {
    colored::control::set_override(false);
    let step = c.input(line);
    report::render_step(c.scenario(), c.state(), line, &step)
}

fn completed(c: &Call, before: &str) -> Vec<String> {
    commands::complete(&c.completions(), before)
        .1
        .into_iter()
        .map(|c| c.replacement)
        .collect()
}

#[test]
fn a_dutch_call_shows_and_completes_the_dutch_action_names() {
    colored::control::set_override(false);
    let s = scenario("impostor-reset");
    let nl = report::briefing(&s, Lang::Nl);
    assert!(nl.contains("/melden"), "{nl}");
    assert!(!nl.contains("/flag"), "{nl}");
    let en = report::briefing(&s, Lang::En);
    assert!(en.contains("/flag") && !en.contains("/melden"), "{en}");
    let mut c = call("impostor-reset", Lang::Nl, Address::None);
    assert_eq!(completed(&c, "/mel"), ["/melden"]);
    assert!(completed(&c, "/fl").is_empty());
    let help = shown(&mut c, "/help");
    assert!(
        help.contains("/melden") && !help.contains("/flag"),
        "{help}"
    );
    // A mistyped Dutch name is answered with the Dutch one.
    let wrong = shown(&mut c, "/meldne");
    assert!(wrong.contains("/melden"), "{wrong}");
}

#[test]
fn both_names_are_accepted_and_the_log_records_the_id() {
    for typed in ["/melden", "/flag", "/MELDEN"] {
        let mut c = call("impostor-reset", Lang::Nl, Address::None);
        let Step::Events(events) = c.input(typed) else {
            panic!("{typed} was not taken");
        };
        assert!(
            events.iter().any(|e| matches!(e,
                Event::Command { name, text, .. } if name == "flag" && text == typed)),
            "{typed}: {events:?}"
        );
        assert!(
            events
                .iter()
                .any(|e| matches!(e, Event::Action { action, .. } if action == "flag")),
            "{typed}"
        );
    }
}

#[test]
fn a_dutch_self_test_scores_the_same_with_either_name_and_says_the_dutch_one() {
    let s = scenario("impostor-reset");
    let test = s
        .tests
        .iter()
        .find(|t| t.lang == Lang::Nl && t.script.iter().any(|l| l == "/melden"))
        .expect("a Dutch self-test that reports the call with /melden");
    let english: Vec<String> = test
        .script
        .iter()
        .map(|l| l.replace("/melden", "/flag"))
        .collect();
    let play = |lines: &[String]| {
        let r = selftest::play(&s, lexicon(&s, Lang::Nl), Lang::Nl, test.seed, lines);
        serde_json::to_value(&r).unwrap()
    };
    let (a, b) = (play(&test.script), play(&english));
    assert_eq!(a["score"], b["score"]);
    assert_eq!(rules(&a), rules(&b));
    let done = notes_of(&a, "R-RECOMMENDED-DONE");
    assert!(done.iter().any(|m| m.contains("/melden")), "{done:?}");
    assert!(notes_of(&b, "R-RECOMMENDED-DONE") == done);
}

fn notes_of(result: &Value, rule: &str) -> Vec<String> {
    notes_with(result, rule)
        .iter()
        .map(|n| n["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_hint_to_act_names_the_action_as_the_trainee_types_it() {
    let mut c = call("wrong-number", Lang::Nl, Address::None);
    shown(&mut c, "Goedemorgen, Servicepunt, met Sam.");
    shown(
        &mut c,
        "Sinds acht uur van het kastje naar de muur, wat vervelend voor u.",
    );
    let mut hints = Vec::new();
    for _ in 0..(c.scenario().hints.len() + 1) {
        hints.push(shown(&mut c, "/hint"));
    }
    // The scenario's own hints, then the next useful step: act.
    let last = hints.last().unwrap();
    assert!(last.contains("(/doorverwijzen)"), "{hints:?}");
    assert!(!hints.concat().contains("/refer"), "{hints:?}");
}

fn with_action_names(names: &str) -> String {
    let mut v: Value = serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap())
        .expect("the skeleton is JSON");
    v["actions"]["unlock"]["names"] = serde_json::from_str(names).unwrap();
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn action_names_are_checked_and_a_file_without_them_still_loads() {
    let plain = deskdrill::authoring::skeleton("my-call").unwrap();
    let s = scenario::load_str(&plain, "s.json").expect("a v1 file loads");
    assert_eq!(s.action_name("unlock", Lang::Nl), "unlock");
    let s = scenario::load_str(&with_action_names(r#"{"nl": "ontgrendel"}"#), "s.json")
        .expect("a Dutch name loads");
    assert_eq!(s.action_name("unlock", Lang::Nl), "ontgrendel");
    assert_eq!(s.action_name("unlock", Lang::En), "unlock");
    assert_eq!(s.action_id("ontgrendel"), Some("unlock"));
    for (names, message) in [
        (
            r#"{"nl": "hold"}"#,
            "'hold' is a common command; give the action another name",
        ),
        (
            r#"{"nl": "Ontgrendel nu"}"#,
            "a command name is lower-case letters and '_'",
        ),
        (r#"{"de": "entsperren"}"#, "'de'"),
    ] {
        let err = scenario::load_str(&with_action_names(names), "s.json")
            .expect_err(names)
            .to_string();
        assert!(err.contains(message), "{names}: {err}");
        assert!(err.contains("s.json:"), "{err}");
    }
}

#[test]
fn plain_lookup_shows_the_case_and_lists_what_else_the_records_hold() {
    let mut c = call("nervous-care-worker", Lang::En, Address::None);
    let text = shown(&mut c, "/lookup");
    assert!(text.contains("Employee: Ingrid Bakker"), "{text}");
    assert!(
        text.contains("Also in the records (/lookup followed by one of these):"),
        "{text}"
    );
    assert!(text.contains("• Employee: Inge Bakker-Smit"), "{text}");
    assert!(
        text.contains("• Knowledge base: locked out after password expiry"),
        "{text}"
    );
    // A title from the list, pasted, finds its record, and no list follows a query.
    let kb = shown(
        &mut c,
        "/lookup Knowledge base: locked out after password expiry",
    );
    assert!(!kb.contains("Also in the records"), "{kb}");
    assert!(!kb.contains("Employee: Ingrid Bakker"), "{kb}");
    assert_eq!(completed(&c, "/lookup know"), ["Knowledge base"]);
    let mut c = call("nervous-care-worker", Lang::Nl, Address::None);
    let text = shown(&mut c, "/lookup");
    assert!(text.contains("Verder in de registratie"), "{text}");
    // A desk whose records are all the case's own lists nothing more.
    let mut c = call("threatening-caller", Lang::En, Address::None);
    assert!(!shown(&mut c, "/lookup").contains("Also in the records"));
}

#[test]
fn the_form_of_address_is_filled_in_and_leaves_no_trace_when_there_is_none() {
    use deskdrill::call::{Fill, fill};
    let values = Default::default();
    let with = |address| Fill {
        value: None,
        fact: None,
        caller: "Anna",
        trainee: "Sam",
        address,
        caller_values: &values,
    };
    for (text, address, expected) in [
        ("Thank you, {address}.", "sir", "Thank you, sir."),
        ("Thank you, {address}.", "", "Thank you."),
        (
            "{address}, I need this now.",
            "madam",
            "Madam, I need this now.",
        ),
        ("{address}, I need this now.", "", "I need this now."),
        (
            "Listen, {address}, I have no time.",
            "",
            "Listen, I have no time.",
        ),
        ("Yes {address}, of course.", "", "Yes, of course."),
        ("Sorry. {address}, listen.", "", "Sorry. Listen."),
        ("Thanks {address} for calling!", "", "Thanks for calling!"),
        ("Dank u wel, {address}!", "mevrouw", "Dank u wel, mevrouw!"),
        (
            "Ik bén rustig, {address}. Ik heb haast.",
            "",
            "Ik bén rustig. Ik heb haast.",
        ),
        ("{address}, {caller} here.", "", "Anna here."),
        ("{address}", "", ""),
    ] {
        assert_eq!(
            fill(text, &with(address)),
            expected,
            "{text} with '{address}'"
        );
    }
}

fn form(lang: Lang, address: Address) -> &'static str {
    match (lang, address) {
        (Lang::En, Address::Sir) => ", sir",
        (Lang::Nl, Address::Sir) => ", meneer",
        (Lang::En, _) => ", madam",
        (Lang::Nl, _) => ", mevrouw",
    }
}

/// A seed at which the careful self-test of a scenario has the caller address the trainee.
fn addressed_call(id: &str, lang: Lang, address: Address) -> (u64, Vec<String>, Vec<String>) {
    let s = scenario(id);
    let test = s
        .tests
        .iter()
        .find(|t| t.lang == lang && t.address == address)
        .expect("a self-test played with this address");
    let word = form(lang, address);
    for seed in 0..40 {
        let lines = |address| {
            let r =
                selftest::play_addressed(&s, lexicon(&s, lang), lang, seed, address, &test.script);
            caller_lines(&serde_json::to_value(&r).unwrap())
        };
        let (with, without) = (lines(address), lines(Address::None));
        if with.iter().any(|l| l.contains(word)) {
            return (seed, with, without);
        }
    }
    panic!("{id}: no seed in 40 has the caller say '{word}'");
}

#[test]
fn shipped_callers_say_sir_or_madam_in_both_languages_and_nothing_without() {
    for (id, lang, address) in [
        ("wrong-number", Lang::En, Address::Sir),
        ("verified-impatient", Lang::Nl, Address::Madam),
        ("confusing-letter", Lang::Nl, Address::Sir),
    ] {
        let (_, with, without) = addressed_call(id, lang, address);
        let word = form(lang, address);
        assert_eq!(with.len(), without.len(), "{id}");
        for (a, b) in with.iter().zip(&without) {
            assert_eq!(&a.replace(word, ""), b, "{id}");
            assert!(!b.contains('{') && !b.contains(" ,"), "{id}: {b}");
        }
    }
}

#[test]
fn play_address_is_used_and_remembered_for_later_calls() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.json");
    let (seed, _, _) = addressed_call("wrong-number", Lang::En, Address::Sir);
    let s = scenario("wrong-number");
    let test = s.tests.iter().find(|t| t.address == Address::Sir).unwrap();
    let script = test.script.join("\n");
    let run = |extra: &[&str]| {
        let seed = seed.to_string();
        let mut args = vec![
            "play",
            "wrong-number",
            "--lang",
            "en",
            "--seed",
            &seed,
            "--script",
            "-",
            "--json",
            "--no-save",
            "--trainee",
            "Sam",
        ];
        args.extend_from_slice(extra);
        let out = assert_cmd::Command::cargo_bin("deskdrill")
            .unwrap()
            .args(&args)
            .env("DESKDRILL_CONFIG", &config)
            .env("NO_COLOR", "1")
            .write_stdin(script.clone())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        caller_lines(&v).join("\n")
    };
    assert!(run(&["--address", "sir"]).contains(", sir"));
    let remembered = std::fs::read_to_string(&config).unwrap();
    assert!(remembered.contains("\"address\": \"sir\""), "{remembered}");
    assert!(run(&[]).contains(", sir"), "the remembered form is used");
    assert!(!run(&["--address", "none"]).contains(", sir"));
    assert!(!run(&[]).contains(", sir"), "none is remembered too");
}

const WRONG_NUMBER_OPENING: &str = "Good morning, Rijksleerhuis service point, you're speaking with Sam.
Passed from one number to the next since eight o'clock — I can imagine that's infuriating. Tell me what the bill is about.
I'm so sorry about your wife. So you're being billed for two people, although you live on your own now?
I have to be honest with you: you've reached a training institute, so we can't change tax bills here. But I'll look up exactly who can.
/lookup
";

#[test]
fn a_warm_referral_gives_the_desk_and_its_details_and_a_cold_one_costs() {
    let warm = play(
        "wrong-number",
        "en",
        1,
        &format!(
            "{WRONG_NUMBER_OPENING}It's the municipality's tax team: call them on 0488-412750, weekday mornings until 12:30.\n/refer\n/end"
        ),
    );
    assert!(rules(&warm).contains(&"R-WARM-REFERRAL".to_string()));
    assert!(!rules(&warm).contains(&"R-COLD-REFERRAL".to_string()));
    let named_only = play(
        "wrong-number",
        "en",
        1,
        &format!(
            "{WRONG_NUMBER_OPENING}That's the council, not us. You'll have to ring the council.\n/refer\n/end"
        ),
    );
    assert!(rules(&named_only).contains(&"R-COLD-REFERRAL".to_string()));
    let cold = notes_of(&named_only, "R-COLD-REFERRAL");
    assert_eq!(
        cold,
        [
            "sent the caller on without what they need to get there (municipality's tax team; missing: when they are open, the phone number)"
        ]
    );
    assert!(score(&named_only, "resolution") + 30 <= score(&warm, "resolution").max(30));
    let nl = play(
        "wrong-number",
        "nl",
        1,
        "Goedemorgen, Servicepunt, met Sam.\nDat is niet onze afdeling.\n/end",
    );
    assert_eq!(
        notes_of(&nl, "R-COLD-REFERRAL"),
        [
            "stuurde de beller door zonder wat die nodig heeft om er terecht te komen (belastingteam van de gemeente; ontbrak: wie de beller moet bellen, wanneer ze bereikbaar zijn, het telefoonnummer)"
        ]
    );
}

#[test]
fn a_referral_without_details_or_an_unknown_detail_is_an_error() {
    let mut v: Value = serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap())
        .expect("the skeleton is JSON");
    v["judgement"]["referrals"] = serde_json::json!({
        "bank": {"desk": {"en": ["bank"], "nl": ["bank"]}, "details": {}},
        "shop": {
            "desk": {"en": ["shop"], "nl": ["winkel"]},
            "details": {"phone_nubmer": {"says": {"en": ["0123 45 67 89"], "nl": ["0123 45 67 89"]}}}
        }
    });
    let err = scenario::load_str(&serde_json::to_string_pretty(&v).unwrap(), "s.json")
        .expect_err("bad referrals")
        .to_string();
    assert!(err.contains("a referral needs \"details\""), "{err}");
    assert!(
        err.contains("'phone_nubmer' is not a built-in detail (did you mean 'phone_number'?), so it needs a \"label\""),
        "{err}"
    );
}

#[test]
fn the_form_of_address_in_a_record_is_linted() {
    let mut v: Value = serde_json::from_str(&deskdrill::authoring::skeleton("my-call").unwrap())
        .expect("the skeleton is JSON");
    v["records"][0]["title"]["en"] = Value::from("Customer {address}");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let s = scenario::load_str(&text, "s.json").expect("loads");
    let lints: Vec<String> = deskdrill::authoring::lint::lint(&s, &text, "s.json")
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert!(
        lints
            .iter()
            .any(|l| l.contains("'{address}' is filled only in the caller's lines")),
        "{lints:?}"
    );
}
