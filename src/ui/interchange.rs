//! Scores in and out of the app as files for spreadsheets: import from CSV or a workbook
//! (one undoable edit), export as CSV or as an `.xlsx` workbook, and the template a
//! table fills in without the app. The storage layer reads and writes; this says what
//! happened in the status line.

use std::path::{Path, PathBuf};

use super::app::App;
use super::command::Command;
use super::dialog::Then;
use crate::model::ids::slug;
use crate::session::Origin;
use crate::session::export::ExportKind;
use crate::session::import::ImportJob;
use crate::storage::csv::ImportPlan;
use crate::storage::{fs, workbook};

/// Files that import as scores (by extension): CSV, `.xlsx`, `.ods`.
pub fn is_scores_file(path: &Path) -> bool {
    workbook::is_workbook_path(path)
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

const SCORES_EXTENSIONS: &[&str] = &["csv", "xlsx", "ods"];

impl App {
    pub(super) fn import_scores(&mut self, path: Option<PathBuf>) {
        let (kind, title) = (
            self.tw("dialog-scores-kind", &[]),
            self.tw("dialog-import-scores", &[]),
        );
        let filter = (kind.as_str(), SCORES_EXTENSIONS);
        let Some(path) = self.given_or_open(path, &title, filter, |p| Command::Import(Some(p)))
        else {
            return;
        };
        if let Some(job) = &self.jobs.import {
            let reading = [("path", job.path.display().to_string().into())];
            return self.info(self.tw("msg-still-reading", &reading));
        }
        self.jobs.import = Some(ImportJob::start(self.workspace(), path));
    }

    /// Stop reading an import file: nothing of it is applied.
    pub(super) fn cancel_import(&mut self) {
        if let Some(job) = self.jobs.import.take() {
            job.cancel();
            let args = [("path", job.path.display().to_string().into())];
            self.info(self.tw("msg-import-cancelled", &args));
        }
    }

    /// Wait for an import being read and apply it (tests).
    pub fn finish_import(&mut self) {
        if let Some(job) = self.jobs.import.take() {
            let path = job.path.clone();
            self.import_read(path, job.wait());
        }
    }

    /// Called every frame: apply an import once its file has been read.
    pub(super) fn poll_import(&mut self) {
        let Some(read) = self.jobs.import.as_ref().and_then(ImportJob::poll) else {
            return;
        };
        if let Some(job) = self.jobs.import.take() {
            self.import_read(job.path, read);
        }
    }

    /// The file has been read: apply it as one undoable edit, or say why not.
    fn import_read(&mut self, path: PathBuf, read: Result<ImportPlan, String>) {
        let plan = match read {
            Ok(plan) => plan,
            Err(e) => {
                return self
                    .error(self.tw("msg-import-failed", &[("error", e.to_string().into())]));
            }
        };
        // Against the workspace as it is now: edits made while reading are kept.
        let ws = self.workspace();
        let (edit, summary) = plan.edit(&ws);
        let result = self.session.lock().apply(edit, Origin::Import);
        match result {
            Ok(_) => {
                let notes: Vec<String> = summary
                    .warnings
                    .iter()
                    .map(|w| self.tw("msg-import-note", &[("note", w.to_string().into())]))
                    .collect();
                let args = [
                    ("path", path.display().to_string().into()),
                    ("summary", summary.describe().into()),
                    ("notes", notes.join(" ").into()),
                ];
                let id = if notes.is_empty() {
                    "msg-imported"
                } else {
                    "msg-imported-notes"
                };
                self.info(self.tw(id, &args));
            }
            Err(e) => {
                let error = format!("{}: {e}", path.display());
                self.error(self.tw("msg-import-failed", &[("error", error.into())]))
            }
        }
    }

    /// Where an export goes: the picked path, unless it is the workspace itself.
    fn export_target(
        &mut self,
        path: Option<PathBuf>,
        then: Then,
        title: &str,
        (label, ext): (&str, &'static str),
    ) -> Option<PathBuf> {
        let name = {
            let st = self.session.lock();
            format!("{}.{ext}", slug(st.doc.workspace().title(), "scores"))
        };
        let exts = std::slice::from_ref(&ext);
        let path = path.or_else(|| self.pick_export(title, (label, exts), &name, then))?;
        let own = self.session.lock().doc.target().path().to_owned();
        if fs::same_file(&own, &path) {
            let args = [("path", path.display().to_string().into())];
            self.error(self.tw("msg-export-onto-workspace", &args));
            return None;
        }
        Some(path)
    }

    pub(super) fn export_csv(&mut self, path: Option<PathBuf>) {
        let title = self.tw("dialog-export-csv", &[]);
        let Some(path) = self.export_target(
            path,
            Box::new(|p| Command::ExportCsv(Some(p))),
            &title,
            ("CSV", "csv"),
        ) else {
            return;
        };
        self.start_export(ExportKind::Csv, path);
    }

    pub(super) fn export_xlsx(&mut self, path: Option<PathBuf>) {
        let (kind, title) = (
            self.tw("dialog-excel-kind", &[]),
            self.tw("dialog-export-xlsx", &[]),
        );
        let Some(path) = self.export_target(
            path,
            Box::new(|p| Command::ExportXlsx(Some(p))),
            &title,
            (kind.as_str(), "xlsx"),
        ) else {
            return;
        };
        self.start_export(ExportKind::Workbook, path);
    }

    pub(super) fn template(&mut self, round: String, path: Option<PathBuf>) {
        let (kind, title) = (
            self.tw("dialog-excel-kind", &[]),
            self.tw("dialog-save-template", &[]),
        );
        let Some(path) =
            self.export_target(path, template_then(&round), &title, (kind.as_str(), "xlsx"))
        else {
            return;
        };
        self.start_export(ExportKind::TableTemplate { round }, path);
    }
}

/// The template command again, for its chosen path.
fn template_then(round: &str) -> Then {
    let round = round.to_owned();
    Box::new(move |p| Command::Template(round, Some(p)))
}
