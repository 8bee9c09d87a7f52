//! The workshop report for one round: a cover with the round's details and counts
//! (`cover`), the heatmap of all ministries by area (`heatmap`), the distribution per
//! area and the completion list (`tables`), the changes by reason and the actions by
//! area and status (`record`), one ministry summary per ministry, and the method annex.

use pdf_writer::types::StructRole;

mod cover;
mod heatmap;
mod record;
mod tables;

use super::Ctx;
use super::layout::{Doc, Style};
use super::ministry;
use crate::model::stats::{self, Summary};

/// Where the cover's contents list goes, filled in once the page numbers are known.
pub(super) struct ContentsSlot {
    pub page: usize,
    pub y: f32,
    /// The contents list's element in the structure tree.
    pub toc: Option<crate::pdf::tags::ElemId>,
}

/// Write the whole report; `done(k)` reports progress (k of ministries + 2) and says
/// whether to go on: `false` stops it (the export was cancelled), and so does `write`'s.
/// With `skip_unscored`, ministries with no answer get no pages of their own; with
/// `by_cluster`, the heatmap and the ministry pages go cluster by cluster.
pub(crate) fn write(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    opts: &crate::ReportOptions,
    done: &dyn Fn(usize) -> bool,
) -> bool {
    let skip_unscored = opts.skip_unscored;
    let ws = ctx.ws;
    let round_id = &ctx.round.id;
    let summaries: Vec<Summary> = ws
        .ministries()
        .iter()
        .map(|m| stats::summary(ws, round_id, &m.id))
        .collect();
    let names: Vec<String> = ws
        .ministries()
        .iter()
        .map(|m| {
            let code = doc.clean(m.id.as_str(), &format!("ministry `{}`: code", m.id));
            let name = doc.clean(&m.name, &format!("ministry `{}`: name", m.id));
            format!("{code} · {name}")
        })
        .collect();

    let t = &ctx.t;
    let slot = cover::cover(doc, ctx, &summaries);
    let mut sections = Vec::new();
    sections.push((
        t.get("report-heatmap-title"),
        heatmap::heatmap(doc, ctx, &summaries, &names, opts.by_cluster),
    ));
    sections.push((
        t.get("report-distribution-title"),
        tables::distribution(doc, ctx),
    ));
    sections.push((
        t.get("report-completion-title"),
        tables::completion(doc, ctx, &summaries, &names),
    ));
    if let Some(page) = record::reasons(doc, ctx) {
        sections.push((t.get("report-reasons-title"), page));
    }
    sections.push((t.get("report-actions-title"), record::actions(doc, ctx)));
    if !done(1) {
        return false;
    }
    let mut first_ministry = None;
    let order = heatmap::order(ws, opts.by_cluster);
    // A ministry's name heads its pages one level below the report's sections.
    doc.section_level = 3;
    for (step, &i) in order.iter().enumerate() {
        let m = &ws.ministries()[i];
        if skip_unscored && summaries[i].answers.iter().all(Option::is_none) {
            if !done(2 + step) {
                return false;
            }
            continue;
        }
        let page = ministry::write(doc, ctx, m);
        first_ministry.get_or_insert(page);
        if !done(2 + step) {
            return false;
        }
    }
    doc.section_level = 2;
    if let Some(p) = first_ministry {
        sections.push((t.get("report-summaries"), p));
    }
    doc.set_header(t.with(
        "report-annex-header",
        &[
            ("round", ctx.round_title.as_str().into()),
            ("date", crate::words::day(t, ctx.round.date).into()),
        ],
    ));
    doc.new_page();
    sections.push((t.get("report-annex-title"), doc.page_number()));
    super::annex::method_annex(doc, ctx, None);
    contents(doc, slot, &sections);
    true
}

/// The contents list on the cover, now that the page numbers are known.
fn contents(doc: &mut Doc, slot: ContentsSlot, sections: &[(String, usize)]) {
    let here = doc.goto(slot.page);
    doc.reopen(slot.toc);
    let (left, right) = (doc.left, doc.right);
    let st = Style::regular(9.5);
    let mut y = slot.y + 2.0;
    for (title, page) in sections {
        doc.begin(StructRole::TOCI);
        doc.text(left, y + st.baseline(), st, title);
        let page = doc
            .t
            .with("report-contents-page", &[("page", (*page).into())]);
        doc.text_right(right, y + st.baseline(), st, &page);
        doc.end();
        y += 13.0;
    }
    doc.end();
    doc.goto(here);
}
