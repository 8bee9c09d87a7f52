//! Reading an import file off the window's thread. The file is read and checked against
//! a copy of the workspace; nothing changes until the window applies the result as one
//! undoable edit, so a cancelled import leaves the workspace as it was.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Workspace;
use crate::storage::{self, csv::ImportPlan};

/// An import file being read.
pub struct ImportJob {
    pub path: PathBuf,
    rows: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Result<ImportPlan, String>>,
}

impl ImportJob {
    /// Start reading `path` (a CSV file or a workbook) against `ws`.
    pub fn start(ws: Workspace, path: PathBuf) -> Self {
        let (tx, rx) = channel();
        let file = path.clone();
        let rows = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (r, t, c) = (rows.clone(), total.clone(), cancel.clone());
        let spawned = std::thread::Builder::new()
            .name("import".into())
            .spawn(move || {
                // A cancel stops the reading at the next thousand rows.
                let progress = |done: usize, of: usize| {
                    r.store(done, Ordering::Relaxed);
                    t.store(of, Ordering::Relaxed);
                    !c.load(Ordering::SeqCst)
                };
                let read = storage::read_import_with(&file, None, &ws, &progress)
                    .map_err(|e| e.to_string());
                // The window may have cancelled: then nobody listens, and that is fine.
                let _ = tx.send(read);
            });
        if let Err(e) = spawned {
            let (tx, failed) = channel();
            let _ = tx.send(Err(format!("the import could not start: {e}")));
            return Self {
                path,
                rows,
                total,
                cancel,
                rx: failed,
            };
        }
        Self {
            path,
            rows,
            total,
            cancel,
            rx,
        }
    }

    /// Rows read so far, and the rows there are (0 while not known).
    pub fn progress(&self) -> (usize, usize) {
        (
            self.rows.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Stop reading; nothing of the file is applied (the window drops the job too).
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
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
