//! Words that only look like another act: kind words heard as their look-alikes, critical
//! look-alikes found by the critical-acts sets of the sixth and tenth rounds, wishes, greetings
//! and sarcasm. Each kind is guarded with lines of our own, and real ones of the same shape are
//! still heard.

use crate::util::*;
use deskdrill::lang::Lang;

/// Found in trainer-ranked set D: an excellent agent failed on words that mean the opposite of
/// what a pattern saw.
#[test]
fn kind_words_are_not_heard_as_their_look_alikes() {
    // A fact named in quotation marks, as it is printed on a letter or bill, is still asked.
    let quoted = heard(
        Lang::En,
        "On the bill there's a box that says 'customer number', could you read that out to me?",
    );
    assert!(quoted.contains(&"ask_identity:customer_number".to_string()));
    // An ask that names no fact points back to the last one named in the line; to a guarded
    // one only when it asks to be told or read what was handed over, not what a statement is
    // about.
    let pointed = heard(
        Lang::En,
        "Your customer number is top right on the bill. Can you read it to me?",
    );
    assert!(
        pointed.contains(&"ask_identity:customer_number".to_string()),
        "{pointed:?}"
    );
    let guarded = heard(Lang::En, "Your password is secret. Can you read it to me?");
    assert!(
        !guarded.iter().any(|a| a.starts_with("ask_identity")),
        "{guarded:?}"
    );
    for (lang, line) in [
        (
            Lang::En,
            "I've sent a login code to your mobile; would you read it back to me?",
        ),
        (
            Lang::Nl,
            "u krijgt nu een sms met een code, kunt u die ff voorlezen?",
        ),
    ] {
        let asked = heard(lang, line);
        assert!(
            asked.contains(&"ask_identity:password".to_string()),
            "{line}: {asked:?}"
        );
    }
    let typed = heard(
        Lang::Nl,
        "U krijgt een sms met een code, kunt u die invullen op de site?",
    );
    assert!(
        !typed.iter().any(|a| a.starts_with("ask_identity")),
        "{typed:?}"
    );
    // Quotation marks after reporting words still report: not the speaker's ask.
    let reported = heard(
        Lang::En,
        "you said 'what is your order number' to the driver",
    );
    assert!(
        !reported.iter().any(|a| a.starts_with("ask_identity")),
        "{reported:?}"
    );
    let quoted = heard(
        Lang::Nl,
        "Op de brief staat een vakje 'klantnummer', kunt u dat voorlezen?",
    );
    assert!(quoted.contains(&"ask_identity:customer_number".to_string()));
    // "You shouldn't have to" sides with the caller; the neighbours of a line an unless
    // cancels do not bring the act back.
    for (lang, text) in [
        (
            Lang::En,
            "You shouldn't have to tell it a third time, let me read the file.",
        ),
        (Lang::Nl, "Dat had u niet hoeven meemaken."),
    ] {
        let acts = heard(lang, text);
        assert!(!acts.contains(&"blame".to_string()), "{text}: {acts:?}");
    }
    // A rule with who it is for is a reason.
    for (lang, text) in [
        (
            Lang::En,
            "Same-day visits are only for outages of a whole area, so I can't send someone today.",
        ),
        (
            Lang::Nl,
            "Een wachtwoord reset ik alleen voor de accounthouder zelf, namens een ander doe ik dat niet.",
        ),
    ] {
        let acts = heard(lang, text);
        assert!(
            acts.contains(&"explain_reason".to_string()) && acts.contains(&"refusal".to_string()),
            "{text}: {acts:?}"
        );
    }
    // What only looks like a refusal or a goodbye: doing what was asked, promising not to put
    // the caller on hold, "het beste" as "best"; a faint likeness adds nothing.
    for (lang, text, not) in [
        (Lang::Nl, "Ik kan hem terugboeken.", "refusal"),
        (
            Lang::En,
            "Don't worry, I'm not putting you on hold.",
            "refusal",
        ),
        (
            Lang::Nl,
            "Dan kunt u het beste direct Team Belastingen bellen.",
            "closing",
        ),
        (
            Lang::En,
            "Hold on to that reference number, you'll need it later.",
            "hold_notice",
        ),
        (
            Lang::En,
            "Thanks to the outage the towers drop every evening.",
            "thanks",
        ),
        // "Sorry, but it is your own fault" apologises for nothing.
        (
            Lang::Nl,
            "Sorry hoor, maar dan had u maar eerder moeten bellen.",
            "apology",
        ),
        // Announcing the end of the call is not telling the caller to calm down.
        (Lang::Nl, "Ik beëindig nu het gesprek.", "calm_down"),
        (
            Lang::Nl,
            "Meneer, als u blijft schelden, beëindig ik dit gesprek.",
            "calm_down",
        ),
    ] {
        let acts = heard(lang, text);
        assert!(!acts.contains(&not.to_string()), "{text}: {acts:?}");
    }
    // Doing it now, said tersely or in the perfect: a commitment.
    for text in [
        "Escalating to 2nd line.",
        "ok I've sent the reset link to the email on file now",
        "let me go ahead and pull that up for you",
        "imma escalate this to tier 2 rn",
    ] {
        let acts = heard(Lang::En, text);
        assert!(acts.contains(&"commitment".to_string()), "{text}: {acts:?}");
    }
    // Dutch dialect negations negate ("ni", "nich", "nait", "neet").
    let acts = heard(Lang::Nl, "Ik ga ni zeggen dat het uw schuld is, zenne");
    assert!(!acts.contains(&"blame".to_string()), "{acts:?}");
    let acts = heard(
        Lang::Nl,
        "Mag ik u even in de wacht zetten? Dan vraag ik het na bij Declaraties.",
    );
    assert!(acts.contains(&"commitment".to_string()), "{acts:?}");
    let acts = heard(
        Lang::Nl,
        "Oh fantastisch, bedankt dat u nu pas meldt dat u verhuisd bent",
    );
    assert!(acts.contains(&"blame".to_string()), "{acts:?}");
    // Critical acts in words no pattern had (set g). (Reading back a temporary password the
    // desk gave, or the Wi-Fi password on a router, is not asking for the caller's secret: the
    // labeller of set g counted both, deskdrill does not.)
    always_heard(&[
        (
            Lang::En,
            "Don't you swear at me, you rude little man",
            "insult",
        ),
        (Lang::Nl, "Ge zijt toch nie goed snik, gij", "insult"),
    ]);
    for text in [
        "Do you even know your own postcode?",
        "Ye shoulda phoned when ye first noticed it.",
    ] {
        let acts = heard(Lang::En, text);
        assert!(acts.contains(&"blame".to_string()), "{text}: {acts:?}");
    }
    for (lang, text) in [
        (Lang::En, "Oh dear, that's a rotten start to your Monday."),
        (Lang::Nl, "Oei, dat klinkt als een lange ochtend."),
    ] {
        let acts = heard(lang, text);
        assert!(acts.contains(&"empathy".to_string()), "{text}: {acts:?}");
    }
}

