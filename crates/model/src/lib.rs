//! The data a workshop produces and the figures computed from it. Plain Rust: no UI,
//! no files. Types only hold valid values; everything here is unit-tested.
//!
//! `workspace` holds the data, `edit` the only way documents change it, `compare` the
//! rule for comparing rounds, `stats` and `plots` the figures both the screen and the
//! PDF show.

pub mod annex;
pub mod clock;
pub mod compare;
pub mod demo;
pub mod diff;
pub mod edit;
pub mod followup;
pub mod history;
pub mod ids;
pub mod instrument;
pub mod language;
pub mod merge;
pub mod plots;
pub mod quick_tally;
pub mod review;
pub mod score;
pub mod stats;
pub mod table;
pub mod translation;
pub mod unknown;
pub mod workspace;

pub use edit::{Applied, Change, Edit, TextField, VoteChange};
pub use followup::{Action, ActionStatus, Attendance, ChangeReason, ReasonKind};
pub use ids::{AreaId, MinistryId, RoundId, ScoreRef};
pub use instrument::Instrument;
pub use language::LanguageTag;
pub use score::{Answer, AreaScore, Level, TallyStats, VoteSource, VoteTally};
pub use table::{Proposal, Table};
pub use workspace::{Assessment, Ministry, ModelError, Participation, Round, Workspace};
