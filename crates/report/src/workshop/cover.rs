//! The cover: the round's title and details, the counts, a slot for the contents, how
//! to read the colours and codes, and the method.

use super::ContentsSlot;
use crate::blocks::{figure_boxes, heading};
use crate::charts;
use crate::fonts::Weight;
use crate::layout::{Doc, Style};
use crate::look::print;
use crate::model::stats::{self, Summary};
use crate::{Ctx, long_date};

/// Round details, counts, how to read the colours, the method, and a slot for the
/// contents list.
pub(super) fn cover(doc: &mut Doc, ctx: &Ctx<'_>, summaries: &[Summary]) -> ContentsSlot {
    title(doc, ctx);
    details(doc, ctx);
    counts(doc, summaries);
    // Contents, filled in at the end.
    heading(doc, "Contents", 100.0);
    let slot = ContentsSlot {
        page: doc.page_number(),
        y: doc.y,
    };
    doc.y += 7.0 * 13.0 + 6.0;
    how_to_read(doc, ctx);
    let method = format!(
        "Method: {} Agreement = share of the votes given to the most voted answer. Coverage = areas with an agreed answer (a level, NA or NI).",
        stats::METHOD_NOTE
    );
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(left, width, Style::muted(7.5), &method);
    slot
}

/// A new page with the running header, the round's title, date, place and workspace.
fn title(doc: &mut Doc, ctx: &Ctx<'_>) {
    let round = ctx.round;
    doc.set_header(format!(
        "Workshop report — {} ({})",
        ctx.round_title, round.date
    ));
    doc.new_page();
    doc.bookmark("Cover".to_owned());
    let (left, width) = (doc.left, doc.width());
    doc.y += 10.0;
    doc.paragraph(
        left,
        width,
        Style::new(Weight::Bold, 9.0, charts::CURRENT),
        "CODI WORKSHOP REPORT",
    );
    doc.y += 4.0;
    doc.paragraph(left, width, Style::bold(24.0), &ctx.round_title);
    doc.y += 2.0;
    let location = doc.clean(&round.location, "round location");
    let mut when = long_date(round.date);
    if !location.trim().is_empty() {
        when.push_str(" · ");
        when.push_str(&location);
    }
    doc.paragraph(left, width, Style::regular(12.0), &when);
    doc.y += 2.0;
    let title = doc.clean(ctx.ws.title(), "workspace title");
    doc.paragraph(left, width, Style::muted(9.5), &title);
    doc.y += 12.0;
}

/// The round's facts: id, instrument, facilitator, participants, previous round, notes.
fn details(doc: &mut Doc, ctx: &Ctx<'_>) {
    let (ws, round) = (ctx.ws, ctx.round);
    let mut rows: Vec<(&str, String)> = vec![
        (
            "Round",
            format!("{} (id {}), {}", ctx.round_title, round.id, round.date),
        ),
        ("Instrument", ctx.instrument.clone()),
    ];
    if round.instrument_version != ws.instrument().version() {
        rows.push((
            "Scored with",
            format!(
                "instrument version {} (the workspace now uses {})",
                doc.clean(&round.instrument_version, "round instrument version"),
                doc.clean(ws.instrument().version(), "instrument version")
            ),
        ));
    }
    if !round.facilitator.trim().is_empty() {
        rows.push((
            "Facilitator",
            doc.clean(&round.facilitator, "round facilitator"),
        ));
    }
    let p = round.participants;
    if !p.is_empty() {
        let share = f64::from(p.women) * 100.0 / p.total() as f64;
        let mut s = format!("{} ({} women, {} men", p.total(), p.women, p.men);
        if p.other > 0 {
            s.push_str(&format!(", {} other", p.other));
        }
        s.push_str(&format!("; {share:.0}% women)"));
        rows.push(("Participants", s));
    }
    if let (Some(prev), Some(t)) = (ctx.previous, &ctx.previous_title) {
        rows.push(("Previous round", format!("{t}, {}", prev.date)));
    }
    if !round.notes.trim().is_empty() {
        rows.push(("Notes", doc.clean(round.notes.trim(), "round notes")));
    }
    let lab = Style::new(Weight::Bold, 8.0, print::MUTED);
    let val = Style::regular(9.5);
    let (left, width) = (doc.left, doc.width());
    for (label, value) in &rows {
        doc.ensure(val.line_height());
        let y = doc.y;
        doc.text(left, y + val.baseline(), lab, label);
        doc.paragraph(left + 90.0, width - 90.0, val, value);
        doc.y += 2.0;
    }
    doc.y += 8.0;
}

