//! Small reusable widgets: level cards, answer chips and vote bars. They know nothing
//! about the app; they draw what they are given and report clicks.

use egui::{
    Color32, CornerRadius, Response, RichText, Sense, Stroke, StrokeKind, Ui, WidgetInfo, vec2,
};

use super::theme;
use crate::model::Answer;
use crate::model::instrument::Scale;

/// Fill and text colour for an answer (levels from the palette; NA/NI grey).
pub fn answer_colors(answer: Answer, levels: usize) -> (Color32, Color32) {
    let fill = match answer {
        Answer::Level(l) => theme::level_fill(l.get(), levels),
        Answer::NotApplicable => theme::NA_FILL,
        Answer::InsufficientInfo => theme::NI_FILL,
    };
    (fill, theme::text_on(fill))
}

/// What a level card shows.
pub struct LevelCard<'a> {
    pub value: u8,
    pub label: &'a str,
    pub descriptor: &'a str,
    pub selected: bool,
    /// Levels on the scale (for the colour).
    pub levels: usize,
    /// The room's words: the number as written there, "chosen", and the card's name
    /// for screen readers.
    pub numeral: String,
    pub chosen: String,
    pub name: String,
}

const CARD_PAD: f32 = 10.0;
const CARD_GAP: f32 = 6.0;

impl LevelCard<'_> {
    fn title(&self) -> String {
        format!(
            "{}{}",
            self.label,
            if self.selected {
                format!("  ✔ {}", self.chosen)
            } else {
                String::new()
            }
        )
    }

    /// Width of the coloured number band.
    fn band_w(&self, ui: &Ui) -> f32 {
        number_font(ui).size * 0.7 + 2.0 * CARD_PAD
    }

    /// The height this card needs at `width` with body text of `body_px`.
    pub fn height(&self, ui: &Ui, width: f32, body_px: f32) -> f32 {
        let text_w = (width - self.band_w(ui) - 12.0 - CARD_PAD).max(40.0);
        let fonts = |text: String, px: f32| {
            ui.painter()
                .layout(text, egui::FontId::proportional(px), Color32::WHITE, text_w)
                .size()
                .y
        };
        let head = fonts(self.title(), body_px + 4.0);
        let body = fonts(self.descriptor.to_owned(), body_px);
        (CARD_PAD + head + CARD_GAP + body + CARD_PAD).max(number_font(ui).size + 2.0 * CARD_PAD)
    }
}

fn number_font(ui: &Ui) -> egui::FontId {
    ui.style().text_styles[&theme::style(theme::CARD_NUMBER)].clone()
}

/// A level card: big number, label and the area's descriptor, `size` wide and at
/// least `min_h` high, body text of `body_px`. Selected cards get a thick outline and
/// a tick, so the choice never rests on colour alone.
pub fn level_card_ui(
    ui: &mut Ui,
    card: &LevelCard<'_>,
    size: egui::Vec2,
    body_px: f32,
) -> Response {
    let p = theme::current(ui.ctx());
    let fill = theme::level_fill(card.value, card.levels);
    let number =
        ui.painter()
            .layout_no_wrap(card.numeral.clone(), number_font(ui), theme::text_on(fill));
    let band_w = card.band_w(ui);
    let text_w = (size.x - band_w - 12.0 - CARD_PAD).max(40.0);
    let title = ui.painter().layout(
        card.title(),
        egui::FontId::proportional(body_px + 4.0),
        p.text,
        text_w,
    );
    let body = ui.painter().layout(
        card.descriptor.to_owned(),
        egui::FontId::proportional(body_px),
        p.text,
        text_w,
    );
    let height = size.y.max(card.height(ui, size.x, body_px));
    let (rect, response) = ui.allocate_exact_size(vec2(size.x, height), Sense::click());
    let name = card.name.clone();
    let selected = card.selected;
    response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let response = response.accessible_name(&name);
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let radius = CornerRadius::same(8);
        painter.rect_filled(rect, radius, p.card);
        // A colour band with the number on it; the number stays readable on any fill.
        let band = egui::Rect::from_min_size(rect.min, vec2(band_w, rect.height()));
        let left = CornerRadius {
            nw: 8,
            sw: 8,
            ne: 0,
            se: 0,
        };
        painter.rect_filled(band, left, fill);
        let number_x = band.center().x - number.size().x / 2.0;
        painter.galley(
            egui::pos2(number_x, band.min.y + CARD_PAD),
            number,
            theme::text_on(fill),
        );
        let text_x = band.max.x + 12.0;
        let head_h = title.size().y;
        painter.galley(egui::pos2(text_x, rect.min.y + CARD_PAD), title, p.text);
        let body_y = rect.min.y + CARD_PAD + head_h + CARD_GAP;
        painter.galley(egui::pos2(text_x, body_y), body, p.text);
        let stroke = if selected {
            Stroke::new(5.0, p.accent)
        } else if response.hovered() || response.has_focus() {
            Stroke::new(theme::FOCUS_RING, p.focus)
        } else {
            Stroke::new(1.5, p.muted)
        };
        painter.rect_stroke(rect, radius, stroke, StrokeKind::Inside);
    }
    response
}

