//! A small HTTP/1.1 client for the tests and benchmarks that talk to the room-voting
//! server and to chromedriver (one request per connection, loopback addresses only),
//! and a room: a session with voting open, served on 127.0.0.1.

#![allow(dead_code)] // Each user takes a different part.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use codi_model::{ScoreRef, VoteTally, Workspace};
use codi_server::RoomServer;
use codi_session::voting::Limits;
use codi_session::{Clock, Document, Focus, Page, Session, Target};

pub struct Reply {
    pub status: u16,
    /// The head, lower-cased.
    pub headers: String,
    pub body: String,
}

/// One request on a fresh connection (`Connection: close`), to a loopback address.
pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    http_from(1, addr, method, path, headers, body)
}

/// A connection from 127.0.0.`host` (Linux answers for all of 127.0.0.0/8): the
/// server's per-address limits see one address per simulated phone.
pub fn connect_from(host: u8, addr: SocketAddr) -> TcpStream {
    connect_via(Ipv4Addr::new(127, 0, 0, host), addr)
}

/// The loopback address of simulated phone `i` (up to 50,000): 127.0.x.y, never
/// 127.0.0.1, which the tests' own requests use.
pub fn phone_ip(i: usize) -> Ipv4Addr {
    let i = u32::try_from(i).expect("a few phones");
    Ipv4Addr::new(127, 0, (1 + i / 200) as u8, (1 + i % 200) as u8)
}

/// A connection from `from`, an address of the loopback network.
pub fn connect_via(from: Ipv4Addr, addr: SocketAddr) -> TcpStream {
    assert!(
        addr.ip().is_loopback() && from.is_loopback(),
        "tests talk to loopback only: {from} -> {addr}"
    );
    use socket2::{Domain, Socket, Type};
    let from = SocketAddr::new(IpAddr::V4(from), 0);
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a socket");
    socket
        .bind(&from.into())
        .expect("bind to a loopback address");
    socket
        .connect_timeout(&addr.into(), Duration::from_secs(5))
        .expect("connect");
    socket.into()
}

/// One request on a fresh connection from 127.0.0.`host`.
pub fn http_from(
    host: u8,
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    http_via(
        Ipv4Addr::new(127, 0, 0, host),
        addr,
        method,
        path,
        headers,
        body,
    )
}

/// One request on a fresh connection from `from` (a loopback address).
pub fn http_via(
    from: Ipv4Addr,
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Reply {
    let mut s = connect_via(from, addr);
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let raw = read_reply(&mut s);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = head.to_ascii_lowercase();
    let body = if headers.contains("transfer-encoding: chunked") {
        unchunk(body)
    } else {
        body.to_owned()
    };
    Reply {
        status,
        headers,
        body,
    }
}

/// `http://IP:PORT/PATH` as the socket address and `/PATH`.
pub fn split(url: &str) -> (SocketAddr, String) {
    let rest = url.strip_prefix("http://").expect("an http address");
    let (host, path) = rest.split_once('/').expect("a path");
    (host.parse().expect("IP:PORT"), format!("/{path}"))
}

/// Read one reply: up to its `Content-Length`, the last chunk, or the end of the
/// stream. Some servers (chromedriver) keep the connection open whatever we ask.
fn read_reply(s: &mut TcpStream) -> Vec<u8> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        if reply_complete(&raw) {
            break;
        }
        match s.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
    raw
}

fn reply_complete(raw: &[u8]) -> bool {
    let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let body = &raw[end + 4..];
    if let Some(len) = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
    {
        return body.len() >= len;
    }
    head.contains("transfer-encoding: chunked") && body.ends_with(b"0\r\n\r\n")
}

/// The body of a chunked reply, joined.
fn unchunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || after.len() < n {
            break;
        }
        out.push_str(&after[..n]);
        rest = after[n..].trim_start_matches("\r\n");
    }
    out
}

/// A session on the demo workspace with voting open on one area, served on loopback.
pub struct Room {
    pub session: Session,
    pub server: RoomServer,
    pub at: ScoreRef,
    _dir: tempfile::TempDir,
}

impl Room {
    /// The address a phone opens.
    pub fn url(&self) -> String {
        self.server
            .join_url(self.server.addr.ip())
            .expect("voting is open")
    }
    /// The join code of the open vote.
    pub fn code(&self) -> String {
        self.session.lock().voting_code().expect("voting is open")
    }
    pub fn base(&self) -> String {
        format!("/j/{}", self.code())
    }
    pub fn vote(&self, device: &str, area: &ScoreRef, answer: &str) -> Reply {
        self.vote_at(&self.base(), device, area, answer)
    }
    /// A phone joins from 127.0.0.`host`: the device token the server issues it.
    pub fn join(&self, host: u8) -> String {
        let r = http_from(
            host,
            self.server.addr,
            "GET",
            &format!("{}/state", self.base()),
            &[],
            b"",
        );
        assert_eq!(r.status, 200, "{}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("state is JSON");
        v["device"].as_str().expect("a device token").to_owned()
    }
    /// A vote sent to the join path `base` (which may be an old one).
    pub fn vote_at(&self, base: &str, device: &str, area: &ScoreRef, answer: &str) -> Reply {
        let body = format!(
            r#"{{"round":"{}","ministry":"{}","area":"{}","answer":"{answer}"}}"#,
            area.round, area.ministry, area.area
        );
        http(
            self.server.addr,
            "POST",
            &format!("{base}/vote"),
            &[("X-Device", device), ("Content-Type", "application/json")],
            body.as_bytes(),
        )
    }
    pub fn phones(&self) -> VoteTally {
        let st = self.session.lock();
        st.doc
            .workspace()
            .score_at(&self.at)
            .map(|s| s.phone_votes.clone())
            .unwrap_or_default()
    }
    pub fn move_to(&self, k: usize) -> ScoreRef {
        let mut st = self.session.lock();
        let focus = st.live.focus.clone().unwrap();
        let area = st.doc.workspace().instrument().areas()[k].id.clone();
        let f = Focus {
            page: Page::Area(area),
            ..focus
        };
        let at = f.score_ref().unwrap();
        st.live.focus = Some(f);
        at
    }
}

/// `ws` with voting open on area `area` (0-based) of its second round's first ministry.
pub fn open_room_on(ws: Workspace, area: usize, limits: Limits) -> Room {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::Unsaved(dir.path().join("room.codi.json"));
    let session = Session::new(Document::new(ws, target), Clock::default());
    let at = {
        let mut st = session.lock();
        let ws = st.doc.workspace().clone();
        let focus = Focus {
            round: ws.rounds()[1].id.clone(),
            ministry: ws.ministries()[0].id.clone(),
            page: Page::Area(ws.instrument().areas()[area].id.clone()),
        };
        let at = focus.score_ref().unwrap();
        st.live.focus = Some(focus);
        st.open_voting(limits);
        at
    };
    // Port 0: the system picks a free one, so tests never collide.
    let server = RoomServer::start(
        session.clone(),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        0,
        Duration::ZERO,
    )
    .unwrap();
    Room {
        session,
        server,
        at,
        _dir: dir,
    }
}
