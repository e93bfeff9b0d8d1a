//! Issue #9, fifth round: what a line does by its shape, not by set phrases. Each kind of line
//! here was missed (or misheard) in unseen speech before the structural rules.

use deskdrill::lang::Lang;
use deskdrill::understanding::{self, Lexicon};

fn heard(lexicon: &Lexicon, text: &str) -> Vec<String> {
    lexicon.understand(text).iter().map(|a| a.label()).collect()
}

fn lexicons() -> (Lexicon, Lexicon) {
    let compile = |lang| Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap();
    (compile(Lang::En), compile(Lang::Nl))
}

#[track_caller]
fn hears(lexicon: &Lexicon, text: &str, label: &str) {
    let acts = heard(lexicon, text);
    assert!(
        acts.iter().any(|a| a == label),
        "{text:?} -> {acts:?}, wanted {label}"
    );
}

#[track_caller]
fn not_hears(lexicon: &Lexicon, text: &str, label: &str) {
    let acts = heard(lexicon, text);
    assert!(
        !acts.iter().any(|a| a == label),
        "{text:?} -> {acts:?}, not {label}"
    );
}

#[test]
fn a_question_that_names_a_fact_asks_for_it() {
    let (en, nl) = lexicons();
    hears(
        &en,
        "Full name as it is on the contract?",
        "ask_identity:full_name",
    );
    hears(&en, "address on the policy?", "ask_identity:address");
    hears(
        &en,
        "could you maybe spell your full name for me?",
        "ask_identity:full_name",
    );
    hears(
        &nl,
        "fiscaal nr van de praktijk?",
        "ask_identity:tax_number",
    );
    hears(
        &nl,
        "Uw personeelsnummer, heeft u die?",
        "ask_identity:employee_number",
    );
    hears(
        &nl,
        "Wilt u uw klantnummer vermelden?",
        "ask_identity:customer_number",
    );
    // Not a question about the fact: negated, the channel, the speaker's own, a subject.
    not_hears(
        &nl,
        "Uw geboortedatum hoef ik niet, het personeelsnummer is genoeg: wat is dat?",
        "ask_identity:date_of_birth",
    );
    not_hears(
        &en,
        "did the link come through to your email?",
        "ask_identity:email",
    );
    not_hears(
        &en,
        "so you lost your login details and need a new password?",
        "ask_identity:password",
    );
    not_hears(
        &en,
        "is it the username or the password that doesn't work?",
        "ask_identity:username",
    );
}

#[test]
fn short_forms_complete_a_facts_name_and_nothing_else() {
    let (en, nl) = lexicons();
    hears(&en, "customer no.?", "ask_identity:customer_number");
    hears(&en, "order # pls", "ask_identity:order_number");
    hears(
        &en,
        "ok can i get ur staff no pls",
        "ask_identity:employee_number",
    );
    hears(&nl, "klantnr graag", "ask_identity:customer_number");
    assert_eq!(en.normalize("no, order #"), "no ordernumber");
    assert_eq!(en.normalize("#1 priority"), "1 priority");
}

#[test]
fn a_name_after_this_is_or_met_introduces_the_speaker() {
    let (en, nl) = lexicons();
    hears(
        &en,
        "Hi there, thanks for calling ShopRight, this is Brittany, how can I help you today?",
        "self_intro",
    );
    hears(&en, "Jordan speaking", "self_intro");
    hears(
        &nl,
        "Hé, met Mo van IT, wat is er aan de hand?",
        "self_intro",
    );
    hears(&nl, "goeiemiddag, Gerrit hier van BelBaas", "self_intro");
    // Names that are words of the language are not names there.
    not_hears(&nl, "Ik ben blij dat u belt", "self_intro");
    not_hears(&en, "it is jan 12 today", "self_intro");
}

