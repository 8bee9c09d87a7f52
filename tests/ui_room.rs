//! The scoring session as the room and the facilitator use it: a whole ministry by
//! keyboard (keys counted), Esc in text boxes, pages that start at the top, the room
//! view never showing a hidden vote, and the discussion timer's time kept.

mod common;

use codi_workshop::model::Answer;
use codi_workshop::ui::command::Screen;
use codi_workshop::ui::{App, AppConfig};
use common::*;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

/// Keys pressed, with modifiers counted as keys (Ctrl+Enter is two).
struct Keys<'a, 'h> {
    h: &'a mut Harness<'h, App>,
    count: usize,
}

impl Keys<'_, '_> {
    fn key(&mut self, key: Key) {
        self.count += 1;
        self.h.key_press(key);
        self.h.run();
    }
    fn ctrl(&mut self, key: Key) {
        self.count += 2;
        self.h.key_press_modifiers(Modifiers::COMMAND, key);
        self.h.run();
    }
    /// Typed text is not counted: it is the content, not navigation.
    fn type_text(&mut self, label: &str, text: &str) {
        let node = self.h.get_by_label(label);
        assert!(node.is_focused(), "{label} has the keyboard focus");
        node.type_text(text);
        self.h.run();
    }
    /// Typed keys that are not content (a card count): each counts.
    fn count_text(&mut self, label: &str, text: &str) {
        self.count += text.chars().count();
        self.type_text(label, text);
    }
}

/// Every label and value in the window's accessibility tree.
fn all_text(h: &Harness<'_, App>) -> Vec<String> {
    h.root()
        .children_recursive()
        .flat_map(|n| {
            let a = n.accesskit_node();
            [a.label(), a.value()]
        })
        .flatten()
        .collect()
}

/// HSD's follow-up session, shown at the projector size 1024x768.
fn open_hsd_small(f: &Fixture, height: f32) -> Harness<'static, App> {
    let mut h = harness(f);
    click(&mut h, "Score HSD in Follow-up workshop");
    h.set_size(egui::vec2(1024.0, height));
    h.run();
    h
}

fn focused_label(h: &Harness<'_, App>) -> Option<String> {
    h.root()
        .children_recursive()
        .find(|n| n.is_focused())
        .and_then(|n| n.accesskit_node().label())
}

/// The demo with a new round, dated after the others, where nothing is scored yet.
fn fixture_with_a_new_round() -> Fixture {
    use codi_workshop::model::{Edit, Participation, Round, RoundId};
    let f = fixture();
    let mut ws = codi_workshop::storage::json::load(&f.file).unwrap();
    let round = Round {
        id: RoundId::new(NEW).unwrap(),
        title: "Third workshop".into(),
        date: "2026-08-04".parse().unwrap(),
        location: String::new(),
        facilitator: String::new(),
        notes: String::new(),
        instrument_version: ws.instrument().version().into(),
        participants: Participation::default(),
        tables: Default::default(),
        review: Default::default(),
        sources: Vec::new(),
    };
    Edit::AddRound(Box::new(round))
        .apply(&mut ws, None)
        .unwrap();
    codi_workshop::storage::json::save(&f.file, &ws).unwrap();
    f
}

const NEW: &str = "round-2026";

