//! The ministry summary: one ministry in one round. Used alone and, once per ministry,
//! inside the workshop report.
//!
//! Page one is the overview (`overview`: header, key figures, radar with the previous
//! round, change per area), then the trend per area (`trends`) and the method note; then
//! the table of the areas (`areas`) with the agreed level, the vote summary, the
//! rationale and the evidence in full; then the actions (`record`: last round's with
//! where they stand, and this round's) and a short method annex.

use pdf_writer::types::StructRole;

mod areas;
mod overview;
mod record;
mod trends;

use super::Ctx;
use super::layout::{Doc, Style};
use crate::model::compare;
use crate::model::stats::{self, Change};
use crate::model::{Answer, Ministry};

/// One ministry's answers in this round and how they compare with the previous round.
pub(super) struct Comparison {
    /// This round's answers, one per area of its instrument.
    pub current: Vec<Option<Answer>>,
    /// The previous round's answers on this round's areas, where they compare.
    pub previous: Option<Vec<Option<Answer>>>,
    /// The change per area, when there is a previous round.
    pub changes: Option<Vec<Change>>,
}

impl Comparison {
    fn of(ctx: &Ctx<'_>, code: &crate::model::MinistryId) -> Self {
        let (ws, round) = (ctx.ws, &ctx.round.id);
        let previous = ctx.previous.map(|p| {
            ctx.inst
                .areas()
                .iter()
                .map(|a| {
                    let id = &a.id;
                    compare::comparability(ws, &p.id, round, id)
                        .is_comparable()
                        .then(|| ws.answer(&p.id, code, id))
                        .flatten()
                })
                .collect()
        });
        let changes = ctx.previous.map(|p| {
            stats::changes(ws, code, &p.id, round)
                .into_iter()
                .map(|(_, c)| c)
                .collect()
        });
        Self {
            current: stats::answers(ws, round, code),
            previous,
            changes,
        }
    }
}

/// Write the summary of `m` for the context's round, starting on a new page; returns
/// that page's number (for a contents list).
pub(crate) fn write(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry) -> usize {
    let code = &m.id;
    overview::header(doc, ctx, m);
    doc.begin(StructRole::Sect);
    let first = doc.page_number();
    let cmp = Comparison::of(ctx, code);
    overview::key_figures(doc, ctx, code, &cmp);
    overview::profile(doc, ctx, &cmp, &m.name);
    trends::trends(doc, ctx, code, &m.name);
    doc.y += 4.0;
    let method = ctx.t.with(
        "report-summary-method",
        &[("note", ctx.t.get("report-method-note").into())],
    );

    let (left, width) = (doc.left, doc.width());
    doc.paragraph(left, width, Style::muted(7.0), &method);
    record::reasons(doc, ctx, m);
    areas::areas_table(doc, ctx, m, &cmp.current);
    record::actions(doc, ctx, m);
    super::annex::method_annex(doc, ctx, Some(code));
    doc.end();
    first
}
