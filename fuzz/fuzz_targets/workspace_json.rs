//! The workspace loader on arbitrary bytes: it may refuse them, never panic, and what
//! it accepts must save and load back unchanged.
#![no_main]

use std::path::Path;

use codi_workshop::storage::json;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(ws) = json::from_bytes(data, Path::new("fuzz.codi.json")) {
        let again = json::from_bytes(&json::to_bytes(&ws), Path::new("again.codi.json"))
            .expect("a loaded workspace saves to a loadable file");
        assert_eq!(again, ws);
    }
});
