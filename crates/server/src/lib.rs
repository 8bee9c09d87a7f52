//! The local-network server (no egui): phones vote on the open area (room voting) and
//! each ministry's table fills in its own proposals (table scoring). It talks only to
//! the session, through [`SessionState::phone_vote`], the table calls and the live
//! state. axum on a current-thread tokio runtime of its own thread; off until the
//! facilitator starts one of the two, stopped when both are off.
//!
//! Every path carries a code: `/j/CODE/...` the join code of room voting, `/t/CODE/...`
//! a table's code; the bare address offers a box to type a code, and an unknown code
//! gets the app's own page (`routes.rs`). Votes are limited to 1 KB and table saves to
//! 64 KB, requests time out, responses are `no-store`, and the pages may load nothing
//! but themselves. `accept.rs` is the accept loop (header timeout, connection caps,
//! forgiving paths), `guard.rs` the per-address limits and the phones' signed device
//! tokens, `api.rs` answers phones, `tables.rs` tables, `page.rs` holds the pages, and
//! `network.rs` the life cycle (when the server starts, which port it keeps, when it stops).
//! When voting and table scoring both close, the server keeps answering "ended" and
//! "closed" for a grace period, then lets the port go.
//!
//! [`SessionState::phone_vote`]: crate::session::SessionState::phone_vote

use codi_look as look;
use codi_model as model;
use codi_session as session;

mod accept;
mod api;
pub mod guard;
mod network;
mod page;
mod routes;
mod tables;
mod words;

pub use accept::forgiven;
pub use network::Network;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::time::Duration;

use axum::Router;

use crate::session::Session;

/// The port tried first; the next free one is used when it is taken.
pub const DEFAULT_PORT: u16 = 8765;
/// Largest vote accepted.
pub const MAX_BODY: usize = 1024;
/// Largest table save accepted: two texts of 4,000 characters (Bangla takes three
/// bytes a character), escaped as JSON.
pub const MAX_TABLE_BODY: usize = 64 * 1024;

/// A running server.
pub struct RoomServer {
    pub addr: SocketAddr,
    session: Session,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    /// Says when the server thread has ended.
    ended: std::sync::mpsc::Receiver<()>,
}

/// The longest the window waits for the server to end; a connection that hangs on is
/// left to the thread, which ends by itself within the request timeout.
const STOP_WAIT: Duration = Duration::from_millis(100);

/// How long the server goes on answering "ended" and "closed" after room voting and
/// table scoring have both closed: phones poll every 1.5-2 s, so each hears it.
pub const GRACE: Duration = Duration::from_secs(8);

impl RoomServer {
    /// Serve `session`'s room voting and table scoring (each answers only while the
    /// session has it open) on `ip`, from `port` or the next free port. With a `grace`
    /// other than zero, the server ends by itself once both have been closed that long.
    pub fn start(session: Session, ip: IpAddr, port: u16, grace: Duration) -> Result<Self, String> {
        let options = Options {
            grace,
            ..Options::default()
        };
        Self::start_with(session, ip, port, options)
    }

    /// As [`RoomServer::start`], with every limit given.
    pub fn start_with(
        session: Session,
        ip: IpAddr,
        port: u16,
        options: Options,
    ) -> Result<Self, String> {
        let listener = bind(ip, port)?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (end, ended) = std::sync::mpsc::channel();
        let shared = std::sync::Arc::new(guard::Shared::new(session.clone()));
        let app = routes::router(shared);
        let watched = session.clone();
        std::thread::Builder::new()
            .name("room-voting".into())
            .spawn(move || {
                serve(listener, app, watched, options, stopped);
                let _ = end.send(());
            })
            .map_err(|e| format!("the server thread could not start: {e}"))?;
        Ok(Self {
            addr,
            session,
            stop: Some(stop),
            ended,
        })
    }

    /// Whether the server still runs (it ends by itself after the grace period).
    pub fn is_running(&self) -> bool {
        matches!(
            self.ended.try_recv(),
            Err(std::sync::mpsc::TryRecvError::Empty)
        )
    }

    /// The address phones open for room voting, on `ip` (one of the machine's
    /// addresses), while voting is open.
    pub fn join_url(&self, ip: IpAddr) -> Option<String> {
        let code = self.session.lock().voting_code()?;
        Some(format!("http://{}:{}/j/{code}", ip, self.addr.port()))
    }

    /// The address a table opens, on `ip`, for its `code`.
    pub fn table_url(&self, ip: IpAddr, code: &str) -> String {
        format!("http://{}:{}/t/{code}", ip, self.addr.port())
    }

    /// Stop serving: no new connection is taken; the window waits at most 100 ms.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
            let _ = self.ended.recv_timeout(STOP_WAIT);
        }
    }
}

impl Drop for RoomServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// Bind `port` or, if it is taken, one of the next 20.
fn bind(ip: IpAddr, port: u16) -> Result<TcpListener, String> {
    let mut last = String::new();
    for p in port..port.saturating_add(20) {
        match listen(SocketAddr::new(ip, p)) {
            Ok(l) => return Ok(l),
            Err(e) => last = e.to_string(),
        }
    }
    Err(format!(
        "no free port from {port} to {}: {last}",
        port.saturating_add(19)
    ))
}

/// Pending connections the system keeps for us: a room of phones voting at the same
/// moment overflows the usual 128, and a dropped connection costs its phone a second.
const BACKLOG: i32 = 1024;

fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    // As std does on Unix: a restarted server may reuse a port in TIME_WAIT. (On Windows
    // this option would let another program take the port, so it is left off there.)
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(socket.into())
}

/// The server's limits in time and connections.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// See [`GRACE`]; zero: the app stops the server itself.
    pub grace: Duration,
    /// See [`accept::HEADER_TIMEOUT`].
    pub header_timeout: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            grace: GRACE,
            header_timeout: accept::HEADER_TIMEOUT,
        }
    }
}

/// The server thread: a runtime of its own, until `stopped` (or idle past the grace).
fn serve(
    listener: TcpListener,
    app: Router,
    session: Session,
    options: Options,
    stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("room voting: no runtime: {e}");
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("room voting: {e}");
                return;
            }
        };
        let cap = accept::connection_cap();
        accept::serve(listener, app, session, cap, options, stopped).await;
    });
}

/// Where phones can reach this machine: its private IPv4 addresses, read from the
/// network interfaces (nothing is sent); loopback when there is none (a laptop with no
/// network, for a check on the laptop itself).
pub fn local_addresses() -> Vec<IpAddr> {
    let mut out: Vec<IpAddr> = local_ip_address::list_afinet_netifas()
        .unwrap_or_default()
        .into_iter()
        .map(|(_, ip)| ip)
        .filter(|ip| matches!(ip, IpAddr::V4(v4) if v4.is_private()))
        .collect();
    out.sort();
    out.dedup();
    if out.is_empty() {
        out.push(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    out
}
