//! The CSV importer on arbitrary bytes, into a new workspace and into the demo: it may
//! refuse them, never panic; what it plans applies as one edit that undoes exactly.
#![no_main]

use std::path::Path;

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Instrument, Workspace};
use codi_workshop::storage::csv;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for ws in [Workspace::new("fuzz", Instrument::codi()), demo_workspace()] {
        let Ok(plan) = csv::read_bytes(data, Path::new("fuzz.csv"), &ws) else {
            continue;
        };
        let (edit, _) = plan.edit(&ws);
        let mut changed = ws.clone();
        if let Ok(applied) = edit.apply(&mut changed, None) {
            applied.inverse.apply(&mut changed, None).expect("the inverse applies");
            assert_eq!(changed, ws, "undo restores the workspace");
        }
    }
});
