//! The facilitator's side of the votes: the quick tally box (T), counting one by one
//! (each a delta edit, so phone votes are never overwritten), all masked until the
//! reveal with only the total shown; then the median as a suggestion only. Also the
//! same area in the previous round, with its rationale, for reference.

use egui::{RichText, Ui};

use super::room::vote_options;
use super::{Open, PageState, ScoringView, Want};
use crate::model::compare::comparability;
use crate::model::quick_tally;
use crate::model::{Answer, Edit, Level, ScoreRef, VoteChange, VoteSource, VoteTally};
use crate::ui::command::Command;
use crate::ui::keymap::Action;
use crate::ui::theme;
use crate::ui::widgets::{answer_chip_ui, describe};

fn vote(at: &ScoreRef, change: VoteChange) -> Command {
    Command::Edit(Edit::Vote {
        at: at.clone(),
        source: VoteSource::Cards,
        change,
    })
}

impl ScoringView {
    /// The card count: typed in one line, or one by one; masked until the reveal.
    pub(super) fn votes_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: &PageState<'_>,
        cmds: &mut Vec<Command>,
    ) {
        let at = page.at;
        let score = open.ws.score_at(at);
        let cards = score.map(|s| s.votes.clone()).unwrap_or_default();
        let all = score.map(|s| s.all_votes()).unwrap_or_default();
        let t = crate::ui::lang::texts(ui.ctx());
        let l = ui.label(RichText::new(t.get("votes-card-count")).strong());
        self.tally_box_ui(ui, open, page, l.id, f32::INFINITY, cmds);
        let n = all.total();
        let phones = score.map_or(0, |s| s.phone_votes.total());
        let entered = if phones > 0 {
            let args = [
                ("n", n.into()),
                ("phones", phones.into()),
                ("cards", cards.total().into()),
            ];
            t.with("votes-entered-phones", &args)
        } else {
            t.with("votes-entered", &[("n", n.into())])
        };
        ui.label(RichText::new(entered).strong());
        ui.horizontal_wrapped(|ui| {
            if page.revealed {
                if ui.button(t.get("votes-hide")).clicked() {
                    cmds.push(Command::Reveal(at.clone(), false));
                }
            } else if ui.button(t.get("votes-reveal")).clicked() {
                cmds.push(Command::Reveal(at.clone(), true));
            }
            if ui
                .add_enabled(!cards.is_empty(), egui::Button::new(t.get("votes-clear")))
                .clicked()
            {
                cmds.push(Command::Edit(Edit::SetTally {
                    at: at.clone(),
                    source: VoteSource::Cards,
                    tally: VoteTally::default(),
                }));
            }
        });
        egui::CollapsingHeader::new(t.get("votes-one-by-one"))
            .id_salt("count-one-by-one")
            .show(ui, |ui| {
                count_grid_ui(ui, open, at, &cards, page.revealed, cmds)
            });
        if page.revealed {
            median_ui(ui, open, at, &all, cmds);
        }
    }

    /// The one-line card count, masked until the reveal: T focuses it, Enter applies
    /// it and shows it to the room. Also in presenter mode's strip.
    pub(super) fn tally_box_ui(
        &mut self,
        ui: &mut Ui,
        open: &Open<'_>,
        page: &PageState<'_>,
        label: egui::Id,
        width: f32,
        cmds: &mut Vec<Command>,
    ) {
        let p = theme::current(ui.ctx());
        let at = page.at;
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut self.tally)
                    .id_salt("quick-tally")
                    .hint_text(crate::ui::lang::tr(ui, "votes-tally-hint"))
                    .password(!page.revealed)
                    .desired_width(width),
            )
            .labelled_by(label);
        if self.want == Some(Want::Tally) {
            self.want = None;
            r.request_focus();
            r.scroll_to_me(None);
        }
        if r.lost_focus() && ui.input(|i| Action::Submit.pressed(i)) {
            match quick_tally::parse(&self.tally, open.inst.level_count()) {
                Ok(tally) => {
                    self.tally.clear();
                    self.tally_error = None;
                    let counted = tally.total() > 0;
                    cmds.push(Command::Edit(Edit::SetTally {
                        at: at.clone(),
                        source: VoteSource::Cards,
                        tally,
                    }));
                    // The count is what the room waited for: Enter shows it.
                    if counted && !page.revealed {
                        cmds.push(Command::Reveal(at.clone(), true));
                    }
                }
                Err(e) => self.tally_error = Some(e),
            }
        }
        if let Some(e) = &self.tally_error {
            ui.add(egui::Label::new(RichText::new(e).color(p.error)).wrap());
        }
    }
}

