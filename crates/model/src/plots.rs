//! Plot data for the results views and reports: radar geometry, trend series, heatmap
//! rows and change tables. Pure functions; the UI and the PDF only draw what they return.
//! NA, NI and unscored areas never become numbers: they break lines and are listed.

use crate::ids::{MinistryId, RoundId};
use std::f64::consts::{FRAC_PI_2, TAU};

use super::compare;
use super::followup::ReasonKind;
use super::ids::AreaId;
use super::score::Answer;
use super::stats::{self, Change, ChangeCounts};
use super::workspace::Workspace;

mod moved;
pub use moved::{MovedGroup, moved_by_reason};

/// Unit direction of spoke `k` of `n`: the first at the top, then clockwise.
pub fn spoke_dir(k: usize, n: usize) -> [f64; 2] {
    let a = FRAC_PI_2 - TAU * k as f64 / n.max(1) as f64;
    [a.cos(), a.sin()]
}

/// Where value `r` sits on spoke `k` of `n` (plot units = levels).
pub fn on_spoke(k: usize, n: usize, r: f64) -> [f64; 2] {
    let [x, y] = spoke_dir(k, n);
    [x * r, y * r]
}

/// Levels as numbers; NA, NI and unscored are `None`.
pub fn levels_of(answers: &[Option<Answer>]) -> Vec<Option<f64>> {
    answers
        .iter()
        .map(|a| a.and_then(Answer::level).map(f64::from))
        .collect()
}

