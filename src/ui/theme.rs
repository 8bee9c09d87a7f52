//! The one place for look and feel: projector text sizes (named text styles), the light
//! high-contrast and dark themes, and the colour-blind-safe level palette.

use egui::{Color32, FontId, Stroke, TextStyle, Visuals};

/// Area titles on the scoring page (at least 32 px at zoom 1).
pub const AREA_TITLE: &str = "area-title";
/// The big level number on a level card.
pub const CARD_NUMBER: &str = "card-number";

pub const BODY_PX: f32 = 20.0;
pub const AREA_TITLE_PX: f32 = 36.0;

/// Zoom limits for Ctrl+= / Ctrl+-.
pub const MIN_ZOOM: f32 = 0.5;
pub const MAX_ZOOM: f32 = 3.0;

/// Colour-blind-safe ordinal palette for levels 1-4 (ColorBrewer PuOr, 4 classes).
const LEVEL_FILL: [Color32; 4] = [
    Color32::from_rgb(0xE6, 0x61, 0x01),
    Color32::from_rgb(0xFD, 0xB8, 0x63),
    Color32::from_rgb(0xB2, 0xAB, 0xD2),
    Color32::from_rgb(0x5E, 0x3C, 0x99),
];

/// Not applicable and insufficient information: neutral greys, never a level colour.
pub const NA_FILL: Color32 = Color32::from_rgb(0x9E, 0x9E, 0x9E);
pub const NI_FILL: Color32 = Color32::from_rgb(0xE0, 0xE0, 0xE0);

/// Fill for level `value` (1-based); scales with more than four levels reuse the ends.
pub fn level_fill(value: u8, levels: usize) -> Color32 {
    if levels <= 1 || value == 0 {
        return LEVEL_FILL[0];
    }
    let t = f32::from(value - 1) / (levels - 1) as f32;
    LEVEL_FILL[((t * 3.0).round() as usize).min(3)]
}

/// Black or white, whichever reads better on `fill` (WCAG contrast).
pub fn text_on(fill: Color32) -> Color32 {
    if contrast(fill, Color32::BLACK) >= contrast(fill, Color32::WHITE) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

fn luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio between two colours (1.0-21.0).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Colours that differ between the light and dark theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    pub text: Color32,
    pub background: Color32,
    pub panel: Color32,
    pub muted: Color32,
    pub accent: Color32,
    pub error: Color32,
    pub ok: Color32,
    pub card: Color32,
}

pub const LIGHT: Palette = Palette {
    text: Color32::from_rgb(0x11, 0x11, 0x11),
    background: Color32::WHITE,
    panel: Color32::from_rgb(0xF4, 0xF4, 0xF4),
    muted: Color32::from_rgb(0x3A, 0x3A, 0x3A),
    accent: Color32::from_rgb(0x0B, 0x3D, 0x91),
    error: Color32::from_rgb(0x9A, 0x00, 0x00),
    ok: Color32::from_rgb(0x0B, 0x5A, 0x1E),
    card: Color32::WHITE,
};

pub const DARK: Palette = Palette {
    text: Color32::from_rgb(0xF2, 0xF2, 0xF2),
    background: Color32::from_rgb(0x10, 0x10, 0x10),
    panel: Color32::from_rgb(0x1C, 0x1C, 0x1C),
    muted: Color32::from_rgb(0xC8, 0xC8, 0xC8),
    accent: Color32::from_rgb(0x9C, 0xC3, 0xFF),
    error: Color32::from_rgb(0xFF, 0x9E, 0x9E),
    ok: Color32::from_rgb(0x9E, 0xE6, 0xA8),
    card: Color32::from_rgb(0x18, 0x18, 0x18),
};

pub fn palette(dark: bool) -> Palette {
    if dark { DARK } else { LIGHT }
}

/// The palette of the theme currently shown.
pub fn current(ctx: &egui::Context) -> Palette {
    palette(ctx.theme() == egui::Theme::Dark)
}

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
    v.selection.stroke = Stroke::new(2.0, if dark { Color32::BLACK } else { Color32::WHITE });
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
    v
}

/// DejaVu Sans: regular weight reads better on a projector than egui's light default,
/// and it covers the symbols used here (✔ ◀ ▶ ↑ ↓ •). egui's fonts stay as fallbacks.
fn install_fonts(ctx: &egui::Context) {
    use std::sync::Arc;
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".into(),
        Arc::new(egui::FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        let list = fonts.families.entry(family.clone()).or_default();
        let at = if family == egui::FontFamily::Proportional {
            0
        } else {
            list.len()
        };
        list.insert(at, "DejaVuSans".into());
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
    ctx.set_visuals_of(egui::Theme::Light, visuals(LIGHT, false));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(DARK, true));
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

    #[test]
    fn theme_text_contrast_is_at_least_7_to_1() {
        for p in [LIGHT, DARK] {
            assert!(contrast(p.text, p.background) >= 7.0);
            assert!(contrast(p.text, p.panel) >= 7.0);
            assert!(contrast(p.muted, p.background) >= 7.0, "{:?}", p.muted);
            assert!(contrast(p.accent, p.background) >= 7.0, "{:?}", p.accent);
            assert!(contrast(p.error, p.background) >= 7.0);
            if p.accent == LIGHT.accent {
                assert!(
                    contrast(Color32::WHITE, p.accent) >= 7.0,
                    "current-page button text"
                );
            }
        }
    }

    #[test]
    fn selected_text_reads_on_the_accent() {
        for (p, dark) in [(LIGHT, false), (DARK, true)] {
            let v = visuals(p, dark);
            assert!(contrast(v.selection.stroke.color, v.selection.bg_fill) >= 7.0);
            assert_eq!(v.text_color(), p.text);
        }
    }

    #[test]
    fn level_cells_have_readable_text() {
        for v in 1..=4 {
            let fill = level_fill(v, 4);
            assert!(contrast(fill, text_on(fill)) >= 4.5, "level {v}");
        }
        for fill in [NA_FILL, NI_FILL] {
            assert!(contrast(fill, text_on(fill)) >= 4.5);
        }
    }

    #[test]
    fn level_palette_spans_other_scales() {
        assert_eq!(level_fill(1, 4), LEVEL_FILL[0]);
        assert_eq!(level_fill(4, 4), LEVEL_FILL[3]);
        assert_eq!(level_fill(1, 2), LEVEL_FILL[0]);
        assert_eq!(level_fill(2, 2), LEVEL_FILL[3]);
        assert_eq!(level_fill(10, 10), LEVEL_FILL[3]);
    }
}
