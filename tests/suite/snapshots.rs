//! Snapshots of what a trainer shows a class: the debrief and the review, in both languages.
//! Colour is off; time fields are fixed, so the snapshots depend only on scenario, seed and script.

use deskdrill::lang::Lang;
use deskdrill::report;
use deskdrill::scenario::{self, Scenario};
use deskdrill::selftest;
use deskdrill::understanding::{self, Lexicon};
use std::sync::Arc;

fn shipped(id: &str) -> Arc<Scenario> {
    let (name, text) = scenario::SHIPPED
        .iter()
        .find(|(n, _)| n.starts_with(id))
        .unwrap();
    Arc::new(scenario::load_str(text, name).unwrap())
}

fn call(id: &str, lang: Lang, test_index: usize) -> (deskdrill::result::CallResult, Arc<Scenario>) {
    colored::control::set_override(false);
    let s = shipped(id);
    let lexicon = Arc::new(
        Lexicon::compile(
            &understanding::builtin(lang).unwrap(),
            &[s.understanding.get(&lang).unwrap()],
        )
        .unwrap(),
    );
    let t = s
        .tests
        .iter()
        .filter(|t| t.lang == lang)
        .nth(test_index)
        .unwrap()
        .clone();
    (selftest::play(&s, lexicon, lang, t.seed, &t.script), s)
}

#[test]
fn debrief_of_story_one_in_english() {
    let (r, _) = call("impostor-reset", Lang::En, 2);
    insta::assert_snapshot!(report::debrief(&r, Lang::En));
}

#[test]
fn debrief_of_story_one_in_dutch() {
    let (r, _) = call("impostor-reset", Lang::Nl, 2);
    insta::assert_snapshot!(report::debrief(&r, Lang::Nl));
}

#[test]
fn review_of_the_careful_care_worker_call_in_english() {
    let (r, s) = call("nervous-care-worker", Lang::En, 0);
    insta::assert_snapshot!(report::review(&r, &s.caller.name));
}

#[test]
fn review_of_the_delivery_column_in_dutch() {
    let (r, s) = call("delivery-dispute", Lang::Nl, 1);
    insta::assert_snapshot!(report::review(&r, &s.caller.name));
}

#[test]
fn every_rule_message_in_both_languages() {
    let s = shipped("impostor-reset");
    for lang in Lang::ALL {
        insta::assert_snapshot!(
            format!("rule_catalogue_{lang}"),
            report::rule_catalogue(&s, lang)
        );
    }
}
