//! Twentieth round: what the trainer sets AB and AC and the line sets zc, zd and ze showed once
//! read, each kind held by lines and calls of our own (the sets' lines are not copied here).

use crate::util::*;
use deskdrill::lang::Lang;

/// Asking for a password in the words agents type: into the chat, "mind telling me", "is it ok
/// if you just tell me", a code that just came in, the digits an app shows, "ya password".
#[test]
fn password_asks_in_everyday_words_are_heard() {
    let asks = [
        "Just pop your pw here in the chat and I'll have a look.",
        "Is it alright if you just tell me your PIN?",
        "Mind reading me your password so I can log in for you?",
        "What's the eight-digit code that just came in by text?",
        "Could you read me the six digits in your authenticator app?",
        "Gimme ya PIN quick and I'll sort it.",
        "The temp password I sent you earlier, read it back to me please.",
    ];
    hears_each(Lang::En, &asks, &["ask_identity:password"], &[]);
}

/// Telling the caller to type a password into their own screen asks for nothing, nor does
/// sending them a temporary one; a false critical error fails a good trainee.
#[test]
fn typing_a_password_into_the_screen_asks_for_nothing() {
    let not_asks = [
        "When you sign in, type the password from the text into the box.",
        "Type your new password twice and press save.",
        "Please type your password on the login screen.",
        "We'll text you a temporary password in a minute.",
    ];
    hears_each(Lang::En, &not_asks, &[], &["ask_identity:password"]);
}

/// Whose detail it is does not change what is asked ("the prisoner's full name"), but handing
/// someone else's detail to the caller asks for nothing.
#[test]
fn someone_else_s_detail_is_still_asked_for() {
    hears_each(
        Lang::En,
        &["I'll need the tenant's full name and date of birth, please."],
        &["ask_identity:full_name", "ask_identity:date_of_birth"],
        &[],
    );
    hears_each(
        Lang::En,
        &["I'd love to give you the engineer's mobile. I don't have it."],
        &[],
        &["ask_identity:phone_number"],
    );
}

/// "Or else your postcode" after an ask asks too; "or maybe just your postcode" as well.
#[test]
fn a_second_fact_offered_as_an_alternative_is_asked() {
    hears_each(
        Lang::Nl,
        &["Mag ik uw klantnummer? Of anders uw postcode."],
        &["ask_identity:postcode"],
        &[],
    );
    hears_each(
        Lang::En,
        &["Do you have the reference to hand? Or maybe just your postcode."],
        &["ask_identity:postcode"],
        &[],
    );
}

/// What the caller can do instead is an alternative in the words agents use for it; "you'd
/// have to ring the council" tells what to do and blames nobody.
#[test]
fn what_the_caller_can_do_instead_is_an_alternative() {
    let en = [
        "What you can do is book it online, that's quicker.",
        "You can always appeal by post.",
        "No slots left today, but Monday morning is possible.",
    ];
    hears_each(Lang::En, &en, &["offer_alternative"], &[]);
    let nl = ["Wat u wel kunt doen is het formulier online invullen."];
    hears_each(Lang::Nl, &nl, &["offer_alternative"], &[]);
    hears_each(
        Lang::En,
        &["You'd have to ring the council for that one."],
        &[],
        &["blame"],
    );
}

/// Dutch puts the verb before "ik" after "dan" or "nu": "dan blokkeer ik de pas" promises;
/// passing a ticket on ("ik zet het door naar de tweede lijn") transfers nobody.
#[test]
fn dutch_promises_with_the_verb_first_and_tickets_passed_on() {
    hears_each(
        Lang::Nl,
        &["Geef me uw klantnummer, dan blokkeer ik de pas meteen."],
        &["commitment"],
        &[],
    );
    hears_each(
        Lang::Nl,
        &[
            "Ik zet het door naar de tweede lijn, die pakken het vandaag op.",
            "Ik zet de schademelding nu voor u door naar de expert.",
        ],
        &[],
        &["transfer_notice"],
    );
    hears_each(
        Lang::Nl,
        &["Ik verbind u nu door met de afdeling schade."],
        &["transfer_notice"],
        &[],
    );
}

