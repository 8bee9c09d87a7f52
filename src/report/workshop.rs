//! The workshop report for one round: a cover with the round's details and counts, the
//! heatmap of all ministries by area, the distribution per area, the completion list,
//! then one ministry summary per ministry.

use super::charts::{self};
use super::fonts::Weight;
use super::layout::{Doc, Paint, Style};
use super::ministry::{self, figure_boxes, heading, subline};
use super::table::{Align, Cell, Item, Table};
use super::{Ctx, long_date};
use crate::look::print;
use crate::model::stats::{self, Summary, fmt2};

/// Where the cover's contents list goes, filled in once the page numbers are known.
struct ContentsSlot {
    page: usize,
    y: f32,
}

/// Write the whole report; `done(k)` reports progress (k of ministries + 2).
pub(crate) fn write(doc: &mut Doc, ctx: &Ctx<'_>, done: &dyn Fn(usize)) {
    let ws = ctx.ws;
    let round_id = ctx.round.id.as_str();
    let summaries: Vec<Summary> = ws
        .ministries()
        .iter()
        .map(|m| stats::summary(ws, round_id, m.id.as_str()))
        .collect();
    let names: Vec<String> = ws
        .ministries()
        .iter()
        .map(|m| {
            let code = doc.clean(m.id.as_str(), &format!("ministry `{}`: code", m.id));
            let name = doc.clean(&m.name, &format!("ministry `{}`: name", m.id));
            format!("{code} · {name}")
        })
        .collect();

    let slot = cover(doc, ctx, &summaries);
    let mut sections = Vec::new();
    sections.push((
        "Heatmap: all ministries by area",
        heatmap(doc, ctx, &summaries, &names),
    ));
    sections.push(("Distribution per area", distribution(doc, ctx)));
    sections.push((
        "Completion by ministry",
        completion(doc, ctx, &summaries, &names),
    ));
    done(1);
    let mut first_ministry = None;
    for (i, m) in ws.ministries().iter().enumerate() {
        ministry::write(doc, ctx, m);
        first_ministry.get_or_insert(doc.page_number());
        done(2 + i);
    }
    if let Some(p) = first_ministry {
        sections.push(("Ministry summaries", p));
    }
    contents(doc, slot, &sections);
}

/// Round details, counts, how to read the colours, the method, and a slot for the
/// contents list.
fn cover(doc: &mut Doc, ctx: &Ctx<'_>, summaries: &[Summary]) -> ContentsSlot {
    let ws = ctx.ws;
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
    let title = doc.clean(ws.title(), "workspace title");
    doc.paragraph(left, width, Style::muted(9.5), &title);
    doc.y += 12.0;

    // Details.
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
    for (label, value) in &rows {
        doc.ensure(val.line_height());
        let y = doc.y;
        doc.text(left, y + val.baseline(), lab, label);
        doc.paragraph(left + 90.0, width - 90.0, val, value);
        doc.y += 2.0;
    }
    doc.y += 8.0;

    // Counts.
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

    // Contents, filled in at the end.
    heading(doc, "Contents", 70.0);
    let slot = ContentsSlot {
        page: doc.page_number(),
        y: doc.y,
    };
    doc.y += 4.0 * 13.0 + 6.0;

    // How to read.
    heading(doc, "How to read the colours and codes", 80.0);
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 2.0;
    let inst = ctx.inst.scale();
    let mut meanings: Vec<(String, String)> = inst
        .levels
        .iter()
        .map(|l| (format!("{} {}", l.value, l.label), l.meaning.clone()))
        .collect();
    meanings.push((
        format!("{} {}", inst.not_applicable.code, inst.not_applicable.label),
        inst.not_applicable.meaning.clone(),
    ));
    meanings.push((
        format!(
            "{} {}",
            inst.insufficient_information.code, inst.insufficient_information.label
        ),
        inst.insufficient_information.meaning.clone(),
    ));
    let meanings: Vec<(String, String)> = meanings
        .into_iter()
        .map(|(l, m)| {
            (
                doc.clean(&l, "instrument scale"),
                doc.clean(&m, "instrument scale"),
            )
        })
        .collect();
    let key_st = Style::bold(8.5);
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
            doc.text(
                left,
                y + k as f32 * key_st.line_height() + key_st.baseline(),
                key_st,
                l,
            );
        }
        doc.paragraph(left + key_w, width - key_w, Style::regular(8.5), meaning);
        if doc.page_number() == page {
            doc.y = doc.y.max(y + lines.len() as f32 * key_st.line_height());
        }
        doc.y += 1.5;
    }
    doc.y += 6.0;
    let method = format!(
        "Method: {} Agreement = share of the votes given to the most voted answer. Coverage = areas with an agreed answer (a level, NA or NI).",
        stats::METHOD_NOTE
    );
    doc.paragraph(left, width, Style::muted(7.5), &method);
    slot
}

