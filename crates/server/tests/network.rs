//! The network's life cycle, as every client sees it: one server for room voting and
//! table scoring, running while either is open, keeping its port for the next opening,
//! and gone once both are closed. Loopback and port 0 only.

mod http;

use std::net::{IpAddr, Ipv4Addr};
use std::time::Duration;

use codi_model::demo::demo_workspace;
use codi_server::Network;
use codi_session::{Clock, Document, Session, Target};

fn network(grace: Duration) -> (Network, Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let target = Target::Unsaved(dir.path().join("net.codi.json"));
    let session = Session::new(Document::new(demo_workspace(), target), Clock::default());
    let net = Network::new(session.clone(), IpAddr::V4(Ipv4Addr::LOCALHOST), grace);
    (net, session, dir)
}

fn port_of(url: &str) -> u16 {
    let rest = url.trim_start_matches("http://127.0.0.1:");
    rest.split('/').next().unwrap().parse().unwrap()
}

#[test]
fn one_server_runs_while_either_is_open_and_keeps_its_port() {
    let (mut net, session, _dir) = network(Duration::ZERO);
    assert!(!net.is_running(), "off until something opens");
    assert_eq!(net.open_voting(0), Ok(None));
    assert!(net.is_running());
    let urls = net.join_urls();
    assert_eq!(urls.len(), 1, "{urls:?}");
    let port = port_of(&urls[0]);
    let addr = std::net::SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let path = &urls[0][urls[0].find("/j/").unwrap()..];
    let reply = http::http(addr, "GET", path, &[], b"");
    assert_eq!(reply.status, 200, "the join page answers");

    // Tables open on the same server; closing voting leaves it running for them.
    let round = session.lock().doc.workspace().rounds()[1].id.clone();
    assert_eq!(net.open_tables(&round), Ok(None));
    let tables = net.table_urls(0);
    assert_eq!(
        tables.len(),
        session.lock().doc.workspace().ministries().len()
    );
    assert!(tables.iter().all(|(_, u)| port_of(u) == port));
    net.close_voting();
    assert!(net.is_running(), "tables still use it");
    assert!(
        net.join_urls().is_empty(),
        "no join address once voting closed"
    );

    // Both closed: the port goes at once (no grace here).
    net.close_tables();
    assert!(!net.is_running());
    assert!(net.table_urls(0).is_empty());

    // Opened again, it asks for the same port, so printed addresses work again.
    assert_eq!(net.open_voting(0), Ok(None));
    assert_eq!(port_of(&net.join_urls()[0]), port);
    net.close_all();
    assert!(!net.is_running());
    assert!(session.lock().live.voting.is_none() && session.lock().live.tables.is_none());
}

#[test]
fn with_a_grace_period_the_server_outlives_the_closing() {
    let (mut net, _session, _dir) = network(Duration::from_secs(60));
    net.open_voting(0).unwrap();
    net.close_voting();
    // Phones are still being told that the vote ended.
    assert!(net.is_running());
    net.close_all();
    assert!(!net.is_running(), "closing the document stops it at once");
}

#[test]
fn a_failed_start_leaves_nothing_open() {
    let (mut net, session, _dir) = network(Duration::ZERO);
    // Tables for a round that does not exist: refused, and nothing runs.
    let missing = rid("no-such-round");
    let refused = net.open_tables(&missing).unwrap_err();
    assert!(
        refused.contains("Table scoring could not start"),
        "{refused}"
    );
    assert!(!net.is_running());
    assert!(session.lock().live.tables.is_none());
}

pub fn rid(s: &str) -> codi_model::RoundId {
    codi_model::RoundId::new(s).unwrap()
}
