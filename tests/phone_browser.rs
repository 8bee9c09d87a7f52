//! The phone page in a real browser: headless Chromium (Debian's `chromium` and
//! `chromium-driver`, driven over WebDriver on loopback) opens the join address at
//! 390x844, taps a level, and the vote is read back from the session; a reload keeps
//! the vote, a second tap changes it without adding one, and after the reveal the
//! phone shows the result when the facilitator allows it. Ignored by default because
//! it needs the browser; `.ci/run` installs it and runs this file with `--ignored`.
//! Set `CODI_PHONE_SHOTS=DIR` to keep the screenshots.

mod http;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use codi_workshop::model::demo::demo_workspace;
use codi_workshop::model::{Answer, Level, ScoreRef, Workspace};
use codi_workshop::server::RoomServer;
use codi_workshop::session::voting::Limits;
use http::{http, open_room_on};
use serde_json::{Value, json};

/// The W3C name of an element reference in WebDriver replies.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// chromedriver on a free loopback port, stopped on drop.
struct Driver {
    child: Child,
    addr: SocketAddr,
    session: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let path = format!("/session/{}", self.session);
        if !self.session.is_empty() {
            http(self.addr, "DELETE", &path, &[], b"");
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start(profile: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver runs (apt install chromium chromium-driver)");
        let addr = SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), port);
        let mut driver = Driver {
            child,
            addr,
            session: String::new(),
        };
        wait_for("chromedriver to answer", Duration::from_secs(20), || {
            std::net::TcpStream::connect(addr).is_ok()
        });
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=390,844",
            &format!("--user-data-dir={}", profile.display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium(),
                "args": args,
                "mobileEmulation": {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0}},
            },
        }}});
        let reply = driver.call("POST", "/session", Some(caps));
        driver.session = reply["sessionId"]
            .as_str()
            .expect("a WebDriver session")
            .to_owned();
        driver
    }

    /// One WebDriver command; its `value`.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let r = http(
            self.addr,
            method,
            path,
            &[("Content-Type", "application/json")],
            body.as_bytes(),
        );
        let v: Value = serde_json::from_str(&r.body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}: {}", r.body));
        assert_eq!(r.status, 200, "{method} {path}: {v}");
        v["value"].clone()
    }

    fn at(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    fn go(&self, url: &str) {
        self.call("POST", &self.at("/url"), Some(json!({ "url": url })));
    }

    fn find_all(&self, css: &str) -> Vec<String> {
        let q = json!({"using": "css selector", "value": css});
        let found = self.call("POST", &self.at("/elements"), Some(q));
        found
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| e[ELEMENT].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn text(&self, element: &str) -> String {
        let v = self.call("GET", &self.at(&format!("/element/{element}/text")), None);
        v.as_str().unwrap_or_default().to_owned()
    }

    /// Type `text` into an element (a text box).
    fn type_into(&self, element: &str, text: &str) {
        let path = self.at(&format!("/element/{element}/value"));
        self.call("POST", &path, Some(json!({ "text": text })));
    }

    /// Click as a person would: scrolled to the middle of the screen first, so the
    /// sticky status line at the bottom does not cover it.
    fn click(&self, element: &str) {
        let script = "arguments[0].scrollIntoView({block: 'center'})";
        let body = json!({"script": script, "args": [{ ELEMENT: element }]});
        self.call("POST", &self.at("/execute/sync"), Some(body));
        let path = self.at(&format!("/element/{element}/click"));
        self.call("POST", &path, Some(json!({})));
    }

    /// Wait until `css` matches `n` elements or more; returns them.
    fn wait_for_all(&self, css: &str, n: usize) -> Vec<String> {
        let mut found = Vec::new();
        wait_for(css, Duration::from_secs(20), || {
            found = self.find_all(css);
            found.len() >= n
        });
        found
    }

    /// Run `script` in the page; its return value.
    fn run(&self, script: &str) -> Value {
        let body = json!({"script": script, "args": []});
        self.call("POST", &self.at("/execute/sync"), Some(body))
    }

    fn status_text(&self) -> String {
        self.find_all("#status")
            .first()
            .map(|e| self.text(e))
            .unwrap_or_default()
    }

    fn wait_for_status(&self, part: &str) {
        let mut last = String::new();
        let found = poll(Duration::from_secs(20), || {
            last = self.status_text();
            last.contains(part)
        });
        assert!(found, "the phone says {part:?}; it says {last:?}");
    }

    /// A PNG of the page, kept when `CODI_PHONE_SHOTS` names a folder.
    fn shot(&self, name: &str) {
        let v = self.call("GET", &self.at("/screenshot"), None);
        let png = base64_decode(v.as_str().expect("a screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        if let Some(dir) = std::env::var_os("CODI_PHONE_SHOTS") {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).unwrap();
        }
    }
}

/// Debian's browser binary.
fn chromium() -> &'static str {
    ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("chromium")
}

/// Try `done` every 100 ms for at most `limit`.
fn poll(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

fn wait_for(what: &str, limit: Duration, done: impl FnMut() -> bool) {
    assert!(poll(limit, done), "gave up waiting for {what}");
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = text.bytes().filter_map(value).collect();
    digits
        .chunks(4)
        .flat_map(|c| {
            let n = c
                .iter()
                .enumerate()
                .fold(0u32, |n, (k, d)| n | u32::from(*d) << (18 - 6 * k));
            let bytes = n.to_be_bytes();
            bytes[1..c.len()].to_vec()
        })
        .collect()
}

fn level(v: u8) -> Answer {
    Answer::Level(Level::new(v).unwrap())
}

#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn a_phone_votes_reloads_changes_its_vote_and_sees_the_result() {
    let room = open_room_on(demo_workspace(), 7, Limits::default());
    let profile = tempfile::tempdir().unwrap();
    let d = Driver::start(profile.path());
    d.go(&room.url());
    // 1-4, NA and NI, from the instrument.
    let choices = d.wait_for_all("button.choice", 6);
    assert_eq!(choices.len(), 6);
    assert!(d.text(&choices[2]).contains("Established"));
    d.shot("phone-before-vote");
    d.click(&choices[2]);
    wait_for("the vote in the session", Duration::from_secs(10), || {
        room.phones().count(level(3)) == 1
    });
    d.wait_for_status("Your vote: 3 Established");
    d.shot("phone-after-vote");

    // A reload (a phone that slept) keeps the vote: the browser keeps its token.
    d.call("POST", &d.at("/refresh"), Some(json!({})));
    let mine = d.wait_for_all("button.choice.mine", 1);
    assert!(d.text(&mine[0]).contains("Established"));
    assert_eq!(room.phones().total(), 1, "a reload adds no vote");

    // A second tap changes the vote; it never adds one.
    let choices = d.wait_for_all("button.choice", 6);
    d.click(&choices[1]);
    wait_for("the changed vote", Duration::from_secs(10), || {
        room.phones().count(level(2)) == 1
    });
    assert_eq!(room.phones().total(), 1);
    assert_eq!(room.phones().count(level(3)), 0);

    // The reveal closes the vote; the phone sees the result once it is allowed to.
    {
        let mut st = room.session.lock();
        st.live.reveal(room.at.clone());
    }
    d.wait_for_status("Voting on this area has closed. Your vote: 2 Emerging.");
    assert!(d.find_all("button.choice").is_empty(), "nothing to tap");
    assert!(d.find_all("div.bar").is_empty(), "no result unless allowed");
    if let Some(v) = room.session.lock().live.voting.as_mut() {
        v.phones_see_result = true;
    }
    let bars = d.wait_for_all("div.bar", 6);
    let all = {
        let st = room.session.lock();
        st.doc.workspace().score_at(&room.at).unwrap().all_votes()
    };
    assert!(
        d.text(&bars[1])
            .contains(&format!("Emerging: {}", all.count(level(2)))),
        "{}",
        d.text(&bars[1])
    );
    d.shot("phone-result");

    // Stopping voting: the phone says so and waits for the facilitator.
    room.session.lock().close_voting();
    d.wait_for_status("This vote has ended. Waiting for the facilitator");
    assert!(d.find_all("button.choice").is_empty());
}

/// The demo workspace with the texts the phone shows for area 8 of MoSW in Bangla.
fn bangla_workspace() -> Workspace {
    let text = codi_workshop::storage::json::to_bytes(&demo_workspace());
    let mut text = String::from_utf8(text).unwrap();
    for (en, bn) in [
        ("Ministry of Social Welfare", "সমাজকল্যাণ মন্ত্রণালয়"),
        (
            "Bangladesh NSSS demo workshop (illustrative scores, not real data)",
            "বাংলাদেশ এনএসএসএস ডেমো কর্মশালা",
        ),
        ("Follow-up workshop", "ফলো-আপ কর্মশালা"),
        ("\"Responsiveness\"", "\"পরিবর্তনে সাড়াদান\""),
        (
            "The system adapts to shocks, crises and changing needs, such as disasters, price rises or an ageing population.",
            "দুর্যোগ, মূল্যবৃদ্ধি বা বয়স্ক জনগোষ্ঠীর মতো অভিঘাত, সংকট ও পরিবর্তিত চাহিদার সাথে ব্যবস্থাটি খাপ খাইয়ে নেয়।",
        ),
        ("\"Latent\"", "\"সুপ্ত\""),
        ("\"Emerging\"", "\"উদীয়মান\""),
        ("\"Established\"", "\"প্রতিষ্ঠিত\""),
        ("\"Advanced\"", "\"অগ্রসর\""),
    ] {
        assert!(text.contains(en), "the demo has {en}");
        text = text.replace(en, bn);
    }
    let path = Path::new("bangla.codi.json");
    codi_workshop::storage::json::from_bytes(text.as_bytes(), path).expect("a valid workspace")
}

#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn bangla_texts_show_with_the_embedded_font_and_a_vote_names_its_level() {
    let room = open_room_on(bangla_workspace(), 7, Limits::default());
    let profile = tempfile::tempdir().unwrap();
    let d = Driver::start(profile.path());
    d.go(&room.url());
    let choices = d.wait_for_all("button.choice", 6);
    assert!(d.text(&choices[2]).contains("প্রতিষ্ঠিত"));
    let title = d.wait_for_all("h1", 1);
    assert_eq!(d.text(&title[0]), "8. পরিবর্তনে সাড়াদান");
    // The embedded subset is what draws the Bangla (not a font of the machine).
    let mut loaded = Value::Null;
    wait_for("the Bengali font", Duration::from_secs(10), || {
        loaded = d.run(
            "return [...document.fonts].filter(f => f.family.includes('CODI Bengali')).map(f => f.status).join(',')",
        );
        loaded == "loaded"
    });
    d.click(&choices[2]);
    d.wait_for_status("Your vote: 3 প্রতিষ্ঠিত");
    wait_for("the vote in the session", Duration::from_secs(10), || {
        room.phones().count(level(3)) == 1
    });
    d.shot("phone-bangla");
}

