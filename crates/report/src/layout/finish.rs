//! The last step: running headers and footers with page numbers on every page, the
//! warnings, and a byte-stable PDF.

use super::{Doc, DocMeta, Stroke, Style};
use crate::look::print;
use crate::pdf::{Sink, Writer, text_string};
use crate::{Report, ReportError};

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
        self.seal_last();
        self.headers_and_footers(meta);
        self.write_pdf(meta)
    }

    /// On every page: the running header and generation date above a rule, and the
    /// workspace title and "Page i of n" below one.
    fn headers_and_footers(&mut self, meta: &DocMeta<'_>) {
        let footer = self.clean(meta.footer, "workspace title");
        let total = self.pages.len();
        let small = Style::muted(7.5);
        let t = self.t.clone();
        let page_label = |page: usize| {
            t.with(
                "report-page",
                &[("page", page.into()), ("total", total.into())],
            )
        };
        let generated = t.with(
            "report-generated",
            &[("date", crate::words::day(&t, meta.generated).into())],
        );
        let gen_w = self.measure(&generated, small);
        let page_label_w = self.measure(&page_label(total), small);
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
            if !meta.draft.is_empty() {
                let mark = Style::bold(9.0).with_color(print::DRAFT);
                self.text_center(
                    (self.left + self.right) / 2.0,
                    head_y - 14.0,
                    mark,
                    meta.draft,
                );
            }
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
            self.text_right(self.right, foot_y, small, &page_label(i + 1));
        }
    }

    /// The pages, fonts, metadata and bookmarks as PDF bytes, with the warnings.
    fn write_pdf(mut self, meta: &DocMeta<'_>) -> Result<Report, ReportError> {
        let warnings = self.warnings();
        self.seal_last();
        let mut pages = std::mem::take(&mut self.pages);
        let mut lates = Vec::with_capacity(pages.len());
        for p in &mut pages {
            let late = std::mem::take(&mut p.late.buf);
            lates.push((!late.is_empty()).then(|| self.sink.content(late)));
        }
        let mut w = std::mem::replace(&mut self.sink, Sink::idle())
            .into_writer()
            .map_err(ReportError::Pdf)?;
        let mut fonts = String::new();
        for used in self.used.iter().filter(|u| u.is_used()) {
            let id = used.write(&mut w).map_err(ReportError::Pdf)?;
            fonts.push_str(&format!("/{} {id} 0 R ", used.resource));
        }
        let resources = w.reserve();
        w.object(
            resources,
            format!("<< /Font << {fonts}>> /ProcSet [/PDF /Text] >>").as_bytes(),
        );
        let tree = w.reserve();
        let page_ids: Vec<u32> = pages.iter().map(|_| w.reserve()).collect();
        let (pw, ph) = (num(self.page_w), num(self.page_h));
        for ((p, late), &id) in pages.iter().zip(&lates).zip(&page_ids) {
            let contents: Vec<String> = p
                .body_id
                .iter()
                .chain(late.iter())
                .map(|c| format!("{c} 0 R"))
                .collect();
            w.object(
                id,
                format!(
                    "<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {pw} {ph}] \
                     /Resources {resources} 0 R /Contents [{}] >>",
                    contents.join(" ")
                )
                .as_bytes(),
            );
        }
        let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
        w.object(
            tree,
            format!(
                "<< /Type /Pages /Kids [{}] /Count {} >>",
                kids.join(" "),
                page_ids.len()
            )
            .as_bytes(),
        );
        let outline = write_outline(&mut w, &self.bookmarks, &page_ids);
        let root = w.reserve();
        let catalog = match outline {
            Some(o) => format!(
                "<< /Type /Catalog /Pages {tree} 0 R /Outlines {o} 0 R /PageMode /UseOutlines >>"
            ),
            None => format!("<< /Type /Catalog /Pages {tree} 0 R >>"),
        };
        w.object(root, catalog.as_bytes());
        let info = w.reserve();
        w.object(info, info_dict(meta).as_bytes());
        Ok(Report {
            bytes: w.finish(root, info),
            pages: pages.len(),
            warnings,
        })
    }
}

/// A number as PDF writes it (at most three decimals).
fn num(v: f32) -> String {
    let mut c = crate::pdf::content::Content::default();
    c.num(v);
    String::from_utf8_lossy(c.buf.trim_ascii_end()).into_owned()
}

/// The document outline: one entry per bookmark, in the order made. `None` without any.
fn write_outline(w: &mut Writer, marks: &[(String, usize)], pages: &[u32]) -> Option<u32> {
    let marks: Vec<(&String, u32)> = marks
        .iter()
        .filter_map(|(name, page)| Some((name, *pages.get(page.checked_sub(1)?)?)))
        .collect();
    if marks.is_empty() {
        return None;
    }
    let root = w.reserve();
    let ids: Vec<u32> = marks.iter().map(|_| w.reserve()).collect();
    for (i, ((name, page), &id)) in marks.iter().zip(&ids).enumerate() {
        let mut d = format!(
            "<< /Title {} /Parent {root} 0 R /Dest [{page} 0 R /XYZ null null null]",
            text_string(name)
        );
        if i > 0 {
            d.push_str(&format!(" /Prev {} 0 R", ids[i - 1]));
        }
        if let Some(next) = ids.get(i + 1) {
            d.push_str(&format!(" /Next {next} 0 R"));
        }
        d.push_str(" >>");
        w.object(id, d.as_bytes());
    }
    let (first, last) = (ids[0], ids[ids.len() - 1]);
    w.object(
        root,
        format!(
            "<< /Type /Outlines /First {first} 0 R /Last {last} 0 R /Count {} >>",
            ids.len()
        )
        .as_bytes(),
    );
    Some(root)
}

/// Title, subject, creator, producer and the generation date (midnight UTC, so the
/// same date gives the same bytes).
fn info_dict(meta: &DocMeta<'_>) -> String {
    let d = meta.generated;
    let date = format!("(D:{:04}{:02}{:02}000000Z)", d.year(), d.month(), d.day());
    format!(
        "<< /Title {} /Subject {} /Creator {} /Producer {} /CreationDate {date} /ModDate {date} >>",
        text_string(meta.title),
        text_string(meta.subject),
        text_string("CODI Workshop"),
        text_string(&format!("CODI Workshop {}", env!("CARGO_PKG_VERSION"))),
    )
}