#[test]
fn a_whole_ministry_by_keyboard_in_at_most_80_keys() {
    let f = fixture_with_a_new_round();
    let mut h = harness_sized(Some(f.file.clone()), &f.data, 1024.0, 768.0);
    let mut k = Keys {
        h: &mut h,
        count: 0,
    };
    // From the workspace screen: Ctrl+Enter opens the next ministry to score, at its
    // first open area.
    k.ctrl(Key::Enter);
    let reach = k.count;
    let Some((round, ministry, 0)) = scoring(k.h) else {
        panic!("a session on its first area");
    };
    assert_eq!(round, NEW);
    // T opens the card count on the first area; after that Ctrl+Enter brings the room
    // to the next open area with the count ready, as the room counts cards on each.
    k.key(Key::T);
    let levels = [Key::Num3, Key::Num2, Key::Num4, Key::Num1, Key::Num2];
    for area in 0..10 {
        // The count, one digit per level (trailing zeros left out), counts as keys.
        k.count_text("Card count", "035");
        // Enter applies the count and shows it to the room.
        k.key(Key::Enter);
        assert!(
            k.h.query_by_label_contains("n = 8 · median").is_some(),
            "area {area}: revealed by Enter"
        );
        // A level key after the reveal agrees and goes to the rationale.
        k.key(levels[area % levels.len()]);
        k.type_text("Rationale", &format!("Agreed for area {}.", area + 1));
        // Ctrl+Enter: on to the next open area.
        k.ctrl(Key::Enter);
    }
    let total = k.count;
    assert!(
        matches!(scoring(&h), Some((_, _, 10))),
        "on the summary page"
    );
    for area in 0..10 {
        let s = score(&h, NEW, &ministry, area).expect("scored");
        assert_eq!(s.votes.levels, vec![0, 3, 5, 0], "area {area}");
        let want = [3, 2, 4, 1, 2][area % 5];
        assert_eq!(s.answer, level(want), "area {area}");
        assert_eq!(s.rationale, format!("Agreed for area {}.", area + 1));
    }
    println!("keys: {reach} to reach {ministry}'s session, {total} in all");
    // The README gives this figure; keep them the same.
    assert_eq!(total, 73, "keys for a whole ministry");
    assert!(total <= 80);
}

#[test]
fn esc_leaves_a_text_box_first_and_the_session_second() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    for (key, label) in [(Key::R, "Rationale"), (Key::T, "Card count")] {
        press(&mut h, key);
        assert!(h.get_by_label(label).is_focused(), "{label}");
        press(&mut h, Key::Escape);
        assert_ne!(
            focused_label(&h).as_deref(),
            Some(label),
            "Esc left {label}"
        );
        assert_eq!(h.state().screen(), Screen::Scoring, "Esc in {label}");
    }
    // A number box too.
    h.get_by_label("Time per area").focus();
    h.run();
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Scoring, "Esc in a number box");
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Workspace);
}

#[test]
fn esc_after_a_click_on_a_control_only_leaves_the_control() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    // A click on one of the facilitator's controls, then Esc: still in the session,
    // and the hint line says how to leave.
    click(&mut h, "Count one by one");
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Scoring);
    assert!(
        h.query_by_label("Esc again: back to the workspace")
            .is_some()
    );
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Workspace);
}

#[test]
fn ctrl_enter_in_the_rationale_keeps_the_text_and_moves_on() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    // HSD opens at its first open area, 8; 9 and 10 are open too.
    assert!(matches!(scoring(&h), Some((_, _, 7))));
    press(&mut h, Key::R);
    h.get_by_label("Rationale").type_text(" Plus one line.");
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    assert!(matches!(scoring(&h), Some((_, _, 8))), "the next open area");
    let s = score(&h, FOLLOW, "HSD", 7).unwrap();
    assert!(
        s.rationale.ends_with(" Plus one line."),
        "{:?}",
        s.rationale
    );
    assert!(!s.rationale.contains('\n'), "Ctrl+Enter adds no line break");
    // No box on the new page has the focus (no cards were counted): digits score.
    press(&mut h, Key::Num3);
    assert_eq!(answer(&h, FOLLOW, "HSD", 8), level(3));
    // With areas 9 answered now, the next open one is 10, then back round to 8.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    assert!(matches!(scoring(&h), Some((_, _, 9))));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    assert!(
        matches!(scoring(&h), Some((_, _, 7))),
        "the first open area again"
    );
}

#[test]
fn every_page_starts_at_the_top() {
    let f = fixture();
    // Short enough that the facilitator's panel scrolls.
    let mut h = open_hsd_small(&f, 600.0);
    // The panel's first line (pages differ below it: last round's actions, a reason).
    let top = h.get_by_label("Time per area").rect().min.y;
    h.get_by_label("Evidence").scroll_to_me();
    h.run();
    let scrolled = h.get_by_label("Time per area").rect().min.y;
    assert!(
        scrolled < top - 50.0,
        "the panel scrolled: {top} -> {scrolled}"
    );
    press(&mut h, Key::ArrowRight);
    assert!(matches!(scoring(&h), Some((_, _, 8))));
    let next = h.get_by_label("Time per area").rect().min.y;
    assert_eq!(next, top, "the next area starts at the top");
    // And coming back, too.
    h.get_by_label("Evidence").scroll_to_me();
    h.run();
    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.get_by_label("Time per area").rect().min.y, top);
}

