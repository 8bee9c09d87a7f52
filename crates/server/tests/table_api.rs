//! Table scoring over real HTTP on 127.0.0.1: a table code reaches its own ministry
//! only, revoked and unknown codes reach nothing, the text and body limits hold, two
//! devices at one table are told when one saves over the other, and submit works.

mod http;

use std::net::{IpAddr, Ipv4Addr};

use codi_model::demo::demo_workspace;
use codi_model::{MinistryId, RoundId, ScoreRef};
use codi_server::RoomServer;
use codi_session::{Clock, Document, Session, Target};
use http::http;
use serde_json::{Value, json};

struct Tables {
    session: Session,
    server: RoomServer,
    round: RoundId,
    _dir: tempfile::TempDir,
}

impl Tables {
    fn open() -> Tables {
        let dir = tempfile::tempdir().unwrap();
        let target = Target::Unsaved(dir.path().join("tables.codi.json"));
        let session = Session::new(Document::new(demo_workspace(), target), Clock::default());
        let round = session.lock().doc.workspace().rounds()[1].id.clone();
        session.lock().open_tables(&round).unwrap();
        let server = RoomServer::start(
            session.clone(),
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            0,
            std::time::Duration::ZERO,
        )
        .unwrap();
        Tables {
            session,
            server,
            round,
            _dir: dir,
        }
    }

    /// Ministry `k`'s id and table code.
    fn table(&self, k: usize) -> (MinistryId, String) {
        let st = self.session.lock();
        let ws = st.doc.workspace();
        let m = ws.ministries()[k].id.clone();
        let code = ws.round(self.round.as_str()).unwrap().tables[&m]
            .code
            .clone();
        (m, code)
    }

    fn state(&self, code: &str) -> (u16, Value) {
        let r = http(
            self.server.addr,
            "GET",
            &format!("/t/{code}/state"),
            &[],
            b"",
        );
        (
            r.status,
            serde_json::from_str(&r.body).unwrap_or(Value::Null),
        )
    }

    fn post(&self, code: &str, what: &str, body: &[u8]) -> (u16, Value) {
        let path = format!("/t/{code}/{what}");
        let headers = [("Content-Type", "application/json")];
        let r = http(self.server.addr, "POST", &path, &headers, body);
        (
            r.status,
            serde_json::from_str(&r.body).unwrap_or(Value::Null),
        )
    }

    fn save(
        &self,
        code: &str,
        area: &str,
        answer: &str,
        rationale: &str,
        base: u32,
    ) -> (u16, Value) {
        let body = json!({"area": area, "answer": answer, "rationale": rationale, "evidence": "", "base": base});
        self.post(code, "save", body.to_string().as_bytes())
    }

    fn area(&self, k: usize) -> String {
        self.session.lock().doc.workspace().instrument().areas()[k]
            .id
            .to_string()
    }
}

#[test]
fn a_code_reaches_its_own_ministry_only() {
    let t = Tables::open();
    let (m0, c0) = t.table(0);
    let (m1, c1) = t.table(1);
    let (status, s0) = t.state(&c0);
    assert_eq!(status, 200);
    let name0 = t
        .session
        .lock()
        .doc
        .workspace()
        .ministry(m0.as_str())
        .unwrap()
        .name
        .clone();
    assert_eq!(s0["ministry"], name0.as_str());
    assert_eq!(s0["areas"].as_array().unwrap().len(), 10);
    let page = http(t.server.addr, "GET", &format!("/t/{c0}"), &[], b"");
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!("/t/{c0}/table.js")));
    // A save with table 0's code lands on ministry 0, never on ministry 1.
    let area = t.area(2);
    let (status, r) = t.save(&c0, &area, "3", "<script>alert(1)</script> stays text", 0);
    assert_eq!(status, 200, "{r}");
    let st = t.session.lock();
    let ws = st.doc.workspace();
    let a = codi_model::AreaId::new(&area).unwrap();
    let p0 = ws
        .score_at(&ScoreRef::new(&t.round, &m0, &a))
        .unwrap()
        .proposal
        .clone()
        .unwrap();
    assert_eq!(p0.rationale, "<script>alert(1)</script> stays text");
    let other = ws
        .score_at(&ScoreRef::new(&t.round, &m1, &a))
        .and_then(|s| s.proposal.clone());
    assert!(other.is_none());
    drop(st);
    let (_, s1) = t.state(&c1);
    assert_eq!(
        s1["areas"][2]["rationale"], "",
        "table 1 does not see table 0's text"
    );
    for bad in ["ZZZZZZ", "../j", "%00"] {
        assert_eq!(t.state(bad).0, 404, "{bad}");
    }
    assert_eq!(http(t.server.addr, "GET", "/t", &[], b"").status, 404);
}

