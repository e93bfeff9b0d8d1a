//! Forty-second round: what the line sets zzzg and zzzh (English) and the trainer set CD showed
//! once read, and the lectures and hurry of the earlier judged sets. The sets' lines are not
//! copied; these are our own words.

use crate::util::*;
use deskdrill::lang::Lang;

/// Someone else who will ring the caller back is a promise; asking who will is not.
#[test]
fn a_colleague_who_will_ring_you_back_is_a_promise() {
    hears_all(
        Lang::En,
        "commitment",
        &[
            "Priya'll ring you this afternoon from the branch phone.",
            "The engineer will call you back before five.",
            "I'm not passing you on, you've got me till it's fixed.",
            "One second while I ring the warehouse.",
            "You're staying with me until it's sorted, promise.",
        ],
    );
    hears_none(
        Lang::En,
        "commitment",
        &["Who will ring you back, do you know?"],
    );
}

/// A Dutch promise in the present tense splits its verb: "ik stort … terug", "dat zoek ik … uit";
/// putting the caller on hold is no promise.
#[test]
fn a_split_dutch_verb_promises() {
    hears_all(
        Lang::Nl,
        "commitment",
        &[
            "Ik stort de verzendkosten vandaag nog terug.",
            "Dat zoek ik vanmiddag voor u uit.",
            "Dan plan ik de monteur voor donderdag in.",
        ],
    );
    hears_none(Lang::Nl, "commitment", &["Ik zet u even in de wacht."]);
}

/// A PIN is a password in Dutch as in English; paying by card or keying it into a terminal
/// asks for nothing.
#[test]
fn a_pin_is_asked_for_in_dutch_too() {
    hears_all(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Ter controle heb ik even de pin van uw bankpas nodig.",
            "Mag ik je pin, dan regel ik het meteen.",
        ],
    );
    hears_none(
        Lang::Nl,
        "ask_identity:password",
        &[
            "Kunt u hier met pin betalen?",
            "Toets uw pin in op het apparaat, dan is het klaar.",
        ],
    );
    assert!(hears(
        Lang::En,
        "and the six digit PIN that goes with the card",
        "ask_identity:password"
    ));
}

/// A threat to end the call that quotes the caller's insult insults nobody.
#[test]
fn a_threat_that_quotes_an_insult_insults_nobody() {
    hears_none(
        Lang::Nl,
        "insult",
        &["Als je me nog eens een klootzak noemt, hang ik op."],
    );
    assert!(hears(Lang::Nl, "Doe niet zo dom, eikel.", "insult"));
}

/// "Voor de duidelijkheid" before a rule of the desk says the rule back to nobody; before the
/// caller's own story it checks understanding.
#[test]
fn for_clarity_is_a_paraphrase_only_of_the_callers_words() {
    hears_none(
        Lang::Nl,
        "paraphrase",
        &["Voor de duidelijkheid: wij geven nooit codes door aan derden."],
    );
    assert!(hears(
        Lang::Nl,
        "Voor de duidelijkheid, u heeft dus twee keer een aanmaning gekregen?",
        "paraphrase"
    ));
}

/// An agent who refuses rightly but preaches at the caller turn after turn fails, as trainers
/// fail every lecturing call.
#[test]
fn a_lecturing_refusal_fails() {
    let script = "\
Servicedesk, goedemorgen, met Noor.
Met wie spreek ik?
/lookup
Wachtwoorden resetten we alleen voor de accounthouder zelf. Dat zou jij toch moeten weten.
Besef je wel wat er gebeurt als zo'n account in verkeerde handen valt?
Als ik jou was, zou ik de training informatiebeveiliging nog eens volgen.
Ik wijs je erop dat dit soort telefoontjes altijd gemeld worden.
/melden
Fijne dag verder.
/end
";
    let result = play("friendly-authority", "nl", 1, script);
    assert!(notes_with(&result, "D-LECTURE").len() >= 3, "{result}");
    assert_eq!(result["passed"], false);
}

/// A call decided without ever opening the file scores 65 at most, however warm, and the
/// debrief says why the total stopped there.
#[test]
fn a_call_decided_without_the_file_fails_however_warm() {
    let script = "\
Good afternoon, Zorggroep Rijnvliet client service, you're speaking with Kim.
Oh, three weeks without a word from her, that must be so hard. Who am I speaking with?
And your mother's name, please?
So, Mr Vermeulen, you haven't heard from your mother for three weeks and you want to know she's all right?
I'm so sorry, but we only share information about a client with the client or her registered contact.
So I'm afraid I can't tell you where she is or when she has appointments. I really do understand how hard that is.
What I can do is pass a message to her through her care team, so she knows you called.
What would you like me to tell her?
And which number can she ring you back on?
/message
It's passed on; her care team will give it to her today.
Is there anything else I can do for you?
Take care, Mr Vermeulen. Goodbye.
/end";
    let s = scenario("third-party");
    let lines: Vec<String> = script.lines().map(str::to_string).collect();
    let r = deskdrill::selftest::play(&s, lexicon(&s, Lang::En), Lang::En, 1, &lines);
    let debrief = deskdrill::report::debrief(&r, Lang::En);
    assert_eq!(r.score.total, 65, "{debrief}");
    assert!(!r.passed);
    assert!(
        debrief.contains("The total is held at 65: never looked at the records"),
        "{debrief}"
    );
}
