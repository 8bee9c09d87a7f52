use super::*;
use crate::model::demo::demo_workspace;
use crate::model::edit::TextField;
use crate::model::{Answer, Level, ScoreRef};
use crate::test_ids::{aid, mid, rid};

/// The time stamped on edits in these runs (2024-08-04).
const T0: jiff::Timestamp = jiff::Timestamp::constant(1_722_744_000, 0);

fn at(area: &str) -> ScoreRef {
    ScoreRef {
        round: rid("baseline-2022"),
        ministry: mid("MoSW"),
        area: crate::model::AreaId::new(area).unwrap(),
    }
}

fn set(area: &str, level: u8) -> Edit {
    Edit::SetAnswer {
        at: at(area),
        answer: Level::new(level).map(Answer::Level),
    }
}

fn text(t: &str) -> Edit {
    Edit::SetText {
        at: at("inclusiveness"),
        field: TextField::Rationale,
        text: t.into(),
    }
}

fn code(doc: &Document, area: &crate::model::AreaId) -> String {
    doc.workspace()
        .answer(&rid("baseline-2022"), &mid("MoSW"), area)
        .map(|a| a.code())
        .unwrap_or_default()
}

fn doc(dir: &Path) -> Document {
    let path = dir.join("w.codi.json");
    json::save(&path, &demo_workspace()).unwrap();
    Document::new(demo_workspace(), Target::File(path))
}

fn user(doc: &mut Document, e: Edit, t: f64) {
    doc.apply(e, Origin::User, t, T0).unwrap();
}

#[test]
fn undo_redo_and_typing_coalesces() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    user(&mut doc, set("inclusiveness", 4), 0.0);
    user(&mut doc, text("A"), 0.1);
    user(&mut doc, text("Ab"), 0.2);
    user(&mut doc, text("Abc"), 0.3);
    assert_eq!(doc.undo.len(), 2, "typing is one step");
    assert!(doc.undo(1.0, T0).unwrap().is_some());
    assert_eq!(code(&doc, &aid("inclusiveness")), "4");
    assert!(doc.undo(1.0, T0).unwrap().is_some());
    assert_eq!(code(&doc, &aid("inclusiveness")), "2");
    assert!(doc.undo(1.0, T0).unwrap().is_none());
    assert!(doc.redo(1.0, T0).unwrap().is_some());
    assert!(doc.redo(1.0, T0).unwrap().is_some());
    let r = doc
        .workspace()
        .score(&rid("baseline-2022"), &mid("MoSW"), &aid("inclusiveness"));
    assert_eq!(r.unwrap().rationale, "Abc");
    assert!(doc.redo(1.0, T0).unwrap().is_none());
}

#[test]
fn failed_and_no_op_edits_leave_no_undo_step() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    assert!(doc.apply(set("nope", 1), Origin::User, 0.0, T0).is_err());
    user(&mut doc, set("inclusiveness", 2), 0.0); // already 2
    assert!(!doc.can_undo());
    assert!(!doc.is_dirty());
    assert_eq!(doc.revision(), 0);
}

#[test]
fn remote_edits_are_kept_but_not_undone() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    user(&mut doc, set("inclusiveness", 4), 0.0);
    doc.apply(set("adequacy", 1), Origin::Remote, 0.1, T0)
        .unwrap();
    assert_eq!(doc.undo.len(), 1);
    doc.undo(0.2, T0).unwrap();
    assert_eq!(code(&doc, &aid("inclusiveness")), "2");
    assert_eq!(code(&doc, &aid("adequacy")), "1", "the remote edit stays");
}

#[test]
fn undo_memory_grows_with_edits_not_with_the_workspace() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    for i in 0..1000 {
        user(&mut doc, set("inclusiveness", (i % 4 + 1) as u8), i as f64);
    }
    assert!(doc.undo.len() <= MAX_UNDO);
    let bytes: usize = doc
        .undo
        .iter()
        .map(|s| std::mem::size_of_val(&s.inverse))
        .sum();
    assert!(bytes < 1_000_000, "{bytes}");
}

