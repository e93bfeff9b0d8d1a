//! Trains the act classifier on the shipped training corpus (`tests/corpus/`) and stores it
//! where `src/understanding/mod.rs` includes it. Runs again only when the corpus or the
//! classifier's code changes; the same corpus always gives the same model.

#[path = "src/understanding/features.rs"]
#[allow(dead_code)]
mod features;
#[path = "src/understanding/fold.rs"]
mod fold;
#[path = "src/understanding/line_features.rs"]
#[allow(dead_code)]
mod line_features;
#[path = "src/understanding/logistic.rs"]
#[allow(dead_code)]
mod logistic;
#[path = "src/understanding/text.rs"]
#[allow(dead_code)]
mod text;
#[path = "src/understanding/train.rs"]
mod train;
#[path = "src/understanding/weights.rs"]
#[allow(dead_code)]
mod weights;

use std::path::Path;

/// The data files the binary embeds must at least be JSON: a broken one would otherwise only
/// show at run time, as an empty phrase list or a missing string. The loaders check the rest.
fn check_embedded_json() {
    let mut files = Vec::new();
    for dir in ["lexicon", "i18n", "scenarios"] {
        println!("cargo:rerun-if-changed={dir}");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .filter_map(|e| e.ok())
            .map(|e| e.path().display().to_string())
            .filter(|p| p.ends_with(".json"))
            .collect();
        names.sort();
        files.extend(names);
    }
    for file in files {
        println!("cargo:rerun-if-changed={file}");
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        if let Err(e) = serde_json::from_str::<serde_json::Value>(&text) {
            panic!("{file}:{}:{}: not valid JSON: {e}", e.line(), e.column());
        }
    }
}

fn main() {
    for path in [
        "src/understanding/features.rs",
        "src/understanding/fold.rs",
        "src/understanding/logistic.rs",
        "src/understanding/train.rs",
        "src/understanding/line_features.rs",
        "src/understanding/text.rs",
        "src/understanding/weights.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    check_embedded_json();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for lang in ["en", "nl"] {
        let mut lines: Vec<(String, Vec<String>)> = Vec::new();
        for file in [
            format!("tests/corpus/{lang}.jsonl"),
            format!("tests/corpus/train/{lang}.jsonl"),
        ] {
            println!("cargo:rerun-if-changed={file}");
            read_labelled(&file, &mut lines);
        }
        let folded = fold_in_sets(lang, &lines, &out);
        read_labelled(&folded, &mut lines);
        store_index_features(lang, &lines, &out);
        let mut acts: Vec<String> = lines.iter().flat_map(|(_, a)| a.clone()).collect();
        acts.sort();
        acts.dedup();
        let samples: Vec<train::Sample> = lines
            .iter()
            .map(|(text, labels)| train::Sample {
                features: features::hashes(text),
                acts: labels
                    .iter()
                    .filter_map(|l| acts.iter().position(|a| a == l))
                    .collect(),
            })
            .collect();
        let model = logistic::Model::train(acts, &samples);
        std::fs::write(
            Path::new(&out).join(format!("classifier-{lang}.bin")),
            model.to_bytes(),
        )
        .expect("the build directory is writable");
    }
}

/// Adds a JSON Lines file's labelled lines: the text and its acts (`acts`, or an evaluation
/// set's `expect`), without the fact of an identity ask.
fn read_labelled(file: &str, lines: &mut Vec<(String, Vec<String>)>) {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    for (no, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", no + 1));
        let acts = value.get("acts").or_else(|| value.get("expect"));
        let acts = acts
            .and_then(|a| a.as_array())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        lines.push((
            value["text"].as_str().unwrap_or_default().to_string(),
            acts.iter()
                .filter_map(|a| a.as_str())
                // Which fact is asked stays with the rules: the classifier learns acts.
                .filter(|a| !a.contains(':'))
                .map(String::from)
                .collect(),
        ));
    }
}

/// The lines of the evaluation sets named in `tests/corpus/folded.txt` that are not already
/// `shipped` (the corpus), written to one file in the build directory: measured sets that
/// became training material. Returns the file's path.
fn fold_in_sets(lang: &str, shipped: &[(String, Vec<String>)], out: &str) -> String {
    let list = "tests/corpus/folded.txt";
    println!("cargo:rerun-if-changed={list}");
    let names = std::fs::read_to_string(list).unwrap_or_else(|e| panic!("{list}: {e}"));
    let key = |text: &str| -> String {
        let lower = text.to_lowercase();
        let words = lower.split(|c: char| !c.is_ascii_alphanumeric());
        words
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut seen: std::collections::HashSet<String> =
        shipped.iter().map(|(text, _)| key(text)).collect();
    let mut folded = String::new();
    let sets = names
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    for set in sets {
        let dir = format!("tests/eval/understanding/{set}");
        assert!(Path::new(&dir).is_dir(), "{list}: no set {dir}");
        let file = format!("{dir}/{lang}.jsonl");
        println!("cargo:rerun-if-changed={file}");
        // A set written in one language only teaches that language.
        if !Path::new(&file).exists() {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (no, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let mut value: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", no + 1));
            if !seen.insert(key(value["text"].as_str().unwrap_or_default())) {
                continue;
            }
            value["source"] = serde_json::Value::String(format!("{set}/{lang}:{}", no + 1));
            folded.push_str(&value.to_string());
            folded.push('\n');
        }
    }
    let path = Path::new(out).join(format!("folded-{lang}.jsonl"));
    std::fs::write(&path, folded).expect("the build directory is writable");
    path.display().to_string()
}

/// Reads the nearest-lines index's features of every shipped line, as a start would, and stores
/// them with the fingerprint of the reading (`src/understanding/line_features.rs`), and the
/// index's weights worked out from them (`src/understanding/weights.rs`).
fn store_index_features(lang: &str, lines: &[(String, Vec<String>)], out: &str) {
    let file = format!("lexicon/{lang}.json");
    println!("cargo:rerun-if-changed={file}");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    let lexicon: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let negators: Vec<String> = lexicon["scope"]["negators"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .filter_map(|n| n.as_str())
        .map(fold::fold)
        .filter(|n| !n.contains(' '))
        .collect();
    let contractions: std::collections::HashMap<String, Vec<String>> = lexicon["contractions"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(from, to)| {
            let words = to.as_str().unwrap_or_default().split_whitespace();
            (fold::fold(from), words.map(str::to_string).collect())
        })
        .collect();
    let reading = line_features::Reading {
        negators: &negators,
        contractions: &contractions,
    };
    let features: Vec<_> = lines.iter().map(|(t, _)| reading.features(t)).collect();
    let fingerprint = reading.fingerprint(lines.iter().map(|(t, _)| t.as_str()));
    std::fs::write(
        Path::new(out).join(format!("index-{lang}.bin")),
        line_features::to_bytes(fingerprint, &features),
    )
    .expect("the build directory is writable");
    std::fs::write(
        Path::new(out).join(format!("weights-{lang}.bin")),
        weights::Weights::of(&features).to_bytes(fingerprint, lines.len()),
    )
    .expect("the build directory is writable");
}
