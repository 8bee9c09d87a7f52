//! The room view: what the projector shows on an area page. The ministry is in the
//! header; here come the area's number, title and definition, the four level cards
//! fitted to the screen (text never under 18 px), the agreed answer and last round's.
//! After the reveal a large histogram with n, median and agreement takes the cards'
//! place; Q shows the guiding questions instead, and J (while phones vote) the join
//! page. Everything here is drawn from the session's room projection
//! ([`RoomArea`]), which holds no vote count until the reveal: nothing hidden can be
//! drawn here.

use egui::{RichText, Ui, vec2};

use super::{Overlay, RoomVoting, join};

use crate::model::{Answer, Instrument, Level, ScoreRef};
use crate::session::room::{RoomArea, RoomResult};
use crate::ui::command::Command;
use crate::ui::lang::{self, Texts};
use crate::ui::qr::QrCache;
use crate::ui::theme;
use crate::ui::widgets::{LevelCard, answer_colors, describe_in, histogram_ui, level_card_ui};

/// Body text sizes to try for the cards, largest first. 20 px is the floor on a
/// projector-sized window (1024x768 or more); a smaller window (800x600, or 1024x768
/// zoomed to 125 %) may go down to 14 px rather than cut a card.
const CARD_PX: [f32; 7] = [24.0, 22.0, 20.0, 18.0, 16.0, 15.0, 14.0];
const FLOOR_PX: f32 = 20.0;
const SMALL_FLOOR_PX: f32 = 14.0;

/// Whether the window is smaller than a 1024x768 projector (in points).
pub(super) fn small_window(ctx: &egui::Context) -> bool {
    let r = ctx.content_rect();
    r.width() < 1000.0 || r.height() < 740.0
}
/// How the room view is to be drawn this frame.
pub(super) struct Room {
    pub overlay: Overlay,
    /// Names this room view's scroll area and foot (one per window).
    pub salt: &'static str,
    /// The page's first frame: it starts at the top.
    pub fresh: bool,
}

pub(super) fn room_ui(
    ui: &mut Ui,
    area: &RoomArea<'_>,
    room: &Room,
    voting: Option<&RoomVoting>,
    qr: &mut QrCache,
    cmds: &mut Vec<Command>,
) {
    // The instrument's texts in the room's language (the same ids and version).
    let local = area.instrument.localized(lang::room_texts(ui.ctx()).code());
    let Some(local_area) = local.areas().get(area.index) else {
        return;
    };
    let area = &RoomArea {
        instrument: &local,
        area: local_area,
        ..area.clone()
    };
    // The foot (the agreed answer, last round's, phone voting) is pinned to the bottom,
    // so the cards get exactly the height that is left and the foot is never cut.
    let join_page = voting.is_some() && room.overlay == Overlay::Join;
    if !join_page {
        egui::Panel::bottom((room.salt, "foot"))
            .frame(egui::Frame::NONE)
            .show_separator_line(false)
            .resizable(false)
            .show(ui, |ui| {
                ui.add_space(6.0);
                match voting {
                    // While phones vote, a small QR code sits beside the foot lines.
                    Some(v) => join::foot_with_qr_ui(ui, v, qr, |ui| foot_lines_ui(ui, area)),
                    None => foot_ui(ui, area),
                }
            });
    }
    let viewport_h = ui.available_height();
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt(room.salt)
        .auto_shrink(false);
    if room.fresh {
        scroll = scroll.vertical_scroll_offset(0.0);
    }
    scroll.show(ui, |ui| {
        let used = heading_ui(ui, area);
        let space = (viewport_h - used).max(200.0);
        match (room.overlay, voting, &area.result) {
            (Overlay::Questions, ..) => questions_ui(ui, &area.area.guiding_questions),
            (Overlay::Join, Some(v), _) => join::join_page_ui(ui, v, space, qr),
            (_, _, Some(result)) => revealed_ui(ui, area.instrument, result, space),
            _ => cards_ui(ui, area, space, cmds),
        }
    });
}