/// Table scoring: the demo workspace with the follow-up round open for tables.
fn open_tables() -> (
    codi_workshop::session::Session,
    RoomServer,
    tempfile::TempDir,
) {
    use codi_workshop::session::{Clock, Document, Session, Target};
    let dir = tempfile::tempdir().unwrap();
    let target = Target::File(dir.path().join("tables.codi.json"));
    let session = Session::new(Document::new(demo_workspace(), target), Clock::default());
    let round = session.lock().doc.workspace().rounds()[1].id.clone();
    session.lock().open_tables(&round).unwrap();
    let ip = std::net::IpAddr::V4(Ipv4Addr::LOCALHOST);
    let server = RoomServer::start(session.clone(), ip, 0).unwrap();
    (session, server, dir)
}

/// Ministry `k`'s table address.
fn table_url(session: &codi_workshop::session::Session, server: &RoomServer, k: usize) -> String {
    let st = session.lock();
    let ws = st.doc.workspace();
    let round = &ws.rounds()[1];
    let m = &ws.ministries()[k].id;
    server.table_url(server.addr.ip(), &round.tables[m].code)
}

/// Choose level `level` and type a rationale on the open area; wait for the save.
fn fill_area(d: &Driver, level: usize, rationale: &str) {
    let choices = d.wait_for_all("button.choice", 6);
    d.click(&choices[level - 1]);
    let boxes = d.wait_for_all("#rationale", 1);
    d.type_into(&boxes[0], rationale);
    wait_for("the draft to be saved", Duration::from_secs(10), || {
        d.run("return document.body.getAttribute('data-unsaved')") == "0"
    });
    d.wait_for_status("Saved.");
}

