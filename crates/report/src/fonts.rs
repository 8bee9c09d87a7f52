//! The report fonts, built into the binary, and their metrics: DejaVu Sans (regular
//! and bold) for Latin and symbols, Noto Sans Bengali (regular and bold) for Bangla,
//! shaped by [`super::bengali`].
//!
//! The fonts are parsed once per process. Widths are read from the same `hmtx` advances,
//! truncated to 1/1000 em, that the PDF's `/W` array holds, so measured text lines up
//! exactly with what a viewer draws.

use std::sync::OnceLock;

use skrifa::prelude::{FontRef, LocationRef, MetadataProvider, Size};
use skrifa::string::StringId;

use super::bengali::{self, Run, Shaper};

use codi_look::fonts::{
    DEJAVU_SANS as REGULAR_TTF, DEJAVU_SANS_BOLD as BOLD_TTF, NOTO_SANS_BENGALI as BENGALI_TTF,
    NOTO_SANS_BENGALI_BOLD as BENGALI_BOLD_TTF,
};

/// Width-table marker for "the font has no glyph for this code point".
const MISSING: u16 = u16::MAX;

/// Regular or bold face.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// What the PDF's font descriptor says about a face, in font units.
pub(crate) struct FaceMetrics {
    pub units_per_em: f32,
    pub ascent: f32,
    pub descent: f32,
    pub cap_height: Option<f32>,
    /// x min, y min, x max, y max.
    pub bbox: [f32; 4],
    /// OS/2 weight class (400 regular, 700 bold).
    pub weight: f32,
    /// PostScript name.
    pub name: String,
}

/// One face: its file, glyph ids and widths for the Basic Multilingual Plane.
pub(crate) struct Face {
    /// The font file, which the PDF embeds cut down to the glyphs used.
    pub bytes: &'static [u8],
    pub metrics: FaceMetrics,
    /// Glyph id per BMP code point (0: none).
    gids: Vec<u16>,
    /// Advance per BMP code point in 1/1000 em, or [`MISSING`].
    widths: Vec<u16>,
}

impl Face {
    fn load(bytes: &'static [u8], name: &str) -> Result<Self, String> {
        let font = FontRef::new(bytes)
            .map_err(|e| format!("the built-in font {name} could not be read: {e}"))?;
        let m = font.metrics(Size::unscaled(), LocationRef::default());
        let bbox = m.bounds.map_or([0.0, -200.0, 1000.0, 800.0], |b| {
            [b.x_min, b.y_min, b.x_max, b.y_max]
        });
        let metrics = FaceMetrics {
            units_per_em: f32::from(m.units_per_em.max(1)),
            ascent: m.ascent,
            descent: m.descent,
            cap_height: m.cap_height,
            bbox,
            weight: font.attributes().weight.value(),
            name: font
                .localized_strings(StringId::POSTSCRIPT_NAME)
                .english_or_first()
                .map_or_else(|| name.to_owned(), |s| s.to_string()),
        };
        let charmap = font.charmap();
        let advances = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let mut gids = vec![0u16; 0x10000];
        let mut widths = vec![MISSING; 0x10000];
        for (cp, gid) in charmap.mappings() {
            let Ok(i) = usize::try_from(cp) else { continue };
            let Ok(g) = u16::try_from(gid.to_u32()) else {
                continue;
            };
            if i >= gids.len() || g == 0 {
                continue;
            }
            gids[i] = g;
            let w = advances.advance_width(gid).unwrap_or(0.0) * 1000.0 / metrics.units_per_em;
            // Truncated to 1/1000 em, as the `/W` entries are (`pdf::font`).
            widths[i] = (w as u16).min(MISSING - 1);
        }
        Ok(Self {
            bytes,
            metrics,
            gids,
            widths,
        })
    }

    /// The glyph for `c`, `None` when the face lacks it (only the BMP is looked at:
    /// report text is cleaned to what the faces show).
    pub fn glyph(&self, c: char) -> Option<u16> {
        let g = *self.gids.get(c as usize)?;
        (g != 0).then_some(g)
    }

