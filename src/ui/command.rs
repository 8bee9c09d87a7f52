//! Commands: everything the UI asks for. Screens only push commands; the handler
//! (`handler.rs`) runs them after the frame, through the session's one entry point.

use std::path::PathBuf;

use crate::model::{Edit, MinistryId, RoundId, ScoreRef};
use crate::session::export::PdfKind;
use crate::session::{Focus, TimerOp};

/// Which screen is shown. The scoring session's round, ministry and page are live
/// state in the session ([`crate::session::Live`]), so others can see them too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Workspace,
    Scoring,
    /// Radar, trend, heatmap and changes.
    Results(super::screens::results::Tab),
    /// The table-scoring dashboard.
    Tables,
}

/// A file the user picks; `None` means "ask with a dialog".
pub type PickedPath = Option<PathBuf>;

/// What to do when the file on disk changed under us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Write our version over the other program's.
    Overwrite,
    /// Load the file from disk; our version stays one undo step away.
    Reload,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A user action from a menu or a key, resolved in the situation it is run in.
    Run(super::action::Action),
    Edit(Edit),
    Undo,
    Redo,
    NewWorkspace,
    /// A new workspace scored with an instrument file.
    NewWithInstrument(PickedPath),
    /// New rounds of this workspace use another instrument version (from a file).
    UseInstrument(PickedPath),
    OpenDemo,
    Open(PickedPath),
    SaveAs(PickedPath),
    /// Import scores from a CSV file or a workbook.
    Import(PickedPath),
    /// Merge another workspace file into this one (its conflicts are asked first).
    Merge(PickedPath),
    /// Apply the merge being asked about with the choices made (or drop it).
    FinishMerge(bool),
    /// Stop reading an import file; nothing of it is applied.
    CancelImport,
    ExportCsv(PickedPath),
    /// Stop the export being made; nothing is written.
    CancelExport,
    ExportXlsx(PickedPath),
    /// The workbook a table fills in for this round.
    Template(String, PickedPath),
    /// Make a PDF report off the UI thread.
    ExportPdf(PdfKind, PickedPath),
    /// One of the handouts for the room, as a PDF (asks where).
    Handout(Handout),
    RestoreUnsaved(PathBuf),
    DiscardUnsaved(PathBuf),
    ResolveConflict(ConflictChoice),
    Show(Screen),
    /// Open a scoring session, or move to another page of it.
    Score(Focus),
    /// Open the next ministry to score in the newest round.
    ScoreNext,
    /// Show (or hide again) the vote distribution of an area to the room.
    Reveal(ScoreRef, bool),
    /// Start, pause or reset the open area's discussion timer.
    Timer(TimerOp),
    /// Open room voting from phones (start the server), or close it.
    RoomVoting(bool),
    /// Open table scoring for a round (and show the dashboard), or close it.
    Tables(Option<RoundId>),
    /// Give a ministry's table a new code in a round, or take its code away (`revoke`).
    TableCode {
        round: RoundId,
        ministry: MinistryId,
        revoke: bool,
    },
    /// Let phones see an area's distribution once it is revealed (or not).
    PhonesSeeResult(bool),
    ToggleFullscreen,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    SetDark(bool),
    /// The interface language (a code on offer) and whether Bangla uses Latin digits.
    SetLanguage(String, bool),
    DismissMessage,
    /// Save the current chart, drawn as for a presentation, as a PNG.
    SaveChartPng(PickedPath),
    /// Show the current chart alone and large (or stop).
    Present(bool),
    /// Show a folder in the system's file manager.
    OpenFolder(PathBuf),
    /// Open a help page (the same page again, or `None`, closes it).
    Help(Option<super::help::HelpPage>),
    /// Show the app's data folder (made if missing).
    OpenDataFolder,
    /// The answer to the open question (`confirm.rs`): go ahead, or not.
    Confirm(bool),
    /// Move a round's review on (or reopen it), signed by `by`, dated by the session.
    Review {
        round: RoundId,
        to: crate::model::review::Status,
        by: String,
        reason: String,
    },
}

/// The handouts for the room, one page each, in the room's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handout {
    /// Every key, for the facilitator's desk.
    KeyCard,
    /// How to vote by phone, with the join address when room voting is open.
    Phone,
    /// What CODI is and how the day runs.
    About,
}
