//! The scenario's self-tests: scripted calls with the result they must give.

use super::{Checker, did_you_mean};
use crate::lang::Lang;
use crate::rules::RuleId;
use crate::scenario::model::{Expect, SelfTest};
use crate::scenario::raw::{RawExpect, RawScenario};
use crate::trainee::Address;

impl Checker {
    pub(super) fn self_tests(&mut self, raw: &RawScenario) -> Vec<SelfTest> {
        let mut tests = Vec::new();
        for (i, t) in raw.tests.iter().enumerate() {
            let path = format!("tests[{i}]");
            let lang = Lang::from_code(&t.lang)
                .filter(|l| self.langs.contains(l))
                .unwrap_or_else(|| {
                    let message = super::unknown_lang(&t.lang, &self.langs);
                    self.at(format!("{path}.lang"), message);
                    Lang::En
                });
            let address = match t.address.as_deref() {
                None | Some("none") => Address::None,
                Some("sir") => Address::Sir,
                Some("madam") => Address::Madam,
                Some(other) => {
                    self.at(
                        format!("{path}.address"),
                        format!(
                            "unknown form of address '{other}': use \"sir\", \"madam\" or \"none\""
                        ),
                    );
                    Address::None
                }
            };
            tests.push(SelfTest {
                name: t.name.clone(),
                lang,
                seed: t.seed,
                address,
                script: t.script.clone(),
                expect: self.expect(&format!("{path}.expect"), &t.expect),
            });
        }
        tests
    }

    fn expect(&mut self, path: &str, e: &RawExpect) -> Expect {
        let outcome = e
            .outcome
            .as_ref()
            .and_then(|o| self.outcome(format!("{path}.outcome"), o));
        for (name, range) in [
            ("total", e.total),
            ("verification", e.verification),
            ("deescalation", e.deescalation),
            ("resolution", e.resolution),
            ("professionalism", e.professionalism),
        ] {
            if let Some([lo, hi]) = range
                && (lo > hi || hi > 100)
            {
                self.at(
                    format!("{path}.{name}"),
                    "expected [low, high] with low <= high <= 100",
                );
            }
        }
        let critical = e
            .critical
            .as_ref()
            .map(|list| self.rule_ids(&format!("{path}.critical"), list));
        let rules = self.rule_ids(&format!("{path}.rules"), &e.rules);
        Expect {
            passed: e.passed,
            outcome,
            total: e.total,
            verification: e.verification,
            deescalation: e.deescalation,
            resolution: e.resolution,
            professionalism: e.professionalism,
            critical,
            rules,
        }
    }

    fn rule_ids(&mut self, path: &str, ids: &[String]) -> Vec<RuleId> {
        let mut out = Vec::new();
        for (j, id) in ids.iter().enumerate() {
            match RuleId::from_id(id) {
                Some(r) => out.push(r),
                None => self.at(
                    format!("{path}[{j}]"),
                    format!(
                        "unknown rule '{id}'{}",
                        did_you_mean(id, RuleId::ALL.iter().map(|r| r.as_str()))
                    ),
                ),
            }
        }
        out
    }
}
