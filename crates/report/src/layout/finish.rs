//! The last step: running headers and footers with page numbers on every page, the
//! warnings, and a byte-stable PDF.

use super::{Doc, DocMeta, Stroke, Style};
use crate::look::print;
use pdf_writer::types::{OutputIntentSubtype, PageMode, ProcSet, StructRole, TabOrder};
use pdf_writer::writers::Resources;
use pdf_writer::{Finish, Name, Rect, Ref, TextStr};

use crate::pdf::{Sink, Writer};
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
        self.tags.begin_artifact();
        self.headers_and_footers(meta);
        self.tags.end_artifact();
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
                // Read once, before everything else; on the other pages an artifact.
                let first = i == 0;
                if first {
                    self.tags.end_artifact();
                    let p = self.tags.prepend(StructRole::P);
                    self.tags.reopen(Some(p));
                }
                let mark = Style::bold(9.0).with_color(print::DRAFT);
                self.text_center(
                    (self.left + self.right) / 2.0,
                    head_y - 14.0,
                    mark,
                    meta.draft,
                );
                if first {
                    self.tags.end();
                    self.tags.begin_artifact();
                }
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

    /// The pages, fonts, structure tree, metadata and bookmarks as PDF bytes, with the
    /// warnings.
    fn write_pdf(mut self, meta: &DocMeta<'_>) -> Result<Report, ReportError> {
        let warnings = self.warnings();
        self.seal_last();
        let mut lates = Vec::with_capacity(self.pages.len());
        for i in 0..self.pages.len() {
            self.close_marked(i);
            let late = std::mem::take(&mut self.pages[i].late.buf);
            lates.push((!late.is_empty()).then(|| self.sink.content(late)));
        }
        let pages = std::mem::take(&mut self.pages);
        let mut w = std::mem::replace(&mut self.sink, Sink::idle())
            .into_writer()
            .map_err(ReportError::Pdf)?;
        let mut fonts = Vec::new();
        for used in self.used.iter().filter(|u| u.is_used()) {
            fonts.push((used.resource, used.write(&mut w).map_err(ReportError::Pdf)?));
        }
        let resources = w.reserve();
        {
            let mut r = w.pdf.indirect(resources).start::<Resources>();
            let mut f = r.fonts();
            for (name, id) in &fonts {
                f.pair(Name(name.as_bytes()), *id);
            }
            f.finish();
            r.proc_sets([ProcSet::Pdf, ProcSet::Text]);
        }
        let tree = w.reserve();
        let page_ids: Vec<Ref> = pages.iter().map(|_| w.reserve()).collect();
        let media = Rect::new(0.0, 0.0, self.page_w, self.page_h);
        for (i, ((p, late), &id)) in pages.iter().zip(&lates).zip(&page_ids).enumerate() {
            let mut page = w.pdf.page(id);
            page.parent(tree)
                .media_box(media)
                .contents_array(p.body_id.iter().chain(late.iter()).copied())
                .struct_parents(i as i32)
                .tab_order(TabOrder::StructureOrder);
            page.pair(Name(b"Resources"), resources);
        }
        w.pdf
            .pages(tree)
            .kids(page_ids.iter().copied())
            .count(page_ids.len() as i32);
        let outline = write_outline(&mut w, &self.bookmarks, &page_ids, self.page_h);
        let structure = self.tags.write(&mut w, &page_ids);
        let lang = crate::pdf::archive::lang(self.t.code());
        let meta_ids = crate::pdf::archive::write(&mut w, meta, &lang, pages.len());
        let root = w.reserve();
        let mut c = w.pdf.catalog(root);
        c.pages(tree)
            .lang(TextStr(&lang))
            .metadata(meta_ids.metadata)
            .pair(Name(b"StructTreeRoot"), structure);
        c.mark_info().marked(true);
        c.viewer_preferences().display_doc_title(true);
        if let Some(o) = outline {
            c.outlines(o).page_mode(PageMode::UseOutlines);
        }
        c.output_intents()
            .push()
            .subtype(OutputIntentSubtype::PDFA)
            .output_condition_identifier(TextStr("sRGB"))
            .info(TextStr("sRGB IEC61966-2.1"))
            .dest_output_profile(meta_ids.profile);
        c.finish();
        Ok(Report {
            bytes: w.finish(),
            pages: pages.len(),
            warnings,
        })
    }
}

/// The document outline: one entry per bookmark, in the order made. `None` without any.
fn write_outline(
    w: &mut Writer,
    marks: &[(String, usize)],
    pages: &[Ref],
    page_h: f32,
) -> Option<Ref> {
    let marks: Vec<(&String, Ref)> = marks
        .iter()
        .filter_map(|(name, page)| Some((name, *pages.get(page.checked_sub(1)?)?)))
        .collect();
    let (Some(_), Some(_)) = (marks.first(), marks.last()) else {
        return None;
    };
    let root = w.reserve();
    let ids: Vec<Ref> = marks.iter().map(|_| w.reserve()).collect();
    for (i, ((name, page), &id)) in marks.iter().zip(&ids).enumerate() {
        let mut item = w.pdf.outline_item(id);
        item.title(TextStr(name)).parent(root);
        if i > 0 {
            item.prev(ids[i - 1]);
        }
        if let Some(&next) = ids.get(i + 1) {
            item.next(next);
        }
        item.dest().page(*page).xyz(0.0, page_h, None);
    }
    w.pdf
        .outline(root)
        .first(ids[0])
        .last(ids[ids.len() - 1])
        .count(ids.len() as i32);
    Some(root)
}
