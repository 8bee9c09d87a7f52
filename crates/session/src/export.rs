//! PDF export off the UI thread: the report is made on a background thread with a progress
//! counter, then written atomically; the UI polls for the outcome.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Workspace;
use crate::report::{self, ReportOptions};

/// Which PDF to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfKind {
    /// One ministry in one round.
    Ministry { round: String, ministry: String },
    /// The whole round: cover, heatmap, distributions, then every ministry (or only
    /// those with something scored).
    Workshop { round: String, skip_unscored: bool },
    /// Table sheets for table scoring, for the app serving at `address`.
    TableSheets { round: String, address: String },
}

impl PdfKind {
    /// A file name to suggest in the save dialog.
    pub fn default_name(&self) -> String {
        match self {
            PdfKind::Ministry { round, ministry } => format!("{ministry}-{round}-summary.pdf"),
            PdfKind::Workshop { round, .. } => format!("{round}-workshop-report.pdf"),
            PdfKind::TableSheets { round, .. } => format!("{round}-table-sheets.pdf"),
        }
    }
}

/// What a finished export says.
pub type Outcome = Result<(PathBuf, usize, Vec<String>), String>;

/// A PDF being made.
pub struct PdfJob {
    pub path: PathBuf,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    rx: Receiver<Outcome>,
}

impl PdfJob {
    /// Start making `kind` from a copy of `ws` and writing it to `path`.
    pub fn start(
        ws: Workspace,
        kind: PdfKind,
        path: PathBuf,
        generated: jiff::civil::Date,
    ) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(1));
        let (tx, rx) = channel();
        let (d, t, out) = (done.clone(), total.clone(), path.clone());
        std::thread::spawn(move || {
            let opts = ReportOptions::new(generated);
            let progress = |n: usize, of: usize| {
                d.store(n, Ordering::Relaxed);
                t.store(of.max(1), Ordering::Relaxed);
            };
            let made = match &kind {
                PdfKind::Ministry { round, ministry } => {
                    report::ministry_summary(&ws, round, ministry, &opts)
                }
                PdfKind::Workshop {
                    round,
                    skip_unscored,
                } => {
                    let opts = ReportOptions {
                        skip_unscored: *skip_unscored,
                        ..opts
                    };
                    report::workshop_report(&ws, round, &opts, &progress)
                }
                PdfKind::TableSheets { round, address } => {
                    report::table_sheets(&ws, round, address, &opts)
                }
            };
            let outcome = made.map_err(|e| e.to_string()).and_then(|r| {
                r.save(&out).map_err(|e| e.to_string())?;
                Ok((out.clone(), r.pages, r.warnings))
            });
            let _ = tx.send(outcome);
        });
        Self {
            path,
            done,
            total,
            rx,
        }
    }

    /// (done, total) steps so far.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The outcome once finished.
    pub fn poll(&self) -> Option<Outcome> {
        match self.rx.try_recv() {
            Ok(o) => Some(o),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Err("the PDF export stopped unexpectedly".into()))
            }
        }
    }

    /// Wait for the outcome (tests, closing).
    pub fn wait(self) -> Outcome {
        self.rx
            .recv()
            .unwrap_or_else(|_| Err("the PDF export stopped unexpectedly".into()))
    }
}
