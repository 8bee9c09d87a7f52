//! The session's keys, read from the key map before anything is drawn (so no widget
//! sees them). Plain keys never fire while a text box has focus; there, Esc only leaves
//! the box (egui's text box does that) and Ctrl+Enter finishes the area.

use egui::{Event, InputState, Key, Ui};

use super::{Open, Overlay, ScoringView, Want};
use crate::model::{Answer, Level};
use crate::session::{SessionState, TimerOp};
use crate::ui::command::{Command, Screen};
use crate::ui::keymap::{Action, Scope};
use crate::ui::lang::Texts;

impl ScoringView {
    /// Handle the session's keys. Call before drawing.
    pub fn keys(&mut self, ui: &Ui, st: &SessionState, cmds: &mut Vec<Command>) {
        let Some(open) = Open::of(st) else {
            return;
        };
        // egui drops the focus on Esc before this runs, so a box focused at the end of
        // the last frame still counts: that Esc only leaves the box.
        let typing = ui.ctx().text_edit_focused() || self.was_typing;
        // Esc in a box leaves the control: the next Esc is the page's.
        if typing && ui.input(|i| Action::LeaveSession.pressed(i)) {
            self.clicked = false;
        }
        let mut leave_box = false;
        // Read before `input_mut`, which holds the context while it runs.
        let t = crate::ui::lang::texts(ui.ctx());
        ui.ctx().input_mut(|i| {
            for &action in Action::ALL {
                if action.scope() != Scope::Scoring || (typing && !action.works_while_typing()) {
                    continue;
                }
                if action == Action::ChooseLevel {
                    // After the reveal, agreeing is the next step and the rationale
                    // the one after: a level key does the first and goes to the second.
                    let revealed = open
                        .focus
                        .score_ref()
                        .is_some_and(|at| st.live.is_revealed(&at));
                    if choose_level(i, &open, cmds) && revealed {
                        self.want = Some(Want::Rationale);
                    }
                    continue;
                }
                let Some(key) = action.shortcuts().iter().find(|s| i.consume_shortcut(s)) else {
                    continue;
                };
                drop_typed_letter(i, key.logical_key);
                leave_box |= typing;
                self.note = None;
                // After a click on a control (or with a control focused), Esc only
                // leaves it: it never takes the room out of the session by surprise.
                if action == Action::LeaveSession
                    && self.overlay == Overlay::None
                    && !self.presenting
                    && (self.clicked || self.was_focused)
                {
                    self.clicked = false;
                    leave_box = true;
                    self.note = Some(t.get("keys-esc-again"));
                    continue;
                }
                self.clicked = false;
                if let Some(why) = not_here(action, &open, st, &t) {
                    self.note = Some(why);
                    continue;
                }
                if let Some(cmd) = self.action(action, &open, st) {
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
    fn action(&mut self, action: Action, open: &Open<'_>, st: &SessionState) -> Option<Command> {
        let voting = st.live.voting.is_some();
        let page = open.page_index();
        let areas = open.inst.areas().len();
        let at = open.focus.score_ref();
        Some(match (action, &at) {
            (Action::PreviousArea, _) => open.goto(page.saturating_sub(1)),
            (Action::NextArea, _) => open.goto((page + 1).min(areas)),
            // Done with this area: on to the next one still open (the summary when
            // none is), with the card count ready if the room counted cards here.
            (Action::SaveAndNext, _) => {
                let counted = at
                    .as_ref()
                    .and_then(|at| open.ws.score_at(at))
                    .is_some_and(|s| s.votes.total() > 0);
                let next = open.goto(next_open(open, page));
                if let (true, Command::Score(focus)) = (counted, &next) {
                    self.want_next = Some((focus.clone(), Want::Tally));
                }
                next
            }
            (Action::FirstArea, _) => open.goto(0),
            (Action::SummaryPage, _) => open.goto(areas),
            (Action::LeaveSession, _) if self.overlay != Overlay::None => {
                self.overlay = Overlay::None;
                return None;
            }
            (Action::LeaveSession, _) if self.presenting => {
                self.presenting = false;
                return None;
            }
            (Action::LeaveSession, _) => Command::Show(Screen::Workspace),
            (Action::NotApplicable, Some(at)) => open.set_answer(at, Some(Answer::NotApplicable)),
            (Action::InsufficientInfo, Some(at)) => {
                open.set_answer(at, Some(Answer::InsufficientInfo))
            }
            (Action::ClearAnswer, Some(at)) => open.set_answer(at, None),
            // V shows the votes and hides them again.
            (Action::RevealVotes, Some(at)) => {
                Command::Reveal(at.clone(), !st.live.is_revealed(at))
            }
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
            // F5 shows the room: on the second display when there is one, otherwise
            // here, full screen, with the controls in a strip. Again: back.
            (Action::SecondScreen, _) => {
                if self.presenting || self.second_screen {
                    self.presenting = false;
                    self.second_screen = false;
                } else if self.other_display.is_some() {
                    self.second_screen = true;
                } else {
                    self.presenting = true;
                }
                return None;
            }
            _ => return None,
        })
    }
}

/// Why a key does nothing on the open page (shown on the hint line), or `None` when it
/// applies.
fn not_here(action: Action, open: &Open<'_>, st: &SessionState, t: &Texts) -> Option<String> {
    let key = [("key", action.menu_shortcut().into())];
    let Some(at) = open.focus.score_ref() else {
        return matches!(
            action,
            Action::NotApplicable
                | Action::InsufficientInfo
                | Action::ClearAnswer
                | Action::QuickTally
                | Action::RevealVotes
                | Action::GoToRationale
                | Action::Questions
                | Action::AcceptProposal
                | Action::JoinPage
                | Action::Timer
        )
        .then(|| t.with("keys-not-on-summary", &key));
    };
    let score = open.ws.score_at(&at);
    match action {
        Action::AcceptProposal if score.and_then(|s| s.proposal.as_ref()).is_none() => {
            Some(t.with("keys-no-proposal", &key))
        }
        Action::AcceptProposal
            if score
                .and_then(|s| s.proposal.as_ref())
                .is_some_and(|p| p.answer.is_none()) =>
        {
            Some(t.with("keys-proposal-empty", &key))
        }
        Action::JoinPage if st.live.voting.is_none() => Some(t.with("keys-join-not-voting", &key)),
        Action::RevealVotes
            if !st.live.is_revealed(&at) && score.is_none_or(|s| s.all_votes().total() == 0) =>
        {
            Some(t.with("keys-nothing-to-reveal", &key))
        }
        _ => None,
    }
}

/// Digits choose a level; those beyond the scale's top level do nothing. Returns
/// whether one was chosen.
fn choose_level(i: &mut InputState, open: &Open<'_>, cmds: &mut Vec<Command>) -> bool {
    let Some(at) = open.focus.score_ref() else {
        return false;
    };
    let levels = open.inst.level_count();
    let mut chosen = false;
    let keys = Action::ChooseLevel.shortcuts().iter();
    for (k, key) in keys.enumerate().take(levels) {
        if i.consume_shortcut(key) {
            let level = Level::new(k as u8 + 1).map(Answer::Level);
            cmds.push(open.set_answer(&at, level));
            chosen = true;
        }
    }
    chosen
}

/// The page of the next area after `page` with no agreed answer (wrapping round to
/// the first ones); the summary when every area has one.
fn next_open(open: &Open<'_>, page: usize) -> usize {
    let areas = open.inst.areas();
    let unanswered = |k: usize| {
        open.ws
            .answer(&open.round.id, &open.ministry.id, &areas[k].id)
            .is_none()
    };
    (page + 1..areas.len())
        .chain(0..page.min(areas.len()))
        .find(|&k| unanswered(k))
        .unwrap_or(areas.len())
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
