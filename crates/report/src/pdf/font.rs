//! An embedded font as the document uses it. Glyphs get new numbers in the order they
//! are first drawn, so a page's content can be written (and compressed) as soon as the
//! page is done. At the end the font program is cut down to exactly those glyphs:
//! allsorts puts the glyph asked for at position `i` at glyph id `i`, which is the
//! number the pages already use. Widths and a ToUnicode map (for copying and search)
//! go with it.

use std::collections::HashMap;

use super::Writer;
use super::content::hex4;
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
    pub fn write(&self, w: &mut Writer) -> Result<u32, String> {
        let program = self.subset()?;
        let m = &self.face.metrics;
        let scale = |v: f32| (v * 1000.0 / m.units_per_em).round() as i64;
        let name: String = m.name.chars().filter(char::is_ascii_alphanumeric).collect();
        let base = format!("{}+{name}", self.resource);

        let file = w.reserve();
        w.stream(file, &format!("/Length1 {}", program.len()), &program, true);
        let ascent = scale(m.ascent);
        let cap = m.cap_height.map_or(ascent, scale);
        // StemV is not in the font; estimated from the weight class as producers do.
        let stem_v = 50 + (m.weight / 65.0).powi(2).round() as i64;
        let descriptor = w.reserve();
        w.object(
            descriptor,
            format!(
                "<< /Type /FontDescriptor /FontName /{base} /Flags 32 /FontBBox [{} {} {} {}] \
                 /ItalicAngle 0 /Ascent {ascent} /Descent {} /CapHeight {cap} /StemV {stem_v} \
                 /FontFile2 {file} 0 R >>",
                scale(m.bbox[0]),
                scale(m.bbox[1]),
                scale(m.bbox[2]),
                scale(m.bbox[3]),
                scale(m.descent),
            )
            .as_bytes(),
        );
        let cid = w.reserve();
        w.object(
            cid,
            format!(
                "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{base} /CIDSystemInfo \
                 << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
                 /FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 /W [0 [{}]] >>",
                self.widths()
            )
            .as_bytes(),
        );
        let to_unicode = w.reserve();
        w.stream(to_unicode, "", self.to_unicode().as_bytes(), true);
        let font = w.reserve();
        w.object(
            font,
            format!(
                "<< /Type /Font /Subtype /Type0 /BaseFont /{base} /Encoding /Identity-H \
                 /DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>"
            )
            .as_bytes(),
        );
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
    fn widths(&self) -> String {
        let all: Vec<String> = self
            .old
            .iter()
            .map(|&g| self.face.glyph_advance(g).to_string())
            .collect();
        all.join(" ")
    }

    fn to_unicode(&self) -> String {
        let mut out = String::from(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
             /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
             /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
             1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
        );
        let entries: Vec<(usize, &String)> = self
            .text
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.is_empty())
            .collect();
        for chunk in entries.chunks(100) {
            out.push_str(&format!("{} beginbfchar\n", chunk.len()));
            for (gid, text) in chunk {
                let mut hex = Vec::new();
                hex.push(b'<');
                hex4(&mut hex, *gid as u16);
                hex.extend_from_slice(b"> <");
                for u in text.encode_utf16() {
                    hex4(&mut hex, u);
                }
                hex.extend_from_slice(b">\n");
                out.push_str(&String::from_utf8_lossy(&hex));
            }
            out.push_str("endbfchar\n");
        }
        out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        out
    }
}
