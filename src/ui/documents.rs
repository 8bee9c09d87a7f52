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
        let title = self.tw("workspace-new-title", &[]);
        self.new_document(Workspace::new(&title, Instrument::codi()), None);
        self.info(self.tw("msg-new-workspace", &[]));
    }

    pub(super) fn new_with_instrument(&mut self, path: PickedPath) {
        let (kind, title) = self.instrument_dialog();
        let filter = (kind.as_str(), &["json"][..]);
        let Some(path) = self.given_or_open(path, &title, filter, |p| {
            Command::NewWithInstrument(Some(p))
        }) else {
            return;
        };
        match json::load_instrument(&path) {
            Ok(inst) => {
                let args = [
                    ("instrument", inst.title().to_string().into()),
                    ("version", inst.version().to_string().into()),
                ];
                let note = self.tw("msg-new-workspace-with", &args);
                let title = self.tw("workspace-new-title", &[]);
                self.new_document(Workspace::new(&title, inst), Some(note));
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
            let title = self.tw("dialog-export-pdf", &[]);
            self.pick_export(&title, ("PDF", &["pdf"]), &name, {
                let again = kind.clone();
                Box::new(move |p| Command::ExportPdf(again, Some(p)))
            })
        }) else {
            return;
        };
        self.start_export(ExportKind::Pdf(kind), path);
    }

    /// A handout for the room in the room's language; the phone sheet carries the join
    /// address while room voting is open.
    pub(super) fn export_handout(&mut self, which: super::command::Handout) {
        use super::command::Handout;
        let kind = match which {
            Handout::KeyCard => {
                let levels = self.workspace().instrument().level_count();
                PdfKind::KeyCard(super::keymap::key_groups(&self.languages.room, levels))
            }
            Handout::Phone => PdfKind::PhoneHandout {
                address: self.network.join_urls().into_iter().next(),
            },
            Handout::About => PdfKind::AboutCodi,
        };
        self.export_pdf(kind, None);
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
        let (kind, title) = (
            self.tw("dialog-workspace-kind", &[]),
            self.tw("dialog-open-workspace", &[]),
        );
        let filter = (kind.as_str(), &["json"][..]);
        let Some(path) = self.given_or_open(path, &title, filter, |p| Command::Open(Some(p)))
        else {
            return;
        };
        if super::interchange::is_scores_file(&path) {
            return self.import_scores(Some(path));
        }
        match self.open(&path) {
            Ok(()) => {
                self.info(self.tw("msg-opened", &[("path", path.display().to_string().into())]))
            }
            Err(e) => self.error(e),
        }
    }

    pub(super) fn save_as(&mut self, path: Option<std::path::PathBuf>) {
        let name = format!(
            "{}{}",
            crate::model::ids::slug(self.workspace().title(), "workspace"),
            json::EXTENSION
        );
        let (kind, title) = (
            self.tw("dialog-workspace-kind", &[]),
            self.tw("dialog-save-workspace-as", &[]),
        );
        let filter = (kind.as_str(), &["json"][..]);
        let Some(mut path) = path.or_else(|| {
            self.pick(
                true,
                &title,
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
            return self.info(self.tw("msg-still-saving", &[("path", to.to_string().into())]));
        }
        self.jobs.save_as = Some(self.session.start_save_as(path));
    }

    /// Save As has written its file to `path` (or not).
    pub(super) fn save_as_done(&mut self, path: &std::path::Path, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.remember(path);
                let saved = [("path", path.display().to_string().into())];
                self.info(self.tw("msg-saved-as", &saved));
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
        let (kind, title) = self.instrument_dialog();
        let filter = (kind.as_str(), &["json"][..]);
        let Some(path) =
            self.given_or_open(path, &title, filter, |p| Command::UseInstrument(Some(p)))
        else {
            return;
        };
        let inst = match json::load_instrument(&path) {
            Ok(inst) => inst,
            Err(e) => return self.error(e.to_string()),
        };
        let args = [
            ("instrument", inst.title().to_string().into()),
            ("version", inst.version().to_string().into()),
        ];
        let note = self.tw("msg-instrument-in-use", &args);
        let version = inst.version().to_owned();
        let edit = Edit::Batch(vec![
            Edit::AddInstrument(Box::new(inst)),
            Edit::SetCurrentInstrument(version),
        ]);
        let result = self.session.lock().apply(edit, Origin::User);
        match result {
            Ok(_) => self.info(note),
            Err(e) => self.error(self.tw(
                "msg-instrument-unchanged",
                &[("error", e.to_string().into())],
            )),
        }
    }

    /// The file type and title of the dialog that picks an instrument.
    fn instrument_dialog(&self) -> (String, String) {
        (
            self.tw("dialog-instrument-kind", &[]),
            self.tw("dialog-choose-instrument", &[]),
        )
    }

    pub(super) fn restore_unsaved(&mut self, path: std::path::PathBuf) {
        match recovery::restore(&path) {
            Ok(doc) => {
                if let Err(e) = self.leave_document() {
                    return self.error(e);
                }
                self.switch_to(doc);
                self.recovery.retain(|p| *p != path);
                self.info(self.tw("msg-restored-unsaved", &[]));
            }
            Err(e) => self.error(e),
        }
    }

    pub(super) fn resolve_conflict(&mut self, choice: ConflictChoice) {
        match choice {
            ConflictChoice::Overwrite => self.session.overwrite_disk(),
            ConflictChoice::Reload => match self.session.reload_from_disk() {
                Ok(()) => self.info(self.tw("msg-loaded-disk", &[])),
                Err(e) => self.error(e),
            },
        }
    }
}
