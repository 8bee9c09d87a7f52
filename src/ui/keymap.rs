//! The one key map: every keyboard action with its keys, its text, where it works and
//! whether it fires while a text box has focus. The keyboard handling, the menus, the
//! hint line and the README's key table all come from here (a test checks the README).

use egui::{Key, KeyboardShortcut, Modifiers};

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
}

/// Everything a key can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
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
    Undo,
    Redo,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    Fullscreen,
    Open,
    SaveAs,
    Help,
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

/// The digit keys 1-9, for levels.
pub const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

impl Action {
    /// In the order of the README's table.
    pub const ALL: [Action; 32] = [
        Action::ChooseLevel,
        Action::NotApplicable,
        Action::InsufficientInfo,
        Action::ClearAnswer,
        Action::PreviousArea,
        Action::NextArea,
        Action::FirstArea,
        Action::SummaryPage,
        Action::QuickTally,
        Action::RevealVotes,
        Action::GoToRationale,
        Action::SaveAndNext,
        Action::Questions,
        Action::Timer,
        Action::SecondScreen,
        Action::RoomVoting,
        Action::JoinPage,
        Action::AcceptProposal,
        Action::LeaveSession,
        Action::MoveInTable,
        Action::ScoreCell,
        Action::ScoreNext,
        Action::Present,
        Action::Undo,
        Action::Redo,
        Action::ZoomIn,
        Action::ZoomOut,
        Action::ZoomReset,
        Action::Fullscreen,
        Action::Open,
        Action::SaveAs,
        Action::Help,
    ];