/// The texts and numbers in the tree that mention one of the hidden counts (37 and 58
/// votes), apart from texts that were there before any vote (`before`).
fn hidden_counts(h: &Harness<'_, App>, before: &[String]) -> Vec<String> {
    let mut found: Vec<String> = all_text(h)
        .into_iter()
        .filter(|t| (t.contains("37") || t.contains("58")) && !before.contains(t))
        .collect();
    for n in h.root().children_recursive() {
        if let Some(v) = n.accesskit_node().numeric_value()
            && (v == 37.0 || v == 58.0)
        {
            found.push(format!(
                "numeric value {v} on {:?}",
                n.accesskit_node().label()
            ));
        }
    }
    found
}

#[test]
fn no_hidden_count_reaches_the_room_in_any_state() {
    use codi_workshop::model::{Edit, VoteSource, VoteTally};
    use codi_workshop::session::Origin;
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    h.get_by_label_contains("Go to area 9:").click();
    h.run();
    click(&mut h, "Count one by one");
    let before = all_text(&h);
    let check = |h: &Harness<'_, App>, state: &str| {
        let found = hidden_counts(h, &before);
        assert!(found.is_empty(), "{state}: {found:?}");
    };
    // Typed, not applied.
    press(&mut h, Key::T);
    h.get_by_label("Card count").type_text("2:37 3:58");
    h.run();
    check(&h, "typed");
    press(&mut h, Key::Escape);
    // V with no votes in: nothing revealed, and the hint line says why.
    press(&mut h, Key::V);
    assert!(h.query_by_label_contains("nothing to reveal yet").is_some());
    // Votes in (as a count applied without the reveal would be): still hidden.
    let at = h.state().live().focus.unwrap().score_ref().unwrap();
    let mut tally = VoteTally::zero(4);
    tally.levels = vec![0, 37, 58, 0];
    h.state()
        .session()
        .lock()
        .apply(
            Edit::SetTally {
                at: at.clone(),
                source: VoteSource::Cards,
                tally,
            },
            Origin::User,
        )
        .unwrap();
    h.run();
    check(&h, "counted, after an empty V");
    assert!(
        h.query_by_label("95 votes entered").is_some(),
        "the total is shown"
    );
    // The one-by-one buttons look alike before the reveal: none greyed.
    for label in [
        "1 Latent",
        "2 Emerging",
        "3 Established",
        "4 Advanced",
        "NA",
        "NI",
    ] {
        let name = format!("One vote less for {label}");
        let less = h.get_by_label(&name);
        assert!(
            !less.accesskit_node().is_disabled(),
            "{label}: a greyed − would tell"
        );
    }
    // The questions, and phone voting with its join page, show nothing more.
    press(&mut h, Key::Q);
    check(&h, "questions");
    press(&mut h, Key::Q);
    press(&mut h, Key::W);
    assert!(h.state().serving());
    check(&h, "phone voting");
    press(&mut h, Key::J);
    assert!(h.query_by_label("Join the vote").is_some());
    check(&h, "join page");
    press(&mut h, Key::J);
    press(&mut h, Key::W);
    // The room window and presenter mode show nothing more.
    click(&mut h, "Room window");
    check(&h, "room window");
    // F5 closes the room window, and again presents on this screen.
    press(&mut h, Key::F5);
    press(&mut h, Key::F5);
    assert!(h.state().scoring_presenting());
    check(&h, "presenter mode");
    press(&mut h, Key::Escape);
    // Revealed: now the room sees the counts (the check above would see them too).
    press(&mut h, Key::V);
    assert!(!hidden_counts(&h, &before).is_empty(), "revealed: shown");
    assert!(h.query_by_label_contains("n = 95").is_some());
    // V again hides them.
    press(&mut h, Key::V);
    check(&h, "hidden again");
    // Revealed, then cleared: the next count stays hidden until it is revealed.
    press(&mut h, Key::V);
    click(&mut h, "Clear votes");
    press(&mut h, Key::Escape);
    let mut tally = VoteTally::zero(4);
    tally.levels = vec![0, 58, 37, 0];
    h.state()
        .session()
        .lock()
        .apply(
            Edit::SetTally {
                at,
                source: VoteSource::Cards,
                tally,
            },
            Origin::User,
        )
        .unwrap();
    h.run();
    check(&h, "counted after a clear");
}

