//! The structure tree of a tagged PDF (PDF/UA): elements in reading order (the order
//! the layout opens them), each holding other elements or marked content on a page.
//! The layout opens and closes elements; drawing asks [`Tree::target`] where a
//! graphics object belongs: to an element (by a marked-content id on its page) or to
//! the page's artifacts (running heads, page numbers, rules and backgrounds).

use pdf_writer::types::{StructRole, TableHeaderScope};
use pdf_writer::writers::StructTreeRoot;
use pdf_writer::{Finish, Name, Ref, TextStr};

use super::Writer;

/// An element's index in the tree; 0 is the document.
pub(crate) type ElemId = u32;

enum Kid {
    Elem(ElemId),
    Marked { page: u32, mcid: u32 },
}

struct Elem {
    role: StructRole,
    parent: ElemId,
    kids: Vec<Kid>,
    alt: Option<Box<str>>,
    scope: Option<TableHeaderScope>,
}

/// Where a graphics object goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Artifact,
    Elem(ElemId),
}

pub(crate) struct Tree {
    elems: Vec<Elem>,
    /// Open elements, innermost last; `None` for an element not made (inside an
    /// artifact or a figure), so `end` always closes what `begin` opened.
    stack: Vec<Option<ElemId>>,
    artifact: u32,
    /// The paragraph made for text drawn straight into a grouping element (a section,
    /// a table row), kept while nothing else opens or closes.
    loose: Option<ElemId>,
    /// The element of each marked-content id, per page.
    marks: Vec<Vec<ElemId>>,
}

/// Elements that hold other elements rather than text of their own.
fn groups(role: StructRole) -> bool {
    matches!(
        role,
        StructRole::Document
            | StructRole::Part
            | StructRole::Sect
            | StructRole::Div
            | StructRole::Table
            | StructRole::THead
            | StructRole::TBody
            | StructRole::TR
            | StructRole::L
            | StructRole::LI
            | StructRole::TOC
            | StructRole::TOCI
    )
}

impl Tree {
    pub fn new() -> Self {
        Self {
            elems: vec![Elem {
                role: StructRole::Document,
                parent: 0,
                kids: Vec::new(),
                alt: None,
                scope: None,
            }],
            stack: vec![Some(0)],
            artifact: 0,
            loose: None,
            marks: Vec::new(),
        }
    }

    /// The innermost element made.
    fn top(&self) -> ElemId {
        self.stack.iter().rev().find_map(|e| *e).unwrap_or(0)
    }

    /// Whether the current element holds elements rather than text (and is made).
    pub fn holds_groups(&self) -> bool {
        self.artifact == 0 && groups(self.elems[self.top() as usize].role)
    }

    fn in_figure(&self) -> bool {
        self.elems[self.top() as usize].role == StructRole::Figure
    }

    fn add(&mut self, role: StructRole) -> ElemId {
        let parent = self.top();
        let id = self.elems.len() as ElemId;
        self.elems.push(Elem {
            role,
            parent,
            kids: Vec::new(),
            alt: None,
            scope: None,
        });
        self.elems[parent as usize].kids.push(Kid::Elem(id));
        id
    }

    /// Open an element inside the current one; `None` inside an artifact or a figure,
    /// whose parts are not elements of their own.
    pub fn begin(&mut self, role: StructRole) -> Option<ElemId> {
        self.loose = None;
        let made = (self.artifact == 0 && !self.in_figure()).then(|| self.add(role));
        self.stack.push(made);
        made
    }

    /// A new element `role` read first in the document (the DRAFT mark, drawn last).
    pub fn prepend(&mut self, role: StructRole) -> ElemId {
        let id = self.elems.len() as ElemId;
        self.elems.push(Elem {
            role,
            parent: 0,
            kids: Vec::new(),
            alt: None,
            scope: None,
        });
        self.elems[0].kids.insert(0, Kid::Elem(id));
        id
    }

    /// A table header cell for its column or row.
    pub fn begin_header(&mut self, scope: TableHeaderScope) -> Option<ElemId> {
        let id = self.begin(StructRole::TH)?;
        self.elems[id as usize].scope = Some(scope);
        Some(id)
    }

