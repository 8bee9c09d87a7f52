//! The workshop screens driven like a user would (by accessible labels and keys), with
//! assertions on the workspace data and the file on disk, not on pixels.

mod common;

use codi_workshop::model::Answer;
use codi_workshop::storage::json;
use codi_workshop::ui::App;
use codi_workshop::ui::AppConfig;
use codi_workshop::ui::command::Screen;
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Open HSD's follow-up session (three areas still unscored there), then go to its
/// first area.
fn open_hsd_followup(h: &mut Harness<'_, App>) {
    click(h, "Score HSD in Follow-up workshop");
    // A ministry opens at its first open area: HSD's 8, 9 and 10 are not scored yet.
    assert_eq!(scoring(h), Some((FOLLOW.into(), "HSD".into(), 7)));
    h.get_by_label_contains("Go to area 1:").click();
    h.run();
    assert_eq!(scoring(h), Some((FOLLOW.into(), "HSD".into(), 0)));
}

#[test]
fn whole_ministry_scored_with_the_keyboard_only() {
    let f = fixture();
    let mut h = harness(&f);
    // Keyboard-reach the session: focus the matrix cell and press Enter.
    h.get_by_label("Score MoLE in Follow-up workshop").focus();
    h.run();
    press(&mut h, Key::Enter);
    assert!(matches!(scoring(&h), Some((_, m, _)) if m == "MoLE"));
    let keys = [
        Key::Num4,
        Key::Num3,
        Key::Num2,
        Key::Num1,
        Key::N,
        Key::I,
        Key::Num4,
        Key::Num4,
        Key::Num1,
        Key::Num2,
    ];
    for key in keys {
        press(&mut h, key);
        press(&mut h, Key::ArrowRight);
    }
    let got: Vec<_> = (0..10).map(|a| answer(&h, FOLLOW, "MoLE", a)).collect();
    let want = vec![
        level(4),
        level(3),
        level(2),
        level(1),
        Some(Answer::NotApplicable),
        Some(Answer::InsufficientInfo),
        level(4),
        level(4),
        level(1),
        level(2),
    ];
    assert_eq!(got, want);
    // After the tenth area: the summary page.
    assert!(matches!(scoring(&h), Some((_, _, 10))));
    assert!(
        h.query_by_label_contains("Coverage 10/10 answered")
            .is_some()
    );
    // PageUp goes back, Backspace clears, Escape returns to the workspace.
    press(&mut h, Key::PageUp);
    press(&mut h, Key::Backspace);
    assert_eq!(answer(&h, FOLLOW, "MoLE", 9), None);
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Workspace);
    // Everything reached the file.
    h.state_mut().flush().unwrap();
    let on_disk = json::load(&f.file).unwrap();
    assert_eq!(
        on_disk
            .score(&rid(FOLLOW), &mid("MoLE"), &area_id(3))
            .unwrap()
            .answer,
        level(1)
    );
    assert_eq!(
        on_disk
            .score(&rid(FOLLOW), &mid("MoLE"), &area_id(9))
            .and_then(|s| s.answer),
        None
    );
}

#[test]
fn scoring_by_clicking_labels() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    h.get_by_label_contains("Go to area 8:").click();
    h.run();
    assert!(h.query_by_label("8. Responsiveness").is_some());
    click(&mut h, "Level 3 Established");
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), level(3));
    // Clicking the chosen card again clears it.
    click(&mut h, "Level 3 Established");
    assert_eq!(answer(&h, FOLLOW, "HSD", 7), None);
    click(&mut h, "Level 2 Emerging");
    click(&mut h, "Next area ▶");
    click(&mut h, "Level 4 Advanced");
    assert_eq!(answer(&h, FOLLOW, "HSD", 8), level(4));
    click(&mut h, "◀ Previous area");
    assert!(matches!(scoring(&h), Some((_, _, 7))));
    click(&mut h, "Go to the summary page");
    assert!(
        h.query_by_label_contains("Coverage 9/10 answered")
            .is_some()
    );
}

