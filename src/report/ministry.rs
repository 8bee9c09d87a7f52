//! The ministry summary: one ministry in one round. Used alone and, once per ministry,
//! inside the workshop report.
//!
//! Page one is the overview (header, key figures, radar with the previous round, change
//! per area, trend per area, the method note); then the table of the ten areas with the
//! agreed level, the vote summary, the rationale and the evidence in full.

use super::Ctx;
use super::charts::{self, RadarSeries, TrendPoint};
use super::fonts::Weight;
use super::layout::{Doc, Paint, Rgb8, Stroke, Style};
use super::table::{Cell, Item, Table};
use crate::look::print;
use crate::model::stats::{self, Change, ChangeCounts, fmt2};
use crate::model::{Answer, Ministry};
use crate::model::{compare, plots};

const ACCENT_BG: Rgb8 = print::ACCENT_BG;

/// Section heading at the cursor (kept with at least `keep` pt of what follows).
pub(crate) fn heading(doc: &mut Doc, text: &str, keep: f32) {
    let st = Style::bold(11.5);
    doc.ensure(st.line_height() + 8.0 + keep);
    if !doc.at_page_top() {
        doc.y += 6.0;
    }
    let w = doc.width();
    let x = doc.left;
    doc.paragraph(x, w, st, text);
    doc.y += 2.0;
}

/// Muted explanatory lines under a heading.
pub(crate) fn subline(doc: &mut Doc, text: &str) {
    let st = Style::muted(7.5);
    let (x, w) = (doc.left, doc.width());
    doc.paragraph(x, w, st, text);
    doc.y += 4.0;
}

/// Label/value pairs in a column; returns the height used.
fn pairs(doc: &mut Doc, x: f32, y: f32, width: f32, rows: &[(&str, String)]) -> f32 {
    let lab = Style::new(Weight::Bold, 7.5, print::MUTED);
    let val = Style::regular(8.5);
    let lw = rows
        .iter()
        .map(|(l, _)| doc.measure(l, lab))
        .fold(0.0, f32::max)
        + 8.0;
    let mut cy = y;
    for (label, value) in rows {
        doc.text(x, cy + val.baseline(), lab, label);
        let lines = doc.wrap(value, val, width - lw);
        for l in &lines {
            doc.text(x + lw, cy + val.baseline(), val, l);
            cy += val.line_height();
        }
        cy += 1.5;
    }
    cy - y
}

/// A row of figure boxes (label, big value, note); returns the height used.
pub(crate) fn figure_boxes(doc: &mut Doc, y: f32, boxes: &[(&str, String, String)]) -> f32 {
    let n = boxes.len().max(1) as f32;
    let gap = 8.0;
    let bw = (doc.width() - gap * (n - 1.0)) / n;
    let (lab, big, note) = (
        Style::new(Weight::Bold, 7.0, print::MUTED),
        Style::bold(13.0),
        Style::muted(7.0),
    );
    let inner = bw - 12.0;
    let laid: Vec<(Vec<String>, Vec<String>, Vec<String>)> = boxes
        .iter()
        .map(|(l, v, n)| {
            (
                doc.wrap(l, lab, inner),
                doc.wrap(v, big, inner),
                doc.wrap(n, note, inner),
            )
        })
        .collect();
    let h = laid
        .iter()
        .map(|(l, v, n)| {
            l.len() as f32 * lab.line_height()
                + v.len() as f32 * big.line_height()
                + n.len() as f32 * note.line_height()
        })
        .fold(0.0, f32::max)
        + 12.0;
    let mut x = doc.left;
    for (l, v, n) in &laid {
        doc.rect(x, y, bw, h, Paint::fill(ACCENT_BG));
        doc.rect(x, y, 2.5, h, Paint::fill(charts::CURRENT));
        let mut cy = y + 6.0;
        for (lines, st) in [(l, lab), (v, big), (n, note)] {
            for line in lines {
                doc.text(x + 8.0, cy + st.baseline(), st, line);
                cy += st.line_height();
            }
        }
        x += bw + gap;
    }
    h
}

