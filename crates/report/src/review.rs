//! The round's review in print: where it stands (draft, under review, validated, with
//! who and when, and every reopening with its reason) for the method annex, and the
//! comments matrix (each reviewer's comment, the response, resolved or open).

use super::Ctx;
use super::blocks::band;
use super::layout::{Doc, Style};
use crate::model::MinistryId;
use crate::model::review::{Status, matrix};
use crate::table::{Align, Cell, Item, Table};
use crate::words::{day, num};
use codi_i18n::Texts;

/// The annex row: "Validated by Dr. Rahman on 4 December 2026; reopened once: …".
pub(crate) fn status_row(t: &Texts, ctx: &Ctx<'_>) -> String {
    let review = &ctx.round.review;
    let date = |s: &crate::model::review::StatusStep| {
        let tz = jiff::tz::TimeZone::UTC;
        day(t, s.at.to_zoned(tz).date())
    };
    let mut text = match review.steps().last() {
        None => t.get("report-review-draft"),
        Some(step) => {
            let id = match step.status {
                Status::Draft => "report-review-returned",
                Status::UnderReview => "report-review-under-review",
                Status::Validated => "report-review-validated",
            };
            t.with(
                id,
                &[("by", step.by.as_str().into()), ("date", date(step).into())],
            )
        }
    };
    for step in review.steps().iter().filter(|s| !s.reason.is_empty()) {
        text.push(' ');
        text.push_str(&t.with(
            "report-review-reopened",
            &[
                ("by", step.by.as_str().into()),
                ("date", date(step).into()),
                ("reason", step.reason.as_str().into()),
            ],
        ));
    }
    text
}

/// The annex row of the files merged into the round: "Room 2 (Khulna, facilitator
/// S. Akter), merged 4 December 2026: 40 fields; …", or nothing.
pub(crate) fn sources_row(t: &Texts, ctx: &Ctx<'_>) -> Option<String> {
    let sources = &ctx.round.sources;
    if sources.is_empty() {
        return None;
    }
    let rows: Vec<String> = sources
        .iter()
        .map(|s| {
            let date = day(t, s.merged.to_zoned(jiff::tz::TimeZone::UTC).date());
            let place = [s.venue.trim(), s.facilitator.trim()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            let id = if place.is_empty() {
                "report-source"
            } else {
                "report-source-place"
            };
            let args = [
                ("file", s.file.as_str().into()),
                ("place", place.into()),
                ("date", date.into()),
                ("fields", s.fields.into()),
            ];
            t.with(id, &args)
        })
        .collect();
    Some(rows.join("; "))
}

/// The comments matrix of the round (of one ministry when `only`), if it has any.
pub(crate) fn comments_matrix(doc: &mut Doc, ctx: &Ctx<'_>, only: Option<&MinistryId>) {
    let rows: Vec<_> = matrix(ctx.ws, &ctx.round.id)
        .filter(|(m, _, _)| only.is_none_or(|o| o == *m))
        .collect();
    if rows.is_empty() {
        return;
    }
    let t = &ctx.t;
    let (left, width) = (doc.left, doc.width());
    doc.ensure(60.0);
    doc.y += 6.0;
    doc.paragraph(
        left,
        width,
        Style::bold(9.0),
        &t.get("report-comments-title"),
    );
    doc.y += 2.0;
    let widths = vec![70.0, (width - 120.0) / 2.0, (width - 120.0) / 2.0, 50.0];
    let labels = [
        "report-comments-where",
        "report-comments-comment",
        "report-comments-response",
        "report-comments-resolved",
    ]
    .map(|id| t.get(id));
    let header = band(left, widths.clone(), labels.to_vec(), |i| i == 3);
    let table = Table::banded(left, widths, 14.0, &header, &ctx.scale);
    table.start(doc, 20.0);
    let st = Style::regular(7.5);
    for (m, area, c) in rows {
        let k = ctx.inst.area_index(area.as_str());
        let place = match k {
            Some(k) => format!("{}: {}", m.as_str(), num(t, k + 1)),
            None => format!("{}: {}", m.as_str(), area.as_str()),
        };
        let comment = match c.by.trim() {
            "" => c.comment.clone(),
            by => format!("{} ({by})", c.comment),
        };
        let comment = doc.clean(&comment, "review comment");
        let response = doc.clean(&c.response, "response to a review comment");
        let resolved = t.get(if c.resolved {
            "report-comments-yes"
        } else {
            "report-comments-open"
        });
        let cells = [
            Cell::new(vec![Item::Text(place, st)]),
            Cell::new(Cell::text(doc, &comment, st, table.inner(1))),
            Cell::new(Cell::text(doc, &response, st, table.inner(2))),
            Cell::aligned(vec![Item::Text(resolved, st)], Align::Center),
        ];
        table.row(doc, &cells);
    }
    table.end(doc);
}
