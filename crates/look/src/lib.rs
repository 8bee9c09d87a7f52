//! One look for the screen and the PDF: level colours, NA and NI, the chart series
//! colours, the two screen palettes, and the WCAG contrast checks. Plain RGB values;
//! `ui::theme` and `report` each convert from here, so they can never disagree.

pub mod fonts;
pub mod qr;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(0xFF, 0xFF, 0xFF);
    pub const BLACK: Rgb = Rgb(0x00, 0x00, 0x00);

    /// Relative luminance (WCAG 2.x).
    pub fn luminance(self) -> f64 {
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio with `other` (1.0-21.0).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// Black or white, whichever reads better on this fill.
    pub fn text_on(self) -> Rgb {
        if self.contrast(Rgb::BLACK) >= self.contrast(Rgb::WHITE) {
            Rgb::BLACK
        } else {
            Rgb::WHITE
        }
    }

    /// Linear mix towards `other` (`t` = 0 gives self, 1 gives other).
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// `#RRGGBB`.
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// Colour-blind-safe ordinal palette for levels 1-4 (ColorBrewer PuOr, 4 classes).
pub const LEVELS: [Rgb; 4] = [
    Rgb(0xE6, 0x61, 0x01),
    Rgb(0xFD, 0xB8, 0x63),
    Rgb(0xB2, 0xAB, 0xD2),
    Rgb(0x5E, 0x3C, 0x99),
];

/// Not applicable: solid mid grey, never a level colour.
pub const NA: Rgb = Rgb(0xA6, 0xA6, 0xA6);
/// Insufficient information: light grey, drawn with a dashed border (and hatched in
/// print), so it differs from NA by more than its shade.
pub const NI: Rgb = Rgb(0xE6, 0xE6, 0xE6);
/// The dashed border of NI cells.
pub const NI_BORDER: Rgb = Rgb(0x61, 0x61, 0x61);
/// Hatching inside NI cells (print).
pub const HATCH: Rgb = Rgb(0xB8, 0xB8, 0xB8);
/// Chart grid lines.
pub const GRID: Rgb = Rgb(0xC8, 0xC8, 0xC8);

/// Colour of level `value` (1-based) on a scale of `levels` levels: PuOr exactly for
/// four levels, interpolated along it for other scales.
pub fn level(value: u8, levels: usize) -> Rgb {
    if levels <= 1 || value == 0 {
        return LEVELS[0];
    }
    let value = usize::from(value).min(levels);
    let t = (value - 1) as f32 / (levels - 1) as f32 * 3.0;
    let i = (t.floor() as usize).min(2);
    LEVELS[i].mix(LEVELS[i + 1], t - i as f32)
}

/// Series colours for charts: 0 is the round in focus (or the first ministry), 1 the
/// previous round, then further series. Each reads at 3:1 or more on white, on the
/// light panel and on the dark background, so screen (both themes) and print share
/// them. Charts also tell series apart by line style, never by colour alone.
pub const SERIES: [Rgb; 6] = [
    Rgb(0x80, 0x64, 0xB8),
    Rgb(0xB3, 0x58, 0x06),
    Rgb(0x1B, 0x7F, 0x86),
    Rgb(0xC5, 0x1B, 0x7D),
    Rgb(0x4D, 0x92, 0x21),
    Rgb(0x8C, 0x6D, 0x31),
];

/// The colour of series `i` (wraps around after six).
pub fn series(i: usize) -> Rgb {
    SERIES[i % SERIES.len()]
}

/// Screen colours that differ between the light and the dark theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub text: Rgb,
    pub background: Rgb,
    pub panel: Rgb,
    pub muted: Rgb,
    pub accent: Rgb,
    /// Text drawn on the accent colour (the selected page, selected buttons).
    pub on_accent: Rgb,
    pub error: Rgb,
    pub ok: Rgb,
    pub card: Rgb,
    /// Keyboard focus ring.
    pub focus: Rgb,
}

pub const LIGHT: Palette = Palette {
    text: Rgb(0x11, 0x11, 0x11),
    background: Rgb::WHITE,
    panel: Rgb(0xF4, 0xF4, 0xF4),
    muted: Rgb(0x3A, 0x3A, 0x3A),
    accent: Rgb(0x0B, 0x3D, 0x91),
    on_accent: Rgb::WHITE,
    error: Rgb(0x9A, 0x00, 0x00),
    ok: Rgb(0x0B, 0x5A, 0x1E),
    card: Rgb::WHITE,
    focus: Rgb(0xC2, 0x41, 0x0C),
};

