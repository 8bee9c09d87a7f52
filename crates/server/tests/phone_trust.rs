//! The phone and table pages as strangers use them, in headless Chromium (ignored by
//! default: `.ci/run` installs Chromium and runs them with `--ignored`): no word a table
//! types is lost, not to another device at the table nor to an outage; endings say what
//! happened; Bangla shows on the buttons with the page's own font; a new area comes into
//! view and is announced while a vote by someone else moves nothing; typed addresses are
//! forgiven; a submitted table cannot change its answers; and axe-core finds nothing
//! wrong in any of these states. Set `CODI_PHONE_SHOTS=DIR` to keep the screenshots.

mod browser;
mod http;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use browser::{Driver, poll, wait_for};
use codi_model::demo::demo_workspace;
use codi_model::{AreaId, ScoreRef};
use codi_server::RoomServer;
use codi_session::voting::Limits;
use codi_session::{Clock, Document, Session, Target};
use http::open_room_on;

/// The follow-up round open for tables, served on loopback; the server keeps telling
/// tables "closed" for a few seconds after table scoring closes.
struct Tables {
    session: Session,
    server: RoomServer,
    _dir: tempfile::TempDir,
}

impl Tables {
    fn open() -> Tables {
        let dir = tempfile::tempdir().unwrap();
        let target = Target::File(dir.path().join("tables.codi.json"));
        let session = Session::new(Document::new(demo_workspace(), target), Clock::default());
        let round = session.lock().doc.workspace().rounds()[1].id.clone();
        session.lock().open_tables(&round).unwrap();
        let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
        let server = RoomServer::start(session.clone(), ip, 0, Duration::from_secs(8)).unwrap();
        Tables {
            session,
            server,
            _dir: dir,
        }
    }

    /// Ministry `k`'s table address, and where its area `a` is kept.
    fn table(&self, k: usize, a: usize) -> (String, ScoreRef) {
        let st = self.session.lock();
        let ws = st.doc.workspace();
        let round = &ws.rounds()[1];
        let m = &ws.ministries()[k].id;
        let area: &AreaId = &ws.instrument().areas()[a].id;
        let url = self
            .server
            .table_url(self.server.addr.ip(), &round.tables[m].code);
        (url, ScoreRef::new(&round.id, m, area))
    }

    fn rationale(&self, at: &ScoreRef) -> String {
        let st = self.session.lock();
        st.doc
            .workspace()
            .score_at(at)
            .and_then(|s| s.proposal.clone())
            .map(|p| p.rationale)
            .unwrap_or_default()
    }
}

/// Wait until the page has nothing left to send.
fn all_sent(d: &Driver) {
    wait_for(
        "every change to reach the laptop",
        Duration::from_secs(15),
        || d.run("return document.body.getAttribute('data-unsaved')") == "0",
    );
}

