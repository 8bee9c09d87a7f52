//! The room view: what the projector shows on an area page. The ministry is in the
//! header; here come the area's number, title and definition, the four level cards
//! fitted to the screen (text never under 18 px), the agreed answer and last round's.
//! After the reveal a large histogram with n, median and agreement takes the cards'
//! place; Q shows the guiding questions instead, and J (while phones vote) the join
//! page. Nothing hidden is ever drawn here.

use egui::{RichText, Ui, vec2};

use super::votes::options;
use super::{Open, Overlay, PageState, join};

use crate::model::compare::comparability;
use crate::model::{Answer, Level};
use crate::ui::command::Command;
use crate::ui::qr::QrCache;
use crate::ui::theme;
use crate::ui::widgets::{LevelCard, answer_colors, describe, histogram_ui, level_card_ui};

/// Body text sizes to try for the cards, largest first; 18 px is the floor.
const CARD_PX: [f32; 4] = [24.0, 22.0, 20.0, 18.0];
/// Room kept under the cards for the agreed and last-round line: one line, or two
/// when they do not fit side by side.
const FOOT_H: [f32; 2] = [44.0, 70.0];

/// How the room view is to be drawn this frame.
pub(super) struct Room {
    pub overlay: Overlay,
    /// The height the cards and the foot line must fit in.
    pub viewport_h: f32,
}

pub(super) fn room_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    page: &PageState<'_>,
    room: &Room,
    qr: &mut QrCache,
    cmds: &mut Vec<Command>,
) {
    let top = ui.cursor().min.y;
    let Some(k) = open.inst.area_index(page.at.area.as_str()) else {
        return;
    };
    let area = &open.inst.areas()[k];
    // A long title on a narrow room view gets a smaller size, not a second line.
    let mut title = RichText::new(format!("{}. {}", k + 1, area.name))
        .text_style(theme::style(theme::AREA_TITLE))
        .strong();
    if ui.available_width() < 800.0 && area.name.chars().count() > 24 {
        title = title.size(theme::AREA_TITLE_PX * 0.8);
    }
    ui.add(egui::Label::new(title).wrap());
    ui.add(egui::Label::new(area.definition.as_str()).wrap());
    ui.add_space(8.0);
    let used = ui.cursor().min.y - top;
    let foot = match &page.voting {
        Some(_) => join::FOOT_H,
        None => FOOT_H[usize::from(foot_wraps(ui, open, page))],
    };
    let space = (room.viewport_h - used - foot).max(200.0);
    let votes = open
        .ws
        .score_at(page.at)
        .map(|s| s.all_votes())
        .unwrap_or_default();
    match (room.overlay, &page.voting) {
        (Overlay::Questions, _) => questions_ui(ui, &area.guiding_questions),
        (Overlay::Join, Some(v)) => join::join_page_ui(ui, v, space, qr),
        _ if page.revealed && !votes.is_empty() => revealed_ui(ui, open, &votes, space),
        _ => cards_ui(ui, open, page, space, cmds),
    }
    ui.add_space(6.0);
    match &page.voting {
        // The join page is all about voting; the agreed answer waits.
        Some(_) if room.overlay == Overlay::Join => {}
        // While phones vote, a small QR code sits beside the foot lines.
        Some(v) => join::foot_with_qr_ui(ui, v, qr, |ui| foot_lines_ui(ui, open, page)),
        None => foot_ui(ui, open, page),
    }
}

/// The discussion clock: orange in the last minute, red once over.
/// It wraps to its own line rather than cover the header.
pub(super) fn clock_ui(ui: &mut Ui, c: super::Clock) {
    // The room sees the clock only while it runs; the facilitator's panel always has it.
    if !c.running {
        return;
    }
    let p = theme::current(ui.ctx());
    let left = c.limit.saturating_sub(c.spent);
    // Colour and a word, never colour alone; no sound.
    let (color, note) = if c.spent >= c.limit {
        (p.error, " over")
    } else if left.as_secs() < 60 {
        (p.focus, "")
    } else {
        (p.text, "")
    };
    ui.add_space(8.0);
    let text = RichText::new(format!("{}{note}", c.text()))
        .strong()
        .size(22.0)
        .color(color);
    // Whole or on a line of its own, never broken.
    ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend));
}

