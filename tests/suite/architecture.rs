//! The shape ARCHITECTURE.md promises, checked: module imports form no cycle, no source file
//! passes 600 lines and no function 150.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn all_sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("a readable source file");
            (p.display().to_string(), text)
        })
        .collect()
}

/// The top-level module a file belongs to (`src/call/state.rs` → `call`).
fn top_module(path: &str) -> String {
    let rel = path.trim_start_matches("src/");
    rel.split('/')
        .next()
        .unwrap_or(rel)
        .trim_end_matches(".rs")
        .to_string()
}

#[test]
fn module_imports_form_no_cycle() {
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in all_sources() {
        let module = top_module(&path);
        if module == "lib" || module == "main" {
            continue;
        }
        let entry = deps.entry(module.clone()).or_default();
        for part in text.split("crate::").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() && name != module {
                entry.insert(name);
            }
        }
    }
    // Depth-first search for a path back to the start.
    fn reaches(
        deps: &BTreeMap<String, BTreeSet<String>>,
        from: &str,
        to: &str,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for d in deps.get(from).into_iter().flatten() {
            if d == to || (seen.insert(d.clone()) && reaches(deps, d, to, seen)) {
                return true;
            }
        }
        false
    }
    for module in deps.keys() {
        assert!(
            !reaches(&deps, module, module, &mut BTreeSet::new()),
            "module '{module}' imports itself through others: {deps:#?}"
        );
    }
    assert!(
        !deps["scenario"].contains("scoring"),
        "the loader must not depend on the scorer"
    );
}

#[test]
fn no_file_over_600_lines_and_no_function_over_150() {
    for (path, text) in all_sources() {
        let lines: Vec<&str> = text.lines().collect();
        let code_lines = lines
            .iter()
            .position(|l| l.trim() == "#[cfg(test)]")
            .unwrap_or(lines.len());
        assert!(code_lines <= 600, "{path} has {code_lines} lines of code");
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "pub(super) fn ",
                "const fn ",
            ]
            .iter()
            .any(|p| trimmed.starts_with(p));
            if !is_fn || trimmed.ends_with(';') {
                continue;
            }
            let close = format!("{}}}", " ".repeat(indent));
            if let Some(len) = lines[i..].iter().position(|l| *l == close) {
                assert!(len <= 150, "{path}:{}: a function of {len} lines", i + 1);
            }
        }
    }
}
