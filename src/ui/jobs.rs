//! Work running off the window's thread (exports, an import, Save As, a chart
//! snapshot), polled after each frame; the window redraws while any is running.

use super::app::App;
use crate::session::export::ExportJob;

/// Work running off the UI thread, polled after each frame.
#[derive(Default)]
pub(super) struct Jobs {
    pub export: Option<ExportJob>,
    /// An import file being read.
    pub import: Option<crate::session::import::ImportJob>,
    /// A chart being saved as PNG.
    pub snapshot: Option<super::snapshot::Snapshot>,
    /// The workspace being written to a new file.
    pub save_as: Option<crate::session::save_as::SaveAsJob>,
}

impl App {
    /// Finish what has finished, and keep frames coming while work is under way.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.poll_import();
        if self.jobs.import.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(snap) = self.jobs.snapshot.take() {
            use super::snapshot::Poll;
            match super::snapshot::poll(ctx, snap) {
                Poll::Waiting(snap) => self.jobs.snapshot = Some(snap),
                Poll::Done(snap, image) => self.snapshot_done(&snap, Some(&image)),
                Poll::Failed(snap) => self.snapshot_done(&snap, None),
            }
        }
        if let Some(done) = self.jobs.save_as.as_ref().and_then(|j| j.poll())
            && let Some(job) = self.jobs.save_as.take()
        {
            self.save_as_done(&job.path, done);
        }
        if let Some(outcome) = self.jobs.export.as_ref().and_then(ExportJob::poll) {
            self.jobs.export = None;
            self.export_done(outcome);
        }
        if self.jobs.export.is_some() || self.jobs.save_as.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
    }
}
