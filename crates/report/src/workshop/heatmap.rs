//! The heatmap: every ministry by every area, coloured by level with the code in each
//! cell, a median and coverage per ministry, and the median per area below.

use pdf_writer::types::TableHeaderScope;

use crate::Ctx;
use crate::blocks::{heading, subline};
use crate::charts;
use crate::layout::{Doc, Stroke, Style};
use crate::look::print;
use crate::model::stats::{self, Summary, fmt2};
use crate::table::{Align, Cell, Item, Table};
use crate::words::{day, num};

/// Widths of the median and answered columns.
const MED_W: f32 = 40.0;
const ANS_W: f32 = 44.0;

/// Every ministry by every area; returns the page it starts on.
pub(super) fn heatmap(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    summaries: &[Summary],
    names: &[String],
    by_cluster: bool,
) -> usize {
    let t = &ctx.t;
    doc.set_header(t.with(
        "report-heatmap-header",
        &[
            ("round", ctx.round_title.as_str().into()),
            ("date", day(t, ctx.round.date).into()),
        ],
    ));
    doc.new_page();
    doc.bookmark(t.get("report-heatmap"));
    let page = doc.page_number();
    heading(doc, &t.get("report-heatmap-title"), 40.0);
    subline(
        doc,
        &t.with(
            "report-heatmap-note",
            &[("round", ctx.round_title.as_str().into())],
        ),
    );
    let (left, width) = (doc.left, doc.width());
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 4.0;

    let n_areas = ctx.area_labels.len();
    let cell_w = ((width - 150.0 - MED_W - ANS_W) / n_areas.max(1) as f32).min(26.0);
    let name_w = width - cell_w * n_areas as f32 - MED_W - ANS_W;
    let mut widths = vec![name_w];
    widths.extend(std::iter::repeat_n(cell_w, n_areas));
    widths.extend([MED_W, ANS_W]);
    let (header, header_h) = column_header(doc, ctx, left, widths.clone());
    let table = Table {
        x: left,
        widths,
        pad: 2.5,
        min_row: 14.0,
        header_height: header_h,
        header: &header,
        scale: &ctx.scale,
    };
    if ctx.ws.ministries().is_empty() {
        subline(doc, &ctx.t.get("report-no-ministries"));
        return page;
    }
    table.start(doc, 20.0);
    rows(doc, ctx, &table, summaries, names, by_cluster);
    table.end(doc);
    page
}

/// The ministries' order: the list's, or cluster by cluster (clusters in the order
/// they first appear, ministries without one last).
pub(super) fn order(ws: &crate::model::Workspace, by_cluster: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ws.ministries().len()).collect();
    if by_cluster {
        let mut firsts: Vec<Option<&str>> = Vec::new();
        for m in ws.ministries() {
            let c = m.cluster.as_deref();
            if c.is_some() && !firsts.contains(&c) {
                firsts.push(c);
            }
        }
        let rank = |i: &usize| {
            let c = ws.ministries()[*i].cluster.as_deref();
            firsts.iter().position(|f| *f == c).unwrap_or(firsts.len())
        };
        order.sort_by_key(rank);
    }
    order
}