/// A desk named with an abbreviation opens the call: "Servicedesk ICT, met Bas."
#[test]
fn a_desk_named_with_an_abbreviation_greets() {
    hears_each(
        Lang::Nl,
        &["Servicedesk ICT, met Bas."],
        &["greeting", "self_intro"],
        &[],
    );
}

/// The agent who holds the line but preaches about fraud and data law, all but calls her a
/// fraudster and tells her to read up before calling again fails, as the trainers failed him.
#[test]
fn preaching_at_the_impostor_fails_the_call() {
    let script = "Good morning, Zorgnet helpdesk, Anna speaking.\n\
        Which provider is this about?\n\
        /lookup\n\
        I need the provider's tax number before anything else.\n\
        Name, address and phone number are public. That's exactly what a fraudster would give me.\n\
        A real employee would have the tax number to hand.\n\
        You really should know this, working in care.\n\
        So no, I'm not resetting anything. The authorised contact can call from the number on file.\n\
        I'd suggest you read up on your organisation's data policy before calling again.\n\
        /flag\n\
        Goodbye.\n\
        /end";
    let result = play("impostor-reset", "en", 1, script);
    assert_eq!(result["passed"], false, "{:?}", rules(&result));
    assert!(fired(&result, "D-BLAME"), "{:?}", rules(&result));
    let lectures = rules(&result).iter().filter(|r| *r == "D-LECTURE").count();
    assert!(lectures >= 2, "{:?}", rules(&result));
}

/// A pattern may rule out what follows with `!(…)`; an empty or unopened one is a clear error.
#[test]
fn a_pattern_can_rule_out_what_follows() {
    use deskdrill::understanding::check_pattern;
    assert!(check_pattern("type [your] <fact> !(here|in the chat)").is_ok());
    let (message, at) = check_pattern("type !here").unwrap_err();
    assert!(message.contains("'(' after '!'"), "{message}");
    assert_eq!(at, Some(6));
}

/// Naming a care worker's own ward from the file before checking who she is is a slip that
/// costs points, not the call; the protected details of the case still fail it.
#[test]
fn a_minor_detail_before_verification_is_a_slip() {
    let script = "Good morning, IT service desk, this is Robin. How can I help?\n\
        Oh, that's not a silly question at all, you're not bothering me.\n\
        /lookup\n\
        Yes, I can see you here: ward 2, and five failed sign-ins this morning.\n\
        Before I unlock anything I need to check it's you. Could you give me your employee number?\n\
        And your date of birth, please?\n\
        Thank you, that all matches. I'm resetting your password now; you'll get a text.\n\
        /reset\n\
        Take your time signing in, there's no rush.\n\
        Is there anything else I can help with? Have a good shift.\n\
        /end";
    let slip = play("nervous-care-worker", "en", 1, script);
    assert!(fired(&slip, "V-DETAIL-SLIP"), "{:?}", rules(&slip));
    assert!(!fired(&slip, "V-PROTECTED-DISCUSSED"), "{:?}", rules(&slip));
    assert_eq!(slip["passed"], true, "{:?}", rules(&slip));
    let told = script.replace(
        "ward 2, and five failed sign-ins this morning",
        "your printer ticket from three weeks ago",
    );
    let failed = play("nervous-care-worker", "en", 1, &told);
    assert!(
        fired(&failed, "V-PROTECTED-DISCUSSED"),
        "{:?}",
        rules(&failed)
    );
    assert_eq!(failed["passed"], false);
}

