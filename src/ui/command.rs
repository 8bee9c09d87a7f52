//! Commands: everything the UI asks for. Screens only push commands; `App::apply` runs
//! them after the frame, which is where undo snapshots and autosave hook in.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::{Answer, Ministry, ModelError, Round, VoteTally, Workspace};

/// Which screen is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Workspace,
    /// One ministry in one round; `page` is the area index, or the area count for the
    /// closing summary page.
    Scoring {
        round: String,
        ministry: String,
        page: usize,
    },
    /// Radar, trend, heatmap and changes.
    Results(super::results::Tab),
}

/// A change to the workspace. Every edit is undoable.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    SetTitle(String),
    AddRound(Round),
    UpdateRound {
        id: String,
        round: Round,
    },
    RemoveRound(String),
    AddMinistry(Ministry),
    UpdateMinistry {
        id: String,
        ministry: Ministry,
    },
    RemoveMinistry(String),
    MoveMinistry {
        id: String,
        delta: isize,
    },
    SetAnswer {
        round: String,
        ministry: String,
        area: usize,
        answer: Option<Answer>,
    },
    SetVotes {
        round: String,
        ministry: String,
        area: usize,
        votes: VoteTally,
    },
    SetRationale {
        round: String,
        ministry: String,
        area: usize,
        text: String,
    },
    SetEvidence {
        round: String,
        ministry: String,
        area: usize,
        text: String,
    },
}

/// Consecutive edits with the same key (typing in one text box) share one undo step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoalesceKey(String);

impl Edit {
    /// Apply to `ws`, stamping score changes with `now`.
    pub fn apply(self, ws: &mut Workspace, now: Option<jiff::Timestamp>) -> Result<(), ModelError> {
        match self {
            Edit::SetTitle(t) => {
                ws.set_title(t);
                Ok(())
            }
            Edit::AddRound(r) => ws.add_round(r),
            Edit::UpdateRound { id, round } => ws.update_round(&id, round),
            Edit::RemoveRound(id) => ws.remove_round(&id).map(drop),
            Edit::AddMinistry(m) => ws.add_ministry(m),
            Edit::UpdateMinistry { id, ministry } => ws.update_ministry(&id, ministry),
            Edit::RemoveMinistry(id) => ws.remove_ministry(&id).map(drop),
            Edit::MoveMinistry { id, delta } => {
                ws.move_ministry(&id, delta);
                Ok(())
            }
            Edit::SetAnswer {
                round,
                ministry,
                area,
                answer,
            } => ws.set_answer(&round, &ministry, area, answer, now),
            Edit::SetVotes {
                round,
                ministry,
                area,
                votes,
            } => ws.set_votes(&round, &ministry, area, votes, now),
            Edit::SetRationale {
                round,
                ministry,
                area,
                text,
            } => ws.set_rationale(&round, &ministry, area, text, now),
            Edit::SetEvidence {
                round,
                ministry,
                area,
                text,
            } => ws.set_evidence(&round, &ministry, area, text, now),
        }
    }

    /// Text typing and title edits coalesce; everything else is its own undo step.
    pub fn coalesce_key(&self) -> Option<CoalesceKey> {
        match self {
            Edit::SetTitle(_) => Some(CoalesceKey("title".into())),
            Edit::SetRationale {
                round,
                ministry,
                area,
                ..
            } => Some(CoalesceKey(format!("rationale/{round}/{ministry}/{area}"))),
            Edit::SetEvidence {
                round,
                ministry,
                area,
                ..
            } => Some(CoalesceKey(format!("evidence/{round}/{ministry}/{area}"))),
            _ => None,
        }
    }
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
    Edit(Edit),
    Undo,
    Redo,
    NewWorkspace,
    /// A new workspace scored with an instrument file.
    NewWithInstrument(PickedPath),
    OpenDemo,
    Open(PickedPath),
    SaveAs(PickedPath),
    ImportCsv(PickedPath),
    ExportCsv(PickedPath),
    /// Make a PDF report off the UI thread.
    ExportPdf(super::export::PdfKind, PickedPath),
    RestoreUnsaved(PathBuf),
    DiscardUnsaved(PathBuf),
    ResolveConflict(ConflictChoice),
    Show(Screen),
    ToggleFullscreen,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    SetDark(bool),
    DismissMessage,
}

/// App-wide actions with one menu text and one shortcut each, so menu and keyboard
/// never disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Undo,
    Redo,
    RedoAlt,
    Fullscreen,
    ZoomIn,
    ZoomInAlt,
    ZoomOut,
    ZoomReset,
    Open,
    SaveAs,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Action::Redo,
        Action::RedoAlt,
        Action::Undo,
        Action::Fullscreen,
        Action::ZoomIn,
        Action::ZoomInAlt,
        Action::ZoomOut,
        Action::ZoomReset,
        Action::Open,
        Action::SaveAs,
    ];

    pub fn shortcut(self) -> KeyboardShortcut {
        let cmd = Modifiers::COMMAND;
        match self {
            Action::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Action::Redo => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::Z),
            Action::RedoAlt => KeyboardShortcut::new(cmd, Key::Y),
            Action::Fullscreen => KeyboardShortcut::new(Modifiers::NONE, Key::F11),
            Action::ZoomIn => KeyboardShortcut::new(cmd, Key::Equals),
            Action::ZoomInAlt => KeyboardShortcut::new(cmd, Key::Plus),
            Action::ZoomOut => KeyboardShortcut::new(cmd, Key::Minus),
            Action::ZoomReset => KeyboardShortcut::new(cmd, Key::Num0),
            Action::Open => KeyboardShortcut::new(cmd, Key::O),
            Action::SaveAs => KeyboardShortcut::new(cmd.plus(Modifiers::SHIFT), Key::S),
        }
    }

    pub fn command(self) -> Command {
        match self {
            Action::Undo => Command::Undo,
            Action::Redo | Action::RedoAlt => Command::Redo,
            Action::Fullscreen => Command::ToggleFullscreen,
            Action::ZoomIn | Action::ZoomInAlt => Command::ZoomIn,
            Action::ZoomOut => Command::ZoomOut,
            Action::ZoomReset => Command::ZoomReset,
            Action::Open => Command::Open(None),
            Action::SaveAs => Command::SaveAs(None),
        }
    }

    /// Menu text; a dialog-opening action ends with "...".
    pub fn text(self) -> &'static str {
        match self {
            Action::Undo => "Undo",
            Action::Redo | Action::RedoAlt => "Redo",
            Action::Fullscreen => "Full screen",
            Action::ZoomIn | Action::ZoomInAlt => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::ZoomReset => "Reset zoom",
            Action::Open => "Open...",
            Action::SaveAs => "Save as...",
        }
    }

    /// Whether the shortcut may fire while a text box has focus (text boxes keep
    /// their own Ctrl+Z for the text being typed).
    pub fn works_while_typing(self) -> bool {
        !matches!(self, Action::Undo | Action::Redo | Action::RedoAlt)
    }
}
