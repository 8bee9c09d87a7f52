//! The last step: running headers and footers with page numbers on every page, the
//! warnings, and a byte-stable PDF.

use printpdf::{FontId, PdfDocument, PdfFont, PdfPage, PdfSaveOptions, Pt};

use super::{Doc, DocMeta, FONT_BOLD, FONT_REGULAR, Stroke, Style};
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
        let opts = PdfSaveOptions {
            optimize: true,
            subset_fonts: true,
            secure: true,
            image_optimization: None,
        };
        let mut pdf_warnings = Vec::new();
        let mut bytes = pdf.save(&opts, &mut pdf_warnings);
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
