//! The app's files: opening, choosing a file (a native dialog, or the test queue),
//! the autosave of never-saved workspaces, recent files and recovery.

use std::path::{Path, PathBuf};

use super::app::App;
use super::command::Screen;
use super::dialog::{Ask, Then};
use super::screens::scoring::ScoringView;
use crate::session::export::{ExportJob, ExportKind, Outcome};
use crate::session::{Document, Target, recovery};
use crate::storage::json;

const MAX_RECENT: usize = 8;

impl App {
    pub(super) fn new_autosave_path(&self) -> PathBuf {
        let dir = self.data_dir.clone().unwrap_or_else(std::env::temp_dir);
        let clock = self.session.lock().clock().clone();
        recovery::autosave_path(&dir, &clock)
    }

    /// Never-saved workspaces left in the data folder by earlier runs, newest first.
    pub(super) fn find_unsaved(&self) -> Vec<PathBuf> {
        let Some(dir) = &self.data_dir else {
            return Vec::new();
        };
        let current = self.session.lock().doc.target().path().to_owned();
        recovery::find_unsaved(dir, &current)
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
        // Phones and tables must never write into another workspace.
        self.stop_network();
        self.session.lock().replace_document(doc);
        self.screen = Screen::Workspace;
        self.scoring_view = ScoringView::with_minutes(self.scoring_view.minutes);
        self.results_view.forget_data();
    }

    /// Make sure the current document is on disk before replacing it.
    pub(super) fn leave_document(&mut self) -> Result<(), String> {
        match self.session.flush() {
            Ok(()) => Ok(()),
            Err(e) => Err(self.tw("msg-not-left", &[("error", e.to_string().into())])),
        }
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = crate::storage::fs::canonical(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| *p != path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(MAX_RECENT);
    }

    /// A path: from the test queue at once, or later from a dialog (`then` makes the
    /// command that receives it; `None` now).
    pub(super) fn pick(
        &mut self,
        save: bool,
        title: &str,
        filter: (&str, &[&str]),
        default_name: &str,
        then: Then,
    ) -> Option<PathBuf> {
        let ask = Ask {
            save,
            title,
            filter,
            default_name,
            export: false,
        };
        self.ask_path(ask, then)
    }

    /// `given`, or a file chosen in an Open dialog (`None` now; `then` finishes later).
    pub(super) fn given_or_open(
        &mut self,
        given: Option<PathBuf>,
        title: &str,
        filter: (&str, &[&str]),
        then: fn(PathBuf) -> super::command::Command,
    ) -> Option<PathBuf> {
        given.or_else(|| self.pick(false, title, filter, "", Box::new(then)))
    }

    /// Where to write an export: as [`App::pick`]; when no dialog can open, the default
    /// folder (asked first when a dialog was expected).
    pub(super) fn pick_export(
        &mut self,
        title: &str,
        filter: (&str, &[&str]),
        default_name: &str,
        then: Then,
    ) -> Option<PathBuf> {
        let ask = Ask {
            save: true,
            title,
            filter,
            default_name,
            export: true,
        };
        self.ask_path(ask, then)
    }

    /// A new file in the default export folder, made if need be.
    pub(super) fn export_fallback(&mut self, default_name: &str) -> Option<PathBuf> {
        let dir = self.export_folder();
        if let Err(e) = std::fs::create_dir_all(&dir) {
            let args = [
                ("path", dir.display().to_string().into()),
                ("error", e.to_string().into()),
            ];
            self.error(self.tw("msg-no-dialog-no-folder", &args));
            return None;
        }
        self.dialogs.fell_back = Some(dir.clone());
        Some(free_name(&dir, default_name))
    }

    /// Documents/CODI Workshop when there is a Documents folder, else the data folder.
    pub(super) fn export_folder(&self) -> PathBuf {
        if let Some(dir) = &self.dialogs.export_dir {
            return dir.clone();
        }
        let documents = directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(Path::to_path_buf))
            .filter(|d| d.is_dir());
        match (documents, &self.data_dir) {
            (Some(d), _) => d.join("CODI Workshop"),
            (None, Some(data)) => data.join("exports"),
            (None, None) => std::env::temp_dir().join("CODI Workshop"),
        }
    }