    /// A figure whose drawing is described by `alt`.
    pub fn begin_figure(&mut self, alt: &str) -> Option<ElemId> {
        let id = self.begin(StructRole::Figure)?;
        self.elems[id as usize].alt = Some(alt.into());
        Some(id)
    }

    /// Open an element made before, to add to it (a cell continued on the next page,
    /// a contents list filled in at the end).
    pub fn reopen(&mut self, id: Option<ElemId>) {
        self.loose = None;
        let ok = id.filter(|&i| (i as usize) < self.elems.len() && self.artifact == 0);
        self.stack.push(ok);
    }

    /// Close the innermost element (the document itself stays open).
    pub fn end(&mut self) {
        self.loose = None;
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }

    pub fn begin_artifact(&mut self) {
        self.artifact += 1;
    }

    pub fn end_artifact(&mut self) {
        self.artifact = self.artifact.saturating_sub(1);
    }

    /// Where the next graphics object goes: text to the current element (or to a
    /// paragraph made for it in a grouping element), shapes to the figure they are
    /// part of, anything else to the artifacts.
    pub fn target(&mut self, text: bool) -> Target {
        if self.artifact > 0 {
            return Target::Artifact;
        }
        let top = self.top();
        let role = self.elems[top as usize].role;
        if role == StructRole::Figure {
            return Target::Elem(top);
        }
        if !text {
            // A rule or a background between texts ends the paragraph made for them.
            self.loose = None;
            return Target::Artifact;
        }
        if !groups(role) {
            return Target::Elem(top);
        }
        match self.loose {
            Some(p) if self.elems[p as usize].parent == top => Target::Elem(p),
            _ => {
                let p = self.add(StructRole::P);
                self.loose = Some(p);
                Target::Elem(p)
            }
        }
    }

    /// A new marked-content id on `page` (0-based) for `elem`.
    pub fn mark(&mut self, page: usize, elem: ElemId) -> u32 {
        if self.marks.len() <= page {
            self.marks.resize_with(page + 1, Vec::new);
        }
        let ids = &mut self.marks[page];
        let mcid = ids.len() as u32;
        ids.push(elem);
        self.elems[elem as usize].kids.push(Kid::Marked {
            page: page as u32,
            mcid,
        });
        mcid
    }

    /// The tag written with an element's marked content.
    pub fn tag(&self, elem: ElemId) -> &'static [u8] {
        role_name(self.elems[elem as usize].role)
    }

    /// The headings' roles in reading order (for tests and checks).
    #[cfg(test)]
    pub fn roles(&self) -> Vec<StructRole> {
        self.elems.iter().map(|e| e.role).collect()
    }

    /// Writes the elements, the parent tree and the root; returns the root's id.
    /// `pages` are the pages' object ids in order.
    pub fn write(&mut self, w: &mut Writer, pages: &[Ref]) -> Ref {
        debug_assert!(
            self.stack.len() == 1 && self.artifact == 0,
            "every element and artifact begun is ended"
        );
        // Every page has its parent-tree entry, an empty one when it holds only artifacts.
        self.marks
            .resize_with(pages.len().max(self.marks.len()), Vec::new);
        let root = w.reserve();
        let refs: Vec<Ref> = self.elems.iter().map(|_| w.reserve()).collect();
        let page_ref = |p: u32| pages.get(p as usize).or(pages.first()).copied();
        for (e, &id) in self.elems.iter().zip(&refs) {
            // Written by hand rather than with `struct_element`, leaving out the optional
            // `/Type` and the array around a single kid: there are thousands of these.
            let mut d = w.pdf.indirect(id).dict();
            d.pair(Name(b"S"), role_pdf_name(e.role));
            d.pair(
                Name(b"P"),
                if id == refs[0] {
                    root
                } else {
                    refs[e.parent as usize]
                },
            );
            let first_page = e.kids.iter().find_map(|k| match k {
                Kid::Marked { page, .. } => Some(*page),
                Kid::Elem(_) => None,
            });
            if let Some(pg) = first_page.and_then(page_ref) {
                d.pair(Name(b"Pg"), pg);
            }
            if let Some(alt) = &e.alt {
                d.pair(Name(b"Alt"), TextStr(alt));
            }
            if let Some(scope) = e.scope {
                let mut a = d.insert(Name(b"A")).dict();
                a.pair(Name(b"O"), Name(b"Table"));
                a.pair(Name(b"Scope"), scope_name(scope));
            }
            let kid = |k: &Kid, o: pdf_writer::Obj<'_>| match *k {
                Kid::Elem(c) => o.primitive(refs[c as usize]),
                Kid::Marked { page, mcid } if Some(page) == first_page => o.primitive(mcid as i32),
                Kid::Marked { page, mcid } => {
                    let mut r = o.dict();
                    r.pair(Name(b"Type"), Name(b"MCR"));
                    if let Some(pg) = page_ref(page) {
                        r.pair(Name(b"Pg"), pg);
                    }
                    r.pair(Name(b"MCID"), mcid as i32);
                }
            };
            match &e.kids[..] {
                [] => {}
                [one] => kid(one, d.insert(Name(b"K"))),
                many => {
                    let mut arr = d.insert(Name(b"K")).array();
                    for k in many {
                        kid(k, arr.push());
                    }
                }
            }
        }
        let arrays: Vec<Ref> = self.marks.iter().map(|_| w.reserve()).collect();
        for (ids, &arr) in self.marks.iter().zip(&arrays) {
            w.pdf
                .indirect(arr)
                .array()
                .items(ids.iter().map(|&e| refs[e as usize]));
        }
        let mut r = w.pdf.indirect(root).start::<StructTreeRoot>();
        r.child(refs[0]);
        let mut tree = r.parent_tree();
        let mut nums = tree.nums();
        for (i, &arr) in arrays.iter().enumerate() {
            nums.insert(i as i32, arr);
        }
        nums.finish();
        tree.finish();
        r.parent_tree_next_key(pages.len() as i32);
        root
    }
}