/// A row per answer: one less, the count (masked until the reveal), one more.
fn count_grid_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    cards: &VoteTally,
    revealed: bool,
    cmds: &mut Vec<Command>,
) {
    let t = crate::ui::lang::texts(ui.ctx());
    egui::Grid::new("tally")
        .num_columns(4)
        .spacing([6.0, 6.0])
        .show(ui, |ui| {
            for (answer, label) in &vote_options(open.inst) {
                let count = cards.count(*answer);
                ui.label(label.as_str());
                // Before the reveal every − looks the same: a greyed one would tell a
                // mirrored screen which levels have votes.
                if ui
                    .add_enabled(count > 0 || !revealed, egui::Button::new(" − "))
                    .accessible_name(t.with("votes-one-less", &[("answer", label.as_str().into())]))
                    .clicked()
                    && count > 0
                {
                    cmds.push(vote(at, VoteChange::Remove(*answer)));
                }
                if revealed {
                    let mut value = count;
                    let drag = egui::DragValue::new(&mut value).range(0..=9999).speed(0.2);
                    let r = ui
                        .add_sized([56.0, 30.0], drag)
                        .accessible_name(t.with("votes-for", &[("answer", label.as_str().into())]));
                    if r.changed() && value != count {
                        cmds.push(vote(at, VoteChange::Set(*answer, value)));
                    }
                } else {
                    // Not even a screen reader gets the count before the reveal (a
                    // drag value reports its number): a mask, and + and − to count.
                    ui.add_sized([56.0, 30.0], egui::Label::new("•"))
                        .accessible_name(
                            t.with("votes-for-hidden", &[("answer", label.as_str().into())]),
                        );
                }
                if ui
                    .button(" + ")
                    .accessible_name(t.with("votes-one-more", &[("answer", label.as_str().into())]))
                    .clicked()
                {
                    cmds.push(vote(at, VoteChange::Add(*answer)));
                }
                ui.end_row();
            }
        });
}

/// Suggest, never set: the agreed score stays a deliberate choice.
fn median_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    at: &ScoreRef,
    all: &VoteTally,
    cmds: &mut Vec<Command>,
) {
    let Some(m) = all.stats().median else {
        return;
    };
    let suggestion = m.round() as u8;
    let levels = open.inst.level_count();
    if let Some(level) = Level::new(suggestion).filter(|l| usize::from(l.get()) <= levels) {
        let t = crate::ui::lang::texts(ui.ctx());
        let answer = format!(
            "{} {}",
            t.number(&suggestion.to_string()),
            open.inst.scale().label(suggestion)
        );
        let text = t.with("votes-agree-median", &[("answer", answer.into())]);
        if ui.button(text).clicked() {
            cmds.push(open.set_answer(at, Some(Answer::Level(level))));
        }
    }
}

/// The same area's agreed score and rationale in the previous round, for reference.
pub(super) fn previous_round_ui(ui: &mut Ui, open: &Open<'_>, at: &ScoreRef) {
    let p = theme::current(ui.ctx());
    let Some(prev) = open.ws.previous_round(open.round.id.as_str()) else {
        return;
    };
    let area = &at.area;
    let comparable = comparability(open.ws, &prev.id, &open.round.id, area).is_comparable();
    let score = open.ws.score(&prev.id, &open.ministry.id, area);
    let answer = score.and_then(|sc| sc.answer);
    egui::Frame::new()
        .fill(p.panel)
        .inner_margin(8)
        .corner_radius(6)
        .show(ui, |ui| {
            let t = crate::ui::lang::texts(ui.ctx());
            let date = crate::ui::lang::date(&t, prev.date);
            ui.label(RichText::new(t.with("votes-last-round", &[("date", date.into())])).strong());
            if !comparable {
                ui.label(RichText::new(t.get("votes-area-changed")).color(p.muted));
            }
            ui.horizontal(|ui| {
                answer_chip_ui(ui, answer, open.inst.level_count());
                ui.label(describe(answer, open.inst.scale(), &t));
            });
            if let Some(sc) = score.filter(|sc| !sc.rationale.is_empty()) {
                ui.add(egui::Label::new(RichText::new(&sc.rationale).italics()).wrap());
            }
        });
}
