//! `--screen`: which screen the app starts on.

use super::command::Screen;
use super::screens::results::Tab;
use crate::model::Workspace;
use crate::session::{Focus, Page};

/// `workspace`, `scoring[:ROUND:MINISTRY:AREA]`, `summary[:ROUND:MINISTRY]`, or a
/// results view (`radar`, `trend`, `heatmap`, `changes`, `history`). AREA counts from 1.
pub fn parse_screen(ws: &Workspace, spec: &str) -> Result<(Screen, Option<Focus>), String> {
    let mut parts = spec.split(':');
    let kind = parts.next().unwrap_or_default();
    let tab = match kind {
        "workspace" => return Ok((Screen::Workspace, None)),
        "radar" => Some(Tab::Radar),
        "trend" => Some(Tab::Trend),
        "heatmap" => Some(Tab::Heatmap),
        "changes" => Some(Tab::Changes),
        "history" => Some(Tab::History),
        "review" => Some(Tab::Review),
        _ => None,
    };
    if let Some(tab) = tab {
        return Ok((Screen::Results(tab), None));
    }
    if !matches!(kind, "scoring" | "summary" | "tables") {
        return Err(format!(
            "--screen: unknown screen `{kind}` (workspace, scoring, summary, tables, radar, trend, heatmap, changes, history, review)"
        ));
    }
    let round = match parts.next() {
        Some(key) => ws
            .find_round(key)
            .ok_or_else(|| format!("--screen: no round `{key}`"))?,
        None => ws
            .rounds()
            .last()
            .ok_or("--screen: the workspace has no rounds")?,
    };
    if kind == "tables" {
        // Table scoring for the round: the focus only carries the round.
        let ministry = ws
            .ministries()
            .first()
            .ok_or("--screen: the workspace has no ministries")?;
        let focus = Focus {
            round: round.id.clone(),
            ministry: ministry.id.clone(),
            page: Page::Summary,
        };
        return Ok((Screen::Tables, Some(focus)));
    }
    let ministry = match parts.next() {
        Some(key) => ws
            .find_ministry(key)
            .ok_or_else(|| format!("--screen: no ministry `{key}`"))?,
        None => ws
            .ministries()
            .first()
            .ok_or("--screen: the workspace has no ministries")?,
    };
    let areas = ws
        .instrument_for(round.id.as_str())
        .map(|i| i.areas())
        .unwrap_or_default();
    let page = if kind == "summary" {
        Page::Summary
    } else {
        let k = match parts.next() {
            Some(n) => n
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=areas.len()).contains(n))
                .ok_or_else(|| format!("--screen: area must be 1-{}, not `{n}`", areas.len()))?,
            None => 1,
        };
        match areas.get(k - 1) {
            Some(a) => Page::Area(a.id.clone()),
            None => Page::Summary,
        }
    };
    let focus = Focus {
        round: round.id.clone(),
        ministry: ministry.id.clone(),
        page,
    };
    Ok((Screen::Scoring, Some(focus)))
}
