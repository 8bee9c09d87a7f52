//! The distribution of answers per area across ministries, and the completion list.

use crate::Ctx;
use crate::blocks::{band, heading, subline};
use crate::charts;
use crate::layout::{Doc, Style};
use crate::model::stats::{self, Summary, fmt2};
use crate::table::{Align, Cell, Item, Table};
use crate::words::{day, num};

/// Start a section on the current page: running header, heading, bookmark, subline and
/// (optionally) the colour legend. Returns the page it is on.
pub(super) fn section(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    short: &str,
    title: &str,
    keep: f32,
    sub: &str,
) -> usize {
    doc.set_header(ctx.t.with(
        "report-section-header",
        &[
            ("section", short.into()),
            ("round", ctx.round_title.as_str().into()),
            ("date", day(&ctx.t, ctx.round.date).into()),
        ],
    ));
    heading(doc, title, keep);
    let page = doc.page_number();
    doc.bookmark(title.to_owned());
    subline(doc, sub);
    page
}

/// How the ministries answered each area; returns the page it starts on.
pub(super) fn distribution(doc: &mut Doc, ctx: &Ctx<'_>) -> usize {
    let (ws, t) = (ctx.ws, &ctx.t);
    let dist = stats::round_distribution(ws, &ctx.round.id, None);
    let sub = t.with(
        "report-distribution-note",
        &[("n", ws.ministries().len().into())],
    );
    let title = t.get("report-distribution-title");
    let page = section(doc, ctx, &title, &title, 160.0, &sub);
    let (left, width) = (doc.left, doc.width());
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 4.0;

    let levels = usize::from(ctx.scale.max);
    let (num_w, med_w, area_w) = (22.0, 34.0, 112.0);
    let bar_w = width - area_w - num_w * (levels + 3) as f32 - med_w;
    let mut widths = vec![area_w, bar_w];
    widths.extend(std::iter::repeat_n(num_w, levels + 3));
    widths.push(med_w);
    let mut heads = vec![t.get("report-area"), t.get("report-answers-across")];
    heads.extend((1..=levels).map(|l| num(t, l)));
    heads.extend(["NA", "NI", "–"].map(str::to_owned));
    heads.push(t.get("report-median"));
    let header = band(left, widths.clone(), heads, |i| i >= 2);
    let table = Table::banded(left, widths, 18.0, &header, &ctx.scale);
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for (i, d) in dist.iter().enumerate() {
        let name = ctx.area_names.get(i).map_or("", String::as_str);
        let label = format!("{}. {name}", num(t, i + 1));
        let mut cells = vec![
            Cell::new(Cell::text(doc, &label, Style::bold(7.5), table.inner(0))),
            Cell::new(vec![Item::Dist(d.clone(), name.to_owned())]),
        ];
        for c in d.levels.iter().chain([&d.na, &d.ni, &d.unscored]) {
            cells.push(Cell::aligned(
                vec![Item::Text(num(t, c), st)],
                Align::Center,
            ));
        }
        cells.push(Cell::aligned(
            vec![Item::Text(num(t, fmt2(d.median())), Style::bold(7.5))],
            Align::Center,
        ));
        table.row(doc, &cells);
    }
    table.end(doc);
    page
}

/// Coverage per ministry; returns the page it starts on.
pub(super) fn completion(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    summaries: &[Summary],
    names: &[String],
) -> usize {
    let t = &ctx.t;
    let sub = t.with(
        "report-completion-note",
        &[("n", ctx.area_labels.len().into())],
    );
    let (short, title) = (t.get("report-completion"), t.get("report-completion-title"));
    let page = section(doc, ctx, &short, &title, 100.0, &sub);
    let (left, width) = (doc.left, doc.width());
    let rest = 130.0 + 100.0 + 3.0 * 28.0 + 62.0;
    let widths = vec![width - rest, 130.0, 100.0, 28.0, 28.0, 28.0, 62.0];
    let heads = vec![
        t.get("report-ministry"),
        t.get("report-cluster"),
        t.get("report-answered"),
        t.get("report-levels"),
        "NA".to_owned(),
        "NI".to_owned(),
        t.get("report-status"),
    ];
    let header = band(left, widths.clone(), heads, |i| (3..=5).contains(&i));
    let table = Table::banded(left, widths, 15.0, &header, &ctx.scale);
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for ((m, s), name) in ctx.ws.ministries().iter().zip(summaries).zip(names) {
        let c = s.coverage;
        let cluster = m
            .cluster
            .as_deref()
            .map(|cl| doc.clean(cl, &format!("ministry `{}`: cluster", m.id)))
            .unwrap_or_else(|| "–".to_owned());
        let status = t.get(if c.areas > 0 && c.unscored() == 0 {
            "report-complete"
        } else if c.answered() > 0 {
            "report-in-progress"
        } else {
            "report-not-started"
        });
        let cells = [
            Cell::new(Cell::text(doc, name, st, table.inner(0))),
            Cell::new(Cell::text(
                doc,
                &cluster,
                Style::regular(7.0),
                table.inner(1),
            )),
            Cell::new(vec![Item::Bar(
                c.fraction() as f32,
                num(t, format!("{}/{}", c.answered(), c.areas)),
            )]),
            Cell::aligned(vec![Item::Text(num(t, c.levels), st)], Align::Center),
            Cell::aligned(vec![Item::Text(num(t, c.na), st)], Align::Center),
            Cell::aligned(vec![Item::Text(num(t, c.ni), st)], Align::Center),
            Cell::new(vec![Item::Text(status, st)]),
        ];
        table.row(doc, &cells);
    }
    table.end(doc);
    page
}
