//! Files: workspace JSON (versioned, migrated on load, atomic saves with a `.bak`), the
//! careful file-system layer under it, and CSV interchange.

pub mod csv;
pub mod fs;
pub mod json;

pub use fs::SaveError;
pub use json::{LoadError, load, save};