    /// Advance of glyph `gid` in 1/1000 em, truncated.
    pub fn glyph_advance(&self, gid: u16) -> u32 {
        let Ok(font) = FontRef::new(self.bytes) else {
            return 0;
        };
        let advances = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let w = advances
            .advance_width(skrifa::GlyphId::new(u32::from(gid)))
            .unwrap_or(0.0);
        (w * 1000.0 / self.metrics.units_per_em) as u32
    }

    /// Advance of `c` in 1/1000 em, `None` when the font lacks it.
    fn advance(&self, c: char) -> Option<u32> {
        let w = *self.widths.get(c as usize)?;
        (w != MISSING).then_some(u32::from(w))
    }

    pub fn has(&self, c: char) -> bool {
        self.advance(c).is_some()
    }
}

/// A Bengali face with its shaper.
pub(crate) struct BengaliFace {
    pub face: Face,
    pub shaper: Shaper,
}

impl BengaliFace {
    fn load(bytes: &'static [u8], name: &str) -> Result<Self, String> {
        let face = Face::load(bytes, name)?;
        let shaper = Shaper::new(bytes)?;
        Ok(Self { face, shaper })
    }
}

/// The faces plus the character drawn in place of anything they cannot show.
pub(crate) struct FontSet {
    pub regular: Face,
    pub bold: Face,
    pub bengali: BengaliFace,
    pub bengali_bold: BengaliFace,
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

    pub fn bengali(&self, w: Weight) -> &BengaliFace {
        match w {
            Weight::Regular => &self.bengali,
            Weight::Bold => &self.bengali_bold,
        }
    }

    /// True when `c` can be drawn in either weight, so cleaned text is safe in both.
    pub fn supports(&self, c: char) -> bool {
        if bengali::is_bengali(c) {
            let joiner = matches!(c, '\u{200C}' | '\u{200D}');
            joiner || (self.bengali.face.has(c) && self.bengali_bold.face.has(c))
        } else {
            self.regular.has(c) && self.bold.has(c)
        }
    }

    /// Width of `s` in pt at `size` pt: Bengali runs as shaped, the rest glyph by
    /// glyph. Unsupported characters count as the replacement character, which is
    /// what [`super::layout`] draws for them.
    pub fn width(&self, s: &str, weight: Weight, size: f32) -> f32 {
        let face = self.face(weight);
        let fallback = face.advance(self.replacement).unwrap_or(600);
        let w1000: f32 = bengali::runs(s)
            .into_iter()
            .map(|run| match run {
                Run::Latin(t) => t
                    .chars()
                    .map(|c| face.advance(c).unwrap_or(fallback))
                    .sum::<u32>() as f32,
                Run::Bengali(t) => self.bengali(weight).shaper.shape(t).advance,
            })
            .sum();
        w1000 / 1000.0 * size
    }
}

/// The fonts, parsed on first use. An error here means the binary itself is broken.
pub(crate) fn fonts() -> Result<&'static FontSet, String> {
    static FONTS: OnceLock<Result<FontSet, String>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let regular = Face::load(REGULAR_TTF, "DejaVuSans.ttf")?;
            let bold = Face::load(BOLD_TTF, "DejaVuSans-Bold.ttf")?;
            let bengali = BengaliFace::load(BENGALI_TTF, "NotoSansBengali-Regular.ttf")?;
            let bengali_bold = BengaliFace::load(BENGALI_BOLD_TTF, "NotoSansBengali-Bold.ttf")?;
            let replacement = if regular.has('\u{FFFD}') && bold.has('\u{FFFD}') {
                '\u{FFFD}'
            } else {
                '?'
            };
            Ok(FontSet {
                regular,
                bold,
                bengali,
                bengali_bold,
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
        assert!(!f.regular.has('স'), "DejaVu Sans has no Bengali");
        assert!(f.supports('স') && f.supports('\u{09CB}') && f.supports('।'));
        assert!(!f.supports('社'), "no bundled font has Chinese");
        assert!(!f.supports('\n'));
        assert_eq!(f.replacement, '\u{FFFD}');
        let w = f.width("Hello", Weight::Regular, 10.0);
        assert!(w > 20.0 && w < 35.0, "{w}");
        assert!(f.width("Hello", Weight::Bold, 10.0) > w);
    }
}
