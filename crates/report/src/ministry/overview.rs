//! Page one of a ministry summary: the header, the key figures, and the profile (the
//! radar with the previous round beside the change per area).

use pdf_writer::types::{StructRole, TableHeaderScope};

use super::Comparison;
use crate::Ctx;
use crate::blocks::{figure_boxes, heading, pairs};
use crate::charts::{self, RadarSeries};
use crate::fonts::Weight;
use crate::layout::{Doc, Stroke, Style};
use crate::look::print;
use crate::model::Ministry;
use crate::model::stats::{self, Change, ChangeCounts, fmt2};
use crate::words::{day, num};
use codi_i18n::Texts;

/// A new page with the running header, the ministry's name and the facts of the round.
pub(super) fn header(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry) {
    let round = ctx.round;
    let code = m.id.as_str();
    let name = doc.clean(&m.name, &format!("ministry `{code}`: name"));
    let code_shown = doc.clean(code, &format!("ministry `{code}`: code"));
    let cluster = m
        .cluster
        .as_deref()
        .map(|c| doc.clean(c, &format!("ministry `{code}`: cluster")));
    let t = &ctx.t;
    doc.set_header(format!(
        "{code_shown} · {name} — {} ({})",
        ctx.round_title,
        day(t, round.date)
    ));
    doc.new_page();
    doc.bookmark(format!("{code} – {}", m.name));
    let kicker = Style::new(Weight::Bold, 8.0, charts::CURRENT);
    let (left, width) = (doc.left, doc.width());
    let kicker_text = t.with(
        "report-summary-kicker",
        &[("round", ctx.round_title.as_str().into())],
    );
    doc.begin(StructRole::P);
    doc.paragraph(left, width, kicker, &kicker_text);
    doc.end();
    doc.y += 2.0;
    doc.begin(doc.title_role());
    doc.paragraph(left, width, Style::bold(17.0), &name);
    doc.end();
    doc.y += 4.0;
    let half = (width - 16.0) / 2.0;
    let mut round_line = format!("{}, {} ({})", ctx.round_title, day(t, round.date), round.id);
    if round.instrument_version != ctx.ws.instrument().version() {
        let version = doc.clean(&round.instrument_version, "round instrument version");
        round_line.push_str(&t.with("report-summary-scored-with", &[("version", version.into())]));
    }
    let previous = match (ctx.previous, &ctx.previous_title) {
        (Some(p), Some(title)) => format!("{title}, {}", day(t, p.date)),
        _ => t.get("report-first-round"),
    };
    let y0 = doc.y;
    let labels = [
        "report-code",
        "report-cluster",
        "report-round",
        "report-previous-round",
        "report-instrument",
        "report-generated-label",
    ]
    .map(|id| t.get(id));
    let left_rows = [
        (labels[0].as_str(), code_shown),
        (
            labels[1].as_str(),
            cluster.unwrap_or_else(|| "–".to_owned()),
        ),
        (labels[2].as_str(), round_line),
    ];
    let hl = pairs(doc, left, y0, half, &left_rows);
    let right_rows = [
        (labels[3].as_str(), previous),
        (labels[4].as_str(), ctx.instrument.clone()),
        (labels[5].as_str(), day(t, ctx.generated)),
    ];
    let hr = pairs(doc, left + half + 16.0, y0, half, &right_rows);
    doc.y = y0 + hl.max(hr) + 6.0;
}

/// Coverage, median, mean and the change since the previous round, as figure boxes.
pub(super) fn key_figures(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    code: &crate::model::MinistryId,
    cmp: &Comparison,
) {
    let t = &ctx.t;
    let summary = stats::summary(ctx.ws, &ctx.round.id, code);
    let cov = summary.coverage;
    let median_note = match summary.median {
        Some(v) if v.fract() == 0.0 => ctx.scale.label(v as u8).to_owned(),
        Some(v) => t.with(
            "report-median-between",
            &[
                ("low", ctx.scale.label(v.floor() as u8).into()),
                ("high", ctx.scale.label(v.ceil() as u8).into()),
            ],
        ),
        None => t.get("report-no-levels-agreed"),
    };
    let (change_value, change_note) = change_figure(t, cmp);
    let labels = [
        "report-coverage",
        "report-median-level",
        "report-mean",
        "report-change-since",
    ]
    .map(|id| t.get(id));
    let boxes = [
        (
            labels[0].as_str(),
            num(t, format!("{}/{}", cov.answered(), cov.areas)),
            t.with(
                "report-coverage-note",
                &[
                    ("levels", cov.levels.into()),
                    ("na", cov.na.into()),
                    ("ni", cov.ni.into()),
                    ("unscored", cov.unscored().into()),
                ],
            ),
        ),
        (
            labels[1].as_str(),
            num(t, fmt2(summary.median)),
            median_note,
        ),
        (
            labels[2].as_str(),
            num(t, fmt2(summary.mean)),
            t.get("report-mean-note"),
        ),
        (labels[3].as_str(), change_value, change_note),
    ];
    doc.ensure(60.0);
    let y = doc.y;
    let h = figure_boxes(doc, y, &boxes);
    doc.y += h + 4.0;
}