/// Critical acts in words no pattern had (set f): each is heard.
#[test]
fn insults_and_password_asks_in_more_voices_are_heard() {
    always_heard(&[
        (
            Lang::En,
            "Oh stop your whinging, you silly old goat",
            "insult",
        ),
        (Lang::En, "jislaaik, you're a proper domkop", "insult"),
        (
            Lang::Nl,
            "gij snapt er echt niks van he, onnozelaar",
            "insult",
        ),
        (Lang::Nl, "ben je doof ofzo? ik zei dinsdag", "insult"),
        (
            Lang::En,
            "and your password for the council tax portal, please",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "geef mie oew wachtwoord van Mien BelBaas mer effen",
            "ask_identity:password",
        ),
    ]);
    // The same opening that does not ask.
    let acts = heard(
        Lang::En,
        "and your password should never be shared with anyone, please remember",
    );
    assert!(
        !acts.contains(&"ask_identity:password".to_string()),
        "{acts:?}"
    );
}

/// The kinds of false critical error found by the critical-acts set `2026-12-01l` (sixth
/// round), in lines of our own: idioms, jargon and things, a third party, a report, and a
/// warning about someone else's ask. Real ones of the same shape are still heard.
#[test]
fn critical_look_alikes_of_the_sixth_round_are_not_critical() {
    let no_insult = [
        (
            Lang::En,
            "Sorry you had to be up at stupid o'clock for this.",
        ),
        (Lang::En, "Is the idiot light still on, the orange one?"),
        (Lang::En, "Sod's law, the app dies the day you need it."),
        (
            Lang::En,
            "Give me a sec, this useless printer has jammed again.",
        ),
        (
            Lang::En,
            "The scammers who did this are the idiots here, not you.",
        ),
        (
            Lang::En,
            "Did someone on our line really call you stupid? I'm so sorry.",
        ),
        (
            Lang::En,
            "Nobody here is allowed to call a customer an idiot, full stop.",
        ),
        (
            Lang::Nl,
            "Ik was zelf ook een digibeet toen ik hier begon, komt goed.",
        ),
        (
            Lang::Nl,
            "Wat ben ik toch een kluns, verkeerde dossier. Sorry!",
        ),
        (
            Lang::Nl,
            "Sukkel die ik ben, ik gaf u het verkeerde nummer.",
        ),
    ];
    never_heard(&no_insult, "insult");
    let no_password = [
        (
            Lang::En,
            "If anybody phones pretending to be us and asks for your PIN, please hang up.",
        ),
        (Lang::Nl, "Vraagt iemand om uw pincode, hang dan meteen op."),
    ];
    never_heard(&no_password, "ask_identity:password");
    assert!(heard(Lang::En, "you useless idiot").contains(&"insult".to_string()));
    assert!(heard(Lang::En, "Your PIN, please.").contains(&"ask_identity:password".to_string()));
    assert!(heard(Lang::Nl, "Wat bent u een sukkel.").contains(&"insult".to_string()));
    // A bare "no" denies nothing: this one still insults.
    assert!(
        heard(Lang::En, "Are you stupid? No? Then read the letter.")
            .contains(&"insult".to_string())
    );
    assert!(heard(Lang::En, "Stupid question? Not at all.").contains(&"reassurance".to_string()));
    // Real ones in shapes the set showed were missed.
    always_heard(&[
        (
            Lang::En,
            "honestly the stupidest caller this week",
            "insult",
        ),
        (
            Lang::En,
            "Kindly share your password so I can log in",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "read me the six-digit PIN please",
            "ask_identity:password",
        ),
        (Lang::En, "are you just being dense on purpose", "insult"),
        (
            Lang::En,
            "honestly, even my nan could manage this",
            "insult",
        ),
        (Lang::Nl, "wat een kansloze vent ben jij", "insult"),
        (Lang::Nl, "bent u nou echt zo traag van begrip?", "insult"),
        (Lang::Nl, "kap nou eens met janken", "insult"),
        (
            Lang::Nl,
            "Noemt u even de code van uw pinpas?",
            "ask_identity:password",
        ),
    ]);
}

