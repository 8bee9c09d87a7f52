//! Every user action, one value each: its text, tooltip, keys, where it works and when
//! it is available. Menus, the key handling, the F1 list, the hint line and the
//! README's key table are all made from this (rerun's `UICommand` is the model). Adding
//! an action means adding it to each exhaustive `match` below, so none can be
//! half-wired.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::{Command, Screen};
use super::screens::results::Tab;
use crate::session::export::PdfKind;

/// Where an action's keys work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere.
    Global,
    /// On the pages of a scoring session.
    Scoring,
    /// On the workspace screen.
    Workspace,
    /// On the results screens.
    Results,
    /// In a dialog or a one-line text box.
    Boxes,
}

/// Declares the actions and [`Action::ALL`] from one list, so the two cannot differ.
macro_rules! actions {
    ($($name:ident),* $(,)?) => {
        /// Everything a user can do from a key or a menu.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Action {
            $($name),*
        }

        impl Action {
            /// In the order of the README's table and the menus' groups.
            pub const ALL: &'static [Action] = &[$(Action::$name),*];
        }
    };
}

actions! {
    ChooseLevel,
    NotApplicable,
    InsufficientInfo,
    ClearAnswer,
    PreviousArea,
    NextArea,
    FirstArea,
    SummaryPage,
    QuickTally,
    RevealVotes,
    GoToRationale,
    SaveAndNext,
    Questions,
    Timer,
    SecondScreen,
    RoomVoting,
    JoinPage,
    AcceptProposal,
    LeaveSession,
    MoveInTable,
    ScoreCell,
    ScoreNext,
    Present,
    EndPresentation,
    PreviousPage,
    NextPage,
    Submit,
    Undo,
    Redo,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Fullscreen,
    Open,
    SaveAs,
    Help,
    NewWorkspace,
    NewWithInstrument,
    UseInstrument,
    OpenDemo,
    Import,
    ExportCsv,
    ExportXlsx,
    TableTemplate,
    MinistryPdf,
    WorkshopPdf,
    ShowWorkspace,
    ShowResults,
    Radar,
    Trend,
    Heatmap,
    Changes,
    History,
    LightTheme,
    DarkTheme,
    About,
    OpenDataFolder,
}

/// What the window is showing and what the document allows, read once per frame: the
/// facts an action's availability and command depend on.
#[derive(Clone, Debug, Default)]
pub struct Situation {
    pub screen: Option<Screen>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// The newest round: its id and title.
    pub newest_round: Option<(String, String)>,
    /// The round and ministry open in a scoring session.
    pub scoring: Option<(String, String)>,
    /// The round whose workshop report File › Export makes (the open one, or the newest).
    pub report_round: Option<(String, String)>,
    pub results_tab: Tab,
    pub dark: bool,
}

const fn key(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, k)
}
const fn ctrl(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, k)
}
const fn ctrl_shift(k: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        k,
    )
}

/// The level keys: `1`-`9`, then `0` for a tenth level.
const DIGITS: [Key; 10] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
    Key::Num0,
];

const LEVEL_KEYS: [KeyboardShortcut; 10] = {
    let mut out = [key(Key::Num1); 10];
    let mut k = 0;
    while k < 10 {
        out[k] = key(DIGITS[k]);
        k += 1;
    }
    out
};