/// The standard structure type's name.
fn role_pdf_name(role: StructRole) -> Name<'static> {
    role.to_name()
}

fn scope_name(scope: TableHeaderScope) -> Name<'static> {
    match scope {
        TableHeaderScope::Row => Name(b"Row"),
        TableHeaderScope::Column => Name(b"Column"),
        TableHeaderScope::Both => Name(b"Both"),
    }
}

fn role_name(role: StructRole) -> &'static [u8] {
    match role {
        StructRole::H1 => b"H1",
        StructRole::H2 => b"H2",
        StructRole::H3 => b"H3",
        StructRole::TH => b"TH",
        StructRole::TD => b"TD",
        StructRole::Figure => b"Figure",
        StructRole::LBody => b"LBody",
        StructRole::Lbl => b"Lbl",
        StructRole::Caption => b"Caption",
        _ => b"P",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_a_grouping_element_gets_one_paragraph_until_the_tree_changes() {
        let mut t = Tree::new();
        t.begin(StructRole::Sect);
        let a = t.target(true);
        assert_eq!(t.target(true), a, "consecutive text shares the paragraph");
        assert_eq!(t.target(false), Target::Artifact, "a rule is an artifact");
        t.begin(StructRole::H2);
        let h = t.target(true);
        t.end();
        assert_ne!(t.target(true), a, "after a heading, a new paragraph");
        assert_ne!(h, a);
        t.end();
        assert_eq!(
            t.roles(),
            [
                StructRole::Document,
                StructRole::Sect,
                StructRole::P,
                StructRole::H2,
                StructRole::P
            ]
        );
    }

    #[test]
    fn a_figure_takes_its_shapes_and_labels_and_makes_no_elements_inside() {
        let mut t = Tree::new();
        let f = t.begin_figure("Radar of MoSW").unwrap();
        assert_eq!(t.target(false), Target::Elem(f));
        assert_eq!(t.begin(StructRole::P), None);
        assert_eq!(t.target(true), Target::Elem(f));
        t.end();
        t.end();
        t.begin_artifact();
        assert_eq!(
            t.begin(StructRole::P),
            None,
            "nothing is made in an artifact"
        );
        assert_eq!(t.target(true), Target::Artifact);
        t.end();
        t.end_artifact();
        assert_eq!(t.roles().len(), 2);
    }

    #[test]
    fn marked_content_ids_count_per_page() {
        let mut t = Tree::new();
        let p = t.begin(StructRole::P).unwrap();
        assert_eq!(t.mark(0, p), 0);
        assert_eq!(t.mark(0, p), 1);
        assert_eq!(t.mark(2, p), 0);
        assert_eq!(t.marks[1].len(), 0);
    }
}