/// The four cards, two by two (four in a row on wide screens), with the largest text
/// that fits in `space`.
fn cards_ui(
    ui: &mut Ui,
    open: &Open<'_>,
    page: &PageState<'_>,
    space: f32,
    cmds: &mut Vec<Command>,
) {
    let inst = open.inst;
    let Some(area) = inst.area(page.at.area.as_str()) else {
        return;
    };
    let answer = open.ws.score_at(page.at).and_then(|s| s.answer);
    let cards: Vec<LevelCard<'_>> = inst
        .scale()
        .levels
        .iter()
        .map(|level| LevelCard {
            value: level.value,
            label: &level.label,
            descriptor: area
                .level_descriptors
                .get(usize::from(level.value) - 1)
                .map_or("", String::as_str),
            selected: answer.and_then(Answer::level) == Some(level.value),
            levels: inst.level_count(),
        })
        .collect();
    let gap = 10.0;
    let avail = ui.available_width() - 12.0;
    let per_row = if avail > 1300.0 { 4 } else { 2 }.min(cards.len().max(1));
    let card_w = (avail - gap * (per_row as f32 - 1.0)) / per_row as f32;
    let rows_h = |px: f32| -> Vec<f32> {
        cards
            .chunks(per_row)
            .map(|row| {
                row.iter()
                    .map(|c| c.height(ui, card_w, px))
                    .fold(0.0, f32::max)
            })
            .collect()
    };
    let fits = |hs: &[f32]| hs.iter().sum::<f32>() + gap * hs.len() as f32 <= space;
    let px = CARD_PX
        .into_iter()
        .find(|px| fits(&rows_h(*px)))
        .unwrap_or(CARD_PX[CARD_PX.len() - 1]);
    let heights = rows_h(px);
    for (row, h) in cards.chunks(per_row).zip(heights) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for card in row {
                let r = level_card_ui(ui, card, vec2(card_w, h), px);
                if r.clicked() {
                    let new = if card.selected {
                        None
                    } else {
                        Level::new(card.value).map(Answer::Level)
                    };
                    cmds.push(open.set_answer(page.at, new));
                }
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
}

/// After the reveal: the distribution, large, with its figures.
fn revealed_ui(ui: &mut Ui, open: &Open<'_>, votes: &crate::model::VoteTally, space: f32) {
    let levels = open.inst.level_count();
    let scale = open.inst.scale();
    let rows: Vec<_> = options(open)
        .into_iter()
        .map(|(a, _)| {
            let label = match a {
                Answer::Level(l) => scale.label(l.get()).to_owned(),
                Answer::NotApplicable => scale.not_applicable.label.clone(),
                Answer::InsufficientInfo => scale.insufficient_information.label.clone(),
            };
            (a.code(), label, votes.count(a), answer_colors(a, levels).0)
        })
        .collect();
    let stats = votes.stats();
    ui.label(
        RichText::new(format!(
            "n = {} · median {} · agreement {}",
            stats.n,
            stats.median.map_or("–".into(), |m| format!("{m:.1}")),
            stats
                .agreement
                .map_or("–".into(), |a| format!("{:.0}%", a * 100.0)),
        ))
        .strong()
        .size(26.0),
    );
    let h = (space - 52.0).clamp(180.0, 520.0);
    histogram_ui(ui, &rows, vec2(ui.available_width() - 12.0, h));
}

/// The guiding questions, as a page for the room's discussion (Q or Esc closes it).
fn questions_ui(ui: &mut Ui, questions: &[String]) {
    let p = theme::current(ui.ctx());
    ui.label(RichText::new("Guiding questions").strong().size(28.0));
    if questions.is_empty() {
        ui.label(RichText::new("This area has no guiding questions.").color(p.muted));
    }
    for q in questions {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("•").size(24.0));
            ui.add(egui::Label::new(RichText::new(q).size(24.0)).wrap());
        });
        ui.add_space(6.0);
    }
    ui.label(RichText::new("Q or Esc: back to the levels").color(p.muted));
}

