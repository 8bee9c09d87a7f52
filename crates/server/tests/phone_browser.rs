//! The phone page in a real browser: headless Chromium (Debian's `chromium` and
//! `chromium-driver`, driven over WebDriver on loopback) opens the join address at
//! 390x844, taps a level, and the vote is read back from the session; a reload keeps
//! the vote, a second tap changes it without adding one, and after the reveal the
//! phone shows the result when the facilitator allows it. Ignored by default because
//! it needs the browser; `.ci/run` installs it and runs this file with `--ignored`.
//! Set `CODI_PHONE_SHOTS=DIR` to keep the screenshots.

mod browser;
mod http;

use std::net::Ipv4Addr;
use std::path::Path;
use std::time::Duration;

use browser::{Driver, poll, wait_for};
use codi_model::demo::demo_workspace;
use codi_model::{Answer, Level, ScoreRef, Workspace};
use codi_server::RoomServer;
use codi_session::voting::Limits;
use http::open_room_on;
use serde_json::{Value, json};

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
    let mine = d.wait_for_all("button.choice[aria-pressed='true']", 1);
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
    d.wait_for_status("This vote has ended. Thank you.");
    assert!(d.find_all("button.choice").is_empty());
}

/// The demo workspace with the texts the phone shows for area 8 of MoSW in Bangla.
fn bangla_workspace() -> Workspace {
    let text = codi_storage::json::to_bytes(&demo_workspace());
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
    codi_storage::json::from_bytes(text.as_bytes(), path).expect("a valid workspace")
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
    assert_eq!(d.text(&title[0]), "পরিবর্তনে সাড়াদান");
    let step = d.wait_for_all("p.step", 1);
    assert_eq!(d.text(&step[0]), "Area 8 of 10");
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
fn open_tables() -> (codi_session::Session, RoomServer, tempfile::TempDir) {
    open_tables_on(demo_workspace())
}

/// Table scoring: `ws` (the demo workspace, changed) with its second round open for
/// tables.
fn open_tables_on(ws: Workspace) -> (codi_session::Session, RoomServer, tempfile::TempDir) {
    use codi_session::{Clock, Document, Session, Target};
    let dir = tempfile::tempdir().unwrap();
    let target = Target::File(dir.path().join("tables.codi.json"));
    let session = Session::new(Document::new(ws, target), Clock::default());
    let round = session.lock().doc.workspace().rounds()[1].id.clone();
    session.lock().open_tables(&round).unwrap();
    let ip = std::net::IpAddr::V4(Ipv4Addr::LOCALHOST);
    let server =
        RoomServer::start(session.clone(), ip, 0, std::time::Duration::from_secs(8)).unwrap();
    (session, server, dir)
}

/// Ministry `k`'s table address.
fn table_url(session: &codi_session::Session, server: &RoomServer, k: usize) -> String {
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
    one.shot("table-bottom");
    one.run("window.scrollTo(0, 0)");
    one.shot("table");
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
    let ws = codi_storage::json::load(&dir.path().join("tables.codi.json")).unwrap();
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

/// The phone page follows the workspace's language, and a phone may switch to another
/// shipped one, which it keeps on a reload.
#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn the_phone_speaks_the_workspaces_language_and_may_switch() {
    use codi_i18n::{Catalog, Digits};
    let mut ws = demo_workspace();
    ws.set_language(Some(codi_model::LanguageTag::parse("bn").unwrap()));
    let room = open_room_on(ws, 7, Limits::default());
    let catalog = Catalog::shipped();
    let bn = catalog.texts("bn", Digits::Bangla);
    let es = catalog.texts("es", Digits::Latin);
    let profile = tempfile::tempdir().unwrap();
    let d = Driver::start(profile.path());
    d.go(&room.url());
    let step = d.wait_for_all("p.step", 1);
    let area =
        |t: &codi_i18n::Texts| t.with("phone-area", &[("number", 8.into()), ("areas", 10.into())]);
    assert_eq!(d.text(&step[0]), area(&bn));
    assert!(area(&bn).contains('৮'), "Bangla digits: {}", area(&bn));
    d.wait_for_status(&bn.get("phone-tap"));
    assert_eq!(d.run("return document.documentElement.lang"), "bn");
    d.shot("phone-bn");
    let choices = d.wait_for_all("button.choice", 6);
    d.click(&choices[2]);
    wait_for("the vote in the session", Duration::from_secs(10), || {
        room.phones().count(level(3)) == 1
    });
    // Switch to Spanish on the page: the page comes back in Spanish with the vote kept.
    d.run("var s = document.getElementById('lang'); s.value = 'es'; s.dispatchEvent(new Event('change'));");
    wait_for("the page in Spanish", Duration::from_secs(10), || {
        d.run("return document.documentElement.lang") == "es"
    });
    let step = d.wait_for_all("p.step", 1);
    assert_eq!(d.text(&step[0]), area(&es));
    let mine = d.wait_for_all("button.choice[aria-pressed='true']", 1);
    assert!(d.text(&mine[0]).contains(&es.get("phone-your-mark")));
    d.shot("phone-es");
    // A reload keeps the phone's choice.
    d.call("POST", &d.at("/refresh"), Some(json!({})));
    wait_for("Spanish after a reload", Duration::from_secs(10), || {
        d.run("return document.documentElement.lang") == "es"
    });
    assert_eq!(room.phones().total(), 1, "switching adds no vote");
}

/// The table page follows the workspace's language as the phone page does, and
/// `?lang=` picks another shipped one: its fixed words come from the catalogue, counts
/// in the language's digits.
#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn the_table_page_speaks_the_workspaces_language_and_may_switch() {
    use codi_i18n::{Catalog, Digits, Texts};
    let mut ws = demo_workspace();
    ws.set_language(Some(codi_model::LanguageTag::parse("bn").unwrap()));
    let (session, server, _dir) = open_tables_on(ws);
    let catalog = Catalog::shipped();
    let bn = catalog.texts("bn", Digits::Bangla);
    let es = catalog.texts("es", Digits::Latin);
    let url = table_url(&session, &server, 0);
    let profile = tempfile::tempdir().unwrap();
    let d = Driver::start(profile.path());
    // The page's fixed words on the first area are `t`'s, and the page says it is in
    // `code`.
    let speaks = |t: &Texts, code: &str| {
        d.wait_for_all("button.choice", 6);
        wait_for(code, Duration::from_secs(10), || {
            d.run("return document.documentElement.lang") == code
        });
        assert_eq!(d.run("return document.title"), t.get("table-title"));
        // Read in the page (a poll may redraw the buttons between finding and reading).
        d.wait_for_all("details > summary", 1);
        assert_eq!(
            d.text_of("details > summary"),
            t.get("table-guiding-questions")
        );
        d.wait_for_all(".row button", 3);
        let button = |k: usize| d.text_of(&format!(".row button:nth-child({k})"));
        assert_eq!(button(1), t.get("table-previous"));
        assert_eq!(button(2), t.get("table-next"));
        let answered = d.find_all("nav button.done").len();
        let areas = d.find_all("nav button").len();
        let submit = t.with(
            "table-submit",
            &[("answered", answered.into()), ("total", areas.into())],
        );
        assert_eq!(button(3), submit);
        let rationale = d.text_of("main label");
        assert!(
            rationale.starts_with(&t.get("table-rationale")),
            "{rationale}"
        );
    };
    d.go(&url);
    speaks(&bn, "bn");
    let ten = bn.with(
        "table-submit",
        &[("answered", 0.into()), ("total", 10.into())],
    );
    assert!(ten.contains('০'), "Bangla digits: {ten}");
    // The instrument's own words in Bangla too: the area's title.
    let area = codi_model::Instrument::builtin().localized("bn").areas()[0]
        .name
        .clone();
    assert!(d.text_of("main h1").contains(&area), "{area}");
    d.shot("table-bn");
    // The same table in Spanish, asked for in the address.
    d.go(&format!("{url}?lang=es"));
    speaks(&es, "es");
    d.shot("table-es");
}

