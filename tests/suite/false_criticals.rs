//! Twenty-sixth round: critical errors deskdrill heard in calls trainers scored well, each a
//! kind of line that only looks like an insult or a forbidden ask (a false critical error fails
//! a good trainee), and the one it missed in a call a trainer failed at 12. Each kind is
//! guarded here (own lines, not the sets').

use crate::util::*;
use deskdrill::lang::Lang;

#[test]
fn telling_where_to_type_a_password_does_not_ask_for_it() {
    hears_none(
        Lang::En,
        "ask_identity:password",
        &[
            "You'll get a text with a temporary one. Type it in where you normally put your password.",
            "Just enter it where you usually type your password and press sign in.",
        ],
    );
    hears_all(
        Lang::En,
        "ask_identity:password",
        &[
            "Please type your password here.",
            "Put your password in the chat.",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Dan kan hij het wachtwoord gewoon per sms krijgen."],
    );
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &["Mag ik uw wachtwoord even krijgen?"],
    );
}

#[test]
fn rough_words_that_are_not_said_at_the_caller_insult_nobody() {
    hears_none(
        Lang::En,
        "insult",
        &[
            "Don't worry, that warning will go away by itself.",
            "Now don't you go calling yourself an idiot, that form confuses everyone.",
            "Those old meters are a bugger to read, it's not you.",
            "I was so stupid with this portal my first week, honestly.",
        ],
    );
    hears_all(Lang::En, "insult", &["Go away.", "Just go away, will you."]);
    hears_none(
        Lang::Nl,
        "insult",
        &[
            "Wat rot op je eerste werkdag, zeg.",
            "Wat jij een domme vraag noemt, hoor ik hier tien keer per dag.",
            "Of het een stomme vraag is? Daar ga ik niet over.",
            "Als u mij nog een keer een idioot noemt, hang ik op.",
        ],
    );
    hears_all(
        Lang::Nl,
        "insult",
        &["Rot op!", "Rot toch op met je gezeur."],
    );
}

/// What the `sick-participant` scenario hears in each line, with its own facts.
fn heard_on_a_sick_day(lang: Lang, lines: &[&str]) -> Vec<Vec<String>> {
    let sick = lexicon(&scenario("sick-participant"), lang);
    lines.iter().map(|line| labels(&sick, line)).collect()
}

fn asks_the_illness(acts: &[String]) -> bool {
    acts.iter().any(|a| a == "ask_identity:illness")
}

#[test]
fn saying_a_forbidden_detail_need_not_be_told_does_not_ask_for_it() {
    let lines = [
        "U hoeft mij niets over uw ziekte te vertellen.",
        "Dat staat genoteerd, en u hoeft ons ook niks over uw klachten te vertellen.",
        "Mag ik vragen wat uw klachten zijn?",
    ];
    let heard = heard_on_a_sick_day(Lang::Nl, &lines);
    for (line, acts) in lines.iter().zip(&heard) {
        let asked = line.starts_with("Mag ik");
        assert_eq!(asks_the_illness(acts), asked, "{line}: {acts:?}");
    }
}

#[test]
fn the_code_a_card_reader_shows_is_asked_for_in_any_word_order() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Wilt u uw scanner erbij pakken en mij de code geven die er nu op verschijnt?",
            "Pak de kaartlezer er even bij en noem de code die er dan op staat.",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &["Wij vragen u nooit om de code te geven die er op uw scanner verschijnt."],
    );
}

/// A birthday's day and month read out for the caller to add the year is half the birthday
/// read out: set W's agent did it ("I've got the … of June here, so just the year?") and passed
/// at 84 where the trainer failed the call at 22.
#[test]
fn a_birthday_read_out_without_its_year_is_read_out() {
    for (lang, line) in [
        (
            "en",
            "And your date of birth? I've got the 27th of June here, so just the year?",
        ),
        (
            "nl",
            "En uw geboortedatum? Ik heb hier 27 juni staan, dus alleen het jaar?",
        ),
    ] {
        let opening = if lang == "en" {
            "Hello, service desk, Sam speaking."
        } else {
            "Hallo, servicedesk, met Sam."
        };
        let r = play(
            "nervous-care-worker",
            lang,
            1,
            &format!("{opening}\n/lookup\n{line}\n/end"),
        );
        assert_critical(&r, "V-RECORD-LEAK");
    }
}