/// The radar outline for per-area values: runs of consecutive values, closed into a
/// ring when nothing is missing, broken at every missing value otherwise.
pub fn radar_segments(values: &[Option<f64>]) -> Vec<Vec<[f64; 2]>> {
    let n = values.len();
    let pt = |k: usize| values[k].map(|v| on_spoke(k, n, v));
    if n == 0 {
        return Vec::new();
    }
    if values.iter().all(Option::is_some) {
        let mut ring: Vec<[f64; 2]> = (0..n).filter_map(pt).collect();
        ring.push(ring[0]);
        return vec![ring];
    }
    // Start right after a gap so a run that wraps past the last spoke stays whole.
    let start = (0..n).find(|&k| values[k].is_none()).map_or(0, |g| g + 1);
    let mut out = Vec::new();
    let mut run: Vec<[f64; 2]> = Vec::new();
    for i in 0..n {
        match pt((start + i) % n) {
            Some(p) => run.push(p),
            None if !run.is_empty() => out.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// The filled area of a radar: one polygon for a complete ring; otherwise each run of
/// three or more consecutive values, closed straight from its last point back to its
/// first. A gap (NA, NI, not scored) stays open: the fill never reaches the centre,
/// which would read as a zero.
pub fn radar_fill(values: &[Option<f64>]) -> Vec<Vec<[f64; 2]>> {
    radar_segments(values)
        .into_iter()
        .filter_map(|mut run| {
            // A complete ring comes back closed; a run is closed by the fill itself.
            if run.len() > 1 && run.first() == run.last() {
                run.pop();
            }
            (run.len() >= 3).then_some(run)
        })
        .collect()
}

/// The fill of a radar as triangles (for painters that fill convex shapes only): each
/// polygon of [`radar_fill`] cut into ears.
pub fn radar_fill_triangles(values: &[Option<f64>]) -> Vec<[[f64; 2]; 3]> {
    radar_fill(values).iter().flat_map(|p| ears(p)).collect()
}

/// Ear clipping of a simple polygon (either orientation).
fn ears(poly: &[[f64; 2]]) -> Vec<[[f64; 2]; 3]> {
    let cross = |o: [f64; 2], a: [f64; 2], b: [f64; 2]| {
        (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
    };
    let area2: f64 = (0..poly.len())
        .map(|i| {
            let (a, b) = (poly[i], poly[(i + 1) % poly.len()]);
            a[0] * b[1] - b[0] * a[1]
        })
        .sum();
    let sign = if area2 >= 0.0 { 1.0 } else { -1.0 };
    let inside = |p: [f64; 2], t: [[f64; 2]; 3]| {
        (0..3).all(|k| sign * cross(t[k], t[(k + 1) % 3], p) >= -1e-12)
    };
    let mut idx: Vec<usize> = (0..poly.len()).collect();
    let mut out = Vec::new();
    while idx.len() > 3 {
        let n = idx.len();
        let ear = (0..n).find(|&i| {
            let t = [
                poly[idx[(i + n - 1) % n]],
                poly[idx[i]],
                poly[idx[(i + 1) % n]],
            ];
            sign * cross(t[0], t[1], t[2]) > 1e-12
                && idx
                    .iter()
                    .filter(|&&j| !t.contains(&poly[j]))
                    .all(|&j| !inside(poly[j], t))
        });
        // A polygon with no ear left is degenerate (points on one line): nothing to fill.
        let Some(i) = ear else { break };
        out.push([
            poly[idx[(i + n - 1) % n]],
            poly[idx[i]],
            poly[idx[(i + 1) % n]],
        ]);
        idx.remove(i);
    }
    if idx.len() == 3 {
        let t = [poly[idx[0]], poly[idx[1]], poly[idx[2]]];
        if cross(t[0], t[1], t[2]).abs() > 1e-12 {
            out.push(t);
        }
    }
    out
}

/// Where a value label goes for spoke `k`: just outside the point along the spoke, or
/// inside for the top level (outside is the area label's place). When an earlier series
/// has the same value there, the label goes to the other side of the point (or beside
/// it near the centre), so neither hides the other. In plot units (levels).
pub fn value_label_pos(
    k: usize,
    n: usize,
    value: f64,
    max: f64,
    equal_to_earlier: bool,
) -> [f64; 2] {
    let step = max * 0.11;
    let outside = value < max;
    let outside = if equal_to_earlier { !outside } else { outside };
    let r = if outside { value + step } else { value - step };
    if r >= max * 0.15 {
        return on_spoke(k, n, r);
    }
    // Too near the centre: beside the point, across the spoke.
    let [x, y] = on_spoke(k, n, value);
    let [dx, dy] = spoke_dir(k, n);
    [x + dy * step, y - dx * step]
}

/// Median level per area over `ministries` in `round` (NA/NI/unscored left out).
pub fn median_levels(ws: &Workspace, round: &RoundId, ministries: &[&str]) -> Vec<Option<f64>> {
    stats::round_distribution(ws, round, Some(ministries))
        .iter()
        .map(stats::Distribution::median)
        .collect()
}

/// Codes of the ministries in `cluster`, in list order.
pub fn cluster_members<'a>(ws: &'a Workspace, cluster: &str) -> Vec<&'a str> {
    ws.ministries()
        .iter()
        .filter(|m| m.cluster.as_deref() == Some(cluster))
        .map(|m| m.id.as_str())
        .collect()
}

/// Distinct clusters, sorted.
pub fn clusters(ws: &Workspace) -> Vec<String> {
    let mut c: Vec<String> = ws
        .ministries()
        .iter()
        .filter_map(|m| m.cluster.clone())
        .collect();
    c.sort();
    c.dedup();
    c
}

/// Days since 1970-01-01: the x axis of trend plots (real dates, uneven spacing kept).
pub fn date_x(date: jiff::civil::Date) -> f64 {
    date.duration_since(jiff::civil::date(1970, 1, 1)).as_secs() as f64 / 86_400.0
}

/// The date at trend x position `x` (for axis labels).
pub fn x_date(x: f64) -> Option<jiff::civil::Date> {
    let secs = (x.round() as i64).checked_mul(86_400)?;
    jiff::civil::date(1970, 1, 1)
        .checked_add(jiff::SignedDuration::from_secs(secs))
        .ok()
}

/// One round of a trend: position, date, round and the agreed answer.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub x: f64,
    pub date: jiff::civil::Date,
    pub round: String,
    pub answer: Option<Answer>,
    /// The area changed meaning since the previous round: the line breaks here.
    pub breaks: bool,
}

/// A ministry's answers for one area over the rounds whose instrument has it, oldest
/// first.
pub fn trend_points(ws: &Workspace, ministry: &MinistryId, area: &AreaId) -> Vec<TrendPoint> {
    stats::area_series(ws, ministry, area)
        .into_iter()
        .filter(|p| p.present)
        .map(|p| TrendPoint {
            x: date_x(p.date),
            date: p.date,
            round: p.round.to_string(),
            answer: p.answer,
            breaks: p.breaks,
        })
        .collect()
}

/// Line pieces of a trend: consecutive rounds with a level; gaps where there is none
/// and where the area stopped being comparable.
pub fn trend_segments(points: &[TrendPoint]) -> Vec<Vec<[f64; 2]>> {
    let mut out = Vec::new();
    let mut run = Vec::new();
    for p in points {
        if p.breaks && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        match p.answer.and_then(Answer::level) {
            Some(l) => run.push([p.x, f64::from(l)]),
            None if !run.is_empty() => out.push(std::mem::take(&mut run)),
            None => {}
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// How all ministries' agreed levels for one area spread in one round.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub x: f64,
    pub round: String,
    /// Ministries with a level.
    pub n: usize,
    pub median: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
}

/// Per round whose instrument has the area, the median and range of its levels across
/// all ministries.
pub fn area_spread(ws: &Workspace, area: &str) -> Vec<Spread> {
    ws.rounds()
        .iter()
        .filter(|r| {
            ws.instrument_for(r.id.as_str())
                .is_some_and(|i| i.area(area).is_some())
        })
        .map(|r| {
            let mut levels: Vec<u8> = ws
                .round_assessments(r.id.as_str())
                .filter_map(|(_, a)| a.answer(area).and_then(Answer::level))
                .collect();
            levels.sort_unstable();
            Spread {
                x: date_x(r.date),
                round: r.id.to_string(),
                n: levels.len(),
                median: stats::median(&levels),
                min: levels.first().copied(),
                max: levels.last().copied(),
            }
        })
        .collect()
}

/// How heatmap rows are ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum HeatSort {
    /// The workspace's list order.
    #[default]
    List,
    Name,
    Cluster,
    /// Highest median first; no median last.
    Median,
}

/// One heatmap row: a ministry's answers in a round with its median.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    /// Index into `Workspace::ministries()`.
    pub ministry: usize,
    pub answers: Vec<Option<Answer>>,
    pub median: Option<f64>,
    pub answered: usize,
}

/// Heatmap rows for `round`, sorted as asked (ties keep list order).
pub fn heatmap_rows(ws: &Workspace, round: &RoundId, sort: HeatSort) -> Vec<HeatRow> {
    let mut rows: Vec<HeatRow> = ws
        .ministries()
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let s = stats::summary(ws, round, &m.id);
            HeatRow {
                ministry: i,
                answered: s.coverage.answered(),
                answers: s.answers,
                median: s.median,
            }
        })
        .collect();
    let ms = ws.ministries();
    match sort {
        HeatSort::List => {}
        HeatSort::Name => rows.sort_by(|a, b| {
            ms[a.ministry]
                .name
                .to_lowercase()
                .cmp(&ms[b.ministry].name.to_lowercase())
        }),
        HeatSort::Cluster => rows.sort_by(|a, b| {
            let key = |r: &HeatRow| {
                (
                    ms[r.ministry].cluster.clone().unwrap_or_else(|| "~".into()),
                    ms[r.ministry].name.to_lowercase(),
                )
            };
            key(a).cmp(&key(b))
        }),
        HeatSort::Median => rows.sort_by(|a, b| match (a.median, b.median) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }),
    }
    rows
}