fn change_text(c: Change) -> String {
    match c {
        Change::Moved(d) if d > 0 => format!("▲ +{d}"),
        Change::Moved(d) if d < 0 => format!("▼ −{}", -d),
        Change::Moved(_) => "= 0".to_owned(),
        Change::NewlyScored => "new level".to_owned(),
        Change::NoLongerScored => "no level now".to_owned(),
        Change::NoLevels => "–".to_owned(),
        Change::NotComparable => "not comparable".to_owned(),
    }
}

/// Vote summary lines for the table.
fn vote_items(score: Option<&crate::model::AreaScore>, max: u8) -> Vec<Item> {
    let st = Style::regular(8.0);
    let small = Style::muted(7.0);
    let Some(votes) = score.map(|s| &s.votes).filter(|v| !v.is_empty()) else {
        return vec![Item::Text("No votes recorded".to_owned(), small)];
    };
    let s = votes.stats();
    let mut items = vec![
        Item::Text(format!("n = {}", s.n), st),
        Item::Text(format!("median {}", fmt2(s.median)), st),
        Item::Text(
            format!(
                "agreement {}",
                s.agreement
                    .map_or_else(|| "–".to_owned(), |a| format!("{:.0}%", a * 100.0))
            ),
            st,
        ),
    ];
    let counts: Vec<String> = (1..=max)
        .map(|l| {
            format!(
                "{l}:{}",
                votes.levels.get(usize::from(l) - 1).copied().unwrap_or(0)
            )
        })
        .collect();
    items.push(Item::Gap(1.5));
    items.push(Item::Text(counts.join("  "), small));
    items.push(Item::Text(
        format!("NA:{}  NI:{}", votes.na, votes.ni),
        small,
    ));
    items
}