#[test]
fn revoked_codes_limits_and_garbage_are_refused() {
    let t = Tables::open();
    let (m, code) = t.table(3);
    let area = t.area(0);
    let long = "ক".repeat(4001);
    let (status, r) = t.save(&code, &area, "2", &long, 0);
    assert_eq!(status, 422, "{r}");
    assert!(r["message"].as_str().unwrap().contains("4000"), "{r}");
    let ok = "ক".repeat(4000);
    assert_eq!(
        t.save(&code, &area, "2", &ok, 0).0,
        200,
        "4,000 Bangla characters fit"
    );
    let huge = vec![b'x'; 70 * 1024];
    assert_eq!(t.post(&code, "save", &huge).0, 413);
    assert_eq!(t.post(&code, "save", b"{not json").0, 400);
    assert_eq!(
        t.save(&code, &area, "7", "", 1).0,
        422,
        "level 7 is off the scale"
    );
    assert_eq!(t.save(&code, &area, "X", "", 1).0, 400);
    assert_eq!(t.save(&code, "no-such-area", "1", "", 0).0, 422);
    t.session.lock().reissue_table(&t.round, &m, true).unwrap();
    assert_eq!(t.state(&code).0, 404, "a revoked code reaches nothing");
    assert_eq!(t.save(&code, &area, "1", "", 1).0, 404);
    t.session.lock().close_tables();
    let (_, other) = t.table(4);
    // Closed: the tables are told so (until the server stops), and nothing is saved.
    let (status, closed) = t.state(&other);
    assert_eq!(status, 410, "closed: {closed}");
    assert!(
        closed["message"]
            .as_str()
            .unwrap()
            .contains("Table scoring is closed"),
        "{closed}"
    );
    assert_eq!(t.save(&other, &area, "1", "", 0).0, 410);
}

#[test]
fn two_devices_at_one_table_never_replace_each_other_unseen_and_submit_locks() {
    let t = Tables::open();
    let (m, code) = t.table(5);
    let area = t.area(6);
    let (_, first) = t.save(&code, &area, "2", "device one", 0);
    assert_eq!(first["revision"], 1);
    assert_eq!(first["message"], "Saved.");
    // Device two started from revision 0 too: nothing is replaced, and it gets back
    // what device one saved, to show beside its own text.
    let (status, second) = t.save(&code, &area, "3", "device two", 0);
    assert_eq!(status, 409, "{second}");
    assert_eq!(second["saved"]["rationale"], "device one");
    assert_eq!(second["saved"]["answer"], "2");
    assert_eq!(second["saved"]["revision"], 1);
    let (_, s) = t.state(&code);
    assert_eq!(
        s["areas"][6]["rationale"], "device one",
        "device one's words stay"
    );
    // Having seen revision 1, device two merges and saves.
    let (status, merged) = t.save(&code, &area, "3", "device one\ndevice two", 1);
    assert_eq!((status, merged["revision"].clone()), (200, 2.into()));
    let (_, s) = t.state(&code);
    assert_eq!(s["areas"][6]["rationale"], "device one\ndevice two");
    assert_eq!(s["areas"][6]["answer"], "3");
    assert_eq!(t.post(&code, "submit", br#"{"submitted":true}"#).0, 200);
    assert_eq!(t.state(&code).1["submitted"], true);
    // Submitted means submitted: no answer changes until the table reopens.
    let (status, locked) = t.save(&code, &area, "", "", 2);
    assert_eq!(status, 423, "{locked}");
    assert_eq!(locked["locked"], true);
    assert_eq!(t.state(&code).1["areas"][6]["answer"], "3");
    let st = t.session.lock();
    let table = &st.doc.workspace().round(t.round.as_str()).unwrap().tables[&m];
    assert!(table.submitted.is_some() && table.started.is_some());
    drop(st);
    assert_eq!(t.post(&code, "submit", br#"{"submitted":false}"#).0, 200);
    assert_eq!(t.state(&code).1["submitted"], false);
}

#[test]
fn a_validated_round_takes_nothing_from_tables_and_phones_and_says_why() {
    use codi_model::review::{Status, step_edit};
    use codi_session::Origin;
    let t = Tables::open();
    let (_, code) = t.table(2);
    let area = t.area(1);
    assert_eq!(t.save(&code, &area, "2", "before sign-off", 0).0, 200);
    {
        let mut st = t.session.lock();
        let at = "2026-12-04T09:30:00Z".parse().unwrap();
        for to in [Status::UnderReview, Status::Validated] {
            let edit = step_edit(
                st.doc.workspace(),
                t.round.as_str(),
                to,
                "Dr. Rahman",
                "",
                at,
            )
            .unwrap();
            st.apply(edit, Origin::User).unwrap();
        }
    }
    let (_, s) = t.state(&code);
    assert_eq!(s["validated"], true, "the page is told: {s}");
    assert_eq!(s["areas"][1]["rationale"], "before sign-off");
    let (status, r) = t.save(&code, &area, "3", "after sign-off", 1);
    assert_eq!(status, 423, "{r}");
    assert_eq!(
        (r["locked"].clone(), r["validated"].clone()),
        (true.into(), true.into())
    );
    assert!(r["message"].as_str().unwrap().contains("signed off"), "{r}");
    assert_eq!(t.post(&code, "submit", br#"{"submitted":true}"#).0, 423);
    let (_, s) = t.state(&code);
    assert_eq!(
        s["areas"][1]["rationale"], "before sign-off",
        "nothing changed"
    );
    assert_eq!(s["submitted"], false);

    // A phone's vote is refused too, while voting is open on an area of that round.
    let mut st = t.session.lock();
    st.open_voting(Default::default());
    let ws = st.doc.workspace();
    let at = ScoreRef::new(
        &t.round,
        &ws.ministries()[2].id,
        &ws.instrument().areas()[1].id,
    );
    st.live.focus = Some(codi_session::Focus {
        round: at.round.clone(),
        ministry: at.ministry.clone(),
        page: codi_session::Page::Area(at.area.clone()),
    });
    let answer = codi_model::Answer::Level(codi_model::Level::new(2).unwrap());
    let refused = st.phone_vote("phone-token-1", &at, answer).unwrap_err();
    assert_eq!(refused, codi_session::voting::VoteRefused::Validated);
}
