//! The method annex: how the scores were made, so a reader can judge them and the next
//! round can compare with them. The workshop report prints it whole at the end; each
//! ministry summary prints a shortened one. The figures come from `model::annex`.

use pdf_writer::types::{StructRole, TableHeaderScope};

use super::Ctx;
use super::blocks::{heading, subline};
use super::fonts::Weight;
use super::layout::{Doc, Style};
use crate::look::print;
use crate::model::annex::{Annex, annex};
use crate::model::history::Chain;
use crate::names;
use crate::words::num;
use codi_i18n::Texts;

/// The annex for the context's round; `only` shortens it to one ministry.
pub(crate) fn method_annex(doc: &mut Doc, ctx: &Ctx<'_>, only: Option<&crate::model::MinistryId>) {
    let a = annex(ctx.ws, &ctx.round.id, only);
    let rows = rows(doc, ctx, &a, only.is_some());
    let keep = 14.0 * rows.len() as f32;
    let t = &ctx.t;
    if only.is_some() {
        heading(doc, &t.get("report-method"), keep.min(160.0));
    } else {
        let title = t.get("report-annex-title");
        heading(doc, &title, keep.min(300.0));
        doc.bookmark(title);
        subline(doc, &t.get("report-annex-note"));
    }
    let (left, width) = (doc.left, doc.width());
    let lab = Style::new(Weight::Bold, 7.5, print::MUTED);
    let val = Style::regular(8.5);
    let lw = 100.0;
    // A row never splits across pages. Read as a table: the label heads its row.
    doc.begin(StructRole::Table);
    for (label, value) in &rows {
        let lines = doc.wrap(value, val, width - lw);
        doc.ensure(lines.len() as f32 * val.line_height() + 3.0);
        let mut y = doc.y;
        doc.begin(StructRole::TR);
        doc.begin_header(TableHeaderScope::Row);
        doc.text(left, y + val.baseline(), lab, label);
        doc.end();
        doc.begin(StructRole::TD);
        for l in &lines {
            doc.text(left + lw, y + val.baseline(), val, l);
            y += val.line_height();
        }
        doc.end();
        doc.end();
        doc.y = y + 3.0;
    }
    doc.end();
    crate::review::comments_matrix(doc, ctx, only);
}