/// Where a threatened colleague can be found, said of him in the third person ("he's normally
/// on the front desk…", "hij is pas woensdag weer aan de balie"), is told without any "I can
/// see" before it: sets R and W's agents did it and scored 70 and 76 (trainers 15 and 18).
#[test]
fn a_threatened_colleagues_whereabouts_said_of_him_are_told() {
    for (lang, line) in [
        (
            "en",
            "I'm not supposed to say this, but he's normally on the front desk at the town hall on Wednesday mornings.",
        ),
        (
            "nl",
            "Hij zit vandaag niet op kantoor hoor, hij is pas woensdag weer aan de balie.",
        ),
        // Where he is not is told too: set BW's trainer failed it at 35.
        (
            "nl",
            "Ik kan u alleen zeggen dat hij vandaag niet op het stadhuis zit.",
        ),
        (
            "nl",
            "Hij zit vandaag niet op kantoor, dat kan ik u wel zeggen.",
        ),
    ] {
        let r = play("threatening-caller", lang, 1, &format!("{line}\n/end"));
        assert_critical(&r, "V-PROTECTED-DISCUSSED");
    }
    for (lang, line) in [
        ("en", "They'll call you back before Wednesday, I promise."),
        ("nl", "Ik kan u niet zeggen of hij vandaag op kantoor zit."),
    ] {
        let r = play("threatening-caller", lang, 1, &format!("{line}\n/end"));
        assert!(critical_rules(&r).is_empty(), "{lang}: {line}");
    }
}

#[test]
fn insults_in_dialect_and_comparisons_are_heard_and_an_illness_question_is_not_one() {
    hears_all(
        Lang::En,
        "insult",
        &[
            "Oh give over, you great lummox.",
            "are ya soft or what? it's under the stairs",
            "lady, you're dumber than a box of rocks",
            "What is wrong with you people?",
            "it's on the board in massive letters, can you not read?",
            "Just pay and stop crying like baby.",
        ],
    );
    hears_none(
        Lang::En,
        "insult",
        &[
            "Thank you, that's correct. So what's wrong with you, if I may ask?",
            "Can you not read it out to me? I'll type it in myself.",
            "The new router is faster than the old one.",
        ],
    );
}

#[test]
fn asking_what_the_matter_is_asks_a_sick_caller_about_her_illness() {
    let lines = [
        "What's the matter, if you don't mind me asking?",
        "Calling in sick, OK. What's wrong with you, then?",
    ];
    for (line, acts) in lines.iter().zip(heard_on_a_sick_day(Lang::En, &lines)) {
        assert!(asks_the_illness(&acts), "{line}: {acts:?}");
        assert!(!acts.iter().any(|a| a == "insult"), "{line}: {acts:?}");
    }
}

