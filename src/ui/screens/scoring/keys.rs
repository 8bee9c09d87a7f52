//! The session's keys, read from the key map before anything is drawn (so no widget
//! sees them). Plain keys never fire while a text box has focus; there, Esc only leaves
//! the box (egui's text box does that) and Ctrl+Enter finishes the area.

use egui::{Event, InputState, Key, Modifiers, Ui};

use super::{Open, Overlay, ScoringView, Want};
use crate::model::{Answer, Level};
use crate::session::{SessionState, TimerOp};
use crate::ui::command::{Command, Screen};
use crate::ui::keymap::{self, Action, Scope};

impl ScoringView {
    /// Handle the session's keys. Call before drawing.
    pub fn keys(&mut self, ui: &Ui, st: &SessionState, cmds: &mut Vec<Command>) {
        let Some(open) = Open::of(st) else {
            return;
        };
        // egui drops the focus on Esc before this runs, so a box focused at the end of
        // the last frame still counts: that Esc only leaves the box.
        let typing = ui.ctx().text_edit_focused() || self.was_typing;
        let mut leave_box = false;
        ui.ctx().input_mut(|i| {
            for action in Action::ALL {
                if action.scope() != Scope::Scoring || (typing && !action.works_while_typing()) {
                    continue;
                }
                if action == Action::ChooseLevel {
                    choose_level(i, &open, cmds);
                    continue;
                }
                let Some(key) = action.shortcuts().iter().find(|s| i.consume_shortcut(s)) else {
                    continue;
                };
                drop_typed_letter(i, key.logical_key);
                leave_box |= typing;
                if let Some(cmd) = self.action(action, &open, st.live.voting.is_some()) {
                    cmds.push(cmd);
                }
            }
        });
        if leave_box {
            ui.ctx().memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
    }

    /// What a (non-digit) action does on the open page.
    fn action(&mut self, action: Action, open: &Open<'_>, voting: bool) -> Option<Command> {
        let page = open.page_index();
        let areas = open.inst.areas().len();
        let at = open.focus.score_ref();
        Some(match (action, &at) {
            (Action::PreviousArea, _) => open.goto(page.saturating_sub(1)),
            (Action::NextArea | Action::SaveAndNext, _) => open.goto((page + 1).min(areas)),
            (Action::FirstArea, _) => open.goto(0),
            (Action::SummaryPage, _) => open.goto(areas),
            (Action::LeaveSession, _) if self.overlay != Overlay::None => {
                self.overlay = Overlay::None;
                return None;
            }
            (Action::LeaveSession, _) => Command::Show(Screen::Workspace),
            (Action::NotApplicable, Some(at)) => open.set_answer(at, Some(Answer::NotApplicable)),
            (Action::InsufficientInfo, Some(at)) => {
                open.set_answer(at, Some(Answer::InsufficientInfo))
            }
            (Action::ClearAnswer, Some(at)) => open.set_answer(at, None),
            (Action::RevealVotes, Some(at)) => Command::Reveal(at.clone(), true),
            (Action::QuickTally, Some(_)) => {
                self.want = Some(Want::Tally);
                return None;
            }
            (Action::GoToRationale, Some(_)) => {
                self.want = Some(Want::Rationale);
                return None;
            }
            (Action::Questions, Some(_)) => {
                self.overlay = self.overlay.toggle(Overlay::Questions);
                return None;
            }
            (Action::AcceptProposal, Some(at)) => return super::proposal::accept(open, at),
            (Action::JoinPage, Some(_)) if voting => {
                self.overlay = self.overlay.toggle(Overlay::Join);
                return None;
            }
            (Action::Timer, Some(_)) => Command::Timer(TimerOp::Toggle),
            (Action::RoomVoting, _) => Command::RoomVoting(!voting),
            (Action::SecondScreen, _) => {
                self.second_screen = !self.second_screen;
                return None;
            }
            _ => return None,
        })
    }
}

/// Digits choose a level; those beyond the scale's top level do nothing.
fn choose_level(i: &mut InputState, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let Some(at) = open.focus.score_ref() else {
        return;
    };
    let levels = open.inst.level_count();
    for (k, key) in keymap::DIGITS.iter().enumerate().take(levels) {
        if i.consume_key(Modifiers::NONE, *key) {
            let level = Level::new(k as u8 + 1).map(Answer::Level);
            cmds.push(open.set_answer(&at, level));
        }
    }
}

/// A letter key also arrives as typed text; drop it so the box that the key focuses
/// does not start with that letter.
fn drop_typed_letter(i: &mut InputState, key: Key) {
    let name = key.name();
    if name.chars().count() == 1 {
        i.events
            .retain(|e| !matches!(e, Event::Text(t) if t.eq_ignore_ascii_case(name)));
    }
}