#[test]
fn a_bad_tally_is_named_and_changes_nothing() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score HSD in Follow-up workshop");
    let before = score(&h, FOLLOW, "HSD", 0).unwrap().votes;
    press(&mut h, Key::T);
    h.get_by_label("Card count").type_text("2:3 7:1");
    h.run();
    press(&mut h, Key::Enter);
    assert!(
        h.query_by_label_contains("\"7\" is not an answer")
            .is_some()
    );
    assert_eq!(score(&h, FOLLOW, "HSD", 0).unwrap().votes, before);
}

#[test]
fn questions_page_opens_on_q_and_closes_on_esc() {
    let f = fixture();
    let mut h = harness(&f);
    click(&mut h, "Score HSD in Follow-up workshop");
    assert!(h.query_by_label("Guiding questions").is_none());
    press(&mut h, Key::Q);
    assert!(h.query_by_label("Guiding questions").is_some());
    press(&mut h, Key::Escape);
    assert!(h.query_by_label("Guiding questions").is_none());
    assert_eq!(
        h.state().screen(),
        Screen::Scoring,
        "Esc closed the questions only"
    );
}

#[test]
fn the_timer_keeps_time_with_the_area() {
    let f = fixture();
    let clock = codi_workshop::session::Clock::fake("2024-08-04T03:30:00Z".parse().unwrap());
    let config = AppConfig {
        file: Some(f.file.clone()),
        clock: Some(clock.clone()),
        ..config_for(&f.data)
    };
    let mut h = harness_config(config, 1280.0, 800.0);
    click(&mut h, "Score HSD in Follow-up workshop");
    h.get_by_label_contains("Go to area 1:").click();
    h.run();
    let before = score(&h, FOLLOW, "HSD", 0).map_or(0, |s| s.discussed_secs);
    press(&mut h, Key::S);
    assert!(h.state().live().timer.is_running());
    clock.advance(std::time::Duration::from_secs(75));
    // Moving on records the time and keeps the clock running for the next area.
    press(&mut h, Key::ArrowRight);
    assert!(h.state().live().timer.is_running());
    let after = score(&h, FOLLOW, "HSD", 0).unwrap().discussed_secs;
    assert_eq!(after, before + 75, "the time on the session's clock");
    press(&mut h, Key::S);
    assert!(!h.state().live().timer.is_running());
    // Timing is not an undo step: Ctrl+Z takes back the last real edit only.
    press(&mut h, Key::Num2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(score(&h, FOLLOW, "HSD", 0).unwrap().discussed_secs, after);
    assert_ne!(answer(&h, FOLLOW, "HSD", 1), Some(Answer::NotApplicable));
}

#[test]
fn f5_presents_the_room_view_on_one_screen_and_the_box_opens_a_room_window() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    h.get_by_label_contains("Go to area 1:").click();
    h.run();
    // How often a text appears in the window's accessibility tree.
    let count =
        |h: &Harness<'_, App>, text: &str| all_text(h).iter().filter(|t| *t == text).count();
    let one = count(&h, "1. Inclusiveness");
    assert!(one >= 1);
    // One screen (no second display known): F5 shows the room view alone, with a
    // strip of controls, and the keys work as before.
    press(&mut h, Key::F5);
    assert!(h.state().scoring_presenting());
    assert!(h.query_by_label("Time per area").is_none(), "no panel");
    assert!(h.query_by_label("File").is_none(), "no menu");
    assert!(h.query_by_label("Area 1 of 10").is_some());
    assert!(h.query_by_label("Health Services Division (HSD)").is_some());
    press(&mut h, Key::ArrowRight);
    assert!(h.query_by_label("Area 2 of 10").is_some());
    assert!(count(&h, "2. Adequacy") >= 1);
    press(&mut h, Key::Escape);
    assert!(!h.state().scoring_presenting());
    assert_eq!(
        h.state().screen(),
        Screen::Scoring,
        "Esc left presenting only"
    );
    assert!(h.query_by_label("Time per area").is_some());
    // The box: the room view in a window of its own, following the session.
    click(&mut h, "Room window");
    let two = count(&h, "2. Adequacy");
    assert!(two >= 2, "the room window shows the area too");
    press(&mut h, Key::ArrowRight);
    assert_eq!(count(&h, "3. Appropriateness"), two);
    press(&mut h, Key::F5);
    assert!(count(&h, "3. Appropriateness") < two, "closed again");
}