    /// The keys, the first being the one shown in menus.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        match self {
            // The digits beyond the scale's top level do nothing.
            Action::ChooseLevel => {
                const {
                    &[
                        key(Key::Num1),
                        key(Key::Num2),
                        key(Key::Num3),
                        key(Key::Num4),
                        key(Key::Num5),
                        key(Key::Num6),
                        key(Key::Num7),
                        key(Key::Num8),
                        key(Key::Num9),
                    ]
                }
            }
            Action::NotApplicable => const { &[key(Key::N)] },
            Action::InsufficientInfo => const { &[key(Key::I)] },
            Action::ClearAnswer => const { &[key(Key::Backspace), key(Key::Delete)] },
            Action::PreviousArea => const { &[key(Key::ArrowLeft), key(Key::PageUp)] },
            Action::NextArea => const { &[key(Key::ArrowRight), key(Key::PageDown)] },
            Action::FirstArea => const { &[key(Key::Home)] },
            Action::SummaryPage => const { &[key(Key::End)] },
            Action::QuickTally => const { &[key(Key::T)] },
            Action::RevealVotes => const { &[key(Key::V)] },
            Action::GoToRationale => const { &[key(Key::R)] },
            Action::SaveAndNext => const { &[ctrl(Key::Enter)] },
            Action::Questions => const { &[key(Key::Q)] },
            Action::Timer => const { &[key(Key::S)] },
            Action::SecondScreen => const { &[key(Key::F5)] },
            Action::RoomVoting => const { &[key(Key::W)] },
            Action::JoinPage => const { &[key(Key::J)] },
            Action::AcceptProposal => const { &[key(Key::A)] },
            Action::LeaveSession => const { &[key(Key::Escape)] },
            Action::MoveInTable => {
                const {
                    &[
                        key(Key::ArrowUp),
                        key(Key::ArrowDown),
                        key(Key::ArrowLeft),
                        key(Key::ArrowRight),
                    ]
                }
            }
            Action::ScoreCell => const { &[key(Key::Enter), key(Key::Space)] },
            Action::ScoreNext => const { &[ctrl(Key::Enter)] },
            Action::Present => const { &[key(Key::P)] },
            Action::Undo => const { &[ctrl(Key::Z)] },
            Action::Redo => const { &[ctrl_shift(Key::Z), ctrl(Key::Y)] },
            Action::ZoomIn => const { &[ctrl(Key::Equals), ctrl(Key::Plus)] },
            Action::ZoomOut => const { &[ctrl(Key::Minus)] },
            Action::ZoomReset => const { &[ctrl(Key::Num0)] },
            Action::Fullscreen => const { &[key(Key::F11)] },
            Action::Open => const { &[ctrl(Key::O)] },
            Action::SaveAs => const { &[ctrl_shift(Key::S)] },
            Action::Help => const { &[key(Key::F1)] },
        }
    }

    /// What it does, in menus and the key table; an action that opens a dialog ends
    /// with "...".
    pub fn text(self) -> &'static str {
        match self {
            Action::ChooseLevel => "Agree on a level (after the reveal: then the rationale)",
            Action::NotApplicable => "Not applicable",
            Action::InsufficientInfo => "Insufficient information",
            Action::ClearAnswer => "Clear the agreed answer",
            Action::PreviousArea => "Previous area",
            Action::NextArea => "Next area",
            Action::FirstArea => "First area",
            Action::SummaryPage => "Summary page",
            Action::QuickTally => "Card count, e.g. 035 (Enter: apply and reveal)",
            Action::RevealVotes => "Reveal the votes, or hide them again",
            Action::GoToRationale => "Write the rationale",
            Action::SaveAndNext => "Done: next open area (also from a text box)",
            Action::Questions => "Guiding questions on the room view",
            Action::Timer => "Start or pause the discussion timer",
            Action::SecondScreen => "Present the room view (again: back)",
            Action::RoomVoting => "Start or stop room voting from phones",
            Action::JoinPage => "While room voting: a large QR code and address to join",
            Action::AcceptProposal => {
                "Table scoring: accept the table's proposal as the agreed answer"
            }
            Action::LeaveSession => "Leave a box or control; again: the workspace",
            Action::MoveInTable => "Ministries table: move between cells (Tab goes to it)",
            Action::ScoreCell => "Ministries table: score the chosen cell",
            Action::ScoreNext => "Score the next ministry of the newest round",
            Action::Present => "Presentation: the chart alone, large (P or Esc leaves)",
            Action::Undo => "Undo",
            Action::Redo => "Redo",
            Action::ZoomIn => "Zoom in",
            Action::ZoomOut => "Zoom out",
            Action::ZoomReset => "Reset zoom",
            Action::Fullscreen => "Full screen",
            Action::Open => "Open...",
            Action::SaveAs => "Save as...",
            Action::Help => "Keyboard shortcuts",
        }
    }

    pub fn scope(self) -> Scope {
        match self {
            Action::Undo
            | Action::Redo
            | Action::ZoomIn
            | Action::ZoomOut
            | Action::ZoomReset
            | Action::Fullscreen
            | Action::Open
            | Action::SaveAs
            | Action::Help => Scope::Global,
            Action::MoveInTable | Action::ScoreCell | Action::ScoreNext => Scope::Workspace,
            Action::Present => Scope::Results,
            _ => Scope::Scoring,
        }
    }

    /// Whether the keys fire while a text box has focus. Plain keys never do (typing
    /// "1" in a rationale is text); text boxes keep their own Ctrl+Z.
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            Action::SaveAndNext
                | Action::ScoreNext
                | Action::ZoomIn
                | Action::ZoomOut
                | Action::ZoomReset
                | Action::Fullscreen
                | Action::Open
                | Action::SaveAs
                | Action::Help
        )
    }

    /// The keys as text, e.g. `Ctrl+Shift+Z / Ctrl+Y`; the digits as `1`-`4` for a
    /// scale of `levels` levels.
    pub fn keys_text(self, levels: usize) -> String {
        if self == Action::ChooseLevel {
            return format!("1-{}", levels.clamp(1, 9));
        }
        self.shortcuts()
            .iter()
            .map(shortcut_text)
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The first shortcut, as menus show it.
    pub fn menu_shortcut(self) -> String {
        self.shortcuts()
            .first()
            .map(shortcut_text)
            .unwrap_or_default()
    }
}

