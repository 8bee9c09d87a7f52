//! The person's preferences for the window (theme, zoom, recent files, timer, language),
//! kept by eframe between runs. Never workshop data.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// UI preferences, kept by eframe between runs. Never workshop data.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Prefs {
    pub dark: bool,
    pub zoom: f32,
    pub recent: Vec<PathBuf>,
    /// Discussion time per area, in minutes.
    pub timer_minutes: u32,
    /// The interface language chosen in View › Language; `None`: the system's.
    pub language: Option<String>,
    /// Bangla with Latin digits rather than Bangla ones.
    pub latin_digits: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            dark: false,
            zoom: 1.0,
            recent: Vec::new(),
            timer_minutes: crate::ui::screens::scoring::DEFAULT_MINUTES,
            language: None,
            latin_digits: false,
        }
    }
}

pub const PREFS_KEY: &str = "codi-workshop-prefs";