/// One request as a phone at 127.0.0.`host` would send it, to the join address shown
/// (always 127.0.0.1 here); the status and the body.
fn phone_request(
    url: &str,
    host: u8,
    method: &str,
    rest: &str,
    headers: &str,
    body: &str,
) -> (u16, String) {
    use std::io::{Read, Write};
    let (server, path) = url
        .strip_prefix("http://")
        .expect("an http address")
        .split_once('/')
        .unwrap();
    assert!(
        server.starts_with("127.0.0.1:"),
        "tests talk to loopback only: {server}"
    );
    let from = std::net::SocketAddr::from(([127, 0, 0, host], 0));
    let to: std::net::SocketAddr = server.parse().unwrap();
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.bind(&from.into()).unwrap();
    socket.connect(&to.into()).unwrap();
    let mut s: std::net::TcpStream = socket.into();
    let req = format!(
        "{method} /{path}{rest} HTTP/1.1\r\nHost: {server}\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let status = out
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out.split_once("\r\n\r\n").map_or("", |x| x.1).to_owned();
    (status, body)
}

/// Phone `k` joins (from an address of its own): the device token it is issued.
fn join_phone(url: &str, k: u8) -> String {
    let (status, body) = phone_request(url, 10 + k, "GET", "/state", "", "");
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["device"].as_str().expect("a token").to_owned()
}

/// A vote sent as phone `k` would (it joined first and keeps its token).
fn phone_vote(
    url: &str,
    (k, device): (u8, &str),
    round: &str,
    ministry: &str,
    area: &str,
    answer: &str,
) -> u16 {
    let body = format!(
        r#"{{"round":"{round}","ministry":"{ministry}","area":"{area}","answer":"{answer}"}}"#
    );
    let headers = format!("X-Device: {device}\r\n");
    phone_request(url, 10 + k, "POST", "/vote", &headers, &body).0
}

#[test]
fn room_voting_from_phones_shows_the_count_and_waits_for_three_to_reveal() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    // Area 8 has no votes yet.
    h.get_by_label_contains("Go to area 8:").click();
    h.run();
    press(&mut h, Key::W);
    let url = all_text(&h)
        .into_iter()
        .find(|t| t.starts_with("http://127.0.0.1:"))
        .expect("the join address is shown");
    assert!(h.query_by_label("Vote by phone · 0 voted").is_some());
    assert!(h.query_by_label(&format!("QR code for {url}")).is_some());
    let area0 = area(7);
    for (k, answer) in ["3", "2"].iter().enumerate() {
        let device = join_phone(&url, k as u8);
        assert_eq!(
            phone_vote(&url, (k as u8, &device), FOLLOW, "HSD", &area0, answer),
            200
        );
    }
    h.run();
    assert!(h.query_by_label("Vote by phone · 2 voted").is_some());
    let record = score(&h, FOLLOW, "HSD", 7).unwrap();
    assert_eq!((record.phone_votes.total(), record.votes.total()), (2, 0));
    // Two votes: the reveal would show who chose what, so it waits.
    press(&mut h, Key::V);
    assert!(
        !h.state()
            .live()
            .is_revealed(&codi_workshop::model::ScoreRef::new(
                &rid(FOLLOW),
                &mid("HSD"),
                &codi_workshop::model::AreaId::new(&area0).unwrap(),
            ))
    );
    assert!(h.query_by_label_contains("at least 3 are needed").is_some());
    // Leaving the session closes voting and the port.
    press(&mut h, Key::Escape);
    assert_eq!(h.state().screen(), Screen::Workspace);
    let host = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    assert!(!h.state().serving(), "the server stopped");
    // (Another test may have taken the port since: the old address must still fail.)
    if let Ok(mut s) = std::net::TcpStream::connect(&host) {
        use std::io::{Read, Write};
        let path = url.split_once(&host).unwrap().1;
        let req = format!("GET {path}/state HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
        s.write_all(req.as_bytes()).unwrap();
        let mut out = String::new();
        let _ = s.read_to_string(&mut out);
        assert!(out.starts_with("HTTP/1.1 404"), "{out}");
    }
    assert!(
        h.state().live().voting.is_none(),
        "per-phone records are gone"
    );
    assert_eq!(
        score(&h, FOLLOW, "HSD", 7).unwrap().phone_votes.total(),
        2,
        "counts stay"
    );
}

#[test]
fn the_join_page_shows_a_large_code_and_the_reveal_closes_the_vote() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    h.get_by_label_contains("Go to area 8:").click();
    h.run();
    // J does nothing until voting is open.
    press(&mut h, Key::J);
    assert!(h.query_by_label("Join the vote").is_none());
    press(&mut h, Key::W);
    press(&mut h, Key::J);
    assert!(h.query_by_label("Join the vote").is_some());
    let url = all_text(&h)
        .into_iter()
        .find(|t| t.starts_with("http://127.0.0.1:"))
        .expect("the join address is shown");
    assert!(h.query_by_label(&format!("QR code for {url}")).is_some());
    let area7 = area(7);
    let mut devices = Vec::new();
    for (k, answer) in ["3", "3", "2"].iter().enumerate() {
        let device = join_phone(&url, k as u8);
        assert_eq!(
            phone_vote(&url, (k as u8, &device), FOLLOW, "HSD", &area7, answer),
            200
        );
        devices.push(device);
    }
    h.run();
    assert!(h.query_by_label("3 voted on this area").is_some());
    // Esc closes the join page, not the session.
    press(&mut h, Key::Escape);
    assert!(h.query_by_label("Join the vote").is_none());
    assert_eq!(h.state().screen(), Screen::Scoring);
    // Three votes: the reveal goes ahead, and then no phone can change its vote.
    press(&mut h, Key::V);
    assert!(h.query_by_label_contains("n = 3").is_some());
    let late = phone_vote(&url, (0, &devices[0]), FOLLOW, "HSD", &area7, "4");
    assert_eq!(late, 409, "a vote after the reveal is refused");
    let record = score(&h, FOLLOW, "HSD", 7).unwrap();
    assert_eq!(record.phone_votes.total(), 3);
    assert_eq!(
        record
            .phone_votes
            .count(Answer::Level(codi_workshop::model::Level::new(3).unwrap())),
        2
    );
    // The facilitator may let phones see the result.
    assert!(!h.state().live().voting.as_ref().unwrap().phones_see_result);
    h.get_by_label("Phones see the result after the reveal")
        .click();
    h.run();
    assert!(h.state().live().voting.as_ref().unwrap().phones_see_result);
}

