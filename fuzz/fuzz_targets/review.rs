//! Reading a saved call for review: a result or a journal, checked, and a result re-scored
//! against its scenario when the library has it.
#![no_main]

use deskdrill::saved::{self, Saved};
use deskdrill::scenario::Library;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(Saved::Result(r)) = saved::parse(text, "fuzz.json")
        && let Ok(s) = Library::default().find_id(&r.scenario.id)
    {
        let _ = saved::verify(&r, &s, "fuzz.json");
    }
});