#[test]
fn a_question_that_does_nothing_else_asks_about_the_problem() {
    let (en, nl) = lexicons();
    hears(&en, "has the reset email arrived yet?", "ask_info");
    hears(&en, "Sorry, could you say that again?", "ask_info");
    hears(&nl, "zit je laptop wel aan de lader?", "ask_info");
    // A question that does something else is that act: a hold, an offer, a closing.
    not_hears(&en, "May I put you on hold for a moment?", "ask_info");
    not_hears(
        &en,
        "Is there anything else I can help you with?",
        "ask_info",
    );
    // After a dismissal a question is rhetorical.
    not_hears(
        &nl,
        "Het is maar een cent, waar maakt u zich druk om?",
        "ask_info",
    );
}

#[test]
fn quoted_threatened_and_declined_acts_are_not_done() {
    let (en, nl) = lexicons();
    // Quoted words are not the speaker's apology or thanks.
    not_hears(
        &en,
        "the card said 'sorry we missed you' but the van never stopped there",
        "apology",
    );
    not_hears(
        &nl,
        "'Sorry voor het storen', zeggen ze allemaal. Je stoort niet.",
        "apology",
    );
    // A hold or transfer under a condition is a threat or a maybe, not a notice ...
    not_hears(
        &en,
        "If you keep shouting I'll put you on hold.",
        "hold_notice",
    );
    not_hears(
        &nl,
        "Als u nog één keer scheldt, verbind ik u door met mijn leidinggevende.",
        "transfer_notice",
    );
    // ... unless the condition is only politeness.
    hears(
        &en,
        "Would it be alright if I put you on hold for just a moment?",
        "hold_notice",
    );
    hears(
        &en,
        "Would you mind awfully if I popped you on hold for a moment?",
        "hold_notice",
    );
    // Staying on the line oneself is no hold.
    not_hears(
        &en,
        "No, I won't put you on hold, I can stay on the line while it loads.",
        "hold_notice",
    );
    not_hears(
        &nl,
        "Ik ga u niet in de wacht zetten hoor, ik blijf gewoon aan de lijn terwijl ik kijk",
        "hold_notice",
    );
    // Thanks said in sarcasm thank nobody.
    not_hears(
        &en,
        "Oh marvellous, thanks ever so for hanging up on my colleague twice, very helpful.",
        "thanks",
    );
    not_hears(
        &nl,
        "Bedankt dat je ons de schuld geeft, echt top",
        "thanks",
    );
    hears(
        &en,
        "thanks a million for bearing with me, you're very good",
        "thanks",
    );
}

#[test]
fn a_prohibition_is_not_a_negation() {
    let (en, nl) = lexicons();
    // "Niet zo overdrijven" tells the caller not to exaggerate: it minimises, it does not
    // take the minimising back.
    hears(
        &nl,
        "Niet zo overdrijven, het is één dagje zonder internet",
        "dismissive",
    );
    hears(&en, "Don't be so dramatic, it's one parcel", "dismissive");
    hears(&nl, "Pech gehad.", "dismissive");
    not_hears(&nl, "Pech gehad.", "empathy");
    hears(&nl, "Wat een pech, zeg.", "empathy");
    hears(
        &nl,
        "Nou, dan heeft u het zeker verkeerd ingetypt.",
        "blame",
    );
    not_hears(&nl, "U heeft het goed ingevuld hoor", "blame");
    // A negated blame still reassures.
    hears(
        &en,
        "I won't hold it against you, everybody loses a hamster once",
        "reassurance",
    );
    not_hears(
        &en,
        "I won't hold it against you, everybody loses a hamster once",
        "refusal",
    );
}

