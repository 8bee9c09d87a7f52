//! The last step: running headers and footers with page numbers on every page, the
//! warnings, and a byte-stable PDF.

use printpdf::{FontId, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, Pt};

use super::{
    Doc, DocMeta, FONT_BENGALI, FONT_BENGALI_BOLD, FONT_BOLD, FONT_REGULAR, Stroke, Style,
};
use crate::look::print;
use crate::report::{Report, ReportError};

impl Doc {
    /// The warnings collected so far, replaced characters first.
    pub(super) fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for ctx in &self.replaced.order {
            let Some(chars) = self.replaced.chars.get(ctx) else {
                continue;
            };
            let shown: Vec<String> = chars
                .iter()
                .take(8)
                .map(|c| format!("{c} (U+{:04X})", *c as u32))
                .collect();
            let more = if chars.len() > 8 {
                format!(" and {} more", chars.len() - 8)
            } else {
                String::new()
            };
            out.push(format!(
                "{ctx}: the report font cannot show {} distinct character(s); each was replaced by {}: {}{more}",
                chars.len(),
                self.fonts.replacement,
                shown.join(", ")
            ));
        }
        for ctx in &self.replaced.rtl {
            out.push(format!(
                "{ctx}: right-to-left text (Hebrew or Arabic script) is drawn unjoined and left \
                 to right, so it may not read correctly"
            ));
        }
        out
    }

    /// Add running headers and footers, then write the PDF.
    pub fn finish(mut self, meta: &DocMeta<'_>) -> Result<Report, ReportError> {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.headers_and_footers(meta);
        Ok(self.write_pdf(meta))
    }

    /// On every page: the running header and generation date above a rule, and the
    /// workspace title and "Page i of n" below one.
    fn headers_and_footers(&mut self, meta: &DocMeta<'_>) {
        let footer = self.clean(meta.footer, "workspace title");
        let total = self.pages.len();
        let small = Style::muted(7.5);
        let generated = format!("Generated {}", meta.generated);
        let gen_w = self.measure(&generated, small);
        let page_label_w = self.measure(&format!("Page {total} of {total}"), small);
        let footer = self.ellipsize(&footer, small, self.width() - page_label_w - 16.0);
        for i in 0..total {
            self.cur = i;
            let header = self.pages[i].header.clone();
            let head_y = self.top - 22.0;
            if !header.is_empty() {
                let h = self.ellipsize(&header, small, self.width() - gen_w - 16.0);
                self.text(self.left, head_y, small, &h);
            }
            self.text_right(self.right, head_y, small, &generated);
            let rule_y = head_y + 5.0;
            self.line(
                &[(self.left, rule_y), (self.right, rule_y)],
                Stroke::solid(print::RULE, 0.5),
            );
            let foot_y = self.bottom + 26.0;
            self.line(
                &[(self.left, foot_y - 10.0), (self.right, foot_y - 10.0)],
                Stroke::solid(print::RULE, 0.5),
            );
            self.text(self.left, foot_y, small, &footer);
            self.text_right(
                self.right,
                foot_y,
                small,
                &format!("Page {} of {total}", i + 1),
            );
        }
    }

    /// The pages, fonts, metadata and bookmarks as PDF bytes, with the warnings.
    fn write_pdf(mut self, meta: &DocMeta<'_>) -> Report {
        let warnings = self.warnings();
        let (w, h) = (self.page_w, self.page_h);
        let pages: Vec<PdfPage> = std::mem::take(&mut self.pages)
            .into_iter()
            .map(|p| PdfPage::new(Pt(w).into(), Pt(h).into(), p.ops))
            .collect();
        let page_count = pages.len();

        let mut pdf = PdfDocument::new(meta.title);
        for (id, face) in [
            (FONT_REGULAR, &self.fonts.regular),
            (FONT_BOLD, &self.fonts.bold),
            (FONT_BENGALI, &self.fonts.bengali.face),
            (FONT_BENGALI_BOLD, &self.fonts.bengali_bold.face),
        ] {
            pdf.resources
                .fonts
                .map
                .insert(FontId(id.to_owned()), PdfFont::new(face.parsed.clone()));
        }
        let info = &mut pdf.metadata.info;
        let stamp = meta
            .generated
            .at(0, 0, 0, 0)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|z| z.timestamp().as_second())
            .unwrap_or(0);
        if let Ok(t) = printpdf::OffsetDateTime::from_unix_timestamp(stamp) {
            info.creation_date = t;
            info.modification_date = t;
            info.metadata_date = t;
        }
        info.document_title = meta.title.to_owned();
        info.subject = meta.subject.to_owned();
        info.creator = "CODI Workshop".to_owned();
        info.producer = format!("CODI Workshop {} (printpdf)", env!("CARGO_PKG_VERSION"));
        pdf.with_pages(pages);
        for (name, page) in &self.bookmarks {
            pdf.add_bookmark(name, *page);
        }
        // Streams are compressed here rather than by printpdf's `optimize`, which uses
        // the slowest level on one thread: a 3,000-page report spent most of its time
        // there.
        let opts = PdfSaveOptions {
            optimize: false,
            subset_fonts: true,
            secure: true,
            image_optimization: None,
        };
        let mut pdf_warnings = Vec::new();
        let mut lo = pdf.to_lopdf_document(&opts, &mut pdf_warnings);
        drop(pdf);
        compress_streams(&mut lo);
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = lo.save_to(&mut bytes);
        drop(lo);
        stabilize_trailer_id(&mut bytes);
        let mut warnings = warnings;
        warnings.extend(
            pdf_warnings
                .into_iter()
                .filter(|w| matches!(w.severity, printpdf::PdfParseErrorSeverity::Error))
                .map(|w| format!("PDF writer, page {}: {}", w.page + 1, w.msg)),
        );
        Report {
            bytes,
            pages: page_count,
            warnings,
        }
    }
}

