//! The server under hostile clients, on loopback only (clients from 127.0.0.k, every
//! loop bounded in count and time): connections that trickle headers are closed and
//! cannot starve phones or the app's own files, even with few file handles; guessing
//! codes runs into a wait that is said; and one address cannot mint ballots.

mod http;

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use codi_model::demo::demo_workspace;
use codi_server::{Options, RoomServer};
use codi_session::voting::Limits;
use codi_session::{Clock, Document, Focus, Page, Session, Target};
use http::{connect_from, http_from};

/// Voting open on the demo's follow-up round, served with a short header timeout; the
/// workspace has a file of its own, to check that saving still works.
fn serve(header_timeout: Duration) -> (Session, RoomServer, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::File(dir.path().join("limits.codi.json"));
    let session = Session::new(Document::new(demo_workspace(), target), Clock::default());
    let code = {
        let mut st = session.lock();
        let ws = st.doc.workspace().clone();
        st.live.focus = Some(Focus {
            round: ws.rounds()[1].id.clone(),
            ministry: ws.ministries()[0].id.clone(),
            page: Page::Area(ws.instrument().areas()[0].id.clone()),
        });
        st.open_voting(Limits::default())
    };
    let options = Options {
        grace: Duration::ZERO,
        header_timeout,
    };
    let ip = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let server = RoomServer::start_with(session.clone(), ip, 0, options).unwrap();
    (session, server, code, dir)
}

/// The process may hold only `n` open files from now on (soft and hard limit).
fn limit_open_files(n: u64) {
    let rl = libc::rlimit {
        rlim_cur: n as libc::rlim_t,
        rlim_max: n as libc::rlim_t,
    };
    // SAFETY: a valid rlimit.
    let done = unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &rl) };
    assert_eq!(done, 0, "setrlimit");
}

/// Slow clients, 460 of them from 20 addresses, for the server at `CODI_SLOW_TARGET`:
/// run in a process of its own (so that their sockets do not count against the
/// server's file limit). Each sends half a request, then a byte every 200 ms, for at
/// most 6 s; prints how many the server closed.
#[test]
#[ignore = "a helper: the test below runs it in a child process"]
fn slow_client_helper() {
    let Ok(target) = std::env::var("CODI_SLOW_TARGET") else {
        return;
    };
    let addr: std::net::SocketAddr = target.parse().unwrap();
    let mut open: Vec<std::net::TcpStream> = (0..460)
        .filter_map(|k| {
            let mut s = connect_from(100 + (k % 20) as u8, addr);
            s.set_nonblocking(true).ok()?;
            s.write_all(b"GET /j/").ok()?;
            Some(s)
        })
        .collect();
    let total = open.len();
    println!("SLOW: ready");
    let mut closed = 0;
    let until = Instant::now() + Duration::from_secs(6);
    while !open.is_empty() && Instant::now() < until {
        open.retain_mut(|s| {
            let mut buf = [0u8; 256];
            let gone = match s.read(&mut buf) {
                Ok(0) => true,
                Ok(_) => false,
                Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
            } || s.write_all(b"X").is_err();
            closed += usize::from(gone);
            !gone
        });
        std::thread::sleep(Duration::from_millis(200));
    }
    println!("SLOW: closed {closed} of {total}");
}

