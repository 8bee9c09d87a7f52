//! The network's life cycle, for every client (the window, the command line): one
//! server serves room voting and table scoring; it starts when either opens, keeps its
//! port while the document is open (the same addresses work again), and lets the port
//! go once both are closed: at once, or after the grace period in which phones and
//! tables hear that it ended. The session cannot hold the server (the server depends on
//! it), so the rules live here, beside the server, and the window only asks and shows.

use std::net::IpAddr;
use std::time::Duration;

use crate::model::{MinistryId, RoundId};
use crate::session::Session;
use crate::{DEFAULT_PORT, RoomServer};

/// What phones and tables reach, and the rules for starting and stopping it.
pub struct Network {
    session: Session,
    bind: IpAddr,
    grace: Duration,
    server: Option<RoomServer>,
    /// The port the server got the first time; asked for again on a restart.
    port: Option<u16>,
    /// The machine's addresses the server can be reached on.
    reachable: Vec<IpAddr>,
}

impl Network {
    /// Nothing runs until room voting or table scoring opens. `bind` is the address
    /// served (all of them, or loopback in tests); `grace` how long phones hear "ended".
    pub fn new(session: Session, bind: IpAddr, grace: Duration) -> Self {
        Self {
            session,
            bind,
            grace,
            server: None,
            port: None,
            reachable: Vec::new(),
        }
    }

    /// Open room voting (a new join code) and the server, on `port` or the next free one.
    /// `Ok` carries a note for the user when another port was used. Opening twice is
    /// a no-op.
    pub fn open_voting(&mut self, port: u16) -> Result<Option<String>, String> {
        if self.session.lock().live.voting.is_some() {
            return Ok(None);
        }
        self.session
            .lock()
            .open_voting(crate::session::voting::Limits::default());
        self.ensure_server(port, "Room voting").inspect_err(|_| {
            self.session.lock().close_voting();
        })
    }

    /// Close room voting: every per-phone record goes.
    pub fn close_voting(&mut self) {
        self.session.lock().close_voting();
        self.stop_if_idle();
    }

    /// Open table scoring for `round` (codes for every table) and the server.
    pub fn open_tables(&mut self, round: &RoundId) -> Result<Option<String>, String> {
        self.session
            .lock()
            .open_tables(round)
            .map_err(|e| format!("Table scoring could not start: {e}"))?;
        self.ensure_server(DEFAULT_PORT, "Table scoring")
            .inspect_err(|_| self.session.lock().close_tables())
    }

    /// Close table scoring; codes and proposals stay in the workspace.
    pub fn close_tables(&mut self) {
        self.session.lock().close_tables();
        self.stop_if_idle();
    }

    /// Close both and stop the server at once (the document changes, the app closes).
    pub fn close_all(&mut self) {
        {
            let mut st = self.session.lock();
            st.close_voting();
            st.close_tables();
        }
        self.stop_at_once();
    }

    /// Whether the server runs (either is open, or closed less than the grace ago).
    pub fn is_running(&self) -> bool {
        self.server.as_ref().is_some_and(RoomServer::is_running)
    }

    /// The join addresses, one per address of this machine, while voting is open.
    pub fn join_urls(&self) -> Vec<String> {
        let Some(server) = self.server.as_ref().filter(|s| s.is_running()) else {
            return Vec::new();
        };
        self.reachable
            .iter()
            .filter_map(|ip| server.join_url(*ip))
            .collect()
    }

    /// Each table's address in the open round, on the `pick`-th address.
    pub fn table_urls(&self, pick: usize) -> Vec<(MinistryId, String)> {
        let Some(server) = &self.server else {
            return Vec::new();
        };
        let Some(&ip) = self.reachable.get(pick).or(self.reachable.first()) else {
            return Vec::new();
        };
        let st = self.session.lock();
        let Some(open) = &st.live.tables else {
            return Vec::new();
        };
        let Some(round) = st.doc.workspace().round(open.round.as_str()) else {
            return Vec::new();
        };
        round
            .tables
            .iter()
            .map(|(m, t)| (m.clone(), server.table_url(ip, &t.code)))
            .collect()
    }

    /// Start the server unless it runs. A server started before keeps its port.
    fn ensure_server(&mut self, port: u16, what: &str) -> Result<Option<String>, String> {
        if self.is_running() {
            return Ok(None);
        }
        self.server = None;
        let port = self.port.unwrap_or(port);
        let server = RoomServer::start(self.session.clone(), self.bind, port, self.grace)
            .map_err(|e| format!("{what} could not start: {e}"))?;
        let got = server.addr.port();
        self.port = Some(got);
        self.reachable = if server.addr.ip().is_loopback() {
            vec![server.addr.ip()]
        } else {
            crate::local_addresses()
        };
        self.server = Some(server);
        let moved = port != 0 && got != port;
        Ok(moved.then(|| format!("Port {port} was taken, so {what} uses port {got}.")))
    }

    /// With no grace period the port goes at once when neither is open; otherwise the
    /// server ends by itself once the grace has passed.
    fn stop_if_idle(&mut self) {
        if self.grace.is_zero() {
            let idle = {
                let st = self.session.lock();
                st.live.voting.is_none() && st.live.tables.is_none()
            };
            if idle {
                self.stop_at_once();
            }
        }
    }

    fn stop_at_once(&mut self) {
        if let Some(server) = self.server.take() {
            server.stop();
            self.reachable.clear();
        }
    }
}

impl Drop for Network {
    fn drop(&mut self) {
        self.stop_at_once();
    }
}
