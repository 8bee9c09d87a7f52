//! The cover: the round's title and details, the counts, a slot for the contents, how
//! to read the colours and codes, and the method.

use pdf_writer::types::StructRole;

use super::ContentsSlot;
use crate::Ctx;
use crate::blocks::{figure_boxes, heading};
use crate::charts;
use crate::fonts::Weight;
use crate::layout::{Doc, Style};
use crate::look::print;
use crate::model::stats::Summary;
use crate::words::{day, long_date, num};

/// Round details, counts, how to read the colours, the method, and a slot for the
/// contents list.
pub(super) fn cover(doc: &mut Doc, ctx: &Ctx<'_>, summaries: &[Summary]) -> ContentsSlot {
    title(doc, ctx);
    details(doc, ctx);
    counts(doc, summaries);
    // Contents, filled in at the end.
    heading(doc, &ctx.t.get("report-contents"), 100.0);
    // Its element is made here, where it is read; its entries come at the end.
    let toc = doc.begin(StructRole::TOC);
    doc.end();
    let slot = ContentsSlot {
        page: doc.page_number(),
        y: doc.y,
        toc,
    };
    doc.y += 7.0 * 13.0 + 6.0;
    how_to_read(doc, ctx);
    let method = ctx.t.with(
        "report-cover-method",
        &[("note", ctx.t.get("report-method-note").into())],
    );
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(left, width, Style::muted(7.5), &method);
    slot
}

/// A new page with the running header, the round's title, date, place and workspace.
fn title(doc: &mut Doc, ctx: &Ctx<'_>) {
    let round = ctx.round;
    doc.set_header(ctx.t.with(
        "report-workshop-header",
        &[
            ("round", ctx.round_title.as_str().into()),
            ("date", day(&ctx.t, round.date).into()),
        ],
    ));
    doc.new_page();
    doc.bookmark(ctx.t.get("report-cover"));
    let (left, width) = (doc.left, doc.width());
    doc.y += 10.0;
    doc.begin(StructRole::P);
    doc.paragraph(
        left,
        width,
        Style::new(Weight::Bold, 9.0, charts::CURRENT),
        &ctx.t.get("report-cover-kicker"),
    );
    doc.end();
    doc.y += 4.0;
    doc.begin(doc.title_role());
    doc.paragraph(left, width, Style::bold(24.0), &ctx.round_title);
    doc.end();
    doc.y += 2.0;
    let location = doc.clean(&round.location, "round location");
    let mut when = long_date(&ctx.t, round.date);
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
    let (ws, round, t) = (ctx.ws, ctx.round, &ctx.t);
    let mut rows: Vec<(String, String)> = vec![
        (
            t.get("report-round"),
            t.with(
                "report-cover-round",
                &[
                    ("round", ctx.round_title.as_str().into()),
                    ("id", round.id.as_str().into()),
                    ("date", day(t, round.date).into()),
                ],
            ),
        ),
        (t.get("report-instrument"), ctx.instrument.clone()),
    ];
    if round.instrument_version != ws.instrument().version() {
        let text = t.with(
            "report-cover-scored-with",
            &[
                (
                    "version",
                    doc.clean(&round.instrument_version, "round instrument version")
                        .into(),
                ),
                (
                    "now",
                    doc.clean(ws.instrument().version(), "instrument version")
                        .into(),
                ),
            ],
        );
        rows.push((t.get("report-scored-with"), text));
    }
    if !round.facilitator.trim().is_empty() {
        rows.push((
            t.get("report-facilitator"),
            doc.clean(&round.facilitator, "round facilitator"),
        ));
    }
    let p = round.participants;
    if !p.is_empty() {
        let share = f64::from(p.women) * 100.0 / p.total() as f64;
        let s = t.with(
            "report-cover-participants",
            &[
                ("total", p.total().into()),
                ("women", p.women.into()),
                ("men", p.men.into()),
                ("other", p.other.into()),
                ("share", num(t, format!("{share:.0}")).into()),
            ],
        );
        rows.push((t.get("report-participants"), s));
    }
    if let (Some(prev), Some(title)) = (ctx.previous, &ctx.previous_title) {
        rows.push((
            t.get("report-previous-round"),
            format!("{title}, {}", day(t, prev.date)),
        ));
    }
    if !round.notes.trim().is_empty() {
        rows.push((
            t.get("report-notes"),
            doc.clean(round.notes.trim(), "round notes"),
        ));
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
    let t = doc.t.clone();
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
        let share = format!("{:.0}", answered as f64 * 100.0 / areas as f64);
        t.with("report-count-share", &[("share", num(&t, share).into())])
    } else {
        t.get("report-count-no-ministries")
    };
    heading(doc, &t.get("report-in-numbers"), 60.0);
    let y = doc.y;
    let h = figure_boxes(
        doc,
        y,
        &[
            (
                t.get("report-count-ministries").as_str(),
                num(&t, n),
                t.with("report-count-complete", &[("n", complete.into())]),
            ),
            (
                t.get("report-count-in-progress").as_str(),
                num(&t, started),
                t.with(
                    "report-count-not-started",
                    &[("n", (n - complete - started).into())],
                ),
            ),
            (
                t.get("report-count-answered").as_str(),
                num(&t, format!("{answered}/{areas}")),
                pct,
            ),
            (
                t.get("report-count-na-ni").as_str(),
                num(&t, format!("{na} / {ni}")),
                t.get("report-count-na-ni-note"),
            ),
        ],
    );
    doc.y += h + 6.0;
}

/// The colour legend, then each answer's code, label and meaning.
fn how_to_read(doc: &mut Doc, ctx: &Ctx<'_>) {
    heading(doc, &ctx.t.get("report-how-to-read"), 80.0);
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
    doc.begin(StructRole::L);
    for (label, meaning) in &meanings {
        doc.ensure(val.line_height());
        let (y, page) = (doc.y, doc.page_number());
        let lines = doc.wrap(label, key_st, key_w - 10.0);
        doc.begin(StructRole::LI);
        doc.begin(StructRole::Lbl);
        for (k, l) in lines.iter().enumerate() {
            let ly = y + k as f32 * key_st.line_height() + key_st.baseline();
            doc.text(left, ly, key_st, l);
        }
        doc.end();
        doc.begin(StructRole::LBody);
        doc.paragraph(left + key_w, width - key_w, Style::regular(8.5), meaning);
        doc.end();
        doc.end();
        if doc.page_number() == page {
            doc.y = doc.y.max(y + lines.len() as f32 * key_st.line_height());
        }
        doc.y += 1.5;
    }
    doc.end();
    doc.y += 6.0;
}

/// Every answer's "code label" and meaning from the round's scale, cleaned for the font.
fn meanings(doc: &mut Doc, ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let scale = ctx.inst.scale();
    let mut meanings: Vec<(String, String)> = scale
        .levels
        .iter()
        .map(|l| {
            let value = num(&ctx.t, l.value);
            (format!("{value} {}", l.label), l.meaning.clone())
        })
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