    /// The screenshot of a chart has arrived: write it and put the view back.
    pub(super) fn snapshot_done(
        &mut self,
        snap: &super::snapshot::Snapshot,
        image: Option<&egui::ColorImage>,
    ) {
        self.results_view.present = snap.was_presenting;
        self.results_view.capturing = false;
        let Some(image) = image else {
            self.dialogs.fell_back = None;
            return self.error(self.tw("msg-chart-no-picture", &[]));
        };
        let written = super::snapshot::encode_png(image).and_then(|png| {
            crate::storage::fs::write_atomic(&snap.path, &png).map_err(|e| e.to_string())
        });
        match written {
            Ok(()) => {
                let args = [
                    ("width", image.size[0].into()),
                    ("height", image.size[1].into()),
                    ("path", snap.path.display().to_string().into()),
                ];
                self.info(self.tw("msg-chart-saved", &args));
            }
            Err(e) => {
                self.dialogs.fell_back = None;
                self.error(self.tw("msg-chart-not-saved", &[("error", e.to_string().into())]));
            }
        }
    }

    /// Wait for an export in progress and report it (tests).
    pub fn finish_export(&mut self) {
        if let Some(job) = self.jobs.export.take() {
            let outcome = job.wait();
            self.export_done(outcome);
        }
    }

    pub(super) fn export_done(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Written(w) => {
                let path = w.path.display().to_string();
                let mut text = match w.pages {
                    Some(pages) => {
                        let args = [("pages", pages.into()), ("path", path.into())];
                        self.tw("msg-pdf-saved", &args)
                    }
                    None => {
                        let args = [("what", self.tw(w.what, &[]).into()), ("path", path.into())];
                        self.tw("msg-exported", &args)
                    }
                };
                for note in w.warnings {
                    let note = self.tw("msg-export-note", &[("note", note.to_string().into())]);
                    text.push_str(&format!(" {note}"));
                }
                self.info(text);
            }
            Outcome::Cancelled => {
                self.dialogs.fell_back = None;
                self.info(self.tw("msg-export-cancelled", &[]));
            }
            Outcome::Failed(e) => {
                self.dialogs.fell_back = None;
                self.error(self.tw("msg-export-failed", &[("error", e.to_string().into())]));
            }
        }
    }

    /// Start an export job unless one is running.
    pub(super) fn start_export(&mut self, kind: ExportKind, path: PathBuf) {
        if let Some(job) = &self.jobs.export {
            let what = self.tw(job.kind.what(), &[]);
            return self.info(self.tw("msg-still-making", &[("what", what.into())]));
        }
        let made = self.session.clock().zoned();
        let latin = self.prefs.latin_digits;
        self.jobs.export = Some(ExportJob::start_with_digits(
            self.workspace(),
            kind,
            path,
            made,
            latin,
        ));
    }

    /// Stop the export being made: nothing is written.
    pub(super) fn cancel_export(&mut self) {
        if let Some(job) = &self.jobs.export {
            job.cancel();
        }
    }
}

/// `name` in `dir`, or `name (2)`, `name (3)`… so nothing is overwritten.
pub(super) fn free_name(dir: &Path, name: &str) -> PathBuf {
    let first = dir.join(name);
    if !first.exists() {
        return first;
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) => (s, format!(".{e}")),
        None => (name, String::new()),
    };
    (2..)
        .map(|k| dir.join(format!("{stem} ({k}){ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

/// Show `dir` in the system's file manager.
pub(super) fn open_folder(dir: &Path) -> std::io::Result<()> {
    let program = if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(program)
        .arg(dir)
        .spawn()
        .map(|_| ())
}
