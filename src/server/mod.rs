//! The room-voting server (no egui): phones on the local network load one embedded page
//! and vote on the open area. It talks only to the session, through
//! [`SessionState::phone_vote`] and the live state. axum on a current-thread tokio
//! runtime of its own thread; off until the facilitator starts it, stopped with it.
//!
//! Every path carries the join code (`/j/CODE`, `/j/CODE/state`, `/j/CODE/vote`,
//! `/j/CODE/app.js`, `/j/CODE/bengali.woff2`); anything else is 404. Bodies are limited to 1 KB, requests time
//! out, responses are `no-store`, and the page may load nothing but itself.
//! `api.rs` answers the requests; `page.rs` holds the page.

mod api;
mod page;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::session::Session;

/// The port tried first; the next free one is used when it is taken.
pub const DEFAULT_PORT: u16 = 8765;
/// Largest request body accepted.
pub const MAX_BODY: usize = 1024;

/// A running server.
pub struct RoomServer {
    pub addr: SocketAddr,
    pub code: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    /// Says when the server thread has ended.
    ended: std::sync::mpsc::Receiver<()>,
}

/// The longest the window waits for the server to end; a connection that hangs on is
/// left to the thread, which ends by itself within the request timeout.
const STOP_WAIT: Duration = Duration::from_millis(100);

impl RoomServer {
    /// Serve voting for `session` (which must have voting open, see
    /// `SessionState::open_voting`) on `ip`, from `port` or the next free port.
    pub fn start(session: Session, ip: IpAddr, port: u16) -> Result<Self, String> {
        let code = session
            .lock()
            .voting_code()
            .ok_or("room voting is not open")?;
        let listener = bind(ip, port)?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        listener.set_nonblocking(true).map_err(|e| e.to_string())?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (end, ended) = std::sync::mpsc::channel();
        let app = router(session, &code);
        std::thread::Builder::new()
            .name("room-voting".into())
            .spawn(move || {
                serve(listener, app, stopped);
                let _ = end.send(());
            })
            .map_err(|e| format!("the server thread could not start: {e}"))?;
        Ok(Self {
            addr,
            code,
            stop: Some(stop),
            ended,
        })
    }

    /// The address phones open, on `ip` (one of the machine's addresses).
    pub fn join_url(&self, ip: IpAddr) -> String {
        format!("http://{}:{}/j/{}", ip, self.addr.port(), self.code)
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

fn router(session: Session, code: &str) -> Router {
    let base = format!("/j/{code}");
    Router::new()
        .route(&base, get(page::page))
        .route(&format!("{base}/app.js"), get(page::script))
        .route(&format!("{base}/bengali.woff2"), get(page::font))
        .route(&format!("{base}/state"), get(api::state))
        .route(&format!("{base}/vote"), post(api::vote))
        .with_state(session)
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(10),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; style-src 'self' 'unsafe-inline'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}

/// The server thread: a runtime of its own, until `stopped`.
fn serve(listener: TcpListener, app: Router, stopped: tokio::sync::oneshot::Receiver<()>) {
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
        let shutdown = async {
            let _ = stopped.await;
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
        {
            eprintln!("room voting stopped: {e}");
        }
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
