//! Exports off the UI thread: a PDF report, the scores as CSV, the workbook or a table
//! template is made on a background thread (PDFs with a progress counter), then
//! written atomically; the UI polls for the outcome. A Cancel before the write starts
//! means nothing is written.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::model::Workspace;
use crate::report::{self, ReportOptions};
use crate::storage::{csv, fs, workbook};

/// Which PDF to make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfKind {
    /// One ministry in one round.
    Ministry { round: String, ministry: String },
    /// The whole round: cover, heatmap, distributions, then every ministry (or only
    /// those with something scored).
    Workshop {
        round: String,
        skip_unscored: bool,
        /// The heatmap in cluster bands, the ministry pages cluster by cluster.
        by_cluster: bool,
    },
    /// Table sheets for table scoring, for the app serving at `address`.
    TableSheets { round: String, address: String },
    /// The facilitator's key card: each group's heading and its (keys, what they do).
    KeyCard(Vec<(String, Vec<(String, String)>)>),
    /// The participants' sheet on voting by phone, with the join address when voting is
    /// open.
    PhoneHandout { address: Option<String> },
    /// One page on what CODI is and how the day runs.
    AboutCodi,
}

impl PdfKind {
    /// A file name to suggest in the save dialog.
    pub fn default_name(&self) -> String {
        match self {
            PdfKind::Ministry { round, ministry } => format!("{ministry}-{round}-summary.pdf"),
            PdfKind::Workshop { round, .. } => format!("{round}-workshop-report.pdf"),
            PdfKind::TableSheets { round, .. } => format!("{round}-table-sheets.pdf"),
            PdfKind::KeyCard(_) => "key-card.pdf".to_owned(),
            PdfKind::PhoneHandout { .. } => "phone-voting.pdf".to_owned(),
            PdfKind::AboutCodi => "about-codi.pdf".to_owned(),
        }
    }
}

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Pdf(PdfKind),
    /// Every score, one row per area.
    Csv,
    /// Every score and the rounds' details as an `.xlsx` workbook.
    Workbook,
    /// The workbook a table fills in for `round`.
    TableTemplate {
        round: String,
    },
}

impl ExportKind {
    /// What is being made, for messages ("Exported the workbook to ...").
    /// The message id of what it makes ("the workbook"), for the window to word.
    pub fn what(&self) -> &'static str {
        match self {
            ExportKind::Pdf(_) => "export-what-pdf",
            ExportKind::Csv => "export-what-scores",
            ExportKind::Workbook => "export-what-workbook",
            ExportKind::TableTemplate { .. } => "export-what-template",
        }
    }
}

/// What a finished export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// What was made: a message id ("export-what-workbook").
    pub what: &'static str,
    pub path: PathBuf,
    /// A PDF's page count.
    pub pages: Option<usize>,
    pub warnings: Vec<String>,
}

/// How an export ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Written(Written),
    /// Cancelled before anything was written.
    Cancelled,
    Failed(String),
}

/// An export being made.
pub struct ExportJob {
    pub path: PathBuf,
    pub kind: ExportKind,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    rx: Receiver<Outcome>,
}

impl ExportJob {
    /// Start making `kind` from a copy of `ws` and writing it to `path`; `made` is the
    /// workshop's local time, printed on reports and workbooks.
    pub fn start(ws: Workspace, kind: ExportKind, path: PathBuf, made: jiff::Zoned) -> Self {
        Self::spawn(ws, kind, path, (made, false), None)
    }

    /// As `start`, with numbers in a Bangla report and workbook written in Latin digits
    /// when `latin_digits` (the person's choice in View › Language).
    pub fn start_with_digits(
        ws: Workspace,
        kind: ExportKind,
        path: PathBuf,
        made: jiff::Zoned,
        latin_digits: bool,
    ) -> Self {
        Self::spawn(ws, kind, path, (made, latin_digits), None)
    }