/// The area's number, title and definition; returns the height they took.
fn heading_ui(ui: &mut Ui, area: &RoomArea<'_>) -> f32 {
    let top = ui.cursor().min.y;
    let k = area.index;
    let name = area.area.name.as_str();
    // A long title on a narrow room view gets a smaller size, not a second line.
    let t = lang::room_texts(ui.ctx());
    let mut title = RichText::new(format!("{}. {name}", t.number(&(k + 1).to_string())))
        .text_style(theme::style(theme::AREA_TITLE))
        .strong();
    let small = small_window(ui.ctx());
    if small || (ui.available_width() < 800.0 && name.chars().count() > 24) {
        title = title.size(theme::AREA_TITLE_PX * 0.8);
    }
    ui.add(egui::Label::new(title).wrap());
    let mut definition = RichText::new(area.area.definition.as_str());
    if small {
        definition = definition.size(16.0);
    }
    ui.add(egui::Label::new(definition).wrap());
    ui.add_space(8.0);
    ui.cursor().min.y - top
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
    let t = lang::room_texts(ui.ctx());
    let time = t.number(&c.text());
    let (color, text) = if c.spent >= c.limit {
        (p.error, t.with("room-clock-over", &[("time", time.into())]))
    } else if left.as_secs() < 60 {
        (p.focus, time)
    } else {
        (p.text, time)
    };
    ui.add_space(8.0);
    let text = RichText::new(text).strong().size(22.0).color(color);
    // Whole or on a line of its own, never broken.
    ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend));
}

/// The four cards, two by two (four in a row on wide screens), with the largest text
/// that fits in `space`.
fn cards_ui(ui: &mut Ui, area: &RoomArea<'_>, space: f32, cmds: &mut Vec<Command>) {
    let inst = area.instrument;
    let t = lang::room_texts(ui.ctx());
    let cards: Vec<LevelCard<'_>> = inst
        .scale()
        .levels
        .iter()
        .map(|level| LevelCard {
            value: level.value,
            label: &level.label,
            descriptor: area
                .area
                .level_descriptors
                .get(usize::from(level.value) - 1)
                .map_or("", String::as_str),
            selected: area.agreed.and_then(Answer::level) == Some(level.value),
            levels: inst.level_count(),
            numeral: t.number(&level.value.to_string()),
            chosen: t.get("room-chosen"),
            name: t.with(
                "room-level-name",
                &[
                    ("level", level.value.into()),
                    ("label", level.label.as_str().into()),
                ],
            ),
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
    let floor = if small_window(ui.ctx()) {
        SMALL_FLOOR_PX
    } else {
        FLOOR_PX
    };
    let sizes = CARD_PX.into_iter().filter(|px| *px >= floor);
    let px = sizes.clone().find(|px| fits(&rows_h(*px))).unwrap_or(floor);
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
                    cmds.push(set_answer(&area.at, new));
                }
            }
        });
        ui.add_space(gap - ui.spacing().item_spacing.y);
    }
}

fn set_answer(at: &ScoreRef, answer: Option<Answer>) -> Command {
    Command::Edit(crate::model::Edit::SetAnswer {
        at: at.clone(),
        answer,
    })
}

/// The answers a vote can be for, with their codes and labels, in the scale's order.
pub(super) fn vote_options(inst: &Instrument) -> Vec<(Answer, String)> {
    let scale = inst.scale();
    let mut options: Vec<(Answer, String)> = scale
        .levels
        .iter()
        .filter_map(|l| {
            Level::new(l.value).map(|lv| (Answer::Level(lv), format!("{} {}", l.value, l.label)))
        })
        .collect();
    options.push((Answer::NotApplicable, scale.not_applicable.code.clone()));
    options.push((
        Answer::InsufficientInfo,
        scale.insufficient_information.code.clone(),
    ));
    options
}

