//! The room-voting server over real HTTP on 127.0.0.1 (never any other address; phones
//! from 127.0.0.k, all loopback), with a small client written here: join codes, signed
//! device tokens, counting, changed votes, stale areas, body and JSON limits, ETags,
//! headers, garbage, and stopping. Every loop is bounded.

mod http;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use codi_model::demo::demo_workspace;
use codi_model::{Answer, Level};
use codi_session::voting::Limits;
use http::{Room, http, open_room_on};

fn open_room(limits: Limits) -> Room {
    open_room_on(demo_workspace(), 0, limits)
}

#[test]
fn without_the_join_code_everything_is_refused() {
    let room = open_room(Limits::default());
    let addr = room.server.addr;
    let (a, b) = (room.join(2), room.join(3));
    for path in [
        "/j/WRONG1",
        "/j/WRONG1/state",
        "/j",
        "/state",
        "/../../etc/passwd",
    ] {
        assert_eq!(http(addr, "GET", path, &[], b"").status, 404, "{path}");
    }
    // The bare address is a page to type a code in; an unknown code gets the app's
    // own page saying so.
    let home = http(addr, "GET", "/", &[], b"");
    assert_eq!(home.status, 200);
    assert!(home.body.contains("action=\"/go\""), "{}", home.body);
    let wrong_page = http(addr, "GET", "/j/WRONG1", &[], b"");
    assert!(wrong_page.body.contains("This code is not open"));
    let wrong = room.vote(&a, &room.at, "3");
    assert_eq!(wrong.status, 200, "the right code works");
    let bad = http(
        addr,
        "POST",
        "/j/WRONG1/vote",
        &[("X-Device", &b)],
        br#"{"answer":"3"}"#,
    );
    assert_eq!(bad.status, 404);
    assert_eq!(room.phones().total(), 1);
    let page = http(addr, "GET", &room.base(), &[], b"");
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(&format!("<script src=\"/j/{}/app.js\">", room.code()))
    );
    assert!(
        page.headers.contains("cache-control: no-store"),
        "{}",
        page.headers
    );
    assert!(
        page.headers
            .contains("content-security-policy: default-src 'self'")
    );
    let js = http(addr, "GET", &format!("{}/app.js", room.base()), &[], b"");
    assert_eq!(js.status, 200);
    assert!(
        !js.body.contains("http://") && !js.body.contains("https://"),
        "no external links"
    );
    // The Bengali font, at the page's own address; page, script and font under 100 KB.
    let font_path = format!("{}/bengali.woff2", room.base());
    assert!(page.body.contains(&format!("url(\"{font_path}\")")));
    let font = http(addr, "GET", &font_path, &[], b"");
    assert_eq!(font.status, 200);
    assert!(font.headers.contains("content-type: font/woff2"));
    let font_len: usize = font
        .headers
        .lines()
        .find_map(|l| l.strip_prefix("content-length: "))
        .and_then(|n| n.trim().parse().ok())
        .expect("a length");
    let total = page.body.len() + js.body.len() + font_len;
    assert!(
        (20_000..100_000).contains(&total),
        "page + script + font = {total} bytes"
    );
}