/// Median level per area across all ministries in `round` (the heatmap's last row).
pub fn column_medians(ws: &Workspace, round: &RoundId) -> Vec<Option<f64>> {
    stats::round_distribution(ws, round, None)
        .iter()
        .map(stats::Distribution::median)
        .collect()
}

/// One ministry and area compared between two rounds.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeRow {
    /// Index into `Workspace::ministries()`.
    pub ministry: usize,
    pub area: AreaId,
    pub from: Option<Answer>,
    pub to: Option<Answer>,
    pub change: Change,
    /// For a level that moved: the reason the later round recorded.
    pub reason: Option<ReasonKind>,
}

/// Changes between two rounds: level moves (largest first), and newly scored / no
/// longer scored areas kept apart and not counted as change.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ChangeTable {
    pub moved: Vec<ChangeRow>,
    pub newly_scored: Vec<ChangeRow>,
    pub no_longer_scored: Vec<ChangeRow>,
    /// Areas whose meaning changed between the rounds' instruments: not compared.
    pub not_comparable: Vec<ChangeRow>,
    pub counts: ChangeCounts,
    /// Set when the two rounds used different instrument versions.
    pub instrument_note: Option<String>,
}

/// Compare `from` with `to` for all ministries, or just `only`, over the later round's
/// areas.
pub fn change_table(
    ws: &Workspace,
    from: &RoundId,
    to: &RoundId,
    only: Option<&MinistryId>,
) -> ChangeTable {
    let mut t = ChangeTable::default();
    let Some(inst) = ws.instrument_for(to) else {
        return t;
    };
    let comparable: Vec<bool> = inst
        .areas()
        .iter()
        .map(|a| compare::comparability(ws, from, to, &a.id).is_comparable())
        .collect();
    for (i, m) in ws.ministries().iter().enumerate() {
        if only.is_some_and(|o| o != m.id.as_str()) {
            continue;
        }
        let (a, b) = (ws.assessment(from, &m.id), ws.assessment(to, &m.id));
        if a.is_none() && b.is_none() {
            continue;
        }
        for (area, &ok) in inst.areas().iter().zip(&comparable) {
            let x = a.and_then(|a| a.answer(area.id.as_str()));
            let y = b.and_then(|b| b.answer(area.id.as_str()));
            let recorded = b
                .and_then(|b| b.score(area.id.as_str()))
                .and_then(|s| s.reason.as_ref())
                .map(|r| r.kind);
            let change = if ok {
                Change::between(x, y).with_reason(recorded)
            } else if x.is_some() || y.is_some() {
                Change::NotComparable
            } else {
                Change::NoLevels
            };
            let reason = recorded.filter(|_| change.delta().is_some_and(|d| d != 0));
            let row = ChangeRow {
                ministry: i,
                area: area.id.clone(),
                from: x,
                to: y,
                change,
                reason,
            };
            match change {
                Change::Moved(_) | Change::Rerated(_) => t.moved.push(row),
                Change::NewlyScored => t.newly_scored.push(row),
                Change::NoLongerScored => t.no_longer_scored.push(row),
                Change::NotComparable => t.not_comparable.push(row),
                Change::NoLevels => {}
            }
        }
    }
    t.counts = ChangeCounts::of(
        t.moved
            .iter()
            .chain(&t.newly_scored)
            .chain(&t.no_longer_scored)
            .chain(&t.not_comparable)
            .map(|r| r.change),
    );
    // Declines first (the story a ministry must hear), largest first; then
    // improvements, largest first; re-ratings; unchanged last. The sort is stable, so
    // ties keep list and area order.
    t.moved.sort_by_key(|r| match r.change {
        Change::Moved(d) if d < 0 => (0, d),
        Change::Moved(d) if d > 0 => (1, -d),
        Change::Rerated(d) => (2, -d.abs()),
        _ => (3, 0),
    });
    t.instrument_note = compare::version_note(ws, from, to);
    t
}

#[cfg(test)]
mod tests;
