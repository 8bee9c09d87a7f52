//! The screens: the workspace (rounds, ministries and how far each is scored), the
//! scoring session, and the results views. Each reads the session and pushes commands.

pub mod results;
pub mod scoring;
pub mod workspace;
