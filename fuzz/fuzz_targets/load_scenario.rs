//! Scenario loading: any text gives a scenario or problems, never a panic, and quickly.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = deskdrill::scenario::load_str(text, "fuzz.json");
    }
});
