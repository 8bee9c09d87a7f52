//! The follow-up record in a ministry summary: why scores changed, grouped by reason,
//! and the actions table (the follow-up of last round's actions, then those agreed
//! this round).

use crate::Ctx;
use crate::blocks::{band, heading, subline};
use crate::fonts::Weight;
use crate::layout::{Doc, Style};
use crate::model::plots::{change_table, moved_by_reason};
use crate::model::{Action, Ministry};
use crate::names;
use crate::table::{Cell, Item, Table};
use crate::words::{day, num};

/// "Why scores changed": the moved levels by reason, one line per group.
pub(super) fn reasons(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry) {
    let Some(prev) = ctx.previous else {
        return;
    };
    let table = change_table(ctx.ws, &prev.id, &ctx.round.id, Some(&m.id));
    let groups = moved_by_reason(&table);
    if groups.is_empty() {
        return;
    }
    let t = &ctx.t;
    heading(doc, &t.get("report-why-changed"), 30.0);
    subline(doc, &t.get("report-why-changed-note"));
    let (left, width) = (doc.left, doc.width());
    let bold = Style::bold(8.5);
    let body = Style::regular(8.5);
    for (group, rows) in groups {
        let title = names::moved_group(t, group);
        let items: Vec<String> = rows
            .iter()
            .map(|r| {
                let k = ctx.inst.area_index(r.area.as_str()).unwrap_or(0);
                let code =
                    |a: Option<crate::model::Answer>| a.map_or("–".to_owned(), |a| a.code());
                let label = ctx.area_labels.get(k).map_or("", String::as_str);
                let mut s = format!(
                    "{}. {label} ({} → {})",
                    num(t, k + 1),
                    num(t, code(r.from)),
                    num(t, code(r.to))
                );
                let note = ctx
                    .ws
                    .score(&ctx.round.id, &m.id, &r.area)
                    .and_then(|s| s.reason.as_ref())
                    .map(|r| r.note.trim())
                    .unwrap_or("");
                if !note.is_empty() {
                    s.push_str(&format!(": {note}"));
                }
                s
            })
            .collect();
        let text = doc.clean(&items.join("; "), &format!("ministry `{}`: reasons", m.id));
        doc.ensure(24.0);
        doc.paragraph(left, width, bold, &title);
        doc.paragraph(left + 8.0, width - 8.0, body, &text);
        doc.y += 3.0;
    }
}

/// The actions table: last round's actions with where they stand, then this round's.
pub(super) fn actions(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry) {
    let code = &m.id;
    let collect = |round: &crate::model::RoundId| -> Vec<(usize, &Action)> {
        ctx.inst
            .areas()
            .iter()
            .enumerate()
            .filter_map(|(k, a)| ctx.ws.score(round, code, &a.id).map(|s| (k, s)))
            .flat_map(|(k, s)| s.actions.iter().map(move |a| (k, a)))
            .collect()
    };
    let earlier = ctx.previous.map(|p| (p, collect(&p.id)));
    let now = collect(&ctx.round.id);
    let has_earlier = earlier.as_ref().is_some_and(|(_, a)| !a.is_empty());
    let t = &ctx.t;
    heading(doc, &t.get("report-actions"), 40.0);
    if !has_earlier && now.is_empty() {
        subline(doc, &t.get("report-no-actions-ministry"));
        return;
    }
    if let Some((p, list)) = earlier.filter(|(_, l)| !l.is_empty()) {
        let title = t.with(
            "report-actions-followed-ministry",
            &[
                ("previous", p.title.as_str().into()),
                ("date", day(t, p.date).into()),
            ],
        );
        let title = doc.clean(&title, "round title");
        action_table(doc, ctx, &title, &list, code);
    }
    if !now.is_empty() {
        let title = t.get("report-actions-agreed-now");
        action_table(doc, ctx, &title, &now, code);
    }
}

/// One table of actions under a bold title.
fn action_table(doc: &mut Doc, ctx: &Ctx<'_>, title: &str, list: &[(usize, &Action)], code: &str) {
    let (left, width) = (doc.left, doc.width());
    doc.ensure(50.0);
    doc.paragraph(left, width, Style::bold(8.5), title);
    doc.y += 2.0;
    let widths = vec![100.0, width - 100.0 - 110.0 - 62.0, 110.0, 62.0];
    let t = &ctx.t;
    let labels = [
        "report-area",
        "report-action-and-follow-up",
        "report-owner-and-due",
        "report-status",
    ]
    .map(|id| t.get(id));
    let header = band(left, widths.clone(), labels.to_vec(), |_| false);
    let table = Table::banded(left, widths, 15.0, &header, &ctx.scale);
    let st = Style::regular(8.0);
    let muted = Style::muted(7.5);
    let rows: Vec<[Cell; 4]> = list
        .iter()
        .map(|(k, a)| {
            let place = format!("ministry `{code}`: action");
            let label = ctx.area_labels.get(*k).map_or("", String::as_str);
            let cleaned = doc.clean(&a.text, &place);
            let mut text = Cell::text(doc, &cleaned, st, table.inner(1));
            if !a.follow_up.trim().is_empty() {
                text.push(Item::Gap(1.5));
                let f = doc.clean(a.follow_up.trim(), &place);
                text.extend(Cell::text(
                    doc,
                    &t.with("report-follow-up", &[("text", f.into())]),
                    muted,
                    table.inner(1),
                ));
            }
            let due = a
                .due
                .map(|d| t.with("report-due", &[("date", day(t, d).into())]))
                .unwrap_or_default();
            let who = [doc.clean(&a.owner, &place), due]
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let status = Style::new(Weight::Bold, 8.0, crate::look::print::TEXT);
            [
                Cell::new(Cell::text(
                    doc,
                    &format!("{}. {label}", num(t, k + 1)),
                    st,
                    table.inner(0),
                )),
                Cell::new(text),
                Cell::new(Cell::text(doc, &who, st, table.inner(2))),
                Cell::new(vec![Item::Text(names::action_status(t, a.status), status)]),
            ]
        })
        .collect();
    let first = rows.first().map_or(0.0, |r| table.height(doc, r));
    table.start(doc, first);
    for cells in &rows {
        table.row(doc, cells);
    }
    table.end(doc);
    doc.y += 4.0;
}