#[test]
fn autosaves_after_a_quiet_moment() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    user(&mut doc, set("inclusiveness", 4), 10.0);
    doc.poll(10.1);
    assert!(doc.job.is_none(), "not yet");
    doc.poll(10.3);
    assert!(doc.job.is_some());
    doc.wait_for_job();
    assert_eq!(doc.state(), &SaveState::Saved);
    let on_disk = json::load(doc.target().path()).unwrap();
    assert_eq!(&on_disk, doc.workspace());
}

#[test]
fn steady_typing_still_saves_within_a_second() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    let mut t = 0.0;
    let mut s = String::new();
    while doc.job.is_none() {
        s.push('x');
        user(&mut doc, text(&s), t);
        doc.poll(t);
        t += 0.1;
        assert!(t < 1.0, "no save started within a second");
    }
}

#[test]
fn another_programs_write_is_not_overwritten() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    let path = doc.target().path().to_owned();
    std::fs::write(&path, "changed elsewhere, and longer than before").unwrap();
    user(&mut doc, set("inclusiveness", 4), 0.0);
    assert!(doc.flush().is_err());
    assert_eq!(doc.state(), &SaveState::Conflict);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "changed elsewhere, and longer than before"
    );
    doc.overwrite_on_next_save();
    doc.flush().unwrap();
    assert_eq!(&json::load(&path).unwrap(), doc.workspace());
}

#[test]
fn a_same_length_rewrite_is_still_noticed() {
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    let path = doc.target().path().to_owned();
    // Another window saves a file of the same length (atomically, like the app).
    let mut other = demo_workspace();
    let edit = set("adequacy", 3);
    edit.apply(&mut other, None).unwrap();
    let before = std::fs::metadata(&path).unwrap().len();
    json::save(&path, &other).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), before);
    user(&mut doc, set("inclusiveness", 4), 0.0);
    assert!(doc.flush().is_err(), "conflict, not a silent overwrite");
}

#[test]
fn failed_save_keeps_data_and_retries() {
    let d = tempfile::tempdir().unwrap();
    let gone = d.path().join("gone");
    std::fs::create_dir(&gone).unwrap();
    let mut doc = Document::unsaved(demo_workspace(), gone.join("sub").join("x.codi.json"));
    // Block the folder: a file where the folder should be.
    std::fs::write(gone.join("sub"), "not a folder").unwrap();
    user(&mut doc, set("inclusiveness", 4), 0.0);
    let e = doc.flush().unwrap_err();
    assert!(e.contains("x.codi.json"), "{e}");
    assert!(doc.is_dirty());
    assert_eq!(doc.next_save_in(0.0), Some(RETRY_SECS));
    std::fs::remove_file(gone.join("sub")).unwrap();
    doc.poll(RETRY_SECS);
    doc.wait_for_job();
    assert_eq!(doc.state(), &SaveState::Saved);
}

#[test]
fn save_as_moves_an_unsaved_document_to_its_file() {
    let d = tempfile::tempdir().unwrap();
    let auto = d.path().join("unsaved-1.codi.json");
    let mut doc = Document::unsaved(demo_workspace(), auto.clone());
    user(&mut doc, set("inclusiveness", 4), 0.0);
    doc.flush().unwrap();
    assert!(auto.exists());
    let file = d.path().join("mine.codi.json");
    doc.save_as(file.clone()).unwrap();
    assert!(!auto.exists());
    assert_eq!(doc.target(), &Target::File(file.clone()));
    assert_eq!(&json::load(&file).unwrap(), doc.workspace());
}

#[test]
fn a_second_window_on_the_same_file_is_told() {
    let d = tempfile::tempdir().unwrap();
    let first = doc(d.path());
    let path = first.target().path().to_owned();
    assert!(!first.open_elsewhere());
    let second = Document::new(json::load(&path).unwrap(), Target::File(path.clone()));
    assert!(
        second.open_elsewhere(),
        "the first window still has it open"
    );
    drop((first, second));
    let third = Document::new(json::load(&path).unwrap(), Target::File(path));
    assert!(!third.open_elsewhere(), "closed windows leave no mark");
}