fn value_of(d: &Driver, id: &str) -> String {
    let v = d.run(&format!(
        "var t = document.getElementById('{id}'); return t ? t.value : null"
    ));
    v.as_str().unwrap_or_default().to_owned()
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn two_devices_typing_in_one_area_lose_nothing_and_are_both_shown() {
    let t = Tables::open();
    let (url, at) = t.table(0, 0);
    let (p1, p2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = Driver::start(p1.path());
    let b = Driver::start(p2.path());
    a.go(&url);
    b.go(&url);
    a.wait_for_all("#rationale", 1);
    b.wait_for_all("#rationale", 1);
    // B loses the laptop for a moment and types; A types meanwhile and saves first.
    b.offline(true);
    let boxes = b.wait_for_all("#rationale", 1);
    b.type_into(&boxes[0], "B: the 2023 circular covers it");
    let boxes = a.wait_for_all("#rationale", 1);
    a.type_into(&boxes[0], "A: only two districts have it");
    all_sent(&a);
    assert_eq!(t.rationale(&at), "A: only two districts have it");
    // B is back: its save would replace A's; instead B is shown A's saved text, with
    // its own kept beside it. A's words stay on the laptop.
    b.offline(false);
    wait_for("B to show both texts", Duration::from_secs(15), || {
        value_of(&b, "rationale") == "A: only two districts have it"
            && b.find_all(".mine")
                .iter()
                .any(|e| b.text(e).contains("B: the 2023 circular covers it"))
    });
    assert_eq!(t.rationale(&at), "A: only two districts have it");
    b.shot("table-both-texts");
    b.assert_accessible("table page, two texts side by side");
    // B keeps both: A's text, then its own.
    let add = b
        .find_all(".mine button")
        .into_iter()
        .find(|e| b.text(e) == "Add mine below")
        .expect("an Add mine below button");
    b.click(&add);
    all_sent(&b);
    assert_eq!(
        t.rationale(&at),
        "A: only two districts have it\nB: the 2023 circular covers it"
    );
    // A sees the merged text on its next poll.
    wait_for("A to see the merged text", Duration::from_secs(10), || {
        value_of(&a, "rationale") == "A: only two districts have it\nB: the 2023 circular covers it"
    });
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn text_typed_during_an_outage_survives_a_reload_and_is_sent_later() {
    let t = Tables::open();
    let (url, at) = t.table(2, 1);
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start(p.path());
    d.go(&url);
    let next = d.wait_for_all(".row button", 3);
    d.click(&next[1]);
    d.offline(true);
    let boxes = d.wait_for_all("#rationale", 1);
    d.type_into(&boxes[0], "typed with no connection");
    // The page says the laptop is away, and that the text is kept on the phone.
    d.wait_for_status("not answering");
    assert!(
        d.status_text().contains("saved on this device"),
        "{}",
        d.status_text()
    );
    d.shot("table-outage");
    assert_eq!(t.rationale(&at), "", "nothing reached the laptop yet");
    // The phone reloads while the laptop is still away (the page cannot load), then
    // again once it is back: the text is there, and it is sent.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| d.go(&url)));
    d.offline(false);
    d.go(&url);
    all_sent(&d);
    assert_eq!(t.rationale(&at), "typed with no connection");
    let nav = d.wait_for_all("nav button", 10);
    d.click(&nav[1]);
    assert_eq!(value_of(&d, "rationale"), "typed with no connection");
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn ending_voting_and_closing_tables_say_so_on_the_devices() {
    let room = open_room_on(demo_workspace(), 7, Limits::default());
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start(p.path());
    d.go(&room.url());
    d.wait_for_all("button.choice", 6);
    room.session.lock().close_voting();
    d.wait_for_status("This vote has ended");
    assert!(
        d.find_all("button.choice").is_empty(),
        "nothing left to tap"
    );
    d.shot("phone-ended");
    d.assert_accessible("phone page, vote ended");

    let t = Tables::open();
    let (url, _) = t.table(1, 0);
    let p2 = tempfile::tempdir().unwrap();
    let d2 = Driver::start(p2.path());
    d2.go(&url);
    d2.wait_for_all("button.choice", 6);
    t.session.lock().close_tables();
    d2.wait_for_status("Table scoring is closed");
    d2.shot("table-closed");
    d2.assert_accessible("table page, closed");
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn bangla_on_the_buttons_is_drawn_with_the_pages_own_font() {
    // This machine has no Bengali system font (Debian's minimal install): a button that
    // did not take the page's font would draw empty boxes.
    let text = String::from_utf8(codi_storage::json::to_bytes(&demo_workspace())).unwrap();
    let text = text
        .replace("\"Latent\"", "\"সুপ্ত\"")
        .replace("\"Emerging\"", "\"উদীয়মান\"")
        .replace("\"Established\"", "\"প্রতিষ্ঠিত\"")
        .replace("\"Advanced\"", "\"অগ্রসর\"");
    let ws = codi_storage::json::from_bytes(text.as_bytes(), std::path::Path::new("bn.codi.json"))
        .unwrap();
    let room = open_room_on(ws, 7, Limits::default());
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start(p.path());
    d.go(&room.url());
    let choices = d.wait_for_all("button.choice", 6);
    assert!(d.text(&choices[2]).contains("প্রতিষ্ঠিত"));
    // The label's text, in the button's own font, is as wide as the same word in the
    // embedded font, and not as wide as in a system font (which has no Bengali: boxes).
    let measure = "const label = document.querySelectorAll('button.choice .lab')[2];\
        const w = (font) => { const s = document.createElement('span');\
          s.textContent = label.textContent; s.style.font = getComputedStyle(label).font;\
          if (font) s.style.fontFamily = font; document.body.appendChild(s);\
          const r = s.getBoundingClientRect().width; s.remove(); return r; };\
        return [label.getBoundingClientRect().width, w(null), w('\"CODI Bengali\"'), w('monospace'),\
          getComputedStyle(label).fontFamily];";
    let mut widths = serde_json::Value::Null;
    let loaded = poll(Duration::from_secs(10), || {
        widths = d.run(measure);
        let w = |k: usize| widths[k].as_f64().unwrap_or(0.0);
        w(1) > 0.0 && (w(1) - w(2)).abs() < 0.5 && (w(1) - w(3)).abs() > 2.0
    });
    assert!(loaded, "the button's Bangla in the embedded font: {widths}");
    assert!(
        widths[4]
            .as_str()
            .unwrap_or_default()
            .contains("CODI Bengali"),
        "{widths}"
    );
    d.shot("phone-bangla-buttons");
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn a_new_area_comes_into_view_and_others_votes_move_nothing() {
    let room = open_room_on(demo_workspace(), 7, Limits::default());
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start_sized(p.path(), 360, 640);
    d.go(&room.url());
    let choices = d.wait_for_all("button.choice", 6);
    d.assert_accessible("phone page, before voting");
    // Focus on a choice, then another phone votes: the count changes, the focus and
    // the page do not.
    d.run("document.querySelectorAll('button.choice')[1].focus(); document.querySelectorAll('button.choice')[1].setAttribute('data-mark', 'x');");
    let other = room.join(7);
    assert_eq!(room.vote(&other, &room.at, "2").status, 200);
    wait_for("the count to change", Duration::from_secs(10), || {
        d.text_of("#voted") == "1 phone has voted."
    });
    assert_eq!(
        d.run("return document.activeElement.getAttribute('data-mark')"),
        "x",
        "the focus stayed on the same button, which was not redrawn"
    );
    // Scrolled down, the room moves on: the page goes to the top, with the title.
    d.click(&choices[5]);
    d.wait_for_status("Your vote: NI");
    d.assert_accessible("phone page, voted");
    d.run("window.scrollTo(0, document.body.scrollHeight)");
    room.move_to(2);
    wait_for("area 3", Duration::from_secs(10), || {
        d.text_of("p.step") == "Area 3 of 10"
    });
    let top = d.run("return [window.scrollY, document.querySelector('h1').getBoundingClientRect().top, document.getElementById('announce').textContent]");
    assert_eq!(top[0].as_f64(), Some(0.0), "{top}");
    assert!(
        top[1].as_f64().is_some_and(|y| (0.0..640.0).contains(&y)),
        "{top}"
    );
    assert!(
        top[2]
            .as_str()
            .unwrap_or_default()
            .starts_with("Area 3 of 10: "),
        "{top}"
    );
    d.shot("phone-new-area");
    // The reveal, with the result shared.
    let at = room.move_to(2);
    room.session.lock().live.reveal(at);
    if let Some(v) = room.session.lock().live.voting.as_mut() {
        v.phones_see_result = true;
    }
    d.wait_for_status("Voting on this area has closed");
    d.assert_accessible("phone page, result shown");
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn typed_addresses_are_forgiven_and_a_wrong_code_gets_a_page_of_ours() {
    let room = open_room_on(demo_workspace(), 7, Limits::default());
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start_sized(p.path(), 360, 640);
    let url = room.url();
    // Lower case, with a trailing slash.
    d.go(&format!("{}/", url.to_lowercase()));
    d.wait_for_all("button.choice", 6);
    // The bare address: a box for the code, typed in small letters.
    let home = format!("http://{}/", room.server.addr);
    d.go(&home);
    d.assert_accessible("landing page");
    d.shot("landing");
    let input = d.wait_for_all("input#code", 1);
    d.type_into(&input[0], &room.code().to_lowercase());
    let open = d.wait_for_all("button[type=submit]", 1);
    d.click(&open[0]);
    d.wait_for_all("button.choice", 6);
    // A code that is not open: the app's page says so, and offers the box again.
    d.go(&format!("http://{}/j/ZZZZZZ", room.server.addr));
    let note = d.wait_for_all("p.note", 1);
    assert!(d.text(&note[0]).contains("This code is not open"));
    assert_eq!(d.wait_for_all("input#code", 1).len(), 1);
    d.assert_accessible("landing page, unknown code");
}

#[test]
#[ignore = "needs chromium, chromium-driver and axe-core (scripts/fetch-axe.sh); .ci/run runs it with --ignored"]
fn a_submitted_table_cannot_change_its_answers() {
    let t = Tables::open();
    let (url, at) = t.table(4, 0);
    let p = tempfile::tempdir().unwrap();
    let d = Driver::start(p.path());
    d.go(&url);
    let choices = d.wait_for_all("button.choice", 6);
    d.assert_accessible("table page");
    d.click(&choices[2]);
    all_sent(&d);
    let answer = || {
        let st = t.session.lock();
        st.doc
            .workspace()
            .score_at(&at)
            .and_then(|s| s.proposal.clone())
            .and_then(|p| p.answer)
    };
    let before = answer();
    assert!(before.is_some());
    let submit = d.wait_for_all(".row button.go", 1);
    d.click(&submit[0]);
    d.wait_for_status("Submitted");
    d.shot("table-submitted");
    d.assert_accessible("table page, submitted");
    // Every choice and box is locked: tapping the chosen level again changes nothing.
    let locked = d.run("return [...document.querySelectorAll('button.choice')].every(b => b.disabled) && document.getElementById('rationale').readOnly");
    assert_eq!(locked, true);
    let choices = d.wait_for_all("button.choice", 6);
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| d.click(&choices[2])));
    all_sent(&d);
    assert_eq!(answer(), before, "a submitted table's answer stays");
    assert_eq!(
        d.run("return document.querySelectorAll('button.choice')[2].getAttribute('aria-pressed')"),
        "true",
        "the page still shows the submitted answer"
    );
    // The dashboard's count and the workspace agree: it is answered and submitted.
    let st = t.session.lock();
    let ws = st.doc.workspace();
    let m = &ws.ministries()[4].id;
    assert!(ws.rounds()[1].tables[m].submitted.is_some());
}

/// (No browser needed: the pages' `<noscript>` text, as served.)
#[test]
fn without_javascript_the_pages_say_what_to_do_instead() {
    let room = open_room_on(demo_workspace(), 7, Limits::default());
    let page = http::http(room.server.addr, "GET", &room.base(), &[], b"");
    assert!(page.body.contains("<noscript>"));
    assert!(page.body.contains("vote with your card"), "{}", page.body);
    let t = Tables::open();
    let (url, _) = t.table(0, 0);
    let (addr, path) = http::split(&url);
    let table = http::http(addr, "GET", &path, &[], b"");
    assert!(table.body.contains("write them on your table's sheet"));
}