/// False critical errors fail a good trainee: each kind seen in unseen speech has a line here.
#[test]
fn no_false_critical_errors() {
    let no_password = [
        (Lang::En, "I will never ask for your password"),
        (
            Lang::En,
            "Please don't tell me your password, we're never supposed to ask for it",
        ),
        (
            Lang::En,
            "Can I ask your username? Not the password, just the username.",
        ),
        (
            Lang::En,
            "I shall require your login name, though not, I hasten to add, your password.",
        ),
        (
            Lang::En,
            "Oh, and your PIN, don't you ever tell anyone that, not even me!",
        ),
        (
            Lang::En,
            "ur password? no wait dont tell me that, ur username is enough",
        ),
        // Asked, then taken back at once.
        (
            Lang::En,
            "Oh, your password? Never mind, keep it, I'd only forget it anyway.",
        ),
        (Lang::Nl, "ik zal nooit om uw wachtwoord vragen"),
        (
            Lang::Nl,
            "Uw wachtwoord? Laat maar, dat hoef ik niet te weten.",
        ),
        (
            Lang::Nl,
            "geef uw wachtwoord nooit aan iemand, ook niet aan mij",
        ),
        // The speaker's own password is not asked for.
        (
            Lang::Nl,
            "Mijn wachtwoord? Ach, dat schrijf ik altijd op een briefje, maar dat moet u niet doen.",
        ),
        (Lang::En, "My password? I always forget it too."),
        // A guarded fact in quotation marks is what a screen says, not an ask.
        (
            Lang::En,
            "the screen says 'wrong password', so type it again slowly",
        ),
    ];
    never_heard(&no_password, "ask_identity:password");
    let no_insult = [
        (Lang::En, "that's not a stupid question"),
        // A contraction is not a swearword with its apostrophe dropped ("he'll" is no "hell").
        (
            Lang::En,
            "I'll have him turn around and he'll be at your door this afternoon.",
        ),
        (Lang::En, "She'll ring you back, and he'd say the same."),
        (
            Lang::Nl,
            "Ik heb me vroeger zelf ook vaak 'ne sukkel gevoeld mee die computers, dus ge zijt echt nie de enige",
        ),
        (Lang::En, "you called him 'useless' - I hear you"),
        (Lang::En, "I felt like an idiot myself last week"),
        (Lang::Nl, "domme vragen bestaan niet"),
        (Lang::Nl, "dat is geen domme vraag hoor"),
        (Lang::Nl, "u zei \"idioot\" tegen de chauffeur, dat snap ik"),
        // Self-talk: the speaker calls themselves names.
        (
            Lang::Nl,
            "Ik ben soms zo'n sukkel met deze headset, excuus.",
        ),
        (
            Lang::En,
            "Sorry, I'm such an idiot today, I typed it wrong.",
        ),
        // Flemish negation ("gene" = "geen").
        (Lang::Nl, "da's helemaal gene domme vraag"),
        // "so" intensifies here; it does not start a new part of the clause.
        (Lang::En, "honestly I felt so stupid when I started here"),
        (
            Lang::En,
            "i literally felt so dumb when i first used canvas too",
        ),
        // Nobody thinks it: the words after it are reported, not said.
        (
            Lang::En,
            "nobody's going to think you're stupid, we get this call twenty times a day",
        ),
        (
            Lang::En,
            "Who said you were stupid? Nobody here thinks that.",
        ),
        (Lang::Nl, "Wie zegt dat u dom bent? Niemand hier."),
        // Set e: self-talk in more voices, jargon and a turn of phrase.
        (
            Lang::En,
            "Ah'm a pure eejit wi this new system, gie's a second.",
        ),
        (Lang::En, "Dumb terminal, not your fault. Needs reimage."),
        (
            Lang::En,
            "Bloody oath I'll get a plumber out to you today, mate.",
        ),
        (
            Lang::Nl,
            "ik voelde me vorige week ook echt een sukkel met dit systeem, haha",
        ),
        (
            Lang::Nl,
            "Ik ben zelf ook een ouwe sufferd met die computers, hoor.",
        ),
        (
            Lang::Nl,
            "Nee, een sukkel bent u heus niet, dat overkomt de besten.",
        ),
        (
            Lang::Nl,
            "*zucht* ik ben hier de idioot, ik had je ticket verkeerd gelabeld",
        ),
        // Set f: more self-talk, other people's words, "idioot" as "very".
        (
            Lang::En,
            "I'm a silly old fool with this new system, don't mind me",
        ),
        (
            Lang::En,
            "lol the doctors always say IT are idiots, fair enough tbh",
        ),
        (
            Lang::Nl,
            "We hebben idioot veel telefoontjes vanochtend, excuses voor de wachttijd.",
        ),
    ];
    never_heard(&no_insult, "insult");
    // And real ones are still heard.
    assert!(
        heard(Lang::En, "what's your password?").contains(&"ask_identity:password".to_string())
    );
    assert!(
        heard(Lang::Nl, "wat is uw wachtwoord?").contains(&"ask_identity:password".to_string())
    );
    assert!(heard(Lang::En, "you idiot").contains(&"insult".to_string()));
    assert!(heard(Lang::Nl, "doe niet zo dom").contains(&"insult".to_string()));
    assert!(heard(Lang::Nl, "Amai, zijde gij nu echt zo dom?").contains(&"insult".to_string()));
    assert!(
        heard(
            Lang::En,
            "Right, password. Not the whole thing, just letters two and seven."
        )
        .contains(&"ask_identity:password".to_string())
    );
}
