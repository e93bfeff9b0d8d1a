//! Understanding a line: the first byte picks the language, the rest is the line.
#![no_main]

use deskdrill::lang::Lang;
use deskdrill::understanding::{self, Lexicon};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn lexicons() -> &'static Vec<Lexicon> {
    static LEXICONS: OnceLock<Vec<Lexicon>> = OnceLock::new();
    LEXICONS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|&lang| Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap())
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, line)) = data.split_first() else {
        return;
    };
    let lexicons = lexicons();
    let line = String::from_utf8_lossy(line);
    let _ = lexicons[pick as usize % lexicons.len()].understand(&line);
});