impl Action {
    /// The keys, the first being the one shown in menus; empty for menu-only actions.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        use Action::*;
        match self {
            // The digits beyond the scale's top level do nothing.
            ChooseLevel => &LEVEL_KEYS,
            NotApplicable => const { &[key(Key::N)] },
            InsufficientInfo => const { &[key(Key::I)] },
            ClearAnswer => const { &[key(Key::Backspace), key(Key::Delete)] },
            PreviousArea | PreviousPage => const { &[key(Key::ArrowLeft), key(Key::PageUp)] },
            NextArea | NextPage => const { &[key(Key::ArrowRight), key(Key::PageDown)] },
            FirstArea => const { &[key(Key::Home)] },
            SummaryPage => const { &[key(Key::End)] },
            QuickTally => const { &[key(Key::T)] },
            RevealVotes => const { &[key(Key::V)] },
            GoToRationale => const { &[key(Key::R)] },
            SaveAndNext | ScoreNext => const { &[ctrl(Key::Enter)] },
            Questions => const { &[key(Key::Q)] },
            Timer => const { &[key(Key::S)] },
            SecondScreen => const { &[key(Key::F5)] },
            RoomVoting => const { &[key(Key::W)] },
            JoinPage => const { &[key(Key::J)] },
            AcceptProposal => const { &[key(Key::A)] },
            LeaveSession | EndPresentation => const { &[key(Key::Escape)] },
            MoveInTable => {
                const {
                    &[
                        key(Key::ArrowUp),
                        key(Key::ArrowDown),
                        key(Key::ArrowLeft),
                        key(Key::ArrowRight),
                    ]
                }
            }
            ScoreCell => const { &[key(Key::Enter), key(Key::Space)] },
            Present => const { &[key(Key::P)] },
            Submit => const { &[key(Key::Enter)] },
            Undo => const { &[ctrl(Key::Z)] },
            Redo => const { &[ctrl_shift(Key::Z), ctrl(Key::Y)] },
            ZoomIn => const { &[ctrl(Key::Equals), ctrl(Key::Plus)] },
            ZoomOut => const { &[ctrl(Key::Minus)] },
            ZoomReset => const { &[ctrl(Key::Num0)] },
            Fullscreen => const { &[key(Key::F11)] },
            Open => const { &[ctrl(Key::O)] },
            SaveAs => const { &[ctrl_shift(Key::S)] },
            Help => const { &[key(Key::F1)] },
            NewWorkspace | NewWithInstrument | UseInstrument | OpenDemo | Import | ExportCsv
            | ExportXlsx | TableTemplate | MinistryPdf | WorkshopPdf | ShowWorkspace
            | ShowResults | Radar | Trend | Heatmap | Changes | History | LightTheme
            | DarkTheme | About | OpenDataFolder => &[],
        }
    }

    /// What it does, in menus and the key table; an action that opens a dialog ends
    /// with "...".
    pub fn text(self) -> &'static str {
        use Action::*;
        match self {
            ChooseLevel => "Agree on a level (after the reveal: then the rationale)",
            NotApplicable => "Not applicable",
            InsufficientInfo => "Insufficient information",
            ClearAnswer => "Clear the agreed answer",
            PreviousArea => "Previous area",
            NextArea => "Next area",
            FirstArea => "First area",
            SummaryPage => "Summary page",
            QuickTally => "Card count, e.g. 035 (Enter: apply and reveal)",
            RevealVotes => "Reveal the votes, or hide them again",
            GoToRationale => "Write the rationale",
            SaveAndNext => "Done: next open area (also from a text box)",
            Questions => "Guiding questions on the room view",
            Timer => "Start or pause the discussion timer",
            SecondScreen => "Present the room view (again: back)",
            RoomVoting => "Start or stop room voting from phones",
            JoinPage => "While room voting: a large QR code and address to join",
            AcceptProposal => "Table scoring: accept the table's proposal as the agreed answer",
            LeaveSession => "Leave a box or control; again: the workspace",
            MoveInTable => "Ministries table: move between cells (Tab goes to it)",
            ScoreCell => "Ministries table: score the chosen cell",
            ScoreNext => "Score the next ministry of the newest round",
            Present => "Presentation: the chart alone, large (again: leave)",
            EndPresentation => "Leave the presentation",
            PreviousPage => "Presented trend: the previous areas",
            NextPage => "Presented trend: the next areas",
            Submit => "Save a dialog, or add what a one-line box holds",
            Undo => "Undo",
            Redo => "Redo",
            ZoomIn => "Zoom in",
            ZoomOut => "Zoom out",
            ZoomReset => "Reset zoom",
            Fullscreen => "Full screen",
            Open => "Open...",
            SaveAs => "Save as...",
            Help => "Keyboard shortcuts",
            NewWorkspace => "New workspace",
            NewWithInstrument => "New workspace with another instrument...",
            UseInstrument => "New rounds use another instrument version...",
            OpenDemo => "Open the demo workspace",
            Import => "Import scores (CSV, Excel, OpenDocument)...",
            ExportCsv => "Export CSV...",
            ExportXlsx => "Export Excel workbook...",
            TableTemplate => "Excel template for tables...",
            MinistryPdf => "Export PDF: this ministry's summary...",
            WorkshopPdf => "Export PDF: workshop report...",
            ShowWorkspace => "Workspace",
            ShowResults => "Results",
            Radar => "Results: Radar",
            Trend => "Results: Trend",
            Heatmap => "Results: Heatmap",
            Changes => "Results: Changes",
            History => "Results: History",
            LightTheme => "Light theme (high contrast)",
            DarkTheme => "Dark theme",
            About => "About CODI Workshop",
            OpenDataFolder => "Open data folder",
        }
    }

    /// A longer line for the tooltip, where the text alone leaves a question.
    pub fn tooltip(self) -> Option<&'static str> {
        use Action::*;
        Some(match self {
            NewWorkspace => "An empty workspace, saved automatically until you choose where",
            NewWithInstrument => "An empty workspace scored with an instrument file (JSON)",
            UseInstrument => "Past rounds keep the version they were scored with",
            OpenDemo => "A made-up workspace to try the app on; your files are not touched",
            Import => "Scores from a file; what changes is listed and can be undone",
            ExportCsv => "Every score, one row per area, for other programs",
            ExportXlsx => "Every score and the rounds' details, one sheet each",
            TableTemplate => "A workbook a ministry's table fills in offline for the newest round",
            MinistryPdf => "Two pages for the ministry open in the scoring session",
            WorkshopPdf => "Every ministry of the round, with the method annex",
            OpenDataFolder => "Where never-saved workspaces and backups are kept",
            SecondScreen => "On a second display when there is one",
            _ => return None,
        })
    }

    /// The menu's label: the text, with the round it is about where that matters.
    pub fn label(self, s: &Situation) -> String {
        let round = match self {
            Action::TableTemplate => s.newest_round.as_ref(),
            Action::WorkshopPdf => s.report_round.as_ref(),
            _ => None,
        };
        match round {
            Some((_, title)) => {
                let text = self.text().trim_end_matches("...");
                format!("{text} ({title})...")
            }
            None => self.text().to_owned(),
        }
    }

    pub fn scope(self) -> Scope {
        use Action::*;
        match self {
            ChooseLevel | NotApplicable | InsufficientInfo | ClearAnswer | PreviousArea
            | NextArea | FirstArea | SummaryPage | QuickTally | RevealVotes | GoToRationale
            | SaveAndNext | Questions | Timer | SecondScreen | RoomVoting | JoinPage
            | AcceptProposal | LeaveSession => Scope::Scoring,
            MoveInTable | ScoreCell | ScoreNext => Scope::Workspace,
            Present | EndPresentation | PreviousPage | NextPage => Scope::Results,
            Submit => Scope::Boxes,
            Undo | Redo | ZoomIn | ZoomOut | ZoomReset | Fullscreen | Open | SaveAs | Help
            | NewWorkspace | NewWithInstrument | UseInstrument | OpenDemo | Import | ExportCsv
            | ExportXlsx | TableTemplate | MinistryPdf | WorkshopPdf | ShowWorkspace
            | ShowResults | Radar | Trend | Heatmap | Changes | History | LightTheme
            | DarkTheme | About | OpenDataFolder => Scope::Global,
        }
    }

    /// Whether the keys fire while a text box has focus. Plain keys never do (typing
    /// "1" in a rationale is text); text boxes keep their own Ctrl+Z.
    pub fn works_while_typing(self) -> bool {
        use Action::*;
        matches!(
            self,
            SaveAndNext
                | ScoreNext
                | Submit
                | ZoomIn
                | ZoomOut
                | ZoomReset
                | Fullscreen
                | Open
                | SaveAs
                | Help
        )
    }

    /// Why the action cannot be taken now, or `None` when it can.
    pub fn unavailable(self, s: &Situation) -> Option<&'static str> {
        match self {
            Action::Undo if !s.can_undo => Some("Nothing to undo"),
            Action::Redo if !s.can_redo => Some("Nothing to redo"),
            Action::TableTemplate if s.newest_round.is_none() => Some("Add a round first"),
            Action::WorkshopPdf if s.report_round.is_none() => Some("Add a round first"),
            Action::MinistryPdf if s.scoring.is_none() => {
                Some("Open a ministry's scoring session first")
            }
            Action::ShowWorkspace if s.screen == Some(Screen::Workspace) => {
                Some("The workspace is shown")
            }
            Action::ShowResults if matches!(s.screen, Some(Screen::Results(_))) => {
                Some("The results are shown")
            }
            _ => None,
        }
    }

    /// The command the action runs in this situation; `None` for the actions that the
    /// screen they belong to resolves itself (they need its open area, table cell or
    /// chart), and where what it needs is missing. Keys run it even when it is
    /// unavailable, so that the handler can say why nothing happened ("Nothing to undo").
    pub fn command(self, s: &Situation) -> Option<Command> {
        use Action::*;
        let results = |tab| Some(Command::Show(Screen::Results(tab)));
        match self {
            ChooseLevel | NotApplicable | InsufficientInfo | ClearAnswer | PreviousArea
            | NextArea | FirstArea | SummaryPage | QuickTally | RevealVotes | GoToRationale
            | SaveAndNext | Questions | Timer | SecondScreen | RoomVoting | JoinPage
            | AcceptProposal | LeaveSession | MoveInTable | ScoreCell | PreviousPage | NextPage
            | Submit => None,
            ScoreNext => Some(Command::ScoreNext),
            Present => Some(Command::Present(true)),
            EndPresentation => Some(Command::Present(false)),
            Undo => Some(Command::Undo),
            Redo => Some(Command::Redo),
            ZoomIn => Some(Command::ZoomIn),
            ZoomOut => Some(Command::ZoomOut),
            ZoomReset => Some(Command::ZoomReset),
            Fullscreen => Some(Command::ToggleFullscreen),
            Open => Some(Command::Open(None)),
            SaveAs => Some(Command::SaveAs(None)),
            Help => Some(Command::Help(Some(super::help::HelpPage::Keys))),
            About => Some(Command::Help(Some(super::help::HelpPage::About))),
            NewWorkspace => Some(Command::NewWorkspace),
            NewWithInstrument => Some(Command::NewWithInstrument(None)),
            UseInstrument => Some(Command::UseInstrument(None)),
            OpenDemo => Some(Command::OpenDemo),
            Import => Some(Command::Import(None)),
            ExportCsv => Some(Command::ExportCsv(None)),
            ExportXlsx => Some(Command::ExportXlsx(None)),
            TableTemplate => {
                let (round, _) = s.newest_round.clone()?;
                Some(Command::Template(round, None))
            }
            MinistryPdf => {
                let (round, ministry) = s.scoring.clone()?;
                Some(Command::ExportPdf(
                    PdfKind::Ministry { round, ministry },
                    None,
                ))
            }
            WorkshopPdf => {
                let (round, _) = s.report_round.clone()?;
                let kind = PdfKind::Workshop {
                    round,
                    skip_unscored: false,
                };
                Some(Command::ExportPdf(kind, None))
            }
            ShowWorkspace => Some(Command::Show(Screen::Workspace)),
            ShowResults => results(s.results_tab),
            Radar => results(Tab::Radar),
            Trend => results(Tab::Trend),
            Heatmap => results(Tab::Heatmap),
            Changes => results(Tab::Changes),
            History => results(Tab::History),
            LightTheme => Some(Command::SetDark(false)),
            DarkTheme => Some(Command::SetDark(true)),
            OpenDataFolder => Some(Command::OpenDataFolder),
        }
    }
}
