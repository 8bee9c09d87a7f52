//! The one place for look and feel: projector text sizes (named text styles), the light
//! high-contrast and dark themes, and the colour-blind-safe level palette.

use egui::{Color32, FontId, Stroke, TextStyle, Visuals};

use crate::look;

/// Area titles on the scoring page (at least 32 px at zoom 1).
pub const AREA_TITLE: &str = "area-title";
/// The big level number on a level card.
pub const CARD_NUMBER: &str = "card-number";

pub const BODY_PX: f32 = 20.0;
pub const AREA_TITLE_PX: f32 = 36.0;

/// Zoom limits for Ctrl+= / Ctrl+-.
pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

/// An sRGB colour of the shared look as egui's colour.
pub fn color(c: look::Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Not applicable and insufficient information: neutral greys, never a level colour.
pub const NA_FILL: Color32 = Color32::from_rgb(look::NA.0, look::NA.1, look::NA.2);
pub const NI_FILL: Color32 = Color32::from_rgb(look::NI.0, look::NI.1, look::NI.2);

/// Fill for level `value` (1-based) on a scale of `levels` levels.
pub fn level_fill(value: u8, levels: usize) -> Color32 {
    color(look::level(value, levels))
}

/// Colour of chart series `i` (the PDF's).
pub fn series(i: usize) -> Color32 {
    color(look::series(i))
}

/// Black or white, whichever reads better on `fill` (WCAG contrast).
pub fn text_on(fill: Color32) -> Color32 {
    let t = look::Rgb(fill.r(), fill.g(), fill.b()).text_on();
    color(t)
}

/// Screen colours of one theme, as egui colours.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub text: Color32,
    pub background: Color32,
    pub panel: Color32,
    pub muted: Color32,
    pub accent: Color32,
    pub on_accent: Color32,
    pub error: Color32,
    pub ok: Color32,
    pub card: Color32,
    pub focus: Color32,
}

impl From<look::Palette> for Palette {
    fn from(p: look::Palette) -> Self {
        Self {
            text: color(p.text),
            background: color(p.background),
            panel: color(p.panel),
            muted: color(p.muted),
            accent: color(p.accent),
            on_accent: color(p.on_accent),
            error: color(p.error),
            ok: color(p.ok),
            card: color(p.card),
            focus: color(p.focus),
        }
    }
}

pub fn palette(dark: bool) -> Palette {
    look::palette(dark).into()
}

/// The palette of the theme currently shown.
pub fn current(ctx: &egui::Context) -> Palette {
    palette(ctx.theme() == egui::Theme::Dark)
}

/// Width of the keyboard focus ring.
pub const FOCUS_RING: f32 = 3.0;

fn visuals(p: Palette, dark: bool) -> Visuals {
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    // Text colours come from the widget strokes (not an override), so selected
    // buttons can use light text on the accent fill.
    v.weak_text_color = Some(p.muted);
    v.panel_fill = p.background;
    v.window_fill = p.background;
    v.extreme_bg_color = p.card;
    v.faint_bg_color = p.panel;
    v.hyperlink_color = p.accent;
    v.error_fg_color = p.error;
    v.selection.bg_fill = p.accent;
    v.selection.stroke = Stroke::new(2.0, p.on_accent);
    // A focused text box keeps a visible ring (egui's default drops the border).
    v.text_edit_bg_color = Some(p.card);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke.color = p.text;
    }
    v.widgets.noninteractive.bg_stroke.color = p.muted;
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, p.muted);
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, p.accent);
    // Keyboard focus is shown by the ring `install_focus_ring` paints around whatever
    // widget has it; egui's own `active` style (also the pressed look) stays thin.
    v.widgets.active.bg_stroke = Stroke::new(2.0, p.accent);
    v
}

/// Paint a ring of `FOCUS_RING` px in the focus colour (3:1 or more on both themes'
/// backgrounds) around the widget that has the keyboard focus, whatever it is: a
/// button, a text box, a checkbox, a drag value or a painted cursor. egui's own marks
/// differ by widget and vanish on some (a focused text box's border is the accent's
/// text colour). Register once, at start.
pub fn install_focus_ring(ctx: &egui::Context) {
    ctx.on_end_pass(
        "focus_ring",
        std::sync::Arc::new(|ui: &mut egui::Ui| {
            let ctx = ui.ctx().clone();
            let Some(id) = ctx.memory(|m| m.focused()) else {
                return;
            };
            // Only a widget drawn in this pass: one left from the last has gone.
            let Some(w) = ctx.viewport(|v| v.this_pass.widgets.get(id).copied()) else {
                return;
            };
            if !w.visible || !w.interact_rect.is_positive() {
                return;
            }
            let stroke = Stroke::new(FOCUS_RING, current(&ctx).focus);
            let clip = w.interact_rect.expand(FOCUS_RING + 1.0);
            egui::Painter::new(ctx, w.layer_id, clip).rect_stroke(
                w.rect,
                4.0,
                stroke,
                egui::StrokeKind::Outside,
            );
        }),
    );
}

