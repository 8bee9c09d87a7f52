//! Controls for long lists whose rows are painted rather than laid out widget by
//! widget: a row's "⋯" menu button, a small button, and screen-reader nodes for
//! painted text. A screen of a large workspace shows dozens of rows, so each control
//! costs one interaction and a shared galley, nothing more.

use std::sync::Arc;

use egui::{Color32, Galley, Id, Rect, Response, Sense, StrokeKind, Ui, Vec2, WidgetInfo, vec2};

/// The "⋯" button that opens a row's menu, laid out once per frame for all rows.
/// egui's `MenuButton` looks up its menu bar and configuration on every frame, about
/// 16 µs a row; this one opens the same popup menu.
pub struct RowMenu {
    galley: Arc<Galley>,
    pub size: Vec2,
}

impl RowMenu {
    pub fn new(ui: &Ui) -> Self {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let galley = ui
            .painter()
            .layout_no_wrap("⋯".to_owned(), font, Color32::PLACEHOLDER);
        let pad = ui.spacing().button_padding;
        let size = vec2(
            galley.size().x + 2.0 * pad.x,
            (galley.size().y + 2.0 * pad.y).max(ui.spacing().interact_size.y),
        );
        Self { galley, size }
    }

    /// The button at `rect`, named `label` for screen readers and tests; `content`
    /// fills the menu.
    pub fn ui(
        &self,
        ui: &mut Ui,
        rect: Rect,
        id: Id,
        label: &str,
        content: impl FnOnce(&mut Ui),
    ) -> Response {
        let resp = ui.interact(rect, id, Sense::click());
        resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, true, label));
        // The popup is only built when it is open or about to be: building it costs
        // more than the button.
        let popup = egui::Popup::default_response_id(&resp);
        let was_open = egui::Popup::is_id_open(ui.ctx(), popup);
        // A click toggles it this frame: paint the state it is left in.
        let open = was_open != resp.clicked();
        if ui.is_rect_visible(rect) {
            let v = ui.style().interact_selectable(&resp, open);
            // The frame shows on hover, focus or while open: a list of rows stays quiet.
            if open || resp.hovered() || resp.has_focus() {
                let r = rect.expand(v.expansion);
                let stroke = v.bg_stroke;
                ui.painter().rect(
                    r,
                    v.corner_radius,
                    v.weak_bg_fill,
                    stroke,
                    StrokeKind::Inside,
                );
            }
            // Strong text as a button's, the selection's text colour while open.
            let color = if open {
                v.text_color()
            } else {
                ui.visuals().strong_text_color()
            };
            let at = rect.center() - self.galley.size() / 2.0;
            ui.painter().galley(at, self.galley.clone(), color);
        }
        if was_open || resp.clicked() {
            egui::Popup::menu(&resp).show(content);
        }
        resp
    }
}

/// A small button with a symbol (e.g. "◀"), named `label`; painted like egui's
/// buttons, without their layout machinery.
pub fn symbol_button_ui(ui: &mut Ui, symbol: &str, label: &str, enabled: bool) -> Response {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let galley = ui
        .painter()
        .layout_no_wrap(symbol.to_owned(), font, Color32::PLACEHOLDER);
    let pad = vec2(ui.spacing().button_padding.x, 0.0);
    let size = galley.size() + 2.0 * pad;
    let sense = if enabled {
        Sense::click()
    } else {
        Sense::hover()
    };
    let (rect, resp) = ui.allocate_exact_size(size, sense);
    resp.widget_info(|| WidgetInfo::labeled(egui::Role::Button, enabled, label));
    if ui.is_rect_visible(rect) {
        let v = if enabled {
            *ui.style().interact(&resp)
        } else {
            ui.visuals().widgets.noninteractive
        };
        let r = rect.expand(v.expansion);
        ui.painter().rect(
            r,
            v.corner_radius,
            v.weak_bg_fill,
            v.bg_stroke,
            StrokeKind::Inside,
        );
        let color = if enabled {
            v.text_color()
        } else {
            ui.visuals().weak_text_color()
        };
        ui.painter().galley(rect.min + pad, galley, color);
    }
    resp
}