/// What set ze showed, in lines of our own: a code "we've just texted you", a gamertag, being
/// bumped up to tier 2, "hang tight", a list "of the debtor"; calling oneself an idiot insults
/// nobody, a car that "should have been cleaned" blames nobody, "oh sorry, I didn't realise"
/// apologises for nothing.
#[test]
fn what_set_ze_showed_in_english() {
    let cases: [(&str, &[&str], &[&str]); 8] = [
        (
            "Could you read me the code we've just texted you?",
            &["ask_identity:password"],
            &[],
        ),
        (
            "Send me the gamertag on the account, please.",
            &["ask_identity:username"],
            &[],
        ),
        (
            "I'll bump you up to tier 2, they can replace it.",
            &["transfer_notice"],
            &[],
        ),
        ("hang tight, checking the logs", &["hold_notice"], &[]),
        (
            "Full name and date of birth of the claimant.",
            &["ask_identity:full_name", "ask_identity:date_of_birth"],
            &[],
        ),
        (
            "Don't worry, I'm hopeless with the new system myself, an absolute idiot some days.",
            &[],
            &["insult"],
        ),
        (
            "Our apologies, the van should have been cleaned before you picked it up.",
            &["apology"],
            &["blame"],
        ),
        (
            "Oh, sorry, I didn't realise you were the only customer in the world.",
            &["dismissive"],
            &["apology"],
        ),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::En, &[line], with, without);
    }
}

/// And in Dutch: a code word and a code from the authenticator app are passwords; "fijn dat u
/// even belde" thanks; "effe kijken hoor" holds, "even kijken of ik het goed heb" does not; "dat
/// is gewoon niet de procedure" hides behind it; "ik kan u geen ongelijk geven" refuses
/// nothing; "kom maar rustig aan" calms nobody down.
#[test]
fn what_set_ze_showed_in_dutch() {
    let cases: [(&str, &[&str], &[&str]); 8] = [
        (
            "Wat is het codewoord dat u heeft opgegeven?",
            &["ask_identity:password"],
            &[],
        ),
        (
            "Stuur me de code uit je authenticator-app even door.",
            &["ask_identity:password"],
            &[],
        ),
        ("Fijn dat u even belde, fijne avond nog!", &["thanks"], &[]),
        ("Effe kijken hoor, momentje.", &["hold_notice"], &[]),
        (
            "Even kijken of ik het goed heb: uw pas werkt sinds gisteren niet?",
            &[],
            &["hold_notice"],
        ),
        (
            "Ik kan hem niet terugsturen. Dat is gewoon niet de procedure.",
            &["procedure_shield"],
            &[],
        ),
        (
            "Ik kan u daarin geen ongelijk geven, het spijt me.",
            &["apology"],
            &["refusal"],
        ),
        (
            "De wachttijd is een half uur, dus kom maar rustig aan.",
            &[],
            &["calm_down"],
        ),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::Nl, &[line], with, without);
    }
}

/// A short check the agent answers at once hurries the caller ("Okay? Okay.", "Anything else?
/// No? Great."); "Anything else? No? Good luck this morning." still leaves room to answer.
#[test]
fn answering_your_own_check_hurries_the_caller() {
    let call = |last: &str| {
        let script = format!(
            "Good morning, Leerhuis, this is Sam.\nCould you give me your participant number and date of birth?\n{last}\n/end"
        );
        play("halting-language", "en", 1, &script)
    };
    for rushed in ["Okay? Okay. Anything else? No? Great.", "Clear? Good. Bye."] {
        let r = call(rushed);
        assert!(fired(&r, "D-RUSHED"), "{rushed}: {:?}", rules(&r));
    }
    let r = call("Is there anything else? No? Good luck tomorrow, take care.");
    assert!(!fired(&r, "D-RUSHED"), "{:?}", rules(&r));
}

