//! The frozen unseen sets (`tests/eval/understanding`, see its README) may not fall under the
//! floors in `tests/eval/understanding/floors.tsv`. A line is exactly right when every expected
//! act is heard and no forbidden one. The sets were measured once unseen (first-time figures in
//! the README); most have since guided general fixes, so their floors guard against a fall.

use deskdrill::evaluate;
use deskdrill::lang::Lang;
use deskdrill::understanding::{self, Lexicon};

const DIR: &str = "tests/eval/understanding";

/// One row of the floors file.
struct Floor {
    set: String,
    lang: Lang,
    exact: f64,
    traps: f64,
}

fn floors() -> Vec<Floor> {
    let text = std::fs::read_to_string(format!("{DIR}/floors.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "floors.tsv: four fields per row, not {l:?}");
            Floor {
                set: f[0].to_string(),
                lang: f[1].parse().unwrap(),
                exact: f[2].parse().unwrap(),
                traps: f[3].parse().unwrap(),
            }
        })
        .collect()
}

#[test]
fn the_unseen_sets_are_heard_at_least_as_well_as_measured() {
    let floors = floors();
    for lang in [Lang::En, Lang::Nl] {
        let lexicon = Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap();
        for floor in floors.iter().filter(|f| f.lang == lang) {
            let path = format!("{DIR}/{}/{}.jsonl", floor.set, lang.code());
            let text = std::fs::read_to_string(&path).unwrap();
            let r = evaluate::evaluate(&lexicon, &text).unwrap();
            assert!(
                r.exact as f64 / r.total as f64 >= floor.exact
                    && r.traps_avoided as f64 / r.traps as f64 >= floor.traps,
                "{} {lang}: exact {}/{}, traps avoided {}/{}",
                floor.set,
                r.exact,
                r.total,
                r.traps_avoided,
                r.traps
            );
        }
    }
}

/// A set added to the folder without floors would guard nothing: every set's every language
/// has a row.
#[test]
fn every_unseen_set_has_its_floors() {
    let floors = floors();
    for entry in std::fs::read_dir(DIR).unwrap() {
        let path = entry.unwrap().path();
        if !path.is_dir() {
            continue;
        }
        let set = path.file_name().unwrap().to_string_lossy().to_string();
        for lang in [Lang::En, Lang::Nl] {
            if path.join(format!("{}.jsonl", lang.code())).exists() {
                assert!(
                    floors.iter().any(|f| f.set == set && f.lang == lang),
                    "{set} {lang} has no row in {DIR}/floors.tsv"
                );
            }
        }
    }
}