/// The change since the previous round: the figure and the note under it.
fn change_figure(t: &Texts, cmp: &Comparison) -> (String, String) {
    let Some(ch) = &cmp.changes else {
        return ("–".to_owned(), t.get("report-nothing-to-compare"));
    };
    let c = ChangeCounts::of(ch.iter().copied());
    let mut note = t.with(
        "report-change-note",
        &[
            ("unchanged", c.unchanged.into()),
            ("newly", c.newly_scored.into()),
            ("gone", c.no_longer_scored.into()),
        ],
    );
    if c.rerated > 0 {
        note.push_str(&t.with("report-change-rerated", &[("n", c.rerated.into())]));
    }
    (num(t, format!("▲ {}  ▼ {}", c.improved, c.declined)), note)
}

/// The radar (this round and the previous one) with the change table to its right.
pub(super) fn profile(doc: &mut Doc, ctx: &Ctx<'_>, cmp: &Comparison, name: &str) {
    let radar_h = 232.0;
    heading(doc, &ctx.t.get("report-profile"), radar_h + 40.0);
    let (left, top) = (doc.left, doc.y);
    let (cx, cy) = (left + 160.0, top + 116.0);
    let previous = cmp.previous.as_ref().map(|a| RadarSeries { answers: a });
    let t = &ctx.t;
    let alt = crate::alt::radar(
        t,
        name,
        &ctx.round_title,
        ctx.previous_title.as_deref().zip(cmp.previous.as_deref()),
        &ctx.area_names,
        &cmp.current,
    );
    doc.begin_figure(&alt);
    charts::radar(
        doc,
        cx,
        cy,
        76.0,
        &ctx.area_labels,
        &RadarSeries {
            answers: &cmp.current,
        },
        previous.as_ref(),
        &ctx.scale,
    );
    let legend_cur = t.with(
        "report-legend-this-round",
        &[
            ("round", ctx.round_title.as_str().into()),
            ("date", day(t, ctx.round.date).into()),
        ],
    );
    let legend_prev = ctx
        .previous
        .zip(ctx.previous_title.as_ref())
        .map(|(p, title)| {
            t.with(
                "report-legend-previous-round",
                &[
                    ("round", title.as_str().into()),
                    ("date", day(t, p.date).into()),
                ],
            )
        });
    let lh = charts::radar_legend(
        doc,
        left + 20.0,
        top + radar_h,
        300.0,
        &legend_cur,
        legend_prev.as_deref(),
        &ctx.scale,
    );
    doc.end();
    let table_bottom = change_table(doc, ctx, cmp, left + 335.0, top + 2.0);
    doc.y = (top + radar_h + lh).max(table_bottom) + 4.0;
}

/// Column widths of the change table: area, previous, now, change.
struct Columns {
    x: f32,
    area: f32,
    prev: f32,
    now: f32,
}