/// DejaVu Sans: regular weight reads better on a projector than egui's light default,
/// and it covers the symbols used here (✔ ◀ ▶ ↑ ↓ •). Noto Sans Bengali comes right
/// after it for Bangla. It must not come first: egui splits text into runs by font and
/// guesses a run's script from its first letter, so a Bengali-first font would take the
/// Latin letters too and shape "Level 3: প্রতিষ্ঠিত" as Latin. egui's fonts stay as
/// fallbacks.
fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".into(),
        Arc::new(egui::FontData::from_static(crate::fonts::DEJAVU_SANS)),
    );
    // Bangla sits about 2 px high beside Latin at body size: shift it down a little.
    let bengali =
        egui::FontData::from_static(crate::fonts::NOTO_SANS_BENGALI).tweak(egui::FontTweak {
            y_offset_factor: 0.1,
            ..Default::default()
        });
    fonts
        .font_data
        .insert("NotoSansBengali".into(), Arc::new(bengali));
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        let at = if family == egui::FontFamily::Proportional {
            0
        } else {
            list.len()
        };
        list.insert(at, "DejaVuSans".into());
        list.insert(at + 1, "NotoSansBengali".into());
    }
    ctx.set_fonts(fonts);
}

/// Install fonts, text styles and both themes; `dark` picks the one shown.
pub fn install(ctx: &egui::Context, dark: bool) {
    install_fonts(ctx);
    ctx.all_styles_mut(|s| {
        use egui::FontFamily::Proportional;
        s.text_styles = [
            (TextStyle::Small, FontId::new(16.0, Proportional)),
            (TextStyle::Body, FontId::new(BODY_PX, Proportional)),
            (TextStyle::Button, FontId::new(BODY_PX, Proportional)),
            (TextStyle::Heading, FontId::new(28.0, Proportional)),
            (TextStyle::Monospace, FontId::monospace(18.0)),
            (
                TextStyle::Name(AREA_TITLE.into()),
                FontId::new(AREA_TITLE_PX, Proportional),
            ),
            (
                TextStyle::Name(CARD_NUMBER.into()),
                FontId::new(40.0, Proportional),
            ),
        ]
        .into();
        s.spacing.item_spacing = egui::vec2(10.0, 8.0);
        s.spacing.button_padding = egui::vec2(10.0, 5.0);
        s.spacing.interact_size.y = 30.0;
    });
    ctx.set_visuals_of(egui::Theme::Light, visuals(palette(false), false));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(palette(true), true));
    set_dark(ctx, dark);
}

pub fn set_dark(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
}