/// Whether the agreed and last-round texts need two lines (widths measured as drawn).
fn foot_wraps(ui: &Ui, open: &Open<'_>, page: &PageState<'_>) -> bool {
    let Some(last) = last_line(open, page) else {
        return false;
    };
    let width = |text: String, px: f32| {
        ui.painter()
            .layout_no_wrap(text, egui::FontId::proportional(px), egui::Color32::WHITE)
            .size()
            .x
    };
    let agreed = width(agreed_text(open, page), 24.0);
    agreed + 12.0 + width(last, theme::BODY_PX) > ui.available_width()
}

fn agreed_text(open: &Open<'_>, page: &PageState<'_>) -> String {
    let answer = open.ws.score_at(page.at).and_then(|s| s.answer);
    format!("Agreed: {}", describe(answer, open.inst.scale()))
}

/// The same area's agreed answer in the previous round, if there was one.
fn last_round_text(open: &Open<'_>, page: &PageState<'_>) -> Option<String> {
    let prev = open.ws.previous_round(open.round.id.as_str())?;
    let area = page.at.area.as_str();
    let before = open
        .ws
        .answer(prev.id.as_str(), open.ministry.id.as_str(), area);
    let comparable =
        comparability(open.ws, prev.id.as_str(), open.round.id.as_str(), area).is_comparable();
    let note = if comparable {
        ""
    } else {
        " (the area changed since: not comparable)"
    };
    Some(format!(
        "Last round ({}): {}{note}",
        prev.date,
        describe(before, open.inst.scale())
    ))
}

/// The agreed answer and, beside it (or under it if long), last round's.
fn foot_ui(ui: &mut Ui, open: &Open<'_>, page: &PageState<'_>) {
    let (agreed, last) = foot_texts(ui, open, page);
    ui.horizontal_wrapped(|ui| {
        ui.label(agreed);
        ui.add_space(12.0);
        if let Some(last) = last {
            ui.add(egui::Label::new(last).wrap_mode(egui::TextWrapMode::Extend));
        }
    });
}

/// The same two texts one under the other, tight, beside the join code.
fn foot_lines_ui(ui: &mut Ui, open: &Open<'_>, page: &PageState<'_>) {
    let (agreed, last) = foot_texts(ui, open, page);
    ui.label(agreed);
    if let Some(last) = last {
        ui.add(egui::Label::new(last).truncate());
    }
}

fn foot_texts(ui: &Ui, open: &Open<'_>, page: &PageState<'_>) -> (RichText, Option<RichText>) {
    let p = theme::current(ui.ctx());
    let scored = open.ws.score_at(page.at).and_then(|s| s.answer).is_some();
    let agreed = RichText::new(agreed_text(open, page))
        .strong()
        .size(24.0)
        .color(if scored { p.ok } else { p.muted });
    let last = last_line(open, page).map(|t| RichText::new(t).color(p.muted));
    (agreed, last)
}

/// Last round's answer and, in table scoring, the table's own proposal beside it.
fn last_line(open: &Open<'_>, page: &PageState<'_>) -> Option<String> {
    let table = super::proposal::proposal_at(open, page.at)
        .map(|t| format!("Table proposed: {}", describe(t.answer, open.inst.scale())));
    match (last_round_text(open, page), table) {
        (Some(l), Some(t)) => Some(format!("{l} · {t}")),
        (l, t) => l.or(t),
    }
}