#[test]
fn a_vote_counts_and_a_changed_vote_counts_once() {
    let room = open_room(Limits::default());
    let (a, b) = (room.join(2), room.join(3));
    assert_eq!(room.vote(&a, &room.at, "3").status, 200);
    assert_eq!(room.vote(&b, &room.at, "3").status, 200);
    let changed = room.vote(&a, &room.at, "NI");
    assert_eq!(changed.status, 200);
    assert!(
        changed.body.contains(r#""your_vote":"NI""#),
        "{}",
        changed.body
    );
    let t = room.phones();
    assert_eq!(
        (t.levels.clone(), t.ni, t.total()),
        (vec![0, 0, 1, 0], 1, 2)
    );
    // The state tells this phone its vote, and everyone the number of voters only.
    let s = http(
        room.server.addr,
        "GET",
        &format!("{}/state", room.base()),
        &[("X-Device", &a)],
        b"",
    );
    assert_eq!(s.status, 200);
    assert!(
        s.body.contains(r#""your_vote":"NI""#) && s.body.contains(r#""voted":2"#),
        "{}",
        s.body
    );
    assert!(
        !s.body.contains("levels\":[0"),
        "no distribution reaches a phone"
    );
}

#[test]
fn stale_or_closed_areas_are_refused_with_a_message() {
    let room = open_room(Limits::default());
    let a = room.join(2);
    let first = room.at.clone();
    let second = room.move_to(1);
    let stale = room.vote(&a, &first, "2");
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("not open"), "{}", stale.body);
    assert_eq!(room.vote(&a, &second, "2").status, 200);
    // Closed: phones of that vote are told it ended (a new vote has a new code).
    let base = room.base();
    room.session.lock().close_voting();
    let closed = room.vote_at(&base, &a, &second, "3");
    assert_eq!(closed.status, 410);
    let s = http(room.server.addr, "GET", &format!("{base}/state"), &[], b"");
    assert_eq!(s.status, 410);
    assert!(s.body.contains("This vote has ended"), "{}", s.body);
    // The page itself still loads, to say so.
    assert_eq!(http(room.server.addr, "GET", &base, &[], b"").status, 200);
    let st = room.session.lock();
    let votes = st
        .doc
        .workspace()
        .score_at(&second)
        .unwrap()
        .phone_votes
        .total();
    assert_eq!(votes, 1, "the late vote was not counted");
}

#[test]
fn big_bodies_bad_json_and_bad_ids_are_refused() {
    let room = open_room(Limits::default());
    let a = room.join(2);
    let vote = format!("{}/vote", room.base());
    let big = vec![b'x'; 2048];
    assert_eq!(
        http(room.server.addr, "POST", &vote, &[("X-Device", &a)], &big).status,
        413
    );
    for body in [
        &b"{not json"[..],
        b"",
        br#"{"answer":"3"}"#,
        br#"{"round":"r","ministry":"m","area":"a","answer":"7x"}"#,
    ] {
        assert_eq!(
            http(room.server.addr, "POST", &vote, &[("X-Device", &a)], body).status,
            400
        );
    }
    // No device token, or one the server did not issue: the phone must join first.
    let body = br#"{"round":"x","ministry":"y","area":"z","answer":"1"}"#;
    assert_eq!(http(room.server.addr, "POST", &vote, &[], body).status, 403);
    for made_up in [
        "short",
        "device-aaaaaaaaaaaaaaaa",
        &format!("{}-{}", "0".repeat(16), "0".repeat(32)),
    ] {
        assert_eq!(
            http(
                room.server.addr,
                "POST",
                &vote,
                &[("X-Device", made_up)],
                body
            )
            .status,
            403,
            "{made_up}"
        );
    }
    assert_eq!(
        room.vote(&a, &room.at, "9").status,
        400,
        "not on a 1-4 scale"
    );
    assert_eq!(room.phones().total(), 0);
}

#[test]
fn an_unchanged_state_is_a_304() {
    let room = open_room(Limits::default());
    let a = room.join(2);
    let path = format!("{}/state", room.base());
    let first = http(room.server.addr, "GET", &path, &[("X-Device", &a)], b"");
    let etag = first
        .headers
        .lines()
        .find_map(|l| l.strip_prefix("etag: "))
        .expect("an etag")
        .to_owned();
    let again = http(
        room.server.addr,
        "GET",
        &path,
        &[("X-Device", &a), ("If-None-Match", &etag)],
        b"",
    );
    assert_eq!(again.status, 304);
    room.vote(&a, &room.at, "2");
    let after = http(
        room.server.addr,
        "GET",
        &path,
        &[("X-Device", &a), ("If-None-Match", &etag)],
        b"",
    );
    assert_eq!(after.status, 200, "a vote changes the state");
}

#[test]
fn garbage_never_panics_and_changes_nothing() {
    let room = open_room(Limits::default());
    let (a, b) = (room.join(2), room.join(3));
    room.vote(&a, &room.at, "4");
    let before = room.phones();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let start = std::time::Instant::now();
    for k in 0..1000 {
        if start.elapsed() > Duration::from_secs(60) {
            break;
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let len = (seed % 300) as usize;
        let junk: Vec<u8> = (0..len).map(|i| (seed >> (i % 56)) as u8).collect();
        // From an address of its own: the flood is held to its rate, others are not.
        let mut s = http::connect_from(9, room.server.addr);
        s.set_read_timeout(Some(Duration::from_millis(500)))
            .unwrap();
        if k % 2 == 0 {
            let _ = s.write_all(&junk);
        } else {
            let head = format!(
                "POST {}/vote HTTP/1.1\r\nContent-Length: {len}\r\nX-Device: {a}\r\n\r\n",
                room.base()
            );
            let _ = s.write_all(head.as_bytes());
            let _ = s.write_all(&junk);
        }
        let _ = s.shutdown(std::net::Shutdown::Write);
        let mut sink = Vec::new();
        let _ = s.read_to_end(&mut sink);
    }
    assert_eq!(room.phones(), before);
    // Still serving, and a phone at another address is not held up by the flood.
    assert_eq!(room.vote(&b, &room.at, "1").status, 200);
}

#[test]
fn rate_limit_and_device_cap_hold_over_http() {
    let room = open_room(Limits {
        max_devices: 2,
        votes_per_window: 3,
        ..Limits::default()
    });
    let (a, b, c) = (room.join(2), room.join(3), room.join(4));
    for answer in ["1", "2", "3"] {
        assert_eq!(room.vote(&a, &room.at, answer).status, 200);
    }
    assert_eq!(room.vote(&a, &room.at, "4").status, 429);
    assert_eq!(room.vote(&b, &room.at, "1").status, 200);
    assert_eq!(room.vote(&c, &room.at, "1").status, 503);
    assert_eq!(room.phones().total(), 2);
}

#[test]
fn stopping_closes_the_port() {
    let room = open_room(Limits::default());
    let addr = room.server.addr;
    // A phone that hangs mid-request must not hold the facilitator's window.
    let mut hung = TcpStream::connect(addr).unwrap();
    hung.write_all(b"GET /j/").unwrap();
    // Stopping must not wait for that phone: it returns (a hang here is caught by
    // the bound, which is not a speed goal).
    let (done, stopped) = std::sync::mpsc::channel();
    let server = room.server;
    std::thread::spawn(move || {
        server.stop();
        let _ = done.send(());
    });
    stopped
        .recv_timeout(Duration::from_secs(30))
        .expect("stopping never waits for a hung phone");
    // The port closes at once, or very soon after: tried a bounded number of times.
    let start = std::time::Instant::now();
    let closed = (0..10_000).any(|_| {
        start.elapsed() < Duration::from_secs(10)
            && TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err()
    });
    assert!(closed, "the port is closed");
}

#[test]
fn phones_see_the_result_only_after_the_reveal_and_only_if_allowed() {
    let room = open_room(Limits::default());
    let (a, b, c) = (room.join(2), room.join(3), room.join(4));
    let path = format!("{}/state", room.base());
    let state = |device: &str| -> serde_json::Value {
        let r = http(room.server.addr, "GET", &path, &[("X-Device", device)], b"");
        assert_eq!(r.status, 200);
        serde_json::from_str(&r.body).expect("state is JSON")
    };
    for (device, answer) in [(&a, "3"), (&b, "3"), (&c, "NI")] {
        assert_eq!(room.vote(device, &room.at, answer).status, 200);
    }
    let before = state(&a);
    assert_eq!(before["revealed"], false);
    assert!(before["result"].is_null(), "nothing before the reveal");
    room.session.lock().live.reveal(room.at.clone());
    let revealed = state(&a);
    assert_eq!(revealed["revealed"], true);
    assert!(
        revealed["result"].is_null(),
        "phones see nothing unless allowed"
    );
    assert_eq!(
        revealed["your_vote"], "3",
        "a phone still sees its own vote"
    );
    let late = room.vote(&a, &room.at, "1");
    assert_eq!(late.status, 409);
    assert!(late.body.contains("closed"), "{}", late.body);
    room.session
        .lock()
        .live
        .voting
        .as_mut()
        .unwrap()
        .phones_see_result = true;
    let shown = state(&b);
    // The room's whole result (cards counted by hand and phones), in the order of the
    // choices: 1-4, NA, NI.
    let all = {
        let st = room.session.lock();
        st.doc.workspace().score_at(&room.at).unwrap().all_votes()
    };
    let phones = room.phones();
    assert_eq!((phones.count(level(3)), phones.total()), (2, 3));
    let expected: Vec<u32> = [1, 2, 3, 4]
        .map(level)
        .into_iter()
        .chain([Answer::NotApplicable, Answer::InsufficientInfo])
        .map(|a| all.count(a))
        .collect();
    assert_eq!(shown["result"]["counts"], serde_json::json!(expected));
    assert_eq!(shown["result"]["n"], all.stats().n);
}

fn level(v: u8) -> Answer {
    Answer::Level(Level::new(v).unwrap())
}