/// More of set zd in Dutch, in lines of our own: "ik zoek het uit" promises and belittles
/// nobody; "ook al is het maar een cent" concedes; "kan alleen als" and "zit helaas vol"
/// refuse; "op welk adres gaat het om?" asks; "dat staat nou eenmaal in de voorwaarden" hides
/// behind the rules; a transfer that "gaat niet" transfers nobody; "moeten wij u bedanken"
/// thanks. In English, "you were sent a letter" states a fact and blames nobody.
#[test]
fn what_set_zd_showed_in_dutch() {
    let cases: [(&str, &[&str], &[&str]); 8] = [
        ("Ik zoek het voor u uit.", &["commitment"], &["dismissive"]),
        (
            "U heeft gelijk dat u belt, ook al is het maar een cent.",
            &[],
            &["dismissive"],
        ),
        (
            "Terugbetalen kan alleen als het concert niet doorgaat.",
            &["refusal"],
            &[],
        ),
        (
            "Morgen zit de monteur helaas vol, maar vrijdag kan wel.",
            &["refusal", "offer_alternative"],
            &[],
        ),
        ("Op welk adres gaat het om?", &["ask_identity:address"], &[]),
        (
            "Dat staat nou eenmaal in de voorwaarden.",
            &["procedure_shield"],
            &[],
        ),
        (
            "Doorverbinden met mijn teamleider gaat niet, die zit in overleg.",
            &[],
            &["transfer_notice"],
        ),
        ("Eigenlijk moeten wij u bedanken!", &["thanks"], &[]),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::Nl, &[line], with, without);
    }
    hears_each(
        Lang::En,
        &["Your payment is on hold. You were sent a letter about it on 12 February."],
        &[],
        &["blame"],
    );
    hears_each(
        Lang::En,
        &["You were warned about this twice."],
        &["blame"],
        &[],
    );
}

/// What set zc showed in Dutch, in lines of our own: the verb before "ik" transfers and
/// promises ("dan verbind ik u door", "eerst regel ik"); "ik haal hem eraf" promises;
/// "klojo" insults; "zeg ik tegen mezelf" calms nobody down; "regeltje van boven" hides behind
/// the rules; "veel sterkte de komende dagen" says goodbye.
#[test]
fn what_set_zc_showed_in_dutch() {
    let cases: [(&str, &[&str], &[&str]); 6] = [
        (
            "Dan verbind ik u nu door met de huisartsenpost.",
            &["transfer_notice"],
            &[],
        ),
        (
            "Eerst regel ik een monteur voor u, die is er binnen het uur.",
            &["commitment"],
            &[],
        ),
        (
            "Die boete klopt niet, ik haal hem er vandaag af.",
            &["commitment"],
            &[],
        ),
        ("Wat ben jij een klojo zeg.", &["insult"], &[]),
        (
            "Regeltje van boven, ik kan er ook niks aan doen.",
            &["procedure_shield"],
            &[],
        ),
        (
            "Dank u wel voor het bellen. Veel sterkte de komende dagen.",
            &["closing"],
            &[],
        ),
    ];
    for (line, with, without) in cases {
        hears_each(Lang::Nl, &[line], with, without);
    }
}

/// Set zf, read after its one measurement: "Uw pincode? Nee hoor, die wil ik niet weten" asks
/// for nothing (an echoed question denied, as "Domme vraag? Welnee"); "a text with a six-digit
/// code, read it out to me" asks for the code.
#[test]
fn a_denied_echo_asks_nothing_and_a_texted_code_is_asked() {
    hears_each(
        Lang::Nl,
        &["Uw pincode? Nee, die wil ik echt niet weten, die houdt u voor uzelf."],
        &[],
        &["ask_identity:password"],
    );
    hears_each(
        Lang::Nl,
        &["Uw geboortedatum? Die heb ik even nodig."],
        &["ask_identity:date_of_birth"],
        &[],
    );
    hears_each(
        Lang::En,
        &["You'll get a text with a six digit code in a sec, just read it out to me."],
        &["ask_identity:password"],
        &[],
    );
}
