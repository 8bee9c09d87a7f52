//! File dialogs run on their own thread (a stand-in answers for the native one): the
//! window keeps drawing while one is open, the chosen path finishes the command, and a
//! Cancel writes nothing, however quick.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use codi_workshop::ui::app::DialogStandIn;
use codi_workshop::ui::{App, AppConfig};
use common::*;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app on `f`, with dialogs answered by `answer`.
fn harness_with(f: &Fixture, answer: DialogStandIn) -> Harness<'static, App> {
    let config = AppConfig {
        file: Some(f.file.clone()),
        dialog_stand_in: Some(answer),
        ..config_for(&f.data)
    };
    harness_config(config, 1280.0, 800.0)
}

/// Dialogs that wait for the test to answer them, and the test's end of that.
fn held_dialogs() -> (DialogStandIn, Sender<Option<PathBuf>>, Receiver<String>) {
    let (answer_tx, answer_rx) = channel::<Option<PathBuf>>();
    let (asked_tx, asked_rx) = channel::<String>();
    let answers = Mutex::new(answer_rx);
    let stand_in = DialogStandIn(Arc::new(move |title: &str| {
        let _ = asked_tx.send(title.to_owned());
        answers.lock().unwrap().recv().ok().flatten()
    }));
    (stand_in, answer_tx, asked_rx)
}

/// Draw frames until `done` holds: a bounded count, no waiting on time.
fn run_until(h: &mut Harness<'_, App>, done: impl Fn(&Harness<'_, App>) -> bool) -> bool {
    for _ in 0..20_000 {
        h.run();
        if done(h) {
            return true;
        }
        std::thread::yield_now();
    }
    false
}

fn export_menu(h: &mut Harness<'_, App>) {
    click(h, "File");
    click(h, "Export Excel workbook...");
}

#[test]
fn the_window_draws_while_a_dialog_is_open_and_the_answer_finishes_the_export() {
    let f = fixture();
    let (stand_in, answer, asked) = held_dialogs();
    let mut h = harness_with(&f, stand_in);
    h.run();
    export_menu(&mut h);
    assert_eq!(asked.recv().unwrap(), "Export an Excel workbook");
    // The dialog is open on its thread; the window still draws and answers keys.
    for _ in 0..5 {
        h.run();
    }
    click(&mut h, "File");
    click(&mut h, "Export CSV...");
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("already open"), "one dialog at a time: {m}");
    let out = f.dir.path().join("chosen.xlsx");
    assert!(!out.exists());
    answer.send(Some(out.clone())).unwrap();
    // The workbook is made off the window's thread too; its message says when.
    let exported = |h: &Harness<'_, App>| {
        h.state()
            .message()
            .is_some_and(|m| m.text.contains("Exported the workbook"))
    };
    assert!(run_until(&mut h, exported), "the export was reported");
    assert!(out.exists(), "and written");
}

#[test]
fn a_cancel_writes_nothing_even_when_it_comes_at_once() {
    let f = fixture();
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let stand_in = DialogStandIn(Arc::new(move |_: &str| {
        counter.fetch_add(1, Ordering::SeqCst);
        None
    }));
    let mut h = harness_with(&f, stand_in);
    h.run();
    let exports = f.data.join("exports");
    export_menu(&mut h);
    // So quick that no dialog may have opened: the app asks, it does not assume.
    assert!(
        run_until(&mut h, |h| h
            .query_by_label("Export to that folder")
            .is_some()),
        "the question is asked"
    );
    click(&mut h, "Don't export");
    assert!(h.query_by_label("Export to that folder").is_none());
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("Nothing was exported"), "{m}");
    assert!(!exports.exists(), "no file and no folder written");

    // Saying yes exports into the default folder, named in the message.
    export_menu(&mut h);
    assert!(run_until(&mut h, |h| h
        .query_by_label("Export to that folder")
        .is_some()));
    click(&mut h, "Export to that folder");
    h.state_mut().finish_export();
    let names: Vec<_> = std::fs::read_dir(&exports).unwrap().collect();
    assert_eq!(names.len(), 1, "one workbook in {}", exports.display());
    let m = h.state().message().unwrap().clone();
    assert_eq!(m.folder.as_deref(), Some(exports.as_path()), "{m:?}");

    // Cancelling an Open does nothing at all: no question, no message.
    let before = h.state().message().map(|m| m.text.clone());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    let ended =
        |h: &Harness<'_, App>| asked.load(Ordering::SeqCst) == 3 && !h.state().dialog_open();
    assert!(
        run_until(&mut h, ended),
        "Ctrl+O asked for a file, then the dialog ended"
    );
    h.run();
    assert!(h.query_by_label("Export to that folder").is_none());
    assert_eq!(h.state().message().map(|m| m.text.clone()), before);
}

/// A CSV of `n` new ministries x 10 areas for the baseline round.
fn big_csv(path: &std::path::Path, n: usize) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(
        out,
        "round,date,ministry,ministry_name,area,score,rationale"
    )
    .unwrap();
    for m in 0..n {
        for k in 1..=10 {
            let score = 1 + (m + k) % 4;
            writeln!(
                out,
                "Baseline workshop,2022-08-04,M{m:06},Ministry {m},{k},{score},Agreed after discussion."
            )
            .unwrap();
        }
    }
    out.flush().unwrap();
}

#[test]
fn a_long_import_leaves_the_window_drawing_and_a_cancel_applies_nothing() {
    let f = fixture();
    let mut h = harness_config(
        AppConfig {
            file: Some(f.file.clone()),
            ..config_for(&f.data)
        },
        1280.0,
        800.0,
    );
    h.run();
    let csv = f.dir.path().join("big.csv");
    big_csv(&csv, 30_000);
    let before = h.state().workspace();
    h.state_mut().dialogs.answers.push(csv.clone());
    click(&mut h, "File");
    click(&mut h, "Import scores (CSV, Excel, OpenDocument)...");
    // 300,000 rows are still being read: the window draws and offers a Cancel.
    assert!(
        h.query_by_label("Cancel the import").is_some(),
        "the import is read off the window's thread"
    );
    h.run();
    click(&mut h, "Cancel the import");
    let m = h.state().message().unwrap().text.clone();
    assert!(m.contains("Import cancelled"), "{m}");
    assert!(h.query_by_label("Cancel the import").is_none());
    for _ in 0..5 {
        h.run();
    }
    assert_eq!(h.state().workspace(), before, "nothing of it was applied");
}
