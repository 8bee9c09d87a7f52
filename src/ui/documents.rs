//! The commands about files and documents: new, open, save as, instruments, recovery
//! files, conflicts and the PDF export. Imports and workbooks are in `interchange.rs`.

use super::app::App;
use super::command::{Command, ConflictChoice, PickedPath};
use crate::model::demo::demo_workspace;
use crate::model::{Edit, Instrument, Workspace};
use crate::session::export::{ExportKind, PdfKind};
use crate::session::{Document, Origin, recovery};
use crate::storage::json;

impl App {
    pub(super) fn new_workspace(&mut self) {
        self.new_document(Workspace::new("New workspace", Instrument::codi()), None);
        self.info(
            "New workspace. It is saved automatically; use File › Save as... to choose where.",
        );
    }

    pub(super) fn new_with_instrument(&mut self, path: PickedPath) {
        let filter = ("Instrument (JSON)", &["json"][..]);
        let Some(path) = self.given_or_open(path, "Choose an instrument file", filter, |p| {
            Command::NewWithInstrument(Some(p))
        }) else {
            return;
        };
        match json::load_instrument(&path) {
            Ok(inst) => {
                let note = format!(
                    "New workspace scored with {} (version {}).",
                    inst.title(),
                    inst.version()
                );
                self.new_document(Workspace::new("New workspace", inst), Some(note));
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    pub(super) fn open_demo(&mut self) {
        self.new_document(demo_workspace(), None);
    }

    pub(super) fn export_pdf(&mut self, kind: PdfKind, path: PickedPath) {
        let name = kind.default_name();
        let Some(path) = path.or_else(|| {
            self.pick_export("Export PDF", ("PDF", &["pdf"]), &name, {
                let again = kind.clone();
                Box::new(move |p| Command::ExportPdf(again, Some(p)))
            })
        }) else {
            return;
        };
        self.start_export(ExportKind::Pdf(kind), path);
    }

    /// A recovery file the user does not want: set aside, never deleted.
    pub(super) fn discard_unsaved(&mut self, path: std::path::PathBuf) {
        match recovery::set_aside(&path) {
            Ok(_) => self.recovery.retain(|p| *p != path),
            Err(e) => self.error(e),
        }
    }

    pub(super) fn new_document(&mut self, ws: Workspace, note: Option<String>) {
        if let Err(e) = self.leave_document() {
            return self.error(e);
        }
        let path = self.new_autosave_path();
        self.switch_to(Document::unsaved(ws, path));
        if let Some(note) = note {
            self.info(note);
        }
    }

    pub(super) fn open_command(&mut self, path: Option<std::path::PathBuf>) {
        let filter = ("CODI workspace", &["json"][..]);
        let Some(path) =
            self.given_or_open(path, "Open a workspace", filter, |p| Command::Open(Some(p)))
        else {
            return;
        };
        if super::interchange::is_scores_file(&path) {
            return self.import_scores(Some(path));
        }
        match self.open(&path) {
            Ok(()) => self.info(format!("Opened {}", path.display())),
            Err(e) => self.error(e),
        }
    }

    pub(super) fn save_as(&mut self, path: Option<std::path::PathBuf>) {
        let name = format!(
            "{}{}",
            crate::model::ids::slug(self.workspace().title(), "workspace"),
            json::EXTENSION
        );
        let filter = ("CODI workspace", &["json"][..]);
        let Some(mut path) = path.or_else(|| {
            self.pick(
                true,
                "Save the workspace as",
                filter,
                &name,
                Box::new(|p| Command::SaveAs(Some(p))),
            )
        }) else {
            return;
        };
        if !path.to_string_lossy().ends_with(".json") {
            path.set_file_name(format!(
                "{}{}",
                path.file_name().unwrap_or_default().to_string_lossy(),
                json::EXTENSION
            ));
        }
        if let Some(job) = &self.jobs.save_as {
            let to = job.path.display();
            return self.info(format!("Still saving to {to}; wait for it to finish."));
        }
        self.jobs.save_as = Some(self.session.start_save_as(path));
    }

    /// Save As has written its file to `path` (or not).
    pub(super) fn save_as_done(&mut self, path: &std::path::Path, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.remember(path);
                self.info(format!(
                    "Saved to {}. Changes are now saved there automatically.",
                    path.display()
                ));
            }
            Err(e) => self.error(e),
        }
    }

    /// Wait for a Save As being written and report it (tests, closing).
    pub fn finish_save_as(&mut self) {
        if let Some(job) = self.jobs.save_as.take() {
            let path = job.path.clone();
            let result = job.wait();
            self.save_as_done(&path, result);
        }
    }

    /// New rounds use another instrument version: a deliberate step, one undoable edit.
    /// Past rounds keep theirs and are never re-rated.
    pub(super) fn use_instrument(&mut self, path: Option<std::path::PathBuf>) {
        let filter = ("Instrument (JSON)", &["json"][..]);
        let Some(path) = self.given_or_open(path, "Choose an instrument file", filter, |p| {
            Command::UseInstrument(Some(p))
        }) else {
            return;
        };
        let inst = match json::load_instrument(&path) {
            Ok(inst) => inst,
            Err(e) => return self.error(e.to_string()),
        };
        let note = format!(
            "New rounds will be scored with {} (version {}). Past rounds keep the version \
             they were scored with; areas whose meaning changed show as not comparable.",
            inst.title(),
            inst.version()
        );
        let version = inst.version().to_owned();
        let edit = Edit::Batch(vec![
            Edit::AddInstrument(Box::new(inst)),
            Edit::SetCurrentInstrument(version),
        ]);
        let result = self.session.lock().apply(edit, Origin::User);
        match result {
            Ok(_) => self.info(note),
            Err(e) => self.error(format!("The instrument was not changed: {e}")),
        }
    }

    pub(super) fn restore_unsaved(&mut self, path: std::path::PathBuf) {
        match recovery::restore(&path) {
            Ok(doc) => {
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                self.switch_to(doc);
                self.recovery.retain(|p| *p != path);
                self.info("Restored the unsaved workspace. Use File › Save as... to keep it in a file of your choice.");
            }
            Err(e) => self.error(e),
        }
    }

    pub(super) fn resolve_conflict(&mut self, choice: ConflictChoice) {
        match choice {
            ConflictChoice::Overwrite => self.session.overwrite_disk(),
            ConflictChoice::Reload => match self.session.reload_from_disk() {
                Ok(()) => self.info("Loaded the version on disk. Ctrl+Z brings back yours."),
                Err(e) => self.error(e),
            },
        }
    }
}
