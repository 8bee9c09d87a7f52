//! The paths the server answers. Each group sits behind a check of its code, so a
//! request without a valid code never reaches a handler; the common layers (the
//! per-address request rate, timeout, `no-store`, the content security policy, no
//! referrer) wrap them all. The bare address is a page where a code can be typed; an
//! unknown code gets that page with a word of explanation (and counts against the
//! address's budget of wrong codes); the code of a vote that ended, or of a table whose
//! scoring closed, is told so (410) until the server stops.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, Path, Query, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::guard::{Refused, Shared};
use super::{MAX_BODY, MAX_TABLE_BODY, api, page, tables};
use crate::model::table::normalize_code;

pub(super) fn router(shared: Arc<Shared>) -> Router {
    let voting = Router::new()
        .route("/", get(page::page))
        .route("/app.js", get(page::script))
        .route("/bengali.woff2", get(page::font))
        .route("/state", get(api::state))
        .route("/vote", post(api::vote))
        .route_layer(middleware::from_fn_with_state(shared.clone(), join_code))
        .layer(RequestBodyLimitLayer::new(MAX_BODY));
    let table = Router::new()
        .route("/", get(page::table_page))
        .route("/table.js", get(page::table_script))
        .route("/bengali.woff2", get(page::font))
        .route("/state", get(tables::state))
        .route("/save", post(tables::save))
        .route("/submit", post(tables::submit))
        .route_layer(middleware::from_fn_with_state(shared.clone(), table_code))
        .layer(RequestBodyLimitLayer::new(MAX_TABLE_BODY));
    Router::new()
        .route("/", get(landing))
        .route("/go", get(go))
        .nest("/j/{code}", voting)
        .nest("/t/{code}", table)
        .fallback(not_found)
        .with_state(shared.clone())
        .layer(middleware::from_fn_with_state(shared, admit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
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

/// Every request: within its address's rate, and not waiting after wrong codes.
async fn admit(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
    next: Next,
) -> Response {
    match shared.admit(peer.ip()) {
        Ok(()) => next.run(req).await,
        Err(Refused::Wait(wait)) => too_many(&texts_of(&shared, &req), wait),
    }
}

/// The words for a request: its `lang=`, else the workspace's language.
fn texts_of(shared: &Shared, req: &Request) -> Arc<codi_i18n::Texts> {
    page::texts_for(shared, req.uri().query())
}

/// 429, saying how long to wait.
fn too_many(t: &codi_i18n::Texts, wait: Duration) -> Response {
    let secs = wait.as_secs().max(1);
    let message = t.with("phone-too-many-requests", &[("seconds", secs.into())]);
    let mut r = (StatusCode::TOO_MANY_REQUESTS, message_json(&message, false)).into_response();
    if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
        r.headers_mut().insert(header::RETRY_AFTER, v);
    }
    r
}

fn message_json(message: &str, ended: bool) -> axum::Json<serde_json::Value> {
    axum::Json(serde_json::json!({ "ok": false, "ended": ended, "message": message }))
}

/// Whether the request is for the page itself (its HTML, script or font), which a
/// phone of an ended vote may still load to read why.
fn is_page(req: &Request) -> bool {
    let p = req.uri().path();
    !(p.ends_with("/state")
        || p.ends_with("/vote")
        || p.ends_with("/save")
        || p.ends_with("/submit"))
}

/// Only the join code of the open vote passes; the one of the vote that ended is told.
async fn join_code(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
    next: Next,
) -> Response {
    let (open, ended) = {
        let st = shared.session.lock();
        (
            st.voting_code().is_some_and(|c| c == code),
            st.vote_ended(&code),
        )
    };
    if open || (ended && is_page(&req)) {
        return next.run(req).await;
    }
    if ended {
        let message = texts_of(&shared, &req).get("phone-ended");
        return (StatusCode::GONE, message_json(&message, true)).into_response();
    }
    wrong_code(&shared, peer, &req)
}

/// Only the code of a table in the round open for table scoring passes; a table of the
/// round that just closed is told.
async fn table_code(
    State(shared): State<Arc<Shared>>,
    Path(code): Path<String>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
    next: Next,
) -> Response {
    let (open, closed) = {
        let st = shared.session.lock();
        (st.table_of(&code).is_ok(), st.table_closed(&code))
    };
    if open || (closed && is_page(&req)) {
        return next.run(req).await;
    }
    if closed {
        let message = texts_of(&shared, &req).get("table-closed");
        return (StatusCode::GONE, message_json(&message, true)).into_response();
    }
    wrong_code(&shared, peer, &req)
}

/// A code that is not open: counted against the address, and answered with the app's
/// page (for a browser) or a message (for the page's script).
fn wrong_code(shared: &Shared, peer: SocketAddr, req: &Request) -> Response {
    let t = texts_of(shared, req);
    if let Some(wait) = shared.wrong_code(peer.ip()) {
        return too_many(&t, wait);
    }
    if is_page(req) {
        page::landing(&t, Some(page::NOT_OPEN), StatusCode::NOT_FOUND).into_response()
    } else {
        let message = t.get("phone-code-not-open");
        (StatusCode::NOT_FOUND, message_json(&message, false)).into_response()
    }
}

/// The bare address: a box to type the code in.
async fn landing(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    page::landing(&texts_of(&shared, &req), None, StatusCode::OK).into_response()
}

/// Any other path.
async fn not_found(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let t = texts_of(&shared, &req);
    page::landing(&t, Some(page::NO_PAGE), StatusCode::NOT_FOUND).into_response()
}

#[derive(Deserialize)]
struct Go {
    #[serde(default)]
    code: String,
}

/// The typed code: to its page if it is open (or just ended, to be told so).
async fn go(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(q): Query<Go>,
    RawQuery(query): RawQuery,
) -> Response {
    let t = page::texts_for(&shared, query.as_deref());
    let code = normalize_code(&q.code);
    let kind = if code.len() > 16 {
        None
    } else {
        let st = shared.session.lock();
        if st.voting_code().is_some_and(|c| c == code) || st.vote_ended(&code) {
            Some('j')
        } else if st.table_of(&code).is_ok() || st.table_closed(&code) {
            Some('t')
        } else {
            None
        }
    };
    match kind {
        // Only one of our own codes (letters and digits) goes into the address.
        Some(kind) => Redirect::to(&format!("/{kind}/{code}")).into_response(),
        None => match shared.wrong_code(peer.ip()) {
            Some(wait) => too_many(&t, wait),
            None => page::landing(&t, Some(page::NOT_OPEN), StatusCode::NOT_FOUND).into_response(),
        },
    }
}