#[test]
fn trickling_connections_are_closed_and_cannot_starve_phones_or_saving() {
    // As on a laptop that allows few open files: the server must keep its connections
    // well under the limit, or the app could not even save.
    limit_open_files(512);
    let (session, server, code, _dir) = serve(Duration::from_millis(500));
    let addr = server.addr;
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", "slow_client_helper", "--nocapture"])
        .env("CODI_SLOW_TARGET", addr.to_string())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Once they are all connected and trickling...
    let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let n = std::io::BufRead::read_line(&mut out, &mut line).unwrap();
        assert!(n > 0, "the helper ended early: {seen}");
        seen.push_str(&line);
        if line.starts_with("SLOW: ready") {
            break;
        }
    }
    // ...a phone at another address still gets its state...
    let started = Instant::now();
    let r = http_from(40, addr, "GET", &format!("/j/{code}/state"), &[], b"");
    assert_eq!(r.status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "served after {:?}",
        started.elapsed()
    );
    // ...and the app can still write its file.
    session
        .lock()
        .apply(
            codi_model::Edit::SetTitle("Still saving".into()),
            codi_session::Origin::User,
        )
        .unwrap();
    session
        .flush()
        .expect("saving works with the slow clients connected");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut out, &mut text).unwrap();
    assert!(child.wait().unwrap().success());
    let line = text
        .lines()
        .find(|l| l.starts_with("SLOW: "))
        .unwrap_or_else(|| panic!("the helper's report: {text}"));
    let (closed, total) = line
        .strip_prefix("SLOW: closed ")
        .and_then(|r| r.split_once(" of "))
        .map(|(a, b)| {
            (
                a.parse::<usize>().unwrap(),
                b.trim().parse::<usize>().unwrap(),
            )
        })
        .unwrap();
    assert!(total >= 400, "{line}");
    assert_eq!(
        closed, total,
        "every trickling connection was closed: {line}"
    );
}

#[test]
fn guessing_codes_runs_into_a_wait_that_is_said() {
    let (session, server, code, _dir) = serve(Duration::from_secs(10));
    let addr = server.addr;
    let mut refused_at = None;
    // At most 50 guesses, or 10 s.
    let started = Instant::now();
    for k in 0..50 {
        if started.elapsed() > Duration::from_secs(10) {
            break;
        }
        let guess = format!("/t/GUESS{k:03}/state");
        let r = http_from(50, addr, "GET", &guess, &[], b"");
        if r.status == 429 {
            assert!(r.headers.contains("retry-after: "), "{}", r.headers);
            assert!(r.body.contains("Wait "), "{}", r.body);
            refused_at = Some(k);
            break;
        }
        assert_eq!(r.status, 404, "{}", r.body);
    }
    let k = refused_at.expect("the guessing was stopped");
    assert!(k <= 11, "after {k} wrong codes");
    // That address now waits, even with a right code; another does not.
    let right = format!("/j/{code}/state");
    assert_eq!(http_from(50, addr, "GET", &right, &[], b"").status, 429);
    assert_eq!(http_from(51, addr, "GET", &right, &[], b"").status, 200);
    drop(session);
}

#[test]
fn one_address_cannot_mint_ballots() {
    let (session, server, code, _dir) = serve(Duration::from_secs(10));
    let addr = server.addr;
    let state = format!("/j/{code}/state");
    let mut tokens = Vec::new();
    // At most 20 tries from one address.
    for _ in 0..20 {
        let r = http_from(60, addr, "GET", &state, &[], b"");
        assert_eq!(r.status, 200);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        match v["device"].as_str() {
            Some(t) => tokens.push(t.to_owned()),
            None => assert!(
                v["message"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("Too many phones from this address"),
                "{v}"
            ),
        }
    }
    assert_eq!(tokens.len(), codi_server::guard::DEVICES_PER_ADDRESS);
    let at = session.lock().voting_area().unwrap();
    let body = format!(
        r#"{{"round":"{}","ministry":"{}","area":"{}","answer":"3"}}"#,
        at.round, at.ministry, at.area
    );
    let vote = format!("/j/{code}/vote");
    for t in &tokens {
        let r = http_from(60, addr, "POST", &vote, &[("X-Device", t)], body.as_bytes());
        assert_eq!(r.status, 200, "{}", r.body);
    }
    // A made-up token counts nothing, from any address.
    let made_up = format!("{}-{}", "1".repeat(16), "2".repeat(32));
    let r = http_from(
        61,
        addr,
        "POST",
        &vote,
        &[("X-Device", &made_up)],
        body.as_bytes(),
    );
    assert_eq!(r.status, 403);
    let st = session.lock();
    let phones = &st.doc.workspace().score_at(&at).unwrap().phone_votes;
    assert_eq!(
        phones.total(),
        tokens.len() as u64,
        "one address, four ballots at most"
    );
}
