use super::*;
use crate::demo::demo_workspace;
use crate::ids::testing::{aid, mid, rid};
use crate::workspace::tests::{area, lvl, set, small};

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
    let m = median_levels(&ws, &rid("baseline-2022"), &sa);
    assert_eq!((m[0], m[9]), (Some(2.0), Some(2.0)));
    // FID and HSD are NI on cost-effectiveness; the rest are 2 -> 2.
    let all = column_medians(&ws, &rid("baseline-2022"));
    assert_eq!(all[8], Some(2.0));
    assert_eq!(clusters(&ws).len(), 5);
}

#[test]
fn trends_follow_dates_with_gaps() {
    let mut ws = small();
    set(&mut ws, "r1", "A", 0, lvl(2));
    set(&mut ws, "r2", "A", 0, Some(Answer::InsufficientInfo));
    let mut r3 = crate::workspace::tests::round("r3", "2023-01-15");
    r3.title = "Middle".into();
    ws.add_round(r3).unwrap();
    set(&mut ws, "r3", "A", 0, lvl(3));
    let pts = trend_points(&ws, &mid("A"), &area(0));
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
    let by_median = heatmap_rows(&ws, &rid("baseline-2022"), HeatSort::Median);
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
    let by_name = heatmap_rows(&ws, &rid("baseline-2022"), HeatSort::Name);
    assert_eq!(ws.ministries()[by_name[0].ministry].id.as_str(), "FD");
    let by_cluster = heatmap_rows(&ws, &rid("baseline-2022"), HeatSort::Cluster);
    let first = &ws.ministries()[by_cluster[0].ministry];
    assert_eq!(
        first.cluster.as_deref(),
        Some("Food Security & Disaster Assistance")
    );
    assert_eq!(
        heatmap_rows(&ws, &rid("baseline-2022"), HeatSort::List)[0].answered,
        10
    );
}

#[test]
fn change_table_counts_and_order() {
    let ws = demo_workspace();
    let t = change_table(&ws, &rid("baseline-2022"), &rid("followup-2024"), None);
    let c = t.counts;
    assert_eq!(
        c.improved + c.unchanged + c.declined + c.rerated,
        t.moved.len()
    );
    // HSD's last three areas were scored at baseline and are not yet in 2024.
    assert_eq!(
        t.no_longer_scored.len(),
        2,
        "HSD areas 8 and 10 (area 9 was NI)"
    );
    // FD and FID cost-effectiveness moved from NI to a level.
    assert_eq!(t.newly_scored.len(), 2);
    // Declines first, then improvements, then unchanged.
    let group = |r: &ChangeRow| match r.change {
        Change::Moved(d) if d < 0 => 0,
        Change::Moved(d) if d > 0 => 1,
        Change::Rerated(_) => 2,
        _ => 3,
    };
    // The demo records reasons other than performance for some moves: re-rated, not
    // improved or declined.
    assert!(c.rerated > 0, "{c:?}");
    for r in &t.moved {
        let perf = r
            .reason
            .is_none_or(|k| k.is_performance() || k == ReasonKind::NotGiven);
        assert_eq!(matches!(r.change, Change::Rerated(_)), !perf, "{r:?}");
    }
    assert!(c.declined > 0 && c.improved > 0 && c.unchanged > 0);
    assert!(t.moved.windows(2).all(|w| group(&w[0]) <= group(&w[1])));
    assert_eq!(group(&t.moved[0]), 0);
    assert!(t.instrument_note.is_none());
    let one = change_table(
        &ws,
        &rid("baseline-2022"),
        &rid("followup-2024"),
        Some(&mid("MoSW")),
    );
    assert_eq!(
        one.counts.improved, 2,
        "one of the three moves up is a re-rating"
    );
    assert_eq!(one.counts.rerated, 1);
    assert_eq!(one.moved.len(), 10);
}

#[test]
fn change_table_notes_instrument_versions() {
    let mut ws = demo_workspace();
    let mut v: serde_json::Value =
        serde_json::from_str(crate::instrument::DEFAULT_INSTRUMENT_JSON).unwrap();
    v["version"] = "2027.1".into();
    v["areas"][1]["definition"] = "Changed meaning".into();
    ws.add_instrument(crate::Instrument::from_json(&v.to_string()).unwrap())
        .unwrap();
    let mut r = crate::workspace::tests::round("r2027", "2027-08-04");
    r.instrument_version = "2027.1".into();
    ws.add_round(r).unwrap();
    for k in 0..3 {
        set(&mut ws, "r2027", "MoSW", k, lvl(4));
    }
    let t = change_table(
        &ws,
        &rid("followup-2024"),
        &rid("r2027"),
        Some(&mid("MoSW")),
    );
    assert!(t.instrument_note.unwrap().contains("2027.1"));
    assert_eq!(t.not_comparable.len(), 1, "adequacy changed meaning");
    assert_eq!(t.not_comparable[0].area.as_str(), "adequacy");
    assert_eq!(t.counts.not_comparable, 1);
    assert_eq!(t.moved.len(), 2);
    let pts = trend_points(&ws, &mid("MoSW"), &aid("adequacy"));
    assert!(pts[2].breaks);
    assert_eq!(
        trend_segments(&pts).len(),
        2,
        "the line breaks at the change"
    );
}

#[test]
fn radar_fill_leaves_gaps_open_and_never_reaches_the_centre() {
    let full = radar_fill(&[Some(1.0), Some(2.0), Some(3.0)]);
    assert_eq!(full.len(), 1);
    assert_eq!(full[0].len(), 3);
    let gappy = radar_fill(&[Some(2.0), Some(2.0), None, Some(1.0), Some(3.0)]);
    assert_eq!(gappy.len(), 1, "one run, wrapping past the last spoke");
    assert_eq!(gappy[0].len(), 4, "areas 3, 4, 0, 1 around the wrap");
    assert!(
        gappy.iter().flatten().all(|p| *p != [0.0, 0.0]),
        "the fill never goes to the centre: {gappy:?}"
    );
    // Two values beside a gap are a line, not an area.
    assert!(radar_fill(&[Some(2.0), Some(2.0), None, None]).is_empty());
    assert!(radar_fill(&[None, None]).is_empty());
    // The triangles cover the same area as the polygon, whatever its shape.
    let area = |t: &[[f64; 2]; 3]| {
        ((t[1][0] - t[0][0]) * (t[2][1] - t[0][1]) - (t[1][1] - t[0][1]) * (t[2][0] - t[0][0]))
            .abs()
            / 2.0
    };
    let shoelace = |p: &[[f64; 2]]| {
        (0..p.len())
            .map(|i| {
                let (a, b) = (p[i], p[(i + 1) % p.len()]);
                a[0] * b[1] - b[0] * a[1]
            })
            .sum::<f64>()
            .abs()
            / 2.0
    };
    for values in [
        vec![
            Some(4.0),
            Some(1.0),
            Some(4.0),
            Some(1.0),
            Some(4.0),
            None,
            Some(2.0),
        ],
        vec![Some(3.0); 10],
        vec![
            Some(1.0),
            Some(4.0),
            Some(1.0),
            Some(4.0),
            Some(1.0),
            Some(4.0),
            Some(1.0),
            Some(4.0),
            None,
            None,
        ],
    ] {
        let polys = radar_fill(&values);
        let tris = radar_fill_triangles(&values);
        let want: f64 = polys.iter().map(|p| shoelace(p)).sum();
        let got: f64 = tris.iter().map(area).sum();
        assert!((want - got).abs() < 1e-9, "{values:?}: {want} vs {got}");
        assert!(!tris.is_empty());
    }
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
