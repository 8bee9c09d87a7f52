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

/// A level card: big number, label and the area's descriptor. Selected cards get a
/// thick outline and a tick, so the choice never rests on colour alone.
pub fn level_card_ui(
    ui: &mut Ui,
    width: f32,
    value: u8,
    label: &str,
    descriptor: &str,
    selected: bool,
    levels: usize,
) -> Response {
    let p = theme::current(ui.ctx());
    let fill = theme::level_fill(value, levels);
    let pad = 12.0;
    let number = ui.painter().layout_no_wrap(
        value.to_string(),
        ui.style().text_styles[&theme::style(theme::CARD_NUMBER)].clone(),
        theme::text_on(fill),
    );
    // Text sits right of the coloured number band.
    let band_w = number.size().x + 2.0 * pad;
    let text_w = (width - band_w - 12.0 - pad).max(40.0);
    let title = ui.painter().layout(
        format!("{label}{}", if selected { "  ✔ chosen" } else { "" }),
        egui::FontId::proportional(24.0),
        p.text,
        text_w,
    );
    let body = ui.painter().layout(
        descriptor.to_owned(),
        egui::FontId::proportional(theme::BODY_PX),
        p.text,
        text_w,
    );
    let head_h = title.size().y;
    let height = (pad + head_h + 8.0 + body.size().y + pad).max(number.size().y + 2.0 * pad);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let name = format!("Level {value} {label}");
    response.widget_info(|| WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let response = response.accessible_name(&name);
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let radius = CornerRadius::same(8);
        painter.rect_filled(rect, radius, p.card);
        // A colour band with the number on it; the number stays readable on any fill.
        let band = egui::Rect::from_min_size(rect.min, vec2(band_w, rect.height()));
        painter.rect_filled(
            band,
            CornerRadius {
                nw: 8,
                sw: 8,
                ne: 0,
                se: 0,
            },
            fill,
        );
        painter.galley(band.min + vec2(pad, pad), number, theme::text_on(fill));
        let text_x = band.max.x + 12.0;
        painter.galley(egui::pos2(text_x, rect.min.y + pad), title, p.text);
        painter.galley(
            egui::pos2(text_x, rect.min.y + pad + head_h + 8.0),
            body,
            p.text,
        );
        let stroke = if selected {
            Stroke::new(5.0, p.accent)
        } else if response.hovered() || response.has_focus() {
            Stroke::new(3.0, p.accent)
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

/// Horizontal bars for a revealed vote distribution, with counts printed.
pub fn vote_bars_ui(ui: &mut Ui, rows: &[(String, u32, Color32)], width: f32) {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let p = theme::current(ui.ctx());
    for (label, count, fill) in rows {
        ui.horizontal(|ui| {
            ui.add_sized([110.0, 26.0], egui::Label::new(label.as_str()).truncate());
            let bar_w = (width - 170.0).max(40.0);
            let (rect, _) = ui.allocate_exact_size(vec2(bar_w, 22.0), Sense::hover());
            let filled = rect.with_max_x(rect.min.x + bar_w * (*count as f32 / max as f32));
            ui.painter().rect_filled(filled, 2, *fill);
            ui.painter()
                .rect_stroke(rect, 2, Stroke::new(1.0, p.muted), StrokeKind::Inside);
            ui.label(RichText::new(count.to_string()).strong());
        });
    }
}

/// Code and label of an answer for text, e.g. "3 Established" or "Not applicable".
pub fn describe(answer: Option<Answer>, scale: &Scale) -> String {
    answer.map_or_else(|| "Not scored yet".to_owned(), |a| a.describe(scale))
}
