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
use crate::table::{Align, Cell, Item, Table};

/// Changes by reason; returns the page it starts on (none for a first round).
pub(super) fn reasons(doc: &mut Doc, ctx: &Ctx<'_>) -> Option<usize> {
    let prev = ctx.previous?;
    let t = change_table(ctx.ws, &prev.id, &ctx.round.id, None);
    let groups = moved_by_reason(&t);
    let sub = format!(
        "Levels that moved since {} ({}), grouped by the reason the room gave. Only a real change in performance is an improvement or a decline; the others are re-ratings. Areas not comparable between instrument versions are not counted.",
        ctx.previous_title
            .as_deref()
            .unwrap_or("the previous round"),
        prev.date
    );
    let page = section(doc, ctx, "Reasons", "Changes by reason", 60.0, &sub);
    if groups.is_empty() {
        doc.paragraph(doc.left, doc.width(), Style::muted(8.5), "No level moved.");
        return Some(page);
    }
    let (left, width) = (doc.left, doc.width());
    let widths = vec![210.0, 40.0, width - 250.0];
    let labels = ["Reason", "Areas", "Where (ministry: area)"];
    let header = band(
        left,
        widths.clone(),
        labels.map(str::to_owned).to_vec(),
        |i| i == 1,
    );
    let table = Table::banded(left, widths, 15.0, &header, &ctx.scale);
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for (title, rows) in groups {
        let places: Vec<String> = rows
            .iter()
            .map(|r| {
                let m = &ctx.ws.ministries()[r.ministry];
                let k = ctx.inst.area_index(r.area.as_str()).unwrap_or(0);
                format!("{}: {}", m.id, k + 1)
            })
            .collect();
        let places = doc.clean(&places.join(", "), "changes by reason");
        let cells = [
            Cell::new(Cell::text(doc, &title, Style::bold(7.5), table.inner(0))),
            Cell::aligned(vec![Item::Text(rows.len().to_string(), st)], Align::Center),
            Cell::new(Cell::text(doc, &places, st, table.inner(2))),
        ];
        table.row(doc, &cells);
    }
    Some(page)
}

/// Actions by area and status; returns the page it starts on.
pub(super) fn actions(doc: &mut Doc, ctx: &Ctx<'_>) -> usize {
    let sub = "Actions the workshop agreed, counted by area and status. Each ministry's summary lists them in full, with owners, due dates and what the follow-up found.";
    let page = section(doc, ctx, "Actions", "Actions by area and status", 60.0, sub);
    let mut any = false;
    if let Some(prev) = ctx.previous {
        let title = format!(
            "Follow-up of the actions agreed in {} ({}), as updated in this round",
            ctx.previous_title
                .as_deref()
                .unwrap_or("the previous round"),
            prev.date
        );
        any |= status_table(doc, ctx, &title, &prev.id);
    }
    any |= status_table(
        doc,
        ctx,
        "Agreed in this round, for the next",
        &ctx.round.id,
    );
    if !any {
        doc.paragraph(
            doc.left,
            doc.width(),
            Style::muted(8.5),
            "No actions were recorded.",
        );
    }
    page
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
    let mut labels = vec!["Area".to_owned()];
    labels.extend(ActionStatus::ALL.iter().map(|s| s.label().to_owned()));
    labels.push("All".to_owned());
    let header = band(left, widths.clone(), labels, |i| i > 0);
    let table = Table::banded(left, widths, 14.0, &header, &ctx.scale);
    table.start(doc, 16.0);
    let st = Style::regular(7.5);
    let mut totals = vec![0usize; n];
    let centred =
        |v: usize, st: Style| Cell::aligned(vec![Item::Text(v.to_string(), st)], Align::Center);
    for (k, area) in ctx.inst.areas().iter().enumerate() {
        let Some(c) = counts.get(area.id.as_str()) else {
            continue;
        };
        let label = ctx.area_labels.get(k).map_or("", String::as_str);
        let mut cells = vec![Cell::new(vec![Item::Text(
            format!("{}. {label}", k + 1),
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
    let mut cells = vec![Cell::new(vec![Item::Text("All areas".to_owned(), bold)])];
    cells.extend(totals.iter().map(|v| centred(*v, bold)));
    cells.push(centred(totals.iter().sum(), bold));
    table.row(doc, &cells);
    true
}
