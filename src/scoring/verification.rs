//! Verification rules: asking for what the policy requires, checking the records, acting only
//! on a verified caller, never leaking record details or asking for a password.

use super::{Detail, Scorer, Unit};
use crate::rules::RuleId;
use crate::scenario::Scenario;
use crate::scenario::model::FieldValue;
use crate::text::plain_words;
use crate::understanding::ActKind;

pub(super) const UNITS: &[Unit] = &[
    Unit {
        rules: &[RuleId::VPasswordAsked],
        run: password_asked,
    },
    Unit {
        rules: &[RuleId::VForbiddenAsked],
        run: forbidden_asked,
    },
    Unit {
        rules: &[RuleId::VNeedlessAsk],
        run: needless_asked,
    },
    Unit {
        rules: &[RuleId::VRecordLeak],
        run: record_leak,
    },
    Unit {
        rules: &[RuleId::VPublicAsProof],
        run: public_as_proof,
    },
    Unit {
        rules: &[RuleId::VProtectedDiscussed, RuleId::VDetailSlip],
        run: protected_discussed,
    },
    Unit {
        rules: &[RuleId::VAskedRequired, RuleId::VNotAsked],
        run: asked_required,
    },
    Unit {
        rules: &[RuleId::VCheckedRecords, RuleId::VRecordsUnchecked],
        run: checked_records,
    },
    Unit {
        rules: &[RuleId::VStatedRule],
        run: stated_rule,
    },
    Unit {
        rules: &[RuleId::VSafeRoute, RuleId::VCallerRoute],
        run: safe_route,
    },
    Unit {
        rules: &[RuleId::VVerifiedAction, RuleId::VUnverifiedAction],
        run: actions,
    },
];

/// Asking a caller for their password: no legitimate desk does.
fn password_asked(s: &mut Scorer) {
    for t in &s.call.speech {
        for a in &t.acts {
            if a.act == ActKind::AskIdentity && a.fact.as_deref() == Some("password") {
                s.apply(RuleId::VPasswordAsked, t.n, Detail::None);
            }
        }
    }
}

/// Asking for a fact the scenario's policy forbids asking (a citizen service number, a PIN).
fn forbidden_asked(s: &mut Scorer) {
    let forbidden = &s.scenario.judgement.forbidden_facts;
    for t in &s.call.speech {
        for a in &t.acts {
            if a.act == ActKind::AskIdentity
                && let Some(f) = &a.fact
                && f != "password"
                && forbidden.contains(f)
            {
                s.apply(RuleId::VForbiddenAsked, t.n, Detail::Facts(vec![f.clone()]));
            }
        }
    }
}

/// Details a desk may ask any caller for, to know who it is talking to, where they live (which
/// municipality a referral goes to) or how to reach them: asking for them is never a needless
/// ask. Saying that a name and an address are public is also often heard as asking for them.
const CONTACT_FACTS: [&str; 4] = ["full_name", "address", "phone_number", "email"];

/// Whether asking for a fact is asking for more than the policy needs: no action of the
/// scenario requires it, and it is neither a contact detail (unless the scenario names it in
/// `needless_facts`) nor a password or forbidden detail (those have rules of their own).
pub(crate) fn needless(scenario: &Scenario, fact: &str) -> bool {
    let fact = fact.to_string();
    let contact = CONTACT_FACTS.contains(&fact.as_str())
        && !scenario.judgement.needless_facts.contains(&fact);
    !scenario
        .actions
        .values()
        .any(|a| a.requires.contains(&fact))
        && !scenario.judgement.forbidden_facts.contains(&fact)
        && fact != "password"
        && !contact
}

/// Asking for an identifying detail the policy does not need (a username on top of the two
/// checks, a postcode for a referral): every extra question costs the caller time and proves
/// nothing more. Each such detail once, where it was first asked.
fn needless_asked(s: &mut Scorer) {
    let reasons = crate::phrases::built_in(crate::phrases::Kind::CallbackReasons, s.call.lang);
    // A contact detail a scenario calls needless may still be asked to call back on.
    let to_call_back = |n: u32, f: &str| {
        CONTACT_FACTS.contains(&f)
            && s.call
                .speech
                .iter()
                .any(|t| t.n == n && crate::phrases::said(&t.text, reasons).is_some())
    };
    let mut first: Vec<(u32, String)> = Vec::new();
    for (n, f) in &s.call.asks {
        if needless(s.scenario, f) && !to_call_back(*n, f) && !first.iter().any(|(_, g)| g == f) {
            first.push((*n, f.clone()));
        }
    }
    for (n, f) in first {
        s.apply(RuleId::VNeedlessAsk, n, Detail::Facts(vec![f]));
    }
}

/// Accepting details anyone can find (a name, an address) as if they proved who is calling.
/// A turn that goes on to refuse accepts nothing ("that matches, but it still doesn't let me
/// tell you anything").
fn public_as_proof(s: &mut Scorer) {
    if s.call.required_facts().is_empty() {
        return;
    }
    let phrases = crate::phrases::built_in(crate::phrases::Kind::PublicProof, s.call.lang);
    let turn = s.call.speech.iter().find(|t| {
        !s.call.verified_before(t.n)
            && crate::phrases::said(&t.text, phrases).is_some()
            && !t.has(ActKind::Refusal)
    });
    if let Some(t) = turn {
        s.apply(RuleId::VPublicAsProof, t.n, Detail::None);
    }
}

