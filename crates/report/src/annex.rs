//! The method annex: how the scores were made, so a reader can judge them and the next
//! round can compare with them. The workshop report prints it whole at the end; each
//! ministry summary prints a shortened one. The figures come from `model::annex`.

use super::Ctx;
use super::blocks::{heading, subline};
use super::fonts::Weight;
use super::layout::{Doc, Style};
use crate::look::print;
use crate::model::annex::{Annex, annex};
use crate::model::history::Chain;
use crate::model::stats::METHOD_NOTE;

/// The annex for the context's round; `only` shortens it to one ministry.
pub(crate) fn method_annex(doc: &mut Doc, ctx: &Ctx<'_>, only: Option<&crate::model::MinistryId>) {
    let a = annex(ctx.ws, &ctx.round.id, only);
    let rows = rows(doc, ctx, &a, only.is_some());
    let keep = 14.0 * rows.len() as f32;
    if only.is_some() {
        heading(doc, "Method", keep.min(160.0));
    } else {
        heading(doc, "Method annex", keep.min(300.0));
        doc.bookmark("Method annex".to_owned());
        subline(
            doc,
            "How these scores were made: what a reader needs to judge them, and what the next round needs to compare with them.",
        );
    }
    let (left, width) = (doc.left, doc.width());
    let lab = Style::new(Weight::Bold, 7.5, print::MUTED);
    let val = Style::regular(8.5);
    let lw = 100.0;
    // A row never splits across pages.
    for (label, value) in &rows {
        let lines = doc.wrap(value, val, width - lw);
        doc.ensure(lines.len() as f32 * val.line_height() + 3.0);
        let mut y = doc.y;
        doc.text(left, y + val.baseline(), lab, label);
        for l in &lines {
            doc.text(left + lw, y + val.baseline(), val, l);
            y += val.line_height();
        }
        doc.y = y + 3.0;
    }
}

/// The annex as label and text rows.
fn rows(doc: &mut Doc, ctx: &Ctx<'_>, a: &Annex, short: bool) -> Vec<(&'static str, String)> {
    let scale = &ctx.inst.scale();
    let levels: Vec<String> = scale
        .levels
        .iter()
        .map(|l| format!("{} {}", l.value, l.label))
        .collect();
    let versions = a
        .versions
        .iter()
        .map(|(t, d, v)| format!("{t} ({d}): version {v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let mut rows = vec![
        (
            "Instrument",
            format!("{}. Rounds: {versions}.", ctx.instrument),
        ),
        (
            "Scale",
            format!(
                "{}. {} ({}): {} {} ({}): {} Neither is a number: both are left out of medians and means.",
                levels.join(", "),
                scale.not_applicable.label,
                scale.not_applicable.code,
                meaning(&scale.not_applicable.meaning, "the area does not apply."),
                scale.insufficient_information.label,
                scale.insufficient_information.code,
                meaning(
                    &scale.insufficient_information.meaning,
                    "the room could not agree a level on the information it had."
                ),
            ),
        ),
        ("Voting", voting(a)),
        (
            "Aggregation",
            format!(
                "{METHOD_NOTE} Coverage: {} of {} areas have an agreed answer ({} levels, {} NA, {} NI).",
                a.coverage.answered(),
                a.coverage.areas,
                a.coverage.levels,
                a.coverage.na,
                a.coverage.ni
            ),
        ),
        ("Participation", participation(a, short)),
        ("History", history(a)),
        ("Reasons for change", reasons(a)),
        (
            "Date of the data",
            a.data_date.map_or_else(
                || "no record carries a time".to_owned(),
                |t| {
                    format!(
                        "last change to a record: {}",
                        t.strftime("%Y-%m-%d %H:%M UTC")
                    )
                },
            ),
        ),
    ];
    for (_, text) in &mut rows {
        *text = doc.clean(text, "method annex");
    }
    rows
}

fn meaning(given: &str, fallback: &str) -> String {
    if given.trim().is_empty() {
        fallback.to_owned()
    } else {
        given.trim().to_owned()
    }
}

fn voting(a: &Annex) -> String {
    let how = match (a.phone_votes > 0, a.card_votes > 0) {
        (true, true) => "phones and cards",
        (true, false) => "phones",
        (false, true) => "cards counted by the facilitator",
        (false, false) => "no votes were recorded",
    };
    format!(
        "The room voted with {how}: {} card votes on {} areas, {} phone votes on {} areas. \
         Phones vote anonymously (counts only, one vote per phone and area). The agreed answer \
         is the room's decision after discussion, not a count.",
        a.card_votes, a.card_areas, a.phone_votes, a.phone_areas
    )
}

fn participation(a: &Annex, short: bool) -> String {
    let mut parts = Vec::new();
    let p = a.participants;
    if !short && !p.is_empty() {
        parts.push(format!(
            "Workshop: {} participants ({} women, {} men, {} other).",
            p.total(),
            p.women,
            p.men,
            p.other
        ));
    }
    if a.ministries_with_attendance > 0 {
        let whose = if short {
            String::new()
        } else {
            format!(" for {} ministries", a.ministries_with_attendance)
        };
        parts.push(format!("{} people recorded{whose}.", a.people));
    }
    if !a.offices.is_empty() {
        parts.push(format!("Offices: {}.", a.offices.join(", ")));
    }
    if parts.is_empty() {
        "Not recorded.".to_owned()
    } else {
        parts.join(" ")
    }
}

fn history(a: &Annex) -> String {
    let chain = match a.chain {
        Chain::Intact => "the chain of hashes is intact".to_owned(),
        Chain::Broken { entry } => {
            format!("WARNING: the history was changed outside the app at entry {entry}")
        }
        Chain::Emptied => "WARNING: the history was cut outside the app".to_owned(),
    };
    format!(
        "{} changes recorded for this round; {chain}. Undo adds an entry; no entry is ever deleted.",
        a.history_entries
    )
}

fn reasons(a: &Annex) -> String {
    if a.asked == 0 {
        return "No comparable area changed its agreed answer since the previous round.".to_owned();
    }
    let used = a
        .reasons
        .iter()
        .map(|(k, n)| format!("{} {n}", k.label().to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "{} comparable areas changed since the previous round; reasons: {used}. Only a real change in performance counts as improvement or decline; the others are re-ratings.",
        a.asked
    )
}