/// A round validated while a table types: the next save is refused, the page says the
/// round was signed off, shows the answers read-only, and keeps what was typed.
#[test]
#[ignore = "needs chromium and chromium-driver from apt; .ci/run runs it with --ignored"]
fn a_table_typing_when_the_round_is_signed_off_keeps_its_words_and_is_told() {
    use codi_model::review::{Status, step_edit};
    let (session, server, _dir) = open_tables();
    let profile = tempfile::tempdir().unwrap();
    let d = Driver::start(profile.path());
    d.go(&table_url(&session, &server, 0));
    fill_area(&d, 3, "Saved before the sign-off.");
    {
        let mut st = session.lock();
        let round = st.doc.workspace().rounds()[1].id.clone();
        for to in [Status::UnderReview, Status::Validated] {
            let now = st.stamp();
            let edit = step_edit(st.doc.workspace(), &round, to, "Dr. Rahman", "", now).unwrap();
            st.apply(edit, codi_session::Origin::User).unwrap();
        }
    }
    let boxes = d.wait_for_all("#rationale", 1);
    d.type_into(&boxes[0], " Typed after it.");
    let t = codi_i18n::Catalog::shipped().texts("en", codi_i18n::Digits::Latin);
    let note = t.get("table-validated-note");
    wait_for(
        "the page to say it was signed off",
        Duration::from_secs(10),
        || {
            d.run("return document.body.innerText")
                .as_str()
                .is_some_and(|s| s.contains(note.as_str()))
        },
    );
    // The page may hear it from a poll while the box has focus; the refused save
    // then redraws the area read-only.
    wait_for("the box to turn read-only", Duration::from_secs(10), || {
        d.run("return document.getElementById('rationale').readOnly") == Value::Bool(true)
    });
    let kept = d.run("return document.getElementById('rationale').value");
    assert_eq!(kept, "Saved before the sign-off. Typed after it.");
    let submit = d.run("return document.querySelectorAll('.row button.go').length");
    assert_eq!(submit, json!(0), "no submit on a signed-off round");
    d.shot("table-validated");
    // Nothing after the sign-off reached the record.
    let st = session.lock();
    let ws = st.doc.workspace();
    let at = ScoreRef::new(
        &ws.rounds()[1].id,
        &ws.ministries()[0].id,
        &ws.instrument().areas()[0].id,
    );
    let p = ws.score_at(&at).and_then(|s| s.proposal.clone()).unwrap();
    assert_eq!(p.rationale, "Saved before the sign-off.");
}
