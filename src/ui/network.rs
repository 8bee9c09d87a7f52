//! Starting and stopping what phones and tables reach over the local network. One
//! server serves both room voting and table scoring; it runs while either is open and
//! stops when both are closed (or the document changes, or the app closes).

use super::app::App;
use crate::model::{MinistryId, RoundId};
use crate::server::{DEFAULT_PORT, RoomServer};

impl App {
    /// Open room voting: a new join code, then the server if it is not running.
    pub(super) fn start_voting(&mut self) {
        self.start_voting_on(DEFAULT_PORT);
    }

    /// Open room voting on `port` (or the next free one) unless it is open.
    pub(super) fn start_voting_on(&mut self, port: u16) {
        if self.session.lock().live.voting.is_some() {
            return;
        }
        let limits = crate::session::voting::Limits::default();
        self.session.lock().open_voting(limits);
        if self.ensure_server(port, "Room voting") {
            self.scoring_view.join_urls = self.join_urls();
        } else {
            self.session.lock().close_voting();
        }
    }

    /// Close room voting: every per-phone record goes. Phones are told the vote ended
    /// for a few seconds before the server lets the port go (it stops by itself).
    pub(super) fn stop_voting(&mut self) {
        self.scoring_view.join_urls.clear();
        self.session.lock().close_voting();
        if self.network_grace.is_zero() {
            self.stop_server_if_idle();
        }
    }

    /// Open table scoring for `round`: codes for every table, then the server.
    pub(super) fn start_tables(&mut self, round: &RoundId) {
        let opened = self.session.lock().open_tables(round);
        match opened {
            Ok(_) if self.ensure_server(DEFAULT_PORT, "Table scoring") => {}
            Ok(_) => self.session.lock().close_tables(),
            Err(e) => self.error(format!("Table scoring could not start: {e}")),
        }
    }

    /// Close table scoring; codes and proposals stay in the workspace. Tables are told
    /// it closed for a few seconds before the server lets the port go.
    pub(super) fn stop_tables(&mut self) {
        self.session.lock().close_tables();
        if self.network_grace.is_zero() {
            self.stop_server_if_idle();
        }
    }

    /// Close both and stop the server.
    pub(super) fn stop_network(&mut self) {
        {
            let mut st = self.session.lock();
            st.close_voting();
            st.close_tables();
        }
        self.scoring_view.join_urls.clear();
        self.stop_server_if_idle();
    }

    /// Start the server unless it runs; a failure is a message naming `what`. A server
    /// started before keeps its port: the same addresses work again.
    fn ensure_server(&mut self, port: u16, what: &str) -> bool {
        if self
            .room_server
            .as_ref()
            .is_some_and(RoomServer::is_running)
        {
            return true;
        }
        self.room_server = None;
        let port = self.server_port.unwrap_or(port);
        let grace = self.network_grace;
        match RoomServer::start(self.session.clone(), self.voting_bind, port, grace) {
            Ok(server) => {
                let got = server.addr.port();
                self.server_port = Some(got);
                self.reachable = if server.addr.ip().is_loopback() {
                    vec![server.addr.ip()]
                } else {
                    crate::server::local_addresses()
                };
                self.room_server = Some(server);
                if got != port {
                    self.info(format!("Port {port} was taken, so {what} uses port {got}."));
                }
                true
            }
            Err(e) => {
                self.error(format!("{what} could not start: {e}"));
                false
            }
        }
    }

    fn stop_server_if_idle(&mut self) {
        let idle = {
            let st = self.session.lock();
            st.live.voting.is_none() && st.live.tables.is_none()
        };
        if idle && let Some(server) = self.room_server.take() {
            server.stop();
            self.reachable.clear();
        }
    }

    /// The join addresses, one per address of this machine (while voting is open).
    fn join_urls(&self) -> Vec<String> {
        let Some(server) = &self.room_server else {
            return Vec::new();
        };
        self.reachable
            .iter()
            .filter_map(|ip| server.join_url(*ip))
            .collect()
    }

    /// Each table's address in the open round, on the address the room is shown.
    pub fn table_urls(&self) -> Vec<(MinistryId, String)> {
        let Some(server) = &self.room_server else {
            return Vec::new();
        };
        let st = self.session.lock();
        let Some(open) = &st.live.tables else {
            return Vec::new();
        };
        let ip = self.reachable.get(self.scoring_view.join_pick);
        let Some(&ip) = ip.or(self.reachable.first()) else {
            return Vec::new();
        };
        let ws = st.doc.workspace();
        let Some(round) = ws.round(open.round.as_str()) else {
            return Vec::new();
        };
        round
            .tables
            .iter()
            .map(|(m, t)| (m.clone(), server.table_url(ip, &t.code)))
            .collect()
    }
}
