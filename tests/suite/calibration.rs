//! deskdrill held to trainers' judgements: scripts written, scored, passed/failed and ranked by
//! trainers before deskdrill ever ran them (`tests/eval/judgement/*`, see its README). The bars
//! sit a little under the figures measured; a change that lowers them fails here.

use crate::util::*;
use serde_json::Value;

struct Agreement {
    scripts: usize,
    pass_fail: usize,
    pairs: usize,
    ordered: usize,
    within_15: usize,
}

fn agreement(set: &str, lang: &str) -> Agreement {
    let dir = format!("tests/eval/judgement/{set}/{lang}");
    let judged: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/judgements.json")).unwrap())
            .unwrap();
    let rows: Vec<(Value, Value)> = judged
        .into_iter()
        .map(|j| {
            let script =
                std::fs::read_to_string(format!("{dir}/{}", j["script"].as_str().unwrap()))
                    .unwrap();
            let r = play(j["scenario"].as_str().unwrap(), lang, 1, &script);
            (j, r)
        })
        .collect();
    let total = |r: &Value| r["score"]["total"].as_i64().unwrap();
    let mut a = Agreement {
        scripts: rows.len(),
        pass_fail: rows
            .iter()
            .filter(|(j, r)| j["passed"] == r["passed"])
            .count(),
        pairs: 0,
        ordered: 0,
        within_15: rows
            .iter()
            .filter(|(j, r)| (j["score"].as_i64().unwrap() - total(r)).abs() <= 15)
            .count(),
    };
    for (i, (ja, ra)) in rows.iter().enumerate() {
        for (jb, rb) in &rows[i + 1..] {
            if ja["scenario"] != jb["scenario"] {
                continue;
            }
            a.pairs += 1;
            let trainer_a_better = ja["rank"].as_i64() < jb["rank"].as_i64();
            let ours = total(ra).cmp(&total(rb));
            if ours != std::cmp::Ordering::Equal
                && trainer_a_better == (ours == std::cmp::Ordering::Greater)
            {
                a.ordered += 1;
            }
        }
    }
    a
}