/// Two documents on one file, each making an edit and saving at the same moment, 200
/// times: every edit is either on disk or reported as a conflict, never lost silently.
#[test]
fn simultaneous_saves_from_two_windows_lose_nothing_silently() {
    let d = tempfile::tempdir().unwrap();
    let path = doc(d.path()).target().path().to_owned();
    let mut quiet_losses = 0;
    for i in 0..200u32 {
        let mut a = Document::new(json::load(&path).unwrap(), Target::File(path.clone()));
        let mut b = Document::new(json::load(&path).unwrap(), Target::File(path.clone()));
        let la = 1 + (i % 4) as u8;
        let lb = 1 + ((i + 1) % 4) as u8;
        user(&mut a, set("adequacy", la), 0.0);
        user(&mut b, set("inclusiveness", lb), 0.0);
        let (ra, rb) = std::thread::scope(|s| {
            let ta = s.spawn(|| a.flush());
            let tb = s.spawn(|| b.flush());
            (ta.join().unwrap(), tb.join().unwrap())
        });
        let disk = json::load(&path).unwrap();
        let on_disk = |area: &crate::model::AreaId, level: u8| {
            disk.answer(&rid("baseline-2022"), &mid("MoSW"), area)
                == Level::new(level).map(Answer::Level)
        };
        let saved_a = ra.is_ok() && on_disk(&aid("adequacy"), la);
        let saved_b = rb.is_ok() && on_disk(&aid("inclusiveness"), lb);
        let reported_a = ra.is_err() && a.state() == &SaveState::Conflict;
        let reported_b = rb.is_err() && b.state() == &SaveState::Conflict;
        if !(saved_a || reported_a) || !(saved_b || reported_b) {
            quiet_losses += 1;
        }
        assert!(
            ra.is_ok() || rb.is_ok(),
            "run {i}: one of the two always gets through"
        );
    }
    assert_eq!(quiet_losses, 0);
}

#[test]
fn history_grows_with_every_edit_undo_and_redo() {
    use crate::model::history::{Chain, Step as Kind};
    let d = tempfile::tempdir().unwrap();
    let mut doc = doc(d.path());
    user(&mut doc, set("inclusiveness", 4), 0.0);
    for t in ["A", "Ab", "Abc"] {
        user(&mut doc, text(t), 0.1);
    }
    let h = doc.workspace().history();
    assert_eq!(h.len(), 2, "the answer, and the typing as one entry");
    assert_eq!(
        (
            h.entries()[0].before.as_str(),
            h.entries()[0].after.as_str()
        ),
        ("2", "4")
    );
    assert_eq!(h.entries()[1].after, "Abc");
    // The demo's baseline round names its facilitator.
    let facilitator = &doc.workspace().round("baseline-2022").unwrap().facilitator;
    assert_eq!(&h.entries()[0].by, facilitator);

    doc.undo(1.0, T0).unwrap();
    doc.undo(1.0, T0).unwrap();
    doc.redo(1.0, T0).unwrap();
    let h = doc.workspace().history();
    let steps: Vec<Kind> = h.entries().iter().map(|e| e.step).collect();
    assert_eq!(
        steps,
        [Kind::Edit, Kind::Edit, Kind::Undo, Kind::Undo, Kind::Redo]
    );
    assert_eq!(h.entries()[3].after, "2", "the undo reverts the answer");
    assert_eq!(h.verify(), Chain::Intact);

    // Phone votes are signed by the phones, and a no-op records nothing.
    let vote = Edit::Vote {
        at: at("adequacy"),
        source: crate::model::VoteSource::Phones,
        change: crate::model::VoteChange::Add(Answer::NotApplicable),
    };
    doc.apply(vote.clone(), Origin::Remote, 2.0, T0).unwrap();
    doc.apply(vote, Origin::Remote, 2.1, T0).unwrap();
    user(&mut doc, set("inclusiveness", 4), 2.2);
    let n = doc.workspace().history().len();
    user(&mut doc, set("inclusiveness", 4), 2.3);
    let h = doc.workspace().history();
    assert_eq!(h.len(), n, "setting the same answer again is no change");
    assert_eq!(h.entries()[5].by, "phones");
    assert!(
        h.entries()[5].after.contains("NA:2"),
        "two votes, one entry"
    );

    // The history survives a save and a load, chain intact.
    doc.flush().unwrap();
    let back = json::load(doc.target().path()).unwrap();
    assert_eq!(
        back.history().entries(),
        doc.workspace().history().entries()
    );
    assert_eq!(back.history().verify(), Chain::Intact);
}