    /// As `start`; the thread waits for `gate` before it makes anything (tests).
    fn spawn(
        ws: Workspace,
        kind: ExportKind,
        path: PathBuf,
        (made, latin_digits): (jiff::Zoned, bool),
        gate: Option<Receiver<()>>,
    ) -> Self {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(1));
        let cancel = Arc::new(AtomicBool::new(false));
        let (tx, rx) = channel();
        let (d, t, c) = (done.clone(), total.clone(), cancel.clone());
        let (out, what) = (path.clone(), kind.clone());
        std::thread::spawn(move || {
            if let Some(gate) = gate {
                let _ = gate.recv();
            }
            // A cancel stops a long report between ministries.
            let progress = |n: usize, of: usize| {
                d.store(n, Ordering::Relaxed);
                t.store(of.max(1), Ordering::Relaxed);
                !c.load(Ordering::SeqCst)
            };
            let outcome = match make(&ws, &what, (&made, latin_digits), &progress) {
                _ if c.load(Ordering::SeqCst) => Outcome::Cancelled,
                Ok(file) => match file.write(&out) {
                    Ok(()) => Outcome::Written(Written {
                        what: what.what(),
                        path: out,
                        pages: file.pages(),
                        warnings: file.warnings(),
                    }),
                    Err(e) => Outcome::Failed(e),
                },
                Err(e) => Outcome::Failed(e),
            };
            let _ = tx.send(outcome);
        });
        Self {
            path,
            kind,
            done,
            total,
            cancel,
            rx,
        }
    }

    /// Ask the job to stop: unless its file is already being written, nothing is.
    /// A report stops at the next ministry.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::SeqCst);
    }

    /// Whether a cancel was asked for (the job may still be finishing).
    pub fn cancelling(&self) -> bool {
        self.cancel.load(Ordering::SeqCst)
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
            Err(TryRecvError::Disconnected) => Some(stopped()),
        }
    }

    /// Wait for the outcome (tests, closing).
    pub fn wait(self) -> Outcome {
        self.rx.recv().unwrap_or_else(|_| stopped())
    }
}

fn stopped() -> Outcome {
    Outcome::Failed("the export stopped unexpectedly".into())
}

/// A made export, not yet written.
enum Made {
    Pdf(report::Report),
    Bytes(Vec<u8>),
}

impl Made {
    fn write(&self, path: &std::path::Path) -> Result<(), String> {
        match self {
            Made::Pdf(r) => r.save(path).map_err(|e| e.to_string()),
            Made::Bytes(b) => fs::write_atomic(path, b).map_err(|e| e.to_string()),
        }
    }
    fn pages(&self) -> Option<usize> {
        match self {
            Made::Pdf(r) => Some(r.pages),
            Made::Bytes(_) => None,
        }
    }
    fn warnings(&self) -> Vec<String> {
        match self {
            Made::Pdf(r) => r.warnings.clone(),
            Made::Bytes(_) => Vec::new(),
        }
    }
}