/// After the reveal: the distribution, large, with its figures.
fn revealed_ui(ui: &mut Ui, inst: &Instrument, result: &RoomResult, space: f32) {
    let levels = inst.level_count();
    let scale = inst.scale();
    let rows: Vec<_> = vote_options(inst)
        .into_iter()
        .map(|(a, _)| {
            let label = match a {
                Answer::Level(l) => scale.label(l.get()).to_owned(),
                Answer::NotApplicable => scale.not_applicable.label.clone(),
                Answer::InsufficientInfo => scale.insufficient_information.label.clone(),
            };
            (
                a.code(),
                label,
                result.tally.count(a),
                answer_colors(a, levels).0,
            )
        })
        .collect();
    let stats = &result.stats;
    let t = lang::room_texts(ui.ctx());
    let median = stats.median.map_or("–".into(), |m| format!("{m:.1}"));
    let agreement = stats
        .agreement
        .map_or("–".into(), |a| format!("{:.0}%", a * 100.0));
    let line = t.with(
        "room-stats",
        &[
            ("n", t.number(&stats.n.to_string()).into()),
            ("median", t.number(&median).into()),
            ("agreement", t.number(&agreement).into()),
        ],
    );
    ui.label(RichText::new(line).strong().size(26.0));
    let h = (space - 52.0).clamp(180.0, 520.0);
    histogram_ui(ui, &rows, vec2(ui.available_width() - 12.0, h));
}

/// The guiding questions, as a page for the room's discussion (Q or Esc closes it).
fn questions_ui(ui: &mut Ui, questions: &[String]) {
    let p = theme::current(ui.ctx());
    let t = lang::room_texts(ui.ctx());
    ui.label(
        RichText::new(t.get("room-questions-title"))
            .strong()
            .size(28.0),
    );
    if questions.is_empty() {
        ui.label(RichText::new(t.get("room-no-questions")).color(p.muted));
    }
    for q in questions {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("•").size(24.0));
            ui.add(egui::Label::new(RichText::new(q).size(24.0)).wrap());
        });
        ui.add_space(6.0);
    }
    ui.label(RichText::new(t.get("room-questions-back")).color(p.muted));
}

fn agreed_text(area: &RoomArea<'_>, t: &Texts) -> String {
    let answer = describe_in(area.agreed, area.instrument.scale(), t);
    t.with("room-agreed", &[("answer", answer.into())])
}

/// The same area's agreed answer in the previous round, if there was one.
fn last_round_text(area: &RoomArea<'_>, t: &Texts) -> Option<String> {
    let last = area.last_round.as_ref()?;
    let id = if last.comparable {
        "room-last-round"
    } else {
        "room-last-round-not-comparable"
    };
    let date = lang::date(t, last.round.date);
    let answer = describe_in(last.answer, area.instrument.scale(), t);
    Some(t.with(id, &[("date", date.into()), ("answer", answer.into())]))
}

/// The agreed answer and, beside it (or under it if long), last round's.
fn foot_ui(ui: &mut Ui, area: &RoomArea<'_>) {
    let (agreed, last) = foot_texts(ui, area);
    ui.horizontal_wrapped(|ui| {
        ui.label(agreed);
        ui.add_space(12.0);
        if let Some(last) = last {
            ui.add(egui::Label::new(last).wrap_mode(egui::TextWrapMode::Extend));
        }
    });
}

/// The same two texts one under the other, tight, beside the join code.
fn foot_lines_ui(ui: &mut Ui, area: &RoomArea<'_>) {
    let (agreed, last) = foot_texts(ui, area);
    ui.label(agreed);
    if let Some(last) = last {
        ui.add(egui::Label::new(last).truncate());
    }
}

fn foot_texts(ui: &Ui, area: &RoomArea<'_>) -> (RichText, Option<RichText>) {
    let p = theme::current(ui.ctx());
    let (big, body) = if small_window(ui.ctx()) {
        (20.0, 16.0)
    } else {
        (24.0, theme::BODY_PX)
    };
    let t = lang::room_texts(ui.ctx());
    let agreed = RichText::new(agreed_text(area, &t))
        .strong()
        .size(big)
        .color(if area.agreed.is_some() { p.ok } else { p.muted });
    let last = last_line(area, &t).map(|l| RichText::new(l).size(body).color(p.muted));
    (agreed, last)
}

/// Last round's answer and, in table scoring, the table's own proposal beside it.
fn last_line(area: &RoomArea<'_>, t: &Texts) -> Option<String> {
    let scale = area.instrument.scale();
    let table = area.proposal.map(|p| {
        let answer = describe_in(p, scale, t);
        t.with("room-table-proposed", &[("answer", answer.into())])
    });
    match (last_round_text(area, t), table) {
        (Some(l), Some(t)) => Some(format!("{l} · {t}")),
        (l, t) => l.or(t),
    }
}