/// A compact coloured chip showing an answer code (`3`, `NA`, `NI`, or `–`).
pub fn answer_chip_ui(ui: &mut Ui, answer: Option<Answer>, levels: usize) -> Response {
    let (fill, text) = match answer {
        Some(a) => answer_colors(a, levels),
        None => (Color32::TRANSPARENT, theme::current(ui.ctx()).text),
    };
    let code = answer.map_or_else(|| "–".to_owned(), |a| a.code());
    let frame = egui::Frame::new()
        .fill(fill)
        .corner_radius(4)
        .inner_margin(egui::Margin::symmetric(8, 2))
        .stroke(Stroke::new(1.0, theme::current(ui.ctx()).muted));
    frame
        .show(ui, |ui| ui.label(RichText::new(code).color(text).strong()))
        .response
}

/// A revealed vote distribution as columns, big enough for a room: the count above
/// each column, the answer's code and label under it, `size` in all.
pub fn histogram_ui(ui: &mut Ui, rows: &[(String, String, u32, Color32)], size: egui::Vec2) {
    let p = theme::current(ui.ctx());
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    if rows.is_empty() || !ui.is_rect_visible(rect) {
        return;
    }
    let max = rows.iter().map(|r| r.2).max().unwrap_or(0).max(1);
    let slot = rect.width() / rows.len() as f32;
    let label_font = egui::FontId::proportional(18.0);
    let code_font = egui::FontId::proportional(26.0);
    let count_font = egui::FontId::proportional(28.0);
    let label_h = 26.0 + 4.0 + 2.0 * 22.0;
    let top = rect.min.y + 36.0;
    let base = rect.max.y - label_h;
    // The room's digits (Bangla digits in a Bangla room).
    let t = crate::ui::lang::room_texts(ui.ctx());
    let painter = ui.painter();
    painter.line_segment(
        [egui::pos2(rect.min.x, base), egui::pos2(rect.max.x, base)],
        Stroke::new(1.5, p.muted),
    );
    for (k, (code, label, count, fill)) in rows.iter().enumerate() {
        let x0 = rect.min.x + slot * k as f32;
        let bar_w = (slot * 0.7).min(140.0);
        let cx = x0 + slot / 2.0;
        let h = (base - top) * (*count as f32 / max as f32);
        let bar = egui::Rect::from_min_max(
            egui::pos2(cx - bar_w / 2.0, base - h),
            egui::pos2(cx + bar_w / 2.0, base),
        );
        painter.rect_filled(bar, 3, *fill);
        painter.rect_stroke(bar, 3, Stroke::new(1.0, p.muted), StrokeKind::Inside);
        let count_g =
            painter.layout_no_wrap(t.number(&count.to_string()), count_font.clone(), p.text);
        let cy = base - h - count_g.size().y - 2.0;
        painter.galley(egui::pos2(cx - count_g.size().x / 2.0, cy), count_g, p.text);
        let code_g = painter.layout_no_wrap(t.number(code), code_font.clone(), p.text);
        painter.galley(
            egui::pos2(cx - code_g.size().x / 2.0, base + 4.0),
            code_g,
            p.text,
        );
        let label_g = painter.layout(label.clone(), label_font.clone(), p.muted, slot - 6.0);
        let lx = cx - label_g.size().x / 2.0;
        painter.galley(egui::pos2(lx, base + 34.0), label_g, p.muted);
    }
}

/// Code and label of an answer for text, e.g. "3 Established" or "Not applicable".
pub fn describe(answer: Option<Answer>, scale: &Scale, t: &crate::ui::lang::Texts) -> String {
    answer.map_or_else(|| t.get("votes-not-scored-yet"), |a| a.describe(scale))
}

/// An answer in `t`'s language: its level digits written that way, and "not scored
/// yet" from the catalogue. The level's label is the instrument's own.
pub fn describe_in(answer: Option<Answer>, scale: &Scale, t: &crate::ui::lang::Texts) -> String {
    answer.map_or_else(
        || t.get("room-not-scored"),
        |a| t.number(&a.describe(scale)),
    )
}