#[test]
fn tally_hidden_until_revealed_then_agree_on_median() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    h.get_by_label_contains("Go to area 9:").click();
    h.run();
    click(&mut h, "Count one by one");
    for _ in 0..3 {
        click(&mut h, "One vote more for 3 Established");
    }
    click(&mut h, "One vote more for 2 Emerging");
    click(&mut h, "One vote more for NI");
    let votes = h
        .state()
        .workspace()
        .score(&rid(FOLLOW), &mid("HSD"), &area_id(8))
        .unwrap()
        .votes
        .clone();
    assert_eq!((votes.levels.clone(), votes.ni), (vec![0, 1, 3, 0], 1));
    // Blind: no distribution and no suggestion before the reveal.
    assert!(h.query_by_label_contains("agreement").is_none());
    assert!(h.query_by_label_contains("Agree on the median").is_none());
    assert!(h.query_by_label("5 votes entered").is_some());
    click(&mut h, "Reveal votes");
    assert!(
        h.query_by_label("n = 5 · median 3.0 · agreement 60%")
            .is_some()
    );
    // The app suggests but never sets the agreed score by itself.
    assert_eq!(answer(&h, FOLLOW, "HSD", 8), None);
    click(&mut h, "Agree on the median: 3 Established");
    assert_eq!(answer(&h, FOLLOW, "HSD", 8), level(3));
    click(&mut h, "One vote less for 3 Established");
    assert_eq!(
        score(&h, FOLLOW, "HSD", 8).unwrap().votes.levels,
        vec![0, 1, 2, 0]
    );
    assert_eq!(
        answer(&h, FOLLOW, "HSD", 8),
        level(3),
        "changing votes keeps the agreed score"
    );
}

#[test]
fn not_applicable_and_insufficient_information() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    press(&mut h, Key::N);
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), Some(Answer::NotApplicable));
    press(&mut h, Key::I);
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), Some(Answer::InsufficientInfo));
    click(&mut h, "NA Not applicable");
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), Some(Answer::NotApplicable));
    click(&mut h, "Clear score");
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), None);
    click(&mut h, "NI Insufficient information");
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), Some(Answer::InsufficientInfo));
}

#[test]
fn undo_and_redo_every_edit() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    let before = answer(&h, FOLLOW, "HSD", 0);
    press(&mut h, Key::Num4);
    press(&mut h, Key::Num1);
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), level(1));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), level(4));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), before);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), level(4));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(answer(&h, FOLLOW, "HSD", 0), level(1));
}

#[test]
fn typing_a_digit_in_the_rationale_does_not_score() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    let before = answer(&h, FOLLOW, "HSD", 0);
    let old = h
        .state()
        .workspace()
        .score(&rid(FOLLOW), &mid("HSD"), &area_id(0))
        .unwrap()
        .rationale
        .clone();
    h.get_by_label("Rationale").focus();
    h.run();
    h.key_press(Key::End);
    h.get_by_label("Rationale").type_text(" 1 N I");
    h.run();
    press(&mut h, Key::ArrowLeft);
    let s = score(&h, FOLLOW, "HSD", 0).unwrap();
    assert_eq!(
        s.answer, before,
        "digits and letters typed in a text box are text"
    );
    assert!(s.rationale.ends_with(" 1 N I"), "{:?}", s.rationale);
    assert!(s.rationale.starts_with(&old[..10]));
    assert!(
        matches!(scoring(&h), Some((_, _, 0))),
        "arrows move the cursor, not the page"
    );
    // The whole typing is one undo step.
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(score(&h, FOLLOW, "HSD", 0).unwrap().rationale, old);
}

#[test]
fn adding_and_removing_ministries() {
    let f = fixture();
    // Tall enough that the thirteenth row is on screen (only visible rows are drawn).
    let mut h = harness_sized(Some(f.file.clone()), &f.data, 1280.0, 1300.0);
    click(&mut h, "Add ministry...");
    type_into(&mut h, "New ministry code", "MoCHTA");
    type_into(
        &mut h,
        "New ministry name",
        "Ministry of Chittagong Hill Tracts Affairs",
    );
    // Enter saves the dialog.
    press(&mut h, Key::Enter);
    let ws = h.state().workspace();
    assert_eq!(ws.ministries().len(), 13);
    assert_eq!(
        ws.ministry("MoCHTA").unwrap().name,
        "Ministry of Chittagong Hill Tracts Affairs"
    );
    assert!(
        h.query_by_label("New ministry code").is_none(),
        "dialog closed"
    );

    // A duplicate code is refused with a message, nothing added.
    click(&mut h, "Add ministry...");
    type_into(&mut h, "New ministry code", "MoSW");
    type_into(&mut h, "New ministry name", "Again");
    click(&mut h, "Add ministry");
    assert_eq!(h.state().workspace().ministries().len(), 13);
    assert!(h.query_by_label("The code MoSW is already used.").is_some());
    click(&mut h, "Cancel");

    // No scores: removed at once. With scores: asks first, and undo brings it back.
    click(&mut h, "Actions for MoCHTA");
    click(&mut h, "Remove ministry MoCHTA...");
    assert!(h.state().workspace().ministry("MoCHTA").is_none());
    click(&mut h, "Actions for MoSW");
    click(&mut h, "Remove ministry MoSW...");
    assert!(
        h.state().workspace().ministry("MoSW").is_some(),
        "asks before removing scores"
    );
    assert!(h.query_by_label_contains("20 scored areas").is_some());
    click(&mut h, "Remove MoSW and its scores");
    assert!(h.state().workspace().ministry("MoSW").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let ws = h.state().workspace();
    assert_eq!(ws.ministries()[0].id.as_str(), "MoSW");
    assert_eq!(
        ws.score(&rid(BASE), &mid("MoSW"), &area_id(0))
            .unwrap()
            .answer,
        level(2)
    );
}

#[test]
fn editing_a_ministry_and_adding_a_round() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Actions for FD");
    click(&mut h, "Edit ministry FD...");
    replace_text(&mut h, "Ministry name", "Finance Division (MoF)");
    click(&mut h, "Save changes");
    assert_eq!(
        h.state().workspace().ministry("FD").unwrap().name,
        "Finance Division (MoF)"
    );
    click(&mut h, "Actions for FD");
    click(&mut h, "Move down");
    assert_eq!(h.state().workspace().ministry_position("FD"), Some(6));

    click(&mut h, "New round...");
    let today = jiff::Zoned::now().date().to_string();
    assert_eq!(
        h.get_by_label("New round date").value().as_deref(),
        Some(today.as_str()),
        "today is filled in"
    );
    type_into(&mut h, "New round title", "Mid-term review");
    replace_text(&mut h, "New round date", "2026-02-30");
    assert!(
        h.query_by_label_contains("is not a real date").is_some(),
        "checked as it is typed"
    );
    click(&mut h, "Add round");
    assert_eq!(
        h.state().workspace().rounds().len(),
        2,
        "impossible date refused"
    );
    replace_text(&mut h, "New round date", "2026-02-28");
    assert!(h.query_by_label_contains("is not a real date").is_none());
    click(&mut h, "Add round");
    let ws = h.state().workspace();
    assert_eq!(ws.rounds().len(), 3);
    assert_eq!(ws.rounds()[2].title, "Mid-term review");
    assert_eq!(ws.rounds()[2].date.to_string(), "2026-02-28");
}

