//! An embedded font as the document uses it. Glyphs get new numbers in the order they
//! are first drawn, so a page's content can be written (and compressed) as soon as the
//! page is done. At the end the font program is cut down to exactly those glyphs:
//! allsorts puts the glyph asked for at position `i` at glyph id `i`, which is the
//! number the pages already use. Widths and a ToUnicode map (for copying and search)
//! go with it.

use std::collections::HashMap;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Name, Rect, Ref, Str};

use super::Writer;
use crate::fonts::Face;

pub(crate) struct FontUse {
    /// Resource name on the pages, six capital letters (`CODIRG`) that are also the
    /// subset tag before the `+` in the font's name.
    pub resource: &'static str,
    face: &'static Face,
    by_char: HashMap<char, u16>,
    by_gid: HashMap<u16, u16>,
    /// The font's own glyph id for each new number; `old[0]` is `.notdef`.
    old: Vec<u16>,
    /// What each new number stands for in text.
    text: Vec<String>,
}

impl FontUse {
    pub fn new(resource: &'static str, face: &'static Face) -> Self {
        Self {
            resource,
            face,
            by_char: HashMap::new(),
            by_gid: HashMap::from([(0, 0)]),
            old: vec![0],
            text: vec![String::new()],
        }
    }

    pub fn is_used(&self) -> bool {
        self.old.len() > 1
    }

    /// The number the pages use for the font's glyph `old`, which stands for `text`.
    pub fn glyph(&mut self, old: u16, text: &str) -> u16 {
        if let Some(&n) = self.by_gid.get(&old) {
            return n;
        }
        // Each of the font's at most 65,536 glyphs is numbered once, from 1 (0 is
        // `.notdef`), so the new number fits 16 bits as the old one did.
        let n = u16::try_from(self.old.len()).unwrap_or(u16::MAX);
        self.by_gid.insert(old, n);
        self.old.push(old);
        self.text.push(text.to_owned());
        n
    }

    /// The number for character `c`, one glyph per character as the font maps it.
    pub fn char_glyph(&mut self, c: char) -> u16 {
        if let Some(&n) = self.by_char.get(&c) {
            return n;
        }
        let old = self.face.glyph(c).unwrap_or(0);
        let mut buf = [0u8; 4];
        let n = self.glyph(old, c.encode_utf8(&mut buf));
        self.by_char.insert(c, n);
        n
    }

    /// Writes the font program, its descriptor, widths and ToUnicode map; returns the
    /// id of the Type0 font that pages name.
    pub fn write(&self, w: &mut Writer) -> Result<Ref, String> {
        let program = self.subset()?;
        let m = &self.face.metrics;
        let scale = |v: f32| (v * 1000.0 / m.units_per_em).round();
        let name: String = m.name.chars().filter(char::is_ascii_alphanumeric).collect();
        let base = format!("{}+{name}", self.resource);
        let base = Name(base.as_bytes());

        let file = w.reserve();
        let (bytes, deflated) = super::pack(&program, true);
        let mut s = w.pdf.stream(file, &bytes);
        s.pair(
            Name(b"Length1"),
            i32::try_from(program.len()).unwrap_or(i32::MAX),
        );
        if deflated {
            s.filter(Filter::FlateDecode);
        }
        drop(s);
        let ascent = scale(m.ascent);
        let cap = m.cap_height.map_or(ascent, scale);
        // StemV is not in the font; estimated from the weight class as producers do.
        let stem_v = 50.0 + (m.weight / 65.0).powi(2).round();
        let descriptor = w.reserve();
        w.pdf
            .font_descriptor(descriptor)
            .name(base)
            .flags(FontFlags::NON_SYMBOLIC)
            .bbox(Rect::new(
                scale(m.bbox[0]),
                scale(m.bbox[1]),
                scale(m.bbox[2]),
                scale(m.bbox[3]),
            ))
            .italic_angle(0.0)
            .ascent(ascent)
            .descent(scale(m.descent))
            .cap_height(cap)
            .stem_v(stem_v)
            .font_file2(file);
        let cid = w.reserve();
        let mut c = w.pdf.cid_font(cid);
        c.subtype(CidFontType::Type2)
            .base_font(base)
            .system_info(SystemInfo {
                registry: Str(b"Adobe"),
                ordering: Str(b"Identity"),
                supplement: 0,
            })
            .font_descriptor(descriptor)
            .default_width(1000.0)
            .cid_to_gid_map_predefined(Name(b"Identity"));
        c.widths().consecutive(0, self.widths());
        drop(c);
        let to_unicode = w.reserve();
        w.stream(to_unicode, &self.to_unicode(), true);
        let font = w.reserve();
        w.pdf
            .type0_font(font)
            .base_font(base)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid)
            .to_unicode(to_unicode);
        Ok(font)
    }

    /// The font program with only the glyphs used, numbered as the pages number them.
    fn subset(&self) -> Result<Vec<u8>, String> {
        use allsorts::binary::read::ReadScope;
        use allsorts::font_data::FontData;
        use allsorts::subset::{CmapTarget, SubsetProfile, subset};
        let scope = ReadScope::new(self.face.bytes);
        let data = scope.read::<FontData<'_>>().map_err(|e| e.to_string())?;
        let provider = data.table_provider(0).map_err(|e| e.to_string())?;
        subset(
            &provider,
            &self.old,
            &SubsetProfile::Pdf,
            CmapTarget::Unicode,
        )
        .map_err(|e| format!("font {}: {e}", self.resource))
    }

    /// Advances in 1/1000 em, truncated as [`Face`] measures them.
    fn widths(&self) -> Vec<f32> {
        self.old
            .iter()
            .map(|&g| self.face.glyph_advance(g) as f32)
            .collect()
    }

    fn to_unicode(&self) -> Vec<u8> {
        let info = SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        };
        let mut cmap = UnicodeCmap::<u16>::new(Name(b"Adobe-Identity-UCS"), info);
        for (gid, text) in self.text.iter().enumerate() {
            if !text.is_empty() {
                // Numbers come from `glyph`, which keeps them within 16 bits.
                cmap.pair_with_multiple(gid as u16, text.chars());
            }
        }
        cmap.finish().to_vec()
    }
}
