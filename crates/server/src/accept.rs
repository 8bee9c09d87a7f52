//! The server's own accept loop (hyper, one HTTP/1 connection per task), so that no
//! client can starve it: a request's headers must arrive within 10 s (a connection
//! that sends nothing, or a header line every few seconds, is closed; that is also the
//! idle keep-alive limit), open connections are capped well under the process's file
//! limit, and one address may hold only a share of them. Each request gets the peer's
//! address (for the per-address limits) and a forgiving path: a trailing `/` dropped,
//! the code in `/j/CODE` and `/t/CODE` in upper case with look-alikes mapped.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::sync::{Semaphore, oneshot};

use crate::model::table::normalize_code;
use crate::session::Session;

/// The longest a client may take to send a request's headers (and the longest an idle
/// kept-alive connection stays open). Phones poll every 1.5-2 s.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Open connections one address may hold: a browser opens up to six; a few devices
/// may share an address behind a hotspot.
pub const PER_ADDRESS: usize = 32;
/// How long requests under way may finish once the server stops.
const DRAIN: Duration = Duration::from_secs(1);

/// Serve `app` on `listener` until `stopped`, or until the session has had neither
/// room voting nor table scoring open for the grace period (when it is not zero:
/// phones are told "ended" or "closed" in that time, then the port is released).
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    session: Session,
    max_connections: usize,
    options: super::Options,
    mut stopped: oneshot::Receiver<()>,
) {
    let grace = options.grace;
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(options.header_timeout)
        .max_buf_size(16 * 1024);
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(max_connections));
    let per_address: Arc<Mutex<HashMap<IpAddr, usize>>> = Arc::default();
    let mut idle = IdleWatch::new(session, grace);
    let mut tick = tokio::time::interval(Duration::from_millis(500));
    loop {
        // A slot before the accept: past the cap, clients wait in the backlog.
        let permit = tokio::select! {
            p = slots.clone().acquire_owned() => match p { Ok(p) => p, Err(_) => break },
            _ = &mut stopped => break,
            _ = tick.tick() => { if idle.expired() { break; } continue; }
        };
        let (stream, peer) = tokio::select! {
            r = listener.accept() => match r {
                Ok(c) => c,
                Err(e) => {
                    // Out of file handles or the like: wait a moment, never spin.
                    if !matches!(e.kind(), std::io::ErrorKind::ConnectionAborted | std::io::ErrorKind::ConnectionReset) {
                        tokio::time::sleep(Duration::from_millis(250)).await;
                    }
                    continue;
                }
            },
            _ = &mut stopped => break,
            _ = tick.tick() => { if idle.expired() { break; } continue; }
        };
        let Some(share) = Share::take(&per_address, peer.ip()) else {
            // This address holds its share of connections: close this one at once.
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let inner = TowerToHyperService::new(app.clone());
        let service = service_fn(move |mut req: hyper::Request<Incoming>| {
            forgive_path(&mut req);
            req.extensions_mut().insert(ConnectInfo(peer));
            hyper::service::Service::call(&inner, req)
        });
        let conn = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // An error here is a client gone, too slow or talking nonsense.
            let _ = conn.await;
            drop(share);
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN, graceful.shutdown()).await;
}

/// One open connection of an address, given back when dropped.
struct Share {
    map: Arc<Mutex<HashMap<IpAddr, usize>>>,
    ip: IpAddr,
}