/// A screen-reader node for painted text (text drawn without a label widget has none).
pub fn label_node(ui: &Ui, id: Id, text: &str, r: Rect) {
    ui.ctx().accesskit_node_builder(id, |n| {
        n.set_role(egui::accesskit::Role::Label);
        n.set_value(text);
        n.set_bounds(bounds(r));
    });
}

/// A rectangle as accessibility bounds (points; egui scales the tree as a whole).
pub fn bounds(r: Rect) -> egui::accesskit::Rect {
    egui::accesskit::Rect {
        x0: r.min.x.into(),
        y0: r.min.y.into(),
        x1: r.max.x.into(),
        y1: r.max.y.into(),
    }
}

/// Whether a screen reader (or a test harness) asked for the accessibility tree this
/// frame: painted text only builds its nodes then.
pub fn accesskit_on(ui: &Ui) -> bool {
    ui.ctx().has_accesskit_node(egui::accesskit_root_id())
}

/// Galleys kept from frame to frame for the rows of a long list: laying out and
/// hashing dozens of texts every frame is most of what such a screen costs. They are
/// valid for one key (the caller hashes the revision, widths and colours into it) and
/// one font atlas: egui empties its own galley cache when the atlas is rebuilt or the
/// text options change, and then a probe laid out through that cache comes back as a
/// new galley, so everything kept here is dropped too.
#[derive(Default)]
pub struct KeptGalleys {
    key: Option<u64>,
    probe: Option<Arc<Galley>>,
    rows: std::collections::HashMap<u64, Arc<Galley>>,
}

/// More rows than a screen shows many times over: scrolling a long list keeps at most
/// this many before starting afresh.
const KEPT_MAX: usize = 2048;

impl KeptGalleys {
    /// Start a frame: keep the galleys only if `key` and the font atlas are unchanged.
    pub fn begin(&mut self, ui: &Ui, key: u64) {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let probe = ui
            .painter()
            .layout_no_wrap("⋯".to_owned(), font, Color32::PLACEHOLDER);
        let same_atlas = self.probe.as_ref().is_some_and(|p| Arc::ptr_eq(p, &probe));
        if !same_atlas || self.key != Some(key) || self.rows.len() > KEPT_MAX {
            self.rows.clear();
            self.key = Some(key);
        }
        self.probe = Some(probe);
    }

    /// The galley of `row`, laid out by `make` when not kept yet.
    pub fn get(&mut self, row: u64, make: impl FnOnce() -> Arc<Galley>) -> Arc<Galley> {
        self.rows.entry(row).or_insert_with(make).clone()
    }
}

/// A key for [`KeptGalleys::begin`] from everything a list's galleys depend on.
pub fn kept_key(parts: impl std::hash::Hash) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One frame of `ctx` at `ppp` in which row 1 of `kept` is asked for; true when it
    /// had to be laid out again.
    fn frame(ctx: &egui::Context, kept: &mut KeptGalleys, key: u64, ppp: f32) -> bool {
        let input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(egui::Pos2::ZERO, vec2(400.0, 300.0))),
            ..Default::default()
        };
        ctx.set_pixels_per_point(ppp);
        let mut made = false;
        let mut output = ctx.run_ui(input, |ui| {
            kept.begin(ui, key);
            kept.get(1, || {
                made = true;
                let font = egui::TextStyle::Body.resolve(ui.style());
                ui.painter()
                    .layout_no_wrap("MoSW".to_owned(), font, Color32::WHITE)
            });
        });
        // No GPU here to upload the font atlas to.
        output.textures_delta.clear();
        made
    }

    #[test]
    fn kept_galleys_follow_their_key_and_the_font_atlas() {
        let ctx = egui::Context::default();
        let mut kept = KeptGalleys::default();
        assert!(frame(&ctx, &mut kept, 1, 1.0), "laid out the first time");
        assert!(
            !frame(&ctx, &mut kept, 1, 1.0),
            "kept while nothing changed"
        );
        assert!(frame(&ctx, &mut kept, 2, 1.0), "a new key lays out again");
        assert!(!frame(&ctx, &mut kept, 2, 1.0));
        // New text options (here the scale) make egui start a new atlas.
        assert!(frame(&ctx, &mut kept, 2, 2.0), "a new atlas lays out again");
        assert!(!frame(&ctx, &mut kept, 2, 2.0));
    }
}