/// The kinds of false critical error found by the critical-acts set `2026-12-02o` (tenth
/// round), in lines of our own: an insult word aimed at the speaker, at someone else or at a
/// thing by the nearest person or subject in its part; a word with stars that spells no swear
/// word; a guarded fact named inside a condition; someone else's ask reported in a question.
#[test]
fn critical_look_alikes_of_the_tenth_round_are_not_critical() {
    let no_insult = [
        (
            Lang::En,
            "haha I'm such a noob today, wrong link, here's the right one",
        ),
        (
            Lang::En,
            "I was so foolish with my own bank card once, don't worry",
        ),
        (
            Lang::En,
            "My colleague's an awful clown, ignore the laughing. Where were we?",
        ),
        (
            Lang::En,
            "This new portal is stupid, I agree, but I'll get you in.",
        ),
        (
            Lang::En,
            "your parcel to Sc***horpe leaves the depot at noon",
        ),
        (
            Lang::Nl,
            "ik was vroeger zelf ook zo onnozel met mijn pincode, geen zorgen",
        ),
        (
            Lang::Nl,
            "Die nieuwe app is echt een kreng, ik zet het voor u klaar.",
        ),
    ];
    never_heard(&no_insult, "insult");
    let no_password = [
        (
            Lang::En,
            "Quick question: if someone rang asking for your PIN, what would you do?",
        ),
        (
            Lang::En,
            "So the phone keeps asking for a PIN when you switch it on?",
        ),
        (
            Lang::Nl,
            "U zegt dat iemand namens ons belde en om uw inlogcode vroeg?",
        ),
    ];
    never_heard(&no_password, "ask_identity:password");
    // Real ones still heard, and real ones in the shapes the set showed were missed.
    always_heard(&[
        (Lang::En, "I think you're an idiot, frankly.", "insult"),
        (Lang::En, "I hate idiots like you.", "insult"),
        (
            Lang::En,
            "you're the dumbest customer I've had all week",
            "insult",
        ),
        (Lang::En, "Use some common sense, please.", "insult"),
        (Lang::Nl, "U bent echt een lastige oude vrouw.", "insult"),
        (
            Lang::En,
            "can u read me ur p***word so I can check it",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "Read me the 6 digit code from your authenticator app, please.",
            "ask_identity:password",
        ),
        (
            Lang::En,
            "Can you give us the four-digit card PIN?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "Wat is de code uit uw DigiD-app?",
            "ask_identity:password",
        ),
        (
            Lang::Nl,
            "Noemt u even de inlogcode van de sms?",
            "ask_identity:password",
        ),
    ]);
}

