//! The follow-up record across all ministries: the changes since the previous round
//! grouped by reason, and the actions by area and status (those followed up from the
//! previous round, and those agreed now).

use super::tables::section;
use crate::Ctx;
use crate::blocks::band;
use crate::layout::{Doc, Style};
use crate::model::ActionStatus;
use crate::model::annex::action_counts;
use crate::model::plots::{change_table, moved_by_reason};
use crate::names;
use crate::table::{Align, Cell, Item, Table};
use crate::words::{day, num};

/// Changes by reason; returns the page it starts on (none for a first round).
pub(super) fn reasons(doc: &mut Doc, ctx: &Ctx<'_>) -> Option<usize> {
    let prev = ctx.previous?;
    let table = change_table(ctx.ws, &prev.id, &ctx.round.id, None);
    let groups = moved_by_reason(&table);
    let t = &ctx.t;
    let sub = t.with(
        "report-reasons-note",
        &[
            ("previous", previous_name(ctx).into()),
            ("date", day(t, prev.date).into()),
        ],
    );
    let (short, title) = (t.get("report-reasons"), t.get("report-reasons-title"));
    let page = section(doc, ctx, &short, &title, 60.0, &sub);
    if groups.is_empty() {
        let none = t.get("report-no-level-moved");
        doc.paragraph(doc.left, doc.width(), Style::muted(8.5), &none);
        return Some(page);
    }
    let (left, width) = (doc.left, doc.width());
    let widths = vec![210.0, 40.0, width - 250.0];
    let labels = ["report-reason", "report-areas", "report-where"].map(|id| t.get(id));
    let header = band(left, widths.clone(), labels.to_vec(), |i| i == 1);
    let table = Table::banded(left, widths, 15.0, &header, &ctx.scale);
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for (group, rows) in groups {
        let title = names::moved_group(t, group);
        let places: Vec<String> = rows
            .iter()
            .map(|r| {
                let m = &ctx.ws.ministries()[r.ministry];
                let k = ctx.inst.area_index(r.area.as_str()).unwrap_or(0);
                format!("{}: {}", m.id, num(t, k + 1))
            })
            .collect();
        let places = doc.clean(&places.join(", "), "changes by reason");
        let cells = [
            Cell::new(Cell::text(doc, &title, Style::bold(7.5), table.inner(0))),
            Cell::aligned(vec![Item::Text(num(t, rows.len()), st)], Align::Center),
            Cell::new(Cell::text(doc, &places, st, table.inner(2))),
        ];
        table.row(doc, &cells);
    }
    table.end(doc);
    Some(page)
}

/// Actions by area and status; returns the page it starts on.
pub(super) fn actions(doc: &mut Doc, ctx: &Ctx<'_>) -> usize {
    let t = &ctx.t;
    let sub = t.get("report-actions-note");
    let (short, title) = (t.get("report-actions"), t.get("report-actions-title"));
    let page = section(doc, ctx, &short, &title, 60.0, &sub);
    let mut any = false;
    if let Some(prev) = ctx.previous {
        let title = t.with(
            "report-actions-followed",
            &[
                ("previous", previous_name(ctx).into()),
                ("date", day(t, prev.date).into()),
            ],
        );
        any |= status_table(doc, ctx, &title, &prev.id);
    }
    let now = t.get("report-actions-agreed-now");
    any |= status_table(doc, ctx, &now, &ctx.round.id);
    if !any {
        let none = t.get("report-no-actions");
        doc.paragraph(doc.left, doc.width(), Style::muted(8.5), &none);
    }
    page
}

/// The previous round's title, or words for it.
fn previous_name(ctx: &Ctx<'_>) -> String {
    ctx.previous_title
        .clone()
        .unwrap_or_else(|| ctx.t.get("report-the-previous-round"))
}

/// Counts by area and status for the actions agreed in `round`; false when none.
fn status_table(doc: &mut Doc, ctx: &Ctx<'_>, title: &str, round: &crate::model::RoundId) -> bool {
    let counts = action_counts(ctx.ws, round, None);
    if counts.is_empty() {
        return false;
    }
    let (left, width) = (doc.left, doc.width());
    doc.ensure(60.0);
    doc.y += 4.0;
    let title = doc.clean(title, "round title");
    doc.paragraph(left, width, Style::bold(8.5), &title);
    doc.y += 2.0;
    let n = ActionStatus::ALL.len();
    let col = 62.0;
    let mut widths = vec![width - col * (n as f32 + 1.0)];
    widths.extend(std::iter::repeat_n(col, n + 1));
    let t = &ctx.t;
    let mut labels = vec![t.get("report-area")];
    labels.extend(
        ActionStatus::ALL
            .iter()
            .map(|s| names::action_status(t, *s)),
    );
    labels.push(t.get("report-all"));
    let header = band(left, widths.clone(), labels, |i| i > 0);
    let table = Table::banded(left, widths, 14.0, &header, &ctx.scale);
    table.start(doc, 16.0);
    let st = Style::regular(7.5);
    let mut totals = vec![0usize; n];
    let centred =
        |v: usize, st: Style| Cell::aligned(vec![Item::Text(num(t, v), st)], Align::Center);
    for (k, area) in ctx.inst.areas().iter().enumerate() {
        let Some(c) = counts.get(area.id.as_str()) else {
            continue;
        };
        let label = ctx.area_labels.get(k).map_or("", String::as_str);
        let mut cells = vec![Cell::new(vec![Item::Text(
            format!("{}. {label}", num(t, k + 1)),
            st,
        )])];
        for (i, v) in c.iter().enumerate() {
            totals[i] += v;
            cells.push(centred(*v, st));
        }
        cells.push(centred(c.iter().sum(), Style::bold(7.5)));
        table.row(doc, &cells);
    }
    let bold = Style::bold(7.5);
    let mut cells = vec![Cell::new(vec![Item::Text(t.get("report-all-areas"), bold)])];

    cells.extend(totals.iter().map(|v| centred(*v, bold)));
    cells.push(centred(totals.iter().sum(), bold));
    table.row(doc, &cells);
    table.end(doc);
    true
}
