//! The text the commands print: `check`'s overview and `summary` as a table or CSV.

use std::path::Path;

use anyhow::Context as _;

use crate::model::stats::{self, fmt2};
use crate::model::{AreaId, Workspace};

/// Longest value printed in full; longer ones are cut with an ellipsis.
const MAX_SHOWN: usize = 200;

/// A value for the terminal: control characters (escape sequences, bells, carriage
/// returns, NUL) shown as `\u{1b}`-style escapes, never sent raw, and cut to
/// `MAX_SHOWN` characters.
pub(super) fn shown(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == MAX_SHOWN {
            out.push('…');
            break;
        }
        push_safe(&mut out, c);
    }
    out
}

fn push_safe(out: &mut String, c: char) {
    if c.is_control() || crate::model::ids::is_invisible(c) {
        out.push_str(&c.escape_unicode().to_string());
    } else {
        out.push(c);
    }
}

/// A whole message for the terminal: line breaks kept, other control characters
/// escaped.
pub fn terminal_safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\n' {
            out.push(c);
        } else {
            push_safe(&mut out, c);
        }
    }
    out
}

pub(super) fn round_list(ws: &Workspace) -> String {
    if ws.rounds().is_empty() {
        return "none".into();
    }
    ws.rounds()
        .iter()
        .map(|r| format!("`{}` ({})", r.id, shown(&r.title)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn write_check(
    ws: &Workspace,
    file: &Path,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let inst = ws.instrument();
    writeln!(out, "OK: {} is a valid workspace", file.display())?;
    writeln!(out, "Title:      {}", shown(ws.title()))?;
    writeln!(
        out,
        "Instrument: {} (version {}), {} areas, levels 1-{}",
        shown(inst.title()),
        shown(inst.version()),
        inst.areas().len(),
        inst.level_count()
    )?;
    let with_data = ws
        .ministries()
        .iter()
        .filter(|m| ws.has_data_for_ministry(m.id.as_str()))
        .count();
    writeln!(
        out,
        "Ministries: {} ({} with scores)",
        ws.ministries().len(),
        with_data
    )?;
    writeln!(out, "Rounds:     {}", ws.rounds().len())?;
    write_history_check(ws, out)?;
    if !ws.kept().is_empty() {
        writeln!(
            out,
            "Kept:       fields from a newer version of the app, written back unchanged: {}",
            ws.kept().describe().join(", ")
        )?;
    }
    for r in ws.rounds() {
        let mut complete = 0;
        let mut started = 0;
        let mut answered = 0;
        for m in ws.ministries() {
            let s = stats::summary(ws, &r.id, &m.id);
            answered += s.coverage.answered();
            if s.coverage.unscored() == 0 {
                complete += 1;
            } else if s.coverage.answered() > 0 {
                started += 1;
            }
        }
        let n_areas = ws
            .instrument_for(r.id.as_str())
            .map_or(0, |i| i.areas().len());
        let total = ws.ministries().len() * n_areas;
        writeln!(
            out,
            "  {:<16} {}  {:<28} {} complete, {} in progress; {}/{} areas answered",
            r.id.as_str(),
            r.date,
            truncate(&shown(&r.title), 28),
            complete,
            started,
            answered,
            total
        )?;
        if let Some(step) = r.review.steps().last() {
            writeln!(
                out,
                "    review: {} by {} on {}",
                step.status.key(),
                shown(&step.by),
                step.at.strftime("%Y-%m-%d")
            )?;
        }
        if r.instrument_version != inst.version() {
            writeln!(
                out,
                "    note: scored with instrument version {}, the workspace now uses {}",
                shown(&r.instrument_version),
                shown(inst.version())
            )?;
        }
    }
    Ok(())
}

/// The history line of `check`: how long, and whether its chain of hashes holds.
fn write_history_check(ws: &Workspace, out: &mut dyn std::io::Write) -> anyhow::Result<()> {
    let h = ws.history();
    match h.verify() {
        crate::model::history::Chain::Intact => writeln!(
            out,
            "History:    {} entries, chain of hashes intact",
            h.len()
        )?,
        crate::model::history::Chain::Emptied => writeln!(
            out,
            "History:    {} entries. WARNING: the file's history was cut: it records a last entry, but its entries were removed outside the app (the scores themselves loaded normally)",
            h.len()
        )?,
        crate::model::history::Chain::Broken { entry } => writeln!(
            out,
            "History:    {} entries. WARNING: the history was changed outside the app at entry {entry}; the entries from there on cannot be trusted (the scores themselves loaded normally)",
            h.len()
        )?,
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

pub(super) fn write_summary_text(
    ws: &Workspace,
    rounds: &[String],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let areas = ws.instrument().areas();
    let code_w = ws
        .ministries()
        .iter()
        .map(|m| m.id.as_str().chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    writeln!(
        out,
        "Agreed answers per area (1-{} = level, NA, NI, . = not scored)",
        ws.instrument().level_count()
    )?;
    for (i, a) in areas.iter().enumerate() {
        writeln!(out, "  A{:<2} {}", i + 1, shown(&a.name))?;
    }
    for round_id in rounds {
        let Some(round) = ws.round(round_id) else {
            continue;
        };
        writeln!(out)?;
        writeln!(
            out,
            "Round {} ({}, {})",
            shown(&round.title),
            round.id,
            round.date
        )?;
        let own = ws.instrument_for(round_id).map_or(areas, |i| i.areas());
        let same_areas =
            own.len() == areas.len() && own.iter().zip(areas).all(|(a, b)| a.id == b.id);
        if !same_areas {
            // Another instrument version with other areas: say which columns these are.
            writeln!(
                out,
                "Areas of instrument version {}:",
                shown(&round.instrument_version)
            )?;
            for (i, a) in own.iter().enumerate() {
                writeln!(out, "  A{:<2} {}", i + 1, shown(&a.name))?;
            }
        }
        write!(out, "{:<code_w$}", "Ministry")?;
        for i in 0..own.len() {
            write!(out, " {:>3}", format!("A{}", i + 1))?;
        }
        writeln!(out, "  Coverage  Median  Mean*")?;
        for m in ws.ministries() {
            let s = stats::summary(ws, &round.id, &m.id);
            write!(out, "{:<code_w$}", m.id.as_str())?;
            for a in &s.answers {
                write!(
                    out,
                    " {:>3}",
                    a.map_or_else(|| ".".to_owned(), |a| a.code())
                )?;
            }
            writeln!(
                out,
                "  {:>8}  {:>6}  {:>5}",
                format!("{}/{}", s.coverage.answered(), s.coverage.areas),
                fmt2(s.median),
                fmt2(s.mean)
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "* {}", stats::METHOD_NOTE)?;
    Ok(())
}

pub(super) fn write_summary_csv(
    ws: &Workspace,
    rounds: &[String],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    // One column per area id: the current instrument's, then any that only older
    // versions have.
    let mut ids: Vec<&AreaId> = ws.instrument().areas().iter().map(|a| &a.id).collect();
    for inst in ws.instruments() {
        for a in inst.areas() {
            if !ids.contains(&&a.id) {
                ids.push(&a.id);
            }
        }
    }
    let mut header = vec!["round".to_owned(), "date".to_owned(), "ministry".to_owned()];
    header.extend(ids.iter().map(|id| id.to_string()));
    header.extend(
        [
            "answered",
            "areas",
            "levels",
            "na",
            "ni",
            "median",
            "mean_indicative",
        ]
        .map(str::to_owned),
    );
    w.write_record(&header)?;
    for round_id in rounds {
        let Some(round) = ws.round(round_id) else {
            continue;
        };
        for m in ws.ministries() {
            let s = stats::summary(ws, &round.id, &m.id);
            let mut row = vec![
                round.id.to_string(),
                round.date.to_string(),
                m.id.to_string(),
            ];
            row.extend(ids.iter().map(|id| {
                ws.answer(&round.id, &m.id, id)
                    .map(|a| a.code())
                    .unwrap_or_default()
            }));
            let c = s.coverage;
            row.extend([c.answered(), c.areas, c.levels, c.na, c.ni].map(|n| n.to_string()));
            row.push(s.median.map(|v| format!("{v:.2}")).unwrap_or_default());
            row.push(s.mean.map(|v| format!("{v:.2}")).unwrap_or_default());
            w.write_record(&row)?;
        }
    }
    w.flush().context("writing the summary")?;
    Ok(())
}