/// The contents list on the cover, now that the page numbers are known.
fn contents(doc: &mut Doc, slot: ContentsSlot, sections: &[(&str, usize)]) {
    let here = doc.goto(slot.page);
    let (left, right) = (doc.left, doc.right);
    let st = Style::regular(9.5);
    let mut y = slot.y + 2.0;
    for (title, page) in sections {
        doc.text(left, y + st.baseline(), st, title);
        doc.text_right(right, y + st.baseline(), st, &format!("page {page}"));
        y += 13.0;
    }
    doc.goto(here);
}

/// Every ministry by every area, coloured by level with the code in each cell.
fn heatmap(doc: &mut Doc, ctx: &Ctx<'_>, summaries: &[Summary], names: &[String]) -> usize {
    let ws = ctx.ws;
    let round_id = ctx.round.id.as_str();
    doc.set_header(format!(
        "Heatmap — {} ({})",
        ctx.round_title, ctx.round.date
    ));
    doc.new_page();
    doc.bookmark("Heatmap".to_owned());
    let page = doc.page_number();
    heading(doc, "Heatmap: all ministries by area", 40.0);
    subline(
        doc,
        &format!(
            "The agreed answer of each ministry in each area, {}. The number in each cell is the level; NA = not applicable, NI = insufficient information, – = not scored. Median over the areas with a level.",
            ctx.round_title
        ),
    );
    let (left, width) = (doc.left, doc.width());
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 4.0;

    let n_areas = ctx.area_labels.len();
    let (med_w, ans_w) = (40.0, 44.0);
    let cell_w = ((width - 150.0 - med_w - ans_w) / n_areas.max(1) as f32).min(26.0);
    let name_w = width - cell_w * n_areas as f32 - med_w - ans_w;
    let mut widths = vec![name_w];
    widths.extend(std::iter::repeat_n(cell_w, n_areas));
    widths.extend([med_w, ans_w]);

    // Rotated area labels, wrapped to the header height.
    let head_st = Style::regular(7.0);
    let labels: Vec<String> = ctx
        .area_labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{}. {l}", i + 1))
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
    let hw = widths.clone();
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        let bottom = y + header_h;
        let mut x = left;
        doc.text(x + 3.0, bottom - 4.0, bold, "Ministry");
        x += hw[0];
        for lines in &wrapped {
            let lh = head_st.line_height();
            let block = lines.len() as f32 * lh;
            // Lines side by side, centred on the column, read bottom to top.
            let mut lx = x + hw[1] / 2.0 - block / 2.0 + head_st.size * 0.8;
            for l in lines {
                doc.text_up(lx, bottom - 3.0, head_st, l);
                lx += lh;
            }
            x += hw[1];
        }
        doc.text_center(x + med_w / 2.0, bottom - 4.0, bold, "Median");
        x += med_w;
        doc.text_center(x + ans_w / 2.0, bottom - 4.0, bold, "Answered");
        doc.line(
            &[(left, bottom), (left + hw.iter().sum::<f32>(), bottom)],
            super::layout::Stroke::solid(print::MUTED, 0.6),
        );
        doc.y = bottom;
    };
    let table = Table {
        x: left,
        widths,
        pad: 2.5,
        min_row: 14.0,
        header_height: header_h,
        header: &header,
        scale: &ctx.scale,
    };
    table.start(doc, 20.0);
    let name_st = Style::regular(7.0);
    let num_st = Style::regular(7.5);
    if ws.ministries().is_empty() {
        subline(doc, "This workspace has no ministries yet.");
    }
    for ((m, s), name) in ws.ministries().iter().zip(summaries).zip(names) {
        let _ = m;
        let mut cells = vec![Cell::new(Cell::text(doc, name, name_st, table.inner(0)))];
        for a in &s.answers {
            cells.push(Cell::answer(*a, 7.5));
        }
        cells.push(Cell::aligned(
            vec![Item::Text(fmt2(s.median), num_st)],
            Align::Center,
        ));
        cells.push(Cell::aligned(
            vec![Item::Text(
                format!("{}/{}", s.coverage.answered(), s.coverage.areas),
                num_st,
            )],
            Align::Center,
        ));
        table.row(doc, &cells);
    }
    // Median per area over the ministries.
    if !ws.ministries().is_empty() {
        let dist = stats::round_distribution(ws, round_id, None);
        let mut cells = vec![Cell::new(vec![Item::Text(
            "Median over ministries".to_owned(),
            Style::bold(7.0),
        )])];
        for d in &dist {
            cells.push(Cell::aligned(
                vec![Item::Text(fmt2(d.median()), Style::bold(6.5))],
                Align::Center,
            ));
        }
        cells.push(Cell::new(Vec::new()));
        cells.push(Cell::new(Vec::new()));
        table.row(doc, &cells);
    }
    page
}

