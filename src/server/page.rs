//! The phone page: one HTML file and one script, embedded in the binary (no file
//! system, no CDN). Its words come from `/state`, that is from the instrument.

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::session::Session;

const PAGE: &str = include_str!("../../assets/phone/index.html");
const SCRIPT: &str = include_str!("../../assets/phone/app.js");

/// The page, with the script's address made absolute (the page's own address has no
/// trailing slash, so a relative one would miss the join code).
pub async fn page(State(session): State<Session>) -> impl IntoResponse {
    let code = session.lock().voting_code().unwrap_or_default();
    let html = PAGE.replace("src=\"app.js\"", &format!("src=\"/j/{code}/app.js\""));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html)
}

pub async fn script() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
}
