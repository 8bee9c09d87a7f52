//! CODI Workshop: run scoring workshops with the ISPA Core Diagnostic Instrument.
//!
//! Layers, top to bottom: `ui` (the window) and `cli` (the command line) send edits to
//! `session` (the document, undo, autosave, live state), which applies them to `model`
//! (plain data and figures). `storage` reads and writes files, `report` makes PDFs, and
//! `look` holds the colours and `fonts` the fonts that both the screen and the PDF use. See ARCHITECTURE.md.

pub mod cli;
pub use codi_look as look;
pub use codi_look::fonts;
pub use codi_look::qr;
pub use codi_model as model;
pub use codi_report as report;
pub use codi_server as server;
pub use codi_session as session;
pub use codi_storage as storage;
pub mod ui;