/// A named text style as a `TextStyle`.
pub fn style(name: &str) -> TextStyle {
    TextStyle::Name(name.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the fonts of `ctx` have a glyph for every character of `text`.
    fn covers(ctx: &egui::Context, text: &str) -> bool {
        // Fonts set with `set_fonts` take effect at the next pass.
        let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
        // No GPU here: the font texture is dropped on purpose.
        out.textures_delta.clear();
        ctx.fonts_mut(|f| f.has_glyphs(&FontId::proportional(BODY_PX), text))
    }

    #[test]
    fn bangla_has_glyphs_with_the_app_fonts_and_not_without() {
        let bangla = "দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়";
        let plain = egui::Context::default();
        assert!(!covers(&plain, bangla), "egui's own fonts have no Bengali");
        let ctx = egui::Context::default();
        install(&ctx, false);
        assert!(covers(&ctx, bangla));
        assert!(covers(&ctx, "MoSW · সমাজকল্যাণ মন্ত্রণালয় ✔ ◀ ▶"));
        // Latin stays with DejaVu Sans: Bengali comes second in the list.
        let first =
            ctx.fonts(|f| f.definitions().families[&egui::FontFamily::Proportional][..2].to_vec());
        assert_eq!(first, ["DejaVuSans", "NotoSansBengali"]);
    }

    /// The app lays Bangla out as harfrust shapes it with the same font, glyph for
    /// glyph: as many glyphs, a different bitmap wherever harfrust uses a different
    /// glyph id and the same-sized one where it uses the same (egui keeps no glyph ids),
    /// and the same line width.
    #[test]
    fn bangla_is_laid_out_as_harfrust_shapes_it() {
        use crate::report::bengali::{Run, Shaper, runs};
        let text = "দুর্যোগ ব্যবস্থাপনা ও ত্রাণ মন্ত্রণালয়";
        let ctx = egui::Context::default();
        install(&ctx, false);
        assert!(covers(&ctx, text), "no glyph is missing");
        let size = BODY_PX;
        let galley = ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::BLACK)
        });
        let laid: Vec<&egui::epaint::text::Glyph> = galley.rows[0]
            .glyphs
            .iter()
            // egui adds an empty glyph for each character a cluster takes in beyond its
            // glyphs (so cursors count characters): those have no place in the atlas.
            .filter(|g| g.chr != ' ' && !g.uv_rect.is_nothing())
            .collect();
        let shaper = Shaper::new(crate::fonts::NOTO_SANS_BENGALI).unwrap();
        let shaped: Vec<_> = runs(text)
            .into_iter()
            .filter_map(|r| match r {
                Run::Bengali(word) => Some(shaper.shape(word).glyphs),
                Run::Latin(_) => None,
            })
            .flatten()
            .collect();
        assert_eq!(laid.len(), shaped.len(), "as many glyphs as harfrust makes");
        assert!(shaped.iter().all(|g| g.gid != 0), "no missing-glyph box");
        for w in 0..laid.len() {
            for v in 0..laid.len() {
                let (a, b) = (laid[w].uv_rect, laid[v].uv_rect);
                if shaped[w].gid != shaped[v].gid {
                    assert_ne!(a, b, "glyphs {w} and {v} differ, so do their bitmaps");
                } else {
                    // One glyph; egui may cache it twice at different subpixel offsets.
                    let (da, db) = (a.max[0] - a.min[0], b.max[0] - b.min[0]);
                    assert!(da.abs_diff(db) <= 1, "glyphs {w} and {v} are one glyph");
                }
            }
        }
        // Widths: the line is the shaped words plus egui's spaces.
        let words: f32 = runs(text)
            .into_iter()
            .filter_map(|r| match r {
                Run::Bengali(word) => Some(shaper.shape(word).advance * size / 1000.0),
                Run::Latin(_) => None,
            })
            .sum();
        let spaces: f32 = galley.rows[0]
            .glyphs
            .iter()
            .filter(|g| g.chr == ' ')
            .map(|g| g.advance_width)
            .sum();
        let width = galley.rows[0].rect().width();
        assert!(
            (width - (words + spaces)).abs() < 1.5,
            "egui {width} px, harfrust {} px",
            words + spaces
        );
    }

    #[test]
    fn selected_text_reads_on_the_accent_in_both_themes() {
        for dark in [false, true] {
            let p = palette(dark);
            let v = visuals(p, dark);
            let c = |c: Color32| look::Rgb(c.r(), c.g(), c.b());
            assert!(c(v.selection.stroke.color).contrast(c(v.selection.bg_fill)) >= 7.0);
            assert_eq!(v.text_color(), p.text);
            assert!(c(p.focus).contrast(c(p.background)) >= 3.0, "focus ring");
            assert!(
                c(p.focus).contrast(c(p.panel)) >= 3.0,
                "focus ring on a panel"
            );
            assert!(
                c(p.focus).contrast(c(p.card)) >= 3.0,
                "focus ring on a card"
            );
        }
    }

    #[test]
    fn the_focused_widget_gets_a_3_px_ring_in_the_focus_colour() {
        for dark in [false, true] {
            let ctx = egui::Context::default();
            install(&ctx, dark);
            install_focus_ring(&ctx);
            let mut text = String::from("a rationale");
            let rect = std::cell::Cell::new(egui::Rect::NOTHING);
            let mut run = |focus: bool| {
                let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
                    egui::CentralPanel::default().show(ui, |ui| {
                        let r = ui.text_edit_singleline(&mut text);
                        if focus {
                            r.request_focus();
                        }
                        rect.set(r.rect);
                    });
                });
                out.textures_delta.clear();
                out
            };
            let before = run(false);
            let rect = rect.get();
            let ring = |out: &egui::FullOutput| {
                out.shapes.iter().any(|c| match &c.shape {
                    egui::Shape::Rect(r) => {
                        r.stroke.width == FOCUS_RING
                            && r.stroke.color == current(&ctx).focus
                            && r.rect == rect
                    }
                    _ => false,
                })
            };
            assert!(!ring(&before), "no ring without focus");
            run(true);
            let after = run(false);
            assert!(ring(&after), "a ring around the focused box (dark: {dark})");
        }
    }

    #[test]
    fn screen_and_print_share_colours() {
        for l in 1..=4u8 {
            assert_eq!(level_fill(l, 4), color(look::LEVELS[usize::from(l) - 1]));
        }
        assert_eq!(series(0), color(look::SERIES[0]));
        assert_eq!(NA_FILL, color(look::NA));
        assert_eq!(NI_FILL, color(look::NI));
    }
}
