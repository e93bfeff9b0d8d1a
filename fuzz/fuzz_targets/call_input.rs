//! A call's input: the first byte picks scenario, language and seed; every further line is
//! typed into the call, which is then abandoned and scored.
#![no_main]

use deskdrill::call::{Call, Setup};
use deskdrill::lang::Lang;
use deskdrill::result::{self, Timing};
use deskdrill::scenario::{self, Scenario};
use deskdrill::understanding::{self, Lexicon};
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};

type Prepared = Vec<(Arc<Scenario>, Lang, Arc<Lexicon>)>;

fn prepared() -> &'static Prepared {
    static PREPARED: OnceLock<Prepared> = OnceLock::new();
    PREPARED.get_or_init(|| {
        let mut out = Vec::new();
        for (name, text) in scenario::SHIPPED {
            let s = Arc::new(scenario::load_str(text, name).unwrap());
            for &lang in &s.languages {
                let file = understanding::builtin(lang).unwrap();
                let ext = s.understanding.get(&lang).unwrap();
                let lexicon = Arc::new(Lexicon::compile(&file, &[ext]).unwrap());
                out.push((Arc::clone(&s), lang, lexicon));
            }
        }
        out
    })
}

// Compiling every scenario's lexicons takes seconds under the sanitizer: done once before
// fuzzing starts, so no input is charged for it (a first input timed out on it).
fuzz_target!(init: {
    prepared();
}, |data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let all = prepared();
    let (s, lang, lexicon) = &all[pick as usize % all.len()];
    let mut call = Call::new(Setup {
        scenario: Arc::clone(s),
        lexicon: Arc::clone(lexicon),
        lang: *lang,
        seed: u64::from(pick),
        trainee: "fuzz".into(),
    });
    for line in String::from_utf8_lossy(rest).lines() {
        let _ = call.input(line);
    }
    call.abandon();
    let timing = Timing {
        started_at: String::new(),
        duration_s: 0,
    };
    let _ = result::build(s, call.log(), &timing);
});