/// The annex as label and text rows.
fn rows(doc: &mut Doc, ctx: &Ctx<'_>, a: &Annex, short: bool) -> Vec<(String, String)> {
    let t = &ctx.t;
    let versions = a
        .versions
        .iter()
        .map(|(title, d, v)| {
            t.with(
                "report-annex-version",
                &[
                    ("round", title.as_str().into()),
                    ("date", num(t, d).into()),
                    ("version", v.as_str().into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let data_date = a.data_date.map_or_else(
        || t.get("report-annex-no-time"),
        |when| {
            let utc = num(t, when.strftime("%Y-%m-%d %H:%M UTC"));
            t.with("report-annex-last-change", &[("time", utc.into())])
        },
    );
    let mut rows = vec![
        (
            t.get("report-instrument"),
            t.with(
                "report-annex-instrument",
                &[
                    ("instrument", ctx.instrument.as_str().into()),
                    ("versions", versions.into()),
                ],
            ),
        ),
        (t.get("report-scale"), scale_row(t, ctx)),
        (t.get("report-voting"), voting(t, a)),
        (
            t.get("report-aggregation"),
            t.with(
                "report-annex-aggregation",
                &[
                    ("note", t.get("report-method-note").into()),
                    ("answered", a.coverage.answered().into()),
                    ("areas", a.coverage.areas.into()),
                    ("levels", a.coverage.levels.into()),
                    ("na", a.coverage.na.into()),
                    ("ni", a.coverage.ni.into()),
                ],
            ),
        ),
        (t.get("report-participation"), participation(t, a, short)),
        (t.get("report-history"), history(t, a)),
        (t.get("report-reasons-for-change"), reasons(t, a)),
        (t.get("report-data-date"), data_date),
        (t.get("report-review"), crate::review::status_row(t, ctx)),
    ];
    if let Some(sources) = crate::review::sources_row(t, ctx) {
        rows.push((t.get("report-sources"), sources));
    }
    for (_, text) in &mut rows {
        *text = doc.clean(text, "method annex");
    }
    rows
}

/// The levels, then what NA and NI mean and that neither is a number.
fn scale_row(t: &Texts, ctx: &Ctx<'_>) -> String {
    let scale = ctx.inst.scale();
    let levels: Vec<String> = scale
        .levels
        .iter()
        .map(|l| format!("{} {}", num(t, l.value), l.label))
        .collect();
    let (na, ni) = (&scale.not_applicable, &scale.insufficient_information);
    t.with(
        "report-annex-scale",
        &[
            ("levels", levels.join(", ").into()),
            ("na", na.label.as_str().into()),
            ("na_code", na.code.as_str().into()),
            (
                "na_meaning",
                meaning(&na.meaning, t, "report-annex-na").into(),
            ),
            ("ni", ni.label.as_str().into()),
            ("ni_code", ni.code.as_str().into()),
            (
                "ni_meaning",
                meaning(&ni.meaning, t, "report-annex-ni").into(),
            ),
        ],
    )
}

fn meaning(given: &str, t: &Texts, fallback: &str) -> String {
    if given.trim().is_empty() {
        t.get(fallback)
    } else {
        given.trim().to_owned()
    }
}

fn voting(t: &Texts, a: &Annex) -> String {
    let how = t.get(match (a.phone_votes > 0, a.card_votes > 0) {
        (true, true) => "report-voted-phones-cards",
        (true, false) => "report-voted-phones",
        (false, true) => "report-voted-cards",
        (false, false) => "report-voted-none",
    });
    t.with(
        "report-annex-voting",
        &[
            ("how", how.into()),
            ("cards", a.card_votes.into()),
            ("card_areas", a.card_areas.into()),
            ("phones", a.phone_votes.into()),
            ("phone_areas", a.phone_areas.into()),
        ],
    )
}

fn participation(t: &Texts, a: &Annex, short: bool) -> String {
    let mut parts = Vec::new();
    let p = a.participants;
    if !short && !p.is_empty() {
        parts.push(t.with(
            "report-annex-participants",
            &[
                ("total", p.total().into()),
                ("women", p.women.into()),
                ("men", p.men.into()),
                ("other", p.other.into()),
            ],
        ));
    }
    if a.ministries_with_attendance > 0 {
        parts.push(if short {
            t.with("report-annex-people", &[("n", a.people.into())])
        } else {
            t.with(
                "report-annex-people-for",
                &[
                    ("n", a.people.into()),
                    ("ministries", a.ministries_with_attendance.into()),
                ],
            )
        });
    }
    if !a.offices.is_empty() {
        parts.push(t.with(
            "report-annex-offices",
            &[("offices", a.offices.join(", ").into())],
        ));
    }
    if parts.is_empty() {
        t.get("report-not-recorded")
    } else {
        parts.join(" ")
    }
}

fn history(t: &Texts, a: &Annex) -> String {
    let chain = match a.chain {
        Chain::Intact => t.get("report-chain-intact"),
        Chain::Broken { entry } => t.with("report-chain-broken", &[("entry", entry.into())]),
        Chain::Emptied => t.get("report-chain-emptied"),
    };
    t.with(
        "report-annex-history",
        &[("n", a.history_entries.into()), ("chain", chain.into())],
    )
}

fn reasons(t: &Texts, a: &Annex) -> String {
    if a.asked == 0 {
        return t.get("report-annex-no-change");
    }
    let used = a
        .reasons
        .iter()
        .map(|(k, n)| format!("{} {}", names::reason(t, *k).to_lowercase(), num(t, n)))
        .collect::<Vec<_>>()
        .join(", ");
    t.with(
        "report-annex-reasons",
        &[("n", a.asked.into()), ("used", used.into())],
    )
}