/// A wish turned down in the same clause does not do what it wishes; a greeting is not
/// undone by a time of day at the other end of a run-on line; a fact's owner after it still
/// asks without a verb.
#[test]
fn wishes_greetings_and_owners_of_the_tenth_round() {
    assert!(builtin_lexicon(Lang::Nl).opens_with_parting_greeting("Goedemorgen."));
    assert!(builtin_lexicon(Lang::En).opens_with_parting_greeting("Good afternoon to you!"));
    assert!(!builtin_lexicon(Lang::En).opens_with_parting_greeting("Hi, I'm back."));
    assert!(!builtin_lexicon(Lang::Nl).opens_with_parting_greeting("Hallo, daar ben ik weer."));
    never_heard(
        &[
            (
                Lang::En,
                "I'd put you through to a manager, but there's nobody on until nine.",
            ),
            (
                Lang::Nl,
                "Ik zou u graag doorverbinden, maar die afdeling is vandaag dicht.",
            ),
        ],
        "transfer_notice",
    );
    assert!(
        heard(Lang::En, "I'll put you through to billing now.")
            .contains(&"transfer_notice".to_string())
    );
    assert!(
        heard(Lang::En, "hi is that Mr Jansen it's Tom from the bank about the payment you asked about this morning")
            .contains(&"greeting".to_string())
    );
    assert!(
        !heard(Lang::En, "I spoke to your colleague this morning")
            .contains(&"greeting".to_string())
    );
    always_heard(&[
        (
            Lang::En,
            "Tax number of the practice.",
            "ask_identity:tax_number",
        ),
        (
            Lang::Nl,
            "Klantnummer van de praktijk.",
            "ask_identity:customer_number",
        ),
    ]);
}

/// Thanks in a line that insults, blames or dismisses is sarcasm; an idiot who could ring up
/// and a stupid gadget insult nobody; "you might have saved us" praises.
#[test]
fn sarcastic_thanks_and_praise_of_the_tenth_round() {
    let h = heard(Lang::En, "oh thanks a bunch, you absolute genius");
    assert!(!h.contains(&"thanks".to_string()), "{h:?}");
    assert!(heard(Lang::En, "Thanks so much for your patience.").contains(&"thanks".to_string()));
    let h = heard(
        Lang::En,
        "Thanks for reporting it, you may have saved us a lot of trouble.",
    );
    assert!(
        h.contains(&"thanks".to_string()) && !h.contains(&"blame".to_string()),
        "{h:?}"
    );
    never_heard(
        &[
            (
                Lang::En,
                "We check everyone, otherwise any idiot could ring up and say he's you.",
            ),
            (
                Lang::Nl,
                "We moeten iedereen checken, anders kan elke gek bellen en zeggen dat hij u is.",
            ),
            (
                Lang::Nl,
                "Een idioot ding is het, die nieuwe meter, u bent de enige niet.",
            ),
        ],
        "insult",
    );
}
