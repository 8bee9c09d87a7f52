//! Tagging as the document is drawn: opening and closing structure elements, and
//! marking each graphics object as an element's content or as an artifact.

use pdf_writer::types::{StructRole, TableHeaderScope};

use super::Doc;
use crate::pdf::tags::{ElemId, Target};

impl Doc {
    /// Open a structure element inside the current one (nothing inside an artifact or
    /// a figure). Every `begin` is closed by one [`Self::end`].
    pub fn begin(&mut self, role: StructRole) -> Option<ElemId> {
        self.tags.begin(role)
    }

    /// A header cell of a table's column or row.
    pub fn begin_header(&mut self, scope: TableHeaderScope) -> Option<ElemId> {
        self.tags.begin_header(scope)
    }

    /// A figure (a chart), read as `alt`; its shapes and labels are its content.
    pub fn begin_figure(&mut self, alt: &str) -> Option<ElemId> {
        self.tags.begin_figure(alt)
    }

    /// Add to an element opened before (closed with [`Self::end`]).
    pub fn reopen(&mut self, id: Option<ElemId>) {
        self.tags.reopen(id);
    }

    pub fn end(&mut self) {
        self.tags.end();
    }

    /// What `f` draws, as one element `role`.
    pub fn tagged(&mut self, role: StructRole, f: impl FnOnce(&mut Doc)) {
        self.begin(role);
        f(self);
        self.end();
    }

    /// What `f` draws, as a header cell of its column.
    pub fn column_head(&mut self, f: impl FnOnce(&mut Doc)) {
        self.begin_header(TableHeaderScope::Column);
        f(self);
        self.end();
    }

    /// Draw what `f` draws as artifacts: repeated table heads, running heads.
    pub fn artifact(&mut self, f: impl FnOnce(&mut Doc)) {
        self.tags.begin_artifact();
        f(self);
        self.tags.end_artifact();
    }

    /// A heading at the document's section level (`deeper` levels below it).
    pub fn heading_role(&self, deeper: u8) -> StructRole {
        match self.section_level.saturating_add(deeper) {
            0 | 1 => StructRole::H1,
            2 => StructRole::H2,
            3 => StructRole::H3,
            4 => StructRole::H4,
            _ => StructRole::H5,
        }
    }

    /// The heading of what the sections belong to (a report's title, a ministry's name
    /// in the workshop report): one level above the sections.
    pub fn title_role(&self) -> StructRole {
        match self.section_level {
            0..=2 => StructRole::H1,
            3 => StructRole::H2,
            _ => StructRole::H3,
        }
    }

    /// The document's language tag.
    pub(super) fn lang(&self) -> &str {
        self.t.code()
    }

    /// Mark what is drawn next on the current page: text or a shape.
    pub(super) fn mark(&mut self, text: bool) {
        let want = self.tags.target(text);
        let page = self.cur;
        if self.page().marked == Some(want) {
            return;
        }
        let tag = match want {
            Target::Elem(e) => Some((self.tags.tag(e), self.tags.mark(page, e))),
            Target::Artifact => None,
        };
        let p = self.page();
        let was = p.marked.replace(want);
        let out = p.out();
        if was.is_some() {
            out.end_marked();
        }
        match tag {
            Some((tag, mcid)) => out.begin_tagged(tag, mcid),
            None => out.begin_artifact(),
        }
    }

    /// Close the marked-content sequence open on page `i` (a stream must close its own).
    pub(super) fn close_marked(&mut self, i: usize) {
        if let Some(p) = self.pages.get_mut(i)
            && p.marked.take().is_some()
        {
            p.out().end_marked();
        }
    }
}