#[test]
fn a_request_that_names_a_fact_asks_for_it() {
    let (en, nl) = lexicons();
    hears(
        &en,
        "Kindly quote your employee number, as shown on your payslip.",
        "ask_identity:employee_number",
    );
    hears(
        &en,
        "For the payout I need also your tax identification number, the eleven digits",
        "ask_identity:tax_number",
    );
    hears(
        &nl,
        "Graag verneem ik tevens uw e-mailadres, zodat wij de bevestiging kunnen toezenden.",
        "ask_identity:email",
    );
    // Not a request for it: no need, already had, a request to check, a guarded fact.
    not_hears(
        &en,
        "no need for ur staff number, its a general outage",
        "ask_identity:employee_number",
    );
    not_hears(
        &en,
        "Got your postcode from the order already, no need for it again.",
        "ask_identity:postcode",
    );
    not_hears(
        &en,
        "Sir, your username is the one coming in the welcome mail, kindly check there.",
        "ask_identity:username",
    );
    not_hears(
        &nl,
        "Uw gebruikersnaam staat al in het ticket, dus die hoeft u niet meer te geven.",
        "ask_identity:username",
    );
    not_hears(
        &en,
        "Please check your email for the link.",
        "ask_identity:email",
    );
}

#[test]
fn so_then_a_question_or_a_tag_restates() {
    let (en, nl) = lexicons();
    hears(
        &en,
        "so u clicked reset and nothing happend right",
        "paraphrase",
    );
    hears(&en, "So: laptop boots, no wifi, phone fine?", "paraphrase");
    hears(&nl, "Dus nooit geleverd?", "paraphrase");
    not_hears(&nl, "Dus nooit geleverd?", "ask_info");
    // A question about something new, or the speaker's own plan, restates nothing.
    not_hears(&en, "So what did the driver's note say?", "paraphrase");
    not_hears(&en, "so I'll reset it now, ok?", "paraphrase");
    not_hears(&nl, "Dus ik zet het even in gang, goed?", "paraphrase");
}

#[test]
fn a_held_down_letter_is_one_letter() {
    let (en, nl) = lexicons();
    assert_eq!(en.normalize("hiii, byeee"), "hi bye");
    assert_eq!(en.normalize("sooo sorry"), "so sorry");
    hears(&en, "ok sorted, byeee", "closing");
    hears(&nl, "hoiii, met Sanne van de webshop", "greeting");
    // A word that is spelled with a double letter keeps it.
    assert_eq!(en.normalize("good"), "good");
}

#[test]
fn a_flemish_verb_and_its_pronoun_are_read_once() {
    let (_, nl) = lexicons();
    // "kunde" is "kunt u": the "gij" after it is the same "u", not a second one.
    assert_eq!(
        nl.normalize("kunde gij da efkes doen"),
        "kunt u dat even doen"
    );
    // "wilde" is also plain past tense: "u wilde" stays "u wilde".
    assert_eq!(nl.normalize("u wilde mij spreken"), "u wilde mij spreken");
}

/// False critical errors found in the fifth round on the oldest unseen sets (their false
/// criticals only were read): a reported ask, a condition, self-talk, a reported insult.
#[test]
fn reported_conditional_and_self_directed_criticals_are_not_critical() {
    let (en, nl) = lexicons();
    let password = "ask_identity:password";
    not_hears(
        &en,
        "Has someone call you and ask your password? That is not from us.",
        password,
    );
    not_hears(
        &en,
        "If anyone ever asks you 'what is your password?', please hang up and report it to us.",
        password,
    );
    not_hears(&en, "np at all, no q is a dumb q here", "insult");
    not_hears(
        &en,
        "I must say honestly, I find this also very stupid from us.",
        "insult",
    );
    not_hears(
        &nl,
        "Ff een domme vraag van mijn kant: zit je laptop wel aan de lader?",
        "insult",
    );
    not_hears(
        &nl,
        "Pff, ik ben zelf ook gek geworden van dat systeem vanochtend.",
        "insult",
    );
    not_hears(
        &nl,
        "Ik ben zelf ook maar een sukkelaar met die computers, hoor.",
        "insult",
    );
    not_hears(
        &nl,
        "Ja ja, merci zenne, dat ge mij voor idioot uitmaakt.",
        "insult",
    );
    // Still critical when it is the speaker's own ask or insult.
    hears(&en, "what's your password?", password);
    hears(&nl, "wat ben jij een sukkel zeg", "insult");
}

