//! The results views, driven by labels: each view opens and its selections change what
//! is shown.

mod common;

use codi_workshop::ui::App;
use codi_workshop::ui::command::Screen;
use codi_workshop::ui::screens::results::Tab;
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(dir: &std::path::Path) -> Harness<'static, App> {
    let file = dir.join("demo.codi.json");
    codi_workshop::storage::json::save(&file, &codi_workshop::model::demo::demo_workspace())
        .unwrap();
    harness_for(Some(file), &dir.join("data"))
}

#[test]
fn every_view_opens_from_the_toolbar_and_tabs() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "Results ▶");
    assert_eq!(h.state().screen(), Screen::Results(Tab::Radar));
    assert!(
        h.query_by_label_contains("Follow-up workshop (2024-08-04) (solid)")
            .is_some()
    );
    for (label, tab) in [
        ("Trend view", Tab::Trend),
        ("Heatmap view", Tab::Heatmap),
        ("Changes view", Tab::Changes),
        ("Radar view", Tab::Radar),
    ] {
        click(&mut h, label);
        assert_eq!(h.state().screen(), Screen::Results(tab), "{label}");
        assert!(
            h.query_by_label_contains("CODI itself defines no aggregation rule")
                .is_some(),
            "method note on {label}"
        );
    }
}

#[test]
fn radar_modes_and_selections() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "Results ▶");
    // Rounds of one ministry: unticking a round removes its series.
    click(&mut h, "Baseline workshop (2022-08-04)");
    assert!(h.query_by_label_contains("(dashed)").is_none());
    assert!(
        h.query_by_label_contains("Follow-up workshop (2024-08-04) (solid)")
            .is_some()
    );
    // Another ministry: HSD's follow-up has three unscored areas.
    click(&mut h, "Ministry");
    click(&mut h, "HSD · Health Services Division");
    assert!(
        h.query_by_label_contains("coverage 7/10 answered")
            .is_some()
    );
    // Ministries in one round: three by default, a fourth added.
    click(&mut h, "Ministries in one round");
    assert!(h.query_by_label_contains("3 chosen").is_some());
    click(&mut h, "FD");
    assert!(h.query_by_label_contains("4 chosen").is_some());
    assert!(h.query_by_label_contains("■ FD (short dashes)").is_some());
    // Against medians: the ministry, its cluster median and the all-ministries median.
    click(&mut h, "Against cluster and all medians");
    assert!(
        h.query_by_label("■ Human Development & Social Empowerment median (dashed)")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("All ministries median (dotted)")
            .is_some()
    );
}

#[test]
fn heatmap_sort_and_click_through() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "View");
    click(&mut h, "Results: Heatmap");
    assert!(h.query_by_label("MoLWA area 10: NA").is_some());
    assert!(h.query_by_label("FID area 10: NI").is_some());
    assert!(h.query_by_label("HSD area 8: not scored").is_some());
    click(&mut h, "median");
    click(&mut h, "Group by cluster");
    assert!(
        h.query_by_label("Social Allowance").is_some(),
        "cluster header row"
    );
    click(&mut h, "MoDMR area 8: 4");
    assert_eq!(scoring(&h), Some((FOLLOW.into(), "MoDMR".into(), 7)));
}

#[test]
fn changes_between_rounds_for_all_or_one_ministry() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "View");
    click(&mut h, "Results: Changes");
    assert!(
        h.query_by_label_contains("Improved 13 · unchanged 90 · declined 1 · re-rated 9")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("(newly scored 2, no longer scored 2")
            .is_some()
    );
    // The one decline leads, then improvements the room put down to performance,
    // then re-ratings by reason (not counted as improvement in the story); unchanged
    // rows wait behind the toggle.
    let declined = h
        .get_by_label("Declined: real change in performance: 1")
        .rect()
        .min
        .y;
    let improved = h
        .get_by_label("Improved: real change in performance: 13")
        .rect()
        .min
        .y;
    assert!(declined < improved, "declines are listed first");
    assert!(h.query_by_label_contains("Unchanged:").is_none());
    click(&mut h, "Ministries");
    click(&mut h, "MoSW · Ministry of Social Welfare");
    assert!(
        h.query_by_label_contains("Improved 2 · unchanged 7 · declined 0 · re-rated 1")
            .is_some()
    );
    // Of MoSW's three, one was a re-rating: listed apart, under its reason.
    let improved = h
        .get_by_label("Improved: real change in performance: 2")
        .rect()
        .min
        .y;
    let rerated = h
        .get_by_label("Re-rated, not a change in performance: different interpretation: 1")
        .rect()
        .min
        .y;
    assert!(improved < rerated, "re-ratings come after real changes");
    assert!(h.query_by_label_contains("Unchanged:").is_none());
    click(&mut h, "Show the 7 unchanged areas");
    assert!(h.query_by_label("Unchanged: 7").is_some());
    click(&mut h, "From round");
    click(&mut h, "Follow-up workshop (2024-08-04)");
    assert!(
        h.query_by_label("Choose two different rounds to compare.")
            .is_some()
    );
}