#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn two_tables_fill_areas_at_once_and_a_reload_finds_the_draft() {
    let (session, server, dir) = open_tables();
    let (p1, p2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let one = Driver::start(p1.path());
    let two = Driver::start(p2.path());
    one.go(&table_url(&session, &server, 0));
    two.go(&table_url(&session, &server, 1));
    fill_area(&one, 3, "Circulars exist; used once in 2024 floods.");
    fill_area(&two, 2, "অংশত প্রতিষ্ঠিত: নীতিমালা আছে");
    one.shot("table-bottom-390x844");
    one.run("window.scrollTo(0, 0)");
    one.shot("table-390x844");
    // Next area on table one; reload while typing (the page sends the unsaved text
    // as it goes); the draft is there.
    let next = one.wait_for_all(".row button", 3);
    one.click(&next[1]);
    fill_area(&one, 4, "Second area");
    let boxes = one.wait_for_all("#rationale", 1);
    one.type_into(&boxes[0], " draft");
    one.call("POST", &one.at("/refresh"), Some(json!({})));
    let nav = one.wait_for_all("nav button.done", 2);
    one.click(&nav[1]);
    // The text typed just before the reload was sent as the page went away; the
    // reloaded page shows it at once or on its next poll (every 2 s).
    let mut value = Value::Null;
    let found = poll(Duration::from_secs(6), || {
        value = one.run("var t = document.getElementById('rationale'); return t ? t.value : ''");
        value == "Second area draft"
    });
    assert!(found, "the draft after the reload: {value}");
    let next = one.wait_for_all(".row button", 3);
    one.click(&next[1]);
    fill_area(&one, 1, "Third area");
    // Submit from table two.
    let actions = two.wait_for_all(".row button.go", 1);
    two.click(&actions[0]);
    two.wait_for_status("Submitted");
    // The proposals are in the workspace file.
    session.flush().unwrap();
    let ws = codi_workshop::storage::json::load(&dir.path().join("tables.codi.json")).unwrap();
    let round = ws.rounds()[1].id.clone();
    let proposal = |k: usize, area: usize| {
        let m = ws.ministries()[k].id.clone();
        let a = ws.instrument().areas()[area].id.clone();
        ws.score_at(&ScoreRef::new(&round, &m, &a))
            .and_then(|s| s.proposal.clone())
    };
    let p = proposal(0, 0).expect("table one, area 1");
    assert_eq!(
        (p.answer, p.rationale.as_str()),
        (Some(level(3)), "Circulars exist; used once in 2024 floods.")
    );
    assert_eq!(proposal(0, 1).unwrap().answer, Some(level(4)));
    assert_eq!(proposal(0, 2).unwrap().answer, Some(level(1)));
    assert_eq!(
        proposal(1, 0).unwrap().rationale,
        "অংশত প্রতিষ্ঠিত: নীতিমালা আছে"
    );
    assert!(proposal(1, 1).is_none(), "table two answered one area");
    let m2 = ws.ministries()[1].id.clone();
    assert!(ws.rounds()[1].tables[&m2].submitted.is_some());
}