/// Area, previous answer, answer now and the change, one row per area, from (`x`, `y`);
/// returns where it ends.
fn change_table(doc: &mut Doc, ctx: &Ctx<'_>, cmp: &Comparison, x: f32, y: f32) -> f32 {
    let tw = doc.right - x;
    let head = Style::new(Weight::Bold, 7.0, print::MUTED);
    let (prev, now, change) = (24.0, 24.0, 46.0);
    let c = Columns {
        x,
        area: tw - prev - now - change,
        prev,
        now,
    };
    let mut y = y;
    let t = ctx.t.clone();
    doc.begin(StructRole::Table);
    doc.begin(StructRole::TR);
    doc.column_head(|d| d.text(x, y + head.baseline(), head, &t.get("report-area")));
    let prev_x = x + c.area + c.prev / 2.0;
    doc.column_head(|d| d.text_center(prev_x, y + head.baseline(), head, &t.get("report-prev")));
    let now_x = x + c.area + c.prev + c.now / 2.0;
    doc.column_head(|d| d.text_center(now_x, y + head.baseline(), head, &t.get("report-now")));
    let change_x = x + c.area + c.prev + c.now + 5.0;
    doc.column_head(|d| d.text(change_x, y + head.baseline(), head, &t.get("report-change")));
    doc.end();
    y += head.line_height() + 2.0;
    doc.line(&[(x, y), (x + tw, y)], Stroke::solid(print::RULE, 0.5));
    for (i, label) in ctx.area_labels.iter().enumerate() {
        doc.begin(StructRole::TR);
        y += change_row(doc, ctx, cmp, &c, i, label, y);
        doc.end();
        doc.line(&[(x, y), (x + tw, y)], Stroke::solid(print::PANEL, 0.4));
    }
    doc.end();
    let note = Style::muted(6.5);
    y += 3.0;
    let change_note = t.get(if ctx.previous.is_some() {
        "report-change-table-note"
    } else {
        "report-change-table-first"
    });
    doc.begin(StructRole::P);
    for l in doc.wrap(&change_note, note, tw) {
        doc.text(x, y + note.baseline(), note, &l);
        y += note.line_height();
    }
    doc.end();
    y
}

/// One row of the change table at `y`; returns its height.
fn change_row(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    cmp: &Comparison,
    c: &Columns,
    i: usize,
    label: &str,
    y: f32,
) -> f32 {
    let st = Style::regular(7.5);
    let lines = doc.wrap(
        &format!("{}. {label}", num(&ctx.t, i + 1)),
        st,
        c.area - 4.0,
    );
    let row_h = (lines.len() as f32 * st.line_height()).max(12.0) + 4.0;
    let mut ly = y + 2.0;
    doc.begin_header(TableHeaderScope::Row);
    for l in &lines {
        doc.text(c.x, ly + st.baseline(), st, l);
        ly += st.line_height();
    }
    doc.end();
    doc.begin(StructRole::TD);
    let cell_y = y + (row_h - 11.0) / 2.0;
    let prev = cmp
        .previous
        .as_ref()
        .and_then(|p| p.get(i).copied().flatten());
    if ctx.previous.is_some() {
        let px = c.x + c.area + 2.0;
        charts::answer_cell(doc, px, cell_y, c.prev - 4.0, 11.0, prev, &ctx.scale, 7.0);
    } else {
        let mid = c.x + c.area + c.prev / 2.0;
        doc.text_center(mid, cell_y + 8.0, Style::muted(7.0), "·");
    }
    doc.end();
    let now = cmp.current.get(i).copied().flatten();
    let nx = c.x + c.area + c.prev + 2.0;
    doc.tagged(StructRole::TD, |d| {
        charts::answer_cell(d, nx, cell_y, c.now - 4.0, 11.0, now, &ctx.scale, 7.0);
    });
    let ch = cmp
        .changes
        .as_ref()
        .and_then(|ch| ch.get(i).copied())
        .map_or_else(|| "–".to_owned(), |ch| change_text(&ctx.t, ch));
    let cx = c.x + c.area + c.prev + c.now + 5.0;
    doc.tagged(StructRole::TD, |d| {
        d.text(cx, cell_y + 8.0, Style::regular(7.0), &ch)
    });
    row_h
}

fn change_text(t: &Texts, c: Change) -> String {
    let rerated = |by: String| t.with("report-rerated-by", &[("by", by.into())]);
    match c {
        Change::Moved(d) if d > 0 => num(t, format!("▲ +{d}")),
        Change::Moved(d) if d < 0 => num(t, format!("▼ −{}", -d)),
        Change::Moved(_) => num(t, "= 0"),
        Change::Rerated(d) if d > 0 => rerated(num(t, format!("+{d}"))),
        Change::Rerated(d) => rerated(num(t, format!("−{}", -d))),
        Change::NewlyScored => t.get("report-new-level"),
        Change::NoLongerScored => t.get("report-no-level-now"),
        Change::NoLevels => "–".to_owned(),
        Change::NotComparable => t.get("report-not-comparable"),
    }
}
