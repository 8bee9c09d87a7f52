//! The paths the server answers. Each group sits behind a check of its code, so a
//! request without a valid code never reaches a handler; the common layers (timeout,
//! `no-store`, the content security policy, no referrer) wrap them all.

use std::time::Duration;

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use super::{MAX_BODY, MAX_TABLE_BODY, api, page, tables};
use crate::session::Session;

pub(super) fn router(session: Session) -> Router {
    let voting = Router::new()
        .route("/", get(page::page))
        .route("/app.js", get(page::script))
        .route("/bengali.woff2", get(page::font))
        .route("/state", get(api::state))
        .route("/vote", post(api::vote))
        .route_layer(middleware::from_fn_with_state(session.clone(), join_code))
        .layer(RequestBodyLimitLayer::new(MAX_BODY));
    let table = Router::new()
        .route("/", get(page::table_page))
        .route("/table.js", get(page::table_script))
        .route("/bengali.woff2", get(page::font))
        .route("/state", get(tables::state))
        .route("/save", post(tables::save))
        .route("/submit", post(tables::submit))
        .route_layer(middleware::from_fn_with_state(session.clone(), table_code))
        .layer(RequestBodyLimitLayer::new(MAX_TABLE_BODY));
    Router::new()
        .nest("/j/{code}", voting)
        .nest("/t/{code}", table)
        .with_state(session)
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

/// Only the join code of the open vote passes.
async fn join_code(
    State(session): State<Session>,
    Path(code): Path<String>,
    req: Request,
    next: Next,
) -> Response {
    let ok = session.lock().voting_code().is_some_and(|c| c == code);
    if ok {
        next.run(req).await
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}

/// Only the code of a table in the round open for table scoring passes.
async fn table_code(
    State(session): State<Session>,
    Path(code): Path<String>,
    req: Request,
    next: Next,
) -> Response {
    let ok = session.lock().table_of(&code).is_ok();
    if ok {
        next.run(req).await
    } else {
        StatusCode::NOT_FOUND.into_response()
    }
}