/// The column header: "Ministry", the area labels turned up and wrapped, "Median" and
/// "Answered". Returns the drawing function and its height.
fn column_header(
    doc: &Doc,
    ctx: &Ctx<'_>,
    left: f32,
    hw: Vec<f32>,
) -> (impl Fn(&mut Doc) + use<>, f32) {
    let head_st = Style::regular(7.0);
    let labels: Vec<String> = ctx
        .area_labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{}. {l}", num(&ctx.t, i + 1)))
        .collect();
    let longest = labels
        .iter()
        .map(|l| doc.measure(l, head_st))
        .fold(0.0, f32::max);
    let text_h = longest.clamp(30.0, 96.0);
    let wrapped: Vec<Vec<String>> = labels
        .iter()
        .map(|l| doc.wrap(l, head_st, text_h + 0.5))
        .collect();
    let header_h = text_h + 8.0;
    let bold = Style::bold(7.0);
    let [ministry, median, answered] =
        ["report-ministry", "report-median", "report-answered"].map(|id| ctx.t.get(id));
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        let bottom = y + header_h;
        let mut x = left;
        let col = TableHeaderScope::Column;
        doc.begin_header(col);
        doc.text(x + 3.0, bottom - 4.0, bold, &ministry);
        doc.end();
        x += hw[0];
        for lines in &wrapped {
            let lh = head_st.line_height();
            let block = lines.len() as f32 * lh;
            // Lines side by side, centred on the column, read bottom to top.
            let mut lx = x + hw[1] / 2.0 - block / 2.0 + head_st.size * 0.8;
            doc.begin_header(col);
            for l in lines {
                doc.text_up(lx, bottom - 3.0, head_st, l);
                lx += lh;
            }
            doc.end();
            x += hw[1];
        }
        doc.begin_header(col);
        doc.text_center(x + MED_W / 2.0, bottom - 4.0, bold, &median);
        doc.end();
        x += MED_W;
        doc.begin_header(col);
        doc.text_center(x + ANS_W / 2.0, bottom - 4.0, bold, &answered);
        doc.end();
        doc.line(
            &[(left, bottom), (left + hw.iter().sum::<f32>(), bottom)],
            Stroke::solid(print::MUTED, 0.6),
        );
        doc.y = bottom;
    };
    (header, header_h)
}

/// A row per ministry (by cluster: a band per cluster first, with its median per
/// area), then the median per area over the ministries.
fn rows(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    table: &Table<'_>,
    summaries: &[Summary],
    names: &[String],
    by_cluster: bool,
) {
    let (ws, t) = (ctx.ws, &ctx.t);
    let name_st = Style::regular(7.0);
    let num_st = Style::regular(7.5);
    let mut band: Option<Option<&str>> = None;
    for i in order(ws, by_cluster) {
        let (s, name) = (&summaries[i], &names[i]);
        let cluster = ws.ministries()[i].cluster.as_deref();
        if by_cluster && band != Some(cluster) {
            band = Some(cluster);
            cluster_band(doc, ctx, table, cluster);
        }
        let mut cells = vec![Cell::new(Cell::text(doc, name, name_st, table.inner(0)))];
        for a in &s.answers {
            cells.push(Cell::answer(*a, 7.5));
        }
        cells.push(Cell::aligned(
            vec![Item::Text(num(t, fmt2(s.median)), num_st)],
            Align::Center,
        ));
        cells.push(Cell::aligned(
            vec![Item::Text(
                num(t, format!("{}/{}", s.coverage.answered(), s.coverage.areas)),
                num_st,
            )],
            Align::Center,
        ));
        table.row(doc, &cells);
    }
    let label = t.get("report-median-over-ministries");
    medians_row(doc, ctx, table, &label, None);
}

/// A cluster's band: its name and the median per area over its ministries.
fn cluster_band(doc: &mut Doc, ctx: &Ctx<'_>, table: &Table<'_>, cluster: Option<&str>) {
    let t = &ctx.t;
    let members: Vec<&str> = ctx
        .ws
        .ministries()
        .iter()
        .filter(|m| m.cluster.as_deref() == cluster)
        .map(|m| m.id.as_str())
        .collect();
    let name = match cluster {
        Some(c) => doc.clean(c, "cluster name"),
        None => t.get("report-no-cluster"),
    };
    let label = t.with(
        "report-cluster-band",
        &[("cluster", name.into()), ("n", members.len().into())],
    );
    medians_row(doc, ctx, table, &label, Some(&members));
}

/// A bold row: `label`, then the median per area over `only` (all when `None`).
fn medians_row(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    table: &Table<'_>,
    label: &str,
    only: Option<&[&str]>,
) {
    let t = &ctx.t;
    let dist = stats::round_distribution(ctx.ws, &ctx.round.id, only);
    let mut cells = vec![Cell::new(Cell::text(
        doc,
        label,
        Style::bold(7.0),
        table.inner(0),
    ))];
    for d in &dist {
        cells.push(Cell::aligned(
            vec![Item::Text(num(t, fmt2(d.median())), Style::bold(6.5))],
            Align::Center,
        ));
    }
    cells.push(Cell::new(Vec::new()));
    cells.push(Cell::new(Vec::new()));
    table.row(doc, &cells);
}