#[test]
fn edits_autosave_within_a_second_without_flushing() {
    let f = fixture();
    let clock = codi_workshop::session::Clock::fake("2024-08-04T03:30:00Z".parse().unwrap());
    let config = AppConfig {
        file: Some(f.file.clone()),
        clock: Some(clock.clone()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    open_hsd_followup(&mut h);
    press(&mut h, Key::Num4);
    assert!(
        h.state().session().lock().doc.is_dirty(),
        "not due before 0.25 s"
    );
    // A second on the session's clock, and no frame drawn: the saver writes it.
    clock.advance(std::time::Duration::from_secs(1));
    let limit = std::time::Duration::from_secs(20);
    assert!(h.state().session().wait_saved(limit), "saved");
    let on_disk = json::load(&f.file).unwrap();
    assert_eq!(
        on_disk
            .score(&rid(FOLLOW), &mid("HSD"), &area_id(0))
            .unwrap()
            .answer,
        level(4)
    );
    assert!(!h.state().session().lock().doc.is_dirty());
    assert!(
        json::backup_path(&f.file).exists(),
        "the previous version is kept"
    );
}

#[test]
fn never_saved_work_is_offered_back_on_the_next_start() {
    let f = fixture();
    // First run: no file, edit the demo, and quit (flush as on close).
    let mut h = harness_for(None, &f.data);
    click(&mut h, "Actions for MoSW");
    click(&mut h, "Edit ministry MoSW...");
    replace_text(&mut h, "Ministry name", "Renamed in an unsaved workspace");
    click(&mut h, "Save changes");
    h.state_mut().flush().unwrap();
    drop(h);
    // Second run: the unsaved workspace is offered.
    let mut h = harness_for(None, &f.data);
    assert_eq!(h.state().recovery().len(), 1);
    assert_eq!(
        h.state().workspace().ministry("MoSW").unwrap().name,
        "Ministry of Social Welfare"
    );
    click(&mut h, "Restore it");
    assert_eq!(
        h.state().workspace().ministry("MoSW").unwrap().name,
        "Renamed in an unsaved workspace"
    );
    assert!(h.state().recovery().is_empty());
}

#[test]
fn save_as_and_opening_a_bad_file_keeps_the_current_work() {
    let f = fixture();
    let mut h = harness(&f);
    let bad = f.file.with_file_name("broken.codi.json");
    std::fs::write(&bad, "{\"format_version\": 1, \"title\": ").unwrap();
    h.state_mut().dialogs.answers.push(bad.clone());
    click(&mut h, "File");
    click(&mut h, "Open... Ctrl+O");
    let m = h.state().message().unwrap();
    assert!(m.error && m.text.contains("broken.codi.json"), "{m:?}");
    assert_eq!(
        h.state().workspace().ministries().len(),
        12,
        "current work stays open"
    );
    assert_eq!(
        std::fs::read_to_string(&bad).unwrap(),
        "{\"format_version\": 1, \"title\": "
    );

    let copy = f.file.with_file_name("copy.codi.json");
    h.state_mut().dialogs.answers.push(copy.clone());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    // Save As writes off the window's thread: wait for it here.
    h.state_mut().finish_save_as();
    assert_eq!(json::load(&copy).unwrap(), h.state().workspace());
    assert_eq!(
        h.state().prefs().recent[0],
        std::fs::canonicalize(&copy).unwrap()
    );
}

#[test]
fn importing_a_bad_csv_shows_the_line_and_changes_nothing() {
    let f = fixture();
    let mut h = harness(&f);
    let csv = f.file.with_file_name("scores.csv");
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nBaseline workshop,2022-08-04,MoSW,1,9\n",
    )
    .unwrap();
    let before = h.state().workspace();
    h.state_mut().dialogs.answers.push(csv.clone());
    click(&mut h, "File");
    click(&mut h, "Import scores (CSV, Excel, OpenDocument)...");
    h.state_mut().finish_import();
    let m = h.state().message().unwrap().text.clone();
    assert!(
        m.contains("line 2, column 5 (`score`)") && m.contains("scores.csv"),
        "{m}"
    );
    assert_eq!(h.state().workspace(), before);
    std::fs::write(
        &csv,
        "round,date,ministry,area,score\nBaseline workshop,2022-08-04,MoSW,1,4\n",
    )
    .unwrap();
    h.state_mut().dialogs.answers.push(csv);
    click(&mut h, "File");
    click(&mut h, "Import scores (CSV, Excel, OpenDocument)...");
    h.state_mut().finish_import();
    assert_eq!(answer(&h, BASE, "MoSW", 0), level(4));
}

#[test]
fn zoom_and_theme_are_remembered_in_prefs() {
    let f = fixture();
    let mut h = harness(&f);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert!((h.state().prefs().zoom - 1.2).abs() < 1e-6);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert!((h.state().prefs().zoom - 1.0).abs() < 1e-6);
    click(&mut h, "View");
    click(&mut h, "Dark theme");
    assert!(h.state().prefs().dark);
}

#[test]
fn pdf_export_from_the_summary_page_and_the_round_list() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    click(&mut h, "Go to the summary page");
    let pdf = f.file.with_file_name("hsd.pdf");
    h.state_mut().dialogs.answers.push(pdf.clone());
    click(&mut h, "Export this summary as PDF...");
    h.state_mut().finish_export();
    let m = h.state().message().unwrap().clone();
    assert!(!m.error && m.text.contains("hsd.pdf"), "{m:?}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));

    press(&mut h, Key::Escape);
    let report = f.file.with_file_name("baseline.pdf");
    h.state_mut().dialogs.answers.push(report.clone());
    click(&mut h, "Actions for the round Baseline workshop");
    click(&mut h, "Export the workshop report PDF...");
    h.state_mut().finish_export();
    let m = h.state().message().unwrap().clone();
    assert!(!m.error && m.text.contains("baseline.pdf"), "{m:?}");
    assert!(std::fs::metadata(&report).unwrap().len() > std::fs::metadata(&pdf).unwrap().len());
}

#[test]
fn with_no_file_dialog_exports_go_to_the_default_folder() {
    let f = fixture();
    let mut h = harness(&f);
    open_hsd_followup(&mut h);
    click(&mut h, "Go to the summary page");
    let exports = f.data.join("exports");
    for _ in 0..2 {
        click(&mut h, "Export this summary as PDF...");
        h.state_mut().finish_export();
        h.run();
    }
    let m = h.state().message().unwrap().clone();
    assert!(!m.error, "{m:?}");
    assert_eq!(m.folder.as_deref(), Some(exports.as_path()), "{m:?}");
    assert!(m.text.contains(&exports.display().to_string()), "{m:?}");
    assert!(h.query_by_label("Open the folder").is_some());
    let mut names: Vec<String> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        2,
        "the second export did not overwrite the first: {names:?}"
    );
    assert!(names.iter().all(|n| n.ends_with(".pdf")), "{names:?}");
    for n in &names {
        let bytes = std::fs::read(exports.join(n)).unwrap();
        assert!(bytes.starts_with(b"%PDF"), "{n}");
    }
    // The CSV export too.
    press(&mut h, Key::Escape);
    click(&mut h, "File");
    click(&mut h, "Export CSV...");
    h.state_mut().finish_export();
    let m = h.state().message().unwrap().clone();
    assert!(
        !m.error && m.text.contains("Exported the scores to"),
        "{m:?}"
    );
    assert!(m.text.contains("exports"), "{m:?}");
    assert_eq!(std::fs::read_dir(&exports).unwrap().count(), 3);
}