/// Deflate every stream that has no filter yet (content streams, fonts, the CMaps), on
/// all cores, keeping a stream as it is when compression would not make it smaller.
fn compress_streams(doc: &mut lopdf_printpdf::Document) {
    use lopdf_printpdf::Object;
    let mut streams: Vec<&mut lopdf_printpdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|o| match o {
            Object::Stream(s) if s.allows_compression && s.dict.get(b"Filter").is_err() => Some(s),
            _ => None,
        })
        .collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let per = streams.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        for chunk in streams.chunks_mut(per) {
            scope.spawn(move || {
                for s in chunk {
                    deflate_stream(s);
                }
            });
        }
    });
}

fn deflate_stream(s: &mut lopdf_printpdf::Stream) {
    use std::io::Write as _;
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    if enc.write_all(&s.content).is_err() {
        return;
    }
    if let Ok(packed) = enc.finish()
        && packed.len() + 19 < s.content.len()
    {
        s.dict.set("Filter", "FlateDecode");
        s.set_content(packed);
    }
}

/// 64-bit FNV-1a, for a content-derived document id.
fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ seed;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Replace printpdf's counter-based trailer `/ID` (it differs for every document made in
/// one process) with a hash of the file, so equal input gives equal bytes. The trailer
/// follows the xref table, so same-length bytes can be swapped in place.
pub(super) fn stabilize_trailer_id(pdf: &mut [u8]) {
    const NEEDLE: &[u8] = b"/ID[(";
    let Some(p) = pdf.windows(NEEDLE.len()).rposition(|w| w == NEEDLE) else {
        return;
    };
    let a = p + NEEDLE.len();
    if pdf.len() < a + 67 || &pdf[a + 32..a + 34] != b")(" || pdf[a + 66] != b')' {
        return;
    }
    let body = &pdf[..p];
    let id = format!("{:016X}{:016X}", fnv1a(body, 0), fnv1a(body, 0x9E37_79B9));
    pdf[a..a + 32].copy_from_slice(id.as_bytes());
    pdf[a + 34..a + 66].copy_from_slice(id.as_bytes());
}