fn make(
    ws: &Workspace,
    kind: &ExportKind,
    (made, latin_digits): (&jiff::Zoned, bool),
    progress: &dyn Fn(usize, usize) -> bool,
) -> Result<Made, String> {
    let pdf = |r: Result<report::Report, report::ReportError>| {
        r.map(Made::Pdf).map_err(|e| e.to_string())
    };
    let opts = ReportOptions {
        latin_digits,
        ..ReportOptions::new(made.date())
    };
    let words = report::texts_for(ws, None, latin_digits);
    match kind {
        ExportKind::Pdf(PdfKind::Ministry { round, ministry }) => {
            pdf(report::ministry_summary(ws, round, ministry, &opts))
        }
        ExportKind::Pdf(PdfKind::Workshop {
            round,
            skip_unscored,
            by_cluster,
        }) => {
            let opts = ReportOptions {
                skip_unscored: *skip_unscored,
                by_cluster: *by_cluster,
                ..opts
            };
            pdf(report::workshop_report(ws, round, &opts, progress))
        }
        ExportKind::Pdf(PdfKind::TableSheets { round, address }) => {
            pdf(report::table_sheets(ws, round, address, &opts))
        }
        ExportKind::Pdf(PdfKind::KeyCard(groups)) => {
            let groups: Vec<report::handouts::KeyGroup> = groups
                .iter()
                .map(|(heading, keys)| report::handouts::KeyGroup {
                    heading: heading.clone(),
                    keys: keys.clone(),
                })
                .collect();
            pdf(report::handouts::key_card(ws, &groups, &opts))
        }
        ExportKind::Pdf(PdfKind::PhoneHandout { address }) => pdf(report::handouts::phone_handout(
            ws,
            address.as_deref(),
            &opts,
        )),
        ExportKind::Pdf(PdfKind::AboutCodi) => pdf(report::handouts::about_codi(ws, &opts)),
        ExportKind::Csv => Ok(Made::Bytes(csv::export(ws))),
        ExportKind::Workbook => workbook::export_xlsx(ws, made, &words)
            .map(Made::Bytes)
            .map_err(|e| format!("The workbook could not be made: {e}")),
        ExportKind::TableTemplate { round } => workbook::template(ws, Some(round), &words)
            .map(Made::Bytes)
            .map_err(|e| format!("The template could not be made: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;

    fn made() -> jiff::Zoned {
        "2026-12-04T10:00:00+06:00[Asia/Dhaka]".parse().unwrap()
    }

    #[test]
    fn a_cancel_before_the_write_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for kind in [
            ExportKind::Csv,
            ExportKind::Workbook,
            ExportKind::Pdf(PdfKind::Ministry {
                round: "followup-2024".into(),
                ministry: "MoSW".into(),
            }),
        ] {
            let path = dir.path().join("out");
            let (open, gate) = channel();
            let job = ExportJob::spawn(
                demo_workspace(),
                kind,
                path.clone(),
                (made(), false),
                Some(gate),
            );
            job.cancel();
            open.send(()).unwrap();
            assert_eq!(job.wait(), Outcome::Cancelled);
            assert!(!path.exists(), "nothing written");
            assert_eq!(
                std::fs::read_dir(dir.path()).unwrap().count(),
                0,
                "no temp file left"
            );
        }
    }

    #[test]
    fn each_kind_is_written_and_says_what_it_made() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (ExportKind::Csv, "export-what-scores", None),
            (ExportKind::Workbook, "export-what-workbook", None),
            (
                ExportKind::TableTemplate {
                    round: "followup-2024".into(),
                },
                "export-what-template",
                None,
            ),
            (
                ExportKind::Pdf(PdfKind::Ministry {
                    round: "followup-2024".into(),
                    ministry: "MoSW".into(),
                }),
                "export-what-pdf",
                Some(2),
            ),
        ];
        for (k, (kind, what, pages)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("out-{k}"));
            let job = ExportJob::start(demo_workspace(), kind, path.clone(), made());
            let Outcome::Written(w) = job.wait() else {
                panic!("{what} was not written");
            };
            assert_eq!((w.what, w.path.as_path()), (what, path.as_path()));
            assert_eq!(w.pages.map(|p| p >= 1), pages.map(|_| true), "{what}");
            assert!(std::fs::metadata(&path).unwrap().len() > 100, "{what}");
        }
        // A round that does not exist fails with a message, and writes nothing.
        let path = dir.path().join("none.xlsx");
        let kind = ExportKind::TableTemplate {
            round: "nope".into(),
        };
        let Outcome::Failed(e) =
            ExportJob::start(demo_workspace(), kind, path.clone(), made()).wait()
        else {
            panic!("an unknown round cannot make a template");
        };
        assert!(e.contains("template could not be made"), "{e}");
        assert!(!path.exists());
    }
}