/// Telling a caller who is not verified about the case's protected details (the login name,
/// the account's transactions, where a client is staying), even without reading a value out;
/// or any caller about its confidential ones (where a threatened colleague can be found).
fn protected_discussed(s: &mut Scorer) {
    let j = &s.scenario.judgement;
    let none = Vec::new();
    let protected = j.protected.get(&s.call.lang).unwrap_or(&none);
    let confidential = j.confidential.get(&s.call.lang).unwrap_or(&none);
    let lang = s.call.lang;
    // The protected details that are names in the records (a login name, a contact's name):
    // stating them is telling, whatever words come with them.
    let values: Vec<String> = protected
        .iter()
        .filter(|p| {
            s.scenario.records.iter().any(|r| {
                r.fields.iter().any(|f| match &f.value {
                    FieldValue::Text(t) => names(t.get(lang), p),
                    FieldValue::Fact(_) => false,
                })
            })
        })
        .cloned()
        .collect();
    // (turn, phrase, whether it is a protected detail told before the check rather than a
    // confidential one, which no caller may hear).
    let turn = s.call.speech.iter().find_map(|t| {
        // A value read out is already a leak, the heavier rule.
        if s.call.leaks.iter().any(|(n, _)| *n == t.n) {
            return None;
        }
        let before = if s.call.verified_before(t.n) {
            None
        } else {
            crate::disclosure::told(&t.text, protected, lang)
                .or_else(|| crate::disclosure::stated(&t.text, &values, lang))
        };
        before
            .map(|p| (p, true))
            .or_else(|| crate::disclosure::told(&t.text, confidential, lang).map(|p| (p, false)))
            .or_else(|| {
                crate::disclosure::whereabouts(&t.text, confidential, lang).map(|p| (p, false))
            })
            .map(|(p, protected)| (t.n, p.to_string(), protected))
    });
    let protected_at = turn.as_ref().map(|(n, _, _)| *n);
    match turn {
        Some((n, phrase, true)) if caught_at_once(s, n, &phrase) => {
            s.apply(RuleId::VDetailSlip, n, Detail::Caught(phrase));
        }
        Some((n, phrase, _)) => {
            s.apply(RuleId::VProtectedDiscussed, n, Detail::Words(vec![phrase]))
        }
        None => {}
    }
    detail_slip(s, protected_at);
}

/// Whether a protected detail told in turn `n` was caught at once: no turn before it had
/// asked who the caller is, the same turn asks, and a sentence of it follows the one that told
/// the detail ("I can see your March payment is on hold. Before we go into it, what's your
/// date of birth?"). Trainers pass such a call as near-perfect with one slip (sets Y, AZ, CZ:
/// 74–80), while a detail told once the check was under way, or with the check only in a
/// later turn, fails (the gives-in-halfway agents of twenty sets).
fn caught_at_once(s: &Scorer, n: u32, phrase: &str) -> bool {
    let asks =
        |t: &crate::call::state::SpeechTurn| t.acts.iter().any(|a| a.act == ActKind::AskIdentity);
    let Some(turn) = s.call.speech.iter().find(|t| t.n == n) else {
        return false;
    };
    let began_before = s.call.speech.iter().any(|t| t.n < n && asks(t));
    let sentences: Vec<&str> = crate::text::sentences(&turn.text, &['.', '!', '?', ';']).collect();
    let phrase = phrase.to_lowercase();
    let told_in = sentences
        .iter()
        .rposition(|s| plain_words(s).contains(&phrase));
    !began_before && asks(turn) && told_in.is_some_and(|k| k + 1 < sentences.len())
}

/// A minor detail of the case (`judgement.minor`: a care worker's own ward) told before the
/// caller is verified: a slip that costs points, not the call. Not in the turn that already
/// told a protected one.
fn detail_slip(s: &mut Scorer, protected_at: Option<u32>) {
    let lang = s.call.lang;
    let Some(minor) = s.scenario.judgement.minor.get(&lang) else {
        return;
    };
    let slip = s
        .call
        .speech
        .iter()
        .filter(|t| Some(t.n) != protected_at && !s.call.verified_before(t.n))
        .find_map(|t| crate::disclosure::told(&t.text, minor, lang).map(|p| (t.n, p.to_string())));
    if let Some((n, phrase)) = slip {
        s.apply(RuleId::VDetailSlip, n, Detail::Words(vec![phrase]));
    }
}

