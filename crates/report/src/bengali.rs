//! Bangla in the PDFs. A line is split into runs by font: Noto Sans Bengali for the
//! Bengali block, DejaVu Sans for the rest. A Bengali run is shaped with harfrust (the
//! same shaper egui uses on screen) into positioned glyph ids: conjuncts, reph,
//! ya-phala, the pre-base vowel signs and the two-part vowels come out as HarfBuzz
//! would draw them. The Latin text path maps one glyph per character and cannot do
//! this.

use harfrust::{FontRef, ShapeOptions, ShaperData, UnicodeBuffer};

/// Characters drawn with the Bengali face: the Bengali block, the two dandas (shared
/// with Devanagari), and the joiners that steer conjuncts.
pub fn is_bengali(c: char) -> bool {
    matches!(
        c as u32,
        0x0980..=0x09FF | 0x0964 | 0x0965 | 0x200C | 0x200D
    )
}

/// Marks that belong to the character before them: a line may not break before one.
fn joins_previous(c: char) -> bool {
    matches!(
        c as u32,
        0x0981..=0x0983 | 0x09BC | 0x09BE..=0x09CD | 0x09D7 | 0x09E2 | 0x09E3 | 0x200C | 0x200D
    )
}

/// Where a word too wide for its line may be broken before `next`, after `prev`: not
/// inside a Bengali syllable (before a sign, or after a virama that joins consonants).
pub fn may_break_between(prev: char, next: char) -> bool {
    !(joins_previous(next) || prev == '\u{09CD}')
}

/// A piece of a line set in one font.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Run<'a> {
    Latin(&'a str),
    Bengali(&'a str),
}

/// Split `text` into runs by font. Spaces and punctuation go with the Latin font, so
/// each Bengali word is a run of its own.
pub fn runs(text: &str) -> Vec<Run<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bengali = None;
    for (i, c) in text.char_indices() {
        let b = is_bengali(c);
        match bengali {
            Some(prev) if prev != b => {
                out.push(run(&text[start..i], prev));
                start = i;
            }
            _ => {}
        }
        bengali = Some(b);
    }
    if let Some(b) = bengali {
        out.push(run(&text[start..], b));
    }
    out
}

fn run(s: &str, bengali: bool) -> Run<'_> {
    if bengali {
        Run::Bengali(s)
    } else {
        Run::Latin(s)
    }
}

/// One glyph of a shaped run, positioned in 1/1000 em from the run's origin.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    pub gid: u16,
    pub x: f32,
    pub y: f32,
    /// The text of the cluster this glyph starts (for the font's ToUnicode map), or
    /// `None` for the further glyphs of a cluster.
    pub text: Option<String>,
}

/// A run shaped: its glyphs and its advance, in 1/1000 em.
#[derive(Clone, Debug, PartialEq)]
pub struct Shaped {
    pub glyphs: Vec<Glyph>,
    pub advance: f32,
}

/// A shaper for one face.
pub struct Shaper {
    font: FontRef<'static>,
    data: ShaperData,
    units_per_em: f32,
}

impl Shaper {
    pub fn new(bytes: &'static [u8]) -> Result<Self, String> {
        let font = FontRef::new(bytes).map_err(|e| format!("the Bengali font: {e}"))?;
        let units_per_em = units_per_em(bytes).ok_or("the Bengali font has no head table")?;
        let data = ShaperData::new(&font);
        Ok(Self {
            font,
            data,
            units_per_em: f32::from(units_per_em.max(1)),
        })
    }

    /// Shape `text` (one run) into glyphs.
    pub fn shape(&self, text: &str) -> Shaped {
        let shaper = self.data.shaper(&self.font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let out = shaper.shape(buffer, ShapeOptions::new());
        let scale = 1000.0 / self.units_per_em;
        let mut glyphs = Vec::with_capacity(out.len());
        let mut pen = 0.0;
        let infos = out.glyph_infos();
        for (i, (info, pos)) in infos.iter().zip(out.glyph_positions()).enumerate() {
            let starts = i == 0 || infos[i - 1].cluster != info.cluster;
            let text = starts.then(|| cluster_text(text, infos, i));
            glyphs.push(Glyph {
                // harfrust guarantees glyph ids fit 16 bits.
                gid: u16::try_from(info.glyph_id).unwrap_or(0),
                x: pen + pos.x_offset as f32 * scale,
                y: pos.y_offset as f32 * scale,
                text,
            });
            pen += pos.x_advance as f32 * scale;
        }
        Shaped {
            glyphs,
            advance: pen,
        }
    }
}

/// The font's units per em, read from its `head` table.
fn units_per_em(font: &[u8]) -> Option<u16> {
    let be16 = |at: usize| {
        font.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
    };
    let be32 = |at: usize| {
        font.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    };
    let tables = usize::from(be16(4)?);
    (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&rec| font.get(rec..rec + 4) == Some(b"head"))
        .and_then(|rec| be32(rec + 8))
        .and_then(|offset| be16(usize::try_from(offset).ok()? + 18))
}

/// The characters of the cluster that glyph `i` starts: up to the next cluster's start.
fn cluster_text(text: &str, infos: &[harfrust::GlyphInfo], i: usize) -> String {
    let start = infos[i].cluster as usize;
    let end = infos
        .iter()
        .map(|g| g.cluster as usize)
        .filter(|&c| c > start)
        .min()
        .unwrap_or(text.len());
    text.get(start..end).unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_into_runs_by_font() {
        assert_eq!(
            runs("MoSW · সমাজকল্যাণ মন্ত্রণালয়"),
            [
                Run::Latin("MoSW · "),
                Run::Bengali("সমাজকল্যাণ"),
                Run::Latin(" "),
                Run::Bengali("মন্ত্রণালয়"),
            ]
        );
        assert_eq!(runs("Level 3"), [Run::Latin("Level 3")]);
        assert!(runs("").is_empty());
        assert_eq!(
            runs("র‍্যাব।"),
            [Run::Bengali("র‍্যাব।")],
            "joiners and danda stay"
        );
    }

    #[test]
    fn conjuncts_shape_to_fewer_glyphs_and_no_missing_ones() {
        let font = codi_look::fonts::NOTO_SANS_BENGALI;
        assert_eq!(units_per_em(font), Some(1000));
        let s = Shaper::new(font).unwrap();
        let word = "মন্ত্রণালয়";
        let shaped = s.shape(word);
        assert!(
            shaped.glyphs.iter().all(|g| g.gid != 0),
            "no missing-glyph box"
        );
        assert!(
            shaped.glyphs.len() < word.chars().count(),
            "ন্ত্র is one glyph"
        );
        assert!(shaped.advance > 1000.0);
        // Every character is in exactly one cluster's text.
        let text: String = shaped
            .glyphs
            .iter()
            .filter_map(|g| g.text.clone())
            .collect();
        assert_eq!(text, word);
        // ো around the consonant: the pre-base part is drawn first, left of it.
        let ko = s.shape("কো");
        assert!(ko.glyphs.len() >= 2);
        assert_eq!(ko.glyphs[0].text.as_deref(), Some("কো"));
    }

    #[test]
    fn no_break_inside_a_syllable() {
        assert!(!may_break_between('ক', 'ো'), "before a vowel sign");
        assert!(!may_break_between('\u{09CD}', 'ত'), "after a virama");
        assert!(may_break_between('ো', 'দ'));
    }
}
