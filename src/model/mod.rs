//! The data a workshop produces and the figures computed from it. Plain Rust: no UI,
//! no files. Types only hold valid values; everything here is unit-tested.

pub mod demo;
pub mod ids;
pub mod instrument;
pub mod plots;
pub mod score;
pub mod stats;
pub mod workspace;

pub use ids::{AreaId, MinistryId, RoundId};
pub use instrument::Instrument;
pub use score::{Answer, AreaScore, Level, VoteTally};
pub use workspace::{Ministry, ModelError, Participation, Round, Workspace};