/// Whether a record's value names the phrase (plain words) as a name: written with capitals
/// inside the value ("Marloes Verbeek, office manager"), or as one word joined by hyphens or
/// with digits ("het-anker-beheer"); not a word of its prose ("not where she is staying").
fn names(value: &str, phrase: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    let n = phrase.split(' ').count();
    (0..words.len()).any(|i| {
        let one = words[i].trim_matches(|c: char| !c.is_alphanumeric());
        let joined = one.contains('-') || one.chars().any(|c| c.is_ascii_digit());
        if joined && plain_words(one) == phrase {
            return true;
        }
        let span = &words[i..(i + n).min(words.len())];
        // A capital that only starts the value or a sentence is no name, unless a second
        // capital follows ("Marloes Verbeek, office manager").
        let sentence_start = (i == 0 || words[i - 1].ends_with(['.', ':', '!', '?']))
            && !words
                .get(i + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase));
        span.len() == n
            && !sentence_start
            && span.iter().all(|w| w.starts_with(char::is_uppercase))
            && plain_words(&span.join(" ")) == phrase
    })
}

/// Reading a private record value to a caller who has not given it nor been verified (the
/// engine notes each leak as it happens, since the caller hears it too).
fn record_leak(s: &mut Scorer) {
    for (n, fact) in s.call.leaks.clone() {
        s.apply(RuleId::VRecordLeak, n, Detail::Facts(vec![fact]));
    }
}

/// Each required fact asked for earns its share; any never asked costs.
fn asked_required(s: &mut Scorer) {
    let required = s.call.required_facts();
    if required.is_empty() {
        return;
    }
    let share = s.points(RuleId::VAskedRequired) / required.len() as i32;
    let mut not_asked = Vec::new();
    for f in &required {
        match s.call.asks.iter().find(|(_, af)| af == f) {
            Some((n, _)) => s.note(
                RuleId::VAskedRequired,
                *n,
                share,
                Detail::Facts(vec![f.clone()]),
            ),
            None => not_asked.push(f.clone()),
        }
    }
    if !not_asked.is_empty() {
        let turn = s
            .call
            .actions
            .iter()
            .find(|a| a.sensitive)
            .map(|a| a.n)
            .unwrap_or_else(|| s.last_turn());
        s.apply(RuleId::VNotAsked, turn, Detail::Facts(not_asked));
    }
}

fn checked_records(s: &mut Scorer) {
    if s.call.required_facts().is_empty() {
        return;
    }
    if let Some(n) = s.call.lookups.first() {
        s.apply(RuleId::VCheckedRecords, *n, Detail::None);
    } else if s.call.speech.len() >= UNCHECKED_TURNS {
        // A whole call decided without the file: what the caller is entitled to was never
        // checked, whatever was said.
        let turn = s.last_turn();
        s.apply(RuleId::VRecordsUnchecked, turn, Detail::None);
    }
}

/// Turns of the trainee's own speech after which a call that never looked at the records has
/// decided without them.
const UNCHECKED_TURNS: usize = 3;

/// Saying why the rule exists, early: before (or soon after) the first refusal. The reason must
/// come with an ask for a detail, or with a refusal to a caller not yet verified: "sorry, the
/// system is slow" is a reason, and so is "the driver has other stops", but neither is the
/// rule's.
fn stated_rule(s: &mut Scorer) {
    if s.call.required_facts().is_empty() {
        return;
    }
    let call = &s.call;
    let speech = &call.speech;
    let first_refusal = speech.iter().position(|t| t.has(ActKind::Refusal));
    let early = first_refusal.unwrap_or(5).max(5);
    if let Some(t) = speech.iter().take(early + 1).find(|t| {
        t.has(ActKind::ExplainReason)
            && (t.has(ActKind::AskIdentity)
                || (t.has(ActKind::Refusal) && !call.verified_before(t.n)))
    }) {
        s.apply(RuleId::VStatedRule, t.n, Detail::None);
    }
}

/// Offering a safe route (a callback, the account holder calling) to an unverified caller.
/// Where a callback is safe only to the number on file (`judgement.callback_on_file`), asking
/// the unverified caller where to call back or send is no safe route but a hole in one
/// (`V-CALLER-ROUTE`): whoever answers that number is whoever called.
fn safe_route(s: &mut Scorer) {
    if s.call.required_facts().is_empty() {
        return;
    }
    if s.scenario.judgement.callback_on_file {
        let routes = crate::phrases::built_in(crate::phrases::Kind::CallerRoute, s.call.lang);
        if let Some(t) = s.call.speech.iter().find(|t| {
            !s.call.verified_before(t.n) && crate::phrases::said(&t.text, routes).is_some()
        }) {
            s.apply(RuleId::VCallerRoute, t.n, Detail::None);
            return;
        }
    }
    if let Some(t) = s
        .call
        .speech
        .iter()
        .find(|t| t.has(ActKind::OfferAlternative) && !s.call.verified_before(t.n))
    {
        s.apply(RuleId::VSafeRoute, t.n, Detail::None);
    }
}

/// A sensitive action on a verified caller is good practice; on an unverified one, critical.
fn actions(s: &mut Scorer) {
    for a in s.call.actions.iter().filter(|a| a.sensitive) {
        let detail = Detail::Action {
            action: a.action.clone(),
            missing: a.missing.clone(),
        };
        let rule = if a.verified {
            RuleId::VVerifiedAction
        } else {
            RuleId::VUnverifiedAction
        };
        s.apply(rule, a.n, detail);
    }
}