/// Ministries complete and in progress, areas answered, NA and NI, as figure boxes.
fn counts(doc: &mut Doc, summaries: &[Summary]) {
    let n = summaries.len();
    let complete = summaries
        .iter()
        .filter(|s| s.coverage.unscored() == 0 && s.coverage.areas > 0)
        .count();
    let started = summaries
        .iter()
        .filter(|s| s.coverage.answered() > 0 && s.coverage.unscored() > 0)
        .count();
    let answered: usize = summaries.iter().map(|s| s.coverage.answered()).sum();
    let areas: usize = summaries.iter().map(|s| s.coverage.areas).sum();
    let na: usize = summaries.iter().map(|s| s.coverage.na).sum();
    let ni: usize = summaries.iter().map(|s| s.coverage.ni).sum();
    let pct = if areas > 0 {
        format!(
            "{:.0}% of all ministry-areas",
            answered as f64 * 100.0 / areas as f64
        )
    } else {
        "no ministries".to_owned()
    };
    heading(doc, "In numbers", 60.0);
    let y = doc.y;
    let h = figure_boxes(
        doc,
        y,
        &[
            ("Ministries", n.to_string(), format!("{complete} complete")),
            (
                "In progress",
                started.to_string(),
                format!("{} not started", n - complete - started),
            ),
            ("Areas answered", format!("{answered}/{areas}"), pct),
            (
                "NA / NI",
                format!("{na} / {ni}"),
                "not applicable / insufficient information".to_owned(),
            ),
        ],
    );
    doc.y += h + 6.0;
}

/// The colour legend, then each answer's code, label and meaning.
fn how_to_read(doc: &mut Doc, ctx: &Ctx<'_>) {
    heading(doc, "How to read the colours and codes", 80.0);
    let (left, width) = (doc.left, doc.width());
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 2.0;
    let meanings = meanings(doc, ctx);
    let key_st = Style::bold(8.5);
    let val = Style::regular(9.5);
    let key_w = meanings
        .iter()
        .map(|(l, _)| doc.measure(l, key_st))
        .fold(0.0, f32::max)
        .min(width / 2.0)
        + 10.0;
    for (label, meaning) in &meanings {
        doc.ensure(val.line_height());
        let (y, page) = (doc.y, doc.page_number());
        let lines = doc.wrap(label, key_st, key_w - 10.0);
        for (k, l) in lines.iter().enumerate() {
            let ly = y + k as f32 * key_st.line_height() + key_st.baseline();
            doc.text(left, ly, key_st, l);
        }
        doc.paragraph(left + key_w, width - key_w, Style::regular(8.5), meaning);
        if doc.page_number() == page {
            doc.y = doc.y.max(y + lines.len() as f32 * key_st.line_height());
        }
        doc.y += 1.5;
    }
    doc.y += 6.0;
}

/// Every answer's "code label" and meaning from the round's scale, cleaned for the font.
fn meanings(doc: &mut Doc, ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let scale = ctx.inst.scale();
    let mut meanings: Vec<(String, String)> = scale
        .levels
        .iter()
        .map(|l| (format!("{} {}", l.value, l.label), l.meaning.clone()))
        .collect();
    for na in [&scale.not_applicable, &scale.insufficient_information] {
        meanings.push((format!("{} {}", na.code, na.label), na.meaning.clone()));
    }
    meanings
        .into_iter()
        .map(|(l, m)| {
            (
                doc.clean(&l, "instrument scale"),
                doc.clean(&m, "instrument scale"),
            )
        })
        .collect()
}
