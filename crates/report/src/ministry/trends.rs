//! Small multiples: one trend chart per area over all rounds of the workspace.

use crate::Ctx;
use crate::blocks::{heading, subline};
use crate::charts::{self, TrendPoint};
use crate::layout::{Doc, Style};
use crate::model::plots;

/// Small multiples: one trend chart per area over all rounds of the workspace.
pub(super) fn trends(doc: &mut Doc, ctx: &Ctx<'_>, code: &crate::model::MinistryId, name: &str) {
    let hist = ctx.ws.rounds();
    let (Some(first), Some(last)) = (hist.first(), hist.last()) else {
        return;
    };
    let span = (last.date - first.date).get_days() as f32;
    let points_of = |area: usize| -> Vec<TrendPoint> {
        let id = &ctx.inst.areas()[area].id;
        plots::trend_points(ctx.ws, code, id)
            .into_iter()
            .map(|p| TrendPoint {
                t: if span > 0.0 {
                    (p.date - first.date).get_days() as f32 / span
                } else {
                    0.5
                },
                answer: p.answer,
                current: p.round == ctx.round.id.as_str(),
                breaks: p.breaks,
            })
            .collect()
    };
    let cols = 5usize;
    let gap = 8.0;
    let w = (doc.width() - gap * (cols as f32 - 1.0)) / cols as f32;
    let title_st = Style::bold(7.0);
    let n = ctx.area_labels.len();
    let titles: Vec<Vec<String>> = ctx
        .area_labels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let label = format!("{}. {l}", crate::words::num(&ctx.t, i + 1));
            doc.wrap(&label, title_st, w - 2.0)
        })
        .collect();
    let max_title = titles.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let h = 56.0 + max_title * title_st.line_height();
    heading(doc, &ctx.t.get("report-trend-title"), h + 20.0);
    subline(
        doc,
        &ctx.t.with("report-trend-note", &[("n", hist.len().into())]),
    );

    let years = (first.date.year(), last.date.year());
    for row in 0..n.div_ceil(cols) {
        doc.ensure(h);
        let y = doc.y;
        for c in 0..cols {
            let i = row * cols + c;
            if i >= n {
                break;
            }
            let x = doc.left + c as f32 * (w + gap);
            let alt = alt_text(ctx, code, name, i);
            doc.begin_figure(&alt);
            charts::trend(
                doc,
                x,
                y,
                w,
                h,
                &titles[i],
                &points_of(i),
                years,
                &ctx.scale,
            );
            doc.end();
        }
        doc.y = y + h + 4.0;
    }
}

/// Area `i`'s trend in words: the answer in each round, oldest first.
fn alt_text(ctx: &Ctx<'_>, code: &crate::model::MinistryId, name: &str, i: usize) -> String {
    let id = &ctx.inst.areas()[i].id;
    let points: Vec<(String, Option<crate::model::Answer>)> = plots::trend_points(ctx.ws, code, id)
        .into_iter()
        .map(|p| {
            let title = ctx
                .ws
                .round(p.round.as_str())
                .map_or_else(|| p.round.to_string(), |r| r.title.clone());
            (title, p.answer)
        })
        .collect();
    let area = ctx.area_names.get(i).map_or("", String::as_str);
    crate::alt::trend(&ctx.t, name, area, &points)
}
