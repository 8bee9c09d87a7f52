//! CODI Workshop: run scoring workshops with the ISPA Core Diagnostic Instrument.
//!
//! `model` holds the data and statistics (no UI), `storage` the files, `report` the PDF
//! summaries, `ui` the window, and `cli` the command line. `main.rs` only calls [`cli::main`].

pub mod cli;
pub mod model;
pub mod report;
pub mod storage;
pub mod ui;
