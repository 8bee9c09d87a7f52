//! Native file dialogs on their own thread. The window keeps drawing while one is open
//! (the room view, the timer, phones' votes arriving), the chosen path comes back as a
//! command, and a Cancel does nothing at all.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use super::app::App;
use super::command::Command;
use super::confirm::Confirm;

/// What becomes of the chosen path: the command that asked, now with its path.
pub(super) type Then = Box<dyn FnOnce(PathBuf) -> Command + Send>;

/// A dialog that returns within this time did not open (none is installed): a person
/// takes longer to cancel.
const NO_DIALOG: Duration = Duration::from_millis(300);

/// The question a dialog asks.
pub(super) struct Ask<'a> {
    pub save: bool,
    pub title: &'a str,
    pub filter: (&'a str, &'a [&'a str]),
    pub default_name: &'a str,
    /// An export: when no dialog can open, offer the default folder instead.
    pub export: bool,
}

/// A dialog open on its thread.
pub(super) struct Pending {
    rx: Receiver<Option<PathBuf>>,
    then: Then,
    asked: std::time::Instant,
    export_name: Option<String>,
}

impl App {
    /// The path at once from the test queue; otherwise open a dialog on its own
    /// thread and return `None`: `then` runs when a path is chosen.
    pub(super) fn ask_path(&mut self, ask: Ask<'_>, then: Then) -> Option<PathBuf> {
        if !self.dialogs.answers.is_empty() {
            return Some(self.dialogs.answers.remove(0));
        }
        if self.dialogs.pending.is_some() {
            self.info(self.tw("msg-dialog-open", &[]));
            return None;
        }
        if ask.export && self.dialogs.none && self.dialogs.stand_in.is_none() {
            // Set up without dialogs (tests, kiosks): exports go to the default folder.
            return self.export_fallback(ask.default_name);
        }
        if self.dialogs.none && self.dialogs.stand_in.is_none() {
            self.info(self.tw("msg-dialogs-off", &[]));
            return None;
        }
        let (tx, rx) = channel();
        let dialog = rfd::FileDialog::new()
            .set_title(ask.title)
            .add_filter(ask.filter.0, ask.filter.1);
        let (save, name) = (ask.save, ask.default_name.to_owned());
        let (title, stand_in) = (ask.title.to_owned(), self.dialogs.stand_in.clone());
        let waker = self.session.clone();
        let spawned = std::thread::Builder::new()
            .name("file dialog".into())
            .spawn(move || {
                let picked = match (stand_in, save) {
                    (Some(f), _) => (f.0)(&title),
                    (None, true) => dialog.set_file_name(name).save_file(),
                    (None, false) => dialog.pick_file(),
                };
                let _ = tx.send(picked);
                waker.wake();
            });
        if let Err(e) = spawned {
            self.error(self.tw("msg-dialog-failed", &[("error", e.to_string().into())]));
            return None;
        }
        self.dialogs.pending = Some(Pending {
            rx,
            then,
            asked: self.session.clock().instant(),
            export_name: ask.export.then(|| ask.default_name.to_owned()),
        });
        None
    }

    /// Called every frame: the command for a chosen path, once there is one.
    pub(super) fn dialog_answer(&mut self) -> Option<Command> {
        let pending = self.dialogs.pending.take()?;
        match pending.rx.try_recv() {
            Err(TryRecvError::Empty) => {
                self.dialogs.pending = Some(pending);
                None
            }
            Ok(Some(path)) => Some((pending.then)(path)),
            Ok(None) | Err(TryRecvError::Disconnected) => {
                let quick = self.session.clock().instant() - pending.asked < NO_DIALOG;
                if let (true, Some(name)) = (quick, &pending.export_name) {
                    self.offer_export_folder(&name.clone(), pending.then);
                }
                None
            }
        }
    }

    /// No dialog could open: ask before writing into the default export folder.
    fn offer_export_folder(&mut self, default_name: &str, then: Then) {
        let dir = self.export_folder();
        let path = super::files::free_name(&dir, default_name);
        self.confirm = Some(Confirm::ExportToFolder {
            folder: dir,
            command: Box::new(then(path)),
        });
    }
}

/// File dialogs and the fallbacks when there are none.
#[derive(Default)]
pub struct Dialogs {
    /// Files to use instead of dialogs (tests fill these in).
    pub answers: Vec<PathBuf>,
    /// Never open a native dialog (tests, `no_dialogs` in the config).
    pub(super) none: bool,
    /// Where exports go without a dialog.
    pub(super) export_dir: Option<PathBuf>,
    /// The default folder the last export went to (no dialog could open).
    pub(super) fell_back: Option<PathBuf>,
    /// A file dialog open on its own thread.
    pub(super) pending: Option<Pending>,
    pub(super) stand_in: Option<super::app::DialogStandIn>,
}
