//! The screens: the workspace (rounds, ministries and how far each is scored), the
//! scoring session, the results views, and the table-scoring dashboard. Each reads the session and pushes commands.

pub mod results;
pub mod scoring;
pub mod tables;
pub mod workspace;
