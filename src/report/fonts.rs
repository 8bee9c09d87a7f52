//! The report font (DejaVu Sans, regular and bold, built into the binary) and its metrics.
//!
//! The fonts are parsed once per process. Widths are read from the same `hmtx` advances,
//! truncated to 1/1000 em, that printpdf writes into the PDF's `/W` array, so measured
//! text lines up exactly with what a viewer draws.

use std::sync::OnceLock;

use printpdf::ParsedFont;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Width-table marker for "the font has no glyph for this code point".
const MISSING: u16 = u16::MAX;

/// Regular or bold face.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// One parsed face with a width table for the Basic Multilingual Plane.
pub(crate) struct Face {
    pub parsed: ParsedFont,
    /// Advance per BMP code point in 1/1000 em, or [`MISSING`].
    widths: Vec<u16>,
    units_per_em: f32,
}

impl Face {
    fn load(bytes: &[u8], name: &str) -> Result<Self, String> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| format!("the built-in font {name} could not be read"))?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let widths = (0u32..=0xFFFF)
            .map(|cp| match parsed.lookup_glyph_index(cp) {
                // Same truncation as printpdf's `/W` entries.
                Some(gid) => {
                    let w = f32::from(parsed.get_horizontal_advance(gid)) * 1000.0 / units_per_em;
                    (w as u16).min(MISSING - 1)
                }
                None => MISSING,
            })
            .collect();
        Ok(Self {
            parsed,
            widths,
            units_per_em,
        })
    }

    /// Advance of `c` in 1/1000 em, `None` when the font lacks it.
    fn advance(&self, c: char) -> Option<u32> {
        let cp = c as u32;
        if cp <= 0xFFFF {
            let w = self.widths[cp as usize];
            (w != MISSING).then_some(u32::from(w))
        } else {
            let gid = self.parsed.lookup_glyph_index(cp)?;
            let w = f32::from(self.parsed.get_horizontal_advance(gid)) * 1000.0 / self.units_per_em;
            Some(w as u32)
        }
    }

    pub fn has(&self, c: char) -> bool {
        self.advance(c).is_some()
    }
}

/// Both faces plus the character drawn in place of anything they cannot show.
pub(crate) struct FontSet {
    pub regular: Face,
    pub bold: Face,
    /// U+FFFD when both faces have it, else `?`.
    pub replacement: char,
}

impl FontSet {
    pub fn face(&self, w: Weight) -> &Face {
        match w {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// True when both faces can draw `c`, so cleaned text is safe in either weight.
    pub fn supports(&self, c: char) -> bool {
        self.regular.has(c) && self.bold.has(c)
    }

    /// Width of `s` in pt at `size` pt. Unsupported characters count as the
    /// replacement character, which is what [`super::layout`] draws for them.
    pub fn width(&self, s: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let fallback = face.advance(self.replacement).unwrap_or(600);
        let w1000: u32 = s.chars().map(|c| face.advance(c).unwrap_or(fallback)).sum();
        w1000 as f32 / 1000.0 * size
    }
}

/// The fonts, parsed on first use. An error here means the binary itself is broken.
pub(crate) fn fonts() -> Result<&'static FontSet, String> {
    static FONTS: OnceLock<Result<FontSet, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = Face::load(REGULAR_TTF, "DejaVuSans.ttf")?;
            let bold = Face::load(BOLD_TTF, "DejaVuSans-Bold.ttf")?;
            let replacement = if regular.has('\u{FFFD}') && bold.has('\u{FFFD}') {
                '\u{FFFD}'
            } else {
                '?'
            };
            Ok(FontSet {
                regular,
                bold,
                replacement,
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_load_and_cover_what_reports_need() {
        let f = fonts().unwrap();
        for c in "Aé–—“”‘’…•▲▼€✓ÀÖøß".chars() {
            assert!(f.supports(c), "{c}");
        }
        assert!(!f.supports('স'), "DejaVu Sans has no Bengali");
        assert!(!f.supports('\n'));
        assert_eq!(f.replacement, '\u{FFFD}');
        let w = f.width("Hello", Weight::Regular, 10.0);
        assert!(w > 20.0 && w < 35.0, "{w}");
        assert!(f.width("Hello", Weight::Bold, 10.0) > w);
    }
}