/// How the ministries answered each area.
fn distribution(doc: &mut Doc, ctx: &Ctx<'_>) -> usize {
    let ws = ctx.ws;
    let dist = stats::round_distribution(ws, ctx.round.id.as_str(), None);
    doc.set_header(format!(
        "Distribution per area — {} ({})",
        ctx.round_title, ctx.round.date
    ));
    heading(doc, "Distribution per area", 160.0);
    let page = doc.page_number();
    doc.bookmark("Distribution per area".to_owned());
    subline(
        doc,
        &format!(
            "How many of the {} ministries gave each answer, per area. The bar is split by answer; the counts are in the columns on the right. Median over the ministries with a level.",
            ws.ministries().len()
        ),
    );
    let (left, width) = (doc.left, doc.width());
    let y = doc.y;
    let h = charts::legend(doc, left, y, width, &ctx.scale);
    doc.y += h + 4.0;

    let levels = usize::from(ctx.scale.max);
    let num_w = 22.0;
    let med_w = 34.0;
    let area_w = 112.0;
    let bar_w = width - area_w - num_w * (levels + 3) as f32 - med_w;
    let mut widths = vec![area_w, bar_w];
    widths.extend(std::iter::repeat_n(num_w, levels + 3));
    widths.push(med_w);
    let mut heads: Vec<String> = (1..=levels).map(|l| l.to_string()).collect();
    heads.extend(["NA".to_owned(), "NI".to_owned(), "–".to_owned()]);
    let bold = Style::bold(7.5);
    let hw = widths.clone();
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        doc.rect(left, y, hw.iter().sum(), 14.0, Paint::fill(print::HEADER));
        doc.text(left + 3.0, y + 10.0, bold, "Area");
        doc.text(
            left + hw[0] + 3.0,
            y + 10.0,
            bold,
            "Answers across ministries",
        );
        let mut x = left + hw[0] + hw[1];
        for h in &heads {
            doc.text_center(x + num_w / 2.0, y + 10.0, bold, h);
            x += num_w;
        }
        doc.text_center(x + med_w / 2.0, y + 10.0, bold, "Median");
        doc.y = y + 14.0;
    };
    let table = Table {
        x: left,
        widths,
        pad: 3.0,
        min_row: 18.0,
        header_height: 14.0,
        header: &header,
        scale: &ctx.scale,
    };
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for (i, d) in dist.iter().enumerate() {
        let label = format!(
            "{}. {}",
            i + 1,
            ctx.area_names.get(i).map_or("", String::as_str)
        );
        let mut cells = vec![
            Cell::new(Cell::text(doc, &label, Style::bold(7.5), table.inner(0))),
            Cell::new(vec![Item::Dist(d.clone())]),
        ];
        for c in d.levels.iter().chain([&d.na, &d.ni, &d.unscored]) {
            cells.push(Cell::aligned(
                vec![Item::Text(c.to_string(), st)],
                Align::Center,
            ));
        }
        cells.push(Cell::aligned(
            vec![Item::Text(fmt2(d.median()), Style::bold(7.5))],
            Align::Center,
        ));
        table.row(doc, &cells);
    }
    page
}

