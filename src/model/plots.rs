//! Plot data for the results views and reports: radar geometry, trend series, heatmap
//! rows and change tables. Pure functions; the UI and the PDF only draw what they return.
//! NA, NI and unscored areas never become numbers: they break lines and are listed.

use std::f64::consts::{FRAC_PI_2, TAU};

use super::compare;
use super::ids::AreaId;
use super::score::Answer;
use super::stats::{self, Change, ChangeCounts};
use super::workspace::Workspace;

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
/// neighbouring values closed through the centre, so a gap stays open where an area
/// has no level.
pub fn radar_fill(values: &[Option<f64>]) -> Vec<Vec<[f64; 2]>> {
    let n = values.len();
    if n == 0 || values.iter().all(Option::is_none) {
        return Vec::new();
    }
    let pt = |k: usize| values[k].map(|v| on_spoke(k, n, v));
    if values.iter().all(Option::is_some) {
        return vec![(0..n).filter_map(pt).collect()];
    }
    let start = (0..n).find(|&k| values[k].is_none()).map_or(0, |g| g + 1);
    let mut out = Vec::new();
    let mut run: Vec<[f64; 2]> = Vec::new();
    for i in 0..=n {
        match pt((start + i) % n).filter(|_| i < n) {
            Some(p) => run.push(p),
            None => {
                if run.len() >= 2 {
                    let mut poly = vec![[0.0, 0.0]];
                    poly.append(&mut run);
                    out.push(poly);
                }
                run.clear();
            }
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
pub fn median_levels(ws: &Workspace, round: &str, ministries: &[&str]) -> Vec<Option<f64>> {
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
pub fn trend_points(ws: &Workspace, ministry: &str, area: &str) -> Vec<TrendPoint> {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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
pub fn heatmap_rows(ws: &Workspace, round: &str, sort: HeatSort) -> Vec<HeatRow> {
    let mut rows: Vec<HeatRow> = ws
        .ministries()
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let s = stats::summary(ws, round, m.id.as_str());
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
pub fn column_medians(ws: &Workspace, round: &str) -> Vec<Option<f64>> {
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
pub fn change_table(ws: &Workspace, from: &str, to: &str, only: Option<&str>) -> ChangeTable {
    let mut t = ChangeTable::default();
    let Some(inst) = ws.instrument_for(to) else {
        return t;
    };
    let comparable: Vec<bool> = inst
        .areas()
        .iter()
        .map(|a| compare::comparability(ws, from, to, a.id.as_str()).is_comparable())
        .collect();
    for (i, m) in ws.ministries().iter().enumerate() {
        if only.is_some_and(|o| o != m.id.as_str()) {
            continue;
        }
        let (a, b) = (
            ws.assessment(from, m.id.as_str()),
            ws.assessment(to, m.id.as_str()),
        );
        if a.is_none() && b.is_none() {
            continue;
        }
        for (area, &ok) in inst.areas().iter().zip(&comparable) {
            let x = a.and_then(|a| a.answer(area.id.as_str()));
            let y = b.and_then(|b| b.answer(area.id.as_str()));
            let change = if ok {
                Change::between(x, y)
            } else if x.is_some() || y.is_some() {
                Change::NotComparable
            } else {
                Change::NoLevels
            };
            let row = ChangeRow {
                ministry: i,
                area: area.id.clone(),
                from: x,
                to: y,
                change,
            };
            match change {
                Change::Moved(_) => t.moved.push(row),
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
    // Largest moves first; the sort is stable so ties keep list and area order.
    t.moved.sort_by_key(|r| match r.change {
        Change::Moved(d) => std::cmp::Reverse(d.abs()),
        _ => std::cmp::Reverse(0),
    });
    t.instrument_note = compare::version_note(ws, from, to);
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo::demo_workspace;
    use crate::model::workspace::tests::{area, lvl, set, small};

    fn close(a: [f64; 2], b: [f64; 2]) -> bool {
        (a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9
    }

    #[test]
    fn spokes_start_at_the_top_and_go_clockwise() {
        assert!(close(spoke_dir(0, 4), [0.0, 1.0]));
        assert!(close(spoke_dir(1, 4), [1.0, 0.0]));
        assert!(close(spoke_dir(2, 4), [0.0, -1.0]));
        assert!(close(on_spoke(3, 4, 2.0), [-2.0, 0.0]));
    }

    #[test]
    fn radar_for_known_scores_is_a_closed_ring() {
        let v = vec![Some(4.0), Some(2.0), Some(3.0), Some(1.0)];
        let segs = radar_segments(&v);
        assert_eq!(segs.len(), 1);
        let ring = &segs[0];
        assert_eq!(ring.len(), 5);
        assert!(close(ring[0], [0.0, 4.0]));
        assert!(close(ring[1], [2.0, 0.0]));
        assert!(close(ring[2], [0.0, -3.0]));
        assert!(close(ring[3], [-1.0, 0.0]));
        assert!(close(ring[4], ring[0]));
    }

    #[test]
    fn radar_breaks_at_na_ni_and_never_draws_zero() {
        // Areas 2 (NA) and 5 (unscored) are gaps; the run 6,7,0,1 wraps around.
        let answers = [
            lvl(3),
            lvl(3),
            Some(Answer::NotApplicable),
            lvl(2),
            lvl(2),
            None,
            lvl(1),
            lvl(4),
        ];
        let v = levels_of(&answers);
        assert_eq!(v[2], None);
        let segs = radar_segments(&v);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].len(), 2, "areas 3 and 4");
        assert_eq!(segs[1].len(), 4, "areas 6, 7, 0, 1 in one piece");
        for p in segs.iter().flatten() {
            assert!(p[0].hypot(p[1]) >= 1.0 - 1e-9, "nothing at zero: {p:?}");
        }
        assert!(radar_segments(&[None, None]).is_empty());
        assert_eq!(
            radar_segments(&[None, Some(2.0), None]),
            vec![vec![on_spoke(1, 3, 2.0)]]
        );
    }

    #[test]
    fn cluster_and_all_medians() {
        let ws = demo_workspace();
        let sa = cluster_members(&ws, "Social Allowance");
        assert_eq!(sa, ["MoSW", "MoWCA", "MoLWA"]);
        // Area 1 baseline: MoSW 2, MoWCA 2, MoLWA 3 -> 2; area 10: 2, 2, NA -> 2.
        let m = median_levels(&ws, "baseline-2022", &sa);
        assert_eq!((m[0], m[9]), (Some(2.0), Some(2.0)));
        // FID and HSD are NI on cost-effectiveness; the rest are 2 -> 2.
        let all = column_medians(&ws, "baseline-2022");
        assert_eq!(all[8], Some(2.0));
        assert_eq!(clusters(&ws).len(), 5);
    }

    #[test]
    fn trends_follow_dates_with_gaps() {
        let mut ws = small();
        set(&mut ws, "r1", "A", 0, lvl(2));
        set(&mut ws, "r2", "A", 0, Some(Answer::InsufficientInfo));
        let mut r3 = crate::model::workspace::tests::round("r3", "2023-01-15");
        r3.title = "Middle".into();
        ws.add_round(r3).unwrap();
        set(&mut ws, "r3", "A", 0, lvl(3));
        let pts = trend_points(&ws, "A", &area(0));
        let rounds: Vec<_> = pts.iter().map(|p| p.round.as_str()).collect();
        assert_eq!(rounds, ["r1", "r3", "r2"], "ordered by date, not by id");
        assert!(pts[0].x < pts[1].x && pts[1].x < pts[2].x);
        // Uneven spacing is kept: 2022-08-04 -> 2023-01-15 is 164 days.
        assert_eq!(pts[1].x - pts[0].x, 164.0);
        assert_eq!(x_date(pts[1].x).unwrap().to_string(), "2023-01-15");
        let segs = trend_segments(&pts);
        assert_eq!(
            segs,
            vec![vec![[pts[0].x, 2.0], [pts[1].x, 3.0]]],
            "NI at the end is a gap"
        );
    }

    #[test]
    fn spread_across_ministries() {
        let ws = demo_workspace();
        let s = area_spread(&ws, &area(8)); // cost-effectiveness: NI for FD, FID, HSD at baseline
        assert_eq!(s[0].n, 9);
        assert_eq!((s[0].min, s[0].max), (Some(2), Some(3)));
        assert_eq!(s[0].median, Some(2.0));
        assert_eq!(s[1].n, 11, "HSD unscored at follow-up, FID now 2");
    }

    #[test]
    fn heatmap_sorting() {
        let ws = demo_workspace();
        let by_median = heatmap_rows(&ws, "baseline-2022", HeatSort::Median);
        assert_eq!(
            ws.ministries()[by_median[0].ministry].id.as_str(),
            "MoPME",
            "median 2.5 first"
        );
        assert_eq!(
            ws.ministries()[by_median[11].ministry].id.as_str(),
            "FID",
            "median 1.5 last"
        );
        let by_name = heatmap_rows(&ws, "baseline-2022", HeatSort::Name);
        assert_eq!(ws.ministries()[by_name[0].ministry].id.as_str(), "FD");
        let by_cluster = heatmap_rows(&ws, "baseline-2022", HeatSort::Cluster);
        let first = &ws.ministries()[by_cluster[0].ministry];
        assert_eq!(
            first.cluster.as_deref(),
            Some("Food Security & Disaster Assistance")
        );
        assert_eq!(
            heatmap_rows(&ws, "baseline-2022", HeatSort::List)[0].answered,
            10
        );
    }

    #[test]
    fn change_table_counts_and_order() {
        let ws = demo_workspace();
        let t = change_table(&ws, "baseline-2022", "followup-2024", None);
        let c = t.counts;
        assert_eq!(c.improved + c.unchanged + c.declined, t.moved.len());
        // HSD's last three areas were scored at baseline and are not yet in 2024.
        assert_eq!(
            t.no_longer_scored.len(),
            2,
            "HSD areas 8 and 10 (area 9 was NI)"
        );
        // FD and FID cost-effectiveness moved from NI to a level.
        assert_eq!(t.newly_scored.len(), 2);
        // MoDMR responsiveness 3 -> 4 and others: all moves are +-1 here.
        let first = match t.moved[0].change {
            Change::Moved(d) => d.abs(),
            _ => 0,
        };
        assert!(
            t.moved
                .iter()
                .all(|r| matches!(r.change, Change::Moved(d) if d.abs() <= first))
        );
        assert!(t.instrument_note.is_none());
        let one = change_table(&ws, "baseline-2022", "followup-2024", Some("MoSW"));
        assert_eq!(one.counts.improved, 3);
        assert_eq!(one.moved.len(), 10);
    }

    #[test]
    fn change_table_notes_instrument_versions() {
        let mut ws = demo_workspace();
        let mut v: serde_json::Value =
            serde_json::from_str(crate::model::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
        v["version"] = "2027.1".into();
        v["areas"][1]["definition"] = "Changed meaning".into();
        ws.add_instrument(crate::model::Instrument::from_json(&v.to_string()).unwrap())
            .unwrap();
        let mut r = crate::model::workspace::tests::round("r2027", "2027-08-04");
        r.instrument_version = "2027.1".into();
        ws.add_round(r).unwrap();
        for k in 0..3 {
            set(&mut ws, "r2027", "MoSW", k, lvl(4));
        }
        let t = change_table(&ws, "followup-2024", "r2027", Some("MoSW"));
        assert!(t.instrument_note.unwrap().contains("2027.1"));
        assert_eq!(t.not_comparable.len(), 1, "adequacy changed meaning");
        assert_eq!(t.not_comparable[0].area.as_str(), "adequacy");
        assert_eq!(t.counts.not_comparable, 1);
        assert_eq!(t.moved.len(), 2);
        let pts = trend_points(&ws, "MoSW", "adequacy");
        assert!(pts[2].breaks);
        assert_eq!(
            trend_segments(&pts).len(),
            2,
            "the line breaks at the change"
        );
    }

    #[test]
    fn radar_fill_closes_runs_through_the_centre() {
        let full = radar_fill(&[Some(1.0), Some(2.0), Some(3.0)]);
        assert_eq!(full.len(), 1);
        assert_eq!(full[0].len(), 3);
        let gappy = radar_fill(&[Some(2.0), Some(2.0), None, Some(1.0)]);
        assert_eq!(gappy.len(), 1, "one run, wrapping past the last spoke");
        assert_eq!(gappy[0][0], [0.0, 0.0]);
        assert_eq!(
            gappy[0].len(),
            4,
            "centre, then areas 3, 0, 1 around the wrap"
        );
        assert!(radar_fill(&[None, None]).is_empty());
    }

    #[test]
    fn equal_values_get_labels_on_both_sides() {
        for v in 1..=4 {
            let v = f64::from(v);
            let a = value_label_pos(1, 4, v, 4.0, false);
            let b = value_label_pos(1, 4, v, 4.0, true);
            let apart = (a[0] - b[0]).hypot(a[1] - b[1]);
            assert!(apart > 0.4, "level {v}: {a:?} {b:?}");
        }
        let top = value_label_pos(0, 4, 4.0, 4.0, false);
        assert!(top[1] < 4.0, "inside at the top level");
    }
}