/// While room voting is open, the phone handout from the File menu carries the join
/// address the projector shows (text and QR code); the key card lists the keys.
#[test]
fn the_phone_handout_printed_while_voting_carries_the_join_address() {
    let f = fixture();
    let mut h = open_hsd_small(&f, 768.0);
    press(&mut h, Key::W);
    let url = all_text(&h)
        .into_iter()
        .find(|t| t.starts_with("http://127.0.0.1:"))
        .expect("the join address is shown");
    let pdf = f.file.with_file_name("phones.pdf");
    h.state_mut().dialogs.answers.push(pdf.clone());
    click(&mut h, "File");
    click(&mut h, "Print the handout on voting by phone (PDF)...");
    h.state_mut().finish_export();
    let m = h.state().message().unwrap().clone();
    assert!(!m.error && m.text.contains("phones.pdf"), "{m:?}");
    let out = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (apt install poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&url), "{url} in {text}");
    assert!(text.contains("Vote from your phone"), "{text}");

    let card = f.file.with_file_name("keys.pdf");
    h.state_mut().dialogs.answers.push(card.clone());
    click(&mut h, "File");
    click(&mut h, "Print the facilitator's key card (PDF)...");
    h.state_mut().finish_export();
    let out = std::process::Command::new("pdftotext")
        .arg(&card)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Keys for the facilitator") && text.contains("Reveal the votes"),
        "{text}"
    );
}