/// Write the summary of `m` for the context's round, starting on a new page.
pub(crate) fn write(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry) {
    let ws = ctx.ws;
    let round = ctx.round;
    let code = m.id.as_str();
    let name = doc.clean(&m.name, &format!("ministry `{code}`: name"));
    let code_shown = doc.clean(code, &format!("ministry `{code}`: code"));
    let cluster = m
        .cluster
        .as_deref()
        .map(|c| doc.clean(c, &format!("ministry `{code}`: cluster")));
    doc.set_header(format!(
        "{code_shown} · {name} — {} ({})",
        ctx.round_title, round.date
    ));
    doc.new_page();
    doc.bookmark(format!("{code} – {}", m.name));

    // ---- header ----
    let kicker = Style::new(Weight::Bold, 8.0, charts::CURRENT);
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(
        left,
        width,
        kicker,
        &format!("MINISTRY SUMMARY · {}", ctx.round_title),
    );
    doc.y += 2.0;
    doc.paragraph(left, width, Style::bold(17.0), &name);
    doc.y += 4.0;
    let half = (width - 16.0) / 2.0;
    let mut round_line = format!("{}, {} ({})", ctx.round_title, round.date, round.id);
    if round.instrument_version != ws.instrument().version() {
        round_line.push_str(&format!(
            "; scored with instrument version {}",
            doc.clean(&round.instrument_version, "round instrument version")
        ));
    }
    let previous = match (ctx.previous, &ctx.previous_title) {
        (Some(p), Some(t)) => format!("{t}, {}", p.date),
        _ => "None: this is the first round".to_owned(),
    };
    let y0 = doc.y;
    let hl = pairs(
        doc,
        left,
        y0,
        half,
        &[
            ("Code", code_shown.clone()),
            ("Cluster", cluster.unwrap_or_else(|| "–".to_owned())),
            ("Round", round_line),
        ],
    );
    let hr = pairs(
        doc,
        left + half + 16.0,
        y0,
        half,
        &[
            ("Previous round", previous),
            ("Instrument", ctx.instrument.clone()),
            ("Generated", ctx.generated.to_string()),
        ],
    );
    doc.y = y0 + hl.max(hr) + 6.0;

    // ---- key figures ----
    let summary = stats::summary(ws, round.id.as_str(), code);
    let cov = summary.coverage;
    // The previous round's answers on this round's areas, where they compare.
    let prev_answers: Option<Vec<Option<Answer>>> = ctx.previous.map(|p| {
        ctx.inst
            .areas()
            .iter()
            .map(|a| {
                let id = a.id.as_str();
                compare::comparability(ws, p.id.as_str(), round.id.as_str(), id)
                    .is_comparable()
                    .then(|| ws.answer(p.id.as_str(), code, id))
                    .flatten()
            })
            .collect()
    });
    let changes: Option<Vec<Change>> = ctx.previous.map(|p| {
        stats::changes(ws, code, p.id.as_str(), round.id.as_str())
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    });
    let median_note = match summary.median {
        Some(v) if v.fract() == 0.0 => ctx.scale.label(v as u8).to_owned(),
        Some(v) => format!(
            "between {} and {}",
            ctx.scale.label(v.floor() as u8),
            ctx.scale.label(v.ceil() as u8)
        ),
        None => "no levels agreed".to_owned(),
    };
    let (change_value, change_note) = match &changes {
        Some(ch) => {
            let c = ChangeCounts::of(ch.iter().copied());
            (
                format!("▲ {}  ▼ {}", c.improved, c.declined),
                format!(
                    "{} unchanged, {} newly with a level, {} without a level now",
                    c.unchanged, c.newly_scored, c.no_longer_scored
                ),
            )
        }
        None => ("–".to_owned(), "first round: nothing to compare".to_owned()),
    };
    let boxes = [
        (
            "Coverage",
            format!("{}/{}", cov.answered(), cov.areas),
            format!(
                "{} levels · {} NA · {} NI · {} not scored",
                cov.levels,
                cov.na,
                cov.ni,
                cov.unscored()
            ),
        ),
        ("Median level", fmt2(summary.median), median_note),
        (
            "Mean (indicative)",
            fmt2(summary.mean),
            "ordinal scale: read with care".to_owned(),
        ),
        ("Change since previous round", change_value, change_note),
    ];
    doc.ensure(60.0);
    let y = doc.y;
    let h = figure_boxes(doc, y, &boxes);
    doc.y += h + 4.0;

    // ---- radar and change per area ----
    let current = stats::answers(ws, round.id.as_str(), code);
    let radar_h = 232.0;
    heading(doc, "Profile across the areas", radar_h + 40.0);
    let top = doc.y;
    let r = 76.0;
    let (cx, cy) = (left + 160.0, top + 116.0);
    charts::radar(
        doc,
        cx,
        cy,
        r,
        &ctx.area_labels,
        &RadarSeries { answers: &current },
        prev_answers
            .as_ref()
            .map(|a| RadarSeries { answers: a })
            .as_ref(),
        &ctx.scale,
    );
    let legend_cur = format!("{} ({}): this round", ctx.round_title, round.date);
    let legend_prev = ctx
        .previous
        .zip(ctx.previous_title.as_ref())
        .map(|(p, t)| format!("{t} ({}): previous round", p.date));
    let lh = charts::radar_legend(
        doc,
        left + 20.0,
        top + radar_h,
        300.0,
        &legend_cur,
        legend_prev.as_deref(),
        &ctx.scale,
    );
    let radar_bottom = top + radar_h + lh;

    // Change table to the right of the radar.
    let tx = left + 335.0;
    let tw = doc.right - tx;
    let head = Style::new(Weight::Bold, 7.0, print::MUTED);
    let st = Style::regular(7.5);
    let (cw_prev, cw_now, cw_change) = (24.0, 24.0, 46.0);
    let cw_area = tw - cw_prev - cw_now - cw_change;
    let mut y = top + 2.0;
    doc.text(tx, y + head.baseline(), head, "Area");
    doc.text_center(
        tx + cw_area + cw_prev / 2.0,
        y + head.baseline(),
        head,
        "Prev.",
    );
    doc.text_center(
        tx + cw_area + cw_prev + cw_now / 2.0,
        y + head.baseline(),
        head,
        "Now",
    );
    doc.text(
        tx + cw_area + cw_prev + cw_now + 5.0,
        y + head.baseline(),
        head,
        "Change",
    );
    y += head.line_height() + 2.0;
    doc.line(&[(tx, y), (tx + tw, y)], Stroke::solid(print::RULE, 0.5));
    for (i, label) in ctx.area_labels.iter().enumerate() {
        let lines = doc.wrap(&format!("{}. {label}", i + 1), st, cw_area - 4.0);
        let row_h = (lines.len() as f32 * st.line_height()).max(12.0) + 4.0;
        let mut ly = y + 2.0;
        for l in &lines {
            doc.text(tx, ly + st.baseline(), st, l);
            ly += st.line_height();
        }
        let cell_y = y + (row_h - 11.0) / 2.0;
        let prev = prev_answers
            .as_ref()
            .and_then(|p| p.get(i).copied().flatten());
        if ctx.previous.is_some() {
            charts::answer_cell(
                doc,
                tx + cw_area + 2.0,
                cell_y,
                cw_prev - 4.0,
                11.0,
                prev,
                &ctx.scale,
                7.0,
            );
        } else {
            doc.text_center(
                tx + cw_area + cw_prev / 2.0,
                cell_y + 8.0,
                Style::muted(7.0),
                "·",
            );
        }
        let now = current.get(i).copied().flatten();
        charts::answer_cell(
            doc,
            tx + cw_area + cw_prev + 2.0,
            cell_y,
            cw_now - 4.0,
            11.0,
            now,
            &ctx.scale,
            7.0,
        );
        let ch = changes
            .as_ref()
            .and_then(|c| c.get(i).copied())
            .map_or_else(|| "–".to_owned(), change_text);
        doc.text(
            tx + cw_area + cw_prev + cw_now + 5.0,
            cell_y + 8.0,
            Style::regular(7.0),
            &ch,
        );
        y += row_h;
        doc.line(&[(tx, y), (tx + tw, y)], Stroke::solid(print::PANEL, 0.4));
    }
    let note = Style::muted(6.5);
    y += 3.0;
    let change_note = if ctx.previous.is_some() {
        "Change = this round's level minus the previous round's. \"new level\": a level now, none before (unscored, NA or NI); \"no level now\": the reverse."
    } else {
        "No previous round: changes start with the next round."
    };
    for l in doc.wrap(change_note, note, tw) {
        doc.text(tx, y + note.baseline(), note, &l);
        y += note.line_height();
    }
    doc.y = radar_bottom.max(y) + 4.0;

    // ---- trend per area ----
    trends(doc, ctx, code);

    // ---- method ----
    doc.y += 4.0;
    let method = format!(
        "Method: {} Agreement = share of the votes given to the most voted answer.",
        stats::METHOD_NOTE
    );
    let (left, width) = (doc.left, doc.width());
    doc.paragraph(left, width, Style::muted(7.0), &method);

    // ---- the table of areas ----
    areas_table(doc, ctx, m, &current);
}