/// (set, language, pass/fail agreements, pairs ordered as the trainer, within 15 points) —
/// each a little under what was measured (see tests/eval/judgement/README.md).
const BARS: [(&str, &str, usize, usize, usize); 142] = [
    ("2026-12-01", "en", 21, 60, 20),
    ("2026-12-01", "nl", 19, 59, 20),
    ("2026-12-01b", "en", 21, 57, 20),
    ("2026-12-01b", "nl", 21, 57, 18),
    ("2026-12-01c", "en", 19, 59, 19),
    ("2026-12-01c", "nl", 17, 58, 16),
    ("2026-12-01d", "en", 21, 59, 19),
    ("2026-12-01d", "nl", 20, 59, 21),
    ("2026-12-01e", "en", 19, 54, 17),
    ("2026-12-01e", "nl", 19, 57, 19),
    ("2026-12-01f", "en", 26, 76, 21),
    ("2026-12-01f", "nl", 26, 79, 24),
    ("2026-12-01g", "en", 26, 79, 24),
    ("2026-12-01g", "nl", 27, 76, 24),
    ("2026-12-01h", "en", 27, 78, 25),
    ("2026-12-01h", "nl", 25, 75, 21),
    ("2026-12-01i", "en", 26, 65, 20),
    ("2026-12-01i", "nl", 25, 76, 23),
    ("2026-12-01j", "en", 26, 76, 25),
    ("2026-12-01j", "nl", 25, 77, 24),
    ("2026-12-01k", "en", 26, 72, 22),
    ("2026-12-01k", "nl", 23, 78, 23),
    ("2026-12-01l", "en", 28, 80, 24),
    ("2026-12-01l", "nl", 26, 76, 25),
    ("2026-12-01m", "en", 28, 79, 25),
    ("2026-12-01m", "nl", 26, 81, 26),
    ("2026-12-02n", "en", 25, 76, 22),
    ("2026-12-02n", "nl", 25, 74, 22),
    ("2026-12-02o", "en", 26, 77, 25),
    ("2026-12-02o", "nl", 25, 76, 25),
    ("2026-12-02p", "en", 25, 80, 23),
    ("2026-12-02p", "nl", 28, 78, 23),
    ("2026-12-02q", "en", 13, 38, 13),
    ("2026-12-02q", "nl", 11, 39, 13),
    ("2026-12-02r", "en", 41, 115, 38),
    ("2026-12-02r", "nl", 39, 106, 35),
    ("2026-12-02s", "en", 39, 117, 38),
    ("2026-12-02s", "nl", 39, 111, 34),
    ("2026-12-02u", "en", 40, 116, 38),
    ("2026-12-02u", "nl", 40, 111, 36),
    ("2026-12-02v", "en", 40, 112, 36),
    ("2026-12-02v", "nl", 35, 114, 37),
    ("2026-12-02w", "en", 40, 111, 32),
    ("2026-12-02w", "nl", 36, 110, 39),
    ("2026-12-03x", "en", 24, 76, 21),
    ("2026-12-03x", "nl", 24, 75, 20),
    ("2026-12-03y", "en", 22, 63, 18),
    ("2026-12-03y", "nl", 23, 71, 21),
    ("2026-12-03z", "en", 27, 75, 24),
    ("2026-12-03z", "nl", 27, 72, 24),
    ("2026-12-03aa", "en", 25, 77, 22),
    ("2026-12-03aa", "nl", 25, 72, 24),
    ("2026-12-03ab", "en", 26, 75, 23),
    ("2026-12-03ab", "nl", 26, 73, 21),
    ("2026-12-03ac", "en", 26, 74, 22),
    ("2026-12-03ac", "nl", 27, 75, 22),
    ("2026-12-03ad", "en", 26, 77, 25),
    ("2026-12-03ad", "nl", 27, 72, 20),
    ("2026-12-03ae", "en", 28, 76, 21),
    ("2026-12-03ae", "nl", 25, 74, 21),
    ("2026-12-03af", "en", 28, 72, 17),
    ("2026-12-03af", "nl", 27, 71, 20),
    ("2026-12-03ag", "en", 26, 72, 19),
    ("2026-12-03ag", "nl", 26, 72, 23),
    ("2026-12-03ah", "en", 25, 70, 22),
    ("2026-12-03ah", "nl", 25, 74, 22),
    ("2026-12-03ai", "en", 27, 76, 23),
    ("2026-12-03ai", "nl", 25, 64, 20),
    ("2026-12-03aj", "en", 25, 76, 20),
    ("2026-12-03aj", "nl", 24, 71, 23),
    ("2026-12-03ak", "en", 26, 65, 18),
    ("2026-12-03ak", "nl", 26, 73, 21),
    ("2026-12-03al", "en", 26, 72, 24),
    ("2026-12-03al", "nl", 25, 70, 20),
    ("2026-12-03am", "en", 26, 72, 23),
    ("2026-12-03am", "nl", 25, 75, 21),
    ("2026-12-03an", "en", 26, 75, 21),
    ("2026-12-03an", "nl", 26, 69, 21),
    ("2026-12-03ao", "en", 27, 70, 23),
    ("2026-12-03ao", "nl", 27, 72, 22),
    ("2026-12-03ap", "en", 25, 74, 18),
    ("2026-12-03ap", "nl", 26, 77, 23),
    ("2026-12-04ar", "en", 28, 78, 22),
    ("2026-12-04ar", "nl", 26, 76, 22),
    ("2026-12-04as", "en", 26, 75, 20),
    ("2026-12-04as", "nl", 25, 69, 20),
    ("2026-12-04aq", "en", 27, 74, 22),
    ("2026-12-04aq", "nl", 26, 67, 19),
    ("2026-12-04au", "en", 27, 73, 25),
    ("2026-12-04au", "nl", 27, 80, 24),
    ("2026-12-04av", "en", 26, 78, 22),
    ("2026-12-04av", "nl", 27, 73, 19),
    ("2026-12-04aw", "en", 25, 74, 24),
    ("2026-12-04aw", "nl", 23, 68, 20),
    ("2026-12-04at", "en", 24, 69, 20),
    ("2026-12-04at", "nl", 24, 74, 20),
    ("2026-12-04ax", "en", 27, 75, 21),
    ("2026-12-04ax", "nl", 25, 79, 25),
    ("2026-12-04ay", "en", 24, 72, 23),
    ("2026-12-04ay", "nl", 27, 71, 22),
    ("2026-12-04az", "en", 25, 74, 24),
    ("2026-12-04az", "nl", 25, 67, 22),
    ("2026-12-04ba", "en", 26, 75, 26),
    ("2026-12-04ba", "nl", 27, 79, 23),
    ("2026-12-04bb", "en", 25, 70, 22),
    ("2026-12-04bb", "nl", 27, 73, 21),
    ("2026-12-04bc", "en", 27, 73, 20),
    ("2026-12-04bc", "nl", 25, 77, 23),
    ("2026-12-04bd", "en", 25, 71, 24),
    ("2026-12-04bd", "nl", 24, 80, 24),
    ("2026-12-05be", "en", 27, 79, 23),
    ("2026-12-05be", "nl", 27, 78, 23),
    ("2026-12-05bf", "en", 25, 66, 20),
    ("2026-12-05bf", "nl", 27, 73, 23),
    ("2026-12-05bg", "en", 27, 76, 24),
    ("2026-12-05bg", "nl", 25, 76, 22),
    ("2026-12-05bh", "en", 26, 80, 22),
    ("2026-12-05bh", "nl", 23, 71, 18),
    ("2026-12-05bi", "en", 28, 75, 23),
    ("2026-12-05bi", "nl", 27, 77, 25),
    ("2026-12-05bj", "en", 25, 72, 23),
    ("2026-12-05bj", "nl", 26, 78, 25),
    ("2026-12-05bk", "en", 26, 76, 24),
    ("2026-12-05bk", "nl", 26, 76, 25),
    ("2026-12-05bl", "en", 27, 77, 24),
    ("2026-12-05bl", "nl", 24, 77, 22),
    ("2026-12-05bm", "en", 26, 77, 24),
    ("2026-12-05bm", "nl", 27, 75, 24),
    ("2026-12-05bn", "en", 25, 78, 23),
    ("2026-12-05bn", "nl", 25, 72, 21),
    ("2026-12-05bo", "en", 27, 74, 22),
    ("2026-12-05bo", "nl", 27, 79, 23),
    ("2026-12-05bp", "en", 28, 75, 21),
    ("2026-12-05bp", "nl", 28, 77, 27),
    ("2026-12-05bq", "en", 28, 70, 20),
    ("2026-12-05bq", "nl", 25, 81, 25),
    ("2026-12-05br", "en", 26, 77, 22),
    ("2026-12-05br", "nl", 26, 75, 24),
    ("2026-12-05bs", "en", 27, 77, 26),
    ("2026-12-05bs", "nl", 27, 71, 23),
    ("2026-12-05bt", "en", 24, 75, 20),
    ("2026-12-05bt", "nl", 26, 75, 23),
];

#[test]
fn deskdrill_agrees_with_trainers_at_least_as_well_as_measured() {
    for (set, lang, pass_fail, ordered, within) in BARS {
        let a = agreement(set, lang);
        let figures = format!(
            "{set}/{lang}: pass/fail {}/{}, pairs {}/{}, within 15 points {}/{}",
            a.pass_fail, a.scripts, a.ordered, a.pairs, a.within_15, a.scripts
        );
        assert!(a.pass_fail >= pass_fail, "{figures}");
        assert!(a.ordered >= ordered, "{figures}");
        assert!(a.within_15 >= within, "{figures}");
    }
}
