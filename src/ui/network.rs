//! The window's side of the network: it asks `server::Network` (which holds the rules:
//! one server for room voting and table scoring, its port kept, its grace period) and
//! shows the result.

use super::app::App;
use crate::model::{MinistryId, RoundId};
use crate::server::DEFAULT_PORT;

impl App {
    /// Open room voting: a new join code, then the server if it is not running.
    pub(super) fn start_voting(&mut self) {
        self.start_voting_on(DEFAULT_PORT);
    }

    /// Open room voting on `port` (or the next free one) unless it is open.
    pub(super) fn start_voting_on(&mut self, port: u16) {
        let opened = self.network.open_voting(port);
        self.network_said(opened);
        self.scoring_view.join_urls = self.network.join_urls();
    }

    /// Close room voting. Phones are told the vote ended for a few seconds before the
    /// server lets the port go.
    pub(super) fn stop_voting(&mut self) {
        self.scoring_view.join_urls.clear();
        self.network.close_voting();
    }

    /// Open table scoring for `round`: codes for every table, then the server.
    pub(super) fn start_tables(&mut self, round: &RoundId) {
        let opened = self.network.open_tables(round);
        self.network_said(opened);
    }

    /// Close table scoring; codes and proposals stay in the workspace.
    pub(super) fn stop_tables(&mut self) {
        self.network.close_tables();
    }

    /// Close both and stop the server.
    pub(super) fn stop_network(&mut self) {
        self.network.close_all();
        self.scoring_view.join_urls.clear();
    }

    /// Each table's address in the open round, on the address the room is shown.
    pub fn table_urls(&self) -> Vec<(MinistryId, String)> {
        self.network.table_urls(self.scoring_view.join_pick)
    }

    fn network_said(&mut self, result: Result<Option<String>, String>) {
        match result {
            Ok(Some(note)) => self.info(note),
            Ok(None) => {}
            Err(e) => self.error(e),
        }
    }
}