pub const DARK: Palette = Palette {
    text: Rgb(0xF2, 0xF2, 0xF2),
    background: Rgb(0x10, 0x10, 0x10),
    panel: Rgb(0x1C, 0x1C, 0x1C),
    muted: Rgb(0xC8, 0xC8, 0xC8),
    accent: Rgb(0x9C, 0xC3, 0xFF),
    on_accent: Rgb(0x05, 0x05, 0x05),
    error: Rgb(0xFF, 0x9E, 0x9E),
    ok: Rgb(0x9E, 0xE6, 0xA8),
    card: Rgb(0x18, 0x18, 0x18),
    focus: Rgb(0xFF, 0xB8, 0x4D),
};

pub fn palette(dark: bool) -> Palette {
    if dark { DARK } else { LIGHT }
}

/// Print colours: the PDF is always black on white.
pub mod print {
    use super::Rgb;
    pub const TEXT: Rgb = Rgb(0x21, 0x21, 0x21);
    /// Secondary text; 7.8:1 on white.
    pub const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
    pub const RULE: Rgb = Rgb(0xBD, 0xBD, 0xBD);
    pub const PANEL: Rgb = Rgb(0xF2, 0xF2, 0xF2);
    /// Table headers.
    pub const HEADER: Rgb = Rgb(0xE8, 0xE6, 0xF0);
    /// Boxes of key figures.
    pub const ACCENT_BG: Rgb = Rgb(0xF4, 0xF2, 0xF9);
    /// Faint lines inside small charts.
    pub const FAINT: Rgb = Rgb(0xE3, 0xE3, 0xE3);
    /// The DRAFT mark on reports of rounds not yet validated; 6.9:1 on white.
    pub const DRAFT: Rgb = Rgb(0xB0, 0x1C, 0x1C);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_themes_read_at_7_to_1() {
        for p in [LIGHT, DARK] {
            for (name, c) in [
                ("text", p.text),
                ("muted", p.muted),
                ("accent", p.accent),
                ("error", p.error),
                ("ok", p.ok),
            ] {
                assert!(c.contrast(p.background) >= 7.0, "{name} {}", c.hex());
                assert!(c.contrast(p.panel) >= 6.5, "{name} on panel {}", c.hex());
            }
            assert!(p.text.contrast(p.card) >= 7.0);
            assert!(
                p.on_accent.contrast(p.accent) >= 7.0,
                "text on the accent: {} on {}",
                p.on_accent.hex(),
                p.accent.hex()
            );
            assert!(p.focus.contrast(p.background) >= 3.0, "focus ring");
            assert!(p.focus.contrast(p.panel) >= 3.0, "focus ring on panel");
        }
    }

    #[test]
    fn level_cells_have_readable_text() {
        for v in 1..=4 {
            let fill = level(v, 4);
            assert!(fill.contrast(fill.text_on()) >= 4.5, "level {v}");
        }
        for fill in [NA, NI] {
            assert!(fill.contrast(fill.text_on()) >= 4.5);
        }
        assert!(NI_BORDER.contrast(NI) >= 3.0, "NI's dashed border shows");
    }

    #[test]
    fn series_read_on_every_background() {
        for (i, c) in SERIES.iter().enumerate() {
            for bg in [Rgb::WHITE, LIGHT.panel, DARK.background, DARK.panel] {
                assert!(
                    c.contrast(bg) >= 3.0,
                    "series {i} {} on {}",
                    c.hex(),
                    bg.hex()
                );
            }
        }
    }

    #[test]
    fn level_palette_spans_other_scales() {
        assert_eq!(level(1, 4), LEVELS[0]);
        assert_eq!(level(4, 4), LEVELS[3]);
        assert_eq!(level(1, 2), LEVELS[0]);
        assert_eq!(level(2, 2), LEVELS[3]);
        assert_eq!(level(10, 10), LEVELS[3]);
        assert_eq!(level(12, 10), LEVELS[3], "clamped");
        // Levels and NA/NI never share a colour.
        for v in 1..=4 {
            assert_ne!(level(v, 4), NA);
            assert_ne!(level(v, 4), NI);
        }
    }

    #[test]
    fn mix_and_hex() {
        assert_eq!(Rgb::BLACK.mix(Rgb::WHITE, 0.5), Rgb(0x80, 0x80, 0x80));
        assert_eq!(LEVELS[3].hex(), "#5E3C99");
    }
}