/// Small multiples: one trend chart per area over all rounds of the workspace.
fn trends(doc: &mut Doc, ctx: &Ctx<'_>, code: &str) {
    let hist = ctx.ws.rounds();
    let (Some(first), Some(last)) = (hist.first(), hist.last()) else {
        return;
    };
    let span = (last.date - first.date).get_days() as f32;
    let points_of = |area: usize| -> Vec<TrendPoint> {
        let id = ctx.inst.areas()[area].id.as_str();
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
        .map(|(i, l)| doc.wrap(&format!("{}. {l}", i + 1), title_st, w - 2.0))
        .collect();
    let max_title = titles.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let h = 56.0 + max_title * title_st.line_height();
    heading(doc, "Trend per area", h + 20.0);
    subline(
        doc,
        &format!(
            "Agreed level in every round of the workspace ({} round{}), placed by date; the dashed line and the large dot mark this round. NA, NI and – (not scored) are written at the bottom and leave a gap.",
            hist.len(),
            if hist.len() == 1 { "" } else { "s" }
        ),
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
        }
        doc.y = y + h + 4.0;
    }
}

/// The table of areas: agreed level, votes, rationale and evidence, in full.
fn areas_table(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry, current: &[Option<Answer>]) {
    let code = m.id.as_str();
    let round = ctx.round.id.as_str();
    let total = doc.width();
    let widths = vec![118.0, 92.0, 84.0, total - 294.0];
    let head = Style::new(Weight::Bold, 7.5, print::TEXT);
    let x0 = doc.left;
    let header_widths = widths.clone();
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        let w: f32 = header_widths.iter().sum();
        doc.rect(x0, y, w, 15.0, Paint::fill(print::HEADER));
        let mut x = x0;
        for (label, cw) in [
            "Area",
            "Agreed level",
            "Votes in the room",
            "Rationale and evidence",
        ]
        .iter()
        .zip(&header_widths)
        {
            doc.text(x + 4.0, y + 10.5, head, label);
            x += cw;
        }
        doc.y = y + 15.0;
    };
    let table = Table {
        x: x0,
        widths,
        pad: 4.0,
        min_row: 20.0,
        header_height: 15.0,
        header: &header,
        scale: &ctx.scale,
    };
    let area_st = Style::bold(8.5);
    let body = Style::regular(8.5);
    let ev_label = Style::new(Weight::Bold, 7.5, print::MUTED);
    let ev = Style::regular(8.0);
    let muted = Style::muted(8.0);
    let mut rows = Vec::with_capacity(ctx.area_names.len());
    for (i, name) in ctx.area_names.iter().enumerate() {
        let area_id = ctx.inst.areas()[i].id.as_str();
        let score = ctx.ws.score(round, code, area_id);
        let answer = current.get(i).copied().flatten();
        let area_label = ctx.area_labels.get(i).map_or("", String::as_str);
        let area_cell = Cell::text(doc, &format!("{}. {name}", i + 1), area_st, table.inner(0));

        let label = ctx.scale.answer_label(answer).to_owned();
        let badge_st = Style::regular(8.0);
        let mut agreed = Vec::new();
        if doc.measure(&label, badge_st) + 24.0 <= table.inner(1) {
            agreed.push(Item::Badge(answer, label, badge_st));
        } else {
            agreed.push(Item::Badge(answer, String::new(), badge_st));
            agreed.extend(Cell::text(doc, &label, badge_st, table.inner(1)));
        }

        let ctx_r = format!("ministry `{code}`, area {area_label}: rationale");
        let ctx_e = format!("ministry `{code}`, area {area_label}: evidence");
        let rationale = score.map(|s| s.rationale.trim()).unwrap_or("");
        let evidence = score.map(|s| s.evidence.trim()).unwrap_or("");
        let mut text = Vec::new();
        if rationale.is_empty() {
            text.push(Item::Text("No rationale recorded.".to_owned(), muted));
        } else {
            let r = doc.clean(rationale, &ctx_r);
            text.extend(Cell::text(doc, &r, body, table.inner(3)));
        }
        text.push(Item::Gap(3.0));
        if evidence.is_empty() {
            text.push(Item::Text(
                "Evidence: none recorded.".to_owned(),
                Style::muted(7.5),
            ));
        } else {
            text.push(Item::Text("Evidence".to_owned(), ev_label));
            let e = doc.clean(evidence, &ctx_e);
            text.extend(Cell::text(doc, &e, ev, table.inner(3)));
        }
        rows.push([
            Cell::new(area_cell),
            Cell::new(agreed),
            Cell::new(vote_items(score, ctx.scale.max)),
            Cell::new(text),
        ]);
    }
    // Keep the heading and the column header with the first row.
    let first = rows.first().map_or(0.0, |r| table.height(doc, r));
    heading(
        doc,
        "Scores, rationale and evidence",
        table.header_height + first,
    );
    table.start(doc, first);
    for cells in &rows {
        table.row(doc, cells);
    }
    let notes = ctx
        .ws
        .assessment(round, code)
        .map(|a| a.notes.trim())
        .unwrap_or("");
    if !notes.is_empty() {
        let notes = doc.clean(notes, &format!("ministry `{code}`: assessment notes"));
        heading(doc, "Notes on this assessment", 30.0);
        let (left, width) = (doc.left, doc.width());
        doc.paragraph(left, width, Style::regular(8.5), &notes);
    }
}