impl Share {
    fn take(map: &Arc<Mutex<HashMap<IpAddr, usize>>>, ip: IpAddr) -> Option<Share> {
        let mut m = map.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= PER_ADDRESS {
            return None;
        }
        *n += 1;
        Some(Share {
            map: map.clone(),
            ip,
        })
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        let mut m = self.map.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// Whether the session has had nothing open for the grace period.
struct IdleWatch {
    session: Session,
    grace: Duration,
    since: Option<std::time::Instant>,
}

impl IdleWatch {
    fn new(session: Session, grace: Duration) -> Self {
        Self {
            session,
            grace,
            since: None,
        }
    }

    fn expired(&mut self) -> bool {
        if self.grace.is_zero() {
            return false;
        }
        let (idle, now) = {
            let st = self.session.lock();
            let idle = st.live.voting.is_none() && st.live.tables.is_none();
            (idle, st.clock().instant())
        };
        if !idle {
            self.since = None;
            return false;
        }
        let since = *self.since.get_or_insert(now);
        now - since >= self.grace
    }
}

/// `/j/abc123/` is `/j/ABC123`: the code as it is stored, no trailing slash.
fn forgive_path<B>(req: &mut hyper::Request<B>) {
    let uri = req.uri();
    let path = uri.path();
    let fixed = forgiven(path);
    if fixed == path {
        return;
    }
    let with_query = match uri.query() {
        Some(q) => format!("{fixed}?{q}"),
        None => fixed,
    };
    if let Ok(pq) = with_query.parse::<hyper::http::uri::PathAndQuery>() {
        let mut parts = uri.clone().into_parts();
        parts.path_and_query = Some(pq);
        if let Ok(u) = hyper::Uri::from_parts(parts) {
            *req.uri_mut() = u;
        }
    }
}

/// The path with its code normalised and no trailing slash (the root stays `/`).
pub fn forgiven(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    let mut parts: Vec<String> = trimmed.split('/').map(str::to_owned).collect();
    if parts.len() >= 3
        && (parts[1] == "j" || parts[1] == "t" || parts[1] == "J" || parts[1] == "T")
    {
        parts[1] = parts[1].to_ascii_lowercase();
        parts[2] = normalize_code(&parts[2]);
    }
    let out = parts.join("/");
    if out.is_empty() { "/".to_owned() } else { out }
}

/// How many connections the server may hold: the process's file limit (raised as far
/// as the system allows) less room for the app's own files, at most 512.
pub fn connection_cap() -> usize {
    let limit = raise_file_limit(4096).unwrap_or(1024);
    usize::try_from(limit.saturating_sub(128))
        .unwrap_or(512)
        .clamp(16, 512)
}

/// Raise the soft limit on open files towards `want` (never past the hard limit);
/// returns the soft limit now in force.
#[cfg(unix)]
fn raise_file_limit(want: u64) -> Option<u64> {
    let mut rl = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `rl` is a valid, writable rlimit for getrlimit to fill.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) } != 0 {
        return None;
    }
    let mut target = libc::rlim_t::try_from(want).unwrap_or(libc::rlim_t::MAX);
    if rl.rlim_max != libc::RLIM_INFINITY {
        target = target.min(rl.rlim_max);
    }
    if target > rl.rlim_cur {
        let new = libc::rlimit {
            rlim_cur: target,
            rlim_max: rl.rlim_max,
        };
        // SAFETY: `new` is a valid rlimit; a refusal leaves the limit as it was.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &new) } == 0 {
            rl.rlim_cur = target;
        }
    }
    // `rlim_t` is u64 here but not on every unix.
    #[allow(clippy::useless_conversion)]
    u64::try_from(rl.rlim_cur).ok()
}

/// Windows has no such per-process limit on sockets.
#[cfg(not(unix))]
fn raise_file_limit(_want: u64) -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_addresses_are_forgiven() {
        assert_eq!(forgiven("/j/abc123/"), "/j/ABC123");
        assert_eq!(forgiven("/j/abc123/state"), "/j/ABC123/state");
        assert_eq!(forgiven("/T/9udt-hn"), "/t/9UDTHN");
        assert_eq!(forgiven("/j/0o1il2"), "/j/001112");
        assert_eq!(forgiven("/"), "/");
        assert_eq!(forgiven(""), "/");
        assert_eq!(forgiven("/go"), "/go");
        assert_eq!(forgiven("/j"), "/j");
    }
}