#[test]
fn trend_for_a_ministry_and_across_ministries() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "View");
    click(&mut h, "Results: Trend");
    assert!(h.query_by_label("1. Inclusiveness").is_some());
    click(&mut h, "All ministries: median and range");
    assert!(
        h.query_by_label("Ministry").is_none(),
        "no ministry choice across ministries"
    );
    click(&mut h, "One ministry, every area");
    assert!(h.query_by_label("Ministry").is_some());
}

#[test]
fn presentation_shows_the_chart_alone_and_esc_leaves_it() {
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "Results ▶");
    assert!(h.query_by_label("Rounds of one ministry").is_some());
    h.key_press(egui::Key::P);
    h.run();
    assert!(
        h.query_by_label("P or Esc: leave the presentation")
            .is_some()
    );
    for chrome in ["File", "Rounds of one ministry", "Radar view"] {
        assert!(h.query_by_label(chrome).is_none(), "{chrome} is hidden");
    }
    // The legend stays, so the room knows which line is which.
    assert!(
        h.query_by_label_contains("Follow-up workshop (2024-08-04) (solid)")
            .is_some()
    );
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.query_by_label("File").is_some());
    assert_eq!(h.state().screen(), Screen::Results(Tab::Radar));
    click(&mut h, "Present (P)");
    assert!(h.query_by_label("File").is_none());
}

#[test]
fn a_chart_picture_that_never_comes_gives_the_view_back() {
    // kittest has no renderer, so no screenshot arrives: the view must not stay stuck
    // in the photographed state. (The real window is checked under Xvfb.)
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "Results ▶");
    click(&mut h, "Save as PNG...");
    assert!(
        h.query_by_label("File").is_none(),
        "drawn as a presentation"
    );
    // kittest moves egui's time on by a fixed step each frame: no waiting needed.
    for _ in 0..1_000 {
        if h.state().message().is_some() {
            break;
        }
        h.step();
    }
    h.run();
    let m = h.state().message().cloned().expect("a message");
    assert!(m.error && m.text.contains("nothing was saved"), "{m:?}");
    assert!(h.query_by_label("File").is_some(), "the usual view is back");
    assert!(h.query_by_label("Rounds of one ministry").is_some());
}

/// A screen reader hears the radar as the PDF's figure says it: each area's answer and,
/// with two rounds, the one before.
#[test]
fn the_radar_says_in_words_what_it_shows() {
    use egui_kittest::kittest::{NodeT, by};
    let d = tempfile::tempdir().unwrap();
    let mut h = harness(d.path());
    click(&mut h, "Results ▶");
    let radar = h.get(by().role(egui::accesskit::Role::Image).predicate(|n| {
        n.description()
            .is_some_and(|d| d.starts_with("Radar chart of"))
    }));
    let words = radar.accesskit_node().description().unwrap().to_owned();
    assert!(
        words.contains("Follow-up workshop (2024-08-04) against Baseline workshop (2022-08-04)"),
        "{words}"
    );
    assert_eq!(words.matches(" (was ").count(), 10, "every area: {words}");
    assert!(words.contains("Inclusiveness "), "{words}");
    // One round left: no comparison.
    click(&mut h, "Baseline workshop (2022-08-04)");
    let radar = h.get(by().role(egui::accesskit::Role::Image).predicate(|n| {
        n.description()
            .is_some_and(|d| d.starts_with("Radar chart of"))
    }));
    let words = radar.accesskit_node().description().unwrap().to_owned();
    assert!(!words.contains("(was "), "{words}");
}
