//! The table of areas: the agreed answer, the votes in the room, the rationale and the
//! evidence in full, then the assessment's notes.

use crate::Ctx;
use crate::blocks::heading;
use crate::fonts::Weight;
use crate::layout::{Doc, Paint, Style};
use crate::look::print;
use crate::model::followup::reason_needed;
use crate::model::stats::{fmt2, mm_ss};
use crate::model::{Answer, Ministry, ScoreRef};
use crate::names;
use crate::table::{Cell, Item, Table};
use crate::words::num;
use codi_i18n::Texts;

/// Vote summary lines for the table: the room's cards and phone votes together.
fn vote_items(t: &Texts, score: Option<&crate::model::AreaScore>, max: u8) -> Vec<Item> {
    let st = Style::regular(8.0);
    let small = Style::muted(7.0);
    let discussed = score
        .map(|s| s.discussed_secs)
        .filter(|secs| *secs > 0)
        .map(|secs| {
            let time = num(t, mm_ss(u64::from(secs)));
            Item::Text(t.with("report-discussed", &[("time", time.into())]), small)
        });
    let Some(votes) = score.map(|s| s.all_votes()).filter(|v| !v.is_empty()) else {
        let mut items = vec![Item::Text(t.get("report-no-votes"), small)];
        items.extend(discussed);
        return items;
    };
    let s = votes.stats();
    let agreement = s
        .agreement
        .map_or_else(|| "–".to_owned(), |a| num(t, format!("{:.0}%", a * 100.0)));
    let mut items = vec![
        Item::Text(num(t, format!("n = {}", s.n)), st),
        Item::Text(
            t.with(
                "report-vote-median",
                &[("median", num(t, fmt2(s.median)).into())],
            ),
            st,
        ),
        Item::Text(
            t.with("report-vote-agreement", &[("agreement", agreement.into())]),
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
    items.push(Item::Text(num(t, counts.join("  ")), small));
    items.push(Item::Text(
        num(t, format!("NA:{}  NI:{}", votes.na, votes.ni)),
        small,
    ));
    items.extend(discussed);
    items
}

/// The table of areas: agreed level, votes, rationale and evidence, in full.
pub(super) fn areas_table(doc: &mut Doc, ctx: &Ctx<'_>, m: &Ministry, current: &[Option<Answer>]) {
    let code = &m.id;
    let total = doc.width();
    let widths = vec![118.0, 92.0, 84.0, total - 294.0];
    let head = Style::new(Weight::Bold, 7.5, print::TEXT);
    let x0 = doc.left;
    let heads = [
        "report-area",
        "report-agreed-level",
        "report-votes-in-room",
        "report-rationale-and-evidence",
    ]
    .map(|id| ctx.t.get(id));
    let header_widths = widths.clone();
    let header = move |doc: &mut Doc| {
        let y = doc.y;
        let w: f32 = header_widths.iter().sum();
        doc.rect(x0, y, w, 15.0, Paint::fill(print::HEADER));
        let mut x = x0;
        for (label, cw) in heads.iter().zip(&header_widths) {
            doc.begin_header(pdf_writer::types::TableHeaderScope::Column);
            doc.text(x + 4.0, y + 10.5, head, label);
            doc.end();
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
    let rows: Vec<[Cell; 4]> = (0..ctx.area_names.len())
        .map(|i| area_row(doc, ctx, &table, m, i, current))
        .collect();
    // Keep the heading and the column header with the first row.
    let first = rows.first().map_or(0.0, |r| table.height(doc, r));
    let title = ctx.t.get("report-scores-title");
    heading(doc, &title, table.header_height + first);
    table.start(doc, first);
    for cells in &rows {
        table.row(doc, cells);
    }
    table.end(doc);
    notes(doc, ctx, code);
}

/// One row of the table: the area, the agreed answer, the votes, rationale and evidence.
fn area_row(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    table: &Table<'_>,
    m: &Ministry,
    i: usize,
    current: &[Option<Answer>],
) -> [Cell; 4] {
    let code = &m.id;
    let round = &ctx.round.id;
    let name = &ctx.area_names[i];
    let area_st = Style::bold(8.5);
    let body = Style::regular(8.5);
    let ev_label = Style::new(Weight::Bold, 7.5, print::MUTED);
    let ev = Style::regular(8.0);
    let muted = Style::muted(8.0);
    let area_id = &ctx.inst.areas()[i].id;
    let score = ctx.ws.score(round, code, area_id);
    let answer = current.get(i).copied().flatten();
    let area_label = ctx.area_labels.get(i).map_or("", String::as_str);
    let t = &ctx.t;
    let area_cell = Cell::text(
        doc,
        &format!("{}. {name}", num(t, i + 1)),
        area_st,
        table.inner(0),
    );

    let agreed = agreed_items(doc, ctx, table, m, i, answer);
    let proposal = score.and_then(|s| s.proposal.as_ref());

    let ctx_r = format!("ministry `{code}`, area {area_label}: rationale");
    let ctx_e = format!("ministry `{code}`, area {area_label}: evidence");
    let rationale = score.map(|s| s.rationale.trim()).unwrap_or("");
    let evidence = score.map(|s| s.evidence.trim()).unwrap_or("");
    let mut text = Vec::new();
    if rationale.is_empty() {
        text.push(Item::Text(t.get("report-no-rationale"), muted));
    } else {
        let r = doc.clean(rationale, &ctx_r);
        text.extend(Cell::text(doc, &r, body, table.inner(3)));
    }
    text.push(Item::Gap(3.0));
    if evidence.is_empty() {
        text.push(Item::Text(t.get("report-no-evidence"), Style::muted(7.5)));
    } else {
        text.push(Item::Text(t.get("report-evidence"), ev_label));
        let e = doc.clean(evidence, &ctx_e);
        text.extend(Cell::text(doc, &e, ev, table.inner(3)));
    }
    for (id, said) in proposal
        .map(|p| {
            [
                ("report-table-rationale", &p.rationale),
                ("report-table-evidence", &p.evidence),
            ]
        })
        .into_iter()
        .flatten()
        .chain(score.map(|s| ("report-room-differs", &s.differs_from_table)))
        .chain(score.map(|s| ("report-dissent", &s.dissent)))
        .filter(|(_, said)| !said.trim().is_empty())
    {
        text.push(Item::Gap(3.0));
        let label = t.get(id);
        let said = doc.clean(
            said.trim(),
            &format!("ministry `{code}`, area {area_label}: {label}"),
        );
        text.push(Item::Text(label, ev_label));

        text.extend(Cell::text(doc, &said, muted, table.inner(3)));
    }
    if let Some(file) = score.and_then(|s| s.source.as_deref()) {
        let file = doc.clean(
            file,
            &format!("ministry `{code}`, area {area_label}: source"),
        );
        let from = t.with("report-record-source", &[("file", file.into())]);
        text.push(Item::Gap(3.0));
        text.extend(Cell::text(doc, &from, Style::muted(7.0), table.inner(3)));
    }
    [
        Cell::new(area_cell),
        Cell::new(agreed),
        Cell::new(vote_items(t, score, ctx.scale.max)),
        Cell::new(text),
    ]
}

/// The agreed answer's cell: the badge, a table's proposal, and why a changed score
/// changed.
fn agreed_items(
    doc: &mut Doc,
    ctx: &Ctx<'_>,
    table: &Table<'_>,
    m: &Ministry,
    i: usize,
    answer: Option<Answer>,
) -> Vec<Item> {
    let ev_label = Style::new(Weight::Bold, 7.5, print::MUTED);
    let area = &ctx.inst.areas()[i].id;
    let score = ctx.ws.score(&ctx.round.id, &m.id, area);
    let label = ctx.scale.answer_label(answer).to_owned();
    let badge_st = Style::regular(8.0);
    let mut agreed = Vec::new();
    if doc.measure(&label, badge_st) + 24.0 <= table.inner(1) {
        agreed.push(Item::Badge(answer, label, badge_st));
    } else {
        agreed.push(Item::Badge(answer, String::new(), badge_st));
        agreed.extend(Cell::text(doc, &label, badge_st, table.inner(1)));
    }
    if let Some(p) = score.and_then(|s| s.proposal.as_ref()) {
        // Table scoring: what the ministry's own table proposed, beside the agreed answer.
        agreed.push(Item::Gap(3.0));
        agreed.push(Item::Text(ctx.t.get("report-table-proposed"), ev_label));
        let proposed = match p.answer {
            Some(a) => format!(
                "{} {}",
                num(&ctx.t, a.code()),
                ctx.scale.answer_label(Some(a))
            ),
            None => ctx.t.get("report-no-answer-yet"),
        };
        agreed.extend(Cell::text(
            doc,
            &proposed,
            Style::regular(7.5),
            table.inner(1),
        ));
    }

    if let Some(reason) = score
        .and_then(|s| s.reason.as_ref())
        .filter(|_| reason_needed(ctx.ws, &ScoreRef::new(&ctx.round.id, &m.id, area)).is_some())
    {
        agreed.push(Item::Gap(3.0));
        agreed.push(Item::Text(ctx.t.get("report-why-it-changed"), ev_label));
        agreed.extend(Cell::text(
            doc,
            &names::reason(&ctx.t, reason.kind),
            Style::regular(7.5),
            table.inner(1),
        ));
    }

    agreed
}

/// The assessment's notes, when there are any.
fn notes(doc: &mut Doc, ctx: &Ctx<'_>, code: &crate::model::MinistryId) {
    let round = &ctx.round.id;
    let notes = ctx
        .ws
        .assessment(round, code)
        .map(|a| a.notes.trim())
        .unwrap_or("");
    if !notes.is_empty() {
        let notes = doc.clean(notes, &format!("ministry `{code}`: assessment notes"));
        heading(doc, &ctx.t.get("report-assessment-notes"), 30.0);

        let (left, width) = (doc.left, doc.width());
        doc.paragraph(left, width, Style::regular(8.5), &notes);
    }
}
