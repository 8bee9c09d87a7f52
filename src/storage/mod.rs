//! Files: workspace JSON (versioned, atomic saves with a `.bak`), and CSV interchange.

pub mod csv;
pub mod json;

pub use json::{LoadError, SaveError, load, save};