#[test]
fn a_line_that_opens_by_naming_the_desk_introduces_it() {
    let (en, nl) = lexicons();
    hears(&en, "IT desk. Name?", "self_intro");
    hears(
        &en,
        "Pension fund, good afternoon. May I have your customer number?",
        "self_intro",
    );
    hears(
        &nl,
        "goedenavond, huisartsenpost, waar gaat het om?",
        "self_intro",
    );
    // Naming a desk later, or as an instruction, introduces nobody.
    not_hears(
        &en,
        "You could try the pharmacy, they open at nine.",
        "self_intro",
    );
    not_hears(
        &nl,
        "Bel de huisartsenpost maar, die zijn er de hele nacht.",
        "self_intro",
    );
}

#[test]
fn a_list_of_facts_asks_before_what_the_agent_will_do_with_it() {
    let (en, nl) = lexicons();
    let line = "Customer number and postcode for me and I'll have a look.";
    hears(&en, line, "ask_identity:customer_number");
    hears(&en, line, "ask_identity:postcode");
    hears(&en, line, "commitment");
    hears(
        &nl,
        "Oké, dan nog even je personeelsnummer voor de zekerheid.",
        "ask_identity:employee_number",
    );
    // Only a list: "I'll check the postcode you gave" asks nothing.
    not_hears(
        &en,
        "I will check the postcode you gave me.",
        "ask_identity:postcode",
    );
}

#[test]
fn saying_what_must_still_be_checked_asks_for_it() {
    let (_, nl) = lexicons();
    let line = "Eh, ik moet trouwens nog even uw geboortedatum en postcode checken.";
    hears(&nl, line, "ask_identity:date_of_birth");
    // A fact joined to an asked one is asked too.
    hears(&nl, line, "ask_identity:postcode");
    not_hears(
        &nl,
        "Uw geboortedatum hoef ik niet te controleren.",
        "ask_identity:date_of_birth",
    );
}

#[test]
fn asking_for_a_fact_with_a_preposition_still_asks() {
    let (en, nl) = lexicons();
    hears(
        &nl,
        "Sorry, mag ik u toch even naar uw geboortedatum vragen?",
        "ask_identity:date_of_birth",
    );
    not_hears(
        &nl,
        "Is de link naar uw e-mailadres gekomen?",
        "ask_identity:email",
    );
    not_hears(
        &en,
        "Did the link come to your email?",
        "ask_identity:email",
    );
}

#[test]
fn a_request_asks_for_every_fact_it_names_not_only_the_patterns_one() {
    let (en, _) = lexicons();
    let line = "Customer number from the top of the invoice and your date of birth please.";
    hears(&en, line, "ask_identity:customer_number");
    hears(&en, line, "ask_identity:date_of_birth");
}

#[test]
fn a_refusal_after_its_reason_explains_itself_but_not_after_blame() {
    let (en, nl) = lexicons();
    let line = "You're not registered for that, so I can't tell you anything.";
    hears(&en, line, "explain_reason");
    hears(&en, line, "refusal");
    hears(
        &nl,
        "U staat niet als contactpersoon geregistreerd, dus ik kan u niets vertellen.",
        "explain_reason",
    );
    not_hears(
        &en,
        "Should've read the fine print, sugar, so I can't help ya there",
        "explain_reason",
    );
    not_hears(
        &nl,
        "Dat staat in het reglement, dus ik kan er niks aan doen.",
        "explain_reason",
    );
}

