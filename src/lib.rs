//! CODI Workshop: run scoring workshops with the ISPA Core Diagnostic Instrument.
//!
//! Layers, top to bottom: `ui` (the window) and `cli` (the command line) send edits to
//! `session` (the document, undo, autosave, live state), which applies them to `model`
//! (plain data and figures). `storage` reads and writes files, `report` makes PDFs, and
//! `look` holds the colours and `fonts` the fonts that both the screen and the PDF use. See ARCHITECTURE.md.

pub mod cli;
pub mod fonts;
pub mod look;
pub mod model;
pub mod qr;
pub mod report;
pub mod server;
pub mod session;
pub mod storage;
pub mod ui;
