//! The app's files: opening, choosing a file (a native dialog, or the test queue),
//! the autosave of never-saved workspaces, recent files and recovery.

use std::path::{Path, PathBuf};

use super::app::App;
use super::command::Screen;
use super::screens::scoring::ScoringView;
use crate::session::export::Outcome;
use crate::session::{Document, Target};
use crate::storage::json;

const MAX_RECENT: usize = 8;

impl App {
    pub(super) fn new_autosave_path(&self) -> PathBuf {
        let stamp = jiff::Timestamp::now().strftime("%Y%m%d-%H%M%S").to_string();
        let dir = self.data_dir.clone().unwrap_or_else(std::env::temp_dir);
        let mut path = dir.join(format!("unsaved-{stamp}{}", json::EXTENSION));
        let mut k = 2;
        while path.exists() {
            path = dir.join(format!("unsaved-{stamp}-{k}{}", json::EXTENSION));
            k += 1;
        }
        path
    }

    /// Never-saved workspaces left in the data folder by earlier runs, newest first.
    pub(super) fn find_unsaved(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.data_dir else {
            return Vec::new();
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let current = self.session.lock().doc.target().path().to_owned();
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                name.starts_with("unsaved-") && name.ends_with(json::EXTENSION)
            })
            .filter(|p| *p != current)
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        found.into_iter().map(|(_, p)| p).collect()
    }

    /// Open a workspace file, saving the current one first.
    pub(super) fn open(&mut self, path: &Path) -> Result<(), String> {
        let ws = json::load(path).map_err(|e| e.to_string())?;
        self.leave_document()?;
        self.switch_to(Document::new(ws, Target::File(path.to_owned())));
        self.remember(path);
        Ok(())
    }

    /// Show another document from the workspace screen.
    pub(super) fn switch_to(&mut self, doc: Document) {
        self.session.lock().replace_document(doc);
        self.screen = Screen::Workspace;
        self.scoring_view = ScoringView::with_minutes(self.scoring_view.minutes);
        self.results_view.forget_data();
    }

    /// Make sure the current document is on disk before replacing it.
    pub(super) fn leave_document(&mut self) -> Result<(), String> {
        self.session
            .flush()
            .map_err(|e| format!("The current workspace could not be saved, so it stays open: {e}"))
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// A path from the test queue, or from a native dialog.
    pub(super) fn pick(
        &mut self,
        save: bool,
        title: &str,
        filter: (&str, &[&str]),
        default_name: &str,
    ) -> Option<PathBuf> {
        if !self.dialog_answers.is_empty() {
            return Some(self.dialog_answers.remove(0));
        }
        let dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(filter.0, filter.1);
        if save {
            dialog.set_file_name(default_name).save_file()
        } else {
            dialog.pick_file()
        }
    }

    /// Wait for a PDF export in progress and report it (tests).
    pub fn finish_pdf(&mut self) {
        if let Some(job) = self.pdf_job.take() {
            let outcome = job.wait();
            self.pdf_done(outcome);
        }
    }

    pub(super) fn pdf_done(&mut self, outcome: Outcome) {
        match outcome {
            Ok((path, pages, warnings)) => {
                let mut text = format!("Saved the PDF ({pages} pages) to {}.", path.display());
                for w in warnings {
                    text.push_str(&format!(" Note: {w}"));
                }
                self.info(text);
            }
            Err(e) => self.error(format!("The PDF was not made: {e}")),
        }
    }
}
