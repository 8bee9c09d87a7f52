//! The five-rooms scenario in the window (kittest, by accessible labels): the
//! coordinating office's file goes to five rooms, each scores its cluster's ministries
//! in the follow-up round, and two rooms score MoSW's area 3 differently. Back at the
//! office the four other files are dropped on the window together: they merge one after
//! another, and the one conflict stops the line for a choice. Then the round is reviewed
//! with a comment, validated, exported without a DRAFT mark, and a later key press on
//! it is refused.

mod common;

use codi_workshop::model::{Answer, Edit, Level, ScoreRef, Workspace};
use common::*;
use egui::Key;
use egui_kittest::kittest::Queryable;

const CLUSTERS: [&[&str]; 5] = [
    &["MoSW", "MoWCA", "MoLWA"],
    &["MoDMR", "MoFood"],
    &["FD", "FID"],
    &["MoLE", "RDCD"],
    &["MoPME", "SHED", "HSD"],
];

/// Room `k`'s copy: its cluster's ten areas set to a level of its own, through edits
/// logged as the session would (so the history says what changed).
fn room(base: &Workspace, k: usize) -> Workspace {
    let doc = codi_workshop::session::Document::unsaved(base.clone(), "room.codi.json".into());
    let mut st = codi_workshop::session::SessionState::new(doc, Default::default());
    let level = Answer::Level(Level::new(1 + k as u8 % 4).unwrap());
    let mut ministries: Vec<&str> = CLUSTERS[k].to_vec();
    if k == 1 {
        ministries.push("MoSW-3");
    }
    for m in ministries {
        let (m, areas) = match m.strip_suffix("-3") {
            Some(m) => (m, vec![2]),
            None => (m, (0..10).collect()),
        };
        for a in areas {
            let at = ScoreRef::new(&rid(FOLLOW), &mid(m), &area_id(a));
            let edit = Edit::SetAnswer {
                at,
                answer: Some(level),
            };
            st.apply(edit, codi_workshop::session::Origin::User)
                .unwrap();
        }
    }
    st.doc.workspace().clone()
}

#[test]
fn five_rooms_merge_in_the_window_then_review_validate_and_report() {
    let f = fixture();
    let base = codi_workshop::storage::json::load(&f.file).unwrap();
    let mut files = Vec::new();
    for k in 0..5 {
        let path = f.dir.path().join(format!("room{}.codi.json", k + 1));
        codi_workshop::storage::json::save(&path, &room(&base, k)).unwrap();
        files.push(path);
    }
    // The office opens room 1's file and drops the other four on the window.
    std::fs::copy(&files[0], &f.file).unwrap();
    let mut h = harness(&f);
    for path in &files[1..] {
        let file: egui::DroppedFileHandle = std::sync::Arc::new(Dropped(path.clone()));
        h.input_mut().dropped_files.push(file);
    }
    h.run();
    assert!(h.state().merging.is_some(), "room 2's conflict is asked");
    assert!(
        h.query_all_by_label_contains("MoSW · followup-2024\n3. Appropriateness\nagreed answer")
            .next()
            .is_some()
    );
    click(&mut h, "The other file for all");
    click(&mut h, "Merge");
    assert!(
        h.state().merging.is_none(),
        "rooms 3 to 5 merged without a question"
    );
    for (k, cluster) in CLUSTERS.iter().enumerate() {
        for m in *cluster {
            let want = Answer::Level(Level::new(1 + k as u8 % 4).unwrap());
            let area = if *m == "MoSW" { 0 } else { 5 };
            assert_eq!(answer(&h, FOLLOW, m, area), Some(want), "{m}");
        }
    }
    assert_eq!(
        answer(&h, FOLLOW, "MoSW", 2),
        Some(Answer::Level(Level::new(2).unwrap())),
        "room 2's level, as chosen"
    );
    let ws = h.state().workspace();
    let merges = ws
        .history()
        .entries()
        .iter()
        .filter(|e| e.what == "merge")
        .count();
    assert_eq!(merges, 4);
    assert_eq!(ws.round(FOLLOW).unwrap().sources.len(), 4);
    assert_eq!(
        ws.history().verify(),
        codi_workshop::model::history::Chain::Intact
    );

    // Review with a comment, then validate.
    click(&mut h, "View");
    click(&mut h, "Results: Review and sign-off");
    click(&mut h, "Ministry");
    click(&mut h, "MoSW · Ministry of Social Welfare");
    click(&mut h, "Area");
    click(&mut h, "3. Appropriateness");
    type_into(&mut h, "Comment", "Two rooms scored this; which is right?");
    click(&mut h, "Add the comment");
    type_into(&mut h, "Your name (kept in the history)", "Dr. Rahman");
    click(&mut h, "Send for review");
    type_into(&mut h, "Response", "Room 2 had the ministry's own staff.");
    click(&mut h, "Resolved");
    click(&mut h, "Validate and sign off");
    let ws = h.state().workspace();
    let status = ws.round(FOLLOW).unwrap().review.status();
    assert_eq!(status, codi_workshop::model::review::Status::Validated);

    // The report has no DRAFT mark and carries the comment and the sources.
    let report = codi_workshop::report::workshop_report(
        &ws,
        FOLLOW,
        &codi_workshop::report::ReportOptions::new(jiff::civil::date(2026, 12, 4)),
        &|_, _| true,
    )
    .unwrap();
    let pdf = f.dir.path().join("national.pdf");
    std::fs::write(&pdf, &report.bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("DRAFT"));
    assert!(text.contains("Two rooms scored this; which is right?"));
    assert!(text.contains("Merged from"));

    // A later change is refused, and says how to reopen.
    click(&mut h, "View");
    click(&mut h, "Workspace");
    click(&mut h, "Score MoSW in Follow-up workshop");
    let before = answer(&h, FOLLOW, "MoSW", 0);
    press(
        &mut h,
        if before == level(4) {
            Key::Num3
        } else {
            Key::Num4
        },
    );
    assert_eq!(answer(&h, FOLLOW, "MoSW", 0), before);
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("read-only"), "{m}");
}
