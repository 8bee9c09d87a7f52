//! Every user action, one value each: its text, tooltip, keys, where it works and when
//! it is available. Menus, the key handling, the F1 list, the hint line and the
//! key table in docs/reference/keys.md are all made from this (rerun's `UICommand` is the model). Adding
//! an action means adding it to each exhaustive `match` below, so none can be
//! half-wired.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::command::{Command, Handout, Screen};
use super::lang::Texts;
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
            /// In the order of the key table in docs/reference/keys.md and the menus' groups.
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
    MergeWorkspace,
    ExportCsv,
    ExportXlsx,
    TableTemplate,
    MinistryPdf,
    WorkshopPdf,
    KeyCard,
    PhoneHandout,
    AboutHandout,
    ShowWorkspace,
    ShowResults,
    Radar,
    Trend,
    Heatmap,
    Changes,
    History,
    Review,
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
    /// The interface language's code, and every language on offer: (code, own name).
    pub language: String,
    pub languages: Vec<(String, String)>,
    /// Bangla written with Latin digits (chosen in View › Language).
    pub latin_digits: bool,
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
            NewWorkspace | NewWithInstrument | UseInstrument | OpenDemo | Import
            | MergeWorkspace | ExportCsv | ExportXlsx | TableTemplate | MinistryPdf
            | WorkshopPdf | KeyCard | PhoneHandout | AboutHandout | ShowWorkspace | ShowResults
            | Radar | Trend | Heatmap | Changes | History | Review | LightTheme | DarkTheme
            | About | OpenDataFolder => &[],
        }
    }

    /// Its message id in the catalogue (`assets/i18n/*/app.ftl`); the message is what
    /// it does, in menus and the key table, and an action that opens a dialog ends
    /// with "...". A `.tooltip` attribute, where there is one, says more.
    pub fn id(self) -> &'static str {
        use Action::*;
        match self {
            ChooseLevel => "action-choose-level",
            NotApplicable => "action-not-applicable",
            InsufficientInfo => "action-insufficient-info",
            ClearAnswer => "action-clear-answer",
            PreviousArea => "action-previous-area",
            NextArea => "action-next-area",
            FirstArea => "action-first-area",
            SummaryPage => "action-summary-page",
            QuickTally => "action-quick-tally",
            RevealVotes => "action-reveal-votes",
            GoToRationale => "action-go-to-rationale",
            SaveAndNext => "action-save-and-next",
            Questions => "action-questions",
            Timer => "action-timer",
            SecondScreen => "action-second-screen",
            RoomVoting => "action-room-voting",
            JoinPage => "action-join-page",
            AcceptProposal => "action-accept-proposal",
            LeaveSession => "action-leave-session",
            MoveInTable => "action-move-in-table",
            ScoreCell => "action-score-cell",
            ScoreNext => "action-score-next",
            Present => "action-present",
            EndPresentation => "action-end-presentation",
            PreviousPage => "action-previous-page",
            NextPage => "action-next-page",
            Submit => "action-submit",
            Undo => "action-undo",
            Redo => "action-redo",
            ZoomIn => "action-zoom-in",
            ZoomOut => "action-zoom-out",
            ZoomReset => "action-zoom-reset",
            Fullscreen => "action-fullscreen",
            Open => "action-open",
            SaveAs => "action-save-as",
            Help => "action-help",
            NewWorkspace => "action-new-workspace",
            NewWithInstrument => "action-new-with-instrument",
            UseInstrument => "action-use-instrument",
            OpenDemo => "action-open-demo",
            Import => "action-import",
            MergeWorkspace => "action-merge",
            ExportCsv => "action-export-csv",
            ExportXlsx => "action-export-xlsx",
            KeyCard => "action-key-card",
            PhoneHandout => "action-phone-handout",
            AboutHandout => "action-about-handout",
            TableTemplate => "action-table-template",
            MinistryPdf => "action-ministry-pdf",
            WorkshopPdf => "action-workshop-pdf",
            ShowWorkspace => "action-show-workspace",
            ShowResults => "action-show-results",
            Radar => "action-radar",
            Trend => "action-trend",
            Heatmap => "action-heatmap",
            Changes => "action-changes",
            History => "action-history",
            Review => "action-review",
            LightTheme => "action-light-theme",
            DarkTheme => "action-dark-theme",
            About => "action-about",
            OpenDataFolder => "action-open-data-folder",
        }
    }

    pub fn text(self, t: &Texts) -> String {
        t.get(self.id())
    }

    /// A longer line for the tooltip, where the text alone leaves a question.
    pub fn tooltip(self, t: &Texts) -> Option<String> {
        t.attr(self.id(), "tooltip")
    }

    /// The menu's label: the text, with the round it is about where that matters.
    pub fn label(self, s: &Situation, t: &Texts) -> String {
        let round = match self {
            Action::TableTemplate => s.newest_round.as_ref(),
            Action::WorkshopPdf => s.report_round.as_ref(),
            _ => None,
        };
        let text = self.text(t);
        match round {
            Some((_, title)) => t.with(
                "action-with-round",
                &[
                    ("action", text.trim_end_matches("...").into()),
                    ("round", title.as_str().into()),
                ],
            ),
            None => text,
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
            | NewWorkspace | NewWithInstrument | UseInstrument | OpenDemo | Import
            | MergeWorkspace | ExportCsv | ExportXlsx | TableTemplate | MinistryPdf
            | WorkshopPdf | KeyCard | PhoneHandout | AboutHandout | ShowWorkspace | ShowResults
            | Radar | Trend | Heatmap | Changes | History | Review | LightTheme | DarkTheme
            | About | OpenDataFolder => Scope::Global,
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

    /// Why the action cannot be taken now (a message id), or `None` when it can.
    pub fn unavailable(self, s: &Situation) -> Option<&'static str> {
        match self {
            Action::Undo if !s.can_undo => Some("unavailable-nothing-to-undo"),
            Action::Redo if !s.can_redo => Some("unavailable-nothing-to-redo"),
            Action::TableTemplate if s.newest_round.is_none() => Some("unavailable-add-a-round"),
            Action::WorkshopPdf if s.report_round.is_none() => Some("unavailable-add-a-round"),
            Action::MinistryPdf if s.scoring.is_none() => Some("unavailable-open-scoring"),
            Action::ShowWorkspace if s.screen == Some(Screen::Workspace) => {
                Some("unavailable-workspace-shown")
            }
            Action::ShowResults if matches!(s.screen, Some(Screen::Results(_))) => {
                Some("unavailable-results-shown")
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
            MergeWorkspace => Some(Command::Merge(None)),
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
                    by_cluster: false,
                };
                Some(Command::ExportPdf(kind, None))
            }
            KeyCard => Some(Command::Handout(Handout::KeyCard)),
            PhoneHandout => Some(Command::Handout(Handout::Phone)),
            AboutHandout => Some(Command::Handout(Handout::About)),
            ShowWorkspace => Some(Command::Show(Screen::Workspace)),
            ShowResults => results(s.results_tab),
            Radar => results(Tab::Radar),
            Trend => results(Tab::Trend),
            Heatmap => results(Tab::Heatmap),
            Changes => results(Tab::Changes),
            History => results(Tab::History),
            Review => results(Tab::Review),
            LightTheme => Some(Command::SetDark(false)),
            DarkTheme => Some(Command::SetDark(true)),
            OpenDataFolder => Some(Command::OpenDataFolder),
        }
    }
}
