//! The scoring session: one ministry in one round, one area per page, then a summary
//! page. The open round, ministry and page are the session's live state. Keys come
//! from the key map and never fire while a text box has focus. `area` draws an area
//! page, `votes` the room's tally, `summary` the closing page.

mod area;
mod summary;
mod votes;

use egui::{RichText, Ui};

use crate::model::{Answer, Edit, Instrument, Level, Ministry, Round, ScoreRef, Workspace};
use crate::session::{Focus, Page, SessionState};
use crate::ui::command::{Command, Screen};
use crate::ui::keymap::{self, Action, Scope};
use crate::ui::theme;
use crate::ui::widgets::answer_colors;

/// UI state of scoring sessions that is not workspace data.
#[derive(Default)]
pub struct ScoringView {}

/// What every part of a session page reads.
pub(super) struct Open<'a> {
    pub ws: &'a Workspace,
    pub inst: &'a Instrument,
    pub round: &'a Round,
    pub ministry: &'a Ministry,
    pub focus: &'a Focus,
}

impl<'a> Open<'a> {
    fn of(st: &'a SessionState) -> Option<Self> {
        let ws = st.doc.workspace();
        let focus = st.live.focus.as_ref()?;
        Some(Self {
            ws,
            inst: ws.instrument_for(focus.round.as_str())?,
            round: ws.round(focus.round.as_str())?,
            ministry: ws.ministry(focus.ministry.as_str())?,
            focus,
        })
    }

    /// A command that goes to page `index` of this session.
    pub fn goto(&self, index: usize) -> Command {
        Command::Score(self.focus.at_index(self.ws, index))
    }

    pub fn page_index(&self) -> usize {
        self.focus.page_index(self.ws)
    }

    pub fn set_answer(&self, at: &ScoreRef, answer: Option<Answer>) -> Command {
        Command::Edit(Edit::SetAnswer {
            at: at.clone(),
            answer,
        })
    }
}

impl ScoringView {
    /// Handle the session's keys. Call before drawing, so no widget sees them.
    pub fn keys(&mut self, ui: &Ui, st: &SessionState, cmds: &mut Vec<Command>) {
        if ui.ctx().text_edit_focused() {
            return;
        }
        let Some(open) = Open::of(st) else {
            return;
        };
        let areas = open.inst.areas().len();
        let page = open.page_index();
        let at = open.focus.score_ref();
        let levels = open.inst.level_count();
        ui.ctx().input_mut(|i| {
            for action in Action::ALL {
                if action.scope() != Scope::Scoring {
                    continue;
                }
                if action == Action::ChooseLevel {
                    for (k, key) in keymap::DIGITS.iter().enumerate().take(levels) {
                        if let Some(at) = &at
                            && i.consume_key(egui::Modifiers::NONE, *key)
                        {
                            let level = Level::new(k as u8 + 1).map(Answer::Level);
                            cmds.push(open.set_answer(at, level));
                        }
                    }
                    continue;
                }
                if !action.shortcuts().iter().any(|s| i.consume_shortcut(s)) {
                    continue;
                }
                let cmd = match (action, &at) {
                    (Action::PreviousArea, _) => open.goto(page.saturating_sub(1)),
                    (Action::NextArea, _) => open.goto((page + 1).min(areas)),
                    (Action::FirstArea, _) => open.goto(0),
                    (Action::SummaryPage, _) => open.goto(areas),
                    (Action::LeaveSession, _) => Command::Show(Screen::Workspace),
                    (Action::NotApplicable, Some(at)) => {
                        open.set_answer(at, Some(Answer::NotApplicable))
                    }
                    (Action::InsufficientInfo, Some(at)) => {
                        open.set_answer(at, Some(Answer::InsufficientInfo))
                    }
                    (Action::ClearAnswer, Some(at)) => open.set_answer(at, None),
                    (Action::RevealVotes, Some(at)) => Command::Reveal(at.clone(), true),
                    _ => continue,
                };
                cmds.push(cmd);
            }
        });
    }

    /// Draw the session page.
    pub fn ui(&mut self, ui: &mut Ui, st: &SessionState, cmds: &mut Vec<Command>) {
        let Some(open) = Open::of(st) else {
            ui.label("This round or ministry no longer exists.");
            if ui.button("Back to the workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
            return;
        };
        header_ui(ui, &open, cmds);
        nav_ui(ui, &open, cmds);
        match &open.focus.page {
            Page::Summary => {
                egui::ScrollArea::vertical()
                    .auto_shrink(false)
                    .show(ui, |ui| summary::summary_page_ui(ui, &open, cmds));
            }
            Page::Area(area) => {
                let at = ScoreRef::new(&open.round.id, &open.ministry.id, area);
                let revealed = st.live.is_revealed(&at);
                area::area_page_ui(ui, &open, &at, revealed, cmds);
            }
        }
    }
}

/// Who and when, then the progress strip of areas.
fn header_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(format!("{} ({})", open.ministry.name, open.ministry.id))
                .strong()
                .size(24.0),
        );
        ui.label(
            RichText::new(format!("· {}", open.round.display()))
                .size(24.0)
                .color(p.muted),
        );
    });
    let page = open.page_index();
    let areas = open.inst.areas();
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        for (k, area) in areas.iter().enumerate() {
            let answer = open.ws.answer(
                open.round.id.as_str(),
                open.ministry.id.as_str(),
                area.id.as_str(),
            );
            let mark = answer.map_or_else(|| "·".to_owned(), |a| a.code());
            let current = k == page;
            let text = RichText::new(format!("{} {}", k + 1, mark)).strong();
            let mut button = if current {
                egui::Button::new(text.color(p.on_accent)).fill(p.accent)
            } else {
                egui::Button::new(text)
            };
            if let Some(a) = answer {
                let (fill, _) = answer_colors(a, open.inst.level_count());
                button = button.stroke(egui::Stroke::new(3.0, fill));
            }
            let state = answer.map_or_else(
                || "not scored".to_owned(),
                |a| format!("answer {}", a.code()),
            );
            let r = ui
                .add(button)
                .on_hover_text(area.name.as_str())
                .accessible_name(format!("Go to area {}: {} ({state})", k + 1, area.name));
            if r.clicked() {
                cmds.push(open.goto(k));
            }
        }
        let on_summary = page == areas.len();
        let text = RichText::new("Summary").strong();
        let button = if on_summary {
            egui::Button::new(text.color(p.on_accent)).fill(p.accent)
        } else {
            egui::Button::new(text)
        };
        if ui
            .add(button)
            .accessible_name("Go to the summary page")
            .clicked()
        {
            cmds.push(open.goto(areas.len()));
        }
    });
    ui.separator();
}

/// Navigation and the key hint, kept at the bottom of the window.
fn nav_ui(ui: &mut Ui, open: &Open<'_>, cmds: &mut Vec<Command>) {
    let p = theme::current(ui.ctx());
    let page = open.page_index();
    let areas = open.inst.areas().len();
    egui::Panel::bottom("scoring-nav").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(page > 0, egui::Button::new("◀ Previous area"))
                .clicked()
            {
                cmds.push(open.goto(page - 1));
            }
            if page < areas {
                if ui.button("Next area ▶").clicked() {
                    cmds.push(open.goto(page + 1));
                }
            } else if ui.button("Back to the workspace").clicked() {
                cmds.push(Command::Show(Screen::Workspace));
            }
        });
        let hint = keymap::scoring_hint(open.inst.level_count());
        ui.add(egui::Label::new(RichText::new(hint).small().color(p.muted)).wrap());
        ui.add_space(2.0);
    });
}
