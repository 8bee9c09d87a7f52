//! The key map's texts: keys as people write them, the hint line under a scoring page,
//! the README's key table, and reading an action's keys from the input. The actions
//! themselves, with their keys, are in [`super::action`].

use egui::{InputState, Key, KeyboardShortcut};

pub use super::action::{Action, Scope};
use super::lang::Texts;

impl Action {
    /// The keys as text, e.g. `Ctrl+Shift+Z / Ctrl+Y`; the digits as `1`-`4` for a
    /// scale of `levels` levels (`0` is the tenth).
    pub fn keys_text(self, levels: usize) -> String {
        if self == Action::ChooseLevel {
            return levels_text(levels);
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

    /// Whether one of the action's keys was pressed; the key is consumed, so nothing
    /// else reacts to it.
    pub fn consume(self, i: &mut InputState) -> bool {
        self.shortcuts().iter().any(|s| i.consume_shortcut(s))
    }

    /// Whether one of the action's keys was pressed, leaving it for the focused
    /// widget too (Enter in a box that has just lost focus).
    pub fn pressed(self, i: &InputState) -> bool {
        self.shortcuts()
            .iter()
            .any(|s| i.key_pressed(s.logical_key) && i.modifiers.matches_exact(s.modifiers))
    }
}

/// How far this frame's arrow keys move a table's cursor: (rows, columns).
pub fn arrow_step(i: &InputState) -> (isize, isize) {
    let mut step = (0, 0);
    for s in Action::MoveInTable.shortcuts() {
        if !(i.key_pressed(s.logical_key) && i.modifiers.matches_exact(s.modifiers)) {
            continue;
        }
        match s.logical_key {
            Key::ArrowUp => step.0 -= 1,
            Key::ArrowDown => step.0 += 1,
            Key::ArrowLeft => step.1 -= 1,
            Key::ArrowRight => step.1 += 1,
            _ => {}
        }
    }
    step
}

/// The level keys for a scale of `levels` levels: `1-4`, or `1-9, 0` for ten.
fn levels_text(levels: usize) -> String {
    match levels.clamp(1, 10) {
        10 => "1-9, 0".to_owned(),
        n => format!("1-{n}"),
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
pub fn scoring_hint(levels: usize, t: &Texts) -> String {
    let short = |a: Action| match a {
        Action::ChooseLevel => "hint-level",
        Action::NotApplicable => "hint-na",
        Action::InsufficientInfo => "hint-ni",
        Action::QuickTally => "hint-tally",
        Action::RevealVotes => "hint-reveal",
        Action::GoToRationale => "hint-rationale",
        Action::SaveAndNext => "hint-next",
        Action::Questions => "hint-questions",
        Action::Timer => "hint-timer",
        Action::SecondScreen => "hint-present",
        Action::LeaveSession => "hint-back",
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
            format!("{keys} {}", t.get(short(*a)))
        })
        .collect();
    parts.join(" · ")
}

/// The README's key table (markdown, in English), generated from the key map.
/// Every key, by where it works: each group's heading and its (keys, what they do),
/// in `t`'s language. F1 and the printed key card show this.
pub fn key_groups(t: &Texts, levels: usize) -> Vec<(String, Vec<(String, String)>)> {
    [
        (Scope::Global, "help-scope-global"),
        (Scope::Scoring, "help-scope-scoring"),
        (Scope::Workspace, "help-scope-workspace"),
        (Scope::Results, "help-scope-results"),
        (Scope::Boxes, "help-scope-boxes"),
    ]
    .into_iter()
    .map(|(scope, heading)| {
        let keys = Action::ALL
            .iter()
            .filter(|a| !a.shortcuts().is_empty() && a.scope() == scope)
            .map(|a| (a.keys_text(levels), a.text(t)))
            .collect();
        (t.get(heading), keys)
    })
    .filter(|(_, keys): &(String, Vec<(String, String)>)| !keys.is_empty())
    .collect()
}

pub fn markdown_table() -> String {
    let t = super::lang::Catalog::shipped().english();
    let mut out = String::from("| key | does | where |\n|---|---|---|\n");
    for &a in Action::ALL.iter().filter(|a| !a.shortcuts().is_empty()) {
        let keys = match a {
            Action::ChooseLevel => "`1`-`4` (a longer scale: to `9`, then `0`)".to_owned(),
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
            Scope::Boxes => "dialogs, one-line boxes",
        };
        out.push_str(&format!("| {keys} | {} | {place} |\n", a.text(&t)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_does_two_things_in_one_place() {
        // Every pair, both ways round: a global key clashes with any scope's.
        let keys: Vec<(Action, KeyboardShortcut)> = Action::ALL
            .iter()
            .flat_map(|a| a.shortcuts().iter().map(move |s| (*a, *s)))
            .collect();
        for (i, (a, ka)) in keys.iter().enumerate() {
            for (b, kb) in &keys[i + 1..] {
                let clash = a != b && clashes((a.scope(), ka), (b.scope(), kb));
                assert!(!clash, "{a:?} and {b:?} share {}", shortcut_text(ka));
            }
        }
        // The rule holds in either order.
        let f1 = KeyboardShortcut::new(egui::Modifiers::NONE, Key::F1);
        assert!(clashes((Scope::Scoring, &f1), (Scope::Global, &f1)));
        assert!(clashes((Scope::Global, &f1), (Scope::Scoring, &f1)));
        assert!(!clashes((Scope::Results, &f1), (Scope::Scoring, &f1)));
    }

    fn clashes(a: (Scope, &KeyboardShortcut), b: (Scope, &KeyboardShortcut)) -> bool {
        a.1 == b.1 && (a.0 == b.0 || a.0 == Scope::Global || b.0 == Scope::Global)
    }

    #[test]
    fn ten_levels_have_ten_keys() {
        assert_eq!(Action::ChooseLevel.shortcuts().len(), 10);
        assert_eq!(Action::ChooseLevel.shortcuts()[9].logical_key, Key::Num0);
        assert_eq!(Action::ChooseLevel.keys_text(10), "1-9, 0");
        assert_eq!(Action::ChooseLevel.keys_text(4), "1-4");
    }

    #[test]
    fn every_action_is_listed_once_and_has_a_text() {
        for (k, a) in Action::ALL.iter().enumerate() {
            assert!(!Action::ALL[..k].contains(a), "{a:?} twice");
            let t = crate::ui::lang::Catalog::shipped().english();
            assert_ne!(a.text(&t), a.id(), "{a:?} has no English text");
        }
    }

    #[test]
    fn the_documented_key_table_is_the_key_map() {
        let readme = include_str!("../../docs/reference/keys.md");
        assert!(
            readme.contains(&markdown_table()),
            "docs/reference/keys.md differs from the key map; paste this:\n{}",
            markdown_table()
        );
    }

    #[test]
    fn texts_for_menus_and_hints() {
        assert_eq!(Action::Redo.keys_text(4), "Ctrl+Shift+Z / Ctrl+Y");
        assert_eq!(Action::ChooseLevel.keys_text(4), "1-4");
        assert_eq!(Action::Undo.menu_shortcut(), "Ctrl+Z");
        let hint = scoring_hint(4, &crate::ui::lang::Catalog::shipped().english());
        assert!(
            hint.starts_with("1-4 level · N NA · I NI · T tally"),
            "{hint}"
        );
        assert!(hint.contains("Esc back"), "{hint}");
    }
}