/// A key's name as people write it (arrows as arrows, `Esc`, `-`).
fn key_name(k: Key) -> &'static str {
    match k {
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Escape => "Esc",
        Key::Minus => "-",
        Key::Equals => "=",
        Key::Plus => "+",
        other => other.name(),
    }
}

/// A shortcut as text, the same on every platform (Ctrl, not ⌘), e.g. `Ctrl+Shift+Z`.
pub fn shortcut_text(s: &KeyboardShortcut) -> String {
    let m = s.modifiers;
    let mut out = String::new();
    if m.command || m.ctrl || m.mac_cmd {
        out.push_str("Ctrl+");
    }
    if m.alt {
        out.push_str("Alt+");
    }
    if m.shift {
        out.push_str("Shift+");
    }
    out.push_str(key_name(s.logical_key));
    out
}

/// The hint line under a scoring page, e.g. "1-4 level · N NA · I NI · T tally · ...".
pub fn scoring_hint(levels: usize) -> String {
    let short = |a: Action| match a {
        Action::ChooseLevel => "level",
        Action::NotApplicable => "NA",
        Action::InsufficientInfo => "NI",
        Action::QuickTally => "tally",
        Action::RevealVotes => "reveal",
        Action::GoToRationale => "rationale",
        Action::SaveAndNext => "next",
        Action::Questions => "questions",
        Action::Timer => "timer",
        Action::SecondScreen => "present",
        Action::LeaveSession => "back",
        _ => "",
    };
    let parts: Vec<String> = Action::ALL
        .iter()
        .filter(|a| a.scope() == Scope::Scoring && !short(**a).is_empty())
        .map(|a| {
            let keys = match a {
                Action::ChooseLevel => a.keys_text(levels),
                _ => a.shortcuts().first().map(shortcut_text).unwrap_or_default(),
            };
            format!("{keys} {}", short(*a))
        })
        .collect();
    parts.join(" · ")
}

/// The README's key table (markdown), generated from the key map.
pub fn markdown_table() -> String {
    let mut out = String::from("| key | does | where |\n|---|---|---|\n");
    for a in Action::ALL {
        let keys = match a {
            Action::ChooseLevel => "`1`-`4`".to_owned(),
            _ => a
                .shortcuts()
                .iter()
                .map(|s| format!("`{}`", shortcut_text(s)))
                .collect::<Vec<_>>()
                .join(" "),
        };
        let place = match a.scope() {
            Scope::Global => "anywhere",
            Scope::Scoring => "scoring pages",
            Scope::Workspace => "workspace screen",
            Scope::Results => "results screens",
        };
        out.push_str(&format!("| {keys} | {} | {place} |\n", a.text()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_does_two_things_in_one_place() {
        let mut seen: Vec<(Scope, KeyboardShortcut)> = Vec::new();
        for a in Action::ALL {
            for s in a.shortcuts() {
                let clash = seen
                    .iter()
                    .any(|(scope, k)| k == s && (*scope == a.scope() || *scope == Scope::Global));
                assert!(!clash, "{a:?}: {}", shortcut_text(s));
                seen.push((a.scope(), *s));
            }
        }
    }

    #[test]
    fn the_readme_table_is_the_key_map() {
        let readme = include_str!("../../README.md");
        assert!(
            readme.contains(&markdown_table()),
            "README.md's key table differs from the key map; paste this:\n{}",
            markdown_table()
        );
    }

    #[test]
    fn texts_for_menus_and_hints() {
        assert_eq!(Action::Redo.keys_text(4), "Ctrl+Shift+Z / Ctrl+Y");
        assert_eq!(Action::ChooseLevel.keys_text(4), "1-4");
        assert_eq!(Action::Undo.menu_shortcut(), "Ctrl+Z");
        let hint = scoring_hint(4);
        assert!(
            hint.starts_with("1-4 level · N NA · I NI · T tally"),
            "{hint}"
        );
        assert!(hint.contains("Esc back"), "{hint}");
    }
}