#[test]
fn who_may_hear_it_is_a_reason_and_the_labelled_lines_cannot_make_it_a_shield() {
    let (en, nl) = lexicons();
    let line = "Ik ga eerlijk tegen u zijn: over een cliënt mogen wij alleen iets vertellen aan \
                de cliënt zelf, of aan iemand die zij daarvoor heeft aangewezen. Dat geldt ook \
                voor familie, ook voor kinderen.";
    hears(&nl, line, "explain_reason");
    not_hears(&nl, line, "procedure_shield");
    hears(
        &en,
        "I can only share that with the account holder, I'm afraid.",
        "explain_reason",
    );
    not_hears(
        &nl,
        "Mag ik alleen nog even met u uw gegevens doorlopen?",
        "explain_reason",
    );
}

#[test]
fn seeing_the_caller_on_screen_is_no_goodbye_and_look_after_yourself_is() {
    let (en, nl) = lexicons();
    not_hears(
        &en,
        "Thank you, Yonas. Yes, I see you. You went to Oudegracht 12.",
        "closing",
    );
    hears(&en, "Okay, see you Thursday!", "closing");
    hears(
        &en,
        "The answer will be the same. Look after yourself, Peter.",
        "closing",
    );
    hears(&nl, "Pas goed op uzelf, meneer Vermeulen.", "closing");
    hears(&en, "There. Happy now?", "dismissive");
    not_hears(
        &en,
        "Are you happy now with the new appointment?",
        "dismissive",
    );
}

#[test]
fn a_bare_no_then_the_rule_refuses_and_a_reassuring_no_does_not() {
    let (en, nl) = lexicons();
    let line = "No. Resets are for the account holder only, after verification.";
    hears(&en, line, "refusal");
    hears(
        &en,
        "No, resets are for the account holder only.",
        "refusal",
    );
    hears(
        &nl,
        "Nee. Een reset is alleen voor de accounthouder zelf.",
        "refusal",
    );
    not_hears(
        &en,
        "No, no, you're not being a pain, you're being thorough!",
        "refusal",
    );
    not_hears(
        &nl,
        "Nee, u hoeft niet te wachten, het is al klaar.",
        "refusal",
    );
    hears(&en, "She can ring us herself.", "offer_alternative");
}

#[test]
fn a_message_sent_through_is_no_transfer_and_not_doubting_for_a_second_is_no_hold() {
    let (en, nl) = lexicons();
    let line = "What I'll do is send a message through to her care team right now.";
    hears(&en, line, "commitment");
    not_hears(&en, line, "transfer_notice");
    hears(&en, "I'll put you through to billing.", "transfer_notice");
    not_hears(
        &en,
        "I'm not doubting you're her son for a second.",
        "hold_notice",
    );
    hears(&en, "Let me think for a second.", "hold_notice");
    let zet = "Ik zet uw bericht vandaag nog door naar het zorgteam.";
    hears(&nl, zet, "commitment");
    not_hears(&nl, zet, "transfer_notice");
    hears(&nl, "Ik zet u door naar de afdeling.", "transfer_notice");
    hears(
        &nl,
        "Sorry meneer, ik moet u eerlijk zeggen dat ik u daar niks over mag vertellen.",
        "refusal",
    );
    hears(&nl, "Dat is niet aan mij.", "refusal");
}

#[test]
fn everything_matching_is_no_goodbye_and_a_hedged_no_refuses() {
    let (en, _) = lexicons();
    not_hears(
        &en,
        "Thank you Mr Hoogland, that's all verified.",
        "closing",
    );
    not_hears(
        &en,
        "She's in Zeist, that's all I can say, honestly.",
        "closing",
    );
    hears(&en, "That's all, thanks for calling.", "closing");
    hears(
        &en,
        "I'm really sorry, but I don't think I'm allowed to reset it for someone else.",
        "refusal",
    );
    not_hears(
        &en,
        "And look, I promise you this won't happen on your account again.",
        "refusal",
    );
    not_hears(
        &en,
        "That's sent. They'll pass it on today.",
        "transfer_notice",
    );
    hears(&en, "I'll pass you on to billing.", "transfer_notice");
}
