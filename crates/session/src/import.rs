//! Reading an import file off the window's thread. The file is read and checked against
//! a copy of the workspace; nothing changes until the window applies the result as one
//! undoable edit, so a cancelled import leaves the workspace as it was.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Workspace;
use crate::storage::{self, csv::ImportPlan};

/// An import file being read.
pub struct ImportJob {
    pub path: PathBuf,
    rx: Receiver<Result<ImportPlan, String>>,
}

impl ImportJob {
    /// Start reading `path` (a CSV file or a workbook) against `ws`.
    pub fn start(ws: Workspace, path: PathBuf) -> Self {
        let (tx, rx) = channel();
        let file = path.clone();
        let spawned = std::thread::Builder::new()
            .name("import".into())
            .spawn(move || {
                let read = storage::read_import(&file, None, &ws).map_err(|e| e.to_string());
                // The window may have cancelled: then nobody listens, and that is fine.
                let _ = tx.send(read);
            });
        if let Err(e) = spawned {
            let (tx, failed) = channel();
            let _ = tx.send(Err(format!("the import could not start: {e}")));
            return Self { path, rx: failed };
        }
        Self { path, rx }
    }

    /// The plan (or the problem) once the file has been read.
    pub fn poll(&self) -> Option<Result<ImportPlan, String>> {
        match self.rx.try_recv() {
            Ok(read) => Some(read),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the import stopped unexpectedly".into())),
        }
    }

    /// Wait for the result (tests, tools).
    pub fn wait(self) -> Result<ImportPlan, String> {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("the import stopped unexpectedly".into()))
    }
}
