//! `changes`: what moved between two rounds, counted the honest way: a move put down to
//! anything but performance is a re-rating, listed and counted apart.

use std::path::Path;

use anyhow::bail;

use super::Format;
use super::text::{round_list, shown};
use crate::model::plots::{ChangeRow, change_table};
use crate::model::{Round, Workspace};
use crate::storage;

pub(super) fn run(
    file: &Path,
    from: Option<&str>,
    to: Option<&str>,
    ministry: Option<&str>,
    format: Format,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let ws = storage::load(file)?;
    let find = |key: &str| -> anyhow::Result<Round> {
        match ws.find_round(key) {
            Some(r) => Ok(r.clone()),
            None => bail!(
                "there is no round `{}` in {}; rounds: {}",
                shown(key),
                file.display(),
                round_list(&ws)
            ),
        }
    };
    let to = match to {
        Some(key) => find(key)?,
        None => match ws.rounds().iter().max_by_key(|r| r.date) {
            Some(r) => r.clone(),
            None => bail!("{} has no rounds", file.display()),
        },
    };
    let from = match from {
        Some(key) => find(key)?,
        None => match ws.previous_round(to.id.as_str()) {
            Some(r) => r.clone(),
            None => bail!(
                "round `{}` has no round before it to compare with; give --from",
                to.id
            ),
        },
    };
    if from.id == to.id {
        bail!("--from and --to are the same round `{}`", to.id);
    }
    let only = match ministry {
        Some(m) => match ws.ministry(m) {
            Some(found) => Some(&found.id),
            None => bail!("there is no ministry `{}` in {}", shown(m), file.display()),
        },
        None => None,
    };
    let t = change_table(&ws, &from.id, &to.id, only);
    let rows: Vec<&ChangeRow> = t
        .moved
        .iter()
        .chain(&t.newly_scored)
        .chain(&t.no_longer_scored)
        .chain(&t.not_comparable)
        .collect();
    match format {
        Format::Text => {
            let c = t.counts;
            writeln!(
                out,
                "Changes from {} ({}) to {} ({})",
                shown(&from.title),
                from.date,
                shown(&to.title),
                to.date
            )?;
            writeln!(
                out,
                "Improved {} · unchanged {} · declined {} · re-rated {} (not a change in performance)",
                c.improved, c.unchanged, c.declined, c.rerated
            )?;
            writeln!(
                out,
                "Listed apart, not counted as change: newly scored {}, no longer scored {}, not comparable {}",
                c.newly_scored, c.no_longer_scored, c.not_comparable
            )?;
            if let Some(note) = &t.instrument_note {
                writeln!(out, "{}", shown(note))?;
            }
            for r in rows.iter().filter(|r| r.change.delta() != Some(0)) {
                writeln!(out, "{}", text_line(&ws, r))?;
            }
        }
        Format::Csv => {
            let mut w = ::csv::Writer::from_writer(out);
            w.write_record([
                "ministry",
                "area",
                from.id.as_str(),
                to.id.as_str(),
                "change",
                "counted_as",
                "change_reason",
            ])?;
            for r in rows {
                let (m, area, a, b, reason) = fields(&ws, r);
                w.write_record([
                    m,
                    area,
                    a,
                    b,
                    r.change.describe(),
                    r.change.kind().to_owned(),
                    reason,
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(())
}

/// Ministry code, area id, the two answers and the reason's key.
fn fields(ws: &Workspace, r: &ChangeRow) -> (String, String, String, String, String) {
    let code = |a: Option<crate::model::Answer>| a.map(|a| a.code()).unwrap_or_default();
    (
        ws.ministries()[r.ministry].id.to_string(),
        r.area.to_string(),
        code(r.from),
        code(r.to),
        r.reason.map(|k| k.key().to_owned()).unwrap_or_default(),
    )
}

fn text_line(ws: &Workspace, r: &ChangeRow) -> String {
    let (m, area, a, b, reason) = fields(ws, r);
    let dash = |s: String| if s.is_empty() { "–".to_owned() } else { s };
    let reason = if reason.is_empty() {
        String::new()
    } else {
        format!(" ({reason})")
    };
    format!(
        "  {m:<8} {area:<28} {:>3} -> {:<3} {:<16} {}{reason}",
        dash(a),
        dash(b),
        r.change.describe(),
        r.change.kind()
    )
}