/// Coverage per ministry.
fn completion(doc: &mut Doc, ctx: &Ctx<'_>, summaries: &[Summary], names: &[String]) -> usize {
    let ws = ctx.ws;
    doc.set_header(format!(
        "Completion — {} ({})",
        ctx.round_title, ctx.round.date
    ));
    heading(doc, "Completion by ministry", 100.0);
    let page = doc.page_number();
    doc.bookmark("Completion by ministry".to_owned());
    subline(
        doc,
        &format!(
            "Areas with an agreed answer (a level, NA or NI) out of {}, per ministry.",
            ctx.area_labels.len()
        ),
    );
    let (left, width) = (doc.left, doc.width());
    let widths = vec![
        width - 130.0 - 100.0 - 3.0 * 28.0 - 62.0,
        130.0,
        100.0,
        28.0,
        28.0,
        28.0,
        62.0,
    ];
    let bold = Style::bold(7.5);
    let hw = widths.clone();
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        doc.rect(left, y, hw.iter().sum(), 14.0, Paint::fill(print::HEADER));
        let mut x = left;
        for (i, (h, w)) in [
            "Ministry", "Cluster", "Answered", "Levels", "NA", "NI", "Status",
        ]
        .iter()
        .zip(&hw)
        .enumerate()
        {
            if (3..=5).contains(&i) {
                doc.text_center(x + w / 2.0, y + 10.0, bold, h);
            } else {
                doc.text(x + 3.0, y + 10.0, bold, h);
            }
            x += w;
        }
        doc.y = y + 14.0;
    };
    let table = Table {
        x: left,
        widths,
        pad: 3.0,
        min_row: 15.0,
        header_height: 14.0,
        header: &header,
        scale: &ctx.scale,
    };
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for ((m, s), name) in ws.ministries().iter().zip(summaries).zip(names) {
        let c = s.coverage;
        let cluster = m
            .cluster
            .as_deref()
            .map(|cl| doc.clean(cl, &format!("ministry `{}`: cluster", m.id)))
            .unwrap_or_else(|| "–".to_owned());
        let status = if c.areas > 0 && c.unscored() == 0 {
            "Complete"
        } else if c.answered() > 0 {
            "In progress"
        } else {
            "Not started"
        };
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
                format!("{}/{}", c.answered(), c.areas),
            )]),
            Cell::aligned(vec![Item::Text(c.levels.to_string(), st)], Align::Center),
            Cell::aligned(vec![Item::Text(c.na.to_string(), st)], Align::Center),
            Cell::aligned(vec![Item::Text(c.ni.to_string(), st)], Align::Center),
            Cell::new(vec![Item::Text(status.to_owned(), st)]),
        ];
        table.row(doc, &cells);
    }
    page
}
